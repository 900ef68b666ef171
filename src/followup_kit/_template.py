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

from types import MappingProxyType

from jinja2 import StrictUndefined, nodes
from jinja2.exceptions import TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

__all__ = ["MAX_TEMPLATE_CHARS", "SOURCES", "VARIABLES", "make_environment", "template_problem"]

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
    }
)

_ALLOWED_NODES = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name)


def make_environment() -> ImmutableSandboxedEnvironment:
    """Return a fresh sandboxed environment with no globals, filters, tests or loader."""
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
    try:
        tree = make_environment().parse(source)
    except TemplateSyntaxError as exc:
        return f"template syntax error on line {exc.lineno}: {exc.message}", ()
    except RecursionError:
        return "template nests too deeply", ()
    names: list[str] = []
    for node in _walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
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


def _walk(node: nodes.Node) -> list[nodes.Node]:
    """Return every node under *node*, iteratively (templates may be deep)."""
    found: list[nodes.Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(reversed(list(current.iter_child_nodes())))
    return found
