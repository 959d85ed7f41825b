"""Shared figure pieces: localized strings, vectorised hover text, source note, today line, empty figure."""
from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd
import plotly.colors
import plotly.graph_objects as go

from extract.gazetteer import load_gazetteer

from .filters import effective_date
from .load import LRI, PDI, RLI, actor_label, base_label, country_label, load_labels, rtl_isolate  # noqa: F401 (re-exported)

FONT_FAMILY = "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif"
ACTOR_PALETTE = tuple(plotly.colors.qualitative.Dark24)
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
)
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


def format_numbers(s: pd.Series) -> pd.Series:
    """Floats -> '1,500' strings ('' for NaN), formatted once per distinct value."""
    def fmt(u: pd.Series) -> pd.Series:
        return pd.Series([f"{round(v):,}" if v == v else "" for v in u.astype("float64")], dtype=object)
    return on_unique(s.astype("float64"), fmt)


def _fill(template: str, parts: dict[str, np.ndarray], n: int) -> np.ndarray:
    """Vectorised str.format over object arrays: template pieces concatenated with the named arrays."""
    out = np.full(n, "", dtype=object)
    for piece in re.split(r"(\{\w+\})", template):
        name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        out = out + (parts[name] if name in parts else piece)
    return out


def value_text(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """'about 2,500', 'under 3,000', '2,500–3,500' per row; '' where there is no value."""
    parts = {
        "v": _o(format_numbers(df["value"])),
        "min": _o(format_numbers(df["value_min"].fillna(df["value"]))),
        "max": _o(format_numbers(df["value_max"].fillna(df["value"]))),
    }
    out = parts["v"].copy()
    qualifiers = _o(df["qualifier"])
    for qualifier, entry in load_labels()["qualifiers"].items():
        mask = qualifiers == qualifier
        if mask.any():
            out[mask] = _fill(entry.get(lang, entry["en"]), {k: v[mask] for k, v in parts.items()}, int(mask.sum()))
    return pd.Series(_when(df["value"].notna().to_numpy(), out), index=df.index, dtype=object)


def _map_labels(s: pd.Series, section: str, lang: str) -> pd.Series:
    """Codes -> localized names via a labels.yaml section; unknown codes pass through."""
    table = {k: v.get(lang, v["en"]) for k, v in load_labels()[section].items()}
    return on_unique(s, lambda u: u.map(lambda code: table.get(code, code)))


def _map_codes(s: pd.Series, label_fn, lang: str) -> pd.Series:
    """Apply a code labeller once per distinct code (fast on large frames)."""
    return on_unique(s, lambda u: u.map(lambda code: label_fn(code, lang)))


def escape_html(s: pd.Series) -> pd.Series:
    """Make free text safe inside plotly's hover HTML subset."""
    return s.str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;")


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


def date_text(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """'2021-03-24 (day) · dated by: publication date only' per row."""
    return pd.Series(_date_text(df, lang), index=df.index, dtype=object)


def _date_text(df: pd.DataFrame, lang: str) -> np.ndarray:
    """date_text as an object array."""
    prec = _o(_map_labels(df["date_precision"], "precisions", lang))
    src = _o(_map_labels(df["date_source"], "date_sources", lang))
    date_, published = _o(df["date"]), _o(df["published"])
    shown = _when(date_ != "", date_, published)
    return shown + " (" + prec + ") · " + tr("date_source", lang, "fields") + ": " + src


def hover_text(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """The hover for every mark: value+qualifier, date+precision+date_source, status, document, evidence."""
    return pd.Series(_hover_array(df, lang), index=df.index, dtype=object)


def _hover_array(df: pd.DataFrame, lang: str) -> np.ndarray:
    """hover_text as an object array; each row is joined once (repeated `+` copies long strings many times)."""
    f = lambda k: tr(k, lang, "fields") + ": "  # noqa: E731
    value = _o(value_text(df, lang))
    base, title, source = _o(_map_codes(df["base"], base_label, lang)), _o(df["title"]), _o(df["source"])
    head = _o(_map_codes(df["actor"], actor_label, lang)) + " · " + _o(df["country"])
    head = _o(on_unique(pd.Series(head + _when(base != "", " · " + base)), escape_html))
    doc = _o(df["doc_id"]) + _when(title != "", " — " + _o(on_unique(df["title"], escape_html)))
    doc = doc + _when(source != "", " (" + _o(on_unique(df["source"], escape_html)) + ")")
    evidence = _o(on_unique(df["evidence"], lambda u: wrap(escape_html(u.str.slice(0, HOVER_EVIDENCE)))))
    columns = [
        head, "</b><br>" + f("claim_type"), _o(_map_labels(df["claim_type"], "claim_types", lang)),
        _when(value != "", " · " + f("value") + value), "<br>" + f("date"), _date_text(df, lang),
        "<br>" + f("status"), _o(_map_labels(df["status"], "statuses", lang)), "<br>" + f("doc"), doc,
        " · " + f("published"), _o(df["published"]), "<br>" + f("evidence") + "<br>", evidence,
    ]
    columns = [np.broadcast_to(np.asarray(col, dtype=object), len(df)) for col in columns]
    out = np.empty(len(df), dtype=object)
    out[:] = ["<b>" + "".join(parts) for parts in zip(*columns)]
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
    """'Sources: A, B and 3 more · 12 documents' naming the outlets (or documents) behind the rows."""
    names = [s for s in df["source"].value_counts().index if s] if len(df) else []
    if not names:
        names = list(dict.fromkeys(df["doc_id"])) if len(df) else []
    names = [f"\u2068{n}\u2069" for n in names]  # bidi isolates: Arabic names don't reorder the line
    more = f" +{len(names) - limit}" if len(names) > limit else ""
    shown = ("، " if lang == "ar" else ", ").join(names[:limit]) + more
    n_docs = df["doc_id"].nunique() if len(df) else 0
    return f"{tr('sources', lang)}: {shown or '—'} · {n_docs} {tr('documents', lang)}"


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
        hoverlabel={"font": {"family": FONT_FAMILY}, "align": "right" if lang == "ar" else "left"},
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
    """A stable colour per key (order given)."""
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(keys)}


def actor_colors(actors) -> dict[str, str]:
    """One colour per actor wherever it appears (bases chart, map, any filter): `actor_colors` in labels.yaml,
    else a colour of a 24-colour palette picked by the actor's place in the gazetteer (stable across runs)."""
    fixed = load_labels().get("actor_colors", {}) or {}
    known = list(load_gazetteer().actors)
    order = {code: i for i, code in enumerate(known)}
    extra = sorted(a for a in set(actors) if a not in order)
    order.update({code: len(known) + i for i, code in enumerate(extra)})
    return {a: fixed.get(a) or ACTOR_PALETTE[order[a] % len(ACTOR_PALETTE)] for a in actors}


def actor_name(code: str, lang: str = "en") -> str:
    """An actor's legend label: 'United States (USA)', an isolated right-to-left label in Arabic."""
    return rtl_isolate(actor_label(code, lang), lang)


def series_label(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """'United States (USA) · IRQ · Ain al-Asad' per row (base only where given); right-to-left in Arabic."""
    label = _o(_map_codes(df["actor"], actor_label, lang)) + " · " + _o(_map_codes(df["country"], country_label, lang))
    base = _o(_map_codes(df["base"], base_label, lang))
    label = label + _when(base != "", " · " + base)
    return on_unique(pd.Series(label, index=df.index, dtype=object), lambda u: u.map(lambda t: rtl_isolate(t, lang)))
