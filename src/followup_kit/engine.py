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

import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias, TypeVar

import attrs

from followup_kit import _i18n, _template
from followup_kit.conditions import Condition
from followup_kit.exceptions import ComposeError, FollowupKitError, FunctionError
from followup_kit.rules import Layout, Phrasing, RuleSet, Timing
from followup_kit.situation import Interviewer, Situation, Stage

__all__ = ["Choice", "Compiled", "Draft", "compiled", "draft", "facts_of"]


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
        "interviewer.gender": interviewer.gender.value
        if interviewer and interviewer.gender
        else None,
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


#: How many distinct situations' selections one rule set remembers before starting over.
MAX_REMEMBERED = 4096


class Compiled:
    """
    A rule set indexed for composing and planning, built once per rule set (see :func:`compiled`).

    Layouts and phrasings are grouped by stage and section, in rule order; each distinct
    condition is numbered so one situation evaluates it once, however many rules share
    it. When every condition is one the library builds, which facts they read is known,
    and the choice of layouts and wording pools is remembered per distinct combination
    of those facts. Templates are compiled on first use and kept.
    """

    def __init__(self, rules: RuleSet) -> None:
        numbers: dict[Condition, int] = {}
        conditions: list[Condition] = []
        layouts: list[tuple[Layout, int]] = []
        phrasings: dict[str, list[tuple[Phrasing, int]]] = {}
        self.timings = tuple(rule for rule in rules if isinstance(rule, Timing))
        for rule in rules:
            if isinstance(rule, Layout | Phrasing):
                number = _number(numbers, conditions, rule.when)
                if isinstance(rule, Layout):
                    layouts.append((rule, number))
                else:
                    phrasings.setdefault(rule.section, []).append((rule, number))
        self.conditions = tuple(conditions)
        self.layouts = {stage.value: _for_stage(layouts, stage) for stage in Stage}
        self.phrasings = {
            stage.value: {section: _for_stage(pool, stage) for section, pool in phrasings.items()}
            for stage in Stage
        }
        self.fields = _fields_read(self.conditions)
        self.remembered: dict[tuple[Any, ...], _Selection] = {}
        self.templates: dict[tuple[str, int, str], _template.Compiled] = {}
        self.conditions_text: dict[str, str] = {}
        #: The languages the rule set's own translations add to the built-in ones.
        self.languages = frozenset(
            code
            for rule in rules
            if isinstance(rule, Phrasing)
            for code, _texts in rule.translations
        )

    def template(self, rule: Phrasing, index: int, language: str = "en") -> _template.Compiled:
        """Wording *index* of *rule* in *language*, compiled on first use."""
        key = (rule.id, index, language)
        found = self.templates.get(key)
        if found is None:
            found = _template.compile_template(wording(rule, index, language))
            self.templates[key] = found
        return found

    def select(self, facts: Mapping[str, Any]) -> _Selection:
        """The most specific layouts, and the wording pool of each of their sections."""
        key = None
        if self.fields is not None:
            values, present = self.fields
            try:
                key = (facts["stage"], values(facts), tuple(map(bool, present(facts))))
            except KeyError:  # facts from elsewhere than facts_of(): no memo
                key = None
            found = self.remembered.get(key) if key is not None else None
            if found is not None:
                return found
        selection = self._select(facts)
        if key is not None:
            if len(self.remembered) >= MAX_REMEMBERED:
                self.remembered.clear()
            self.remembered[key] = selection
        return selection

    def _select(self, facts: Mapping[str, Any]) -> _Selection:
        holds: list[bool | None] = [None] * len(self.conditions)

        def applies(number: int, rule: Layout | Phrasing) -> bool:
            result = holds[number]
            if result is None:
                try:
                    result = holds[number] = self.conditions[number].holds(facts)
                except FunctionError as exc:  # a predicate failed: say which rule used it
                    raise FunctionError(exc.function, exc.problem, rule.id) from None
            return result

        stage = facts["stage"]
        layouts = _most_specific([c for c in self.layouts.get(stage, ()) if applies(c[1], c[0])])
        by_section = self.phrasings.get(stage, {})
        pools: dict[str, tuple[tuple[Phrasing, int], ...]] = {}
        for layout in layouts:
            for section in layout.sections:
                if section not in pools:
                    best = _most_specific(
                        [c for c in by_section.get(section, ()) if applies(c[1], c[0])]
                    )
                    pools[section] = tuple((r, i) for r in best for i in range(len(r.texts)))
        return tuple(layouts), pools


#: The layouts that apply, most specific first-found, and each section's wording pool.
_Selection: TypeAlias = tuple[tuple[Layout, ...], Mapping[str, tuple[tuple[Phrasing, int], ...]]]
_Rule = TypeVar("_Rule", Layout, Phrasing)
_Getter: TypeAlias = Callable[[Mapping[str, Any]], tuple[Any, ...]]


def _for_stage(
    candidates: list[tuple[_Rule, int]], stage: Stage
) -> tuple[tuple[_Rule, int, int], ...]:
    """The candidates that can apply at *stage*, with their specificity, in rule order."""
    return tuple(
        (rule, number, rule.specificity)
        for rule, number in candidates
        if not rule.stages or stage in rule.stages
    )


def _most_specific(applicable: list[tuple[_Rule, int, int]]) -> list[_Rule]:
    if not applicable:
        return []
    top = max(c[2] for c in applicable)
    return [c[0] for c in applicable if c[2] == top]


def _number(numbers: dict[Condition, int], found: list[Condition], condition: Condition) -> int:
    """The number of *condition*: equal conditions share one; one that cannot hash gets its own."""
    try:
        number = numbers.get(condition)
    except TypeError:  # a caller's own condition class may not hash
        number = None
    else:
        if number is None:
            numbers[condition] = len(found)
    if number is None:
        number = len(found)
        found.append(condition)
    return number


def _getter(fields: Sequence[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function returning the values of *fields* in facts, as a tuple."""
    if len(fields) > 1:
        return operator.itemgetter(*fields)
    if fields:
        one = operator.itemgetter(fields[0])
        return lambda facts: (one(facts),)
    return lambda _facts: ()


def _fields_read(conditions: Sequence[Condition]) -> tuple[_Getter, _Getter] | None:
    """
    What the conditions read of the facts: values of some fields, presence of others.

    Returns a function giving the values of the first, and one giving the second's
    values, whose truth is all that counts; a field read both ways counts as a value.
    Returns None unless every condition is made only of field tests, ``all``, ``any`` and
    ``not`` as :func:`followup_kit.conditions.from_dict` builds them (a predicate, or a
    class with a ``holds`` of its own, may read anything): choices are then not remembered.
    """
    from followup_kit import conditions as kinds  # noqa: PLC0415

    read: dict[str, bool] = {}
    for condition in conditions:
        data = condition.to_dict()
        try:
            if kinds.from_dict(data) != condition:
                return None
        except FollowupKitError:
            return None
        stack: list[Any] = [data]
        while stack:
            node = stack.pop()
            if not isinstance(node, dict):
                return None
            if set(node) in ({"all"}, {"any"}):
                stack.extend(next(iter(node.values())))
            elif set(node) == {"not"}:
                stack.append(node["not"])
            elif len(node) == 2 and "field" in node and node.keys() & {"eq", "in", "present"}:
                read[node["field"]] = read.get(node["field"], False) or "present" not in node
            else:
                return None
    return (
        _getter(sorted(f for f, value in read.items() if value)),
        _getter(sorted(f for f, value in read.items() if not value)),
    )


def wording(rule: Phrasing, index: int, language: str) -> str:
    """
    The source of wording *index* of *rule* in *language*.

    English is the rule's own text; another language comes from the rule's own
    ``translations``, else from the built-in catalog of that language, where the
    message context is the rule id and the message is the English text.

    Raises:
        ComposeError: If neither has the wording.
    """
    english = rule.texts[index]
    if language == "en":
        return english
    own = rule.translated(language)
    if own is not None:
        return own[index]
    found = _i18n.catalog(language).get((rule.id, english))
    if found is None:
        raise ComposeError(
            f"rule {rule.id!r} has no {language!r} wording for {english!r}: give the rule "
            f"translations, or add the text to the {language!r} catalog"
        )
    return found


def compiled(rules: RuleSet) -> Compiled:
    """
    Return the composing index of *rules*, building it on first use.

    The index is stored on the RuleSet (which is immutable, so the index never goes
    stale) and is not pickled; two threads building it at once build equal indexes.
    """
    cached: Compiled | None = rules._compiled  # noqa: SLF001  (the engine owns this cache)
    if cached is None:
        cached = Compiled(rules)
        object.__setattr__(rules, "_compiled", cached)
    return cached


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
    layouts, pools = compiled(rules).select(facts_of(situation, person))
    if not layouts:
        raise ComposeError(
            f"no layout in the rule set applies to stage {situation.stage.value!r} "
            f"on channel {situation.channel.value!r}"
        )
    layout = layouts[variant % len(layouts)]
    choices = []
    for section in layout.sections:
        pool = pools[section]
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
