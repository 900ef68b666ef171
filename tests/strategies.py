"""Hypothesis strategies shared by the tests: situations, conditions and JSON-like data."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from followup_kit import (
    Candidate,
    Channel,
    Contact,
    Culture,
    EmployerSize,
    Fit,
    Interviewer,
    Offer,
    OfferDecision,
    Outcome,
    Promise,
    Situation,
    Stage,
    Tone,
    ValueAdd,
)
from followup_kit import conditions as c

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30
).filter(lambda s: s.strip())
dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
days = st.integers(min_value=0, max_value=366)
locales = st.sampled_from(["en_US", "en_GB", "en", "de", "de_AT", "fr_FR", "es_MX"])


def _opt(strategy):
    return st.none() | strategy


interviewers = st.builds(
    Interviewer,
    name=text,
    title=_opt(text),
    salutation=_opt(text),
    topics=st.lists(text, max_size=2).map(tuple),
)


@st.composite
def situations(draw, stage=None):
    """Any valid Situation."""
    interview = draw(_opt(dates))
    decision = draw(_opt(dates))
    if interview and decision and decision < interview:
        decision = interview
    use_days = decision is None and draw(st.booleans())
    return Situation(
        stage=stage or draw(st.sampled_from(Stage)),
        tone=draw(st.sampled_from(Tone)),
        culture=draw(st.sampled_from(Culture)),
        outcome=draw(st.sampled_from(Outcome)),
        channel=draw(st.sampled_from(Channel)),
        locale=draw(locales),
        candidate=draw(_opt(st.builds(Candidate, name=text, email=_opt(text), phone=_opt(text)))),
        company=draw(_opt(text)),
        role=draw(_opt(text)),
        interviewers=tuple(draw(st.lists(interviewers, max_size=3))),
        interview_date=interview,
        topics=tuple(draw(st.lists(text, max_size=3))),
        strengths=tuple(draw(st.lists(text, max_size=3))),
        next_step=draw(_opt(text)),
        decision_date=decision,
        decision_days=draw(days) if use_days else None,
        callback_days=draw(_opt(days)),
        promised=tuple(draw(st.lists(st.builds(Promise, item=text, due=_opt(dates)), max_size=2))),
        value_add=draw(_opt(st.builds(ValueAdd, problem=text, offer=text))),
        last_contact=draw(_opt(dates)),
        sent_on=draw(_opt(dates)),
        employer_size=draw(_opt(st.sampled_from(EmployerSize))),
        contact=draw(_opt(st.builds(Contact, name=text, relation=_opt(text)))),
        offer=draw(
            _opt(st.builds(Offer, decision=st.sampled_from(OfferDecision), respond_by=_opt(dates)))
        ),
        fit=draw(_opt(st.sampled_from(Fit))),
        reason=draw(_opt(text)),
    )


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(["thank_you", "formal", "2026-11-20", "en_US", "", " "])
)
json_like = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["stage", "tone", "name", "topics", "interviewers", "x"])
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)
situation_like = st.fixed_dictionaries(
    {},
    optional={
        "stage": json_like | st.sampled_from([s.value for s in Stage]),
        "tone": json_like,
        "culture": json_like,
        "channel": json_like,
        "locale": json_like,
        "candidate": json_like,
        "interviewers": json_like,
        "interview_date": json_like,
        "topics": json_like,
        "decision_days": json_like,
        "offer": json_like,
        "unknown": json_like,
    },
)

leaf_conditions = (
    st.sampled_from(sorted(c.FIELDS)).flatmap(
        lambda f: st.sampled_from(c.FIELDS[f]).map(lambda v: c.field_is(f, v))
    )
    | st.sampled_from(sorted(c.FIELDS)).flatmap(
        lambda f: st.lists(st.sampled_from(c.FIELDS[f]), min_size=1, max_size=3).map(
            lambda vs: c.field_in(f, vs)
        )
    )
    | st.sampled_from(c.DETAILS).map(c.present)
)
conditions = st.recursive(
    leaf_conditions,
    lambda children: (
        st.lists(children, max_size=3).map(lambda cs: c.all_of(*cs))
        | st.lists(children, max_size=3).map(lambda cs: c.any_of(*cs))
        | children.map(c.not_)
    ),
    max_leaves=10,
)
