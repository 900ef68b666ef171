"""Tests for compose() and compose_all(): every setting, determinism, traces, errors."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys

import pytest
from hypothesis import given

from followup_kit import (
    ArgumentError,
    ComposeError,
    FollowupKitError,
    MissingDetailsError,
    Phrasing,
    RuleSet,
    Situation,
    compose,
    compose_all,
    default_rules,
)
from followup_kit.engine import draft
from strategies import situations

FULL = {
    "stage": "thank_you",
    "candidate": {"name": "Ana Ruiz"},
    "company": "Northwind Traders",
    "role": "Data Analyst",
    "interviewers": [
        {"name": "Sam Lee", "title": "Head of Analytics"},
        {"name": "Priya Natarajan", "topics": ["month-end reporting for finance"]},
    ],
    "interview_date": "2026-11-20",
    "topics": ["moving the weekly sales report onto the new warehouse"],
    "strengths": ["five years of SQL reporting"],
    "decision_date": "2026-11-27",
}
TONES = ["formal", "neutral", "casual"]
CULTURES = ["conservative", "balanced", "passionate"]
CHANNELS = ["email", "handwritten", "linkedin", "text"]
WORD_LIMITS = {"email": 160, "handwritten": 90, "linkedin": 110, "text": 110}
GUSH = re.compile(r"!!|\b(amazing|incredible|thrilled|dream job|best .* ever)\b", re.IGNORECASE)


def situation(**changes):
    return Situation.from_dict({**FULL, **changes})


SETTINGS = list(itertools.product(TONES, CULTURES, CHANNELS, [0, 1]))


class TestEverySetting:
    @pytest.mark.parametrize(("tone", "culture", "channel", "variant"), SETTINGS)
    def test_composes_clean_and_specific(self, tone, culture, channel, variant):
        """Every tone x culture x channel composes a brief, specific, tidy note."""
        s = situation(tone=tone, culture=culture, channel=channel)
        m = compose(s, variant=variant)
        body = m.body
        assert "{" not in body and "}" not in body
        assert "None" not in body and "[" not in body
        assert "  " not in body and ".." not in body and ",," not in body and " ," not in body
        assert not re.search(r"\n{3,}", body)
        assert "moving the weekly sales report" in body
        assert body.startswith(("Dear Sam", "Hi Sam", "Hello Sam", "Sam,"))
        assert body.endswith(
            " Ana"
            if channel == "text" and variant
            else "\nAna"
            if channel == "text"
            else "\nAna Ruiz"
        )
        assert len(body.split()) <= WORD_LIMITS[channel]
        assert not GUSH.search(body)
        assert body.count("!") <= 1
        if channel == "email":
            assert m.subject and "Data Analyst" in m.subject
            assert "November 20" in body or "Friday" in body
        else:
            assert m.subject is None

    @pytest.mark.parametrize(("tone", "culture"), list(itertools.product(TONES, CULTURES)))
    def test_culture_tempers_enthusiasm(self, tone, culture):
        """A passionate team hears excitement; a conservative one hears interest."""
        part = next(
            e
            for e in compose(situation(tone=tone, culture=culture)).trace
            if e.section == "enthusiasm"
        )
        excited = re.search(r"excit|enthusias|love to|full of ideas", part.text, re.IGNORECASE)
        if culture == "conservative":
            assert not excited
            assert "T5" in part.advice
        if culture == "passionate" and tone != "casual":
            assert excited

    def test_variant_changes_wording(self):
        """Each section offers two or more wordings, so variant 1 differs from variant 0."""
        for tone, culture, channel in itertools.product(TONES, CULTURES, CHANNELS):
            s = situation(tone=tone, culture=culture, channel=channel)
            plan = draft(s, default_rules())
            for choice in plan.choices:
                if choice.section != "signature":
                    assert choice.pool >= 2, (tone, culture, channel, choice.section)
            assert compose(s, variant=0).body != compose(s, variant=1).body

    @pytest.mark.parametrize("channel", ["phone", "voicemail", "linkedin", "text"])
    def test_discouraged_channels_compose_with_a_caution(self, channel):
        """A call to say thanks still composes, and says what to prefer."""
        m = compose(situation(channel=channel, candidate={"name": "Ana Ruiz", "phone": "555 0100"}))
        assert m.cautions and "prefer" in m.cautions[0]
        assert "caution:" in m.explain()
        if channel == "voicemail":
            assert "555 0100" in m.body
            assert len(m.body.split()) <= 75  # under half a minute, spoken

    def test_strengths_are_used_when_given(self):
        body = compose(situation()).body
        assert "five years of SQL reporting" in body
        assert "five years" not in compose(situation(strengths=None)).body


class TestGreetings:
    @pytest.mark.parametrize(
        ("gender", "expected"),
        [(None, "Dear Sam Lee,"), ("female", "Dear Ms. Lee,"), ("male", "Dear Mr. Lee,")],
    )
    def test_a_formal_greeting_uses_the_gender_when_given(self, gender, expected):
        person = {"name": "Sam Lee"} | ({"gender": gender} if gender else {})
        message = compose(situation(tone="formal", interviewers=[person]))
        assert message.body.splitlines()[0] == expected

    def test_a_salutation_wins_over_the_gender(self):
        person = {"name": "Sam Lee", "gender": "female", "salutation": "Dr. Lee"}
        message = compose(situation(tone="formal", interviewers=[person]))
        assert message.body.splitlines()[0] == "Dear Dr. Lee,"

    def test_neutral_needs_no_gendered_word(self):
        person = {"name": "Sam Lee", "gender": "neutral"}
        message = compose(situation(tone="formal", interviewers=[person]))
        assert message.body.splitlines()[0] == "Dear Sam Lee,"

    def test_the_number_of_days_takes_its_plural_form(self):
        one = situation(stage="check_in", decision_date=None, decision_days=1)
        seven = situation(stage="check_in", decision_date=None, decision_days=7)
        assert "about 1 day." in compose(one).body
        assert "about 7 days." in compose(seven).body


class TestTrace:
    def test_spans_point_at_the_text(self):
        m = compose(situation(tone="formal"))
        for entry in m.trace:
            assert entry.rule_id in default_rules()
            assert entry.advice and entry.why
            if entry.section == "subject":
                assert m.subject == entry.text
                assert (-1, -1) == (entry.start, entry.end)
            else:
                assert entry.text == m.body[entry.start : entry.end]
        sections = [e.section for e in m.trace]
        assert [
            "subject",
            "greeting",
            "thanks",
            "recall",
            "fit",
            "enthusiasm",
            "next_step",
            "closing",
            "signature",
        ] == sections

    def test_conditions_explain_the_choice(self):
        m = compose(situation(tone="formal"))
        thanks = next(e for e in m.trace if e.section == "thanks")
        assert "thank_you.thanks.formal_dated" == thanks.rule_id
        assert "tone is formal" in thanks.conditions
        assert "interview_date is given" in thanks.conditions
        assert "why:" in m.explain()

    def test_more_specific_wins(self):
        """Without the date, the undated wording is chosen, and says so."""
        m = compose(situation(tone="formal", interview_date=None))
        thanks = next(e for e in m.trace if e.section == "thanks")
        assert "thank_you.thanks.formal" == thanks.rule_id

    def test_details_lose_their_own_closing_punctuation(self):
        m = compose(situation(topics=["the new warehouse."], strengths=["SQL reporting!"]))
        assert "warehouse.." not in m.body and "the new warehouse" in m.body
        assert "SQL reporting!" not in m.body

    def test_html_is_escaped(self):
        m = compose(situation(company="<b>Smith & Sons</b>"))
        assert "<b>Smith" not in m.html
        assert "&lt;b&gt;Smith &amp; Sons&lt;/b&gt;" in m.html
        assert "<b>Smith & Sons</b>" in m.body
        assert m.html.startswith("<p>") and m.html.endswith("</p>")


class TestComposeAll:
    def test_one_note_each_and_different(self):
        notes = compose_all(situation())
        assert 2 == len(notes)
        assert notes[0].body.startswith("Hello Sam") or notes[0].body.startswith("Dear Sam")
        assert "Priya" in notes[1].body.splitlines()[0]
        assert "month-end reporting for finance" in notes[1].body
        first = notes[0].body.replace("Sam", "X").replace("Lee", "")
        second = notes[1].body.replace("Priya", "X").replace("Natarajan", "")
        assert first != second

    def test_no_interviewers_gives_one_note(self):
        with pytest.raises(MissingDetailsError):
            compose_all(situation(interviewers=None))
        assert 1 == len(compose_all(situation(interviewers=None), placeholders=True))


class TestErrors:
    def test_missing_details_are_named_at_once(self):
        with pytest.raises(MissingDetailsError) as info:
            compose(Situation.from_dict({"stage": "thank_you"}))
        assert ("role", "interviewers", "company", "topics", "candidate") == info.value.missing
        assert "placeholders=True" in str(info.value)

    def test_placeholders(self):
        m = compose(
            Situation.from_dict({"stage": "thank_you", "company": "Acme"}), placeholders=True
        )
        assert "[role]" in m.body and "Acme" in m.body
        assert "role" in m.placeholders and "company" not in m.placeholders

    def test_no_layout(self):
        phrasings_only = default_rules().select(kind="phrasing")
        with pytest.raises(ComposeError, match="no layout .* stage 'thank_you' on channel 'email'"):
            compose(situation(), rules=phrasings_only)

    def test_no_phrasing_for_a_section(self):
        no_thanks = RuleSet(r for r in default_rules() if getattr(r, "section", "") != "thanks")
        with pytest.raises(ComposeError, match="needs a 'thanks' section"):
            compose(situation(), rules=no_thanks)

    @pytest.mark.parametrize(
        "call",
        [
            lambda: compose({"stage": "thank_you"}),
            lambda: compose(situation(), variant="1"),
            lambda: compose(situation(), rules=[]),
            lambda: compose(situation(), interviewer=5),
        ],
    )
    def test_bad_arguments(self, call):
        with pytest.raises(ArgumentError):
            call()

    def test_a_template_cannot_blow_up_the_output(self):
        """A pack repeating a huge detail raises ComposeError instead of filling memory."""
        bomb = Phrasing(
            id="hostile.recall.bomb",
            section="recall",
            texts=["{{ company }}" * 150],
            advice=["T6"],
            why="Hostile.",
            stages=["thank_you"],
            priority=9,
        )
        rules = default_rules().add(bomb)
        huge = situation(company="x" * 1_000_000)
        with pytest.raises(ComposeError, match="longer than 100000 characters"):
            compose(huge, rules)

    @given(situations())
    def test_any_situation_composes_or_raises_ours(self, s):
        """compose() never lets anything but the package's errors out."""
        try:
            m = compose(s, placeholders=True)
        except ComposeError:
            return
        assert m.body
        assert "None" not in m.body or "None" in repr(s)


class TestDeterminism:
    def test_same_input_same_output(self):
        s = situation(tone="casual", culture="passionate")
        assert compose(s, variant=3) == compose(s, variant=3)

    def test_across_processes_and_hash_seeds(self):
        """Byte-identical output in fresh interpreters with different hash seeds."""
        code = (
            "import json,sys; from followup_kit import Situation, compose_all;"
            f"s = Situation.from_dict({FULL!r});"
            "print(json.dumps([m.to_dict() for v in range(3) for m in compose_all(s, variant=v)]))"
        )
        outputs = set()
        for seed in ("0", "1", "12345"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            result = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, env=env, check=True
            )
            outputs.add(result.stdout)
        assert 1 == len(outputs)

    def test_errors_are_package_errors(self):
        assert issubclass(MissingDetailsError, FollowupKitError)
        assert issubclass(ArgumentError, TypeError)
