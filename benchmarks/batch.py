"""
Checking and composing a large batch in parallel: the speed-up of two processes.

Composes every tone x culture x channel x variant of one situation and checks each
result, first in one process, then with a ProcessPoolExecutor of 2 workers, and
prints both times and the speed-up.

    python benchmarks/batch.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import itertools
import time

from followup_kit import Situation, check, compose

BASE = {
    "stage": "thank_you",
    "candidate": {"name": "Ana Ruiz", "phone": "555 0100"},
    "company": "Northwind Traders",
    "role": "Data Analyst",
    "interviewers": [{"name": "Sam Lee"}],
    "topics": ["the new warehouse"],
    "interview_date": "2026-11-20",
}
SETTINGS = list(
    itertools.product(
        ["formal", "neutral", "casual"],
        ["conservative", "balanced", "passionate"],
        ["email", "handwritten", "linkedin", "text", "phone", "voicemail"],
        range(4),
    )
)


def job(setting: tuple[str, str, str, int]) -> int:
    tone, culture, channel, variant = setting
    situation = Situation.from_dict({**BASE, "tone": tone, "culture": culture, "channel": channel})
    body = compose(situation, variant=variant).body
    return len(check(body * 20, situation))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="how many times each setting runs")
    args = parser.parse_args()
    work = SETTINGS * args.repeat
    job(work[0])
    started = time.perf_counter()
    serial = [job(s) for s in work]
    one = time.perf_counter() - started
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(job, work[:4]))  # warm the workers
        started = time.perf_counter()
        parallel = list(pool.map(job, work, chunksize=32))
        two = time.perf_counter() - started
    if serial != parallel:
        raise SystemExit("the parallel run gave different results")
    print(f"{len(work)} compose + check jobs")
    print(f"one process:   {one:.2f} s")
    print(f"two processes: {two:.2f} s")
    print(f"speed-up:      {one / two:.2f}x")


if __name__ == "__main__":
    main()
