"""Shared figure pieces: localized strings, vectorised hover text, source note, today line, empty figure."""
from __future__ import annotations

import hashlib
import html
from datetime import date

import numpy as np
import pandas as pd
import plotly.colors
import plotly.graph_objects as go

from extract.gazetteer import load_gazetteer

from .display import FSI, date_at_precision, plain_series, sources_line, value_text  # noqa: F401 (value_text: one home)
from .filters import effective_date
from .load import LRI, PDI, RLI, actor_label, base_label, country_label, load_labels, rtl_isolate  # noqa: F401 (re-exported)

FONT_FAMILY = "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif"
ACTOR_PALETTE = tuple(plotly.colors.qualitative.Dark24)
SERIES_PALETTE = tuple(plotly.colors.qualitative.Dark24) + ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e")
PUBLISHED_OPACITY = 0.4   # marks dated only by the publication date are drawn lighter
WRAP_WIDTH = 70           # characters per hover line of evidence
HOVER_EVIDENCE = 320      # evidence characters in a hover box; the Claims tab and the article show all of it
GL_THRESHOLD = 5000       # above this many points a mark trace switches to WebGL
FIG_HEIGHT = 600          # px; bases and deadlines grow with their number of rows
TITLE_PX = 12             # title's top edge, px below the figure's top
LEGEND_TOP_PX = 45        # legend rows start here, under the title
NOTE_OFFSET_PX = 62       # the source note starts this far under the plot: below tick labels and axis title
NOTE_LINE_PX = 15


def tr(key: str, lang: str = "en", section: str = "text") -> str:
    """A localized string from labels.yaml (falls back to English, then to the key)."""
    entry = load_labels().get(section, {}).get(key, {})
    return entry.get(lang) or entry.get("en") or key


def today_or(today: date | None) -> date:
    """The given reference day, else the system date."""
    return today or date.today()


def scatter_type(n_points: int) -> str:
    """'scattergl' for large mark traces (browser speed), 'scatter' otherwise (crisp SVG/PDF exports)."""
    return "scattergl" if n_points > GL_THRESHOLD else "scatter"


def make_figure(traces: list[dict]) -> go.Figure:
    """A figure from plain trace dicts; per-element validation is skipped because it costs seconds at 100k points."""
    fig = go.Figure(data=[_compact(t) for t in traces if t], _validate=False)
    # Validate the (small) layout again: it coerces shorthands such as a string axis title.
    fig._validate = True
    fig._layout_obj._validate = True
    return fig


SHORT_TEXT = 64   # object arrays of strings up to this length become fixed-width arrays


def _compact(value):
    """Short-string object arrays (ids, symbols, base names) as fixed-width numpy strings.

    plotly deep-copies figures when building and serialising them; an object array is copied element by
    element, a fixed-width one in a single block, which saves about a second at 100,000 points.
    """
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items()}
    if isinstance(value, np.ndarray) and value.dtype == object and value.size > 100 and value.ndim <= 2:
        flat = value.ravel()
        if all(isinstance(v, str) for v in flat[:50]) and all(isinstance(v, str) for v in flat):
            if max(map(len, flat)) <= SHORT_TEXT:
                return value.astype(str)
    return value


def on_unique(s: pd.Series, fn) -> pd.Series:
    """Apply a Series->Series string function once per distinct value (claims repeat sentences and numbers)."""
    codes, uniques = pd.factorize(s, use_na_sentinel=False)
    done = fn(pd.Series(uniques, dtype=object)).to_numpy(dtype=object)
    return pd.Series(done[codes], index=s.index, dtype=object)


def _map_labels(s: pd.Series, section: str, lang: str) -> pd.Series:
    """Codes -> localized names via a labels.yaml section; unknown codes pass through."""
    table = {k: v.get(lang, v["en"]) for k, v in load_labels()[section].items()}
    return on_unique(s, lambda u: u.map(lambda code: table.get(code, code)))


def _map_codes(s: pd.Series, label_fn, lang: str) -> pd.Series:
    """Apply a code labeller once per distinct code (fast on large frames)."""
    return on_unique(s, lambda u: u.map(lambda code: label_fn(code, lang)))


def escape_html(s: pd.Series) -> pd.Series:
    """Article text made inert inside plotly's hover/annotation HTML subset; explicit bidi controls dropped."""
    return plain_series(s).str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;")


def wrap(s: pd.Series, width: int = WRAP_WIDTH) -> pd.Series:
    """Break text into <br>-joined lines of at most ~width characters at spaces (vectorised)."""
    wrapped = s.str.replace(rf"(.{{1,{width}}})(?:\s+|$)", r"\1<br>", regex=True)
    return wrapped.str.replace(r"(<br>)+$", "", regex=True)


def _o(s: pd.Series | np.ndarray) -> np.ndarray:
    """Object ndarray of str: concatenating these is much faster than mixing Arrow and object Series."""
    return np.asarray(s.to_numpy(dtype=object) if isinstance(s, pd.Series) else s, dtype=object)


def _when(mask: np.ndarray, a, b="") -> np.ndarray:
    """np.where for object string arrays."""
    return np.where(mask, a, b).astype(object)


def shown_dates(df: pd.DataFrame) -> pd.Series:
    """The claim's date at its precision ('2024', '2024-03', '2024-03-05'), else its publication date."""
    dated = df["date"] != ""
    when = date_at_precision(df["date"], df["date_precision"])
    published = df["published"]
    return pd.Series(_when(dated.to_numpy(), _o(when), _o(published)), index=df.index, dtype=object)


def date_text(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """'2021-03-24 · dated by: the text' per row (a year-precision date shows as '2024')."""
    return pd.Series(_date_text(df, lang), index=df.index, dtype=object)


def _date_text(df: pd.DataFrame, lang: str) -> np.ndarray:
    """date_text as an object array; the date kept left-to-right inside an Arabic line."""
    src = _o(_map_labels(df["date_source"], "date_sources", lang))
    shown = _o(shown_dates(df))
    if lang == "ar":
        shown = LRI + shown + PDI
    return shown + " · " + tr("date_source", lang, "fields") + ": " + src


HOVER_STYLE = {"font": {"family": FONT_FAMILY, "size": 14, "color": "#111"}, "bgcolor": "rgba(255,255,255,0.96)",
               "bordercolor": "#444"}
HOVER_EVIDENCE_POINTS = 3000   # charts with more marks leave the evidence out of the hover (a click shows it)


def hover_text(df: pd.DataFrame, lang: str = "en", evidence: bool | None = None) -> pd.Series:
    """The hover for every mark: value+qualifier, date at its precision, status, document, evidence.

    `evidence` None: the sentence is included for charts up to HOVER_EVIDENCE_POINTS marks; above that the
    hover says to click (the article opens with the sentence), which keeps a big chart's data small.
    """
    with_evidence = len(df) <= HOVER_EVIDENCE_POINTS if evidence is None else evidence
    return pd.Series(_hover_array(df, lang, with_evidence), index=df.index, dtype=object)


def _ltr(values: np.ndarray, lang: str) -> np.ndarray:
    """Ids and dates kept left-to-right inside an Arabic line."""
    return LRI + values + PDI if lang == "ar" else values


def _hover_array(df: pd.DataFrame, lang: str, with_evidence: bool) -> np.ndarray:
    """hover_text as an object array; each row is joined once (repeated `+` copies long strings many times)."""
    f = lambda k: tr(k, lang, "fields") + ": "  # noqa: E731
    value = _o(value_text(df, lang))
    base, title, source = _o(_map_codes(df["base"], base_label, lang)), _o(df["title"]), _o(df["source"])
    head = _o(_map_codes(df["actor"], actor_label, lang)) + " · " + _o(_map_codes(df["country"], country_label, lang))
    head = _o(on_unique(pd.Series(head + _when(base != "", " · " + base)), escape_html))
    isolate = lambda u: FSI + escape_html(u) + PDI  # noqa: E731 - article text keeps its own direction
    doc = _ltr(_o(on_unique(df["doc_id"], escape_html)), lang)
    doc = doc + _when(title != "", " — " + _o(on_unique(df["title"], isolate)))
    doc = doc + _when(source != "", " (" + _o(on_unique(df["source"], isolate)) + ")")
    if with_evidence:
        evidence = "<br>" + f("evidence") + "<br>" + _o(on_unique(df["evidence"], lambda u: wrap(
            FSI + escape_html(u.str.slice(0, HOVER_EVIDENCE)) + PDI)))
    else:
        evidence = "<br><i>" + tr("click_for_evidence", lang) + "</i>"
    columns = [
        head, "</b><br>" + f("claim_type"), _o(_map_labels(df["claim_type"], "claim_types", lang)),
        _when(value != "", " · " + f("value") + _ltr(value, lang)), "<br>" + f("date"), _date_text(df, lang),
        "<br>" + f("status"), _o(_map_labels(df["status"], "statuses", lang)), "<br>" + f("doc"), doc,
        " · " + f("published"), _ltr(_o(df["published"]), lang), evidence,
    ]
    columns = [np.broadcast_to(np.asarray(col, dtype=object), len(df)) for col in columns]
    out = np.empty(len(df), dtype=object)
    out[:] = ["<b>" + "".join(parts) for parts in zip(*columns)]
    if lang == "ar":   # each line read right to left (plotly draws hover text in a left-to-right box)
        out[:] = [RLI + h.replace("<br>", PDI + "<br>" + RLI) + PDI for h in out]
    return out


def day_strings(dates: pd.Series) -> np.ndarray:
    """'YYYY-MM-DD' per timestamp (NaT -> 'NaT'): a third of the JSON of full ISO times, no time zone surprises."""
    return np.datetime_as_string(dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]"), unit="D")


def claim_ids(df: pd.DataFrame) -> np.ndarray:
    """customdata for mark traces: one row per point, the claim id first (a click opens that claim)."""
    return df["claim_id"].to_numpy(dtype=object).reshape(-1, 1)


def placed_dates(df: pd.DataFrame) -> pd.Series:
    """Where a claim sits on a time axis: its date, else its publication date (drawn lighter)."""
    return effective_date(df)


def mark_opacity(df: pd.DataFrame) -> np.ndarray:
    """1.0 for dates from the text, lighter for anything dated by (or placed at) the publication date."""
    return np.where(df["date_source"] == "text", 1.0, PUBLISHED_OPACITY)


def sources_note(df: pd.DataFrame, lang: str = "en", limit: int = 4) -> str:
    """'Sources: A, B +3 · 12 documents' for a chart's note (display.sources_line, made inert for plotly)."""
    return html.escape(sources_line(df, lang, limit), quote=False)


def base_layout(fig: go.Figure, title: str, x_title: str, y_title: str, note: str, lang: str,
                height: int = FIG_HEIGHT) -> go.Figure:
    """Title, axis labels, fonts (Arabic-capable); legend rows under the title; the source note under the axis.

    Positions are in pixels from the figure's edges, so nothing overlaps at any width: plotly grows the
    top margin to fit however many legend rows the width needs, and the bottom margin holds the note.
    """
    lines = note.count("<br>") + 1
    rtl = lang == "ar"
    if rtl:  # each line read right to left, aligned right
        note = "<br>".join(rtl_isolate(line, lang) for line in note.split("<br>"))
    fig.update_layout(
        title={"text": rtl_isolate(title, lang), "x": 0.99 if rtl else 0.01, "xanchor": "right" if rtl else "left",
               "yref": "container", "y": 1 - TITLE_PX / height, "yanchor": "top"},
        height=height,
        xaxis_title=x_title, yaxis_title=y_title,
        font={"family": FONT_FAMILY, "size": 13},
        hoverlabel=HOVER_STYLE | {"align": "right" if lang == "ar" else "left"},
        legend={"title": {"text": ""}, "orientation": "h", "x": 0, "xanchor": "left", "yref": "container",
                "y": 1 - LEGEND_TOP_PX / height, "yanchor": "top", "itemsizing": "constant", "font": {"size": 12}},
        margin={"l": 70, "r": 30, "t": LEGEND_TOP_PX + 10, "b": NOTE_OFFSET_PX + NOTE_LINE_PX * lines + 12},
        template="plotly_white",
        showlegend=True,
    )
    fig.update_xaxes(title_standoff=10)
    fig.add_annotation(
        text=note, xref="paper", yref="paper", x=1 if rtl else 0, y=0, yshift=-NOTE_OFFSET_PX,
        xanchor="right" if rtl else "left", yanchor="top", showarrow=False, font={"size": 11, "color": "#555"},
        name="source_note", align="right" if rtl else "left",
    )
    return fig


def add_today_line(fig: go.Figure, today: date, lang: str) -> go.Figure:
    """A dotted vertical line at today's date, labelled inside the plot (clear of the legend above it)."""
    x = pd.Timestamp(today).isoformat()
    fig.add_shape(
        type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, name="today",
        line={"color": "#444", "width": 1.5, "dash": "dot"},
    )
    fig.add_annotation(
        x=x, xref="x", yref="paper", y=1.0, yanchor="top", xanchor="left", xshift=3, text=tr("today", lang),
        showarrow=False, font={"size": 11, "color": "#444"}, name="today_label", bgcolor="rgba(255,255,255,0.7)",
    )
    return fig


def empty_figure(title: str, lang: str = "en") -> go.Figure:
    """A figure saying that no claims match (never an exception on empty input)."""
    fig = go.Figure()
    fig.update_layout(
        title={"text": title, "x": 0.01, "xanchor": "left"}, template="plotly_white",
        font={"family": FONT_FAMILY, "size": 13},
        xaxis={"visible": False}, yaxis={"visible": False},
    )
    fig.add_annotation(
        text=tr("no_claims", lang), xref="paper", yref="paper", x=0.5, y=0.5,
        showarrow=False, font={"size": 16}, name="no_claims",
    )
    return fig


def color_map(keys: list[str]) -> dict[str, str]:
    """A colour per key that depends on the key, not on which other keys are drawn (any filter, any order).

    Each key starts at a palette slot chosen by a hash of its name and moves to the next free slot on a
    collision; keys are placed in sorted order. Pass every key of the table so filtered charts agree.
    """
    out: dict[str, str] = {}
    taken: set[int] = set()
    n = len(SERIES_PALETTE)
    for key in sorted(set(keys)):
        slot = int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % n
        while slot in taken and len(taken) < n:
            slot = (slot + 1) % n
        taken.add(slot)
        out[key] = SERIES_PALETTE[slot]
        if len(taken) == n:
            taken.clear()
    return out


def actor_colors(actors) -> dict[str, str]:
    """One colour per actor wherever it appears (bases chart, map, any filter): `actor_colors` in labels.yaml,
    else a colour of a 24-colour palette picked by the actor's place in the gazetteer (stable across runs)."""
    fixed = load_labels().get("actor_colors", {}) or {}
    known = list(load_gazetteer().actors)
    order = {code: i for i, code in enumerate(known)}
    extra = sorted(a for a in set(actors) if a not in order)
    order.update({code: len(known) + i for i, code in enumerate(extra)})
    return {a: fixed.get(a) or ACTOR_PALETTE[order[a] % len(ACTOR_PALETTE)] for a in actors}


def actor_name_series(actors: pd.Series, lang: str = "en") -> np.ndarray:
    """actor_name per row, computed once per distinct actor."""
    return _o(on_unique(actors, lambda u: u.map(lambda a: actor_name(a, lang))))


def actor_name(code: str, lang: str = "en") -> str:
    """An actor's legend label: 'United States (USA)', an isolated right-to-left label in Arabic."""
    return rtl_isolate(actor_label(code, lang), lang)


def series_label(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """'United States (USA) · IRQ · Ain al-Asad' per row (base only where given); right-to-left in Arabic."""
    label = _o(_map_codes(df["actor"], actor_label, lang)) + " · " + _o(_map_codes(df["country"], country_label, lang))
    base = _o(_map_codes(df["base"], base_label, lang))
    label = label + _when(base != "", " · " + base)
    return on_unique(pd.Series(label, index=df.index, dtype=object), lambda u: u.map(lambda t: rtl_isolate(t, lang)))
