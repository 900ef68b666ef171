"""
The built-in rules, read from the TOML packs in this folder.

Each file is a rule pack in the same format downstream packs use; every rule id starts
with the file's stem (``thank_you.greeting.formal`` lives in ``thank_you.toml``).
"""

from __future__ import annotations

import functools
import json
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

from followup_kit.exceptions import RulePackError
from followup_kit.rules import RULE_KINDS, RuleSet

__all__ = [
    "COMPILED",
    "ENTRY_POINT_GROUP",
    "PACKS",
    "default_rules",
    "load_plugins",
    "read_sources",
]

#: The entry-point group plugins register their rule sets in.
ENTRY_POINT_GROUP = "followup_kit.rules"

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
    "check_de",
    "check_fr",
    "check_es",
)


def default_rules(*, plugins: bool = False) -> RuleSet:
    """
    Return the built-in rule set, with the installed plugins' rules when asked.

    The built-in set is read from package data on the first call and the same
    immutable value is returned afterwards; no call can change it, so the memo is
    invisible to callers. Plugins are looked up only when *plugins* is true, on every
    such call (see :func:`load_plugins`). Build on the result with
    :meth:`RuleSet.add`, :meth:`~RuleSet.replace`, :meth:`~RuleSet.remove` and
    :meth:`~RuleSet.merge`.

    Raises:
        RulePackError: If a plugin fails to load or clashes with another rule's id.
    """
    rules = _load_default_rules()
    return rules.merge(load_plugins()) if plugins else rules


def load_plugins(names: Iterable[str] | None = None) -> RuleSet:
    """
    Load the rule sets that installed distributions register as plugins.

    A plugin declares, in the ``followup_kit.rules`` entry-point group, a name and a
    module-level object: a :class:`RuleSet`, or a function that takes no arguments and
    returns one. Plugins load in name order; two plugins may not share a rule id.

    Args:
        names: Load only these plugins; all of them when None.

    Raises:
        RulePackError: Naming the plugin that failed to load or returned no RuleSet.
    """
    from importlib.metadata import entry_points  # noqa: PLC0415

    wanted = None if names is None else set(names)
    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
    rules = RuleSet()
    for entry in found:
        if wanted is not None and entry.name not in wanted:
            continue
        where = f"plugin {entry.name} ({entry.value})"
        try:
            loaded = entry.load()
            value = loaded() if callable(loaded) and not isinstance(loaded, RuleSet) else loaded
        except RulePackError as exc:
            raise RulePackError(exc.errors, where) from None
        except Exception as exc:  # noqa: BLE001  (a broken plugin is reported, not raised through)
            raise RulePackError(
                [("", f"could not load: {type(exc).__name__}: {exc}")], where
            ) from None
        if not isinstance(value, RuleSet):
            raise RulePackError([("", f"expected a RuleSet, got {type(value).__name__}")], where)
        try:
            rules = rules.merge(value)
        except RulePackError as exc:
            raise RulePackError(exc.errors, where) from None
    if wanted:
        missing = sorted(wanted - {entry.name for entry in found})
        if missing:
            raise RulePackError([("", f"no plugin named {', '.join(missing)}")], ENTRY_POINT_GROUP)
    return rules


#: The built-in packs, compiled from their TOML sources into one JSON file that loads
#: some twenty times faster; ``python tools/packs.py`` writes it, and a test keeps it
#: in step with the sources.
COMPILED = "packs.json"


def read_sources() -> dict[str, Any]:
    """The built-in packs as plain data, read from their TOML sources, in merge order."""
    folder = resources.files(__name__)
    return {
        name: tomllib.loads(folder.joinpath(f"{name}.toml").read_text(encoding="utf-8"))
        for name in PACKS
    }


@functools.cache
def _load_default_rules() -> RuleSet:
    """
    Build the built-in rule set from the compiled packs.

    The packs are the library's own data, checked by the test suite, so their rules are
    built directly: every field still passes the rule's converters and validators,
    without the strict reader that untrusted packs go through.
    """
    packs = json.loads(resources.files(__name__).joinpath(COMPILED).read_bytes())
    built = []
    for name in PACKS:
        for item in packs[name]["rules"]:
            fields = {key: value for key, value in item.items() if key != "kind"}
            try:
                built.append(RULE_KINDS[item["kind"]](**fields))
            except RulePackError as exc:  # name the pack and the rule, as the strict reader does
                where = f"({item.get('id')})"
                problems = [(f"{where}.{path}" if path else where, m) for path, m in exc.errors]
                raise RulePackError(problems, f"followup_kit/rulesets/{name}.toml") from None
    return RuleSet(tuple(built))
