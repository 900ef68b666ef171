"""Tests for the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from followup_kit.cli import main


def run(*argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


class TestCompose:
    def test_example(self):
        status, out, err = run("compose", "--example", "data_analyst")
        assert (0, "") == (status, err)
        assert out.startswith("Subject: Thank you: Data Analyst interview\n\nDear Sam Lee,")
        assert out.rstrip().endswith("Ana Ruiz")

    def test_toml_example_and_explain(self):
        status, out, _ = run("compose", "--example", "product_designer", "--explain")
        assert 0 == status
        assert "[greeting] Dear Maya," in out
        assert "rule common.greeting.card" in out and "why:" in out

    def test_json_includes_the_trace(self):
        status, out, _ = run("compose", "--example", "data_analyst", "--format", "json")
        data = json.loads(out)
        assert 0 == status
        assert data["subject"] and data["trace"][0]["rule_id"] == "thank_you.subject.formal"

    def test_all_and_html(self):
        status, out, _ = run("compose", "--example", "data_analyst", "--all", "--format", "json")
        assert 0 == status and 2 == len(json.loads(out))
        status, out, _ = run("compose", "--example", "data_analyst", "--format", "html")
        assert out.startswith("<p>Dear Sam Lee,</p>")

    def test_file_and_stdin(self, tmp_path):
        path = tmp_path / "s.toml"
        path.write_text(
            'stage = "thank_you"\ncompany = "Acme"\nrole = "Welder"\ntopics = ["the new line"]\n'
            '[candidate]\nname = "Lee"\n[[interviewers]]\nname = "Jo Park"\n',
            encoding="utf-8",
        )
        status, out, _ = run("compose", str(path))
        assert 0 == status and "Welder" in out
        data = json.dumps(
            {
                "stage": "thank_you",
                "company": "Acme",
                "role": "Welder",
                "topics": ["the new line"],
                "candidate": {"name": "Lee"},
                "interviewers": [{"name": "Jo Park"}],
            }
        )
        status, out2, _ = run("compose", "-", stdin=data)
        assert (0, out) == (status, out2)

    def test_examples_list(self):
        status, out, _ = run("examples")
        assert 0 == status and "data_analyst" in out.split()


class TestErrors:
    @pytest.mark.parametrize(
        ("argv", "stdin", "expected"),
        [
            (["compose", "-"], '{"stage": "thank_you",', "<stdin>: line 1, column 23: Expecting"),
            (["compose", "-"], '{"stage": "thanks"}', "<stdin>: stage: expected one of"),
            (["compose", "-"], 'stage = "thank_you"\ntone = \n', "line 2, column 8: Invalid value"),
            (
                ["compose", "-"],
                '{"stage": "thank_you"}',
                "needs details the situation does not give",
            ),
            (
                ["compose", "-"],
                '{"topics": ' + "[" * 100_000 + "]" * 100_000 + "}",
                "nests too deeply",
            ),
            (["compose", "-"], "a = " + "[" * 100_000 + "]" * 100_000, "nests too deeply"),
            (["compose", "-"], '{"decision_days": ' + "9" * 5000 + "}", "<stdin>: "),
            (["compose", "/no/such/file.json"], "", "/no/such/file.json: cannot read the file"),
            (["compose", "--example", "nope"], "", "unknown example 'nope'"),
            (["compose"], "", "give a situation FILE"),
            (["bogus"], "", "invalid choice"),
            ([], "", "required"),
        ],
    )
    def test_one_line_and_status_2(self, argv, stdin, expected):
        status, out, err = run(*argv, stdin=stdin)
        assert 2 == status
        assert "" == out
        assert err.startswith("followup-kit: error: ")
        assert expected in err
        assert 1 == err.count("\n")
        assert "Traceback" not in err

    def test_control_characters_are_not_printed(self):
        data = json.dumps(
            {
                "stage": "thank_you",
                "company": "Acme\x1b[31m",
                "role": "R",
                "topics": ["t"],
                "candidate": {"name": "Lee"},
                "interviewers": [{"name": "Jo"}],
            }
        )
        status, out, _ = run("compose", "-", stdin=data)
        assert 0 == status and "\x1b" not in out and "Acme\N{REPLACEMENT CHARACTER}" in out


def test_module_entry_point():
    """python -m followup_kit runs the same command line."""
    result = subprocess.run(
        [sys.executable, "-m", "followup_kit", "compose", "--example", "data_analyst"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode
    assert "Dear Sam Lee," in result.stdout
