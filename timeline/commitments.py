"""Commitments against what happened: each deadline and troop target is met, slipped, reversed or open.

A commitment is an observation (see consolidate) of type `deadline` or `troop_target`, any status. It is
*made* when first published (no publication date: no lower bound). Evidence is reported claims of the
same actor and place, dated up to `today`: for a base, that base (and, for "forces left", a country-wide
withdrawal too); for a whole country, the country (sightings anywhere in it; only country-wide
withdrawals and levels). Dates compare at the coarser precision (see consolidate); tolerances in `TOL`.

* slipped: a commitment of the same type and place, published after this one was made, sets a later date
  (its period starts after this one's ends), and is planned/reported or has this one's status; it wins
  unless the commitment had already been met by then.
* deadline met: a withdrawal that closes presence there (see intervals) dated not before the commitment
  was made. Met after the deadline's period: `late`.
* target met: a reported level on the target's side, not before it was made: for "under N", or a cut
  (the last level before it was made is above N), at most N + `TOL.level_reached`; for "over N" or a
  rise, at least N - 10%; direction unknown, within 10% of N.
* reversed: after the deadline (or the meeting evidence, whichever is later), a sighting of the forces
  there (deadline), or a level back on the wrong side of the target (target).
* open: none of these; `overdue` when the deadline's period has ended before `today`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from timeline.consolidate import PLACE, TOL, group_ids, period_label, prepare, summarise
from timeline.intervals import place_events, reported_events

MET, SLIPPED, REVERSED, OPEN = "met", "slipped", "reversed", "open"
COMMITMENT_TYPES = ("deadline", "troop_target")
REPLACING_STATUSES = ("planned", "reported")
EVIDENCE_COLUMNS = ["outcome", "outcome_date", "evidence_claim_id", "evidence_text", "evidence_doc_id",
                    "late", "overdue"]
COMMITMENT_COLUMNS = ["obs_id", "claim_type", "actor", "country", "base", "status", "value", "value_min",
                      "value_max", "qualifier", "date", "date_precision", "made", "n_sources", "claim_ids",
                      "evidence"] + EVIDENCE_COLUMNS


@dataclass(frozen=True)
class Found:
    """One piece of evidence: its period and the row it came from."""

    p0: pd.Timestamp
    p1: pd.Timestamp
    row: pd.Series


class EvidenceIndex:
    """Reported events grouped by place, sorted by period start, for first-after look-ups."""

    def __init__(self, events: pd.DataFrame):
        events = events.sort_values("p0", kind="stable").reset_index(drop=True)
        self.groups = {k: g for k, g in events.groupby(PLACE, sort=False)} if not events.empty else {}

    def first(self, place: tuple, after: pd.Timestamp | None = None, not_before: pd.Timestamp | None = None,
              where=None) -> Found | None:
        """Earliest event at `place` starting after `after` and not ending before `not_before`."""
        ev = self.groups.get(place)
        if ev is None:
            return None
        mask = np.ones(len(ev), dtype=bool)
        if after is not None and not pd.isna(after):
            mask &= (ev["p0"] > after).to_numpy()
        if not_before is not None and not pd.isna(not_before):
            mask &= (ev["p1"] >= not_before).to_numpy()
        if where is not None:
            mask &= where(ev).to_numpy()
        if not mask.any():
            return None
        row = ev.iloc[int(np.argmax(mask))]
        return Found(row["p0"], row["p1"], row)

    def last_before(self, place: tuple, before: pd.Timestamp) -> pd.Series | None:
        """The latest event at `place` whose period ends before `before`."""
        ev = self.groups.get(place)
        if ev is None or pd.isna(before):
            return None
        ev = ev[ev["p1"] < before]
        return None if ev.empty else ev.iloc[-1]


def commitment_status(df: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Every deadline and troop target with its outcome (met/slipped/reversed/open) and the evidence."""
    today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()
    commitments = _commitments(df)
    if commitments.empty:
        return pd.DataFrame(columns=COMMITMENT_COLUMNS)
    ev = reported_events(df, today)
    ev = place_events(ev) if not ev.empty else ev.assign(closing=False, own=False)
    # What a level allows at least / at most: "under 3,500" may be any level up to 3,500.
    ev = ev.assign(least=ev["lo_v"].where(ev["vkind"] != "under", 0.0),
                   most=ev["hi_v"].where(ev["vkind"] != "over", np.inf))
    index = {
        "closing": EvidenceIndex(ev[ev["closing"]]),
        "sighting": EvidenceIndex(ev[~ev["closing"]]),
        "count": EvidenceIndex(ev[ev["own"] & (ev["claim_type"] == "troop_count") & ev["value"].notna()]),
    }
    peers = {k: g for k, g in commitments.groupby(["claim_type"] + PLACE, sort=False)}
    rows = [_judge(c, peers[tuple(c[["claim_type"] + PLACE])], index, today)
            for _, c in commitments.iterrows()]
    out = pd.concat([commitments.reset_index(drop=True), pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)],
                    axis=1)
    return out[COMMITMENT_COLUMNS]


def _commitments(df: pd.DataFrame) -> pd.DataFrame:
    """Observations of the commitment types with `made` (first publication) and period bounds."""
    p = prepare(df)
    p = p[p["claim_type"].isin(COMMITMENT_TYPES)].copy()
    if p.empty:
        return pd.DataFrame()
    p["obs_id"] = group_ids(p).to_numpy()
    obs = summarise(p)
    made = p.groupby("obs_id")["published_dt"].min()
    return obs.assign(made=obs["obs_id"].map(made))


def _judge(c: pd.Series, peers: pd.DataFrame, index: dict, today: pd.Timestamp) -> list:
    """Outcome and evidence columns for one commitment (`peers`: commitments of its type and place)."""
    met = _met(c, index)
    slip = _slipped(c, peers)
    if slip is not None and (met is None or slip["made"] < met.p0):
        return _row(SLIPPED, slip["p0"], slip["date_precision"], slip["claim_ids"][0], slip["evidence"],
                    ";".join(slip["doc_ids"]), False, False)
    threshold = max([t for t in (c["p1"], met.p1 if met else None) if t is not None and not pd.isna(t)],
                    default=None)
    back = _reversed(c, index, threshold) if threshold is not None else None
    late = bool(met is not None and pd.notna(c["p1"]) and met.p0 > c["p1"])
    for outcome, found in ((REVERSED, back), (MET, met)):
        if found is not None:
            r = found.row
            return _row(outcome, r["p0"], r["prec"], r["claim_id"], r["evidence"], r["doc_id"],
                        late and outcome == MET, False)
    overdue = bool(pd.notna(c["p1"]) and c["p1"] < today)
    return _row(OPEN, pd.NaT, "", "", "", "", False, overdue)


def _row(outcome, when, prec, claim_id, text, doc, late, overdue) -> list:
    """The evidence columns in order."""
    label = period_label(pd.Series([when]), pd.Series([prec]))[0] if pd.notna(when) else ""
    return [outcome, label, claim_id, text, doc, late, overdue]


def _places(c: pd.Series) -> list[tuple]:
    """Where evidence that forces left may come from: the place itself and, for a base, its country."""
    own = (c["actor"], c["country"], c["base"])
    return [own, (c["actor"], c["country"], "")] if c["base"] else [own]


def _earliest(found: list[Found | None]) -> Found | None:
    """The earliest of several look-ups."""
    found = [f for f in found if f is not None]
    return min(found, key=lambda f: f.p0) if found else None


def _met(c: pd.Series, index: dict) -> Found | None:
    """First evidence that the commitment was met, not dated before it was made."""
    if c["claim_type"] == "deadline":
        return _earliest([index["closing"].first(pl, not_before=c["made"]) for pl in _places(c)])
    side, bound = _target_side(c, index)
    ok = (lambda ev: ev["most"] <= bound) if side == "down" else (lambda ev: ev["least"] >= bound) \
        if side == "up" else (lambda ev: (ev["value"] - c["value"]).abs() <= TOL.level_reached * c["value"])
    return index["count"].first(_places(c)[0], not_before=c["made"], where=ok)


def _target_side(c: pd.Series, index: dict) -> tuple[str, float]:
    """('down', max level) / ('up', min level) / ('near', value) for a troop target."""
    v, tol = c["value"], TOL.level_reached
    if c["qualifier"] == "under":
        return "down", c["value_max"] if pd.notna(c["value_max"]) else v * (1 + tol)
    if c["qualifier"] == "over":
        return "up", c["value_min"] if pd.notna(c["value_min"]) else v * (1 - tol)
    prior = index["count"].last_before(_places(c)[0], c["made"])
    if prior is None:
        return "near", v
    return ("down", v * (1 + tol)) if prior["value"] > v else ("up", v * (1 - tol))


def _reversed(c: pd.Series, index: dict, threshold: pd.Timestamp) -> Found | None:
    """First evidence after `threshold` that undoes the commitment."""
    if c["claim_type"] == "deadline":
        return index["sighting"].first(_places(c)[0], after=threshold)
    side, bound = _target_side(c, index)
    if side == "near":
        return None
    wrong = (lambda ev: ev["least"] > bound) if side == "down" else (lambda ev: ev["most"] < bound)
    return index["count"].first(_places(c)[0], after=threshold, where=wrong)


def _slipped(c: pd.Series, peers: pd.DataFrame) -> pd.Series | None:
    """The first later-published commitment among its peers that sets a later date."""
    if pd.isna(c["p1"]) or pd.isna(c["made"]):
        return None
    status_ok = peers["status"].isin(REPLACING_STATUSES) | (peers["status"] == c["status"])
    later = status_ok & (peers["made"] > c["made"]) & (peers["p0"] > c["p1"])
    if not later.any():
        return None
    return peers[later].sort_values(["made", "p0"]).iloc[0]
