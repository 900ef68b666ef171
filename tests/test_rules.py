"""Tests for rules and RuleSet: validation, immutable operations, packs in JSON and TOML."""

from __future__ import annotations

import json
import pickle
import re

import pytest

from followup_kit import (
    Check,
    FunctionError,
    Layout,
    Phrasing,
    RulePackError,
    RuleSet,
    Situation,
    Stage,
    check,
    default_rules,
    field_is,
    predicate,
)
from followup_kit import rules as rules_module
from followup_kit.conditions import NamedFunction


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


def too_casual(text, _situation):
    """A custom check: flags "hey" as a greeting."""
    return [m.span() for m in re.finditer(r"\bhey\b", text, re.IGNORECASE)]


def is_formal(facts):
    return facts["tone"] == "formal"


def explodes(_text, _situation):
    return 1 // 0


def fails_half_way(_text, _situation):
    yield (0, 1)
    raise ValueError("lost my place")


def returns(value):
    """Make a module-level check function that returns *value* (for parametrising)."""
    return {
        "none": returns_none,
        "text": returns_text,
        "floats": returns_floats,
        "bools": returns_bools,
        "triples": returns_triples,
        "backwards": returns_backwards,
        "past the end": returns_past_the_end,
        "too many": returns_too_many,
    }[value]


def returns_none(_text, _situation):
    return None


def returns_text(_text, _situation):
    return "0-3"


def returns_floats(_text, _situation):
    return [(0.0, 3.0)]


def returns_bools(_text, _situation):
    return [(False, True)]


def returns_triples(_text, _situation):
    return [(0, 1, 2)]


def returns_backwards(_text, _situation):
    return [(3, 1)]


def returns_past_the_end(text, _situation):
    return [(0, len(text) + 1)]


def returns_too_many(_text, _situation):
    return ((0, 1) for _ in range(20_000))


FUNCTIONS = {"acme.too_casual": too_casual, "acme.is_formal": is_formal}

PACK = {
    "format": 1,
    "rules": [
        {
            "kind": "check",
            "id": "acme.check.casual",
            "category": "aloofness",
            "advice": ["L11"],
            "why": "A hiring manager reads 'hey' as too familiar.",
            "message": "Open with their name instead.",
            "function": "acme.too_casual",
            "when": {"predicate": "acme.is_formal"},
        },
        {
            "kind": "phrasing",
            "id": "acme.closing.formal",
            "section": "closing",
            "texts": ["Respectfully,"],
            "advice": ["T2"],
            "why": "House style.",
            "when": {
                "any": [{"field": "channel", "eq": "handwritten"}, {"predicate": "acme.is_formal"}]
            },
        },
    ],
}


def custom_check(function, **changes):
    fields = {
        "id": "acme.check.custom",
        "category": "negative",
        "advice": ["L11"],
        "why": "A house rule.",
        "message": "Reword this.",
        "function": function,
    }
    fields.update(changes)
    return Check(**fields)


class TestFunctions:
    def test_a_pack_names_allowed_functions(self):
        rules = RuleSet.from_dict(PACK, functions=FUNCTIONS)
        casual = rules["acme.check.casual"]
        assert too_casual is casual.function.function
        assert "acme.too_casual" == casual.function.name
        formal = Situation.from_dict({"stage": "thank_you", "tone": "formal"})
        found = check("Hey Sam, thanks for today.", formal, rules=rules)
        assert [("acme.check.casual", "Hey")] == [(f.rule_id, f.matched) for f in found]
        assert () == check("Hey Sam.", Situation.from_dict({"stage": "thank_you"}), rules=rules)

    def test_round_trip_by_name_pickle_and_hash(self):
        rules = RuleSet.from_dict(PACK, functions=FUNCTIONS)
        data = rules.to_dict()
        assert "acme.too_casual" == data["rules"][0]["function"]
        assert {"predicate": "acme.is_formal"} == data["rules"][0]["when"]
        assert PACK == data
        again = RuleSet.from_dict(json.loads(json.dumps(data)), functions=FUNCTIONS)
        assert rules == again
        assert hash(rules) == hash(again)
        assert rules == pickle.loads(pickle.dumps(rules))
        other = RuleSet.from_dict(PACK, functions={**FUNCTIONS, "acme.too_casual": explodes})
        assert rules != other

    def test_the_input_is_not_changed(self):
        data = json.loads(json.dumps(PACK))
        RuleSet.from_dict(data, functions=FUNCTIONS)
        assert PACK == data

    def test_rules_built_in_python(self):
        rule = custom_check(too_casual, when=predicate(is_formal))
        assert "test_rules.too_casual" == rule.to_dict()["function"]
        rules = RuleSet([rule])
        data = rules.to_dict()
        assert rules == RuleSet.from_dict(data, functions=[too_casual, is_formal])
        named = custom_check(NamedFunction("acme.too_casual", too_casual))
        assert "acme.too_casual" == named.to_dict()["function"]

    def test_load_with_functions(self, tmp_path):
        path = tmp_path / "acme.toml"
        path.write_text(
            "format = 1\n[[rules]]\nkind = 'check'\nid = 'acme.check.casual'\n"
            "category = 'aloofness'\nadvice = ['L11']\n"
            "why = \"A hiring manager reads 'hey' as too familiar.\"\n"
            "message = 'Open with their name instead.'\nfunction = 'acme.too_casual'\n"
            "when = {predicate = 'acme.is_formal'}\n",
            encoding="utf-8",
        )
        rules = RuleSet.load(path, functions=FUNCTIONS)
        assert RuleSet.from_dict({**PACK, "rules": PACK["rules"][:1]}, functions=FUNCTIONS) == rules

    @pytest.mark.parametrize(
        ("functions", "path", "message"),
        [
            (None, "rules[0] (acme.check.casual).when", "'acme.is_formal' is not allowed: no"),
            (
                {"acme.is_formal": is_formal},
                "rules[0] (acme.check.casual).function",
                "function 'acme.too_casual' is not allowed; the allowed functions are: acme.is",
            ),
            (
                {"acme.too_casual": too_casual},
                "rules[1] (acme.closing.formal).when",
                "any[1]: predicate 'acme.is_formal' is not allowed",
            ),
        ],
    )
    def test_a_name_the_caller_did_not_allow_is_refused(self, functions, path, message):
        with pytest.raises(RulePackError) as info:
            RuleSet.from_dict(PACK, source="acme.toml", functions=functions)
        assert str(info.value).startswith("invalid rule pack acme.toml:")
        assert path in dict(info.value.errors)
        assert message in dict(info.value.errors)[path]

    @pytest.mark.parametrize(
        ("function", "message"),
        [
            (lambda _text, _situation: [], "got a lambda"),
            (is_formal, "takes 2 positional arguments: the text and the situation"),
            ("acme.too_casual", "'acme.too_casual' is not allowed: no functions were passed"),
            ("not a name", "expected a dotted name"),
            (42, "expected a module-level function, got 42"),
        ],
    )
    def test_bad_functions_in_python(self, function, message):
        with pytest.raises(RulePackError, match=message) as info:
            custom_check(function)
        assert ["function"] == [p for p, _ in info.value.errors]

    def test_a_function_excludes_patterns_and_measures(self):
        with pytest.raises(RulePackError) as info:
            custom_check(too_casual, patterns=["hey"], measure="words", unless=["hey there"])
        assert ["patterns", "unless", "measure"] == [p for p, _ in info.value.errors]
        with pytest.raises(RulePackError, match="expected patterns, a measure or a function"):
            custom_check(None)

    @pytest.mark.parametrize(
        ("kind", "message"),
        [
            ("none", r"returned None; expected \(start, end\) pairs"),
            ("text", r"returned '0-3'; expected \(start, end\) pairs"),
            ("floats", r"returned \(0.0, 3.0\) as a span; expected \(start, end\) pairs of whole"),
            ("bools", r"returned \(False, True\) as a span"),
            ("triples", r"returned \(0, 1, 2\) as a span"),
            ("backwards", r"returned the span \(3, 1\), which is not within the text of 9"),
            ("past the end", r"returned the span \(0, 10\)"),
            ("too many", "returned more than 10000 spans"),
        ],
    )
    def test_bad_returns_name_the_rule(self, kind, message):
        rules = RuleSet([custom_check(returns(kind))])
        with pytest.raises(FunctionError, match=message) as info:
            check("Hey there", rules=rules)
        assert "acme.check.custom" == info.value.rule_id
        assert str(info.value).startswith("rule acme.check.custom: function 'test_rules.returns_")

    @pytest.mark.parametrize(
        ("function", "message"),
        [
            (explodes, "raised ZeroDivisionError: integer division or modulo by zero"),
            (fails_half_way, "raised ValueError: lost my place while giving its spans"),
        ],
    )
    def test_exceptions_name_the_rule(self, function, message):
        rules = RuleSet([custom_check(function)])
        with pytest.raises(FunctionError, match=message) as info:
            check("Hey there", rules=rules)
        error = info.value
        assert "acme.check.custom" == error.rule_id
        assert error.__cause__ is None and error.__suppress_context__
        again = pickle.loads(pickle.dumps(error))
        assert (str(error), error.rule_id) == (str(again), again.rule_id)

    def test_a_failing_predicate_names_the_rule(self):
        rules = RuleSet([custom_check(too_casual, when=predicate(says_yes))])
        with pytest.raises(FunctionError, match="rule acme.check.custom: function") as info:
            check("Hey there", Situation.from_dict({"stage": "thank_you"}), rules=rules)
        assert "returned 'yes'; a predicate returns True or False" == info.value.problem


def says_yes(_facts):
    return "yes"
