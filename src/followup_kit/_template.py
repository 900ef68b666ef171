"""
The phrasing template language: Jinja2 output tags over a fixed vocabulary, nothing else.

A phrasing is plain text with ``{{ name }}`` tags naming details from :data:`VARIABLES`.
Every template is parsed once and its syntax tree walked: any node but text and a bare
variable (no attribute access, calls, filters, loops, arithmetic, macros, includes) is
refused, and so is any unknown name. That keeps rule packs from untrusted sources inert
before Jinja2's sandbox is even reached, and it tells compose() exactly which details
each template needs.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from jinja2 import Template, nodes
    from jinja2.runtime import Context
    from jinja2.sandbox import ImmutableSandboxedEnvironment

__all__ = [
    "MAX_TEMPLATE_CHARS",
    "NAME_FORMS",
    "SOURCES",
    "VARIABLES",
    "Compiled",
    "added_tags",
    "compile_template",
    "make_environment",
    "render_all",
    "template_problem",
]

#: The longest template source accepted, in characters.
MAX_TEMPLATE_CHARS = 2000

#: Every name a template may use, with what it holds.
VARIABLES = MappingProxyType(
    {
        "candidate_name": "the candidate's name",
        "candidate_first": "the first word of the candidate's name, to sign a short message",
        "candidate_phone": "the candidate's phone number",
        "candidate_email": "the candidate's email address",
        "company": "the employer's name",
        "role": "the position applied for",
        "interviewer_name": "the name of the interviewer this note is for",
        "interviewer_title": "that interviewer's position",
        "greeting_name": "how to address that interviewer (their salutation, else their name)",
        "first_name": "that interviewer's salutation, else the first word of their name",
        "family_name": "the last word of that interviewer's name, for 'Ms. Lee', 'Frau Lee'",
        "interviewer_names": "every interviewer's name, as a list in the locale's style",
        "interview_date": "the day of the interview, formatted for the locale",
        "interview_day": "the weekday of the interview",
        "topic": "one thing discussed in the interview (this interviewer's first)",
        "topics": "the topics discussed, as a list in the locale's style",
        "strength": "the candidate's first strength",
        "strengths": "up to two strengths, as a list in the locale's style",
        "next_step": "the next step the employer stated",
        "decision_date": "the day they said they would decide, formatted for the locale",
        "decision_days": "how many days they said the decision would take",
        "callback_days": "in how many days they asked for a call back",
        "decision_period": "how long they said the decision would take: 7 days, 1 day",
        "callback_period": "in how long they asked for a call back, in the locale's words",
        "value_problem": "the problem they raised that the value-add addresses",
        "value_offer": "the free piece of work offered",
        "promised_item": "the first thing the candidate promised to send",
        "promised_due": "when it was promised, formatted for the locale",
        "contact_name": "the mutual contact's name",
        "contact_first": "the first word of the mutual contact's name",
        "contact_relation": "how the contact knows the interviewer",
        "offer_respond_by": "the day by which to answer the offer",
        "reason": "one concrete reason to write, or the reason for withdrawing",
    }
)

#: The Situation field that provides each variable, for naming what is missing.
SOURCES = MappingProxyType(
    {
        "candidate_name": "candidate",
        "candidate_first": "candidate",
        "candidate_phone": "candidate.phone",
        "candidate_email": "candidate.email",
        "interviewer_name": "interviewers",
        "interviewer_title": "interviewers[].title",
        "greeting_name": "interviewers",
        "first_name": "interviewers",
        "family_name": "interviewers",
        "interviewer_names": "interviewers",
        "interview_day": "interview_date",
        "topic": "topics",
        "strength": "strengths",
        "value_problem": "value_add",
        "value_offer": "value_add",
        "promised_item": "promised",
        "promised_due": "promised[].due",
        "contact_name": "contact",
        "contact_first": "contact",
        "contact_relation": "contact.relation",
        "offer_respond_by": "offer.respond_by",
        "decision_period": "decision_days",
        "callback_period": "callback_days",
    }
)

#: The forms of the interviewer's name. Every one of them is known whenever one is, so
#: a translation may use any of them where the English uses one ("Frau {{ family_name }}"
#: for "{{ first_name }}").
NAME_FORMS = frozenset({"interviewer_name", "greeting_name", "first_name", "family_name"})


def added_tags(english: Iterable[str], translated: Iterable[str]) -> set[str]:
    """
    The tags a translation uses that its English wording does not give it.

    >>> sorted(added_tags(["first_name"], ["family_name"])), sorted(added_tags([], ["role"]))
    ([], ['role'])
    """
    allowed = set(english)
    if allowed & NAME_FORMS:
        allowed |= NAME_FORMS
    return set(translated) - allowed


#: A bare ``{{ name }}`` tag, the only tag the quick path of template_problem reads.
_TAG = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
#: What opens any Jinja2 tag or comment; text between bare tags must hold none of them.
_OPENERS = ("{{", "{%", "{#")


def make_environment() -> ImmutableSandboxedEnvironment:
    """Return a fresh sandboxed environment with no globals, filters, tests or loader."""
    from jinja2 import StrictUndefined  # noqa: PLC0415  (Jinja2 loads on first use)
    from jinja2.sandbox import ImmutableSandboxedEnvironment  # noqa: PLC0415

    env = ImmutableSandboxedEnvironment(
        autoescape=False,
        keep_trailing_newline=False,
        undefined=StrictUndefined,
    )
    env.globals.clear()
    env.filters.clear()
    env.tests.clear()
    return env


def template_problem(source: str) -> tuple[str | None, tuple[str, ...]]:
    """
    Check a template; return ``(problem, names)``.

    *problem* is None when the template is acceptable, else says what is wrong;
    *names* are the variables the template uses, in order of first use.
    """
    if len(source) > MAX_TEMPLATE_CHARS:
        return f"a template may have at most {MAX_TEMPLATE_CHARS} characters", ()
    quick = _quick_names(source)
    if quick is not None:
        return None, quick
    return _parsed_problem(source)


def _parsed_problem(source: str) -> tuple[str | None, tuple[str, ...]]:
    """template_problem() for any template, by parsing it and walking its syntax tree."""
    from jinja2 import nodes  # noqa: PLC0415
    from jinja2.exceptions import TemplateSyntaxError  # noqa: PLC0415

    allowed = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name)
    try:
        tree = _environment().parse(source)
    except TemplateSyntaxError as exc:
        return f"template syntax error on line {exc.lineno}: {exc.message}", ()
    except RecursionError:
        return "template nests too deeply", ()
    names: list[str] = []
    for node in _walk(tree):
        if not isinstance(node, allowed):
            return (
                (
                    f"templates may hold only text and {{{{ name }}}} tags; "
                    f"found a {type(node).__name__} node"
                ),
                (),
            )
        if isinstance(node, nodes.Name):
            if node.ctx != "load" or node.name not in VARIABLES:
                return (
                    f"unknown template variable {node.name!r}; expected one of: "
                    + ", ".join(VARIABLES),
                    (),
                )
            if node.name not in names:
                names.append(node.name)
    return None, tuple(names)


def _quick_names(source: str) -> tuple[str, ...] | None:
    """
    The names of a template made only of text and bare ``{{ name }}`` tags, else None.

    Such a template is what nearly every phrasing is, and it needs no Jinja2 parse: the
    text between its tags opens no other tag or comment, and every name is known. Any
    other template (whitespace control, an unknown name, a stray ``{%``) returns None and
    goes through the full parse, which also words the problem.
    """
    if "{" not in source:
        return ()
    pieces = _TAG.split(source)
    names: list[str] = []
    for position, piece in enumerate(pieces):
        if position % 2:
            if piece not in VARIABLES:
                return None
            if piece not in names:
                names.append(piece)
        elif any(opener in piece for opener in _OPENERS) or (
            piece.endswith("{") or piece.startswith("}")
        ):
            return None
    return tuple(names)


@functools.cache
def _environment() -> ImmutableSandboxedEnvironment:
    """The one environment this module parses and compiles with, made on first use."""
    return make_environment()


class Compiled:
    """
    A template compiled once, with what it needs to know its rendered length in advance.

    A valid template is text and bare names only, so its output is exactly its text
    plus each name's value once per use: :meth:`length` is exact, and a caller can
    refuse an over-long message before rendering any of it.
    """

    __slots__ = ("_text_chars", "_uses", "template")

    def __init__(
        self, template: Template, text_chars: int, uses: tuple[tuple[str, int], ...]
    ) -> None:
        self.template = template
        self._text_chars = text_chars
        self._uses = uses

    def length(self, ctx: dict[str, str]) -> int:
        """The length of the rendered text for *ctx*, which must hold every name used."""
        return self._text_chars + sum(len(ctx[name]) * count for name, count in self._uses)

    def render(self, ctx: dict[str, str]) -> str:
        """Render with *ctx*."""
        return self.template.render(ctx)

    def render_in(self, context: Context) -> str:
        """
        Render in a context made once for several templates (see :func:`render_all`).

        A template of text and bare names only reads the context, so one context can
        serve every template of a message; making it is most of the cost of a render.
        """
        return "".join(self.template.root_render_func(context))


def render_all(templates: Sequence[Compiled], ctx: dict[str, str]) -> list[str]:
    """Render each of *templates* with the same variables *ctx*, in one shared context."""
    if not templates:
        return []
    context = templates[0].template.new_context(ctx, shared=True)
    return [t.render_in(context) for t in templates]


def compile_template(source: str) -> Compiled:
    """Parse and compile a template that :func:`template_problem` accepted, once."""
    from jinja2 import nodes  # noqa: PLC0415

    env = _environment()
    tree = env.parse(source)
    text_chars = 0
    uses: dict[str, int] = {}
    for node in _walk(tree):
        if isinstance(node, nodes.TemplateData):
            text_chars += len(node.data)
        elif isinstance(node, nodes.Name):
            uses[node.name] = uses.get(node.name, 0) + 1
    return Compiled(env.from_string(tree), text_chars, tuple(uses.items()))


def _walk(node: nodes.Node) -> list[nodes.Node]:
    """Return every node under *node*, iteratively (templates may be deep)."""
    found: list[nodes.Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(reversed(list(current.iter_child_nodes())))
    return found
