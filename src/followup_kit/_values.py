"""
Checks shared by the Situation's validators and the converter that reads plain data.

Each ``*_problem`` function takes a value and returns ``None`` when it is acceptable,
else a message that says what was expected and what came. Reprs of bad values are
bounded in size and depth, so a hostile value cannot blow up an error message.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import reprlib
from collections.abc import Callable
from typing import Any

Problem = Callable[[Any], "str | None"]

_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxstring = 40
_REPR.maxother = 40
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 4
_REPR.maxlong = 40

_SURROGATE = re.compile("[\ud800-\udfff]")
_LOCALE_SHAPE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,3}")

#: Longest span in days that ``decision_days`` and ``callback_days`` accept.
MAX_DAYS = 366


def safe_repr(value: Any) -> str:
    """Return a short repr of *value* that never recurses deeply or grows large."""
    try:
        return _REPR.repr(value)
    except Exception:  # noqa: BLE001  (a hostile __repr__ must not escape)
        return f"<{type(value).__name__}>"


def text_problem(value: Any) -> str | None:
    """Accept a string with some non-space character and no lone surrogate."""
    if not isinstance(value, str) or not value.strip():
        return f"expected a non-empty string, got {safe_repr(value)}"
    if _SURROGATE.search(value):
        return "expected text without lone surrogate code points"
    return None


def date_problem(value: Any) -> str | None:
    """Accept a :class:`datetime.date` that is not a datetime."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    return f"expected a date as 'YYYY-MM-DD', got {safe_repr(value)}"


def days_problem(value: Any) -> str | None:
    """Accept a whole number of days from 0 to :data:`MAX_DAYS`."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_DAYS:
        return None
    return f"expected a whole number of days from 0 to {MAX_DAYS}, got {safe_repr(value)}"


def bool_problem(value: Any) -> str | None:
    """Accept True or False."""
    if isinstance(value, bool):
        return None
    return f"expected true or false, got {safe_repr(value)}"


def normalise_locale(value: str) -> str | None:
    """Return the canonical form of a Babel locale identifier, or None if it is not one."""
    if len(value) > 32 or not _LOCALE_SHAPE.fullmatch(value):
        return None
    from babel import Locale  # noqa: PLC0415  (Babel loads only when a locale is read)

    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (ValueError, TypeError):
        return None


def locale_problem(value: Any) -> str | None:
    """Accept a canonical Babel locale identifier such as ``en_US``."""
    if isinstance(value, str) and normalise_locale(value) == value:
        return None
    return f"expected a locale identifier such as 'en_US' or 'de', got {safe_repr(value)}"


def enum_problem(kind: type[enum.Enum]) -> Problem:
    """Accept a member of *kind*."""
    valid = ", ".join(repr(member.value) for member in kind)

    def problem(value: Any) -> str | None:
        if isinstance(value, kind):
            return None
        return f"expected one of {valid}, got {safe_repr(value)}"

    return problem


def instance_problem(kind: type) -> Problem:
    """Accept an instance of *kind*."""

    def problem(value: Any) -> str | None:
        if isinstance(value, kind):
            return None
        article = "an" if kind.__name__[0] in "AEIOU" else "a"
        return f"expected {article} {kind.__name__}, got {safe_repr(value)}"

    return problem


def optional(problem: Problem) -> Problem:
    """Accept None, or what *problem* accepts."""

    def check(value: Any) -> str | None:
        return None if value is None else problem(value)

    return check


def tuple_of(problem: Problem) -> Problem:
    """Accept a tuple whose every item *problem* accepts."""

    def check(value: Any) -> str | None:
        if not isinstance(value, tuple):
            return f"expected a list, got {safe_repr(value)}"
        for index, item in enumerate(value):
            message = problem(item)
            if message is not None:
                return f"item {index}: {message}"
        return None

    return check
