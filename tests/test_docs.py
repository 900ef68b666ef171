"""Every ```python block in the README and the docs runs (in order, one namespace per page);
```pycon blocks run as doctests through pytest's doctest-glob."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
WITH_CODE = [p for p in PAGES if BLOCK.search(p.read_text(encoding="utf-8"))]


def test_there_are_examples():
    assert WITH_CODE


@pytest.mark.parametrize("page", WITH_CODE, ids=lambda p: p.name)
def test_python_blocks_run(page):
    namespace: dict = {}
    for block in BLOCK.findall(page.read_text(encoding="utf-8")):
        with contextlib.redirect_stdout(io.StringIO()) as out:
            exec(compile(block, str(page), "exec"), namespace)  # noqa: S102  (our own docs)
        assert out.getvalue()
