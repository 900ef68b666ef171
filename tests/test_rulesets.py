"""Meta-tests for the built-in rule packs: structure, ids, advice, coverage."""

from __future__ import annotations

import itertools
import tomllib
from importlib import resources

import pytest

from followup_kit import ADVICE, RuleSet, Situation, compose, default_rules
from followup_kit.rulesets import PACKS


def test_default_rules_is_one_value():
    """default_rules() returns the same immutable value each time."""
    assert default_rules() is default_rules()


@pytest.mark.parametrize("name", PACKS)
def test_ids_start_with_the_file_stem(name):
    text = resources.files("followup_kit.rulesets").joinpath(f"{name}.toml").read_text("utf-8")
    pack = RuleSet.from_dict(tomllib.loads(text))
    assert len(pack) > 0
    for rule in pack:
        assert rule.id.startswith(f"{name}."), rule.id


def test_every_pack_file_is_listed():
    files = {
        entry.name.removesuffix(".toml")
        for entry in resources.files("followup_kit.rulesets").iterdir()
        if entry.name.endswith(".toml")
    }
    assert set(PACKS) == files


def test_advice_ids_are_known_and_families_covered():
    cited = {a for rule in default_rules() for a in rule.advice}
    assert cited <= set(ADVICE)
    assert {"T1", "T2", "T3", "T5", "T6", "T7", "T8", "T11"} <= cited


def test_every_phrasing_is_reachable():
    """Each phrasing rule is chosen for some situation (none is shadowed forever)."""
    seen = set()
    base = {
        "stage": "thank_you",
        "candidate": {"name": "A", "phone": "555"},
        "company": "C",
        "role": "R",
        "interviewers": [{"name": "Sam Lee"}],
        "topics": ["t"],
    }
    extras = [
        {},
        {"interview_date": "2026-11-20", "strengths": ["s"]},
        {"decision_date": "2026-11-27"},
        {"next_step": "a call"},
    ]
    for tone, culture, channel, extra, variant in itertools.product(
        ["formal", "neutral", "casual"],
        ["conservative", "balanced", "passionate"],
        ["email", "handwritten", "linkedin", "text", "phone", "voicemail"],
        extras,
        [0, 1],
    ):
        s = Situation.from_dict(
            {**base, **extra, "tone": tone, "culture": culture, "channel": channel}
        )
        m = compose(s, variant=variant)
        seen.add(m.layout_id)
        seen.update(e.rule_id for e in m.trace)
    assert set(default_rules().ids) == seen
