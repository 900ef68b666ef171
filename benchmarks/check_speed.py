"""
How fast check() scans text, measured side by side in one run.

On the same ~1 MB of follow-up text (the development corpus, repeated), it times:

- check() with the default rules;
- proselint 0.16's checker (all its default checks);
- the naive way: one plain ``re`` alternation of the default rules' phrase list;
- the practical ceiling: one google-re2 scan of the same phrase list;

then check() on 10 MB, for the 10 MB / 1 MB ratio. Medians of repeated runs; the
machines are noisy, so the ratios are what count.

    pip install -e '.[bench]' && python benchmarks/check_speed.py [--repeat 3] [--mb 1]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

from followup_kit import Check, check, default_rules
from followup_kit._matcher import _parse
from followup_kit.check import _mask

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
TARGETS = {"proselint": 100.0, "naive": 1.0, "re2": 10.0, "scale": 11.0}


def corpus_text(size: int) -> str:
    texts = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("en_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # One long text that is checked whole: keep each message's own words, up to its
    # quoted reply or signature, since check() skips everything after the first of those.
    block = "\n\n".join(t[: len(_mask(t).rstrip())] for t in texts)
    return (block * (size // len(block) + 1))[:size]


def phrase_regex() -> str:
    """
    The English checks' phrases as one alternation, gaps and stems spelled out with \\b.

    The text is English, and check() runs only the English checks on it, so the other
    languages' phrases are left out of every comparison.
    """
    parts = []
    for rule in default_rules():
        if not isinstance(rule, Check) or (rule.languages and "en" not in rule.languages):
            continue
        for pattern in rule.patterns:
            atoms, gaps = _parse(pattern)
            pieces = []
            for position, alternatives in enumerate(atoms):
                words = "|".join(
                    re.escape(w) + (r"\w*" if stem else "") for w, stem in alternatives
                )
                if position:
                    gap = gaps[position]
                    pieces.append(rf"\W+(?:\w+\W+){{0,{gap}}}" if gap else r"\W+")
                pieces.append(f"(?:{words})")
            parts.append("".join(pieces))
    return r"\b(?:" + "|".join(parts) + r")\b"


def re2_scanner(pattern: str):
    """The phrase alternation compiled by google-re2, case-insensitive; None without re2."""
    try:
        import re2  # google-re2
    except ImportError:
        return None
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.max_mem = 1 << 30  # the phrase list is larger than re2's default budget
    return re2.compile(pattern, options)


def timed(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the main text in MB")
    parser.add_argument("--skip-proselint", action="store_true")
    args = parser.parse_args()

    size = int(args.mb * 1_000_000)
    text = corpus_text(size)
    big = corpus_text(size * 10)
    rules = default_rules()
    check("warm up", rules=rules)
    pattern = phrase_regex()
    naive = re.compile(pattern, re.IGNORECASE)

    rows: list[tuple[str, float]] = []
    t_check = timed(lambda: check(text, rules=rules), args.repeat)
    rows.append(("check(), default rules", t_check))
    t_naive = timed(lambda: sum(1 for _ in naive.finditer(text)), args.repeat)
    rows.append(("re: plain alternation of the phrases", t_naive))
    t_re2 = None
    compiled = re2_scanner(pattern)
    if compiled is None:
        print("google-re2 is not installed: pip install -e '.[bench]'")
    else:
        t_re2 = timed(lambda: sum(1 for _ in compiled.finditer(text)), args.repeat)
        rows.append(("google-re2: one scan of the phrases", t_re2))
    t_prose = None
    if not args.skip_proselint:
        try:
            from proselint.checks import __register__
            from proselint.config import DEFAULT
            from proselint.registry import CheckRegistry
            from proselint.tools import LintFile

            CheckRegistry().register_many(__register__)
            config = {**DEFAULT, "max_errors": 10**9}
            t_prose = timed(lambda: LintFile("bench", text).lint(config), 1)
            rows.append(("proselint 0.16, default checks", t_prose))
        except ImportError:
            print("proselint is not installed: pip install -e '.[bench]'")
    t_big = timed(lambda: check(big, rules=rules), max(1, args.repeat // 2))
    rows.append((f"check(), {len(big) / 1e6:.0f} MB", t_big))

    mb = len(text) / 1e6
    print(f"\ncheck() speed on {mb:.1f} MB of follow-up text (median of {args.repeat})")
    print(f"{'what':<40}{'seconds':>10}{'MB/s':>10}")
    for name, seconds in rows:
        megabytes = len(big) / 1e6 if name.endswith("MB") else mb
        print(f"{name:<40}{seconds:>10.3f}{megabytes / seconds:>10.1f}")
    print("\nratios                                      value    target")
    if t_prose:
        value = t_prose / t_check
        print(
            f"{'proselint time / check() time':<40}{value:>10.1f}   >= {TARGETS['proselint']:.0f}"
        )
    value = t_naive / t_check
    print(f"{'naive re time / check() time':<40}{value:>10.2f}   > {TARGETS['naive']:.0f}")
    if t_re2:
        value = t_check / t_re2
        print(f"{'check() time / re2 time':<40}{value:>10.2f}   <= {TARGETS['re2']:.0f}")
    value = t_big / t_check
    print(f"{'check() 10 MB time / 1 MB time':<40}{value:>10.2f}   <= {TARGETS['scale']:.0f}")


if __name__ == "__main__":
    main()
