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

import re
from collections.abc import Mapping
from typing import Any

import attrs
from markupsafe import escape

from followup_kit import _template, engine
from followup_kit.exceptions import ArgumentError, ComposeError, MissingDetailsError
from followup_kit.situation import Situation

__all__ = ["Message", "TraceEntry", "compose", "compose_all", "context_of"]

_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?])")


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
    from babel import Locale  # noqa: PLC0415  (Babel loads on first render)

    s = situation
    locale = Locale.parse(s.locale)
    ctx: dict[str, str] = {}
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
    ctx.update({k: _clause(v) for k, v in plain.items() if v})
    ctx.update(_people_context(s, interviewer, locale))
    ctx.update(_date_context(s, locale))
    return ctx


def _people_context(s: Situation, interviewer: int, locale: Any) -> dict[str, str]:
    from babel.lists import format_list  # noqa: PLC0415

    ctx: dict[str, str] = {}
    person = s.interviewers[interviewer] if s.interviewers else None
    if person:
        ctx["interviewer_name"] = person.name
        ctx["greeting_name"] = person.salutation or person.name
        ctx["first_name"] = person.salutation or person.name.split()[0]
        if person.title:
            ctx["interviewer_title"] = person.title
        ctx["interviewer_names"] = format_list([p.name for p in s.interviewers], locale=locale)
    own = person.topics if person else ()
    topics = own or s.topics
    if topics:
        ctx["topic"] = _clause(topics[0] if own else topics[interviewer % len(topics)])
        ctx["topics"] = format_list([_clause(t) for t in topics], locale=locale)
    if s.strengths:
        ctx["strength"] = _clause(s.strengths[0])
        ctx["strengths"] = format_list([_clause(t) for t in s.strengths[:2]], locale=locale)
    return ctx


def _date_context(s: Situation, locale: Any) -> dict[str, str]:
    from babel.dates import format_date, format_skeleton  # noqa: PLC0415

    days = {
        "interview_date": s.interview_date,
        "decision_date": s.decision_date,
        "promised_due": s.promised[0].due if s.promised else None,
        "offer_respond_by": s.offer and s.offer.respond_by,
    }
    ctx = {k: str(format_skeleton("MMMMd", v, locale=locale)) for k, v in days.items() if v}
    if s.interview_date:
        ctx["interview_day"] = str(format_date(s.interview_date, "EEEE", locale=locale))
    return ctx


#: The longest message compose() writes, in characters; a template that would repeat a
#: huge detail past it raises ComposeError instead of filling memory.
MAX_MESSAGE_CHARS = 100_000


def _render(template: Any, ctx: Mapping[str, str], budget: list[int]) -> str:
    """Render chunk by chunk, stopping as soon as the message would pass its budget."""
    parts = []
    for chunk in template.generate(ctx):
        budget[0] -= len(chunk)
        if budget[0] < 0:
            raise ComposeError(
                f"the message would be longer than {MAX_MESSAGE_CHARS} characters; "
                "check the lengths of the situation's details"
            )
        parts.append(chunk)
    return "".join(parts)


def _clause(detail: str) -> str:
    """A free-text detail as a clause: trimmed, without closing punctuation of its own."""
    return detail.strip().rstrip(".!?;:,").strip() or detail.strip()


def _tidy(text: str) -> str:
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

    plan = engine.draft(situation, rules, variant=variant, interviewer=interviewer)
    ctx = context_of(situation, interviewer)
    missing = [name for choice in plan.choices for name in choice.names if name not in ctx]
    missing = list(dict.fromkeys(missing))
    if missing and not placeholders:
        fields = dict.fromkeys(_template.SOURCES.get(name, name) for name in missing)
        raise MissingDetailsError(list(fields))
    for name in missing:
        ctx[name] = f"[{name.replace('_', ' ')}]"
    return _assemble(plan, ctx, rules, tuple(missing))


def _assemble(
    plan: engine.Draft, ctx: Mapping[str, str], rules: Any, missing: tuple[str, ...]
) -> Message:
    templates = engine.compiled(rules).templates
    budget = [MAX_MESSAGE_CHARS]
    rendered = {
        c.section: _tidy(_render(templates[c.rule.id, c.index], ctx, budget)) for c in plan.choices
    }
    layout = plan.layout
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
                conditions=_conditions_text(rule),
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


def _conditions_text(rule: Any) -> str:
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
    count = max(len(situation.interviewers), 1) if isinstance(situation, Situation) else 1
    return tuple(
        compose(situation, rules, variant=variant, interviewer=i, placeholders=placeholders)
        for i in range(count)
    )
