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
TRIGGER_TYPES = ("withdrawal", "deployment", "presence", "presence_noun", "presence_stay")
STATUS_CUES = ("planned", "demanded", "proposed", "reported")
DEFAULT_STATUS = {"troop_count": "reported", "presence": "reported", "withdrawal": "reported",
                  "deployment": "reported", "troop_target": "planned", "deadline": "planned"}
STATUS_WINDOW = 90      # characters before a claim's anchor in which a status cue governs it
TRIGGER_WINDOW = 70     # characters before a number in which a withdrawal/deployment cue types it
MIN_BARE_NUMBER = 50    # a number with no unit word is read as personnel only from this size
ACTOR_AFTER_WINDOW = 45  # "1,200 of the coalition forces", "900 US troops": actor right after the number


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
    published_raw: str = ""   # as given: "2024", "2024-09" or "2024-09-06"


@dataclass
class Sentence:
    """One sentence with everything found in it; all offsets relative to `text`."""

    text: str
    offset: int
    quantities: list[Quantity]
    mentions: list[Mention]
    dates: list  # list[DateMention] in the past tense; other tenses are found on demand
    cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    cache: dict = field(default_factory=dict)
    host: str = ""          # the document's usual host country

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
    return {category: [folded.span(s, e) for s, e in found] for category, found in cues.find_all(folded.text).items()}


def is_candidate(sentence: Sentence) -> bool:
    """Cheap test: could this sentence hold a claim at all?"""
    has = sentence.cue_spans
    return bool(has.get("force") or has.get("base_word") or any(has.get(t) for t in TRIGGER_TYPES)
                or has.get("mission_end") or has.get("extension"))


# ---------------------------------------------------------------- mentions: who and where

_JOINED = re.compile(r"^\s*(?:,|and|and its|and their|as well as|و|ومعها|وحلفاؤها)?\s*$")
_GAP_OK = re.compile(r"^[\s\"'“”«»()\[\]\-–—,،]*(?:و|او|and|or|,)?[\s\"'“”«»()\[\]\-–—]*$")
TRACKED_GROUPS = {"state", "alliance", "coalition"}   # who can have a presence, withdrawal or deployment


def _before(text: str, pos: int, width: int = 16) -> str:
    return fold(text[max(0, pos - width):pos]).text


def _cue_right_before(sentence: Sentence, category: str, pos: int, slack: int = 2) -> bool:
    """Whether a cue of `category` ends just before `pos` (white space, quotes, or up to `slack` characters)."""
    return any(0 <= pos - e <= slack + 1 and (slack > 2 or not sentence.text[e:pos].strip(" \"'“”«»(,،"))
               for _, e in sentence.cues(category))


def _prep_kind(sentence: Sentence, m: Mention) -> str:
    """'loc' after in/at/to, an attached ب or a verb of place (leave X); 'from' after from/من; else ''."""
    attached = re.split(r"\s", _before(sentence.text, m.start))[-1]
    if attached in ("ب", "وب", "فب"):
        return "loc"
    if _cue_right_before(sentence, "location_prep", m.start) or _cue_right_before(sentence, "place_verbs", m.start):
        return "loc"
    if _cue_right_before(sentence, "from_prep", m.start):
        word_start = max(e for _, e in sentence.cues("from_prep") if e <= m.start) - 3
        partitive = _number_right_before(sentence, word_start) and _place_country(m) != sentence.host
        return "" if partitive else "from"
    return ""


def _number_right_before(sentence: Sentence, pos: int) -> bool:
    """True when a quantity (and its unit word) ends just before `pos`: "800 من الولايات المتحدة"."""
    return any(0 <= pos - q.end <= 14 for q in sentence.quantities)


def _force_next_to(sentence: Sentence, m: Mention) -> bool:
    """An adjective names an actor only beside a force or state word ("القوات الأمريكية", "US officials")."""
    return any(0 <= m.start - e <= 12 or 0 <= s - m.end <= 12
               for category in ("force", "state_organ", "base_word") for s, e in sentence.cues(category))


def roles(sentence: Sentence) -> dict[int, str]:
    """For each mention (by position in `sentence.mentions`): 'actor', 'place' or '' (neither)."""
    if "roles" in sentence.cache:
        return sentence.cache["roles"]
    out: dict[int, str] = {}
    previous_place: Mention | None = None
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(sentence.mentions):
        by_span.setdefault((m.start, m.end), []).append(i)
    for (start, end), idxs in sorted(by_span.items()):
        ms = [sentence.mentions[i] for i in idxs]
        prep = _prep_kind(sentence, ms[0])
        if not prep and previous_place is not None and _GAP_OK.match(
                fold(sentence.text[previous_place.end:start]).text) and not _starts_with_actor_word(ms):
            prep = "loc"
        base_words = any(0 <= start - e <= 12 for _, e in sentence.cues("soil_word"))
        place_found = False
        for i, m in zip(idxs, ms):
            kind = m.entry.kind
            if kind == "base":
                role = "place" if prep or not any(o.entry.kind == "actor" for o in ms) else ""
            elif kind == "country":
                role = "place" if prep or not any(o.entry.kind == "actor" for o in ms) else ""
            elif m.form == "adjective":
                role = "place" if base_words and m.entry.country else ("actor" if _force_next_to(sentence, m) else "")
            elif prep and any(o.entry.kind in ("country", "base") for o in ms):
                role = ""
            else:
                role = "" if _indirect_object(sentence, m) else "actor"
            out[i] = role
            place_found = place_found or role == "place"
        if place_found:
            previous_place = ms[0]
        elif any(out[i] == "actor" for i in idxs):
            previous_place = None
    sentence.cache["roles"] = out
    return out


def _indirect_object(sentence: Sentence, m: Mention) -> bool:
    """A state name with an attached ل ("الموالية لإيران", "for Washington") is not who acts."""
    attached = re.split(r"\s", _before(sentence.text, m.start))[-1]
    return attached in ("ل", "ول", "فل") and getattr(m.entry, "group", "") == "state"


def _starts_with_actor_word(ms: list[Mention]) -> bool:
    return all(m.entry.kind == "actor" and m.form == "adjective" for m in ms)


def actor_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that say whose forces: actors, and state names used as subjects."""
    r = roles(sentence)
    return [m for i, m in enumerate(sentence.mentions) if r.get(i) == "actor"]


def place_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that say where: bases, and countries used as places."""
    r = roles(sentence)
    return [m for i, m in enumerate(sentence.mentions) if r.get(i) == "place"]


def is_location(sentence: Sentence, m: Mention) -> bool:
    """Whether a mention names a place rather than whose forces."""
    return m in place_mentions(sentence)


def _place_country(m: Mention) -> str:
    return m.entry.country if m.entry.kind in ("base", "actor") else m.entry.code


def _own_country(ctx: DocContext, actor: str) -> str:
    entry = ctx.gazetteer.actor(actor)
    return entry.country if entry is not None else ""


def _gap_is_noun_phrase(sentence: Sentence, a: int, b: int) -> bool:
    """Between a number (or cue) and an actor: a few words, no preposition of place, no punctuation."""
    gap = sentence.text[a:b]
    if re.search(r"[,.;:!?،؛]", gap) or len(gap.split()) > 6:
        return False
    return not any(a <= s and e <= b for s, e in sentence.cues("gap_stop"))


def pick_actor(sentence: Sentence, start: int, end: int, ctx: DocContext, window: int = ACTOR_AFTER_WINDOW,
               tracked_only: bool = False, clause_only: bool = False) -> tuple[str, bool]:
    """The actor of a claim anchored at [start, end): (code, found_in_sentence)."""
    lo, hi = sentence.clause_of(start)
    actors = [m for m in actor_mentions(sentence) if not _domestic(m, sentence.host)]
    if tracked_only:
        actors = [m for m in actors if getattr(m.entry, "group", "") in TRACKED_GROUPS]
    after = [m for m in actors if end <= m.start <= end + window and _gap_is_noun_phrase(sentence, end, m.start)]
    if after:
        return after[0].entry.code, True
    if ctx.speaker and any(s < start for s, _ in sentence.cues("first_person")):
        return ctx.speaker, True
    subject = [m for m in actors if 0 <= start - m.end <= 12]
    if clause_only and not subject and ctx.default_actor and _force_right_after(sentence, end):
        return ctx.default_actor, True   # "withdrawal of the forces": the article's own foreign forces
    for whole, (lo_, hi_) in ((False, (lo, hi)), (True, (0, len(sentence.text)))):
        before = [m for m in actors if lo_ <= m.start < start]
        later = [m for m in actors if end <= m.start < hi_ and not _cue_right_before(sentence, "location_prep", m.start, 12)]
        if clause_only and whole:   # outside its clause, only a named force, not a bare state name
            before, later = [m for m in before if not _bare_state_name(m)], []
        if before:
            return before[-1].entry.code, True
        if later:
            return later[0].entry.code, True
    if clause_only and ctx.default_actor and _cue_near(sentence, "force", start, 30, 30):
        return ctx.default_actor, True   # "the departing soldiers will be redeployed to Poland"
    return ctx.last_actor or ctx.default_actor, False


def _domestic(m: Mention, host: str) -> bool:
    """A state's own forces at home (Iraqi forces in an article about Iraq) are not foreign presence."""
    return bool(host) and getattr(m.entry, "group", "") == "state" and m.entry.country == host


def _bare_state_name(m: Mention) -> bool:
    return m.form == "name" and getattr(m.entry, "group", "") == "state"


def _force_right_after(sentence: Sentence, pos: int) -> bool:
    """A force word right after a cue, perhaps after one word ("withdrawal of the forces", "الانسحاب التدريجي للقوات")."""
    return any(0 <= s - pos <= 14 and len(sentence.text[pos:s].split()) <= 2 for s, _ in sentence.cues("force"))


def pick_places(sentence: Sentence, start: int, end: int, ctx: DocContext, actor: str,
                stop: int | None = None, many: bool = False, only_before: bool = False
                ) -> list[tuple[str, str, Mention | None]]:
    """Places (country, base, mention) a claim anchored at [start, end) is about.

    With `many`, every place listed after the anchor up to `stop` ("from Ain al-Asad and Baghdad").
    A state's own country is never where its forces are deployed abroad.
    """
    own = _own_country(ctx, actor)
    lo, hi = sentence.clause_of(start)
    places = [m for m in place_mentions(sentence) if _place_country(m) != own]
    if many and not only_before:
        listed = _drop_covered_countries(_chain(places, end, stop if stop is not None else hi))
        if listed:
            return [_place(m) for m in listed]
    for lo_, hi_ in ((lo, hi), (0, len(sentence.text))):
        after = [] if only_before else [m for m in places if end <= m.start < hi_]
        before = [m for m in places if lo_ <= m.start < start]
        if after or before:
            return [_place(after[0] if after else before[-1])]
    entry = ctx.gazetteer.actor(actor)
    home = own if entry is not None and getattr(entry, "group", "") == "armed_group" else ""
    country = next((c for c in (home, ctx.default_country, ctx.last_country) if c and (c != own or c == home)), "")
    return [(country, "", None)] if country else []


def _chain(places: list[Mention], start: int, stop: int) -> list[Mention]:
    """Places listed after `start`: those before `stop`, and any that follow the list closely
    across a comma ("in Chad's capital, N'Djamena")."""
    chain = [m for m in places if start <= m.start < stop]
    for m in places:
        if chain and m.start >= stop and 0 <= m.start - chain[-1].end <= 12:
            chain.append(m)
    return chain


def _place(m: Mention) -> tuple[str, str, Mention]:
    return _place_country(m), m.entry.code if m.entry.kind == "base" else "", m


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
        after = [s for s, _ in sentence.cues("planned") if 0 < s - anchor <= 25]
        return "planned" if after and claim_type != "troop_count" else DEFAULT_STATUS[claim_type]
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
    if _cue_near(sentence, "remain", q.start, 40, 60, lo, hi) or _cue_near(sentence, "leave_behind", q.start, 25, 0):
        return "troop_target"
    if _cue_near(sentence, "reduce", q.start, TRIGGER_WINDOW + 20, 0, lo, hi) and (
            q.qualifier == "range" or _cue_right_before(sentence, "to_prep", q.start)):
        done = pick_status(sentence, q.start, "troop_target") == "reported"
        return "troop_count" if done else "troop_target"   # "already cut to 1,200" is a level reached
    trigger = _nearest_trigger(sentence, q.start, 0)
    if trigger == "deployment" and _cue_near(sentence, "sent_home", q.end, 0, 60, lo, hi):
        return "withdrawal"
    if trigger:
        return trigger
    after = {t for t in ("withdrawal", "deployment") for s, e in sentence.cues(t)
             if q.end <= s <= q.end + 100 and not _negated(sentence, s) and not _inside_count_cue(sentence, s, e)}
    if after:
        return "withdrawal" if "withdrawal" in after else "deployment"
    return "troop_count"


def _cue_near(sentence: Sentence, category: str, pos: int, before: int, after: int,
              lo: int = 0, hi: int | None = None) -> bool:
    hi = len(sentence.text) if hi is None else hi
    return any(max(lo, pos - before) <= s <= min(hi, pos + after) for s, _ in sentence.cues(category))


def _nearest_trigger(sentence: Sentence, pos: int, lo: int) -> str:
    """The withdrawal/deployment cue nearest before `pos`, within the clause and a short window.

    A size word between them ("سحب قواتها البالغ عددها 4000", "a brigade of 4,800") does not break the link.
    """
    best: tuple[int, str] | None = None
    for kind in ("withdrawal", "deployment"):
        for s, e in sentence.cues(kind):
            if _inside_count_cue(sentence, s, e):
                continue
            if max(lo, pos - TRIGGER_WINDOW) <= s < pos and (best is None or s > best[0]):
                best = (s, kind)
    return best[1] if best else ""


def _inside_count_cue(sentence: Sentence, s: int, e: int) -> bool:
    """'deployed' inside 'are deployed' describes a size, not a movement."""
    return any(cs <= s and e <= ce for cs, ce in sentence.cues("count"))


def pick_date(dates: list, start: int, end: int, lo: int, hi: int, relation: str | None = None):
    """The date mention nearest the anchor, in its clause first, then in the sentence."""
    pool = [d for d in dates if relation is None or d.relation == relation]
    for lo_, hi_ in ((lo, hi), (0, 10 ** 9)):
        inside = [d for d in pool if lo_ <= d.start < hi_]
        if inside:
            return min(inside, key=lambda d: min(abs(d.start - end), abs(d.end - start)))
    return None


def _relative_clause_between(sentence: Sentence, a: int, b: int) -> bool:
    """A relative pronoun between anchor and date means the date belongs to something else."""
    lo, hi = sorted((a, b))
    return any(lo <= s and e <= hi for s, e in sentence.cues("relative"))


def _reporting_date(sentence: Sentence, d, lo: int, hi: int) -> bool:
    """A date in another clause that holds 'said'/'announced' dates the report, not the plan."""
    if lo <= d.start < hi:
        return False
    c_lo, c_hi = sentence.clause_of(d.start)
    return any(c_lo <= s < c_hi for s, _ in sentence.cues("attribution"))


def assign_date(claim: Claim, sentence: Sentence, start: int, end: int, ctx: DocContext, dates_for,
                clause_only: bool = False) -> Claim:
    """Date a claim from the text near its anchor, else (for facts) from the publication date."""
    lo, hi = sentence.clause_of(start)
    future = claim.status in ("planned", "proposed") or claim.claim_type in ("troop_target", "deadline")
    tense = "future" if future else "past"
    future_by = {d.start: d for d in dates_for("future") if d.relation == "by"}
    dates = [future_by.get(d.start, d) for d in dates_for(tense) if not _relative_clause_between(sentence, start, d.start)]
    if claim.claim_type in ("troop_count", "presence"):
        dates = [d for d in dates if d.relation not in ("since", "by") and abs(d.start - start) <= 80]
    if claim.claim_type == "deadline":
        dates = [d for d in dates if d.relation == "by"]
    if clause_only:
        dates = [d for d in dates if lo <= d.start < hi or (d.relation != "by" and d.end <= start)]
    if claim.status != "reported":
        dates = [d for d in dates if not _reporting_date(sentence, d, lo, hi)]
    if claim.status != "reported" and claim.claim_type in ("withdrawal", "deployment", "troop_target"):
        dates = [d for d in dates if d.relation == "by"] or dates   # a plan is dated by its deadline
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
        if q.unit != "personnel" and (casualty_sentence or not sentence.cues("force") or q.value < MIN_BARE_NUMBER):
            continue
        claim_type = number_type(sentence, q)
        actor, _ = pick_actor(sentence, q.start, q.end, ctx)
        places = pick_places(sentence, q.start, q.end, ctx, actor, only_before=q.link == "from")
        if q.link == "from":
            places = _partner_country(sentence, q, ctx, actor) or places
        places = _clause_bases_only(sentence, q.start, places)
        if not actor or not places:
            continue
        country, base, mention = places[0]
        if not country or actor == country:
            continue
        status = pick_status(sentence, q.start, claim_type)
        claim = _base_claim(sentence, claim_type, actor, country, mention, status)
        claim = replace(claim, value=q.value, value_min=q.value_min, value_max=q.value_max, qualifier=q.qualifier)
        claims.append(assign_date(claim, sentence, q.start, q.end, ctx, dates_for))
        if claim_type == "withdrawal" and _cue_near(sentence, "count", q.start, 30, 0):
            size = replace(claim, claim_type="troop_count", status="reported", date="", date_precision="", date_source="")
            claims.append(assign_date(size, sentence, q.start, q.end, ctx, dates_for))   # "its 4,000 troops"
        consumed.update(_cues_used_by(sentence, q))
    return claims, consumed


def _cues_used_by(sentence: Sentence, q: Quantity) -> set[int]:
    """Movement and presence cues a number has used: those near it in its clause, and the one that typed it."""
    lo, hi = sentence.clause_of(q.start)
    kinds = ("withdrawal", "deployment", "presence", "remain")
    used = {s for kind in kinds for s, _ in sentence.cues(kind)
            if max(lo, q.start - TRIGGER_WINDOW) <= s <= min(hi, q.end + 100)}
    before = [s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind)
              if q.start - TRIGGER_WINDOW <= s < q.start]
    after = [s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind) if q.end <= s <= q.end + 100]
    if before:
        used.add(max(before))
    elif after:
        used.add(min(after))
    return used


def _clause_bases_only(sentence: Sentence, pos: int, places: list) -> list:
    """A base named in another clause says which country, not that this number is at that base."""
    lo, hi = sentence.clause_of(pos)
    return [(c, b, m) if m is None or not b or lo <= m.start < hi else (c, "", None) for c, b, m in places]


def _partner_country(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str) -> list:
    """In "from about 2,000 to fewer than 500 in Erbil", the start level is country-wide, same country."""
    lo, _ = sentence.clause_of(q.start)
    if any(lo <= m.start < q.start for m in place_mentions(sentence)):
        return []
    partner = next((p for p in sentence.quantities if p.link == "to" and p.start > q.start), None)
    if partner is None:
        return []
    places = pick_places(sentence, partner.start, partner.end, ctx, actor)
    return [(places[0][0], "", None)] if places else []


def _triggers(sentence: Sentence, consumed: set[int]) -> list[tuple[int, int, str]]:
    """Withdrawal, deployment and presence cues not used by a number nor negated, in text order.

    A presence cue right after a withdrawal/deployment/extension cue is its object
    ("reducing the presence", "extend the stay") and does not count on its own. A base word with
    an actor's adjective ("the Russian bases", "US bases") is a presence cue.
    """
    movers = [s for kind in ("withdrawal", "deployment", "extension", "mission_end") for s, _ in sentence.cues(kind)]
    found = []
    for kind in TRIGGER_TYPES:
        for s, e in sentence.cues(kind):
            if s in consumed or _negated(sentence, s):
                continue
            if kind in ("presence", "presence_noun") and any(0 < s - m <= 25 for m in movers):
                continue
            if kind == "presence_stay":
                if not any(0 <= m.start - e <= 30 for m in place_mentions(sentence)):
                    continue   # "will remain committed": staying somewhere needs the somewhere
                kind = "presence"
            if kind == "presence_noun":
                if not (_cue_near(sentence, "force", e, 0, 20) or _cue_near(sentence, "state_organ", e, 0, 20)
                        or any(0 <= m.start - e <= 20 for m in actor_mentions(sentence))):
                    continue   # "وجود تعاون": the existence of something, not a presence of forces
                kind = "presence"
            found.append((s, e, kind))
    for s, e in sentence.cues("base_word"):
        adjectives = [m for m in actor_mentions(sentence) if m.form == "adjective" and (
            0 <= m.start - e <= 2 or 0 <= s - m.end <= 2)]
        if adjectives and not any(0 < s - m <= 25 for m in movers):
            found.append((s, e, "presence"))
    return sorted(found)


def _negated(sentence: Sentence, pos: int) -> bool:
    """A negation a few words before a cue: "لم نفكر في سحب القوات", "hasn't decided to leave"."""
    return any(0 <= pos - e <= 30 for _, e in sentence.cues("negation"))


def _about_forces(sentence: Sentence, s: int, e: int, places: list) -> bool:
    """A cue with no number speaks of forces only with a force word or actor beside it, or a base."""
    lo, hi = sentence.clause_of(s)
    near_force = any(lo <= fs < hi or -80 <= fs - s <= 30 for fs, _ in sentence.cues("force"))
    near_actor = any(0 <= m.start - e <= 25 or 0 <= s - m.end <= 25 for m in actor_mentions(sentence))
    return near_force or near_actor or any(base for _, base, _ in places)


def trigger_claims(sentence: Sentence, ctx: DocContext, consumed: set[int], dates_for) -> list[Claim]:
    """Claims from withdrawal/deployment/presence cues with no number: one per place named."""
    claims: list[Claim] = []
    triggers = _triggers(sentence, consumed)
    by_dates = [d for d in dates_for("future") if d.relation == "by"]
    for i, (s, e, kind) in enumerate(triggers):
        lo, hi = sentence.clause_of(s)
        if kind == "withdrawal" and by_dates:
            continue  # becomes a deadline
        if _cue_near(sentence, "non_force", s, 25, 0) or _cue_near(sentence, "non_force", e, 0, 15):
            continue  # equipment leaving, a letter sent
        if kind == "deployment" and _cue_near(sentence, "sent_home", e, 0, 60, lo, hi):
            kind = "withdrawal"
        actor, in_sentence = pick_actor(sentence, s, e, ctx, window=30, tracked_only=True, clause_only=True)
        if not actor or not in_sentence:
            continue
        stop = min(next((t[0] for t in triggers[i + 1:] if t[2] != kind), hi), hi)
        places = pick_places(sentence, s, e, ctx, actor, stop=stop, many=True)
        if not _about_forces(sentence, s, e, places):
            continue
        status = pick_status(sentence, s, kind)
        for country, base, mention in places:
            if not country or actor == country:
                continue
            place_kind = kind
            if kind == "withdrawal" and mention is not None and _cue_right_before(sentence, "direction", mention.start):
                place_kind = "deployment"   # "left Ain al-Asad towards Syria": Syria is where they went
            claim = _base_claim(sentence, place_kind, actor, country, mention, status)
            claims.append(assign_date(claim, sentence, s, e, ctx, dates_for, clause_only=True))
    return claims


def deadline_claims(sentence: Sentence, ctx: DocContext, numbered: list[Claim], consumed: set[int],
                    dates_for) -> list[Claim]:
    """A by/until/end-of date governed by a withdrawal, mission-end or extension cue.

    When the sentence's numbers already say who leaves ("10,000 NATO troops, including 2,500 from the
    US, will leave by 11 September"), each of those actors gets the deadline.
    """
    claims: list[Claim] = []
    cue_starts = sorted((s, e) for kind in ("withdrawal", "mission_end", "extension")
                        for s, e in sentence.cues(kind) if not _negated(sentence, s))
    numbered_leaving = [c for c in numbered if c.claim_type == "withdrawal"]
    leaving = list(dict.fromkeys(c.actor for c in numbered_leaving))
    for d in dates_for("future"):
        if d.relation != "by" or not cue_starts:
            continue
        s, e = min(cue_starts, key=lambda c: (c[0] > d.start, abs(c[0] - d.start)))
        if s in consumed and numbered_leaving and not sentence.cues("complete"):
            continue   # "withdraw 10,000 troops by the end of the year": a dated withdrawal, not a deadline
        actors = leaving or pick_actors(sentence, s, e, ctx)
        status = pick_status(sentence, s, "deadline")
        for actor in actors:
            stop = d.start if d.start > e else None
            for country, base, mention in pick_places(sentence, s, e, ctx, actor, stop=stop, many=True):
                if country and actor != country:
                    claim = _base_claim(sentence, "deadline", actor, country, mention, status)
                    claims.append(replace(claim, date=d.date, date_precision=d.precision, date_source="text"))
    return claims


def pick_actors(sentence: Sentence, s: int, e: int, ctx: DocContext) -> list[str]:
    """The actor of a cue and those joined to it ("the United States and its NATO allies")."""
    actor, _ = pick_actor(sentence, s, e, ctx, window=30, tracked_only=True)
    if not actor:
        return []
    actors = [m for m in actor_mentions(sentence) if m.end <= s and not _domestic(m, sentence.host)]
    chosen = [m for m in actors if m.entry.code == actor]
    out = [actor]
    if chosen:
        current = chosen[-1]
        for m in reversed([m for m in actors if m.end <= current.start]):
            if not _JOINED.match(fold(sentence.text[m.end:current.start]).text):
                break
            out.insert(0, m.entry.code)
            current = m
    return list(dict.fromkeys(out))


def claims_from_sentence(sentence: Sentence, ctx: DocContext, dates_for) -> list[Claim]:
    """Every claim one sentence makes; `dates_for(tense)` gives its date mentions."""
    numbered, consumed = number_claims(sentence, ctx, dates_for)
    return numbered + trigger_claims(sentence, ctx, consumed, dates_for) + deadline_claims(
        sentence, ctx, numbered, consumed, dates_for)


def update_speaker(sentence: Sentence, ctx: DocContext) -> None:
    """Remember who speaks ("the Pentagon spokesman said") for a later "we are in Syria"."""
    for s, e in sentence.cues("attribution"):
        after = [m for m in actor_mentions(sentence) if e <= m.start <= e + 30]
        if after:
            ctx.speaker = after[0].entry.code
            return
