"""Temporal expressions, datelines and publication dates in Arabic and English news text.

Patterns are compiled once from `extract/rules/dates.yaml` and run on the folded text
(`extract.text.fold`), so spans map back to the original. Relative expressions ("yesterday",
"العام الماضي", "in January") resolve against the publication date only, never the clock.
dateparser is not called: its `search_dates` reads bare numbers as years (dateparser#582) and
misses much of the Arabic press; the few formats it would add are matched here directly.

Choices the schema leaves open:
- "mid-<month>" is the 15th with month precision; "mid-<year>" is 1 July with year precision.
- "end of <year>" / "نهاية العام" is the last day with month precision (December); "late <year>" and
  "by/until <year>" keep year precision.
- Week expressions ("last week", "الأسبوع الماضي") give the month of the day 7 days off, month precision.
- A relative expression finer than the publication date ("yesterday" in a text dated "2024-09") is
  coarsened to the publication's precision, resolved from the middle of the published period.
- A month or day-and-month without a year takes its year from the publication date: the nearest
  before it for tense="past", after it for "future" (compared at the publication's precision); with
  a year-only publication the published year is used.
- Hijri dates use the tabular (arithmetic) Islamic calendar; it may differ by a day or two from
  Umm al-Qura or a sighted calendar.
"""
from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from extract.rulefile import data_path, load_rule_file, setting
from extract.text import CliticPattern, Folded, PlainPattern, WordPattern, fold, fold_str, moved, trie_pattern

RULES_PATH = data_path("rules", "dates.yaml")
_RANK = {"day": 0, "month": 1, "year": 2}
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_BR = r"(?!\w)"
_WORD = re.compile(r"\w+")
_WINDOW = 48  # chars searched each side of an anchor word; more than any date expression spans
_NONE: frozenset[str] = frozenset()
_YEAR_FAMILY = frozenset({"year"})
# Which anchor words a pattern's matches always contain.
_FAMILY = {"numeric": "year", "dmy": "month", "dmy_word": "month", "mdy": "month", "month_year": "month",
           "month_mod": "month", "month": "month", "year_word": "year", "year": "year", "weekday": "weekday",
           "relative": "relative", "ago": "ago", "hijri": "hijri", "within": "within", "day_rel": "relative"}
# The kinds whose every match holds a digit (a day, a year or a numeric date): not looked for where none is.
_DIGIT_KINDS = frozenset({"numeric", "dmy", "mdy", "month_year", "year_word", "year", "day_rel", "hijri"})
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateMention:
    """A temporal expression found in a text, resolved to a date."""

    date: str        # YYYY-MM-DD (first day of the period; last day for by/until/end-of)
    precision: str   # day | month | year
    start: int
    end: int
    relation: str    # at | by | since | start
    relative: bool   # resolved against the publication date

    def shifted(self, delta: int) -> DateMention:
        """The same mention with offsets moved by `delta` (into a sentence of the text)."""
        return moved(self, delta)


@dataclass(frozen=True)
class _Cue:
    """How a cue word before a date changes its reading."""

    relation: str
    anchor: str
    year_cue: bool
    year_precision: str = ""
    period_cue: bool = False


@dataclass(frozen=True)
class _Relative:
    """A relative expression of dates.yaml: its unit, how many units from the publication, whether it needs a
    start/end cue, and for a season the month it begins."""

    unit: str
    offset: int
    needs_cue: bool
    starts: int = 0


@dataclass(frozen=True)
class _Ref:
    """The publication date a relative expression is resolved against."""

    day: date          # the middle of the published period
    first: date        # its first day
    precision: str
    tense: str


@dataclass(frozen=True)
class _Period:
    """A resolved date before a cue's anchor is applied."""

    start: date
    precision: str
    relative: bool = False
    offset_relative: bool = False  # counted from the publication day: coarsened to its precision
    relation: str = ""             # set by the expression itself ("within 3 months" is a "by" date)
    end: int = -1                  # where the expression ends when longer than its core match
    season: bool = False           # a season of a year ("this summer"): its cues never make it finer than the year


@dataclass(frozen=True)
class _Cand:
    """A candidate mention: folded span of the core expression and its period."""

    start: int
    end: int
    period: _Period
    needs: str = ""    # "" | "cue" (any cue) | "year" (a year cue) | "period" (start/end/mid/late cue)


# ---------------------------------------------------------------- rules


def _alt(words: list[str], dotted: frozenset[str] = frozenset()) -> str:
    """Regex alternation of folded words, longest first; spaces match any whitespace; `dotted` may end in '.'."""
    forms = sorted({fold_str(w).strip() for w in words if w and fold_str(w).strip()}, key=len, reverse=True)
    if not forms:
        raise ValueError("empty word list in dates.yaml")
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") + (r"\.?" if f in dotted else "") for f in forms) + ")"


def _abbreviations(names: dict[str, int]) -> frozenset[str]:
    """Names that are the start of a longer name of the same month ("sept" of "september"): may take a dot."""
    return frozenset(w for w, n in names.items() if any(o != w and o.startswith(w) and names[o] == n for o in names))


@lru_cache(maxsize=4096)
def _key(s: str) -> str:
    """Lookup key of a matched word: folded, single spaces, no trailing dot (cached: the same few words)."""
    return _SPACES.sub(" ", s).strip().rstrip(".")


_SPACES = re.compile(r"\s+")


_LANG_KEY = re.compile(r"^[a-z]{2,3}$")   # ISO 639 codes: the per-language word lists of an entry


def _both(entry: dict) -> list[str]:
    """The words of every language of a YAML entry (quote YAML 1.1 booleans such as "on")."""
    words = [w for k, v in entry.items() if _LANG_KEY.match(str(k)) and isinstance(v, list) for w in v]
    if not all(isinstance(w, str) for w in words):
        raise ValueError(f"dates.yaml: non-string word in {words}")
    return words


def _ago_words(ago: dict, position: str) -> list[str]:
    """The 'ago' words of every language that stand `position` the amount ("قبل عامين", "two years ago")."""
    return [w for k, v in ago.items() if _LANG_KEY.match(str(k)) for w in (v or {}).get(position, [])]


def _placed(entry: dict, position: str) -> list[str]:
    """The words of every language that stand `position` ("before"/"after") the name they modify."""
    return [w for k, v in entry.items() if _LANG_KEY.match(str(k)) for w in (v or {}).get(position, [])]


class _Rules:
    """Compiled patterns and lookup tables built from dates.yaml."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.months = {fold_str(w): int(n) for n, e in data["months"].items() for w in _both(e)}
        self.hijri = {_key(fold_str(w)): int(n) for n, ws in data["hijri_months"].items() for w in ws}
        self.weekdays = {fold_str(w): int(n) for n, e in data["weekdays"].items() for w in _both(e)}
        self.day_words = {_key(fold_str(w)): int(n) for n, e in data.get("day_words", {}).items() for w in _both(e)}
        self.capitalised = capitalised_words([*data["months"].values(), *data["weekdays"].values()])
        self.mods = {fold_str(w): k for k, e in data["modifiers"].items()
                     for w in _placed(e, "before") + _placed(e, "after")}
        self.cues = {fold_str(w): self._cue(e) for e in data["cues"].values() for w in _both(e)}
        self.relative = {fold_str(w): _Relative(e["unit"], int(e["offset"]), bool(e.get("needs_cue")),
                                                int(e.get("starts", 0)))
                         for e in data["relative"].values() for w in _both(e)}
        self._build_ago(data["ago"])
        self._compile(data)

    @staticmethod
    def _cue(e: dict) -> _Cue:
        """One cue group of the YAML as a _Cue."""
        return _Cue(e.get("relation") or "", e.get("anchor") or "", bool(e.get("year_cue")),
                    e.get("year_precision") or "", bool(e.get("period_cue")))

    def _build_ago(self, ago: dict) -> None:
        """Unit words, count words and vague counts of "N units ago"."""
        self.units: dict[str, tuple[str, int | None]] = {}
        for unit, langs in ago["units"].items():
            for forms in langs.values():
                for kind, words in forms.items():
                    for w in words:
                        self.units[fold_str(w)] = (unit, 2 if kind == "two" else (1 if kind == "one" else None))
        self.counts = {fold_str(str(w)): int(n) for lang in ago["counts"].values() for w, n in lang.items()}
        self.few = {fold_str(w) for w in _both(ago["few"])}
        self.few_count = int(ago["few_count"])

    def _compile(self, d: dict) -> None:
        """Compile every core pattern and the cue pattern once."""
        g = {k: _alt(v) for k, v in d["glue"].items()}
        self.proclitics = "".join(fold_str(p) for p in d["glue"]["proclitics"])
        self.year_suffix = "".join(fold_str(p) for p in d["glue"]["year_suffix"])
        # word start, or right after a proclitic glued to the word
        self.bl = bl = rf"(?:(?<!\w)|(?<=(?<!\w)[{re.escape(self.proclitics)}]))"
        mon = _alt(list(self.months), _abbreviations(self.months))
        monx = rf"(?P<m1>{mon})(?:\s*[/(]\s*(?P<m2>{mon})\s*\)?)?"
        wd = _alt(list(self.weekdays))
        day = rf"(?:{g['day_prefix']}\s?)?(?P<d>[12]\d|3[01]|0?[1-9])(?:{g['ordinal_suffix']})?(?!\d)"
        of = rf"(?:{g['day_month']}\s+)?"
        yw = _alt(_both(d["year_words"]))
        yr = rf"(?P<y>{_YEAR})(?!\d)(?:\s?{g['year_suffix']}{_BR})?"
        after = _alt([w for e in d["modifiers"].values() for w in _placed(e, "after")])
        before = _alt([w for e in d["modifiers"].values() for w in _placed(e, "before")])
        mod = rf"(?:\s+(?P<mod>{after}){_BR}|)"
        year_tail = rf"\s*,?\s*(?:{g['month_year']}\s+)?(?:{yw}\s*)?{yr}"
        on_day = rf"(?:{g['before_weekday']}\s+)?"
        clitic = self._clitic_pattern
        self.cores: list[tuple[CliticPattern | PlainPattern, str]] = [  # (pattern, kind); _FAMILY: its anchors
            (PlainPattern(r"(?<![\d/.-])(?P<a>\d{1,4})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,4})"
                          r"(?![\d]|[-/.]\d)"), "numeric"),
            (clitic(rf"(?:(?P<wd>{wd})\s*,?\s*)?{day}\s*{of}{monx}(?:{year_tail}|{mod}){_BR}"), "dmy"),
            (clitic(rf"(?:(?P<wd>{wd})\s*,?\s*)?{monx}\s+{day}(?:\s*,?\s*{yr})?{_BR}"), "mdy"),
            (clitic(rf"(?:(?P<wd>{wd})\s*,?\s*)?(?P<dw>{_alt(list(self.day_words))}){_BR}\s*{g['day_month']}\s+"
                    rf"{monx}(?:{year_tail}|{mod}){_BR}"), "dmy_word"),   # "الأول من مايو", "the first of May"
            (clitic(rf"{monx}{year_tail}{_BR}"), "month_year"),
            (clitic(rf"{monx}\s+(?P<mod>{after}){_BR}"), "month_mod"),
            (clitic(rf"(?P<modb>{before})\s+{monx}{_BR}"), "month_mod"),
            (clitic(rf"{monx}{_BR}"), "month"),
            (clitic(rf"{yw}\s*{yr}{_BR}"), "year_word"),
            (PlainPattern(rf"(?<![\w.,/])(?<!\d-){yr}(?![\w]|[.,/-]\d)"), "year"),
            (clitic(rf"(?:(?P<modb>{before})\s+)?{on_day}(?P<wd>{wd}){mod}{_BR}"), "weekday"),
            (clitic(rf"(?P<rel>{_alt(list(self.relative))})(?:\s*,?\s*{on_day}(?P<wd>{wd}))?{_BR}"
                    rf"(?!\s+{_alt(_both(d['relative_blockers']))}{_BR})"), "relative"),
            (self._ago_pattern(d["ago"]), "ago"),
            (self._within_pattern(d["within"]), "within"),
            (clitic(rf"{on_day}{day}\s*{of}(?P<rel>{self._relative_months()}){_BR}"), "day_rel"),
            (clitic(rf"{day}\s+(?P<hm>{_alt(list(self.hijri))})\s*,?\s*(?P<y>1[2-5]\d\d)(?!\d)"
                    rf"(?:\s*{g['hijri_suffix']}{_BR})?{_BR}"), "hijri"),
        ]
        self.cue_tail = re.compile(rf"{bl}(?P<cue>{_alt(list(self.cues))})(?:\s*-\s*|\s+)$")
        self.year_block = re.compile(rf"\s*{_alt(_both(d['year_blockers']))}{_BR}")
        self.anchors = self._anchor_words(d)
        # Only the words that anchor some family, found in one pass: an anchor, perhaps after a glued proclitic,
        # or a number of four digits (a year).
        self.anchor_re = WordPattern(rf"(?:[{re.escape(self.proclitics)}]?{trie_pattern(self.anchors)}"
                                     rf"|[0-9]{{4}}[{re.escape(self.year_suffix)}]?)(?!\w)")

    def _clitic_pattern(self, body: str) -> CliticPattern:
        """`body` matched at a word start or right after a glued proclitic (the `bl` of the patterns)."""
        return CliticPattern(body, self.proclitics)

    def _anchor_words(self, d: dict) -> dict[str, frozenset[str]]:
        """Word -> the pattern families whose every match contains that word (cue and modifier words excluded)."""
        generic = {t for w in [*self.cues, *(m for m in self.mods if " " not in m)] for t in _WORD.findall(w)}
        vocab = {"month": list(self.months), "weekday": list(self.weekdays), "relative": list(self.relative),
                 "hijri": list(self.hijri), "ago": _ago_words(d["ago"], "before") + _ago_words(d["ago"], "after"),
                 "within": [w for e in d["within"].values() for w in e.get("before", []) + e.get("bare", [])]}
        out: dict[str, set[str]] = {}
        for family, words in vocab.items():
            for w in words:
                # A within phrase is anchored by its last word ("في غضون" by غضون, "in the next" by next): the
                # expression runs on from it, and its common first words (في, in, the) would anchor most of a text.
                tokens = _WORD.findall(fold_str(w))
                kept = [t for t in (tokens[-1:] if family == "within" else tokens)
                        if len(t) > 1 and (t not in generic or family in ("ago", "within"))]
                for t in kept or tokens[-1:]:   # a phrase of cue words only ("this summer") by its last word
                    out.setdefault(t, set()).add(family)
        return {t: frozenset(fams) for t, fams in out.items()}

    def _relative_months(self) -> str:
        """'الشهر الجاري', 'this month', 'next month': the relative expressions of a whole month."""
        return _alt([w for w, rel in self.relative.items() if rel.unit == "month" and not rel.needs_cue])

    def _within_pattern(self, within: dict) -> CliticPattern:
        """'خلال 3 أشهر', 'within 24 hours', optionally followed by 'of'/'من تاريخ' and the date it counts from."""
        count = rf"(?P<n>\d{{1,3}}|{_alt(list(self.counts))})"
        before = _alt([w for e in within.values() for w in e.get("before", [])])
        of = _alt([w for e in within.values() for w in e.get("of", [])])
        unit = _alt(list(self.units))
        extra = _alt([w for e in within.values() for w in e.get("extra", [])] or ["\x00"])   # "18 شهرا إضافيا"
        article = _alt([w for e in within.values() for w in e.get("article", [])] or ["\x00"])
        past = _alt([w for e in within.values() for w in e.get("past", [])] or ["\x00"])   # "خلال الأسبوعين الأخيرين"
        # "خلال الأشهر الستة المقبلة": the count after its unit, both with the article
        after = rf"(?:{article})?(?P<u3>{unit})\s+(?:{article})?{count.replace('?P<n>', '?P<n3>')}"
        # "عاما إضافيا": a span told by its extra word alone, with no word before it
        bare = _alt([w for e in within.values() for w in e.get("bare", [])] or ["\x00"])
        alone = rf"(?:{count.replace('?P<n>', '?P<n4>')}\s+)?(?P<u4>{unit})(?=\s+{bare}{_BR})"
        return self._clitic_pattern(rf"(?:{before}\s+(?:(?:{count}\s+)?(?P<u>{unit})|{after})|{alone}){_BR}"
                                    rf"(?!\s+{past}{_BR})(?:\s+{extra}{_BR})?(?P<of>[,،]?\s+{of}\s+)?")

    def _ago_pattern(self, ago: dict) -> CliticPattern:
        """'قبل عامين', 'منذ ثلاثة أسابيع', 'about a year ago'."""
        unit = _alt(list(self.units))
        count = rf"(?P<n>\d{{1,2}}|{_alt(list(self.counts) + list(self.few))})"
        approx = _alt(_both(ago["approx"]))
        before, after = _ago_words(ago, "before"), _ago_words(ago, "after")   # "قبل عامين" / "two years ago"
        parts = []
        # "قبل يومين فقط من سقوط الأسد": before an event the text names, not before the publication
        event = _ago_words(ago, "event_of")
        skip = _alt(_ago_words(ago, "event_skip") + _both(ago["approx"]))   # "قبل يومين فقط من"
        not_event = (rf"(?!(?:\s+{skip})?\s+{_alt(event)}\s+(?!{_alt(_ago_words(ago, 'now'))}{_BR}))"
                     if event else "")
        if before:
            parts.append(rf"{_alt(before)}\s+(?:{count}\s+)?(?P<u>{unit}){not_event}(?:\s+{approx})?")
        if after:
            parts.append(rf"(?:{approx}\s+)?{count.replace('?P<n>', '?P<n2>')}\s+(?P<u2>{unit})\s+{_alt(after)}")
        return self._clitic_pattern(rf"(?:{'|'.join(parts)}){_BR}")


def month_words() -> tuple[list[str], frozenset[str]]:
    """Every month name (Gregorian and Hijri, every language) and those written with a capital: what makes
    a number next to them part of a date (extract.numbers)."""
    r = _rules()
    return [*r.months, *r.hijri], r.capitalised


@lru_cache(maxsize=4)
def relation_words(relation: str) -> frozenset[str]:
    """The folded cue words of dates.yaml that give a date `relation` ("since": منذ, since): the one list the
    claim rules read too, when the cue stands further from its date than the date reader looks."""
    return frozenset(w for w, cue in _rules().cues.items() if cue.relation == relation)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """The rules, loaded and compiled once per process."""
    return _Rules(load_rule_file(RULES_PATH))


# ---------------------------------------------------------------- calendar helpers


def _last_day(d: date, precision: str) -> date:
    """The last day of the period starting at `d`."""
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "month":
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return d


def _truncate(d: date, precision: str) -> date:
    """First day of the period of `precision` containing `d`."""
    if precision == "year":
        return date(d.year, 1, 1)
    if precision == "month":
        return date(d.year, d.month, 1)
    return d


def _add_months(d: date, n: int) -> date:
    """`d` moved by `n` months (day clamped to the month's length)."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    """A date, or None when the day does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Tabular Islamic calendar (civil epoch, 16 July 622) to Gregorian; +/- 1-2 days vs Umm al-Qura."""
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return date.fromordinal(jdn - 1721425)


# ---------------------------------------------------------------- publication date


_PUB_NUMERIC = re.compile(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?\s*")


@lru_cache(maxsize=4096)
def parse_published(s: str) -> tuple[date, str] | None:
    """'2024-09-06' | '2024-09' | '2024' (or '6 September 2024', 'September 2024') -> (first day, precision)."""
    if not s or not s.strip():
        return None
    m = _PUB_NUMERIC.fullmatch(s)
    if m:
        y, mo, d = (int(g) if g else 0 for g in m.groups())
        if not 1800 <= y <= 2200:  # anything else is not a publication date of a news text
            return None
        if not mo:
            return date(y, 1, 1), "year"
        day = _safe_date(y, mo, d or 1)
        return (day, "day" if d else "month") if day else None
    found = _explicit(s.strip())
    return (found[2], found[3]) if found else None


def _reference(published: str, tense: str) -> _Ref | None:
    """The publication date as a reference for relative expressions."""
    parsed = parse_published(published)
    if not parsed:
        return None
    first, precision = parsed
    mid = {"day": first, "month": first.replace(day=15), "year": date(first.year, 7, 1)}[precision]
    return _Ref(mid, first, precision, tense)


# ---------------------------------------------------------------- core expressions


def _month(r: _Rules, m: re.Match[str]) -> int | None:
    """Month number of a match; the first name wins in "أيلول/سبتمبر"."""
    return r.months.get(_key(m.group("m1")))


def capitalised_words(entries: list[dict]) -> frozenset[str]:
    """Folded month and weekday names of the languages that write them with a capital (`capitalised_names`
    in languages.yaml: "May 2021", not "2,000 may leave"), less names another language writes too."""
    words: dict[str, set[bool]] = {}
    for entry in entries:
        for lang, names in entry.items():
            if _LANG_KEY.match(str(lang)):
                for name in names or []:
                    words.setdefault(fold_str(name), set()).add(bool(setting(lang, "capitalised_names", False)))
    return frozenset(w for w, caps in words.items() if caps == {True})


def _latin_ok(f: Folded, m: re.Match[str], group: str) -> bool:
    """A month or weekday name of a language that capitalises them counts only when capitalised."""
    s = m.start(group)
    if s < 0 or _key(m.group(group)) not in _rules().capitalised:
        return True
    return f.original[f.span(s, s + 1)[0]].isupper()


def _infer_year(month: int, day: int | None, ref: _Ref, direction: str) -> date | None:
    """The month (or day-month) nearest the publication in `direction`: past|future|next|last, or in the
    publication's year (this), the year before (last_year) or after (next_year)."""
    years = {"this": 0, "last_year": -1, "next_year": 1}
    if direction in years:
        return _safe_date(ref.first.year + years[direction], month, day or 1)
    if ref.precision == "year":
        return _safe_date(ref.first.year, month, day or 1)
    cmp_precision = ref.precision if day else "month"
    pub = _truncate(ref.first, cmp_precision)
    for year in (ref.first.year, ref.first.year - 1, ref.first.year + 1):
        cand = _safe_date(year, month, day or 1)
        if cand is None:
            continue
        key = _truncate(cand, cmp_precision)
        ok = {"past": key <= pub and key > _add_months(pub, -12), "future": pub <= key < _add_months(pub, 12),
              "last": _add_months(pub, -12) <= key < pub, "next": pub < key <= _add_months(pub, 12)}[direction]
        if ok:
            return cand
    return None


def _direction(r: _Rules, m: re.Match[str], ref: _Ref) -> str:
    """past/future from the tense, or next/last/this from a modifier word."""
    for g in ("mod", "modb"):
        if g in m.re.groupindex and m.group(g):
            return r.mods[_key(m.group(g))]
    return "future" if ref.tense == "future" else "past"


def _numeric(r: _Rules, m: re.Match[str], lang: str) -> _Period | None:
    """2024-09-06, 2024/09/06, 06/09/2024: when ambiguous, day or month first by the language's
    `numeric_dates` (languages.yaml: dmy for Arabic, mdy for English)."""
    a, b, c = m.group("a"), int(m.group("b")), m.group("c")
    if len(a) == 4 and len(c) <= 2:
        d = _safe_date(int(a), b, int(c))
    elif len(c) == 4 and len(a) <= 2:
        month_first = setting(lang, "numeric_dates", "dmy") == "mdy"
        day, month = (b, int(a)) if month_first and int(a) <= 12 else (int(a), b)
        d = _safe_date(int(c), month, day) or _safe_date(int(c), day, month)
    else:
        return None
    return _Period(d, "day") if d and 1900 <= d.year <= 2100 else None


def _day_month(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'23 مارس 2021', 'March 23, 2021', '11 سبتمبر' (year from the publication), '11 سبتمبر المقبل', 'الأول من
    مايو' (an ordinal word, day_words)."""
    month = _month(r, m)
    if month is None or not _latin_ok(f, m, "m1"):
        return None
    words = m.groupdict().get("dw")
    day = r.day_words[_key(words)] if words else int(m.group("d"))
    if m.group("y"):
        d = _safe_date(int(m.group("y")), month, day)
        return _Period(d, "day") if d else None
    if ref is None:
        return None
    d = _infer_year(month, day, ref, _direction(r, m, ref))
    return _Period(d, "day", relative=True) if d else None


def _month_year(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'سبتمبر 2025', 'أيلول/سبتمبر 2025', 'September 2025'."""
    month = _month(r, m)
    if month is None or not _latin_ok(f, m, "m1"):
        return None
    return _Period(date(int(m.group("y")), month, 1), "month")


def _month_rel(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'سبتمبر المقبل', 'next September', 'في يناير' (year from the publication and the tense)."""
    month = _month(r, m)
    if month is None or ref is None or not _latin_ok(f, m, "m1"):
        return None
    d = _infer_year(month, None, ref, _direction(r, m, ref))
    return _Period(d, "month", relative=True) if d else None


def _year(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'عام 2026', 'in 2014' (the cue is checked by the caller); not '2000 جندي'."""
    if r.year_block.match(f.text, m.end()):
        return None
    return _Period(date(int(m.group("y")), 1, 1), "year")


def _weekday(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'الثلاثاء', 'يوم الثلاثاء', 'الاثنين الماضي', 'last Monday': nearest such day to the publication."""
    if ref is None or not _latin_ok(f, m, "wd"):
        return None
    want = r.weekdays[_key(m.group("wd"))]
    direction = _direction(r, m, ref)
    base = ref.day
    diff = (base.weekday() - want) % 7
    if direction in ("past", "this"):
        d = base - timedelta(days=diff)
    elif direction == "last":
        d = base - timedelta(days=diff or 7)
    else:
        ahead = (want - base.weekday()) % 7
        d = base + timedelta(days=ahead or (7 if direction == "next" else 0))
    return _Period(d, "day", relative=True, offset_relative=True)


def _relative(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'اليوم', 'أمس الثلاثاء', 'last month', 'العام الجاري', 'next year'."""
    if ref is None:
        return None
    rel = r.relative[_key(m.group("rel"))]
    if rel.unit == "weekend" and rel.offset == 0 and ref.tense == "future" and ref.day.weekday() < 5:
        return _Period(ref.day + timedelta(days=5 - ref.day.weekday()), "day", True, True)   # "will leave this
    if rel.unit == "season":   # weekend" on a Wednesday: the Saturday to come
        return _season(ref.day, rel.starts, rel.offset)
    return _shift(ref.day, rel.unit, rel.offset)


def _season(base: date, starts: int, n: int) -> _Period:
    """The year of this (n == 0), the next (n > 0) or the last (n < 0) season that begins in month `starts`:
    "next summer" in March is this year's, in October next year's; "last summer" in October is this year's, in
    March last year's."""
    if n > 0:
        year = base.year if base.month < starts else base.year + 1
    elif n < 0:
        year = base.year if base.month >= starts + 3 else base.year - 1
    else:
        year = base.year
    return _Period(date(year, 1, 1), "year", True, True, season=True)


def _shift(base: date, unit: str, n: int) -> _Period:
    """The period `n` units from `base`; weeks are written with month precision; a weekend is its
    Saturday (the one on or before `base`, `n` weekends away)."""
    if unit == "weekend":
        return _Period(base - timedelta(days=(base.weekday() - 5) % 7) + timedelta(days=7 * n), "day", True, True)
    if unit == "day":
        return _Period(base + timedelta(days=n), "day", True, True)
    if unit == "week":
        return _Period(_truncate(base + timedelta(days=7 * n), "month"), "month", True, True)
    if unit == "month":
        return _Period(_truncate(_add_months(base, n), "month"), "month", True, True)
    return _Period(date(base.year + n, 1, 1), "year", True, True)


def _ago(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'قبل سنة تقريبا', 'منذ عامين', 'three weeks ago'; vague counts only for days and weeks."""
    if ref is None:
        return None
    unit, implied = r.units[_key(m.group("u") or m.group("u2"))]
    word = m.group("n") or m.group("n2")
    key = _key(word) if word else ""
    count = int(key) if key.isdecimal() else (r.counts.get(key) if key else implied)
    vague = count is None and (key in r.few or not key)
    if vague and unit in ("day", "week"):
        count = r.few_count  # "منذ أيام", "a few weeks ago": written with month precision
    if not count:
        return None
    period = _shift(ref.day, unit, -count)
    if vague and period.precision == "day":
        return _Period(_truncate(period.start, "month"), "month", True, True)
    return period


def _within(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'خلال 24 ساعة' (a day after publication), 'within three months of 23 October' (23 January): a by-date."""
    unit, implied = r.units[_key(m.group("u") or m.group("u3") or m.group("u4"))]
    word = m.group("n") or m.group("n3") or m.group("n4")
    count = (int(word) if word.isdigit() else r.counts.get(_key(word))) if word else (implied or 1)
    if not count or m.group("u4") and not m.group("of"):
        return None   # "24 شهرا إضافيا" alone counts from the mandate's end, a day the sentence does not give
    anchor, end = _date_at(r, f, m.end(), ref) if m.group("of") else (None, -1)
    if anchor is None and (m.group("of") or ref is None):
        return None
    base = anchor.start if anchor else ref.day
    if unit == "hour":
        unit, count = "day", max(1, math.ceil(count / 24))
    if unit in ("day", "week"):
        day = base + timedelta(days=count * (7 if unit == "week" else 1))
        return _Period(day, "day", relative=anchor is None, relation="by", end=end)
    counted_from = anchor.precision if anchor is not None else ref.precision
    precision = "day" if counted_from == "day" else "month"   # a month after a day is a day
    day = _add_months(base, count * (12 if unit == "year" else 1))
    return _Period(day if precision == "day" else _truncate(day, "month"), precision, anchor is None,
                   relation="by", end=end)


def _day_rel(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'يوم 15 من الشهر الجاري', 'the 15th of next month': a day of a month counted from the publication."""
    if ref is None:
        return None
    month = _truncate(_add_months(ref.day, r.relative[_key(m.group("rel"))].offset), "month")
    day = _safe_date(month.year, month.month, int(m.group("d")))
    return _Period(day, "day", relative=True) if day else None


def _date_at(r: _Rules, f: Folded, pos: int, ref: _Ref | None) -> tuple[_Period | None, int]:
    """An explicit date (with or without its year) starting at `pos` in the folded text, and its end."""
    for pattern, kind in r.cores:
        if kind in ("dmy", "mdy", "month_year", "numeric"):
            m = pattern.plain.match(f.text, pos)
            if m:
                period = _numeric(r, m, "") if kind == "numeric" else _HANDLERS[kind][0](r, m, f, ref)
                if period is not None:
                    return period, m.end()
    return None, -1


def _hijri(r: _Rules, m: re.Match[str], f: Folded, ref: _Ref | None) -> _Period | None:
    """'15 ربيع الأول 1430' converted with the tabular Islamic calendar."""
    month = r.hijri.get(_key(m.group("hm")))
    day = int(m.group("d"))
    if month is None or day > 30:
        return None
    return _Period(hijri_to_gregorian(int(m.group("y")), month, day), "day")


_Handler = Callable[[_Rules, re.Match[str], Folded, "_Ref | None"], "_Period | None"]
_HANDLERS: dict[str, tuple[_Handler, str]] = {
    "dmy": (_day_month, ""), "dmy_word": (_day_month, ""), "mdy": (_day_month, ""), "month_year": (_month_year, ""),
    "month_mod": (_month_rel, ""), "month": (_month_rel, "cue"), "year_word": (_year, ""),
    "year": (_year, "year"), "weekday": (_weekday, ""), "relative": (_relative, ""),
    "ago": (_ago, ""), "hijri": (_hijri, ""), "within": (_within, ""),
    "day_rel": (_day_rel, ""),
}


def _families(r: _Rules, tok: str) -> frozenset[str]:
    """Pattern families a word anchors: month, weekday, relative, ago, hijri; a 1900..2100 number: year."""
    if tok[0].isdecimal():  # decimal digits are what int() reads; isdigit() also takes ➂ and ²
        tok = tok.rstrip(r.year_suffix)
        return _YEAR_FAMILY if len(tok) == 4 and tok.isdecimal() and 1900 <= int(tok) <= 2100 else _NONE
    fams = r.anchors.get(tok)
    if fams is None and tok[0] in r.proclitics:
        fams = r.anchors.get(tok[1:])
    return fams or _NONE


def _windows(r: _Rules, text: str) -> dict[str, list[tuple[int, int]]]:
    """Per family, merged stretches of text around its anchor words: the only places its dates can be."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in r.anchor_re.finditer(text):
        start = r.anchor_re.start(m)
        for family in _families(r, text[start:m.end()]):
            s, e = max(0, start - _WINDOW), m.end() + _WINDOW
            own = spans.setdefault(family, [])
            if own and s <= own[-1][1]:
                own[-1] = (own[-1][0], e)
            else:
                own.append((s, e))
    return {fam: [(s, _word_end(text, min(e, len(text)))) for s, e in own] for fam, own in spans.items()}


def _word_end(text: str, pos: int) -> int:
    """`pos` moved past the rest of a word, so a window never cuts one."""
    while pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
        pos += 1
    return pos


def _matches(f: Folded) -> list[tuple[str, int, re.Match[str]]]:
    """Every core expression of the folded text (overlapping), with its kind and start: found once, read per
    tense."""
    r = _rules()
    windows = _windows(r, f.text)
    return [(kind, start, m) for pattern, kind in r.cores
            for start, m in _finditer(pattern, f.text, windows.get(_FAMILY[kind], []), kind in _DIGIT_KINDS)]


def _candidate(r: _Rules, f: Folded, lang: str, ref: _Ref | None, kind: str, start: int,
               m: re.Match[str]) -> _Cand | None:
    """One match read against the publication date `ref` (its tense decides months without a year)."""
    if kind == "numeric":
        period, needs = _numeric(r, m, lang), ""
    else:
        handler, needs = _HANDLERS[kind]
        period = handler(r, m, f, ref)
    if kind == "relative" and r.relative[_key(m.group("rel"))].needs_cue:
        needs = "period"
    return _Cand(start, max(m.end(), period.end), period, needs) if period is not None else None


def _finditer(pattern: CliticPattern | PlainPattern, text: str, windows: list[tuple[int, int]],
              digits: bool = False) -> Iterator[tuple[int, re.Match[str]]]:
    """(start, match) of `pattern` inside each window (lookbehinds still see the text before it); with `digits`,
    only in the windows that hold a digit."""
    for s, e in windows:
        if not digits or _DIGIT.search(text, s, e):
            yield from pattern.finditer(text, s, e)


# ---------------------------------------------------------------- cues and assembly


@lru_cache(maxsize=1024)
def _cues_before(text: str, start: int) -> tuple[int, tuple[_Cue, ...]]:
    """Stacked cue words ending right before `start`, outermost first, and where they begin (cached: each
    date is read in both tenses)."""
    r = _rules()
    cues: list[_Cue] = []
    pos = start
    for _ in range(3):
        m = r.cue_tail.search(text, max(0, pos - 40), pos)
        if not m:
            break
        cues.insert(0, r.cues[_key(m.group("cue"))])
        pos = m.start("cue")
    return pos, tuple(cues)


def _combine(cues: tuple[_Cue, ...]) -> _Cue:
    """One reading from stacked cues: the innermost anchor, an outer by/since/start relation."""
    relation, anchor, year_precision = "", "", ""
    for cue in cues:  # outermost first
        if cue.relation and relation in ("", "at"):
            relation = cue.relation
        if cue.anchor:
            anchor, year_precision = cue.anchor, cue.year_precision
    return _Cue(relation or "at", anchor or "first", any(c.year_cue for c in cues), year_precision,
                any(c.period_cue for c in cues))


def _apply(period: _Period, cue: _Cue, ref: _Ref | None) -> tuple[date, str]:
    """The written date and precision of a period read through its cue."""
    start, precision = period.start, period.precision
    if period.offset_relative and ref and _RANK[precision] < _RANK[ref.precision]:
        start, precision = _truncate(start, ref.precision), ref.precision
    if period.season:
        return (_last_day(start, precision) if cue.anchor == "last" else start), precision   # "by summer's end"
    if cue.anchor == "last":
        day = _last_day(start, precision)
        if precision == "year" and cue.year_precision:
            precision = cue.year_precision
        return day, precision
    if cue.anchor == "mid":
        return {"year": date(start.year, 7, 1), "month": start.replace(day=15)}.get(precision, start), precision
    return start, precision


def _mention(f: Folded, cand: _Cand, ref: _Ref | None) -> tuple[int, int, DateMention] | None:
    """The mention of a candidate with its cues, or None when a required cue is missing."""
    cue_start, cues = _cues_before(f.text, cand.start)
    cue = _combine(cues) if cues else _Cue("at", "first", False)
    if (cand.needs == "cue" and not cues) or (cand.needs == "year" and not cue.year_cue) \
            or (cand.needs == "period" and not cue.period_cue):
        return None
    day, precision = _apply(cand.period, cue, ref)
    start, end = f.span(cue_start, cand.end)
    relation = cand.period.relation or cue.relation
    return cue_start, cand.end, DateMention(day.isoformat(), precision, start, end, relation,
                                            cand.period.relative)


def _select(found: list[tuple[int, int, DateMention]]) -> list[DateMention]:
    """Longest mentions first, no overlaps, in text order."""
    taken: list[tuple[int, int, DateMention]] = []
    for s, e, men in sorted(found, key=lambda t: (t[0] - t[1], t[0])):
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, men))
    return [men for _, _, men in sorted(taken, key=lambda t: t[0])]


def find_dates(text: str, lang: str, published: str = "", tense: str = "past") -> list[DateMention]:
    """Temporal expressions of `text` resolved to dates; relative ones need `published`."""
    return find_dates_by_tense(text, lang, published, (tense,))[tense]


def find_dates_by_tense(text: str, lang: str, published: str = "",
                        tenses: tuple[str, ...] = ("past", "future")) -> dict[str, list[DateMention]]:
    """The dates of `text` read in each tense ("in January" before or after the publication), with the
    patterns run over the text once."""
    if not text:
        return {tense: [] for tense in tenses}
    f, r = fold(text), _rules()
    matches = _matches(f)
    out: dict[str, list[DateMention]] = {}
    first: list[_Cand | None] = []
    for tense in tenses:
        ref = _reference(published, tense)
        if not first:   # only expressions read against the publication date differ between tenses
            cands = first = [_candidate(r, f, lang, ref, kind, start, m) for kind, start, m in matches]
            read = first_read = [_mention(f, c, ref) if c else None for c in cands]
        else:
            cands = [_candidate(r, f, lang, ref, kind, start, m) if c is None or c.period.relative else c
                     for c, (kind, start, m) in zip(first, matches)]
            read = [men if c is old and (c is None or not c.period.offset_relative)   # the same candidate reads
                    else _mention(f, c, ref) if c else None                             # the same, bar an offset
                    for c, old, men in zip(cands, first, first_read)]
        out[tense] = _select([men for men in read if men])
    if "past" in out:   # a wire dateline ("WASHINGTON, July 17 (Yonhap) --") dates the report: it is past
        wire = {d.start: d for d in out["past"] if _in_wire_dateline(text, d)}
        out = {tense: [wire.get(d.start, d) for d in found] for tense, found in out.items()}
    return out


def _in_wire_dateline(text: str, d: DateMention) -> bool:
    """The date right after the place that opens a line, before an agency and a dash: a wire dateline."""
    line_start = text.rfind("\n", 0, d.start) + 1
    m = _wire_place().match(text[line_start:d.start + 1])
    return m is not None and line_start + m.end() == d.start and _WIRE_END.match(text, d.end) is not None


# ---------------------------------------------------------------- explicit dates and datelines

_EXPLICIT = ("numeric", "dmy", "mdy", "month_year", "hijri")


def _explicit(text: str, lang: str = "") -> tuple[int, int, date, str] | None:
    """The longest complete date (day-month-year or month-year) in `text`, as a folded span."""
    r = _rules()
    f = fold(text)
    best: tuple[int, int, date, str] | None = None
    for pattern, kind in r.cores:
        if kind not in _EXPLICIT:
            continue
        for start, m in pattern.finditer(f.text, 0, len(f.text)):
            if kind in ("dmy", "mdy") and not m.group("y"):
                continue
            period = _numeric(r, m, lang) if kind == "numeric" else _HANDLERS[kind][0](r, m, f, None)
            if period and (best is None or m.end() - start > best[1] - best[0]):
                best = (start, m.end(), period.start, period.precision)
    return best


@lru_cache(maxsize=1)
def _dateline_rules() -> tuple[dict, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Dateline settings and the label / ignorable-token patterns."""
    r = _rules()
    d = r.data["dateline"]
    labels = d["labels"]
    publish = re.compile(rf"{r.bl}{_alt(_both(labels['publish']))}{_BR}")
    update = re.compile(rf"{r.bl}{_alt(_both(labels['update']))}{_BR}")
    ignore = re.compile(rf"{r.bl}(?:{_alt(_both(d['ignore']) + list(r.weekdays))}){_BR}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?")
    return d, publish, update, ignore


def _dateline_score(line: str) -> tuple[int, int, str] | None:
    """(label rank, -extra words, date string) of a line that looks like a dateline."""
    conf, publish, update, ignore = _dateline_rules()
    folded = fold(line).text
    found = _explicit(line)
    if not found:
        return None
    s, e, day, precision = found
    rest = folded[:s] + " " + folded[e:]
    label = 2 if publish.search(folded[:s]) else (0 if update.search(folded[:s]) else 1)
    rest = ignore.sub(" ", publish.sub(" ", update.sub(" ", rest)))
    extra = len(re.findall(r"[^\W\d_]{2,}", rest))
    if extra > conf["max_extra_words"]:
        return None
    text = day.isoformat() if precision == "day" else day.isoformat()[:7]
    return label, -extra, text


@lru_cache(maxsize=1)
def _wire_place() -> re.Pattern[str]:
    """The place that opens a wire dateline: 'WASHINGTON,', 'KABUL (Reuters) -', 'بغداد -', 'واشنطن،'."""
    words = int(_rules().data["dateline"]["wire_place_words"])
    place = rf"[^\W\d_][^\W\d_.'-]*(?:[ .'-]+[^\W\d_]+){{0,{words - 1}}}"
    return re.compile(rf"^\s*{place}\s*(?:\([^)]{{1,30}}\)\s*)?[,،\-–—]\s*")


_WIRE_END = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]")


def _wire_dateline(line: str) -> str | None:
    """'WASHINGTON, March 3, 2021 — ...', 'بغداد، 3 مارس 2021 (رويترز) - ...': the date of a wire dateline."""
    m = _wire_place().match(line)
    if not m:
        return None
    head = line[m.end():m.end() + 40]
    found = _explicit(head)
    if not found or found[0] != 0:
        return None
    end = fold(head).span(0, found[1])[1]
    if not _WIRE_END.match(head, end):
        return None
    day, precision = found[2], found[3]
    return day.isoformat() if precision == "day" else day.isoformat()[:7]


def dateline_heads(text: str) -> list[tuple[int, int]]:
    """Spans of the wire datelines that open lines ("KABUL —", "ERBIL, Iraq (Reuters) -", "الناقورة 11 فبراير
    2026 -"): the place there is where the report was written, not where forces are. Words must follow: a line
    of a name and a number ("UK - 7,100", "Poland: 900") is a row of a table."""
    pattern = _dateline_head()
    return [(line.start(), line.start() + m.end()) for line in re.finditer(r"[^\n]+", text)
            if (m := pattern.match(line.group())) is not None and _LETTER.search(line.group(), m.end())]


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _dateline_head() -> re.Pattern[str]:
    """A line's opening place (and its country), an agency, a day and month (and year), then a dash or a colon
    ("اديس ابابا: ستخفض فرنسا")."""
    words = int(_rules().data["dateline"]["wire_place_words"])
    word = r"[^\W\d_][^\W\d_.'’-]*"
    place = rf"{word}(?:(?:\s+|[.'’]\s*|-){word}){{0,{words - 1}}}"
    day = r"(?:[^\W\d_]+\.?\s+\d{1,2}(?:\s*,?\s*\d{4})?|\d{1,2}\s+[^\W\d_]+\.?(?:\s*,?\s*\d{4})?)"
    agency = r"(?:\([^)]{1,30}\)\s*)?"
    return re.compile(rf"\s*{place}(?:\s*[,،]\s*{place})?\s*{agency}(?:[,،]?\s*{day}\s*{agency})?(?:[—–_-]+|:)(?=\s)")


def find_dateline(text: str) -> str | None:
    """The publication date written at the top of an article ('YYYY-MM-DD' or 'YYYY-MM'), or None."""
    conf = _dateline_rules()[0]
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][: conf["max_lines"]]
    wire = next((d for d in map(_wire_dateline, lines[:3]) if d), None)
    if wire:
        return wire
    best: tuple[int, int, int, str] | None = None
    for i, line in enumerate(lines):
        if len(line) > conf["max_line_chars"]:
            continue
        scored = _dateline_score(line)
        if scored and (best is None or (scored[0], scored[1], -i) > best[:3]):
            best = (scored[0], scored[1], -i, scored[2])
    return best[3] if best else None
