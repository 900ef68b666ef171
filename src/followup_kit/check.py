"""
check(): what not to say, in any draft.

>>> from followup_kit import check
>>> draft = "Hi Sam, I really need this job. Please let me know by Friday."
>>> for finding in check(draft):
...     print(finding.category, repr(draft[finding.start : finding.end]))
pleading 'I really need this job'
demand 'know by Friday'

Checks are rules (see :class:`~followup_kit.Check`): phrases in a small pattern
language, or built-in measures with a limit. The text is scanned once by a matcher
built once per rule set; quoted earlier messages (``On ... wrote:``, lines starting
with ``>``) and signatures (``-- ``, ``Sent from my ...``) are not checked.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from followup_kit import _matcher
from followup_kit.exceptions import ArgumentError
from followup_kit.findings import Category, Finding, Severity
from followup_kit.situation import Situation

if TYPE_CHECKING:
    from followup_kit.rules import Check, RuleSet

__all__ = ["MEASURES", "Category", "Finding", "Severity", "check"]

_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:On\b[^\n]{0,300}\bwrote:|-{2,}[ \t]*(?:Original|Forwarded) Message"
    r"|From:[^\n]*@)[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)
_SIGNATURE = re.compile(r"^(?:-- ?|Sent from my [^\n]*|Get Outlook for [^\n]*)$", re.MULTILINE)
_EXCLAMATIONS = re.compile(r"[!?]*!(?:[!?1]*!)+[!?1]*|!\?+|\?+!")
_NONSPACE = re.compile(r"\S")
_NOT_NEWLINE = re.compile(r"[^\n]")
_DEFAULT_FACTS: Mapping[str, Any] = {
    "stage": None,
    "tone": "neutral",
    "culture": "balanced",
    "outcome": "pending",
    "channel": "email",
}


@attrs.frozen
class _Scan:
    """What the measures read: the text, the part of it that is checked, its sentences."""

    text: str
    masked: str
    sentences: tuple[tuple[int, int], ...]
    facts: Mapping[str, Any]
    situation: Situation | None

    #: For each check id, the sentences its ``unless`` phrases veto.
    vetoed: Mapping[str, frozenset[int]] = attrs.field(factory=dict)
    starts: tuple[int, ...] = attrs.field(init=False)

    @starts.default
    def _starts(self) -> tuple[int, ...]:
        return tuple(start for start, _ in self.sentences)

    def sentence_of(self, position: int) -> int:
        """The index of the sentence holding *position*."""
        return max(bisect.bisect_right(self.starts, position) - 1, 0)

    def body(self) -> tuple[int, int]:
        """The span from the first to the last checked character."""
        first = _NONSPACE.search(self.masked)
        if first is None:
            return (0, 0)
        last = len(self.masked.rstrip())
        return (first.start(), last)


Measure = Callable[["Check", _Scan, Sequence[tuple[int, int]]], list[tuple[int, int]]]


def _words(rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Flag the whole body when it has more than *limit* words."""
    count = len(_matcher.WORD.findall(scan.masked))
    return [scan.body()] if rule.limit is not None and count > rule.limit else []


_CLAUSE_ASK = re.compile(
    r"(?:[,;:]\s*(?:and\s+|or\s+|also\s+)?|\band\s+|\bor\s+)"
    r"(?:what|who|whom|whose|when|where|why|how|which|whether|will|would|is|are|was|were|"
    r"do|does|did|can|could|should|if)\b",
    re.IGNORECASE,
)


def _asks(rule: Check, scan: _Scan, matches: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Flag more than *limit* asks.

    A sentence asks when it ends with a question mark or holds an ask phrase (the
    rule's patterns), unless one of the rule's ``unless`` phrases is in it; it asks
    once, plus once more for each further clause that opens with a question word after
    a comma or "and" ("what X, who Y, and whether Z").
    """
    cued = {scan.sentence_of(start) for start, _ in matches}
    vetoed = scan.vetoed.get(rule.id, frozenset())
    total = 0
    spans = []
    for index, (start, end) in enumerate(scan.sentences):
        sentence = scan.masked[start:end]
        if index in vetoed or (index not in cued and not sentence.rstrip().endswith("?")):
            continue
        total += 1 + len(_CLAUSE_ASK.findall(sentence))
        spans.append((start, end))
    if rule.limit is None or total <= rule.limit:
        return []
    return [(spans[0][0], len(scan.masked[: spans[-1][1]].rstrip()))]


def _exclamations(
    rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Flag runs of exclamation marks of at least *limit* marks (default 2)."""
    least = rule.limit or 2
    return [m.span() for m in _EXCLAMATIONS.finditer(scan.masked) if m.group().count("!") >= least]


def _density(rule: Check, scan: _Scan, matches: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Flag sentences with at least *limit* matches of the rule's patterns."""
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for span in matches:
        by_sentence.setdefault(scan.sentence_of(span[0]), []).append(span)
    least = rule.limit or 2
    return [
        (spans[0][0], spans[-1][1])
        for _, spans in sorted(by_sentence.items())
        if len(spans) >= least
    ]


_CONTENT = re.compile(r"[^\W\d_]{4,}")

#: Words that any thank-you might use: they say nothing about one conversation.
GENERIC_WORDS = frozenset(
    """
    thank thanks thanked thanking thankful grateful gratitude appreciate appreciated
    appreciation appreciating time taking taken meeting meet meets met interview
    interviews interviewing interviewed conversation conversations chat chatted
    chatting talk talked talking speak speaking spoke spoken discuss discussed
    discussing discussion today yesterday morning afternoon evening week weekend
    earlier recent recently role roles position positions opportunity opportunities
    company companies organisation organization firm business team teams department
    group office job jobs work working worked career chance candidate candidacy
    application applying applied process interested interest interesting excited
    exciting enjoyed enjoy enjoying pleasure great good nice wonderful lovely
    fantastic amazing really very truly sincerely again more much learn learned
    learning learnt hear heard hearing know knowing forward look looking hope hoping
    hopefully believe think thought feel felt skills skill experience experiences
    background qualifications strengths fit contribute contributing contribution
    value valuable asset best regards kind warm warmest wishes cheers dear hello
    there your yours mine with from that this about have would could should will
    shall what when where which while also just like well welcome glad happy keen
    eager continued continue remain remains consideration considering consider
    further information questions question anything else need needs please kindly
    reach contact touch soon next steps step decision offer offered provide attached
    find everyone everything someone something wanted want wants being been were
    them they their then than these those into over some such only other others made
    make making today's insight insights insightful informative helpful useful
    impressed impressive inspiring inspired mission culture values vision people
    environment atmosphere energy passion passionate dedication dedicated talented
    friendly welcoming opportunity's addition considered hiring manager managers
    require required hesitate promise harder anyone places place waiting phone call
    calls person persons magical love loved thrilled incredible absolutely honoured
    honored honor honour part join joining member members staff colleague colleagues
    future possible possibility quick couple follow following back sure able help
    helping ready start started starting first last long year years month months
    days hours minutes sent send email emails letter note notes writing write reply
    response responses greatly warmly privilege delighted certainly definitely
    assist assistance support supporting providing requirement requirements detail
    details connect connected connecting impression review reviewing shortlist
    shortlisted selected selection panel interviewer interviewers recruiter
    recruiters leadership leader leaders director boss regarding concerning related
    regard update updates news status timeline timeframe available availability
    schedule convenient convenience free open reaching wondering wonder beneficial
    benefit ideal perfect excellent outstanding strong stronger strongest hard
    hardworking motivated motivation enthusiastic enthusiasm commitment committed
    reliable responsible confident confidence ability abilities capable qualified
    suited suitable match matches aligned align alignment goals growth develop
    development professional professionally personal personally whole entire awesome
    honestly genuinely super extremely incredibly especially particularly wish
    wishing luck fortunate lucky blessed always ever never forever things thing
    stuff bits moment moments tomorrow week's later shortly asap soonest earliest
    anyway though although however because since after before during within without
    until whether either another every each many most least less fewer several
    various certain given giving gave give take took came come coming went going
    gone done doing does didn't doesn't don't won't wouldn't couldn't can't i'm i've
    i'd i'll you're you've we're it's that's there's here's what's let's staying
    stay stayed beyond right mean means meant kindest nicest better greater greatest
    fine okay sorry apologies apologise apologize hoped hopes promptly quickly
    replied respond responded answer answered message messages messaged mail mailed
    posted post gotten getting receive received recieve receiving touched touching
    privileged humbled pleased proud enjoyable pleasant productive positive engaging
    stimulating thoughtful clear clearer clarity chances prospect prospects
    candidates applicant applicants shortlisting decisions deciding decide decided
    outcome outcomes result results feedback input thoughts views view perspective
    perspectives discussions meetings panels recruiting recruitment vacancy
    vacancies opening openings posts assignment assignments task tasks project
    projects duties duty responsibilities responsibility expectations expectation
    objectives challenges challenge challenging rewarding fulfilling meaningful
    dynamic fast paced growing innovative leading successful reputable respected
    established organization's organisation's everyone's everybody somebody anybody
    nobody whoever whatever wherever whenever anyhow regardless still even yet
    already yesterday's tomorrow's monday tuesday wednesday thursday friday saturday
    sunday morning's afternoon's evening's adapt adaptable adaptability allow allows
    belief bring bringing broad broader build building calm clearly closely
    communicate communication consistently continuous continuously cross deliver
    delivering delivery documentation drive driven driving excellence express
    expressing focus focused functional high higher implement implementing
    improvement improvements improve improving initiative initiatives innovation
    level levels manage managing management myself operational operations outset
    oversee overseeing perform performing performance plan planning pressure
    previous prior pride principles problem problems proven record track references
    reinforced reinforce relationship relationships same seeking seek sought
    stakeholder stakeholders strategic strategy together under below above enough
    simply down seeing sounds sound product products industry finest faithfully
    words word keep keeping mind plus full having difficult oriented attention
    organised organized dependable punctual flexible proactive collaborative
    collaboration teamwork solutions solution success achieve achieving achievement
    achievements goal objective impact willing competent diligent creative
    analytical skilled experienced knowledgeable
    """.split()
)


def _generic(
    rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """
    Flag a note with no concrete detail from the conversation.

    A note is specific when it uses a content word of one of the situation's topics, or
    has at least *limit* words that a thank-you to anyone would not use: lower-case
    words of four letters or more outside :data:`GENERIC_WORDS` (names are left out,
    and so are the words of the role and company), or numbers.
    """
    s = scan.situation
    known: set[str] = set()
    topics: list[str] = []
    if s is not None:
        topics.extend(s.topics)
        for person in s.interviewers:
            topics.extend(person.topics)
            known.update(_CONTENT.findall(_matcher.fold(person.name)))
        for detail in (s.role, s.company):
            if detail:
                known.update(_CONTENT.findall(_matcher.fold(detail)))
    words = [
        m.group()
        for m in _matcher.WORD.finditer(scan.masked)
        if m.group()[:1].islower() or m.group()[:1].isdigit()
    ]
    folded = {_matcher.fold(w) for w in words}
    for topic in topics:
        topic_words = {w for w in _CONTENT.findall(_matcher.fold(topic)) if w not in GENERIC_WORDS}
        if topic_words & folded:
            return []
    candidates = sorted(
        w
        for w in folded
        if (len(w) >= 4 and w.isalpha() and w not in GENERIC_WORDS and w not in known)
        or any(c.isdigit() for c in w)
    )
    needed = rule.limit or 1
    found = 0
    for checked, word in enumerate(candidates):
        # A misspelt common word ("oppurtunity") is not a detail; look closely at a few.
        if checked < _TYPO_CHECKS and _misspelt_generic(word):
            continue
        found += 1
        if found >= needed:
            return []
    return [scan.body()]


_TYPO_CHECKS = 20


def _misspelt_generic(word: str) -> bool:
    """Return whether *word* is one or two letters away from a generic word."""
    if not word.isalpha() or len(word) < 5:
        return False
    for generic in GENERIC_WORDS:
        if abs(len(generic) - len(word)) <= 2 and generic[:1] == word[:1]:
            matcher = difflib.SequenceMatcher(None, word, generic)
            if matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85:
                return True
    return False


def _decision_day(s: Situation) -> dt.date | None:
    if s.decision_date is not None:
        return s.decision_date
    if s.decision_days is not None and s.interview_date is not None:
        return s.interview_date + dt.timedelta(days=s.decision_days)
    return None


def _early_check_in(
    rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Flag a message sent before the day they said they would decide, plus *limit* days."""
    s = scan.situation
    if s is None or s.sent_on is None:
        return []
    decision = _decision_day(s)
    if decision is None or s.sent_on >= decision + dt.timedelta(days=rule.limit or 0):
        return []
    return [scan.body()]


def _too_soon(
    rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Flag a message sent fewer than *limit* days after the last contact."""
    s = scan.situation
    if s is None or s.sent_on is None or s.last_contact is None:
        return []
    if (s.sent_on - s.last_contact).days >= (rule.limit or 0):
        return []
    return [scan.body()]


_PAY_CUE = re.compile(
    r"\b(?:pay|paid|paying|salary|salaries|wage|wages|base|comp|compensation|package|band|"
    r"range|rate|earn|earning|earnings|offer|offered|negotiable|ote|bonus|raise|rise)\b",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d\s?[kK]$")
_MONEYISH = re.compile(r"[$£€¥₹0-9]+")
_AMOUNT = re.compile(
    r"[$£€¥₹]\s?\d|\d{1,3}(?:[.,]\d)?\s?[kK]\b|\d{1,3},\d{3}\b"
    r"|\d+\s?(?:per|an|a)\s?(?:hour|hr|year|yr|annum)\b"
)


def _amounts(
    _rule: Check, scan: _Scan, matches: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """
    Flag the rule's patterns, and sums of money in talk of pay.

    A sum ($60k, 55k, £42,000, 20 an hour) counts in thousands, or in a sentence with a
    word about pay: a saving for a client is not salary talk.
    """
    text = scan.masked
    spans = list(matches)
    for run in _MONEYISH.finditer(text):
        start = run.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_.,"):
            continue
        amount = _AMOUNT.match(text, start)
        if amount is None:
            continue
        sentence_start, sentence_end = scan.sentences[scan.sentence_of(start)]
        if _THOUSANDS.search(amount.group()) or _PAY_CUE.search(text, sentence_start, sentence_end):
            spans.append(amount.span())
    return sorted(spans)


#: The built-in measures a check rule may name, with what each flags.
MEASURES: Mapping[str, Measure] = {
    "amounts": _amounts,
    "words": _words,
    "asks": _asks,
    "exclamations": _exclamations,
    "density": _density,
    "generic": _generic,
    "early_check_in": _early_check_in,
    "too_soon": _too_soon,
}


@attrs.frozen
class _Index:
    """The checks of a rule set, with one matcher for all their patterns."""

    checks: tuple[Check, ...]
    matcher: _matcher.Matcher
    #: For each pattern, (check index, role): ``match``, ``unless`` or ``context``.
    owners: tuple[tuple[int, str], ...]


def _index(rules: RuleSet) -> _Index:
    cached: _Index | None = rules._checks  # noqa: SLF001  (the checker owns this cache)
    if cached is None:
        from followup_kit.rules import Check  # noqa: PLC0415

        checks = tuple(r for r in rules if isinstance(r, Check))
        patterns: list[str] = []
        owners: list[tuple[int, str]] = []
        for number, rule in enumerate(checks):
            for role, sources in (
                ("match", rule.patterns),
                ("unless", rule.unless),
                ("context", rule.context),
            ):
                for pattern in sources:
                    patterns.append(pattern)
                    owners.append((number, role))
        cached = _Index(checks, _matcher.Matcher.build(patterns), tuple(owners))
        object.__setattr__(rules, "_checks", cached)
    return cached


#: A line that closes a letter ("Best regards,", "Thanks again!", "Cheers").
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:best|kind|kindest|warm|warmest|many|with)[ \t]+(?:regards|wishes|thanks)"
    r"|regards|best|sincerely|respectfully|warmly|cheers|gratefully|thanks|thank[ \t]+you"
    r"|(?:thanks|thank[ \t]+you)[ \t]+(?:again|so[ \t]+much|very[ \t]+much)"
    r"|yours[ \t]+(?:sincerely|truly|faithfully)|(?:sincerely|respectfully)[ \t]+yours"
    r"|all[ \t]+the[ \t]+best|with[ \t]+(?:gratitude|appreciation)|talk[ \t]+soon"
    r"|take[ \t]+care)[ \t]*[,.!]?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: The longest signature block after a closing line: lines, and characters a line.
_SIGNATURE_LINES, _SIGNATURE_WIDTH, _SIGNATURE_SPAN = 6, 60, 1000
_POSTSCRIPT = re.compile(r"[ \t]*p\.?[ \t]?s\b", re.IGNORECASE)


def _signature_start(text: str) -> int | None:
    """
    Where the signature block under the last closing line starts, if there is one.

    The lines after a closing such as "Best regards," count as a signature when there
    are at most a few, each short and none a sentence (several words ending with a
    full stop) or a postscript; anything else means the closing was not the end.
    """
    last = collections.deque(_CLOSING.finditer(text), maxlen=1)
    closing = last[0] if last else None
    if closing is None or len(text) - closing.end() > _SIGNATURE_SPAN:
        return None
    lines = [line for line in text[closing.end() :].split("\n") if line.strip()]
    if len(lines) > _SIGNATURE_LINES:
        return None
    for line in lines:
        words = line.split()
        if (
            len(line.strip()) > _SIGNATURE_WIDTH
            or len(words) > 7
            or (len(words) > 3 and line.rstrip()[-1] in ".!?")
            or _POSTSCRIPT.match(line)
        ):
            return None
    return closing.end()


def _mask(text: str) -> str:
    """Blank out (keeping offsets) quoted earlier messages and signatures."""
    cut = len(text)
    for regex in (_QUOTE_HEADER, _SIGNATURE):
        found = regex.search(text)
        if found is not None:
            cut = min(cut, found.start())
    signature = _signature_start(text[:cut])
    if signature is not None:
        cut = signature
    masked = text[:cut] + _NOT_NEWLINE.sub(" ", text[cut:])
    return _QUOTED_LINE.sub(lambda m: " " * len(m.group()), masked)


def _sentences(masked: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    for end in (m.end() for m in _matcher.SENTENCE_END.finditer(masked)):
        if masked[start:end].strip():
            spans.append((start, end))
        start = end
    if masked[start:].strip():
        spans.append((start, len(masked)))
    return tuple(spans) or ((0, len(masked)),)


def check(
    text: str, situation: Situation | None = None, rules: RuleSet | None = None
) -> tuple[Finding, ...]:
    """
    Find what could cost the writer the job in *text*.

    Args:
        text: Any draft: a composed message or one a person wrote.
        situation: The situation it is written for, when known: it sets the channel's
            length limit, how much enthusiasm the culture welcomes, the stage (salary
            talk is fine when replying to an offer) and the timing checks.
        rules: The rule set; :func:`~followup_kit.default_rules` when None.

    Returns:
        The findings, ordered by position; ``text[f.start:f.end]`` is what each flags.

    Raises:
        ArgumentError: If an argument has the wrong type.
    """
    from followup_kit.engine import facts_of  # noqa: PLC0415
    from followup_kit.rules import RuleSet  # noqa: PLC0415
    from followup_kit.rulesets import default_rules  # noqa: PLC0415

    if not isinstance(text, str):
        raise ArgumentError(f"text: expected a str, got {type(text).__name__}")
    if situation is not None and not isinstance(situation, Situation):
        raise ArgumentError(
            f"situation: expected a Situation or None, got {type(situation).__name__}"
        )
    if rules is None:
        rules = default_rules()
    elif not isinstance(rules, RuleSet):
        raise ArgumentError(f"rules: expected a RuleSet, got {type(rules).__name__}")
    index = _index(rules)
    facts = facts_of(situation) if situation is not None else _DEFAULT_FACTS
    active = [
        (not rule.stages or facts["stage"] in rule.stages) and rule.when.holds(facts)
        for rule in index.checks
    ]
    if not any(active):
        return ()
    masked = _mask(text)
    scan = _Scan(text, masked, _sentences(masked), facts, situation)
    hits, vetoed = _hits(index, active, scan)
    scan = attrs.evolve(scan, vetoed={index.checks[n].id: frozenset(v) for n, v in vetoed.items()})
    findings: list[Finding] = []
    for number, rule in enumerate(index.checks):
        if not active[number]:
            continue
        matches = hits.get(number, [])
        spans = MEASURES[rule.measure](rule, scan, matches) if rule.measure else matches
        findings.extend(_finding(rule, text, start, end) for start, end in spans if end > start)
    return _deduplicated(findings)


def _hits(
    index: _Index, active: list[bool], scan: _Scan
) -> tuple[dict[int, list[tuple[int, int]]], dict[int, set[int]]]:
    """
    Scan once; return each active check's pattern matches that count.

    A match counts in a sentence that holds one of its check's ``context`` phrases
    (when the check has any) and none of its ``unless`` phrases.
    """
    hits: dict[int, list[tuple[int, int]]] = {}
    sentences: dict[str, set[tuple[int, int]]] = {"unless": set(), "context": set()}
    for pattern, start, end in index.matcher.scan(scan.masked):
        number, role = index.owners[pattern]
        if not active[number]:
            continue
        if role == "match":
            hits.setdefault(number, []).append((start, end))
        else:
            sentences[role].add((number, scan.sentence_of(start)))
    needs_context = {n for n, rule in enumerate(index.checks) if rule.context}
    kept: dict[int, list[tuple[int, int]]] = {}
    for number, spans in hits.items():
        for span in sorted(spans):
            key = (number, scan.sentence_of(span[0]))
            if key in sentences["unless"]:
                continue
            if number in needs_context and key not in sentences["context"]:
                continue
            kept.setdefault(number, []).append(span)
    vetoed: dict[int, set[int]] = {}
    for number, sentence in sentences["unless"]:
        vetoed.setdefault(number, set()).add(sentence)
    return kept, vetoed


def _finding(rule: Check, text: str, start: int, end: int) -> Finding:
    return Finding(
        rule_id=rule.id,
        category=rule.category,
        severity=rule.severity,
        start=start,
        end=end,
        message=rule.message,
        suggestion=rule.suggestion,
        advice=rule.advice,
        matched=text[start:end],
    )


def _deduplicated(findings: list[Finding]) -> tuple[Finding, ...]:
    """Order by position; of overlapping findings in one category, keep the first."""
    kept: list[Finding] = []
    last_end: dict[Category, int] = {}
    for finding in sorted(findings, key=lambda f: (f.start, -f.end, f.rule_id)):
        if finding.start < last_end.get(finding.category, -1):
            continue
        last_end[finding.category] = finding.end
        kept.append(finding)
    return tuple(kept)
