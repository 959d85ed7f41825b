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
from datetime import date
from functools import lru_cache

from .codes import DEFAULT_STATUS, STATUSES
from .context import (
    TRIGGER_TYPES,
    Claim,
    DocContext,
    Sentence,
    blanked,
    cue_near,
    cue_right_before,
    folded_words,
    phrase_before,
    words_before,
)
from .cues import load_cues
from .dates import relation_words
from .gazetteer import Mention, is_site
from .mentions import (
    ALLIANCE_GROUPS,
    actor_mentions,
    as_place,
    civilians_in,
    joined_actors,
    listed_before,
    listed_role,
    mission_theaters,
    movement_places,
    names_a_force,
    own_country,
    pick_actor,
    pick_actors,
    pick_places,
    place_after_cue,
    place_country,
    place_mentions,
    place_role,
    pronoun_subject,
)
from .numbers import Quantity
from .text import fold_str, replaced

STATUS_WINDOW = 150     # characters before a claim's anchor in which a status cue governs it
_WIDTH = {"year": 4, "month": 7, "day": 10}   # characters of an ISO date that a precision compares
TRIGGER_WINDOW = 70     # characters before a number in which a withdrawal/deployment cue types it
MIN_BARE_NUMBER = 50    # a number with no unit word is read as personnel only from this size
JUST_PASSED = 31        # days: a deadline day (no year) this shortly before publication is the one just passed



def pick_status(sentence: Sentence, anchor: int, claim_type: str) -> str:
    """The status cue nearest before the anchor (its own word included) governs the claim: first one in
    the anchor's clause, else one within STATUS_WINDOW characters before it in the sentence."""
    lo, _ = sentence.clause_of(anchor)
    spans = [(s, e, status) for status in STATUSES for s, e in sentence.cues(status) if s <= anchor + 2]
    kept = [(s, e, status) for s, e, status in spans   # a phrase that starts inside another is part of it:
            if not any(s2 <= s < e2 and (s2, e2) != (s, e) and (s2 < s or e2 > e)   # "had to" + "to leave"
                       for s2, e2, _ in spans)]
    if claim_type == "presence":   # "the forces stationed in Basra": a fact, unless the verb itself is a plan
        kept = [c for c in kept if anchor - c[0] <= 12 or anchor - c[1] <= 5]   # or right before it ("من المقرر أن")
    kept = [c for c in kept if not _asked_to(sentence, c, kept)]
    cues = [(s, status) for s, _, status in kept]
    in_clause = [c for c in cues if c[0] >= lo]
    near = [c for c in cues if anchor - c[0] <= STATUS_WINDOW]
    best = max(in_clause or near, default=None)
    if best is None:
        hi = _clause_end_past_places(sentence, anchor)
        movers = [s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind) if s > anchor + 2]
        after = [s for s, _ in sentence.cues("planned") if 0 < s - anchor <= 25] + [
            s for kind in ("future", "planned") for s, _ in sentence.cues(kind)
            if 0 < s - anchor <= 60 and s < hi and not any(m < s for m in movers)]   # "الانسحاب ... مقرر في"
        after = [s for s in after if not _basis_before(sentence, s)]   # "أرسلت ... بموجب الاتفاق": its grounds
        movement = claim_type in ("withdrawal", "deployment", "deadline")
        maybe = [s for s, _ in sentence.cues("proposed") if 0 < s - anchor <= 40 and s < hi
                 and not any(m < s for m in movers)]   # "Up to 1,500 soldiers could be sent": a possibility
        if maybe and movement and (not after or min(maybe) < min(after)):
            return "proposed"
        return "planned" if after and movement else DEFAULT_STATUS[claim_type]
    if claim_type == "troop_count" and best[1] == "planned":
        return "reported"
    return best[1]


def _basis_before(sentence: Sentence, pos: int) -> bool:
    """A preposition of grounds right before `pos` ("under the agreement", "بموجب الاتفاق"): what the move rests
    on, not a plan for it."""
    return any(0 <= pos - e <= 4 for _, e in sentence.cues("basis_prep"))


def _clause_end_past_places(sentence: Sentence, pos: int) -> int:
    """The end of the clause at `pos`, past the clauses that are only more items of a list of places ("the
    closure of bases in Kidal, Tessalit and Timbuktu would begin": one clause)."""
    _, hi = sentence.clause_of(pos)
    starts = {m.start for m in sentence.mentions}
    while hi < len(sentence.text):
        gap = sentence.text[hi:hi + 8]
        first = hi + len(gap) - len(gap.lstrip(" ,،و"))
        if first not in starts:
            return hi
        nxt = sentence.clause_of(first)[1]
        if nxt <= hi:
            return hi
        hi = nxt
    return hi


def _asked_to(sentence: Sentence, cue: tuple[int, int, str], kept: list[tuple[int, int, str]]) -> bool:
    """A planned infinitive that a demand governs through the one asked ("asked India to withdraw", "urged Paris
    to pull out"): the demand's, not a plan of its own."""
    s, _, status = cue
    first = folded_words(sentence.text[s:s + 12])[:1]
    if status != "planned" or not first or first[0] not in load_cues().particles.get("infinitive_markers", ()):
        return False
    return any(d == "demanded" and 0 <= s - e <= 30 and len(sentence.text[e:s].split()) <= 3
               and not any(e <= f < s for f, _ in sentence.cues("force")) for _, e, d in kept)   # the one asked;
    # not "The deal calls for all U.S. troops to leave": the forces named, the plan's own infinitive


def number_type(sentence: Sentence, q: Quantity) -> str:
    """Which claim type a number of personnel makes, from its link and the cues around it."""
    if _whole_size(sentence, q):   # "the withdrawal of 4,500 troops from the 28,500-strong contingent": the whole;
        return _size_that_moved(sentence, q) or _sent_sized(sentence, q) or "troop_count"   # "a 200-strong
        # company that deployed": a move
    first = _listed_after(sentence, q)
    if first is not None:
        return number_type(sentence, first)   # "would leave about 2,500 troops in Afghanistan and 2,500 in Iraq"
    made = _total_made(sentence, q)
    if made:
        return made
    lo, hi = sentence.clause_of(q.start)
    level = _level_verb_before(sentence, q, lo)
    if level:
        return level   # "the presence there totaled 1,000 troops", "بلغ حجم الوجود الفرنسي في تشاد ألف جندي"
    if q.link == "to":   # "rose from 12,000 to 15,000", "تم تخفيض ... من 2000 إلى 1400": the level reached;
        # "will cut from 5,000 to 3,000": a target
        done = pick_status(sentence, q.start, "troop_target") == "reported" and not _change_begun(sentence, q)
        start = max((o.start for o in sentence.quantities if o.link == "from" and o.end <= q.start), default=q.start)
        return "troop_count" if done or cue_near(sentence, "past_change", start, 60, 0, lo, hi) or cue_near(
            sentence, "now", q.end, 0, 20, lo, hi) else "troop_target"   # "... to 900 now": the level reached
        # the change's verb before its "from" number: "زادت الولايات المتحدة عديد قواتها في الأردن من 250 إلى ألف"
    if q.link == "from" or _cue_before_number(sentence, q, "peak_of", lo, words=2, reach=20):
        return "troop_count"   # "cut ... from a peak of 170,000 in 2007": the level then
    if (cue_near(sentence, "only_left", q.start, 30, 0) and not _leaving_after(sentence, q)
            and not _leaving_right_before(sentence, q, lo)):
        # not "will withdraw the remaining 2,500 troops": they leave (and that is the size); "Only about 400 U.S.
        # troops will remain": the size to come
        return "troop_target" if _remain_of(sentence, q, lo, hi) else "troop_count"
    if cue_near(sentence, "remaining_with", q.start, 25, 0) or (
            _with_remaining(sentence, q) and not _leaving_after(sentence, q)):
        # "شهد انسحاب 500 جندي مع بقاء 1500"; "إنهاء العمليات بحلول 2010 مع بقاء 50 ألفا"; "with 1,000 remaining";
        # not "with 300 remaining troops departing in August" (those remaining then leave)
        return "troop_target" if _in_a_plan(sentence, q) and not cue_near(
            sentence, "now", q.end, 0, 60, lo, hi) else "troop_count"   # "مع بقاء 1000 جندي في تشاد حاليا": now
    if cue_near(sentence, "left_behind", q.end, 0, 20, lo, hi):   # "with only about 1,000 left behind to staff"
        return "troop_target" if _in_a_plan(sentence, q) else "troop_count"
    if cue_near(sentence, "leave_behind", q.start, 25, 0) and _left_behind_by_past_move(sentence, q) is not None:
        return "troop_count"   # "withdrew from Niamey in July, leaving around 200 soldiers at Agadez": left then
    staying = _remain_of(sentence, q, lo, hi) or cue_near(sentence, "leave_behind", q.start, 25, 0)
    if staying and cue_right_before(sentence, "possessive_force", q.start):
        return "troop_count"   # "Ireland will keep its 370 peacekeepers in Lebanon": the force there now stays
    if staying or cue_near(sentence, "ceiling", q.start, 25, 0):   # "a ceiling of 17,000 troops"
        return "troop_target"
    if _left_over(sentence, q, lo, hi):
        return "troop_count"   # "down to about 8,000 troops left", "The US has 2,500 troops left in Afghanistan"
    if _reduced_to(sentence, q, lo, hi) or (
            q.qualifier == "range" and cue_near(sentence, "reduce", q.start, TRIGGER_WINDOW + 20, 0, lo, hi)):
        done = pick_status(sentence, q.start, "troop_target") == "reported" or _cue_before_number(
            sentence, q, "level_reached", lo, words=8, reach=90) or cue_near(   # "ما يرفع عدد الجنود ... إلى
            sentence, "past_cut", q.start, TRIGGER_WINDOW + 20, 0, lo, hi)   # سبعمائة"; "وقلصت ... إلى 1100"
        return "troop_count" if done else "troop_target"   # "already cut to 1,200" is a level reached
    if _from_current(sentence, q):
        return "troop_count"   # "reduce the number ... from the current 28,500", "من عددها الحالي البالغ 28500"
    if _cut_by_later(sentence, q, hi):
        return "troop_count"   # "the battalion of 1,900 will be cut by 300", "التي تضم 1900 جندي ستخفض بـ300": the
        # size before the cut
    if cue_right_before(sentence, "from_prep", q.start) and any(
            o.unit in ("personnel", "") and 0 <= q.start - o.end <= 40 and lo <= o.start for o in sentence.quantities):
        return "troop_count"   # "cut ... to about 24,000 from 36,000", "إلى 24 ألفا من 36 ألفا": the level now;
        # "a cut of about 800 personnel from roughly 1,700": the force it was taken from
    if cue_near(sentence, "apposition", q.start, 25, 0) and any(
            o.end <= q.start and o.unit == "personnel" for o in sentence.quantities):
        return "troop_count"   # "100 soldiers left ..., 10% of the force there, which numbers about 1,000"
    if _whole_of(sentence, q):
        return "troop_count"   # "relocate 9,000 of the 19,000 Marines": the second is the force there
    if cue_near(sentence, "authorized", q.start, 40, 0, lo, hi):
        return "troop_target"   # "authorized the participation of 97 soldiers", "إجازة مشاركة 97 عنصرا": a ceiling
    if _planned_force_size(sentence, q, lo):
        return "troop_target"   # "أجاز ... نشر قوة حفظ سلام قوامها 12 ألف جندي": the force's size to come
    sized = _size_of_moved_force(sentence, q, lo)
    if sized:
        return sized   # "نشر حلف الناتو كتيبة بقيادة أميركية قوامها 1100 جندي": the number moved
    if _size_to_come(sentence, q, lo):
        return "troop_target"   # "سيصل إلى نحو 3000 جندي", "will grow to about 2,200": a total to come
    if _arrived_before(sentence, q):
        return "deployment"   # "وصل 100 متخصص عسكري روسي إلى واغادوغو", "وصول نحو 1500 مقاتل"
    if _cue_before_number(sentence, q, "level_reached", lo):
        return "troop_count"   # "The latest deployment brings the number of British troops in Cyprus to 2,717"
    if _arrived_after(sentence, q, hi):
        return "deployment"   # "7600 جندي تركي وصلوا إلى شمال سوريا": those who arrived
    if any(0 <= q.start - e <= 12 for _, e in sentence.cues("joined_by")):
        return "deployment"   # "They will be joined by 4,800 soldiers": those who come
    if any(0 <= q.start - e <= 12 for _, e in sentence.cues("join_to")):
        return "troop_count"   # "400 soldiers join the 2,500 already there": the second is the force joined
    if _hosted_now(sentence, q, lo):
        return "troop_count"   # "Poland currently hosts a rotating contingent of over 4,000 US troops"
    if _extended_deployment(sentence, q, lo):
        return "troop_count"   # "extended the deployment of 100 personnel to Mali": the force already there
    if _replaced(sentence, q, lo, hi):
        return "withdrawal"   # "the 200 British soldiers will be replaced by Danes", "استبدال 76 جنديا": they leave
    if _where_deployed(sentence, q):
        return "troop_count"   # "Djibouti, where 1,500 personnel were deployed": the level there
    if _future_stationed(sentence, q, lo, hi):
        return "troop_target"   # "3,000 troops would be stationed at the base", "سيتمركز 500 جندي": a size to come
    if _told_to_leave(sentence, q, lo, hi):
        return "withdrawal"   # "Niger ordered the 1,500 French troops stationed there to leave": those who go
    level_after = (cue_near(sentence, "stationed", q.end, 0, 35, lo, hi) or _present_after(sentence, q, hi)
                   or _stationed_verb_after(sentence, q, hi))
    if level_after and cue_near(sentence, "sent_home", q.end, 0, 120, lo, hi):
        return "withdrawal"   # "تمت إعادة 51 جنديا متمركزين في منصتين إلى وطنهم": where they were, then home
    trigger = _nearest_trigger(sentence, q.start, lo, over_number=not level_after)   # "An additional 129 US
    # troops are stationed in Cyprus": the level verb is the number's own, "additional" no arrival
    if not trigger and not level_after:   # a move of the clause before, unless the number's own verb is a level
        trigger = _nearest_trigger(sentence, q.start, 0) or _move_made_of(sentence, q)[1]
    if trigger == "deployment" and (cue_near(sentence, "sent_home", q.end, 0, 60, lo, hi)
                                    or _means_of_a_cut(sentence, q)):
        return "withdrawal"   # "downsized its presence in Korea by redeploying 5,000 troops": those who left
    if trigger:
        return trigger
    moved = _moved_after_stationed(sentence, q, hi) if level_after else ""
    if moved:
        return moved   # "1,000 troops based in Germany will be redeployed to Romania": the move is the verb
    if level_after:   # "1,000 French troops were stationed in Niamey", "while 900 US troops remain in Syria";
        # "of whom 1,700 will be based on Guam", "سيتمركز 500 جندي": a size to come
        return "troop_target" if _future_level(sentence, q, lo, hi) else "troop_count"
    if _destination_right_after(sentence, q) and (sentence.cues("deployment") or sentence.cues("withdrawal")):
        return "deployment"    # "..., including 4,000 to Guam"
    after = [(s, t) for t in ("withdrawal", "deployment") for s, e in sentence.cues(t)
             if q.end <= s <= q.end + 100 and not _negated(sentence, s) and not _moves_things(sentence, e)
             and not _inside_count_cue(sentence, s, e) and not _relative_clause_between(sentence, q.end, s)
             and not _after_subordinator(sentence, s)
             or q.end <= s <= q.end + 60 and _own_relative(sentence, q.end, s)]
    inside = {t for s, t in after if s < hi}
    if inside:
        return "withdrawal" if "withdrawal" in inside else "deployment"
    if cue_near(sentence, "future", q.end, 0, 25, lo, hi):
        return "troop_target"   # "Fewer than 500 troops will be involved": a size to come
    if after and not cue_near(sentence, "count", q.start, 40, 0, lo, hi):   # "كان عدد الجنود 132 ألفا عندما
        return "withdrawal" if any(t == "withdrawal" for _, t in after) else "deployment"   # ... قرار ارسال"
    return "troop_count"


def _level_verb_before(sentence: Sentence, q: Quantity, lo: int) -> str:
    """A level verb of a size ("totaled", "بلغ حجم") opening the number's clause, no other number between: a
    count, or a target when a future or plan governs it, whatever move a noun of the sentence names."""
    verbs = sorted([(s, e, False) for s, e in sentence.cues("level_verb")]
                   + [(s, e, True) for s, e in sentence.cues("level_verb_future")]
                   + [(s, e, None) for s, e in sentence.cues("level_verb_now")])
    for s, e, to_come in verbs:
        if lo <= s and 0 <= q.start - e <= 100 and len(sentence.text[e:q.start].split()) <= 12 and not any(
                e <= o.start < q.start for o in sentence.quantities if o is not q):
            planned = any(lo <= c < s for kind in ("future", "planned") for c, _ in sentence.cues(kind))
            if to_come is None:   # "contributes 1,200": a level now; "will contribute 1,200": a move to come
                return "" if planned else "troop_count"
            return "troop_target" if planned or to_come else "troop_count"
    return ""


def _left_behind_by_past_move(sentence: Sentence, q: Quantity) -> int | None:
    """Where a participle of leaving behind ("leaving", "تاركة") right before the number starts, when a move told
    in the past comes before it in the sentence: the number is the level that move left, not a size to come."""
    for s, e in sentence.cues("leaving_participle"):
        if 0 <= q.start - e <= 25 and s < q.start and (
                any(ps < s for ps, _ in _past_moves(sentence)) or _done_withdrawal_before(sentence, s)):
            return s
    return None


def _done_withdrawal_before(sentence: Sentence, pos: int) -> bool:
    """A withdrawal named before `pos` that is a fact, no future or plan word before it ("This follows the earlier
    withdrawal of US forces from Niamey")."""
    planned = any(c < pos for kind in ("future", "planned") for c, _ in sentence.cues(kind))
    return not planned and any(ws < pos and pick_status(sentence, ws, "withdrawal") == "reported"
                               for ws, _ in sentence.cues("withdrawal"))


def _date_left_then(sentence: Sentence, q: Quantity, dates_for):
    """The date of the past move a level was left behind by ("withdrew ... in early July, leaving 200"): the last
    past date before the leaving word, if any."""
    s = _left_behind_by_past_move(sentence, q)
    if s is None:
        return None
    before = [d for d in dates_for("past") if d.end <= s and d.relation != "since"]
    return before[-1] if before else None


def _means_of_a_cut(sentence: Sentence, q: Quantity) -> bool:
    """The move before the number is how a cut told before it is made ("reduced its forces in Korea by
    redeploying 5,000", "قلصت وجودها ... عبر إعادة نشر 5000 جندي"): a departure, not an arrival."""
    moves = [s for s, _ in sentence.cues("deployment") if 0 <= q.start - s <= TRIGGER_WINDOW
             and cue_right_before(sentence, "means_prep", s)]   # "عبر إعادة نشر": the move that opens after it
    return bool(moves) and any(e <= max(moves) for _, e in sentence.cues("decrease"))


def _told_to_leave(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """An order or demand right before the number and a withdrawal cue after it in its clause ("asked the 1,000
    soldiers stationed there to leave", "طالبت ... الجنود البالغ عددهم 1500 بالمغادرة"): the number leaves."""
    asked = any(lo <= s and 0 <= q.start - e <= 40 for s, e in sentence.cues("host_asks"))
    return asked and any(q.end <= s < hi and s - q.end <= 80 and not _negated(sentence, s)
                         for s, _ in sentence.cues("withdrawal"))


def _hosted_now(sentence: Sentence, q: Quantity, lo: int) -> bool:
    """A host's present verb ("hosts", "تستضيف") before the number in its clause, no move word between: the
    number is the level it has."""
    return any(lo <= s and 0 <= q.start - e <= 50 and not any(
        e <= m < q.start for kind in ("withdrawal", "deployment") for m, _ in sentence.cues(kind))
        for s, e in sentence.cues("hosts_now"))


def _replaced(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """The number names forces that others replace: before a passive "be replaced by" in its clause, or right
    after "replace" / "استبدال" (their object); not those after "by", who come."""
    if cue_near(sentence, "replaced_by", q.end, 0, 60, lo, hi):
        return True
    return any(0 <= q.start - e <= 25 and lo <= s for s, e in sentence.cues("replace_verb"))


def _where_deployed(sentence: Sentence, q: Quantity) -> bool:
    """A number right after "where / حيث" (a clause about the place before it) whose verb is a passive deploy
    participle: how many are there, not a move."""
    lo, hi = sentence.clause_of(q.start)
    back = any(lo <= s and 0 <= q.start - e <= 12 for s, e in sentence.cues("refers_back"))
    dated = any(q.end <= d.start < hi for d in sentence.dates_in("past"))   # "were deployed last week": a move
    return back and not dated and cue_near(sentence, "deployed_there", q.end, 0, 40)


def _moved_after_stationed(sentence: Sentence, q: Quantity, hi: int) -> str:
    """The kind of the movement verb after "N troops stationed in X" in its clause: the verb of the clause, the
    stationing a modifier; '' if none."""
    stationed = [e for s, e in sentence.cues("stationed") if 0 <= s - q.end <= 35] or [
        e for _, e in _participle_after(sentence, q)]
    copulas = load_cues().particles["existential_verbs"]
    if not stationed or any(w in copulas for w in folded_words(sentence.text[q.end:stationed[0]])):
        return ""   # "1,000 troops are stationed in Germany and more will be sent": the stationing is a verb
    auxiliaries = set(copulas) | set(load_cues().particles["passive_auxiliaries"])
    moves = [(s, kind) for s, kind in _moves(sentence) if stationed[0] < s < hi and not _negated(sentence, s)
             and not _relative_clause_between(sentence, q.end, s)
             and (s - stationed[0] <= 60 and auxiliaries & set(folded_words(sentence.text[stationed[0]:s]))
                  or s - stationed[0] <= 120 and _past_move(sentence, s, s + 1))]   # "25 personnel stationed in
    # the Maldives manning a helicopter departed": the past verb of the clause
    return min(moves)[1] if moves else ""   # a verb with its auxiliary, not "رغم تعهد لندن بسحبهم" (despite)


def _from_current(sentence: Sentence, q: Quantity) -> bool:
    """"from the current N" / "the current level of N" / "من عددها الحالي البالغ N" right before the number, with
    no other number between ("its current level of 1,450 to 950": 950 is not the level now): the level now."""
    return any(0 <= q.start - e <= 14 and not any(e <= o.start < q.start for o in sentence.quantities)
               for _, e in sentence.cues("from_current"))


def _whole_size(sentence: Sentence, q: Quantity) -> bool:
    """"N-strong" / "N-man": the size of the whole force named, a level whatever the clause plans for it."""
    return any(0 <= s - q.end <= 1 for s, _ in sentence.cues("size_after"))


def _sent_sized(sentence: Sentence, q: Quantity) -> str:
    """An "N-strong" force that is the object of a move right before it ("France sent a 500-strong force to Mali",
    "will withdraw its 1,000-strong battalion"): the move's kind, the number moved; '' otherwise."""
    moves = [(s, e, kind) for kind in ("withdrawal", "deployment") for s, e in sentence.cues(kind)
             if 0 <= q.start - e <= 12 and len(sentence.text[e:q.start].split()) <= 2 and not _negated(sentence, s)]
    return moves[0][2] if moves else ""


def _size_that_moved(sentence: Sentence, q: Quantity) -> str:
    """The move of a relative clause right after an "N-strong" force ("a 200-strong company that deployed to
    Darwin in 2012", "كتيبة قوامها 200 جندي التي انتشرت"): the force's own move; '' if none."""
    _, hi = sentence.clause_of(q.start)
    rel = [e for s, e in sentence.cues("relative") if 0 <= s - q.end <= 30]
    if not rel:
        return ""
    moves = [(s, kind) for s, kind in _moves(sentence) if 0 <= s - rel[0] <= 12 and s < hi
             and not _negated(sentence, s)]
    return min(moves)[1] if moves else ""


def _listed_after(sentence: Sentence, q: Quantity) -> Quantity | None:
    """The number of personnel a bare number is listed after ("2,500 troops in Afghanistan and 2,500 in Iraq"):
    no noun of its own, an 'and' between, no other cue of a claim type."""
    if q.unit != "" or q.link:
        return None
    before = [p for p in sentence.quantities if p.end <= q.start and p.unit == "personnel" and q.start - p.end <= 60]
    if not before:
        return None
    first = before[-1]
    gap = sentence.text[first.end:q.start]
    kinds = ("withdrawal", "deployment", "presence", "remain", "reduce", "stationed")
    words = folded_words(gap)
    joiners = load_cues().particles["list_joiners"]
    joined = any(w in joiners for w in words) or bool(words) and any(   # an attached و: "، ونحو 900"
        len(j) == 1 and words[-1].startswith(j) for j in joiners)
    cues = any(first.end <= s < q.start for kind in kinds for s, _ in sentence.cues(kind))
    return first if joined and not cues and not _subset(sentence, q.start) else None


def _in_a_plan(sentence: Sentence, q: Quantity) -> bool:
    """A future, planned cue or a by-date before the number in its sentence: what it says is to come."""
    return any(s < q.start for kind in ("planned", "future") for s, _ in sentence.cues(kind)) or any(
        d.relation == "by" and d.start < q.start for d in sentence.dates_in("future"))


def _moves(sentence: Sentence, kinds: tuple[str, ...] = ("withdrawal", "deployment")) -> list[tuple[int, str]]:
    """(start, kind) of the movement cues that are moves, not part of a stative phrase ("are deployed")."""
    return [(s, kind) for kind in kinds for s, e in sentence.cues(kind) if not _inside_count_cue(sentence, s, e)]


def _reduced_to(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """"cut ... to N", "withdrawing to N troops", "خفض ... إلى N": a reduction or withdrawal cue before the number
    and a "to" right before it; a clause that opens with that "to" goes on from the one before ("cut its forces
    roughly in half, to fewer than 1,000")."""
    if lo >= 3 and any(lo <= s and not sentence.text[lo:s].strip() for s, _ in sentence.cues("to_prep")):
        lo = sentence.clause_of(lo - 3)[0]
    return (cue_near(sentence, "reduce", q.start, TRIGGER_WINDOW + 20, 0, lo, hi)
            or cue_near(sentence, "withdrawal", q.start, 30, 0, lo, hi)) and cue_right_before(
        sentence, "to_prep", q.start)


def _left_over(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """"N troops left" after "has", "there are" or "down to": what remains, not a departure."""
    after = [e for s, e in sentence.cues("left_over") if 0 <= s - q.end <= 25
             and len(sentence.text[q.end:s].split()) <= 2]
    if not after or all(_has_object(sentence, e) for e in after):
        return False   # "Some 100 soldiers left the base": the verb, not what remains
    return _reduced_to(sentence, q, lo, hi) or cue_near(sentence, "count", q.start, 20, 0, lo, hi)


def _size_in_future_clause(sentence: Sentence, q: Quantity) -> bool:
    """A size whose clause is told in the future before it ("Germany will lead a battlegroup of about 1,000
    troops", "ستحتفظ بريطانيا بـ800 جندي"), with no other number, level word or "now" between: a size to come; not
    the whole a part is taken from, nor the level now."""
    lo, hi = sentence.clause_of(q.start)
    future = [e for s, e in sentence.cues("future") if lo <= s and e <= q.start and q.start - e <= 50]
    if not future or _whole_of(sentence, q) or _from_current(sentence, q) or _whole_size(sentence, q):
        return False
    last = max(future)
    between = any(last <= o.end <= q.start for o in sentence.quantities if o is not q)
    return not between and not cue_near(sentence, "count", q.start, q.start - last, 0, lo, hi) and not cue_near(
        sentence, "now", q.end, 0, 60, lo, hi)


def _with_remaining(sentence: Sentence, q: Quantity) -> bool:
    """"with about 1,000 troops remaining", "with 900 to 1,000 left": what stays after the move told before it."""
    before = words_before(sentence.text, q.start, 12, 1)
    return bool(before) and before[0] in load_cues().particles.get("with_words", ()) and any(
        0 <= s - q.end <= 25 and len(sentence.text[q.end:s].split()) <= 3 for s, _ in sentence.cues("left_over"))


def _has_object(sentence: Sentence, end: int) -> bool:
    """A verb at `end` takes an object: a determiner or a place's name right after it ("left the base")."""
    nxt = sentence.text[end:end + 20].split()[:1]
    return bool(nxt) and fold_str(nxt[0]) in load_cues().particles["determiners"] or any(
        0 <= m.start - end <= 1 for m in place_mentions(sentence))


def _total_made(sentence: Sentence, q: Quantity) -> str:
    """The total a move makes ("أرسلت ... ما يرفع عددها إلى 1200", "sent 300 more, bringing the total to 1,200"):
    a level reached when the move was done, a size to come when it is planned; '' with no such phrase."""
    lo, _ = sentence.clause_of(q.start)
    ends = [s for s, e in sentence.cues("result_to") if 0 <= q.start - e <= 60]
    if not ends or not (cue_right_before(sentence, "to_prep", q.start) or _to_in_qualifier(sentence, q)):
        return ""
    moves = [(s, kind) for s, kind in _moves(sentence) if s < min(ends)]
    if not moves:
        return ""
    start, kind = max(moves)
    return "troop_count" if pick_status(sentence, start, kind) == "reported" else "troop_target"


def _to_in_qualifier(sentence: Sentence, q: Quantity) -> bool:
    """The number's qualifier holds the "to" of a total ("bring the total ... up to 1,100")."""
    return q.qualifier == "under" and any(q.start <= s < q.start + 8 for s, _ in sentence.cues("to_prep"))


def _force_size_before(sentence: Sentence, q: Quantity, lo: int) -> bool:
    """A force-size word of the number's clause right before it ("قوامها", "numbering")."""
    return any(0 <= q.start - e <= 12 and lo <= s for s, e in sentence.cues("force_size"))


def _planned_force_size(sentence: Sentence, q: Quantity, lo: int) -> bool:
    """The size of a force whose deployment is planned, authorised or asked for, named right before the number."""
    if not _force_size_before(sentence, q, lo):
        return False
    moves = [s for s, _ in _moves(sentence, ("deployment",)) if lo <= s < q.start]
    if any(0 <= m.start - q.end <= 40 and place_role(sentence, m) == "to" for m in place_mentions(sentence)):
        return False   # "إرسال كتيبة قوامها 600 جندي إلى لبنان", "deploy a contingent numbering 600 to Lebanon": sent
    return bool(moves) and pick_status(sentence, max(moves), "deployment") != "reported"


def _size_of_moved_force(sentence: Sentence, q: Quantity, lo: int) -> str:
    """The size of a force a move told as done names right before the number ("نشر ... كتيبة قوامها 1100 جندي",
    "deployed a battalion numbering 1,100"): the move's kind, the number moved; '' otherwise."""
    if not _force_size_before(sentence, q, lo):
        return ""
    moves = [(s, kind) for s, kind in _moves(sentence) if lo <= s < q.start] + [
        (s, "deployment") for s, _ in sentence.cues("arrived_number") if lo <= s < q.start
        and not _count_reached(sentence, s)]   # "ووصلت كتيبة فرنسية قوامها 500 جندي": those who came
    if not moves:
        return ""
    start, kind = max(moves)
    return kind if pick_status(sentence, start, kind) == "reported" else ""


def _size_to_come(sentence: Sentence, q: Quantity, lo: int) -> bool:
    """A future "reach / rise to" in the number's clause with at most three words before the number, or before
    the count it gives ("سيصبح العدد الإجمالي للقوات الأمريكية في العراق أقل من 2000 جندي")."""
    if any(lo <= s and 0 <= q.start - e <= 2 for s, e in sentence.cues("future_copula")) and not _perfect_after(
            sentence, q):
        return True   # "our forces in Afghanistan will be 2,500 troops"; not "سيكون 1500 جندي قد غادروا"
    counts = [c for c, _ in sentence.cues("count_noun") if lo <= c < q.start]
    return _cue_before_number(sentence, q, "size_to_come", lo) or any(
        lo <= s and any(0 <= c - e <= 3 for c in counts) for s, e in sentence.cues("size_to_come"))


def _arrived_before(sentence: Sentence, q: Quantity) -> bool:
    """A verb of arrival right before the number, one word at most between ("وصول نحو 1500 مقاتل"), or a unit and
    its "of" ("وصلت كتيبة من 300 جندي", "دخلت قوة من 500 عنصر"): those who came."""
    for s, e in sentence.cues("arrived_number"):
        if _count_reached(sentence, s):
            continue   # "عدد القوات التركية وصل إلى 10 آلاف": the number reached, not an arrival
        gap = sentence.text[e:q.start].split()
        if 0 <= q.start - e <= 12 and len(gap) <= 1:
            return True
        if 0 <= q.start - e <= 25 and len(gap) == 2 and fold_str(gap[1]) in load_cues().particles["unit_of"] and \
                cue_near(sentence, "force", e, 0, 3):
            return True
        if _destination_then_number(sentence, e, q):
            return True
    return False


def _count_reached(sentence: Sentence, s: int) -> bool:
    """A count noun ("عدد", "the number of") opens the clause of the verb at `s`: a total that reached a size."""
    lo, _ = sentence.clause_of(s)
    return any(lo <= c < s and s - c <= 60 for c, _ in sentence.cues("count_noun"))


def _destination_then_number(sentence: Sentence, e: int, q: Quantity) -> bool:
    """The verb's destination right after it, then its subject's number ("وصل إلى ليبيا في الأسابيع الأخيرة، ما لا
    يقل عن 1800 جندي روسي"): no force word, other number or word referring back before it, one comma at most."""
    dest = [m for m in place_mentions(sentence) if 0 <= m.start - e <= 12 and m.end <= q.start
            and len(sentence.text[e:m.start].split()) == 1 and place_role(sentence, m) == "to"]
    if not dest or q.start - dest[0].end > 60:
        return False   # the preposition alone between: not "وصل الوزير إلى بغداد" (the verb's own subject first)
    between = fold_str(sentence.text[dest[0].end:q.start])
    return between.count(",") <= 1 and not cue_near(sentence, "force", e, 0, q.start - e) and not any(
        e <= o.start < q.start for o in sentence.quantities if o is not q) and not cue_near(
        sentence, "refers_back", dest[0].end, 0, q.start - dest[0].end)   # not "..., حيث يتمركز 2500 جندي"


def _cue_before_number(sentence: Sentence, q: Quantity, category: str, lo: int, words: int = 3,
                       reach: int = 25) -> bool:
    """A cue of the number's clause ending at most `words` words before it, or inside its leading qualifier
    ("bring ... up to 2,000" shares its "up to")."""
    return any(lo <= s and (0 <= q.start - e <= reach and len(sentence.text[e:q.start].split()) <= words
                            or s < q.start < e <= q.end) for s, e in sentence.cues(category))


def _perfect_after(sentence: Sentence, q: Quantity) -> bool:
    """A perfect marker after the number in its clause ("سيكون 1500 جندي قد غادروا", "will have left"): the
    number is of a move done by then, not a size."""
    hi = sentence.clause_of(q.start)[1]
    words = {fold_str(w) for w in sentence.text[q.end:hi].split()[:5]}
    return bool(words & set(load_cues().particles["perfect_markers"]))


def _cue_after_number(sentence: Sentence, q: Quantity, category: str, hi: int, reach: int,
                      max_words: int | None = None) -> bool:
    """A cue starting within `reach` characters after the number (and at most `max_words` words) in its clause,
    no other number between."""
    return any(q.end <= s <= min(hi, q.end + reach)
               and (max_words is None or len(sentence.text[q.end:s].split()) <= max_words)
               and not any(q.end <= o.start < s for o in sentence.quantities)
               for s, _ in sentence.cues(category))


def _arrived_after(sentence: Sentence, q: Quantity, hi: int) -> bool:
    """An arrival verb right after the number and its noun (two words at most, besides where they come from:
    "150 جنديا من رواندا وصلوا"), no other number between."""
    return _cue_after_number(sentence, q, "arrived_after", hi, 25, max_words=2) or any(
        q.end <= s <= min(hi, q.end + 45) and len(_without_origin(sentence, q.end, s).split()) <= 2
        and not any(q.end <= o.start < s for o in sentence.quantities) for s, _ in sentence.cues("arrived_after"))


def _without_origin(sentence: Sentence, lo: int, hi: int) -> str:
    """The text in [lo, hi) without its "from/من <place>" phrases (the preposition and the place named) and its
    partitives ("300 عنصر من الشرطة العسكرية الروسية وصلوا": of which force they are)."""
    preps = [(s, e) for s, e in sentence.cues("from_prep") if lo <= s and e <= hi]
    spans = [(s, e) for s, e in preps if any(0 <= m.start - e <= 2 and m.end <= hi for m in sentence.mentions)]
    forces = [(fs, fe) for fs, fe in sentence.cues("force") if fe <= hi and any(0 <= fs - e <= 2 for _, e in preps)]
    spans += [(s, e) for s, e in preps if any(0 <= fs - e <= 2 for fs, _ in forces)] + forces
    spans += [(m.start, m.end) for m in sentence.mentions if lo <= m.start and m.end <= hi
              and any(0 <= m.start - e <= 2 for _, e in spans)]
    return blanked(sentence.text, lo, hi, spans)


def _cut_by_later(sentence: Sentence, q: Quantity, hi: int) -> bool:
    """A cut verb after the number whose own number follows "by" / "بـ" ("1,900 soldiers ... will be cut by 300",
    "تضم 1900 جندي ستخفض اعتبارا من هذا الصيف بـ300"): the number before is the size the cut starts from."""
    cuts = [(s, e) for s, e in sentence.cues("reduce") if q.end <= s <= q.end + 60 and s < hi]
    if q.link or not cuts or any(q.start - 40 <= s < cuts[0][0] for s, _ in _moves(sentence)):
        return False   # not "will withdraw 500 troops from Mali and cut its force in Chad by 300"
    by = load_cues().particles["cut_by"]
    return any(cuts[0][1] <= o.start <= cuts[0][1] + 60 and o.start < hi and o.unit in ("personnel", "")
               and set(words_before(sentence.text, o.start, 6, 1)) & set(by) for o in sentence.quantities)


def _extended_deployment(sentence: Sentence, q: Quantity, lo: int) -> bool:
    """An extension of a deployment right before the number ("extended the deployment of 100 personnel", "تمديد
    نشر 100 جندي"): the force already there, not one sent."""
    return any(lo <= s and 0 <= q.start - e <= 25 and any(s <= d <= e + 10 for d, _ in sentence.cues("deployment"))
               for s, e in sentence.cues("extension"))


def _future_stationed(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """A future stationing verb of the number's own clause: after it ("3,000 Turkish troops would be stationed"),
    with no other number between, or right before it ("سيتمركز 500 جندي", "would station about 7,600"); not a
    number added ("will station 3,000 more troops": a deployment)."""
    return not _increment(sentence, q) and (_cue_after_number(sentence, q, "future_stationed", hi, 40) or any(
        lo <= s and 0 <= q.start - e <= 3 for s, e in sentence.cues("future_stationed")))


def _increment(sentence: Sentence, q: Quantity) -> bool:
    """"3,000 more troops", "an additional 850", "500 جندي إضافي": a number added to a force, not its size."""
    words = load_cues().particles["increment_words"]
    return bool(set(folded_words(sentence.text[q.end:q.end + 25])[:3]) & set(words)) or phrase_before(
        sentence.text, q.start, words, 20, 2)


def _future_level(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """A future verb right before or after the number whose level verb follows: "1,700 will be based on Guam"."""
    return cue_near(sentence, "future", q.end, 0, 12, lo, hi) or cue_near(sentence, "future", q.start, 20, 0, lo, hi)


def _move_made_of(sentence: Sentence, q: Quantity) -> tuple[int, str]:
    """The move (where its cue starts, its kind) of the force whose make-up the number is ("غادرت القافلة ...
    والتي ضمت 80 عربة تقل 400 جندي", "arrived in Romania, comprising some 350 soldiers"); (-1, "") if none."""
    made = [s for s, e in sentence.cues("made_of")
            if 0 <= q.start - e <= 30 and len(sentence.text[e:q.start].split()) <= 3]
    moves = [(s, kind) for s, kind in _moves(sentence) if made and s < min(made) and not _negated(sentence, s)]
    return max(moves) if moves else (-1, "")


def _own_relative(sentence: Sentence, end: int, s: int) -> bool:
    """"1,250 Marines who arrived in Darwin", "1250 جنديا الذين وصلوا": a relative clause about the number's
    own people (who / الذين right after its noun) says what they did."""
    return any(end <= r and e <= s and r - end <= 25 for r, e in sentence.cues("personal_relative"))


def _moves_no_force(sentence: Sentence, s: int, e: int) -> bool:
    """A thing, not a force, is what the cue at [s, e) moves: inside or right after the cue ("عاد الهدوء إلى",
    "equipment leaving", "sent the agreement to the Duma"), a text left ("withdrew from the treaty"), or right before
    it with no force after it, unless a force is joined to the thing."""
    after = e - s + 15
    if any(e <= ps <= e + 30 and cue_near(sentence, "document", pe, 0, 4) for ps, pe in sentence.cues("from_prep")):
        return True   # "انسحاب الولايات المتحدة من الاتفاق النووي", "withdrew from the treaty": a text left
    thing = cue_near(sentence, "non_force", s, 0, after) or cue_near(sentence, "document", s, 0, after) or (
        any(0 <= s - ne <= 12 for _, ne in sentence.cues("non_force"))   # ends right before: "all staff of the
        or cue_near(sentence, "non_force", s, 25, 0)) and not cue_near(sentence, "force", e, 0, 12)   # embassy, will
    return thing and not _forces_with_things(sentence, s - 25, e + 15)


def _object_is_thing(sentence: Sentence, e: int) -> bool:
    """The first of a force and a thing in the 40 characters after the cue is the thing ("أجلت عبر قاعدة حميميم،
    دبلوماسيين", "evacuated through the base dozens of diplomats"): the verb moves that thing."""
    hi = e + 40
    things = [ns for ns, _ in sentence.cues("non_force") if e <= ns <= hi]
    return bool(things) and not cue_near(sentence, "force", e, 0, things[0] - e) and not _forces_with_things(
        sentence, e, hi)


@lru_cache(maxsize=1)
def _thing_joiners() -> frozenset[str]:
    """What may stand between a force and a thing joined to it: a joiner, with a determiner spaced or glued
    ("and the", "وال")."""
    particles = load_cues().particles
    return frozenset(f"{j}{gap}{d}".strip() for j in particles["actor_joiners"]
                     for d in (*particles["determiners"], "") for gap in ("", " "))


def _forces_with_things(sentence: Sentence, lo: int, hi: int) -> bool:
    """A force word joined to the things in [lo, hi] by a conjunction ("القوات والمعدات", "troops and
    equipment"): the forces move with them; not a force word inside a thing ("weapons and military equipment")."""
    joiners = _thing_joiners()
    things = sentence.cues("non_force")
    forces = [(fs, fe) for fs, fe in sentence.cues("force")   # not "military" of "military equipment"
              if not any(ns <= fs and fe <= ne for ns, ne in things)]
    return any(fold_str(sentence.text[a:b].strip(" ,،")) in joiners
               for ns, ne in sentence.cues("non_force") if lo <= ne and ns <= hi
               for fs, fe in forces for a, b in ((fe, ns), (ne, fs)) if 0 <= b - a <= 6)


def _moves_things(sentence: Sentence, e: int) -> bool:
    """The verb's own object is a number of things ("ونشرت العام الماضي أربع طائرات"): it does not move people."""
    return any(0 <= o.start - e <= 40 and o.unit == "equipment" for o in sentence.quantities)


def _stationed_verb_after(sentence: Sentence, q: Quantity, hi: int) -> bool:
    """The number's own verb is a stationing, a few words on ("2,400 of the French troops are currently deployed
    in Mali"): a level there, not a move; no other move word between."""
    copulas = set(load_cues().particles["existential_verbs"])
    for s, _ in sentence.cues("stationed"):
        if 35 < s - q.end <= 60 and s < hi:
            words = folded_words(sentence.text[q.end:s])
            return bool(copulas & set(words)) and not any(
                q.end <= m < s for kind in ("withdrawal", "deployment") for m, _ in sentence.cues(kind))
    return False


def _participle_after(sentence: Sentence, q: Quantity) -> list[tuple[int, int]]:
    """The participle of a "-based" compound right before the number's noun ("2,700 Okinawa-based Marines"): a
    stationing that modifies the noun, as "based on Okinawa" does."""
    return [(s, e) for s, e in sentence.cues("presence") if 0 <= s - q.end <= 30 and e < len(sentence.text)
            and len(sentence.text[q.end:s].split()) <= 2 and sentence.text[s - 1] == "-"]


def _present_after(sentence: Sentence, q: Quantity, hi: int) -> bool:
    """A presence participle right after the number and its noun ("4000 جندي بريطاني متمركزين في"): a size there."""
    return any(0 <= s - q.end <= 30 and s < hi and len(sentence.text[q.end:s].split()) <= 3
               for s, _ in sentence.cues("presence"))


def _remain_of(sentence: Sentence, q: Quantity, lo: int, hi: int) -> bool:
    """A "will remain" cue that is this number's: before it, or after it with no new subject between
    ("1,500 troops in Jordan and they will remain there" says a level now, then that it stays)."""
    if cue_near(sentence, "remain", q.start, 40, 0, lo, hi):
        return True
    after = [s for s, _ in sentence.cues("remain") if q.start <= s <= q.start + 60 and s < hi]
    return bool(after) and not any(q.end <= s < after[0] for s, _ in sentence.cues("force_pronoun"))


def _whole_after(sentence: Sentence, q: Quantity) -> Quantity | None:
    """The whole after a part ("4,000 of the 19,000 Marines"): the part's verb comes after the whole's noun."""
    return next((o for o in sentence.quantities
                 if o is not q and 0 <= o.start - q.end <= 25 and _whole_of(sentence, o)), None)


def _whole_of(sentence: Sentence, q: Quantity) -> bool:
    """The second number of "9,000 of the 19,000", "4500 جندي من أصل 28500": the whole force, a level now."""
    return any(0 <= q.start - e <= 12 and any(o is not q and 0 <= s - o.end <= 25 for o in sentence.quantities)
               for s, e in sentence.cues("whole_of"))   # "800 جندي أمريكي من أصل 1700": the part's noun between


def _destination_right_after(sentence: Sentence, q: Quantity) -> bool:
    """A place governed by to/إلى right after the number and its noun."""
    return any(0 <= m.start - q.end <= 20 and place_role(sentence, m) == "to" for m in place_mentions(sentence))


def _leaving_right_before(sentence: Sentence, q: Quantity, lo: int) -> bool:
    """A withdrawal cue of the number's clause ending a few words before it ("withdraw the remaining 2,500") or
    around it ("pull the remaining 2,500 troops out")."""
    return any(lo <= s and (0 <= q.start - e <= 25 or s < q.start < e) and not _negated(sentence, s)
               for s, e in sentence.cues("withdrawal"))


def _leaving_after(sentence: Sentence, q: Quantity) -> bool:
    """A withdrawal cue after the number in its clause: "the remaining 300 troops will return home"."""
    _, hi = sentence.clause_of(q.start)
    return any(q.end <= s < hi and not _negated(sentence, s) for s, _ in sentence.cues("withdrawal"))


def _nearest_trigger(sentence: Sentence, pos: int, lo: int, over_number: bool = True) -> str:
    """The withdrawal/deployment cue nearest before `pos`, within the clause and a short window; with
    `over_number` False, not a cue that runs over the number ("additional ... troops").

    A size word between them ("سحب قواتها البالغ عددها 4000", "a brigade of 4,800") does not break the link.
    """
    best: tuple[int, str] | None = None
    for kind in ("withdrawal", "deployment"):
        for s, e in sentence.cues(kind):
            if _inside_count_cue(sentence, s, e) or not over_number and e > pos:
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


def _past_relative(d, ctx: DocContext) -> bool:
    """A by-date counted back into an earlier year than the publication ("by the end of last year", "نهاية العام
    الماضي"): a time past, not a deadline; "by September of this year", told in October, still names the
    deadline agreed."""
    return d.relative and bool(ctx.published) and d.date[:4] < ctx.published[:4]


def _as_of(d, ctx: DocContext) -> bool:
    """A by-date no later than the publication, for a level: "as of", "حتى فبراير 2023"."""
    return bool(ctx.published) and d.date <= ctx.published


def _relative_clause_between(sentence: Sentence, a: int, b: int) -> bool:
    """A relative pronoun between anchor and date means the date belongs to something else."""
    lo, hi = sorted((a, b))
    return any(lo <= s and e <= hi for s, e in sentence.cues("relative"))


def _reporting_date(sentence: Sentence, d, lo: int, hi: int) -> bool:
    """A date in another clause that holds 'said'/'announced' dates the report, not the plan."""
    if any(0 <= d.start - e <= 4 and not _opens_content(sentence, e, d.start) or (0 <= s - d.end <= 4 and
                                                                                  d.relation != "by")
           for s, e in sentence.cues("attribution")):
        return True   # "أعلن الأحد", "said on Monday", "والأربعاء، أعلنت": the day of the statement
    if lo <= d.start < hi:
        return False
    c_lo, c_hi = sentence.clause_of(d.start)
    return any(c_lo <= s < c_hi or 0 <= d.start - e <= 60 for s, e in sentence.cues("attribution"))
    # "بحسب ما ذكر مسؤولون أمريكيون، مساء الأربعاء": the attribution's own clause ends before its date


def _opens_sentence(sentence: Sentence, d) -> bool:
    """A date that opens the sentence before a comma ("As of last year, the 1,000 troops ... operated from two
    bases", "حتى نهاية العام الماضي، ..."): the time of all it tells, however far."""
    return len(sentence.text[:d.start].split()) <= 3 and sentence.text[d.end:d.end + 2].lstrip().startswith((",", "،"))


def _move_of_other_clause(sentence: Sentence, d, lo: int, hi: int) -> bool:
    """A date in another clause that holds its own move dates that move, not a level: "1,600 troops remain, and
    the withdrawal began two weeks ago", "يبلغ 1600 جندي، وقد بدأت عملية الانسحاب منذ أسبوعين"."""
    if lo <= d.start < hi:
        return False
    c_lo, c_hi = sentence.clause_of(d.start)
    return any(c_lo <= s < c_hi for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind))


def _opens_content(sentence: Sentence, e: int, pos: int) -> bool:
    """A complementizer between a verb of saying and a date: the date is the report's ("added that the 31 January
    deadline", "قال إن 31 يناير"), not the day of the saying."""
    return any(w in load_cues().particles["complementizers"] for w in folded_words(sentence.text[e:pos]))


def _said_on(sentence: Sentence, d, start: int) -> bool:
    """A date right before who said it, or right after a decision verb, both before the claim: "On Wednesday, the
    Pentagon said 1,700 troops would be deployed", "NATO agreed in April to withdraw": the day of the statement
    or decision, not of the plan."""
    if d.relation == "by" or d.end > start:
        return False
    after = folded_words(sentence.text[d.end:d.end + 12])[:1]
    if after and after[0] in load_cues().particles.get("complementizers", ()):
        return True   # "قالت ...، يوم الجمعة، إنها ستبقى", "said on Friday that": the day of the saying
    verbs = sentence.cues("attribution") + sentence.cues("decision_verb")
    return any(d.end <= a and len(sentence.text[d.end:a].split()) <= 3 or   # "On Wednesday, the Pentagon said"
               e <= d.start and len(sentence.text[e:d.start].split()) <= 2   # "NATO agreed in April to withdraw"
               and not _opens_content(sentence, e, d.start) for a, e in verbs if a < start)


def _since_far(sentence: Sentence, d) -> bool:
    """A "since" opening the phrase the date ends, in its clause ("منذ احتلالها لثلث الجزيرة عام 1974", "since it
    took a third of the island in 1974"): when a level began, not when it was counted."""
    lo, _ = sentence.clause_of(d.start)
    since = relation_words("since")
    return any(w in since for w in folded_words(sentence.text[max(lo, d.start - 90):d.start]))


def _dates_the_from(sentence: Sentence, start: int, d) -> bool:
    """A date between the "from" number of a change and its "to" number dates the first: "انخفض من 7 آلاف
    مقاتل قبل أسابيع، إلى 700" (the 700 are now)."""
    if not cue_right_before(sentence, "to_prep", start):
        return False
    return any(q.end <= d.start and d.end <= start and q.unit in ("personnel", "") for q in sentence.quantities)


def _date_of_other_number(sentence: Sentence, start: int, d) -> bool:
    """A date right after another number of personnel, its force word at most between ("compared with 1,700 in
    April", "مقارنة بـ1700 جندي في أبريل"), dates that number, not the claim's own; a by-date may be the whole
    move's ("cut by 12,000, to about 24,000, by 2021")."""
    if d.relation == "by":
        return False
    for q in sentence.quantities:
        if q.start != start and q.unit in ("personnel", "") and 0 <= d.start - q.end <= 20:
            gap = sentence.text[q.end:d.start].split()
            if not gap or len(gap) == 1 and cue_near(sentence, "force", q.end, 0, 3):
                return True
    return False


def _other_forces_between(sentence: Sentence, end: int, pos: int, actor: str) -> bool:
    """Another actor's forces named with their own move between a claim's anchor and a later date: the date is
    theirs ("... to pull all American troops from the country starting 1 May")."""
    if pos < end:
        return False
    verbs = [s for kind in ("withdrawal", "deployment", "planned") for s, _ in sentence.cues(kind) if end < s < pos]
    subsets = load_cues().particles["subset_openers"]
    return bool(verbs) and any(min(verbs) < m.start < pos and m.entry.code != actor and names_a_force(sentence, m)
                               and not phrase_before(sentence.text, m.start, subsets, m.start - end, 30)
                               for m in actor_mentions(sentence))   # not "including 2,500 from the US"


def _other_number_between(sentence: Sentence, end: int, pos: int) -> bool:
    """Another number of personnel stands between a claim's anchor and a later date: the date is that number's
    ("10,000 this year and another 23,000 by 2012"); not a part of the first ("10,000 NATO troops, including
    2,500 Americans, will leave by 11 September") nor its result ("cut by 12,000, to about 24,000, by 2021")."""
    return any(end <= q.start and q.end <= pos and q.unit in ("personnel", "") and not _subset(sentence, q.start)
               and not q.link and not cue_right_before(sentence, "to_prep", q.start)   # "cut by 12,000, to
               for q in sentence.quantities)   # about 24,000, by 2021": the result of the same move


def _subset(sentence: Sentence, pos: int) -> bool:
    """A number after "including / of whom / بينهم" (the list's later items too: "بما في ذلك 2500 من الولايات
    المتحدة، و1100 من ألمانيا"): a part of the number before it."""
    return phrase_before(sentence.text, pos, load_cues().particles["subset_openers"], 60, 12)


def _after_publication(d, ctx: DocContext) -> bool:
    """The date lies after the publication date, compared at the coarser of their precisions."""
    width = min(_WIDTH.get(d.precision, 10), _WIDTH.get(ctx.published_precision, 10))
    return bool(ctx.published) and d.date[:width] > ctx.published[:width]


def _decided_then(sentence: Sentence, d, start: int, ctx: DocContext, dates_for):
    """A day with no year of its own after a past decision verb ("Trump announced his decision to withdraw
    troops on December 19", ten days before the article) or in a plan told as past ("was scheduled to depart on
    July 7", a day after): that day when the past reading lies nearer the publication than the future one, not
    the same day a year later."""
    if _told_as_past(sentence, d):   # "was scheduled to depart on July 7": a day that may have passed
        return _nearer_past(d, ctx, dates_for, told_past=True)
    if d.relation == "by" or not any(e <= d.start for s, e in sentence.cues("decision_verb") if s < start):
        return d
    return _nearer_past(d, ctx, dates_for)


def _nearer_past(d, ctx: DocContext, dates_for, told_past: bool = False):
    """The past reading of a day or month with no year of its own, when it lies nearer the publication than the
    future one and within JUST_PASSED days (September 15 told on 16 September 2024 is 2024's, not 2025's; "by
    December 31" told in April is the coming one); a month only in a plan told as past ("the original plan
    called for a pullout by September", told in January)."""
    if not (d.relative and d.precision in ("day", "month") and ctx.published_precision == "day"):
        return d
    past = next((p for p in dates_for("past") if p.start == d.start and p.precision == d.precision), None)
    if past is None:
        return d
    published = date.fromisoformat(ctx.published)
    ahead = (date.fromisoformat(d.date) - published).days
    behind = (published - date.fromisoformat(past.date)).days
    return past if 0 <= behind < ahead and (d.precision == "day" and behind <= JUST_PASSED or told_past) else d


def _told_as_past(sentence: Sentence, d) -> bool:
    """A plan told in the past before the date ("was scheduled to depart on July 7", "كان من المقرر ... بحلول")."""
    return any(s < d.start and d.start - s <= 90 for s, _ in sentence.cues("past_plan"))   # "was given until" holds
    # the date's own "until"


def _done_move(sentence: Sentence, s: int) -> bool:
    """The move at `s` is told as done ("أكمل ... بالفعل انسحابه", "has already left")."""
    return pick_status(sentence, s, "withdrawal") == "reported" and any(
        c <= s for c, _ in sentence.cues("reported"))


def _begun_then(sentence: Sentence, s: int, ctx: DocContext, dates_for) -> bool:
    """A move told as done with a date of its clause no later than the publication: "بدأت القوات الانسحاب في
    نهاية ديسمبر" (began leaving at the end of December) is when it began, not a deadline."""
    lo, hi = sentence.clause_of(s)
    return _done_move(sentence, s) and any(lo <= d.start < hi and (not ctx.published or d.date <= ctx.published)
                                           for d in dates_for("past"))


def _plan_told_on(sentence: Sentence, d, s: int) -> bool:
    """The date of a statement of the plan at `s`, not the plan's deadline: "وفي نهاية أغسطس، أشارت مصادر إلى أن
    القوات ستغادر" (at the end of August, sources said the forces will leave)."""
    return any(d.end <= a < s and len(sentence.text[d.end:a].split()) <= 3 for a, _ in sentence.cues(
        "attribution")) and pick_status(sentence, s, "withdrawal") != "reported"
    # the speaker may stand between ("At the end of August, officials said"); not "... by 2026, he said"


def assign_date(claim: Claim, sentence: Sentence, start: int, end: int, ctx: DocContext, dates_for,
                clause_only: bool = False) -> Claim:
    """Date a claim from the text near its anchor, else (for facts) from the publication date."""
    lo, hi = sentence.clause_of(start)
    future = claim.status in ("planned", "proposed") or claim.claim_type in ("troop_target", "deadline")
    tense = "future" if future else "past"
    done = any(lo <= ps < hi for ps, _ in _past_moves(sentence)) or (   # "left ... at the end of November",
        claim.status == "reported" and _begun_then(sentence, start, ctx, dates_for))   # "began leaving ... then"
    future_by = {} if done else {d.start: d for d in dates_for("future") if d.relation == "by"}
    dates = [future_by.get(d.start, d) for d in dates_for(tense)
             if not _relative_clause_between(sentence, start, d.start)
             and not ((future or claim.status != "reported") and d.relation == "since")
             and not _dates_the_from(sentence, start, d) and not _date_of_other_number(sentence, start, d)
             and not _date_of_event(sentence, end, d)]
    # "سيبقى 2500 جندي ... منذ صيف 2020": what has gone on since then dates no plan
    if any(q.start == start and q.link == "from" for q in sentence.quantities):   # "from 1,900 to 900 by 2017":
        dates = [d for d in dates if not (d.relation == "by" and d.start > end)]   # the by-date is the target's
    if claim.claim_type in ("troop_count", "presence") and cue_near(sentence, "now", end, 0, 40, lo, hi):
        dates = [d for d in dates if lo <= d.start < hi and abs(d.start - end) <= 40]   # "19,000 Marines currently
        # in Okinawa", "1000 جندي حاليا": a level now, not as of the plan's year told elsewhere in the sentence
    if claim.claim_type in ("troop_count", "presence"):   # "حتى فبراير 2023": a count as of then
        dates = [d for d in dates if (d.relation != "since" and not _since_far(sentence, d)
                                      and (d.relation != "by" or _as_of(d, ctx)))
                 and (abs(d.start - start) <= 80 or _reporting_date(sentence, d, lo, hi)
                      or _opens_sentence(sentence, d))   # "..., officials said
                 and not _move_of_other_clause(sentence, d, lo, hi)]   # on Wednesday 4 November": as of the report
    if claim.claim_type == "deadline":
        dates = [d for d in dates if d.relation == "by"]
    if clause_only:
        level = claim.claim_type in ("troop_count", "presence")   # not a plan told then ("At the end of August,
        dates = [d for d in dates if lo <= d.start < hi or level and _opens_sentence(sentence, d) or (   # officials
            d.relation != "by" and d.end <= start and claim.claim_type != "presence")]   # said ... will leave")
    announced: list = []
    if claim.status != "reported":
        said = {d.start for d in dates_for("past") + dates
                if _reporting_date(sentence, d, lo, hi) or _said_on(sentence, d, start)}
        announced = [d for d in dates_for("past") if d.start in said and d.relation != "by"]   # "أعلن الأحد": past
        dates = [d for d in dates if d.start not in said]
    if claim.status != "reported" and claim.claim_type in ("withdrawal", "deployment", "troop_target"):
        dates = [d for d in dates if d.relation == "by" and not _other_number_between(sentence, end, d.start)
                 ] or dates   # a plan is dated by its deadline, not by the next number's ("10,000 this year and
        # another 23,000 by the end of September 2012")
    if claim.claim_type in ("withdrawal", "deployment"):   # "20 soldiers arriving and 150 more to join them by
        dates = [d for d in dates if not (d.relation == "by" and d.start >= end   # year's end": the next one's
                                          and _other_number_between(sentence, end, d.start))]
    dates = [d for d in dates if not _other_forces_between(sentence, end, d.start, claim.actor)]
    # "NATO agreed to withdraw its forces to match Biden's decision to pull all American troops starting 1 May"
    if not dates and claim.claim_type in ("withdrawal", "deployment"):
        dates = announced   # a move announced on Sunday with no date of its own: dated by the announcement
    if any(lo <= s < hi for s, _ in sentence.cues("vague_past")):
        dates = [d for d in dates if lo <= d.start < hi]   # "..., بعد أن كانت قد انسحبت سابقاً من مالي": a past
        # with no date of its own, not the other clause's "خلال العام الجاري"
    d = pick_date(dates, start, end, lo, hi)
    if d is None and ctx.last_date[0] and any(e <= start for _, e in sentence.cues("then_anaphor")):
        return replaced(claim, date=ctx.last_date[0], date_precision=ctx.last_date[1], date_source="text")
        # "By then, fewer than 500 troops will remain in Erbil": the date the sentence before named
    if d is not None and future and (claim.claim_type != "deadline" or _told_as_past(sentence, d)):
        d = _decided_then(sentence, d, start, ctx, dates_for)   # a deadline is a day to come, unless told as past
    if d is not None:
        status = "planned" if claim.status == "reported" and claim.claim_type in ("withdrawal", "deployment") and \
            _after_publication(d, ctx) else claim.status   # "is deploying troops to Poland next month": a plan
        return replaced(claim, date=d.date, date_precision=d.precision, date_source="text", status=status)
    if any(lo <= s < hi or not _other_number_between(sentence, min(s, end), max(s, start))
           for s, _ in sentence.cues("vague_past")):
        return claim   # "France pulled out of Mali in recent years", "سبق أن": a past with no date, not today;
        # not across another number ("about 2,000 troops in Syria, up from the 900 previously acknowledged")
    if claim.claim_type in ("troop_count", "presence") or (
            claim.status == "reported" and claim.claim_type in ("withdrawal", "deployment")):
        if ctx.published:
            return replaced(claim, date=ctx.published, date_precision=ctx.published_precision, date_source="published")
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
    entry = base_mention.entry if base_mention is not None and is_site(base_mention.entry) else None
    return Claim(
        claim_type=claim_type, actor=actor, country=country, base=entry.code if entry else "",
        status=status, evidence=sentence.text, start=sentence.offset, end=sentence.offset + len(sentence.text),
        lat=entry.lat if entry else None, lon=entry.lon if entry else None,
        attributed_to=attribution(sentence),
    )


def number_claims(sentence: Sentence, ctx: DocContext, dates_for) -> tuple[list[Claim], set[int], set[int]]:
    """Claims carrying a number of personnel; also the trigger cues they used up."""
    claims: list[Claim] = []
    consumed: set[int] = set()
    home: set[int] = set()   # cues of the host's own or local forces' numbers
    casualty_sentence = bool(sentence.cues("casualty"))
    counted = bool(sentence.cues("count_noun")) and bool(sentence.cues("reduce"))   # "خفض هذا العدد إلى 4000"
    wholes = list(ctx.last_withdrawals)   # numbered withdrawals told so far: a smaller number after one may be a part
    ctx.last_withdrawals = []
    for q in sentence.quantities:
        if q.vague or q.unit not in ("personnel", "") or q.value <= 0 or _denied(sentence, q.start):
            continue   # money, casualties, trainees, a base's capacity, a name (Air Base 201) ...
        if q.unit == "" and (casualty_sentence or q.value < MIN_BARE_NUMBER or _name_number(sentence, q) or not (
                sentence.cues("force") or counted or _part_moved(sentence, q, wholes))):
            continue
        if casualty_sentence and q.value < MIN_BARE_NUMBER:
            continue   # "Two NATO soldiers and several Kosovo Serbs were injured": a handful of soldiers hurt
        if cue_near(sentence, "generic", q.start, 60, 0, *sentence.clause_of(q.start)):
            continue   # "A company is typically composed of 150 to 200 Marines": what units are like, not a force
        if _multinational(sentence, q) or _proxies(sentence, q) or cue_near(sentence, "medical", q.start, 60, 120):
            continue   # ... "eight service members transported to Germany for more treatment": the wounded
        claim_type = number_type(sentence, q)
        if _move_negated(sentence, q, claim_type):
            consumed.update(_cues_used_by(sentence, q))
            continue   # "will not pull 3,500 soldiers out of Korea", "لن تسحب 3500 جندي": no move is claimed
        actor, found = pick_actor(sentence, q.start, q.end, ctx, own_forces=True)
        if not actor and found:   # "5000 جندي صومالي", "300 Kurdish fighters": their move is no one's claim
            home.update(_cues_used_by(sentence, q))
            consumed.update(home)
            continue
        from_nations = _from_nations(sentence, q)
        if from_nations:
            actor = _alliance(sentence, ctx)   # "16,000 troops from two dozen countries": the mission, not one state
        if _mission_size_of_contributor(sentence, q, ctx, actor):
            continue   # "India is a contributor to the 18,300-strong peacekeeping mission": the mission's size
        going_home = claim_type == "deployment" and (_going_home(sentence, q.start, ctx, actor)
                                                     or _going_home_made_of(sentence, q, ctx, actor))
        if going_home:
            claim_type = "withdrawal"   # "177 Egyptian troops were airlifted back to Egypt"
        places = pick_places(sentence, q.start, q.end, ctx, actor,
                             only_before=q.link == "from" or cue_near(sentence, "apposition", q.start, 25, 0))
        if q.link == "from":
            places = _partner_country(sentence, q, ctx, actor) or places
        places = _clause_bases_only(sentence, q.start, places)
        if from_nations and not places:
            places = _mission_theater(sentence, ctx, actor)   # "KFOR has 4,000 troops from 28 countries"
        if not actor or not places:
            continue
        if claim_type in ("troop_count", "troop_target") and _level_after_move(sentence, q, places[0], ctx):
            places = [(ctx.default_country, "", None)]   # "relocated to Erbil and Kuwait, with troop levels set
            # to decrease from 2,000 to 500": the levels of the article's country, not of a destination
        country, base, mention = places[0]
        if not country or actor == country:
            continue
        if not base:
            places[0] = _base_referred(sentence, q.start, ctx, places[0])
        whole = _whole_after(sentence, q)
        status = pick_status(sentence, q.start if whole is None else whole.end, claim_type)
        if status == DEFAULT_STATUS[claim_type] and _typed_by_planned_cue(sentence, q):
            status = "planned"   # "10,000 NATO troops ... will leave": the verb after the number is the plan
        elif status == "planned" and claim_type in ("withdrawal", "deployment") and _typed_by_done_move(sentence, q):
            status = "reported"   # "announced that more than 460 soldiers ... have left": the move is done
        cut_from = _cut_by_later(sentence, q, sentence.clause_of(q.start)[1])
        sized_fact = _whole_size(sentence, q) and not _sent_sized(sentence, q)
        if sized_fact or _from_current(sentence, q) or _whole_of(sentence, q) or cut_from or (
                claim_type == "troop_count" and q.link == "from"):
            status = "reported"   # the force's size is a fact, whatever is planned for it ("will cut from 2,000")
        if claim_type == "troop_target" and status == "reported" and _change_begun(sentence, q):
            status = "planned"   # "began reducing from 2,000 to 1,400": the 1,400 is still to come
        if claim_type == "troop_count" and status in ("proposed", "demanded"):
            claim_type = "troop_target"   # "commanders recommended keeping at least 500 troops": a size wanted
        elif claim_type == "troop_count" and status == "reported" and q.link != "from" and _size_in_future_clause(
                sentence, q) and not cue_right_before(sentence, "possessive_force", q.start):
            claim_type, status = "troop_target", "planned"   # "Germany will lead a battlegroup of 1,000 troops"
        legs = _movement_legs(sentence, q, ctx, actor, claim_type, places[0])
        whole = _whole_split(sentence, q, actor, legs, wholes, going_home) if claim_type in (
            "withdrawal", "deployment") else None
        if whole is not None:   # a part of it leaves the whole's origin, and goes where it goes unless home
            legs = [("withdrawal", whole)] + [("deployment", p) for _, p in legs if not going_home and p[0] != whole[0]]
        else:
            wholes += [(actor, q.value, p) for k, p in legs if k == "withdrawal"]
            ctx.last_withdrawals = wholes[-1:]
        part = _fraction_of(sentence, q) or _cut_of_whole(sentence, q)
        first = len(claims)   # this number's claims start here
        for kind, (country, _, mention) in legs:
            claim = _base_claim(sentence, kind, actor, country, mention, status)
            if not (part and kind in ("withdrawal", "deployment")):   # "most of its 1,000 troops": how many move
                claim = _with_number(claim, q)   # is not said

            claim = assign_date(claim, sentence, q.start, q.end, ctx, dates_for)
            if kind == "troop_count" and cut_from and ctx.published:   # the size now; the cut's date is the cut's
                claim = replaced(claim, date=ctx.published, date_precision=ctx.published_precision,
                                 date_source="published")
            left_then = _date_left_then(sentence, q, dates_for) if kind == "troop_count" else None
            if left_then is not None:   # "withdrew ... in early July, leaving around 200": the level as of July
                claim = replaced(claim, date=left_then.date, date_precision=left_then.precision, date_source="text")
            if kind == "troop_count" and (_past_level(sentence, q) and (
                    claim.date_source == "published" or not _dated_in_clause(sentence, q, dates_for))
                                          or _changed_from(sentence, q) and claim.date_source == "published"):
                claim = replaced(claim, date="", date_precision="", date_source="")   # "the original 750", "rose
                # from 900 to 2,000": the level before, not today's
            claims.append(claim)
        claims += [replaced(c, actor=other) for other in _each_of(sentence, q, ctx, actor)
                   for c in claims[first:]]   # "Britain and France have each sent 300 troops"
        if claim_type in ("troop_count", "troop_target"):
            claims += [replaced(claims[first], country=country, base=base) for country, base
                       in _each_place(sentence, q, ctx, actor, claims[first])]   # "350 troops each at Libreville
            # and Dakar": the number at every place
        if claim_type == "withdrawal" and (cue_near(sentence, "apposition", q.start, 30, 0)
                                           or cue_right_before(sentence, "whole_force", q.start)):
            size = replaced(_with_number(claim, q), claim_type="troop_count", status="reported",
                            date="", date_precision="", date_source="")
            claims.append(assign_date(size, sentence, q.start, q.end, ctx, dates_for))   # "its 4,000 troops"
        consumed.update(_cues_used_by(sentence, q))
    return claims, consumed, home


def _each_of(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str) -> list[str]:
    """The other actors joined to the number's before it when "each" / "كل من" is in its clause: each has it."""
    lo, hi = sentence.clause_of(q.start)
    if not any(lo <= s < hi for s, _ in sentence.cues("each_of")):
        return []
    joined = pick_actors(sentence, q.start, q.end, ctx)
    return [code for code in joined if code != actor] if actor in joined else []


def _each_place(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str, first: Claim) -> list[tuple[str, str]]:
    """The other places of a list after the number when "each" / "كل" follows its noun ("350 French troops each
    stationed at bases in Libreville and Dakar"): each has the number."""
    blockers = load_cues().particles["each_not_after"]   # "في كل من ليبرفيل وداكار": in both, not in each
    if not any(q.end <= s <= q.end + 25 and not set(words_before(sentence.text, s, 8, 1)) & set(blockers)
               for s, _ in sentence.cues("each_of")):
        return []
    listed = pick_places(sentence, q.start, q.end, ctx, actor, many=True)
    return [(country, base) for country, base, _ in listed[1:]
            if country and country != own_country(ctx, actor) and (country, base) != (first.country, first.base)]


def _move_negated(sentence: Sentence, q: Quantity, claim_type: str) -> bool:
    """The move cue right before the number that typed it is negated ("will not pull", "halted the withdrawal of")."""
    if claim_type not in ("withdrawal", "deployment"):
        return False
    lo, _ = sentence.clause_of(q.start)
    before = [s for s, _ in sentence.cues(claim_type) if max(lo, q.start - TRIGGER_WINDOW) <= s < q.start]
    return bool(before) and _negated(sentence, max(before))


def _with_number(claim: Claim, q: Quantity) -> Claim:
    """The claim with the number's value, bounds and qualifier."""
    return replaced(claim, value=q.value, value_min=q.value_min, value_max=q.value_max, qualifier=q.qualifier)


def _fraction_of(sentence: Sentence, q: Quantity) -> bool:
    """A fraction right before the force's number ("most of its 1,000 troops", "معظم جنودها البالغ عددهم 1000"):
    a part of it moves, the number is the whole's."""
    return _cue_before_number(sentence, q, "fraction_of", sentence.clause_of(q.start)[0], words=4, reach=40)


def _cut_of_whole(sentence: Sentence, q: Quantity) -> bool:
    """A cut of the whole force, its number given ("considering cutting its 28,500 troops", "خفض قواتها ...
    البالغ عددها 28500 جندي"): the number is the force's size, how many leave is not said."""
    whole = cue_right_before(sentence, "whole_force", q.start) or cue_near(sentence, "apposition", q.start, 25, 0)
    return whole and any(0 <= q.start - e <= TRIGGER_WINDOW for _, e in sentence.cues("decrease"))


def _mission_size_of_contributor(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str) -> bool:
    """An "N-strong" mission or force right after "contributor to" / "part of" / "ضمن" is the mission's size, not
    the contributing state's ("the second largest contributor to the 18,300-strong peacekeeping mission")."""
    entry = ctx.gazetteer.actor(actor)
    return (entry is not None and getattr(entry, "group", "") == "state" and _whole_size(sentence, q)
            and cue_right_before(sentence, "contributor_of", q.start, 8))


def _part_moved(sentence: Sentence, q: Quantity, wholes: list[tuple[str, float, tuple]]) -> bool:
    """A bare number smaller than a withdrawal just told, in a sentence that moves it ("Some 6,400 will return
    home"): a part of those forces."""
    return any(value > q.value for _, value, _ in wholes) and bool(sentence.cues("deployment")
                                                                   or sentence.cues("withdrawal"))


def _whole_split(sentence: Sentence, q: Quantity, actor: str, legs: list[tuple[str, tuple]],
                 wholes: list[tuple[str, float, tuple]], going_home: bool) -> tuple | None:
    """The origin of the withdrawal a smaller number is part of, when that number only goes somewhere
    ("withdraw 12,000 troops from Germany, with 5,600 moving to Italy and 6,400 returning home"): its
    destination is not where it leaves."""
    parts = [place for who, value, place in wholes if who == actor and value > q.value]
    if not parts or any(p[2] is not None and p[2].start > q.end and place_role(sentence, p[2]) == "from"
                        for _, p in legs):
        return None   # a number with its own origin moves from there
    goes = going_home or all(  # a destination after it, or no place of its own but the origin's country
        p[2] is not None and p[2].start > q.end and (k == "deployment" or listed_role(sentence, p[2]) == "to")
        or p[2] is None and p[0] == parts[-1][0] for k, p in legs)   # ("redeployed to NATO countries")
    return parts[-1] if goes else None


def _level_after_move(sentence: Sentence, q: Quantity, place: tuple, ctx: DocContext) -> bool:
    """A level whose only place is the destination of an earlier move in the sentence, in another country
    than the article's: the move's destination is not where the level is."""
    mention = place[2]
    return (mention is not None and mention.end <= q.start and ctx.default_country not in ("", place[0])
            and listed_role(sentence, mention) == "to")


def _name_number(sentence: Sentence, q: Quantity) -> bool:
    """A bare number written right after the name of a site or region is part of a name ("وذكر موقع الخليج
    الفارسي 365"), not a count there; after a state it may be ("عدد القوات في العراق 2500")."""
    return any(0 <= q.start - m.end <= 1 and m.entry.kind in ("base", "feature") for m in sentence.mentions)


def _going_home_made_of(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str) -> bool:
    """The move whose force the number makes up goes home ("عادت إلى أوغندا ... وحدة مؤلفة من 300 جندي")."""
    start, _ = _move_made_of(sentence, q)
    return start >= 0 and _going_home(sentence, start, ctx, actor)


def _going_home(sentence: Sentence, pos: int, ctx: DocContext, actor: str) -> bool:
    """A movement whose destination in the clause is the actor's own country: the first one after it, if any
    ("5,600 will move to Italy and 6,400 return to the US": only the second goes home)."""
    own = own_country(ctx, actor)
    lo, hi = sentence.clause_of(pos)
    ends = [m for m in sentence.mentions if m.entry.kind in ("country", "base") and lo <= m.start < hi
            and place_role(sentence, m) == "to"]
    ahead = [m for m in ends if m.start >= pos][:1]
    return bool(own) and any(place_country(m) == own for m in ahead or ends)


def _past_level(sentence: Sentence, q: Quantity) -> bool:
    """A level of the past with no date of its own: "the original footprint of 750", "بعد أن كان 1200",
    "at the height of the conflict", a sentence opening "Before these cuts,"."""
    lo, hi = sentence.clause_of(q.start)
    return (cue_near(sentence, "past_level", q.start, 40, 0, lo, hi)
            or cue_near(sentence, "past_level", q.end, 0, 80, lo, hi)
            or cue_near(sentence, "before_these", 0, 0, 3, 0, q.start))   # "Prior to these withdrawals, ..."


def _change_begun(sentence: Sentence, q: Quantity) -> bool:
    """A change "from N to M" that has begun and is under way ("began reducing its troops from 2,000 to 1,400",
    "بدأت ... بخفض عدد قواتها من 2000 إلى 1400"): M is still to come, N is a level of before."""
    return q.link in ("from", "to") and cue_near(sentence, "begun", q.start, 150, 0) and bool(sentence.cues("reduce"))


def _changed_from(sentence: Sentence, q: Quantity) -> bool:
    """The first number of "rose / fell from N to M" (ارتفع من N إلى M): the level before the change, of no date."""
    lo, _ = sentence.clause_of(q.start)
    if not (q.link == "from" or cue_right_before(sentence, "from_prep", q.start)):
        return False
    if _change_begun(sentence, q):
        return True
    return any(lo <= s and 0 <= q.start - e <= 80 and not any(   # the change's own "from": not "dropped the plan
        e <= c < q.start for kind in ("reduce", "withdrawal", "deployment") for c, _ in sentence.cues(kind))
        for s, e in sentence.cues("past_change"))   # of reducing ... from 1,900 to 900"


def _dated_in_clause(sentence: Sentence, q: Quantity, dates_for) -> bool:
    """A date of the number's clause, or one that opens the sentence ("وحتى العام الماضي، كان ..."), that dates
    it: not a "since" date ("منذ عام 2019"), which starts a span."""
    lo, hi = sentence.clause_of(q.start)
    return any((lo <= d.start < hi or d.end <= q.start and _opens_sentence(sentence, d)) and d.relation != "since"
               for d in dates_for("past"))


MIN_CONTRIBUTORS = 3   # states listed after "from" a force is sent: who contributes, not where it left


def _movement_legs(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str, claim_type: str,
                   place: tuple) -> list[tuple[str, tuple]]:
    """A movement with an origin and a destination is a transfer: a withdrawal from the one and a deployment
    to the other ("نقل ألف جندي سحبوا من شمال سوريا إلى غرب العراق"); otherwise the claim at its place."""
    if claim_type not in ("withdrawal", "deployment"):
        return [(claim_type, place)]
    whole = _whole_after(sentence, q)   # "4,000 of the 19,000 Marines in Okinawa will be moved to Guam"
    after, reach = (whole.end, 60) if whole is not None else (q.end, 40)
    verb = min((s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind) if 0 <= s - after <= reach),
               default=q.start)   # "100 soldiers relocated from X, Germany, to Y": the verb's own places
    legs = movement_places(sentence, verb, ctx, actor)
    origins, destinations = legs["from"], _handed_to_host(legs["to"], legs["from"] + [place])
    origins = origins or _stationed_at(sentence, after, legs["at"], destinations, verb) or _based_in(
        sentence, q, place, destinations)
    if claim_type == "deployment" and not destinations and len({c for c, _, _ in origins}) >= MIN_CONTRIBUTORS:
        host = place if place[0] not in {c for c, _, _ in origins} else (ctx.default_country, "", None)
        return [("deployment", host)]   # "نشر قوة ... من أوغندا وبوروندي وكينيا": the states it comes from
    if origins and not destinations:
        return [("withdrawal", p) for p in origins]   # "relocate 9,000 Marines stationed on Okinawa"
    if claim_type == "withdrawal" and not origins and _sent_on_to(sentence, q, destinations):
        return [("deployment", p) for p in destinations]   # "withdraw 2,500 troops to Kuwait": sent there
    if not (origins and destinations):
        return [(claim_type, place)]
    return [("withdrawal", p) for p in origins] + [("deployment", p) for p in destinations]


def _sent_on_to(sentence: Sentence, q: Quantity, destinations: list[tuple]) -> bool:
    """The destinations of a withdrawal with no origin are where the number goes: in its clause, with no verb of
    sending between ("withdraw 2,500 troops to Kuwait"), not where it had been sent ("500 of the servicemen
    deployed to Syria have left", "the forces he ordered to Afghanistan")."""
    lo, hi = sentence.clause_of(q.start)
    starts = [m.start for _, _, m in destinations if m is not None]
    if not starts or len(starts) < len(destinations) or not all(lo <= p < hi for p in starts):
        return False
    return not any(q.end <= s < min(starts) for s, _ in sentence.cues("deployment"))


def _stationed_at(sentence: Sentence, pos: int, places: list[tuple], destinations: list[tuple],
                  verb: int) -> list[tuple]:
    """Where the moved forces are stationed, right after them: "100 Marines stationed on Okinawa moving to
    Guam", "1,000 US service members in Germany would be sent to Romania", "الجنود المتمركزين في X", and with
    the verb before the number, "نقل 500 جندي في ألمانيا إلى بولندا": their origin; not where they go
    ("arrived in Darwin ... to be stationed in northern Australia")."""
    first = min((d[2].start for d in destinations if d[2] is not None), default=len(sentence.text))
    went = {d[0] for d in destinations}
    sites = {(d[0], d[1]) for d in destinations}   # another site of a destination's country may be the origin:
    # "90 soldiers in Abeche left for N'Djamena"
    return [p for p in places if p[2] is not None and pos <= p[2].start < first
            and (p[0] not in went or p[1] and (p[0], p[1]) not in sites)
            and (cue_near(sentence, "stationed", p[2].start, 25, 0)
                 or destinations and (p[2].start < verb or verb < pos and _move_right_before(sentence, pos))
                 and p[2].start - pos <= 40)][:1]


def _move_right_before(sentence: Sentence, pos: int) -> bool:
    """A verb of movement ends within 40 characters before `pos`: the verb comes first ("نقل 500 جندي في ...")."""
    return any(0 <= pos - e <= 40 for kind in ("withdrawal", "deployment") for _, e in sentence.cues(kind))


def _based_in(sentence: Sentence, q: Quantity, place: tuple, destinations: list[tuple]) -> list[tuple]:
    """The place of a "-based" compound before the moved forces' noun ("2,700 Okinawa-based Marines will be sent
    to Guam"): their origin, when they go somewhere else."""
    mention = place[2]
    if mention is None or not destinations or place[0] in {d[0] for d in destinations if not d[1]}:
        return []
    return [place] if any(s - 1 == mention.end for s, _ in _participle_after(sentence, q)) else []


def _handed_to_host(destinations: list[tuple], origins: list[tuple]) -> list[tuple]:
    """A base handed over 'to Ivory Coast' goes to its host: the country of an origin is no destination
    (a base of the same country still is: "from Ain al-Asad to Erbil")."""
    hosts = {c for c, b, _ in origins if b}
    return [p for p in destinations if p[1] or p[0] not in hosts]


def _base_referred(sentence: Sentence, pos: int, ctx: DocContext, place: tuple) -> tuple:
    """'the base' / 'القاعدة' in the clause, with no name, is the base of the previous claims (same country);
    'stationed there' / 'متمركزين بها' is the base named before it in the sentence, else that one."""
    lo, hi = sentence.clause_of(pos)
    if any(lo <= s < hi for s, _ in sentence.cues("base_there")):   # "10,000 US troops are stationed there"
        named = [m for m in place_mentions(sentence) if m.entry.kind == "base" and m.end <= pos   # a place, not a
                 and getattr(m.entry, "country", "") == place[0]]   # landmark ("north-west of Kuwait City")
        if named:
            return place[0], named[-1].entry.code, named[-1]
    elif not any(lo <= s < hi for s, _ in sentence.cues("base_anaphor")):
        return place
    base = ctx.gazetteer.base(ctx.last_base) if ctx.last_base else None
    if base is None or base.country != place[0]:
        return place
    return place[0], base.code, Mention(base, pos, pos, "base")


def _from_nations(sentence: Sentence, q: Quantity) -> bool:
    """A force size followed by "from N countries" / "من N دولة", or by a list of three or more states
    ("22,000 troops from Uganda, Burundi, Kenya and Ethiopia"): a mission's size, not one state's."""
    if any(o.unit == "countries" and 0 <= o.start - q.end <= 30 for o in sentence.quantities) or any(
            0 <= s - q.end <= 30 for s, _ in sentence.cues("many_nations")):
        return True
    froms = [e for s, e in sentence.cues("from_prep") if 0 <= s - q.end <= 30]
    if not froms:
        return False
    stop = min([o.start for o in sentence.quantities if o.start > froms[0]] + [froms[0] + 100])
    return len({m.entry.code for m in sentence.mentions if m.entry.kind == "country"
                and froms[0] <= m.start < stop}) >= 3   # not "2,500 from the US and 1,100 from Germany"


def _mission_theater(sentence: Sentence, ctx: DocContext, actor: str) -> list[tuple]:
    """Where a mission of many nations is: the theater of the mission the sentence names, else the article's
    host (the countries it is drawn from are no place of it)."""
    theaters = mission_theaters(sentence, actor) or [ctx.default_country]
    return [(theaters[0], "", None)] if theaters[0] else []


def _alliance(sentence: Sentence, ctx: DocContext) -> str:
    """The alliance, coalition or mission named in the sentence, else the document's usual actor if it is one."""
    groups = ALLIANCE_GROUPS
    named = [m.entry.code for m in actor_mentions(sentence) if getattr(m.entry, "group", "") in groups]
    if named:
        return named[0]
    entry = ctx.gazetteer.actor(ctx.default_actor)
    return ctx.default_actor if entry is not None and entry.group in groups else ""


def _proxies(sentence: Sentence, q: Quantity) -> bool:
    """The number's people are someone's proxies ("2,000 Iranian-backed fighters"): no foreign force's size."""
    return _proxy_word(sentence.text[q.end:q.end + 40].split()[:3])


def _proxy_word(words: list[str]) -> bool:
    """Whether one of the words is a proxy modifier ("Iranian-backed", "Russian-trained")."""
    suffixes = load_cues().particles["proxy_suffixes"]
    return any(word.lower().strip(",.;:").endswith(suffixes) for word in words)


def _multinational(sentence: Sentence, q: Quantity) -> bool:
    """An exercise total of several nations ("9,000 troops from 13 nations take part in the drills")."""
    lo, hi = sentence.clause_of(q.start)
    exercise = any(lo <= s < hi for s, _ in sentence.cues("exercise"))
    nations = any(o.unit == "countries" and 0 <= o.start - q.end <= 25 for o in sentence.quantities)
    return exercise and nations or exercise and not any(
        abs(m.start - q.end) <= 30 for m in actor_mentions(sentence))


def _move_after(sentence: Sentence, q: Quantity) -> tuple[int, int] | None:
    """The movement cue that types a number from after it (none before it): "10,000 NATO troops ... will leave"."""
    moves = [(s, e) for kind in ("withdrawal", "deployment") for s, e in sentence.cues(kind)]
    if any(q.start - TRIGGER_WINDOW <= s < q.start for s, _ in moves):
        return None
    return min(((s, e) for s, e in moves if q.end <= s <= q.end + 100), default=None)


def _typed_by_planned_cue(sentence: Sentence, q: Quantity) -> bool:
    """Whether the movement cue after a number (and nothing before it) is itself a future form."""
    move = _move_after(sentence, q)
    return move is not None and any(ps <= move[0] and move[1] <= pe for ps, pe in sentence.cues("planned"))


def _typed_by_done_move(sentence: Sentence, q: Quantity) -> bool:
    """The movement verb right after the number (and none before it) is in the past or perfect tense."""
    move = _move_after(sentence, q)
    return move is not None and (_past_move(sentence, *move) or any(
        ps <= move[0] < pe or move[0] <= ps < move[1] for ps, pe in sentence.cues("reported")))


def _cues_used_by(sentence: Sentence, q: Quantity) -> set[int]:
    """Movement and presence cues a number has used: those near it in its clause, and the one that typed it."""
    lo, hi = sentence.clause_of(q.start)
    kinds = ("withdrawal", "deployment", "presence", "remain", "presence_stay")
    used = {s for kind in kinds for s, _ in sentence.cues(kind)
            if max(lo, q.start - TRIGGER_WINDOW) <= s <= min(hi, q.end + 100) and not _earlier_move(sentence, s)}
    before = [s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind)
              if max(lo, q.start - TRIGGER_WINDOW) <= s < q.start]   # as _nearest_trigger: in its clause
    after = [s for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind)
             if q.end <= s <= min(hi, q.end + 100) and not _earlier_move(sentence, s)]
    if before:
        used.add(max(before))
    elif after:
        used.add(min(after))
    return used


def _earlier_move(sentence: Sentence, s: int) -> bool:
    """A move after "after" with a place of its own ("بعد يومين من انسحاب قواتها من مالي") is a claim apart
    from the number before it; "N will remain after the cut" (بعد الخفض) is the number's own move."""
    return _after_subordinator(sentence, s) and any(0 < m.start - s <= 40 for m in place_mentions(sentence))


def _clause_bases_only(sentence: Sentence, pos: int, places: list) -> list:
    """A base named in another clause says which country, not that this number is at that base, unless the
    number's clause refers back to it ("قاعدة العديد ...، حيث تستضيف نحو 10 آلاف جندي", "the base, where")."""
    lo, hi = sentence.clause_of(pos)
    back = _refers_back(sentence, lo) or _after_located_aside(sentence, lo)
    return [(c, b, m) if m is None or not b or lo <= m.start < hi or (back and m.start < lo)
            or m.start < lo and _where_forces_stand(sentence, m) else (c, "", None) for c, b, m in places]


def _where_forces_stand(sentence: Sentence, m: Mention) -> bool:
    """The base right after "stationed in" / "المتواجدين في" in an earlier clause: where the forces the sentence
    counts stand ("عدد الجنود الأتراك المتواجدين في إدلب ...، وصل إلى 10 آلاف")."""
    return any(0 <= m.start - e <= 2 for _, e in sentence.cues("stationed"))


def _refers_back(sentence: Sentence, lo: int) -> bool:
    """The clause at `lo` opens with a word that refers back to the place before it ("حيث", "التي", "where")."""
    return any(lo <= s <= lo + 3 for s, _ in sentence.cues("refers_back"))


def _after_located_aside(sentence: Sentence, lo: int) -> bool:
    """The clause at `lo` goes on after an aside on where its subject lies ("Ain al-Asad base, located in Anbar
    province, houses 2,000"): the base before the aside is the clause's own."""
    for s, _ in sentence.cues("located_in"):
        a_lo, a_hi = sentence.clause_of(s)
        if a_lo <= s <= a_lo + 3 and lo - 3 <= a_hi <= lo:
            return True
    return False


def _partner_country(sentence: Sentence, q: Quantity, ctx: DocContext, actor: str) -> list:
    """In "from about 2,000 to fewer than 500 in Erbil", the start level is country-wide, same country."""
    lo, _ = sentence.clause_of(q.start)
    if any(lo <= m.start < q.start for m in place_mentions(sentence)):
        return []
    partner = next((p for p in sentence.quantities if p.link == "to" and p.start > q.start), None)
    if partner is None:
        return []
    places = pick_places(sentence, partner.start, partner.end, ctx, actor)
    if places and _level_after_move(sentence, partner, places[0], ctx):
        return [(ctx.default_country, "", None)]
    return [(places[0][0], "", None)] if places else []


def _lasted(sentence: Sentence, s: int) -> bool:
    """A move noun with its duration before it ("after a nearly 20-year deployment"): how long forces were
    there, not a move; unless a verb of beginning governs it ("began their 12-month deployment")."""
    before = sentence.text[max(0, s - 20):s].split()[-1:]
    return bool(before) and fold_str(before[0].split("-")[-1]) in load_cues().particles.get("durations", ()) and not (
        cue_near(sentence, "begun", s, 30, 0))   # "began their 12-month deployment on Dec 4": a move that starts


def _triggers(sentence: Sentence, consumed: set[int]) -> list[tuple[int, int, str]]:
    """Withdrawal, deployment and presence cues not used by a number nor negated, in text order.

    A presence cue right after a withdrawal/deployment/extension cue is its object
    ("reducing the presence", "extend the stay") and does not count on its own. A base word with
    an actor's adjective ("the Russian bases", "US bases") is a presence cue.
    """
    steps = {e for kind in ("withdrawal", "deployment") for _, e in sentence.cues(kind) if _to_infinitive(sentence, e)}
    movers = [s for kind in ("withdrawal", "deployment", "extension", "mission_end") for s, e in sentence.cues(kind)
              if e not in steps]   # "has moved to consolidate": a step taken, no move
    found = []
    for kind in TRIGGER_TYPES:
        for s, e in sentence.cues(kind):
            if s in consumed or _negated(sentence, s) or _lasted(sentence, s):
                continue
            if any(ns <= s < ne for ns, ne in sentence.cues("not_move")) or (
                    kind in ("deployment", "withdrawal") and e in steps):
                continue   # "what is left of ISIS", "has moved to consolidate its presence": no move
            if kind in ("presence", "presence_noun") and any(0 < s - m <= 25 for m in movers):
                continue
            if kind == "presence" and (_moving_clause(sentence, s) or any(
                    0 <= s - ds <= 30 and s - de > 1 for ds, de in sentence.cues("direction"))):
                continue   # "القوات المتمركزة في القيارة انسحبت", "باتجاه قواعدها المنتشرة": the move is the claim
                # ("to build a base": an infinitive's "to" right before the verb is no direction)
            if kind == "withdrawal" and any(s < ds and de < e for ds, de in sentence.cues("direction")) and any(
                    be == e for _, be in sentence.cues("base_word")):
                continue   # "أغلقت الطرق المؤدية إلى القاعدة", "closed the road to the base": not the base closed
            if kind == "deployment" and _stationing(sentence, s, e):
                continue   # "personnel deployed in the Maldives have begun their withdrawal": where they are
            if kind == "deployment" and _purpose_of_move(sentence, s):
                continue   # "arrive in Kosovo to bolster the NATO-led force": why they came, not another move
            if kind == "deployment" and _pledge_without_number(sentence, s, e):
                continue   # "pledged continued US troops' support": a pledge of something else
            if kind == "handover" and not _bases_handed(sentence, s) and not cue_near(sentence, "base_word", e, 0, 30) \
                    and not _bases_were_handed(sentence, s, e):
                continue   # "handed over control", "تسليم المسؤولية": only a base handed over is a withdrawal
            if kind == "presence_stay":
                if not (any(0 <= m.start - e <= 30 for m in place_mentions(sentence))
                        or cue_near(sentence, "place_anaphor", e, 0, 12)):
                    continue   # "will remain committed": staying somewhere needs the somewhere ("ستبقى في البلاد")
                kind = "presence"
            if kind == "presence" and any(fs <= s < fe for fs, fe in sentence.cues("future_stationed")) and not any(
                    d.relation == "by" and d.start > s for d in sentence.dates_in("future")):
                kind = "deployment"   # "the British units would be stationed in Tapa": sent there, a plan (not
                # "will be stationed in Tajikistan until 2042": a stay, with its deadline)
            if kind == "presence_still":
                if not (cue_near(sentence, "force", e, 0, 8)
                        or any(0 <= m.start - e <= 8 for m in actor_mentions(sentence))):
                    continue   # "لا تزال المفاوضات جارية": still something else, not forces still there
                kind = "presence"
            if kind == "presence_noun":
                if not (cue_near(sentence, "force", e, 0, 20) or cue_near(sentence, "state_organ", e, 0, 20)
                        or cue_near(sentence, "force", s, 12, 0)
                        or any(0 <= m.start - e <= 20 or 0 <= s - m.end <= 20 for m in actor_mentions(sentence))):
                    continue   # "وجود تعاون": the existence of something, not a presence of forces
                kind = "presence"
            found.append((s, e, kind))
    for s, e in sentence.cues("count"):
        if any(q.vague and q.unit == "personnel" and 0 <= q.start - e <= 20 for q in sentence.quantities):
            found.append((s, e, "presence"))   # "تنشر إيران آلاف المقاتلين في سوريا": a level with no number
    for s, e in sentence.cues("keeps"):
        hi = sentence.clause_of(s)[1]
        if any(0 <= m.start - e <= 60 and m.start < hi for m in place_mentions(sentence) if m.entry.kind == "base") or (
                cue_near(sentence, "force", e, 0, 12) and any(e <= m.start < hi for m in place_mentions(sentence))):
            found.append((s, e, "presence"))   # "يحتفظ بقاعدة حميميم", "retains the Hmeimim base", "تحتفظ إيران
            # بمستشارين عسكريين في سوريا", "retains advisers in Iraq": forces kept somewhere
    for s, e in sentence.cues("base_word"):
        adjectives = [m for m in actor_mentions(sentence) if m.form == "adjective" and (
            0 <= m.start - e <= 2 or 0 <= s - m.end <= 2 and not cue_near(sentence, "force", m.start, 14, -1)
            or _one_word_between(sentence, e, m.start))]
        # "the Russian bases", "US bases", "قاعدة عسكرية فرنسية"; not the adjective of a force named before it
        # ("غادر الجنود الأمريكيون قاعدة نيامي": the soldiers are American, the base is not named as theirs)
        if adjectives and not any(0 < s - m <= 25 for m in movers):
            found.append((s, e, "presence"))
        elif ((cue_near(sentence, "list_opener", e, 0, 30) or cue_near(sentence, "list_opener", s, 12, 0))
              and not any(0 < s - m <= 80 for m in movers)   # "انسحاب ... من عدد من القواعد، بينها": left
              and not any(fs <= s < fe for fs, fe, _ in found)):
            found.append((s, e, "base_list"))   # "the bases, namely Hama, Tiyas and Shayrat", "أبرزها قاعدتا"
    return sorted(t for t in found if not any(s <= t[0] and t[1] <= e and (s, e) != t[:2] and k != t[2]
                                              for s, e, k in found))   # "sent" inside "sent packing"


def _home_named_after(sentence: Sentence, e: int, own: str) -> bool:
    """A place of the actor's own country right after a presence cue ("based at Fort Bragg", "stationed in
    Texas"): the forces' home."""
    return bool(own) and any(0 <= m.start - e <= 4 and place_country(m) == own for m in place_mentions(sentence))
    # places only: "وتنشر إيران آلاف المقاتلين في سوريا" names the subject right after its verb


def _purpose_of_move(sentence: Sentence, s: int) -> bool:
    """A move verb after "to" that follows another move in its sentence, with no "and" between ("arrived to
    bolster", "sent to reinforce"): the purpose of the move told before it."""
    if not cue_right_before(sentence, "to_prep", s):
        return False
    before = sentence.text[max(0, s - 12):s]
    return not re.search(r"\band\s+to\s*$", before) and any(
        0 < s - e <= 60 for kind in ("deployment", "withdrawal") for _, e in sentence.cues(kind))


def _to_infinitive(sentence: Sentence, e: int) -> bool:
    """A move verb followed by "to" and a verb ("has moved to consolidate", "moved to reduce"): a step taken, not
    forces moved. A cased script only: the verb after "to" is a lower-case word that names no place, region
    or article ("moved to northern Syria", "moved to the base" are moves)."""
    words = sentence.text[e - 3:e + 30].split()
    if not words or _passive_before(sentence, e):
        return False   # "were moved to protect the oil fields": forces moved
    markers = load_cues().particles.get("infinitive_markers", ())
    after = words[1:] if words[0] in markers else (words[2:] if len(words) > 1 and words[1] in markers else [])
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    pos = sentence.text.find(after[0], e)
    return not any(s == pos for kind in ("region", "place_article", "base_word", "location_prep", "force")
                   for s, _ in sentence.cues(kind)) and after[0] not in load_cues().particles.get("determiners", ())


def _passive_before(sentence: Sentence, e: int) -> bool:
    """A passive auxiliary right before the move word that ends at `e` ("were moved", "have been sent")."""
    words = sentence.text[max(0, e - 40):e].split()
    if words and words[-1] in load_cues().particles.get("infinitive_markers", ()):
        words = words[:-1]   # "moved to": the move word before its "to"
    return len(words) >= 2 and words[-2].lower() in load_cues().particles.get("passive_auxiliaries_all", ())


def _one_word_between(sentence: Sentence, a: int, b: int) -> bool:
    """Only a base's adjective between a and b ("قاعدة عسكرية فرنسية", "a French military base")."""
    words = sentence.text[a:b].split()
    return len(words) == 1 and fold_str(words[0]) in load_cues().particles["base_adjectives"]


def _operator_of_listed(sentence: Sentence, pos: int, ctx: DocContext, actor: str, found: bool) -> tuple[str, bool]:
    """Who is at the bases listed after `pos`: the actor named, else the document's usual actor when the
    gazetteer says its forces use the first listed base."""
    if found and actor:
        return actor, True
    listed = [m for m in place_mentions(sentence) if m.entry.kind == "base" and m.start >= pos]
    if listed and ctx.default_actor in listed[0].entry.operators:
        return ctx.default_actor, True
    return "", False


def _hosting_base(sentence: Sentence, pos: int) -> list[tuple]:
    """The base right before a presence cue is where the forces are: "Zilkan military base hosting Turkish
    troops", "قاعدة العديد التي تستضيف"; before the comma of a clause that refers back to it ("قاعدة حميميم، التي
    يتمركز فيها الجنود الروس")."""
    lo, _ = sentence.clause_of(pos)
    back = _refers_back(sentence, lo)
    before = [m for m in place_mentions(sentence)
              if m.entry.kind == "base" and (lo <= m.start or back) and 0 <= pos - m.end <= 25]
    return [(m.entry.country, m.entry.code, m) for m in before[-1:]]


def _bases_handed(sentence: Sentence, pos: int) -> list[Mention]:
    """The bases a handover cue hands over: named in its clause or within 110 characters after it
    ("سلم التحالف، اليوم الخميس، قاعدة القيارة"; "the base in Abidjan will be handed over")."""
    lo, hi = sentence.clause_of(pos)
    hi = max(hi, pos + 110)
    return [m for m in place_mentions(sentence) if m.entry.kind == "base" and lo <= m.start < hi]


def _bases_were_handed(sentence: Sentence, s: int, e: int) -> bool:
    """Bases named before a handover cue in its clause, with no other thing handed after it ("The three French
    bases in Chad have been handed over", "القواعد الفرنسية ... تم تسليمها"): handed over in the passive."""
    lo, _ = sentence.clause_of(s)
    return cue_near(sentence, "base_word", s, 60, 0, lo) and not cue_near(sentence, "non_force", e, 0, 15)


def _foreign_force_named(sentence: Sentence, ctx: DocContext) -> str:
    """The first state or group the sentence names whose forces are foreign to the article's country."""
    own = {ctx.default_country, ""}
    return next((m.entry.code for m in actor_mentions(sentence)
                 if m.entry.code not in own and names_a_force(sentence, m)), "")


def _owner_of_bases(sentence: Sentence, pos: int) -> str:
    """Whose bases were handed over: the state beside the base word before `pos` ("the French bases", "the bases
    of French forces", "القواعد الفرنسية")."""
    lo, _ = sentence.clause_of(pos)
    for s, e in reversed([c for c in sentence.cues("base_word") if lo <= c[0] < pos]):
        near = [m for m in actor_mentions(sentence) if 0 <= s - m.end <= 2 or 0 <= m.start - e <= 12]
        if near:
            return near[0].entry.code
    return ""


def _moving_clause(sentence: Sentence, pos: int) -> bool:
    """A withdrawal or deployment cue in the clause of `pos`, within 60 characters of it."""
    lo, hi = sentence.clause_of(pos)
    return any(lo <= s < hi and abs(s - pos) <= 60 and not _after_subordinator(sentence, s)
               and not _stationing(sentence, s, e)   # "deployed in": where, not a move
               for kind in ("withdrawal", "deployment") for s, e in sentence.cues(kind))


def _pledge_without_number(sentence: Sentence, s: int, e: int) -> bool:
    """A cue that opens with a verb of offering ("pledged 2,000 troops", "offered up to 3,000 soldiers") sends
    troops only with their number inside it."""
    first = folded_words(sentence.text[s:e])[:1]
    return bool(first) and first[0] in load_cues().particles.get("offer_verbs", ()) and not any(
        s <= q.start < e for q in sentence.quantities)


def _stationing(sentence: Sentence, s: int, e: int) -> bool:
    """A deploy cue inside a stationing phrase ("personnel deployed in the Maldives", "deployed abroad"), not in
    the future ("will be deployed in Tajikistan next month" is a move)."""
    return any(ps <= s < pe and pe > e for ps, pe in sentence.cues("stationed")) and not cue_near(
        sentence, "future", s, 20, 0)   # "will also be deployed in"


def _after_subordinator(sentence: Sentence, s: int) -> bool:
    """A move named after "after/before" ("تمركزت في حميميم بعد انسحابها من المحافظات", "stationed there after
    withdrawing from Mali") is a time of the clause, not its verb."""
    return _subordinator_in(words_before(sentence.text, s, 25, 3))   # "بعد يومين من انسحاب"; not "بعد ذلك انسحبت"
    # (then withdrew)


def _subordinator_in(words: list[str], least: int = 0, most: int | None = None) -> bool:
    """Whether "after / before / بعد ..." opens a time among `words` (not "بعد ذلك", "after that": an adverb), with
    `least` to `most` words after it."""
    particles = load_cues().particles
    return any(w in particles["subordinators"] and words[i + 1:i + 2] not in ([b] for b in particles[
        "subordinator_blockers"]) and least <= len(words) - i - 1 <= (len(words) if most is None else most)
               for i, w in enumerate(words))


def _date_of_event(sentence: Sentence, end: int, d) -> bool:
    """A date after the claim that closes an event opened by "after / following / عقب" ("ordered to withdraw ...
    following a coup last year", "عقب انقلاب العام الماضي"): the event's date, not the claim's."""
    if d.start <= end:
        return False
    return _subordinator_in(folded_words(sentence.text[max(end, d.start - 30):d.start])[-4:], least=1, most=2)


def _cue_before(sentence: Sentence, category: str, pos: int) -> bool:
    return any(s <= pos for s, _ in sentence.cues(category))


def _denied(sentence: Sentence, pos: int) -> bool:
    """A denial before `pos` in the sentence: the number belongs to the report denied."""
    return any(0 <= pos - e <= 150 for _, e in sentence.cues("denial"))


def _negated(sentence: Sentence, pos: int) -> bool:
    """A negation a few words before a cue ("لم نفكر في سحب القوات", "hasn't decided to leave"), a refusal before
    a move ("رفضت فرنسا سحب قواتها"), or a denial anywhere before it in the sentence ("USFK denied media reports
    that it would withdraw 4,500 troops")."""
    negations = [e for _, e in sentence.cues("negation")]
    refused = any(0 <= pos - e <= 30 for _, e in sentence.cues("refusal")) and any(
        s == pos for kind in ("withdrawal", "deployment") for s, _ in sentence.cues(kind))   # a move, not a presence
    return (refused or any(0 <= pos - e <= 30 for e in negations)
            or any(0 <= pos - fe <= 30 and any(0 <= fs - e <= 20 and _only_actors_between(sentence, e, fs)
                                                for e in negations)   # "No Indian military personnel will be
                   for fs, fe in sentence.cues("force"))   # present": the forces it tells of (not "لا تزال القوات")
            or any(s < pos and pos - e <= 150 for s, e in sentence.cues("denial")))   # the denial may hold the cue
    # ("dismisses USFK troop cut report")


def _only_actors_between(sentence: Sentence, a: int, b: int) -> bool:
    """Nothing but white space and actors' names between a and b ("no | Indian | military personnel")."""
    gap = sentence.text[a:b]
    for m in actor_mentions(sentence):
        if a <= m.start and m.end <= b:
            gap = gap.replace(sentence.text[m.start:m.end], " ")
    return not gap.strip()


def _about_forces(sentence: Sentence, s: int, e: int, places: list) -> bool:
    """A cue with no number speaks of forces only with a force word or actor beside it, or a base."""
    lo, hi = sentence.clause_of(s)
    near_force = any(lo <= fs < hi or -80 <= fs - s <= 100 for fs, _ in sentence.cues("force"))
    near_actor = any(0 <= m.start - e <= 25 or 0 <= s - m.end <= 25 or s <= m.start < e
                     for m in actor_mentions(sentence))   # or inside it: "تملك روسيا ... قاعدتين"
    return near_force or near_actor or any(base for _, base, _ in places) or pronoun_subject(sentence, s, lo)


def trigger_claims(sentence: Sentence, ctx: DocContext, consumed: set[int], dates_for) -> list[Claim]:
    """Claims from withdrawal/deployment/presence cues with no number: one per place named."""
    claims: list[Claim] = []
    triggers = _triggers(sentence, consumed)
    by_dates = [d for d in dates_for("future") if (d.relation == "by" or _deadline_named(sentence, d))
                and not _past_relative(d, ctx)]
    for i, (s, e, kind) in enumerate(triggers):
        lo, hi = sentence.clause_of(s)
        if kind == "withdrawal" and not _past_move(sentence, s, e) and any(
                not _plan_told_on(sentence, d, s) and (lo <= d.start < hi or not _done_move(sentence, s))
                for d in by_dates) and not _begun_then(sentence, s, ctx, dates_for):
            continue  # becomes a deadline; not a move done whose sentence dates another one later
            # ("أكمل انسحابه من التنف ...، على أن يتم إخلاء بقية المواقع خلال الشهرين المقبلين")
        if _moves_no_force(sentence, s, e) or cue_near(sentence, "media_word", e, 0, 3) or (
                kind in ("withdrawal", "deployment") and _object_is_thing(sentence, e)):
            continue  # equipment leaving, a letter sent, "نشرت صحيفة" (a newspaper published)
        if _proxy_word(sentence.text[max(0, s - 40):s].split()[-3:]):
            continue  # "Iranian-backed fighters arrived": proxies move, not a foreign force
        if kind == "deployment" and any(es < s <= ee + 6 for es, ee in sentence.cues("extension")):
            continue  # "extended the deployment of German troops until 2026": the stay's end, not a move
        if kind in ("withdrawal", "deployment") and cue_near(sentence, "medical", s, 80, 120, lo, hi):
            continue  # "They were sent to the base in Kosovo for medical treatment": the wounded, not a force
        actor, in_sentence = pick_actor(sentence, s, e, ctx, window=30, tracked_only=True, clause_only=True,
                                        own_forces=True)
        if kind == "base_list":
            kind, (actor, in_sentence) = "presence", _operator_of_listed(sentence, e, ctx, actor, in_sentence)
        if kind == "handover" and not (actor and in_sentence) and _bases_were_handed(sentence, s, e):
            actor = _owner_of_bases(sentence, s)
            in_sentence = bool(actor)
        if kind == "handover" and not actor and in_sentence:   # the host's army takes over the base: the foreign
            actor = _foreign_force_named(sentence, ctx)   # force named is the one that left ("after US withdrawal")
            in_sentence = bool(actor)
        if not in_sentence and kind in ("withdrawal", "deployment") and _next_leg(sentence, s, e) and ctx.last_actor:
            actor, in_sentence = ctx.last_actor, True   # "والثاني باتجاه قاعدة الرميلان": the forces of before
        if not actor or not in_sentence:
            continue
        if kind == "withdrawal" and _expeller(sentence, s, e, actor):
            continue   # "طرد الجيش التركي مسلحي الحزب", "the army drove out the militants": others leave
        if kind == "deployment" and _force_joined(sentence, s, e, actor):
            continue   # "expected to send troops to join the AU force": the AU is what they join, not who moves
        if kind == "deployment" and (cue_near(sentence, "sent_home", s, 0, e - s + 60, lo, hi)
                                     or _going_home(sentence, s, ctx, actor)):
            if any(t[2] == "withdrawal" for t in triggers[:i]):
                continue   # "withdrew from Aleppo and returned to Lebanon": one move, told by the first verb
            kind = "withdrawal"
        stop = min(next((t[0] for t in triggers[i + 1:] if t[2] != kind), hi), hi)
        opposite = {"withdrawal": "deployment", "deployment": "withdrawal"}.get(kind)
        next_move = next((t[0] for t in triggers[i + 1:] if t[2] == opposite), None)
        places = pick_places(sentence, s, e, ctx, actor, stop=stop, many=True, next_move=next_move)
        if _after_subordinator(sentence, s):   # "تمركزت في حميميم بعد انسحابها من المحافظات": the main clause's
            places = list(dict.fromkeys((c, "", None) if m is not None and m.start < s else (c, b, m)
                                        for c, b, m in places))   # base is not where the earlier move was
        if kind == "handover":   # the bases handed over, not who receives them; unnamed ones ("its last bases in
            kind, places = "withdrawal", [(m.entry.country, m.entry.code, m) for m in _bases_handed(sentence, s)
                                          ] or places   # Senegal"): the country they are in
        if kind == "presence":
            places = _hosting_base(sentence, s) + [p for p in places if p[1] or not _hosting_base(sentence, s)]
        if kind == "presence" and _home_named_after(sentence, e, own_country(ctx, actor)):
            continue   # "troops ... based at Fort Bragg, to Poland": where they are at home, no presence abroad
        if not _about_forces(sentence, s, e, places):
            continue
        status = pick_status(sentence, s, kind)
        if status == "planned" and kind in ("withdrawal", "deployment") and _past_move(sentence, s, e) and not any(
                lo <= ps for ps, _ in sentence.cues("planned") if ps < s):
            status = "reported"   # "من المقرر أن تفتح قاعدة ...، حيث وصلت عشرات الجنود": the arrival is done
        for who in [actor] + joined_actors(sentence, actor, s, e):
            for place_kind, place in _trigger_legs(sentence, s, kind, places, ctx, actor):
                country, base, mention = place if place[1] else _base_referred(sentence, s, ctx, place)
                if not country or country in (who, own_country(ctx, who)):
                    continue   # no presence or move at home (Hezbollah in Lebanon); its members' counts still are
                claim = _base_claim(sentence, place_kind, who, country, mention, status)
                claim = assign_date(claim, sentence, s, e, ctx, dates_for, clause_only=True)
                claims.append(_own_date_of_place(sentence, claim, mention, places, dates_for))
    return claims


def _own_date_of_place(sentence: Sentence, claim: Claim, mention: Mention | None, places: list, dates_for) -> Claim:
    """Places listed each with its day ("left Niamey on July 7 and Agadez on August 5", "من فايا لارجو في 26
    ديسمبر ومن أبيشي في 11 يناير"): each move is dated by the date right after its place, not by the first."""
    if mention is None or claim.date_source != "text" or len({p[1] for p in places}) < 2:
        return claim
    others = [p[2].start for p in places if p[2] is not None and p[2].start > mention.end]
    limit = min(others, default=len(sentence.text))
    tense = "future" if claim.status in ("planned", "proposed") else "past"
    own = next((d for d in dates_for(tense) if mention.end <= d.start <= min(mention.end + 30, limit)), None)
    if own is None or own.date == claim.date:
        return claim
    return replaced(claim, date=own.date, date_precision=own.precision)


def _next_leg(sentence: Sentence, s: int, e: int) -> bool:
    """A move told as another leg of the one before, its forces unnamed ("الأول صوب الحدود، والثاني باتجاه قاعدة
    الرميلان", "another toward the Rmelan base"): no actor named in the sentence."""
    return not actor_mentions(sentence) and (any(a == s for a, _ in sentence.cues("next_leg"))
                                             or cue_right_before(sentence, "next_leg", s))


def _expeller(sentence: Sentence, s: int, e: int, actor: str) -> bool:
    """The actor of an expelling verb named only before it: it expels, the ones expelled are after the verb."""
    if not any(xs <= s < xe for xs, xe in sentence.cues("expel")):
        return False
    return not any(m.entry.code == actor and 0 <= m.start - e <= 60 for m in actor_mentions(sentence))


def _force_joined(sentence: Sentence, s: int, e: int, actor: str) -> bool:
    """The cue is "join / للانضمام إلى" and its actor is only named after it: the force joined."""
    if not any(js == s for js, _ in sentence.cues("join_to")):
        return False
    named = [m.start for m in actor_mentions(sentence) if m.entry.code == actor]
    return bool(named) and min(named) >= e


def _trigger_legs(sentence: Sentence, s: int, kind: str, places: list, ctx: DocContext,
                  actor: str) -> list[tuple[str, tuple]]:
    """Each place of a movement cue with what happens there: left from an origin ("left Ain al-Asad"), sent to a
    destination ("towards Syria"). Forces somewhere else in the clause that move to a destination have left
    it ("تحركت القوات المتواجدة شمال شرقي سوريا، اليوم، باتجاه العراق")."""
    if kind not in ("withdrawal", "deployment"):
        return [(kind, p) for p in places]
    legs = movement_places(sentence, s, ctx, actor)
    origins, destinations = legs["from"], _handed_to_host(legs["to"], legs["from"] + places)
    if destinations and not origins:
        went = {c for c, _, _ in destinations}
        first = min(m.start for _, _, m in destinations)
        origins = [p for p in legs["at"] if p[0] not in went and p[2].start < first][-1:]
    if not (origins or destinations):
        if kind == "withdrawal" and _leaves_home(sentence, s, own_country(ctx, actor)):
            return []   # "the contingent that left Kigali ... will be deployed in Mozambique": set out from home
        return [(kind, p) for p in places]
    used = {m.start for _, _, m in origins + destinations}
    rest = [(kind, p) for p in places if (p[2] is None or p[2].start not in used)
            and (kind == "withdrawal" or not destinations)]
    return rest + [("withdrawal", p) for p in origins] + [("deployment", p) for p in destinations]


def _leaves_home(sentence: Sentence, s: int, own: str) -> bool:
    """The leaving cue at `s` takes a city or site of the actor's own country as its object ("left Kigali")."""
    ends = [e for cs, e in sentence.cues("withdrawal") if cs == s]
    return bool(own) and any(0 <= m.start - e <= 3 and (m.form == "metonym" or m.entry.kind == "base")
                             and own in (getattr(m.entry, "country", ""), m.entry.code)   # a city, not a
                             for e in ends for m in sentence.mentions)   # state that may be the subject ("أجلت روسيا")


def deadline_claims(sentence: Sentence, ctx: DocContext, numbered: list[Claim], consumed: set[int],
                    dates_for, home: frozenset[int] | set[int] = frozenset()) -> list[Claim]:
    """A by/until/end-of date governed by a withdrawal, mission-end or extension cue.

    When the sentence's numbers already say who leaves ("10,000 NATO troops, including 2,500 from the
    US, will leave by 11 September"), each of those actors gets the deadline.
    """
    claims: list[Claim] = []
    in_dates = [(d.start, d.end) for d in dates_for("future")]
    none_left = sentence.cues("none_remain")   # "not a single soldier will remain ... come January 1"
    cue_starts = sorted({(s, e) for kind in ("withdrawal", "mission_end", "extension", "stay_until")
                         for s, e in sentence.cues(kind) if not _negated(sentence, s)
                         and not any(ds <= s < de for ds, de in in_dates)} | set(none_left))   # "the end of
    # November" is a date
    numbered_leaving = [c for c in numbered if c.claim_type == "withdrawal"]
    leaving = list(dict.fromkeys(c.actor for c in numbered_leaving))
    for d in dates_for("future"):
        if not cue_starts or not (d.relation == "by" or _ending_at(sentence, d) or _deadline_named(sentence, d)
                                  or _extended_to(sentence, d) or _none_left_then(none_left, d)):
            continue
        told_past = _told_as_past(sentence, d)
        d = _nearer_past(d, ctx, dates_for, told_past)   # "was given until September 15", "was completed by the
        # September 15 deadline", told on 16 September: 2024's day, not 2025's
        s, e = min(cue_starts, key=lambda c: (c[0] > d.start, abs(c[0] - d.start)))
        if _past_move(sentence, s, e):
            continue   # "left Chad at the end of November": when it was done, not a deadline
        if _plan_told_on(sentence, d, s):
            continue
        done = pick_status(sentence, s, "withdrawal") == "reported"
        if done and (d.relation != "by" and d.date <= ctx.published or ctx.published and d.date > ctx.published
                     and sentence.cues("reported")):
            continue   # "the last troops left on Monday, ending the war": a withdrawal done, not a deadline;
            # "had to leave ... at the end of November": a month already past, not a coming one
        if d.relation == "by" and _past_relative(d, ctx) and not told_past:
            continue   # "أمر بسحب القوات نهاية العام الماضي": when it was ordered or done, not a deadline
        if s in consumed and numbered_leaving and not (sentence.cues("complete") or sentence.cues("rest_of_force")
                                                       or _whole_force_numbered(sentence, numbered_leaving)):
            continue   # "withdraw 10,000 troops by the end of the year": a dated withdrawal, not a deadline
        if s in home:
            continue   # the move of the host's own or local forces ("5000 Somali soldiers graduated by 2023")
        actors = leaving or pick_actors(sentence, s, e, ctx)
        status = pick_status(sentence, s, "deadline")
        if status == "planned" and not _cue_before(sentence, "planned", s) and ctx.published and d.date < ctx.published:
            status = "reported"   # "by the end of 2021 Iraq announced the end of the mission": a deadline reached
        for actor in actors:
            stop = d.start if d.start > e else None
            places = _place_of_later_date(sentence, d, e, dates_for) or _left_places(sentence, s, e, ctx, actor, stop)
            for country, _base, mention in places:
                if country and actor != country:
                    claim = _base_claim(sentence, "deadline", actor, country, mention, status)
                    claims.append(replaced(claim, date=d.date, date_precision=d.precision, date_source="text"))
    return claims


def _whole_force_numbered(sentence: Sentence, leaving: list[Claim]) -> bool:
    """The number of a withdrawal right after a possessive of the force ("withdraw its 1,100 soldiers", "سحب
    قواتها البالغة 1100 جندي"): the whole force, so its withdrawal by a date is also a deadline."""
    values = {c.value for c in leaving}
    return any(q.value in values and cue_right_before(sentence, "whole_force", q.start) for q in sentence.quantities)


def _none_left_then(none_left: list[tuple[int, int]], d) -> bool:
    """A date after "no soldier will remain" (at, after, come, by it): the day by which all have left."""
    return d.relation != "since" and any(e <= d.start and d.start - e <= 60 for _, e in none_left)


def _place_of_later_date(sentence: Sentence, d, e: int, dates_for) -> list:
    """The place named between an earlier deadline and this one is this one's: "end in Baghdad by September 2025
    and in Erbil by September 2026", "في بغداد بحلول سبتمبر 2025 وفي أربيل بحلول سبتمبر 2026"."""
    earlier = [o.end for o in dates_for("future") if o.relation == "by" and e <= o.end <= d.start
               and o.start != d.start]
    own = [m for m in place_mentions(sentence) if earlier and max(earlier) <= m.start < d.start]
    if not own:
        return []
    return [as_place(own[-1])]


def _left_places(sentence: Sentence, s: int, e: int, ctx: DocContext, actor: str, stop: int | None) -> list:
    """Where a deadline's forces leave: not where they go ("leave by July in the direction of Chad")."""
    places = pick_places(sentence, s, e, ctx, actor, stop=stop, many=True)
    if len(places) == 1 and places[0][2] is not None and places[0][2].end <= s:   # the places named before the cue:
        places = [as_place(m) for m in listed_before(sentence, places[0][2])]   # all the list ("في بغداد وقاعدة
        # عين الأسد ستنتهي")
    left = [p for p in places if p[2] is None or place_role(sentence, p[2]) != "to"]
    if places and not left and ctx.default_country:
        return [(ctx.default_country, "", None)]
    return left


def _past_move(sentence: Sentence, s: int, e: int) -> bool:
    """The movement cue at s..e is a verb in the past tense ("left", "انسحبت"): what it dates is done."""
    return any(ps < e and s < pe for ps, pe in _past_moves(sentence))


def _past_moves(sentence: Sentence) -> list[tuple[int, int]]:
    """Past-tense movement verbs, except a future perfect ("will have left", "سيكونون قد غادروا")."""
    return [(ps, pe) for ps, pe in sentence.cues("past_move")
            if not (cue_near(sentence, "future", ps, 60, 0, sentence.clause_of(ps)[0])
                    or cue_near(sentence, "planned", ps, 16, -1))]


def _deadline_named(sentence: Sentence, d) -> bool:
    """A date right after a deadline noun ("the deadline of 31 January", "الموعد النهائي المحدد في 31 يناير"),
    right before it ("a May 1 deadline"), or before it with the noun's own verb ("انتهت فجر اليوم الأحد مهلة
    انسحاب"): a date to leave by, whatever its preposition."""
    for s, e in sentence.cues("deadline_noun"):
        if 0 <= d.start - e <= 20 or 0 <= s - d.end <= 2:   # "the May 1 deadline", "الأول من مايو موعدا نهائيا"
            return True
        if 0 <= s - d.end <= 12 and cue_near(sentence, "deadline_lapse", d.start, 15, e - d.start + 80):
            return True
    return False


def _extended_to(sentence: Sentence, d) -> bool:
    """"to March 2023" right after an extension in the same clause ("extending its commitment in Latvia by four
    years to March 2023", "تمديد ... إلى نهاية 2026"): the end of the extension, a deadline."""
    lo, _ = sentence.clause_of(d.start)
    return cue_right_before(sentence, "to_prep", d.start, 3) and any(
        lo <= s < d.start for s, _ in sentence.cues("extension"))


def _ending_at(sentence: Sentence, d) -> bool:
    """A date in or from a month or day right after a mission-end or complete-withdrawal cue: "ending coalition
    operations in September 2025", "إنهاء مهمة التحالف ابتداء من أيلول 2025", "a full withdrawal in 2026"."""
    if d.relation not in ("at", "start") or not d.relative and d.precision == "year" and d.relation == "at":
        return False
    lo, _ = sentence.clause_of(d.start)
    ends = [s for s, _ in sentence.cues("mission_end") if lo <= s < d.start and d.start - s <= 80]
    full = [s for s, _ in sentence.cues("withdrawal") if lo <= s < d.start and d.start - s <= 40
            and cue_near(sentence, "complete", s, 25, 0)]
    return bool(ends or full)


def _complete_by(claims: list[Claim], sentence: Sentence) -> list[Claim]:
    """A planned complete withdrawal on a date ("the last American soldier will leave on September 15",
    "انسحاب كامل ... في سبتمبر") also sets the deadline of the departure."""
    out = []
    for c in claims:
        if not (c.claim_type == "withdrawal" and c.status == "planned" and c.date_source == "text"):
            continue
        if any(not any(0 <= m.start - e <= 12 and m.entry.code != c.actor and names_a_force(sentence, m)
                       for m in actor_mentions(sentence))   # not "to pull all American troops"
               for _, e in sentence.cues("complete")):
            out.append(replaced(c, claim_type="deadline", value=None, value_min=None, value_max=None, qualifier=""))
    return out


MIN_TABLE_ROWS = 3   # lines of "<state> <number>" that make a table of contributions


def table_rows(sentences: list[Sentence], ctx: DocContext) -> dict[int, Claim]:
    """A table of national contributions ("United States 23,550" / "بريطانيا 8530", one per line, at least
    MIN_TABLE_ROWS of them): each row is a troop count of that state in the document's host country."""
    rows: dict[int, Claim] = {}
    for i, sentence in enumerate(sentences):
        row = _table_row(sentence, ctx)
        if row is not None:
            rows[i] = row
    return rows if len(rows) >= MIN_TABLE_ROWS else {}


def _table_row(sentence: Sentence, ctx: DocContext) -> Claim | None:
    """A line holding only a state's name and one number (a count of personnel or a bare count)."""
    states = [m for m in sentence.mentions if m.entry.kind == "actor" and getattr(m.entry, "group", "") == "state"]
    if len(sentence.quantities) != 1 or not states or not ctx.default_country:
        return None
    q, state = sentence.quantities[0], states[0]
    rest = sentence.text[:state.start] + sentence.text[state.end:q.start] + sentence.text[q.end:]
    if q.unit not in ("", "personnel") or q.value < MIN_BARE_NUMBER or re.search(r"[^\W\d_]", rest) \
            or state.entry.country == ctx.default_country:
        return None
    claim = _with_number(_base_claim(sentence, "troop_count", state.entry.code, ctx.default_country, None,
                                     "reported"), q)
    if ctx.published:
        claim = replaced(claim, date=ctx.published, date_precision=ctx.published_precision, date_source="published")
    return claim


def _not_a_twin(claim: Claim, sized: dict[tuple, set]) -> bool:
    """No value-less twin of a sized move, unless the text dates it otherwise ("will leave a small base this
    weekend, with around 500 remaining troops departing in August")."""
    dates = sized.get((claim.claim_type, claim.actor, claim.country, claim.base))
    return dates is None or (claim.date_source == "text" and not any(
        _same_period(claim.date, claim.date_precision, d, p) for d, p in dates))


def _same_period(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool:
    """Whether two dates agree at the coarser of their precisions ("2024" holds "2024-06-30")."""
    if not a or not b:
        return a == b
    width = {"year": 4, "month": 7}.get(pa if _COARSER.get(pa, 2) < _COARSER.get(pb, 2) else pb, 10)
    return a[:width] == b[:width]


_COARSER = {"year": 0, "month": 1, "day": 2}


def _own_dates(sentence: Sentence, dates_for):
    """Dates that belong to a noun ("اتفاقية عام 1977", "the 2022 coup", "the agreement signed in November
    2008") say when that happened, not when the forces moved: they date no claim."""
    events = sentence.cues("event_noun")
    links = ("", *load_cues().particles["date_links"])   # between an event noun and its date: "اتفاقية عام 1977"

    def attributive(d) -> bool:
        words = sentence.text[d.start:d.end].split()
        plain = bool(words) and (words[0][:1].isdigit() or fold_str(words[0]) in links)   # not "at the end of November"
        return any(0 <= d.start - e <= 8 and fold_str(sentence.text[e:d.start].strip()) in links and plain
                   or 0 <= s - d.end <= 2 or s < d.start < e for s, e in events)   # "signed in 2015": the
        # date's own "in" ends the event cue

    kept: dict[str, list] = {}   # per tense, filtered once: every claim of the sentence asks again

    def own(tense: str) -> list:
        if tense not in kept:
            kept[tense] = [d for d in dates_for(tense) if not attributive(d)] if events else list(dates_for(tense))
        return kept[tense]
    return own


def claims_from_sentence(sentence: Sentence, ctx: DocContext, dates_for) -> list[Claim]:
    """Every claim one sentence makes; `dates_for(tense)` gives its date mentions."""
    dates_for = _own_dates(sentence, dates_for)
    numbered, consumed, home = number_claims(sentence, ctx, dates_for)
    sized: dict[tuple, set] = {}
    for c in numbered:
        sized.setdefault((c.claim_type, c.actor, c.country, c.base), set()).add((c.date, c.date_precision))
    found = numbered + [c for c in trigger_claims(sentence, ctx, consumed, dates_for) if _not_a_twin(c, sized)
                        and not (c.claim_type == "presence" and sentence.cues("none_remain"))]   # "no soldier will
    # remain": no presence is claimed
    deadlines = deadline_claims(sentence, ctx, numbered, consumed, dates_for, home)
    found = [_present_until(c, _readings_of(deadlines, dates_for), ctx) for c in found]
    have = {(c.actor, c.country) for c in deadlines}
    extra = [c for c in _complete_by(found, sentence) if (c.actor, c.country) not in have]
    named = _named_bases(sentence, ctx, found + deadlines + extra)
    return _no_bare_presence_twin(_not_left(_distinct(found + deadlines + extra + named)))


def _no_bare_presence_twin(claims: list[Claim]) -> list[Claim]:
    """No presence without a base beside another claim of the sentence about the same forces in the same country
    ("the US military presence in Niger totaled 950", "downsized its presence in Korea by redeploying 5,000") or a
    presence at a site there ("the base near Erbil airport where coalition forces are stationed"): it says all
    the bare presence would."""
    told = {(c.actor, c.country) for c in claims if c.claim_type != "presence" or c.base}
    return [c for c in claims if not (c.claim_type == "presence" and not c.base and (c.actor, c.country) in told)]


def _not_left(claims: list[Claim]) -> list[Claim]:
    """No presence at a base the same sentence says the forces have left ("US forces stationed at Qayyarah
    withdrew from it completely", "القوات المتمركزة في قاعدة القيارة انسحبت"): they are no longer there."""
    left = {(c.actor, c.country, c.base) for c in claims
            if c.claim_type == "withdrawal" and c.base and c.status == "reported"}
    return [c for c in claims if not (c.claim_type == "presence" and (c.actor, c.country, c.base) in left)]


def _readings_of(deadlines: list[Claim], dates_for) -> set[str]:
    """Every reading (past and future) of the date mentions the deadlines were dated by."""
    if not deadlines:
        return set()
    used = {c.date for c in deadlines}
    starts = {d.start for tense in ("past", "future") for d in dates_for(tense) if d.date in used}
    return {d.date for tense in ("past", "future") for d in dates_for(tense) if d.start in starts}


def _present_until(claim: Claim, ends: set[str], ctx: DocContext) -> Claim:
    """A presence dated by the deadline that ends it ("the coalition's mission in Baghdad will end in
    September", in either reading of the month): the forces are there now, dated at publication."""
    if claim.claim_type != "presence" or claim.date_source != "text" or not ctx.published or claim.date not in ends:
        return claim
    return replaced(claim, date=ctx.published, date_precision=ctx.published_precision, date_source="published")


def _named_bases(sentence: Sentence, ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """A known foreign base named in a sentence about forces or bases, with no claim of its own: its operator's
    forces are there ("Rockets hit the Zilkan military base", "إصابة الجنود الأمريكيين في قاعدة عين الأسد"), as of
    the report; not a base moved from or to, handed over, or a city or province of the same name."""
    if not sentence.cues("base_word") and not sentence.cues("force") or sentence.cues("handover"):
        return []
    bases = {c.base for c in claims}
    out = []
    for m in place_mentions(sentence):
        e = m.entry
        if e.kind != "base" or e.site_type != "base" or not e.operators or e.code in bases:
            continue
        if _not_where_forces_are(sentence, m):
            continue
        actor = _operator_named(sentence, ctx, e.operators)
        if not actor or e.country in (actor, own_country(ctx, actor)):
            continue   # a presence is abroad: not Turkey's own forces at a Turkish base
        bases.add(e.code)
        kind, status = ctx.last_move if ctx.last_move[0] and _lists_bases_back(sentence) else ("presence", "reported")
        claim = _base_claim(sentence, kind, actor, e.country, m, status)
        out.append(replaced(claim, date=ctx.published, date_precision=ctx.published_precision,
                            date_source="published") if ctx.published and status == "reported" else claim)
    return out


def _lists_bases_back(sentence: Sentence) -> bool:
    """A sentence that opens by naming the bases just told of ("The bases are Green Village, Euphrates and a third
    facility", "وتشمل القواعد ..."), with no move of its own: the previous sentence's move is theirs."""
    if any(sentence.cues(kind) for kind in ("withdrawal", "deployment", "presence", "presence_stay", "presence_still",
                                            "keeps", "presence_noun")):
        return False
    return any(len(_whole_words_before(sentence.text, s)) <= 1 for s, _ in sentence.cues("base_word"))


def _whole_words_before(text: str, pos: int) -> list[str]:
    """The words before `pos`, less an article or clitic glued to the word at `pos` ("وتشمل ال|قواعد")."""
    words = text[:pos].split()
    return words[:-1] if words and pos > 0 and not text[pos - 1].isspace() else words


def _not_where_forces_are(sentence: Sentence, m: Mention) -> bool:
    """A base named as where a move starts or ends, as a city or province, as where an event or civilians were, or
    after a negation in its clause ("US troops are no longer at the base", "لم تعد هناك قوات أمريكية في قاعدة")."""
    lo, _ = sentence.clause_of(m.start)
    return (_moved_base(sentence, m) or _as_city(sentence, m) or _event_place(sentence, m)
            or civilians_in(sentence, m) or _negated(sentence, m.start)
            or any(lo <= e <= m.start for _, e in sentence.cues("negation")))


def _moved_base(sentence: Sentence, m: Mention) -> bool:
    """The base is where a move starts or ends, its base word between ("باتجاه قاعدة الرميلان", "from Camp X")."""
    if place_role(sentence, m) in ("from", "to"):
        return True
    words = [s for s, e in sentence.cues("base_word") if 0 <= m.start - e <= 2]
    return any(cue_right_before(sentence, kind, s) for s in words
               for kind in ("direction", "from_prep", "leave_place", "enter_place"))


def _event_place(sentence: Sentence, m: Mention) -> bool:
    """The place where an event named right before it happened ("انقلاب في نيامي", "the war in Kabul")."""
    return place_after_cue(sentence, m, "event_noun")


def _as_city(sentence: Sentence, m: Mention) -> bool:
    """The name is the city or province around the base: "في محافظة أربيل", "Erbil province"."""
    return any(0 <= m.start - e <= 2 for _, e in sentence.cues("province_word")) or any(
        0 <= s - m.end <= 2 for s, _ in sentence.cues("province_word"))


def _operator_named(sentence: Sentence, ctx: DocContext, operators: tuple[str, ...]) -> str:
    """Whose forces are at a base: an operator named beside a force word ("Turkish troops"), else the article's
    usual actor when it is an operator, else another operator the sentence names."""
    named = [m for m in actor_mentions(sentence) if m.entry.code in operators]
    forces = [m.entry.code for m in named if names_a_force(sentence, m)]
    if forces:
        return forces[0]
    if ctx.default_actor in operators:
        return ctx.default_actor
    return named[0].entry.code if named else ""


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per (type, actor, country, base, value, date): two regions of one country listed in a
    sentence ("in Abkhazia and South Ossetia") say one thing about the country."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.claim_type, c.actor, c.country, c.base, c.value, c.date)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
