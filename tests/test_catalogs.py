"""The gettext catalogs: current with the packs, complete, compiled, and used."""

from __future__ import annotations

import io
import re
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from followup_kit import _i18n
from followup_kit._template import added_tags

SOURCE = Path(__file__).resolve().parent.parent / "src" / "followup_kit"
LOCALE = SOURCE / "locale"
TAG = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
TRANSLATED = [language for language in _i18n.LANGUAGES if language != "en"]


def read(path: Path):
    with path.open("rb") as stream:
        return read_po(stream)


def extracted() -> set[tuple[str, str]]:
    method = [("**.toml", "followup_kit._extract:extract_rule_pack")]
    return {
        (context, message)
        for _file, _line, message, _comments, context in extract_from_dir(
            str(SOURCE / "rulesets"), method_map=method
        )
    }


def keys(catalog) -> set[tuple[str, str]]:
    return {(m.context, m.id) for m in catalog if m.id}


def test_the_template_is_current_with_the_packs():
    """Run ``python tools/catalogs.py all`` after changing a phrasing text."""
    assert keys(read(LOCALE / "followup_kit.pot")) == extracted()


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_catalog_is_complete_and_keeps_the_tags(language):
    po = read(LOCALE / language / "LC_MESSAGES" / "followup_kit.po")
    assert keys(po) == extracted(), "run python tools/catalogs.py update, then translate"
    problems = []
    for message in po:
        if not message.id:
            continue
        where = f"{message.context}: {message.id!r}"
        if message.fuzzy:
            problems.append(f"{where} is fuzzy")
        if not message.string or not message.string.strip():
            problems.append(f"{where} is not translated")
            continue
        added = added_tags(TAG.findall(str(message.id)), TAG.findall(message.string))
        if added:
            problems.append(f"{where} adds tags {sorted(added)}")
        if "{%" in message.string or "  " in message.string:
            problems.append(f"{where} has a block tag or a doubled space")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_compiled_catalog_matches_its_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    buffer = io.BytesIO()
    write_mo(buffer, read(folder / "followup_kit.po"))
    shipped = resources.files("followup_kit").joinpath(
        "locale", language, "LC_MESSAGES", "followup_kit.mo"
    )
    assert shipped.read_bytes() == buffer.getvalue(), "run python tools/catalogs.py compile"


def test_the_extractor_gives_translators_the_register_and_the_tags():
    method = [("**.toml", "followup_kit._extract:extract_rule_pack")]
    found = {
        context: comments
        for _f, _l, _m, comments, context in extract_from_dir(
            str(SOURCE / "rulesets"), method_map=method
        )
    }
    comments = found["thank_you.thanks.formal_dated"]
    assert any("formal register" in c for c in comments)
    assert any("{{ interview_date }}" in c for c in comments)
    assert any("familiar register" in c for c in found["common.greeting.casual"])
