"""Cue words for the claim rules, loaded from extract/rules/claims.yaml and compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from .rulefile import data_path, load_rule_file, setting
from .text import WordPattern, fold_str

RULES_FILE = data_path("rules", "claims.yaml")


@dataclass(frozen=True, eq=False)
class Cues:
    """Compiled cue patterns of one language (or none), by category name."""

    patterns: dict[str, WordPattern] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()
    combined: WordPattern | None = None
    bare: dict[str, re.Pattern[str]] = field(default_factory=dict)
    particles: dict[str, tuple[str, ...]] = field(default_factory=dict)   # folded grammar words, by role
    body: re.Pattern[str] | None = None   # every cue of every category, with no clitic in front
    heads: dict[str, frozenset[str]] = field(default_factory=dict)   # first words of phrases of several words
    starts: dict[str, tuple[tuple[str, str, bool], ...]] = field(default_factory=dict)   # see `_start_of`
    gap_words: int = 4   # how many words a `...` in a phrase may stand for (languages.yaml `cue_gap_words`)

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
        after each match the search resumes one character into it. A word read with a clitic in front
        ("الجيش" as ال + the force cue "جيش") is read again with shorter clitics, so a category that lists
        the longer form (state_organ "الجيش") finds it as `find` does.
        """
        found: dict[str, list[tuple[int, int]]] = {}
        if self.combined is None:
            return found
        resume = -1   # where the last cue starts: as a search resumed one character into it, no word is read whose
        #              non-word character before it lies before that
        for word, m in self.combined.every_word(folded):
            start = m.start("cue")
            if word - 1 < resume:
                continue
            if start > word:
                seen = self._add(found, start, m.group("cue"), set())
                self._reread_clitic(folded, word, start, found, seen)
                self._longer_phrases(folded, start, found, seen)
            else:   # no clitic in front (the common case): the work on its text and first word done once
                own, longer, any_longer = _plan(self, *m.group("cue", "head"))
                for category, length in own:
                    found.setdefault(category, []).append((start, start + length))
                if any_longer is not None and any_longer.match(folded, start):
                    self._add_longer(found, folded, start, longer)
            resume = start
        return found

    def _add_longer(self, found: dict, folded: str, start: int, longer: tuple[str, ...]) -> None:
        """The categories with a longer phrase on the first word of a cue at `start`, each matched on its own
        (`_plan` gives them, and one pattern telling whether any matches: mostly none does)."""
        for category in longer:
            if m := self.bare[category].match(folded, start):
                found.setdefault(category, []).append((start, m.end()))

    def _longer_phrases(self, folded: str, start: int, found: dict, seen: set[str]) -> None:
        """The single pattern stops at the first phrase that matches ("ended"); a category with a longer
        phrase on the same first word ("end* ... presence") is matched on its own at that point."""
        head = _WORD.match(folded, start)
        for category in _categories_with_longer(self, head.group(0) if head else ""):
            if category not in seen and (m := self.bare[category].match(folded, start)):
                found.setdefault(category, []).append((start, m.end()))
                seen.add(category)

    def _add(self, found: dict, start: int, cue: str, seen: set[str]) -> set[str]:
        """Record the categories `cue` (matched at `start`) belongs to, except those in `seen`."""
        for category, length in self._categories(cue):
            if category not in seen:
                found.setdefault(category, []).append((start, start + length))
                seen.add(category)
        return seen

    def _reread_clitic(self, folded: str, word: int, start: int, found: dict, seen: set[str]) -> None:
        """Match the cues again from each shorter clitic of the word ("وال" -> "و", none)."""
        clitics = self.particles.get("clitics", ())
        for p in range(start - 1, word - 1, -1):
            if p > word and folded[word:p] not in clitics:
                continue
            m = self.body.match(folded, p) if self.body else None
            if m and m.end() > start:
                self._add(found, p, m.group(0), seen)

    def _categories(self, cue: str) -> list[tuple[str, int]]:
        return _categories_of(self, cue)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _plan(cues: Cues, cue: str, head: str) -> tuple[list[tuple[str, int]], tuple[str, ...], re.Pattern[str] | None]:
    """The categories a cue text belongs to (with their lengths); the other categories with a longer phrase
    on its first word `head`, to match on their own; and one pattern matching where any of those would."""
    own = _categories_of(cues, cue)
    mine = {category for category, _ in own}
    longer = tuple(c for c in _categories_with_longer(cues, head) if c not in mine)
    return own, longer, _any_of(cues, longer, head) if longer else None


@lru_cache(maxsize=4096)
def _any_of(cues: Cues, categories: tuple[str, ...], head: str) -> re.Pattern[str] | None:
    """One alternation of the categories' phrases that can start at a word `head`: it matches at a position
    exactly when one of the categories' patterns does, and is small to compile (each new one is compiled
    during extraction, and the whole categories' patterns took milliseconds each)."""
    phrases = [phrase for c in categories for phrase, lead, open_end in cues.starts.get(c, ())
               if (head.startswith(lead) if open_end else head == lead)]
    return re.compile(_body(phrases, cues.gap_words)) if phrases else None


_LEAD = re.compile(r"\w*")


def _start_of(phrase: str) -> tuple[str, str, bool]:
    """(phrase, lead, open): a folded phrase matches only where the word characters of the text are its lead
    (the word characters its first word starts with), or, when open, start with it (a `*` stem, a gap)."""
    first = phrase.split()[0]
    if first == GAP:
        return phrase, "", True
    word = first.removesuffix("*")
    lead = _LEAD.match(word).group()
    return phrase, lead, lead == word and first.endswith("*")


@lru_cache(maxsize=65536)
def _categories_with_longer(cues: Cues, word: str) -> tuple[str, ...]:
    """Categories with a phrase of several words whose first word is `word` (or a `*` stem of it)."""
    return tuple(category for category, heads in cues.heads.items()
                 if word in heads or any(h.endswith("*") and word.startswith(h[:-1]) for h in heads))


@lru_cache(maxsize=65536)
def _categories_of(cues: Cues, cue: str) -> list[tuple[str, int]]:
    """Which categories a matched cue text starts with, and how long each category's match is."""
    out = []
    for category, pattern in cues.bare.items():
        m = pattern.match(cue)
        if m:
            out.append((category, m.end()))
    return out


GAP = "..."          # in a cue phrase: up to `gap` other words of the same clause ("pull* ... out")
GAP_WORDS = 4        # the gap of a language that sets no `cue_gap_words`
_GAP_WORD = r"(?:\s+(?:[^\s.,;:،؛!?\"“”]|[.,](?=\d)|\.(?=\w)|(?<=\.\w)\.)+)"
# "2,000" and "u.s." are one word each: a gap crosses them ("additional 4,000 U.S. troops"), not a full stop


def _gap_token(gap: int) -> str:
    """Regex of a `...` gap: up to `gap` words, as few as possible, the last one perhaps with a comma after it
    (an appositive comma between a verb's subject and its object: "نشر حلف الناتو، كتيبة")."""
    return rf"(?:{_GAP_WORD}{{1,{gap}}}?[,،]?)?"


_WORD_END, _SPACE, _ANY_ENDING = r"(?!\w)", r"\s+", r"\w*"


def _phrase_tokens(phrase: str, gap: int = GAP_WORDS) -> list[str]:
    """A cue phrase as regex tokens: its letters, word ends, flexible spaces, `*` endings and `...` gaps."""
    tokens: list[str] = []
    for i, w in enumerate(fold_str(phrase).split()):
        if w == GAP:
            tokens.append(_gap_token(gap))
            continue
        if i:
            tokens.append(_SPACE)
        tokens += [re.escape(ch) for ch in (w[:-1] if w.endswith("*") else w)]
        tokens.append(_ANY_ENDING if w.endswith("*") else _WORD_END)
    return tokens


def compile_cues(phrases: list[str], clitics: tuple[str, ...] = (), head: bool = False,
                 gap: int = GAP_WORDS) -> WordPattern:
    """One alternation over all phrases, longest first, with the given clitics allowed in front; with `head`,
    group `head` holds the word characters the cue starts with (a lookahead: the match is the same)."""
    body = _body(phrases, gap)
    prefix = "(?:" + "|".join(re.escape(c) for c in sorted(clitics, key=len, reverse=True)) + ")?" if clitics else ""
    lookahead = r"(?=(?P<head>\w*))" if head else ""
    return WordPattern(rf"{prefix}{lookahead}(?P<cue>{body})")


def _body(phrases: list[str], gap: int = GAP_WORDS) -> str:
    """The phrases as one regex factored into a trie of tokens (a long list stays fast to search); at each
    branch letters, then wildcard endings and gaps, then spaces, then word ends are tried, so the longest
    phrase wins as it did in a longest-first alternation."""
    root: dict = {}
    for phrase in {p for p in phrases if p}:
        node = root
        for token in _phrase_tokens(phrase, gap):
            node = node.setdefault(token, {})
        node[""] = {}
    return _trie(root) if root else r"(?!x)x"


def _trie(node: dict) -> str:
    rank = {_ANY_ENDING: 1, _SPACE: 3, _WORD_END: 4}
    tokens = sorted((t for t in node if t), key=lambda t: (2 if t.startswith(_GAP_WORD) else rank.get(t, 0), t))
    branches = [t + _trie(node[t]) for t in tokens]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


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
    clitics = particles.get("clitics", ()) if setting(lang, "prefix_clitics", False) else ()
    gap = int(setting(lang, "cue_gap_words", GAP_WORDS))
    patterns = {name: compile_cues(words, clitics, gap=gap) for name, words in lists.items()}
    bare = {name: re.compile(rf"(?:{_body(words, gap)})") for name, words in lists.items()}
    everything = [w for words in lists.values() for w in words]
    combined = compile_cues(everything, clitics, head=True, gap=gap)
    body = re.compile(_body(everything, gap)) if clitics else None
    heads = {name: frozenset(fold_str(w).split()[0] for w in words if len(fold_str(w).split()) > 1)
             for name, words in lists.items()}
    starts = {name: tuple(_start_of(fold_str(w)) for w in words if fold_str(w).split())
              for name, words in lists.items()}
    return Cues(patterns, abbreviations, combined, bare, particles, body, heads, starts, gap)
