"""Troop levels over time: one series per actor × country (× base), qualifiers as marker shapes."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.codes import LEVEL_TYPES

from . import common as c
from .aggregate import MAX_MARKS, monthly_bins

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
    pts["series"] = series_keys(pts)
    return pts.sort_values(["series", "x"], kind="stable")


def n_marks(df: pd.DataFrame) -> int:
    """How many marks troops_figure would draw one by one (counts, targets, events with a number)."""
    kinds = ["troop_count", "troop_target"] + list(EVENT_SYMBOLS)
    return int((df["claim_type"].isin(kinds) & df["value"].notna()).sum())


def series_keys(df: pd.DataFrame) -> pd.Series:
    """'actor|country|base' per row: what one line of the chart is."""
    return df["actor"] + "|" + df["country"] + "|" + df["base"]


def series_colors(df: pd.DataFrame) -> dict[str, str]:
    """A colour per series of a whole table (pass it to troops_figure so every filtered view agrees)."""
    kinds = df["claim_type"].isin(["troop_count", "troop_target"])
    return c.color_map(list(series_keys(df[kinds]).unique()))


def troops_figure(df: pd.DataFrame, today: date | None = None, lang: str = "en", log_y: bool = False,
                  colors: dict[str, str] | None = None) -> go.Figure:
    """Levels per actor×country(×base), dashed targets, ▼/▲ withdrawal/deployment events, a today line.

    `log_y` draws the personnel axis on a log scale, so one very large figure does not flatten the rest;
    `colors` (series key -> colour, see series_colors) keeps a series' colour the same under any filter.
    Past MAX_MARKS marks, one mark per series and month (troop_bins).
    """
    title = c.tr("troops_title", lang)
    if n_marks(df) > MAX_MARKS:   # more marks than anyone can see: monthly bins
        bins = troop_bins(df)
        colors = {**c.color_map(list(bins["series"].unique())), **(colors or {})}
        return binned_figure(bins, colors, c.sources_note(df, lang), lang, log_y, today)
    pts = troop_points(df)
    targets = _target_points(df)
    events = _event_points(df)
    if pts.empty and targets.empty and events.empty:
        return c.empty_figure(title, lang)
    series = list(dict.fromkeys(list(pts["series"]) + list(targets["series"])))
    colors = {**c.color_map(series), **(colors or {})}
    fig = c.make_figure(_series_traces(pts, colors, lang) + _target_traces(targets, pts, colors, lang)
                        + _event_traces(events, lang))
    note = "<br>".join([c.sources_note(df, lang), c.tr("qualifier_note", lang), c.tr("published_note", lang),
                        c.tr("target_note", lang)])
    c.base_layout(fig, title, c.tr("date_axis", lang), c.tr("troops_axis", lang), note, lang)
    if log_y:
        fig.update_yaxes(type="log", tickformat=",d", tickvals=log_ticks(pd.concat([pts["value"], targets["value"],
                                                                                   events["value"]])))
    else:
        fig.update_yaxes(rangemode="tozero", tickformat=",d")
    return c.add_today_line(fig, c.today_or(today), lang)


WIDE_RANGE = 20   # largest / smallest value above which a log scale reads better


def suggest_log_scale(df: pd.DataFrame) -> bool:
    """Whether the troop numbers span so many orders that small series would lie flat on a linear axis."""
    values = pd.to_numeric(df.loc[df["claim_type"].isin(LEVEL_TYPES), "value"], errors="coerce")
    values = values[values > 0]
    return bool(len(values) > 1 and values.max() / values.min() > WIDE_RANGE)


def log_ticks(values: pd.Series) -> list[float]:
    """1-2-5 ticks spanning the positive values (plotly's own log ticks crowd into unreadable labels)."""
    v = values[values > 0]
    if v.empty:
        return []
    lo, hi = int(np.floor(np.log10(v.min()))), int(np.ceil(np.log10(v.max())))
    return [m * 10.0 ** k for k in range(lo, hi + 1) for m in (1, 2, 5) if v.min() / 2 <= m * 10.0 ** k <= v.max() * 2]


def series_slices(keys: np.ndarray) -> list[tuple[str, slice]]:
    """(key, slice) per run of equal keys in an array sorted by key: one cheap slice per trace."""
    if len(keys) == 0:
        return []
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    return [(keys[a], slice(a, b)) for a, b in zip(starts, ends)]


def _with_repeats(hover: np.ndarray, pts: pd.DataFrame, lang: str) -> np.ndarray:
    """For grouped reports (consolidate.representatives), say how often and by how many sources it was stated."""
    if "n_claims" not in pts.columns:
        return hover
    n = pts["n_claims"].fillna(1).astype(int).to_numpy()
    if not (n > 1).any():
        return hover
    first = c.day_strings(pd.to_datetime(pts["first_reported"]))
    last = c.day_strings(pd.to_datetime(pts["last_reported"]))
    note = np.array([f"<br><i>{c.tr('repeated', lang).format(n=k, sources=m, first=a, last=b)}</i>" if k > 1 else ""
                     for k, m, a, b in zip(n, pts["n_sources"].fillna(1).astype(int), first, last)], dtype=object)
    return hover + note


def _series_traces(pts: pd.DataFrame, colors: dict[str, str], lang: str) -> list:
    """One line+markers trace per series; symbol by qualifier, lighter when publication-dated.

    Per-point arrays (symbol, opacity, error bars, hover, claim id) are computed once for all series and
    sliced per trace: per-group pandas work costs more than the drawing at 100k claims.
    """
    if pts.empty:
        return []
    above, below = error_bars(pts)
    cols = {
        "x": c.day_strings(pts["x"]), "y": pts["value"].to_numpy(), "symbol": qualifier_symbols(pts["qualifier"]),
        "opacity": c.mark_opacity(pts), "above": above, "below": below,
        "hover": _with_repeats(c.hover_text(pts, lang).to_numpy(), pts, lang), "ids": c.claim_ids(pts),
    }
    labels = c.series_label(pts, lang).to_numpy()
    traces = []
    for key, sl in series_slices(pts["series"].to_numpy(dtype=object)):
        color = colors[key]
        traces.append(dict(
            type=c.scatter_type(sl.stop - sl.start), x=cols["x"][sl], y=cols["y"][sl], mode="lines+markers",
            name=labels[sl.start], legendgroup=key, line={"color": color, "width": 1.5},
            marker={"symbol": cols["symbol"][sl], "size": 9, "color": color, "opacity": cols["opacity"][sl],
                    "line": {"width": 1.5, "color": color}},
            error_y={"type": "data", "array": cols["above"][sl], "arrayminus": cols["below"][sl], "visible": True,
                     "color": color, "thickness": 1.2, "width": 4},
            hovertext=cols["hover"][sl], hoverinfo="text", customdata=cols["ids"][sl],
            meta={"kind": "series", "series": key},
        ))
    return traces


def _target_points(df: pd.DataFrame) -> pd.DataFrame:
    """Targets with a value; undated ones are placed at their publication date (flag `dated`)."""
    tg = df[(df["claim_type"] == "troop_target") & df["value"].notna()].copy()
    tg["dated"] = tg["date_dt"].notna()
    tg["x"] = c.placed_dates(tg)
    tg = tg[tg["x"].notna()]
    tg["series"] = series_keys(tg)
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
    """Per series: dashed segments from the last reported level (as of publication) to each target.

    Targets share their series' legend entry (clicking the series hides its targets too); the source
    note explains the dashed line and the star.
    """
    if tg.empty:
        return []
    tg = with_anchors(tg, pts).sort_values(["series", "x"], kind="stable")
    n = len(tg)
    # Three points per target: anchor (or the target again), target, gap. Only the target hovers.
    xs = np.empty(3 * n, dtype=object)
    xs[0::3] = c.day_strings(tg["anchor_x"].fillna(tg["x"]))
    xs[1::3] = c.day_strings(tg["x"])
    ys = np.full(3 * n, np.nan)
    ys[0::3] = tg["anchor_y"].fillna(tg["value"]).to_numpy()
    ys[1::3] = tg["value"].to_numpy()
    hover = np.full(3 * n, None, dtype=object)
    hover[1::3] = c.hover_text(tg, lang).to_numpy()
    ids = np.full((3 * n, 1), None, dtype=object)
    ids[1::3, 0] = tg["claim_id"].to_numpy(dtype=object)
    symbols = np.repeat(tg["dated"].map(TARGET_SYMBOLS).to_numpy(dtype=object), 3)
    sizes = np.tile([0, 12, 0], n)
    traces = []
    labels = c.series_label(tg, lang).to_numpy()
    with_levels = set(pts["series"])
    for key, sl in series_slices(tg["series"].to_numpy(dtype=object)):
        sl3 = slice(3 * sl.start, 3 * sl.stop)
        color = colors.get(key, "#555")
        alone = key not in with_levels   # a series with targets only needs its own legend entry
        traces.append(dict(
            type="scatter", x=xs[sl3], y=ys[sl3], mode="lines+markers",
            name=f"{labels[sl.start]} · {c.tr('legend_target', lang)}", legendgroup=key, showlegend=alone,
            connectgaps=False, line={"color": color, "dash": "dash"},
            marker={"symbol": symbols[sl3], "size": sizes[sl3], "color": color},
            hovertext=hover[sl3], hoverinfo="text", customdata=ids[sl3], meta={"kind": "target", "series": key},
        ))
    return traces


def _event_points(df: pd.DataFrame) -> pd.DataFrame:
    """Withdrawals and deployments that state a number, placed on the time axis."""
    ev = df[df["claim_type"].isin(list(EVENT_SYMBOLS)) & df["value"].notna()].copy()
    ev["x"] = c.placed_dates(ev)
    return ev[ev["x"].notna()]


def _event_traces(ev: pd.DataFrame, lang: str) -> list:
    """One ▼ trace for withdrawals and one ▲ trace for deployments, at the number moved."""
    ev = ev.assign(hover=c.hover_text(ev, lang))
    traces = []
    for kind, grp in ev.groupby("claim_type", sort=True):
        traces.append(dict(
            type=c.scatter_type(len(grp)), x=c.day_strings(grp["x"]), y=grp["value"].to_numpy(), mode="markers",
            name=c.tr(kind, lang, "claim_types"),
            marker={"symbol": EVENT_SYMBOLS[kind], "size": 15, "color": EVENT_COLORS[kind],
                    "opacity": c.mark_opacity(grp), "line": {"width": 2, "color": "#222"}},
            hovertext=grp["hover"].to_numpy(), hoverinfo="text", customdata=c.claim_ids(grp),
            meta={"kind": "event", "event": kind},
        ))
    return traces


def _bin_hover(bins: pd.DataFrame, names: np.ndarray, lang: str) -> np.ndarray:
    """'Label · 2021-03 · 37 reports · median 2,500 (2,000–3,000)' per monthly mark."""
    fmt = lambda s: s.map(lambda v: f"{v:,.0f}").to_numpy(dtype=object)  # noqa: E731
    month = bins["month"].dt.strftime("%Y-%m").to_numpy(dtype=object)
    if lang == "ar":
        month = c.LRI + month + c.PDI
    spread = np.where(bins["lo"] < bins["hi"], " (" + fmt(bins["lo"]) + "–" + fmt(bins["hi"]) + ")", "")
    text = ("<b>" + names + "</b><br>" + month + " · " + bins["n"].astype(str).to_numpy(dtype=object) + " "
            + c.tr("reports", lang) + " · " + c.tr("median", lang) + " " + fmt(bins["value"]) + spread
            + "<br><i>" + c.tr("click_for_evidence", lang) + "</i>")
    return text.astype(object)


def troop_bins(df: pd.DataFrame) -> pd.DataFrame:
    """Monthly bins (aggregate.monthly_bins) of every count, target and event with a number, placed in time."""
    kinds = ["troop_count", "troop_target"] + list(EVENT_SYMBOLS)
    rows = df.loc[df["claim_type"].isin(kinds) & df["value"].notna(),
                  ["actor", "country", "base", "claim_type", "value", "claim_id", "date_dt", "published_dt"]]
    x = rows["date_dt"].fillna(rows["published_dt"])
    bins = monthly_bins(rows.assign(x=x)[x.notna()], ["actor", "country", "base", "claim_type"])
    return bins.assign(series=bins["actor"] + "|" + bins["country"] + "|" + bins["base"])


def is_binned(fig: go.Figure) -> bool:
    """Whether a troop-levels chart was drawn from monthly bins (binned_figure marks its traces)."""
    return any((t.meta or {}).get("binned") for t in fig.data)


def binned_figure(bins: pd.DataFrame, colors: dict[str, str], sources_note: str, lang: str = "en",
                  log_y: bool = False, today: date | None = None) -> go.Figure:
    """The troop-levels chart from monthly bins (columns of aggregate.monthly_bins and BIN_KEYS)."""
    title = c.tr("troops_title", lang)
    if bins.empty:
        return c.empty_figure(title, lang)
    fig = c.make_figure(_binned_traces(bins, colors, lang))
    note = "<br>".join([sources_note, c.tr("binned_note", lang).format(n=int(bins["n"].sum()))])
    c.base_layout(fig, title, c.tr("date_axis", lang), c.tr("troops_axis", lang), note, lang)
    if log_y:
        fig.update_yaxes(type="log", tickformat=",d", tickvals=log_ticks(pd.concat([bins["lo"], bins["hi"]])))
    else:
        fig.update_yaxes(rangemode="tozero", tickformat=",d")
    return c.add_today_line(fig, c.today_or(today), lang)


def _binned_traces(bins: pd.DataFrame, colors: dict[str, str], lang: str) -> list:
    """Monthly marks per series (median, bar from lowest to highest), targets and events likewise."""
    traces = []
    counts = bins[bins["claim_type"] == "troop_count"]
    for kind, frame in (("series", counts), ("target", bins[bins["claim_type"] == "troop_target"])):
        frame = frame.sort_values(["series", "month"], kind="stable").reset_index(drop=True)
        labels = c.series_label(frame, lang).to_numpy() if len(frame) else np.array([], dtype=object)
        hover = _bin_hover(frame, labels, lang) if len(frame) else labels
        for key, sl in series_slices(frame["series"].to_numpy(dtype=object)):
            b, color = frame.iloc[sl], colors.get(key, "#555")
            traces.append(dict(
                type="scattergl", x=c.day_strings(b["x"]), y=b["value"].to_numpy(),
                mode="lines+markers" if kind == "series" else "markers",
                name=labels[sl.start] + ("" if kind == "series" else f" · {c.tr('legend_target', lang)}"),
                legendgroup=key, showlegend=kind == "series" or key not in set(counts["series"]),
                line={"color": color, "width": 1.5},
                marker={"symbol": "circle" if kind == "series" else "star", "size": 7, "color": color},
                error_y={"type": "data", "array": (b["hi"] - b["value"]).to_numpy(),
                         "arrayminus": (b["value"] - b["lo"]).to_numpy(), "visible": True, "color": color,
                         "thickness": 1, "width": 0},
                hovertext=hover[sl], hoverinfo="text", customdata=b[["claim_id"]].to_numpy(dtype=object),
                meta={"kind": kind, "series": key, "binned": True},
            ))
    events = bins[bins["claim_type"].isin(list(EVENT_SYMBOLS))].sort_values(["claim_type", "month"], kind="stable")
    for kind, sl in series_slices(events["claim_type"].to_numpy(dtype=object)):
        b = events.iloc[sl]
        name = c.tr(kind, lang, "claim_types")
        traces.append(dict(
            type="scattergl", x=c.day_strings(b["x"]), y=b["value"].to_numpy(), mode="markers", name=name,
            marker={"symbol": EVENT_SYMBOLS[kind], "size": 11, "color": EVENT_COLORS[kind],
                    "line": {"width": 1, "color": "#222"}},
            hovertext=_bin_hover(b, np.full(len(b), name, dtype=object), lang), hoverinfo="text",
            customdata=b[["claim_id"]].to_numpy(dtype=object), meta={"kind": "event", "event": kind, "binned": True},
        ))
    return traces
