"""Offset-preserving text normalisation shared by every extraction stage.

Rules match on a folded copy of the text (Arabic letter variants unified, Eastern digits made
Western, diacritics and tatweel dropped); `Folded.span` maps a match back to the original text,
so evidence offsets always slice the document as it was read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from typing import TypeVar

# One-to-one character folds. Deleted characters are listed in _DROP.
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ک": "ك", "ة": "ه", "ؤ": "و",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "٬": ",", "٫": ".", "،": ",", "؛": ";", "؟": "?",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_DROPPED = "\u064b-\u0652\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_DROP = re.compile(f"[{_DROPPED}]")
_Record = TypeVar("_Record")
_KEEP = re.compile(f"[^{_DROPPED}]+")
_FOLD_CHARS = {chr(code): to for code, to in _FOLD.items()}
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")


def _one_to_one(text: str) -> str:
    """`text.translate(_FOLD)`, faster on a long text: str.translate looks up every character in the table
    (a KeyError for most of them), a substitution only the few it changes."""
    return _FOLDABLE.sub(_fold_char, text)


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_CHARS[m.group()]


@dataclass(frozen=True)
class Folded:
    """A folded copy of `original` and, for each folded character, its index in the original."""

    original: str
    text: str
    index: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text to the original text."""
        if start >= len(self.index):
            return len(self.original), len(self.original)
        o_start = self.index[start]
        o_end = self.index[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def fold(text: str) -> Folded:
    """Fold `text` for matching; the result keeps a map back to the original offsets.

    Cached, since the stages fold the same text in turn: many sentences, but only the last few long
    texts (a document or a window of one), whose offset maps are large."""
    return (_fold_short if len(text) <= _SHORT_TEXT else _fold_long)(text)


def _fold(text: str) -> Folded:
    if not _DROP.search(text):   # nothing dropped (most texts): only the one-to-one folds and lower-casing
        folded = _one_to_one(text).lower()
        return Folded(text, folded, range(len(text))) if len(folded) == len(text) else _fold_slowly(text)
    folded = _one_to_one(_DROP.sub("", text)).lower()
    kept = [m.span() for m in _KEEP.finditer(text)]
    if sum(e - s for s, e in kept) == len(folded):
        return Folded(text, folded, tuple(chain.from_iterable(range(s, e) for s, e in kept)))
    return _fold_slowly(text)


_SHORT_TEXT = 2000
_fold_short = lru_cache(maxsize=1024)(_fold)
_fold_long = lru_cache(maxsize=4)(_fold)


def _fold_slowly(text: str) -> Folded:
    """Character by character, for the rare text whose lower-casing changes its length."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        out = ch.translate(_FOLD).lower()
        chars.append(out)
        index.extend([i] * len(out))
    return Folded(text, "".join(chars), tuple(index))


def moved(record: _Record, delta: int) -> _Record:
    """A copy of a frozen record (a mention, a quantity, a date) with `start` and `end` moved by `delta`: its
    fields copied as they are, not passed one by one through the frozen `__init__`, which costs twice as much."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, start=record.start + delta, end=record.end + delta)
    return copy


def replaced(record: _Record, **changes: object) -> _Record:
    """`dataclasses.replace(record, **changes)` for a dataclass with no `__post_init__` (a claim, a mention): the
    fields copied as they are, not passed one by one through `__init__`, which costs three times as much."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **changes)
    return copy


class WordPattern:
    r"""`(?<!\w)(?:body)`, a pattern matched only where a word starts, with a faster search: CPython's re tries a
    pattern that opens with a lookbehind at every position of a text, but skips to the candidates of one that
    opens with a character class, so past the text's start the non-word character before the word is matched
    too. Its matches have the groups of the plain pattern's (group 0 may hold that one character more)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.after_gap = re.compile(rf"\W(?:{body})")

    @cached_property
    def at_start(self) -> re.Pattern[str]:
        """The plain pattern, for a match at the text's start (compiled when first needed)."""
        return re.compile(rf"(?<!\w)(?:{self.body})")

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match whose word starts at `pos` or later."""
        if pos == 0 and (m := self.at_start.match(text)):
            return m
        return self.after_gap.search(text, max(0, pos - 1))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        r"""The matches `(?<!\w)(?:body)` finds in `text`, in order and not overlapping, as finditer would."""
        m = self.search(text)
        while m is not None:
            yield m
            m = self.search(text, m.end())

    def start(self, m: re.Match[str]) -> int:
        """Where the word of a match starts (past the non-word character before it)."""
        return m.start() + 1 if m.re is self.after_gap else m.start()

    @cached_property
    def before_word(self) -> re.Pattern[str]:
        r"""`\W(?=(?:body))`: the non-word character before each word the pattern matches at (compiled when first
        needed)."""
        return re.compile(rf"\W(?=(?:{self.body}))")

    def every_word(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(word start, match) at every word of `text` the pattern matches at, in order: also the words that start
        inside another match, as a search from each position would find them (one finditer, not a search each)."""
        if (m := self.at_start.match(text)) is not None:
            yield 0, m
        for m in self.before_word.finditer(text):
            yield m.end(), m


class CliticPattern:
    r"""`(?:(?<!\w)|(?<=(?<!\w)[clitics]))(?:body)`: a pattern matched where a word starts or right after a
    one-letter clitic glued to the word ("وبحلول"), with a faster search, as a WordPattern's: the lookbehinds
    make CPython's re try every position, so past `pos + 1` the non-word character before the word (and the
    clitic) are matched too, and the pattern opens with a character class. The body must not match empty."""

    def __init__(self, body: str, clitics: str) -> None:
        letters = re.escape(clitics)
        self.plain = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[{letters}]))(?:{body})")
        self.after_gap = re.compile(rf"\W(?P<_clitic>[{letters}])??(?:{body})")

    def search(self, text: str, pos: int, end: int) -> tuple[int, re.Match[str]] | None:
        """(start, match) of the first match of the plain pattern starting in [pos, end), as its search finds."""
        for start in (pos, pos + 1):   # the character before these may lie before `pos`: matched as they are
            if start < end and (m := self.plain.match(text, start, end)):
                return start, m
        m = self.after_gap.search(text, pos, end)
        if m is None:
            return None
        return (m.end("_clitic") if m.start("_clitic") >= 0 else m.start() + 1), m

    def finditer(self, text: str, pos: int, end: int) -> Iterator[tuple[int, re.Match[str]]]:
        """(start, match) of the matches the plain pattern's finditer finds in [pos, end), in order."""
        while (found := self.search(text, pos, end)) is not None:
            yield found
            pos = found[1].end()


class PlainPattern:
    """A pattern with the interface of a CliticPattern: `plain` and `finditer` yielding (start, match)."""

    def __init__(self, pattern: str) -> None:
        self.plain = re.compile(pattern)

    def finditer(self, text: str, pos: int, end: int) -> Iterator[tuple[int, re.Match[str]]]:
        """(start, match) of the pattern's matches in [pos, end)."""
        for m in self.plain.finditer(text, pos, end):
            yield m.start(), m


_HASHTAG_MARKS = re.compile(r"#(?=\w)|(?<=\w)_(?=\w)")


def plain_hashtags(text: str) -> str:
    """'#قاعدة_القائم', '#US_troops' read as the words they join: '#' and '_' become spaces, offsets kept."""
    return _HASHTAG_MARKS.sub(" ", text) if "#" in text or "_" in text else text


@lru_cache(maxsize=8192)
def fold_str(text: str) -> str:
    """Folded form of a short string (an alias, a cue word, a word the rules look up); cached, as the rules
    fold the same few words again and again."""
    return _DROP.sub("", text).translate(_FOLD).lower()


def trie_pattern(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex matching any of `words`, factored as a trie so long alternations stay fast (a longer word
    is tried before its prefix); a space in a word matches `space`. Matches nothing for no words."""
    root: dict = {}
    for word in {w for w in words if w}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root, space) if root else "(?!)"


def _trie_node(node: dict, space: str) -> str:
    branches = [(space if ch == " " else re.escape(ch)) + _trie_node(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
