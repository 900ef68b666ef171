"""Tests for check(): findings, situations, hard negatives, hostile text, rule examples."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_kit import (
    ArgumentError,
    Category,
    Check,
    Finding,
    RuleSet,
    Situation,
    check,
    default_rules,
)
from followup_kit.check import _mask
from followup_kit.conditions import Condition

CHECKS = [r for r in default_rules() if isinstance(r, Check)]


def categories(text, situation=None):
    return {f.category.value for f in check(text, situation)}


def _required_facts(condition: Condition) -> dict[str, str]:
    """The field values an all_of / field_is condition requires, to build a fitting situation."""
    data = condition.to_dict()
    parts = data.get("all", [data])
    return {p["field"]: p["eq"] for p in parts if "eq" in p}


def situation_for(rule: Check) -> Situation:
    facts = _required_facts(rule.when)
    data = {"stage": rule.stages[0].value if rule.stages else "check_in"}
    data.update({k: v for k, v in facts.items() if "." not in k})
    return Situation.from_dict(data)


def language(rule):
    """The language a check reads, when it reads one (a one-line example is too short to tell)."""
    return rule.languages[0] if rule.languages else None


class TestRuleExamples:
    @pytest.mark.parametrize("rule", CHECKS, ids=lambda r: r.id)
    def test_examples_are_flagged(self, rule):
        """Every example a check carries is flagged by that check."""
        for text in rule.examples:
            found = {f.rule_id for f in check(text, situation_for(rule), language=language(rule))}
            assert rule.id in found, text

    @pytest.mark.parametrize("rule", CHECKS, ids=lambda r: r.id)
    def test_counterexamples_are_left_alone(self, rule):
        """Every counterexample a check carries is left alone by that check."""
        for text in rule.counterexamples:
            found = {f.rule_id for f in check(text, situation_for(rule), language=language(rule))}
            assert rule.id not in found, text

    def test_every_phrase_check_carries_examples(self):
        for rule in CHECKS:
            if rule.measure not in ("words", "early_check_in", "too_soon"):
                assert rule.examples and rule.counterexamples, rule.id

    def test_every_category_has_a_check(self):
        assert {c.value for c in Category} == {r.category.value for r in CHECKS}

    @pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
    def test_every_category_has_a_check_in_each_language(self, code):
        found = {r.category.value for r in CHECKS if not r.languages or code in r.languages}
        assert {c.value for c in Category} == found

    def test_a_language_pack_reads_only_its_language(self):
        for rule in CHECKS:
            prefix = rule.id.split(".")[0]
            if prefix in {"check_de", "check_fr", "check_es"}:
                assert rule.languages == (prefix.removeprefix("check_"),), rule.id


class TestFindings:
    def test_span_and_fields(self):
        text = "Dear Sam,\n\nI really need this job.\n\nBest,\nAna"
        (finding,) = check(text)
        assert isinstance(finding, Finding)
        assert "I really need this job" == text[finding.start : finding.end] == finding.matched
        assert Category.PLEADING == finding.category
        assert "N1" in finding.advice
        assert finding.message and finding.suggestion

    def test_fingerprint_ignores_position_and_case(self):
        a = check("Hi. I REALLY need this job.")[0]
        b = check("Hello there, thanks again. i really  need this job.")[0]
        assert a.start != b.start
        assert a.fingerprint == b.fingerprint
        assert a.fingerprint != check("I badly need this role.")[0].fingerprint

    def test_findings_are_ordered_and_serialisable(self):
        text = "I need an answer by Friday!!! I really need this job."
        found = check(text)
        assert [f.start for f in found] == sorted(f.start for f in found)
        assert all(f.to_dict()["fingerprint"] == f.fingerprint for f in found)

    def test_bad_arguments(self):
        with pytest.raises(ArgumentError):
            check(b"bytes")  # type: ignore[arg-type]
        with pytest.raises(ArgumentError):
            check("x", situation={"stage": "thank_you"})  # type: ignore[arg-type]
        with pytest.raises(ArgumentError):
            check("x", rules=[])  # type: ignore[arg-type]


class TestHardNegatives:
    @pytest.mark.parametrize(
        "text",
        [
            "Please find attached the report we discussed.",
            "I need to reschedule our call to Thursday, if that works for you.",
            "Could you let me know when you expect to decide?",
            "I'd love to join the team.",
            "I will send the sample dashboard by Friday, as promised.",
            "Please let me know if you need anything else from me.",
            "I was disappointed, but I understand, and thank you for letting me know.",
            "I'm confident my SQL background would help with the migration.",
            "I was nervous at the start but enjoyed the conversation.",
            "Thank you again!",
        ],
    )
    def test_fine_lines_are_not_flagged(self, text):
        assert set() == categories(text)


class TestSituations:
    def test_culture_tempers_what_counts_as_effusive(self):
        text = "I'm so excited about the role, it would be a dream job."
        conservative = Situation.from_dict({"stage": "check_in", "culture": "conservative"})
        passionate = Situation.from_dict({"stage": "check_in", "culture": "passionate"})
        assert "effusive" in categories(text, conservative)
        assert "effusive" not in categories(text, passionate)

    def test_salary_talk_is_fine_in_an_offer_reply(self):
        text = "Could we discuss the salary? I was hoping for 62k."
        assert "salary_talk" in categories(text, Situation.from_dict({"stage": "check_in"}))
        assert "salary_talk" not in categories(text, Situation.from_dict({"stage": "offer_reply"}))

    def test_check_in_before_the_decision_date_is_pushy(self):
        text = "Hi Sam, I wanted to check in on the analyst role. I remain very interested."
        base = {"stage": "check_in", "decision_date": "2026-11-27"}
        early = Situation.from_dict({**base, "sent_on": "2026-11-24"})
        late = Situation.from_dict({**base, "sent_on": "2026-11-30"})
        assert "pushy" in categories(text, early)
        assert "pushy" not in categories(text, late)

    def test_contact_too_soon_after_the_last_is_pushy(self):
        text = "Hi Sam, just checking in on the analyst role."
        soon = {"stage": "check_in", "last_contact": "2026-11-23", "sent_on": "2026-11-24"}
        assert "pushy" in categories(text, Situation.from_dict(soon))

    def test_length_depends_on_the_channel(self):
        text = " ".join(["word"] * 100)
        assert "too_long" in categories(
            text, Situation.from_dict({"stage": "check_in", "channel": "text"})
        )
        assert "too_long" not in categories(text, Situation.from_dict({"stage": "check_in"}))

    def test_generic_thank_you(self):
        s = Situation.from_dict({"stage": "thank_you", "topics": ["the new warehouse"]})
        bland = (
            "Dear Sam,\n\nThank you for your time yesterday. I enjoyed our conversation and "
            "am very interested in the position. I look forward to hearing from you.\n\nBest,\nAna"
        )
        specific = bland.replace(
            "I enjoyed our conversation", "I enjoyed hearing about the warehouse"
        )
        assert "generic" in categories(bland, s)
        assert "generic" not in categories(specific, s)

    def test_too_many_questions_counts_asks_not_marks(self):
        text = "Could you tell me the team size, who I'd report to, and whether it is remote?"
        assert "too_many_questions" in categories(text)
        assert "too_many_questions" not in categories(
            "Could you let me know when you expect to decide?"
        )


class TestQuotedText:
    def test_quoted_replies_and_signatures_are_ignored(self):
        text = (
            "Thanks Sam, that all makes sense.\n\n"
            "On Tue, Nov 18, 2026 at 9:14 AM Sam Lee <sam@example.com> wrote:\n"
            "> We need an answer by Friday or the offer lapses.\n"
        )
        assert () == check(text)
        signed = "Thanks for the update.\n-- \nAna Ruiz | I really need this job (motto)"
        assert () == check(signed)
        quoted = "> I need an answer by Friday\nThanks, noted."
        assert () == check(quoted)

    def test_the_block_under_a_closing_line_is_a_signature(self):
        text = (
            "Hi Sam,\n\nThank you for walking me through the warehouse migration today.\n\n"
            "Best regards,\nAna Ruiz\nAnalytics Lead!!!\n+1 555 0100"
        )
        assert () == check(text)
        cut = text.index("Ana Ruiz")
        assert _mask(text)[:cut] == text[:cut]
        assert _mask(text)[cut:].strip() == ""
        assert len(_mask(text)) == len(text)

    def test_a_sentence_that_mentions_writing_is_not_a_reply_header(self):
        text = "Hi Sam,\nOn Friday I wrote: I really need this job, please.\nBest,\nAna"
        assert "pleading" in categories(text)

    def test_a_line_in_the_first_person_after_a_closing_is_still_checked(self):
        assert "pleading" in categories("Hi Sam,\nThanks,\nI really need this job\nAna")

    def test_a_sentence_or_postscript_after_a_closing_is_still_checked(self):
        after = "Thanks,\nAna\nP.S. I need an answer by Friday."
        assert "demand" in categories(after)
        sentence = "Thank you\nI really need this job, please."
        assert "pleading" in categories(sentence)


HOSTILE = {
    "one long word": "a" * 1_000_000,
    "punctuation": "!?.,;" * 200_000,
    "triggers": "I really need this job please please beg " * 25_000,
    "trigger sentences": "I really need this job!! Is it yours? " * 25_000,
    "anchors without sentences": "need " * 200_000,
    "odd unicode": "\u0130\u0131\u2019\u200b\ufeff\U0001f600é\u0301" * 100_000,
    "lone surrogates": "\ud800 need \udfff job " * 50_000,
    "nul bytes": "\x00need this job\x00" * 60_000,
    "newlines": "\n" * 1_000_000,
    "exclamations": "wow" + "!" * 1_000_000,
    "sums in one sentence": "my salary is 55k and " * 50_000,
    "closings": "Thanks,\n" * 120_000,
    "reply headers": "On Tue, Sam wrote:\n> need\n" * 40_000,
}


class TestHostileText:
    @pytest.mark.parametrize("name", sorted(HOSTILE))
    def test_never_raises_and_spans_are_valid(self, name):
        text = HOSTILE[name]
        started = time.perf_counter()
        found = check(text, Situation.from_dict({"stage": "check_in", "culture": "conservative"}))
        assert time.perf_counter() - started < 30  # a hang guard, not a benchmark
        for f in found:
            assert 0 <= f.start < f.end <= len(text)
            assert text[f.start : f.end] == f.matched

    @given(st.text(max_size=400))
    def test_any_text(self, text):
        previous = -1
        for f in check(text):
            assert 0 <= f.start < f.end <= len(text)
            assert f.start >= previous
            previous = f.start


class TestCustomRules:
    def test_a_pack_adds_a_check(self):
        extra = Check(
            id="house.jargon",
            category="negative",
            advice=["L11"],
            why="House style avoids it.",
            message="Avoid this word.",
            patterns=["synerg*"],
        )
        rules = RuleSet([extra])
        assert ["house.jargon"] == [f.rule_id for f in check("Great synergies ahead.", rules=rules)]
        assert () == check("I really need this job.", rules=rules)


class TestReviewedEdges:
    def test_the_span_of_too_many_asks_starts_at_a_word(self):
        text = "Hi.   What is the timeline? Who decides? And when do I start?"
        (finding,) = [f for f in check(text) if f.category == Category.TOO_MANY_QUESTIONS]
        assert finding.matched.startswith("What is")

    @pytest.mark.parametrize("code", ["de", "DE", "de-DE", "de_AT"])
    def test_a_language_may_be_given_as_a_locale(self, code):
        found = check("Ich brauche diesen Job wirklich.", language=code)
        assert [f.category.value for f in found] == ["pleading"]

    @pytest.mark.parametrize("code", ["", "deutsch!", "1"])
    def test_a_bad_language_is_an_argument_error(self, code):
        with pytest.raises(ArgumentError, match="language"):
            check("Hello", language=code)

    def test_a_pattern_does_not_end_inside_a_longer_word(self):
        from followup_kit._matcher import Matcher  # noqa: PLC0415

        text = "job zebra " + " ".join(["a" * 148] * 4) + " jobless today."
        assert list(Matcher.build(["zebra ~4 job"]).scan(text)) == []

    def test_predicates_see_every_fact_without_a_situation(self):
        from followup_kit import predicate  # noqa: PLC0415

        rule = Check(
            id="acme.large.only",
            category="pushy",
            advice=["L9"],
            why="A test.",
            message="A test.",
            patterns=["zebra"],
            when=predicate(large_employer),
        )
        assert check("zebra here", rules=RuleSet((rule,))) == ()


def large_employer(facts):
    return facts["employer_size"] == "large"
