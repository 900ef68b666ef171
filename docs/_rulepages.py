"""Write one page per check category into docs/rules/, from the built-in rule data."""

from __future__ import annotations

from pathlib import Path

from followup_kit import ADVICE, Category, Check, Situation, Stage, compose, default_rules
from followup_kit.findings import CATEGORY_ADVICE

TITLES = {
    Category.PLEADING: "Pleading",
    Category.ALOOFNESS: "Aloofness",
    Category.DEMAND: "Demands",
    Category.EFFUSIVE: "Effusiveness",
    Category.PUSHY: "Pushiness",
    Category.TOO_LONG: "Too long",
    Category.TOO_MANY_QUESTIONS: "Too many questions",
    Category.NEGATIVE: "Negativity",
    Category.SALARY_TALK: "Salary talk",
    Category.GENERIC: "Generic notes",
}


def _page(category: Category, checks: list[Check]) -> str:
    lines = [f"# {TITLES[category]} (`{category.value}`)", ""]
    advice = CATEGORY_ADVICE[category]
    lines += ["Advice: " + "; ".join(f"**{a}** {ADVICE[a]}" for a in advice), ""]
    for rule in checks:
        lines += [f"## `{rule.id}`", "", f"**What it flags.** {rule.message}", ""]
        lines += [f"**Why it matters.** {rule.why} (advice {', '.join(rule.advice)})", ""]
        if rule.measure:
            limit = f", limit {rule.limit}" if rule.limit is not None else ""
            lines += [f"**How.** The built-in measure `{rule.measure}`{limit}.", ""]
        else:
            lines += [
                f"**How.** {len(rule.patterns)} phrase patterns"
                + (f", {len(rule.unless)} exceptions" if rule.unless else "")
                + ".",
                "",
            ]
        conditions = []
        if rule.stages:
            conditions.append("stage is " + " or ".join(s.value for s in rule.stages))
        if rule.when.describe() != "always":
            conditions.append(rule.when.describe())
        if conditions:
            lines += ["**When.** " + " and ".join(conditions) + ".", ""]
        if rule.suggestion:
            lines += [f"**Use instead.** {rule.suggestion}", ""]
        if rule.examples:
            lines += ["**Flagged:**", ""] + [f"- {_quote(t)}" for t in rule.examples] + [""]
        if rule.counterexamples:
            lines += (
                ["**Left alone:**", ""] + [f"- {_quote(t)}" for t in rule.counterexamples] + [""]
            )
    return "\n".join(lines)


def _quote(text: str) -> str:
    return "“" + " ".join(text.split()).replace("*", "\\*").replace("`", "\\`") + "”"


def write(folder: Path) -> None:
    """Write the category pages and their index into *folder*."""
    folder.mkdir(exist_ok=True)
    checks = [r for r in default_rules() if isinstance(r, Check)]
    names = []
    for category in Category:
        mine = [r for r in checks if r.category is category]
        (folder / f"{category.value}.md").write_text(_page(category, mine), encoding="utf-8")
        names.append(category.value)
    index = [
        "# What not to say: the checks",
        "",
        "One page per category, generated from the built-in rule data at each docs build.",
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        *names,
        "```",
        "",
    ]
    (folder / "index.md").write_text("\n".join(index), encoding="utf-8")


GALLERY_SITUATION = {
    "candidate": {"name": "Ana Ruiz", "email": "ana@example.org", "phone": "555 0100"},
    "company": "Northwind Traders",
    "role": "Data Analyst",
    "interviewers": [{"name": "Sam Lee", "title": "Head of Analytics"}],
    "interview_date": "2026-11-20",
    "topics": ["moving the weekly sales report onto the new warehouse"],
    "strengths": ["five years of SQL reporting"],
    "decision_date": "2026-11-27",
    "promised": [{"item": "the two sample dashboards", "due": "2026-11-24"}],
    "value_add": {
        "problem": "how long the weekly sales report takes to build by hand",
        "offer": "a one-page plan for automating that report",
    },
    "contact": {"name": "Jo Park", "relation": "your years at Contoso"},
}
GALLERY_STAGE = {
    "rejection_reply": {"outcome": "rejected", "fit": "close"},
    "feedback_request": {"outcome": "rejected"},
    "keep_in_touch": {
        "outcome": "rejected",
        "reason": "I read that the team is opening an office in Leeds",
    },
    "offer_reply": {"outcome": "offered", "offer": {"decision": "accept"}},
    "withdrawal": {"reason": "I have accepted another position"},
}
GALLERY_SETTINGS = [
    ("formal", "conservative", "email"),
    ("casual", "passionate", "email"),
    ("neutral", "balanced", "phone"),
]


def write_gallery(path: Path) -> None:
    """Write the gallery: each stage in a few contrasting settings, with the explain view."""
    lines = [
        "# Gallery",
        "",
        "Every stage, composed at docs build time from one example situation in three",
        "contrasting settings, each followed by its explain view: the rule, the advice and",
        "the reason behind every part.",
        "",
    ]
    for stage in Stage:
        lines += [f"## `{stage.value}`", ""]
        for tone, culture, channel in GALLERY_SETTINGS:
            data = {**GALLERY_SITUATION, **GALLERY_STAGE.get(stage.value, {})}
            data.update(stage=stage.value, tone=tone, culture=culture, channel=channel)
            message = compose(Situation.from_dict(data))
            lines += [f"### {tone}, {culture}, {channel}", "", "```text"]
            if message.subject:
                lines += [f"Subject: {message.subject}", ""]
            lines += [message.body, "```", "", "```text", message.explain(), "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
