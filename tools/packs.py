"""
Compile the built-in rule packs (TOML, the source) into the JSON file the package loads.

    python tools/packs.py          # write src/followup_kit/rulesets/packs.json
    python tools/packs.py --check  # exit 1 if the file is not current

Run it after editing a pack in ``src/followup_kit/rulesets/``; the test suite fails
while the compiled file is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from followup_kit.rulesets import COMPILED, read_sources

TARGET = Path(__file__).resolve().parent.parent / "src" / "followup_kit" / "rulesets" / COMPILED


def compiled() -> str:
    """The compiled packs, as the text of the JSON file."""
    return json.dumps(read_sources(), ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> int:
    """Write the compiled packs, or with ``--check`` report whether they are current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    args = parser.parse_args()
    text = compiled()
    if args.check:
        current = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET.name} is {'current' if current else 'stale'}")
        return 0 if current else 1
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
