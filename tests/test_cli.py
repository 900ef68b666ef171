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


class TestCheck:
    DRAFT = "Dear Sam,\n\nI really need this job. Please let me know by Friday!!!\n"

    def test_text_output_and_exit_status(self, tmp_path):
        path = tmp_path / "draft.txt"
        path.write_text(self.DRAFT, encoding="utf-8")
        status, out, err = run("check", str(path))
        assert (1, "") == (status, err)
        assert f"{path}:3:1: pleading [check_pleading.need]" in out
        assert "    ^^^^^^^^^^^^^^^^^^^^^^\n" in out
        assert "try: " in out and out.rstrip().endswith("3 findings in 1 file")

    def test_clean_draft_exits_zero(self):
        assert 0 == run("check", "-", stdin="Thank you for your time today.")[0]

    def test_select_and_ignore(self):
        status, out, _ = run(
            "check", "-", "--select", "pleading", "--format", "json", stdin=self.DRAFT
        )
        cats = {f["category"] for f in json.loads(out)["files"][0]["findings"]}
        assert (1, {"pleading"}) == (status, cats)
        status, out, _ = run(
            "check",
            "-",
            "--ignore",
            "pleading,demand,effusive",
            "--format",
            "json",
            stdin=self.DRAFT,
        )
        assert (0, []) == (status, json.loads(out)["files"][0]["findings"])

    def test_json_is_the_wire_schema(self):
        _, out, _ = run("check", "-", "--format", "json", stdin=self.DRAFT)
        data = json.loads(out)
        finding = data["files"][0]["findings"][0]
        assert 1 == data["version"]
        assert {
            "rule_id",
            "category",
            "severity",
            "start",
            "end",
            "line",
            "column",
            "message",
            "suggestion",
            "advice",
            "matched",
            "fingerprint",
        } == set(finding)

    def test_sarif(self):
        _, out, _ = run("check", "-", "--format", "sarif", stdin=self.DRAFT)
        log = json.loads(out)
        run_ = log["runs"][0]
        assert "2.1.0" == log["version"] and "unicodeCodePoints" == run_["columnKind"]
        region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
        assert (3, 1) == (region["startLine"], region["startColumn"])
        assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"check_pleading.need"}

    def test_github_annotations_escape(self, tmp_path):
        path = tmp_path / "a,b:c.txt"
        path.write_text(self.DRAFT, encoding="utf-8")
        _, out, _ = run("check", str(path), "--format", "github")
        first = out.splitlines()[0]
        assert first.startswith("::warning file=") and "a%2Cb%3Ac.txt" in first
        assert ",line=3,col=1," in first

    def test_situation_changes_the_verdict(self, tmp_path):
        situation = tmp_path / "s.json"
        situation.write_text('{"stage": "offer_reply"}', encoding="utf-8")
        text = "Could we discuss the salary?"
        assert 1 == run("check", "-", stdin=text)[0]
        assert 0 == run("check", "-", "--situation", str(situation), stdin=text)[0]

    def test_errors(self, tmp_path):
        assert 2 == run("check", "/no/such/draft.txt")[0]
        assert 2 == run("check", "-", "--select", "bogus", stdin="x")[0]
        bad = tmp_path / "s.json"
        bad.write_text('{"stage": "nope"}', encoding="utf-8")
        status, _, err = run("check", "-", "--situation", str(bad), stdin="x")
        assert 2 == status and "s.json: stage: expected one of" in err
