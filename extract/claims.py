"""The rules that turn one sentence into claims.

A sentence gives claims in three ways:
1. a number of personnel (`2,500 US troops in Iraq`) -> troop_count, troop_target, withdrawal or
   deployment, decided by the cue words around it and by `from ... to ...` links;
2. a withdrawal, deployment or presence cue with no number (`withdrawal from Ain al-Asad and Baghdad`)
   -> one claim per place named after it;
3. a `by`/`until`/`end of` date next to a withdrawal, mission-end or extension cue -> a deadline.
Who (actor) and where (country, base) come from gazetteer mentions, preferring the ones nearest the
number or cue; the document context fills in what a sentence leaves implicit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from .cues import Cues
from .gazetteer import Gazetteer, Mention
from .numbers import Quantity
from .text import fold

NOT_PERSONNEL = {"money", "percent", "year", "casualties", "attacks", "countries", "equipment", "time", "date", "other"}
TRIGGER_TYPES = ("withdrawal", "deployment", "presence")
STATUS_CUES = ("planned", "demanded", "proposed", "reported")
DEFAULT_STATUS = {"troop_count": "reported", "presence": "reported", "withdrawal": "reported",
                  "deployment": "reported", "troop_target": "planned", "deadline": "planned"}
STATUS_WINDOW = 90      # characters before a claim's anchor in which a status cue governs it
TRIGGER_WINDOW = 70     # characters before a number in which a withdrawal/deployment cue types it
ACTOR_AFTER_WINDOW = 45  # "1,200 of the coalition forces", "900 US troops": actor right after the number
_LOCATION_BEFORE = re.compile(r"(?:^|\s)(?:في|الى|داخل|قرب|اراضي|ارض|in|into|at|to|inside|across|on|near|soil of|territory of)\s*$")
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:من|from|out of)\s*$")
_ATTACHED_BI = re.compile(r"^(?:و?ب|و?بال|فب)")


@dataclass
class Claim:
    """One dated claim, in the columns of the claims table (offsets relative to the document)."""

    claim_type: str
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
    status: str = "reported"
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
    speaker: str = ""


@dataclass
class Sentence:
    """One sentence with everything found in it; all offsets relative to `text`."""

    text: str
    offset: int
    quantities: list[Quantity]
    mentions: list[Mention]
    dates: list  # list[DateMention], found lazily per tense by the caller
    cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    clauses: list[tuple[int, int]] = field(default_factory=list)

    def cues(self, category: str) -> list[tuple[int, int]]:
        return self.cue_spans.get(category, [])

    def clause_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= pos < end:
                return start, end
        return 0, len(self.text)


def find_cue_spans(text: str, cues: Cues) -> dict[str, list[tuple[int, int]]]:
    """All cue categories found in `text`, as spans of the original text."""
    folded = fold(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    for category in cues.patterns:
        found = cues.find(category, folded.text)
        if found:
            spans[category] = [folded.span(s, e) for s, e in found]
    return spans


def is_candidate(sentence: Sentence) -> bool:
    """Cheap test: could this sentence hold a claim at all?"""
    has = sentence.cue_spans
    return bool(has.get("force") or has.get("base_word") or any(has.get(t) for t in TRIGGER_TYPES)
                or has.get("mission_end") or has.get("extension"))


# ---------------------------------------------------------------- mentions: who and where

def _before(text: str, pos: int, width: int = 16) -> str:
    return fold(text[max(0, pos - width):pos]).text


def is_location(sentence: Sentence, m: Mention) -> bool:
    """Whether a mention names a place (in/at/to X, X's soil) rather than whose forces."""
    if m.entry.kind == "base":
        return True
    surface = fold(sentence.text[m.start:m.end]).text
    if _ATTACHED_BI.match(surface) and not fold(m.entry.name_ar).text.startswith("ب"):
        return True
    head = _before(sentence.text, m.start)
    if head.endswith("ب") and (len(head) < 2 or not head[-2].isalpha()):
        return True
    if _LOCATION_BEFORE.search(head):
        return True
    if _FROM_BEFORE.search(head):
        return not _number_right_before(sentence, m.start - len(head) + head.rstrip().rfind(" ") + 1)
    return m.form == "adjective" and bool(re.search(r"(?:قاعده|قواعد|اراضي|ارض|bases?|soil)\S*\s*$", head))


def _number_right_before(sentence: Sentence, pos: int) -> bool:
    """True when a quantity ends just before `pos` ("800 من الولايات المتحدة": partitive, not 'from')."""
    return any(0 <= pos - q.end <= 12 for q in sentence.quantities)


def actor_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that can say whose forces: actors, and country names not used as places."""
    out = []
    for m in sentence.mentions:
        if m.entry.kind == "actor" and not (m.form in ("name", "metonym") and is_location(sentence, m)):
            out.append(m)
    return out


def place_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that can say where: bases, and countries used as places."""
    out = []
    for m in sentence.mentions:
        if m.entry.kind == "base":
            out.append(m)
        elif m.entry.kind == "country" and (is_location(sentence, m) or not _has_actor_at(sentence, m)):
            out.append(m)
        elif m.entry.kind == "actor" and m.form == "adjective" and m.entry.country and is_location(sentence, m):
            out.append(m)
    return out


def _has_actor_at(sentence: Sentence, m: Mention) -> bool:
    return any(o.entry.kind == "actor" and o.start == m.start for o in sentence.mentions)


def _actor_code(m: Mention) -> str:
    return m.entry.code


def _place_country(m: Mention) -> str:
    return m.entry.country if m.entry.kind in ("base", "actor") else m.entry.code


def _nearest(mentions: Iterable[Mention], pos: int, lo: int, hi: int) -> list[Mention]:
    """Mentions inside [lo, hi), nearest to `pos` first (ties: the one after)."""
    inside = [m for m in mentions if lo <= m.start < hi]
    return sorted(inside, key=lambda m: (min(abs(m.start - pos), abs(m.end - pos)), m.start < pos))


def pick_actor(sentence: Sentence, start: int, end: int, ctx: DocContext, country: str = "") -> tuple[str, bool]:
    """The actor of a claim anchored at [start, end): (code, found_in_sentence)."""
    lo, hi = sentence.clause_of(start)
    actors = [m for m in actor_mentions(sentence) if not _is_own_forces(m, country)]
    after = [m for m in actors if end <= m.start <= end + ACTOR_AFTER_WINDOW and m.start < hi]
    if after:
        return _actor_code(min(after, key=lambda m: m.start)), True
    first_person = [s for s, _ in sentence.cues("first_person") if s < start]
    if first_person and ctx.speaker:
        return ctx.speaker, True
    for lo_, hi_ in ((lo, hi), (0, len(sentence.text))):
        near = _nearest(actors, start, lo_, hi_)
        if near:
            return _actor_code(near[0]), True
    fallback = ctx.last_actor or ctx.default_actor
    return (fallback, False) if fallback != country else ("", False)


def _is_own_forces(m: Mention, country: str) -> bool:
    """A state's forces in its own country are not foreign presence."""
    return bool(country) and m.entry.country == country and m.entry.code == country


def pick_places(sentence: Sentence, start: int, end: int, ctx: DocContext,
                stop: int | None = None, many: bool = False) -> list[tuple[str, str, Mention | None]]:
    """Places (country, base, mention) a claim anchored at [start, end) is about.

    With `many`, every place listed after the anchor up to `stop` ("from Ain al-Asad and Baghdad").
    """
    lo, hi = sentence.clause_of(start)
    places = place_mentions(sentence)
    if many:
        listed = [m for m in places if end <= m.start < (stop if stop is not None else hi)]
        listed = _drop_covered_countries(listed)
        if listed:
            return [(_place_country(m), m.entry.code if m.entry.kind == "base" else "", m) for m in listed]
    for lo_, hi_ in ((lo, hi), (0, len(sentence.text))):
        after = [m for m in places if end <= m.start < hi_]
        near = after[:1] or _nearest(places, start, lo_, hi_)
        if near:
            m = near[0]
            return [(_place_country(m), m.entry.code if m.entry.kind == "base" else "", m)]
    country = ctx.last_country or ctx.default_country
    return [(country, "", None)] if country else []


def _drop_covered_countries(mentions: list[Mention]) -> list[Mention]:
    """In a list of places, a country already implied by a listed base adds nothing."""
    base_countries = {m.entry.country for m in mentions if m.entry.kind == "base"}
    seen: set[tuple[str, str]] = set()
    out = []
    for m in mentions:
        key = (m.entry.kind, m.entry.code)
        if key in seen or (m.entry.kind != "base" and _place_country(m) in base_countries):
            continue
        seen.add(key)
        out.append(m)
    return out


# ---------------------------------------------------------------- status, type, dates

def pick_status(sentence: Sentence, anchor: int, claim_type: str) -> str:
    """The status cue nearest before the anchor (the anchor's own word included) governs the claim."""
    best: tuple[int, str] | None = None
    for status in STATUS_CUES:
        for s, e in sentence.cues(status):
            if s <= anchor + 2 and anchor - s <= STATUS_WINDOW:
                if best is None or s > best[0]:
                    best = (s, status)
    if best is None:
        return DEFAULT_STATUS[claim_type]
    if claim_type == "troop_count" and best[1] == "planned":
        return "reported"
    return best[1]


def number_type(sentence: Sentence, q: Quantity) -> str:
    """Which claim type a number of personnel makes, from its link and the cues around it."""
    if q.link == "to":
        return "troop_target"
    if q.link == "from":
        return "troop_count"
    lo, hi = sentence.clause_of(q.start)
    if _cue_near(sentence, "only_left", q.start, 30, 0):
        return "troop_count"
    if _cue_near(sentence, "remain", q.start, 40, 60, lo, hi):
        return "troop_target"
    trigger = _nearest_trigger(sentence, q.start, lo)
    if trigger:
        return trigger
    after = [(s, t) for t in ("withdrawal", "deployment") for s, _ in sentence.cues(t) if q.end <= s <= q.end + 40]
    if after:
        return min(after)[1]
    return "troop_count"


def _cue_near(sentence: Sentence, category: str, pos: int, before: int, after: int,
              lo: int = 0, hi: int | None = None) -> bool:
    hi = len(sentence.text) if hi is None else hi
    return any(max(lo, pos - before) <= s <= min(hi, pos + after) for s, _ in sentence.cues(category))


def _nearest_trigger(sentence: Sentence, pos: int, lo: int) -> str:
    """The withdrawal/deployment cue nearest before `pos`, within the clause and a short window."""
    best: tuple[int, str] | None = None
    for kind in ("withdrawal", "deployment"):
        for s, _ in sentence.cues(kind):
            if max(lo, pos - TRIGGER_WINDOW) <= s < pos and (best is None or s > best[0]):
                best = (s, kind)
    if best and any(best[0] < s < pos for s, _ in sentence.cues("count")):
        return ""
    return best[1] if best else ""


def pick_date(dates: list, start: int, end: int, lo: int, hi: int, relation: str | None = None):
    """The date mention nearest the anchor, in its clause first, then in the sentence."""
    pool = [d for d in dates if relation is None or d.relation == relation]
    for lo_, hi_ in ((lo, hi), (0, 10 ** 9)):
        inside = [d for d in pool if lo_ <= d.start < hi_]
        if inside:
            return min(inside, key=lambda d: min(abs(d.start - end), abs(d.end - start)))
    return None


def _relative_clause_between(text: str, a: int, b: int) -> bool:
    """A relative pronoun between anchor and date means the date belongs to something else."""
    lo, hi = sorted((a, b))
    return bool(re.search(r"(?:^|\s)(?:الذي|التي|الذين|اللذين|which|that|who|when)(?:\s|$)", fold(text[lo:hi]).text))


def assign_date(claim: Claim, sentence: Sentence, start: int, end: int, ctx: DocContext, dates_for) -> Claim:
    """Date a claim from the text near its anchor, else (for facts) from the publication date."""
    lo, hi = sentence.clause_of(start)
    tense = "past" if claim.status == "reported" else "future"
    dates = [d for d in dates_for(tense) if not _relative_clause_between(sentence.text, start, d.start)]
    if claim.claim_type in ("troop_count", "presence"):
        dates = [d for d in dates if d.relation != "since" and abs(d.start - start) <= 80]
    if claim.claim_type == "deadline":
        dates = [d for d in dates if d.relation == "by"]
    d = pick_date(dates, start, end, lo, hi)
    if d is not None:
        return replace(claim, date=d.date, date_precision=d.precision, date_source="text")
    if claim.claim_type in ("troop_count", "presence") or (
            claim.status == "reported" and claim.claim_type in ("withdrawal", "deployment")):
        if ctx.published:
            return replace(claim, date=ctx.published, date_precision=ctx.published_precision, date_source="published")
    return claim


def attribution(sentence: Sentence) -> str:
    """Who made the claim, as written: the words after 'spokesperson of', 'according to', ..."""
    for s, e in sentence.cues("attribution"):
        tail = sentence.text[e:e + 80]
        words = re.split(r"[,،.:\"“”«»()]", tail)[0].split()[:5]
        if words:
            return (sentence.text[s:e] + " " + " ".join(words)).strip()
    return ""


def _base_claim(sentence: Sentence, claim_type: str, actor: str, country: str, base_mention: Mention | None,
                status: str) -> Claim:
    entry = base_mention.entry if base_mention is not None and base_mention.entry.kind == "base" else None
    return Claim(
        claim_type=claim_type, actor=actor, country=country, base=entry.code if entry else "",
        status=status, evidence=sentence.text, start=sentence.offset, end=sentence.offset + len(sentence.text),
        lat=entry.lat if entry else None, lon=entry.lon if entry else None,
        attributed_to=attribution(sentence),
    )


def number_claims(sentence: Sentence, ctx: DocContext, dates_for) -> tuple[list[Claim], set[int]]:
    """Claims carrying a number of personnel; also the trigger cues they used up."""
    claims: list[Claim] = []
    consumed: set[int] = set()
    casualty_sentence = bool(sentence.cues("casualty"))
    for q in sentence.quantities:
        if q.vague or q.unit in NOT_PERSONNEL or q.value <= 0:
            continue
        if q.unit != "personnel" and (casualty_sentence or not sentence.cues("force") or q.value < 20):
            continue
        claim_type = number_type(sentence, q)
        places = pick_places(sentence, q.start, q.end, ctx)
        country, base, mention = places[0] if places else ("", "", None)
        actor, _ = pick_actor(sentence, q.start, q.end, ctx, country)
        if not actor or not country or actor == country:
            continue
        status = pick_status(sentence, q.start, claim_type)
        claim = _base_claim(sentence, claim_type, actor, country, mention, status)
        claim = replace(claim, value=q.value, value_min=q.value_min, value_max=q.value_max, qualifier=q.qualifier)
        claims.append(assign_date(claim, sentence, q.start, q.end, ctx, dates_for))
        consumed.update(s for kind in ("withdrawal", "deployment", "presence", "remain")
                        for s, _ in sentence.cues(kind) if q.start - TRIGGER_WINDOW <= s <= q.end + 40)
    return claims, consumed


def _triggers(sentence: Sentence, consumed: set[int]) -> list[tuple[int, int, str]]:
    """Withdrawal, deployment and presence cues not used by a number, in text order.

    A presence cue right after a withdrawal/deployment/extension cue is its object
    ("reducing the presence", "extend the stay") and does not count on its own.
    """
    movers = [s for kind in ("withdrawal", "deployment", "extension", "mission_end") for s, _ in sentence.cues(kind)]
    found = []
    for kind in TRIGGER_TYPES:
        for s, e in sentence.cues(kind):
            if s in consumed:
                continue
            if kind == "presence" and any(0 < s - m <= 25 for m in movers):
                continue
            found.append((s, e, kind))
    return sorted(found)


def trigger_claims(sentence: Sentence, ctx: DocContext, consumed: set[int], dates_for) -> list[Claim]:
    """Claims from withdrawal/deployment/presence cues with no number: one per place named."""
    claims: list[Claim] = []
    triggers = _triggers(sentence, consumed)
    by_dates = [d for d in dates_for("future") if d.relation == "by"]
    for i, (s, e, kind) in enumerate(triggers):
        lo, hi = sentence.clause_of(s)
        if kind == "withdrawal" and any(lo <= d.start < hi and d.start > s for d in by_dates):
            continue  # becomes a deadline
        stop = next((t[0] for t in triggers[i + 1:] if t[2] != kind), hi)
        places = pick_places(sentence, s, e, ctx, stop=stop, many=True)
        for country, base, mention in places:
            actor, in_sentence = pick_actor(sentence, s, e, ctx, country)
            if not actor or not country or actor == country or not in_sentence:
                continue
            if not (sentence.cues("force") or base or _actor_right_after(sentence, e)):
                continue
            status = pick_status(sentence, s, kind)
            claim = _base_claim(sentence, kind, actor, country, mention, status)
            claims.append(assign_date(claim, sentence, s, e, ctx, dates_for))
    return claims


def _actor_right_after(sentence: Sentence, pos: int) -> bool:
    return any(pos <= m.start <= pos + 25 for m in actor_mentions(sentence))


def deadline_claims(sentence: Sentence, ctx: DocContext, consumed: set[int], dates_for) -> list[Claim]:
    """A by/until/end-of date governed by a withdrawal, mission-end or extension cue."""
    claims: list[Claim] = []
    cue_starts = sorted((s, e) for kind in ("withdrawal", "mission_end", "extension")
                        for s, e in sentence.cues(kind) if s not in consumed)
    if not cue_starts:
        return claims
    for d in dates_for("future"):
        if d.relation != "by":
            continue
        before = [(s, e) for s, e in cue_starts if s < d.start]
        if not before:
            continue
        s, e = before[-1]
        places = pick_places(sentence, s, e, ctx, stop=d.start, many=True)
        for country, base, mention in places:
            actor, in_sentence = pick_actor(sentence, s, e, ctx, country)
            if not actor or not country or actor == country:
                continue
            status = pick_status(sentence, s, "deadline")
            claim = _base_claim(sentence, "deadline", actor, country, mention, status)
            claims.append(replace(claim, date=d.date, date_precision=d.precision, date_source="text"))
    return claims


def claims_from_sentence(sentence: Sentence, ctx: DocContext, dates_for) -> list[Claim]:
    """Every claim one sentence makes; `dates_for(tense)` gives its date mentions."""
    numbered, consumed = number_claims(sentence, ctx, dates_for)
    return numbered + trigger_claims(sentence, ctx, consumed, dates_for) + deadline_claims(
        sentence, ctx, consumed, dates_for)


def update_speaker(sentence: Sentence, ctx: DocContext) -> None:
    """Remember who speaks ("the Pentagon spokesman said") for a later "we are in Syria"."""
    for s, e in sentence.cues("attribution"):
        after = [m for m in actor_mentions(sentence) if e <= m.start <= e + 30]
        if after:
            ctx.speaker = after[0].entry.code
            return
