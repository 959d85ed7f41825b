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
* target met: a reported level on the target's side, not before it was made: for "under N", at most N;
  for a cut (the last level before it was made is above N), at most N + `TOL.level_reached` (10%); for
  "over N", at least N; for a rise, at least N - 10%; direction unknown, within 10% of N. A level's
  own qualifier counts: "fewer than 900" reaches "under 1,000", "more than 900" does not.
* reversed: after the deadline (or the meeting evidence, whichever is later), a sighting of the forces
  there (deadline), or a level back on the wrong side of the target (target).
* open: none of these; `overdue` when the deadline's period has ended before `today`.
"""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from extract.codes import COMMITMENT_TYPES, FIRM_STATUSES
from timeline.consolidate import PLACE, TOL, group_ids, period_label, prepare, summarise
from timeline.intervals import place_events, reported_events

MET, SLIPPED, REVERSED, OPEN = "met", "slipped", "reversed", "open"
EVIDENCE_COLUMNS = ["outcome", "outcome_date", "evidence_claim_id", "evidence_text", "evidence_doc_id",
                    "late", "overdue"]
COMMITMENT_COLUMNS = ["obs_id", "claim_type", "actor", "country", "base", "status", "value", "value_min",
                      "value_max", "qualifier", "date", "date_precision", "made", "n_sources", "claim_ids",
                      "evidence"] + EVIDENCE_COLUMNS
EV = ["claim_id", "evidence", "doc_id", "p0", "p1", "prec"]
EARLIEST = pd.Timestamp("1900-01-01")


MAX_COMMITMENTS = 3000   # judging compares commitments pairwise per place: past this, narrow the filters first


def judgeable(df: pd.DataFrame) -> bool:
    """Whether the frame has few enough deadlines and targets to judge them in interactive time and memory."""
    return int(df["claim_type"].isin(COMMITMENT_TYPES).sum()) <= MAX_COMMITMENTS


def commitment_status(df: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Every deadline and troop target with its outcome (met/slipped/reversed/open) and the evidence."""
    today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()
    c = _commitments(df)
    if c.empty:
        return pd.DataFrame(columns=COMMITMENT_COLUMNS)
    ev = reported_events(df, today)
    ev = place_events(ev) if not ev.empty else ev.assign(closing=False, own=False)
    # What a level allows at least / at most: "under 3,500" may be any level up to 3,500.
    ev = ev.assign(least=ev["lo_v"].where(ev["vkind"] != "under", 0.0),
                   most=ev["hi_v"].where(ev["vkind"] != "over", np.inf))
    counts = ev[ev["own"] & (ev["claim_type"] == "troop_count") & ev["value"].notna()]
    is_dead = c["claim_type"] == "deadline"
    met = pd.concat([_deadline_met(c[is_dead], ev[ev["closing"]]), _target_met(c[~is_dead], counts)])
    met = met.reindex(c.index)
    met["p0"], met["p1"] = pd.to_datetime(met["p0"]), pd.to_datetime(met["p1"])
    c["threshold"] = pd.to_datetime(pd.concat([c["p1"], met["p1"]], axis=1).max(axis=1))
    back = pd.concat([_first_after(c[is_dead], ev[~ev["closing"]], "threshold", "p0", strict=True),
                      _target_reversed(c[~is_dead], counts)]).reindex(c.index)
    return _decide(c, met, back, _slipped(c), today)[COMMITMENT_COLUMNS]


def _commitments(df: pd.DataFrame) -> pd.DataFrame:
    """Observations of the commitment types with `made` (first publication) and period bounds."""
    p = prepare(df)
    p = p[p["claim_type"].isin(COMMITMENT_TYPES)].copy()
    if p.empty:
        return pd.DataFrame()
    p["obs_id"] = group_ids(p).to_numpy()
    obs = summarise(p)
    made = p.groupby("obs_id")["published_dt"].min()
    obs["made"] = obs["obs_id"].map(made)
    obs["made0"] = obs["made"].fillna(EARLIEST)  # no publication date: any evidence counts
    return obs


def _first_after(left: pd.DataFrame, right: pd.DataFrame, left_on: str, right_on: str,
                 strict: bool = False) -> pd.DataFrame:
    """Per left row, the right event at the same place whose `right_on` is the first after `left_on`."""
    lf = left[[left_on] + PLACE].dropna(subset=[left_on]).rename_axis("_row").reset_index()
    if lf.empty or right.empty:
        return pd.DataFrame(columns=EV, index=left.index[:0])
    rt = right[PLACE + EV].assign(_key=right[right_on]).sort_values("_key")
    m = pd.merge_asof(lf.sort_values(left_on), rt, left_on=left_on, right_on="_key", by=PLACE,
                      direction="forward", allow_exact_matches=not strict)
    return m.dropna(subset=["claim_id"]).set_index("_row")[EV]


def _first_where(left: pd.DataFrame, right: pd.DataFrame, keep) -> pd.DataFrame:
    """Per left row, the earliest right event at the same place for which `keep(merged)` holds."""
    if left.empty or right.empty:
        return pd.DataFrame(columns=EV, index=left.index[:0])
    # Join on an integer place code and numeric columns only: text columns are fetched for winners.
    codes = pd.concat([left[PLACE], right[PLACE]]).groupby(PLACE, sort=False).ngroup().to_numpy()
    lf = left.drop(columns=PLACE).assign(_place=codes[:len(left)]).rename_axis("_row").reset_index()
    numeric = ["p0", "p1", "value", "least", "most"]
    rt = right[numeric].assign(_place=codes[len(left):], _rid=np.arange(len(right)))
    m = lf.merge(rt, on="_place", suffixes=("_c", ""))
    m = m[keep(m)].sort_values(["_row", "p0"]).drop_duplicates("_row")
    return right.iloc[m["_rid"].to_numpy()][EV].set_axis(m["_row"].to_numpy())


def _deadline_met(c: pd.DataFrame, closing: pd.DataFrame) -> pd.DataFrame:
    """First closing withdrawal at the place (or, for a base, country-wide) not before it was made."""
    own = _first_after(c, closing, "made0", "p1")
    country = _first_after(c[c["base"] != ""].assign(base=""), closing, "made0", "p1")
    both = pd.concat([own, country]).sort_values("p0")
    return both[~both.index.duplicated()]


def _target_side(c: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """side ('down'/'up'/'near') and bound of each troop target (see module docstring)."""
    tol, v = TOL.level_reached, c["value"]
    before = c.assign(_b=c["made0"] - pd.Timedelta(days=1))
    prior = pd.merge_asof(
        before[["_b"] + PLACE].rename_axis("_row").reset_index().sort_values("_b"),
        counts[PLACE + ["p1", "value"]].sort_values("p1"), left_on="_b", right_on="p1", by=PLACE,
        direction="backward").set_index("_row")["value"].reindex(c.index) if not counts.empty else v * np.nan
    side = np.select([c["qualifier"] == "under", c["qualifier"] == "over", prior > v, prior < v],
                     ["down", "up", "down", "up"], "near")
    bound = np.select([c["qualifier"] == "under", c["qualifier"] == "over", side == "down", side == "up"],
                      [c["value_max"].fillna(v * (1 + tol)), c["value_min"].fillna(v * (1 - tol)),
                       v * (1 + tol), v * (1 - tol)], v)
    return c.assign(side=side, bound=bound)


def _target_met(c: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """First reported level on the target's side, not before the target was made."""
    c = _target_side(c, counts)
    def keep(m: pd.DataFrame) -> pd.Series:
        near = (m["value"] - m["value_c"]).abs() <= TOL.level_reached * m["value_c"]
        reached = np.select([m["side"] == "down", m["side"] == "up"],
                            [m["most"] <= m["bound"], m["least"] >= m["bound"]], near)
        return (m["p1"] >= m["made0"]) & reached
    return _first_where(c[["made0", "side", "bound", "value"] + PLACE], counts, keep)


def _target_reversed(c: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """First level back on the wrong side of a target after its date (or after it was met)."""
    c = _target_side(c, counts)
    c = c[c["side"] != "near"].dropna(subset=["threshold"])
    def keep(m: pd.DataFrame) -> pd.Series:
        wrong = np.where(m["side"] == "down", m["least"] > m["bound"], m["most"] < m["bound"])
        return (m["p0"] > m["threshold"]) & wrong
    return _first_where(c[["threshold", "side", "bound"] + PLACE], counts, keep)


def _slipped(c: pd.DataFrame) -> pd.DataFrame:
    """Per commitment, the first later-published commitment of its type and place with a later date."""
    keys = ["claim_type"] + PLACE
    left = c[keys + ["made", "p1", "status"]].dropna(subset=["made", "p1"]).rename_axis("_row").reset_index()
    right = c[keys + ["made", "p0", "status", "claim_ids", "evidence", "doc_ids", "date_precision"]]
    m = left.merge(right, on=keys, suffixes=("", "_n"))
    ok = m["status_n"].isin(FIRM_STATUSES) | (m["status_n"] == m["status"])
    m = m[ok & (m["made_n"] > m["made"]) & (m["p0"] > m["p1"])].sort_values(["_row", "made_n", "p0"])
    m = m.drop_duplicates("_row").set_index("_row")
    return pd.DataFrame({"claim_id": m["claim_ids"].str[0], "evidence": m["evidence"],
                         "doc_id": m["doc_ids"].str.join(";"), "p0": m["p0"], "p1": pd.NaT,
                         "prec": m["date_precision"], "made": m["made_n"]}).reindex(c.index)


def _decide(c: pd.DataFrame, met: pd.DataFrame, back: pd.DataFrame, slip: pd.DataFrame,
            today: pd.Timestamp) -> pd.DataFrame:
    """Outcome by precedence (slipped unless met first; reversed; met; open) and its evidence columns."""
    slipped = slip["claim_id"].notna() & (met["p0"].isna() | (slip["made"] < met["p0"]))
    outcome = np.select([slipped, back["claim_id"].notna(), met["claim_id"].notna()], [SLIPPED, REVERSED, MET],
                        OPEN)
    chosen = pd.DataFrame(index=c.index, columns=EV, dtype=object)
    for name, src in ((SLIPPED, slip), (REVERSED, back), (MET, met)):
        rows = outcome == name
        chosen.loc[rows, EV] = src.loc[rows, EV].to_numpy()
    out = c.copy()
    out["outcome"] = outcome
    p0 = pd.to_datetime(chosen["p0"])
    out["outcome_date"] = period_label(p0, chosen["prec"].fillna("")).where(p0.notna(), "")
    out["evidence_claim_id"] = chosen["claim_id"].fillna("")
    out["evidence_text"] = chosen["evidence"].fillna("")
    out["evidence_doc_id"] = chosen["doc_id"].fillna("")
    out["late"] = (outcome == MET) & (met["p0"] > c["p1"]).fillna(False).to_numpy()
    out["overdue"] = (outcome == OPEN) & (c["p1"] < today).fillna(False).to_numpy()
    return out
