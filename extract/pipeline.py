"""Document -> claim rows: the stages joined in order (sentences, numbers, places, dates, claims)."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import pandas as pd

from .claims import claims_from_sentence, table_rows
from .context import Claim, DocContext, Sentence, find_cue_spans, is_candidate
from .cues import load_cues
from .dates import find_dates_by_tense, parse_published
from .documents import Document
from .gazetteer import is_site, load_gazetteer
from .mentions import (
    TRACKED_GROUPS,
    actor_mentions,
    mission_theaters,
    own_country,
    place_country,
    place_mentions,
    place_role,
    update_speaker,
    without_negated,
)
from .numbers import find_quantities
from .rulefile import detect_lang
from .sentences import split_clauses, split_sentences
from .sites import (
    find_sites,
    with_country,
    without_dateline_places,
    without_namesakes,
    without_person_names,
    without_place_adjectives,
)
from .table import COLUMNS, to_frame
from .text import plain_hashtags
from .windows import windows


def extract_document(doc: Document) -> list[dict]:
    """All claims of one document, as rows with the claims table's columns (a long one window by window)."""
    lang = doc.lang or detect_lang(doc.text)
    text = plain_hashtags(doc.text)
    claims = [claim for window in windows(text, doc.path or doc.doc_id)
              for claim in window.own(_claims(window.text(text), doc, lang))]
    return _rows(doc, lang, _dedupe(claims))


def _claims(text: str, doc: Document, lang: str) -> list[Claim]:
    """The claims of `text` (the document or one window of it), offsets into `text`."""
    ctx = _context(doc, lang)
    claims: list[Claim] = []
    sentences = _sentences(text, lang, ctx)
    rows = table_rows(sentences, ctx)
    for i, sentence in enumerate(sentences):
        if i in rows:
            claims.append(rows[i])
            continue
        found = claims_from_sentence(sentence, ctx, sentence.dates_in) if is_candidate(sentence) else []
        claims.extend(found)
        _remember(sentence, found, ctx)
    return claims


def _remember(sentence: Sentence, found: list[Claim], ctx: DocContext) -> None:
    """What a later sentence may refer back to: who spoke, the last claim's actor and country, the last base
    named ("the base", "القاعدة")."""
    update_speaker(sentence, ctx)
    for claim in found:
        ctx.last_actor, ctx.last_country = claim.actor, claim.country
    moves = [c for c in found if c.claim_type in ("withdrawal", "deployment")]
    ctx.last_move = (moves[-1].claim_type, moves[-1].status) if moves else ("", "")
    dated = [c for c in found if c.date_source == "text"]
    ctx.last_date = (dated[-1].date, dated[-1].date_precision) if dated else ("", "")
    named = [m.entry.code for m in place_mentions(sentence) if is_site(m.entry)]
    ctx.last_base = next((c.base for c in reversed(found) if c.base), named[-1] if named else ctx.last_base)


def extract_text(text: str, published: str = "", lang: str | None = None, doc_id: str = "doc") -> pd.DataFrame:
    """Claims of one text as a DataFrame: the simplest way in, for notebooks and tests."""
    doc = Document(doc_id=doc_id, text=text, published=published, lang=lang or "")
    return to_frame(extract_document(doc))


def _context(doc: Document, lang: str) -> DocContext:
    parsed = parse_published(doc.published) if doc.published else None
    published = parsed[0].isoformat() if parsed else ""
    return DocContext(lang=lang, published=published, published_precision=parsed[1] if parsed else "",
                      gazetteer=load_gazetteer(), cues=load_cues(lang), published_raw=doc.published)


def _sentences(text: str, lang: str, ctx: DocContext):
    """Sentences with their numbers, mentions and cues, offsets made relative to each sentence."""
    quantities = find_quantities(text, lang)
    mentions = without_place_adjectives(text, without_namesakes(text, without_negated(text, ctx.gazetteer.find(text))))
    mentions = without_person_names(text, without_dateline_places(text, mentions))
    mentions = sorted(mentions + find_sites(text, mentions), key=lambda m: (m.start, m.end))
    dates = {tense: _ByStart(found) for tense, found in find_dates_by_tense(text, lang, ctx.published_raw).items()}
    quantities, mentions = _ByStart(quantities), _ByStart(mentions)   # dates read once, in both tenses
    sentences = []
    for span in split_sentences(text):
        sub = text[span.start:span.end]
        sentences.append(Sentence(
            text=sub, offset=span.start,
            quantities=quantities.within(span.start, span.end),
            mentions=mentions.within(span.start, span.end),
            dates={tense: found.within(span.start, span.end) for tense, found in dates.items()},
            cue_spans=find_cue_spans(sub, ctx.cues),
            clauses=[(c.start - span.start, c.end - span.start) for c in split_clauses(text, span)],
        ))
    _set_defaults(sentences, ctx)
    _place_new_sites(sentences, ctx)
    return sentences


class _ByStart:
    """Items (quantities, mentions, dates) sorted by start, to take those of one sentence at a time."""

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def within(self, start: int, end: int) -> list:
        """The items inside [start, end), offsets made relative to `start`."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [item.shifted(-start) for item in self.items[first:last] if item.end <= end] if first < last else []


def _place_new_sites(sentences: list[Sentence], ctx: DocContext) -> None:
    """A site the gazetteer does not know is in the country its sentence names as a place, else the host; not
    in a destination's country ("withdrew from Camp X to Kuwait"), and in none when forces leave it for the host
    ("took off from Ulyanovsk airfield towards Karabakh": where they come from is not where they go)."""
    for sentence in sentences:
        if not any(m.entry.kind == "base" and not m.entry.country for m in sentence.mentions):
            continue
        places = [m for m in place_mentions(sentence) if place_country(m)]
        goals = {place_country(m) for m in places if place_role(sentence, m) == "to"}
        countries = [place_country(m) for m in places if place_country(m) not in goals]
        country = countries[0] if countries else "" if ctx.default_country in goals else ctx.default_country
        sentence.mentions = [with_country(m, country) if m.entry.kind == "base" and not m.entry.country else m
                             for m in sentence.mentions]
        sentence.cache.clear()


def _set_defaults(sentences: list[Sentence], ctx: DocContext) -> None:
    """The document's host country (the place it names most) and its usual foreign actor."""
    places: Counter[str] = Counter()
    mentioned: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    forces: Counter[str] = Counter()
    as_forces: Counter[str] = Counter()   # actors named as forces ("U.S. forces"), not only as parties
    for sentence in sentences:
        for m in place_mentions(sentence):
            if place_country(m):
                places[place_country(m)] += 1
        for m in sentence.mentions:
            if m.entry.kind == "country":
                mentioned[m.entry.code] += 1
        for country in mission_theaters(sentence):
            places[country] += 1   # "KFOR troops": Kosovo, though the article may never name it
        for m in actor_mentions(sentence):
            if getattr(m.entry, "group", "state") in TRACKED_GROUPS or getattr(m.entry, "country", ""):
                actors[m.entry.code] += 1   # an armed group with a home country may be the article's forces abroad
                named = _names_forces(sentence, m)
                forces[m.entry.country] += named
                as_forces[m.entry.code] += named
    # A host is named as a place, and rarely as whose forces: "U.S. troops ... focus on America" is not
    # about forces in the United States. sorted() is stable: ties keep the order of first mention.
    ranked = sorted(dict.fromkeys([*places, *mentioned]), key=lambda c: (
        2 * places[c] + (mentioned[c] if places[c] else mentioned[c] / 2) - 2 * forces[c], places[c]), reverse=True)
    ctx.default_country = ranked[0] if ranked else ""
    ranked_actors = actors + as_forces + as_forces   # named as forces counts thrice: "U.S. forces", not "China"
    foreign = [code for code, _ in ranked_actors.most_common() if own_country(ctx, code) != ctx.default_country]
    # named as forces first ("U.S. forces"), then most named: not "tensions between China and the ally"
    ctx.default_actor = foreign[0] if foreign else ""
    for sentence in sentences:
        if sentence.cache.get("host_used") and sentence.host != ctx.default_country:
            sentence.cache.clear()   # the host decided whether "800 from X", "قوات من X" names who or where
        sentence.host = ctx.default_country


def _names_forces(sentence: Sentence, m) -> bool:
    """A state named as whose forces: "U.S. troops", "القوات الأمريكية" (force word right beside it)."""
    return m.form != "metonym" and any(0 <= s - m.end <= 3 or 0 <= m.start - e <= 3 for s, e in sentence.cues("force"))


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Keep the first of claims that say the same thing; an undated one adds nothing to a dated twin."""
    dated = {(c.claim_type, c.actor, c.country, c.base, c.value) for c in claims if c.date}
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.claim_type, c.actor, c.country, c.base, c.value)
        if (not c.date and key in dated) or (key, c.date) in seen:
            continue
        seen.add((key, c.date))
        out.append(c)
    return out


def _rows(doc: Document, lang: str, claims: list[Claim]) -> list[dict]:
    rows = []
    for i, claim in enumerate(claims, 1):
        row = {col: "" for col in COLUMNS}
        row.update(vars(claim), evidence=doc.text[claim.start:claim.end])   # as written, hashtags and all
        row.update(claim_id=f"{doc.doc_id}:{i:03d}", doc_id=doc.doc_id, published=doc.published, lang=lang,
                   title=doc.title, source=doc.source, url=doc.url, source_file=doc.path,
                   published_from=doc.published_from)
        rows.append(row)
    return rows
