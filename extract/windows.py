"""Long documents in overlapping windows, so extraction time is linear and memory bounded per document.

A document longer than `WINDOW_CHARS` is cut at sentence starts into cores of about that size; each
window is its core with `OVERLAP_CHARS` of context on both sides (the sentences before it give the
speaker and the last actor; the text after it closes the last sentence). A claim belongs to the window
whose core holds the start of its evidence, so none is lost or counted twice at a cut, and offsets are
shifted back into the document. A short document is one window: the whole text, exactly as before.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from .sentences import split_sentences

WINDOW_CHARS = 60_000   # longest text extracted in one go; longer documents are windowed
OVERLAP_CHARS = 2_000   # context on each side of a window's core
_SPACE = re.compile(r"\s")
_LONGEST_WORD = 64       # how far a window edge may move to fall between words
_show_progress = False


class _Located(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Located)


@dataclass(frozen=True)
class Window:
    """A slice [start, end) of the document; claims starting in [core_start, core_end) are its own."""

    start: int
    end: int
    core_start: int
    core_end: int

    def text(self, document: str) -> str:
        """The window's text."""
        return document[self.start:self.end]

    def own(self, found: list[T]) -> list[T]:
        """The items (claims) whose start lies in the core, offsets moved from the window to the document."""
        return [replace(item, start=item.start + self.start, end=item.end + self.start) if self.start else item
                for item in found if self.core_start <= item.start + self.start < self.core_end]


def windows(text: str, label: str = "") -> Iterator[Window]:
    """The windows of `text` in order (one for a short text); a progress bar per long one if enabled."""
    size, overlap = WINDOW_CHARS, OVERLAP_CHARS
    if len(text) <= size:
        yield Window(0, len(text), 0, len(text))
        return
    bar = _bar(len(text), label)
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= size else _cut(text, start + size - overlap, size // 2, overlap)
        yield Window(_snap(text, max(0, start - overlap), back=True), _snap(text, min(len(text), end + overlap)),
                     start, end)
        if bar is not None:
            bar.update(end - start)
        start = end
    if bar is not None:
        bar.close()


def _cut(text: str, target: int, reach: int, overlap: int) -> int:
    """A sentence start at most `reach` before `target`, else a space, else `target` itself."""
    lo = max(0, target - reach)
    # Sentence boundaries are local: those past the slice's first words are the document's own.
    starts = [lo + s.start for s in split_sentences(text[lo:target + overlap])
              if _LONGEST_WORD <= s.start and lo + s.start <= target]
    if starts:
        return starts[-1]
    space = text.rfind(" ", lo, target)   # one sentence longer than a window: cut between words
    return space + 1 if space > lo else target


def _snap(text: str, pos: int, back: bool = False) -> int:
    """`pos` moved to white space (backwards or forwards) so a window does not cut a word, if one is near."""
    if back:
        found = _SPACE.search(text[max(0, pos - _LONGEST_WORD):pos][::-1])
        return pos - found.start() if found else pos
    found = _SPACE.search(text, pos, pos + _LONGEST_WORD)
    return found.start() if found else pos


def show_progress(enabled: bool) -> None:
    """Show a bar on stderr while a long document is extracted (the command line turns it on)."""
    global _show_progress
    _show_progress = enabled


def _bar(total: int, label: str):
    """A tqdm bar in characters for one long document, or None."""
    if not _show_progress or not sys.stderr.isatty():
        return None
    from multiprocessing import current_process

    from tqdm import tqdm

    worker = current_process()._identity   # (n,) in a pool worker: one line per worker
    return tqdm(total=total, unit="char", unit_scale=True, desc=label or "document", leave=False,
                file=sys.stderr, position=worker[0] if worker else 1, dynamic_ncols=True)
