"""
What check() returns: findings, their categories and severities.

A :class:`Finding` points at an exact span of the text it was given, says what is wrong
in plain words, offers a better wording where one is safe, and cites the advice behind
it. Its :attr:`~Finding.fingerprint` stays the same while the flagged words do, so a tool
can let a person dismiss a finding once and not see it again on the next keystroke.
"""

from __future__ import annotations

import enum
import hashlib
import re

import attrs

__all__ = ["CATEGORY_ADVICE", "Category", "Finding", "Severity"]


class Category(enum.StrEnum):
    """What kind of problem a finding is."""

    PLEADING = "pleading"
    ALOOFNESS = "aloofness"
    DEMAND = "demand"
    EFFUSIVE = "effusive"
    PUSHY = "pushy"
    TOO_LONG = "too_long"
    TOO_MANY_QUESTIONS = "too_many_questions"
    NEGATIVE = "negative"
    SALARY_TALK = "salary_talk"
    GENERIC = "generic"


#: The advice each category serves.
CATEGORY_ADVICE = {
    Category.PLEADING: ("N1",),
    Category.ALOOFNESS: ("N2", "T4"),
    Category.DEMAND: ("N3", "L14"),
    Category.EFFUSIVE: ("N4", "T2", "T5"),
    Category.PUSHY: ("N5", "L6", "L10", "T9"),
    Category.TOO_LONG: ("N6", "T12"),
    Category.TOO_MANY_QUESTIONS: ("L3",),
    Category.NEGATIVE: ("R2", "L11"),
    Category.SALARY_TALK: ("L11", "T7"),
    Category.GENERIC: ("T6", "T3"),
}


class Severity(enum.StrEnum):
    """How much a finding matters."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_SPACE = re.compile(r"\s+")


@attrs.frozen
class Finding:
    """
    One problem found in a text.

    Attributes:
        rule_id: The id of the check that found it.
        category: What kind of problem it is.
        severity: How much it matters.
        start: Where the flagged text starts, as a character offset into the input.
        end: Where it ends; ``text[start:end]`` is the flagged text.
        message: What is wrong, in plain words.
        suggestion: A better way to say it, or None where no rewrite is safe.
        advice: The advice ids behind the check.
        matched: The flagged text itself.
    """

    rule_id: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    suggestion: str | None
    advice: tuple[str, ...]
    matched: str = attrs.field(repr=False)

    @property
    def fingerprint(self) -> str:
        """
        A stable id for this finding: the rule id and the flagged words, normalised.

        Case and spacing do not change it; moving the text within the draft does not
        either, so a dismissed finding stays dismissed while its words stay the same.
        """
        words = _SPACE.sub(" ", self.matched.casefold()).strip()
        digest = hashlib.sha256(f"{self.rule_id}\0{words}".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:16]

    def to_dict(self) -> dict[str, object]:
        """Return the finding as plain JSON-ready data."""
        return {
            "rule_id": self.rule_id,
            "category": self.category.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "advice": list(self.advice),
            "matched": self.matched,
            "fingerprint": self.fingerprint,
        }
