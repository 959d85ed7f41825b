"""Who and where: which gazetteer mentions of a sentence name the forces (actors) and which the places,
and the choice of a claim's actor and places from them.

A mention is a place after in/at/to/from (or an attached ب), after a verb of place ("leave Niger"), or in a
list that follows a place; a state name otherwise names who acts; an adjective names an actor only beside a
force or state word ("القوات الأمريكية", "US officials"). A state's own forces at home are not foreign presence.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .context import (
    DocContext,
    Sentence,
    blanked,
    cue_near,
    cue_right_before,
    folded_words,
    phrase_before,
    text_before,
    words_before,
)
from .cues import load_cues
from .gazetteer import Mention
from .text import fold, fold_str

ACTOR_AFTER_WINDOW = 45  # "1,200 of the coalition forces", "900 US troops": actor right after the number

_PUNCT = r"[\s\"'“”«»()\[\]\-–—,،/]*"   # "Ethiopia/Eritrea": a slash joins a list too
_CLAUSE_PUNCT = re.compile(r"[,.;:!?،؛]")
_COMMA = re.compile(r"[,،]")
_WORD = re.compile(r"\w")


def _last_word(text: str, pos: int) -> str:
    """The folded word (or clitic) ending right at `pos`: "ب" in "بالعراق", "" after a space (a final newline
    aside, as `$` would have it); str methods, as a regex would try every position of the text before."""
    if pos == 0 or (text[pos - 1].isspace() and text[pos - 1] != "\n"):
        return ""   # right after a space (most names): nothing to fold, as folding keeps a space a space
    before = text_before(text, pos).removesuffix("\n")
    return before.rsplit(None, 1)[-1] if before and not before[-1].isspace() else ""


@lru_cache(maxsize=1)
def _particles() -> dict[str, tuple[str, ...]]:
    return load_cues().particles


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    """Only an 'and' (or a comma) between two actors: "the United States and its NATO allies"."""
    words = "|".join(re.escape(w) for w in sorted(_particles()["actor_joiners"], key=len, reverse=True))
    return re.compile(rf"^\s*(?:[,،]|{words})?\s*$")


@lru_cache(maxsize=1)
def _possessive() -> re.Pattern[str]:
    """A possessive ending between an owner and what it owns: "Australia's 2,000-strong brigade"."""
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in _particles()['possessives'])})\s+")


@lru_cache(maxsize=1)
def _existential() -> re.Pattern[str]:
    """A verb right after 'there' that makes it existential ("There was no request"), not a place."""
    words = "|".join(re.escape(w) for w in _particles()["existential_verbs"])
    return re.compile(rf"\s+(?:{words})\b")


@lru_cache(maxsize=1)
def _listed() -> re.Pattern[str]:
    """Only punctuation and an 'and'/'or' between two places of a list: "عين الأسد – أربيل والتاجي"."""
    words = "|".join(re.escape(w) for w in sorted(_particles()["list_joiners"], key=len, reverse=True))
    articles = "|".join(re.escape(w) for w in _particles().get("list_articles", ())) or "(?!)"
    return re.compile(rf"^{_PUNCT}(?:{words}|,)?{_PUNCT}(?:(?:{articles})\s+)?$")   # "..., and the Central African
    # Republic"
# Who can have a presence, withdrawal or deployment abroad: states, alliances, coalitions and military
# contractors (Wagner); armed groups at home only have counts of members.
TRACKED_GROUPS = {"state", "alliance", "coalition", "contractor"}
ALLIANCE_GROUPS = ("alliance", "coalition")   # several states acting as one: NATO, the Global Coalition, a UN mission


def place_role(sentence: Sentence, m: Mention) -> str:
    """How the words before a place govern it: 'from' (origin), 'to' (destination), 'at', or ''.

    Region words between are skipped: "من شمال سوريا" is from Syria, "to western Iraq" is to Iraq.
    """
    cache = sentence.cache.setdefault("place_role", {})
    if m.start not in cache:
        cache[m.start] = _role_before(sentence, m.start)
    return cache[m.start]


def _role_before(sentence: Sentence, pos: int) -> str:
    regions = 0
    while True:   # "the north of", "northern", "شمال شرقي": skipped; a region word says it is a place
        region = _cue_ending_before(sentence, "region", pos)
        if region is None:
            region = _cue_ending_before(sentence, "soil_word", pos)   # "في أراضي جيبوتي": on its soil
        article = _cue_ending_before(sentence, "place_article", pos) if region is None else None
        if region is None and article is None:
            break
        regions += region is not None
        pos = region if region is not None else article
        while pos > 0 and sentence.text[pos - 1].isalpha():
            pos -= 1   # the article glued to the word ("باتجاه الأراضي العراقية"): from the word's start
    at, origin = _cue_ending_before(sentence, "location_prep", pos), _cue_ending_before(sentence, "from_prep", pos)
    if at is not None and origin is not None and at < origin:
        return "at"   # "في كل من أوسيتيا وأبخازيا": in each of, not from
    for category, role in (("direction", "to"), ("from_prep", "from"), ("leave_place", "from"),
                           ("enter_place", "to"), ("location_prep", "at"), ("stationed", "at")):
        if cue_right_before(sentence, category, pos):
            if role == "from" and category == "from_prep" and _threat_from(sentence, pos):
                return ""   # "to defend the alliance from the threat from Moscow": a threat's source, not an origin
            return "to" if role == "at" and _towards_bases(sentence, pos) else role
    subject_between = _verb_subject_before(sentence, pos)
    if subject_between:
        return subject_between   # "تغادر القوات الفرنسية السنغال": the verb's object after its subject
    attached = _last_word(sentence.text, pos)
    if attached in _particles()["place_clitics"] and cue_right_before(sentence, "direction", pos - len(attached)):
        return "to"   # "للقتال بأوكرانيا": to fight in Ukraine
    if attached in _particles()["place_clitics"]:
        return "at"   # "بالعراق"
    before_words = (("location_prep", "at"), ("leave_place", "from"), ("from_prep", "from"), ("direction", "to"))
    starts = _word_starts_before(sentence, pos) if any(sentence.cues(c) for c, _ in before_words) else []
    for category, role in before_words:
        if any(cue_right_before(sentence, category, p) for p in starts):
            return role   # "in unstable Afghanistan", "leave fellow former colonies Mali"
    return "at" if regions else ""   # "northern Syria", "شمال العراق"


def _threat_from(sentence: Sentence, pos: int) -> bool:
    """A "from" right after a word of threat or defence ("the threat from Moscow", "protect Europe from Russia",
    "خطر من روسيا"): where a danger comes from, not where forces leave."""
    if not _names_first_word(sentence, "threat_words"):
        return False   # asked for every name: most sentences name no threat
    starts = [s for s, e in sentence.cues("from_prep") if e <= pos and not sentence.text[e:pos].strip(" -")]
    if not starts:
        return False
    words = folded_words(sentence.text[max(0, starts[-1] - 40):starts[-1]])[-3:]
    return bool(set(words) & set(_particles().get("threat_words", ())))


def _towards_bases(sentence: Sentence, pos: int) -> bool:
    """'towards its bases in X' / 'باتجاه قواعدها المنتشرة في X': X is where the move ends."""
    bases = [s for s, _ in sentence.cues("base_word") if 0 < pos - s <= 35]
    named = any(b < m.start < pos for b in bases for m in sentence.mentions)   # "نحو قاعدة قصرك في الحسكة"
    return not named and any(0 < b - e <= 3 or (0 < b - e <= 8 and len(sentence.text[e:b].split()) == 1)
                             for b in bases for _, e in sentence.cues("direction"))   # "towards its bases"


def _cue_ending_before(sentence: Sentence, category: str, pos: int) -> int | None:
    """Start of a `category` cue that ends right before `pos` (white space only between), else None."""
    if sentence.text[pos - 1:pos] not in (" ", "-"):
        return None   # what stands between ends right before `pos`: no cue ends there, so none is tried
    for s, e in sentence.cue_spans.get(category, ()):   # not sentence.cues(): asked for every name, five times
        if e < pos and not sentence.text[e:pos].strip(" -") and s < e:
            return s
    return None


def _prep_kind(sentence: Sentence, m: Mention) -> str:
    """'loc' for a place governed by in/at/to/towards/a verb of place, 'from' after from/من, else ''."""
    role = place_role(sentence, m)
    if role and any(0 <= s - m.end <= 1 for s, _ in sentence.cues("owned_force")):
        return ""   # "calls for all U.S. troops to leave": whose troops, not where
    if _listed_nationality(sentence, m):
        return ""   # "the withdrawn forces are from Burundi, Ethiopia and Kenya": whose forces, not where
    if role == "from" and not cue_right_before(sentence, "leave_place", m.start):   # "left Mali": where from
        word_start = max(((s, e) for s, e in sentence.cues("from_prep") if e <= m.start), key=lambda c: c[1],
                         default=(m.start, m.start))[0] - 1   # where "من" / "from" starts, less its space
        partitive = ((_number_right_before(sentence, word_start) or _force_right_before(sentence, word_start))
                     and not _names_base(sentence, m) and _not_host(sentence, m)
                     and not cue_right_before(sentence, "origin_only", m.start)
                     and not _moved_from(sentence, word_start))
        if _asked_of(sentence, word_start + 1):
            return ""   # "طلب الرئيس من الهند سحب قواتها": India is asked, its forces leave
        if cue_right_before(sentence, "each_of", m.start):
            return ""   # "أرسلت كل من بريطانيا وفرنسا": each of them, who acts
        return "" if partitive else "from"   # "800 من الولايات المتحدة": 800 of them from the US; a base owns no
        # forces ("soldiers from the Niamey base" leave it)
    return "loc" if role else ""


def _asked_of(sentence: Sentence, pos: int) -> bool:
    """A verb of asking a few words before "من" at `pos`: the state after it is the one asked, not an origin."""
    return any(_is_particle(w, "ask_from") for w in words_before(sentence.text, pos, 40, 4))


def _is_particle(word: str, name: str) -> bool:
    """Whether a folded word is one of the particle list `name`, alone or after a one-letter clitic ("وطلب")."""
    words = _particles().get(name, ())
    return word in words or word[1:] in words and word[:1] in _particles().get("clitics", ())


def _names_base(sentence: Sentence, m: Mention) -> bool:
    """Whether the words of `m` name a base too ("Niamey": the capital and the air base)."""
    return any(o.entry.kind == "base" and (o.start, o.end) == (m.start, m.end) for o in sentence.mentions)


def _not_host(sentence: Sentence, m: Mention) -> bool:
    """Whether the place is not the document's host; noted in the cache, as the roles then depend on the host."""
    sentence.cache["host_used"] = True
    return place_country(m) != sentence.host


def _word_starts_before(sentence: Sentence, pos: int, most: int = 3) -> list[int]:
    """Where each of up to `most` lower-case words before `pos` starts (adjectives and nouns of a cased
    script: "in unstable Afghanistan", "leave fellow former colonies Mali"); a preposition ends the run,
    and "of" ends it after itself ("the direction of Chad")."""
    starts: list[int] = []
    for _ in range(most):
        word, pos = _word_before(sentence.text, pos)
        if not word.replace("-", "").isalpha() or not word.islower():
            break
        if any(s == pos for s, _ in sentence.cues("gap_stop")):
            break
        starts.append(pos)
        if word in _particles().get("noun_links", ()):
            break
    return starts


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word (up to 40 characters back) that white space separates from `pos`, and where it starts;
    ("", pos) when no white space comes right before `pos`."""
    window = text[max(0, pos - 40):pos]
    stripped = window.rstrip()
    if not stripped or len(stripped) == len(window):
        return "", pos
    word = stripped.rsplit(None, 1)[-1]
    return word, pos - len(window) + len(stripped) - len(word)


def _listed_nationality(sentence: Sentence, m: Mention) -> bool:
    """A state named after "are from" / "من جنسيات", alone or in the list that follows."""
    return any(0 <= m.start - e <= 80 and _listed().match(fold(sentence.text[e:m.start]).text.split(" ", 1)[-1])
               is not None or 0 <= m.start - e <= 2 for _, e in sentence.cues("nationality_of"))


def _moved_from(sentence: Sentence, pos: int) -> bool:
    """A withdrawal or deployment cue governs the forces before 'from' ("the withdrawal of 12,000 soldiers from
    Germany"): the place is where they leave, unless the number is introduced as a part ("من ضمنهم 800")."""
    numbers = [q for q in sentence.quantities if 0 <= pos - q.end <= 14]
    anchor = numbers[0].start if numbers else pos
    moved = any(s < anchor and anchor - e <= 45 for kind in ("withdrawal", "deployment")
                for s, e in sentence.cues(kind))   # the cue may hold the "from" itself ("pull ... out from")
    lo, _ = sentence.clause_of(anchor)
    return moved and not any(lo <= s and 0 <= anchor - e <= 60 for s, e in sentence.cues("part_of"))


def _force_right_before(sentence: Sentence, pos: int) -> bool:
    """A force word ending just before `pos`: "قوات من السنغال", "troops from Kenya" say whose forces."""
    return any(0 <= pos - e <= 4 for _, e in sentence.cues("force"))


def _number_right_before(sentence: Sentence, pos: int) -> bool:
    """True when a quantity (and at most its unit word) ends just before `pos`: "800 من الولايات المتحدة",
    not "ألف جندي سحبوا من سوريا" (a verb between)."""
    return any(0 <= pos - q.end <= 14 and len(sentence.text[q.end:pos].split()) <= 1 for q in sentence.quantities)


def _contingent_of_mission(sentence: Sentence, m: Mention) -> bool:
    """A state's adjective right before a mission or alliance and then its force word ("a Chinese United Nations
    peacekeeping infantry battalion", "كتيبة صينية تابعة للأمم المتحدة" aside): the state's contingent."""
    return any(o.entry.kind == "actor" and getattr(o.entry, "group", "") in ALLIANCE_GROUPS
               and 0 <= o.start - m.end <= 2 and any(0 <= s - o.end <= 30 for s, _ in sentence.cues("force"))
               for o in sentence.mentions)


def _force_next_to(sentence: Sentence, m: Mention) -> bool:
    """An adjective names an actor only beside a force, state or presence word ("القوات الأمريكية", "US officials",
    "الوجود الأميركي"), right after a move's noun ("الانسحاب الأمريكي"), or as the subject of a move: right before
    it, auxiliaries aside ("الإيرانيين غادروا سوريا", "The French began to withdraw"), or right after it with a
    subject's ending ("وغادر الأمريكيون سوريا")."""
    if any(0 <= m.start - e <= 12 or 0 <= s - m.end <= 12 for category in ("force", "state_organ", "base_word",
                                                                           "presence_noun")
           for s, e in sentence.cues(category)):
        return True
    if any(0 <= m.start - e <= 2 for kind in ("withdrawal", "deployment") for _, e in sentence.cues(kind)):
        return True   # right after a move's noun: "الانسحاب الأمريكي من سوريا", whose move it is
    if _listed_number_nationality(sentence, m):
        return True
    if _contingent_of_mission(sentence, m):
        return True
    moves = [c for kind in ("withdrawal", "deployment") for c in sentence.cues(kind)]
    glued = ("", *_particles()["clitics"])   # "الفرنسيون الانسحاب": the article glued to the move
    if any(m.end <= s and (sentence.text[m.end:s].strip() in glued or _only_auxiliaries(sentence.text[m.end:s]))
           for s, _ in moves):
        return True
    subject = fold_str(sentence.text[m.start:m.end]).endswith(tuple(_particles()["nominative_plurals"]))
    return subject and any(0 <= m.start - e <= 2 for _, e in moves)


def _listed_number_nationality(sentence: Sentence, m: Mention) -> bool:
    """An adjective right after a number, in a list of numbers whose last has the force noun ("200 Italian and
    150 Spanish soldiers"): the nationality of its own number."""
    if not any(m.start - q.end == 1 for q in sentence.quantities):
        return False
    later = [q for q in sentence.quantities if m.end <= q.start <= m.end + 8]
    return bool(later) and _listed().match(fold(sentence.text[m.end:later[0].start]).text) is not None and any(
        0 <= s - later[0].end <= 30 for s, _ in sentence.cues("force"))


def _only_auxiliaries(gap: str) -> bool:
    """Nothing but auxiliary words in `gap` ("began to", "have already"): a subject and its verb."""
    words = " ".join(folded_words(gap))
    return bool(words) and not _auxiliaries().sub(" ", words).strip()


@lru_cache(maxsize=1)
def _auxiliaries() -> re.Pattern[str]:
    """The (folded) subject auxiliaries of claims.yaml as whole words, longest first."""
    words = sorted(_particles()["subject_auxiliaries"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


def roles(sentence: Sentence) -> dict[int, str]:
    """For each mention (by position in `sentence.mentions`): 'actor', 'place' or '' (neither)."""
    if "roles" in sentence.cache:
        return sentence.cache["roles"]
    out: dict[int, str] = {}
    previous_place: Mention | None = None
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(sentence.mentions):
        by_span.setdefault((m.start, m.end), []).append(i)
    for (start, _end), idxs in sorted(by_span.items()):
        ms = [sentence.mentions[i] for i in idxs]
        prep = _prep_kind(sentence, ms[0]) or ("loc" if _hosts(sentence, start, _end)
                                               or _names_plural_place(sentence, start)
                                               or _city_of_base_word(sentence, start, ms) else "")
        if not prep and previous_place is not None and (_listed().match(
                fold(sentence.text[previous_place.end:start]).text) or _members_between(
                sentence, previous_place.end, start)) and not _starts_with_actor_word(ms):
            prep = "loc"   # "in Syria and Iraq", "deployed in NATO partners Estonia, Latvia"
        if _member_countries(sentence, start, _end, ms):
            out.update((i, "") for i in idxs)   # "redeployed to NATO countries", "دول الناتو": its members, places
            continue
        if _owned_alliance(sentence, start, ms):
            out.update((i, "") for i in idxs)   # "Canada is extending its NATO commitment": Canada's
            continue
        if _describes_members(sentence, _end) and not any(o.entry.kind != "actor" for o in ms):
            out.update((i, "") for i in idxs)   # "NATO partners Estonia, Latvia": who they are, not who acts
            if prep:
                previous_place = ms[0]
            continue
        base_words = any(0 <= start - e <= 12 or 0 <= s - _end <= 2 for s, e in sentence.cues("soil_word"))
        # the soil word before the adjective ("الأراضي السورية") or right after it ("Syrian territory")
        place_found = False
        if (_landmark(sentence, start) or _base_located(sentence, start) or _on_border(sentence, start, _end)
                or _leader_of_named(sentence, start)
                or _proxy_of(sentence, _end) or _backed_by(sentence, start) or _fought(sentence, start, ms)
                or _supported(sentence, start, prep) or _party_of_fight(sentence, start)
                or _clock_of(sentence, start, _end) or _threat_from(sentence, start) or _near_a_base(sentence, start)
                or _authority(sentence, start, _end) or _venue(sentence, start, _end, ms)):
            out.update((i, "") for i in idxs)   # "an hour's drive from the Estonian capital", "led by the US"
            continue
        if _mandate_of_mission(sentence, start, ms):
            out.update((i, "actor" if m.entry.kind == "actor" else "place") for i, m in zip(idxs, ms))
            continue   # "تمديد ولاية اليونيفيل": the mission's mandate; the mission acts in its theater
        if _accusative_adjective(sentence, start):
            out.update((i, "actor" if m.entry.kind == "actor" else "") for i, m in zip(idxs, ms))
            continue   # "وغادر 550 جنديا بريطانيا البصرة": British soldiers, not Britain left
        for i, m in zip(idxs, ms):
            kind = m.entry.kind
            if kind == "feature":   # "in the Gulf of Guinea", "in the Middle East": a place of no one country
                out[i] = "place" if prep else ""
                place_found = place_found or bool(prep)
                continue
            if m.form == "adjective" and _describes_named(sentence, m) or _owner_of_named(sentence, _end):
                out[i] = ""   # "مرتزقة فاغنر الروسية": the Wagner group's nationality, not another actor
                continue
            if kind == "base":
                role = "place" if prep or not any(o.entry.kind == "actor" for o in ms) else ""
            elif kind == "country":
                role = "place" if prep or not any(o.entry.kind == "actor" for o in ms) else ""
            elif m.form == "adjective":
                role = "place" if (base_words or _trainees(sentence, m)) and m.entry.country else (
                    "actor" if _force_next_to(sentence, m) else "")
            elif prep and (any(o.entry.kind in ("country", "base") for o in ms) or m.form == "metonym"):
                role = ""   # "في أديس أبابا": a capital after "in" is where, not its government acting
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


def mission_theaters(sentence: Sentence, actor: str = "") -> list[str]:
    """The theaters of the missions the sentence names as forces (KFOR, اليونيفيل: missions.csv), of `actor`'s
    missions only when it is given: "KFOR has 3,800 troops" is NATO in Kosovo though Kosovo is not named."""
    spans = {(m.start, m.end): m.entry.code for m in actor_mentions(sentence)}
    return [m.entry.country for m in sentence.mentions if m.entry.kind == "base" and m.entry.site_type == "region"
            and spans.get((m.start, m.end)) in m.entry.operators and (not actor or actor in m.entry.operators)]


def _mandate_of_mission(sentence: Sentence, start: int, ms: list[Mention]) -> bool:
    """A mission named right after a word for its mandate ("ولاية اليونيفيل", "the mandate of UNIFIL"), which
    may also be a region word (ولاية, a state)."""
    return any(m.entry.kind == "base" and m.entry.site_type == "region" and m.entry.operators for m in ms) and (
        cue_right_before(sentence, "mandate_word", start))


def _accusative_adjective(sentence: Sentence, start: int) -> bool:
    """A state's name right after an accusative force noun reads as its adjective ("550 جنديا بريطانيا", "جنودا
    روسيا"): the nationality of the forces."""
    last = words_before(sentence.text, start, 20, 1)[-1:]
    return start > 0 and sentence.text[start - 1] == " " and bool(last) and last[0] in _particles().get(
        "accusative_force_nouns", ())


def _member_countries(sentence: Sentence, start: int, end: int, ms: list[Mention]) -> bool:
    """An alliance named beside a plural place noun after a preposition ("to NATO countries", "to NATO
    frontline states", "إلى دول حلف الناتو") qualifies its member states, the places: neither who acts nor one place."""
    return all(getattr(m.entry, "group", "") in ALLIANCE_GROUPS for m in ms) and any(
        (0 <= s - end and len(folded_words(sentence.text[end:s])) <= 1
         and cue_right_before(sentence, "location_prep", start)   # one word between: "to NATO frontline states"
         or 0 <= start - e <= 6 and cue_right_before(sentence, "location_prep", s))
        for s, e in sentence.cues("plural_places"))   # after a preposition: not "دول التحالف تعمل في" (they act)


def _owned_alliance(sentence: Sentence, start: int, ms: list[Mention]) -> bool:
    """An alliance right after "its / their" ("its NATO commitment", "their NATO mission") qualifies the
    commitment of the state that owns it: not who acts."""
    if not all(getattr(m.entry, "group", "") in ALLIANCE_GROUPS for m in ms):
        return False
    words = folded_words(sentence.text[max(0, start - 8):start])
    after = folded_words(sentence.text[ms[0].end:ms[0].end + 15])[:1]
    return bool(words) and words[-1] in set(load_cues().particles.get("possessive_pronouns", ())) and not (
        set(after) & _member_words())   # "the United States and its NATO allies": NATO's own


def _members_between(sentence: Sentence, end: int, pos: int) -> bool:
    """Only one or two member words ("partners", "allies", "member states") in [end, pos)."""
    words = folded_words(sentence.text[end:pos])
    return 0 < len(words) <= 2 and set(words) <= _member_words()


@lru_cache(maxsize=1)
def _member_words() -> frozenset[str]:
    """The words that make an alliance named before a state a description of it ("NATO partners Estonia")."""
    return frozenset(_particles().get("member_words", ()))


def _describes_members(sentence: Sentence, end: int) -> bool:
    """An alliance right before member words and a state ("NATO partners Estonia"): it says who the states are."""
    return any(m.entry.kind == "country" and 0 < m.start - end <= 25 and _members_between(sentence, end, m.start)
               for m in sentence.mentions)


def _hosts(sentence: Sentence, start: int, end: int) -> bool:
    """A name right before or after a hosting verb is the host, a place: "فالنيجر تحتضن قاعدة فرنسية", "وتستضيف
    جيبوتي قاعدة صينية", "Djibouti hosts"; not a name right after it with its forces ("hosts U.S. troops": the
    guests)."""
    guests = any(0 <= s - end <= 1 for s, _ in sentence.cues("owned_force"))
    return any(0 <= s - end <= 2 or 0 <= start - e <= 2 and not guests for s, e in sentence.cues("host_verb"))


def _fought(sentence: Sentence, start: int, ms: list[Mention]) -> bool:
    """An armed group or state right after "against / ضد / لمحاربة" is the enemy fought ("struck blows against
    al Qaeda", "التحالف الذي تشكل لمحاربة داعش"): neither who acts nor where."""
    return all(m.entry.kind == "actor" for m in ms) and cue_right_before(sentence, "opponent_prep", start, 6)


def _leader_of_named(sentence: Sentence, pos: int) -> bool:
    """A state after "led by"/"بقيادة" that follows a named coalition or mission leads it and is not who acts
    ("التحالف الدولي ... بقيادة الولايات المتحدة"); after plain "the forces" it is ("القوات التي تقودها روسيا")."""
    return any(cue_right_before(sentence, "led_by", pos) and 0 <= pos - e <= 40 and any(
        m.entry.kind == "actor" and getattr(m.entry, "group", "") in ALLIANCE_GROUPS
        and 0 <= s - m.end <= 60 for m in sentence.mentions) for s, e in sentence.cues("led_by"))


def _proxy_of(sentence: Sentence, end: int) -> bool:
    """A name joined to "-backed", "-mandated" ("Iranian-backed militias", "its NATO-mandated deployment")
    qualifies someone else's forces: not who acts, not where."""
    return sentence.text.startswith(_particles()["proxy_suffixes"], end)


def _clock_of(sentence: Sentence, start: int, end: int) -> bool:
    """A place that names a clock ("01:00 Moscow time", "بتوقيت موسكو"): the hour told, not who acts nor where."""
    if not _names_first_word(sentence, "clock_after", "clock_before"):
        return False   # asked for every name: most sentences tell no hour
    after = folded_words(sentence.text[end:end + 20])
    return any(after[:len(w.split())] == w.split() for w in _particles().get("clock_after", ())) or phrase_before(
        sentence.text, start, _particles().get("clock_before", ()), 12, 1)


def _supported(sentence: Sentence, start: int, prep: str) -> bool:
    """A name up to four words after "in support of" / "لدعم" and with no place word before it is whom the move
    helps ("to support NATO's eastern flank", "لدعم الجناح الشرقي لحلف الناتو"): not who acts."""
    return prep != "loc" and phrase_before(sentence.text, start, _particles()["supported_openers"], 50, 4)


def _route(sentence: Sentence, m: Mention) -> bool:
    """A base right after "via" / "عبر" is the way a move passes ("flew out via Incirlik", "عبر مطار حميميم"),
    not where the forces are."""
    return phrase_before(sentence.text, m.start, _particles()["route_preps"], 20, 1)


def _party_of_fight(sentence: Sentence, start: int) -> bool:
    """A name in the list right after "fighting between" / "القتال بين" ("the truce between Israel and Hezbollah",
    "وقف القتال بين إسرائيل وحزب الله") is a party of the fight, not who acts nor where."""
    for _, e in sentence.cues("conflict_between"):
        if 0 <= start - e <= 60:
            gap = blanked(sentence.text, e, start,
                          [(m.start, m.end) for m in sentence.mentions if e <= m.start and m.end <= start])
            if _listed().match(fold(gap).text):
                return True
    return False


def _city_of_base_word(sentence: Sentence, start: int, ms: list[Mention]) -> bool:
    """A city (also its state's metonym) right after a base word and "of" ("the military airport of N'Djamena",
    "مطار نجامينا"): the place of the base, not the state acting."""
    return any(m.entry.kind == "base" for m in ms) and any(
        0 <= start - e <= 5 and set(folded_words(sentence.text[e:start])) <= {"of"}
        for _, e in sentence.cues("base_word"))


def _backed_by(sentence: Sentence, start: int) -> bool:
    """A name right after "backed by" / "المدعومة من" ("militias backed by Iran") backs someone else's forces."""
    return phrase_before(sentence.text, start, _particles()["backer_openers"], 30, 3)


def _authority(sentence: Sentence, start: int, end: int) -> bool:
    """A body named as the source of a mandate ("UN Security Council resolution 2710", "بموجب قرار الأمم
    المتحدة") or of a report ("a UN report", "فريق خبراء الأمم المتحدة"): not whose forces move."""
    p = load_cues().particles
    if not _names_first_word(sentence, "authority_before", "authority_after"):
        return False   # most sentences name no authority
    after = " ".join(folded_words(sentence.text[end:end + 30])[:2])
    return phrase_before(sentence.text, start, p.get("authority_before", ()), 20, 2) or any(
        f"{after} ".startswith(f"{w} ") for w in p.get("authority_after", ()))


@cache
def _first_words(*lists: str) -> frozenset[str]:
    """The first words of the phrases of some particle lists ("قرار", "security", "time")."""
    return frozenset(w.split()[0] for name in lists for w in _particles().get(name, ()))


def _names_first_word(sentence: Sentence, *lists: str) -> bool:
    """Whether a word of the sentence is the first word of a phrase of `lists`, looked up once per sentence. A
    folded word is a piece of the folded text, so a first word found nowhere in it is no word of it: most
    sentences are settled by that test."""
    key = ("first_words", lists)
    if key not in sentence.cache:
        if "folded" not in sentence.cache:   # one folding of the sentence for every list asked about
            sentence.cache["folded"] = fold(sentence.text).text
        firsts = _first_words(*lists)
        sentence.cache[key] = any(first in sentence.cache["folded"] for first in firsts) and not firsts.isdisjoint(
            folded_words(sentence.text))
    return sentence.cache[key]


def _near_a_base(sentence: Sentence, pos: int) -> bool:
    """A town named as what a base just named lies near ("قاعدة خراب الجير قرب بلدة رميلان", "the Kharab al-Jir
    base near the town of Rmelan"): the base's surroundings, not another site."""
    if not _names_first_word(sentence, "near_base_words") or not phrase_before(
            sentence.text, pos, _particles().get("near_base_words", ()), 30, 5):
        return False   # asked for every name: most sentences say near nothing
    return any(m.entry.kind == "base" and 0 < pos - m.end <= 45 for m in sentence.mentions)   # the base, then
    # "near the town of" (up to 25 characters) and its own words


def _venue(sentence: Sentence, start: int, end: int, ms: list[Mention]) -> bool:
    """A place named as where an event met ("at the EU meeting in Brussels", "the Warsaw Summit", "قمة وارسو"):
    the venue, neither where forces are nor whose they are; not an alliance's own meeting ("the NATO summit")."""
    if not _names_first_word(sentence, "venue_before", "venue_after") or any(
            m.entry.kind == "actor" and m.form != "metonym" for m in ms):
        return False   # asked for every name: most sentences name no meeting
    before = any(words_before(sentence.text, start, 30, len(p.split())) == p.split()
                 for p in _particles().get("venue_before", ()))
    after = folded_words(sentence.text[end:end + 16])[:1]
    return before or sentence.text[end:end + 1] == " " and bool(after) and after[0] in _particles().get(
        "venue_after", ())


def _landmark(sentence: Sentence, pos: int) -> bool:
    """A place measured from ("30 km from Mosul", "على بعد 30 كم من الموصل"): a landmark, not where."""
    return any(0 <= pos - e <= 12 and not sentence.text[e:pos].strip(" ").count(" ") for _, e in sentence.cues(
        "distance_from"))


def _base_located(sentence: Sentence, pos: int) -> bool:
    """A place in an aside on where a known base lies ("Ain al-Asad base, located in Anbar province, houses",
    "قاعدة عين الأسد، الواقعة في محافظة الأنبار،"): the base's surroundings, not another site of the claim."""
    for s, e in sentence.cues("located_in"):
        before = sentence.text[:s].rstrip()
        if e > pos or re.search(r"[,،;]", sentence.text[e:pos]) or not before.endswith((",", "،")):
            continue
        comma = len(before[:-1].rstrip())
        words = [(bs, be) for bs, be in sentence.cues("base_word") if be == comma]
        if any(m.entry.kind == "base" and (m.end == comma or any(m.end <= bs for bs, _ in words))
               for m in sentence.mentions):
            return True   # "Ain al-Asad, located in", "Ain al-Asad base, located in"
    return False


def _on_border(sentence: Sentence, start: int, end: int) -> bool:
    """A state named as one side of a border ("near the Ukrainian border", "the border with Syria", "قرب الحدود
    الأوكرانية"): a landmark, neither whose forces nor where they are."""
    joins = ("", "-", *_particles()["possessives"])   # "Ukraine's border", "the Ukrainian-Russian border"
    return any(0 <= start - e <= 2 or 0 <= s - end <= 3 and sentence.text[end:s].strip() in joins
               for s, e in sentence.cues("border_word"))


def _indirect_object(sentence: Sentence, m: Mention) -> bool:
    """A state name with an attached ل ("الموالية لإيران", "for Washington") or after "with" ("an agreement
    with Sudan", "مع العراق") is not who acts."""
    if getattr(m.entry, "group", "") != "state":
        return False
    before = sentence.text[max(0, m.start - 8):m.start].split()
    clitic = _last_word(sentence.text, m.start)
    return (clitic in _particles()["indirect_clitics"] and not _opens_clause(sentence, m.start - len(clitic))
            and not _relative_after(sentence, m) and not _after_base_word(sentence, m.start - len(clitic))
            or bool(before) and fold_str(before[-1]) in _particles()["partner_preps"])


def _after_base_word(sentence: Sentence, pos: int) -> bool:
    """An attached ل right after a base word and its adjective ("قواعد عسكرية للولايات المتحدة"): whose bases."""
    return any(0 <= pos - e <= 10 and len(sentence.text[e:pos].split()) <= 1 for _, e in sentence.cues("base_word"))


def _relative_after(sentence: Sentence, m: Mention) -> bool:
    """A relative pronoun right after the name, across a comma ("لإسبانيا، التي تحتفظ بأكثر من 600 جندي"): the
    state is the subject of the clause it opens."""
    words = [w for w in folded_words(sentence.text[m.end:m.end + 12]) if w]
    return bool(words) and words[0] in _particles()["state_relatives"]


def _opens_clause(sentence: Sentence, pos: int) -> bool:
    """Nothing but punctuation between the clause's start and `pos`: "وللولايات المتحدة نحو 2500 جندي" (the
    US has 2,500 troops) or "وقال إن لتركيا 3000 جندي" opens with its owner; "الموالية لإيران" is for Iran."""
    words = folded_words(sentence.text[sentence.clause_of(pos)[0]:pos])
    return all(w in _particles()["owner_openers"] or not _WORD.search(w) for w in words)


def _starts_with_actor_word(ms: list[Mention]) -> bool:
    return all(m.entry.kind == "actor" and m.form == "adjective" for m in ms)


def actor_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that say whose forces: actors, and state names used as subjects."""
    return _with_role(sentence, "actor")


def place_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that say where: bases, and countries used as places."""
    return _with_role(sentence, "place")


def _with_role(sentence: Sentence, role: str) -> list[Mention]:
    """The sentence's mentions of one role, kept in its cache beside the roles (the rules ask many times)."""
    key = ("with_role", role)
    if key not in sentence.cache:
        r = roles(sentence)
        sentence.cache[key] = [m for i, m in enumerate(sentence.mentions) if r.get(i) == role]
    return sentence.cache[key]


def place_country(m: Mention) -> str:
    """The country a place mention is in; '' for a region of several (the Sahel, the Gulf of Guinea)."""
    if m.entry.kind == "feature":
        return ""
    return m.entry.country if m.entry.kind in ("base", "actor") else m.entry.code


def _describes_named(sentence: Sentence, m: Mention) -> bool:
    """An adjective right after the name of a contractor or armed group describes it ("فاغنر الروسية")."""
    return any(o.entry.kind == "actor" and getattr(o.entry, "group", "") in ("contractor", "armed_group")
               and 0 <= m.start - o.end <= 2 for o in sentence.mentions)


def _owner_of_named(sentence: Sentence, end: int) -> bool:
    """A state's possessive right before a contractor or armed group ("Russia's Wagner mercenaries"): the group
    is who acts, the state only says whose it is."""
    return any(o.entry.kind == "actor" and getattr(o.entry, "group", "") in ("contractor", "armed_group")
               and 0 < o.start - end <= 4 and sentence.text[end:o.start].strip() in _particles()["possessives"]
               for o in sentence.mentions)


def own_country(ctx: DocContext, actor: str) -> str:
    entry = ctx.gazetteer.actor(actor)
    return entry.country if entry is not None else ""


def _gap_is_noun_phrase(sentence: Sentence, a: int, b: int) -> bool:
    """Between a number (or cue) and an actor: a few words, no preposition of place, no punctuation."""
    gap = sentence.text[a:b]
    if _CLAUSE_PUNCT.search(gap) or len(gap.split()) > 6:
        return False
    return not any(a <= s and e <= b for s, e in sentence.cues("gap_stop"))   # "leave Chad after N'Djamena..."


def base_owner(sentence: Sentence, m: Mention) -> bool:
    """A state's adjective naming whose a base is ("the French base", "a French military base", "القاعدة
    الفرنسية", "قاعدة عسكرية فرنسية"): the owner of the base, which may not be who moves."""
    if m.form != "adjective":
        return False
    adjectives = set(_particles().get("base_adjectives", ()))
    after = [fold_str(w) for w in sentence.text[m.end:m.end + 30].split()[:2]]
    if after and (after[0] in adjectives and len(after) > 1 and cue_near(sentence, "base_word", m.end, 0, 20)
                  or cue_near(sentence, "base_word", m.end, 0, 2)):
        return True   # English: the adjective before the base word
    return any(0 <= m.start - e <= 2 or 0 <= m.start - e <= 20 and all(
        fold_str(w) in adjectives for w in sentence.text[e:m.start].split()) for _, e in sentence.cues("base_word"))


def pick_actor(sentence: Sentence, start: int, end: int, ctx: DocContext, window: int = ACTOR_AFTER_WINDOW,
               tracked_only: bool = False, clause_only: bool = False, own_forces: bool = False) -> tuple[str, bool]:
    """The actor of a claim anchored at [start, end): (code, found_in_sentence).

    With `own_forces`, the host's own forces compete too, and when they are the nearest the claim has no
    actor: "Afghan security forces number 352,000" is not a foreign force."""
    if own_forces:
        code, found = pick_actor(sentence, start, end, ctx, window, tracked_only, clause_only, own_forces=False)
        home = [m for m in actor_mentions(sentence) if domestic(m, sentence.host) and m.form != "metonym"]
        mine = [m for m in home if names_a_force(sentence, m) and not _verb_between(sentence, end, m.start)
                and not _asker(sentence, m)]   # "ويطالب العراق بانسحاب القوات الأمريكية": Iraq asks, its forces stay
        attached = any(m.entry.code == code and 0 <= m.start - end <= 3 for m in actor_mentions(sentence))
        if found and mine and (_nearest_is(sentence, start, end, mine, code)
                               or not attached and _subject_is(sentence, start, mine, code)):
            return "", True   # not when the actor names the number's own noun: "SAF said 177 Egyptian troops"
        if any(_describes_anchor(sentence, start, end, m, window) or _owns_number(sentence, m, start) for m in home):
            return "", True   # "300 Kurdish fighters left Manbij", "Australia's 2,000-strong brigade", "South Korea
            # has 690,000 troops"
        return code, found
    lo, hi = sentence.clause_of(start)
    actors = [m for m in actor_mentions(sentence) if not domestic(m, sentence.host)]
    if tracked_only:
        actors = [m for m in actors if tracked(m.entry, sentence.host)]
    own_gloss = _parenthesis_of(sentence.text, start)
    actors = [m for m in actors if not _served_in(sentence, m, actors) and not _contributed_to(sentence, m, actors)
              and _parenthesis_of(sentence.text, m.start) in (None, own_gloss)]
    # "flew to the region (disputed between Azerbaijan and Armenia) 1,100 troops": a gloss names no actor
    agent = [m for m in actors if 0 < m.start - end <= 25 and _passive_agent_gap(sentence, end, m.start)]
    if agent:
        return agent[0].entry.code, True   # "positions vacated by US troops": the passive's agent made the move
    after = [m for m in actors if end <= m.start <= end + window and _gap_is_noun_phrase(sentence, end, m.start)
             and not (_left_from(sentence, end, m) and not any(q.start == start for q in sentence.quantities))
             and not (base_owner(sentence, m) and m.start - end > 2
                      and any(o.entry.code != m.entry.code for o in actors))]
    # "all U.S. forces leave the French base": the owner of a base further on is not who leaves (the owner
    # right after the anchor, "القاعدة الفرنسية", is whose the base is)
    if after:
        return after[0].entry.code, True
    numbered = any(q.start == start for q in sentence.quantities)
    contributed = [m for m in actors if numbered and end <= m.start <= end + 25 and getattr(m.entry, "group", "")
                   == "state" and _from_right_before(sentence, end, m.start)]   # not "250 from the UN mission"
    if contributed:
        return contributed[0].entry.code, True   # "including 2,500 from the United States": its troops
    inside = [m for m in actors if start < m.start and m.end <= end]
    if inside:
        return inside[0].entry.code, True   # a cue with a gap around its subject: "تملك روسيا ... قاعدتين"
    if ctx.speaker and any(s < start for s, _ in sentence.cues("first_person")):
        return ctx.speaker, True
    group = _anaphor_actor(sentence, start, ctx, end)
    if group and not [m for m in actors if abs(m.start - start) <= 40 and not _bare_state_name(m, sentence)]:
        return group, True   # "The alliance is deploying four battalions": the article's alliance
    subject = [m for m in actors if 0 <= start - m.end <= 12 or 0 <= start - m.end <= 25 and len(
        [w for w in sentence.text[m.end:start].split() if w.strip(",،")]) <= 2]   # "..., Estonia and Spain, have
    # already pulled out their forces": their own
    if clause_only and subject and _force_right_after(sentence, end):
        return subject[-1].entry.code, True   # "..., such as Estonia and Spain, have pulled out their forces"
    owner = _possessor(sentence, start, end, actors)
    if clause_only and not subject and owner is not None:
        return owner.entry.code, True   # "Germany decided to delay the withdrawal of its troops": Germany's
    if clause_only and not subject and ctx.default_actor and _force_right_after(sentence, end) and not any(
            lo <= m.start < start and not _bare_state_name(m, sentence) or lo <= m.start < start - 20
            for m in actors):
        return ctx.default_actor, True   # "withdrawal of the forces": the article's own foreign forces, unless
    # the clause names who before it ("Malawi and Burundi are expected to send troops")
    for whole, (lo_, hi_) in ((False, (lo, hi)), (True, (0, len(sentence.text)))):
        before = [m for m in actors if lo_ <= m.start < start]
        later = [m for m in actors if end <= m.start < hi_ and (not whole or not _bare_state_name(m, sentence))
                 and not cue_right_before(sentence, "location_prep", m.start, 12)
                 and (m.start - end <= 40 or not _bare_state_name(m, sentence))]   # not "in the Gulf of Guinea"
        if clause_only and whole:   # outside its clause, only a named force, not a bare state name
            before = [m for m in before if not _bare_state_name(m, sentence)]
        while len(before) >= 2 and _relative_between(sentence, before[-2], before[-1]):
            before.pop()   # "القوات الأميركية التي تقود التحالف ... الانسحاب": the forces, not the coalition they lead
        if before:
            return before[-1].entry.code, True
        if later:
            return later[0].entry.code, True
    others = [m for m in actor_mentions(sentence) if not domestic(m, sentence.host)]
    if tracked_only and others and not any(tracked(m.entry, sentence.host) for m in others):
        return "", False   # "PMF gunmen deployed on the ground": an armed group at home, not the article's forces
    if clause_only and ctx.default_actor and (cue_near(sentence, "force", start, 30, 30)
                                              or cue_near(sentence, "force_pronoun", start, 30, 20)):
        return ctx.default_actor, True   # "the departing soldiers will be redeployed", "others will move to Kuwait"
    if clause_only and (ctx.last_actor or ctx.default_actor) and pronoun_subject(sentence, start, lo):
        return ctx.last_actor or ctx.default_actor, True   # "But it began withdrawing", "لكنها بدأت الانسحاب"
    return ctx.last_actor or ctx.default_actor, False


def _passive_agent_gap(sentence: Sentence, end: int, start: int) -> bool:
    """Between a move verb and an actor, a passive's "by" and at most a force word ("vacated by US troops",
    "أخليت من قبل القوات الأمريكية")."""
    gap = fold_str(sentence.text[end:start].strip())
    forces = [(s, e) for s, e in sentence.cues("force") if end <= s and e <= start]
    if forces:   # up to the word the force cue is in ("القوات": the article is outside the cue)
        gap = fold_str(sentence.text[end:sentence.text.rfind(" ", end, forces[0][0] + 1) + 1].strip())
    return gap in _particles().get("passive_agents", ())


def _contributed_to(sentence: Sentence, m: Mention, actors: list[Mention]) -> bool:
    """A mission right after "contributors to" / "المساهمين في" while a state of the sentence is named: the frame
    the state's forces serve in, not whose they are ("South Africa, one of the top contributors to MONUSCO")."""
    return (getattr(m.entry, "group", "") not in ("state", "")
            and cue_right_before(sentence, "contributor_of", m.start, 8)
            and any(getattr(o.entry, "group", "") == "state" for o in actors if o is not m))


def _parenthesis_of(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the parenthesis `pos` is in, or None: the last "(" before it not closed before it."""
    opened = text.rfind("(", 0, pos)
    if opened < 0 or text.find(")", opened, pos) >= 0:
        return None
    closed = text.find(")", pos)
    return (opened, closed if closed >= 0 else len(text))


def pronoun_subject(sentence: Sentence, start: int, lo: int) -> bool:
    """A subject pronoun ("it", "إنها", "لكنها") in the anchor's clause, at most two words before it."""
    return any(lo <= s and 0 <= start - e <= 25 and len(sentence.text[e:start].split()) <= 2
               for s, e in sentence.cues("subject_pronoun"))


def _verb_subject_before(sentence: Sentence, pos: int) -> str:
    """'from' / 'to' when a leave or enter verb, then its subject (a force word and at most three more words,
    no punctuation: "غادر آخر رتل عسكري أمريكي العراق"), stand right before `pos`: Arabic puts the object after
    the subject."""
    for category, role in (("leave_place", "from"), ("enter_place", "to")):
        for _, e in sentence.cues(category):
            gap = sentence.text[e:pos]
            if 0 < pos - e <= 40 and len(gap.split()) <= 4 and not _CLAUSE_PUNCT.search(gap) and any(
                    e <= fs and fe <= pos for fs, fe in sentence.cues("force")):
                return role
    return ""


def _served_in(sentence: Sentence, m: Mention, actors: list[Mention]) -> bool:
    """A mission or alliance named after "within / as part of" ("1,091 جندياً ضمن بعثة الاتحاد الإفريقي") is
    where a state's troops serve when the sentence names that state: the troops are the state's."""
    if getattr(m.entry, "group", "") not in ALLIANCE_GROUPS:
        return False
    return phrase_before(sentence.text, m.start, _particles()["membership_preps"], 30, 3) and any(
        getattr(a.entry, "group", "") == "state" for a in actors if a is not m)


def _from_right_before(sentence: Sentence, end: int, pos: int) -> bool:
    """Only a unit word, "from" / "من" and an article between a number and a name ("2,500 from the United
    States", "2500 جندي من الولايات المتحدة")."""
    froms = [(s, e) for s, e in sentence.cues("from_prep") if end <= s and e <= pos]
    return bool(froms) and len(sentence.text[end:froms[-1][0]].split()) <= 1 and len(
        sentence.text[froms[-1][1]:pos].split()) <= 1


_ANAPHOR_GROUPS = {"alliance_anaphor": ALLIANCE_GROUPS, "group_anaphor": ("contractor", "armed_group")}


def _anaphor_actor(sentence: Sentence, start: int, ctx: DocContext, end: int | None = None) -> str:
    """'the alliance' / 'الحلف' right before the anchor (or right after it, verb first: "ينشر الحلف"): the article's
    alliance, coalition or mission, if it has one; 'the group' / 'المجموعة': its armed group or contractor ("The group
    entered the country": Wagner)."""
    for category, groups in _ANAPHOR_GROUPS.items():
        if any(0 <= start - e <= 30 or end is not None and 0 <= s - end <= 2 for s, e in sentence.cues(category)):
            for code in (ctx.last_actor, ctx.default_actor):
                entry = ctx.gazetteer.actor(code) if code else None
                if entry is not None and entry.group in groups:
                    return code
    return ""


def _relative_between(sentence: Sentence, a: Mention, b: Mention) -> bool:
    """`b` sits in a relative clause that opens right after `a` ("the US forces, which lead the coalition")."""
    return any(a.end <= s < b.start and s - a.end <= 25 and not any(0 <= s - e <= 2 for _, e in sentence.cues(
        "attribution")) for s, _ in sentence.cues("relative"))   # not "said that": a clause, not a relative


def _left_from(sentence: Sentence, end: int, m: Mention) -> bool:
    """A mission named after a move's "from" is what is left ("ستنسحب من بعثة الأمم المتحدة", "withdraw from
    the UN mission"), not who moves."""
    return getattr(m.entry, "group", "") != "state" and any(
        end <= s and e <= m.start and not sentence.text[e:m.start].strip(" ").count(" ")
        for s, e in sentence.cues("from_prep"))


def _describes_anchor(sentence: Sentence, start: int, end: int, m: Mention, window: int) -> bool:
    """The host's or local forces are the number's own noun phrase: right after it ("300 Kurdish fighters",
    "2000 عنصر من القوات الليبية") or owning it ("Australia's 2,000-strong brigade")."""
    if end <= m.start <= end + window and _gap_is_noun_phrase(sentence, end, m.start):
        short = len(sentence.text[end:m.start].split()) <= 4   # not "612 جنديا يدعمون الحكومة والجيش اللبناني"
        between = any(end <= o.end <= m.start and not domestic(o, sentence.host) for o in actor_mentions(sentence))
        return short and not between and names_a_force(sentence, m)   # not "مغادرة القوات الفرنسية العراق"
    return (m.end <= start and _possessive().fullmatch(fold(sentence.text[m.end:start]).text) is not None
            and any(0 <= s - end <= 30 for s, _ in sentence.cues("force")))


def names_a_force(sentence: Sentence, m: Mention) -> bool:
    """A force word beside the mention ("Afghan security forces", "القوات العراقية"), not "Iraqi officials"."""
    return any(0 <= s - m.end <= 12 or 0 <= m.start - e <= 12 or m.start <= s < m.end
               for s, e in sentence.cues("force"))   # the force word may be the name's own ("Kurdish fighters")


def _subject_is(sentence: Sentence, start: int, mine: list[Mention], chosen: str) -> bool:
    """The host's forces are the subject right before the cue and the chosen actor only comes after it:
    "Ivorian paratroopers entered the French base"."""
    lo, _ = sentence.clause_of(start)
    subject = any(lo <= m.start and 0 <= start - m.end <= 25 for m in mine)
    chosen_before = any(m.entry.code == chosen and m.end <= start for m in actor_mentions(sentence))
    return subject and not chosen_before


def _trainees(sentence: Sentence, m: Mention) -> bool:
    """A state's forces right after a verb of training ("are training Iraqi forces", "يقدم المشورة للقوات
    الفلبينية"): the trainees, so where the trainers are, unless the sentence says where with a preposition."""
    lo, _ = sentence.clause_of(m.start)
    if not any(lo <= s and 0 <= m.start - e <= 40 for s, e in sentence.cues("trainee_verb")):
        return False   # "ويدرب 150 جنديا أمريكيا القوات العراقية": the subject may stand between
    if not any(0 <= m.start - fe <= 3 or 0 <= fs - m.end <= 3 for fs, fe in sentence.cues("force")):
        return False
    return not any(o.entry.kind == "country" and o.start != m.start and place_role(sentence, o) in ("at", "to")
                   for o in sentence.mentions)


def _verb_between(sentence: Sentence, end: int, pos: int) -> bool:
    """The host's forces named after a verb that follows the number are its object ("150 جنديا قالت إنهم
    يدربون قوات عراقية": the trainees), not whose the number is."""
    return pos > end and any(end <= s and e <= pos for kind in ("attribution", "trainee_verb")
                             for s, e in sentence.cues(kind))


def _nearest_is(sentence: Sentence, start: int, end: int, mine: list[Mention], chosen: str) -> bool:
    """Whether a host-forces mention is the actor mention nearest the anchor, in its clause."""
    lo, hi = sentence.clause_of(start)
    def distance(m: Mention) -> int:
        return m.start - end if m.start >= end else start - m.end
    others = [m for m in actor_mentions(sentence) if m.entry.code == chosen and lo <= m.start < hi]
    near_mine = min((distance(m) for m in mine if lo <= m.start < hi), default=None)
    if near_mine is None:
        return False
    return all(near_mine < distance(m) for m in others)


def tracked(entry, host: str) -> bool:
    """Whose moves are claims: states, alliances, coalitions, contractors, and an armed group away from its home
    country (Hezbollah in Syria); an armed group at home (the PMF in Iraq) only has counts of its members."""
    group = getattr(entry, "group", "")
    return group in TRACKED_GROUPS or (group == "armed_group" and bool(entry.country) and entry.country != host)


def domestic(m: Mention, host: str) -> bool:
    """A state's own forces at home (Iraqi forces in an article about Iraq) are not foreign presence, nor are
    forces that are at home wherever they fight (Kurdish fighters, government forces, rebels: kind `local`)."""
    group = getattr(m.entry, "group", "")
    return group == "local" or (bool(host) and group == "state" and m.entry.country == host)


def _bare_state_name(m: Mention, sentence: Sentence | None = None) -> bool:
    """A state's name with no force word in or beside it ("Mali", not "French military", "U.S. troops")."""
    if m.form != "name" or getattr(m.entry, "group", "") != "state":
        return False
    return sentence is None or not any(m.start <= s <= m.end + 3 for s, _ in sentence.cues("force"))


def _owns_number(sentence: Sentence, m: Mention, start: int) -> bool:
    """A state with a verb of having between it and the number, or right before both ("South Korea has 690,000
    troops", "تملك كوريا الجنوبية 600 ألف جندي"): its own forces."""
    if m.end > start or not any(q.start == start for q in sentence.quantities):
        return False
    between = [w for w in folded_words(sentence.text[m.end:start]) if w]
    if not between:   # the verb before both (VSO)
        return any(_is_particle(w, "owner_verbs") for w in words_before(sentence.text, m.start, 14, 1))
    return len(between) <= 3 and _is_particle(between[0], "owner_verbs") and not any(
        m.end <= c < start for kind in ("withdrawal", "deployment", "demanded", "planned", "proposed")
        for c, _ in sentence.cues(kind))   # not "Chad has asked the 1,000 French soldiers to leave"


def _possessor(sentence: Sentence, start: int, end: int, actors: list[Mention]) -> Mention | None:
    """The state that opens the sentence when the force after the cue is "its / their" own ("the withdrawal of
    its troops"), else None."""
    words = folded_words(sentence.text[end:end + 20])[:2]
    if not set(words) & set(load_cues().particles.get("possessive_pronouns", ())) or not _force_right_after(
            sentence, end):
        return None
    states = [m for m in actors if m.end <= start and getattr(m.entry, "group", "") == "state"]
    return states[0] if states and not sentence.text[:states[0].start].strip(" \"'“”«»") else None


def _force_right_after(sentence: Sentence, pos: int) -> bool:
    """A force word right after a cue or one word on ("withdrawal of the forces", "الانسحاب التدريجي للقوات")."""
    return any(0 <= s - pos <= 14 and len(sentence.text[pos:s].split()) <= 2 for s, _ in sentence.cues("force"))


def pick_places(sentence: Sentence, start: int, end: int, ctx: DocContext, actor: str,
                stop: int | None = None, many: bool = False, only_before: bool = False,
                next_move: int | None = None) -> list[tuple[str, str, Mention | None]]:
    """Places (country, base, mention) a claim anchored at [start, end) is about.

    With `many`, every place listed after the anchor up to `stop` ("from Ain al-Asad and Baghdad").
    A place after `next_move` (the start of the next, opposite movement cue) is that movement's: "removed
    under Trump and rebased in Kenya" did not leave Kenya.
    A state's own country is never where its forces are deployed abroad.
    """
    own = own_country(ctx, actor)
    lo, hi = sentence.clause_of(start)
    places = _drop_apposed_countries(sentence, [m for m in place_mentions(sentence) if place_country(m) != own
                                                and not _denied_between(sentence, end, m.start)
                                                and not _topic_place(sentence, m)])
    end = min([m.start for m in places if start < m.start < end] or [end])   # "closed Camp Lemonnier", "أغلقت
    # قاعدة التنف", "shut down the Green Village base": a place inside a cue that spans its object is its own
    base = _base_after(sentence, end, hi, places, ctx)
    if base is not None and base.country not in ("", own):
        return [(base.country, base.code, Mention(base, end, end, "base"))]   # "250 advisers ... in the base"
    sites = [m for m in sentence.mentions if m.entry.kind in ("country", "base")]
    if _plural_place_after(sentence, end, sites) or _worldwide_after(sentence, end, sites):
        return []   # "pull troops out of several other African countries", "في هذه الدول", "8,000 soldiers serve
        # worldwide": no one country
    anaphor = _anaphor_after(sentence, end, places)
    named = [place_country(m) for m in places if m.end <= start and place_country(m) not in ("", own)]
    referred = named[-1] if named else ctx.last_country or ctx.default_country   # the country named before it
    if anaphor and referred not in ("", own):
        return [(referred, "", None)]   # "U.S. troops there", "القوات هناك", "in the Philippines ... in the country"
    if many and not only_before:
        listed = _drop_covered_countries(_chain(places, end, stop if stop is not None else hi, sentence))
        if listed:
            return [as_place(m) for m in listed]
    previous = ctx.last_country or ctx.default_country
    if _anaphor_before(sentence, lo, start, places) and previous not in ("", own):
        return [(previous, "", None)]   # "the number of U.S. troops there was increased to 2,000"
    for lo_, hi_ in ((lo, hi), (0, len(sentence.text))):
        if lo_ == 0 and _base_anaphor_before(sentence, lo, start) and previous not in ("", own):
            return [(previous, "", None)]   # "هاتان القاعدتان تضمان 5000 جندي": the bases named before
        limit = hi_ if next_move is None else min(hi_, max(next_move, end))   # not the next move's places
        after = [] if only_before else [m for m in places if end <= m.start < limit]
        before = [m for m in places if lo_ <= m.start < start]
        if lo_ == 0 and any(place_country(m) for m in after + before):   # outside its clause, a region of
            after, before = ([m for m in ms if place_country(m)] for ms in (after, before))   # several is a scope
        if after or before:
            m = after[0] if after else _site_before_its_country(sentence, before)
            if m.entry.kind == "base" and (civilians_in(sentence, m) or _route(sentence, m)):
                return [(place_country(m), "", None)]   # "Protesters in Niamey demanded the departure": their city;
                # "left via Hmeimim": the way out, in its country
            if lo_ == 0 and m.entry.kind == "base" and m.start >= hi and place_country(m) and any(
                    hi <= s < m.start for kind in ("withdrawal", "deployment", "presence", "keeps")
                    for s, _ in sentence.cues(kind)):
                return [(place_country(m), "", None)]   # the base of a later clause's own verb: its country only
            return [as_place(m)]
    host = _subject_host(sentence, lo, start, actor, own)
    if host:
        return [(host, "", None)]   # "Senegal is negotiating the withdrawal of French troops": Senegal's soil
    if ctx.last_country not in ("", own) and any(lo <= s < start for s, _ in sentence.cues("country_described")):
        return [(ctx.last_country, "", None)]   # "The central African country was the last to host French troops"
    if ctx.last_country not in ("", own) and _force_pronoun_at(sentence, lo, start, end):
        return [(ctx.last_country, "", None)]   # "... 1,000 personnel in Niger. They are due to leave by September
        # 15": the country of the claim told before, not the article's host
    entry = ctx.gazetteer.actor(actor)
    home = own if entry is not None and getattr(entry, "group", "") == "armed_group" else ""
    candidates = (home, *mission_theaters(sentence, actor), ctx.default_country, ctx.last_country)
    country = next((c for c in candidates if c and (c != own or c == home)), "")
    return [(country, "", None)] if country else []


def _force_pronoun_at(sentence: Sentence, lo: int, start: int, end: int) -> bool:
    """A pronoun for forces ("they", "the rest", "بعضهم") or a subject pronoun in the anchor's clause before it,
    or right after it in Arabic order ("وسينسحب هؤلاء")."""
    return any(lo <= s and (e <= start and start - e <= 40 or 0 <= s - end <= 3)
               for kind in ("force_pronoun", "subject_pronoun") for s, e in sentence.cues(kind))


def _topic_place(sentence: Sentence, m: Mention) -> bool:
    """A place named as where something is happening ("the developments in Syria", "التطورات في سوريا"): the
    subject of the talk, not where the forces are."""
    return place_after_cue(sentence, m, "topic_noun")


def place_after_cue(sentence: Sentence, m: Mention, category: str) -> bool:
    """The place right after a cue of `category`, nothing or a preposition of place between ("الحرب في", "war in")."""
    return any(0 <= m.start - e <= 8 and fold_str(sentence.text[e:m.start].strip()) in _place_links()
               for _, e in sentence.cues(category))


@lru_cache(maxsize=1)
def _place_links() -> frozenset[str]:
    """What may stand between an event or topic noun and its place: nothing, or a preposition of place ("in", "في")."""
    return frozenset(("", *(fold_str(w) for w in load_cues().particles.get("event_place_links", ()))))


def _denied_between(sentence: Sentence, end: int, pos: int) -> bool:
    """A denial between the anchor and a place after it: "headed to Syria, denying that any went to Erbil",
    "تتجه نحو التنف، نافياً أن تكون أي قوة توجهت إلى أربيل": the place is the denied report's."""
    return any(end <= s and e <= pos for s, e in sentence.cues("denial"))


def _site_before_its_country(sentence: Sentence, before: list[Mention]) -> Mention:
    """The last place before the anchor, or the site right before it when that place is only the site's country
    ("في قاعدة أكروتيري في قبرص نحو 2000 عسكري", "at Akrotiri base in Cyprus, 2,000 personnel"): the address."""
    last = before[-1]
    if len(before) < 2 or last.entry.kind != "country":
        return last
    site = before[-2]
    between = folded_words(sentence.text[site.end:last.start])
    return site if site.entry.kind == "base" and place_country(site) == place_country(last) and len(
        between) == 1 and between[0] in _particles()["site_country_links"] else last


def civilians_in(sentence: Sentence, m: Mention) -> bool:
    """A city right after civilians and "in" ("Protesters in Niamey", "المتظاهرون في نيامي") is where those people
    are: the claim's country, not its site."""
    words = folded_words(sentence.text[max(0, m.start - 30):m.start])[-2:]
    return len(words) == 2 and words[0] in _particles()["civilian_subjects"] and cue_right_before(
        sentence, "location_prep", m.start)


def _asker(sentence: Sentence, m: Mention) -> bool:
    """A state named right beside a verb of asking (before it, or after it in VSO): "العراق يطالب", "طالبت
    النيجر", "Iraq demands"."""
    return any(0 <= m.start - e <= 2 or 0 <= s - m.end <= 2 for s, e in sentence.cues("host_asks"))


def _subject_host(sentence: Sentence, lo: int, start: int, actor: str, own: str) -> str:
    """A bare state name opening a clause in which it asks for or negotiates another state's move is where
    that move happens: "Senegal is negotiating the withdrawal of French troops", "العراق يطالب بانسحاب"."""
    names = [m for m in sentence.mentions if m.entry.kind == "country" and lo <= m.start < start
             and m.entry.code not in ("", own, actor) and m.form == "name"
             and not any(m.start <= s <= m.end + 3 for s, _ in sentence.cues("force"))]
    if not names or names[0].start - lo > 12:
        return ""
    asks = _asker(sentence, names[0]) or any(names[0].end <= s < start for s, _ in sentence.cues("host_asks"))
    return names[0].entry.code if asks else ""   # "طالبت النيجر بانسحاب" (VSO), "Senegal is negotiating the..."


def _anaphor_before(sentence: Sentence, lo: int, start: int, places: list[Mention]) -> bool:
    """'there' / 'هناك' in the anchor's clause before it, no place before it or right after it, and no other
    number between ("900 troops there and 2,000 in Kuwait": Kuwait's)."""
    if any(lo <= m.start < start or 0 <= m.start - start <= 40 for m in places):
        return False
    return any(lo <= s < start and not any(s <= q.start < start for q in sentence.quantities)
               and not (_existential().match(sentence.text, e) and (sentence.text[s].isupper()
                                                                  or not sentence.text[lo:s].strip(" ,")))
               for s, e in sentence.cues("place_anaphor"))   # "There was no request": no place


def _base_after(sentence: Sentence, end: int, hi: int, places: list[Mention], ctx: DocContext):
    """'in the base' / 'في القاعدة' right after the anchor, no place named between: the base named before, in
    this sentence or an earlier one ("withdrawal from Ain al-Asad ... keeping 300 advisers at the base")."""
    named = [m.entry.code for m in places if m.entry.kind == "base" and m.end <= end]
    code = named[-1] if named else ctx.last_base
    if not code:
        return None
    for s, _ in sentence.cues("base_anaphor"):
        if 0 <= s - end <= 40 and s < hi and cue_right_before(sentence, "location_prep", s) and not any(
                end <= m.start < s + 40 for m in places):   # not "القاعدة العسكرية التركية «تركسوم»"
            return ctx.gazetteer.base(code)
    return None


def _base_anaphor_before(sentence: Sentence, lo: int, start: int) -> bool:
    """'the base' / 'هاتان القاعدتان' opens the anchor's clause, with no place named in it."""
    return any(lo <= s < start for s, _ in sentence.cues("bases_anaphor"))


def _names_plural_place(sentence: Sentence, start: int) -> bool:
    """The first of a list that names a plural place noun before it: "in five countries: Mali, Niger ...",
    "في خمس دول هي مالي، النيجر ...", "to NATO countries, including Poland"."""
    if not sentence.cues("plural_places"):
        return False
    markers = set(load_cues().particles.get("plural_place_markers", ()))
    return any((0 <= start - e <= 8 or 0 <= start - e <= 18 and _after_place_prep(sentence, s)) and (
        not sentence.text[e:start].strip() or set(folded_words(sentence.text[e:start])) <= markers | {""})
        for s, e in sentence.cues("plural_places"))   # "to NATO countries, including Poland"; not the subject
    # "Smaller contributing countries, such as Denmark, ... have pulled out": who acts


def _after_place_prep(sentence: Sentence, pos: int) -> bool:
    """A preposition of place a few words before `pos` ("to NATO countries", "في خمس دول")."""
    return any(0 <= pos - e <= 25 and len(sentence.text[e:pos].split()) <= 2 for _, e in sentence.cues("location_prep"))


def _plural_place_after(sentence: Sentence, end: int, places: list[Mention]) -> bool:
    """A plural place noun ("countries", "دول") governed by a preposition right after the anchor, no country or
    site named after it in the sentence: the claim is about several unnamed countries."""
    if any(end <= m.start for m in places):
        return False   # "16,000 troops from two dozen countries serve in Kosovo": the place is named
    preps = set(load_cues().particles.get("place_preps", ()))
    return any(end <= s <= end + 50 and preps & set(folded_words(sentence.text[max(0, end - 4):s]))
               for s, _ in sentence.cues("plural_places"))


def _worldwide_after(sentence: Sentence, end: int, places: list[Mention]) -> bool:
    """'worldwide' / 'abroad' / 'حول العالم' after the anchor in its clause (100 characters, no country described
    between: not "from the East African nation ... abroad"), no place named after it: a total over many
    countries ("8,675 Indian soldiers are serving with UN peacekeeping forces worldwide")."""
    if any(end <= m.start for m in places):
        return False
    hi = sentence.clause_of(end)[1]
    described = [c for c, _ in sentence.cues("country_described")]
    return any(end <= s <= end + 100 and s < hi and not any(end <= c < s for c in described)
               for s, _ in sentence.cues("worldwide"))


def _anaphor_after(sentence: Sentence, end: int, places: list[Mention]) -> bool:
    """'there' / 'هناك' / 'in the country' right after the anchor, before any place is named."""
    first = min((m.start for m in places if m.start >= end), default=len(sentence.text))
    return any(end <= s <= end + 30 and s < first for s, _ in sentence.cues("place_anaphor"))


def movement_places(sentence: Sentence, start: int, ctx: DocContext, actor: str) -> dict[str, list[tuple]]:
    """Origins ('from') and destinations ('to') of a movement in the clause of `start`: "pulled out of
    northern Syria ... to western Iraq". A place listed after another takes its role ("to Erbil and Kuwait")."""
    own = own_country(ctx, actor)
    lo, hi = sentence.clause_of(start)
    found: dict[str, list[tuple]] = {"from": [], "to": [], "at": []}
    previous: tuple[Mention, str] | None = None
    for m in sorted(place_mentions(sentence), key=lambda m: m.start):
        if m.start < lo or (m.start >= hi and not _same_movement(sentence, start, m.start, actor)) or (
                _denied_between(sentence, start, m.start)):
            continue
        role = place_role(sentence, m)
        listed = previous is not None and (not role or role == "at") and _listed().match(
            fold(sentence.text[previous[0].end:m.start]).text) is not None
        if m.start >= hi and role not in ("from", "to") and not (listed and previous[1] in ("from", "to")):
            continue   # past its clause, only an explicit origin or destination: "تحركت ...، باتجاه العراق",
            # or the next item of a list of them: "to Erbil, Baghdad and Kuwait"
        if listed:
            role = previous[1]
        if role in ("at", "") and m.start > start and set(folded_words(sentence.text[start:m.start])) & set(
                _particles().get("join_words", ())):
            role = "to"   # "left Basra Palace to join 5,000 troops at the Basra Airport base": where they go
        previous = (m, role)
        if role in found and place_country(m) != own:
            found[role].append(as_place(m))
    return {role: [p for p in _dedupe_places(places)] for role, places in found.items()}


def listed_role(sentence: Sentence, m: Mention) -> str:
    """A place's role, or that of the place before it when the two are listed ("to Erbil and Kuwait": to)."""
    role = place_role(sentence, m)
    before = [p for p in place_mentions(sentence) if p.end <= m.start]
    if role or not before or _listed().match(fold(sentence.text[before[-1].end:m.start]).text) is None:
        return role
    return listed_role(sentence, before[-1])


def _same_movement(sentence: Sentence, start: int, pos: int, actor: str) -> bool:
    """No other movement cue nor other actor between a movement cue and a later place."""
    between = [s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind) if start < s < pos]
    actors = [m for m in actor_mentions(sentence) if start < m.start < pos and m.entry.code != actor]
    return not between and not actors and pos - start <= 120


def _dedupe_places(places: list[tuple]) -> list[tuple]:
    """A base and its country named together ("Erbil ... in Iraq") is one place: the base."""
    bases = {c for c, b, _ in places if b}
    out, seen = [], set()
    for c, b, m in places:
        if (c, b) in seen or (not b and c in bases):
            continue
        seen.add((c, b))
        out.append((c, b, m))
    return out


def _chain(places: list[Mention], start: int, stop: int, sentence: Sentence | None = None) -> list[Mention]:
    """Places listed after `start`: those before `stop`, and any that follow the list closely across a comma
    ("in Chad's capital, N'Djamena") or a list opener ("four bases in Syria, namely Hmeimim and Tartus").
    A site named right after a base is where the base is, not another place ("قاعدة الشدادي في ريف الحسكة")."""
    chain = [m for m in places if start <= m.start < stop]
    if not chain and sentence is not None:   # "the three other bases, namely Hama, Tiyas and Shayrat"
        chain = [m for m in places
                 if m.start >= stop and m.start - start <= 40 and _opens_list(sentence, start, m.start)][:1]
    for m in places:
        if chain and m.start >= stop and (0 <= m.start - chain[-1].end <= 12 or sentence is not None and (
                _opens_list(sentence, chain[-1].end, m.start) or _next_item(sentence, chain[-1].end, m.start))):
            chain.append(m)
    if sentence is None:
        return chain
    return [m for i, m in enumerate(chain) if not (i and _locates(sentence, chain[i - 1], m))]


def listed_before(sentence: Sentence, m: Mention) -> list[Mention]:
    """The list of places that ends with `m`, in order ("في بغداد وقاعدة عين الأسد", "in Baghdad and at Ain
    al-Asad"): the items joined to it by a comma or an "and"."""
    places = [p for p in place_mentions(sentence) if p.end <= m.start]
    listed = [m]
    for p in reversed(places):
        gap = sentence.text[p.end:listed[0].start]
        if not (len(gap) <= 12 and _list_joined(gap) or _next_item(sentence, p.end, listed[0].start)):
            break
        listed.insert(0, p)
    return listed


def _next_item(sentence: Sentence, end: int, start: int) -> bool:
    """Another item of a list of bases: "، وقاعدة حرير الجوية", ", and the base at X" (a joiner, a base word,
    a few words; no cue of another claim between)."""
    gap = sentence.text[end:start]
    based = any(end <= s and e <= start for s, e in sentence.cues("base_word"))
    if len(gap) > 45 or not _list_joined(gap) or not based:
        return False
    others = ("withdrawal", "deployment", "presence", "attribution", "planned")
    return not any(end <= s < start for kind in others for s, _ in sentence.cues(kind))


def _list_joined(gap: str) -> bool:
    """A comma or an 'and' (attached و included) in the words between two items."""
    folded = fold(gap).text
    return bool(_COMMA.search(folded)) or any(
        re.search(rf"(?<!\w){re.escape(j)}", folded) for j in _particles()["list_joiners"])


def _opens_list(sentence: Sentence, end: int, start: int) -> bool:
    """'namely', 'وهي', 'including' (and punctuation) between a place and the next."""
    return any(end <= s and e <= start and not sentence.text[e:start].strip(" ,،:")
               for s, e in sentence.cues("list_opener"))


def _locates(sentence: Sentence, base: Mention, m: Mention) -> bool:
    """`m` right after a base, in the same country and after 'in'/'في' (with region words): where the base is."""
    return (base.entry.kind == "base" and m.start - base.end <= 30 and place_country(m) == place_country(base)
            and place_role(sentence, m) == "at" and not _listed().match(fold(sentence.text[base.end:m.start]).text))


def as_place(m: Mention) -> tuple[str, str, Mention]:
    """A place mention as a claim's (country, base, mention): the base code only for a site."""
    return place_country(m), m.entry.code if m.entry.kind == "base" else "", m


def _drop_apposed_countries(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A country named right beside one of its own sites says where that site is: "the Somali capital
    Mogadishu", "العاصمة الصومالية مقديشو", "Baumholder, Germany". The site is the place."""
    sites = [m for m in mentions if m.entry.kind == "base"]
    return [m for m in mentions if m.entry.kind == "base" or not any(
        n.entry.country == place_country(m) and _apposed(sentence, m, n) for n in sites)]


def _apposed(sentence: Sentence, country: Mention, site: Mention) -> bool:
    """The site right after its country with at most a soil or capital word between, or right before it
    after a comma."""
    if 0 <= country.start - site.end <= 3:
        return sentence.text[site.end:country.start].strip() in ("", ",", "،")
    gap = sentence.text[country.end:site.start]
    return 0 <= site.start - country.end <= 12 and (not gap.strip() or any(
        country.end <= s and e <= site.start for s, e in sentence.cues("soil_word"))) and not _COMMA.search(gap)


def _drop_covered_countries(mentions: list[Mention]) -> list[Mention]:
    """In a list of places, a country already implied by a listed base adds nothing."""
    base_countries = {m.entry.country for m in mentions if m.entry.kind == "base"}
    seen: set[tuple[str, str]] = set()
    out = []
    for m in mentions:
        key = (m.entry.kind, m.entry.code)
        if key in seen or (m.entry.kind != "base" and place_country(m) in base_countries):
            continue
        seen.add(key)
        out.append(m)
    return out


def joined_actors(sentence: Sentence, actor: str, s: int, e: int) -> list[str]:
    """Actors of the same kind joined to `actor` by an actor joiner, near the cue, after it and before it:
    "تعزيزات عسكرية سعودية وسودانية" (Saudi and Sudanese reinforcements), "French and German troops"."""
    ms = sorted(actor_mentions(sentence), key=lambda m: m.start)
    near = {id(m) for m in ms if -40 <= m.start - e <= 40 or -40 <= s - m.end <= 40}
    out: list[str] = []
    for pairs in (zip(ms, ms[1:]), zip(reversed(ms[1:]), reversed(ms[:-1]))):
        for a, b in pairs:   # a list goes on beyond the window: "Nigeria, Ghana, Malawi and Burundi ... send"
            first, second = sorted((a, b), key=lambda m: m.start)
            if (a.entry.code == actor and id(a) in near or a.entry.code in out) and b.entry.code not in (
                    actor, *out) and getattr(
                    a.entry, "group", "") == getattr(b.entry, "group", "") and _joined().match(
                    fold(sentence.text[first.end:second.start]).text):
                out.append(b.entry.code)
    return out


def pick_actors(sentence: Sentence, s: int, e: int, ctx: DocContext) -> list[str]:
    """The actor of a cue and those joined to it ("the United States and its NATO allies")."""
    actor, _ = pick_actor(sentence, s, e, ctx, window=30, tracked_only=True)
    if not actor:
        return []
    actors = [m for m in actor_mentions(sentence) if m.end <= s and not domestic(m, sentence.host)]
    chosen = [m for m in actors if m.entry.code == actor]
    out = [actor]
    if chosen:
        current = chosen[-1]
        for m in reversed([m for m in actors if m.end <= current.start]):
            if not _joined().match(fold(sentence.text[m.end:current.start]).text):
                break
            out.insert(0, m.entry.code)
            current = m
    return list(dict.fromkeys(out))


def update_speaker(sentence: Sentence, ctx: DocContext) -> None:
    """Remember who speaks ("the Pentagon spokesman said") for a later "we are in Syria"."""
    for _s, e in sentence.cues("attribution"):
        after = [m for m in actor_mentions(sentence) if e <= m.start <= e + 30]
        if after:
            ctx.speaker = after[0].entry.code
            return


def without_negated(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the states named after a negating prefix: "non-American forces", "القوات غير الأمريكية" are
    everyone else's."""
    negators = load_cues().particles.get("name_negators", ())
    lowered = text.lower()
    if not any(n in lowered for n in negators):
        return mentions   # most texts have none: one look at the text, not one per mention
    return [m for m in mentions if m.entry.kind == "base" or not _negated_name(text, m.start, negators)]


def _negated_name(text: str, start: int, negators: tuple[str, ...]) -> bool:
    """A negating word right before `start`, joined by a hyphen or a space."""
    before = text[max(0, start - 12):start]
    words = before.replace("-", " - ").split()
    if words and words[-1] == "-":
        words = words[:-1]
    return bool(words) and fold_str(words[-1]) in negators

