"""Write one page per check category into docs/rules/, from the built-in rule data."""

from __future__ import annotations

from pathlib import Path

from followup_kit import ADVICE, Category, Check, default_rules
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
