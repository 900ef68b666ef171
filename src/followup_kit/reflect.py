"""
reflect(): the review questions and preparation reminders around an interview.

They are rules like any other (:class:`~followup_kit.Prompt`), so a coaching firm can
add its own or replace the built-in ones. A career tool shows them as a checklist.

>>> from followup_kit import Situation, reflect
>>> s = Situation.from_dict({"stage": "thank_you", "interviewers": [{"name": "Sam Lee"}]})
>>> items = reflect(s)
>>> items[0].phase, items[0].advice
('after', ('R1',))
>>> sorted({a for item in items for a in item.advice})
['L2', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']
"""

from __future__ import annotations

import attrs

from followup_kit.compose import context_of
from followup_kit.engine import facts_of
from followup_kit.exceptions import ArgumentError
from followup_kit.rules import Prompt, RuleSet
from followup_kit.situation import Situation

__all__ = ["Reflection", "reflect"]


@attrs.frozen
class Reflection:
    """
    One checklist item.

    Attributes:
        rule_id: The id of the prompt rule.
        text: The question or reminder.
        phase: ``before`` the interview or ``after`` it.
        advice: The advice ids it serves.
        why: Why it is worth doing.
    """

    rule_id: str
    text: str
    phase: str
    advice: tuple[str, ...]
    why: str


def reflect(situation: Situation, rules: RuleSet | None = None) -> tuple[Reflection, ...]:
    """
    Return the review questions and preparation reminders that fit *situation*.

    Items come in rule order: the review after the interview first, then the
    preparation for the next one. A prompt that needs a detail the situation lacks is
    left out in favour of its general form.

    Raises:
        ArgumentError: If an argument has the wrong type.
    """
    from followup_kit.rulesets import default_rules  # noqa: PLC0415

    if not isinstance(situation, Situation):
        raise ArgumentError(f"situation: expected a Situation, got {type(situation).__name__}")
    if rules is None:
        rules = default_rules()
    elif not isinstance(rules, RuleSet):
        raise ArgumentError(f"rules: expected a RuleSet, got {type(rules).__name__}")
    from followup_kit._template import make_environment  # noqa: PLC0415

    facts = facts_of(situation, situation.interviewers[0] if situation.interviewers else None)
    ctx = context_of(situation)
    env = make_environment()
    items = []
    for rule in rules:
        if not isinstance(rule, Prompt) or not rule.applies(facts):
            continue
        if any(name not in ctx for name in rule.names):
            continue
        text = env.from_string(rule.text).render(ctx)
        items.append(Reflection(rule.id, " ".join(text.split()), rule.phase, rule.advice, rule.why))
    order = {"after": 0, "before": 1}
    return tuple(sorted(items, key=lambda item: order[item.phase]))
