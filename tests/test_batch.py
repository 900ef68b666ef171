"""Batch jobs: every public value pickles, and work spreads over processes, threads or Dask."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import pickle

import pytest

from followup_kit import Situation, check, compose, default_rules, plan
from followup_kit.findings import Finding

SITUATION = Situation.from_dict(
    {
        "stage": "thank_you",
        "candidate": {"name": "Ana Ruiz"},
        "company": "Northwind Traders",
        "role": "Data Analyst",
        "interviewers": [{"name": "Sam Lee"}, {"name": "Priya Natarajan"}],
        "topics": ["the new warehouse"],
        "interview_date": "2026-11-20",
    }
)
DRAFTS = [
    "I really need this job, please.",
    "Thank you for the conversation about the warehouse.",
    "I need an answer by Friday!!!",
] * 20


def variant_body(variant: int) -> str:
    return compose(SITUATION, variant=variant).body


def test_public_values_pickle():
    rules = default_rules()
    message = compose(SITUATION)
    findings = check(DRAFTS[0])
    timeline = plan(SITUATION, today=dt.date(2026, 11, 20))
    for value in (SITUATION, rules, message, findings, timeline, message.trace[0]):
        assert value == pickle.loads(pickle.dumps(value))
    assert isinstance(pickle.loads(pickle.dumps(findings))[0], Finding)
    again = pickle.loads(pickle.dumps(rules))
    assert check(DRAFTS[0], rules=again) == findings


def test_processes_give_the_same_messages():
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        bodies = list(pool.map(variant_body, range(8)))
    assert [variant_body(v) for v in range(8)] == bodies


def test_threads_share_one_rule_set():
    rules = default_rules()
    expected = [check(d, rules=rules) for d in DRAFTS]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(lambda d: check(d, rules=rules), DRAFTS))
    assert expected == found


def test_dask_bag_on_the_local_scheduler():
    bag = pytest.importorskip("dask.bag")
    results = bag.from_sequence(DRAFTS, npartitions=4).map(check).compute(scheduler="sync")
    assert [check(d) for d in DRAFTS] == list(results)
