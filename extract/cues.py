"""Cue words for the claim rules, loaded from extract/rules/claims.yaml and compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from .rulefile import load_rule_file
from .text import fold_str

RULES_FILE = Path(__file__).parent / "rules" / "claims.yaml"


@dataclass(frozen=True, eq=False)
class Cues:
    """Compiled cue patterns of one language (or none), by category name."""

    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()
    combined: re.Pattern[str] | None = None
    bare: dict[str, re.Pattern[str]] = field(default_factory=dict)
    particles: dict[str, tuple[str, ...]] = field(default_factory=dict)   # folded grammar words, by role

    def find(self, category: str, folded: str) -> list[tuple[int, int]]:
        """Spans of `category` cues in folded text."""
        pattern = self.patterns.get(category)
        return [m.span("cue") for m in pattern.finditer(folded)] if pattern else []

    def has(self, category: str, folded: str) -> bool:
        """Whether any cue of `category` occurs in folded text."""
        pattern = self.patterns.get(category)
        return bool(pattern and pattern.search(folded))

    def find_all(self, folded: str) -> dict[str, list[tuple[int, int]]]:
        """Spans of every category's cues, in one pass of a single pattern over the text.

        Overlapping cues are kept ("تم سحب" is a 'reported' cue and holds the withdrawal cue "سحب"):
        after each match the search resumes one character into it.
        """
        found: dict[str, list[tuple[int, int]]] = {}
        if self.combined is None:
            return found
        pos = 0
        while (m := self.combined.search(folded, pos)) is not None:
            start = m.start("cue")
            for category, length in self._categories(m.group("cue")):
                found.setdefault(category, []).append((start, start + length))
            pos = start + 1
        return found

    def _categories(self, cue: str) -> list[tuple[str, int]]:
        return _categories_of(self, cue)


@lru_cache(maxsize=65536)
def _categories_of(cues: Cues, cue: str) -> list[tuple[str, int]]:
    """Which categories a matched cue text starts with, and how long each category's match is."""
    out = []
    for category, pattern in cues.bare.items():
        m = pattern.match(cue)
        if m:
            out.append((category, m.end()))
    return out


GAP = "..."          # in a cue phrase: up to GAP_WORDS other words of the same clause ("pull* ... out")
GAP_WORDS = 4


def _phrase_regex(phrase: str) -> str:
    """Regex for one cue phrase: words separated by flexible space, `*` = any word ending, `...` = a gap."""
    regex = ""
    for i, w in enumerate(fold_str(phrase).split()):
        if w == GAP:
            regex += rf"(?:\s+(?:[^\s.,;:،؛!?\"“”]|[.,](?=\d))+){{0,{GAP_WORDS}}}?"   # "2,000" is one word
            continue
        regex += (r"\s+" if i else "") + (re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)")
    return regex


def compile_cues(phrases: list[str], clitics: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One alternation over all phrases, longest first, with the given clitics allowed in front."""
    body = _body(phrases)
    prefix = "(?:" + "|".join(re.escape(c) for c in sorted(clitics, key=len, reverse=True)) + ")?" if clitics else ""
    return re.compile(rf"(?<!\w){prefix}(?P<cue>{body})")


def _body(phrases: list[str]) -> str:
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    return "|".join(_phrase_regex(p) for p in ordered) or r"(?!x)x"


@cache
def load_cues(lang: str | None = None, path: Path = RULES_FILE) -> Cues:
    """Cues of `lang` ('ar'/'en'); with no language, only the shared lists (abbreviations, particles)."""
    data = load_rule_file(path)
    abbreviations = frozenset(a.lower() for a in data.get("abbreviations", []))
    particles = {role: tuple(fold_str(str(w)) for w in words or [])
                 for role, words in (data.get("particles") or {}).items()}
    if lang is None:
        return Cues({}, abbreviations, particles=particles)
    section = data.get(lang) or {}
    lists = {name: [str(p) for p in words or []] for name, words in section.items()}
    clitics = particles.get("clitics", ()) if lang == "ar" else ()
    patterns = {name: compile_cues(words, clitics) for name, words in lists.items()}
    bare = {name: re.compile(rf"(?:{_body(words)})") for name, words in lists.items()}
    combined = compile_cues([w for words in lists.values() for w in words], clitics)
    return Cues(patterns, abbreviations, combined, bare, particles)
