"""
The built-in rules, read from the TOML packs in this folder.

Each file is a rule pack in the same format downstream packs use; every rule id starts
with the file's stem (``thank_you.greeting.formal`` lives in ``thank_you.toml``).
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from followup_kit.rules import RuleSet

__all__ = ["PACKS", "default_rules"]

#: The built-in packs, in the order their rules are merged.
PACKS = (
    "common",
    "thank_you",
    "value_add",
    "deliverable",
    "check_in",
    "rejection_reply",
    "feedback_request",
    "keep_in_touch",
    "good_word",
    "offer_reply",
    "withdrawal",
    "reflection",
    "plan",
    "check_pleading",
    "check_aloofness",
    "check_demand",
    "check_effusive",
    "check_pushy",
    "check_length",
    "check_questions",
    "check_negative",
    "check_salary",
    "check_generic",
)


def default_rules() -> RuleSet:
    """
    Return the built-in rule set.

    The set is read from package data on the first call and the same immutable value
    is returned afterwards; no call can change it, so the memo is invisible to callers.
    Build on it with :meth:`RuleSet.add`, :meth:`~RuleSet.replace`,
    :meth:`~RuleSet.remove` and :meth:`~RuleSet.merge`.
    """
    return _load_default_rules()


@functools.cache
def _load_default_rules() -> RuleSet:
    rules = RuleSet()
    folder = resources.files(__name__)
    for name in PACKS:
        text = folder.joinpath(f"{name}.toml").read_text(encoding="utf-8")
        pack = RuleSet.from_dict(tomllib.loads(text), source=f"followup_kit/rulesets/{name}.toml")
        rules = rules.add(*pack)
    return rules
