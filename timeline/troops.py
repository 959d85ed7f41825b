"""Troop levels over time: one series per actor × country (× base), qualifiers as marker shapes."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import common as c

# How a qualifier looks: approx hollow, under ▼ at the bound, over ▲ at the bound, range with an error bar.
QUALIFIER_SYMBOLS = {
    "exact": "circle", "approx": "circle-open", "under": "triangle-down",
    "over": "triangle-up", "range": "square", "": "circle",
}
EVENT_SYMBOLS = {"withdrawal": "triangle-down", "deployment": "triangle-up"}   # bigger, outlined
EVENT_COLORS = {"withdrawal": "#b2182b", "deployment": "#1a9850"}
TARGET_SYMBOLS = {True: "star", False: "star-open"}   # dated target / undated (placed at publication)
SERIES_KEYS = ["actor", "country", "base"]


def qualifier_symbols(qualifiers: pd.Series) -> np.ndarray:
    """Marker symbol per row from its qualifier (unknown qualifiers draw as plain circles)."""
    return qualifiers.map(QUALIFIER_SYMBOLS).fillna("circle").to_numpy()


def error_bars(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(above, below) error-bar lengths: max-value and value-min for ranges, 0 for everything else."""
    is_range = (df["qualifier"] == "range").to_numpy()
    above = np.where(is_range, (df["value_max"] - df["value"]).fillna(0).to_numpy(), 0.0)
    below = np.where(is_range, (df["value"] - df["value_min"]).fillna(0).to_numpy(), 0.0)
    return above, below


def troop_points(df: pd.DataFrame) -> pd.DataFrame:
    """Dated troop counts with a value, sorted by series and date, with x placement and series key."""
    pts = df[(df["claim_type"] == "troop_count") & df["value"].notna()].copy()
    pts["x"] = c.placed_dates(pts)
    pts = pts[pts["x"].notna()]
    pts["series"] = pts["actor"] + "|" + pts["country"] + "|" + pts["base"]
    return pts.sort_values(["series", "x"], kind="stable")


def troops_figure(df: pd.DataFrame, today: date | None = None, lang: str = "en") -> go.Figure:
    """Levels per actor×country(×base), dashed targets, ▼/▲ withdrawal/deployment events, a today line."""
    title = c.tr("troops_title", lang)
    pts = troop_points(df)
    targets = _target_points(df)
    events = _event_points(df)
    if pts.empty and targets.empty and events.empty:
        return c.empty_figure(title, lang)
    series = list(dict.fromkeys(list(pts["series"]) + list(targets["series"])))
    colors = c.color_map(series)
    fig = c.make_figure(_series_traces(pts, colors, lang) + _target_traces(targets, pts, colors, lang)
                        + _event_traces(events, lang))
    note = "<br>".join([c.sources_note(df, lang), c.tr("published_note", lang), c.tr("undated_target_note", lang)])
    c.base_layout(fig, title, c.tr("date_axis", lang), c.tr("troops_axis", lang), note, lang)
    fig.update_yaxes(rangemode="tozero", tickformat=",d")
    return c.add_today_line(fig, c.today_or(today), lang)


def _series_traces(pts: pd.DataFrame, colors: dict[str, str], lang: str) -> list:
    """One line+markers trace per series; symbol by qualifier, lighter when publication-dated."""
    if pts.empty:
        return []
    pts = pts.assign(label=c.series_label(pts, lang), hover=c.hover_text(pts, lang))
    traces = []
    for key, grp in pts.groupby("series", sort=False):
        above, below = error_bars(grp)
        traces.append(dict(
            type=c.scatter_type(len(grp)), x=grp["x"].to_numpy(), y=grp["value"].to_numpy(), mode="lines+markers", name=grp["label"].iat[0],
            legendgroup=key, line={"color": colors[key], "width": 1.5},
            marker={"symbol": qualifier_symbols(grp["qualifier"]), "size": 9, "color": colors[key],
                    "opacity": c.mark_opacity(grp), "line": {"width": 1.5, "color": colors[key]}},
            error_y={"type": "data", "array": above, "arrayminus": below, "visible": True,
                     "color": colors[key], "thickness": 1.2, "width": 4},
            hovertext=grp["hover"].to_numpy(), hoverinfo="text", meta={"kind": "series", "series": key},
        ))
    return traces


def _target_points(df: pd.DataFrame) -> pd.DataFrame:
    """Targets with a value; undated ones are placed at their publication date (flag `dated`)."""
    tg = df[(df["claim_type"] == "troop_target") & df["value"].notna()].copy()
    tg["dated"] = tg["date_dt"].notna()
    tg["x"] = c.placed_dates(tg)
    tg = tg[tg["x"].notna()]
    tg["series"] = tg["actor"] + "|" + tg["country"] + "|" + tg["base"]
    return tg


def with_anchors(tg: pd.DataFrame, pts: pd.DataFrame) -> pd.DataFrame:
    """Add anchor_x/anchor_y: the series' last reported level on or before the target's publication date."""
    asof = tg["published_dt"].fillna(tg["x"]).astype("datetime64[ns]")
    tg = tg.assign(asof=asof).sort_values("asof", kind="stable")
    levels = pts[["series", "x", "value"]].rename(columns={"x": "anchor_x", "value": "anchor_y"})
    levels["anchor_x"] = levels["anchor_x"].astype("datetime64[ns]")
    levels = levels.sort_values("anchor_x", kind="stable")
    out = pd.merge_asof(tg, levels, left_on="asof", right_on="anchor_x", by="series", direction="backward")
    late = out["anchor_x"] >= out["x"]   # an anchor after the target date would draw backwards
    out.loc[late, ["anchor_x", "anchor_y"]] = [pd.NaT, np.nan]
    return out


def _target_traces(tg: pd.DataFrame, pts: pd.DataFrame, colors: dict[str, str], lang: str) -> list:
    """Per series: dashed segments from the last reported level (as of publication) to each target."""
    if tg.empty:
        return []
    tg = with_anchors(tg, pts)
    tg = tg.assign(label=c.series_label(tg, lang), hover=c.hover_text(tg, lang))
    traces = []
    for key, grp in tg.groupby("series", sort=False):
        n = len(grp)
        # Three points per target: anchor (or the target again), target, gap.
        xs = np.empty(3 * n, dtype=object)
        xs[0::3] = grp["anchor_x"].fillna(grp["x"]).dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        xs[1::3] = grp["x"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        xs[2::3] = None
        ys = np.full(3 * n, np.nan)
        ys[0::3] = grp["anchor_y"].fillna(grp["value"]).to_numpy()
        ys[1::3] = grp["value"].to_numpy()
        hover = np.repeat(grp["hover"].to_numpy(dtype=object), 3)
        symbols = np.repeat(grp["dated"].map(TARGET_SYMBOLS).to_numpy(dtype=object), 3)
        sizes = np.tile([0, 12, 0], n)
        traces.append(dict(
            type="scatter", x=xs, y=ys, mode="lines+markers",
            name=f"{grp['label'].iat[0]} · {c.tr('legend_target', lang)}",
            legendgroup=key, connectgaps=False, line={"color": colors.get(key, "#555"), "dash": "dash"},
            marker={"symbol": symbols, "size": sizes, "color": colors.get(key, "#555")},
            hovertext=hover, hoverinfo="text", meta={"kind": "target", "series": key},
        ))
    return traces


def _event_points(df: pd.DataFrame) -> pd.DataFrame:
    """Withdrawals and deployments that state a number, placed on the time axis."""
    ev = df[df["claim_type"].isin(list(EVENT_SYMBOLS)) & df["value"].notna()].copy()
    ev["x"] = c.placed_dates(ev)
    return ev[ev["x"].notna()]


def _event_traces(ev: pd.DataFrame, lang: str) -> list:
    """One ▼ trace for withdrawals and one ▲ trace for deployments, at the number moved."""
    traces = []
    for kind, grp in ev.groupby("claim_type", sort=True):
        traces.append(dict(
            type=c.scatter_type(len(grp)), x=grp["x"].to_numpy(), y=grp["value"].to_numpy(), mode="markers",
            name=c.tr(kind, lang, "claim_types"),
            marker={"symbol": EVENT_SYMBOLS[kind], "size": 15, "color": EVENT_COLORS[kind],
                    "opacity": c.mark_opacity(grp), "line": {"width": 2, "color": "#222"}},
            hovertext=c.hover_text(grp, lang).to_numpy(), hoverinfo="text", meta={"kind": "event", "event": kind},
        ))
    return traces
