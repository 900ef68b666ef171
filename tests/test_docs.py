"""Every ```python block in the README and the docs runs; ```pycon blocks run as doctests."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = [
    pytest.param(block, id=f"{page.name}:{n}")
    for page in PAGES
    for n, block in enumerate(BLOCK.findall(page.read_text(encoding="utf-8")))
]


def test_there_are_examples():
    assert BLOCKS


@pytest.mark.parametrize("code", BLOCKS)
def test_python_blocks_run(code):
    with contextlib.redirect_stdout(io.StringIO()) as out:
        exec(compile(code, "<docs>", "exec"), {})  # noqa: S102  (our own docs)
    assert out.getvalue()
