"""
The languages messages are written in, and the catalogs that hold their phrasings.

English is the language of the rule packs themselves. Every other language has a gettext
catalog in the package data (``locale/<lang>/LC_MESSAGES/followup_kit.mo``, compiled
from the ``.po`` source beside it), in which each phrasing text is a message whose
context is the rule id. A situation's locale picks the language by its language code,
so ``de_AT`` and ``de_CH`` use the German catalog while dates and lists still follow
the full locale.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

__all__ = ["DOMAIN", "LANGUAGES", "catalog", "language_of"]

#: The gettext domain of the built-in catalogs.
DOMAIN = "followup_kit"
#: The languages compose() writes in, English first.
LANGUAGES = ("en", "de", "fr", "es")


def language_of(locale: str) -> str | None:
    """
    The language of *locale* that messages can be written in, or None.

    >>> language_of("de_AT"), language_of("es-MX"), language_of("en"), language_of("ja_JP")
    ('de', 'es', 'en', None)
    """
    language = locale.replace("-", "_").split("_", 1)[0].lower()
    return language if language in LANGUAGES else None


@functools.cache
def catalog(language: str) -> Mapping[tuple[str, str], str]:
    """
    The built-in translations of *language*: (rule id, English text) -> text.

    Read once from the compiled catalog in the package data; the mapping is read-only.
    English, the packs' own language, has an empty catalog.
    """
    from babel.messages.mofile import read_mo  # noqa: PLC0415  (loaded on first use)

    if language == "en" or language not in LANGUAGES:
        return MappingProxyType({})
    path = resources.files("followup_kit").joinpath(
        "locale", language, "LC_MESSAGES", f"{DOMAIN}.mo"
    )
    with path.open("rb") as stream:
        messages = read_mo(stream)
    table: dict[tuple[str, str], str] = {}
    for message in messages:
        if message.id and message.context and isinstance(message.string, str) and message.string:
            table[(message.context, str(message.id))] = message.string
    return MappingProxyType(table)
