"""What the claim rules work on: one sentence with everything found in it, the document's context, and
the claim record they produce. Offsets inside a `Sentence` are relative to its text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .codes import ClaimType, Status
from .cues import Cues
from .gazetteer import Gazetteer, Mention
from .numbers import Quantity
from .text import fold, fold_str

_SPACES = re.compile(r"\s+")

TRIGGER_TYPES = ("withdrawal", "deployment", "presence", "presence_noun", "presence_stay", "presence_still",
                 "handover")


@dataclass
class Claim:
    """One dated claim, in the columns of the claims table (offsets relative to the document)."""

    claim_type: ClaimType
    actor: str
    country: str
    base: str = ""
    value: float | None = None
    value_min: float | None = None
    value_max: float | None = None
    qualifier: str = ""
    date: str = ""
    date_precision: str = ""
    date_source: str = ""
    status: Status = "reported"
    attributed_to: str = ""
    evidence: str = ""
    start: int = 0
    end: int = 0
    lat: float | None = None
    lon: float | None = None


@dataclass
class DocContext:
    """What the rest of the document tells a sentence: publication date, usual actor and country."""

    lang: str
    published: str
    published_precision: str
    gazetteer: Gazetteer
    cues: Cues
    default_actor: str = ""
    default_country: str = ""
    last_actor: str = ""
    last_country: str = ""
    last_base: str = ""       # the base of the last claim that named one: "the base" refers to it
    last_move: tuple[str, str] = ("", "")   # the previous sentence's move (type, status): "The bases are X and Y"
    last_date: tuple[str, str] = ("", "")   # the previous sentence's last date from the text: "By then" refers to it
    last_withdrawals: list = field(default_factory=list)   # the last numbered withdrawal: (actor, value, origin)
    speaker: str = ""
    published_raw: str = ""   # as given: "2024", "2024-09" or "2024-09-06"


@dataclass
class Sentence:
    """One sentence with everything found in it; all offsets relative to `text`."""

    text: str
    offset: int
    quantities: list[Quantity]
    mentions: list[Mention]
    dates: dict  # tense ("past", "future") -> list[DateMention]: "in January" reads differently in each
    cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    cache: dict = field(default_factory=dict)
    host: str = ""          # the document's usual host country

    def dates_in(self, tense: str) -> list:
        """The sentence's date mentions read in `tense` ("past" or "future")."""
        return self.dates[tense]

    def cues(self, category: str) -> list[tuple[int, int]]:
        return self.cue_spans.get(category, [])

    def clause_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= pos < end:
                return start, end
        return 0, len(self.text)


def find_cue_spans(text: str, cues: Cues) -> dict[str, list[tuple[int, int]]]:
    """All cue categories found in `text`, as spans of the original text; of two rival moves read at the same
    word, the longer phrase stands ("left for the UAE" is a deployment, not also "left")."""
    folded = fold(text)
    found = cues.find_all(folded.text)
    spans = found if isinstance(folded.index, range) else {   # folding kept every character: the text's offsets
        category: [folded.span(s, e) for s, e in found_in] for category, found_in in found.items()}
    for a, b in (("withdrawal", "deployment"), ("deployment", "withdrawal")):
        longer = {s: e for s, e in spans.get(b, [])}
        if a in spans:
            spans[a] = [(s, e) for s, e in spans[a] if longer.get(s, e) <= e]
    return spans


def is_candidate(sentence: Sentence) -> bool:
    """Cheap test: could this sentence hold a claim at all?"""
    has = sentence.cue_spans
    return bool(has.get("force") or has.get("base_word") or any(has.get(t) for t in TRIGGER_TYPES)
                or has.get("mission_end") or has.get("extension"))


WORD_PUNCT = "\"'«»“”()،,."   # stripped from the words a rule reads around a position


def folded_words(text: str) -> list[str]:
    """The words of `text`, folded, with quotes and commas stripped."""
    return [fold_str(w.strip(WORD_PUNCT)) for w in text.split()]


def blanked(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """text[lo:hi] with the given spans (offsets into `text`, inside [lo, hi)) turned into spaces."""
    out = list(text[lo:hi])
    for s, e in spans:
        out[s - lo:e - lo] = " " * (e - s)
    return "".join(out)


def words_before(text: str, pos: int, width: int, count: int) -> list[str]:
    """The last `count` words of the `width` characters before `pos` (as `folded_words`)."""
    return folded_words(text[max(0, pos - width):pos])[-count:]


def phrase_before(text: str, pos: int, phrases: tuple[str, ...], width: int, count: int) -> bool:
    """Whether one of the (folded, possibly multi-word) phrases is among the last `count` words before `pos`."""
    words = f" {' '.join(words_before(text, pos, width, count))} "
    return any(f" {p} " in words for p in phrases)


def text_before(text: str, pos: int, width: int = 16) -> str:
    return fold(text[max(0, pos - width):pos]).text


def cue_right_before(sentence: Sentence, category: str, pos: int, slack: int = 2) -> bool:
    """Whether a cue of `category` ends just before `pos` (white space of any length, quotes, or up to
    `slack` other characters)."""
    for _, e in sentence.cue_spans.get(category, ()):   # a loop, not any(): the rules ask this very often
        if 0 <= pos - e <= 40 and _right_before(sentence.text[e:pos], slack):
            return True
    return False


def _right_before(gap: str, slack: int) -> bool:
    """Whether the text between a cue and a word is short enough, a run of white space counting as one."""
    gap = _SPACES.sub(" ", gap) if len(gap) > slack + 1 else gap
    return len(gap) <= slack + 1 and (slack > 2 or not gap.strip(" \"'“”«»(,،"))


def cue_near(sentence: Sentence, category: str, pos: int, before: int, after: int,
              lo: int = 0, hi: int | None = None) -> bool:
    """Whether a cue of `category` starts from `before` characters before `pos` to `after` after it, within
    [lo, hi] (the sentence by default)."""
    first, last = max(lo, pos - before), min(len(sentence.text) if hi is None else hi, pos + after)
    for s, _ in sentence.cue_spans.get(category, ()):   # a loop, not any(): the rules ask this very often
        if first <= s <= last:
            return True
    return False
