"""Tests for rules and RuleSet: validation, immutable operations, packs in JSON and TOML."""

from __future__ import annotations

import json
import pickle

import pytest

from followup_kit import (
    Layout,
    Phrasing,
    RulePackError,
    RuleSet,
    Stage,
    default_rules,
    field_is,
)
from followup_kit import rules as rules_module


def phrasing(rule_id="house.closing.formal", **changes):
    fields = {
        "id": rule_id,
        "section": "closing",
        "texts": ["With thanks,"],
        "advice": ["T2"],
        "why": "A warmer formal sign-off.",
        "when": field_is("tone", "formal"),
    }
    fields.update(changes)
    return Phrasing(**fields)


class TestPhrasing:
    def test_names_are_found(self):
        rule = phrasing(texts=["Dear {{ greeting_name }} at {{ company }} and {{ company }}"])
        assert ("greeting_name", "company") == rule.names(0)

    @pytest.mark.parametrize(
        ("template", "message"),
        [
            ("{{ company.__class__ }}", "Getattr"),
            ("{{ company|upper }}", "Filter"),
            ("{{ lipsum() }}", "Call"),
            ("{% for x in range(10) %}x{% endfor %}", "For"),
            ("{{ 'x' * 1000 }}", "Mul"),
            ("{% include 'other' %}", "Include"),
            ("{{ nickname }}", "unknown template variable 'nickname'"),
            ("{{ company", "template syntax error"),
            ("x" * 2001, "at most 2000 characters"),
            ("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}", "at most 2000"),
        ],
    )
    def test_templates_are_restricted(self, template, message):
        """Only text and bare known variables are accepted in a template."""
        with pytest.raises(RulePackError, match=message):
            phrasing(texts=[template])

    def test_every_problem_is_listed(self):
        with pytest.raises(RulePackError) as info:
            phrasing(rule_id="Bad Id", advice=["Z9"], why=" ", section="Closing!", texts=[])
        paths = [p for p, _ in info.value.errors]
        assert ["id", "advice[0]", "why", "section", "texts"] == paths

    def test_stages_are_read_and_checked(self):
        """Stage names become Stage members; an unknown stage is reported."""
        assert ("thank_you",) == phrasing(stages=["thank_you"]).stages
        assert Stage.THANK_YOU is phrasing(stages=["thank_you"]).stages[0]
        with pytest.raises(RulePackError, match=r"stages\[0\]: expected a stage, got 'thank_yu'"):
            phrasing(stages=["thank_yu"])

    def test_advice_is_required(self):
        with pytest.raises(RulePackError, match="at least one advice id"):
            phrasing(advice=[])


class TestLayout:
    def test_sections(self):
        layout = Layout(
            id="x.layout.email",
            paragraphs=[["greeting"], ["thanks"]],
            advice=["T2"],
            why="Short.",
            subject=True,
        )
        assert ("subject", "greeting", "thanks", "closing", "signature") == layout.sections

    def test_problems(self):
        with pytest.raises(RulePackError) as info:
            Layout(
                id="x.layout.email",
                paragraphs=[["greeting", "greeting"]],
                advice=["T2"],
                why="Short.",
                optional=["fit"],
            )
        assert ["paragraphs[0][1]", "optional[0]"] == [p for p, _ in info.value.errors]


class TestRuleSet:
    def test_add_replace_remove(self):
        base = default_rules()
        rule = phrasing()
        added = base.add(rule)
        assert rule.id in added and rule.id not in base
        assert len(base) + 1 == len(added)
        changed = added.replace(phrasing(texts=["Regards,"]))
        assert ("Regards,",) == changed[rule.id].texts
        assert added.ids == changed.ids
        assert base == added.remove(rule.id)

    def test_misuse_is_reported(self):
        base = default_rules()
        with pytest.raises(RulePackError, match="use replace"):
            base.add(base["common.signature.name"])
        with pytest.raises(RulePackError, match="use add"):
            base.replace(phrasing())
        with pytest.raises(RulePackError, match="no rule with this id to remove"):
            base.remove("nope.nope")
        with pytest.raises(RulePackError, match="another rule has this id"):
            RuleSet([phrasing(), phrasing()])
        with pytest.raises(KeyError, match="no rule with id"):
            base["nope.nope"]

    def test_merge(self):
        base = RuleSet([phrasing("a.b.c"), phrasing("a.b.d")])
        other = RuleSet([phrasing("a.b.d", texts=["Other,"]), phrasing("a.b.e")])
        with pytest.raises(RulePackError, match="pass override=True"):
            base.merge(other)
        merged = base.merge(other, override=True)
        assert ("a.b.c", "a.b.d", "a.b.e") == merged.ids
        assert ("Other,",) == merged["a.b.d"].texts

    def test_select(self):
        rules = default_rules()
        layouts = rules.select(kind="layout")
        assert layouts and all(r.kind == "layout" for r in layouts)
        check_in = rules.select(stage="check_in", kind="layout")
        assert check_in and all(r.stages == ("check_in",) for r in check_in)
        checks = rules.select(kind="check")
        assert checks and all(r.kind == "check" for r in checks)
        pleading = rules.select(category="pleading")
        assert pleading and {r.category for r in pleading} == {"pleading"}

    def test_round_trip_and_pickle(self):
        rules = default_rules()
        data = rules.to_dict()
        assert 1 == data["format"]
        assert rules == RuleSet.from_dict(json.loads(json.dumps(data)))
        again = pickle.loads(pickle.dumps(rules))
        assert rules == again
        assert again._compiled is None

    def test_from_dict_lists_every_problem(self):
        data = {
            "format": 2,
            "extra": 1,
            "rules": [
                {
                    "kind": "phrasing",
                    "id": "a.b.c",
                    "section": "x",
                    "texts": ["{{ x }}"],
                    "advice": ["T1"],
                    "why": "w",
                },
                {"kind": "spell", "id": "a.b.d"},
                {
                    "kind": "phrasing",
                    "id": "a.b.e",
                    "section": "x",
                    "texts": "hi",
                    "advice": ["T1"],
                    "why": "w",
                    "when": {"field": "tone", "eq": "loud"},
                    "bogus": 1,
                },
                "not a rule",
                {
                    "kind": "phrasing",
                    "id": "a.b.c",
                    "section": "x",
                    "texts": ["ok"],
                    "advice": ["T1"],
                    "why": "w",
                },
            ],
        }
        with pytest.raises(RulePackError) as info:
            RuleSet.from_dict(data, source="pack.json")
        paths = [p for p, _ in info.value.errors]
        assert [
            "extra",
            "format",
            "rules[0] (a.b.c).texts[0]",
            "rules[1] (a.b.d).kind",
            "rules[2] (a.b.e).texts",
            "rules[2] (a.b.e).when",
            "rules[2] (a.b.e).bogus",
            "rules[3]",
        ] == paths
        assert str(info.value).startswith("invalid rule pack pack.json: 8 problems")

    def test_load_json_and_toml(self, tmp_path):
        rules = RuleSet([phrasing()])
        as_json = tmp_path / "pack.json"
        as_json.write_text(json.dumps(rules.to_dict()), encoding="utf-8")
        assert rules == RuleSet.load(as_json)
        as_toml = tmp_path / "pack.toml"
        as_toml.write_text(
            "format = 1\n[[rules]]\nkind = 'phrasing'\nid = 'house.closing.formal'\n"
            "section = 'closing'\ntexts = ['With thanks,']\nadvice = ['T2']\n"
            "why = 'A warmer formal sign-off.'\nwhen = {field = 'tone', eq = 'formal'}\n",
            encoding="utf-8",
        )
        assert rules == RuleSet.load(as_toml)

    def test_load_refuses_huge_files(self, tmp_path, monkeypatch):
        monkeypatch.setattr(rules_module, "MAX_PACK_BYTES", 100)
        big = tmp_path / "big.json"
        big.write_text(json.dumps({"format": 1, "rules": [], "pad": "x" * 200}), encoding="utf-8")
        with pytest.raises(RulePackError, match="at most 100 bytes"):
            RuleSet.load(big)

    def test_load_errors(self, tmp_path):
        bad = tmp_path / "bad.toml"
        bad.write_text("format = \n", encoding="utf-8")
        with pytest.raises(RulePackError, match="bad.toml"):
            RuleSet.load(bad)
        with pytest.raises(RulePackError, match="expected a .json or .toml file"):
            RuleSet.load(tmp_path / "pack.yaml")
        with pytest.raises(RulePackError, match="missing.json"):
            RuleSet.load(tmp_path / "missing.json")
