"""Meta-tests for the built-in rule packs: structure, ids, advice, coverage."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from followup_kit import ADVICE, RuleSet, default_rules
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
