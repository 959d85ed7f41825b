"""Sentence and clause splitting that keeps offsets into the original text.

News text is messy: stray full stops inside sentences (`التحالف الدولي .الذي`), missing spaces,
abbreviations (`U.S.`, `Oct.`). A full stop ends a sentence when it is followed by white space and is not
part of an abbreviation or a number, or when it is glued between a lower-case Latin word and a capitalised
one ("mission.After": a page that lost the space).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .cues import load_cues


@dataclass(frozen=True)
class Span:
    """A slice [start, end) of the document text."""

    start: int
    end: int


# A line break; a full stop (or ! ? ؟ ·), closing quotes and white space; two dots. `cut` is where the
# sentence ends, `gap` the white space after it (an abbreviation's full stop is followed by a plain gap).
# A full stop glued between a lower-case word and a capitalised one ("mission.After", "he said.“The": text
# scraped from pages that lost the space) ends a sentence too; in Arabic, which has no capitals, one glued between
# two words of three and two letters or more ("العراقية.وأوضحت"), not after an initial ("د.محمد").
_BOUNDARY = re.compile(r"\n+|(?P<stop>[.!?؟·]+)(?P<quote>[\"'”»)]*)(?P<gap>\s+)|(?P<dots>\.{2,}|…)\s*"
                       r"|(?<=[a-z”\"')])(?P<glued>[.!?])(?=[“\"']?[A-Z][a-z])"
                       r"|(?<=[\u0621-\u064a]{3})(?P<glued_ar>[.!?؟])(?=[\u0621-\u064a]{2})")
_BOUNDARY_START = re.compile(r"[\n.!?؟·…]")   # the characters a boundary can start with
_ALNUM = re.compile(r"[^\W_]")   # a letter or digit: what str.isalnum() accepts
_SPACE = re.compile(r"\s")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")   # "U.S."
@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """Commas, semicolons, colons, and the contrastive words of `particles.clause_breaks` in claims.yaml."""
    words = sorted(load_cues().particles.get("clause_breaks", ()), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!x)x"
    # "[,،;؛:]\s+|\s+(?:words)\s+", its first character taken out in front: CPython's re then skips to the
    # punctuation and spaces, instead of trying both branches at every position
    return re.compile(rf"[,،;؛:\s](?:(?<=[,،;؛:])\s+|(?<=\s)\s*(?:{alternation})\s+)", re.IGNORECASE)


def _abbreviation_before(text: str, pos: int, abbreviations: frozenset[str]) -> bool:
    """True when the full stop just before `pos` closes an abbreviation such as `U.S.` or `Gen.`."""
    head = text[max(0, pos - 12):pos].rstrip()
    word = _SPACE.split(head)[-1] if head else ""
    return word.lower() in abbreviations or bool(_INITIALS.fullmatch(word))


def split_sentences(text: str) -> list[Span]:
    """Split `text` into trimmed sentence spans."""
    abbreviations = load_cues().abbreviations
    spans: list[Span] = []
    start = 0
    for m in _boundaries(text):
        cut = m.end("stop") if m.group("stop") else (m.end("dots") if m.group("dots") else m.start())
        if m.group("glued_ar"):
            cut = m.end("glued_ar")
        elif m.group("glued"):
            cut = m.end("glued")
            if _abbreviation_before(text, cut, abbreviations):
                continue   # "Gen.Smith"
        elif m.group("stop") and not m.group("quote") and "\n" not in m.group("gap") \
                and _abbreviation_before(text, cut, abbreviations):
            continue
        _append_trimmed(text, start, cut, spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """The matches of _BOUNDARY, as finditer gives them, tried only where one can start: CPython's re tries a
    pattern that opens with a choice of groups at every position of the text, not only at those characters."""
    pos = 0
    while (first := _BOUNDARY_START.search(text, pos)) is not None:
        m = _BOUNDARY.match(text, first.start())
        if m is None:
            pos = first.start() + 1
            continue
        yield m
        pos = m.end()


def split_clauses(text: str, span: Span) -> list[Span]:
    """Split one sentence into clauses at commas, semicolons and contrastive conjunctions."""
    clauses: list[Span] = []
    start = span.start
    for m in _clause_break().finditer(text, span.start, span.end):
        _append_trimmed(text, start, m.start(), clauses)
        start = m.end()
    _append_trimmed(text, start, span.end, clauses)
    return clauses


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _ALNUM.search(text, start, end):
        out.append(Span(start, end))
