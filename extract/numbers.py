"""Numbers in news text: digits and number words, qualifiers, ranges, and what each number counts.

All vocabulary comes from `extract/rules/numbers.yaml` (month names also from `dates.yaml` when present)
and is compiled once at import. Matching runs on the folded text (`extract.text.fold`), so Eastern
digits, hamza and ta marbuta variants need no special cases; spans are mapped back to the original.

    >>> q = find_quantities("أرسلت واشنطن نحو 2.500 جندي")[0]
    >>> q.value, q.qualifier, q.unit
    (2500.0, 'approx', 'personnel')
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .dates import month_words
from .rulefile import data_path, load_rule_file
from .text import Folded, fold, fold_str, moved, trie_pattern

RULES = data_path("rules")
_L = r"[^\W\d_]"  # one letter of any script
_CLAUSE_BREAK = re.compile(r"[.,;:،؛]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]*")  # diacritics and tatweel the fold drops
_NUM = r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9.,])|[0-9]+(?:[.,][0-9]+)*"   # "21 500" (AFP), 2,500
_COMMA_AHEAD = re.compile(r"\s*,")
_COMMA_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")   # 2,500 / 1,250.5
_DOT_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")                 # 2.500 (Arabic press)
_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+")     # 21 500
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}")                        # 2,5 ألف
_MAX_VALUE = 2.0**53  # past this a float no longer holds every whole number: no count of anything


@dataclass(frozen=True)
class Quantity:
    """One number found in a text, with its bounds, qualifier and what it counts."""

    value: float            # 2,500 to 3,000 -> 2750; "fewer than 10,000" -> 10000
    value_min: float | None
    value_max: float | None
    qualifier: str          # exact | approx | under | over | range
    start: int              # span in the text given, qualifier words included
    end: int
    unit: str               # personnel | money | percent | year | date | casualties | attacks |
                            # countries | equipment | time | other | "" (no unit word nearby)
    vague: bool = False     # "a few hundred", "بضع مئات": never a value
    link: str = ""          # "from" / "to" in "from about 2,000 to fewer than 500"

    def shifted(self, delta: int) -> Quantity:
        """The same quantity with offsets moved by `delta` (into a sentence of the text)."""
        return moved(self, delta)


# --------------------------------------------------------------------------- vocabulary -> regexes

def _norm(s: str) -> str:
    """Folded form of a word or phrase with single spaces, as used for every lookup."""
    return " ".join(fold_str(str(s)).split())


def _alt(words: Iterable[str]) -> str:
    """Regex matching any of `words` (already folded); a space matches any run of whitespace."""
    return trie_pattern(words)


def _fmap(d: dict | None) -> dict[str, float]:
    """Fold the keys of a word -> number table."""
    return {_norm(k): float(v) for k, v in (d or {}).items()}


def _flist(items: Iterable | None) -> list[str]:
    """Fold a word list, rejecting what YAML read as something else than a string."""
    out = []
    for item in items or []:
        if not isinstance(item, str):
            raise ValueError(f"numbers.yaml: {item!r} is not a string; quote it")
        out.append(_norm(item))
    return out


class _Lexicon:
    """Word tables and compiled patterns built once from numbers.yaml."""

    def __init__(self, data: dict, months: list[str], capitalised: frozenset[str]):
        w = data["words"]
        self.kinds: dict[str, tuple[str, float]] = {}
        for kind in ("numbers", "hundreds", "counted_hundreds", "scales", "counted_scales", "duals", "fractions"):
            self.kinds.update({k: (kind, v) for k, v in _fmap(w.get(kind)).items()})
        starters = [k for k, (kind, _) in self.kinds.items() if kind in ("numbers", "hundreds", "scales", "duals")]
        counted = [k for k, (kind, _) in self.kinds.items() if kind in ("counted_hundreds", "counted_scales")]
        self.word_clitics = _flist(w.get("clitics"))
        self.digit_clitics = set(self.word_clitics + _flist(w.get("clitics_no_words")))
        self.vague = _fmap(data.get("vague"))
        self.vague_scales = _fmap(data.get("vague_scales"))
        quant = _alt(_flist(data.get("vague_quantifiers")))
        vague = f"(?:{quant}\\s+)?{_alt(self.vague)}|{quant}\\s+{_alt(self.vague_scales)}"
        skip = _flist(data.get("not_numbers"))
        firsts = re.escape("".join(sorted({x[0] for x in [*starters, *self.vague, *self.vague_scales,
                                                             *self.word_clitics, *skip, "a"]})))
        self.atom = re.compile(   # the first lookahead only spares the rest at most positions of a text
            rf"(?=[0-9{firsts}])(?:(?P<digits>{_NUM})"
            rf"|(?<!{_L})(?=[{firsts}])(?:"
            rf"(?P<skip>{_alt(skip)})(?!{_L})"
            rf"|(?P<vague>{vague})(?!{_L})"
            rf"|(?P<art>{_alt(_flist(w.get('articles')))})\s+(?={_alt(counted)}(?!{_L}))"
            rf"|(?P<cl>{_alt(self.word_clitics)})?(?P<word>{_alt(starters)})(?!{_L})))")
        joiners = _alt(_flist(w.get("joiners")))
        self.joiner_words = set(_flist(w.get("joiners")))
        self.next_tok = re.compile(
            rf"\s*(?:(?P<j>{joiners})\s*)?(?:(?P<d>{_NUM})|(?P<w>{_alt(self.kinds)})(?!{_L}))")
        self._qualifiers(data["qualifiers"], self.word_clitics, _flist(w.get("clitics_no_words")))
        self._ranges(data["ranges"], _alt(self.word_clitics), _alt(_flist(w.get("clitics_no_words"))))
        self._units(data)
        years = data["years"]
        self.year_min, self.year_max = int(years["min"]), int(years["max"])
        self.year_cue = re.compile(rf"(?<!{_L}){_alt(_flist(years['cues']))}\s*$")
        self.year_weak_cue = re.compile(rf"(?<!{_L}){_alt(_flist(years['weak_cues']))}\s*$")
        self.date_year_min = int(years["date_min"])
        self.year_word = re.compile(rf"(?<!{_L}){_alt(_flist(years['words']))}\s*$")
        marks = _flist(data.get("reversed_group_marks"))   # "395ر11": groups joined by ر, the lower group first
        self.reversed_groups = re.compile(rf"([0-9]{{1,3}})(?:{_alt(marks)})([0-9]{{1,3}})(?![0-9]|{_L})") if marks \
            else None
        month = _alt(_flist(months))
        self.capitalised_months = capitalised
        self.month_after = re.compile(rf"\s*(?P<m>{month})(?!{_L})")
        self.month_before = re.compile(
            rf"(?<!{_L})(?P<m>{month})\.?(?:\s*/\s*{month})?\s*,?\s*(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s*,?\s*)?$")

    def _qualifiers(self, quals: dict, clitics: list[str], articles: list[str]) -> None:
        """Compile the before- and after-number cue patterns, one named group per qualifier."""
        before = "|".join(f"(?P<{q}>{_alt(_flist(c.get('before')))})" for q, c in quals.items())
        after = "|".join(f"(?P<{q}>{_alt(_flist(c.get('after')))})" for q, c in quals.items())
        self.qual_before = re.compile(
            rf"(?<!{_L})(?:{_alt(clitics)})?(?P<cue>{before})\s*(?:(?:{_alt(articles)})\s*)?$")  # "قرابة الـ 2500"
        self.qual_after = re.compile(rf"[\s,]*(?P<cue>{after})(?!{_L})")

    def _ranges(self, ranges: dict, clitics: str, articles: str) -> None:
        """Compile the words that open a range/change and the ones that join its two numbers."""
        self.range_words = {k: set(_flist(v)) for k, v in ranges.items()}
        opener = _alt(self.range_words["between"] | self.range_words["from"])
        join = _alt(self.range_words["to"] | self.range_words["and"] | self.range_words["or"])
        self.opener = re.compile(rf"(?<!{_L})(?:{clitics})?(?P<w>{opener})\s*$")
        self.joiner = re.compile(rf"\s*(?P<j>{join})\s*(?:{articles})?\s*")  # "إلى الـ3000"
        verbs = _alt(self.range_words.get("verbs", set()) or {"(?!)"})
        self.range_verb = re.compile(   # "يتراوح عدد الجنود الروس في ليبيا من": its subject may stand between
            rf"(?<!{_L})(?:{clitics})?(?:{verbs})(?:\s+[^\s\d,.;:،؛]+){{0,5}}\s+$")

    def _units(self, data: dict) -> None:
        """Compile unit nouns, fillers, stop words and casualty cues."""
        self.unit_of = {w: unit for unit, words in data["units"].items() for w in _flist(words)}
        clitics = _alt(self.digit_clitics)
        self.unit_re = re.compile(rf"[\s-]*(?:{clitics})?(?P<w>{_alt(self.unit_of)})(?![^\W\d_])")
        search = data["unit_search"]
        self.max_skip = {True: int(search["max_skip"]["arabic"]), False: int(search["max_skip"]["other"])}
        self.fillers = {f.rstrip(".") for f in _flist(search["fillers"])}
        self.stops = set(_flist(search["stop"]))
        self.word_re = re.compile(rf"\s*(?P<w>{_L}+(?:\.{_L}+)*\.?)")
        self.money_before = re.compile(rf"(?:{_alt(_flist(data['money_before']))})\s*$")
        self.unit_before = {unit: self._before_pattern(spec, clitics) for unit, spec in data["unit_before"].items()}
        self.size_before = re.compile(rf"(?<!{_L})(?:{clitics})?(?:{_alt(_flist(data['size_before']))})\s*$")
        # One search that fails where all of them do (before most numbers): their alternation, with its shared
        # prefix and end written once.
        cores = [self._before_core(spec) for spec in data["unit_before"].values()] + [_alt(_flist(data["size_before"]))]
        self.any_before = re.compile(rf"(?<!{_L})(?:{clitics})?(?:{'|'.join(cores)})\s*$")
        self.cas_within = set(_flist(data["casualty_within"]))
        self.not_qualifier = re.compile(rf"(?<!{_L})(?:{_alt(_flist(data['not_qualifiers']))})\s*$")
        self.cas_after_skip = set(_flist(data["casualty_after_skip"]))
        self.cas_after_free = int(data["casualty_after_free"])
        self.cas_after = set(_flist(data["casualty_after"]))
        self.unit_after = {unit: re.compile(rf"(?<!{_L})(?:{_alt(_flist(words))})(?!{_L})")
                           for unit, words in data["unit_after"].items()}
        self.follow_noun = set(_flist(data["words"].get("follow_noun")))
        self.noun_before = re.compile(rf"(?:{clitics})?(?P<w>{_alt(self.unit_of)})\s+$")
        counts = _flist(data.get("count_nouns"))   # "عدد المركبات ... وصل إلى 2000": what a bare number counts
        self.counted_noun = re.compile(rf"(?<!{_L})(?:{clitics})?(?:{_alt(counts)})\s+(?:ال)?"
                                       rf"(?P<w>{_alt(self.unit_of)})(?![^\W\d_])") if counts else None

    @classmethod
    def _before_pattern(cls, spec: dict, clitics: str) -> re.Pattern[str]:
        """A cue (and an optional link word) ending right before a number: "مقتل", "deaths of", "تتسع لـ"."""
        return re.compile(rf"(?<!{_L})(?:{clitics})?{cls._before_core(spec)}\s*$")

    @staticmethod
    def _before_core(spec: dict) -> str:
        """The cue words of one `unit_before` entry, with its gap and link words."""
        links = _flist(spec.get("links"))
        link = rf"(?:\s*(?:{_alt(links)}))?" if links else ""
        reach = int(spec.get("reach", 0))
        gap = rf"(?:\s[^.,،;:!?]{{0,{reach}}}\s)?" if reach else ""
        return rf"(?:{_alt(_flist(spec['words']))}){gap}{link}"


def _load() -> _Lexicon:
    """Read numbers.yaml (and the month names of dates.yaml) once."""
    data = load_rule_file(RULES / "numbers.yaml")
    return _Lexicon(data, *month_words())


_LEX = _load()
_MASK = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+"
    r"|(?<![0-9.,])[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}(?![0-9])"   # 2021-03-24, 24/3/2021
    r"|(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])"             # 02:24
    r"|[a-z]+-?[0-9][\w-]*"                                             # F-16, S-400, Covid-19, h1n1
    r"|[0-9]+[a-z]\w*")                                                 # 5th, 1990s, 10k


# --------------------------------------------------------------------------- reading one number

@dataclass
class _Num:
    """A number being read: its folded span and what was learnt about it."""

    start: int
    end: int
    value: float
    pre: int = -1              # start of a glued clitic (و1.100), else == start
    word: bool = False         # written in words (at least partly)
    plain: bool = False        # bare integer digits: may be a year or a day of the month
    scale: float = 0.0         # smallest scale word applied (ألف -> 1000)
    counted: bool = False      # the scale word followed an explicit count (70 ألف, ثلاثة آلاف)
    vague: bool = False
    qual: str = ""
    qual_start: int = -1
    unit: str = ""
    unit_end: int = -1

    @property
    def left(self) -> int:
        """Where the number's own words start (qualifier cue included)."""
        return self.qual_start if self.qual else self.start


def _digits_value(s: str, scaled: bool) -> float | None:
    """Value of a digit string with `,`/`.` separators; None when the grouping makes no sense."""
    if _COMMA_GROUPED.fullmatch(s):
        return float(s.replace(",", ""))
    if _DOT_GROUPED.fullmatch(s):
        # "2.500" is 2500 in much of the Arabic press; "1.250 million" is a decimal.
        return float(s) if scaled and s.count(".") == 1 else float(s.replace(".", ""))
    if _PLAIN.fullmatch(s):
        return float(s)
    if _SPACE_GROUPED.fullmatch(s):
        return float(re.sub(r"\D", "", s))
    if scaled and _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    return None


class _Acc:
    """Accumulates number words left to right (ثلاثة آلاف وخمسمئة, two thousand five hundred)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last_scale = 0.0
        self.counted = False
        self.digits_only = False
        self.closed = False

    @property
    def value(self) -> float:
        return self.total + self.current

    def start(self, kind: str, v: float) -> None:
        """Take the first word or digits of a number."""
        if kind in ("scales", "duals"):
            self.total, self.last_scale = v, (v / 2 if kind == "duals" else v)
        else:
            self.current = v
            self.digits_only = kind == "digits"

    def add(self, kind: str, v: float, joined: bool) -> bool:
        """Fold in the next word; False when it cannot belong to this number."""
        c = self.current
        if self.closed or (self.digits_only and kind not in ("scales", "counted_scales")):
            return False
        if kind in ("scales", "counted_scales"):
            if (self.last_scale and v >= self.last_scale) or (kind == "counted_scales" and not c):
                return False
            self.total += (c or 1) * v
            self.counted, self.current, self.last_scale, self.digits_only = bool(c) or self.counted, 0.0, v, False
            return True
        if kind == "duals":
            if c or (self.last_scale and v >= self.last_scale):
                return False
            self.total += v
            self.last_scale = v / 2
            return True
        if kind == "fractions":
            if not (joined and not c and self.last_scale):
                return False
            self.total += v * self.last_scale
            self.closed = True
            return True
        if kind in ("hundreds", "counted_hundreds"):
            if c >= 10 or (kind == "counted_hundreds" and not c) or (self.last_scale and self.last_scale <= v):
                return False
            self.current = (c or 1) * v
            return True
        return self._add_small(kind, v, joined)

    def _add_small(self, kind: str, v: float, joined: bool) -> bool:
        """Additive words and digits: 500 after a thousand, 5 after twenty, twenty after five (Arabic)."""
        c = self.current
        if kind == "digits":
            ok = joined and not c and self.last_scale and v < min(self.last_scale, 1000)
        else:
            ok = ((not c and self.last_scale and v < self.last_scale)
                  or (c >= 100 and c % 100 == 0 and v < 100)
                  or (20 <= c < 100 and c % 10 == 0 and v < 10)
                  or (0 < c % 100 < 10 and 20 <= v < 100 and v % 10 == 0 and joined))
        if ok:
            self.current = c + v
        return bool(ok)


def _read_atom(t: str, m: re.Match) -> _Num | None:
    """Read the number starting at an atom match, extending over scale and number words."""
    lex = _LEX
    if m.group("vague") is not None:
        phrase = _norm(m.group("vague"))
        tail = phrase.split()[-1]
        value = lex.vague.get(phrase) or lex.vague_scales.get(tail) or lex.vague.get(tail, 1.0)
        return _Num(m.start(), m.end(), value, pre=m.start(), vague=True)
    acc = _Acc()
    if m.group("digits") is not None:
        s = m.group("digits")
        kuna = lex.reversed_groups.match(t, m.start()) if lex.reversed_groups else None
        end = kuna.end() if kuna else m.end()
        scaled = bool(_scale_after(t, end))
        value = _kuna_value(kuna) if kuna else _digits_value(s, scaled)
        if value is None:
            return None
        acc.start("digits", value)
        num = _Num(m.start(), end, value, pre=m.start(), plain=s.isdigit() and not kuna)
    else:
        art = m.group("art")
        word = m.group("art") or m.group("word")
        if not art and m.group("cl") and len(word) < 3:
            return None
        kind, value = ("numbers", 1.0) if art else lex.kinds[_norm(word)]
        acc.start(kind, value)
        start = m.start("art") if art else m.start("word")
        num = _Num(start, m.end(), acc.value, pre=m.start(), word=True)
    num.end = _extend(t, acc, num.end)
    if acc.last_scale:
        num.plain = False
    num.value, num.scale, num.counted = acc.value, acc.last_scale, acc.counted
    return num


def _kuna_value(m: re.Match) -> float:
    """The value of a number whose groups a `reversed_group_marks` letter joins, the lower group first in the
    text's order (KUNA: "395ر11" is 11,395, "5ر1 مليون" 1.5 million): three digits are thousands, fewer a decimal
    part."""
    low, high = m.group(1), m.group(2)
    return float(high) * 1000 + float(low) if len(low) == 3 else float(f"{high}.{low}")


def _scale_after(t: str, pos: int) -> bool:
    """True when a scale word (ألف, million) directly follows `pos`."""
    m = _LEX.next_tok.match(t, pos)
    return bool(m and not m.group("j") and m.group("w")
                and _LEX.kinds[_norm(m.group("w"))][0] in ("scales", "counted_scales"))


def _scale_value(t: str, pos: int) -> float:
    """The value of the scale word right after `pos` (1000 for ألف), 0 when none."""
    m = _LEX.next_tok.match(t, pos)
    return _LEX.kinds[_norm(m.group("w"))][1] if m and m.group("w") else 0.0


def _extend(t: str, acc: _Acc, pos: int) -> int:
    """Consume following number words (and digits after a scale, as in 28 ألفا و500)."""
    while True:
        m = _LEX.next_tok.match(t, pos)
        if not m:
            return pos
        joined = bool(m.group("j"))
        if m.group("d") is not None:
            value = _digits_value(m.group("d"), False)
            if value is None or _glued_letter_after(t, m.end()) or (
                    acc.last_scale and _scale_after(t, m.end()) and _scale_value(t, m.end()) >= acc.last_scale):
                return pos   # "13 ألفا و14 ألفا": the second count has its own thousand, a number of its own
            if not acc.add("digits", value, joined):
                return pos
        else:
            kind, value = _LEX.kinds[_norm(m.group("w"))]
            if joined and acc.last_scale and kind not in ("scales", "counted_scales") and _scale_after(
                    t, m.end()) and _scale_value(t, m.end()) >= acc.last_scale:
                return pos   # "four thousand and five thousand": the second has its own thousand
            if not acc.add(kind, value, joined):
                return pos
        pos = m.end()


def _glued_letter_after(t: str, pos: int) -> bool:
    """True when a Latin letter is glued right after `pos` (10k, 5th)."""
    return pos < len(t) and "a" <= t[pos] <= "z"


def _digits_ok(t: str, num: _Num) -> bool:
    """Reject digits glued to words (كوفيد19, covid-19) and keep the clitic of و1.100 / بـ121 apart."""
    i = num.start
    j = i
    while j > 0 and i - j <= 4 and t[j - 1].isalpha():
        j -= 1
    if j < i:
        if t[j:i] not in _LEX.digit_clitics:
            return False
        num.pre = j
    elif i >= 2 and t[i - 1] == "-" and t[i - 2].isalpha():
        return False
    return True


def _masked(t: str, pos: int) -> bool:
    """True when the digit at `pos` is part of a URL, an id (F-16, Covid-19), a time or a numeric date."""
    lo = max(0, pos - 200)  # bounded, so a huge token without spaces stays linear
    left = max(t.rfind(" ", lo, pos), t.rfind("\n", lo, pos), lo - 1) + 1
    right = min(len(t), pos + 200)
    for sep in (" ", "\n"):
        k = t.find(sep, pos, right)
        if k != -1:
            right = k
    return any(m.start() <= pos < m.end() for m in _MASK.finditer(t, left, right))


def _scan(t: str) -> list[_Num]:
    """Every number, vague amount and number phrase of the folded text, in order."""
    nums: list[_Num] = []
    pos = 0
    while True:
        m = _LEX.atom.search(t, pos)
        if not m:
            return nums
        pos = m.end()
        if m.group("skip") is not None or (m.group("digits") is not None and _masked(t, m.start())):
            continue
        num = _read_atom(t, m)
        if num is None or (m.group("digits") is not None and not _digits_ok(t, num)):
            continue
        if not num.value <= _MAX_VALUE:  # too large to count anything (309+ digits: infinity)
            pos = num.end
            continue
        nums.append(num)
        pos = max(pos, num.end)


# --------------------------------------------------------------------------- context around a number

def _qualify(t: str, num: _Num) -> None:
    """Set the qualifier cue written right before the number (نحو، أكثر من، fewer than)."""
    m = _LEX.qual_before.search(t, max(0, num.pre - 60), num.pre)
    if m and _LEX.not_qualifier.search(t, max(0, m.start("cue") - 20), m.end("cue")):
        m = None   # "handed over 27 soldiers": a verb, not "more than"
    if m:
        num.qual = next(k for k, v in m.groupdict().items() if v is not None and k != "cue")
        num.qual_start = m.start("cue")


def _qual_after(t: str, pos: int) -> tuple[str, int]:
    """Qualifier cue written after the number or its noun (تقريبا، or more, على الأقل)."""
    m = _LEX.qual_after.match(t, pos)
    if not m:
        return "", pos
    return next(k for k, v in m.groupdict().items() if v is not None and k != "cue"), m.end()


def _find_unit(t: str, f: Folded, num: _Num) -> None:
    """What the number counts: a currency sign before it, else the first unit noun after it."""
    _unit_after(t, f, num)
    if _LEX.money_before.search(t, max(0, num.pre - 4), num.pre):
        num.unit = "money"


def _unit_after(t: str, f: Folded, num: _Num) -> None:
    """The first unit noun after the number, past fillers and a few adjectives (900 US Army troops)."""
    lex = _LEX
    pos, skipped = num.end, {True: 0, False: 0}
    comma = _COMMA_AHEAD.match(t, pos, pos + 3)
    if comma and f.original[f.index[comma.end() - 1]] == "،":
        m = lex.unit_re.match(t, comma.end())  # "3000، جندي": Arabic comma before the noun
        if m:
            num.unit, num.unit_end = lex.unit_of[_norm(m.group("w"))], m.end()
            return
    line_end = t.find("\n", pos)   # the noun a number counts is on its own line ("Romania 570\n\nOther countries")
    line_end = len(t) if line_end < 0 else line_end
    for _ in range(sum(lex.max_skip.values()) + 4):
        m = lex.unit_re.match(t, pos, line_end)
        if m and lex.unit_of[_norm(m.group("w"))] == "time" and _YEAR_AFTER.match(t, m.end()):
            break   # "170 ألفا عام 2007": the year's word opens a date, it is not what is counted
        if m:
            num.unit, num.unit_end = lex.unit_of[_norm(m.group("w"))], m.end()
            return
        m = lex.word_re.match(t, pos, line_end)
        if not m:
            break
        word = m.group("w").rstrip(".")
        if word in lex.cas_within:
            num.unit, num.unit_end = "casualties", m.end()   # "the three slain troops"
            return
        if word not in lex.fillers:
            arabic = bool(_ARABIC.match(word))
            if word in lex.stops or skipped[arabic] >= lex.max_skip[arabic]:
                break
            skipped[arabic] += 1
        pos = m.end()
    num.unit_end = num.end


def _phrase_unit_after(t: str, pos: int) -> str:
    """The unit a phrase after the counted noun in its clause says ("352,000 now in training": trainees; "1,500
    troops can be stationed at the camp": capacity), or ''."""
    for unit, pattern in _LEX.unit_after.items():
        m = pattern.search(t, pos, pos + 50)
        if m is not None and not _CLAUSE_BREAK.search(t, pos, m.start()):
            return unit
    return ""


def _casualty_after(t: str, pos: int) -> bool:
    """True when a casualty word follows the counted noun within its clause (30 جنديا قتلوا, troops have
    died, "three soldiers in Jordan were killed"): skip words and a few others may stand between."""
    free = _LEX.cas_after_free
    for _ in range(8):
        m = _LEX.word_re.match(t, pos)
        if not m:
            return False
        word = m.group("w").rstrip(".")
        if word in _LEX.cas_after:
            return True
        if word not in _LEX.cas_after_skip:
            if free == 0:
                return False
            free -= 1
        pos = m.end()
    return False


def _unit_before(t: str, num: _Num) -> str:
    """What a cue right before the number says it counts (casualties, trainees, capacity, name), or ''."""
    lo = max(0, num.left - 80)
    if not _LEX.any_before.search(t, lo, num.left) or _LEX.size_before.search(t, lo, num.left):
        return ""   # "شاركت تشاد بقوات قوامها 2000 جندي": the size of a force, whatever verb came before
    return next((unit for unit, pattern in _LEX.unit_before.items() if pattern.search(t, lo, num.left)), "")


def _counted_before(t: str, num: _Num) -> str:
    """For a bare number: the unit of the noun a count word names before it in its sentence ("عدد المركبات
    العسكرية ... وصل عددها إلى نحو 2000", "the number of vehicles ... reached 2,000"), '' for personnel or none."""
    if _LEX.counted_noun is None:
        return ""
    lo = max(0, num.start - 90, t.rfind(".", 0, num.start) + 1)
    found = list(_LEX.counted_noun.finditer(t, lo, num.start))
    unit = _LEX.unit_of[_norm(found[-1].group("w"))] if found else ""
    return "" if unit == "personnel" else unit


def _noun_before(t: str, num: _Num) -> str:
    """The unit of the noun right before an Arabic 1 or 2 ("يوم واحد": days), '' when none."""
    if not num.word or num.value > 2 or t[num.start:num.end].split()[-1] not in _LEX.follow_noun:
        return ""
    m = _LEX.noun_before.search(t, max(0, num.pre - 30), num.pre)
    return _LEX.unit_of[_norm(m.group("w"))] if m else ""


def _is_date_part(t: str, f: Folded, num: _Num) -> bool:
    """True for a day or year written next to a month name (11 سبتمبر, October 31, 2019)."""
    if not num.plain:
        return False
    is_day = 1 <= num.value <= 31
    if is_day:
        m = _LEX.month_after.match(t, num.end)
        if m and _month_case_ok(f, m.start("m")):
            return True
    if is_day or _LEX.date_year_min <= num.value <= _LEX.year_max:
        m = _LEX.month_before.search(t, max(0, num.pre - 40), num.pre)
        return bool(m and _month_case_ok(f, m.start("m")))
    return False


def _month_case_ok(f: Folded, pos: int) -> bool:
    """A month name of a language that capitalises them counts only when capitalised ("May 2021", not
    "2,000 may leave"); see extract.dates.capitalised_words."""
    word = _LEX.word_re.match(f.text, pos)
    if word is None or word.group("w").rstrip(".") not in _LEX.capitalised_months:
        return True
    return f.original[f.index[pos]].isupper()


def _is_year(t: str, num: _Num, grouped: bool) -> bool:
    """An integer in the year span after a year cue (عام 2003, عام ألفين وستة عشر, since 2014), or a bare
    one with no unit noun; after a weak cue ("the 2001 attacks") anything but a personnel count."""
    whole = num.value == int(num.value) and not num.vague
    window = (t, max(0, num.pre - 12), num.pre)
    if whole and num.plain and _LEX.date_year_min <= num.value < _LEX.year_min and num.unit != "personnel":
        return bool(_LEX.year_word.search(*window)) or (   # "العام 1917", "the year 1959": older years need the
            num.unit == "" and not grouped and not num.qual and bool(_LEX.year_cue.search(*window)))   # word, or a
        #   year's cue and no unit noun ("a presence that began in 1917 in Iraq")
    if not (whole and _LEX.year_min <= num.value <= _LEX.year_max and (num.plain or num.word)):
        return False
    if not grouped and not num.qual and (_LEX.year_cue.search(*window) or _after_a_year(t, num)):
        return True
    if not num.plain:
        return False
    if num.qual and num.unit == "" and _LEX.year_cue.search(t, max(0, num.left - 12), num.left):
        return True   # "until at least 2030", "حتى عام 2030 على الأقل": a year; not "by about 2000 soldiers"
    if num.unit not in ("", "personnel") and _LEX.year_weak_cue.search(*window):
        return True
    return num.unit == "" and num.qual in ("", "exact")


_YEAR_DIGITS = re.compile(r"\d{4}")
_YEAR_AFTER = re.compile(r"\s+\d{4}(?!\d)")   # a year right after a time word: "عام 2007"


def _after_a_year(t: str, num: _Num) -> bool:
    """The next of a list of years ("في عامي 2020 و2021، بالقوات", "in 2020 and 2021 against troops"): a year,
    unless its noun follows right after it ("2000 و2050 جنديا")."""
    before = t[max(0, num.start - 12):num.start]
    years = [m for m in _YEAR_DIGITS.finditer(before) if _LEX.year_min <= int(m.group()) <= _LEX.year_max]
    if not years or not _LEX.joiner.fullmatch(before, years[-1].end()):
        return False
    return num.unit == "" or bool(re.match(r"\s*[,،.;]", t[num.end:]))   # no noun of its own right after it


def _final_unit(t: str, f: Folded, num: _Num, grouped: bool, left: int) -> str:
    """The unit after date, year and casualty checks."""
    if _is_date_part(t, f, num):
        return "date"
    if _is_year(t, num, grouped):
        return "year"
    unit = _noun_before(t, num) or num.unit
    if unit in ("", "personnel", "other"):
        before = _unit_before(t, replace(num, qual_start=left, qual="x") if left != num.left else num)
        if before == "name" and (num.qual or unit == "personnel"):
            before = ""   # "في القاعدة نحو 2500 جندي": a number of troops at the base, not its name
        if before:
            return before
        if _casualty_after(t, num.unit_end if unit else num.end):
            return "casualties"
        return _phrase_unit_after(t, num.unit_end if unit else num.end) or unit or _counted_before(t, num)
    return unit


# --------------------------------------------------------------------------- ranges and changes

def _share_scale(a: _Num, b: _Num) -> float:
    """Value of `a` when the scale word of `b` covers both (156 او 157 ألفا, between 2 and 3 million)."""
    if b.counted and not a.scale and not a.vague and a.value < 1000 and a.value * b.scale <= b.value * 10:
        return a.value * b.scale
    return a.value


def _dates_its_number(t: str, a: _Num, b: _Num) -> bool:
    """A year after a year cue right after a number ("2,000 in 2019"): when that number was."""
    end = a.unit_end if a.unit and a.unit_end > a.end else a.end
    return _year_after_cue(t, b) and len(t[end:b.pre].split()) <= 2


def _year_after_cue(t: str, num: _Num) -> bool:
    """Bare year digits right after a year cue ("in 2007", "عام 2007")."""
    return (num.plain and not num.qual and _LEX.year_min <= num.value <= _LEX.year_max
            and bool(_LEX.year_cue.search(t, max(0, num.pre - 12), num.pre)))


def _pair_kind(t: str, a: _Num, b: _Num) -> str:
    """'range', 'change' or '' for two neighbouring numbers."""
    if a.vague or b.vague:
        return ""
    if _year_after_cue(t, a) and not (b.plain and _LEX.year_min <= b.value <= _LEX.year_max):
        return ""   # "from a peak of 170,000 in 2007 to 2,500 today": a year, then the level it came to
    j = _LEX.joiner.fullmatch(t, a.end, b.left) or (a.unit and _LEX.joiner.fullmatch(t, a.unit_end, b.left))
    if not j:
        return ""
    word = _norm(j.group("j"))
    op = _LEX.opener.search(t, max(0, a.left - 20), a.left)
    opener = _norm(op.group("w")) if op else ""
    words = _LEX.range_words
    va, vb = _share_scale(a, b), b.value
    if opener in words["between"]:
        return "range"
    if opener in words["from"]:
        if word in words["to"] and _LEX.range_verb.search(t, max(0, op.start("w") - 60), op.start("w")):
            return "range"   # "range from 1,000 to 1,500", "يتراوح عددهم من 1000 إلى 1500"
        return "change" if word in words["to"] else ""
    if word in words["to"]:
        return "range" if va <= vb else ("change" if word != "-" else "")
    if word in words["or"]:
        return "range" if va <= vb else ""
    return ""


def _opener_start(t: str, a: _Num) -> int:
    """Start of "ما بين"/"between" before a range, else the first number's own start."""
    op = _LEX.opener.search(t, max(0, a.left - 20), a.left)
    return op.start("w") if op else a.left


# --------------------------------------------------------------------------- building quantities

def _span(f: Folded, start: int, end: int) -> tuple[int, int]:
    """Original-text span of a folded span, keeping the diacritics of its last letter (آلافٍ)."""
    s, e = f.span(start, end)
    return s, _MARKS.match(f.original, e).end()


def _bounds(value: float, qual: str) -> tuple[float | None, float | None]:
    """value_min / value_max implied by a qualifier."""
    return (value if qual == "over" else None), (value if qual == "under" else None)


def _single(t: str, f: Folded, num: _Num, unit: str, link: str = "") -> Quantity | None:
    """Quantity for a number on its own or one side of a change."""
    after, end = _qual_after(t, num.unit_end if num.unit else num.end)
    qual = num.qual or after or "exact"
    if num.vague:
        qual = "approx"
    if not after:
        end = num.end
    if num.word and num.value == 1 and not num.scale and not unit:
        return None  # a lone "one"/"واحد" is almost never a count
    start = num.left
    lo, hi = _bounds(num.value, qual)
    s, e = _span(f, start, end)
    return Quantity(num.value, lo, hi, qual, s, e, unit, num.vague, link)


def _range(t: str, f: Folded, a: _Num, b: _Num, unit: str) -> Quantity:
    """Quantity for "between 2,500 and 3,000" / "ما بين 2500 إلى 3000" / "156 او 157 ألفا"."""
    lo, hi = sorted((_share_scale(a, b), b.value))
    s, e = _span(f, _opener_start(t, a), b.end)
    return Quantity((lo + hi) / 2, lo, hi, "range", s, e, unit)


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity in `text`, sorted by start; spans are offsets into `text` itself.

    `lang` ("ar"/"en") is accepted for symmetry with the other stages; the vocabularies of all
    languages are applied together, since Arabic articles quote English dates and names.
    """
    if not text:
        return []
    f = fold(text)
    t = f.text
    nums = _scan(t)
    for num in nums:
        _qualify(t, num)
        _find_unit(t, f, num)
    out: list[Quantity] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        kind = _pair_kind(t, a, b) if b else ""
        if kind:
            unit_src = b if b.unit else a
            out.extend(_group(t, f, kind, a, b, unit_src))
            i += 2
            continue
        c = nums[i + 2] if b and i + 2 < len(nums) and _dates_its_number(t, a, b) else None
        kind = _pair_kind(t, replace(a, end=b.end), c) if c else ""
        if kind == "change":   # "from 2,000 in 2019 to 900 now": the year between dates the first level
            out.extend(_group(t, f, kind, a, c, c if c.unit else a))
            out.append(_single(t, f, b, "year"))
            i += 3
            continue
        q = _single(t, f, a, _final_unit(t, f, a, False, a.left))
        if q:
            out.append(q)
        i += 1
    return _listed_names(text, sorted(out, key=lambda q: (q.start, q.end)))


def _listed_names(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare number listed right after a name number is a name too: "resolutions 2628 and 2670"; a number
    listed right after trainees (their noun at most between) is more of them: "training 2,500
    Kurdish fighters and 1,250 Arab troops", "تدريب 2500 مقاتل و1250 جنديا"."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        gap = fold(text[prev.end:q.start]).text if prev is not None else ""
        if prev is not None and prev.unit == "name" and not q.unit and _LEX.joiner.fullmatch(gap):
            q = replace(q, unit="name")
        elif prev is not None and prev.unit == "trainees" and q.unit in ("personnel", "") and len(
                gap.split()) <= 5 and (gap.split()[-1:] and gap.split()[-1] in _LEX.joiner_words
                                       or gap.rstrip().endswith((",", "،"))):
            q = replace(q, unit=prev.unit)
        out.append(q)
    return out


def _group(t: str, f: Folded, kind: str, a: _Num, b: _Num, unit_src: _Num) -> list[Quantity]:
    """Quantities for a range (one) or a change (two, linked "from"/"to"), sharing one unit."""
    left = _opener_start(t, a)
    units = []
    for num in (a, b):
        shared = replace(num, unit=unit_src.unit, unit_end=unit_src.unit_end if num is b else num.unit_end)
        units.append(_final_unit(t, f, shared, True, left))
    if "year" in units and not all(u in ("year", "date") for u in units):
        units = [next(u for u in units if u not in ("year", "date"))] * 2   # "من 2000 إلى 1400": not a year
    if kind == "range":
        both = units[0] if units[0] == units[1] else units[1]
        return [_range(t, f, a, b, both)]
    a_val = replace(a, value=_share_scale(a, b))
    qs = [_single(t, f, a_val, units[0], "from"), _single(t, f, b, units[1], "to")]
    return [q for q in qs if q]
