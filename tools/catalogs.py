"""
The translator workflow for the built-in phrasings, in one command.

    python tools/catalogs.py extract          # rule packs -> locale/followup_kit.pot
    python tools/catalogs.py update           # .pot -> every locale/<lang>/.../followup_kit.po
    python tools/catalogs.py compile          # .po -> .mo, the files the package reads
    python tools/catalogs.py init LANG        # start the catalog of a new language
    python tools/catalogs.py all              # extract, update and compile

After ``update``, translate the entries that are new or marked fuzzy in each ``.po``
file (any gettext editor works: Poedit, Lokalize, Weblate), then ``compile``. The test
suite fails while a catalog is stale, incomplete or not compiled.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "followup_kit" / "locale"
TEMPLATE = LOCALE / "followup_kit.pot"
DOMAIN = "followup_kit"


def pybabel(*args: str) -> None:
    """Run one pybabel command from the project's root, so catalogs cite relative paths."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        CommandLineInterface().run(["pybabel", "-q", *args])
    finally:
        os.chdir(here)


def extract() -> None:
    """Collect every phrasing text of the built-in packs into the template."""
    pybabel(
        "extract", "-F", str(ROOT / "babel.cfg"), "--sort-by-file", "--no-wrap",
        "--project", "followup_kit", "--copyright-holder", "followup_kit contributors",
        "-o", str(TEMPLATE), "src/followup_kit/rulesets",
    )  # fmt: skip


def update() -> None:
    """Bring every language's catalog in line with the template."""
    pybabel(
        "update", "--no-wrap", "--ignore-obsolete", "--no-fuzzy-matching",
        "-i", str(TEMPLATE), "-d", str(LOCALE), "-D", DOMAIN,
    )  # fmt: skip


def compile_() -> None:
    """Compile every catalog into the file the package reads."""
    pybabel("compile", "--statistics", "-d", str(LOCALE), "-D", DOMAIN)


def init(language: str) -> None:
    """Start the catalog of a new language."""
    pybabel(
        "init", "--no-wrap", "-i", str(TEMPLATE), "-d", str(LOCALE), "-D", DOMAIN, "-l", language
    )


def main() -> None:
    """Run the step named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("extract", "update", "compile", "init", "all"))
    parser.add_argument("language", nargs="?")
    args = parser.parse_args()
    if args.step == "init":
        if not args.language:
            parser.error("init needs a language code, such as 'it'")
        init(args.language)
        return
    if args.step in ("extract", "all"):
        extract()
    if args.step in ("update", "all"):
        update()
    if args.step in ("compile", "all"):
        compile_()


if __name__ == "__main__":
    sys.exit(main())
