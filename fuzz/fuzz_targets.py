"""
Coverage-guided fuzzing of the library's entry points with atheris (an optional tool).

Targets:
  situation  Situation.from_dict on JSON decoded from the fuzzer's bytes
  ruleset    RuleSet.from_dict on JSON decoded from the fuzzer's bytes
  check      check() on arbitrary text (any code points, lone surrogates included), in
             each language and under a few situations
  compose    compose() with a poisoned pack: the fuzzer's text as a phrasing template,
             and arbitrary details in the situation

Any exception other than the package's own errors is a crash: atheris stops and
prints the input. Run one target for N executions, seeded with the examples:

    pip install atheris
    python fuzz/fuzz_targets.py TARGET -atheris_runs=N fuzz/seeds/TARGET
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from followup_kit import (
        FollowupKitError,
        Phrasing,
        RuleSet,
        Situation,
        check,
        compose,
        default_rules,
    )

RULES = default_rules()
check("warm up", rules=RULES)
# Each poisoned pack builds a new rule set (and compiles its templates): keep it small.
THANK_YOU = RuleSet(
    r
    for r in RULES
    if r.kind in ("phrasing", "layout") and (not r.stages or "thank_you" in r.stages)
)


def _json(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError):
        return None


def situation(data: bytes) -> None:
    try:
        Situation.from_dict(_json(data))  # type: ignore[arg-type]  (fuzzing feeds anything)
    except FollowupKitError:
        pass


def ruleset(data: bytes) -> None:
    try:
        RuleSet.from_dict(_json(data))
    except FollowupKitError:
        pass


LANGUAGES = (None, "en", "de", "fr", "es")
SITUATIONS = (
    None,
    Situation.from_dict({"stage": "thank_you", "topics": ["the warehouse migration"]}),
    Situation.from_dict({"stage": "check_in", "channel": "text", "locale": "de_DE"}),
    Situation.from_dict({"stage": "offer_reply", "culture": "conservative", "locale": "es_MX"}),
)


def check_text(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[provider.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    situation = SITUATIONS[provider.ConsumeIntInRange(0, len(SITUATIONS) - 1)]
    text = provider.ConsumeUnicode(len(data))
    last = -1
    for finding in check(text, situation, RULES, language=language):
        if not 0 <= finding.start < finding.end <= len(text) or finding.start < last:
            raise AssertionError(f"span out of range or order: {finding}")
        last = finding.start


def compose_poisoned(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    template = provider.ConsumeUnicode(200)
    company = provider.ConsumeUnicode(100) or "x"
    try:
        poison = Phrasing(
            id="fuzz.recall.poison",
            section="recall",
            texts=[template],
            advice=["T6"],
            why="Fuzzing.",
            stages=["thank_you"],
            priority=9,
        )
        situation = Situation.from_dict(
            {
                "stage": "thank_you",
                "company": company,
                "role": "R",
                "topics": ["t"],
                "candidate": {"name": "A"},
                "interviewers": [{"name": "Sam Lee"}],
            }
        )
        compose(situation, THANK_YOU.add(poison), placeholders=True)
    except FollowupKitError:
        pass


TARGETS = {
    "situation": situation,
    "ruleset": ruleset,
    "check": check_text,
    "compose": compose_poisoned,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: fuzz_targets.py {'|'.join(TARGETS)} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
