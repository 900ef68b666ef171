"""
Attacks on the library through rule packs, situations and drafts, and what each gets.

Untrusted input is plain data: a rule pack (JSON, TOML or a dict), a situation, a draft.
Each attack below asserts the answer it gets now: a RulePackError, SituationError or
ConditionError naming the path, or a result within bounded time. Attacks other test
files already cover are listed here and not repeated:

* template escapes through attributes, filters, calls, loops, multiplication, includes,
  syntax errors and size: ``tests/test_rules.py::TestPhrasing::test_templates_are_restricted``
* 10,000-deep and 1,000-wide conditions: ``tests/test_conditions.py`` (depth and size)
* 100,000-deep situations: ``tests/test_situation.py`` (absurd nesting), and through the
  command line, in JSON and TOML: ``tests/test_cli.py::TestErrors``
* lone surrogates in situations: ``tests/test_situation.py`` (no silent coercion)
* hostile drafts (a million-character word, NUL bytes, lone surrogates, floods of
  anchors and sentences): ``tests/test_check.py::TestHostileText``
* a message longer than 100,000 characters: ``tests/test_compose.py``
* functions a pack names without the caller's leave, bad returns and exceptions of the
  caller's functions: ``tests/test_rules.py::TestFunctions``, ``tests/test_conditions.py``
"""

from __future__ import annotations

import json
import time

import pytest
from jinja2.exceptions import SecurityError, TemplateAssertionError

from followup_kit import (
    ArgumentError,
    Check,
    RulePackError,
    RuleSet,
    Situation,
    _matcher,
    _template,
    check,
    compose,
)
from followup_kit.rules import MAX_PACK_BYTES, MAX_PATTERNS, MAX_RULES


def pack(*rules):
    return {"format": 1, "rules": list(rules)}


def phrasing(**changes):
    rule = {
        "kind": "phrasing",
        "id": "evil.closing.x",
        "section": "closing",
        "texts": ["Regards,"],
        "advice": ["T2"],
        "why": "w",
    }
    return {**rule, **changes}


def a_check(**changes):
    rule = {
        "kind": "check",
        "id": "evil.check.x",
        "category": "negative",
        "advice": ["L11"],
        "why": "w",
        "message": "m",
        "patterns": ["need*"],
    }
    return {**rule, **changes}


def refused(data, path, message, **kwargs):
    """Assert the pack is refused with *message* at *path*; return the error."""
    with pytest.raises(RulePackError) as info:
        RuleSet.from_dict(data, **kwargs)
    problems = dict(info.value.errors)
    assert path in problems, info.value.errors
    assert message in problems[path], problems[path]
    return info.value


def within(seconds, started):
    assert time.perf_counter() - started < seconds  # a hang guard, not a benchmark


class TestTemplates:
    @pytest.mark.parametrize(
        ("template", "node"),
        [
            ("{{ ''.__class__ }}", "Getattr"),
            ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "Call"),
            ("{{ company|attr('__class__') }}", "Filter"),
            ("{{ '%s' % company }}", "Mod"),
            ("{{ '{0.__class__}'.format(company) }}", "Call"),
            ("{{ company.format }}", "Getattr"),
            ("{{ company['__class__'] }}", "Getitem"),
            ("{% for x in range(10**9) %}x{% endfor %}", "For"),
            ("{{ 'x' * 1000000000 }}", "Mul"),
            ("{{ 9 ** 9 ** 9 }}", "Pow"),
            ("{% include '/etc/passwd' %}", "Include"),
            ("{% import 'os' as os %}", "Import"),
            ("{% from 'os' import system %}", "FromImport"),
            ("{% extends 'base.html' %}", "Extends"),
            ("{% set x = company %}", "Assign"),
            ("{% macro m() %}{% endmacro %}", "Macro"),
            ("{% if company %}x{% endif %}", "If"),
        ],
    )
    def test_escapes_are_refused_when_read(self, template, node):
        refused(pack(phrasing(texts=[template])), "rules[0] (evil.closing.x).texts[0]", node)

    @pytest.mark.parametrize("name", ["self", "range", "lipsum", "cycler", "namespace", "config"])
    def test_only_the_vocabulary_is_in_scope(self, name):
        refused(
            pack(phrasing(texts=[f"{{{{ {name} }}}}"])),
            "rules[0] (evil.closing.x).texts[0]",
            f"unknown template variable {name!r}",
        )

    @pytest.mark.parametrize(
        ("template", "error"),
        [
            ("{{ ''.__class__ }}", SecurityError),
            ("{{ [].append(1) }}", SecurityError),
            ("{{ 'a'|attr('upper') }}", TemplateAssertionError),
            ("{{ range(3) }}", Exception),
        ],
    )
    def test_the_sandbox_refuses_them_too(self, template, error):
        """Behind the syntax check, the environment has no globals or filters and is sandboxed."""
        with pytest.raises(error):
            _template.make_environment().from_string(template).render()


def hostile_words(count):
    return " ".join(["need", "this", "job"] * (count // 3))


class TestPatterns:
    @pytest.mark.parametrize(
        ("pattern", "message"),
        [
            ("(a+)+$", "is not a word"),
            ("(need|need)*", "is not a word"),
            (".*.*.*=", "is not a word"),
            ("ne*", "a stem needs at least 3 letters"),
            ("a ~5 b", "a gap may skip at most 4 words"),
            ("~4 a", "cannot start with a gap"),
            ("a ~4 ~4 b", "two gaps in a row"),
            ("a ~4 b ~4 c ~4 d ~4 e", "more than 256 ways"),
            ("a b c d e f g h i", "at most 8 words"),
            ("x" * 601, "at most 600 characters"),
            ("caf\u0301" * 3, "is not a word"),
        ],
    )
    def test_shapes_outside_the_language_are_refused(self, pattern, message):
        refused(pack(a_check(patterns=[pattern])), "rules[0] (evil.check.x).patterns[0]", message)

    @pytest.mark.parametrize(
        "pattern",
        [
            "need* ~3 need* ~3 need* ~3 need* ~3 job*",  # 4**4 = 256 paths: at the limit
            "need ~4 this|job ~4 need* ~4 job",  # 5**3 = 125 paths
            "job|this|need ~1 job|this|need ~1 job|this|need ~1 job|this|need ~1 job|this|need",
        ],
    )
    def test_patterns_at_the_limits_scan_in_linear_time(self, pattern):
        assert _matcher.pattern_problem(pattern) is None
        rules = RuleSet.from_dict(pack(a_check(patterns=[pattern])))
        started = time.perf_counter()
        found = check(hostile_words(150_000), rules=rules)
        within(5, started)
        assert found

    def test_ten_thousand_patterns(self):
        """One check may hold 500 patterns; 20 checks of 500 make 10,000 and still scan fast."""
        many = [f"w{n:05d} ~2 need*" for n in range(10_000)]
        refused(pack(a_check(patterns=many)), "rules[0] (evil.check.x).patterns", "at most 500")
        rules = RuleSet.from_dict(
            pack(
                *(
                    a_check(id=f"evil.check.x{k}", patterns=many[k::20])
                    for k in range(10_000 // MAX_PATTERNS)
                )
            )
        )
        started = time.perf_counter()
        text = " ".join(f"w{n:05d} and need" for n in range(0, 10_000, 7))
        found = check(text, rules=rules)
        within(15, started)
        assert 1 + 9_999 // 7 == len(found)


class TestSizes:
    def test_a_file_over_the_limit_is_not_read(self, tmp_path):
        path = tmp_path / "huge.json"
        with path.open("wb") as handle:
            handle.truncate(MAX_PACK_BYTES + 1)  # 20 MB of nothing, never read
        with pytest.raises(RulePackError, match="at most 20000000 bytes, got 20000001"):
            RuleSet.load(path)

    def test_too_many_rules(self):
        many = [phrasing(id=f"evil.closing.x{n}") for n in range(MAX_RULES + 1)]
        with pytest.raises(RulePackError, match="expected at most 20000 rules, got 20001"):
            RuleSet.from_dict(pack(*many))

    @pytest.mark.parametrize(
        ("name", "text"),
        [
            ("deep.json", '{"format": 1, "rules": ' + "[" * 100_000 + "]" * 100_000 + "}"),
            ("deep.toml", "format = 1\nrules = " + "[" * 100_000 + "]" * 100_000 + "\n"),
        ],
    )
    def test_100000_deep_files(self, tmp_path, name, text):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(RulePackError) as info:
            RuleSet.load(path)
        assert name in str(info.value)

    def test_100000_deep_data(self):
        deep: object = {"field": "tone", "eq": "formal"}
        nested: object = ["x"]
        for _ in range(100_000):
            deep = {"not": deep}
            nested = [nested]
        refused(pack(phrasing(when=deep)), "rules[0] (evil.closing.x).when", "nest deeper than 12")
        refused(
            pack(phrasing(texts=nested)),
            "rules[0] (evil.closing.x).texts[0]",
            "expected a non-empty string, got [[[...]]]",
        )

    def test_an_error_message_stays_small(self):
        """Every bad value is shown through a bounded repr."""
        error = refused(
            pack(phrasing(section="x" * 1_000_000)),
            "rules[0] (evil.closing.x).section",
            "expected a lower-case section name",
        )
        assert len(str(error)) < 500


UNSAFE = {
    "NUL": "\x00",
    "escape": "\x1b[2J",
    "carriage return": "\r",
    "right-to-left override": "\u202e",
    "left-to-right isolate": "\u2066",
    "lone surrogate": "\ud800",
}


class TestUnicode:
    @pytest.mark.parametrize("name", sorted(UNSAFE))
    @pytest.mark.parametrize(
        ("rule", "path"),
        [
            (lambda bad: phrasing(texts=[f"Regards,{bad}"]), "texts[0]"),
            (lambda bad: phrasing(why=f"w{bad}"), "why"),
            (lambda bad: a_check(message=f"m{bad}"), "message"),
            (lambda bad: a_check(suggestion=f"s{bad}"), "suggestion"),
        ],
    )
    def test_packs_cannot_smuggle_control_characters(self, name, rule, path):
        data = rule(UNSAFE[name])
        error = refused(pack(data), f"rules[0] ({data['id']}).{path}", "expected")
        assert UNSAFE[name] not in str(error)

    def test_rules_built_in_python_are_held_to_the_same(self):
        with pytest.raises(RulePackError, match="U\\+202E"):
            Check(
                id="evil.check.x",
                category="negative",
                advice=["L11"],
                why="w",
                message="Fine\u202e.enif",
                patterns=["need"],
            )

    @pytest.mark.parametrize(
        ("value", "path"),
        [
            ("evil.check.x\ud800", ".id"),
            ("need\ud800", ".patterns[0]"),
            ("need\x00", ".patterns[0]"),
        ],
    )
    def test_ids_and_patterns(self, value, path):
        field = path.lstrip(".").split("[")[0]
        data = a_check(**{field: [value] if field == "patterns" else value})
        with pytest.raises(RulePackError) as info:
            RuleSet.from_dict(pack(data))
        assert any(p.endswith(path) for p, _ in info.value.errors)

    def test_a_combining_flood_stays_within_the_template_limit(self):
        flood = "e" + "\u0301" * 1999
        assert RuleSet.from_dict(pack(phrasing(texts=[flood])))
        refused(
            pack(phrasing(texts=[flood + "\u0301"])), "rules[0] (evil.closing.x).texts[0]", "2000"
        )

    def test_situations_keep_the_callers_own_text(self):
        """A situation is the caller's own data: odd text is kept as given, never run."""
        company = "Acme\u202e\x00" + "\u0301" * 10_000
        situation = Situation.from_dict(
            {
                "stage": "thank_you",
                "company": company,
                "role": "{{ ''.__class__ }}",
                "topics": ["{% include 'x' %}"],
                "candidate": {"name": "Ana"},
                "interviewers": [{"name": "Sam Lee"}],
            }
        )
        body = compose(situation).body
        assert company in body and "{{ ''.__class__ }}" in body

    @pytest.mark.parametrize(
        "draft",
        [
            "I really \u202eneed this job\u202c, please." * 20_000,
            "need" + "\u0301" * 1_000_000 + " this job",
            "\u2066I need\u2069 this job\x00" * 30_000,
        ],
        ids=["bidi overrides", "combining flood", "isolates and NUL"],
    )
    def test_drafts(self, draft):
        started = time.perf_counter()
        found = check(draft, Situation.from_dict({"stage": "check_in"}))
        within(10, started)
        for f in found:
            assert draft[f.start : f.end] == f.matched


def too_casual(text, _situation):
    return [(0, min(3, len(text)))]


class TestFunctions:
    @pytest.mark.parametrize(
        ("data", "path", "message"),
        [
            (
                a_check(patterns=[], function="os.system"),
                "rules[0] (evil.check.x).function",
                "'os.system' is not allowed; the allowed functions are: acme.too_casual",
            ),
            (
                a_check(patterns=[], function="acme.too_casual.__globals__"),
                "rules[0] (evil.check.x).function",
                "'acme.too_casual.__globals__' is not allowed",
            ),
            (
                a_check(patterns=[], function="__import__('os').system"),
                "rules[0] (evil.check.x).function",
                "expected a dotted name",
            ),
            (
                a_check(when={"predicate": "builtins.eval"}),
                "rules[0] (evil.check.x).when",
                "'builtins.eval' is not allowed",
            ),
            (
                a_check(patterns=[], measure="__class__"),
                "rules[0] (evil.check.x).measure",
                "unknown",
            ),
            (phrasing(kind="__class__"), "rules[0] (evil.closing.x).kind", "expected one of"),
        ],
    )
    def test_a_pack_reaches_only_what_the_caller_allows(self, data, path, message):
        refused(pack(data), path, message, functions={"acme.too_casual": too_casual})

    def test_a_pack_from_a_file_names_a_function(self, tmp_path):
        path = tmp_path / "evil.json"
        path.write_text(json.dumps(pack(a_check(patterns=[], function="os.system"))), "utf-8")
        with pytest.raises(RulePackError) as info:
            RuleSet.load(path)
        assert str(info.value).startswith(f"invalid rule pack {path}: 1 problem")
        assert "rules[0] (evil.check.x).function: function 'os.system' is not allowed" in str(
            info.value
        )

    @pytest.mark.parametrize(
        ("functions", "message"),
        [
            ({"x.eval": eval}, "expected a module-level function, got <built-in function eval>"),
            ({"x.f": lambda _t, _s: []}, "got a lambda"),
            ({"x.f": "os.system"}, "expected a module-level function, got 'os.system'"),
            ("os.system", "expected a mapping of names to functions"),
        ],
    )
    def test_the_allow_list_holds_only_module_level_functions(self, functions, message):
        with pytest.raises(ArgumentError, match=message):
            RuleSet.from_dict(pack(), functions=functions)
