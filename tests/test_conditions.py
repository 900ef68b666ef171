"""Tests for declarative conditions."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given

from followup_kit import (
    ConditionError,
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
