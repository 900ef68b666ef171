"""
How well check() does on the labelled development corpus (tests/data/corpus/*.jsonl).

Prints precision and recall per category (message level: a category counts as found
when check() reports it anywhere in the message), then over whole messages: problem
recall (messages with a problem where check() finds at least one of the labelled
categories) and the false-alarm rate (clean whole messages with any finding).

Fragments are single sentences, so message-level categories (too_long, generic) are not
scored on them. The corpus is split by id into two halves, "train" and "dev", both open
to whoever tunes the rules. A third set, tests/data/blind/, was written apart from the
rules by a writer who never saw them, and is never read while tuning: its figures are
the estimate for messages nobody has seen, so --show refuses it.

    python benchmarks/check_quality.py [--split all|train|dev|blind] [--lang en]
                                       [--show CATEGORY]
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter
from pathlib import Path

from followup_kit import Category, Situation, check

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = DATA / "corpus"
BLIND = DATA / "blind"
MESSAGE_LEVEL = {"too_long", "generic"}
TARGET_PRECISION, TARGET_RECALL, TARGET_FALSE_ALARMS, MIN_SUPPORT = 0.90, 0.85, 0.05, 15


def load(split: str, lang: str | None, files: str = "*.jsonl") -> list[dict]:
    rows = []
    folder = BLIND if split == "blind" else CORPUS
    for path in sorted(folder.glob(files)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if lang and row.get("lang", "en") != lang:
                continue
            half = "train" if zlib.crc32(row["id"].encode()) % 2 == 0 else "dev"
            if split in ("all", "blind", half):
                rows.append(row)
    return rows


def situation_of(row: dict) -> Situation:
    data = {"stage": row["stage"], "channel": row.get("channel", "email")}
    data.update(row.get("situation") or {})
    return Situation.from_dict(data)


def predict(row: dict) -> set[str]:
    found = {f.category.value for f in check(row["text"], situation_of(row))}
    if row.get("kind") == "fragment":
        found -= MESSAGE_LEVEL
    return found


def evaluate(rows: list[dict], show: str | None = None) -> dict:
    tp, fp, fn, support = Counter(), Counter(), Counter(), Counter()
    clean_total = clean_alarms = problem_total = problem_found = 0
    for row in rows:
        gold = set(row["labels"]) - {"none"}
        if row.get("kind") == "fragment":
            gold -= MESSAGE_LEVEL
        got = predict(row)
        for category in Category:
            c = category.value
            support[c] += c in gold
            if c in gold and c in got:
                tp[c] += 1
            elif c in got:
                fp[c] += 1
                if show == c:
                    print(f"  FP {row['id']}: {row['text'][:300]!r}")
            elif c in gold:
                fn[c] += 1
                if show == c:
                    print(f"  FN {row['id']}: {row['text'][:300]!r}")
        if row.get("kind") != "fragment" and not gold:
            clean_total += 1
            clean_alarms += bool(got)
            if show == "clean" and got:
                print(f"  alarm {row['id']} {sorted(got)}: {row['text'][:300]!r}")
        if gold:
            problem_total += 1
            problem_found += bool(gold & got)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": support,
        "clean_total": clean_total,
        "clean_alarms": clean_alarms,
        "problem_total": problem_total,
        "problem_found": problem_found,
    }


def report(result: dict, title: str) -> bool:
    print(f"\n{title}")
    print(f"{'category':<20}{'support':>8}{'precision':>11}{'recall':>9}  target")
    ok = True
    for category in Category:
        c = category.value
        tp, fp, fn = result["tp"][c], result["fp"][c], result["fn"][c]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        scored = result["support"][c] >= MIN_SUPPORT
        met = precision >= TARGET_PRECISION and recall >= TARGET_RECALL
        ok &= met or not scored
        mark = ("met" if met else "MISSED") if scored else "(few examples)"
        print(f"{c:<20}{result['support'][c]:>8}{precision:>11.2f}{recall:>9.2f}  {mark}")
    pr = result["problem_found"] / max(result["problem_total"], 1)
    fa = result["clean_alarms"] / max(result["clean_total"], 1)
    ok &= fa <= TARGET_FALSE_ALARMS
    print(f"problem recall (messages with a problem): {pr:.2f} of {result['problem_total']}")
    print(
        f"false-alarm rate (clean whole messages): {fa:.3f} of {result['clean_total']}"
        f"  target <= {TARGET_FALSE_ALARMS}"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", "train", "dev", "blind"), default="all")
    parser.add_argument("--lang", default="en", help="the language of the rows to score")
    parser.add_argument(
        "--show", default=None, help="print misses and false alarms of a category (or 'clean')"
    )
    parser.add_argument("--files", default="*.jsonl", help="which corpus files (a glob)")
    args = parser.parse_args()
    if args.split == "blind" and args.show:
        parser.error("the blind set gives figures only: --show would let it guide the rules")
    splits = ["train", "dev", "all"] if args.split == "all" else [args.split]
    for split in splits:
        rows = load(split, args.lang, args.files)
        result = evaluate(rows, args.show if split == splits[-1] else None)
        report(result, f"== {split}: {len(rows)} texts")


if __name__ == "__main__":
    main()
