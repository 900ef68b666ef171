"""
Declarative conditions over a situation.

A condition is a small frozen value, never a lambda: it prints, compares, hashes,
pickles and round-trips through plain data, so rule packs can live in JSON or TOML.
Build conditions with the factories:

>>> from followup_kit.conditions import all_of, field_in, field_is, not_, present
>>> c = all_of(field_is("tone", "formal"), not_(field_in("culture", ["passionate"])))
>>> c
all_of(field_is('tone', 'formal'), not_(field_in('culture', ('passionate',))))
>>> c.to_dict()
{'all': [{'field': 'tone', 'eq': 'formal'}, {'not': {'field': 'culture', 'in': ['passionate']}}]}
>>> from_dict(c.to_dict()) == c
True
>>> c.describe()
'tone is formal and not (culture is passionate)'

Conditions test *facts*: the values of enum fields (``stage``, ``tone``, ``culture``,
``outcome``, ``channel``, ``employer_size``, ``offer.decision``) and whether a detail
is given (``present("topics")``, ``present("interviewer.title")``). :data:`FIELDS` lists
them all.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from followup_kit import _values
from followup_kit.exceptions import ConditionError
from followup_kit.situation import (
    Channel,
    Culture,
    EmployerSize,
    Fit,
    OfferDecision,
    Outcome,
    Stage,
    Tone,
)

__all__ = [
    "ALWAYS",
    "DETAILS",
    "FIELDS",
    "Condition",
    "ConditionError",
    "all_of",
    "any_of",
    "field_in",
    "field_is",
    "from_dict",
    "not_",
    "present",
]

#: Fields with a fixed set of values, and those values.
FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        name: tuple(member.value for member in kind)
        for name, kind in (
            ("stage", Stage),
            ("tone", Tone),
            ("culture", Culture),
            ("outcome", Outcome),
            ("channel", Channel),
            ("employer_size", EmployerSize),
            ("offer.decision", OfferDecision),
            ("fit", Fit),
        )
    }
)

#: Details whose presence a condition can test with :func:`present`.
DETAILS: tuple[str, ...] = (
    "candidate",
    "candidate.email",
    "candidate.phone",
    "company",
    "role",
    "interviewer",
    "interviewer.title",
    "interviewer.salutation",
    "interviewer.topics",
    "several_interviewers",
    "interview_date",
    "topics",
    "strengths",
    "next_step",
    "decision_date",
    "decision_days",
    "callback_days",
    "promised",
    "promised.due",
    "value_add",
    "last_contact",
    "sent_on",
    "employer_size",
    "contact",
    "contact.relation",
    "offer",
    "offer.respond_by",
    "reason",
    "history",
)

#: How deeply conditions may nest, and how many nodes one condition may have.
MAX_DEPTH = 12
MAX_NODES = 200


class Condition(abc.ABC):
    """A test over a situation's facts. Use the factories, not the classes."""

    __slots__ = ()

    @abc.abstractmethod
    def holds(self, facts: Mapping[str, Any]) -> bool:
        """Return whether the condition holds for *facts* (see :func:`facts_of`)."""

    @property
    @abc.abstractmethod
    def specificity(self) -> int:
        """How many field tests must hold; the most specific phrasing wins."""

    @abc.abstractmethod
    def to_dict(self) -> dict[str, Any]:
        """Return the condition as plain data that :func:`from_dict` reads back."""

    @abc.abstractmethod
    def describe(self) -> str:
        """Return the condition in words, for traces and docs."""


def _check_field(field: str, values: Iterable[str]) -> None:
    if field not in FIELDS:
        raise ConditionError(
            f"unknown field {_values.safe_repr(field)}; expected one of: {', '.join(FIELDS)}"
        )
    allowed = FIELDS[field]
    for value in values:
        if value not in allowed:
            raise ConditionError(
                f"{field} cannot be {_values.safe_repr(value)}; expected one of: "
                + ", ".join(allowed)
            )


@attrs.frozen(repr=False)
class _FieldIs(Condition):
    field: str
    value: str

    def __attrs_post_init__(self) -> None:
        _check_field(self.field, [self.value])

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return bool(facts.get(self.field) == self.value)

    @property
    def specificity(self) -> int:
        return 1

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "eq": self.value}

    def describe(self) -> str:
        return f"{self.field} is {self.value}"

    def __repr__(self) -> str:
        return f"field_is({self.field!r}, {self.value!r})"


@attrs.frozen(repr=False)
class _FieldIn(Condition):
    field: str
    values: tuple[str, ...]

    def __attrs_post_init__(self) -> None:
        if not self.values:
            raise ConditionError(f"{self.field}: expected at least one value to test against")
        _check_field(self.field, self.values)

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return facts.get(self.field) in self.values

    @property
    def specificity(self) -> int:
        return 1

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "in": list(self.values)}

    def describe(self) -> str:
        return f"{self.field} is {' or '.join(self.values)}"

    def __repr__(self) -> str:
        return f"field_in({self.field!r}, {self.values!r})"


@attrs.frozen(repr=False)
class _Present(Condition):
    field: str

    def __attrs_post_init__(self) -> None:
        if self.field not in DETAILS:
            raise ConditionError(
                f"unknown detail {_values.safe_repr(self.field)}; expected one of: "
                + ", ".join(DETAILS)
            )

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return bool(facts.get(self.field))

    @property
    def specificity(self) -> int:
        return 1

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "present": True}

    def describe(self) -> str:
        return f"{self.field} is given"

    def __repr__(self) -> str:
        return f"present({self.field!r})"


@attrs.frozen(repr=False)
class _AllOf(Condition):
    conditions: tuple[Condition, ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return all(c.holds(facts) for c in self.conditions)

    @property
    def specificity(self) -> int:
        return sum(c.specificity for c in self.conditions)

    def to_dict(self) -> dict[str, Any]:
        return {"all": [c.to_dict() for c in self.conditions]}

    def describe(self) -> str:
        if not self.conditions:
            return "always"
        return " and ".join(_grouped(c) for c in self.conditions)

    def __repr__(self) -> str:
        return f"all_of({', '.join(map(repr, self.conditions))})"


@attrs.frozen(repr=False)
class _AnyOf(Condition):
    conditions: tuple[Condition, ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return any(c.holds(facts) for c in self.conditions)

    @property
    def specificity(self) -> int:
        return min((c.specificity for c in self.conditions), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {"any": [c.to_dict() for c in self.conditions]}

    def describe(self) -> str:
        if not self.conditions:
            return "never"
        return " or ".join(_grouped(c) for c in self.conditions)

    def __repr__(self) -> str:
        return f"any_of({', '.join(map(repr, self.conditions))})"


@attrs.frozen(repr=False)
class _Not(Condition):
    condition: Condition

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return not self.condition.holds(facts)

    @property
    def specificity(self) -> int:
        return self.condition.specificity

    def to_dict(self) -> dict[str, Any]:
        return {"not": self.condition.to_dict()}

    def describe(self) -> str:
        return f"not ({self.condition.describe()})"

    def __repr__(self) -> str:
        return f"not_({self.condition!r})"


def _grouped(condition: Condition) -> str:
    text = condition.describe()
    return f"({text})" if isinstance(condition, _AllOf | _AnyOf) else text


def field_is(field: str, value: str) -> Condition:
    """Hold when the enum *field* has *value*: ``field_is("tone", "formal")``."""
    return _FieldIs(field, str(value))


def field_in(field: str, values: Iterable[str]) -> Condition:
    """Hold when the enum *field* has one of *values*."""
    return _FieldIn(field, tuple(str(v) for v in values))


def present(field: str) -> Condition:
    """Hold when the detail *field* is given and not empty: ``present("topics")``."""
    return _Present(field)


def all_of(*conditions: Condition) -> Condition:
    """Hold when every condition holds; ``all_of()`` always holds."""
    return _AllOf(tuple(conditions))


def any_of(*conditions: Condition) -> Condition:
    """Hold when at least one condition holds."""
    return _AnyOf(tuple(conditions))


def not_(condition: Condition) -> Condition:
    """Hold when *condition* does not."""
    return _Not(condition)


#: The condition that always holds.
ALWAYS = all_of()

_LEAF_KEYS = {"eq", "in", "present"}


def from_dict(data: Any) -> Condition:
    """
    Read a condition from plain data.

    The forms are ``{"field": F, "eq": V}``, ``{"field": F, "in": [V, ...]}``,
    ``{"field": F, "present": true}``, ``{"all": [...]}``, ``{"any": [...]}`` and
    ``{"not": {...}}``. A list is read as ``{"all": list}``.

    Raises:
        ConditionError: Naming the path of the first bad node.
    """
    counter = [0]
    return _read(data, "", 0, counter)


def _leaf(data: Mapping[str, Any], where: str) -> Condition:
    """Read a field test: {field, eq}, {field, in} or {field, present}."""
    field = data["field"]
    if not isinstance(field, str):
        got = _values.safe_repr(field)
        raise ConditionError(f"{where}field: expected a field name, got {got}")
    if "eq" in data:
        if not isinstance(data["eq"], str):
            got = _values.safe_repr(data["eq"])
            raise ConditionError(f"{where}eq: expected a string, got {got}")
        return _guarded(where, _FieldIs, field, data["eq"])
    if "in" in data:
        values = data["in"]
        if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
            got = _values.safe_repr(values)
            raise ConditionError(f"{where}in: expected a list of strings, got {got}")
        return _guarded(where, _FieldIn, field, tuple(values))
    if data["present"] is not True:
        got = _values.safe_repr(data["present"])
        raise ConditionError(f"{where}present: expected true (use 'not' for absence), got {got}")
    return _guarded(where, _Present, field)


def _guarded(where: str, kind: Any, *args: Any) -> Condition:
    """Build a leaf, prefixing any error with where it was found."""
    try:
        leaf: Condition = kind(*args)
    except ConditionError as exc:
        raise ConditionError(f"{where}{exc}") from None
    return leaf


def _read(data: Any, path: str, depth: int, counter: list[int]) -> Condition:
    counter[0] += 1
    if depth > MAX_DEPTH:
        raise ConditionError(f"{path or 'when'}: conditions nest deeper than {MAX_DEPTH} levels")
    if counter[0] > MAX_NODES:
        raise ConditionError(f"{path or 'when'}: a condition may have at most {MAX_NODES} parts")
    where = f"{path}: " if path else ""
    if isinstance(data, list | tuple):
        return _AllOf(
            tuple(_read(d, f"{path}[{i}]", depth + 1, counter) for i, d in enumerate(data))
        )
    if not isinstance(data, Mapping):
        raise ConditionError(f"{where}expected a condition mapping, got {_values.safe_repr(data)}")
    keys = set(data)
    if keys in ({"all"}, {"any"}):
        (key,) = keys
        items = data[key]
        if not isinstance(items, list | tuple):
            raise ConditionError(f"{where}{key}: expected a list of conditions")
        parts = tuple(
            _read(d, f"{path}.{key}[{i}]".lstrip("."), depth + 1, counter)
            for i, d in enumerate(items)
        )
        return _AllOf(parts) if key == "all" else _AnyOf(parts)
    if keys == {"not"}:
        return _Not(_read(data["not"], f"{path}.not".lstrip("."), depth + 1, counter))
    if "field" in keys and len(keys) == 2 and keys & _LEAF_KEYS:
        return _leaf(data, where)
    shown = ", ".join(sorted(map(_values.safe_repr, keys)))
    raise ConditionError(
        f"{where}expected one of the forms {{field, eq}}, {{field, in}}, {{field, present}}, "
        f"{{all}}, {{any}} or {{not}}, got keys {shown}"
    )
