"""
How varied the built-in phrase library is: distinct message bodies per stage.

For each stage, composes the test suite's complete situation in every tone x culture x
channel combination (3 x 3 x 6 = 54 settings) and counts the distinct bodies, with
variant 0 only and with variants 0 and 1; also the longest body in words and the
number of findings check() reports on all of them (the target is none).

    python benchmarks/stage_stats.py [--show STAGE]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from followup_kit import Stage, check, compose
from test_stages import CHANNELS, CULTURES, TONES, situation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="print the formal, conservative email for this stage")
    args = parser.parse_args()
    head = ("stage", "settings", "distinct v0", "distinct v0+v1", "max words", "findings")
    print(f"{head[0]:<18}" + "".join(f"{h:>{len(h) + 2}}" for h in head[1:]))
    for stage in Stage:
        first, both, words, findings = set(), set(), 0, 0
        for tone, culture, channel, variant in itertools.product(TONES, CULTURES, CHANNELS, [0, 1]):
            s = situation(stage.value, tone=tone, culture=culture, channel=channel)
            body = compose(s, variant=variant).body
            both.add(body)
            if variant == 0:
                first.add(body)
            words = max(words, len(body.split()))
            findings += len(check(body, s))
        settings = len(TONES) * len(CULTURES) * len(CHANNELS)
        print(
            f"{stage.value:<18}{settings:>9}{len(first):>13}{len(both):>16}{words:>11}{findings:>10}"
        )
    if args.show:
        message = compose(situation(args.show, tone="formal", culture="conservative"))
        print(f"\nSubject: {message.subject}\n\n{message.body}")


if __name__ == "__main__":
    main()
