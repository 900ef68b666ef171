"""
A Babel extraction method for rule packs: every phrasing text becomes a message.

Translators work on standard gettext catalogs. Each text of a phrasing rule is one
message whose context (``msgctxt``) is the rule id, so two rules with the same English
words can still be translated apart (a formal and a casual greeting, say). The comment
shown to translators gives the rule's purpose, the register its tone asks for, and the
``{{ name }}`` tags the translation must keep.

Use it through ``pybabel`` with the project's ``babel.cfg`` (see the languages page of
the docs for the whole translator workflow)::

    pybabel extract -F babel.cfg -o src/followup_kit/locale/followup_kit.pot \
        src/followup_kit/rulesets
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

__all__ = ["extract_rule_pack"]

_TAG = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def _tone(when: Any) -> str | None:
    """The tone a rule's condition asks for, when it names exactly one."""
    if isinstance(when, Mapping):
        if when.get("field") == "tone" and isinstance(when.get("eq"), str):
            return str(when["eq"])
        for key in ("all",):
            found = _tone(when.get(key))
            if found:
                return found
        return None
    if isinstance(when, list):
        for part in when:
            found = _tone(part)
            if found:
                return found
    return None


_REGISTER = {
    "formal": "formal register (Sie, vous, usted)",
    "neutral": "polite register (Sie, vous, usted), less ceremonious than formal",
    "casual": "familiar register (du, tu, tú)",
}


def extract_rule_pack(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """
    Yield one ``pgettext(rule id, text)`` message per phrasing text in a TOML pack.

    The signature is Babel's for extraction methods; *keywords*, *comment_tags* and
    *options* are not used.
    """
    del keywords, comment_tags, options
    source = fileobj.read().decode("utf-8")
    pack = tomllib.loads(source)
    lines = source.splitlines()
    for rule in pack.get("rules", []):
        if rule.get("kind") != "phrasing":
            continue
        rule_id = str(rule["id"])
        marker = f'id = "{rule_id}"'
        lineno = next((n for n, line in enumerate(lines, 1) if line.strip() == marker), 0)
        tone = _tone(rule.get("when"))
        comments = [str(rule.get("why", "")).strip()]
        comments.append(
            "Register: " + _REGISTER[tone]
            if tone in _REGISTER
            else "Register: any tone; avoid addressing the reader as du/tu or Sie/vous"
            "/usted where the language allows"
        )
        for text in rule.get("texts", []):
            tags = sorted(set(_TAG.findall(text)))
            note = "Keep these tags: " + ", ".join(f"{{{{ {t} }}}}" for t in tags) if tags else ""
            yield lineno, "pgettext", (rule_id, text), [c for c in (*comments, note) if c]
