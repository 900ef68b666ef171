"""
The exceptions raised by followup_kit.

Every exception the library raises on purpose derives from :class:`FollowupKitError`,
and each one also derives from the built-in exception a caller would expect
(:class:`ValueError` for bad values), so ``except ValueError`` keeps working.

The tree::

    FollowupKitError
    ├── InputError(ValueError)            one or more problems, each (path, message)
    │   ├── SituationError                a Situation could not be built
    │   └── RulePackError                 a rule pack could not be built
    ├── ArgumentError(TypeError, ValueError)  a function was called with a bad argument
    ├── ConditionError(ValueError)        a condition names an unknown field or value
    ├── FunctionError(RuntimeError)       a rule's Python function raised or returned nonsense
    ├── MissingDetailsError(ValueError)   compose() needs details the situation lacks
    ├── LanguageError(ValueError)         compose() cannot write in the situation's language
    └── ComposeError(ValueError)          the rule set has no phrasing for a needed section

All of them pickle, so batch jobs can send them between processes.
"""

from __future__ import annotations

from typing import Self

_Problems = tuple[tuple[str, str], ...] | list[tuple[str, str]]

__all__ = [
    "ArgumentError",
    "ComposeError",
    "ConditionError",
    "FollowupKitError",
    "FunctionError",
    "InputError",
    "LanguageError",
    "MissingDetailsError",
    "RulePackError",
    "SituationError",
]


class FollowupKitError(Exception):
    """
    Base class of every exception followup_kit raises on purpose.

    .. versionadded:: 0.1.0
    """


class InputError(FollowupKitError, ValueError):
    """
    Input could not be read; :attr:`errors` lists every problem found.

    Each problem is a pair ``(path, message)``, where *path* names the field in the
    input (``interviewers[0].name``; the empty string for the input as a whole) and
    *message* says what was expected and what came.

    .. versionadded:: 0.1.0
    """

    #: What was being read, for the first line of the message.
    subject = "input"

    def __init__(self, errors: _Problems, source: str = "") -> None:
        self.errors: tuple[tuple[str, str], ...] = tuple(errors)
        self.source = source
        super().__init__(self._render())

    def _render(self) -> str:
        where = f" {self.source}" if self.source else ""
        count = len(self.errors)
        head = f"invalid {self.subject}{where}: {count} problem{'s' if count != 1 else ''}"
        lines = [f"{path}: {message}" if path else message for path, message in self.errors]
        return head + "".join(f"\n  {line}" for line in lines)

    def one_line(self) -> str:
        """Return the problems on one line, for a command-line error."""
        where = f"{self.source}: " if self.source else ""
        parts = [f"{path}: {message}" if path else message for path, message in self.errors]
        return where + "; ".join(parts)

    def __reduce__(self) -> tuple[type[Self], tuple[tuple[tuple[str, str], ...], str]]:
        return (type(self), (self.errors, self.source))


class SituationError(InputError):
    """
    A :class:`~followup_kit.Situation` could not be built from the given data.

    .. versionadded:: 0.1.0
    """

    subject = "situation"


class RulePackError(InputError):
    """
    A rule pack could not be read: a bad field, an unknown advice id, a duplicate id.

    Paths start with the rule's position and id, for example
    ``rules[3] (thank_you.greeting.formal).when.field``.

    .. versionadded:: 0.1.0
    """

    subject = "rule pack"


class ArgumentError(FollowupKitError, TypeError, ValueError):
    """
    A library function was called with an argument of the wrong type or value.

    It is both a :class:`TypeError` and a :class:`ValueError`, so callers may catch
    either. The message names the argument and what was expected.

    .. versionadded:: 0.1.0
    """


class ConditionError(FollowupKitError, ValueError):
    """
    A condition names an unknown field or value, or is malformed; the message says which.

    .. versionadded:: 0.1.0
    """


class FunctionError(FollowupKitError, RuntimeError):
    """
    A rule's Python function (a predicate or a custom check) failed.

    It raised an exception, or returned something other than what its kind must
    return. The message names the rule (:attr:`rule_id`; empty when a condition was
    tested outside any rule), the function (:attr:`function`, the name it is known by)
    and what went wrong (:attr:`problem`); the function's own exception is not chained,
    so a traceback ends here rather than deep inside the caller's code.

    .. versionadded:: 0.1.0
    """

    def __init__(self, function: str, problem: str, rule_id: str = "") -> None:
        self.function = function
        self.problem = problem
        self.rule_id = rule_id
        where = f"rule {rule_id}: " if rule_id else ""
        super().__init__(f"{where}function {function!r} {problem}")

    def __reduce__(self) -> tuple[type[Self], tuple[str, str, str]]:
        return (type(self), (self.function, self.problem, self.rule_id))


class MissingDetailsError(FollowupKitError, ValueError):
    """
    :func:`~followup_kit.compose` needs details that the situation does not give.

    :attr:`missing` lists the Situation fields to fill, each once, in the order the
    message needs them (``interviewers[].title`` means the interviewer's title).
    Pass ``placeholders=True`` to compose with visible placeholders instead.

    .. versionadded:: 0.1.0
    """

    def __init__(self, missing: tuple[str, ...] | list[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        super().__init__(
            "the message needs details the situation does not give: "
            + ", ".join(self.missing)
            + " (add them, or compose with placeholders=True)"
        )

    def __reduce__(self) -> tuple[type[Self], tuple[tuple[str, ...]]]:
        return (type(self), (self.missing,))


class LanguageError(FollowupKitError, ValueError):
    """
    :func:`~followup_kit.compose` cannot write in the language of the situation's locale.

    :attr:`language` is the language asked for and :attr:`languages` those the
    built-in phrasings are written in. Locales fall back to their language (``de_AT``
    is written in German), so this names a language, not a locale.

    .. versionadded:: 0.2.0
    """

    def __init__(self, language: str, languages: tuple[str, ...] | list[str]) -> None:
        self.language = language
        self.languages: tuple[str, ...] = tuple(languages)
        super().__init__(
            f"locale: no phrasings in the language {language!r}; "
            f"messages can be written in {', '.join(self.languages)}"
        )

    def __reduce__(self) -> tuple[type[Self], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.language, self.languages))


class ComposeError(FollowupKitError, ValueError):
    """
    The rule set cannot compose this situation: a section has no phrasing that applies.

    This points at a gap in a rule pack, not at the situation.

    .. versionadded:: 0.1.0
    """
