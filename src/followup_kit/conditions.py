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

A test no field can express is a *predicate*: a module-level Python function that takes
the facts (a read-only mapping with the keys of :data:`FIELDS` and :data:`DETAILS`) and
returns True or False. The condition holds the function and the name packs know it by;
its plain data is that name, ``{"predicate": "acme.is_senior"}``, and reading it back
needs the function, from a mapping the caller passes (``functions=``): a rule pack can
only name functions the code that loads it allows.
"""

from __future__ import annotations

import abc
import inspect
import re
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeAlias

import attrs

from followup_kit import _values
from followup_kit.exceptions import ArgumentError, ConditionError, FunctionError
from followup_kit.situation import (
    Channel,
    Culture,
    EmployerSize,
    Fit,
    Gender,
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
    "Functions",
    "NamedFunction",
    "all_of",
    "any_of",
    "field_in",
    "field_is",
    "from_dict",
    "not_",
    "predicate",
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
            ("interviewer.gender", Gender),
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


#: The longest name a function may be known by in a rule pack.
MAX_FUNCTION_NAME = 200

#: What a function's name in a rule pack looks like: a dotted Python name.
FUNCTION_NAME_PATTERN = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){0,15}"

_FUNCTION_NAME = re.compile(FUNCTION_NAME_PATTERN)

#: The functions a caller allows rule packs to name: a mapping from the names packs use
#: to the functions, or the functions alone (each then named ``module.function``).
Functions: TypeAlias = Mapping[str, Callable[..., Any]] | Iterable[Callable[..., Any]]


def function_problem(function: object) -> str | None:  # noqa: PLR0911  (one return per kind)
    """
    Return why *function* cannot be named by a rule, or None when it can.

    A rule may name a function defined with ``def`` at the top level of an importable
    module, so that it pickles by reference: not a lambda, a closure, a nested function,
    a method, a class, a ``functools.partial``, a builtin or an ``async`` function.
    """
    if isinstance(function, types.MethodType):
        return "expected a module-level function, got a bound method"
    if not isinstance(function, types.FunctionType):
        return f"expected a module-level function, got {_values.safe_repr(function)}"
    qualname = function.__qualname__
    if function.__name__ == "<lambda>":
        return "expected a module-level function, got a lambda"
    if "<locals>" in qualname or function.__closure__:
        return f"expected a module-level function, got {qualname!r}, defined inside a function"
    if "." in qualname:
        return f"expected a module-level function, got {qualname!r}, defined in a class"
    if inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function):
        return f"expected a plain function, got the async function {qualname!r}"
    module_name = function.__module__
    module = sys.modules.get(module_name) if isinstance(module_name, str) else None
    if module is None or getattr(module, qualname, None) is not function:
        return (
            f"expected a function importable by its name, so that it pickles; "
            f"{qualname!r} is not found in module {_values.safe_repr(module_name)}"
        )
    return None


def arity_problem(function: Callable[..., Any], count: int) -> str | None:
    """Return why *function* cannot be called with *count* positional arguments, or None."""
    try:
        inspect.signature(function).bind(*([None] * count))
    except TypeError:
        plural = "s" if count != 1 else ""
        return f"expected a function that takes {count} positional argument{plural}"
    except ValueError:  # no signature to inspect: let the call decide
        return None
    return None


def name_problem(name: object) -> str | None:
    """Return why *name* cannot name a function in a rule pack, or None."""
    if isinstance(name, str) and len(name) <= MAX_FUNCTION_NAME and _FUNCTION_NAME.fullmatch(name):
        return None
    return f"expected a dotted name such as 'acme.is_senior', got {_values.safe_repr(name)}"


def describe_exception(exc: BaseException) -> str:
    """Say what *exc* was in a bounded line, whatever its ``__str__`` does."""
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001  (a hostile __str__ must not escape)
        text = ""
    text = " ".join(text.split())
    if len(text) > 200:
        text = text[:199] + "\u2026"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@attrs.frozen
class NamedFunction:
    """
    A module-level function, and the name rule packs know it by.

    Rules hold these rather than bare functions, so that a rule set writes the name to
    plain data and reads it back through the caller's ``functions=`` mapping. Two named
    functions are equal when both the name and the function are the same.

    Raises:
        ArgumentError: If the name is not a dotted name or the function is not a
            module-level function (see :func:`function_problem`).
    """

    name: str
    function: Callable[..., Any]

    def __attrs_post_init__(self) -> None:
        problem = name_problem(self.name) or function_problem(self.function)
        if problem is not None:
            raise ArgumentError(problem)

    @classmethod
    def of(cls, function: Callable[..., Any], name: str | None = None) -> NamedFunction:
        """Name *function* *name*, or ``module.function`` when *name* is None."""
        if name is None:
            problem = function_problem(function)
            if problem is not None:
                raise ArgumentError(problem)
            name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
        return cls(name, function)


def allowed_functions(functions: Functions | None) -> Mapping[str, NamedFunction]:
    """
    Check the functions a caller allows and key them by name.

    Raises:
        ArgumentError: Naming every entry that is not a dotted name and a
            module-level function.
    """
    if functions is None:
        return MappingProxyType({})
    given: object = functions  # a caller may pass anything
    pairs: list[tuple[object, object]] = []
    if isinstance(given, Mapping):
        pairs = list(given.items())
    elif isinstance(given, Iterable) and not isinstance(given, str | bytes):
        for function in given:
            problem = function_problem(function)
            name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
            pairs.append((name if problem is None else _values.safe_repr(function), function))
    else:
        raise ArgumentError(
            "functions: expected a mapping of names to functions, or a list of functions; "
            f"got {type(given).__name__}"
        )
    allowed: dict[str, NamedFunction] = {}
    problems = []
    for key, value in pairs:
        problem = function_problem(value) or name_problem(key)
        if problem is None and isinstance(key, str) and callable(value):
            allowed[key] = NamedFunction(key, value)
        else:
            problems.append(f"functions[{_values.safe_repr(key)}]: {problem}")
    if problems:
        raise ArgumentError("; ".join(problems))
    return MappingProxyType(allowed)


def not_allowed(kind: str, name: str, allowed: Mapping[str, NamedFunction]) -> str:
    """Say that a pack names a function the caller did not allow."""
    if not allowed:
        return (
            f"{kind} {_values.safe_repr(name)} is not allowed: no functions were passed "
            "(the code loading the pack allows them with functions=)"
        )
    shown = ", ".join(sorted(allowed)[:10]) + (", ..." if len(allowed) > 10 else "")
    return f"{kind} {_values.safe_repr(name)} is not allowed; the allowed functions are: {shown}"


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


@attrs.frozen(repr=False)
class _Predicate(Condition):
    function: NamedFunction

    def holds(self, facts: Mapping[str, Any]) -> bool:
        name = self.function.name
        try:
            result = self.function.function(MappingProxyType(facts))
        except Exception as exc:  # noqa: BLE001  (reported as our own error, naming the rule)
            raise FunctionError(name, f"raised {describe_exception(exc)}") from None
        if not isinstance(result, bool):
            raise FunctionError(
                name, f"returned {_values.safe_repr(result)}; a predicate returns True or False"
            )
        return result

    @property
    def specificity(self) -> int:
        return 1

    def to_dict(self) -> dict[str, Any]:
        return {"predicate": self.function.name}

    def describe(self) -> str:
        return f"{self.function.name} holds"

    def __repr__(self) -> str:
        return f"predicate({self.function.name!r})"


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


def predicate(
    function: Callable[[Mapping[str, Any]], bool] | NamedFunction, *, name: str | None = None
) -> Condition:
    """
    Hold when *function*, given the facts, returns True.

    *function* is a module-level function that takes one argument, the facts (a
    read-only mapping; see :data:`FIELDS` and :data:`DETAILS` for its keys), and returns
    a bool. *name* is what rule packs call it; ``module.function`` when None. If the
    function raises or returns anything but a bool, the rule testing it raises
    :class:`~followup_kit.FunctionError` naming the rule.

    Raises:
        ConditionError: If *function* is not a module-level function of one argument.
    """
    try:
        named = (
            function if isinstance(function, NamedFunction) else NamedFunction.of(function, name)
        )
    except ArgumentError as exc:
        raise ConditionError(f"predicate: {exc}") from None
    problem = arity_problem(named.function, 1)
    if problem is not None:
        raise ConditionError(f"predicate: {problem}")
    return _Predicate(named)


#: The condition that always holds.
ALWAYS = all_of()

_LEAF_KEYS = {"eq", "in", "present"}


@attrs.frozen
class _Bound:
    """Condition data with the functions its predicates may name, for a pack reader."""

    data: Any
    functions: Mapping[str, NamedFunction]


def bind(data: Any, functions: Mapping[str, NamedFunction]) -> Any:
    """
    Wrap condition data with the allowed functions, for :func:`from_dict` to read later.

    A rule pack reader hands conditions on through code that calls ``from_dict(data)``;
    the wrapper carries the caller's allow-list with them.
    """
    return _Bound(data, functions)


def from_dict(data: Any, *, functions: Functions | None = None) -> Condition:
    """
    Read a condition from plain data.

    The forms are ``{"field": F, "eq": V}``, ``{"field": F, "in": [V, ...]}``,
    ``{"field": F, "present": true}``, ``{"all": [...]}``, ``{"any": [...]}``,
    ``{"not": {...}}`` and ``{"predicate": NAME}``. A list is read as ``{"all": list}``.

    Args:
        data: The condition as plain data.
        functions: The predicates the data may name (see :data:`Functions`); a
            ``{"predicate": NAME}`` whose name is not among them is an error.

    Raises:
        ConditionError: Naming the path of the first bad node.
        ArgumentError: If *functions* holds something that is not a module-level
            function under a dotted name.
    """
    allowed: Mapping[str, NamedFunction]
    if isinstance(data, _Bound):
        data, allowed = data.data, data.functions
    else:
        allowed = allowed_functions(functions)
    counter = [0]
    return _read(data, "", 0, counter, allowed)


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


def _predicate_leaf(name: Any, where: str, allowed: Mapping[str, NamedFunction]) -> Condition:
    """Read ``{"predicate": NAME}`` through the allowed functions."""
    problem = name_problem(name)
    if problem is not None:
        raise ConditionError(f"{where}predicate: {problem}")
    named = allowed.get(name)
    if named is None:
        raise ConditionError(f"{where}{not_allowed('predicate', name, allowed)}")
    problem = arity_problem(named.function, 1)
    if problem is not None:
        raise ConditionError(f"{where}predicate {name!r}: {problem}")
    return _Predicate(named)


def _read(
    data: Any, path: str, depth: int, counter: list[int], allowed: Mapping[str, NamedFunction]
) -> Condition:
    counter[0] += 1
    if depth > MAX_DEPTH:
        raise ConditionError(f"{path or 'when'}: conditions nest deeper than {MAX_DEPTH} levels")
    if counter[0] > MAX_NODES:
        raise ConditionError(f"{path or 'when'}: a condition may have at most {MAX_NODES} parts")
    where = f"{path}: " if path else ""
    if isinstance(data, list | tuple):
        return _AllOf(
            tuple(_read(d, f"{path}[{i}]", depth + 1, counter, allowed) for i, d in enumerate(data))
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
            _read(d, f"{path}.{key}[{i}]".lstrip("."), depth + 1, counter, allowed)
            for i, d in enumerate(items)
        )
        return _AllOf(parts) if key == "all" else _AnyOf(parts)
    if keys == {"not"}:
        return _Not(_read(data["not"], f"{path}.not".lstrip("."), depth + 1, counter, allowed))
    if keys == {"predicate"}:
        return _predicate_leaf(data["predicate"], where, allowed)
    if "field" in keys and len(keys) == 2 and keys & _LEAF_KEYS:
        return _leaf(data, where)
    shown = ", ".join(sorted(map(_values.safe_repr, keys)))
    raise ConditionError(
        f"{where}expected one of the forms {{field, eq}}, {{field, in}}, {{field, present}}, "
        f"{{all}}, {{any}}, {{not}} or {{predicate}}, got keys {shown}"
    )
