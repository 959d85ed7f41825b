"""Deadlines: every deadline claim and where it stands against today (past, upcoming, undated)."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.codes import FIRM_STATUSES

from . import common as c
from .aggregate import MAX_MARKS
from .commitments import commitment_status, judgeable
from .consolidate import prepare
from .display import label
from .load import actor_label

FRAME_COLUMNS = [
    "claim_id", "actor", "actor_label", "country", "base", "date", "date_precision", "date_source",
    "status", "deadline_status", "days_from_today", "doc_id", "published", "evidence",
]


def deadlines_frame(df: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """One row per deadline claim, sorted by date, with deadline_status past | upcoming | undated.

    Deadlines are stored at the last day of their period ('by September 2025' -> 2025-09-30), so a
    deadline is past only once that whole period has ended: this respects the date's precision.
    """
    dl = df[df["claim_type"] == "deadline"].copy()
    ref = pd.Timestamp(c.today_or(today))
    days = (dl["date_dt"] - ref).dt.days
    dl["days_from_today"] = days.astype("Int64")
    dl["deadline_status"] = np.select([days.isna(), days < 0], ["undated", "past"], "upcoming")
    dl["actor_label"] = dl["actor"].map({a: actor_label(a) for a in dl["actor"].unique()}).astype(object)
    dl = dl.sort_values(["date_dt", "actor", "country"], na_position="last", kind="stable")
    return dl.reindex(columns=FRAME_COLUMNS + ["date_dt", "title", "source", "lang", "published_dt",
                                               "qualifier", "value", "value_min", "value_max", "claim_type"]
                      ).reset_index(drop=True)


OUTCOME_COLORS = {"met": "#1a9850", "slipped": "#e08214", "reversed": "#7b3294", "open": "#d62728",
                  "overdue": "#4d4d4d", "past": "#8c8c8c", "upcoming": "#d62728"}


def _binned_deadlines(dl: pd.DataFrame) -> pd.DataFrame:
    """Deadlines stating the same date for the same actor, place and status drawn once, with their count."""
    keys = ["actor", "country", "base", "date", "date_precision", "status", "state"]
    first = dl.drop_duplicates(keys).set_index(keys)
    first["n"] = dl.groupby(keys, sort=False).size()
    return first.reset_index()


def deadline_outcomes(df: pd.DataFrame, today: date | None = None) -> pd.Series:
    """claim_id -> what became of its deadline (met, slipped, reversed, open, or overdue when open and past):
    the same judgement as the commitments table (commitments.commitment_status)."""
    table = commitment_status(df, today)
    table = table[table["claim_type"] == "deadline"]
    if table.empty:
        return pd.Series(dtype=object)
    state = table["outcome"].where(~table["overdue"].astype(bool), "overdue")
    ids = table.assign(state=state)[["claim_ids", "state"]].explode("claim_ids")
    return ids.set_index("claim_ids")["state"]


def _period_trace(grp: pd.DataFrame, state: str, name: str, color: str) -> dict | None:
    """A band over each month- or year-precision deadline's period (first to last day), no hover."""
    wide = grp[grp["p1"] > grp["p0"]]
    if wide.empty:
        return None
    n = len(wide)
    xs = np.empty(3 * n, dtype=object)
    xs[0::3], xs[1::3], xs[2::3] = c.day_strings(wide["p0"]), c.day_strings(wide["p1"]), None
    ys = np.empty(3 * n, dtype=object)
    ys[0::3], ys[1::3], ys[2::3] = wide["row"].to_numpy(), wide["row"].to_numpy(), None
    return dict(type="scatter", x=xs, y=ys, mode="lines", name=name, legendgroup=state, showlegend=False,
                hoverinfo="skip", line={"color": color, "width": 6}, opacity=0.35, connectgaps=False,
                meta={"kind": "period", "outcome": state})


def deadlines_figure(df: pd.DataFrame, today: date | None = None, lang: str = "en") -> go.Figure:
    """◆ per deadline on an 'actor · country' row, coloured by what became of it; a bar spans a month or year
    deadline's whole period (the mark at its middle); a today line."""
    title = c.tr("deadlines_title", lang)
    dl = deadlines_frame(df, today)
    dl = dl[dl["date_dt"].notna()]
    if dl.empty:
        return c.empty_figure(title, lang)
    p = prepare(dl)
    judged = judgeable(df)
    state = (dl["claim_id"].map(deadline_outcomes(df, today)).fillna("open") if judged
             else dl["deadline_status"])   # too many to judge: only past or upcoming
    dl = dl.assign(p0=p["p0"].to_numpy(), p1=p["p1"].to_numpy(), state=state.to_numpy())
    if len(dl) > MAX_MARKS:
        dl = _binned_deadlines(dl)
    dl["mid"] = dl["p0"] + (dl["p1"] - dl["p0"]) / 2
    dl = dl.assign(row=c.series_label(dl.assign(base=""), lang), hover=c.hover_text(dl, lang))
    if "n" in dl.columns:
        dl["hover"] = dl["hover"] + "<br>" + dl["n"].astype(str) + " " + c.tr("reports", lang)
    dl["hover"] = dl["hover"] + "<br><b>" + dl["state"].map(lambda s: label("outcomes", s, lang)) + "</b>"
    traces = []
    for state in OUTCOME_COLORS:
        grp = dl[dl["state"] == state]
        if grp.empty:
            continue
        color = OUTCOME_COLORS[state]
        name = label("outcomes", state, lang)
        traces.append(_period_trace(grp, state, name, color))
        traces.append(dict(
            type=c.scatter_type(len(grp)), x=c.day_strings(grp["mid"]), y=grp["row"].to_numpy(), mode="markers",
            name=name, legendgroup=state,
            marker={"symbol": np.where(grp["status"].isin(FIRM_STATUSES), "diamond", "diamond-open"),
                    "size": 13, "color": color, "line": {"width": 2, "color": color}},
            hovertext=grp["hover"].to_numpy(), hoverinfo="text", customdata=c.claim_ids(grp),
            meta={"kind": "deadline", "outcome": state},
        ))
    fig = c.make_figure(traces)
    rows = sorted(dl["row"].unique())
    height = max(420, 260 + 32 * len(rows))
    c.base_layout(fig, title, c.tr("date_axis", lang), c.tr("deadline_axis", lang), c.sources_note(df, lang), lang,
                  height=height)
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=rows[::-1])
    return c.add_today_line(fig, c.today_or(today), lang)
