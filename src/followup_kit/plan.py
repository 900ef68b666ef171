"""
plan(): the dated follow-up timeline.

The timing of each step comes from timing rules (:class:`~followup_kit.Timing`), so a
coaching firm can change them like any other rule. The library never reads a clock:
``today`` comes from the caller.

>>> import datetime as dt
>>> from followup_kit import Situation, plan
>>> s = Situation.from_dict(
...     {
...         "stage": "thank_you",
...         "interview_date": "2026-11-20",
...         "decision_date": "2026-11-27",
...         "candidate": {"name": "Ana Ruiz"},
...         "company": "Northwind Traders",
...         "role": "Data Analyst",
...         "interviewers": [{"name": "Sam Lee"}],
...         "topics": ["pricing"],
...     }
... )
>>> for step in plan(s, today=dt.date(2026, 11, 20)):
...     print(step.on, step.stage.value, step.channel.value, ", ".join(step.why))
2026-11-20 thank_you email T1, T8
2026-11-30 check_in email L6, L13, L9
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from followup_kit.compose import Message, compose
from followup_kit.engine import compiled, facts_of
from followup_kit.exceptions import ArgumentError, FollowupKitError
from followup_kit.rules import RuleSet, Timing
from followup_kit.situation import Channel, EmployerSize, Situation, Stage

__all__ = ["WINDOWS", "Step", "Timeline", "plan", "unanswered"]

#: The parts of the working day when calls are least likely to land in a meeting (L8).
WINDOWS: Mapping[str, tuple[dt.time, dt.time]] = {
    "early": (dt.time(8, 0), dt.time(9, 30)),
    "late": (dt.time(16, 30), dt.time(17, 30)),
}
#: Fewest days between two contacts (L10).
MIN_GAP_DAYS = 2
#: The decision window assumed when the situation gives none.
ASSUMED_DECISION_DAYS = 7
#: The reply window assumed for an offer without a date.
ASSUMED_OFFER_DAYS = 2


@attrs.frozen
class Step:
    """
    One dated step of the follow-up.

    Attributes:
        on: The day to act.
        stage: The message to send.
        channel: How to send it.
        why: The advice ids behind the timing.
        explanation: What to do and why now, for the person.
        rule_id: The timing rule that placed it.
        window: For calls, the part of the working day to call in, else None.
        situation: The situation for this step: ``compose(step.situation)`` writes it.
    """

    on: dt.date
    stage: Stage
    channel: Channel
    why: tuple[str, ...]
    explanation: str
    rule_id: str
    window: tuple[dt.time, dt.time] | None
    situation: Situation

    def compose(self, rules: RuleSet | None = None, **options: Any) -> Message:
        """Compose this step's message; the options are those of :func:`~followup_kit.compose`."""
        return compose(self.situation, rules, **options)

    def to_dict(self) -> dict[str, Any]:
        """Return the step as plain JSON-ready data."""
        return {
            "on": self.on.isoformat(),
            "stage": self.stage.value,
            "channel": self.channel.value,
            "why": list(self.why),
            "explanation": self.explanation,
            "rule_id": self.rule_id,
            "window": [t.isoformat("minutes") for t in self.window] if self.window else None,
        }


@attrs.frozen
class Timeline:
    """
    The steps of a follow-up plan, in date order, with the notes that explain it.

    Attributes:
        today: The day the plan was made for.
        steps: The steps, in date order, never two on one day.
        notes: What the plan assumed, and steps it left out, in words.
    """

    today: dt.date
    steps: tuple[Step, ...]
    notes: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, index: int) -> Step:
        return self.steps[index]

    def to_dict(self) -> dict[str, Any]:
        """Return the timeline as plain JSON-ready data."""
        return {
            "today": self.today.isoformat(),
            "steps": [s.to_dict() for s in self.steps],
            "notes": list(self.notes),
        }

    def to_ics(self, rules: RuleSet | None = None) -> str:
        """
        Return the timeline as an RFC 5545 calendar: one event per step.

        Each event's description holds the explanation and, when the situation has the
        details, the composed message. Calls are timed events in their window (floating
        local time); other steps are all-day events. The output is deterministic: UIDs
        come from the step, and DTSTAMP is the plan's ``today``.
        """
        stamp = self.today.strftime("%Y%m%dT000000Z")
        from hashlib import sha256  # noqa: PLC0415  (only calendars need it)

        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//followup_kit//plan//EN",
            "CALSCALE:GREGORIAN",
        ]
        for step in self.steps:
            description = step.explanation
            try:
                message = step.compose(rules)
            except FollowupKitError:
                message = None
            if message is not None:
                subject = f"Subject: {message.subject}\n\n" if message.subject else ""
                description += "\n\n" + subject + message.body
            digest = sha256(
                f"{step.on}|{step.stage}|{step.channel}|{step.rule_id}".encode()
            ).hexdigest()[:24]
            lines += ["BEGIN:VEVENT", f"UID:{digest}@followup-kit", f"DTSTAMP:{stamp}"]
            if step.window is not None:
                start, end = (dt.datetime.combine(step.on, t) for t in step.window)
                lines += [
                    f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}",
                    f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}",
                ]
            else:
                following = step.on + dt.timedelta(days=1)
                lines += [
                    f"DTSTART;VALUE=DATE:{step.on.strftime('%Y%m%d')}",
                    f"DTEND;VALUE=DATE:{following.strftime('%Y%m%d')}",
                ]
            summary = f"{step.stage.value.replace('_', ' ')} ({step.channel.value})"
            lines += [
                f"SUMMARY:{_ics_text(summary)}",
                f"DESCRIPTION:{_ics_text(description)}",
                "CATEGORIES:" + ",".join(_ics_text(advice) for advice in step.why),
                "END:VEVENT",
            ]
        lines.append("END:VCALENDAR")
        return "".join(_ics_fold(line) + "\r\n" for line in lines)


def _ics_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545, 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def _ics_fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence (3.1)."""
    parts = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8", "surrogatepass"))
        if size + width > 75:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _closed(day: dt.date, holidays: frozenset[dt.date]) -> bool:
    return day.weekday() >= 5 or day in holidays


def _working(day: dt.date, holidays: frozenset[dt.date] = frozenset()) -> dt.date:
    """The day itself if it is a working day, else the next working day."""
    while _closed(day, holidays):
        day += dt.timedelta(days=1)
    return day


def _add(
    day: dt.date, days: int, *, working: bool, holidays: frozenset[dt.date] = frozenset()
) -> dt.date:
    if not working:
        return day + dt.timedelta(days=days)
    step = 1 if days >= 0 else -1
    for _ in range(abs(days)):
        day += dt.timedelta(days=step)
        while _closed(day, holidays):
            day += dt.timedelta(days=step)
    return day


def _public_holidays(s: Situation, today: dt.date, notes: list[str]) -> frozenset[dt.date]:
    """The employer's public holidays, when the optional ``holidays`` package is installed."""
    from babel import Locale  # noqa: PLC0415

    country = Locale.parse(s.locale).territory
    if not country:
        return frozenset()
    try:
        import holidays  # noqa: PLC0415  (an optional extra)
    except ImportError:
        return frozenset()
    found = _holidays_of(holidays, country, today.year)
    if found is None:
        return frozenset()
    notes.append(f"Public holidays in {country} are skipped.")
    return found


@functools.lru_cache(maxsize=64)
def _holidays_of(module: Any, country: str, year: int) -> frozenset[dt.date] | None:
    """A country's public holidays this year and next, worked out once; None if unknown."""
    try:
        return frozenset(module.country_holidays(country, years=range(year, year + 2)))
    except NotImplementedError:
        return None


def _anchors(s: Situation, today: dt.date, notes: list[str]) -> dict[str, dt.date]:
    interview = s.interview_date or today
    if s.interview_date is None:
        notes.append("No interview date was given: the plan counts from today.")
    if s.decision_date is not None:
        decision = s.decision_date
    elif s.decision_days is not None:
        decision = interview + dt.timedelta(days=s.decision_days)
    else:
        decision = interview + dt.timedelta(days=ASSUMED_DECISION_DAYS)
        if s.outcome.value == "pending":
            notes.append(
                f"No decision date was given: the plan assumes about {ASSUMED_DECISION_DAYS} "
                "days. Ask them when they expect to decide (R6)."
            )
    anchors = {"today": today, "interview": interview, "decision": decision}
    if s.promised and s.promised[0].due is not None:
        anchors["promise"] = s.promised[0].due
    if s.callback_days is not None:
        anchors["callback"] = interview + dt.timedelta(days=s.callback_days)
    if s.offer is not None and s.offer.respond_by is not None:
        anchors["offer_deadline"] = s.offer.respond_by
    else:
        anchors["offer_deadline"] = _add(today, ASSUMED_OFFER_DAYS, working=True)
    return anchors


def _chosen(rules: RuleSet, facts: Mapping[str, Any]) -> list[Timing]:
    """The most specific applicable timing rule for each step, in rule order."""
    best: dict[Stage, Timing] = {}
    for rule in compiled(rules).timings:
        if rule.applies(facts):
            current = best.get(rule.step)
            if current is None or rule.specificity > current.specificity:
                best[rule.step] = rule
    return list(best.values())


def plan(situation: Situation, *, today: dt.date, rules: RuleSet | None = None) -> Timeline:
    """
    Plan the follow-up: which message to send, how, and on which day.

    Steps fall on working days (skipping the employer's public holidays when the
    optional ``holidays`` package is installed and the locale names a country), at
    least :data:`MIN_GAP_DAYS` apart from each other and from the last contact, except
    a call on the exact day they asked for it. A large employer gets written notes
    rather than calls (L9). The situation's ``history`` counts: steps already taken are
    left out, check-ins are a week apart, and after :data:`MAX_UNANSWERED` unanswered
    follow-ups the plan says to stop. A step that can no longer help (a thank-you more
    than three days late) is left out. The timeline's notes say what was assumed,
    moved or left out.

    Args:
        situation: The situation so far; its outcome decides which steps apply.
        today: The day the plan is made; the library never reads the clock.
        rules: The rule set; :func:`~followup_kit.default_rules` when None.

    Raises:
        ArgumentError: If an argument has the wrong type.
    """
    from followup_kit.rulesets import default_rules  # noqa: PLC0415

    if not isinstance(situation, Situation):
        raise ArgumentError(f"situation: expected a Situation, got {type(situation).__name__}")
    if not isinstance(today, dt.date) or isinstance(today, dt.datetime):
        raise ArgumentError(f"today: expected a date, got {type(today).__name__}")
    if rules is None:
        rules = default_rules()
    elif not isinstance(rules, RuleSet):
        raise ArgumentError(f"rules: expected a RuleSet, got {type(rules).__name__}")
    notes: list[str] = []
    anchors = _anchors(situation, today, notes)
    closed = _public_holidays(situation, today, notes)
    placed: list[tuple[dt.date, Timing]] = []
    for rule in _after_history(situation, _chosen(rules, facts_of(situation)), notes):
        if rule.anchor not in anchors:
            continue
        anchor = anchors[rule.anchor]
        day = _add(anchor, rule.offset, working=rule.working_days, holidays=closed)
        if rule.step is Stage.CHECK_IN:
            day = max(day, _last_check_in(situation) + dt.timedelta(days=CHECK_IN_GAP_DAYS))
        if day < today:
            if rule.latest is not None and (today - anchor).days > rule.latest:
                notes.append(f"Left out the {rule.step.value} step: it is too late to help now.")
                continue
            notes.append(f"The {rule.step.value} step is late: do it today.")
            day = today
        placed.append((_working(day, closed), rule))
    steps = _spaced(situation, placed, notes, closed)
    return Timeline(today=today, steps=tuple(steps), notes=tuple(notes))


#: Steps that may happen more than once.
REPEATABLE = frozenset({Stage.CHECK_IN, Stage.KEEP_IN_TOUCH})
#: Follow-ups that count towards the cap when they go unanswered.
FOLLOW_UPS = frozenset({Stage.CHECK_IN, Stage.VALUE_ADD})
#: Unanswered follow-ups after which the plan says to stop and move on (L10, L14).
MAX_UNANSWERED = 3
#: Fewest days between two check-ins.
CHECK_IN_GAP_DAYS = 7


def unanswered(situation: Situation) -> int:
    """How many follow-ups have gone unanswered since the last answer."""
    count = 0
    for contact in situation.history:
        if contact.answered:
            count = 0
        elif contact.stage in FOLLOW_UPS:
            count += 1
    return count


def _last_check_in(situation: Situation) -> dt.date:
    days = [c.on for c in situation.history if c.stage is Stage.CHECK_IN]
    return max(days) if days else dt.date.min


def _after_history(situation: Situation, rules: list[Timing], notes: list[str]) -> list[Timing]:
    """Leave out steps already taken, and follow-ups past the cap of unanswered ones."""
    done = {c.stage: c.on for c in situation.history}
    kept = []
    silent = unanswered(situation)
    for rule in rules:
        if rule.step in done and rule.step not in REPEATABLE:
            notes.append(
                f"Left out the {rule.step.value} step: done on {done[rule.step].isoformat()}."
            )
            continue
        if rule.step in FOLLOW_UPS and silent >= MAX_UNANSWERED:
            notes.append(
                f"Left out the {rule.step.value} step: {silent} follow-ups have gone unanswered. "
                "Stop here and put your energy into other applications (L10, L14)."
            )
            continue
        kept.append(rule)
    return kept


def _spaced(
    situation: Situation,
    placed: list[tuple[dt.date, Timing]],
    notes: list[str],
    closed: frozenset[dt.date],
) -> list[Step]:
    """Order the steps and keep them apart: never on one day, never too close together."""
    steps: list[Step] = []
    contacts = [d for d in (situation.last_contact, *(c.on for c in situation.history)) if d]
    last = max(contacts) if contacts else None
    for planned, rule in sorted(placed, key=lambda item: (item[0], not item[1].exact, item[1].id)):
        day = planned
        if last is not None and not rule.exact and day < last + dt.timedelta(days=MIN_GAP_DAYS):
            moved = _working(last + dt.timedelta(days=MIN_GAP_DAYS), closed)
            notes.append(
                f"Moved the {rule.step.value} step to {moved.isoformat()}, to leave "
                f"{MIN_GAP_DAYS} days after the previous contact (L10)."
            )
            day = moved
        if steps and day <= steps[-1].on:
            day = _working(steps[-1].on + dt.timedelta(days=1), closed)
        channel = rule.channel or situation.channel
        if (
            channel in (Channel.PHONE, Channel.VOICEMAIL)
            and situation.employer_size is EmployerSize.LARGE
        ):
            notes.append(
                f"The {rule.step.value} step is a note, not a call: a large employer is busy (L9)."
            )
            channel = Channel.EMAIL
        window = WINDOWS[rule.window] if rule.window and channel is Channel.PHONE else None
        # The constructor validates as evolve() does, without a round trip through plain data.
        step_situation = attrs.evolve(
            situation, stage=rule.step, channel=channel, sent_on=day, last_contact=last
        )
        steps.append(
            Step(
                on=day,
                stage=rule.step,
                channel=channel,
                why=rule.advice,
                explanation=rule.explain,
                rule_id=rule.id,
                window=window,
                situation=step_situation,
            )
        )
        last = day
    return steps
