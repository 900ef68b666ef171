"""
The command line: ``followup-kit compose``.

This is the one module that reads files and streams and writes to the terminal; the
library itself does no I/O. Errors print one line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TextIO

from followup_kit.compose import Message, compose, compose_all
from followup_kit.exceptions import FollowupKitError, InputError
from followup_kit.situation import Situation

__all__ = ["main"]

_PROG = "followup-kit"
_TOML_WHERE = re.compile(
    r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$", re.DOTALL
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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


def _list_examples(_args: argparse.Namespace, _stdin: TextIO, stdout: TextIO) -> int:
    stdout.writelines(name + "\n" for name in _examples())
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _CliError(message)


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
    comp.add_argument("file", nargs="?", help="the situation file, or '-' for standard input")
    comp.add_argument("--example", metavar="NAME", help="use a built-in example situation")
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
    examples = commands.add_parser("examples", help="list the built-in example situations")
    examples.set_defaults(run=_list_examples)
    return parser


def main(
    argv: list[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status (0 success, 2 error)."""
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
