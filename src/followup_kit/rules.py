"""
Rules as data, and the immutable RuleSet that holds them.

A rule has a stable dotted id, the advice ids it serves, a condition saying when it
applies, and its payload. Two kinds compose messages:

* :class:`Phrasing` offers wordings (Jinja2 templates over a fixed vocabulary) for one
  *section* of a message (greeting, thanks, recall, ...).
* :class:`Layout` says which sections a message has and how they group into paragraphs.

A :class:`RuleSet` is an immutable value: adding, replacing, removing and merging rules
return new sets. Rule packs round-trip through plain data (``to_dict`` / ``from_dict``)
and load from JSON or TOML files with :meth:`RuleSet.load`.

Rules may also hold Python: a :func:`~followup_kit.predicate` condition, or a check's
``function``. Both are module-level functions that rules refer to by name; a pack in
plain data names them, and reading it resolves the names only through the mapping the
caller passes (``functions=``), so a pack cannot reach any other code.

>>> from followup_kit import RuleSet, default_rules
>>> rules = default_rules()
>>> "thank_you.layout.email" in rules
True
>>> smaller = rules.remove("thank_you.layout.email")
>>> len(rules) - len(smaller)
1
>>> RuleSet.from_dict(rules.to_dict()) == rules
True
"""

from __future__ import annotations

import itertools
import json
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeAlias

import attrs

from followup_kit import _template, _values
from followup_kit import conditions as _conditions
from followup_kit.advice import ADVICE
from followup_kit.conditions import ALWAYS, Condition, Functions, NamedFunction
from followup_kit.exceptions import FunctionError, RulePackError
from followup_kit.findings import Category, Severity
from followup_kit.situation import Channel, Situation, Stage

__all__ = [
    "FORMAT",
    "MAX_RULES",
    "Check",
    "CheckFunction",
    "Layout",
    "Phrasing",
    "Prompt",
    "Rule",
    "RuleSet",
    "Timing",
]

#: The version of the rule-pack format this library reads and writes.
FORMAT = 1

#: The most rules one pack may hold.
MAX_RULES = 20_000

#: The largest rule pack file RuleSet.load reads, in bytes.
MAX_PACK_BYTES = 20_000_000

#: The highest priority a rule may add to its specificity.
MAX_PRIORITY = 9

#: The most patterns (with its ``unless`` patterns) one check may have.
MAX_PATTERNS = 500

#: The most wordings one phrasing may offer.
MAX_TEXTS = 64

#: The most spans one call of a check's function may return.
MAX_FUNCTION_SPANS = 10_000

#: A custom check: the text being checked (quoted parts and signatures blanked, so
#: offsets are those of the draft) and the Situation, or None; it returns the
#: ``(start, end)`` spans to flag.
CheckFunction: TypeAlias = Callable[[str, Situation | None], Iterable[tuple[int, int]]]

if TYPE_CHECKING:
    _FunctionField: TypeAlias = NamedFunction | None
else:
    # cattrs reads this field as it comes; RuleSet.from_dict has resolved names by then.
    _FunctionField = Any

_ID = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,7}")
_SECTION = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _id_problems(rule_id: Any) -> list[tuple[str, str]]:
    if isinstance(rule_id, str) and len(rule_id) <= 120 and _ID.fullmatch(rule_id):
        return []
    return [
        (
            "id",
            (
                "expected a dotted lower-case id such as 'thank_you.greeting.formal', "
                f"got {_values.safe_repr(rule_id)}"
            ),
        )
    ]


def _advice_problems(advice: tuple[str, ...]) -> list[tuple[str, str]]:
    if not advice:
        return [("advice", "expected at least one advice id, such as 'T3'")]
    return [
        (f"advice[{i}]", f"unknown advice id {_values.safe_repr(a)}; see followup_kit.ADVICE")
        for i, a in enumerate(advice)
        if a not in ADVICE
    ]


def _section_problem(path: str, section: Any) -> list[tuple[str, str]]:
    if isinstance(section, str) and _SECTION.fullmatch(section):
        return []
    return [(path, f"expected a lower-case section name, got {_values.safe_repr(section)}")]


class Rule:
    """
    What every rule has: ``id``, ``advice``, ``why``, ``stages`` and ``when``.

    This is a protocol-like base for type annotations; the concrete kinds are
    :class:`Phrasing` and :class:`Layout`.
    """

    __slots__ = ()

    kind: ClassVar[str]
    id: str
    advice: tuple[str, ...]
    why: str
    stages: tuple[Stage, ...]
    when: Condition

    priority: int

    @property
    def specificity(self) -> int:
        """
        How specific the rule is; the most specific applicable rule wins.

        A stage restriction counts one, each field test in the condition one more, and
        ``priority`` is added to that sum.
        """
        return (1 if self.stages else 0) + self.when.specificity + self.priority

    def applies(self, facts: Mapping[str, Any]) -> bool:
        """
        Return whether the rule applies to a situation with these facts.

        Raises:
            FunctionError: If a predicate in the condition fails; it names this rule.
        """
        if self.stages and facts["stage"] not in self.stages:
            return False
        try:
            return self.when.holds(facts)
        except FunctionError as exc:
            if exc.rule_id:
                raise
            raise FunctionError(exc.function, exc.problem, self.id) from None

    def to_dict(self) -> dict[str, Any]:
        """Return the rule as plain data, with its ``kind`` first."""
        from followup_kit import _convert  # noqa: PLC0415

        return {"kind": self.kind, **_convert.unstructure(self)}


def _stages(value: Any) -> tuple[Any, ...]:
    """Turn stage names into Stage members; leave anything else for the validator."""
    return tuple(_stage_value(v) if isinstance(v, str) else v for v in value)


def _common_problems(rule: Rule) -> list[tuple[str, str]]:
    problems = _id_problems(rule.id)
    stages: tuple[object, ...] = rule.stages
    problems += [
        (f"stages[{i}]", f"expected a stage, got {_values.safe_repr(stage)}")
        for i, stage in enumerate(stages)
        if not isinstance(stage, Stage)
    ]
    if not 0 <= rule.priority <= MAX_PRIORITY:
        problems.append(("priority", f"expected a whole number from 0 to {MAX_PRIORITY}"))
    problems += _advice_problems(rule.advice)
    if not rule.why.strip():
        problems.append(("why", "expected a sentence saying why the rule exists"))
    return problems + _shown_text_problems(rule)


#: Characters no text a rule shows may hold: control characters (but tab and line
#: feed), bidirectional embeddings, overrides and isolates, which can make a message
#: read differently from what it says, and lone surrogates, which cannot be encoded.
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

#: The fields whose text ends up in messages, checklists, findings or traces.
_SHOWN_FIELDS = ("why", "texts", "caution", "message", "suggestion", "text", "explain")


def _shown_text_problems(rule: Rule) -> list[tuple[str, str]]:
    problems = []
    for field in _SHOWN_FIELDS:
        value = getattr(rule, field, None)
        items = enumerate(value) if isinstance(value, tuple) else [(None, value)]
        for index, text in items:
            found = _UNSAFE_TEXT.search(text) if isinstance(text, str) else None
            if found is not None:
                path = field if index is None else f"{field}[{index}]"
                code = f"U+{ord(found.group()):04X}"
                problems.append((path, f"expected text without {code} (a control character)"))
    return problems


def _raise(problems: list[tuple[str, str]]) -> None:
    if problems:
        raise RulePackError(problems)


def _to_condition(value: Any) -> Any:
    """Read plain data into a Condition; leave a Condition (or anything else) as it is."""
    if isinstance(value, Mapping | list):
        from followup_kit import conditions  # noqa: PLC0415

        return conditions.from_dict(value)
    return value


def _stage_value(value: Any) -> Any:
    try:
        return Stage(value)
    except ValueError:
        return value


def _channel_value(value: Any) -> Any:
    if value is None:
        return None
    try:
        return Channel(value)
    except ValueError:
        return value


def _category(value: Any) -> Any:
    try:
        return Category(value)
    except ValueError:
        return value


def _severity(value: Any) -> Any:
    try:
        return Severity(value)
    except ValueError:
        return value


@attrs.frozen
class _Unresolved:
    """A function name no allowed function answers to; the Check reports it."""

    name: str
    allowed: Mapping[str, NamedFunction] = attrs.field(factory=dict, eq=False)


def _function_value(value: Any) -> Any:
    """Name a bare function ``module.function``; leave anything else for the validator."""
    if isinstance(value, str):
        return _Unresolved(value)
    if callable(value) and not isinstance(value, NamedFunction):
        try:
            return NamedFunction.of(value)
        except ValueError:
            return value
    return value


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _translations(value: Any) -> Any:
    """Wordings by language as sorted (code, wordings) pairs; leave nonsense for the check."""
    if isinstance(value, Mapping) and all(isinstance(k, str) for k in value):
        return tuple(
            (code, tuple(texts) if isinstance(texts, list | tuple) else texts)
            for code, texts in sorted(value.items())
        )
    return value


def _translation_problems(value: Any, names: Sequence[tuple[str, ...]]) -> list[tuple[str, str]]:
    """What is wrong with a phrasing's translations, by path."""
    if value == ():
        return []
    if not isinstance(value, tuple) or not all(
        isinstance(pair, tuple) and len(pair) == 2 for pair in value
    ):
        return [("translations", "expected a mapping of language code to a list of wordings")]
    problems: list[tuple[str, str]] = []
    for code, texts in value:
        valid = isinstance(code, str) and _LANGUAGE_CODE.fullmatch(code) is not None
        path = f"translations.{code}" if valid else f"translations[{_values.safe_repr(code)[:20]}]"
        if not valid or code == "en":
            problems.append((path, "expected a language code such as 'de', other than 'en'"))
            continue
        if not isinstance(texts, tuple) or len(texts) != len(names):
            problems.append((path, f"expected a list of {len(names)} wordings, one per text"))
            continue
        for i, text in enumerate(texts):
            problem, used = _template.template_problem(text)
            if problem is not None:
                problems.append((f"{path}[{i}]", problem))
            elif _template.added_tags(names[i], used):
                added = ", ".join(sorted(_template.added_tags(names[i], used)))
                problems.append((f"{path}[{i}]", f"uses tags the English does not: {added}"))
    return problems


@attrs.frozen
class Phrasing(Rule):
    """
    Wordings for one section of a message, and when they apply.

    Args:
        id: A stable dotted id; by convention ``<stage or family>.<section>.<name>``.
        section: The section the wordings fill (``greeting``, ``thanks``, ``recall`` ...).
        texts: One or more templates; ``{{ name }}`` tags name details (see
            :data:`followup_kit.TEMPLATE_VARIABLES`). ``variant`` picks among them.
        advice: The advice ids the wording serves.
        why: Why the wording is there, in one sentence.
        stages: The stages it applies to; empty for every stage.
        when: A condition over the situation (see :mod:`followup_kit.conditions`).
        priority: Added to the rule's specificity (0 to 9), to make it win over rules
            with as many conditions, such as a channel's own greeting.
        translations: The wordings in other languages, by language code
            (``{"de": [...], "fr": [...]}``), one for each of *texts*, in the same
            order. A translation may leave out a tag the English has but never adds
            one. Without one, compose() looks the wording up in the built-in catalogs.
    """

    kind: ClassVar[str] = "phrasing"

    id: str
    section: str
    texts: tuple[str, ...] = attrs.field(converter=tuple)
    advice: tuple[str, ...] = attrs.field(converter=tuple)
    why: str
    stages: tuple[Stage, ...] = attrs.field(default=(), converter=_stages)
    when: Condition = attrs.field(default=ALWAYS, converter=_to_condition)
    priority: int = 0
    translations: Any = attrs.field(default=(), converter=_translations)
    _names: tuple[tuple[str, ...], ...] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_names"
    )

    def __attrs_post_init__(self) -> None:
        problems = _common_problems(self)
        problems += _section_problem("section", self.section)
        if not self.texts:
            problems.append(("texts", "expected at least one wording"))
        if len(self.texts) > MAX_TEXTS:
            problems.append(("texts", f"expected at most {MAX_TEXTS} wordings"))
        names: list[tuple[str, ...]] = []
        for i, text in enumerate(self.texts[:MAX_TEXTS]):
            problem, used = _template.template_problem(text)
            if problem is not None:
                problems.append((f"texts[{i}]", problem))
            names.append(used)
        problems += _translation_problems(self.translations, names)
        _raise(problems)
        object.__setattr__(self, "_names", tuple(names))

    def names(self, index: int) -> tuple[str, ...]:
        """Return the template variables that wording *index* uses, in order."""
        return self._names[index]

    def translated(self, language: str) -> tuple[str, ...] | None:
        """The rule's own wordings in *language*, or None if it carries none."""
        for code, texts in self.translations:
            if code == language:
                return tuple(texts)
        return None

    def to_dict(self) -> dict[str, Any]:
        """Return the rule as plain data; translations as a mapping by language."""
        data = super().to_dict()
        data.pop("translations", None)
        if self.translations:
            data["translations"] = {code: list(texts) for code, texts in self.translations}
        return data


def _paragraphs(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(paragraph) for paragraph in value)


@attrs.frozen
class Layout(Rule):
    """
    The shape of a message: its sections, grouped into paragraphs.

    Args:
        id: A stable dotted id, by convention ``<stage>.layout.<channel>``.
        paragraphs: The body's paragraphs, each a list of sections joined by spaces;
            paragraphs are separated by a blank line.
        advice: The advice ids the shape serves.
        why: Why the message has this shape.
        stages: The stages it applies to; empty for every stage.
        when: A condition over the situation.
        priority: Added to the rule's specificity (0 to 9).
        sign_off: Sections set on their own lines at the end (closing, signature).
        subject: Whether the message has a subject line (the ``subject`` section).
        optional: Sections left out, rather than reported, when no phrasing applies.
        caution: A warning the message carries when the advice discourages this form,
            for example a phone call to say thanks; it says what to prefer.
        max_words: The word budget of a message of this shape, which the built-in
            phrasings are tested against.
    """

    kind: ClassVar[str] = "layout"

    id: str
    paragraphs: tuple[tuple[str, ...], ...] = attrs.field(converter=_paragraphs)
    advice: tuple[str, ...] = attrs.field(converter=tuple)
    why: str
    stages: tuple[Stage, ...] = attrs.field(default=(), converter=_stages)
    when: Condition = attrs.field(default=ALWAYS, converter=_to_condition)
    priority: int = 0
    sign_off: tuple[str, ...] = attrs.field(default=("closing", "signature"), converter=tuple)
    subject: bool = False
    optional: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    caution: str | None = None
    max_words: int | None = None

    def __attrs_post_init__(self) -> None:
        problems = _common_problems(self)
        if self.max_words is not None and not 1 <= self.max_words <= 10_000:
            problems.append(("max_words", "expected a whole number from 1 to 10000"))
        if self.caution is not None and not self.caution.strip():
            problems.append(("caution", "expected a sentence, or no caution at all"))
        if not any(self.paragraphs):
            problems.append(("paragraphs", "expected at least one section"))
        seen: set[str] = set()
        for i, paragraph in enumerate(self.paragraphs):
            for j, section in enumerate(paragraph):
                problems += _section_problem(f"paragraphs[{i}][{j}]", section)
                if section in seen:
                    problems.append((f"paragraphs[{i}][{j}]", f"section {section!r} repeats"))
                seen.add(section)
        for j, section in enumerate(self.sign_off):
            problems += _section_problem(f"sign_off[{j}]", section)
        for j, section in enumerate(self.optional):
            if section not in seen and section not in self.sign_off and section != "subject":
                problems.append((f"optional[{j}]", f"{section!r} is not a section of this layout"))
        _raise(problems)

    @property
    def sections(self) -> tuple[str, ...]:
        """Every section in message order: the subject (if any), the body, the sign-off."""
        body = tuple(s for p in self.paragraphs for s in p)
        return (("subject",) if self.subject else ()) + body + self.sign_off


@attrs.frozen
class Check(Rule):
    """
    A "what not to say" check: what it flags, why, and how.

    A check finds text with *patterns* (see :mod:`followup_kit._matcher` for the
    pattern language: words, ``stem*``, ``a|b`` and ``~N`` gaps), with a built-in
    *measure* named by the rule (``words``, ``asks``, ``exclamations``, ``density``,
    ``generic``, ``early_check_in``, ``too_soon``), parameterised by *limit*, or with a
    *function* of the caller's (see :data:`CheckFunction`).

    Args:
        id: A stable dotted id, by convention ``check_<category>.<name>``.
        category: What kind of problem it flags (see :class:`~followup_kit.Category`).
        advice: The advice ids it serves.
        why: Why the problem costs the candidate, in one or two sentences.
        message: What a finding says to the writer, in plain words.
        patterns: Phrases that show the problem, each flagged where it occurs.
        unless: Phrases that, in the same sentence, cancel a match (hard negatives).
        context: Phrases one of which must also occur in the sentence for a match to
            count: a cue and its target ("unfair" and "your process").
        measure: A built-in measure instead of patterns; the patterns then feed it.
        limit: The measure's threshold.
        function: A module-level Python function that finds the spans itself, instead
            of patterns or a measure: ``function(text, situation)`` returns
            ``(start, end)`` pairs. Pass the function (it is then named
            ``module.function``) or a :class:`~followup_kit.conditions.NamedFunction`;
            a pack names it, and :meth:`RuleSet.from_dict` resolves the name through
            the caller's ``functions=``. If it raises or returns anything else,
            :func:`~followup_kit.check` raises :class:`~followup_kit.FunctionError`
            naming the rule.
        suggestion: A better way to say it, when one is safe to offer.
        severity: ``info``, ``warning`` or ``error``.
        stages: The stages it applies to; empty for every stage. Without a situation,
            only checks for every stage run.
        when: A condition over the situation; without a situation it is tested on
            neutral facts (an email, a balanced culture, no stage).
        examples: Texts the check must flag.
        counterexamples: Texts the check must leave alone.
        languages: The languages of text it reads (``["en"]``); empty for any language,
            as for a length limit. :func:`~followup_kit.check` runs the checks of the
            text's language.
    """

    kind: ClassVar[str] = "check"

    id: str
    category: Category = attrs.field(converter=_category)
    advice: tuple[str, ...] = attrs.field(converter=tuple)
    why: str
    message: str
    patterns: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    unless: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    context: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    measure: str | None = None
    limit: int | None = None
    suggestion: str | None = None
    severity: Severity = attrs.field(default=Severity.WARNING, converter=_severity)
    stages: tuple[Stage, ...] = attrs.field(default=(), converter=_stages)
    when: Condition = attrs.field(default=ALWAYS, converter=_to_condition)
    priority: int = 0
    examples: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    counterexamples: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    function: _FunctionField = attrs.field(default=None, converter=_function_value)
    languages: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    def __attrs_post_init__(self) -> None:
        from followup_kit.check import MEASURES  # noqa: PLC0415

        problems = _common_problems(self)
        problems += [
            (
                f"languages[{i}]",
                f"expected a language code such as 'en', got {_values.safe_repr(code)}",
            )
            for i, code in enumerate(self.languages)
            if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code)
        ]
        category: object = self.category  # the converter leaves an unknown value as it came
        severity: object = self.severity
        if not isinstance(category, Category):
            valid = ", ".join(repr(c.value) for c in Category)
            problems.append(
                ("category", f"expected one of {valid}, got {_values.safe_repr(self.category)}")
            )
        if not isinstance(severity, Severity):
            valid = ", ".join(repr(s.value) for s in Severity)
            problems.append(
                ("severity", f"expected one of {valid}, got {_values.safe_repr(self.severity)}")
            )
        if not self.message.strip():
            problems.append(("message", "expected a sentence for the writer"))
        if self.function is not None:
            problems += self._function_problems()
        elif self.measure is None and not self.patterns:
            problems.append(("patterns", "expected patterns, a measure or a function"))
        if self.measure is not None and self.measure not in MEASURES:
            problems.append(
                (
                    "measure",
                    f"unknown measure {self.measure!r}; expected one of: {', '.join(MEASURES)}",
                )
            )
        if self.limit is not None and not 0 <= self.limit <= 100_000:
            problems.append(("limit", "expected a whole number from 0 to 100000"))
        problems += self._pattern_problems()
        _raise(problems)

    def _function_problems(self) -> list[tuple[str, str]]:
        value: object = self.function  # the converter leaves a bad value as it came
        if isinstance(value, _Unresolved):
            problem = _conditions.name_problem(value.name)
            if problem is None:
                problem = _conditions.not_allowed("function", value.name, value.allowed)
            return [("function", problem)]
        if not isinstance(value, NamedFunction):
            return [("function", _conditions.function_problem(value) or "expected a function")]
        problems = []
        arity = _conditions.arity_problem(value.function, 2)
        if arity is not None:
            problems.append(("function", f"{arity}: the text and the situation"))
        problems += [
            (field, "a check with a function finds its own spans")
            for field in ("patterns", "unless", "context", "measure")
            if getattr(self, field)
        ]
        return problems

    def to_dict(self) -> dict[str, Any]:
        """Return the rule as plain data; a function is written as its name."""
        data = super().to_dict()
        if self.function is not None:
            data["function"] = self.function.name
        return data

    def function_spans(self, text: str, situation: Situation | None) -> list[tuple[int, int]]:
        """
        Call the rule's function; return its spans, checked and in order.

        Raises:
            FunctionError: Naming this rule, if the function raises, returns something
                that is not ``(start, end)`` pairs of whole numbers within *text*, or
                returns more than :data:`MAX_FUNCTION_SPANS` spans.
        """
        if self.function is None:
            return []
        name = self.function.name
        try:
            result = self.function.function(text, situation)
        except Exception as exc:  # noqa: BLE001  (reported as our own error, naming the rule)
            problem = f"raised {_conditions.describe_exception(exc)}"
            raise FunctionError(name, problem, self.id) from None
        if isinstance(result, str | bytes | Mapping) or not isinstance(result, Iterable):
            problem = f"returned {_values.safe_repr(result)}; expected (start, end) pairs"
            raise FunctionError(name, problem, self.id)
        try:
            items = list(itertools.islice(result, MAX_FUNCTION_SPANS + 1))
        except Exception as exc:  # noqa: BLE001  (a generator may fail half-way)
            problem = f"raised {_conditions.describe_exception(exc)} while giving its spans"
            raise FunctionError(name, problem, self.id) from None
        if len(items) > MAX_FUNCTION_SPANS:
            problem = f"returned more than {MAX_FUNCTION_SPANS} spans"
            raise FunctionError(name, problem, self.id)
        spans = []
        for item in items:
            if not (
                isinstance(item, tuple | list)
                and len(item) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in item)
            ):
                problem = (
                    f"returned {_values.safe_repr(item)} as a span; "
                    "expected (start, end) pairs of whole numbers"
                )
                raise FunctionError(name, problem, self.id)
            start, end = item
            if not 0 <= start <= end <= len(text):
                problem = (
                    f"returned the span ({start}, {end}), which is not within "
                    f"the text of {len(text)} characters"
                )
                raise FunctionError(name, problem, self.id)
            spans.append((start, end))
        return sorted(spans)

    def _pattern_problems(self) -> list[tuple[str, str]]:
        from followup_kit import _matcher  # noqa: PLC0415

        problems = []
        if len(self.patterns) + len(self.unless) + len(self.context) > MAX_PATTERNS:
            problems.append(("patterns", f"a check may have at most {MAX_PATTERNS} patterns"))
        for field in ("patterns", "unless", "context"):
            for i, pattern in enumerate(getattr(self, field)[:MAX_PATTERNS]):
                problem = _matcher.pattern_problem(pattern)
                if problem is not None:
                    problems.append((f"{field}[{i}]", problem))
        return problems


@attrs.frozen
class Prompt(Rule):
    """
    A reflection question or a preparation reminder, shown as a checklist item.

    Args:
        id: A stable dotted id, by convention ``reflection.<name>``.
        text: The question or reminder; a template over the same vocabulary as phrasings.
            A prompt whose template needs a detail the situation lacks is left out.
        advice: The advice ids it serves.
        why: Why it is worth the candidate's time.
        phase: ``before`` the interview (preparation) or ``after`` it (review).
        stages: The stages it applies to; empty for every stage.
        when: A condition over the situation.
    """

    kind: ClassVar[str] = "prompt"

    id: str
    text: str
    advice: tuple[str, ...] = attrs.field(converter=tuple)
    why: str
    phase: str = "after"
    stages: tuple[Stage, ...] = attrs.field(default=(), converter=_stages)
    when: Condition = attrs.field(default=ALWAYS, converter=_to_condition)
    priority: int = 0
    _names: tuple[str, ...] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_names"
    )

    def __attrs_post_init__(self) -> None:
        problems = _common_problems(self)
        if self.phase not in ("before", "after"):
            problems.append(
                ("phase", f"expected 'before' or 'after', got {_values.safe_repr(self.phase)}")
            )
        problem, names = _template.template_problem(self.text)
        if problem is not None:
            problems.append(("text", problem))
        _raise(problems)
        object.__setattr__(self, "_names", names)

    @property
    def names(self) -> tuple[str, ...]:
        """The template variables the text uses."""
        return self._names


#: What a timing rule counts its days from.
ANCHORS = ("today", "interview", "decision", "promise", "callback", "offer_deadline")


@attrs.frozen
class Timing(Rule):
    """
    When a follow-up step should happen, for plan().

    Args:
        id: A stable dotted id, by convention ``plan.<stage>.<name>``.
        step: The stage of the message the step sends.
        anchor: What the days count from: ``today``, ``interview``, ``decision`` (the
            decision date, or the interview plus the decision days), ``promise`` (the
            first promise's due date), ``callback`` (the interview plus the call-back
            days) or ``offer_deadline``.
        offset: Days after the anchor; negative for before it.
        working_days: Count the offset in working days (weekends skipped).
        latest: Days after the anchor past which the step no longer helps and is left
            out, with a note saying so; None for no limit.
        channel: The channel of the step; None keeps the situation's channel.
        window: ``early`` or ``late`` in the working day, for calls; None for any time.
        exact: The day is fixed (a call they asked for on a given day): spacing rules
            never move it.
        explain: What the step is and why now, in a sentence for the person.
        advice: The advice ids it serves.
        why: Why the rule exists.
        stages: The stages (of the situation) it applies to; empty for every stage.
        when: A condition over the situation.
    """

    kind: ClassVar[str] = "timing"

    id: str
    step: Stage = attrs.field(converter=_stage_value)
    anchor: str
    offset: int
    explain: str
    advice: tuple[str, ...] = attrs.field(converter=tuple)
    why: str
    working_days: bool = True
    latest: int | None = None
    channel: Channel | None = attrs.field(default=None, converter=_channel_value)
    window: str | None = None
    exact: bool = False
    stages: tuple[Stage, ...] = attrs.field(default=(), converter=_stages)
    when: Condition = attrs.field(default=ALWAYS, converter=_to_condition)
    priority: int = 0

    def __attrs_post_init__(self) -> None:
        problems = _common_problems(self)
        step: object = self.step  # the converters leave an unknown value as it came
        channel: object = self.channel
        if not isinstance(step, Stage):
            problems.append(("step", f"expected a stage, got {_values.safe_repr(self.step)}"))
        if self.anchor not in ANCHORS:
            problems.append(
                (
                    "anchor",
                    f"expected one of {', '.join(ANCHORS)}, got {_values.safe_repr(self.anchor)}",
                )
            )
        if not -366 <= self.offset <= 366:
            problems.append(("offset", "expected a whole number of days from -366 to 366"))
        if self.latest is not None and not 0 <= self.latest <= 366:
            problems.append(("latest", "expected a whole number of days from 0 to 366"))
        if channel is not None and not isinstance(channel, Channel):
            problems.append(
                ("channel", f"expected a channel, got {_values.safe_repr(self.channel)}")
            )
        if self.window not in (None, "early", "late"):
            problems.append(
                ("window", f"expected 'early' or 'late', got {_values.safe_repr(self.window)}")
            )
        if not self.explain.strip():
            problems.append(("explain", "expected a sentence for the person"))
        _raise(problems)


#: Any kind of rule.
AnyRule: TypeAlias = Phrasing | Layout | Check | Prompt | Timing

#: The rule kinds a pack may hold, by their ``kind`` tag.
RULE_KINDS: Mapping[str, type[AnyRule]] = MappingProxyType(
    {"phrasing": Phrasing, "layout": Layout, "check": Check, "prompt": Prompt, "timing": Timing}
)


def _rules(value: Iterable[AnyRule]) -> tuple[AnyRule, ...]:
    return tuple(value)


@attrs.frozen
class RuleSet:
    """
    An immutable, ordered collection of rules with unique ids.

    Every method that changes something returns a new RuleSet. Rule sets compare
    equal when they hold equal rules in the same order, and they pickle.

    Raises:
        RulePackError: If two rules share an id.
    """

    rules: tuple[AnyRule, ...] = attrs.field(default=(), converter=_rules)
    _by_id: Mapping[str, AnyRule] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_by_id"
    )
    _compiled: Any = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False, alias="_compiled"
    )
    _checks: Any = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False, alias="_checks"
    )

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, AnyRule] = {}
        problems = []
        items: tuple[object, ...] = self.rules  # a caller may pass anything
        for index, rule in enumerate(items):
            if not isinstance(rule, AnyRule):
                problems.append(
                    (f"rules[{index}]", f"expected a rule, got {_values.safe_repr(rule)}")
                )
            elif rule.id in by_id:
                problems.append((f"rules[{index}] ({rule.id})", "another rule has this id"))
            else:
                by_id[rule.id] = rule
        _raise(problems)
        object.__setattr__(self, "_by_id", by_id)

    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self.rules}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "rules", state["rules"])
        object.__setattr__(self, "_compiled", None)
        object.__setattr__(self, "_checks", None)
        self.__attrs_post_init__()

    def __iter__(self) -> Iterator[AnyRule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def __getitem__(self, rule_id: str) -> AnyRule:
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise KeyError(f"no rule with id {rule_id!r}") from None

    @property
    def ids(self) -> tuple[str, ...]:
        """The rule ids, in order."""
        return tuple(self._by_id)

    def add(self, *rules: AnyRule) -> Self:
        """Return a set with *rules* appended; their ids must be new."""
        clashes = [
            (r.id, "a rule with this id exists; use replace()") for r in rules if r.id in self
        ]
        _raise(clashes)
        return type(self)(self.rules + rules)

    def replace(self, *rules: AnyRule) -> Self:
        """Return a set where each of *rules* takes the place of the rule with its id."""
        unknown = [
            (r.id, "no rule with this id to replace; use add()") for r in rules if r.id not in self
        ]
        _raise(unknown)
        new = {r.id: r for r in rules}
        return type(self)(new.get(r.id, r) for r in self.rules)

    def remove(self, *ids: str) -> Self:
        """Return a set without the rules with these ids; each must exist."""
        unknown = [(i, "no rule with this id to remove") for i in ids if i not in self]
        _raise(unknown)
        gone = set(ids)
        return type(self)(r for r in self.rules if r.id not in gone)

    def merge(self, other: RuleSet, *, override: bool = False) -> Self:
        """
        Return a set with the rules of both; *other*'s new rules come last.

        Args:
            other: The rules to merge in.
            override: When true, a rule of *other* replaces this set's rule with the
                same id, in place; when false (the default), shared ids are an error.

        Raises:
            RulePackError: Listing every shared id, unless *override* is true.
        """
        shared = [r for r in other if r.id in self]
        if shared and not override:
            _raise([(r.id, "both rule sets have this id; pass override=True") for r in shared])
        return self.replace(*shared).add(*(r for r in other if r.id not in self))

    def select(
        self, *, kind: str | None = None, stage: str | None = None, category: str | None = None
    ) -> Self:
        """
        Return the rules that match every criterion given.

        *kind* keeps one kind of rule, *stage* the rules that can apply to that stage,
        and *category* the checks of that category.
        """
        return type(self)(
            r
            for r in self.rules
            if (kind is None or r.kind == kind)
            and (stage is None or not r.stages or stage in r.stages)
            and (category is None or getattr(r, "category", None) == category)
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the set as a rule pack in plain data: ``{"format": 1, "rules": [...]}``."""
        return {"format": FORMAT, "rules": [r.to_dict() for r in self.rules]}

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "", functions: Functions | None = None) -> Self:
        """
        Read a rule pack from plain data.

        Args:
            data: ``{"format": 1, "rules": [{"kind": ..., "id": ..., ...}, ...]}``.
            source: Where the data came from, for error messages.
            functions: The Python functions the pack may name, in ``{"predicate": NAME}``
                conditions and in checks' ``function``: a mapping from the names the
                pack uses to module-level functions, or a list of such functions (each
                then named ``module.function``). A pack that names any other function
                is refused. None allows none.

        Raises:
            RulePackError: Listing every problem, each with the rule's position and id.
            ArgumentError: If *functions* holds something other than module-level
                functions under dotted names.
        """
        from followup_kit import _convert  # noqa: PLC0415

        allowed = _conditions.allowed_functions(functions)
        return cls(_convert.structure_rules(_with_functions(data, allowed), source))

    @classmethod
    def load(cls, path: str | Path, *, functions: Functions | None = None) -> Self:
        """
        Read a rule pack from a ``.json`` or ``.toml`` file the caller names.

        Args:
            path: The file.
            functions: The Python functions the pack may name (see :meth:`from_dict`).

        Raises:
            RulePackError: If the file cannot be read or parsed, or the pack is invalid.
            ArgumentError: If *functions* is not a valid allow-list.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in {".json", ".toml"}:
            raise RulePackError([("", "expected a .json or .toml file")], str(path))
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise RulePackError(
                [("", f"cannot read the file: {exc.strerror or exc}")], str(path)
            ) from None
        if size > MAX_PACK_BYTES:
            raise RulePackError(
                [("", f"a rule pack file may have at most {MAX_PACK_BYTES} bytes, got {size}")],
                str(path),
            )
        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8")
            data = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise RulePackError([("", _values.safe_repr(str(exc)))], str(path)) from None
        return cls.from_dict(data, source=str(path), functions=functions)


def _with_functions(data: Any, allowed: Mapping[str, NamedFunction]) -> Any:
    """
    Return *data* with each rule's function names bound to the allowed functions.

    A check's ``function`` name becomes the allowed function, or a marker the Check
    reports with the allowed names; each ``when`` travels with the allow-list, so that
    its predicates are read through it. The input is not changed.
    """
    items = data.get("rules") if isinstance(data, Mapping) else None
    if not isinstance(items, list | tuple) or len(items) > MAX_RULES:
        return data  # the reader reports it
    rules: list[Any] = []
    for item in items:
        if isinstance(item, Mapping):
            item = dict(item)  # noqa: PLW2901  (a copy with the functions bound)
            if allowed and item.get("when") is not None:
                item["when"] = _conditions.bind(item["when"], allowed)
            name = item.get("function")
            if item.get("kind") == "check" and isinstance(name, str):
                item["function"] = allowed.get(name) or _Unresolved(name, allowed)
        rules.append(item)
    return {**data, "rules": rules}
