"""Actors, countries and bases: the gazetteer CSVs and the finder of their mentions in text.

The data lives in `extract/gazetteer/` (actors.csv, countries.csv, bases.csv, missions.csv, inflections.yaml; the
README there says how to extend it). Names are given per language (`name_<lang>`, `aliases_<lang>`,
... for each language of extract/languages.yaml) and inflected by that language's section of
inflections.yaml. Matching runs on the folded text (`extract.text.fold`) with one trie-shaped regex
per language, built once at load time: names may carry attached particles (والعراق، بسوريا، للتحالف),
the longest match wins, and spans point into the original text. Every state of countries.csv is also
an actor (its forces); actors.csv adds the non-state actors and the names a state's forces go by.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .rulefile import data_path, fallback_language, languages, load_rule_file
from .text import fold, fold_str, moved, trie_pattern

DATA_DIR = data_path("gazetteer")
RULES_NAME = "inflections.yaml"
FORMS = ("name", "metonym", "adjective", "base", "feature")  # preference order when one alias has several
COUNTRY_KINDS = ("state", "territory")
ACTOR_KINDS = ("state", "alliance", "coalition", "contractor", "armed_group", "local")
SITE_TYPES = ("base", "city", "province", "region", "island")  # bases.csv `type`; empty means base
_KIND_ORDER = {"actor": 0, "country": 1, "base": 2, "feature": 3}
_SITE_RANK = {"base": 0, "city": 1, "island": 2, "province": 2, "region": 3}  # a larger site can be an address
_SEP = re.compile(r"[\s\-\"]+")  # spaces, hyphens and quote marks between words are interchangeable
_SEP_PATTERN = r"[\s\-\"]+"
_GLUED_SEP = r"[\s\-\"]*"   # badly extracted text also loses the space inside a name: "من جنوبلبنان"
_BRACKETED = re.compile(r"(.*)\[(.+)\](.*)")
WEAK = "~"  # alias prefix: a name that is also a common word, kept only in a list of places


@dataclass(frozen=True)
class Entry:
    """An actor, a country or a base."""

    code: str              # actor code / ISO3 / canonical base name
    kind: str              # actor | country | base
    names: tuple[tuple[str, str], ...] = ()  # (language, label) pairs
    country: str = ""      # ISO3 of a base; a state actor's own country
    lat: float | None = None
    lon: float | None = None
    group: str = ""        # actors: state | alliance | coalition | contractor | armed_group | local
    operators: tuple[str, ...] = ()  # bases: codes of the actors whose forces are there
    site_type: str = "base"  # bases: base | city | province | region | island (SITE_TYPES)

    def name(self, lang: str) -> str:
        """The label in `lang`, or "" when the entry has none in it."""
        return next((name for code, name in self.names if code == lang), "")


def is_site(entry: Entry) -> bool:
    """Whether a place entry goes in a claim's `base`: a base, city, province or island, not a region
    (South Lebanon, Crimea, Darfur give the country only, as the gold's "places used as sites" do)."""
    return entry.kind == "base" and entry.site_type != "region"


@dataclass(frozen=True)
class Mention:
    """One place in a text where an entry is named."""

    entry: Entry
    start: int
    end: int
    form: str              # name | adjective | metonym (Washington, Pentagon) | base

    def shifted(self, delta: int) -> Mention:
        """The same mention with offsets moved by `delta` (into a sentence of the text)."""
        return moved(self, delta)


@dataclass(frozen=True)
class Sense:
    """What a folded alias key stands for."""

    entry: Entry
    form: str
    exact: str = ""        # matched only where the original text reads exactly this (US, UK)
    inner: tuple[int, int] | None = None  # the name inside a context alias (في [مالي]), key offsets
    weak: bool = False     # kept only next to another place in a list (كركوك والموصل والقائم)
    capital: bool = False  # the original text must start with a capital (Turkey, not turkey)


@dataclass(frozen=True)
class Alias:
    """One written name of an entry, in the language of the column it came from."""

    text: str
    entry: Entry
    form: str
    lang: str


@dataclass(frozen=True)
class _Finder:
    """The compiled patterns of one language."""

    letters: re.Pattern[str]             # a text is searched only when it has one of these
    plain: re.Pattern[str] | None
    context: re.Pattern[str] | None      # context aliases (في [مالي])
    context_gate: re.Pattern[str] | None  # a word every context alias match holds: most texts have none
    glued: re.Pattern[str] | None        # names glued to the words around them
    lam: dict[str, str]                  # merged-article spelling -> key (لعراق -> العراق)
    lam_shift: int
    unspaced: dict[str, str]             # a glued name without its spaces -> key (جنوبلبنان -> جنوب لبنان)


class Gazetteer:
    """Entries by code plus a compiled finder of their mentions."""

    def __init__(self, actors: dict[str, Entry], countries: dict[str, Entry], bases: dict[str, Entry],
                 aliases: Iterable[Alias], rules: dict, langs: dict[str, dict], fallback: str) -> None:
        self.actors, self.countries, self.bases = actors, countries, bases
        self.rules, self.langs, self.fallback = rules, langs, fallback
        aliases = list(aliases)
        self.lexicon = _build_lexicon(aliases, rules)
        articles = rules.get(fallback, {}).get("lookup_articles", [])
        self._articles = re.compile(rf"^(?:{'|'.join(map(re.escape, articles))})(?=[\s\-])" if articles else "(?!)")
        self._base_keys = {self._base_key(name): entry for name, entry in bases.items()}
        self._compile(aliases)

    def actor(self, code: str) -> Entry | None:
        """The actor with this code, if any."""
        return self.actors.get(code)

    def country(self, code: str) -> Entry | None:
        """The country with this ISO3 code, if any."""
        return self.countries.get(code)

    def base(self, name: str) -> Entry | None:
        """The base with this canonical name; case, hyphens and a leading article (al-) are ignored."""
        return self.bases.get(name) or self._base_keys.get(self._base_key(name))

    def label(self, code: str, lang: str = "en") -> str:
        """Display name of an actor, country or base code in `lang`; the code itself when unknown."""
        entry = self.actors.get(code) or self.countries.get(code) or self.bases.get(code)
        if entry is None:
            return code
        return entry.name(lang) or entry.name(self.fallback) or code

    def find(self, text: str) -> list[Mention]:
        """All mentions in `text`, longest match first, as spans of the original text, sorted."""
        folded = fold(text)
        found: dict[tuple[int, int], list[Sense]] = {}
        for finder in self._finders:
            if not finder.letters.search(folded.text):
                continue
            if finder.plain is not None:
                self._scan(finder.plain, finder, folded, found, self._by_name, context=False)
            if finder.context is not None and finder.context_gate.search(folded.text):
                self._scan(finder.context, finder, folded, found, self._by_context, context=True)
            if finder.glued is not None:
                for m in finder.glued.finditer(folded.text):
                    key = _SEP.sub(" ", m.group())
                    key = key if key in self._by_name else finder.unspaced[key.replace(" ", "")]
                    found.setdefault(m.span(), self._by_name[key])
        spans = _longest_first(found, len(folded.text))
        if any(sense.weak for span in spans for sense in found[span]):
            spans = self._drop_lonely_weak(spans, found, folded.text)
        if self._address and sum(any(s.entry.kind == "base" for s in found[span]) for span in spans) > 1:
            self._drop_addresses(spans, found, folded.text)
        mentions = []
        for s, e in spans:
            start, end = folded.span(s, e)
            mentions += [Mention(sense.entry, start, end, sense.form)
                         for sense in _distinct(_in_context(found[(s, e)]))]
        return sorted(mentions, key=lambda m: (m.start, m.end, _KIND_ORDER[m.entry.kind], m.entry.code))

    def _compile(self, aliases: list[Alias]) -> None:
        """One finder per language: its names, its context aliases, its glued names."""
        self._by_name = {k: [s for s in v if s.inner is None] for k, v in self.lexicon.items()}
        self._by_context = {k: [s for s in v if s.inner is not None] for k, v in self.lexicon.items()}
        keys: dict[str, set[str]] = {}
        for alias in aliases:
            key = _key(alias.text)[0]
            if key.strip():
                keys.setdefault(alias.lang, set()).add(key)
        self._finders = [self._finder(lang, settings["letters"], keys.get(lang, set()))
                         for lang, settings in self.langs.items()]
        self._cased = {k for k, senses in self.lexicon.items() if any(s.exact or s.capital for s in senses)}
        joiners = {fold_str(j) for section in self.rules.values() for j in section.get("list_joiners", [])}
        self._joiners = joiners | {"," + j for j in joiners}
        self._address = {fold_str(w) for section in self.rules.values() for w in section.get("address_words", [])}

    def _finder(self, lang: str, letters: str, keys: set[str]) -> _Finder:
        """The patterns of one language: names after optional attached particles, whole words only."""
        rules = self.rules.get(lang, {})
        plain = sorted(k for k in keys if self._by_name.get(k))
        context = sorted(k for k in keys if self._by_context.get(k))
        lam, shift = _merged_article_keys(keys, rules)
        glued_min = rules.get("glued_min_length")
        glued = [k for k in plain if " " in k and len(k) >= glued_min] if glued_min else []
        return _Finder(re.compile(f"[{letters}]"),
                       _names_pattern(plain, lam, rules) if plain else None,
                       _names_pattern(context, lam, rules) if context else None,
                       re.compile(trie_pattern(_gate_words(context, lam))) if context else None,
                       re.compile(trie_pattern(glued, _GLUED_SEP)) if glued else None,
                       lam, shift, {k.replace(" ", ""): k for k in glued})

    def _scan(self, pattern: re.Pattern[str], finder: _Finder, folded, found: dict,
              table: dict[str, list[Sense]], context: bool) -> None:
        """Add the senses matched by `pattern` to `found`; context aliases at their bracketed names.

        A name starts a word: the pattern matches the non-word character before it, searched in the text with
        a space in front (CPython's re skips to such a character, where it would try a lookbehind at every
        position); after a match, the next may start right where it ends."""
        padded = " " + folded.text
        m = pattern.search(padded)
        while m is not None:
            group = m.lastgroup
            start, end = m.start(group) - 1, m.end(group) - 1   # offsets into the text, not the padded copy
            surface = m.group(group)
            surface = surface if surface.isalnum() else _SEP.sub(" ", surface)
            key = surface if group == "n" else finder.lam[surface]
            senses = table.get(key, [])
            if key in self._cased:
                senses = _case_filter(senses, _original(folded, start, end))
            if not context:
                found.setdefault((start, end), []).extend(senses)
            else:
                shift = finder.lam_shift if group == "l" else 0
                for sense in senses:
                    found.setdefault(_inner_span(m.group(group), sense.inner, shift, start), []).append(sense)
            m = pattern.search(padded, m.end() - 1)

    def _drop_lonely_weak(self, spans: list[tuple[int, int]], found: dict, ftext: str) -> list[tuple[int, int]]:
        """Keep a weak-only span only when a list joiner links it to a place (country or base)."""
        spans.sort()
        places = [any(not s.weak and s.entry.kind != "actor" for s in found[span]) for span in spans]
        kept = []
        for i, span in enumerate(spans):
            if all(s.weak for s in found[span]) and (not any(
                    places[j] and self._joined(spans[min(i, j)], spans[max(i, j)], ftext)
                    for j in (i - 1, i + 1) if 0 <= j < len(spans)) or i and self._address_of_site(
                    spans[i - 1], span, found, ftext)):
                continue
            kept.append(span)
        return kept

    def _address_of_site(self, left: tuple[int, int], right: tuple[int, int], found: dict, ftext: str) -> bool:
        """A weak name right after a comma and a site of another country is the site's address, a state or
        province of that country ("Fort Stewart, Georgia"), not the country of that name."""
        sites = {s.entry.country for s in found[left] if s.entry.kind == "base" and not s.weak}
        codes = {s.entry.code for s in found[right]}
        return bool(sites) and not sites & codes and ftext[left[1]:right[0]].strip() == ","

    def _drop_addresses(self, spans: list[tuple[int, int]], found: dict, ftext: str) -> None:
        """A site written as the address of the base or smaller site just before it ("Ain al-Asad air base
        in Anbar province", "قاعدة حميميم في اللاذقية") is no place of its own: it names its country only,
        as a region of countries.csv does."""
        spans.sort()
        for left, right in zip(spans, spans[1:]):
            ranks = [_SITE_RANK[s.entry.site_type] for s in found[left] if s.entry.kind == "base"]
            if not ranks:
                continue
            words = _SEP.split(ftext[left[1]:right[0]].strip())
            if not words[0] or not set(words) <= self._address:
                continue
            larger = [s for s in found[right] if s.entry.kind == "base" and _SITE_RANK[s.entry.site_type] > min(ranks)]
            if larger:
                countries = [Sense(self.countries[c], "name") for c in dict.fromkeys(s.entry.country for s in larger)
                             if c in self.countries]
                found[right] = [s for s in found[right] if s not in larger] + countries

    def _joined(self, left: tuple[int, int], right: tuple[int, int], ftext: str) -> bool:
        """True when only a list joiner (و، and, a comma) stands between two spans."""
        return "".join(ftext[left[1]:right[0]].split()) in self._joiners

    def _base_key(self, name: str) -> str:
        """Loose form of a base name for lookups: folded, no hyphens, spaces or leading article."""
        return self._articles.sub("", fold_str(name)).replace("-", "").replace(" ", "")


def _merged_article_keys(keys: set[str], rules: dict) -> tuple[dict[str, str], int]:
    """Keys as written after a preposition that merges with the article (ل + العراق = للعراق)."""
    merged = rules.get("merged_article")
    if not merged or not rules.get("article"):
        return {}, 0
    article, short = fold_str(rules["article"]), fold_str(merged["article"])
    return {short + k[len(article):]: k for k in keys if k.startswith(article)}, len(article) - len(short)


def _gate_words(keys: list[str], lam: dict[str, str]) -> set[str]:
    """Words one of which is in every match of the keys: the last word of each (a merged article only changes
    a key's start), and for a key of one word, its merged-article spellings too."""
    wanted = set(keys)
    words = {key.split()[-1] for key in keys}
    return words | {short for short, key in lam.items() if key in wanted and " " not in key}


def _names_pattern(keys: list[str], lam: dict[str, str], rules: dict) -> re.Pattern[str]:
    """Keys as whole words after optional particles; group `l` holds the merged-article spelling."""
    classes = rules.get("proclitics", [])
    particles = "".join(f"{_alternation(c)}?" for c in classes)
    body = rf"{particles}(?P<n>{trie_pattern(keys, _SEP_PATTERN)})"
    merged = rules.get("merged_article")
    wanted = set(keys)
    lam_keys = [short for short, key in lam.items() if key in wanted]
    if merged and lam_keys:
        preposition = fold_str(merged["preposition"])
        before = "".join(f"{_alternation(c)}?" for c in classes[:_class_of(classes, preposition)])
        body += rf"|{before}{re.escape(preposition)}(?P<l>{trie_pattern(lam_keys, _SEP_PATTERN)})"
    return re.compile(rf"\W(?:{body})(?!\w)")   # the non-word character before: see Gazetteer._scan


def _class_of(classes: list[list[str]], particle: str) -> int:
    """Index of the proclitic class holding `particle` (the merged preposition)."""
    return next((i for i, c in enumerate(classes) if particle in {fold_str(p) for p in c}), len(classes))


def _alternation(particles: list[str]) -> str:
    """A regex group matching one of the folded particles."""
    return "(?:" + "|".join(re.escape(fold_str(p)) for p in sorted(particles, key=len, reverse=True)) + ")"


def _in_context(senses: list[Sense]) -> list[Sense]:
    """At a span a context alias reached (base in [Abidjan]), only its senses: the context says which
    place this is, so the bare name's other readings (the city Abidjan, the capital as metonym) go."""
    if len(senses) > 1 and any(s.inner is not None for s in senses):
        return [s for s in senses if s.inner is not None]
    return senses


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


def _key(alias: str) -> tuple[str, tuple[int, int] | None]:
    """Folded lookup key of an alias and, for a context alias (في [مالي]), the name's key offsets."""
    alias = alias.strip().lstrip(WEAK)
    m = _BRACKETED.fullmatch(alias)
    if not m:
        return _SEP.sub(" ", fold_str(alias)), None
    left, inner, right = (_SEP.sub(" ", fold_str(part)) for part in m.groups())
    return left + inner + right, (len(left), len(left) + len(inner))


def _build_lexicon(aliases: Iterable[Alias], rules: dict) -> dict[str, list[Sense]]:
    """Folded key -> senses, keeping one form per entry (name over metonym over adjective)."""
    lexicon: dict[str, list[Sense]] = {}
    for alias in aliases:
        key, inner = _key(alias.text)
        if not key.strip():
            continue
        written = alias.text.strip()
        exact, capital = _case_rule(written.lstrip(WEAK), key, rules.get(alias.lang, {}).get("case", {}))
        sense = Sense(alias.entry, alias.form, exact, inner, written.startswith(WEAK), capital)
        senses = lexicon.setdefault(key, [])
        same = [s for s in senses if (s.entry, s.exact, s.capital, s.inner) == (alias.entry, exact, capital, inner)]
        if same and (FORMS.index(same[0].form), same[0].weak) <= (FORMS.index(alias.form), sense.weak):
            continue
        senses[:] = [s for s in senses if s not in same] + [sense]
    return lexicon


def _case_rule(alias: str, key: str, case: dict) -> tuple[str, bool]:
    """(exact, capital) of an alias under its language's case rules: US must read US; Chad needs its capital."""
    if not case:
        return "", False
    letters = [c for c in alias if c.isalpha()]
    if letters and len(letters) <= case.get("exact_max_letters", 0) and all(c.isupper() for c in letters):
        return alias, False
    return "", bool(case.get("capitalised_single_words") and " " not in key and alias[:1].isupper())


def adjective_forms(word: str, rules: dict) -> list[str]:
    """The forms of one adjective of the CSVs under its language's `adjectives` rules."""
    words = word.split()
    every = bool(rules.get("every_word"))
    targets = words if every else words[-1:]
    rule = next((r for r in rules.get("forms", [])
                 if all(w.endswith(r.get("ending", "")) and not w.lower().endswith(tuple(r.get("unless", [])))
                        for w in targets)), None)
    forms = []
    for suffix in (rule["add"] if rule else [""]):
        inflected = [w + suffix for w in words] if every else words[:-1] + [words[-1] + suffix]
        forms.append(" ".join(inflected))
    article = rules.get("article")
    if article:
        forms += [" ".join(article + w for w in form.split()) for form in forms]
    return list(dict.fromkeys(forms))


# ---------------------------------------------------------------- loading the CSVs


def _split(cell: str) -> list[str]:
    """The `|`-separated items of a cell."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Non-empty rows of a CSV with their line numbers; rows starting with # are comments."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            values = list(clean.values())
            if any(values) and not values[0].startswith("#"):
                yield reader.line_num, clean


class _Reader:
    """Per-language cells of the CSV rows, with the language each item came from."""

    def __init__(self, langs: Iterable[str], rules: dict) -> None:
        self.langs, self.rules = list(langs), rules

    def names(self, row: dict[str, str]) -> tuple[tuple[str, str], ...]:
        """The row's `name_<lang>` labels."""
        return tuple((lang, row[f"name_{lang}"]) for lang in self.langs if row.get(f"name_{lang}"))

    def items(self, row: dict[str, str], column: str) -> list[tuple[str, str]]:
        """(text, lang) of every item of the `<column>_<lang>` cells."""
        return [(item, lang) for lang in self.langs for item in _split(row.get(f"{column}_{lang}", ""))]

    def adjectives(self, row: dict[str, str]) -> list[tuple[str, str]]:
        """Every inflected form of the row's adjectives."""
        return [(form, lang) for word, lang in self.items(row, "adjectives")
                for form in adjective_forms(word, self.rules.get(lang, {}).get("adjectives", {}))]


def _aliases(items: Iterable[tuple[str, str]], entry: Entry, form: str) -> list[Alias]:
    return [Alias(text, entry, form, lang) for text, lang in items]


def _own_names(entry: Entry, aliases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An entry's labels as aliases, less those the aliases allow only in context (مالي when
    `في [مالي]` or `~مالي` is listed), then the aliases."""
    written = [a for a, _ in aliases]
    guarded = {_SEP.sub(" ", fold_str(m.group(2))) for a in written if (m := _BRACKETED.fullmatch(a))}
    guarded |= {_key(a)[0] for a in written if a.startswith(WEAK)}
    names = [(n, lang) for lang, n in entry.names if _SEP.sub(" ", fold_str(n)) not in guarded]
    return names + aliases


@dataclass
class _Countries:
    entries: dict[str, Entry]
    aliases: list[Alias]
    states: dict[str, dict]   # iso3 -> what its state actor inherits: names, adjectives, capitals


def _load_countries(path: Path, reader: _Reader) -> _Countries:
    """Countries and territories; a state's names, adjectives and capitals also go to its actor."""
    out = _Countries({}, [], {})
    for line, row in read_rows(path):
        code = _unique(_required(row, "iso3", path, line), out.entries, path, line)
        kind = row.get("kind", "")
        if kind not in COUNTRY_KINDS:
            raise ValueError(f"{path}:{line}: {code}: kind must be one of {COUNTRY_KINDS}, not {kind!r}")
        entry = Entry(code, "country", reader.names(row), country=code)
        names = _own_names(entry, reader.items(row, "aliases"))
        out.aliases += _aliases(names + reader.items(row, "regions"), entry, "name")
        out.entries[code] = entry
        inherited = {"names": names, "adjectives": reader.adjectives(row), "capitals": reader.items(row, "capitals")}
        if kind == "state":
            out.states[code] = inherited | {"labels": entry.names}
        elif inherited["adjectives"] or inherited["capitals"]:
            raise ValueError(f"{path}:{line}: {code} is a territory; only a state has adjectives and capitals")
    return out


def _load_actors(path: Path, countries: _Countries, reader: _Reader) -> tuple[dict[str, Entry], list[Alias]]:
    """The actors of actors.csv, then every other state of countries.csv: a state answers to its
    country's names, adjectives and capitals, plus the names of its forces given in actors.csv."""
    actors: dict[str, Entry] = {}
    aliases: list[Alias] = []
    rows = {}
    for line, row in read_rows(path):
        code = _unique(_required(row, "code", path, line), rows, path, line)
        if row.get("kind") not in ACTOR_KINDS:
            raise ValueError(f"{path}:{line}: {code}: kind must be one of {ACTOR_KINDS}, not {row.get('kind')!r}")
        if row.get("kind") == "state" and code not in countries.states:
            raise ValueError(f"{path}:{line}: {code!r} is a state but not a state of countries.csv")
        rows[code] = row
    for code in list(rows) + [c for c in countries.states if c not in rows]:
        row = rows.get(code, {"code": code, "kind": "state"})
        state = countries.states.get(code) if row.get("kind") == "state" else None
        entry = Entry(code, "actor", reader.names(row) or (state["labels"] if state else ()),
                      country=code if state else row.get("country", ""), group=row.get("kind", ""))
        own = reader.items(row, "aliases") + (state["names"] if state else [])
        aliases += _aliases(_own_names(entry, own), entry, "name")
        aliases += _aliases(reader.adjectives(row) + (state["adjectives"] if state else []), entry, "adjective")
        aliases += _aliases(reader.items(row, "metonyms") + (state["capitals"] if state else []), entry, "metonym")
        actors[code] = entry
    return actors, aliases


def _load_bases(path: Path, reader: _Reader, fallback: str) -> tuple[dict[str, Entry], list[Alias]]:
    """Bases and sites with coordinates and a type; a row without valid coordinates or with an unknown
    type is an error. The canonical `name` is the label in the fallback language; in another, the first
    plain alias in it. A name also listed weak or in context (`[Farah] province`) is not matched bare."""
    bases, aliases = {}, []
    for line, row in read_rows(path):
        name = _unique(_required(row, "name", path, line), bases, path, line)
        lat, lon = _coordinate(row, "lat", 90, path, line), _coordinate(row, "lon", 180, path, line)
        items = reader.items(row, "aliases")
        labels = {fallback: name}
        for text, lang in items:
            if "[" not in text:
                labels.setdefault(lang, text.lstrip(WEAK))
        entry = Entry(name, "base", tuple(labels.items()), country=row.get("country", ""), lat=lat, lon=lon,
                      operators=tuple(_split(row.get("operators", ""))), site_type=_site_type(row, path, line))
        aliases += _aliases(_own_names(entry, items), entry, "base")
        bases[name] = entry
    return bases, aliases


def _site_type(row: dict[str, str], path: Path, line: int) -> str:
    """The `type` of a bases.csv row, one of SITE_TYPES; an empty cell is a base."""
    value = row.get("type") or "base"
    if value not in SITE_TYPES:
        raise ValueError(f"{path}:{line}: base {row.get('name')!r}: type must be one of {SITE_TYPES}, not {value!r}")
    return value


def _load_features(path: Path, reader: _Reader, fallback: str) -> list[Alias]:
    """Names of seas, gulfs and regions that contain a country's name but are not it (Gulf of Guinea)."""
    aliases: list[Alias] = []
    if not path.exists():
        return aliases
    for line, row in read_rows(path):
        name = _required(row, "name", path, line)
        entry = Entry(name, "feature", ((fallback, name),))
        aliases += _aliases([(name, fallback)] + reader.items(row, "aliases"), entry, "feature")
    return aliases


def _load_missions(path: Path, reader: _Reader, actors: dict[str, Entry], countries: dict[str, Entry],
                   fallback: str) -> list[Alias]:
    """Missions and operations with one theater (KFOR, UNIFIL, AMISOM, Serval): each name is its actor's
    forces and, like a region, a place in its theater, so "KFOR has 3,800 troops" is NATO in Kosovo."""
    aliases: list[Alias] = []
    if not path.exists():
        return aliases
    for line, row in read_rows(path):
        name = _required(row, "name", path, line)
        actor, country = actors.get(row.get("actor", "")), row.get("country", "")
        if actor is None:
            raise ValueError(f"{path}:{line}: mission {name!r}: actor {row.get('actor')!r} is not in actors.csv")
        if country not in countries:
            raise ValueError(f"{path}:{line}: mission {name!r}: country {country!r} is not in countries.csv")
        place = Entry(name, "base", ((fallback, name),), country=country, operators=(actor.code,),
                      site_type="region")
        items = reader.items(row, "aliases")
        aliases += _aliases(items, actor, "name") + _aliases(items, place, "base")
    return aliases


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
    return load_rule_file(path if path.exists() else DATA_DIR / RULES_NAME)


def _load(directory: Path, langs: dict[str, dict], fallback: str) -> Gazetteer:
    """Read the three CSVs of `directory` and compile the finder."""
    rules = load_rules(directory)
    reader = _Reader(langs, rules)
    countries = _load_countries(directory / "countries.csv", reader)
    actors, actor_aliases = _load_actors(directory / "actors.csv", countries, reader)
    bases, base_aliases = _load_bases(directory / "bases.csv", reader, fallback)
    features = _load_features(directory / "features.csv", reader, fallback)
    missions = _load_missions(directory / "missions.csv", reader, actors, countries.entries, fallback)
    return Gazetteer(actors, countries.entries, bases,
                     actor_aliases + countries.aliases + base_aliases + features + missions, rules, langs, fallback)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return _load(DATA_DIR, languages(), fallback_language())


def load_gazetteer(directory: Path | None = None, langs: dict[str, dict] | None = None) -> Gazetteer:
    """The gazetteer in `directory` (default: extract/gazetteer/, cached) for the languages of
    extract/languages.yaml, or for `langs` (code -> settings, as there) when given."""
    if directory is None and langs is None:
        return _default()
    return _load(Path(directory or DATA_DIR), langs or languages(), fallback_language())
