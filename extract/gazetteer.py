"""Actors, countries and bases: the gazetteer CSVs and the finder of their mentions in text.

The data lives in `extract/gazetteer/` (actors.csv, countries.csv, bases.csv, inflections.yaml; the
README there says how to extend it). Matching runs on the folded text (`extract.text.fold`) with one
trie-shaped regex per script, built once at load time: Arabic names may carry attached particles
(والعراق، بسوريا، للتحالف), the longest match wins, and spans point into the original text.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .text import fold, fold_str, trie_pattern

DATA_DIR = Path(__file__).with_name("gazetteer")
RULES_NAME = "inflections.yaml"
FORMS = ("name", "metonym", "adjective", "base")  # preference order when one alias has several
_KIND_ORDER = {"actor": 0, "country": 1, "base": 2}
_SEP = re.compile(r"[\s\-]+")  # spaces and hyphens between words are interchangeable
_SEP_PATTERN = r"[\s\-]+"
_ARABIC = re.compile("[\u0600-\u06ff]")
_BRACKETED = re.compile(r"(.*)\[(.+)\](.*)")
WEAK = "~"  # alias prefix: a name that is also a common word, kept only in a list of places


@dataclass(frozen=True)
class Entry:
    """An actor, a country or a base."""

    code: str              # actor code / ISO3 / canonical base name
    kind: str              # actor | country | base
    name_en: str
    name_ar: str
    country: str = ""      # ISO3 of a base; a state actor's own country
    lat: float | None = None
    lon: float | None = None
    group: str = ""        # actors: state | alliance | coalition | armed_group
    operators: tuple[str, ...] = ()  # bases: codes of the actors whose forces are there


@dataclass(frozen=True)
class Mention:
    """One place in a text where an entry is named."""

    entry: Entry
    start: int
    end: int
    form: str              # name | adjective | metonym (Washington, Pentagon) | base


@dataclass(frozen=True)
class Sense:
    """What a folded alias key stands for."""

    entry: Entry
    form: str
    exact: str = ""        # matched only where the original text reads exactly this (US, UK)
    inner: tuple[int, int] | None = None  # the name inside a context alias (في [مالي]), key offsets
    weak: bool = False     # kept only next to another place in a list (كركوك والموصل والقائم)
    capital: bool = False  # the original text must start with a capital (Turkey, not turkey)


class Gazetteer:
    """Entries by code plus a compiled finder of their mentions."""

    def __init__(self, actors: dict[str, Entry], countries: dict[str, Entry], bases: dict[str, Entry],
                 aliases: Iterable[tuple[str, Entry, str]], rules: dict) -> None:
        self.actors, self.countries, self.bases = actors, countries, bases
        self.rules = rules
        self.lexicon = _build_lexicon(aliases, rules["en"])
        self._base_keys = {_base_key(name): entry for name, entry in bases.items()}
        self._compile()

    def actor(self, code: str) -> Entry | None:
        """The actor with this code, if any."""
        return self.actors.get(code)

    def country(self, code: str) -> Entry | None:
        """The country with this ISO3 code, if any."""
        return self.countries.get(code)

    def base(self, name: str) -> Entry | None:
        """The base with this canonical name; case, hyphens and the article al- are ignored."""
        return self.bases.get(name) or self._base_keys.get(_base_key(name))

    def label(self, code: str, lang: str = "en") -> str:
        """Display name of an actor, country or base code in `lang`; the code itself when unknown."""
        entry = self.actors.get(code) or self.countries.get(code) or self.bases.get(code)
        if entry is None:
            return code
        return (entry.name_ar if lang == "ar" else entry.name_en) or entry.name_en or code

    def find(self, text: str) -> list[Mention]:
        """All mentions in `text`, longest match first, as spans of the original text, sorted."""
        folded = fold(text)
        found: dict[tuple[int, int], list[Sense]] = {}
        arabic = _ARABIC.search(folded.text) is not None
        self._scan(self._en, folded, found, context=False)
        self._scan(self._context, folded, found, context=True)
        if arabic:
            self._scan(self._ar, folded, found, context=False)
            for m in self._glued.finditer(folded.text):
                found.setdefault(m.span(), self._by_name[_SEP.sub(" ", m.group())])
        spans = _longest_first(found, len(folded.text))
        if any(sense.weak for span in spans for sense in found[span]):
            spans = self._drop_lonely_weak(spans, found, folded.text)
        mentions = []
        for s, e in spans:
            start, end = folded.span(s, e)
            mentions += [Mention(sense.entry, start, end, sense.form) for sense in _distinct(found[(s, e)])]
        return sorted(mentions, key=lambda m: (m.start, m.end, _KIND_ORDER[m.entry.kind], m.entry.code))

    def _compile(self) -> None:
        """Regexes for English names, Arabic names, context aliases and Arabic names glued to words."""
        ar = self.rules["ar"]
        self._by_name = {k: [s for s in v if s.inner is None] for k, v in self.lexicon.items()}
        self._by_context = {k: [s for s in v if s.inner is not None] for k, v in self.lexicon.items()}
        plain = [k for k, senses in self._by_name.items() if senses]
        context = [k for k, senses in self._by_context.items() if senses]
        article, merged = fold_str(ar["article"]), fold_str(ar["merged_article"]["article"])
        self._lam = {merged + k[len(article):]: k for k in self.lexicon if k.startswith(article)}
        self._lam_shift = len(article) - len(merged)
        english = trie_pattern((k for k in plain if not _ARABIC.search(k)), _SEP_PATTERN)
        self._en = re.compile(rf"(?<!\w)(?P<n>{english})(?!\w)")
        self._ar = self._arabic_pattern([k for k in plain if _ARABIC.search(k)])
        self._context = self._arabic_pattern(context)
        glued = [k for k in plain if _ARABIC.search(k) and " " in k and len(k) >= ar["glued_min_length"]]
        self._glued = re.compile(trie_pattern(glued, _SEP_PATTERN))
        self._cased = {k for k, senses in self.lexicon.items() if any(s.exact or s.capital for s in senses)}
        self._joiners = {fold_str(j) for j in ar["list_joiners"] + self.rules["en"]["list_joiners"]}
        self._joiners |= {"," + j for j in self._joiners}

    def _arabic_pattern(self, keys: list[str]) -> re.Pattern[str]:
        """Keys at word starts after optional particles; group `l` holds the ل + ال = لل spelling."""
        ar = self.rules["ar"]
        conj, prep = _char_class(ar["conjunctions"]), _char_class(ar["prepositions"])
        lam_prep = re.escape(fold_str(ar["merged_article"]["preposition"]))
        wanted = set(keys)
        lam_keys = [lam for lam, key in self._lam.items() if key in wanted]
        return re.compile(rf"(?<!\w)(?:{conj}?{prep}?(?P<n>{trie_pattern(keys, _SEP_PATTERN)})"
                          rf"|{conj}?{lam_prep}(?P<l>{trie_pattern(lam_keys, _SEP_PATTERN)}))(?!\w)")

    def _scan(self, pattern: re.Pattern[str], folded, found: dict, context: bool) -> None:
        """Add the senses matched by `pattern` to `found`; context aliases at their bracketed names."""
        table = self._by_context if context else self._by_name
        for m in pattern.finditer(folded.text):
            group = m.lastgroup
            start, end = m.span(group)
            surface = _SEP.sub(" ", m.group(group))
            key = surface if group == "n" else self._lam[surface]
            senses = table[key]
            if key in self._cased:
                senses = _case_filter(senses, _original(folded, start, end))
            if not context:
                found.setdefault((start, end), []).extend(senses)
                continue
            shift = self._lam_shift if group == "l" else 0
            for sense in senses:
                found.setdefault(_inner_span(m.group(group), sense.inner, shift, start), []).append(sense)

    def _drop_lonely_weak(self, spans: list[tuple[int, int]], found: dict, ftext: str) -> list[tuple[int, int]]:
        """Keep a weak-only span only when a list joiner links it to a place (country or base)."""
        spans.sort()
        places = [any(not s.weak and s.entry.kind != "actor" for s in found[span]) for span in spans]
        kept = []
        for i, span in enumerate(spans):
            if all(s.weak for s in found[span]) and not any(
                    places[j] and self._joined(spans[min(i, j)], spans[max(i, j)], ftext)
                    for j in (i - 1, i + 1) if 0 <= j < len(spans)):
                continue
            kept.append(span)
        return kept

    def _joined(self, left: tuple[int, int], right: tuple[int, int], ftext: str) -> bool:
        """True when only a list joiner (و، and, a comma) stands between two spans."""
        return "".join(ftext[left[1]:right[0]].split()) in self._joiners


def _distinct(senses: list[Sense]) -> list[Sense]:
    """One sense per (entry, form): a span can be reached by several aliases of the same entry."""
    if len(senses) == 1:
        return senses
    seen: dict[tuple[int, str], Sense] = {}
    for sense in senses:
        seen.setdefault((id(sense.entry), sense.form), sense)
    return list(seen.values())


def _case_filter(senses: list[Sense], original: str) -> list[Sense]:
    """The senses whose case rule the original text satisfies."""
    return [s for s in senses
            if (not s.exact or original == s.exact) and (not s.capital or original[:1].isupper())]


def _original(folded, start: int, end: int) -> str:
    """The original characters behind a folded span."""
    o_start, o_end = folded.span(start, end)
    return folded.original[o_start:o_end]


def _inner_span(surface: str, inner: tuple[int, int], shift: int, start: int) -> tuple[int, int]:
    """Folded span of the bracketed name of a context alias matched as `surface` at `start`."""
    index = [i for i, ch in enumerate(surface) if not (_SEP.match(ch) and i and _SEP.match(surface[i - 1]))]
    a, b = (max(0, k - shift) for k in inner)
    return start + index[a], start + index[b - 1] + 1


def _longest_first(found: dict[tuple[int, int], list[Sense]], size: int) -> list[tuple[int, int]]:
    """Spans that survive overlap resolution: longer first, then earlier."""
    taken = bytearray(size)
    kept = []
    for s, e in sorted(found, key=lambda span: (span[0] - span[1], span[0])):
        if found[(s, e)] and not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e))
    return kept


def _char_class(chars: list[str]) -> str:
    """A regex class of single folded characters."""
    return "[" + "".join(re.escape(fold_str(c)) for c in chars) + "]"


def _key(alias: str) -> tuple[str, tuple[int, int] | None]:
    """Folded lookup key of an alias and, for a context alias (في [مالي]), the name's key offsets."""
    alias = alias.strip().lstrip(WEAK)
    m = _BRACKETED.fullmatch(alias)
    if not m:
        return _SEP.sub(" ", fold_str(alias)), None
    left, inner, right = (_SEP.sub(" ", fold_str(part)) for part in m.groups())
    return left + inner + right, (len(left), len(left) + len(inner))


def _build_lexicon(aliases: Iterable[tuple[str, Entry, str]], en_rules: dict) -> dict[str, list[Sense]]:
    """Folded key -> senses, keeping one form per entry (name over metonym over adjective)."""
    lexicon: dict[str, list[Sense]] = {}
    for alias, entry, form in aliases:
        key, inner = _key(alias)
        if not key.strip():
            continue
        exact, capital = _case_rule(alias.strip().lstrip(WEAK), key, en_rules)
        sense = Sense(entry, form, exact, inner, alias.strip().startswith(WEAK), capital)
        senses = lexicon.setdefault(key, [])
        same = [s for s in senses if (s.entry, s.exact, s.capital, s.inner) == (entry, exact, capital, inner)]
        if same and (FORMS.index(same[0].form), same[0].weak) <= (FORMS.index(form), sense.weak):
            continue
        senses[:] = [s for s in senses if s not in same] + [sense]
    return lexicon


def _case_rule(alias: str, key: str, en_rules: dict) -> tuple[str, bool]:
    """(exact, capital) of an English alias: US must read US; a one-word name must be capitalised."""
    if _ARABIC.search(alias):
        return "", False
    letters = [c for c in alias if c.isalpha()]
    if letters and len(letters) <= en_rules["case_sensitive_max_letters"] and all(c.isupper() for c in letters):
        return alias, False
    return "", bool(en_rules["capitalised_single_words"] and " " not in key and alias[:1].isupper())


def _base_key(name: str) -> str:
    """Loose form of a base name for lookups: folded, no hyphens, spaces or leading article."""
    return re.sub(r"^(al|el|ad|as|at|ar)(?=[\s\-])", "", fold_str(name)).replace("-", "").replace(" ", "")


# ---------------------------------------------------------------- loading the CSVs


def _split(cell: str) -> list[str]:
    """The `|`-separated items of a cell."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Non-empty rows of a CSV with their line numbers; rows starting with # are comments."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            values = list(clean.values())
            if any(values) and not values[0].startswith("#"):
                yield reader.line_num, clean


def _expand_adjective(word: str, rules: dict) -> list[str]:
    """Forms of one adjective from actors.csv: Arabic gender/number/article, English plural."""
    if _ARABIC.search(word):
        ar = rules["ar"]
        words = word.split()
        suffixes = ar["nisba_suffixes"] if all(w.endswith(ar["nisba_ending"]) for w in words) else [""]
        forms = [" ".join(w + suffix for w in words) for suffix in suffixes]
        return forms + [" ".join(ar["article"] + w for w in form.split()) for form in forms]
    en = rules["en"]
    if word.lower().endswith(tuple(en["no_plural_endings"])):
        return [word]
    return [word, word + en["plural_suffix"]]


def _names(entry: Entry) -> list[str]:
    """An entry's own names, as aliases."""
    return [n for n in (entry.name_en, entry.name_ar) if n]


def _without_bracketed_names(names: list[str], aliases: list[str]) -> list[str]:
    """Drop names that the aliases only allow in context (مالي when `في [مالي]` or `~مالي` is listed)."""
    guarded = {_SEP.sub(" ", fold_str(m.group(2))) for a in aliases if (m := _BRACKETED.fullmatch(a))}
    guarded |= {_key(a)[0] for a in aliases if a.startswith(WEAK)}
    return [n for n in names if _SEP.sub(" ", fold_str(n)) not in guarded]


def _load_countries(path: Path) -> tuple[dict[str, Entry], list[tuple[str, Entry, str]], dict[str, list[str]]]:
    """Countries, their aliases, and the alias list a state actor inherits from its country."""
    countries, aliases, inherited = {}, [], {}
    for line, row in _rows(path):
        code = _unique(_required(row, "iso3", path, line), countries, path, line)
        entry = Entry(code, "country", row.get("name_en", ""), row.get("name_ar", ""), country=code)
        own = _split(row.get("aliases_en", "")) + _split(row.get("aliases_ar", ""))
        names = _without_bracketed_names(_names(entry), own) + own
        inherited[code] = names
        places = _split(row.get("regions_en", "")) + _split(row.get("regions_ar", ""))
        aliases += [(a, entry, "name") for a in names + places]
        countries[code] = entry
    return countries, aliases, inherited


def _load_actors(path: Path, countries: dict[str, Entry], inherited: dict[str, list[str]],
                 rules: dict) -> tuple[dict[str, Entry], list[tuple[str, Entry, str]]]:
    """Actors; a state also answers to its country's names and aliases."""
    actors, aliases = {}, []
    for line, row in _rows(path):
        code = _unique(_required(row, "code", path, line), actors, path, line)
        country = row.get("country", "")
        home = countries.get(country)
        entry = Entry(code, "actor", row.get("name_en", "") or (home.name_en if home else ""),
                      row.get("name_ar", "") or (home.name_ar if home else ""),
                      country=country, group=row.get("kind", ""))
        own = _split(row.get("aliases_en", "")) + _split(row.get("aliases_ar", ""))
        own += inherited.get(country, []) if entry.group == "state" else []
        aliases += [(a, entry, "name") for a in _without_bracketed_names(_names(entry), own) + own]
        for adjective in _split(row.get("adjectives_en", "")) + _split(row.get("adjectives_ar", "")):
            aliases += [(form, entry, "adjective") for form in _expand_adjective(adjective, rules)]
        metonyms = _split(row.get("metonyms_en", "")) + _split(row.get("metonyms_ar", ""))
        aliases += [(a, entry, "metonym") for a in metonyms]
        actors[code] = entry
    return actors, aliases


def _load_bases(path: Path) -> tuple[dict[str, Entry], list[tuple[str, Entry, str]]]:
    """Bases and sites with coordinates; a row without valid coordinates is an error."""
    bases, aliases = {}, []
    for line, row in _rows(path):
        name = _unique(_required(row, "name", path, line), bases, path, line)
        lat, lon = _coordinate(row, "lat", 90, path, line), _coordinate(row, "lon", 180, path, line)
        ar_aliases = _split(row.get("aliases_ar", ""))
        name_ar = next((a.lstrip(WEAK) for a in ar_aliases if "[" not in a), "")
        entry = Entry(name, "base", name, name_ar, country=row.get("country", ""), lat=lat, lon=lon,
                      operators=tuple(_split(row.get("operators", ""))))
        aliases += [(a, entry, "base") for a in [name] + _split(row.get("aliases_en", "")) + ar_aliases]
        bases[name] = entry
    return bases, aliases


def _required(row: dict[str, str], column: str, path: Path, line: int) -> str:
    """A cell that must not be empty."""
    if not row.get(column):
        raise ValueError(f"{path}:{line}: column {column!r} is empty")
    return row[column]


def _unique(code: str, seen: dict, path: Path, line: int) -> str:
    """A code not used by an earlier row of the same file."""
    if code in seen:
        raise ValueError(f"{path}:{line}: {code!r} is already defined")
    return code


def _coordinate(row: dict[str, str], column: str, limit: float, path: Path, line: int) -> float:
    """A latitude or longitude in [-limit, limit]."""
    try:
        value = float(row.get(column, ""))
    except ValueError:
        raise ValueError(f"{path}:{line}: base {row.get('name')!r} needs a numeric {column}") from None
    if not -limit <= value <= limit:
        raise ValueError(f"{path}:{line}: base {row.get('name')!r} has {column} {value} out of range")
    return value


def load_rules(directory: Path) -> dict:
    """The inflection and particle rules: the directory's own inflections.yaml, else the default."""
    path = directory / RULES_NAME
    with (path if path.exists() else DATA_DIR / RULES_NAME).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _load(directory: Path) -> Gazetteer:
    """Read the three CSVs of `directory` and compile the finder."""
    rules = load_rules(directory)
    countries, country_aliases, inherited = _load_countries(directory / "countries.csv")
    actors, actor_aliases = _load_actors(directory / "actors.csv", countries, inherited, rules)
    bases, base_aliases = _load_bases(directory / "bases.csv")
    return Gazetteer(actors, countries, bases, actor_aliases + country_aliases + base_aliases, rules)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return _load(DATA_DIR)


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer in `directory` (default: extract/gazetteer/, cached)."""
    return _default() if directory is None else _load(Path(directory))
