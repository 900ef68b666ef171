"""Plugins: a tiny distribution installed into a temporary path is found only when asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

PLUGIN = textwrap.dedent(
    """
    from followup_kit import Phrasing, RuleSet

    def rules():
        return RuleSet([
            Phrasing(
                id="coachco.closing.formal",
                section="closing",
                texts=["With warm regards,"],
                advice=["T2"],
                why="CoachCo's house style.",
                when={"field": "tone", "eq": "formal"},
                priority=5,
            )
        ])

    def broken():
        raise RuntimeError("boom")
    """
)


def install(tmp_path, entry="coachco = coachco_rules:rules"):
    """Write an installed distribution (module + dist-info) into *tmp_path*."""
    (tmp_path / "coachco_rules.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "coachco_rules-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: coachco-rules\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[followup_kit.rules]\n{entry}\n", encoding="utf-8")


def run(tmp_path, code):
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    return result.returncode, result.stdout.strip(), result.stderr.strip()


CODE = """
import json
from followup_kit import default_rules
plain = default_rules()
with_plugins = default_rules(plugins=True)
print(json.dumps(["coachco.closing.formal" in plain, "coachco.closing.formal" in with_plugins]))
"""


def test_plugin_found_only_when_asked(tmp_path):
    install(tmp_path)
    status, out, err = run(tmp_path, CODE)
    assert (0, "") == (status, err)
    assert [False, True] == json.loads(out)


def test_plugin_rules_compose(tmp_path):
    install(tmp_path)
    code = (
        "from followup_kit import Situation, compose, default_rules\n"
        "s = Situation.from_dict({'stage': 'thank_you', 'tone': 'formal', 'company': 'C',"
        " 'role': 'R', 'topics': ['t'], 'candidate': {'name': 'A'},"
        " 'interviewers': [{'name': 'Sam Lee'}]})\n"
        "print(compose(s, default_rules(plugins=True)).body.splitlines()[-2])"
    )
    status, out, _ = run(tmp_path, code)
    assert (0, "With warm regards,") == (status, out)


def test_a_broken_plugin_is_named(tmp_path):
    install(tmp_path, entry="coachco = coachco_rules:broken")
    status, _, err = run(tmp_path, CODE)
    assert 0 != status
    assert "RulePackError" in err and "plugin coachco (coachco_rules:broken)" in err
    assert "RuntimeError: boom" in err


FUNCTION_PLUGIN = textwrap.dedent(
    """
    import re

    from followup_kit import RuleSet

    def too_casual(text, situation):
        return [m.span() for m in re.finditer(r"\\bhey\\b", text, re.IGNORECASE)]

    PACK = {
        "format": 1,
        "rules": [
            {
                "kind": "check",
                "id": "coachco.check.casual",
                "category": "aloofness",
                "advice": ["L11"],
                "why": "Too familiar for a first message.",
                "message": "Open with their name instead.",
                "function": "coachco.too_casual",
            }
        ],
    }

    def rules():
        return RuleSet.from_dict(PACK, functions={"coachco.too_casual": too_casual})
    """
)


def test_a_plugin_ships_a_python_check(tmp_path):
    install(tmp_path)
    (tmp_path / "coachco_rules.py").write_text(FUNCTION_PLUGIN, encoding="utf-8")
    code = (
        "import pickle\n"
        "from followup_kit import check, default_rules\n"
        "rules = default_rules(plugins=True)\n"
        "assert pickle.loads(pickle.dumps(rules)) == rules\n"
        "print([f.rule_id for f in check('Hey Sam, thanks!', rules=rules)"
        " if f.rule_id.startswith('coachco')])"
    )
    status, out, err = run(tmp_path, code)
    assert (0, "['coachco.check.casual']", "") == (status, out, err)
