"""Bases timeline: one row per base (grouped by country), sightings, first-to-last bars, withdrawals, deadlines."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.codes import FIRM_STATUSES, SIGHTING_TYPES

from . import common as c
from .aggregate import MAX_MARKS
from .load import base_label

WITHDRAWAL_SYMBOLS = {True: "x", False: "x-open"}  # reported / not (yet) reported


def base_rows(df: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Claims placed on a base row: base claims, plus country-wide deadlines and withdrawals.

    Adds `row` (the y label, e.g. 'Ain al-Asad (IRQ)' or 'IRQ — country-wide') and `x` (the placed date).
    """
    on_base = df["base"] != ""
    country_wide = ~on_base & df["claim_type"].isin(["deadline", "withdrawal"])
    rows = df[on_base | country_wide].copy()
    rows["x"] = c.placed_dates(rows)
    rows = rows[rows["x"].notna()]
    wide = c.tr("country_wide", lang)
    country_wide = rows["country"] + " — " + wide
    if lang == "ar":  # 'IRQ — على مستوى البلد' read right to left
        country_wide = c.RLI + wide + " — " + c.LRI + rows["country"] + c.PDI + c.PDI
    names = c.on_unique(rows["base"], lambda u: u.map(lambda b: base_label(b, lang)))
    on_base = names + " (" + rows["country"] + ")"
    if lang == "ar":  # 'عين الأسد (IRQ)' read right to left, the code kept left to right
        on_base = c.RLI + names + " (" + c.LRI + rows["country"] + c.PDI + ")" + c.PDI
    rows["row"] = np.where(rows["base"] != "", on_base, country_wide)
    return rows


def row_order(rows: pd.DataFrame) -> list[str]:
    """Row labels grouped by country; within a country, the country-wide row first, then bases A–Z."""
    keys = rows[["country", "base", "row"]].drop_duplicates("row")
    keys = keys.assign(wide=keys["base"] == "").sort_values(["country", "wide", "base"], ascending=[True, False, True])
    return list(keys["row"])


def spans(rows: pd.DataFrame) -> pd.DataFrame:
    """Per row and actor: first and last sighting, extended to a later reported withdrawal (`closed`)."""
    seen = rows[rows["claim_type"].isin(SIGHTING_TYPES) & (rows["status"] == "reported")]
    out = seen.groupby(["row", "actor"], sort=False)["x"].agg(first="min", last="max").reset_index()
    gone = rows[(rows["claim_type"] == "withdrawal") & (rows["status"] == "reported")]
    gone = gone.groupby(["row", "actor"], sort=False)["x"].max().rename("withdrawn").reset_index()
    out = out.merge(gone, on=["row", "actor"], how="left")
    out["closed"] = out["withdrawn"].notna() & (out["withdrawn"] >= out["last"])
    out["end"] = out["withdrawn"].where(out["closed"], out["last"])
    return out


def bases_figure(df: pd.DataFrame, today: date | None = None, lang: str = "en") -> go.Figure:
    """Base rows coloured by actor: sighting marks, a bar first→last sighting (closed by a withdrawal), ◆ deadlines."""
    title = c.tr("bases_title", lang)
    rows = base_rows(df, lang)
    if rows.empty:
        return c.empty_figure(title, lang)
    colors = c.actor_colors(rows["actor"].unique())
    keep = ["actor", "country", "base", "row", "x", "claim_type", "status", "date_source", "claim_id"]
    sp = spans(rows)
    if len(rows) > MAX_MARKS:   # more marks than anyone can see: one per row, actor, kind of mark and month
        rows = binned_rows(rows[keep], lang)
    else:
        rows = rows[keep].assign(hover=c.hover_text(rows, lang))   # narrow: the per-actor slices copy less
    traces = []
    for actor, grp in rows.groupby("actor", sort=True):
        traces += _actor_traces(grp, sp[sp["actor"] == actor], actor, colors[actor], lang)
    fig = c.make_figure(traces)
    order = row_order(rows)
    note = "<br>".join([c.sources_note(df, lang), c.tr("bases_note", lang), c.tr("published_note", lang)])
    height = max(c.FIG_HEIGHT, 320 + 26 * len(order))
    c.base_layout(fig, title, c.tr("date_axis", lang), c.tr("base_axis", lang), note, lang, height=height)
    fig.update_yaxes(categoryorder="array", categoryarray=order[::-1], type="category")
    return c.add_today_line(fig, c.today_or(today), lang)


def binned_rows(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One mark per base row, actor, claim type, status and month, with how many claims it stands for."""
    month = rows["x"].to_numpy(dtype="datetime64[ns]").astype("datetime64[M]").astype("datetime64[ns]")
    keys = ["row", "actor", "country", "base", "claim_type", "status", "month"]
    g = rows.assign(month=month).groupby(keys, sort=True, observed=True)
    out = g.agg(claim_id=("claim_id", "first"), n=("claim_id", "size")).reset_index()
    out["x"], out["date_source"] = out["month"] + pd.Timedelta(days=14), "text"
    names = c.on_unique(out["row"], c.escape_html).to_numpy(dtype=object)
    kinds = c._map_labels(out["claim_type"], "claim_types", lang).to_numpy(dtype=object)
    statuses = c._map_labels(out["status"], "statuses", lang).to_numpy(dtype=object)
    month_text = out["month"].dt.strftime("%Y-%m").to_numpy(dtype=object)
    out["hover"] = ("<b>" + names + "</b> · " + c.actor_name_series(out["actor"], lang) + "<br>" + kinds + " · "
                    + statuses + " · " + month_text + " · " + out["n"].astype(str).to_numpy(dtype=object) + " "
                    + c.tr("reports", lang) + "<br><i>" + c.tr("click_for_evidence", lang) + "</i>")
    return out


def _actor_traces(rows: pd.DataFrame, sp: pd.DataFrame, actor: str, color: str, lang: str) -> list:
    """Bars, sightings, withdrawals and deadlines of one actor (one legend group)."""
    name = c.actor_name(actor, lang)
    traces = [_bar_trace(sp, actor, name, color)]
    traces += _mark_traces(rows, actor, name, color, lang)
    return [t for t in traces if t is not None]


def _bar_trace(sp: pd.DataFrame, actor: str, name: str, color: str) -> dict | None:
    """Thick translucent segments first sighting → last sighting (or withdrawal), gaps between rows."""
    if sp.empty:
        return None
    n = len(sp)
    xs = np.empty(3 * n, dtype=object)
    xs[0::3], xs[1::3], xs[2::3] = sp["first"].to_numpy(dtype=object), sp["end"].to_numpy(dtype=object), None
    ys = np.empty(3 * n, dtype=object)
    ys[0::3], ys[1::3], ys[2::3] = sp["row"].to_numpy(dtype=object), sp["row"].to_numpy(dtype=object), None
    return dict(
        type="scatter", x=xs, y=ys, mode="lines", name=name, legendgroup=actor, showlegend=False, hoverinfo="skip",
        line={"color": color, "width": 10}, opacity=0.3, connectgaps=False,
        meta={"kind": "bar", "actor": actor, "closed": sp["closed"].tolist()},
    )


def _mark_traces(rows: pd.DataFrame, actor: str, name: str, color: str, lang: str) -> list:
    """Sightings (●, lighter when publication-dated), withdrawals (✕) and deadlines (◆, hollow if soft)."""
    kinds = {
        "sighting": rows[rows["claim_type"].isin(SIGHTING_TYPES)],
        "withdrawal": rows[rows["claim_type"] == "withdrawal"],
        "deadline": rows[rows["claim_type"] == "deadline"],
    }
    traces = []
    # one legend entry per actor, on its first kind of mark (sightings when it has any); the note keys the marks
    legend_kind = next((kind for kind, grp in kinds.items() if not grp.empty), None)
    for kind, grp in kinds.items():
        if grp.empty:
            continue
        traces.append(dict(
            type=c.scatter_type(len(grp)), x=c.day_strings(grp["x"]), y=grp["row"].to_numpy(), mode="markers",
            legendgroup=actor, showlegend=kind == legend_kind,
            name=name if kind == legend_kind else f"{name} · {c.tr('legend_' + kind, lang)}",
            marker={"symbol": mark_symbols(grp, kind), "size": 11 if kind == "deadline" else 9,
                    "color": color, "opacity": c.mark_opacity(grp), "line": {"width": 1.5, "color": color}},
            hovertext=grp["hover"].to_numpy(), hoverinfo="text", customdata=c.claim_ids(grp),
            meta={"kind": kind, "actor": actor},
        ))
    return traces


def mark_symbols(grp: pd.DataFrame, kind: str) -> np.ndarray:
    """Marker per row: ● sightings, ✕ withdrawals (open unless reported), ◆ deadlines (open unless firm)."""
    if kind == "deadline":
        return np.where(grp["status"].isin(FIRM_STATUSES), "diamond", "diamond-open")
    if kind == "withdrawal":
        return np.where(grp["status"] == "reported", WITHDRAWAL_SYMBOLS[True], WITHDRAWAL_SYMBOLS[False])
    return np.full(len(grp), "circle", dtype=object)
