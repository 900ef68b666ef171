"""
Rendering: a draft plan becomes a Message, with a trace of why each line is there.

>>> from followup_kit import Situation, compose
>>> s = Situation.from_dict(
...     {
...         "stage": "thank_you",
...         "tone": "formal",
...         "culture": "conservative",
...         "candidate": {"name": "Ana Ruiz"},
...         "company": "Northwind Traders",
...         "role": "Data Analyst",
...         "interviewers": [{"name": "Sam Lee"}],
...         "interview_date": "2026-11-20",
...         "topics": ["moving the weekly sales report onto the new warehouse"],
...     }
... )
>>> message = compose(s)
>>> print(message.subject)
Thank you: Data Analyst interview
>>> print(message.body)  # doctest: +ELLIPSIS
Dear Sam Lee,
<BLANKLINE>
Thank you for meeting with me on November 20 to discuss the Data Analyst position ...
<BLANKLINE>
...
Ana Ruiz
>>> message.trace[0].rule_id, message.trace[0].advice
('thank_you.subject.formal', ('T3', 'T12'))
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import attrs
from markupsafe import escape

from followup_kit import _i18n, _template, engine
from followup_kit.exceptions import (
    ArgumentError,
    ComposeError,
    LanguageError,
    MissingDetailsError,
)
from followup_kit.situation import Situation

__all__ = ["Message", "TraceEntry", "compose", "compose_all", "context_of"]

_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?])")
#: Anything _tidy() would change: a line break, a tab, two spaces, a space before
#: punctuation, or white space at either end. Text without any is already tidy.
_UNTIDY = re.compile(r"[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]|  | [,.;:!?]|^\s|\s$")


@attrs.frozen
class TraceEntry:
    """
    Why one part of a message is there.

    Attributes:
        section: The section the part fills (``subject``, ``greeting``, ``thanks`` ...).
        text: The rendered text of the part.
        rule_id: The id of the rule that chose it.
        advice: The advice ids it serves.
        why: The rule's reason, in words.
        conditions: The conditions that chose the rule, in words.
        start: Where the part starts in the body (-1 for the subject).
        end: Where it ends in the body (-1 for the subject).
    """

    section: str
    text: str
    rule_id: str
    advice: tuple[str, ...]
    why: str
    conditions: str
    start: int
    end: int


@attrs.frozen
class Message:
    """
    A composed message.

    Attributes:
        subject: The subject line, or None for channels without one.
        body: The message as plain text.
        html: The body as escaped HTML paragraphs.
        trace: One entry per part, in order: the subject first, if any.
        layout_id: The id of the layout rule that shaped the message.
        placeholders: The details filled with visible placeholders, if any.
        cautions: Warnings about the form of the message, such as a channel the advice
            discourages for this stage, each saying what to prefer.
    """

    subject: str | None
    body: str
    html: str
    trace: tuple[TraceEntry, ...]
    layout_id: str
    placeholders: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()

    def explain(self) -> str:
        """Return every part with the rule, advice and reason behind it, as text."""
        lines = [f"caution: {caution}" for caution in self.cautions]
        for entry in self.trace:
            lines.append(f"[{entry.section}] {entry.text}")
            lines.append(
                f"    rule {entry.rule_id} | advice {', '.join(entry.advice)} | "
                f"when {entry.conditions}"
            )
            lines.append(f"    why: {entry.why}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return the message and its trace as plain JSON-ready data."""
        return {
            "subject": self.subject,
            "body": self.body,
            "html": self.html,
            "layout_id": self.layout_id,
            "placeholders": list(self.placeholders),
            "cautions": list(self.cautions),
            "trace": [
                {
                    "section": e.section,
                    "text": e.text,
                    "rule_id": e.rule_id,
                    "advice": list(e.advice),
                    "why": e.why,
                    "conditions": e.conditions,
                    "start": e.start,
                    "end": e.end,
                }
                for e in self.trace
            ],
        }


def context_of(situation: Situation, interviewer: int = 0) -> dict[str, str]:
    """
    Return the template variables a situation provides, formatted for its locale.

    Details the situation lacks are absent from the result.
    """
    ctx = _shared_context(situation)
    ctx.update(_person_context(situation, interviewer, _locale(situation.locale)))
    return ctx


def _shared_context(s: Situation) -> dict[str, str]:
    """The variables that are the same in the note to every interviewer."""
    from babel.lists import format_list  # noqa: PLC0415

    locale = _locale(s.locale)
    plain = {
        "candidate_name": s.candidate and s.candidate.name,
        "candidate_first": s.candidate and s.candidate.name.split()[0],
        "candidate_phone": s.candidate and s.candidate.phone,
        "candidate_email": s.candidate and s.candidate.email,
        "company": s.company,
        "role": s.role,
        "next_step": s.next_step,
        "value_problem": s.value_add and s.value_add.problem,
        "value_offer": s.value_add and s.value_add.offer,
        "promised_item": s.promised[0].item if s.promised else None,
        "contact_name": s.contact and s.contact.name,
        "contact_first": s.contact and s.contact.name.split()[0],
        "contact_relation": s.contact and s.contact.relation,
        "decision_days": None if s.decision_days is None else str(s.decision_days),
        "callback_days": None if s.callback_days is None else str(s.callback_days),
        "reason": s.reason,
    }
    ctx = {k: _clause(v) for k, v in plain.items() if v}
    for name, days in (("decision_period", s.decision_days), ("callback_period", s.callback_days)):
        if days is not None:
            ctx[name] = _days(days, locale)
    if s.interviewers:
        ctx["interviewer_names"] = format_list([p.name for p in s.interviewers], locale=locale)
    if s.strengths:
        ctx["strength"] = _clause(s.strengths[0])
        ctx["strengths"] = format_list([_clause(t) for t in s.strengths[:2]], locale=locale)
    ctx.update(_date_context(s, locale))
    return ctx


@functools.lru_cache(maxsize=64)
def _locale(identifier: str) -> Any:
    """The Babel locale, parsed (and Babel imported) on first use, then kept."""
    from babel import Locale  # noqa: PLC0415  (Babel loads on first render)

    return Locale.parse(identifier)


@functools.lru_cache(maxsize=1024)
def _days(count: int, locale: Any) -> str:
    """A number of days in the locale's words, with the plural form it takes."""
    from babel.units import format_unit  # noqa: PLC0415

    return str(format_unit(count, "duration-day", length="long", locale=locale))


@functools.lru_cache(maxsize=1024)
def _day(day: dt.date, pattern: str, locale: Any) -> str:
    """*day* in the locale's words: a skeleton (``MMMMd``) or a pattern (``EEEE``)."""
    from babel.dates import format_date, format_skeleton  # noqa: PLC0415

    if pattern == "EEEE":
        return str(format_date(day, pattern, locale=locale))
    return str(format_skeleton(pattern, day, locale=locale))


def _person_context(s: Situation, interviewer: int, locale: Any) -> dict[str, str]:
    """The variables particular to the note for one interviewer."""
    from babel.lists import format_list  # noqa: PLC0415

    ctx: dict[str, str] = {}
    person = s.interviewers[interviewer] if s.interviewers else None
    if person:
        ctx["interviewer_name"] = person.name
        ctx["greeting_name"] = person.salutation or person.name
        ctx["first_name"] = person.salutation or person.name.split()[0]
        ctx["family_name"] = person.name.split()[-1]
        if person.title:
            ctx["interviewer_title"] = person.title
    own = person.topics if person else ()
    topics = own or s.topics
    if topics:
        ctx["topic"] = _clause(topics[0] if own else topics[interviewer % len(topics)])
        ctx["topics"] = format_list([_clause(t) for t in topics], locale=locale)
    return ctx


def _date_context(s: Situation, locale: Any) -> dict[str, str]:
    days = {
        "interview_date": s.interview_date,
        "decision_date": s.decision_date,
        "promised_due": s.promised[0].due if s.promised else None,
        "offer_respond_by": s.offer and s.offer.respond_by,
    }
    ctx = {k: _day(v, "MMMMd", locale) for k, v in days.items() if v}
    if s.interview_date:
        ctx["interview_day"] = _day(s.interview_date, "EEEE", locale)
    return ctx


#: The longest message compose() writes, in characters; a template that would repeat a
#: huge detail past it raises ComposeError instead of filling memory.
MAX_MESSAGE_CHARS = 100_000


def _render(
    plan: engine.Draft, ctx: dict[str, str], index: engine.Compiled, language: str
) -> dict[str, str]:
    """
    Render each chosen wording, tidied, by section.

    A template's output length is known before it renders (see
    :class:`followup_kit._template.Compiled`), so a message that would pass
    :data:`MAX_MESSAGE_CHARS` is refused before any of it is built.
    """
    templates = [index.template(c.rule, c.index, language) for c in plan.choices]
    if sum(t.length(ctx) for t in templates) > MAX_MESSAGE_CHARS:
        raise ComposeError(
            f"the message would be longer than {MAX_MESSAGE_CHARS} characters; "
            "check the lengths of the situation's details"
        )
    texts = _template.render_all(templates, ctx)
    return {c.section: _tidy(text) for c, text in zip(plan.choices, texts, strict=True)}


#: German words written in lower case when they open the first line after a greeting
#: that ends in a comma ("Liebe Frau Lee, / vielen Dank ..."); nouns and the polite
#: "Sie" and "Ihr" keep their capital, so only these words change.
_GERMAN_LOWER = frozenset(
    """
    vielen herzlichen herzlich besten danke nochmals ich wir es gerne gern nach wie mit
    für im am bei seit da als noch schon zunächst kurz heute gestern gerade nur hiermit
    anbei leider bezüglich zu zum zur vor über unser unsere unserem unseren unserer mein
    meine meinem meinen meiner was wenn dass ob so auch besonders erst einmal falls damit
    hier dein deine deinem deinen deiner dir dich du euch euer eure vorab
    """.split()
)


def _lower_after_greeting(
    rendered: dict[str, str], paragraphs: Any, sources: dict[str, str]
) -> None:
    """
    In German, continue in lower case after a greeting that ends with a comma.

    Only a word of the phrasing itself changes, never a detail filled in from the
    situation (a company called "Mit Energie AG" keeps its capital).
    """
    order = [section for paragraph in paragraphs for section in paragraph if rendered.get(section)]
    if len(order) < 2 or order[0] != "greeting" or not rendered["greeting"].endswith(","):
        return
    if sources.get(order[1], "").lstrip().startswith("{{"):
        return
    following = rendered[order[1]]
    first = following.split(" ", 1)[0]
    if first.lower().strip(",.;:") in _GERMAN_LOWER and first[:1].isupper():
        rendered[order[1]] = following[:1].lower() + following[1:]


def _clause(detail: str) -> str:
    """A free-text detail as a clause: trimmed, without closing punctuation of its own."""
    return detail.strip().rstrip(".!?;:,").strip() or detail.strip()


def _tidy(text: str) -> str:
    if not _UNTIDY.search(text):
        return text
    text = " ".join(line.strip() for line in text.splitlines())
    return _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()


def compose(
    situation: Situation,
    rules: Any = None,
    *,
    variant: int = 0,
    interviewer: int = 0,
    placeholders: bool = False,
) -> Message:
    """
    Compose the message for *situation*.

    Args:
        situation: What to write, for whom, and the details that make it specific.
        rules: The rule set to use; :func:`~followup_kit.default_rules` when None.
        variant: Picks among equally fitting wordings; the same variant always gives
            the same message.
        interviewer: Which of the situation's interviewers the note is for (an index).
        placeholders: Fill missing details with visible ``[placeholders]`` instead of
            raising :class:`~followup_kit.MissingDetailsError`.

    Raises:
        MissingDetailsError: Naming every detail the message needs and the situation lacks.
        ComposeError: If the rule set has no layout or phrasing for this situation.
        ArgumentError: If an argument has the wrong type, or *interviewer* does not
            index one of the situation's interviewers.
    """
    return _compose(
        situation,
        rules,
        variant=variant,
        interviewer=interviewer,
        placeholders=placeholders,
        shared=None,
    )


def _compose(  # noqa: PLR0913  (compose()'s own arguments, and the shared variables)
    situation: Situation,
    rules: Any,
    *,
    variant: int,
    interviewer: int,
    placeholders: bool,
    shared: dict[str, str] | None,
) -> Message:
    """compose(), reusing *shared* (see :func:`_shared_context`) when given."""
    from followup_kit.rules import RuleSet  # noqa: PLC0415
    from followup_kit.rulesets import default_rules  # noqa: PLC0415

    if not isinstance(situation, Situation):
        raise ArgumentError(f"situation: expected a Situation, got {type(situation).__name__}")
    if not isinstance(variant, int) or isinstance(variant, bool):
        raise ArgumentError(f"variant: expected an int, got {type(variant).__name__}")
    if rules is None:
        rules = default_rules()
    elif not isinstance(rules, RuleSet):
        raise ArgumentError(f"rules: expected a RuleSet, got {type(rules).__name__}")
    count = max(len(situation.interviewers), 1)
    if not isinstance(interviewer, int) or not 0 <= interviewer < count:
        raise ArgumentError(
            f"interviewer: expected an index from 0 to {count - 1}, got {interviewer!r}"
        )

    language = _i18n.code_of(situation.locale)
    own = engine.compiled(rules).languages
    if language not in _i18n.LANGUAGES and language not in own:
        raise LanguageError(language, (*_i18n.LANGUAGES, *sorted(own - set(_i18n.LANGUAGES))))
    plan = engine.draft(situation, rules, variant=variant, interviewer=interviewer)
    if shared is None:
        shared = _shared_context(situation)
    ctx = dict(shared)
    ctx.update(_person_context(situation, interviewer, _locale(situation.locale)))
    missing = _missing(plan, ctx)
    if missing and not placeholders:
        fields = dict.fromkeys(_template.SOURCES.get(name, name) for name in missing)
        raise MissingDetailsError(list(fields))
    for name in missing:
        ctx[name] = f"[{name.replace('_', ' ')}]"
    return _assemble(plan, ctx, rules, tuple(missing), language)


def _missing(plan: engine.Draft, ctx: dict[str, str]) -> list[str]:
    """The template variables the chosen wordings need and *ctx* lacks, in order."""
    missing = [name for choice in plan.choices for name in choice.names if name not in ctx]
    missing = list(dict.fromkeys(missing))
    if any(name in _template.NAME_FORMS for name in missing):
        # A translation may use another form of the name than the English it replaces.
        missing += sorted(n for n in _template.NAME_FORMS if n not in ctx and n not in missing)
    return missing


def _assemble(
    plan: engine.Draft, ctx: dict[str, str], rules: Any, missing: tuple[str, ...], language: str
) -> Message:
    index = engine.compiled(rules)
    rendered = _render(plan, ctx, index, language)
    layout = plan.layout
    if language == "de":
        sources = {c.section: engine.wording(c.rule, c.index, language) for c in plan.choices}
        _lower_after_greeting(rendered, layout.paragraphs, sources)
    blocks: list[list[tuple[str, str]]] = [
        [(s, rendered[s]) for s in paragraph if rendered.get(s)] for paragraph in layout.paragraphs
    ]
    sign_off = [(s, rendered[s]) for s in layout.sign_off if rendered.get(s)]
    spans: dict[str, tuple[int, int]] = {}
    body_parts: list[str] = []
    html_parts: list[str] = []
    offset = 0
    for block, joiner in [*((b, " ") for b in blocks), (sign_off, "\n")]:
        if not block:
            continue
        if body_parts:
            body_parts.append("\n\n")
            offset += 2
        texts = []
        for i, (section, text) in enumerate(block):
            if i:
                body_parts.append(joiner)
                offset += len(joiner)
            spans[section] = (offset, offset + len(text))
            body_parts.append(text)
            offset += len(text)
            texts.append(str(escape(text)))
        html_parts.append("<p>" + ("<br>\n" if joiner == "\n" else " ").join(texts) + "</p>")
    trace = []
    subject = rendered.get("subject") if layout.subject else None
    for choice in plan.choices:
        start, end = spans.get(choice.section, (-1, -1))
        if choice.section != "subject" and start < 0:
            continue
        rule = choice.rule
        trace.append(
            TraceEntry(
                section=choice.section,
                text=rendered[choice.section],
                rule_id=rule.id,
                advice=rule.advice,
                why=rule.why,
                conditions=_conditions_text(rule, index),
                start=start,
                end=end,
            )
        )
    return Message(
        subject=subject,
        body="".join(body_parts),
        html="\n".join(html_parts),
        trace=tuple(trace),
        layout_id=layout.id,
        placeholders=missing,
        cautions=(layout.caution,) if layout.caution else (),
    )


def _conditions_text(rule: Any, index: engine.Compiled) -> str:
    """The rule's stages and condition in words, worked out once per rule set."""
    found = index.conditions_text.get(rule.id)
    if found is None:
        found = index.conditions_text[rule.id] = _describe(rule)
    return found


def _describe(rule: Any) -> str:
    parts = []
    if rule.stages:
        parts.append("stage is " + " or ".join(s.value for s in rule.stages))
    when = rule.when.describe()
    if when != "always":
        parts.append(when)
    return " and ".join(parts) or "always"


def compose_all(
    situation: Situation, rules: Any = None, *, variant: int = 0, placeholders: bool = False
) -> tuple[Message, ...]:
    """
    Compose one individual note per interviewer (T8); one note if none are named.

    Notes to different people at one company get different wordings where the rule set
    offers them, and each recalls that person's own topics when given.
    """
    first = compose(situation, rules, variant=variant, placeholders=placeholders)
    if len(situation.interviewers) < 2:
        return (first,)
    shared = _shared_context(situation)  # the same for every note: worked out once
    others = (
        _compose(
            situation,
            rules,
            variant=variant,
            interviewer=i,
            placeholders=placeholders,
            shared=shared,
        )
        for i in range(1, len(situation.interviewers))
    )
    return (first, *others)
