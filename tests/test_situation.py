"""Tests for Situation: construction, from_dict errors, round trips, pickling."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest
from hypothesis import given

from followup_kit import (
    Interviewer,
    Situation,
    SituationError,
    Stage,
    Tone,
)
from strategies import situation_like, situations


class TestFromDict:
    def test_only_stage_is_required(self):
        """A dict with only a stage builds a Situation with every default."""
        s = Situation.from_dict({"stage": "check_in"})
        assert Stage.CHECK_IN == s.stage
        assert Tone.NEUTRAL == s.tone
        assert "en_US" == s.locale
        assert () == s.interviewers

    def test_full_contract_example(self):
        """The example from the design's contract reads as given."""
        s = Situation.from_dict(
            {
                "stage": "thank_you",
                "tone": "formal",
                "culture": "conservative",
                "outcome": "pending",
                "channel": "email",
                "locale": "en-US",
                "candidate": {"name": "Ana Ruiz"},
                "company": "Northwind Traders",
                "role": "Data Analyst",
                "interviewers": [{"name": "Sam Lee", "title": "Head of Analytics"}],
                "interview_date": "2026-11-20",
                "topics": ["moving the weekly sales report onto the new warehouse"],
                "strengths": ["five years of SQL reporting"],
                "decision_date": "2026-11-27",
            }
        )
        assert "en_US" == s.locale
        assert dt.date(2026, 11, 20) == s.interview_date
        assert (Interviewer("Sam Lee", title="Head of Analytics"),) == s.interviewers

    def test_every_bad_field_is_listed_by_path(self):
        """One error lists every problem, each with the path of the field."""
        with pytest.raises(SituationError) as info:
            Situation.from_dict(
                {
                    "stage": "thanks",
                    "interviewers": [{"name": 42}, {"nam": "x"}, 5],
                    "topics": "abc",
                    "interview_date": "2026-13-01",
                    "decision_days": 2.0,
                    "colour": "red",
                }
            )
        paths = [path for path, _ in info.value.errors]
        assert [
            "stage",
            "interviewers[0].name",
            "interviewers[1].name",
            "interviewers[1].nam",
            "interviewers[2]",
            "interview_date",
            "topics",
            "decision_days",
            "colour",
        ] == paths
        messages = dict(info.value.errors)
        assert "expected a non-empty string, got 42" == messages["interviewers[0].name"]
        assert "'thank_you'" in messages["stage"]
        assert "'withdrawal'" in messages["stage"]
        assert "got 'thanks'" in messages["stage"]
        assert "unknown key 'colour'" in messages["colour"]
        assert "required field is missing" == messages["interviewers[1].name"]
        assert "interviewers[0].name: expected a non-empty string, got 42" in str(info.value)

    def test_missing_stage(self):
        """A missing stage is reported, not a KeyError."""
        with pytest.raises(SituationError, match="stage: required field is missing"):
            Situation.from_dict({"tone": "formal"})

    @pytest.mark.parametrize("data", [None, 5, "thank_you", ["stage"], b"{}"])
    def test_not_a_mapping(self, data):
        """Anything but a mapping is refused with a clear message."""
        with pytest.raises(SituationError, match="expected a mapping of situation fields"):
            Situation.from_dict(data)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("decision_days", True),
            ("decision_days", 1.9),
            ("decision_days", "3"),
            ("decision_days", -1),
            ("decision_days", 10**30),
            ("interview_date", "20261120"),
            ("interview_date", 20261120),
            ("interview_date", "2026-W47-1"),
            ("topics", "one topic"),
            ("topics", [""]),
            ("topics", ["ok", "   "]),
            ("locale", "../../etc/passwd"),
            ("locale", "xx_YY"),
            ("company", 3),
            ("company", "bad \ud800 surrogate"),
            ("interviewers", {"name": "Sam"}),
            ("tone", "loud"),
        ],
    )
    def test_no_silent_coercion(self, field, value):
        """Values of the wrong type or shape are refused, never coerced."""
        with pytest.raises(SituationError) as info:
            Situation.from_dict({"stage": "thank_you", field: value})
        assert info.value.errors[0][0].startswith(field)

    def test_none_means_absent(self):
        """A key set to None takes the field's default."""
        assert Situation.from_dict({"stage": "thank_you", "tone": None}).tone is Tone.NEUTRAL

    def test_absurd_nesting_is_reported_not_raised(self):
        """Deeply nested input neither recurses nor leaks a RecursionError."""
        deep: list = []
        for _ in range(100_000):
            deep = [deep]
        with pytest.raises(SituationError, match=r"topics\[0\]: expected a non-empty string"):
            Situation.from_dict({"stage": "thank_you", "topics": deep})

    def test_cross_field_rules(self):
        """decision_date and decision_days exclude each other; decisions follow interviews."""
        with pytest.raises(SituationError, match="decision_days: give either"):
            Situation.from_dict(
                {"stage": "check_in", "decision_date": "2026-11-27", "decision_days": 7}
            )
        with pytest.raises(SituationError, match="decision_date: expected a date on or after"):
            Situation.from_dict(
                {"stage": "check_in", "interview_date": "2026-11-20", "decision_date": "2026-11-01"}
            )

    def test_toml_dates_are_accepted(self):
        """TOML gives real dates; they are taken as they are, datetimes are not."""
        s = Situation.from_dict({"stage": "thank_you", "interview_date": dt.date(2026, 11, 20)})
        assert dt.date(2026, 11, 20) == s.interview_date
        with pytest.raises(SituationError, match="interview_date"):
            Situation.from_dict(
                {"stage": "thank_you", "interview_date": dt.datetime(2026, 11, 20, 9, 0)}  # noqa: DTZ001
            )

    @given(situation_like)
    def test_arbitrary_data_raises_only_situation_error(self, data):
        """Whatever JSON-like data comes in, from_dict returns or raises SituationError."""
        try:
            Situation.from_dict(data)
        except SituationError as exc:
            assert exc.errors
            for path, message in exc.errors:
                assert isinstance(path, str)
                assert message


class TestToDict:
    @given(situations())
    def test_round_trip(self, s):
        """from_dict(to_dict(s)) == s for any valid Situation."""
        assert s == Situation.from_dict(s.to_dict())

    @given(situations())
    def test_json_ready(self, s):
        """to_dict gives only JSON types, so json.dumps needs no help."""
        assert s == Situation.from_dict(json.loads(json.dumps(s.to_dict())))

    def test_defaults_are_omitted(self):
        """Fields at their defaults are left out."""
        assert {"stage": "thank_you", "company": "X"} == Situation(
            stage=Stage.THANK_YOU, company="X"
        ).to_dict()


class TestConstruction:
    def test_direct_construction_validates(self):
        """Building a Situation directly validates each field too."""
        with pytest.raises(SituationError, match="tone: expected one of"):
            Situation(stage="thank_you", tone="loud")
        with pytest.raises(SituationError, match="name: expected a non-empty string"):
            Interviewer(name="")

    def test_strings_and_lists_are_normalised(self):
        """Enum values and lists are accepted and stored as enums and tuples."""
        s = Situation(stage="thank_you", topics=["a"], locale="en-GB")
        assert (Stage.THANK_YOU, ("a",), "en_GB") == (s.stage, s.topics, s.locale)
        assert hash(s) == hash(Situation(stage="thank_you", topics=("a",), locale="en_GB"))

    def test_immutable(self):
        """A Situation cannot be changed; evolve makes a validated copy."""
        s = Situation(stage="thank_you")
        with pytest.raises(AttributeError):
            s.tone = Tone.FORMAL  # type: ignore[misc]
        assert Tone.FORMAL == s.evolve(tone="formal").tone
        with pytest.raises(SituationError):
            s.evolve(tone="loud")

    @given(situations())
    def test_pickles(self, s):
        """Situations pickle, for batch jobs."""
        assert s == pickle.loads(pickle.dumps(s))

    def test_errors_pickle(self):
        """The error pickles with its problems."""
        try:
            Situation.from_dict({"stage": "x"})
        except SituationError as exc:
            again = pickle.loads(pickle.dumps(exc))
            assert exc.errors == again.errors
            assert str(exc) == str(again)
        else:  # pragma: no cover
            pytest.fail("no error")
