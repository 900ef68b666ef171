"""
check_thread(): what no single message shows.

Reads the contacts already made (a situation's ``history``, with their texts) and
flags the patterns of a whole thread: the same lines repeated from one follow-up to
the next, pressure that rises from note to note, and more contacts, or closer ones,
than the plan allows.

>>> from followup_kit import Situation, check_thread
>>> line = "I remain very interested in the analyst role and would love an update."
>>> history = [
...     {"on": "2026-11-30", "stage": "check_in", "text": line},
...     {"on": "2026-12-01", "stage": "check_in", "text": line},
... ]
>>> s = Situation.from_dict({"stage": "check_in", "history": history})
>>> [(f.issue.value, f.entries) for f in check_thread(s)]
[('repeated', (0, 1)), ('too_close', (0, 1))]
"""

from __future__ import annotations

import enum
import re

import attrs

from followup_kit import _matcher
from followup_kit.check import check
from followup_kit.exceptions import ArgumentError
from followup_kit.findings import Category
from followup_kit.plan import MAX_UNANSWERED, MIN_GAP_DAYS, unanswered
from followup_kit.rules import RuleSet
from followup_kit.situation import Situation

__all__ = ["ThreadFinding", "ThreadIssue", "check_thread"]

#: Shortest sentence, in words, that counts when it repeats.
MIN_REPEATED_WORDS = 6
_PRESSURE = frozenset({Category.PUSHY, Category.DEMAND, Category.PLEADING})
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


class ThreadIssue(enum.StrEnum):
    """What a thread finding is about."""

    REPEATED = "repeated"
    RISING_PRESSURE = "rising_pressure"
    TOO_MANY = "too_many"
    TOO_CLOSE = "too_close"


@attrs.frozen
class ThreadFinding:
    """
    One problem in a thread of contacts.

    Attributes:
        issue: What kind of problem it is.
        entries: The positions in the history of the contacts involved.
        message: What is wrong, in plain words.
        advice: The advice ids behind it.
    """

    issue: ThreadIssue
    entries: tuple[int, ...]
    message: str
    advice: tuple[str, ...]


def _sentences(text: str) -> set[str]:
    found = set()
    for match in _SENTENCE.finditer(text):
        words = _matcher.WORD.findall(_matcher.fold(match.group()))
        if len(words) >= MIN_REPEATED_WORDS:
            found.add(" ".join(words))
    return found


def check_thread(situation: Situation, rules: RuleSet | None = None) -> tuple[ThreadFinding, ...]:
    """
    Flag what the thread of contacts in ``situation.history`` shows, taken together.

    Raises:
        ArgumentError: If an argument has the wrong type.
    """
    if not isinstance(situation, Situation):
        raise ArgumentError(f"situation: expected a Situation, got {type(situation).__name__}")
    history = situation.history
    findings: list[ThreadFinding] = []
    seen: dict[str, int] = {}
    for index, contact in enumerate(history):
        for sentence in sorted(_sentences(contact.text or "")):
            if sentence in seen and seen[sentence] != index:
                findings.append(
                    ThreadFinding(
                        ThreadIssue.REPEATED,
                        (seen[sentence], index),
                        f"This follow-up repeats a line from an earlier one: “{sentence}”. "
                        "Each note should bring something new.",
                        ("L3", "L10"),
                    )
                )
            seen.setdefault(sentence, index)
    pressure = [
        sum(
            f.category in _PRESSURE
            for f in check(
                c.text, situation.evolve(stage=c.stage.value, channel=c.channel.value), rules
            )
        )
        for c in history
        if c.text
    ]
    written = [i for i, c in enumerate(history) if c.text]
    if len(pressure) >= 2 and pressure[-1] > pressure[0] and pressure == sorted(pressure):
        findings.append(
            ThreadFinding(
                ThreadIssue.RISING_PRESSURE,
                tuple(written),
                "The pressure rises from one note to the next. Keep every follow-up as patient "
                "as the first.",
                ("N5", "N3", "L13"),
            )
        )
    silent = unanswered(situation)
    if silent > MAX_UNANSWERED:
        findings.append(
            ThreadFinding(
                ThreadIssue.TOO_MANY,
                tuple(range(len(history))),
                f"{silent} follow-ups have gone unanswered, more than the {MAX_UNANSWERED} the "
                "plan allows. Stop here and put your energy into other applications.",
                ("L10", "N5", "L14"),
            )
        )
    for index in range(1, len(history)):
        before, after = history[index - 1], history[index]
        if (after.on - before.on).days < MIN_GAP_DAYS and not before.answered:
            findings.append(
                ThreadFinding(
                    ThreadIssue.TOO_CLOSE,
                    (index - 1, index),
                    f"These contacts are {(after.on - before.on).days} day(s) apart. Leave at "
                    f"least {MIN_GAP_DAYS} days between messages.",
                    ("L10", "N5"),
                )
            )
    return tuple(findings)
