"""Tests for declarative conditions."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given

from followup_kit import (
    ArgumentError,
    ConditionError,
    FunctionError,
    Situation,
    all_of,
    any_of,
    field_in,
    field_is,
    not_,
    present,
)
from followup_kit import conditions as c
from followup_kit.engine import facts_of
from strategies import conditions


def facts(**data):
    return facts_of(Situation.from_dict({"stage": "thank_you", **data}))


class TestFactories:
    def test_field_is(self):
        assert field_is("tone", "formal").holds(facts(tone="formal"))
        assert not field_is("tone", "formal").holds(facts(tone="casual"))

    def test_field_in(self):
        cond = field_in("culture", ["balanced", "passionate"])
        assert cond.holds(facts(culture="passionate"))
        assert not cond.holds(facts(culture="conservative"))

    def test_present(self):
        assert present("topics").holds(facts(topics=["x"]))
        assert not present("topics").holds(facts())
        assert not present("offer.respond_by").holds(facts(offer={"decision": "accept"}))

    def test_combinators(self):
        cond = all_of(field_is("tone", "formal"), not_(any_of(present("topics"))))
        assert cond.holds(facts(tone="formal"))
        assert not cond.holds(facts(tone="formal", topics=["x"]))
        assert all_of().holds(facts())
        assert not any_of().holds(facts())

    @pytest.mark.parametrize(
        ("build", "message"),
        [
            (lambda: field_is("colour", "red"), "unknown field 'colour'"),
            (lambda: field_is("tone", "loud"), "tone cannot be 'loud'"),
            (lambda: field_in("tone", []), "at least one value"),
            (lambda: present("nickname"), "unknown detail 'nickname'"),
        ],
    )
    def test_unknown_fields_and_values(self, build, message):
        with pytest.raises(ConditionError, match=message):
            build()

    def test_specificity(self):
        assert 0 == all_of().specificity
        assert 2 == all_of(field_is("tone", "formal"), present("topics")).specificity
        assert 1 == any_of(field_is("tone", "formal"), present("topics")).specificity
        assert 1 == not_(present("topics")).specificity

    def test_repr_and_describe(self):
        cond = any_of(field_is("tone", "formal"), present("topics"))
        assert "any_of(field_is('tone', 'formal'), present('topics'))" == repr(cond)
        assert "tone is formal or topics is given" == cond.describe()


class TestFromDict:
    @given(conditions)
    def test_round_trip(self, cond):
        """Every condition round-trips through plain data and pickles."""
        assert cond == c.from_dict(cond.to_dict())
        assert cond == pickle.loads(pickle.dumps(cond))
        assert hash(cond) == hash(c.from_dict(cond.to_dict()))

    def test_list_means_all(self):
        assert all_of(field_is("tone", "formal")) == c.from_dict(
            [{"field": "tone", "eq": "formal"}]
        )

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"field": "tone"}, "expected one of the forms"),
            ({"field": "tone", "eq": 3}, "eq: expected a string"),
            ({"field": "tone", "in": "formal"}, "in: expected a list of strings"),
            ({"field": "topics", "present": False}, "use 'not' for absence"),
            ({"all": [{"field": "tone", "eq": "loud"}]}, r"all\[0\]: tone cannot be 'loud'"),
            ({"any": {"field": "tone"}}, "any: expected a list"),
            ("tone", "expected a condition mapping"),
            ({"field": "tone", "eq": "formal", "x": 1}, "expected one of the forms"),
        ],
    )
    def test_errors_name_the_path(self, data, message):
        with pytest.raises(ConditionError, match=message):
            c.from_dict(data)

    def test_depth_and_size_are_bounded(self):
        deep: dict = {"field": "tone", "eq": "formal"}
        for _ in range(10_000):
            deep = {"not": deep}
        with pytest.raises(ConditionError, match="nest deeper than"):
            c.from_dict(deep)
        wide = {"any": [{"field": "tone", "eq": "formal"}] * 1000}
        with pytest.raises(ConditionError, match="at most"):
            c.from_dict(wide)


def is_senior(facts):
    """A predicate: a formal register, with more than one interviewer."""
    return facts["tone"] == "formal" and facts["several_interviewers"]


def says_maybe(_facts):
    return "maybe"


def explodes(_facts):
    raise KeyError("no such fact")


def writes(facts):
    facts["tone"] = "casual"  # the facts are read-only: this raises
    return True


def two_arguments(_facts, _other):
    return True


class Holder:
    @staticmethod
    def static(_facts):
        return True

    def method(self, _facts):
        return True


def make_closure():
    flag = True

    def inner(_facts):
        return flag

    return inner


class TestPredicates:
    def test_a_predicate_reads_the_facts(self):
        senior = c.predicate(is_senior)
        assert senior.holds(facts(tone="formal", interviewers=[{"name": "A"}, {"name": "B"}]))
        assert not senior.holds(facts(tone="formal", interviewers=[{"name": "A"}]))
        assert "predicate('test_conditions.is_senior')" == repr(senior)
        assert "test_conditions.is_senior holds" == senior.describe()
        assert 1 == senior.specificity
        assert 2 == all_of(senior, present("topics")).specificity

    def test_round_trip_by_name_pickle_and_hash(self):
        cond = all_of(field_is("tone", "formal"), c.predicate(is_senior, name="acme.is_senior"))
        data = cond.to_dict()
        assert {"predicate": "acme.is_senior"} == data["all"][1]
        again = c.from_dict(data, functions={"acme.is_senior": is_senior})
        assert cond == again
        assert hash(cond) == hash(again)
        assert cond == pickle.loads(pickle.dumps(cond))
        assert cond != c.from_dict(data, functions={"acme.is_senior": says_maybe})

    def test_a_list_of_functions_names_them_by_module(self):
        cond = c.from_dict({"predicate": "test_conditions.is_senior"}, functions=[is_senior])
        assert c.predicate(is_senior) == cond

    @pytest.mark.parametrize(
        ("data", "functions", "message"),
        [
            ({"predicate": "acme.is_senior"}, None, "no functions were passed"),
            (
                {"not": {"predicate": "acme.other"}},
                {"acme.is_senior": is_senior},
                r"not: predicate 'acme.other' is not allowed; the allowed functions are: acme\.is",
            ),
            ({"predicate": "os.system"}, [is_senior], "'os.system' is not allowed"),
            ({"predicate": ["x"]}, None, "expected a dotted name"),
            ({"predicate": "a b"}, None, "expected a dotted name"),
            ({"predicate": "x", "field": "tone"}, None, "expected one of the forms"),
            ({"predicate": "acme.two"}, {"acme.two": two_arguments}, "takes 1 positional"),
        ],
    )
    def test_only_allowed_names_are_read(self, data, functions, message):
        with pytest.raises(ConditionError, match=message):
            c.from_dict(data, functions=functions)

    @pytest.mark.parametrize(
        ("function", "message"),
        [
            (lambda _facts: True, "got a lambda"),
            (make_closure(), "defined inside a function"),
            (Holder.static, "defined in a class"),
            (Holder().method, "got a bound method"),
            (print, "expected a module-level function, got <built-in"),
            (Holder, "expected a module-level function"),
            (two_arguments, "takes 1 positional argument"),
        ],
    )
    def test_only_module_level_functions_are_accepted(self, function, message):
        with pytest.raises(ConditionError, match=message):
            c.predicate(function)
        if message != "takes 1 positional argument":
            with pytest.raises(ArgumentError, match=message):
                c.from_dict({"predicate": "acme.f"}, functions={"acme.f": function})

    def test_bad_allow_lists_are_refused(self):
        with pytest.raises(ArgumentError, match="expected a dotted name"):
            c.from_dict(ALWAYS_DATA, functions={"not a name": is_senior})
        with pytest.raises(ArgumentError, match="expected a mapping of names to functions"):
            c.from_dict(ALWAYS_DATA, functions="test_conditions.is_senior")

    @pytest.mark.parametrize(
        ("function", "message"),
        [
            (says_maybe, "returned 'maybe'; a predicate returns True or False"),
            (explodes, "raised KeyError: 'no such fact'"),
            (writes, "raised TypeError: 'mappingproxy' object does not support item"),
        ],
    )
    def test_failures_become_function_errors(self, function, message):
        cond = c.predicate(function)
        with pytest.raises(FunctionError, match=message) as info:
            cond.holds(facts())
        error = info.value
        chained = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        assert chained is None  # no traceback from inside the function is chained on
        assert "" == info.value.rule_id


ALWAYS_DATA: dict = {"all": []}


def test_a_failing_predicate_in_compose_names_the_rule():
    from followup_kit import Phrasing, Situation, compose, default_rules  # noqa: PLC0415

    rule = Phrasing(
        id="acme.thanks.flaky",
        section="thanks",
        texts=["Thank you for your time."],
        advice=["T11"],
        why="A wording behind a predicate that fails.",
        stages=["thank_you"],
        when=c.predicate(explodes),
    )
    situation = Situation.from_dict(
        {"stage": "thank_you", "candidate": {"name": "Ana Ruiz"}, "role": "Analyst"}
    )
    with pytest.raises(FunctionError, match="rule acme.thanks.flaky: function") as info:
        compose(situation, default_rules().add(rule), placeholders=True)
    assert info.value.rule_id == "acme.thanks.flaky"
