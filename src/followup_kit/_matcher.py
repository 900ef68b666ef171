"""
A linear-time phrase matcher over word tokens: the pattern language of check rules.

A pattern is a sequence of space-separated *atoms*, matched against the words of one
sentence, case-insensitively:

``word``
    the word itself (``need``); an apostrophe matches a straight or a curly one;
``stem*``
    any word that starts with *stem* (``beg*`` matches beg, begs, begged, begging);
    a stem has at least three letters;
``a|b|c``
    any one of the alternatives, each a word or a stem (``job|role|position``);
``~N``
    up to N other words (0 to 4), between two atoms, within one clause: a gap does
    not reach across a semicolon, a colon, a dash or a bracket.

Patterns cannot express repetition, nesting or backreferences. A scan reads the text
once, with one trie-shaped expression, to find the words of any pattern's atoms. A
pattern is then searched for only around its anchor (its least common atom), in a
sentence that also holds a word of each of its other atoms, with a regular expression
whose backtracking is bounded by the limits below
(:data:`MAX_ATOMS`, :data:`MAX_GAP`, :data:`MAX_PATHS`). The cost is linear in the
length of the text, whatever the text and whatever the patterns.

>>> m = Matcher.build(["i ~2 need* ~3 job|role|position", "beg*"])
>>> text = "I really need this job. I'm begging!"
>>> [(p, text[s:e]) for p, s, e in m.scan(text)]
[(0, 'I really need this job'), (1, 'begging')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

__all__ = [
    "MAX_ATOMS",
    "MAX_GAP",
    "MAX_PATTERN_CHARS",
    "Matcher",
    "fold",
    "pattern_problem",
]

#: Most atoms (words, stems or alternative sets) in one pattern.
MAX_ATOMS = 8
#: Most words a ``~N`` gap may skip.
MAX_GAP = 4
#: Longest pattern source, in characters.
MAX_PATTERN_CHARS = 600
#: Most ways through one pattern's gaps: the product of (gap + 1) over its gaps.
MAX_PATHS = 256
#: Shortest stem for a ``stem*`` atom.
MIN_STEM = 3
#: Longest word or stem in a pattern.
MAX_WORD = 40

#: A word: letters and digits, with inner apostrophes (don't, l'équipe).
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
#: Where sentences end: terminal punctuation runs, or line breaks.
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n")

_ATOM = re.compile(r"[^\W_]+(?:'[^\W_]+)*\*?")
_GAP = re.compile(r"~([0-9])")


def fold(text: str) -> str:
    """
    Lower-case *text* without changing its length, and unify apostrophes.

    ``str.lower`` changes the length of one code point (U+0130), which is mapped to
    ``i`` first, so offsets into the folded text are offsets into the original.

    >>> fold("I\u2019m \u0130STANBUL")
    "i'm istanbul"
    """
    folded = text.replace("\u0130", "i").lower()
    for apostrophe in "\u2019\u2018\u02bc":
        if apostrophe in folded:
            folded = folded.replace(apostrophe, "'")
    return folded


def _alternative(source: str) -> tuple[str, bool]:
    """Parse one alternative of an atom: ``(word, is_stem)``."""
    text = fold(source)
    if not _ATOM.fullmatch(text):
        hint = ""
        if "-" in text.strip("-"):
            hint = f" (write {text.replace('-', ' ')!r}: words match across a hyphen)"
        raise ValueError(f"{text!r} is not a word, a stem* or a gap ~N{hint}")
    stem = text.endswith("*")
    word = text.rstrip("*")
    if stem and len(word) < MIN_STEM:
        raise ValueError(f"a stem needs at least {MIN_STEM} letters: {text!r}")
    if len(word) > MAX_WORD:
        raise ValueError(f"a word may have at most {MAX_WORD} characters")
    return word, stem


def _parse(source: str) -> tuple[tuple[tuple[tuple[str, bool], ...], ...], tuple[int, ...]]:
    """Return (atoms, gaps): atoms as tuples of (text, is_stem); gaps[k] precedes atom k."""
    atoms: list[tuple[tuple[str, bool], ...]] = []
    gaps: list[int] = []
    pending_gap = 0
    for part in source.split():
        gap = _GAP.fullmatch(part)
        if gap:
            if not atoms:
                raise ValueError("a pattern cannot start with a gap")
            if pending_gap:
                raise ValueError("two gaps in a row")
            pending_gap = int(gap.group(1))
            if pending_gap > MAX_GAP:
                raise ValueError(f"a gap may skip at most {MAX_GAP} words")
            continue
        atoms.append(tuple(_alternative(alt) for alt in part.split("|")))
        gaps.append(pending_gap)
        pending_gap = 0
    if pending_gap:
        raise ValueError("a pattern cannot end with a gap")
    if not atoms:
        raise ValueError("a pattern needs at least one word")
    if len(atoms) > MAX_ATOMS:
        raise ValueError(f"a pattern may have at most {MAX_ATOMS} words")
    if math.prod(g + 1 for g in gaps) > MAX_PATHS:
        raise ValueError(
            f"its gaps allow more than {MAX_PATHS} ways through; use fewer or smaller gaps"
        )
    return tuple(atoms), tuple(gaps)


def pattern_problem(source: object) -> str | None:
    """Return why *source* is not a valid pattern, or None if it is."""
    if not isinstance(source, str):
        return "expected a pattern string"
    if len(source) > MAX_PATTERN_CHARS:
        return f"a pattern may have at most {MAX_PATTERN_CHARS} characters"
    try:
        _parse(source)
    except ValueError as exc:
        return f"invalid pattern {source!r}: {exc}"
    return None


#: Very common English words, most frequent first: a pattern is anchored on its rarest
#: atom, and a word further down this list (or absent from it) is rarer.
COMMON = tuple(
    """
    the i you to and a of it that is in my me for was have this we be your with on
    at not are do but so just can if all what about will would could am been has had
    they he she them their our us an as by from or no yes there here when where
    which who how why please really very also too more most some any these those
    into than then did does were being i'm i'd i'll i've you're it's don't can't
    mine yours may might shall should must
    """.split()
)
#: Frequent content words, ranked after :data:`COMMON`: still poor anchors.
FREQUENT = tuple(
    """
    time let need only give best much send call stop anything want tell later last
    know get make see look come think take good new like well back way even work first
    after because day thank thanks hear hope team role job interview position
    opportunity meeting great love again still sure week today one two other over
    """.split()
)
_RANK = {word: rank for rank, word in enumerate(COMMON + FREQUENT)}

#: Longest region of one sentence read around an anchor, in characters on each side.
WINDOW = 600
#: The rest of a word from a position inside it.
_WORD_TAIL = re.compile(r"[^\W_]*(?:'[^\W_]+)*")
#: Text is scanned in blocks of whole sentences of about this many characters.
BLOCK = 1 << 16


def _anchor(atoms: tuple[tuple[tuple[str, bool], ...], ...]) -> int:
    """Pick the atom to look for first: the one least likely to occur in ordinary text."""

    def cost(position: int) -> tuple[int, int, int]:
        alternatives = atoms[position]
        ranks = [_RANK[word] for word, _ in alternatives if word in _RANK]
        frequency = len(_RANK) - min(ranks) if ranks else 0
        stems = sum(stem for _, stem in alternatives)
        return (frequency, len(alternatives), stems)

    return min(range(len(atoms)), key=cost)


_BEFORE = r"(?<![^\W_])(?<![^\W_]')"
_AFTER = r"(?!'?[^\W_])"
_SEP = r"[\W_]+"
#: What a gap skips between its words: no strong break (semicolon, colon, dash,
#: bracket), so a gap stays inside one clause; commas may fall in a gap, as in a list.
_GAP_SEP = r"(?:[^\w;:()\u2013\u2014]|_)+"
_WORD_RE = r"[^\W_]+(?:'[^\W_]+)*"


def _to_regex(atoms: tuple[tuple[tuple[str, bool], ...], ...], gaps: tuple[int, ...]) -> str:
    r"""
    Translate a parsed pattern into a regular expression of a shape proved safe.

    Each atom is an alternation of literal words (a stem adds ``[^\W_]*``), each gap a
    separator followed by at most N (word, separator) pairs. Word and separator classes
    are disjoint, so from any start position the engine can try at most the product of
    (gap + 1) ways through a pattern; :data:`MAX_PATHS` bounds that product, which
    bounds the backtracking per position and keeps a scan linear in the text.
    """
    parts = []
    for position, alternatives in enumerate(atoms):
        words = "|".join(
            re.escape(word) + ("[^\\W_]*" if stem else "")
            for word, stem in sorted(alternatives, key=lambda a: (-len(a[0]), a))
        )
        if position:
            parts.append(
                _GAP_SEP + f"(?:{_WORD_RE}{_GAP_SEP}){{0,{gaps[position]}}}"
                if gaps[position]
                else _SEP
            )
        parts.append(f"{_BEFORE}(?:{words}){_AFTER}")
    return "".join(parts)


def _trie(words: Sequence[str]) -> str:
    """
    Spell *words* as one regular expression shaped like a trie of their letters.

    Each character position tries a set of literal branches, so a match attempt costs
    at most the length of the longest word.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def spell(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + spell(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{group})?" if len(branches) == 1 else group + "?"
        return group

    return spell(root)


def _anchor_regex(exact: Sequence[str], stems: Sequence[str]) -> re.Pattern[str]:
    """
    One expression that finds the words anchoring some pattern, as whole words.

    It matches a word exactly as :data:`WORD` would find it, but only when the word is
    one of *exact* or starts with one of *stems*, so the scan skips every other word in
    the regular expression engine rather than in Python.
    """
    tests = []
    if exact:
        tests.append(f"(?:{_trie(exact)})(?!'?[^\\W_])")
    if stems:
        tests.append(f"(?:{_trie(stems)})")
    if not tests:
        return re.compile("(?!)")
    return re.compile(f"{_BEFORE}(?={'|'.join(tests)}){_WORD_RE}")


@attrs.frozen(eq=False)
class Matcher:
    """
    Patterns compiled for scanning; build once per rule set, scan many texts.

    Scanning finds the words of the patterns' atoms in one pass; each pattern anchored
    in a sentence that also holds a word of each of its other atoms is searched for
    only within :data:`WINDOW` characters of its anchor, inside that sentence, with a
    regular expression whose shape cannot backtrack without bound (see
    :func:`_to_regex`). A Matcher is immutable and pickles, and scanning keeps its
    state in local variables, so one Matcher may serve many threads.
    """

    #: Each pattern as a compiled regular expression.
    regexes: tuple[re.Pattern[str], ...]
    #: Indexed word -> (the patterns it anchors, the atoms it satisfies).
    exact: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]
    #: Indexed stem -> (the patterns it anchors, the atoms it satisfies).
    stems: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]
    #: The stem lengths in use, longest first.
    stem_lengths: tuple[int, ...]
    #: For each pattern, the atoms a sentence must hold a word of for it to match.
    required: tuple[frozenset[int], ...]
    #: Finds the words of the patterns' atoms (see :func:`_anchor_regex`).
    anchors: re.Pattern[str]

    @classmethod
    def build(cls, patterns: Sequence[str]) -> Matcher:
        """Compile *patterns*; raise ValueError naming the first bad one."""
        index: dict[tuple[str, bool], tuple[list[int], list[int]]] = {}
        atom_ids: dict[tuple[tuple[str, bool], ...], int] = {}
        regexes = []
        required = []
        for number, source in enumerate(patterns):
            problem = pattern_problem(source)
            if problem is not None:
                raise ValueError(problem)
            atoms, gaps = _parse(source)
            regexes.append(re.compile(_to_regex(atoms, gaps)))
            anchor = _anchor(atoms)
            needed = set()
            for position, alternatives in enumerate(atoms):
                key = tuple(sorted(set(alternatives)))
                atom = atom_ids.setdefault(key, len(atom_ids))
                needed.add(atom)
                for alternative in key:
                    anchored, satisfied = index.setdefault(alternative, ([], []))
                    if position == anchor and number not in anchored:
                        anchored.append(number)
                    if atom not in satisfied:
                        satisfied.append(atom)
            required.append(frozenset(needed))
        exact = {w: (tuple(a), tuple(s)) for (w, stem), (a, s) in index.items() if not stem}
        stems = {w: (tuple(a), tuple(s)) for (w, stem), (a, s) in index.items() if stem}
        return cls(
            regexes=tuple(regexes),
            exact=exact,
            stems=stems,
            stem_lengths=tuple(sorted({len(w) for w in stems}, reverse=True)),
            required=tuple(required),
            anchors=_anchor_regex(sorted(exact), sorted(stems)),
        )

    def _lookup(self, word: str) -> tuple[frozenset[int], frozenset[int]]:
        """The patterns *word* anchors and the atoms it satisfies."""
        anchored, satisfied = self.exact.get(word, ((), ()))
        for length in self.stem_lengths:
            if length <= len(word):
                more = self.stems.get(word[:length])
                if more is not None:
                    anchored += more[0]
                    satisfied += more[1]
        return frozenset(anchored), frozenset(satisfied)

    def scan(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        memo: dict[str, tuple[frozenset[int], frozenset[int]]] | None = None,
        only: frozenset[int] | None = None,
    ) -> Iterator[tuple[int, int, int]]:
        """
        Yield ``(pattern, start, end)`` for each match in ``text[start:end]``.

        Matches never cross a sentence boundary and come sentence by sentence;
        within a sentence, a pattern reports each non-overlapping match. *memo*, a dict
        the caller owns, keeps what each word was found to anchor across several scans
        of one text; *only*, when given, limits the scan to those patterns.
        """
        end = len(text) if end is None else end
        known = {} if memo is None else memo
        while start < end:
            # Blocks of whole sentences keep the working lists small whatever the size.
            stop = end
            if end - start > BLOCK:
                boundary = SENTENCE_END.search(text, start + BLOCK, end)
                if boundary is not None:
                    stop = boundary.end()
            yield from self._scan_block(text, start, stop, known, only)
            start = stop

    def _scan_block(
        self,
        text: str,
        start: int,
        end: int,
        known: dict[str, tuple[frozenset[int], frozenset[int]]],
        only: frozenset[int] | None,
    ) -> Iterator[tuple[int, int, int]]:
        folded = fold(text[start:end])
        hits = []
        for match in self.anchors.finditer(folded):
            word = match.group()
            found = known.get(word)
            if found is None:
                found = known[word] = self._lookup(word)
            hits.append((match.start(), match.end(), found[0], found[1]))
        if not hits:
            return
        boundaries = [m.end() for m in SENTENCE_END.finditer(folded)]
        starts = [hit[0] for hit in hits]
        regexes = self.regexes
        required = self.required
        for region_start, window_end, anchored in _regions(hits, len(folded), boundaries):
            # A window may end inside a word: read on to its end, so that no pattern
            # takes the first letters of a longer word for a whole one.
            tail = _WORD_TAIL.match(folded, window_end)
            region_end = tail.end() if tail is not None else window_end
            first = bisect.bisect_left(starts, region_start)
            last = bisect.bisect_left(starts, region_end, first)
            present = frozenset().union(*[hit[3] for hit in hits[first:last]])
            candidates = anchored if only is None else anchored & only
            for pattern in sorted(candidates):
                if not required[pattern] <= present:
                    continue
                for match in regexes[pattern].finditer(folded, region_start, region_end):
                    yield pattern, start + match.start(), start + match.end()


def _regions(
    hits: list[tuple[int, int, frozenset[int], frozenset[int]]],
    size: int,
    boundaries: list[int],
) -> Iterator[tuple[int, int, frozenset[int]]]:
    """Group anchor hits into sentence regions, each with the patterns anchored in it."""
    count = len(boundaries)
    region_start = region_end = -1
    region_sentence = -1
    found: set[frozenset[int]] = set()
    for start, end, patterns, _ in hits:
        if not patterns:  # a word that only completes patterns anchored elsewhere
            continue
        if start < region_end:  # inside the current region: only note the patterns
            found.add(patterns)
            if end + WINDOW > region_end:
                sentence_end = boundaries[region_sentence] if region_sentence < count else size
                region_end = min(sentence_end, end + WINDOW)
            continue
        if found:
            yield region_start, region_end, frozenset().union(*found)
        sentence = bisect.bisect_right(boundaries, start)
        sentence_start = boundaries[sentence - 1] if sentence else 0
        sentence_end = boundaries[sentence] if sentence < count else size
        region_sentence = sentence
        region_start = max(sentence_start, start - WINDOW)
        region_end = min(sentence_end, end + WINDOW)
        found = {patterns}
    if found:
        yield region_start, region_end, frozenset().union(*found)
