"""
The command line: ``followup-kit compose``, ``check`` and ``plan``.

This is the one module that reads files and streams and writes to the terminal; the
library itself does no I/O. Errors print one line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TextIO

from followup_kit.check import check
from followup_kit.compose import Message, compose, compose_all
from followup_kit.exceptions import FollowupKitError, InputError
from followup_kit.findings import Category, Finding, Severity
from followup_kit.situation import Situation

__all__ = ["main"]

_PROG = "followup-kit"
_TOML_WHERE = re.compile(
    r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$", re.DOTALL
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


class _CliError(Exception):
    """A problem to report on one line, with exit status 2."""


def _examples() -> dict[str, Any]:
    folder = resources.files("followup_kit").joinpath("examples")
    return {
        Path(entry.name).stem: entry
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith((".json", ".toml"))
    }


def _parse(text: str, name: str) -> Any:
    """Parse JSON or TOML text: by the file's suffix, else JSON when it starts with '{'."""
    if name.endswith(".toml") or (not name.endswith(".json") and not text.lstrip().startswith("{")):
        return _parse_toml(text, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _CliError(f"{name}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise _CliError(f"{name}: the data nests too deeply") from None
    except ValueError as exc:  # integers of more than 4,300 digits
        raise _CliError(f"{name}: {exc}") from None


def _parse_toml(text: str, name: str) -> Any:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_WHERE.match(str(exc))
        if match:
            where = f"line {match['line']}, column {match['col']}: {match['msg']}"
            raise _CliError(f"{name}: {where}") from None
        raise _CliError(f"{name}: {exc}") from None
    except RecursionError:
        raise _CliError(f"{name}: the data nests too deeply") from None


def _read_situation(args: argparse.Namespace, stdin: TextIO) -> tuple[Situation, str]:
    if args.example:
        examples = _examples()
        if args.example not in examples:
            raise _CliError(
                f"unknown example {args.example!r}; choose one of: {', '.join(examples)}"
            )
        entry = examples[args.example]
        name = f"example {args.example}"
        data = _parse(entry.read_text(encoding="utf-8"), entry.name)
    elif args.file is None:
        raise _CliError("give a situation FILE, '-' for standard input, or --example NAME")
    elif args.file == "-":
        name = "<stdin>"
        data = _parse(stdin.read(), name)
    else:
        name = args.file
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise _CliError(f"{name}: cannot read the file: {reason}") from None
        data = _parse(text, name)
    try:
        return Situation.from_dict(data), name
    except InputError as exc:
        exc.source = name
        raise


def _printable(text: str) -> str:
    """Replace control characters other than newline and tab, so text cannot drive the terminal."""
    return _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)


def _render(messages: tuple[Message, ...], fmt: str, explain: bool) -> str:
    if fmt == "json":
        data = [m.to_dict() for m in messages]
        return json.dumps(data if len(data) > 1 else data[0], indent=2, ensure_ascii=False)
    chunks = []
    for message in messages:
        if explain:
            chunks.append(message.explain())
        elif fmt == "html":
            chunks.append(message.html)
        else:
            head = f"Subject: {message.subject}\n\n" if message.subject else ""
            chunks.append(head + message.body)
    return _printable(("\n\n" + "-" * 40 + "\n\n").join(chunks))


def _compose(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    situation, _name = _read_situation(args, stdin)
    if args.all:
        messages = compose_all(situation, variant=args.variant, placeholders=args.placeholders)
    else:
        messages = (compose(situation, variant=args.variant, placeholders=args.placeholders),)
    stdout.write(_render(messages, args.format, args.explain) + "\n")
    return 0


def _read_text(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise _CliError(f"{name}: cannot read the file: {exc.strerror or exc}") from None


def _categories(value: str | None) -> set[Category]:
    if not value:
        return set()
    chosen = set()
    for name in value.split(","):
        try:
            chosen.add(Category(name.strip()))
        except ValueError:
            valid = ", ".join(c.value for c in Category)
            raise _CliError(f"unknown category {name.strip()!r}; choose from: {valid}") from None
    return chosen


def _situation_file(name: str | None) -> Situation | None:
    if name is None:
        return None
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _CliError(f"{name}: cannot read the file: {reason}") from None
    try:
        return Situation.from_dict(_parse(text, name))
    except InputError as exc:
        exc.source = name
        raise


def _position(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column (in code points) of *offset*."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _check(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    situation = _situation_file(args.situation)
    select, ignore = _categories(args.select), _categories(args.ignore)
    results: list[tuple[str, str, list[Finding]]] = []
    for name in args.files:
        text = _read_text(name, stdin)
        findings = [
            f
            for f in check(text, situation)
            if (not select or f.category in select) and f.category not in ignore
        ]
        results.append(("<stdin>" if name == "-" else name, text, findings))
    render = {
        "text": _check_text,
        "json": _check_json,
        "sarif": _check_sarif,
        "github": _check_github,
    }
    output = render[args.format](results)
    if output:
        stdout.write(output + "\n")
    return 1 if any(findings for _, _, findings in results) else 0


def _check_text(results: list[tuple[str, str, list[Finding]]]) -> str:
    blocks = []
    for name, text, findings in results:
        for f in findings:
            line, column = _position(text, f.start)
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.start)
            line_end = len(text) if line_end < 0 else line_end
            shown = text[line_start:line_end]
            width = max(1, min(f.end, line_end) - f.start)
            block = [
                f"{name}:{line}:{column}: {f.category.value} [{f.rule_id}] {f.message}",
                f"    {_printable(shown)}",
                "    " + " " * (column - 1) + "^" * width,
                f"    advice: {', '.join(f.advice)}",
            ]
            if f.suggestion:
                block.append(f"    try: {_printable(f.suggestion)}")
            blocks.append("\n".join(block))
    total = sum(len(f) for _, _, f in results)
    files = len(results)
    blocks.append(f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}")
    return "\n\n".join(blocks)


def _check_json(results: list[tuple[str, str, list[Finding]]]) -> str:
    data = {
        "version": 1,
        "files": [
            {
                "path": name,
                "findings": [
                    {
                        **f.to_dict(),
                        "line": _position(text, f.start)[0],
                        "column": _position(text, f.start)[1],
                    }
                    for f in findings
                ],
            }
            for name, text, findings in results
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _check_sarif(results: list[tuple[str, str, list[Finding]]]) -> str:
    from followup_kit.rules import Check  # noqa: PLC0415
    from followup_kit.rulesets import default_rules  # noqa: PLC0415

    rules = [r for r in default_rules() if isinstance(r, Check)]
    sarif_results = []
    for name, text, findings in results:
        for f in findings:
            start_line, start_column = _position(text, f.start)
            end_line, end_column = _position(text, f.end)
            sarif_results.append(
                {
                    "ruleId": f.rule_id,
                    "level": _SARIF_LEVEL[f.severity],
                    "message": {
                        "text": f.message + (f" Try: {f.suggestion}" if f.suggestion else "")
                    },
                    "partialFingerprints": {"followupKit/v1": f.fingerprint},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": name},
                                "region": {
                                    "startLine": start_line,
                                    "startColumn": start_column,
                                    "endLine": end_line,
                                    "endColumn": end_column,
                                    "charOffset": f.start,
                                    "charLength": f.end - f.start,
                                },
                            }
                        }
                    ],
                }
            )
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "followup-kit",
                        "informationUri": "https://pypi.org/project/followup-kit/",
                        "rules": [
                            {
                                "id": r.id,
                                "shortDescription": {"text": r.message},
                                "fullDescription": {"text": r.why},
                                "properties": {
                                    "category": r.category.value,
                                    "advice": list(r.advice),
                                },
                            }
                            for r in rules
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False)


def _github_escape(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def _check_github(results: list[tuple[str, str, list[Finding]]]) -> str:
    lines = []
    for name, text, findings in results:
        for f in findings:
            line, column = _position(text, f.start)
            end_line, end_column = _position(text, f.end)
            level = (
                "error"
                if f.severity is Severity.ERROR
                else "warning"
                if f.severity is Severity.WARNING
                else "notice"
            )
            props = ",".join(
                [
                    f"file={_github_escape(name, property_value=True)}",
                    f"line={line}",
                    f"col={column}",
                    f"endLine={end_line}",
                    f"endColumn={end_column}",
                    "title="
                    + _github_escape(f"{f.category.value} ({f.rule_id})", property_value=True),
                ]
            )
            lines.append(f"::{level} {props}::{_github_escape(_printable(f.message))}")
    return "\n".join(lines)


def _plan(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from followup_kit.plan import plan  # noqa: PLC0415

    try:
        today = dt.date.fromisoformat(args.today)
    except ValueError:
        raise _CliError(f"--today: expected a date as YYYY-MM-DD, got {args.today!r}") from None
    situation, _name = _read_situation(args, stdin)
    timeline = plan(situation, today=today)
    if args.ics:
        try:
            Path(args.ics).write_text(timeline.to_ics(), encoding="utf-8", newline="")
        except OSError as exc:
            raise _CliError(f"{args.ics}: cannot write the file: {exc.strerror or exc}") from None
    if args.format == "json":
        stdout.write(json.dumps(timeline.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return 0
    lines = []
    for step in timeline:
        window = f" {step.window[0]:%H:%M}-{step.window[1]:%H:%M}" if step.window else ""
        lines.append(
            f"{step.on:%a %Y-%m-%d}{window}  {step.stage.value} by {step.channel.value}"
            f"  [{', '.join(step.why)}]"
        )
        lines.append(f"    {step.explanation}")
    lines += [f"note: {note}" for note in timeline.notes]
    stdout.write(_printable("\n".join(lines)) + "\n")
    return 0


def _schema(_args: argparse.Namespace, _stdin: TextIO, stdout: TextIO) -> int:
    from followup_kit.schema import pack_schema  # noqa: PLC0415

    stdout.write(json.dumps(pack_schema(), indent=2) + "\n")
    return 0


def _list_examples(_args: argparse.Namespace, _stdin: TextIO, stdout: TextIO) -> int:
    stdout.writelines(name + "\n" for name in _examples())
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _CliError(message)


def _situation_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of every command that reads one situation."""
    parser.add_argument("file", nargs="?", help="the situation file, or '-' for standard input")
    parser.add_argument("--example", metavar="NAME", help="use a built-in example situation")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROG,
        description="Compose the messages that follow a job interview, and explain them.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    comp = commands.add_parser(
        "compose",
        help="compose a message from a situation file (JSON or TOML)",
        description="Compose a message from a situation in a JSON or TOML file.",
    )
    _situation_arguments(comp)
    comp.add_argument(
        "--format", choices=("text", "html", "json"), default="text", help="output format"
    )
    comp.add_argument("--explain", action="store_true", help="print each part with its reason")
    comp.add_argument("--variant", type=int, default=0, help="pick another wording (an integer)")
    comp.add_argument("--all", action="store_true", help="one note per interviewer")
    comp.add_argument(
        "--placeholders", action="store_true", help="fill missing details with [placeholders]"
    )
    comp.set_defaults(run=_compose)
    chk = commands.add_parser(
        "check",
        help="flag what not to say in drafts",
        description="Flag what could cost the writer the job in one or more drafts.",
    )
    chk.add_argument(
        "files", nargs="+", metavar="FILE", help="draft files, or '-' for standard input"
    )
    chk.add_argument("--situation", metavar="FILE", help="the situation, as JSON or TOML")
    chk.add_argument(
        "--select", metavar="CATEGORIES", help="only these categories (comma-separated)"
    )
    chk.add_argument("--ignore", metavar="CATEGORIES", help="leave out these categories")
    chk.add_argument(
        "--format",
        choices=("text", "json", "sarif", "github"),
        default="text",
        help="output format",
    )
    chk.set_defaults(run=_check)
    pln = commands.add_parser(
        "plan",
        help="plan the dated follow-up steps",
        description="Plan which follow-up to send, how, and when.",
    )
    _situation_arguments(pln)
    pln.add_argument("--today", required=True, metavar="DATE", help="today's date, YYYY-MM-DD")
    pln.add_argument("--ics", metavar="OUT", help="also write the plan as an iCalendar file")
    pln.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    pln.set_defaults(run=_plan)
    schema = commands.add_parser("schema", help="print the JSON Schema of rule packs")
    schema.set_defaults(run=_schema)
    examples = commands.add_parser("examples", help="list the built-in example situations")
    examples.set_defaults(run=_list_examples)
    return parser


def main(
    argv: list[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status (0 success, 1 findings, 2 error)."""
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    try:
        args = _parser().parse_args(argv)
        status: int = args.run(args, stdin, stdout)
    except _CliError as exc:
        stderr.write(f"{_PROG}: error: {_printable(str(exc))}\n")
        return 2
    except InputError as exc:
        stderr.write(f"{_PROG}: error: {_printable(exc.one_line())}\n")
        return 2
    except FollowupKitError as exc:
        stderr.write(f"{_PROG}: error: {_printable(str(exc))}\n")
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
