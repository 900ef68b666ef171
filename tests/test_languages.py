"""Messages in German, French and Spanish: every setting composes, in the right language."""

from __future__ import annotations

import itertools
import pickle
import re

import pytest

from followup_kit import (
    LanguageError,
    Phrasing,
    RuleSet,
    Situation,
    Stage,
    check,
    compose,
    default_rules,
)
from followup_kit.exceptions import ComposeError
from test_stages import CHANNELS, COMPLETE, CULTURES, PER_STAGE, TONES

LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
RESIDUE = re.compile(r"\{|\}|\bNone\b|\[|\]|  |\.\.|,,| ,| \.|\?\?|!!")
#: Words that give away an English sentence left in a translated message.
ENGLISH = re.compile(r"\b(?:the|and|you|your|thank|would|with|for)\b", re.IGNORECASE)
#: How much longer than the layout's English word budget a translation may run.
STRETCH = 1.4
LAYOUT_WORDS = {rule.id: rule.max_words for rule in default_rules() if hasattr(rule, "max_words")}


#: The free-text details a candidate would type in each language.
DETAILS = {
    "de": {
        "topics": ["die Umstellung des Wochenberichts auf das neue Data Warehouse"],
        "strengths": ["fünf Jahre SQL-Reporting"],
        "next_step": "eine kurze Fallstudie mit dem Team",
        "promised": [{"item": "die zwei Beispiel-Dashboards", "due": "2026-11-24"}],
        "value_add": {
            "problem": "der hohe Aufwand für den wöchentlichen Verkaufsbericht",
            "offer": "ein einseitiger Plan, um diesen Bericht zu automatisieren",
        },
        "contact": {"name": "Jo Park", "relation": "unsere gemeinsame Zeit bei Contoso"},
        "reason": "ich habe gelesen, dass das Team ein Büro in Leeds eröffnet",
    },
    "fr": {
        "topics": ["le passage du rapport hebdomadaire des ventes au nouvel entrepôt"],
        "strengths": ["cinq ans de reporting SQL"],
        "next_step": "une courte étude de cas avec l'équipe",
        "promised": [{"item": "les deux tableaux de bord d'exemple", "due": "2026-11-24"}],
        "value_add": {
            "problem": "le temps passé à construire le rapport hebdomadaire à la main",
            "offer": "un plan d'une page pour automatiser ce rapport",
        },
        "contact": {"name": "Jo Park", "relation": "vos années chez Contoso"},
        "reason": "j'ai lu que l'équipe ouvre un bureau à Leeds",
    },
    "es": {
        "topics": ["el paso del informe semanal de ventas al nuevo almacén de datos"],
        "strengths": ["cinco años de informes con SQL"],
        "next_step": "un breve caso práctico con el equipo",
        "promised": [{"item": "los dos cuadros de mando de ejemplo", "due": "2026-11-24"}],
        "value_add": {
            "problem": "el tiempo que lleva preparar a mano el informe semanal",
            "offer": "un plan de una página para automatizar ese informe",
        },
        "contact": {"name": "Jo Park", "relation": "sus años en Contoso"},
        "reason": "he leído que el equipo abre una oficina en Leeds",
    },
}
WITHDRAWAL_REASON = {
    "de": "ich habe eine andere Stelle angenommen",
    "fr": "j'ai accepté un autre poste",
    "es": "he aceptado otro puesto",
}


def situation(stage, locale, **changes):
    language = locale[:2]
    data = {**COMPLETE, **DETAILS.get(language, {}), **PER_STAGE.get(stage, {})}
    if stage == "withdrawal" and language in WITHDRAWAL_REASON:
        data["reason"] = WITHDRAWAL_REASON[language]
    data.update(stage=stage, locale=locale)
    return Situation.from_dict({**data, **changes})


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("stage", [s.value for s in Stage])
def test_every_setting_composes_in_the_language(language, stage):
    """Each stage x tone x culture x channel composes, tidily, briefly, and not in English."""
    problems = []
    for tone, culture, channel, variant in itertools.product(TONES, CULTURES, CHANNELS, [0, 1]):
        s = situation(stage, LANGUAGES[language], tone=tone, culture=culture, channel=channel)
        message = compose(s, variant=variant)
        english = compose(situation(stage, "en_US", tone=tone, culture=culture, channel=channel))
        setting = (stage, tone, culture, channel, variant)
        text = message.body + " " + (message.subject or "")
        if RESIDUE.search(text):
            problems.append((setting, "residue", RESIDUE.search(text).group()))
        names = re.sub(r"Northwind Traders|Data Analyst|Sam Lee|Ana Ruiz|Jo Park", "", text)
        if ENGLISH.search(names):
            problems.append((setting, "English left", ENGLISH.search(names).group()))
        budget = LAYOUT_WORDS.get(message.layout_id)
        if budget and len(message.body.split()) > budget * STRETCH:
            problems.append((setting, "too long", len(message.body.split())))
        if message.body == english.body:
            problems.append((setting, "identical to English", ""))
        found = [(f.rule_id, f.matched) for f in check(message.body, s, language=language)]
        if found:
            problems.append((setting, "findings", found))
    assert not problems, problems[:10]


def test_locales_fall_back_to_their_language():
    austrian = compose(situation("thank_you", "de_AT", tone="formal"))
    german = compose(situation("thank_you", "de_DE", tone="formal"))
    mexican = compose(situation("thank_you", "es_MX", tone="formal"))
    assert austrian.body.splitlines()[0].startswith("Guten Tag")
    assert austrian.body.replace("November", "Nov") != "" and "Mit freundlichen" in german.body
    assert mexican.body.splitlines()[0].startswith("Buenos días")
    assert "en-US" not in compose(situation("thank_you", "es-MX")).body


def test_dates_and_lists_follow_the_locale():
    body = compose(situation("thank_you", "de_DE", tone="formal")).body
    assert "20. November" in body
    assert "20 novembre" in compose(situation("thank_you", "fr_FR", tone="formal")).body
    assert "20 de noviembre" in compose(situation("thank_you", "es_ES", tone="formal")).body


@pytest.mark.parametrize(
    ("locale", "gender", "start"),
    [
        ("de_DE", "female", "Sehr geehrte Frau Lee,"),
        ("de_DE", "male", "Sehr geehrter Herr Lee,"),
        ("de_DE", None, "Guten Tag Sam Lee,"),
        ("es_ES", "female", "Estimada Sra. Lee:"),
        ("es_ES", "male", "Estimado Sr. Lee:"),
    ],
)
def test_formal_greetings_are_gendered_only_when_the_gender_is_given(locale, gender, start):
    person = {"name": "Sam Lee"} | ({"gender": gender} if gender else {})
    message = compose(situation("thank_you", locale, tone="formal", interviewers=[person]))
    assert message.body.splitlines()[0] == start


def test_german_continues_in_lower_case_after_a_greeting_with_a_comma():
    body = compose(situation("thank_you", "de_DE", tone="formal")).body
    assert body.split("\n\n")[1][0].islower()


def test_register_follows_the_tone():
    formal = compose(situation("check_in", "de_DE", tone="formal")).body
    casual = compose(situation("check_in", "de_DE", tone="casual")).body
    assert re.search(r"\b(Sie|Ihnen|Ihr)\b", formal)
    assert not re.search(r"\b(du|dir|dich|dein)\b", formal)
    assert re.search(r"\b(du|dir|dich|dein|euch|ihr)\b", casual)


def test_a_language_without_phrasings_is_a_clear_error():
    with pytest.raises(LanguageError, match="'ja'.*en, de, fr, es") as caught:
        compose(situation("thank_you", "ja_JP"))
    assert isinstance(caught.value, ValueError)
    assert pickle.loads(pickle.dumps(caught.value)).language == "ja"


def test_a_pack_carries_its_own_translations():
    rule = Phrasing(
        id="acme.thanks.formal",
        section="thanks",
        texts=["Thank you for your time today, {{ first_name }}."],
        advice=["T11"],
        why="A shorter thanks.",
        stages=["thank_you"],
        priority=5,
        translations={"de": ["Vielen Dank für Ihre Zeit heute, Frau {{ family_name }}."]},
    )
    rules = default_rules().add(rule)
    german = compose(situation("thank_you", "de_DE", tone="formal"), rules)
    assert "vielen Dank für Ihre Zeit heute, Frau Lee." in german.body
    assert RuleSet.from_dict(rules.to_dict())["acme.thanks.formal"] == rule
    with pytest.raises(ComposeError, match="acme.thanks.formal.*'fr'"):
        compose(situation("thank_you", "fr_FR", tone="formal"), rules)


def test_a_translation_cannot_add_a_detail():
    with pytest.raises(ValueError, match=r"translations\.de\[0\].*company"):
        Phrasing(
            id="acme.thanks.formal",
            section="thanks",
            texts=["Thank you."],
            advice=["T11"],
            why="w",
            translations={"de": ["Danke, {{ company }}."]},
        )


def test_a_translation_may_name_the_interviewer_another_way_even_with_placeholders():
    rule = Phrasing(
        id="acme.greeting.formal",
        section="greeting",
        texts=["Dear {{ greeting_name }},"],
        advice=["T8"],
        why="w",
        priority=9,
        translations={"de": ["Hallo {{ family_name }},"]},
    )
    s = Situation.from_dict({"stage": "thank_you", "locale": "de_DE", "role": "X", "company": "Y"})
    message = compose(s, default_rules().add(rule), placeholders=True)
    assert message.body.splitlines()[0] == "Hallo [family name],"


def test_german_lower_case_leaves_details_and_the_polite_ihr_alone():
    capital = Phrasing(
        id="acme.thanks.formal",
        section="thanks",
        texts=["Your team impressed me."],
        advice=["T11"],
        why="w",
        stages=["thank_you"],
        priority=9,
        translations={"de": ["Ihr Team hat mich beeindruckt."]},
    )
    detail = Phrasing(
        id="acme.thanks.company",
        section="thanks",
        texts=["{{ company }} impressed me."],
        advice=["T11"],
        why="w",
        stages=["thank_you"],
        priority=9,
        translations={"de": ["{{ company }} hat mich beeindruckt."]},
    )
    s = situation("thank_you", "de_DE", tone="formal")
    assert "\n\nIhr Team" in compose(s, default_rules().add(capital)).body
    body = compose(s.evolve(company="Mit Energie AG"), default_rules().add(detail)).body
    assert "\n\nMit Energie AG hat" in body


def test_a_pack_may_add_a_language_of_its_own():
    rules = RuleSet(
        (
            Phrasing(
                id="acme.thanks.all",
                section="thanks",
                texts=["Thank you for your time."],
                advice=["T11"],
                why="w",
                translations={"it": ["Grazie per il tempo che mi ha dedicato."]},
            ),
            *[r for r in default_rules() if r.kind == "layout" and r.id == "thank_you.layout.text"],
        )
    )
    s = Situation.from_dict({"stage": "thank_you", "channel": "text", "locale": "it_IT"})
    with pytest.raises(ComposeError):
        compose(s, rules)  # the layout's other sections have no Italian wording
    with pytest.raises(LanguageError, match="'ja'.*en, de, fr, es, it"):
        compose(s.evolve(locale="ja_JP"), rules)
