"""Sites the gazetteer does not know: a base word with a name ("Zilkan military base", "Camp Lemonnier",
"Mission Support Site Green Village", "قاعدة قصرك") names a site even when the name is new, and so does a
capitalised name right after forces leave it ("withdrew from Gan").

The name is kept as written (Latin script) or in its own script (Arabic); its country is the country named
in the sentence, else the document's host, and it has no coordinates. The words that introduce a site
name, and the words that are never one, are data: `site_words` in `extract/rules/claims.yaml`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .context import phrase_before
from .cues import RULES_FILE, load_cues
from .dates import dateline_heads
from .gazetteer import Entry, Mention
from .rulefile import load_rule_file
from .text import WordPattern, fold_str

_CAP = r"[A-Z](?:[\w'’-]|\.(?=\w))*"   # a capitalised word of a Latin-script name ("M.S.S", not "Tamarisk.")
_NAME_WORDS = 3                   # at most this many words in a new site name


@dataclass(frozen=True)
class _SiteWords:
    """Compiled site-name patterns: words before a name, after a name, and words that are no name."""

    before: re.Pattern[str] | None     # "Camp Lemonnier": capitalised words after the base word
    after: re.Pattern[str] | None      # "Zilkan military base": capitalised words before it
    uncased: WordPattern | None        # "قاعدة قصرك": in a script without capitals, the word after it
    not_names: frozenset[str]
    arabic_suffixes: tuple[str, ...]
    in_name: frozenset[str] = frozenset()   # base words that are part of the name ("Camp Aguinaldo", "Fort Bliss")
    cased: re.Pattern[str] = re.compile("[A-Z]")   # a letter every `before`/`after` match holds (few Arabic texts)
    not_openers: frozenset[str] = frozenset()   # a name opening with one is no site ("Operation Tamarisk")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _words() -> _SiteWords:
    """The site words of every language of the rule file, compiled once."""
    data = load_rule_file(RULES_FILE).get("site_words") or {}
    latin_before = [w for lang in data.values() for w in lang.get("before_capitalised", [])]
    latin_after = [w for lang in data.values() for w in lang.get("after_capitalised", [])]
    arabic_before = [w for lang in data.values() for w in lang.get("before_word", [])]
    not_names = frozenset(fold_str(w) for lang in data.values() for w in lang.get("not_names", []))
    suffixes = tuple(fold_str(w) for lang in data.values() for w in lang.get("adjective_endings", []))
    not_first = [w for lang in data.values() for w in lang.get("not_first_letters", [])] or ["\x00"]
    clitics = [c for c in _clitics() if c != "ال"] or ["\x00"]   # "وقاعدة زمردة", "بقاعدة زمردة"
    name = rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,{_NAME_WORDS - 1}}})"
    return _SiteWords(
        re.compile(rf"\b(?:{_alt(latin_before)})\s+{name}") if latin_before else None,
        re.compile(rf"\b{name}\s+(?:{_alt(latin_after)})\b") if latin_after else None,
        WordPattern(rf"(?:{_alt(clitics)})?(?:{_alt(arabic_before)})\s+(?:(?:[^\W\d_]+\s+){{0,2}}[\"«“]"
                    rf"(?P<quoted>[^\W\d_]+(?:\s+[^\W\d_]+){{0,{_NAME_WORDS - 1}}})(?=[\"»”])"
                    rf"|(?!{_alt(not_first)})(?P<name>[^\W\d_]+))") if arabic_before else None,
        not_names, suffixes,
        frozenset(w for lang in data.values() for w in lang.get("part_of_name", [])),
        re.compile("[A-Z" + re.escape("".join({w[0] for w in latin_before})) + "]"),
        frozenset(fold_str(w) for lang in data.values() for w in lang.get("not_openers", [])))


def find_sites(text: str, known: list[Mention]) -> list[Mention]:
    """New sites named in `text` after or before a base word, where no known mention already is."""
    words = _words()
    taken = [(m.start, m.end) for m in known]
    found: list[Mention] = []
    cased = words.cased.search(text) is not None
    for pattern in (words.before, words.after, words.uncased):
        if pattern is None or (pattern is not words.uncased and not cased):
            continue
        for m in pattern.finditer(text):
            group = "quoted" if "quoted" in m.re.groupindex and m.group("quoted") else "name"
            if group == "quoted" and _verb_before_quote(text[m.start():m.start(group)], words):
                continue   # "تسليم القاعدة هو “جزء من ...”": a quotation, not the base's name
            span = _name_span(text, *m.span(group), words)
            if span is None or any(s < span[1] and span[0] < e for s, e in taken):
                continue
            if pattern is words.before and text[m.start():m.start(group)].strip() in words.in_name:
                span = (m.start(), span[1])   # "Camp Aguinaldo" is the name; "Mission Support Site" is not
            name = text[span[0]:span[1]]
            found.append(Mention(Entry(name, "base", (("", name),)), span[0], span[1], "base"))
            taken.append(span)
    return found


def _verb_before_quote(head: str, words: _SiteWords) -> bool:
    """A word between the base word and the quote that is no name nor an adjective ("هو", "في")."""
    between = head.split()[1:-1] + ([head.split()[-1].rstrip("\"«“")] if len(head.split()) > 1 else [])
    return any(w and _no_name(w, words) and not fold_str(w).endswith(words.arabic_suffixes) for w in between)


def _name_span(text: str, start: int, end: int, words: _SiteWords) -> tuple[int, int] | None:
    """The span of the name without words that are no name ("The", month names) or end punctuation;
    None when nothing is left or a lone word is an adjective ("قاعدة عسكرية")."""
    parts = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", text[start:end])]
    if parts and fold_str(text[parts[0][0]:parts[0][1]]) in words.not_openers:
        return None
    clean = [(s, e - (len(text[s:e]) - len(text[s:e].rstrip(".'’-")))) for s, e in parts]
    clean = [(s, e) for s, e in clean if e > s]
    while clean and _no_name(text[clean[0][0]:clean[0][1]], words):
        clean.pop(0)
    while clean and _no_name(text[clean[-1][0]:clean[-1][1]], words):
        clean.pop()
    if not clean:
        return None
    if len(clean) == 1 and fold_str(text[clean[0][0]:clean[0][1]]).endswith(words.arabic_suffixes):
        return None
    return clean[0][0], clean[-1][1]


def _no_name(word: str, words: _SiteWords) -> bool:
    """A word that is no name, also with a clitic or the article in front ("الجديدة" is "جديدة")."""
    folded = fold_str(word)
    return folded in words.not_names or any(
        folded.startswith(c) and len(folded) - len(c) >= 2 and folded[len(c):] in words.not_names
        for c in _clitics())


@lru_cache(maxsize=1)
def _clitics() -> tuple[str, ...]:
    """The particles that attach to the front of a word (longest first), from the rule file."""
    words = (load_rule_file(RULES_FILE).get("particles") or {}).get("clitics") or []
    return tuple(sorted((fold_str(str(w)) for w in words), key=len, reverse=True))


def without_namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a known site the text places in another country ("قاعدة الريان بقطر", "Riyan air base in Qatar":
    not Yemen's Riyan): a namesake, which `find_sites` then reads as a new site of the country named."""
    links = load_cues().particles.get("site_country_links", ())
    countries = [m for m in mentions if m.entry.kind == "country"]
    kept = [m for m in mentions if m.entry.kind != "base" or not m.entry.country or not any(
        0 <= c.start - m.end <= 6 and c.entry.code != m.entry.country
        and fold_str(text[m.end:c.start].strip()) in links for c in countries)]
    return _shared_names(kept, Counter(c.entry.code for c in countries),
                         {m.entry.code for m in mentions if m.entry.kind == "actor"})


def without_person_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a base named after a person where the text names the person ("Saudi Defense Minister Prince Sultan
    said", "وزير الدفاع الأمير سلطان"): a title word right before the name."""
    titles = load_cues().particles.get("person_titles", ())
    return [m for m in mentions if m.entry.kind != "base" or not phrase_before(text, m.start, titles, 30, 1)]


def without_dateline_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the places of wire datelines ("ERBIL, Iraq (Reuters) -", "الناقورة 11 فبراير 2026 -"): where the
    report was filed, not where forces are. A dateline opens with a known country, site or capital."""
    heads = []
    for start, end in dateline_heads(text):
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        if any(m.start == first and (m.entry.kind in ("country", "base") or m.form == "metonym") for m in mentions):
            heads.append((start, end))
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in heads)] if heads else mentions


def without_place_adjectives(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a state's adjective right after a place of that state ("شتوتغارت الألمانية", German Stuttgart), and a
    state's possessive right before one ("Afghanistan's Kandahar airfield"): it says where the place is, not whose
    forces act nor another place."""
    places = {m.end: m.entry.country for m in mentions if m.entry.kind == "base" and m.entry.country}
    starts = {m.start: m.entry.country for m in mentions if m.entry.kind == "base" and m.entry.country}
    return [m for m in mentions if not (m.entry.kind == "actor" and m.form == "adjective" and any(
        places.get(m.start - gap) == m.entry.code and not text[m.start - gap:m.start].strip() for gap in (1, 2)))
        and not _possessive_of_site(text, m, starts)]


def _possessive_of_site(text: str, m: Mention, starts: dict[int, str]) -> bool:
    """A state named in the possessive (`particles.possessives`) right before a site of its own ("Iraq's Ain
    al-Asad air base")."""
    own = m.entry.country if m.entry.kind == "country" else m.entry.code if m.entry.kind == "actor" else ""
    mark = next((p for p in load_cues().particles.get("possessives", ()) if text.startswith(p, m.end)), "")
    gap = text[m.end + len(mark):m.end + len(mark) + 4]
    spaces = len(gap) - len(gap.lstrip())
    return bool(own and mark and spaces) and starts.get(m.end + len(mark) + spaces) == own


def _shared_names(mentions: list[Mention], named: Counter, actors: set[str]) -> list[Mention]:
    """Of sites in several countries that share a name ("قاعدة الريان": Qatar's Turkish base and Yemen's Riyan),
    the ones in the country the text names most, then used by the actors it names; all when nothing decides."""
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.entry.kind == "base" and m.entry.country:
            by_span.setdefault((m.start, m.end), []).append(m)
    dropped = set()
    for same in by_span.values():
        if len({m.entry.country for m in same}) < 2:
            continue
        score = {id(m): (named[m.entry.country], len(actors & set(getattr(m.entry, "operators", ())))) for m in same}
        best = max(score.values())
        dropped.update(i for i, sc in score.items() if sc < best)
    return [m for m in mentions if id(m) not in dropped]


def with_country(m: Mention, country: str) -> Mention:
    """A new site placed in `country` (the country named beside it, or the document's host)."""
    entry = m.entry
    return Mention(Entry(entry.code, entry.kind, entry.names, country=country), m.start, m.end, m.form)
