"""Presence intervals per actor and place: from first sighting to a reported withdrawal, or "last seen".

Rules (tolerances in `consolidate.TOL`):

* Only claims with status `reported` and a date count; with `today`, only those dated up to it.
* A *sighting* is a `presence`, a `troop_count` above zero, a `deployment`, or a partial withdrawal.
* A reported `withdrawal` *closes* the interval (the forces left) when it states no number, or its number
  is at least the last known level at that place less `TOL.level_reached`; when no level is known, a
  withdrawal from a named base closes it (a base is handed over) but one from a whole country does not
  (countries are drawn down in steps). A `troop_count` of zero closes too.
* Places: each named base, and each country as a whole (`base` ""). Any sighting in a country, at a base
  or not, is a sighting of the country; only a country-wide withdrawal closes the country's interval.
* A sighting after a closing withdrawal opens a new interval; later reports of the same withdrawal stay
  with the interval they closed. Order within a place is by period start, sightings before withdrawals
  on the same start day.
"""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from extract.codes import SIGHTING_TYPES
from timeline.consolidate import PLACE, TOL, group_lists, period_label, prepare

EVENT_TYPES = SIGHTING_TYPES + ("withdrawal",)   # what opens, extends and closes an interval
INTERVAL_COLUMNS = PLACE + [
    "interval_id", "start", "start_precision", "start_claim_id", "start_evidence", "start_doc_id",
    "end", "end_precision", "end_kind", "end_claim_id", "end_evidence", "end_doc_id",
    "last_seen", "last_count", "last_count_claim_id", "latest_claim_id", "latest_evidence", "latest_date",
    "n_claims", "claim_ids", "lat", "lon"]
WITHDRAWAL, LAST_SEEN = "withdrawal", "last seen"


def reported_events(df: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Prepared reported claims of the sighting/withdrawal types, dated, up to `today` when given."""
    p = prepare(df)
    p = p[(p["status"] == "reported") & p["claim_type"].isin(EVENT_TYPES) & p["p0"].notna()]
    if today is not None:
        p = p[p["p0"] <= pd.Timestamp(today)]
    return p


def mark_closing(ev: pd.DataFrame) -> pd.DataFrame:
    """Sort events per place and add `closing` (a withdrawal or zero count that ends presence there)."""
    ev = ev.assign(_w=(ev["claim_type"] == "withdrawal").astype(int))
    ev = ev.sort_values(PLACE + ["p0", "_w", "claim_id"], kind="stable").reset_index(drop=True)
    count = ev["value"].where(ev["claim_type"] == "troop_count")
    last = count.groupby([ev[c] for c in PLACE]).ffill()
    w = (ev["claim_type"] == "withdrawal") & ev["own"]
    enough = ev["value"] >= last * (1 - TOL.level_reached)
    unknown_base = last.isna() & (ev["base"] != "")
    ev["closing"] = (w & (ev["value"].isna() | enough | unknown_base)) | (
        (ev["claim_type"] == "troop_count") & (ev["value"] == 0) & ev["own"])
    return ev.drop(columns="_w")


def place_events(p: pd.DataFrame) -> pd.DataFrame:
    """Events per base and per whole country (`own` = the claim is about that very place)."""
    bases = p[p["base"] != ""].assign(own=True)
    countries = p.assign(base="", own=p["base"] == "", lat=np.nan, lon=np.nan)
    return mark_closing(pd.concat([bases, countries], ignore_index=True))


def presence_intervals(df: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """One row per stay of an actor at a base or in a country, with the evidence for both ends."""
    ev = reported_events(df, today)
    if ev.empty:
        return pd.DataFrame(columns=INTERVAL_COLUMNS)
    ev = place_events(ev)
    new_place = (ev[PLACE] != ev[PLACE].shift()).any(axis=1)
    reopened = ~ev["closing"] & ev["closing"].shift(fill_value=False)
    ev["interval_id"] = (new_place | reopened).cumsum() - 1
    return _interval_rows(ev)


def _interval_rows(ev: pd.DataFrame) -> pd.DataFrame:
    """Summarise events (sorted, with interval_id) to one row per interval."""
    ev = ev.assign(when=period_label(ev["p0"], ev["prec"]))
    g = ev.groupby("interval_id", sort=True)
    first, last = g.head(1).set_index("interval_id"), g.tail(1).set_index("interval_id")
    close = ev[ev["closing"]].drop_duplicates("interval_id").set_index("interval_id")
    seen = ev[~ev["closing"]].groupby("interval_id").tail(1).set_index("interval_id")
    counts = ev[(ev["claim_type"] == "troop_count") & ev["value"].notna()]
    count = counts.groupby("interval_id").tail(1).set_index("interval_id")
    out = first[PLACE].copy()
    out["start"], out["start_precision"] = first["p0"], first["prec"]
    out = out.join(_ends(first, "start"))
    end = close.reindex(out.index).combine_first(last) if not close.empty else last
    out["end"], out["end_precision"] = end["p0"], end["prec"]
    out["end_kind"] = np.where(out.index.isin(close.index), WITHDRAWAL, LAST_SEEN)
    out = out.join(_ends(end, "end"))
    out["last_seen"] = seen["p0"].reindex(out.index).fillna(out["start"])
    out["last_count"], out["last_count_claim_id"] = count["value"], count["claim_id"]
    out["latest_claim_id"], out["latest_evidence"] = last["claim_id"], last["evidence"]
    out["latest_date"] = last["when"]
    out["n_claims"] = g.size()
    out["claim_ids"] = group_lists(ev["interval_id"], ev["claim_id"])
    out["lat"], out["lon"] = g["lat"].first(), g["lon"].first()
    return out.reset_index()[INTERVAL_COLUMNS]


def _ends(rows: pd.DataFrame, prefix: str) -> pd.DataFrame:
    """The evidence columns for one end of the intervals."""
    return pd.DataFrame({f"{prefix}_claim_id": rows["claim_id"], f"{prefix}_evidence": rows["evidence"],
                         f"{prefix}_doc_id": rows["doc_id"]}, index=rows.index)
