"""
The Situation: everything the library knows about one moment of follow-up.

A :class:`Situation` is an immutable, validated value. Build it directly or, more often,
from plain data with :meth:`Situation.from_dict`, which reports every bad field at once:

>>> from followup_kit import Situation
>>> s = Situation.from_dict({"stage": "thank_you", "company": "Northwind Traders"})
>>> s.stage, s.tone, s.company
(<Stage.THANK_YOU: 'thank_you'>, <Tone.NEUTRAL: 'neutral'>, 'Northwind Traders')
>>> s.to_dict()
{'stage': 'thank_you', 'company': 'Northwind Traders'}
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, Self

import attrs

from followup_kit import _values
from followup_kit.exceptions import SituationError

__all__ = [
    "Candidate",
    "Channel",
    "Contact",
    "Culture",
    "EmployerSize",
    "Fit",
    "Gender",
    "Interviewer",
    "Offer",
    "OfferDecision",
    "Outcome",
    "PastContact",
    "Promise",
    "Situation",
    "Stage",
    "Tone",
    "ValueAdd",
]


class Stage(enum.StrEnum):
    """Where in the journey from interview to decision the message is written."""

    THANK_YOU = "thank_you"
    VALUE_ADD = "value_add"
    DELIVERABLE = "deliverable"
    CHECK_IN = "check_in"
    REJECTION_REPLY = "rejection_reply"
    FEEDBACK_REQUEST = "feedback_request"
    KEEP_IN_TOUCH = "keep_in_touch"
    GOOD_WORD = "good_word"
    OFFER_REPLY = "offer_reply"
    WITHDRAWAL = "withdrawal"


class Tone(enum.StrEnum):
    """The register of the message, from formal to casual."""

    FORMAL = "formal"
    NEUTRAL = "neutral"
    CASUAL = "casual"


class Culture(enum.StrEnum):
    """The employer's culture, which sets how much enthusiasm a message shows (T5)."""

    CONSERVATIVE = "conservative"
    BALANCED = "balanced"
    PASSIONATE = "passionate"


class Outcome(enum.StrEnum):
    """What the candidate has heard so far."""

    PENDING = "pending"
    REJECTED = "rejected"
    OFFERED = "offered"


class Channel(enum.StrEnum):
    """How the message reaches the reader (T9)."""

    EMAIL = "email"
    HANDWRITTEN = "handwritten"
    LINKEDIN = "linkedin"
    TEXT = "text"
    PHONE = "phone"
    VOICEMAIL = "voicemail"


class EmployerSize(enum.StrEnum):
    """The size of the employer; a large, busy one is better written to than called (L9)."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class Fit(enum.StrEnum):
    """How close the candidate was to what the employer needed, as far as they can tell."""

    CLOSE = "close"
    PARTIAL = "partial"
    MISMATCH = "mismatch"


class Gender(enum.StrEnum):
    """
    How to address a person where the language genders its greetings.

    German, French and Spanish greetings differ for a woman and a man ("Sehr geehrte
    Frau Lee", "Sehr geehrter Herr Lee"); ``neutral``, like leaving it out, picks a form
    that names the person without a gendered word.
    """

    FEMALE = "female"
    MALE = "male"
    NEUTRAL = "neutral"


class OfferDecision(enum.StrEnum):
    """What a reply to an offer does."""

    ACCEPT = "accept"
    DECLINE = "decline"
    TIME = "time"


def _enum_value(kind: type[enum.Enum], value: Any) -> Any:
    """Turn a valid string into a *kind* member; leave anything else for the validator."""
    if isinstance(value, str) and not isinstance(value, kind):
        try:
            return kind(value)
        except ValueError:
            return value
    return value


def _offer_decision(value: Any) -> Any:
    return _enum_value(OfferDecision, value)


def _stage(value: Any) -> Any:
    return _enum_value(Stage, value)


def _tone(value: Any) -> Any:
    return _enum_value(Tone, value)


def _culture(value: Any) -> Any:
    return _enum_value(Culture, value)


def _outcome(value: Any) -> Any:
    return _enum_value(Outcome, value)


def _channel(value: Any) -> Any:
    return _enum_value(Channel, value)


def _fit(value: Any) -> Any:
    return _enum_value(Fit, value)


def _gender(value: Any) -> Any:
    return _enum_value(Gender, value)


def _employer_size(value: Any) -> Any:
    return _enum_value(EmployerSize, value)


def _to_tuple(value: Any) -> Any:
    """Turn a list into a tuple so that the value stays hashable; leave anything else."""
    return tuple(value) if isinstance(value, list) else value


def _to_locale(value: Any) -> Any:
    """Normalise ``en-US`` to ``en_US``; leave anything that is not a valid locale."""
    if isinstance(value, str):
        normal = _values.normalise_locale(value)
        if normal is not None:
            return normal
    return value


def _check(
    problem: Callable[[Any], str | None],
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """Make an attrs validator that raises SituationError with *problem*'s message."""

    def validate(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        message = problem(value)
        if message is not None:
            raise SituationError([(attribute.name, message)])

    return validate


_text = _check(_values.text_problem)
_opt_text = _check(_values.optional(_values.text_problem))
_texts = _check(_values.tuple_of(_values.text_problem))
_opt_date = _check(_values.optional(_values.date_problem))
_opt_days = _check(_values.optional(_values.days_problem))
_locale = _check(_values.locale_problem)


def _enum(kind: type[enum.Enum], *, optional: bool = False) -> Any:
    problem = _values.enum_problem(kind)
    return _check(_values.optional(problem) if optional else problem)


def _nested(kind: type, *, optional: bool = False, many: bool = False) -> Any:
    problem = _values.instance_problem(kind)
    if many:
        return _check(_values.tuple_of(problem))
    return _check(_values.optional(problem) if optional else problem)


@attrs.frozen
class Candidate:
    """The person writing: their name signs the message."""

    name: str = attrs.field(validator=_text)
    email: str | None = attrs.field(default=None, validator=_opt_text)
    phone: str | None = attrs.field(default=None, validator=_opt_text)


@attrs.frozen
class Interviewer:
    """
    One person who interviewed the candidate (T8, R7).

    *salutation* is how to address them in a greeting (``"Dr. Lee"``); without it the
    greeting uses the name. *topics* are what was discussed with this person in
    particular; they are preferred to the situation's topics in a note to them.
    *gender* picks the gendered greeting of languages that have one ("Dear Ms. Lee",
    "Sehr geehrte Frau Lee"); without it, greetings use a form that needs none.
    """

    name: str = attrs.field(validator=_text)
    title: str | None = attrs.field(default=None, validator=_opt_text)
    salutation: str | None = attrs.field(default=None, validator=_opt_text)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_texts)
    gender: Gender | None = attrs.field(
        default=None, converter=_gender, validator=_enum(Gender, optional=True)
    )


@attrs.frozen
class Promise:
    """Something the candidate promised to send, and by when (L5)."""

    item: str = attrs.field(validator=_text)
    due: dt.date | None = attrs.field(default=None, validator=_opt_date)


@attrs.frozen
class ValueAdd:
    """A problem the employer mentioned and the free piece of work offered on it (L1)."""

    problem: str = attrs.field(validator=_text)
    offer: str = attrs.field(validator=_text)


@attrs.frozen
class Contact:
    """A mutual contact who could put in a good word (L12)."""

    name: str = attrs.field(validator=_text)
    relation: str | None = attrs.field(default=None, validator=_opt_text)


@attrs.frozen
class Offer:
    """An offer received, and what the reply does with it."""

    decision: OfferDecision = attrs.field(converter=_offer_decision, validator=_enum(OfferDecision))
    respond_by: dt.date | None = attrs.field(default=None, validator=_opt_date)


@attrs.frozen
class PastContact:
    """
    A contact already made with the employer, for plan() and check_thread().

    *answered* says whether they replied; unanswered follow-ups count towards the cap
    after which the plan says to stop and move on.
    """

    on: dt.date = attrs.field(validator=_check(_values.date_problem))
    stage: Stage = attrs.field(converter=_stage, validator=_enum(Stage))
    channel: Channel = attrs.field(
        default=Channel.EMAIL, converter=_channel, validator=_enum(Channel)
    )
    text: str | None = attrs.field(default=None, validator=_opt_text)
    answered: bool = attrs.field(default=False, validator=_check(_values.bool_problem))


@attrs.frozen
class Situation:
    """
    One moment of follow-up: who, where, when, and what was said.

    Only *stage* is required. Every other field is optional and makes the message more
    specific; :func:`~followup_kit.compose` names the details a message needs and lacks.

    Args:
        stage: Which message this is.
        tone: The register, from formal to casual.
        culture: The employer's culture, which sets how much enthusiasm shows.
        outcome: What the candidate has heard so far.
        channel: How the message reaches the reader.
        locale: A Babel locale identifier; ``"en-US"`` is accepted as ``"en_US"``.
        candidate: The person writing.
        company: The employer.
        role: The position applied for.
        interviewers: The people met, each of whom gets their own note.
        interview_date: The day of the interview.
        topics: What was discussed or learned in the interview.
        strengths: The candidate's strengths worth a reminder.
        next_step: The next step the employer stated.
        decision_date: The day by which they said they would decide.
        decision_days: How many days they said the decision would take.
        callback_days: In how many days they asked to be called back.
        promised: What the candidate promised to send.
        value_add: A problem they raised and the free work offered on it.
        last_contact: The day of the last contact with the employer.
        sent_on: The day this message goes out, when known.
        employer_size: The size of the employer.
        contact: A mutual contact, for asking for a good word.
        offer: An offer received.
        fit: How close the candidate seemed to what they needed (after a rejection).
        reason: One concrete reason to write (news, an article, a milestone), for a
            keep-in-touch note; or the reason for withdrawing.
        history: The contacts already made, oldest first, for plan() and check_thread().

    Raises:
        SituationError: If a field has the wrong type or an invalid value.
    """

    stage: Stage = attrs.field(converter=_stage, validator=_enum(Stage))
    tone: Tone = attrs.field(default=Tone.NEUTRAL, converter=_tone, validator=_enum(Tone))
    culture: Culture = attrs.field(
        default=Culture.BALANCED,
        converter=_culture,
        validator=_enum(Culture),
    )
    outcome: Outcome = attrs.field(
        default=Outcome.PENDING,
        converter=_outcome,
        validator=_enum(Outcome),
    )
    channel: Channel = attrs.field(
        default=Channel.EMAIL, converter=_channel, validator=_enum(Channel)
    )
    locale: str = attrs.field(default="en_US", converter=_to_locale, validator=_locale)
    candidate: Candidate | None = attrs.field(
        default=None, validator=_nested(Candidate, optional=True)
    )
    company: str | None = attrs.field(default=None, validator=_opt_text)
    role: str | None = attrs.field(default=None, validator=_opt_text)
    interviewers: tuple[Interviewer, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_nested(Interviewer, many=True)
    )
    interview_date: dt.date | None = attrs.field(default=None, validator=_opt_date)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_texts)
    strengths: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_texts)
    next_step: str | None = attrs.field(default=None, validator=_opt_text)
    decision_date: dt.date | None = attrs.field(default=None, validator=_opt_date)
    decision_days: int | None = attrs.field(default=None, validator=_opt_days)
    callback_days: int | None = attrs.field(default=None, validator=_opt_days)
    promised: tuple[Promise, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_nested(Promise, many=True)
    )
    value_add: ValueAdd | None = attrs.field(
        default=None, validator=_nested(ValueAdd, optional=True)
    )
    last_contact: dt.date | None = attrs.field(default=None, validator=_opt_date)
    sent_on: dt.date | None = attrs.field(default=None, validator=_opt_date)
    employer_size: EmployerSize | None = attrs.field(
        default=None,
        converter=_employer_size,
        validator=_enum(EmployerSize, optional=True),
    )
    contact: Contact | None = attrs.field(default=None, validator=_nested(Contact, optional=True))
    offer: Offer | None = attrs.field(default=None, validator=_nested(Offer, optional=True))
    fit: Fit | None = attrs.field(default=None, converter=_fit, validator=_enum(Fit, optional=True))
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    history: tuple[PastContact, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_nested(PastContact, many=True)
    )

    def __attrs_post_init__(self) -> None:
        problems = _cross_field_problems(self)
        if problems:
            raise SituationError(problems)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """
        Build a Situation from plain data, as read from JSON or TOML.

        Enum fields take their string values, dates take ISO strings (``"2026-11-20"``),
        lists take JSON arrays. Keys that are absent or ``None`` take their defaults.

        Raises:
            SituationError: Listing every bad or unknown field by its path, with what
                was expected and what came.

        >>> Situation.from_dict({"stage": "thanks", "interviewers": [{"name": 42}]})
        Traceback (most recent call last):
        ...
        followup_kit.exceptions.SituationError: invalid situation: 2 problems
          stage: expected one of 'thank_you', 'value_add', 'deliverable', 'check_in', ...
          interviewers[0].name: expected a non-empty string, got 42
        """
        from followup_kit import _convert  # noqa: PLC0415  (keeps cattrs off the import path)

        return _convert.structure_situation(data, cls)

    def to_dict(self) -> dict[str, Any]:
        """
        Return the Situation as plain JSON-ready data; fields left at their defaults are omitted.

        ``Situation.from_dict(s.to_dict()) == s`` for every Situation ``s``.
        """
        from followup_kit import _convert  # noqa: PLC0415

        data: dict[str, Any] = _convert.unstructure(self)
        return data

    def evolve(self, **changes: Any) -> Self:
        """
        Return a copy with *changes* applied, validated like :meth:`from_dict`.

        Changes may be plain data (``interviewers=[{"name": "Sam Lee"}]``) or values
        (``interviewers=[Interviewer("Sam Lee")]``); ``None`` resets a field to its default.

        >>> Situation(stage="thank_you").evolve(tone="formal", topics=["pricing"]).topics
        ('pricing',)
        """
        from followup_kit import _convert  # noqa: PLC0415

        data = self.to_dict()
        data.update({name: _convert.unstructure(value) for name, value in changes.items()})
        return type(self).from_dict(data)


def _cross_field_problems(s: Situation) -> list[tuple[str, str]]:
    """Return problems that involve more than one field."""
    problems: list[tuple[str, str]] = []
    if s.decision_date is not None and s.decision_days is not None:
        problems.append(("decision_days", "give either decision_date or decision_days, not both"))
    if (
        s.interview_date is not None
        and s.decision_date is not None
        and s.decision_date < s.interview_date
    ):
        problems.append(
            (
                "decision_date",
                (
                    f"expected a date on or after interview_date ({s.interview_date.isoformat()}), "
                    f"got {s.decision_date.isoformat()}"
                ),
            )
        )
    return problems
