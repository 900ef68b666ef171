"""
The rule engine: a RuleSet and a Situation in, a draft plan out.

The engine works on *facts*, a flat view of the situation that conditions test
(:func:`facts_of`). It picks the most specific layout, then for each section of that
layout the most specific phrasings whose conditions hold; ``variant`` picks among
equally specific wordings, deterministically. The result, a :class:`Draft`, says which
wording fills each section and why; :mod:`followup_kit.compose` renders it.

The rule set is indexed once, on first use, by stage and section; the index lives on
the RuleSet value itself (see :func:`compiled`), never in a module-level registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from jinja2 import Template

from followup_kit import _template
from followup_kit.exceptions import ComposeError
from followup_kit.rules import Layout, Phrasing, RuleSet
from followup_kit.situation import Interviewer, Situation

__all__ = ["Choice", "Draft", "compiled", "draft", "facts_of"]


def facts_of(situation: Situation, interviewer: Interviewer | None = None) -> dict[str, Any]:
    """
    Return the facts conditions test: enum values as strings, details as truthy values.

    >>> from followup_kit import Situation
    >>> facts = facts_of(Situation.from_dict({"stage": "thank_you", "topics": ["x"]}))
    >>> facts["stage"], facts["tone"], bool(facts["topics"]), bool(facts["interviewer"])
    ('thank_you', 'neutral', True, False)
    """
    s = situation
    return {
        "stage": s.stage.value,
        "tone": s.tone.value,
        "culture": s.culture.value,
        "outcome": s.outcome.value,
        "channel": s.channel.value,
        "employer_size": s.employer_size.value if s.employer_size else None,
        "offer.decision": s.offer.decision.value if s.offer else None,
        "fit": s.fit.value if s.fit else None,
        "candidate": s.candidate,
        "candidate.email": s.candidate and s.candidate.email,
        "candidate.phone": s.candidate and s.candidate.phone,
        "company": s.company,
        "role": s.role,
        "interviewer": interviewer,
        "interviewer.title": interviewer and interviewer.title,
        "interviewer.salutation": interviewer and interviewer.salutation,
        "interviewer.topics": interviewer and interviewer.topics,
        "several_interviewers": len(s.interviewers) > 1,
        "interview_date": s.interview_date,
        "topics": s.topics or (interviewer and interviewer.topics),
        "strengths": s.strengths,
        "next_step": s.next_step,
        "decision_date": s.decision_date,
        "decision_days": s.decision_days is not None,
        "callback_days": s.callback_days is not None,
        "promised": s.promised,
        "promised.due": s.promised[0].due if s.promised else None,
        "value_add": s.value_add,
        "last_contact": s.last_contact,
        "sent_on": s.sent_on,
        "contact": s.contact,
        "contact.relation": s.contact and s.contact.relation,
        "offer": s.offer,
        "offer.respond_by": s.offer and s.offer.respond_by,
        "reason": s.reason,
        "history": s.history,
    }


@attrs.frozen
class Compiled:
    """A rule set indexed for composing: layouts, phrasings by section, parsed templates."""

    layouts: tuple[Layout, ...]
    by_section: Mapping[str, tuple[Phrasing, ...]]
    templates: Mapping[tuple[str, int], Template]


def compiled(rules: RuleSet) -> Compiled:
    """
    Return the composing index of *rules*, building it on first use.

    The index is stored on the RuleSet (which is immutable, so the index never goes
    stale) and is not pickled; two threads building it at once build equal indexes.
    """
    cached: Compiled | None = rules._compiled  # noqa: SLF001  (the engine owns this cache)
    if cached is None:
        cached = _compile(rules)
        object.__setattr__(rules, "_compiled", cached)
    return cached


def _compile(rules: RuleSet) -> Compiled:
    env = _template.make_environment()
    by_section: dict[str, list[Phrasing]] = {}
    templates: dict[tuple[str, int], Template] = {}
    layouts = []
    for rule in rules:
        if isinstance(rule, Layout):
            layouts.append(rule)
        elif isinstance(rule, Phrasing):
            by_section.setdefault(rule.section, []).append(rule)
            for index, text in enumerate(rule.texts):
                templates[rule.id, index] = env.from_string(text)
    return Compiled(
        layouts=tuple(layouts),
        by_section={k: tuple(v) for k, v in by_section.items()},
        templates=templates,
    )


@attrs.frozen
class Choice:
    """The wording chosen for one section: the rule, which of its texts, and the pool size."""

    section: str
    rule: Phrasing
    index: int
    pool: int

    @property
    def names(self) -> tuple[str, ...]:
        """The template variables the chosen wording uses."""
        return self.rule.names(self.index)


@attrs.frozen
class Draft:
    """The plan of one message: its layout and the wording chosen for each section."""

    layout: Layout
    choices: tuple[Choice, ...]


def _best(rules: Sequence[Phrasing], facts: Mapping[str, Any]) -> list[tuple[Phrasing, int]]:
    """Return the (rule, text index) pool of the most specific rules that apply."""
    applicable = [r for r in rules if r.applies(facts)]
    if not applicable:
        return []
    top = max(r.specificity for r in applicable)
    return [(r, i) for r in applicable if r.specificity == top for i in range(len(r.texts))]


def draft(situation: Situation, rules: RuleSet, *, variant: int = 0, interviewer: int = 0) -> Draft:
    """
    Choose a layout and a wording for each of its sections.

    Args:
        situation: The situation to write for.
        rules: The rule set to choose from.
        variant: Picks among equally specific wordings; any integer.
        interviewer: Which interviewer the note addresses (an index).

    Raises:
        ComposeError: If no layout applies, or a required section has no phrasing.
    """
    person = situation.interviewers[interviewer] if situation.interviewers else None
    facts = facts_of(situation, person)
    index = compiled(rules)
    layouts = [r for r in index.layouts if r.applies(facts)]
    if not layouts:
        raise ComposeError(
            f"no layout in the rule set applies to stage {situation.stage.value!r} "
            f"on channel {situation.channel.value!r}"
        )
    top = max(r.specificity for r in layouts)
    best = [r for r in layouts if r.specificity == top]
    layout = best[variant % len(best)]
    choices = []
    for section in layout.sections:
        pool = _best(index.by_section.get(section, ()), facts)
        if not pool:
            if section in layout.optional:
                continue
            raise ComposeError(
                f"layout {layout.id!r} needs a {section!r} section, but no phrasing in the "
                "rule set applies to this situation"
            )
        rule, text_index = pool[(variant + interviewer) % len(pool)]
        choices.append(Choice(section, rule, text_index, len(pool)))
    return Draft(layout, tuple(choices))
