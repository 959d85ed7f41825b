"""Conflicts: reported troop levels for the same place and month that cannot all be true.

Rule (tolerances in `consolidate.TOL`):

* Compared: `troop_count` claims with status `reported`, dated to a day or a month (publication-dated
  claims count as of their publication month, see consolidate). Year-precision claims are not compared:
  a whole year is too long for two levels to contradict each other.
* Same place and month: equal `actor`, `country`, `base` (a country-wide figure is never compared with a
  base's) and calendar month.
* Each stated figure is read as the interval it allows: an exact figure ±`TOL.exact_spread` (5%), "about N"
  ±`TOL.approx_spread` (10%), a range widened by the exact spread, "under N" as [0, N], "over N" as
  [N, ∞). Figures that say the same thing are one *side* (same qualifier and numbers).
* Figures cannot all be true when their intervals have no common point (for intervals that is the same as
  some pair not overlapping). Each pair of sides that does not overlap is one conflict row: exact 2,500 vs
  5,200 (about 70% apart), "fewer than 1,000" vs 2,500; not "about 2,500" vs 2,400 (4%).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.consolidate import TOL, group_lists, period_label, prepare
from timeline.display import label, plain, value_text

PLACE_MONTH = ["actor", "country", "base", "month"]
SIDE_KEY = PLACE_MONTH + ["qualifier", "lo_v", "hi_v"]
SIDE_FIELDS = ["value", "value_min", "value_max", "qualifier", "date", "n_sources", "claim_ids", "doc_ids",
               "sources", "evidence"]
CONFLICT_COLUMNS = (["conflict_id"] + PLACE_MONTH + ["ratio"] + [f"low_{f}" for f in SIDE_FIELDS]
                    + [f"high_{f}" for f in SIDE_FIELDS])
CONFLICT_COLOR = "#d62728"


def plausible_interval(p: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(low, high) bounds of what each prepared claim allows, by qualifier (see module docstring)."""
    spread = np.where(p["qualifier"] == "approx", TOL.approx_spread, TOL.exact_spread)
    lo = np.select([p["vkind"] == "under", p["vkind"] == "over"], [0.0, p["lo_v"]], p["lo_v"] * (1 - spread))
    hi = np.select([p["vkind"] == "under", p["vkind"] == "over"], [p["hi_v"], np.inf], p["hi_v"] * (1 + spread))
    return pd.Series(lo, index=p.index), pd.Series(hi, index=p.index)


def find_conflicts(df: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of reported figures for one place and month that cannot both be true."""
    p = prepare(df)
    p = p[(p["claim_type"] == "troop_count") & (p["status"] == "reported") & (p["vkind"] != "none")
          & p["prec"].isin(["day", "month"])].copy()
    if p.empty:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    p["month"] = p["p0"].to_numpy().astype("datetime64[M]").astype("datetime64[ns]")
    p["lo"], p["hi"] = plausible_interval(p)
    g = p.groupby(PLACE_MONTH)
    p = p[g["lo"].transform("max") > g["hi"].transform("min")]
    if p.empty:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    return _pairs(_sides(p))


def _sides(p: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct stated figure (qualifier and numbers) in a conflicting place-month."""
    p = p.assign(date=period_label(p["p0"], p["prec"])).sort_values(["reported", "claim_id"])
    p["side"] = p.groupby(SIDE_KEY, sort=False).ngroup()
    sides = p.groupby("side").agg(
        **{c: (c, "first") for c in SIDE_KEY}, value=("value", "first"), value_min=("value_min", "first"),
        value_max=("value_max", "first"), date=("date", "min"), lo=("lo", "first"), hi=("hi", "first"),
        n_sources=("src", "nunique"))
    for col, src, unique in (("claim_ids", "claim_id", False), ("doc_ids", "doc_id", True),
                             ("sources", "src", True), ("evidence", "evidence", False)):
        sides[col] = group_lists(p["side"], p[src], unique)
    return sides.reset_index(drop=True)


def _pairs(sides: pd.DataFrame) -> pd.DataFrame:
    """Every pair of sides of one place-month whose intervals do not overlap, lower side first."""
    m = sides.merge(sides, on=PLACE_MONTH, suffixes=("_l", "_h"))
    m = m[m["hi_l"] < m["lo_h"]]
    out = m[PLACE_MONTH].copy()
    for f in SIDE_FIELDS:
        out[f"low_{f}"], out[f"high_{f}"] = m[f"{f}_l"], m[f"{f}_h"]
    out["ratio"] = (m["lo_v_h"] / m["hi_v_l"].where(m["hi_v_l"] > 0)).round(2)
    out = out.sort_values(PLACE_MONTH + ["low_value", "high_value"]).reset_index(drop=True)
    out["conflict_id"] = np.arange(len(out))
    return out[CONFLICT_COLUMNS]


def side_frame(conflicts: pd.DataFrame, side: str) -> pd.DataFrame:
    """The value columns of one side ("low" or "high") under their claims-table names."""
    return pd.DataFrame({k: conflicts[f"{side}_{k}"] for k in ("value", "value_min", "value_max", "qualifier")})


def side_values(conflicts: pd.DataFrame, side: str, lang: str = "en") -> pd.Series:
    """'about 2,500', 'under 1,000', '2,000–3,000' for one side of every conflict row."""
    return value_text(side_frame(conflicts, side), lang)


def side_value_text(row: pd.Series, side: str, lang: str = "en") -> str:
    """The figure of one side of one conflict row."""
    return side_values(row.to_frame().T, side, lang).iat[0]


def _field(key: str, lang: str) -> str:
    """A column/hover label from labels.yaml `fields`."""
    return label("fields", key, lang)


def conflict_marks(conflicts: pd.DataFrame, lang: str = "en") -> list[go.Scatter]:
    """Traces for a troop-levels chart: a dotted line between the two sides and a marker at each end."""
    if conflicts is None or conflicts.empty:
        return []
    x = conflicts["month"] + pd.Timedelta(days=14)  # mid-month: the conflict is about the whole month
    sources = _field("sources_short", lang).lower()
    sides = {side: side_values(conflicts, side, lang) + " (" + conflicts[f"{side}_n_sources"].astype(str)
             + " " + sources + ")" for side in ("low", "high")}
    months = conflicts["month"].dt.strftime("%Y-%m")
    hover = ("<b>" + _field("conflict", lang) + "</b> " + months + "<br>" + sides["low"] + " ≠ "
             + sides["high"]).tolist()
    name = _field("conflict", lang)
    segs_x = [v for d in x for v in (d, d, None)]
    segs_y = [v for lo, hi in zip(conflicts["low_value"], conflicts["high_value"]) for v in (lo, hi, None)]
    line = go.Scatter(x=segs_x, y=segs_y, mode="lines", name=name, legendgroup="conflicts",
                      line=dict(color=CONFLICT_COLOR, dash="dot", width=2), hoverinfo="skip")
    ends = go.Scatter(x=list(x) * 2, y=list(conflicts["low_value"]) + list(conflicts["high_value"]),
                      mode="markers", name=name, legendgroup="conflicts", showlegend=False,
                      marker=dict(symbol="x-thin-open", size=14, color=CONFLICT_COLOR, line=dict(width=2)),
                      hovertext=hover * 2, hoverinfo="text",
                      customdata=[[ids[0] if len(ids) else None]
                                  for ids in list(conflicts["low_claim_ids"]) + list(conflicts["high_claim_ids"])])
    return [line, ends]


def add_conflict_marks(fig: go.Figure, conflicts: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Add `conflict_marks` to a figure (e.g. troops_figure) and return it."""
    for trace in conflict_marks(conflicts, lang):
        fig.add_trace(trace)
    return fig


def conflicts_frame(conflicts: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Display table: place and month, then each side's figure, sources, documents and evidence."""
    cols = {"actor": "actor", "country": "country", "base": "base", "month": "month"}
    if conflicts is None or conflicts.empty:
        return pd.DataFrame(columns=[_field(k, lang) for k in list(cols) + _SIDE_COLUMNS])
    out = pd.DataFrame({_field(k, lang): conflicts[c] for k, c in cols.items()})
    out[_field("month", lang)] = conflicts["month"].dt.strftime("%Y-%m")
    for side in ("low", "high"):
        out[_field(f"{side}_figure", lang)] = side_values(conflicts, side, lang).to_numpy()
        out[_field(f"{side}_sources", lang)] = conflicts[f"{side}_sources"].map("; ".join)
        out[_field(f"{side}_docs", lang)] = conflicts[f"{side}_doc_ids"].map("; ".join)
        out[_field(f"{side}_evidence", lang)] = conflicts[f"{side}_evidence"].map(lambda e: " | ".join(map(plain, e)))
    return out.reset_index(drop=True)


_SIDE_COLUMNS = [f"{s}_{k}" for s in ("low", "high") for k in ("figure", "sources", "docs", "evidence")]
