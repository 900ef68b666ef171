"""
followup_kit: compose, explain, plan and check the messages that follow a job interview.

The public API lives here; every other module is an implementation detail unless its
name is re-exported below.
"""

from __future__ import annotations

from typing import Any

from followup_kit._template import VARIABLES as TEMPLATE_VARIABLES
from followup_kit.advice import ADVICE as ADVICE
from followup_kit.check import check as check
from followup_kit.compose import Message as Message
from followup_kit.compose import TraceEntry as TraceEntry
from followup_kit.compose import compose as compose
from followup_kit.compose import compose_all as compose_all
from followup_kit.conditions import Condition as Condition
from followup_kit.conditions import NamedFunction as NamedFunction
from followup_kit.conditions import all_of as all_of
from followup_kit.conditions import any_of as any_of
from followup_kit.conditions import field_in as field_in
from followup_kit.conditions import field_is as field_is
from followup_kit.conditions import not_ as not_
from followup_kit.conditions import predicate as predicate
from followup_kit.conditions import present as present
from followup_kit.exceptions import ArgumentError as ArgumentError
from followup_kit.exceptions import ComposeError as ComposeError
from followup_kit.exceptions import ConditionError as ConditionError
from followup_kit.exceptions import FollowupKitError as FollowupKitError
from followup_kit.exceptions import FunctionError as FunctionError
from followup_kit.exceptions import InputError as InputError
from followup_kit.exceptions import LanguageError as LanguageError
from followup_kit.exceptions import MissingDetailsError as MissingDetailsError
from followup_kit.exceptions import RulePackError as RulePackError
from followup_kit.exceptions import SituationError as SituationError
from followup_kit.findings import Category as Category
from followup_kit.findings import Finding as Finding
from followup_kit.findings import Severity as Severity
from followup_kit.plan import Step as Step
from followup_kit.plan import Timeline as Timeline
from followup_kit.plan import plan as plan
from followup_kit.reflect import Reflection as Reflection
from followup_kit.reflect import reflect as reflect
from followup_kit.rules import Check as Check
from followup_kit.rules import Layout as Layout
from followup_kit.rules import Phrasing as Phrasing
from followup_kit.rules import Prompt as Prompt
from followup_kit.rules import RuleSet as RuleSet
from followup_kit.rules import Timing as Timing
from followup_kit.rulesets import default_rules as default_rules
from followup_kit.situation import Candidate as Candidate
from followup_kit.situation import Channel as Channel
from followup_kit.situation import Contact as Contact
from followup_kit.situation import Culture as Culture
from followup_kit.situation import EmployerSize as EmployerSize
from followup_kit.situation import Fit as Fit
from followup_kit.situation import Gender as Gender
from followup_kit.situation import Interviewer as Interviewer
from followup_kit.situation import Offer as Offer
from followup_kit.situation import OfferDecision as OfferDecision
from followup_kit.situation import Outcome as Outcome
from followup_kit.situation import PastContact as PastContact
from followup_kit.situation import Promise as Promise
from followup_kit.situation import Situation as Situation
from followup_kit.situation import Stage as Stage
from followup_kit.situation import Tone as Tone
from followup_kit.situation import ValueAdd as ValueAdd
from followup_kit.thread import ThreadFinding as ThreadFinding
from followup_kit.thread import ThreadIssue as ThreadIssue
from followup_kit.thread import check_thread as check_thread

__all__ = [
    "ADVICE",
    "TEMPLATE_VARIABLES",
    "ArgumentError",
    "Candidate",
    "Category",
    "Channel",
    "Check",
    "ComposeError",
    "Condition",
    "ConditionError",
    "Contact",
    "Culture",
    "EmployerSize",
    "Finding",
    "Fit",
    "FollowupKitError",
    "FunctionError",
    "Gender",
    "InputError",
    "Interviewer",
    "LanguageError",
    "Layout",
    "Message",
    "MissingDetailsError",
    "NamedFunction",
    "Offer",
    "OfferDecision",
    "Outcome",
    "PastContact",
    "Phrasing",
    "Promise",
    "Prompt",
    "Reflection",
    "RulePackError",
    "RuleSet",
    "Severity",
    "Situation",
    "Stage",
    "Step",
    "ThreadFinding",
    "ThreadIssue",
    "Timeline",
    "Timing",
    "Tone",
    "TraceEntry",
    "ValueAdd",
    "all_of",
    "any_of",
    "check",
    "check_thread",
    "compose",
    "compose_all",
    "default_rules",
    "field_in",
    "field_is",
    "not_",
    "plan",
    "predicate",
    "present",
    "reflect",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("followup_kit")
    raise AttributeError(f"module 'followup_kit' has no attribute {name!r}")
