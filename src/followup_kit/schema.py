"""
The JSON Schema of the rule-pack format (``format: 1``).

It is built from the library's own enums and limits, and shipped as
``followup_kit/rulepack.schema.json``.

The schema describes the shape of a pack; loading a pack also checks what a schema
cannot: template syntax and vocabulary, pattern syntax, unique ids, and that each
function a pack names (``{"predicate": NAME}``, a check's ``function``) is one the
caller allows.

>>> from followup_kit.schema import pack_schema
>>> pack_schema()["properties"]["format"]
{'const': 1}
"""

from __future__ import annotations

from typing import Any

from followup_kit import _matcher, _template
from followup_kit.advice import ADVICE
from followup_kit.conditions import (
    DETAILS,
    FIELDS,
    FUNCTION_NAME_PATTERN,
    MAX_DEPTH,
    MAX_FUNCTION_NAME,
)
from followup_kit.findings import Category, Severity
from followup_kit.rules import ANCHORS, FORMAT, MAX_PRIORITY, MAX_RULES, MAX_TEXTS
from followup_kit.situation import Channel, Stage

__all__ = ["pack_schema"]


def _enum(values: Any) -> dict[str, Any]:
    return {"enum": [getattr(v, "value", v) for v in values]}


def pack_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a rule pack."""
    common = {
        "id": {"$ref": "#/$defs/id"},
        "advice": {"$ref": "#/$defs/advice"},
        "why": {"$ref": "#/$defs/sentence"},
        "stages": {"type": "array", "items": {"$ref": "#/$defs/stage"}},
        "when": {"$ref": "#/$defs/condition"},
        "priority": {"type": "integer", "minimum": 0, "maximum": MAX_PRIORITY},
    }
    template = {"type": "string", "maxLength": _template.MAX_TEMPLATE_CHARS}
    pattern = {"type": "string", "minLength": 1, "maxLength": _matcher.MAX_PATTERN_CHARS}
    section = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"}

    def kind(name: str, required: list[str], extra: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["kind", *required],
            "additionalProperties": False,
            "properties": {"kind": {"const": name}, **common, **extra},
        }

    field_names = list(FIELDS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:followup-kit:rule-pack:1",
        "title": "followup_kit rule pack",
        "description": "A versioned pack of followup_kit rules, as JSON or TOML.",
        "type": "object",
        "required": ["format", "rules"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "rules": {"type": "array", "maxItems": MAX_RULES, "items": {"$ref": "#/$defs/rule"}},
        },
        "$defs": {
            "id": {
                "type": "string",
                "maxLength": 120,
                "pattern": r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+){1,7}$",
            },
            "advice": {"type": "array", "minItems": 1, "items": _enum(ADVICE)},
            "sentence": {"type": "string", "minLength": 1, "pattern": r"\S"},
            "stage": _enum(Stage),
            "function": {
                "description": (
                    "The name of a Python function that the code loading the pack allows."
                ),
                "type": "string",
                "maxLength": MAX_FUNCTION_NAME,
                "pattern": f"^{FUNCTION_NAME_PATTERN}$",
            },
            "condition": {
                "description": (
                    "A field test, a named predicate, or all/any/not of conditions; "
                    f"at most {MAX_DEPTH} deep."
                ),
                "oneOf": [
                    {"type": "array", "items": {"$ref": "#/$defs/condition"}},
                    {
                        "type": "object",
                        "required": ["field", "eq"],
                        "additionalProperties": False,
                        "properties": {"field": _enum(field_names), "eq": {"type": "string"}},
                    },
                    {
                        "type": "object",
                        "required": ["field", "in"],
                        "additionalProperties": False,
                        "properties": {
                            "field": _enum(field_names),
                            "in": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["field", "present"],
                        "additionalProperties": False,
                        "properties": {"field": _enum(DETAILS), "present": {"const": True}},
                    },
                    {
                        "type": "object",
                        "required": ["all"],
                        "additionalProperties": False,
                        "properties": {
                            "all": {"type": "array", "items": {"$ref": "#/$defs/condition"}}
                        },
                    },
                    {
                        "type": "object",
                        "required": ["any"],
                        "additionalProperties": False,
                        "properties": {
                            "any": {"type": "array", "items": {"$ref": "#/$defs/condition"}}
                        },
                    },
                    {
                        "type": "object",
                        "required": ["not"],
                        "additionalProperties": False,
                        "properties": {"not": {"$ref": "#/$defs/condition"}},
                    },
                    {
                        "type": "object",
                        "required": ["predicate"],
                        "additionalProperties": False,
                        "properties": {"predicate": {"$ref": "#/$defs/function"}},
                    },
                ],
            },
            "rule": {
                "oneOf": [
                    kind(
                        "phrasing",
                        ["id", "section", "texts", "advice", "why"],
                        {
                            "section": section,
                            "texts": {
                                "type": "array",
                                "minItems": 1,
                                "maxItems": MAX_TEXTS,
                                "items": template,
                            },
                            "translations": {
                                "type": "object",
                                "propertyNames": {
                                    "pattern": "^[a-z]{2,3}$",
                                    "not": {"const": "en"},
                                },
                                "additionalProperties": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": MAX_TEXTS,
                                    "items": template,
                                },
                            },
                        },
                    ),
                    kind(
                        "layout",
                        ["id", "paragraphs", "advice", "why"],
                        {
                            "paragraphs": {
                                "type": "array",
                                "items": {"type": "array", "items": section},
                            },
                            "sign_off": {"type": "array", "items": section},
                            "subject": {"type": "boolean"},
                            "optional": {"type": "array", "items": section},
                            "caution": {"$ref": "#/$defs/sentence"},
                            "max_words": {"type": "integer", "minimum": 1, "maximum": 10000},
                        },
                    ),
                    kind(
                        "check",
                        ["id", "category", "advice", "why", "message"],
                        {
                            "category": _enum(Category),
                            "message": {"$ref": "#/$defs/sentence"},
                            "patterns": {"type": "array", "items": pattern},
                            "unless": {"type": "array", "items": pattern},
                            "context": {"type": "array", "items": pattern},
                            "measure": {"type": "string"},
                            "limit": {"type": "integer", "minimum": 0, "maximum": 100000},
                            "suggestion": {"type": "string"},
                            "severity": _enum(Severity),
                            "examples": {"type": "array", "items": {"type": "string"}},
                            "counterexamples": {"type": "array", "items": {"type": "string"}},
                            "function": {"$ref": "#/$defs/function"},
                            "languages": {
                                "type": "array",
                                "items": {"type": "string", "pattern": "^[a-z]{2,3}$"},
                            },
                        },
                    ),
                    kind(
                        "prompt",
                        ["id", "text", "advice", "why"],
                        {"text": template, "phase": {"enum": ["before", "after"]}},
                    ),
                    kind(
                        "timing",
                        ["id", "step", "anchor", "offset", "explain", "advice", "why"],
                        {
                            "step": {"$ref": "#/$defs/stage"},
                            "anchor": _enum(ANCHORS),
                            "offset": {"type": "integer", "minimum": -366, "maximum": 366},
                            "explain": {"$ref": "#/$defs/sentence"},
                            "working_days": {"type": "boolean"},
                            "latest": {"type": "integer", "minimum": 0, "maximum": 366},
                            "channel": _enum(Channel),
                            "window": {"enum": ["early", "late"]},
                            "exact": {"type": "boolean"},
                        },
                    ),
                ]
            },
        },
    }
