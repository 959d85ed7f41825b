"""Cue words for the claim rules, loaded from extract/rules/claims.yaml and compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .text import fold_str

RULES_FILE = Path(__file__).parent / "rules" / "claims.yaml"
# Arabic particles that attach to the front of a word: and, so, with/in, for/to, like, plus the article.
_AR_CLITICS = r"(?:وال|بال|فال|كال|وبال|ولل|لل|وب|ول|فب|فل|و|ف|ب|ل|ك|ال)?"


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns of one language (or none), by category name."""

    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()

    def find(self, category: str, folded: str) -> list[tuple[int, int]]:
        """Spans of `category` cues in folded text."""
        pattern = self.patterns.get(category)
        return [m.span("cue") for m in pattern.finditer(folded)] if pattern else []

    def has(self, category: str, folded: str) -> bool:
        """Whether any cue of `category` occurs in folded text."""
        pattern = self.patterns.get(category)
        return bool(pattern and pattern.search(folded))


def _phrase_regex(phrase: str) -> str:
    """Regex for one cue phrase: words separated by flexible space, `*` = any word ending."""
    words = fold_str(phrase).split()
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)" for w in words]
    return r"\s+".join(parts)


def compile_cues(phrases: list[str], arabic: bool) -> re.Pattern[str]:
    """One alternation over all phrases, longest first, with Arabic clitics allowed in front."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(_phrase_regex(p) for p in ordered) or r"(?!x)x"
    prefix = _AR_CLITICS if arabic else ""
    return re.compile(rf"(?<!\w){prefix}(?P<cue>{body})")


@lru_cache(maxsize=None)
def load_cues(lang: str | None = None, path: Path = RULES_FILE) -> Cues:
    """Cues of `lang` ('ar'/'en'); with no language, only the shared lists (abbreviations)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    abbreviations = frozenset(a.lower() for a in data.get("abbreviations", []))
    if lang is None:
        return Cues({}, abbreviations)
    section = data.get(lang) or {}
    patterns = {name: compile_cues([str(p) for p in words or []], arabic=lang == "ar")
                for name, words in section.items()}
    return Cues(patterns, abbreviations)
