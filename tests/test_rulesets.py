"""Meta-tests for the built-in rule packs: structure, ids, advice, coverage."""

from __future__ import annotations

import json
import tomllib
from importlib import resources

import pytest

from followup_kit import ADVICE, RuleSet, Situation, default_rules, reflect
from followup_kit.rulesets import COMPILED, PACKS, read_sources


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


def test_the_compiled_packs_are_current():
    """Run ``python tools/packs.py`` after editing a pack."""
    compiled = resources.files("followup_kit.rulesets").joinpath(COMPILED).read_text("utf-8")
    assert json.loads(compiled) == read_sources()


def test_the_built_in_set_is_what_the_strict_reader_builds():
    """Building the trusted packs directly gives the same rules as reading them strictly."""
    strict = RuleSet()
    for name, data in read_sources().items():
        strict = strict.add(*RuleSet.from_dict(data, source=name))
    assert strict == default_rules()


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
    assert set(ADVICE) == cited  # every piece of advice is served by a built-in rule


def test_reflect_is_a_checklist_of_rules():
    s = Situation.from_dict(
        {"stage": "thank_you", "company": "Acme", "interviewers": [{"name": "Sam Lee"}]}
    )
    items = reflect(s)
    assert {"R1", "R2", "R3", "R4", "R5", "R6", "R7"} <= {a for i in items for a in i.advice}
    assert [i.phase for i in items] == sorted(
        (i.phase for i in items), key=["after", "before"].index
    )
    assert any("Sam Lee" in i.text for i in items)
    assert any("Acme" in i.text for i in items)
    bare = reflect(Situation.from_dict({"stage": "thank_you"}))
    assert all("{" not in i.text for i in bare)
    assert "reflection.each_interviewer" not in {i.rule_id for i in bare}
    fewer = default_rules().remove("reflection.notes")
    assert "reflection.notes" not in {i.rule_id for i in reflect(s, fewer)}
