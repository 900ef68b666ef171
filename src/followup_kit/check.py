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

import array
import bisect
import collections
import datetime as dt
import difflib
import functools
import importlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, overload

import attrs

from followup_kit import _i18n, _matcher
from followup_kit.conditions import DETAILS, FIELDS
from followup_kit.exceptions import ArgumentError
from followup_kit.findings import Category, Finding, Severity
from followup_kit.situation import Situation

if TYPE_CHECKING:
    from followup_kit.rules import Check, RuleSet

__all__ = ["MEASURES", "Category", "Finding", "Severity", "check"]

_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:On\b[^\n]{0,300}\bwrote:[ \t]*$|-{2,}[ \t]*(?:Original|Forwarded) Message"
    r"|From:[^\n]*@"
    # German, French and Spanish reply headers.
    r"|Am\b[^\n]{0,300}\bschrieb\b[^\n]{0,200}:[ \t]*$|Le\b[^\n]{0,300}\ba[ \t]+écrit[ \t]?:[ \t]*$"
    r"|El\b[^\n]{0,300}\bescribió[ \t]?:[ \t]*$"
    r"|-{2,}[ \t]*(?:Ursprüngliche Nachricht|Message d'origine|Mensaje original)"
    r"|(?:Von|De):[^\n]*@)[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)
_SIGNATURE = re.compile(
    r"^(?:-- ?|Sent from my [^\n]*|Get Outlook for [^\n]*|Von meinem [^\n]* gesendet"
    r"|Envoyé de mon [^\n]*|Enviado desde mi [^\n]*)$",
    re.MULTILINE,
)
_EXCLAMATIONS = re.compile(r"[!?]*!(?:[!?1]*!)+[!?1]*|!\?+|\?+!")
_NONSPACE = re.compile(r"\S")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_NOTHING = re.compile(r"(?!)")
_NOT_NEWLINE = re.compile(r"[^\n]")
_DEFAULT_FACTS: Mapping[str, Any] = MappingProxyType(
    {
        **dict.fromkeys((*FIELDS, *DETAILS)),
        "stage": None,
        "tone": "neutral",
        "culture": "balanced",
        "outcome": "pending",
        "channel": "email",
    }
)


class _Spans(Sequence[tuple[int, int]]):
    """
    The sentences of a text as (start, end) pairs, kept in two arrays of integers.

    A text of ten megabytes has hundreds of thousands of sentences; as arrays they take
    a tenth of the memory that as many tuples of integer objects would.
    """

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array.array[int], ends: array.array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self.starts[index], self.ends[index], strict=True))
        return (self.starts[index], self.ends[index])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


@attrs.frozen
class _Scan:
    """What the measures read: the text, the part of it that is checked, its sentences."""

    text: str
    masked: str
    sentences: _Spans
    facts: Mapping[str, Any]
    situation: Situation | None
    #: The language of the text, which picks the vocabularies the measures read.
    language: str = "en"

    #: For each check id, the sentences its ``unless`` phrases veto.
    vetoed: Mapping[str, frozenset[int]] = attrs.field(factory=dict)

    def sentence_of(self, position: int) -> int:
        """The index of the sentence holding *position*."""
        return max(bisect.bisect_right(self.sentences.starts, position) - 1, 0)

    def body(self) -> tuple[int, int]:
        """The span from the first to the last checked character."""
        first = _NONSPACE.search(self.masked)
        if first is None:
            return (0, 0)
        last = len(self.masked.rstrip())
        return (first.start(), last)


Measure = Callable[["Check", _Scan, Sequence[tuple[int, int]]], list[tuple[int, int]]]


def _words(rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Flag the whole body when it has more than *limit* words (counting stops there)."""
    if rule.limit is None:
        return []
    for count, _ in enumerate(_matcher.WORD.finditer(scan.masked), 1):
        if count > rule.limit:
            return [scan.body()]
    return []


_CLAUSE_ASK = re.compile(
    r"(?:^\s*(?:(?:also|and|so|but|then|plus|oh|ok|okay|lastly|finally)\s+)?"
    r"|[,;:(\u2014\u2013]\s*(?:(?:and|also|then|plus|but|so)\s+)?|\s-\s*"
    r"|\band\s+(?=whether\b|if\b))"
    r"(?:(?:what|who|whom|whose|when|where|why|how|which)(?:'?s)?\b"
    r"|whether\b|(?<=and )if\b"
    r"|[^,;:?!.]{0,80}?\b(?:know|ask|asking|wonder|wondering|curious|understand|clarify)"
    r"\s+(?:about\s+)?(?:what|who|whom|whose|when|where|why|how|which|whether|if)\b"
    r"|(?:is|are|was|were|do|does|did|can|could|should|will|would|may|might|shall)"
    r"(?:n't)?\b(?!')"
    r"|(?:please\s+(?:also\s+)?)?(?:tell|let|confirm|send|share|explain|advise|clarify|update)"
    r"\b(?!'))",
    re.IGNORECASE,
)


def _asks(rule: Check, scan: _Scan, matches: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Flag more than *limit* asks.

    A sentence asks when it ends with a question mark or holds an ask phrase (the
    rule's patterns). It counts once for each clause that opens a question or a
    request (a question word, a verb put first, "tell me", "let me know") at its start
    or after a comma, a colon or a dash ("and whether" needs none), and at least once:
    "what X, who Y, and will Z?" is three asks, while "is it X or Y?", "if X, would
    Y?" and "could you tell me X and how Y?" are one each. A sentence with one of the
    rule's ``unless`` phrases (an offer of help, "a few questions:") counts only the
    questions it lists after a colon or a dash. The items of a list that an asking
    line ending with a colon introduces count once each, and stand for that line.
    """
    lexicon = _lexicon(scan.language)
    # Without the language's words, each question still counts once.
    clause_ask = lexicon.clause_ask if lexicon is not None else _NOTHING
    cued = {scan.sentence_of(start) for start, _ in matches}
    vetoed = scan.vetoed.get(rule.id, frozenset())
    total = 0
    spans = []
    listing = numbered = free = False
    for index, (start, end) in enumerate(scan.sentences):
        sentence = scan.masked[start:end].replace("\u2019", "'")
        stripped = sentence.strip()
        if listing and stripped.rstrip(".)").isdigit():
            numbered = True  # "1." split off from its item as a sentence of its own
            continue
        item = listing and (
            numbered or stripped[:1] in "-*\u2022\u00b7\u2023" or stripped[:1].isdigit()
        )
        numbered = False
        if index in vetoed:
            # "A few questions: X, Y and Z?" (or "- X, Y"): count what follows the colon.
            colon = min(
                (i for i in map(sentence.find, (":", " - ", "\u2014", "\u2013")) if i >= 0),
                default=-1,
            )
            asks = len(clause_ask.findall(sentence, colon)) if colon >= 0 else 0
        elif index in cued or stripped.endswith("?"):
            asks = max(1, len(clause_ask.findall(sentence)))
        else:
            asks = int(item)
        if item and free:
            asks, free = asks - 1, False
        if asks or item:
            total += asks
            spans.append((start, end))
        if stripped.endswith(":") and (asks or index in vetoed):
            listing, free = True, bool(asks)
        elif not item:
            listing = free = False
    if rule.limit is None or total <= rule.limit or not spans:
        return []
    first = _NONSPACE.search(scan.masked, spans[0][0])
    start = first.start() if first is not None else spans[0][0]
    return [(start, len(scan.masked[: spans[-1][1]].rstrip()))]


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


def _stem(word: str) -> str:
    """*word* without a common ending, so that near forms share a beginning."""
    for ending in ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ers"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    for ending in ("er", "ed", "es", "s", "al", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


#: Words that any thank-you might use: they say nothing about one conversation. The
#: stem of each (see :func:`_stem`) is in too, so that other forms of them count.
GENERIC_WORDS = frozenset(
    form
    for word in """
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
    # Everyday words, frames that announce a detail without giving one (mentioned,
    # described), and the stock phrases of applications (work ethic, extra mile).
    across against ahead along alongside among anywhere around away become becomes
    behind beside besides between both cannot comes didn didnt dont doesnt isnt wasnt
    wont cant couldnt wouldnt shouldnt havent hasnt arent werent youre youve youll
    theyre thats whats theres heres lets ill ive except finds found gets goes here hers
    herself himself itself kept likely maybe might mostly must near nearly neither none
    nothing often once onto otherwise ours ourselves perhaps pretty probably quite
    rather real said seem seemed seems sense show showed shown takes theirs themselves
    therefore through throughout thus till told toward towards unless upon whom whose
    yourself yourselves instead elsewhere ask asked asking tell telling tells say saying
    says mention mentioned mentioning mentions share shared sharing explain explained
    explaining explanation describe described describing description walk walked walking
    walkthrough showing shows pass passed passing left leave leaving feeling feelings
    seen looked looks putting lot lots bit little kinda gonna wanna yeah haha weird cool
    true truth sincere sincerest genuine heartfelt deep deeply huge massive million
    times deal dream dreams wait admire admired admiration bless blessing agree agreed
    momentum unbelievable unforgettable memorable remarkable invaluable priceless humble
    gratefulness additional extra mile ethic learner player communicator worker starter
    thrive thriving excel excelling integrity purpose struck strengthened strengthen
    confirmed reaffirmed excitement eagerness keenness position's role's team's
    company's firm's onboard aboard hire hired employ employed employer employers
    employment reached reachable mobile number documents reference portfolio resume cv
    attach attachment copy copies inform informed informing respectfully cordially
    january february march april june july august september october november december
    linkedin iphone android zoom skype webex outlook gmail google
    thankyou folks guys
    accept acceptance aspiration aspirations aspire aspiring immediate exploring explore
    reiterate reiterating expressed contributions matching unique exceptional solid
    talent talents expertise competencies competency attributes qualities ethos
    environments workplace institution establishment reputation renowned prestigious
    esteemed journey chapter succeed succeeding grow expand broaden enrich enhance
    spirit heart effort efforts utmost guarantee assure assurance hopeful optimistic
    interaction interactions exchange reflect reflecting reflection impressions warmth
    hospitality generous generosity gracious courtesy professionalism transparency
    openness enlightening
    """.split()
    for form in (word, _stem(word))
)


def _generic(
    rule: Check, scan: _Scan, _matches: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """
    Flag a note with no concrete detail from the conversation.

    A note is specific when it names one of the situation's topics (a word of it, or a
    near form: "migration" for "migrating"), or has enough words that a note to anyone
    would not use (see :func:`_details`): at least *limit* of them, and one for every
    twenty words of a long note, whose padding hides a few.
    """
    if scan.language != "en":
        return _generic_plain(rule, scan)
    known, topics = _known_and_topics(scan.situation)
    stems: dict[str, set[str]] = {}
    candidates: set[str] = set()
    total = 0
    for start, end in scan.sentences:
        tokens = [m.group() for m in _matcher.WORD.finditer(scan.masked, start, end)]
        folded = [_matcher.fold(w) for w in tokens]
        total += len(tokens)
        for word in folded:
            stems.setdefault(word[:4], set()).add(_stem(word))
        candidates |= _details(tokens, folded, scan.masked[start:end], known)
    if any(_names(stems, topic) for topic in topics):
        return []
    needed = max(min(rule.limit or 1, 1 + total // 12), total // 20)
    # A misspelt common word ("oppurtunity") is not a detail; look closely at a few.
    typos = sum(map(_misspelt_generic, sorted(candidates)[:_TYPO_CHECKS]))
    return [] if len(candidates) - typos >= needed else [scan.body()]


def _known_and_topics(s: Situation | None) -> tuple[set[str], list[str]]:
    """The words of names, role and company, and the topics, of the situation."""
    known: set[str] = set()
    topics: list[str] = []
    if s is not None:
        topics.extend(s.topics)
        for person in s.interviewers:
            topics.extend(person.topics)
            known.update(_CONTENT.findall(_matcher.fold(person.name)))
        for detail in (s.role, s.company, s.candidate and s.candidate.name):
            if detail:
                known.update(_CONTENT.findall(_matcher.fold(detail)))
    return known, topics


def _generic_plain(rule: Check, scan: _Scan) -> list[tuple[int, int]]:
    """
    The generic measure for a language other than English.

    Capitals do not tell names from other words in every language (German writes every
    noun with one), so a detail is any word of five letters or more that the language's
    list of words any note might use does not hold, or a number; a topic counts when a
    word of it shares its first five letters with a word of the note ("Wochenbericht"
    for "Wochenberichts").
    """
    lexicon = _lexicon(scan.language)
    if lexicon is None:
        return []
    known, topics = _known_and_topics(scan.situation)
    words = [_matcher.fold(m.group()) for m in _matcher.WORD.finditer(scan.masked)]
    prefixes = {w[:5] for w in words if len(w) >= 5}
    for topic in topics:
        for word in _CONTENT.findall(_matcher.fold(topic)):
            if len(word) >= 5 and word not in lexicon.generic_words and word[:5] in prefixes:
                return []
    details = {
        w
        for w in words
        if (len(w) >= 5 and w.isalpha() and w not in lexicon.generic_words and w not in known)
        or any(c.isdigit() for c in w)
    }
    needed = max(min(rule.limit or 1, 1 + len(words) // 12), len(words) // 20)
    return [] if len(details) >= needed else [scan.body()]


def _names(stems: Mapping[str, set[str]], topic: str) -> bool:
    """Whether a word of *topic*, or a near form of one, is among the note's *stems*."""
    for word in _CONTENT.findall(_matcher.fold(topic)):
        root = _stem(word)
        if word in GENERIC_WORDS or len(root) < 4:
            continue
        if any(t.startswith(root) or root.startswith(t) for t in stems.get(root[:4], ())):
            return True
    return False


def _details(tokens: list[str], folded: list[str], sentence: str, known: set[str]) -> set[str]:
    """
    The words of one sentence that could be a detail of the conversation.

    Lower-case words of four letters or more outside :data:`GENERIC_WORDS` (adverbs in
    -ly are generic too), names of things ("the Riverside bid", "GST", "NetSuite"), and
    numbers (from three, when written out) other than dates and phone numbers. People's
    names are left out, and so are the words of the role and company (*known*), the
    words naming a job or the writer's background ("the front desk job", "hotel
    experience"), and a sentence about pay: a salary is not something from the
    conversation.
    """
    pay = {"salary", "salaries", "pay", "wage", "wages", "compensation", "bonus", "benefits"}
    pay |= {"allowance", "commission", "hourly", "negotiable", "expectations"}
    if not pay.isdisjoint(folded):
        return set()
    heads = {"job", "position", "role", "post", "vacancy", "opening", "internship", "placement"}
    heads |= {"experience", "background", "degree", "qualification", "certificate"}
    phone = sum(c.isdigit() for c in sentence) >= 7
    found = set()
    for i, (word, low) in enumerate(zip(tokens, folded, strict=True)):
        if not heads.isdisjoint(folded[i + 1 : i + 4]) or low in known:
            continue
        bare = low.removesuffix("'s")
        if word[:1].isupper():
            # A name (of a product, a project, a place) after "the", or an acronym or a
            # camel-cased name ("the Riverside bid", "GST", "NetSuite"); people's names
            # rarely follow "the", and the recipient's and the writer's never do.
            named = (i and folded[i - 1] == "the") or (
                len(bare) >= 3 and (word.isupper() or not word[1:].islower())
            )
            if named and bare.isalpha() and bare not in GENERIC_WORDS:
                found.add(bare)
        elif any(c.isdigit() for c in low):
            if not phone and not low.endswith(("st", "nd", "rd", "th")):
                found.add(low)
        elif low in {"three", "four", "five", "six", "seven", "eight", "nine", "ten"}:
            found.add(low)  # a count ("six weeks") is a number written out
        elif (
            word[:1].islower()
            and len(bare) >= 4
            and bare.isalpha()
            and bare not in GENERIC_WORDS
            and _stem(bare) not in GENERIC_WORDS
            and not (len(bare) > 5 and bare.endswith("ly"))
        ):
            found.add(bare)
    return found


_TYPO_CHECKS = 20


def _deletes(word: str) -> set[str]:
    """*word* with any one letter left out."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@functools.cache
def _near_generic() -> Mapping[str, tuple[str, ...]]:
    """Each long generic word, and each of them with one letter left out, to the words."""
    found: dict[str, set[str]] = {}
    for word in GENERIC_WORDS:
        if len(word) >= 6 and word.isalpha():
            for variant in (word, *_deletes(word)):
                found.setdefault(variant, set()).add(word)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in found.items()})


def _misspelt_generic(word: str) -> bool:
    """
    Return whether *word* is a slip of a long generic word ("oppurtunity").

    The generic words that share *word* or a one-letter deletion of it are compared with
    it closely; a slip is one at least 85% alike.
    """
    if not word.isalpha() or len(word) < 6:
        return False
    near = _near_generic()
    generics = {g for variant in (word, *_deletes(word)) for g in near.get(variant, ())}
    for generic in sorted(generics):
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


#: Words in a sentence that say what a sum is: ``strong`` words about pay outweigh
#: ``work`` words (a saving, a budget, a client's costs), which outweigh ``weak`` ones.
_PAY_CUE = re.compile(
    r"\b(?:(?P<strong>pay|paid|paying|salary|salaries|wages?|comp|compensation|earn|earning|"
    r"earnings|ote|bonus|hourly|annum|floor)"
    r"|(?P<work>budgets?|sav(?:e|ed|es|ing|ings)|revenue|sales|sold|costs?|costing|spend|spent|"
    r"fund(?:s|ed|ing)?|grants?|raised|contracts?|deals?|profits?|margins?|invoices?|turnover|"
    r"donations?|worth|valued?|million|billion|clients?|customers?|projects?|orders?|fleet|"
    r"prices?|pricing|loans?|rent|debts?|fees)"
    r"|(?P<weak>base|package|band|range|rate|offer|offered|negotiable|raise|rise|make|making|"
    r"currently|expect|expecting|expectations?|floor|minimum|hoping|asking|annually))\b",
    re.IGNORECASE,
)
#: A sum that reads as pay on its own: 55k, a currency sum in thousands, or a currency
#: sum per hour or year (a bare 2,000 is as likely to count people as money).
_THOUSANDS = re.compile(
    r"\d\s?[kK]$|^[$£€¥₹]\s?(?:\d{1,3},\d{3}|\d{4})"
    r"|^[$£€¥₹].*(?:per|an|a)\s?(?:hour|hr|year|yr|annum)$",
    re.IGNORECASE,
)
_MONEYISH = re.compile(r"[$£€¥₹0-9]+")
#: A sum of money; thousands of something counted ("10k followers", "a 5k run") are not.
_AMOUNT = re.compile(
    r"(?:[$£€¥₹]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?|\d{1,3}(?:[.,]\d)?\s?[kK]\b"
    r"|\d{1,3}(?:,\d{3})+\b)"
    r"(?!\s*-?\s*(?:users?|followers?|subscribers?|downloads?|views?|visits?|visitors?|members?|"
    r"people|staff|employees|rows?|records?|lines?|words?|steps?|runs?|race|miles?|km|units?|"
    r"items?|tickets?|calls?|requests?|transactions?|patients?|students?|sq|square|feet|ft|"
    r"pallets?|parcels?|emails?|applications?|stars?|reviews?|impressions?|clicks?|leads?|"
    r"cases?|sessions?|pages?|queries|events?|devices?)\b)"
    r"(?:\s?(?:per|an|a)\s?(?:hour|hr|day|week|month|year|yr|annum)\b)?"
    r"|\d+(?:\.\d+)?\s?(?:per|an|a)\s?(?:hour|hr|year|yr|annum)\b",
    re.IGNORECASE,
)


def _amounts(rule: Check, scan: _Scan, matches: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Flag the rule's patterns, and sums of money in talk of pay.

    A sum ($60k, 55k, £42,000, £14 an hour, 20 an hour) counts in a sentence with a
    word about pay. Without one, a sum in thousands or a currency sum per hour or year
    counts, unless the sentence is about the work: a saving for a client, a budget or
    a price is not salary talk, and neither is a sentence the rule's ``unless`` vetoes.
    """
    text = scan.masked
    vetoed = scan.vetoed.get(rule.id, frozenset())
    spans = list(matches)
    lexicon = _lexicon(scan.language)
    if lexicon is None:
        return spans
    sentence_cues: dict[int, set[str | None]] = {}
    for run in _MONEYISH.finditer(text):
        start = run.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_.,"):
            continue
        amount = lexicon.amount.match(text, start)
        number = scan.sentence_of(start)
        if amount is None or number in vetoed:
            continue
        cues = sentence_cues.get(number)
        if cues is None:  # read each sentence's cues once, however many sums it holds
            first, last = scan.sentences[number]
            cues = sentence_cues[number] = {
                m.lastgroup for m in lexicon.pay_cue.finditer(text, first, last)
            }
        if "strong" in cues or (
            "work" not in cues and ("weak" in cues or lexicon.thousands.search(amount.group()))
        ):
            spans.append(amount.span())
    return sorted(spans)


@attrs.frozen
class _Lexicon:
    """The words of one language that the measures read."""

    #: A clause that opens a question or a request (see :func:`_asks`).
    clause_ask: re.Pattern[str]
    #: Words any note might use, which say nothing of one conversation.
    generic_words: frozenset[str]
    #: Words that say what a sum is, in the groups ``strong``, ``work`` and ``weak``.
    pay_cue: re.Pattern[str]
    #: A sum of money as the language writes one.
    amount: re.Pattern[str]
    #: A sum that reads as pay on its own.
    thousands: re.Pattern[str]


@functools.cache
def _lexicon(language: str) -> _Lexicon | None:
    """
    The vocabularies of *language*, or None when the library has none.

    English lives in this module; another language in ``followup_kit._lexicon_<code>``,
    a module of plain constants. The result is immutable, so the memo is invisible.
    """
    if language == "en":
        return _Lexicon(_CLAUSE_ASK, GENERIC_WORDS, _PAY_CUE, _AMOUNT, _THOUSANDS)
    if not _LANGUAGE_CODE.fullmatch(language):
        return None
    try:
        module = importlib.import_module(f"followup_kit._lexicon_{language}")
    except ImportError:
        return None
    flags = re.IGNORECASE
    return _Lexicon(
        clause_ask=re.compile(module.CLAUSE_ASK, flags),
        generic_words=frozenset(module.GENERIC_WORDS.split()),
        pay_cue=re.compile(module.PAY_CUE, flags),
        amount=re.compile(module.AMOUNT, flags),
        thousands=re.compile(module.THOUSANDS, flags),
    )


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
    """
    The checks of a rule set, with two matchers for their patterns.

    The first reads the whole text for what the checks flag (and for the vetoes a
    measure reads in every sentence); the second reads only the sentences where a check
    matched, for that check's ``unless`` and ``context`` phrases, which matter nowhere
    else.
    """

    checks: tuple[Check, ...]
    matcher: _matcher.Matcher
    #: For each pattern, (check index, role): ``match``, ``unless`` or ``context``.
    owners: tuple[tuple[int, str], ...]
    secondary: _matcher.Matcher
    secondary_owners: tuple[tuple[int, str], ...]
    #: For each check, its patterns in the second matcher.
    secondary_of: Mapping[int, frozenset[int]] = attrs.field(init=False)

    @secondary_of.default
    def _secondary_of(self) -> Mapping[int, frozenset[int]]:
        found: dict[int, set[int]] = {}
        for pattern, (number, _role) in enumerate(self.secondary_owners):
            found.setdefault(number, set()).add(pattern)
        return {number: frozenset(patterns) for number, patterns in found.items()}


def _index(rules: RuleSet) -> _Index:
    cached: _Index | None = rules._checks  # noqa: SLF001  (the checker owns this cache)
    if cached is None:
        from followup_kit.rules import Check  # noqa: PLC0415

        checks = tuple(r for r in rules if isinstance(r, Check))
        patterns: tuple[list[str], list[str]] = ([], [])
        owners: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
        for number, rule in enumerate(checks):
            for role, sources in (
                ("match", rule.patterns),
                ("unless", rule.unless),
                ("context", rule.context),
            ):
                later = role != "match" and rule.measure is None
                for pattern in sources:
                    patterns[later].append(pattern)
                    owners[later].append((number, role))
        cached = _Index(
            checks,
            _matcher.Matcher.build(patterns[0]),
            tuple(owners[0]),
            _matcher.Matcher.build(patterns[1]),
            tuple(owners[1]),
        )
        object.__setattr__(rules, "_checks", cached)
    return cached


#: A line that closes a letter ("Best regards,", "Thanks again!", "Cheers").
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:best|kind|kindest|warm|warmest|many|with)[ \t]+(?:regards|wishes|thanks)"
    r"|regards|best|sincerely|respectfully|warmly|cheers|gratefully|thanks|thank[ \t]+you"
    r"|(?:thanks|thank[ \t]+you)[ \t]+(?:again|so[ \t]+much|very[ \t]+much)"
    r"|yours[ \t]+(?:sincerely|truly|faithfully)|(?:sincerely|respectfully)[ \t]+yours"
    r"|all[ \t]+the[ \t]+best|with[ \t]+(?:gratitude|appreciation)|talk[ \t]+soon"
    r"|take[ \t]+care"
    # German, French and Spanish closings.
    r"|(?:mit[ \t]+)?(?:freundlichen|freundliche|viele|beste|besten|liebe|herzliche|sonnige)"
    r"[ \t]+gr(?:ü|ue)(?:ß|ss)en?(?:[ \t]+aus[ \t]+\S+)?|mfg|lg|vg|danke|vielen[ \t]+dank"
    r"|(?:bien[ \t]+)?cordialement|bien[ \t]+à[ \t]+vous|(?:sincères[ \t]+)?salutations"
    r"|à[ \t]+bientôt|(?:bonne|belle)[ \t]+journée|merci(?:[ \t]+encore)?"
    r"|atentamente|(?:un[ \t]+)?(?:cordial[ \t]+)?saludos?(?:[ \t]+cordiales)?"
    r"|un[ \t]+abrazo|gracias(?:[ \t]+de[ \t]+nuevo)?)[ \t]*[,.!]?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: The longest signature block after a closing line: lines, and characters a line.
_SIGNATURE_LINES, _SIGNATURE_WIDTH, _SIGNATURE_SPAN = 6, 60, 1000
_POSTSCRIPT = re.compile(r"[ \t]*p\.?[ \t]?s\b", re.IGNORECASE)
#: A writer speaking of themselves: a sentence, not a line of a signature.
_FIRST_PERSON = re.compile(
    r"(?<![^\W_])(?:i|i'm|i've|i'd|i'll|me|my|we|ich|mir|mich|je|j'ai|moi|yo|estoy)(?![^\W_])",
    re.IGNORECASE,
)


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
            or _FIRST_PERSON.search(line)
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


def _sentences(masked: str) -> _Spans:
    """The sentences of *masked* that hold more than white space (at least one span)."""
    starts: array.array[int] = array.array("q")
    ends: array.array[int] = array.array("q")
    start = 0
    for end in (m.end() for m in _matcher.SENTENCE_END.finditer(masked)):
        if _NONSPACE.search(masked, start, end):
            starts.append(start)
            ends.append(end)
        start = end
    if _NONSPACE.search(masked, start):
        starts.append(start)
        ends.append(len(masked))
    elif not starts:
        starts.append(0)
        ends.append(len(masked))
    return _Spans(starts, ends)


def check(
    text: str,
    situation: Situation | None = None,
    rules: RuleSet | None = None,
    *,
    language: str | None = None,
) -> tuple[Finding, ...]:
    """
    Find what could cost the writer the job in *text*.

    Args:
        text: Any draft: a composed message or one a person wrote.
        situation: The situation it is written for, when known: it sets the channel's
            length limit, how much enthusiasm the culture welcomes, the stage (salary
            talk is fine when replying to an offer) and the timing checks.
        rules: The rule set; :func:`~followup_kit.default_rules` when None.
        language: The language of *text* (``"de"``, or a locale such as ``"de_AT"``),
            which picks the checks that read it. When None it is told from the text's
            own words (English, German, French or Spanish), else taken from the
            situation's locale, else English.

    Returns:
        The findings, ordered by position; ``text[f.start:f.end]`` is what each flags.

    Raises:
        ArgumentError: If an argument has the wrong type or *language* is no language.
        FunctionError: If a check's or a condition's Python function fails.
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
    masked = _mask(text)
    language = _language(masked, situation, language)
    active = [
        (not rule.languages or language in rule.languages) and rule.applies(facts)
        for rule in index.checks
    ]
    if not any(active):
        return ()
    scan = _Scan(text, masked, _sentences(masked), facts, situation, language)
    hits, vetoed = _hits(index, active, scan)
    scan = attrs.evolve(scan, vetoed={index.checks[n].id: frozenset(v) for n, v in vetoed.items()})
    findings: list[Finding] = []
    for number, rule in enumerate(index.checks):
        if not active[number]:
            continue
        matches = hits.get(number, [])
        if rule.function is not None:
            spans = rule.function_spans(scan.masked, situation)
        else:
            spans = MEASURES[rule.measure](rule, scan, matches) if rule.measure else matches
        findings.extend(_finding(rule, text, start, end) for start, end in spans if end > start)
    return _deduplicated(findings)


def _language(masked: str, situation: Situation | None, language: object) -> str:
    """The language to check *masked* in: as given, else as told, else the locale's."""
    if language is not None:
        code = language.replace("-", "_").split("_")[0].lower() if isinstance(language, str) else ""
        if not _LANGUAGE_CODE.fullmatch(code):
            raise ArgumentError(
                f"language: expected a language code such as 'de' or 'de_AT', got {language!r}"
            )
        return code
    told = _i18n.detect(masked)
    if told is None and situation is not None:
        told = _i18n.language_of(situation.locale)
    return told or "en"


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
    _read_vetoes_and_cues(index, scan, hits, sentences)
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


def _read_vetoes_and_cues(
    index: _Index,
    scan: _Scan,
    hits: Mapping[int, list[tuple[int, int]]],
    sentences: dict[str, set[tuple[int, int]]],
) -> None:
    """Add the vetoes and cues of pattern checks, read only where those checks matched."""
    matched = {(n, scan.sentence_of(start)) for n, spans in hits.items() for start, _ in spans}
    wanted: dict[int, frozenset[int]] = {}
    for number, sentence in matched:
        more = index.secondary_of.get(number)
        if more:
            wanted[sentence] = wanted.get(sentence, frozenset()) | more
    memo: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
    for sentence, only in sorted(wanted.items()):
        first, last = scan.sentences[sentence]
        for pattern, start, _end in index.secondary.scan(scan.masked, first, last, memo, only):
            number, role = index.secondary_owners[pattern]
            if (number, sentence) in matched:
                sentences[role].add((number, scan.sentence_of(start)))


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
