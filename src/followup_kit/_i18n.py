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
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

__all__ = ["DOMAIN", "LANGUAGES", "catalog", "code_of", "detect", "language_of"]

#: The gettext domain of the built-in catalogs.
DOMAIN = "followup_kit"
#: The languages compose() writes in, English first.
LANGUAGES = ("en", "de", "fr", "es")


def code_of(locale: str) -> str:
    """
    The language code of *locale*.

    >>> code_of("de_AT"), code_of("es-MX"), code_of("it")
    ('de', 'es', 'it')
    """
    return locale.replace("-", "_").split("_", 1)[0].lower()


def language_of(locale: str) -> str | None:
    """
    The language of *locale* that the built-in phrasings are written in, or None.

    >>> language_of("de_AT"), language_of("es-MX"), language_of("en"), language_of("ja_JP")
    ('de', 'es', 'en', None)
    """
    language = code_of(locale)
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


#: Short words that mark each language; text is told apart by how many of each it has.
_MARKERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "the and you your to of for is my with this that would thank thanks it i i'm "
            "have be we was at on are".split()
        ),
        "de": frozenset(
            "und der die das ich sie ihnen ihre nicht mit für ist zu den dem ein eine "
            "vielen dank mich mir wir auf auch bei über sehr gerne freue stelle gespräch "
            "bewerbung grüße".split()
        ),
        "fr": frozenset(
            "et le les je vous votre pour des est avec une un nous merci au aux du "
            "suis ce cette mon ma mes pas très bien j'ai c'est bonjour poste entretien "
            "cordialement candidature".split()
        ),
        "es": frozenset(
            "y el los las que usted su para con una un por gracias es mi muy le lo "
            "del al estoy sobre me pero como ya todo muchas buenos saludos puesto "
            "entrevista oferta".split()
        ),
    }
)
#: French elided articles and pronouns, as a word starts.
_ELIDED = frozenset(("l'", "d'", "j'", "c'", "m'", "n'", "s'", "t'"))
#: Letters that only one of the languages writes.
_LETTERS: Mapping[str, str] = MappingProxyType({"de": "ßäöü", "fr": "çèêëœàù", "es": "ñ¿¡"})
#: How much of the text is read to tell its language, in characters.
_SAMPLE = 4000
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect(text: str) -> str | None:
    """
    The language of *text* among :data:`LANGUAGES`, or None when it is not clear.

    Counts marker words in the first few thousand characters; one language must have
    at least three and clearly more than any other.

    >>> detect("Vielen Dank für das Gespräch, ich freue mich auf Ihre Antwort.")
    'de'
    >>> detect("Merci pour votre temps, je suis très intéressée par le poste.")
    'fr'
    >>> detect("Thanks so much for your time today, it was great to meet you."), detect("OK")
    ('en', None)
    """
    sample = text[:_SAMPLE].lower().replace("\u2019", "'")
    words = _WORD.findall(sample)
    scores = {code: sum(w in markers for w in words) for code, markers in _MARKERS.items()}
    # French elides ("l'équipe", "qu'il"); letters of one language alone count once each.
    scores["fr"] += sum(w[:2] in _ELIDED or w[:3] == "qu'" for w in words)
    for code, letters in _LETTERS.items():
        scores[code] += min(sum(sample.count(c) for c in letters), len(words) // 4 + 1)
    counts = sorted(((score, code) for code, score in scores.items()), reverse=True)
    (best, language), (second, _) = counts[0], counts[1]
    return language if best >= 3 and best >= 1.5 * second + 1 else None
