"""The relevance pre-filter: one Aho–Corasick pass that tells an article worth extracting from one that is not.

Most of a news crawl says nothing about troops. An article is kept when a troop word (the `force` cue
words of claims.yaml, every language: troops, soldiers, forces, قوات, جنود ...) stands within `NEAR_CHARS`
of a place or actor (any gazetteer name or alias, every language); the others are skipped before
extraction. The claim rules' verbs (left, cut, moved, hosted, غادر) and base words (مطار, an airport) are
not troop words here: they occur in most news and would keep most of a crawl, while an article with a
claim names the forces near the place (every gold article with claims does: tests/test_prefilter.py).

Everything is built from the rule file and the gazetteer as loaded, so a new word, name or language
reaches the filter by itself. Matching is on the folded text (extract.text) with runs of spaces and
hyphens as one space; words written in Latin letters must stand as whole words (an Arabic word may carry
its attached particles), and a phrase with a gap (`pull* ... out`) counts by its longest word.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .cues import GAP, RULES_FILE
from .gazetteer import load_gazetteer
from .rulefile import languages, load_rule_file
from .text import fold_str

NEAR_CHARS = 400     # how far a troop word may be from a place or actor: a sentence or two
TROOP_CUES = ("force",)   # the claims.yaml categories whose words are troop words
_SEP = re.compile(r"[\s\-]+")
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
TROOP, PLACE = 1, 2


@dataclass(frozen=True)
class Key:
    """One string the automaton finds: what it is (troop word and/or place), and how it must stand."""

    text: str
    kinds: int          # TROOP | PLACE bits
    open_end: bool      # a cue word ending in `*`: any ending


class Prefilter:
    """The automaton over every troop word and place name, and the test of one article."""

    def __init__(self, troop_words: Iterable[tuple[str, bool]], places: Iterable[str], near: int = NEAR_CHARS):
        import ahocorasick

        keys: dict[str, Key] = {}
        for text, open_end in troop_words:
            old = keys.get(text)
            keys[text] = Key(text, TROOP | (old.kinds if old else 0), open_end or bool(old and old.open_end))
        for text in places:
            old = keys.get(text)
            keys[text] = Key(text, PLACE | (old.kinds if old else 0), bool(old and old.open_end))
        self.automaton = ahocorasick.Automaton()
        for text, key in keys.items():
            self.automaton.add_word(text, key)
        self.automaton.make_automaton()
        self.near = near
        self.size = len(keys)

    def relevant(self, text: str) -> bool:
        """Whether a troop word stands within `near` characters of a place or actor in `text`."""
        folded = _SEP.sub(" ", fold_str(text))
        last = {TROOP: -(10**9), PLACE: -(10**9)}
        for end, key in self.automaton.iter(folded):
            if not _stands(folded, end - len(key.text) + 1, end + 1, key):
                continue
            for kind, other in ((TROOP, PLACE), (PLACE, TROOP)):
                if key.kinds & kind:
                    if end - last[other] <= self.near:
                        return True
                    last[kind] = end
        return False


def _stands(text: str, start: int, end: int, key: Key) -> bool:
    """A key written in Latin letters or digits at either end must not be part of a longer word there."""
    if _WORD_CHAR.match(key.text[0]) and start > 0 and _WORD_CHAR.match(text[start - 1]):
        return False
    return key.open_end or not _WORD_CHAR.match(key.text[-1]) or end >= len(text) or not _WORD_CHAR.match(text[end])


def troop_words(rules: dict, langs: Iterable[str]) -> set[tuple[str, bool]]:
    """(folded word or phrase, any ending allowed) for every troop word of claims.yaml in `langs`."""
    words = set()
    for lang in langs:
        section = rules.get(lang) or {}
        for category in TROOP_CUES:
            for phrase in section.get(category) or []:
                words.add(_cue_key(str(phrase)))
    return {w for w in words if w[0]}


def _cue_key(phrase: str) -> tuple[str, bool]:
    """A cue phrase as one key: whole when its words are literal, else its longest literal word."""
    parts = [w for w in fold_str(phrase).split() if w != GAP]
    if GAP in phrase or any(w.endswith("*") for w in parts[:-1]):
        word = max(parts, key=lambda w: len(w.rstrip("*")))
        return word.rstrip("*"), word.endswith("*")
    return " ".join(parts).rstrip("*"), bool(parts) and parts[-1].endswith("*")


@lru_cache(maxsize=1)
def load_prefilter() -> Prefilter:
    """The filter of claims.yaml and the gazetteer as loaded now (built once per process)."""
    rules = load_rule_file(RULES_FILE)
    gazetteer = load_gazetteer()
    places = {_SEP.sub(" ", key).strip() for key in gazetteer.lexicon}
    return Prefilter(troop_words(rules, languages()), {p for p in places if p})
