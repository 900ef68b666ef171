"""Tests for plan(): each timing rule on dated cases, and properties of every timeline."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_kit import (
    ArgumentError,
    Situation,
    Stage,
    ThreadIssue,
    check_thread,
    compose,
    plan,
)
from followup_kit.cli import main
from strategies import situations

D = dt.date
BASE = {
    "stage": "thank_you",
    "candidate": {"name": "Ana Ruiz", "phone": "555 0100"},
    "company": "Northwind Traders",
    "role": "Data Analyst",
    "interviewers": [{"name": "Sam Lee"}],
    "topics": ["the new warehouse"],
    "interview_date": "2026-11-20",  # a Friday
    "locale": "en",  # no country: weekends only (public holidays are tested below)
}


def steps(today=None, **changes):
    today = today or D(2026, 11, 20)
    timeline = plan(Situation.from_dict({**BASE, **changes}), today=today)
    return [(s.on, s.stage.value, s.channel.value) for s in timeline], timeline


class TestTimingRules:
    def test_thank_you_today_and_check_in_after_the_decision(self):
        found, _ = steps(decision_date="2026-11-25")  # a Wednesday
        assert [
            (D(2026, 11, 20), "thank_you", "email"),
            (D(2026, 11, 26), "check_in", "email"),
        ] == found

    def test_decision_days_count_from_the_interview(self):
        found, _ = steps(decision_days=7)  # Nov 27, a Friday: check in on Monday
        assert (D(2026, 11, 30), "check_in", "email") in found

    def test_no_decision_date_is_assumed_and_said(self):
        found, timeline = steps()
        assert (D(2026, 11, 30), "check_in", "email") in found
        assert any("assumes about 7 days" in n for n in timeline.notes)

    def test_a_card_is_posted_the_next_day(self):
        found, _ = steps(today=D(2026, 11, 18), interview_date="2026-11-18", channel="handwritten")
        assert (D(2026, 11, 19), "thank_you", "handwritten") == found[0]

    def test_a_thank_you_call_becomes_an_email(self):
        found, _ = steps(channel="phone")
        assert (D(2026, 11, 20), "thank_you", "email") == found[0]

    def test_late_thank_you_is_said_and_too_late_is_left_out(self):
        found, timeline = steps(today=D(2026, 11, 23))
        assert (D(2026, 11, 23), "thank_you", "email") == found[0]
        assert any("thank_you step is late" in n for n in timeline.notes)
        found, timeline = steps(today=D(2026, 11, 27))
        assert "thank_you" not in [stage for _, stage, _ in found]
        assert any("too late" in n for n in timeline.notes)

    def test_value_add_within_a_few_days(self):
        found, _ = steps(value_add={"problem": "slow reports", "offer": "a one-page plan"})
        assert (D(2026, 11, 25), "value_add", "email") in found  # three working days

    def test_promise_on_its_due_date(self):
        found, _ = steps(promised=[{"item": "two dashboards", "due": "2026-11-24"}])
        assert (D(2026, 11, 24), "deliverable", "email") in found

    def test_callback_exactly_then_early_in_the_day(self):
        found, timeline = steps(callback_days=5)  # Nov 25, a Wednesday
        assert (D(2026, 11, 25), "check_in", "phone") in found
        call = next(s for s in timeline if s.stage is Stage.CHECK_IN)
        assert call.window == (dt.time(8, 0), dt.time(9, 30))

    def test_a_large_employer_gets_notes_not_calls(self):
        found, timeline = steps(callback_days=5, employer_size="large")
        assert (D(2026, 11, 25), "check_in", "email") in found
        assert any("large employer" in n for n in timeline.notes)

    def test_two_contacts_are_never_too_close(self):
        found, timeline = steps(today=D(2026, 11, 23), last_contact="2026-11-23", decision_days=3)
        days = [d for d, _, _ in found]
        assert all(b - a >= dt.timedelta(days=1) for a, b in itertools.pairwise(days))
        assert all(d >= D(2026, 11, 25) for d in days)
        assert any("(L10)" in n for n in timeline.notes)

    def test_after_a_rejection(self):
        found, _ = steps(today=D(2026, 11, 26), outcome="rejected")
        assert [
            (D(2026, 11, 26), "rejection_reply", "email"),
            (D(2026, 12, 1), "feedback_request", "phone"),
            (D(2027, 1, 7), "keep_in_touch", "email"),
        ] == found

    def test_after_a_clear_mismatch_no_feedback_call(self):
        found, _ = steps(today=D(2026, 11, 26), outcome="rejected", fit="mismatch")
        assert "feedback_request" not in [stage for _, stage, _ in found]

    def test_after_an_offer(self):
        found, _ = steps(today=D(2026, 11, 28), outcome="offered", offer={"decision": "accept"})
        assert [(D(2026, 11, 30), "offer_reply", "email")] == found  # Saturday -> Monday

    def test_public_holidays_of_the_employers_country_are_skipped(self):
        pytest.importorskip("holidays")
        found, timeline = steps(decision_date="2026-11-25", locale="en_US")
        assert (D(2026, 11, 27), "check_in", "email") in found  # not on Thanksgiving
        assert any("Public holidays in US" in n for n in timeline.notes)
        found, _ = steps(today=D(2026, 12, 24), outcome="rejected", locale="en_GB")
        assert (D(2026, 12, 24), "rejection_reply", "email") in found
        assert (D(2026, 12, 31), "feedback_request", "phone") in found  # past 25, 26 (28)

    def test_history_is_planned_around(self):
        history = [
            {"on": "2026-11-20", "stage": "thank_you"},
            {"on": "2026-11-30", "stage": "check_in"},
        ]
        found, timeline = steps(today=D(2026, 12, 1), decision_date="2026-11-27", history=history)
        assert "thank_you" not in [stage for _, stage, _ in found]
        assert [(D(2026, 12, 7), "check_in", "email")] == found  # a week after the last
        assert any("done on 2026-11-20" in n for n in timeline.notes)

    def test_after_unanswered_follow_ups_the_plan_says_stop(self):
        history = [{"on": "2026-11-20", "stage": "thank_you"}] + [
            {"on": day, "stage": "check_in"} for day in ("2026-11-30", "2026-12-07", "2026-12-14")
        ]
        found, timeline = steps(today=D(2026, 12, 18), decision_date="2026-11-27", history=history)
        assert [] == found
        assert any("3 follow-ups have gone unanswered" in n for n in timeline.notes)
        answered = [*history[:-1], {"on": "2026-12-14", "stage": "check_in", "answered": True}]
        found, _ = steps(today=D(2026, 12, 18), decision_date="2026-11-27", history=answered)
        assert [(D(2026, 12, 21), "check_in", "email")] == found

    def test_steps_compose_their_messages(self):
        _, timeline = steps(outcome="rejected", today=D(2026, 11, 26))
        for step in timeline:
            message = step.compose()
            assert message.body and step.situation.sent_on == step.on
            assert step.situation.stage == step.stage

    def test_bad_arguments(self):
        s = Situation.from_dict(BASE)
        with pytest.raises(ArgumentError):
            plan(s, today="2026-11-20")  # type: ignore[arg-type]
        with pytest.raises(ArgumentError):
            plan(s, today=dt.datetime(2026, 11, 20))  # noqa: DTZ001
        with pytest.raises(ArgumentError):
            plan({"stage": "thank_you"}, today=D(2026, 11, 20))  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            plan(s, D(2026, 11, 20))  # type: ignore[misc]


class TestEveryTimeline:
    @given(situations(), st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)))
    def test_properties(self, situation, today):
        timeline = plan(situation, today=today)
        days = [s.on for s in timeline]
        assert days == sorted(days)
        assert len(days) == len(set(days))
        for step in timeline:
            assert step.on.weekday() < 5
            assert step.on >= today
            assert step.why
            assert step.situation.sent_on == step.on
        assert timeline.to_dict()["today"] == today.isoformat()

    def test_deterministic(self):
        s = Situation.from_dict({**BASE, "decision_days": 4, "callback_days": 2})
        assert plan(s, today=D(2026, 11, 20)) == plan(s, today=D(2026, 11, 20))

    def test_compose_works_for_every_step(self):
        s = Situation.from_dict(
            {
                **BASE,
                "decision_date": "2026-11-27",
                "value_add": {"problem": "slow reports", "offer": "a one-page plan"},
                "promised": [{"item": "two dashboards", "due": "2026-11-24"}],
                "contact": {"name": "Jo Park"},
                "callback_days": 10,
            }
        )
        timeline = plan(s, today=D(2026, 11, 20))
        assert {"thank_you", "good_word", "value_add", "deliverable", "check_in"} == {
            step.stage.value for step in timeline
        }
        assert all(compose(step.situation).body for step in timeline)


class TestCalendar:
    def test_ics_parses_and_holds_every_step(self):
        icalendar = pytest.importorskip("icalendar")
        _, timeline = steps(callback_days=5, company="Northwind; Traders, Ltd")
        text = timeline.to_ics()
        assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
        assert max(len(line.encode()) for line in text.split("\r\n")) <= 75
        calendar = icalendar.Calendar.from_ical(text)
        events = list(calendar.walk("VEVENT"))
        assert len(timeline) == len(events)
        for step, event in zip(timeline, events, strict=True):
            start = event.decoded("DTSTART")
            assert step.on == (start.date() if isinstance(start, dt.datetime) else start)
            assert step.explanation in str(event["DESCRIPTION"])
        assert "Northwind; Traders, Ltd" in str(events[0]["DESCRIPTION"])
        call = events[-1]
        assert dt.time(8, 0) == call.decoded("DTSTART").time()
        assert timeline.to_ics() == text  # deterministic


def test_cli_plan(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    ics = tmp_path / "plan.ics"
    status = main(
        ["plan", "--example", "data_analyst", "--today", "2026-11-20", "--ics", str(ics)],
        stdout=out,
        stderr=err,
    )
    assert (0, "") == (status, err.getvalue())
    assert out.getvalue().startswith("Fri 2026-11-20  thank_you by email  [T1, T8]")
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    out = io.StringIO()
    assert 0 == main(
        ["plan", "--example", "data_analyst", "--today", "2026-11-20", "--format", "json"],
        stdout=out,
    )
    assert "check_in" in out.getvalue()
    assert 2 == main(
        ["plan", "--example", "data_analyst", "--today", "tomorrow"], stderr=io.StringIO()
    )


class TestCheckThread:
    def situation(self, *history):
        return Situation.from_dict({"stage": "check_in", "history": list(history)})

    def test_a_patient_thread_is_clean(self):
        s = self.situation(
            {
                "on": "2026-11-20",
                "stage": "thank_you",
                "text": "Thank you for meeting with me today.",
            },
            {"on": "2026-11-30", "stage": "check_in", "text": "Is there any news on the timing?"},
        )
        assert () == check_thread(s)

    def test_repeated_lines(self):
        line = "I remain very interested in the analyst role at your company."
        s = self.situation(
            {"on": "2026-11-20", "stage": "check_in", "text": line},
            {"on": "2026-11-27", "stage": "check_in", "text": "Hello again. " + line.upper()},
        )
        (finding,) = check_thread(s)
        assert (ThreadIssue.REPEATED, (0, 1)) == (finding.issue, finding.entries)

    def test_rising_pressure(self):
        s = self.situation(
            {"on": "2026-11-20", "stage": "check_in", "text": "Any news on the timing?"},
            {"on": "2026-11-27", "stage": "check_in", "text": "I really need this job."},
            {
                "on": "2026-12-04",
                "stage": "check_in",
                "text": "I really need this job. I need an answer by Friday.",
            },
        )
        issues = [f.issue for f in check_thread(s)]
        assert ThreadIssue.RISING_PRESSURE in issues

    def test_too_many_and_too_close(self):
        s = self.situation(
            *({"on": f"2026-12-{day:02d}", "stage": "check_in"} for day in (1, 2, 9, 16))
        )
        issues = [(f.issue, f.entries) for f in check_thread(s)]
        assert (ThreadIssue.TOO_CLOSE, (0, 1)) in issues
        assert ThreadIssue.TOO_MANY in [issue for issue, _ in issues]

    def test_bad_argument(self):
        with pytest.raises(ArgumentError):
            check_thread([])  # type: ignore[arg-type]
