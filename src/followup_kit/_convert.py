"""
Converters between plain data (JSON, TOML, dicts) and the library's attrs values.

cattrs does the structuring, with strict hooks so nothing is coerced silently
(``1.9`` is not an int, ``"no"`` is not a bool, ``"abc"`` is not a list) and with
detailed validation so that every problem is collected. :func:`problems_of` flattens
cattrs's exception groups into ``(path, message)`` pairs for our exceptions.

Converters are built by :func:`make_converter`, a factory, and memoised privately per
process: they are never exposed, never changed after they are built, and always
equal for the same arguments, so the memo holds no state a caller can observe.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from followup_kit import _values
from followup_kit.exceptions import RulePackError, SituationError

__all__ = ["Expected", "make_converter", "problems_of", "structure_situation", "unstructure"]

_T = TypeVar("_T")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Expected(ValueError):  # noqa: N818  (it reads as "expected ..." in messages)
    """A value was not what the field expects; the message says what was."""


def _raise_if(message: str | None) -> None:
    if message is not None:
        raise Expected(message)


def _structure_text(value: Any, _type: Any) -> str:
    _raise_if(_values.text_problem(value))
    return str(value)


def _structure_int(value: Any, _type: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > _MAX_INT:
        raise Expected(f"expected a whole number, got {_values.safe_repr(value)}")
    return value


def _structure_days(value: Any, _type: Any) -> int:
    _raise_if(_values.days_problem(value))
    return int(value)


_MAX_INT = 10**9
#: Fields that hold a number of days, with their own range.
_DAY_FIELDS = frozenset({"decision_days", "callback_days"})


def _structure_bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise Expected(f"expected true or false, got {_values.safe_repr(value)}")
    return value


def _structure_date(value: Any, _type: Any) -> dt.date:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise Expected(f"expected a date as 'YYYY-MM-DD', got {_values.safe_repr(value)}")


def _structure_locale(value: Any, _type: Any) -> str:
    normal = _values.normalise_locale(value) if isinstance(value, str) else None
    if normal is None:
        _raise_if(_values.locale_problem(value))
    return str(normal)


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _unstructure_enum(value: enum.Enum | None) -> Any:
    return None if value is None else value.value


def _enum_hook(kind: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    problem = _values.enum_problem(kind)

    def structure(value: Any, _type: Any) -> enum.Enum:
        if isinstance(value, kind):
            return value
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        raise Expected(problem(value))

    return structure


_PLAIN_HOOKS: dict[Any, Callable[[Any, Any], Any]] = {
    str: _structure_text,
    int: _structure_int,
    bool: _structure_bool,
    dt.date: _structure_date,
}


def _is_variadic_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _scalar_hook(type_: Any) -> Callable[[Any, Any], Any] | None:
    """Return our strict hook for a scalar field type (or its optional form), else None."""
    args = [a for a in get_args(type_) if a is not type(None)]
    if len(args) == 1 and len(get_args(type_)) == 2:  # X | None: None never reaches the hook
        type_ = args[0]
    plain = _PLAIN_HOOKS.get(type_)
    if plain is not None:
        return plain
    if _is_enum(type_):
        return _enum_hook(type_)
    from followup_kit.conditions import Condition  # noqa: PLC0415

    if type_ is Condition:
        return _structure_condition
    return None


def _structure_condition(value: Any, _type: Any) -> Any:
    from followup_kit import conditions  # noqa: PLC0415
    from followup_kit.exceptions import ConditionError  # noqa: PLC0415

    try:
        return conditions.from_dict(value)
    except ConditionError as exc:
        raise Expected(str(exc)) from None


def _tuple_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(type_: Any) -> Callable[[Any, Any], Any]:
        item_type = get_args(type_)[0]
        item_hook = _scalar_hook(item_type) or converter.get_structure_hook(item_type)

        def structure(value: Any, _type: Any) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise Expected(f"expected a list, got {_values.safe_repr(value)}")
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:  # noqa: BLE001  (collected, reported with its path)
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"item {index}", index, item_type),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, type_)
            return tuple(items)

        return structure

    return factory


def _attrs_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(cls: Any) -> Callable[[Any, Any], Any]:
        overrides: dict[str, Any] = {}
        for field in attrs.fields(attrs.resolve_types(cls)):
            hook: Callable[[Any, Any], Any] | None
            if field.name == "locale":
                hook = _structure_locale
            elif field.name in _DAY_FIELDS:
                hook = _structure_days
            else:
                hook = _scalar_hook(field.type)
            if hook is not None:
                overrides[field.name] = override(struct_hook=hook)
        generated = make_dict_structure_fn(
            cls, converter, _cattrs_forbid_extra_keys=True, **overrides
        )

        def structure(value: Any, _type: Any) -> Any:
            if not isinstance(value, Mapping):
                raise Expected(
                    f"expected a mapping of {cls.__name__} fields, got {_values.safe_repr(value)}"
                )
            present = {k: v for k, v in value.items() if v is not None}
            return generated(present, cls)

        return structure

    return factory


def _is_condition(type_: Any) -> bool:
    from followup_kit.conditions import Condition  # noqa: PLC0415

    return type_ is Condition


def _unstructure_condition(value: Any) -> Any:
    return value.to_dict()


def _unstructure_attrs(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any], Any]]:
    def factory(cls: Any) -> Callable[[Any], Any]:
        overrides: dict[str, Any] = {}
        for field in attrs.fields(attrs.resolve_types(cls)):
            types = [a for a in get_args(field.type) if a is not type(None)] or [field.type]
            if len(types) == 1 and _is_enum(types[0]):
                overrides[field.name] = override(unstruct_hook=_unstructure_enum)
            elif _is_condition(field.type):
                overrides[field.name] = override(unstruct_hook=_unstructure_condition)
        return make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **overrides)

    return factory


@functools.cache
def make_converter() -> cattrs.Converter:
    """Build the strict converter for the library's attrs values."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    # Scalar fields get our strict hooks as per-field overrides (see _attrs_hook): hooks
    # registered by class would go through singledispatch, where a str hook also
    # catches every StrEnum and an int hook every bool.
    converter.register_structure_hook_factory(_is_variadic_tuple, _tuple_hook(converter))
    converter.register_structure_hook_factory(attrs.has, _attrs_hook(converter))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook_factory(attrs.has, _unstructure_attrs(converter))
    return converter


def _join(path: str, part: str) -> str:
    if part.startswith("["):
        return path + part
    return f"{path}.{part}" if path else part


def problems_of(exc: BaseException, path: str = "") -> Iterator[tuple[str, str]]:  # noqa: C901  (one branch per kind of error)
    """Flatten a cattrs validation error into ``(path, message)`` pairs, in input order."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, IterableValidationNote):
                yield from problems_of(inner, _join(path, f"[{note.index!r}]"))
            else:
                yield from problems_of(inner, _join(path, note.name))
        for inner in without:
            yield from problems_of(inner, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        valid = ", ".join(a.name for a in attrs.fields(exc.cl))
        for key in sorted(exc.extra_fields, key=repr):
            yield (
                _join(path, key) if isinstance(key, str) else path,
                f"unknown key {_values.safe_repr(key)} (expected one of: {valid})",
            )
    elif isinstance(exc, KeyError):
        yield path, "required field is missing"
    elif isinstance(exc, Expected):
        yield path, str(exc)
    elif isinstance(exc, SituationError | RulePackError):
        for inner_path, message in exc.errors:
            yield _join(path, inner_path) if inner_path else path, message
    else:
        yield path, f"could not read this value ({type(exc).__name__})"


def structure_situation(data: Any, cls: type[_T]) -> _T:
    """Structure *data* into the Situation class *cls*, raising only SituationError."""
    if not isinstance(data, Mapping):
        raise SituationError(
            [("", f"expected a mapping of situation fields, got {_values.safe_repr(data)}")]
        )
    try:
        return make_converter().structure(data, cls)
    except SituationError:
        raise
    except Exception as exc:  # noqa: BLE001  (every failure becomes our error)
        raise SituationError(list(problems_of(exc))) from None


def _rule_label(index: int, item: Any) -> str:
    rule_id = item.get("id") if isinstance(item, Mapping) else None
    shown = isinstance(rule_id, str) and len(rule_id) < 120
    return f"rules[{index}]" + (f" ({rule_id})" if shown else "")


def _structure_rule(
    converter: cattrs.Converter, index: int, item: Any, kinds: Mapping[str, type]
) -> tuple[Any, list[tuple[str, str]]]:
    """Structure one rule; return it (or None) and the problems found, with paths."""
    label = _rule_label(index, item)
    if not isinstance(item, Mapping):
        return None, [(label, f"expected a rule mapping, got {_values.safe_repr(item)}")]
    kind_name = item.get("kind")
    kind = kinds.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        expected = ", ".join(map(repr, kinds))
        return None, [
            (f"{label}.kind", f"expected one of {expected}, got {_values.safe_repr(kind_name)}")
        ]
    fields = {k: v for k, v in item.items() if k != "kind"}
    try:
        return converter.structure(fields, kind), []
    except RulePackError as exc:
        return None, [(_join(label, p), m) for p, m in exc.errors]
    except Exception as exc:  # noqa: BLE001  (every failure becomes our error)
        return None, [(_join(label, p) if p else label, m) for p, m in problems_of(exc)]


def structure_rules(data: Any, source: str) -> tuple[Any, ...]:
    """Read a rule pack's rules, raising one RulePackError that lists every problem."""
    from followup_kit.rules import FORMAT, MAX_RULES, RULE_KINDS  # noqa: PLC0415

    def fail(problems: list[tuple[str, str]]) -> RulePackError:
        return RulePackError(problems, source)

    if not isinstance(data, Mapping):
        raise fail(
            [("", f"expected a mapping with 'format' and 'rules', got {_values.safe_repr(data)}")]
        )
    problems: list[tuple[str, str]] = [
        (str(key), "unknown key (expected 'format' and 'rules')")
        for key in data
        if key not in {"format", "rules"}
    ]
    if data.get("format") != FORMAT:
        problems.append(
            ("format", f"expected {FORMAT}, got {_values.safe_repr(data.get('format'))}")
        )
    items = data.get("rules")
    if not isinstance(items, list | tuple):
        problems.append(("rules", f"expected a list of rules, got {_values.safe_repr(items)}"))
        raise fail(problems)
    if len(items) > MAX_RULES:
        problems.append(("rules", f"expected at most {MAX_RULES} rules, got {len(items)}"))
        raise fail(problems)
    converter = make_converter()
    rules = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        rule, rule_problems = _structure_rule(converter, index, item, RULE_KINDS)
        problems += rule_problems
        if rule is None:
            continue
        if rule.id in seen:
            problems.append((_rule_label(index, item), "another rule has this id"))
        seen.add(rule.id)
        rules.append(rule)
    if problems:
        raise fail(problems)
    return tuple(rules)


def unstructure(value: Any) -> Any:
    """Turn an attrs value into plain JSON-ready data."""
    return make_converter().unstructure(value)
