"""Deadlines: every deadline claim and where it stands against today (past, upcoming, undated)."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.codes import FIRM_STATUSES

from . import common as c
from .load import actor_label

STATUS_COLORS = {"past": "#8c8c8c", "upcoming": "#d62728"}
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


def deadlines_figure(df: pd.DataFrame, today: date | None = None, lang: str = "en") -> go.Figure:
    """◆ per deadline on an 'actor · country' row, grey when past and red when upcoming; a today line."""
    title = c.tr("deadlines_title", lang)
    dl = deadlines_frame(df, today)
    dl = dl[dl["date_dt"].notna()]
    if dl.empty:
        return c.empty_figure(title, lang)
    dl = dl.assign(row=c.series_label(dl.assign(base=""), lang), hover=c.hover_text(dl, lang))
    dl["hover"] = dl["hover"] + "<br><b>" + dl["deadline_status"].map(lambda s: c.tr(s, lang)) + "</b>"
    traces = []
    for state, grp in dl.groupby("deadline_status", sort=True):
        traces.append(dict(
            type=c.scatter_type(len(grp)), x=c.day_strings(grp["date_dt"]), y=grp["row"].to_numpy(), mode="markers",
            name=c.tr(state, lang),
            marker={"symbol": np.where(grp["status"].isin(FIRM_STATUSES), "diamond", "diamond-open"),
                    "size": 13, "color": STATUS_COLORS[state], "line": {"width": 2, "color": STATUS_COLORS[state]}},
            hovertext=grp["hover"].to_numpy(), hoverinfo="text", customdata=c.claim_ids(grp),
            meta={"kind": "deadline", "deadline_status": state},
        ))
    fig = c.make_figure(traces)
    rows = sorted(dl["row"].unique())
    height = max(420, 260 + 32 * len(rows))
    c.base_layout(fig, title, c.tr("date_axis", lang), c.tr("deadline_axis", lang), c.sources_note(df, lang), lang,
                  height=height)
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=rows[::-1])
    return c.add_today_line(fig, c.today_or(today), lang)
