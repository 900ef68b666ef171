"""
The performance benchmark: every figure next to its floor, measured in one run.

Each row times the library and what it is compared with side by side, in the same
process and the same run, interleaved, and reports medians of repeated runs. The
machine is noisy, so the ratios are what count. The rows:

- compose(): messages per second over every stage x tone x culture x channel x variant
  of the test suite's complete situation, against the Jinja2 floor: the same chosen
  templates, compiled once up front in a plain ``jinja2.Environment``, rendered with the
  same variables and joined into the same subjects and bodies;
- compose_all() for 1, 10 and 100 interviewers, and whether the cost per note stays flat;
- check(): MB/s on ~1 MB of follow-up text (built by ``check_speed.py``) against one
  google-re2 scan and one plain ``re`` scan of the default rules' phrase list, and
  proselint 0.16; the time for 10 MB over the time for 1 MB;
- check() latency on one 150-word note, the keystroke case: p50 and p99;
- plan(): steps per second over the same mixed situations;
- cold start: ``import followup_kit``, the first ``default_rules()`` and the first
  compose() in a fresh interpreter, against a bare ``import jinja2, babel, attrs``;
- peak memory: the default rule set with its indexes (tracemalloc), and a process that
  checks 10 MB (its maximum resident set).

Comparisons whose library is not installed are skipped (``pip install -e '.[bench]'``).
It exits 0 whether or not the targets are met, and non-zero only on an error.

    python benchmarks/run.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import check_speed  # noqa: E402  (the check() text and comparisons live there)

from followup_kit import (  # noqa: E402
    Situation,
    Stage,
    check,
    compose,
    compose_all,
    default_rules,
    engine,
    plan,
)
from followup_kit.compose import context_of  # noqa: E402
from test_stages import CHANNELS, CULTURES, TONES, situation  # noqa: E402

COLD_BARE = "import jinja2, babel, attrs"
COLD_LIBRARY = """
import followup_kit
rules = followup_kit.default_rules()
s = followup_kit.Situation.from_dict(
    {"stage": "thank_you", "candidate": {"name": "Ana Ruiz"}, "company": "Northwind",
     "role": "Data Analyst", "interviewers": [{"name": "Sam Lee"}], "topics": ["reports"],
     "interview_date": "2026-11-20"}
)
followup_kit.compose(s, rules)
"""
RULES_MEMORY = """
import tracemalloc
tracemalloc.start()
import followup_kit
from followup_kit.rulesets import _load_default_rules
before = tracemalloc.get_traced_memory()[0]
rules = _load_default_rules()
followup_kit.check("Thank you for your time.", rules=rules)
s = followup_kit.Situation.from_dict({"stage": "thank_you", "candidate": {"name": "A B"}})
followup_kit.compose(s, rules, placeholders=True)
current, peak = tracemalloc.get_traced_memory()
print(current - before, peak - before)
"""
# The peak resident set of this process image: VmHWM, since ru_maxrss keeps the parent's
# peak across fork and exec on Linux.
CHECK_MEMORY = """
import resource, sys
sys.path.insert(0, {here!r})
from check_speed import corpus_text
import followup_kit
text = corpus_text({size})
followup_kit.check(text)
try:
    with open("/proc/self/status") as status:
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


class Table:
    """The rows of the report, printed as they come and again at the end."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(  # noqa: PLR0917  (one argument per column)
        self,
        what: str,
        measured: str,
        versus: str = "",
        ratio: str = "",
        target: str = "",
        met: bool | None = None,
    ) -> None:
        verdict = "" if met is None else ("met" if met else "MISSED")
        row = (what, measured, versus, ratio, target, verdict)
        self.rows.append(row)
        print("  " + " | ".join(cell for cell in row if cell), flush=True)

    def print(self) -> None:
        head = ("what", "measured", "floor or comparison", "ratio", "target", "")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(6)]
        for row in [head, *self.rows]:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def medians(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Time each function *repeat* times, interleaved, and return each median in seconds."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            started = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(found) for name, found in times.items()}


def mixed_situations() -> list[tuple[Situation, int]]:
    """Every stage x tone x culture x channel, variants 0 and 1: 1,188 messages."""
    return [
        (situation(stage.value, tone=tone, culture=culture, channel=channel), variant)
        for stage in Stage
        for tone, culture, channel in itertools.product(TONES, CULTURES, CHANNELS)
        for variant in (0, 1)
    ]


def _tidy_source(source: str) -> str:
    """A template source with the line breaks and spacing compose() tidies away."""
    text = " ".join(line.strip() for line in source.splitlines())
    return re.sub(r" +([,.;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()


def jinja2_floor(jobs: list[tuple[Situation, int]], rules: Any) -> tuple[Callable[[], object], int]:
    """
    The Jinja2 floor for *jobs*: a function writing the same subjects and bodies.

    For each job, the templates compose() chose are compiled once, up front, in a plain
    ``jinja2.Environment``, from sources with their spacing already tidied; the function
    renders them with the variables compose() used and joins them as the layout says.
    Returns the function and how many of its texts equal compose()'s exactly.
    """
    import jinja2

    # Plain text, as compose() writes it: no HTML escaping.
    env = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined)  # noqa: S701
    compiled: dict[tuple[str, int], jinja2.Template] = {}
    recipes = []
    for s, variant in jobs:
        draft = engine.draft(s, rules, variant=variant)
        ctx = context_of(s)
        templates = {}
        for choice in draft.choices:
            key = (choice.rule.id, choice.index)
            if key not in compiled:
                compiled[key] = env.from_string(_tidy_source(choice.rule.texts[choice.index]))
            templates[choice.section] = compiled[key]
        layout = draft.layout
        paragraphs = [[templates[x] for x in p if x in templates] for p in layout.paragraphs]
        sign_off = [templates[x] for x in layout.sign_off if x in templates]
        subject = templates.get("subject") if layout.subject else None
        recipes.append((subject, [p for p in paragraphs if p], sign_off, ctx))

    def render() -> list[tuple[str | None, str]]:
        out = []
        for subject, paragraphs, sign_off, ctx in recipes:
            blocks = [" ".join(t.render(ctx) for t in p) for p in paragraphs]
            if sign_off:
                blocks.append("\n".join(t.render(ctx) for t in sign_off))
            out.append((subject.render(ctx) if subject else None, "\n\n".join(blocks)))
        return out

    same = sum(
        (m.subject, m.body) == texts
        for m, texts in zip((compose(s, rules, variant=v) for s, v in jobs), render(), strict=True)
    )
    return render, same


def bench_compose(table: Table, rules: Any, repeat: int) -> None:
    jobs = mixed_situations()
    floor, same = jinja2_floor(jobs, rules)

    def library() -> None:
        for s, variant in jobs:
            compose(s, rules, variant=variant)

    library()
    t = medians({"compose": library, "floor": floor}, repeat)
    rate, floor_rate = len(jobs) / t["compose"], len(jobs) / t["floor"]
    ratio = t["compose"] / t["floor"]
    table.add(
        f"compose(), {len(jobs)} mixed messages",
        f"{rate:,.0f} msg/s",
        f"Jinja2 floor {floor_rate:,.0f} msg/s ({same}/{len(jobs)} texts identical)",
        f"{ratio:.2f}x the floor's time",
        "<= 2x",
        ratio <= 2,
    )


def bench_compose_all(table: Table, rules: Any, repeat: int) -> None:
    per_note = {}
    for count in (1, 10, 100):
        people = [{"name": f"Person{i} Lastname{i}"} for i in range(count)]
        s = situation("thank_you", interviewers=people)
        rounds = 100 // count  # every sample writes 100 notes, whatever the count

        def batch(s: Situation = s, rounds: int = rounds) -> None:
            for _ in range(rounds):
                compose_all(s, rules)

        batch()
        seconds = medians({"all": batch}, repeat)["all"] / rounds
        per_note[count] = seconds / count
        table.add(
            f"compose_all(), {count} interviewer{'s' if count > 1 else ''}",
            f"{seconds * 1e3:.2f} ms",
            f"{per_note[count] * 1e6:.0f} us per note",
        )
    growth = per_note[100] / per_note[1]
    table.add(
        "compose_all() linear in interviewers",
        "yes" if growth <= 1.5 else "no",
        "",
        f"{growth:.2f}x the cost per note, 100 vs 1",
        "<= 1.5x",
        growth <= 1.5,
    )


def bench_check(table: Table, rules: Any, repeat: int, *, proselint: bool) -> None:
    text = check_speed.corpus_text(1_000_000)
    big = check_speed.corpus_text(10_000_000)
    mb = len(text) / 1e6
    check("warm up", rules=rules)
    pattern = check_speed.phrase_regex()
    naive = re.compile(pattern, re.IGNORECASE)
    timed = {
        "check": lambda: check(text, rules=rules),
        "re": lambda: sum(1 for _ in naive.finditer(text)),
    }
    scanner = check_speed.re2_scanner(pattern)
    if scanner is None:
        table.add("google-re2 floor", "skipped: not installed")
    else:
        timed["re2"] = lambda: sum(1 for _ in scanner.finditer(text))
    t = medians(timed, repeat)
    table.add("check(), 1 MB", f"{mb / t['check']:.2f} MB/s")
    if "re2" in t:
        ratio = t["check"] / t["re2"]
        table.add(
            "check() vs one re2 scan",
            f"{mb / t['check']:.2f} MB/s",
            f"re2 {mb / t['re2']:.2f} MB/s",
            f"{ratio:.2f}x re2's time",
            "<= 2x",
            ratio <= 2,
        )
    table.add(
        "check() vs a plain re alternation",
        f"{mb / t['check']:.2f} MB/s",
        f"re {mb / t['re']:.2f} MB/s",
        f"{t['re'] / t['check']:.2f}x faster",
    )
    if proselint:
        try:
            from proselint.checks import __register__
            from proselint.config import DEFAULT
            from proselint.registry import CheckRegistry
            from proselint.tools import LintFile
        except ImportError:
            table.add("proselint comparison", "skipped: not installed")
        else:
            CheckRegistry().register_many(__register__)
            config = {**DEFAULT, "max_errors": 10**9}
            prose = medians({"p": lambda: LintFile("bench", text).lint(config)}, 1)["p"]
            ratio = prose / t["check"]
            table.add(
                "check() vs proselint 0.16",
                f"{mb / t['check']:.2f} MB/s",
                f"proselint {mb / prose:.3f} MB/s",
                f"{ratio:.0f}x faster",
                ">= 100x",
                ratio >= 100,
            )
    t_big = medians({"big": lambda: check(big, rules=rules)}, max(1, repeat // 2))["big"]
    scale = t_big / t["check"]
    table.add(
        "check(), 10 MB vs 1 MB",
        f"{t_big:.2f} s for 10 MB",
        f"{t['check']:.2f} s for 1 MB",
        f"{scale:.2f}x the time",
        "<= 10.5x",
        scale <= 10.5,
    )


def bench_keystroke(table: Table, rules: Any, samples: int) -> None:
    words = check_speed.corpus_text(20_000).split()
    note = " ".join(words[:150])
    check(note, rules=rules)
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        check(note, rules=rules)
        times.append(time.perf_counter() - started)
    times.sort()
    p50 = times[len(times) // 2]
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    table.add(
        "check() on one 150-word note",
        f"p50 {p50 * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms",
        f"{samples} runs",
        "",
        "p99 < 2 ms",
        p99 < 0.002,
    )


def bench_plan(table: Table, rules: Any, repeat: int) -> None:
    jobs = [s for s, variant in mixed_situations() if variant == 0]
    today = dt.date(2026, 11, 21)
    steps = sum(len(plan(s, today=today, rules=rules)) for s in jobs)
    seconds = medians({"plan": lambda: [plan(s, today=today, rules=rules) for s in jobs]}, repeat)
    table.add(
        f"plan(), {len(jobs)} mixed situations",
        f"{steps / seconds['plan']:,.0f} steps/s",
        f"{len(jobs) / seconds['plan']:,.0f} plans/s",
    )


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
    )
    return done.stdout


def bench_cold(table: Table, repeat: int) -> None:
    t = medians({"bare": lambda: _run(COLD_BARE), "library": lambda: _run(COLD_LIBRARY)}, repeat)
    limit = 1.5 * t["bare"] + 0.050
    table.add(
        "cold start: import, default_rules(), compose()",
        f"{t['library'] * 1e3:.0f} ms",
        f"bare import jinja2, babel, attrs {t['bare'] * 1e3:.0f} ms",
        f"{t['library'] / t['bare']:.2f}x",
        f"<= 1.5x bare + 50 ms = {limit * 1e3:.0f} ms",
        t["library"] <= limit,
    )


def bench_memory(table: Table) -> None:
    current, peak = (int(x) for x in _run(RULES_MEMORY).split())
    table.add(
        "memory: default rule set and its indexes",
        f"{current / 1e6:.1f} MB held",
        f"{peak / 1e6:.1f} MB peak while loading (tracemalloc)",
    )
    base = int(_run(CHECK_MEMORY.format(here=str(HERE), size=0)).strip()) / 1024
    rss = int(_run(CHECK_MEMORY.format(here=str(HERE), size=10_000_000)).strip()) / 1024
    table.add(
        "memory: a process checking 10 MB",
        f"{rss:.0f} MB peak RSS",
        f"{base:.0f} MB for the same process checking nothing",
        "",
        "< 200 MB",
        rss < 200,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few iterations of each")
    parser.add_argument("--repeat", type=int, help="runs per median (default 7, quick 2)")
    parser.add_argument("--skip-proselint", action="store_true")
    args = parser.parse_args()
    repeat = args.repeat or (2 if args.quick else 7)

    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"medians of {repeat} runs{' (quick)' if args.quick else ''}",
        flush=True,
    )
    rules = default_rules()
    table = Table()
    bench_compose(table, rules, repeat)
    bench_compose_all(table, rules, repeat)
    bench_check(table, rules, min(repeat, 3), proselint=not args.skip_proselint)
    bench_keystroke(table, rules, 200 if args.quick else 2000)
    bench_plan(table, rules, repeat)
    bench_cold(table, 3 if args.quick else 11)
    bench_memory(table)
    print()
    table.print()


if __name__ == "__main__":
    main()
