"""Map of bases: who was where on a date, as an offline plotly scattergeo figure.

* `bases_on(df, on_date)`: each actor's latest presence interval at each named base (see intervals),
  using only claims dated up to `on_date`; a base counts as held on that date when it was sighted before
  and no closing withdrawal is reported up to the date. Without a date every base is listed, withdrawn
  ones flagged. Troops: the last reported troop_count at that base in that interval.
* Coordinates: the claims' lat/lon, else `extract.gazetteer.load_gazetteer().base(name)`.
* `map_figure`: no online resources. plotly.js would fetch its world map (topojson) from a CDN for any
  built-in base layer, so all are off and the borders and coastlines are drawn as line traces from
  `borders_110m.json` (Natural Earth 1:110m, public domain), clipped to the view fitted to the bases.
"""
from __future__ import annotations

import html
import json
import textwrap
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.gazetteer import load_gazetteer
from timeline import common
from timeline.common import FONT_FAMILY, HOVER_STYLE, LRI, PDI, RLI, rtl_isolate, sources_note
from timeline.consolidate import PLACE, prepare
from timeline.display import FSI, label, plain
from timeline.intervals import WITHDRAWAL, presence_intervals
from timeline.load import actor_label, base_label

BORDERS_PATH = Path(__file__).with_name("borders_110m.json")
BASE_COLUMNS = PLACE + ["lat", "lon", "first_seen", "last_seen", "troops", "troops_claim_id",
                        "latest_claim_id", "latest_date", "latest_evidence", "withdrawn", "withdrawn_date",
                        "withdrawn_claim_id"]
PAD_DEGREES, PAD_SHARE = 4.0, 0.15       # margin around the bases shown
MIN_LAT_SPAN, LON_PER_LAT = 12.0, 1.6     # a view never narrower than a region, in a landscape frame
MARKER_MIN, MARKER_MAX = 9, 34           # marker diameters (px): no known level .. largest level
BORDER_COLOR, COAST_COLOR = "#9e9e9e", "#607d8b"


def bases_on(df: pd.DataFrame, on_date: date | None = None) -> pd.DataFrame:
    """One row per actor and base: held on `on_date` (or, without a date, latest state of every base)."""
    iv = presence_intervals(df, today=on_date)
    iv = iv[iv["base"] != ""] if not iv.empty else iv
    if iv.empty:
        return pd.DataFrame(columns=BASE_COLUMNS)
    iv = iv.sort_values("start", kind="stable").groupby(PLACE, sort=False).tail(1)
    withdrawn = iv["end_kind"] == WITHDRAWAL
    if on_date is not None:
        iv, withdrawn = iv[~withdrawn], withdrawn[~withdrawn]
    out = iv[PLACE].assign(
        lat=iv["lat"], lon=iv["lon"], first_seen=iv["start"], last_seen=iv["last_seen"],
        troops=iv["last_count"], troops_claim_id=iv["last_count_claim_id"],
        latest_claim_id=iv["latest_claim_id"], latest_date=iv["latest_date"],
        latest_evidence=iv["latest_evidence"], withdrawn=withdrawn,
        withdrawn_date=iv["end"].where(withdrawn), withdrawn_claim_id=iv["end_claim_id"].where(withdrawn, ""))
    return _fill_coordinates(out, df).sort_values(PLACE).reset_index(drop=True)[BASE_COLUMNS]


def _fill_coordinates(bases: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
    """Coordinates from any claim naming the base, then from the gazetteer."""
    p = prepare(df)
    known = p[(p["base"] != "") & p["lat"].notna() & p["lon"].notna()].groupby("base")[["lat", "lon"]].first()
    for col in ("lat", "lon"):
        bases[col] = bases[col].fillna(bases["base"].map(known[col]))
    missing = bases["lat"].isna() | bases["lon"].isna()
    for i in bases.index[missing]:
        lat, lon = gazetteer_point(bases.at[i, "base"])
        bases.at[i, "lat"], bases.at[i, "lon"] = lat, lon
    return bases


@lru_cache(maxsize=1024)
def gazetteer_point(name: str) -> tuple[float, float]:
    """(lat, lon) of a base from the extractor's gazetteer, NaNs when it or the base is unknown."""
    entry = load_gazetteer().base(name)
    if entry is None or entry.lat is None or entry.lon is None:
        return np.nan, np.nan
    return float(entry.lat), float(entry.lon)


def map_figure(df: pd.DataFrame, on_date: date | None = None, lang: str = "en") -> go.Figure:
    """Bases coloured by actor, sized by last known troops, with borders, fitted to the bases shown."""
    bases = bases_on(df, on_date)
    shown = bases.dropna(subset=["lat", "lon"])
    box = fit_box(shown["lat"], shown["lon"])
    fig = go.Figure(border_traces(box))
    colors = actor_colors(df)
    shown = shown.sort_values("withdrawn", kind="stable")   # held bases first: the legend shows a filled marker
    shown = shown.assign(textpos=label_positions(shown["lat"], shown["lon"]),
                         label=shown["base"].map(lambda b: base_label(b, lang))
                         .where(~shown["base"].duplicated(), ""))   # one name per base
    for actor, rows in shown.groupby("actor", sort=True):
        fig.add_trace(_actor_trace(actor, rows, _sizes(rows["troops"], shown["troops"].max()),
                                   colors[actor], lang))
    _layout(fig, box, on_date, lang)
    _notes(fig, bases, shown, df, lang)
    return fig


def actor_colors(df: pd.DataFrame) -> dict[str, str]:
    """A colour per actor, the same on every chart and date, so the slider never recolours an actor."""
    return common.actor_colors(sorted(set(df["actor"].fillna("").astype(str))) if "actor" in df.columns else [])


def fit_box(lat: pd.Series, lon: pd.Series) -> tuple[float, float, float, float]:
    """(lat0, lat1, lon0, lon1): the bases' extent plus a margin; the whole world when there are none."""
    if lat.empty:
        return -60.0, 80.0, -180.0, 180.0
    pad_lat = max(PAD_DEGREES, PAD_SHARE * (lat.max() - lat.min()))
    pad_lon = max(PAD_DEGREES, PAD_SHARE * (lon.max() - lon.min()))
    lat_span = max(MIN_LAT_SPAN, lat.max() - lat.min() + 2 * pad_lat)
    lon_span = lon.max() - lon.min() + 2 * pad_lon
    lat_span = max(lat_span, lon_span / LON_PER_LAT)   # widen the short side so the frame is landscape
    lon_span = max(lon_span, lat_span * LON_PER_LAT)
    lat_mid, lon_mid = (lat.max() + lat.min()) / 2, (lon.max() + lon.min()) / 2
    return (max(-89.0, lat_mid - lat_span / 2), min(89.0, lat_mid + lat_span / 2),
            max(-180.0, lon_mid - lon_span / 2), min(180.0, lon_mid + lon_span / 2))


@lru_cache(maxsize=1)
def _borders() -> dict:
    """The bundled border and coastline polylines."""
    return json.loads(BORDERS_PATH.read_text(encoding="utf-8"))


def border_traces(box: tuple[float, float, float, float]) -> list[go.Scattergeo]:
    """Country borders and coastlines crossing the box, as two line traces (no hover, no legend)."""
    lat0, lat1, lon0, lon1 = box
    traces = []
    for key, color, width in (("coastlines", COAST_COLOR, 0.8), ("borders", BORDER_COLOR, 0.8)):
        lons, lats = [], []
        for line in _borders()[key]:
            xs, ys = line[0::2], line[1::2]
            if max(xs) < lon0 or min(xs) > lon1 or max(ys) < lat0 or min(ys) > lat1:
                continue
            lons += xs + [None]
            lats += ys + [None]
        traces.append(go.Scattergeo(lon=lons, lat=lats, mode="lines", name=key, showlegend=False,
                                    hoverinfo="skip", line=dict(color=color, width=width)))
    return traces


def _sizes(troops: pd.Series, largest: float) -> pd.Series:
    """Marker diameters: area proportional to troops; the minimum where no level is known."""
    if not pd.notna(largest) or largest <= 0:
        return pd.Series(MARKER_MIN, index=troops.index)
    share = np.sqrt(troops.clip(lower=0) / largest)
    return (MARKER_MIN + (MARKER_MAX - MARKER_MIN) * share).fillna(MARKER_MIN)


def _actor_trace(actor: str, rows: pd.DataFrame, sizes: pd.Series, color: str, lang: str) -> go.Scattergeo:
    """One actor's bases: filled markers when held, open markers when withdrawn; customdata[0] = latest claim."""
    symbols = np.where(rows["withdrawn"].astype(bool), "circle-open", "circle")
    return go.Scattergeo(
        lat=rows["lat"], lon=rows["lon"], mode="markers+text", text=rows["label"],
        textposition=rows["textpos"].tolist(), textfont=dict(size=11),
        name=_legend_name(actor, lang), legendgroup=actor,
        marker=dict(size=sizes, color=color, symbol=symbols, opacity=0.85, line=dict(width=1, color="white")),
        customdata=rows[["latest_claim_id"]].to_numpy(dtype=object),
        hovertext=[_hover(r, lang) for _, r in rows.iterrows()], hoverinfo="text")


LABEL_POSITIONS = ("top center", "bottom center", "middle right", "middle left", "top right", "bottom left")
NEAR_DEGREES = 1.5   # bases closer than this get their names on different sides


def label_positions(lat: pd.Series, lon: pd.Series) -> list[str]:
    """A text position per base, rotating through sides when another base is near (Erbil/Harir, Hmeimim/Tartus)."""
    placed: list[tuple[float, float, int]] = []
    out = []
    for y, x in zip(lat, lon):
        taken = {k for (py, px, k) in placed if abs(py - y) < NEAR_DEGREES and abs(px - x) < NEAR_DEGREES}
        k = next(i for i in range(len(LABEL_POSITIONS) + 1) if i not in taken) % len(LABEL_POSITIONS)
        placed.append((y, x, k))
        out.append(LABEL_POSITIONS[k])
    return out


def _hover(r: pd.Series, lang: str) -> str:
    """Base, actor, first and last sighting, last known troops, latest claim (evidence as inert, isolated text)."""
    f = lambda k: _label("fields", k, lang)  # noqa: E731
    ltr = (lambda t: f"{LRI}{t}{PDI}") if lang == "ar" else (lambda t: t)  # noqa: E731 - dates and ids
    day = lambda t: "" if pd.isna(t) else ltr(f"{t:%Y-%m-%d}")  # noqa: E731
    esc = lambda t: html.escape(plain(t), quote=False)  # noqa: E731
    lines = [f"<b>{esc(base_label(r['base'], lang))}</b> ({ltr(esc(r['country']))})",
             f"{f('actor')}: {esc(actor_label(r['actor'], lang))}",
             f"{f('first_seen')}: {day(r['first_seen'])}", f"{f('last_seen')}: {day(r['last_seen'])}"]
    if pd.notna(r["troops"]):
        lines.append(f"{f('troops')}: {ltr(format(r['troops'], ',.0f'))} ({ltr(esc(r['troops_claim_id']))})")
    if r["withdrawn"]:
        lines.append(f"{f('withdrawn')}: {day(r['withdrawn_date'])} ({ltr(esc(r['withdrawn_claim_id']))})")
    evidence = "<br>".join(textwrap.wrap(esc(r["latest_evidence"]), 60))
    lines.append(f"{f('latest_claim')}: {ltr(esc(r['latest_date']))} ({ltr(esc(r['latest_claim_id']))})<br>"
                 f"{FSI}{evidence}{PDI}")
    if lang == "ar":
        lines = [f"{RLI}{line}{PDI}" for line in lines]
    return "<br>".join(lines)


def _layout(fig: go.Figure, box: tuple, on_date: date | None, lang: str) -> None:
    """Geo view fitted to the box, all CDN-backed base layers off, title with the date."""
    lat0, lat1, lon0, lon1 = box
    title = _label("text", "map_title", lang)
    if on_date is not None:
        title = f"{title} · {pd.Timestamp(on_date):%Y-%m-%d}"
    fig.update_geos(projection_type="equirectangular", lataxis_range=[lat0, lat1], lonaxis_range=[lon0, lon1],
                    showcoastlines=False, showland=False, showocean=False, showlakes=False, showrivers=False,
                    showcountries=False, showsubunits=False, showframe=True, bgcolor="white")
    fig.update_layout(title=title, legend_title_text=_label("fields", "actor", lang), legend_itemsizing="constant",
                      font=dict(family=FONT_FAMILY, size=13), margin=dict(l=10, r=10, t=60, b=60),
                      hoverlabel=HOVER_STYLE | {"align": "right" if lang == "ar" else "left"})


def _notes(fig: go.Figure, bases: pd.DataFrame, shown: pd.DataFrame, df: pd.DataFrame, lang: str) -> None:
    """Source note (documents behind the bases shown), bases without coordinates, or 'no claims'."""
    if bases.empty:
        fig.add_annotation(text=_label("text", "no_claims", lang), showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper", font=dict(size=16))
        return
    p = prepare(df)
    note = sources_note(p[p["claim_id"].isin(set(shown["latest_claim_id"]))], lang)
    if len(shown) < len(bases):
        missing = sorted(set(bases["base"]) - set(shown["base"]))
        note += f" · {_label('text', 'no_coordinates', lang)}: {', '.join(missing)}"
    fig.add_annotation(text=note, showarrow=False, x=0, y=-0.06, xref="paper", yref="paper",
                       xanchor="left", font=dict(size=10))


def _legend_name(code: str, lang: str) -> str:
    """The actor's label, kept right-to-left in an Arabic legend."""
    return rtl_isolate(actor_label(code, lang), lang)


def _label(section: str, key: str, lang: str) -> str:
    """A string from labels.yaml."""
    return label(section, key, lang)
