"""The shipped JSON Schema is the generated one, and every built-in pack satisfies it."""

from __future__ import annotations

import io
import json
import tomllib
from importlib import resources

import jsonschema
import pytest

from followup_kit import default_rules
from followup_kit.cli import main
from followup_kit.rulesets import PACKS
from followup_kit.schema import pack_schema


def shipped():
    text = resources.files("followup_kit").joinpath("rulepack.schema.json").read_text("utf-8")
    return json.loads(text)


def test_shipped_schema_is_current():
    """Regenerate with: followup-kit schema > src/followup_kit/rulepack.schema.json"""
    assert pack_schema() == shipped()


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(shipped())


@pytest.mark.parametrize("name", PACKS)
def test_built_in_packs_satisfy_the_schema(name):
    text = resources.files("followup_kit.rulesets").joinpath(f"{name}.toml").read_text("utf-8")
    jsonschema.Draft202012Validator(shipped()).validate(tomllib.loads(text))


def test_round_tripped_default_rules_satisfy_the_schema():
    jsonschema.Draft202012Validator(shipped()).validate(default_rules().to_dict())


def test_schema_rejects_what_loading_rejects():
    validator = jsonschema.Draft202012Validator(shipped())
    bad = {
        "format": 1,
        "rules": [
            {
                "kind": "phrasing",
                "id": "Bad Id",
                "section": "x",
                "texts": ["hi"],
                "advice": ["Z9"],
                "why": "w",
            }
        ],
    }
    assert not validator.is_valid(bad)
    assert not validator.is_valid({"format": 2, "rules": []})


def test_cli_prints_the_schema():
    out = io.StringIO()
    assert 0 == main(["schema"], stdout=out)
    assert shipped() == json.loads(out.getvalue())


def test_named_functions_satisfy_the_schema():
    validator = jsonschema.Draft202012Validator(shipped())
    check = {
        "kind": "check",
        "id": "acme.check.casual",
        "category": "aloofness",
        "advice": ["L11"],
        "why": "w",
        "message": "m",
        "function": "acme.too_casual",
        "when": {"any": [{"predicate": "acme.is_formal"}, {"field": "tone", "eq": "formal"}]},
    }
    assert validator.is_valid({"format": 1, "rules": [check]})
    assert not validator.is_valid({"format": 1, "rules": [{**check, "function": "os.system()"}]})
    bad_when = {**check, "when": {"predicate": "x", "field": "tone"}}
    assert not validator.is_valid({"format": 1, "rules": [bad_when]})
