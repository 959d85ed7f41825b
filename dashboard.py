"""Streamlit dashboard: how each actor's military presence changed over time (UI only).

Every DataFrame and figure comes from timeline/; this script lays out widgets, keeps the view in the URL
and caches the table and what is derived from it once per server (shared by every session, never copied).
Run: `streamlit run dashboard.py` (claims from $CLAIMS_PATH, default data/claims.csv).
"""
from __future__ import annotations

import html
import os
import re
import string
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st
import yaml

from extract.documents import documents_from_upload
from extract.ingest import MAX_BYTES, ingest, read_article
from timeline import dataset_views, export, reviews
from timeline.commitments import MAX_COMMITMENTS
from timeline.common import color_map
from timeline.dataset_views import LOAD_LIMIT
from timeline.display import evidence_span, html_text, isolate, label, md_text, plain
from timeline.filters import Filters
from timeline.load import actor_label, country_label
from timeline.store import open_claims
from timeline.troops import is_binned
from timeline.view import LANGS as LANG_CODES
from timeline.view import TABS, View
from timeline.views import MAX_COMPARED, Selection, claims_display, compute, load_verdicts, select

ROOT = Path(__file__).resolve().parent
I18N_DIR = ROOT / "i18n"
ICON = ROOT / ".streamlit" / "icon.png"
DEFAULT_CLAIMS = "data/claims.csv"
LANGS = dict(zip(LANG_CODES, ("English", "العربية")))
MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl", "csv"]
MAX_UPLOAD_MB = MAX_BYTES // 2**20
MAX_CONFLICTS_SHOWN = 50
MAX_TABLE_ROWS = 2000       # rows sent to the browser; the downloads hold everything
MAX_DOC_OPTIONS = 300       # documents offered in the filter (others can be typed)
FILTER_KEYS = ("actors", "countries", "claim_types", "statuses", "docs")
ARABIC_FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif'
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Text blocks (evidence, articles) follow their own script direction; the Arabic UI turns labels right-to-left.
BASE_CSS = f"""
.text-block {{ font-family: {ARABIC_FONTS}; unicode-bidi: plaintext; white-space: pre-wrap;
  line-height: 1.9; font-size: 1.05rem; }}
.text-block mark {{ background: #ffe58a; padding: 0 .1em; unicode-bidi: isolate; }}
.evidence {{ border-inline-start: 4px solid #f0b400; padding: .4em .8em; background: #fffbe8; unicode-bidi: isolate; }}
.article {{ max-height: 32rem; overflow-y: auto; border: 1px solid #ddd; padding: .8em 1em; position: relative; }}
.side-label {{ font-weight: 600; }}
.plain {{ unicode-bidi: plaintext; white-space: pre-wrap; }}
.plain-title {{ font-size: 1.5rem; font-weight: 600; margin: .3em 0; unicode-bidi: plaintext; }}
.new-claims a {{ text-decoration: underline; }}
"""
RTL_CSS = f"""
[data-testid="stSidebar"], [data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"],
[data-testid="stWidgetLabel"], [data-testid="stAlert"], [data-testid="stExpander"], h1, h2, h3,
.stTabs [role="tablist"], .plain, .side-label {{ direction: rtl; text-align: right; font-family: {ARABIC_FONTS}; }}
[data-testid="stDateInputField"] {{ direction: ltr; }}
"""

# Scrolls the article box to its highlighted sentence (our own constant code; the article itself is escaped).
SCROLL_TO_MARK_JS = """<script>
(function () {
  let tries = 0;
  const go = () => {
    const mark = document.querySelector('.text-block.article mark');
    if (!mark) { if (tries++ < 20) setTimeout(go, 150); return; }
    const box = mark.closest('.article');
    box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  };
  setTimeout(go, 100);
})();
</script>"""


# ---------------------------------------------------------------- strings

@lru_cache(maxsize=4)
def load_texts(lang: str) -> dict:
    """The UI strings of one language from i18n/<lang>.yaml."""
    with (I18N_DIR / f"{lang}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


class _Isolating(string.Formatter):
    """str.format that puts every filled-in value in a first-strong isolate: a date or an id keeps its
    left-to-right order inside an Arabic sentence, an Arabic name its order inside an English one."""

    def format_field(self, value: object, format_spec: str) -> str:
        return isolate(super().format_field(value, format_spec))


ISOLATING = _Isolating()


class Texts:
    """Looks up dotted keys ('tabs.troops') in the current language, falling back to English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        """The string for `key`, with {placeholders} filled in."""
        text = _lookup(load_texts(self.lang), key) or _lookup(load_texts("en"), key) or key
        return ISOLATING.format(text, **values) if values else text

    def code(self, section: str, code: str) -> str:
        """A claim type, status or outcome in the UI language (timeline/labels.yaml, the one home of these)."""
        return label(section, code, self.lang)


def _lookup(table: dict, key: str) -> str | None:
    """Walk a nested dict along a dotted key."""
    node: object = table
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) else None


def text_block(text: str, css_class: str = "", highlight: tuple[int, int] | None = None) -> str:
    """HTML for a block of untrusted text: escaped, bidi controls dropped, own direction, optional <mark>."""
    if highlight:
        s, e = highlight
        body = f"{html_text(text[:s])}<mark>{html_text(text[s:e])}</mark>{html_text(text[e:])}"
    else:
        body = html_text(text)
    return f'<div class="text-block {css_class}" dir="auto">{body}</div>'


def plain_html(text: str, css_class: str = "plain") -> None:
    """Text on the page as text (never markdown or HTML). Pass article-derived pieces through `plain` first:
    the isolates this UI adds around values (Texts) are kept."""
    st.html(f'<div class="{css_class}" dir="auto">{html.escape(text, quote=True)}</div>')


# ---------------------------------------------------------------- data (cached once per server)

def claims_path() -> Path:
    """Where the claims table is: $CLAIMS_PATH, else data/claims.csv."""
    return Path(os.environ.get("CLAIMS_PATH") or DEFAULT_CLAIMS)


@st.cache_data(show_spinner=False, max_entries=64)
def article_text(source_file: str, doc_id: str, claims_file: str) -> str | None:
    """An article's text, looking for relative paths beside the claims table and in the project."""
    here = Path(claims_file).resolve().parent
    return read_article(source_file, doc_id, base_dirs=[here, here.parent, here.parent.parent, ROOT])


@st.cache_resource(show_spinner=False, max_entries=2)
def shared_store(path: str, stamp: tuple) -> object:
    """The claims table's store (timeline.store), opened once per version for every session: a file is read
    into pandas once (never modify the frame: it is shared), a Parquet dataset is queried in place by DuckDB."""
    return open_claims(path)


def is_dataset(sel: Selection) -> bool:
    """Whether the table is a Parquet dataset directory (millions of claims, left on disk)."""
    return Path(sel.path).is_dir()


def loaded(sel: Selection) -> bool:
    """Whether the selection's claims are in pandas: always for a file, up to LOAD_LIMIT for a dataset."""
    return not is_dataset(sel) or claim_count(sel) <= LOAD_LIMIT


def binned(sel: Selection) -> bool:
    """Whether the troop-levels chart comes from DuckDB's monthly bins (past LOAD_LIMIT claims, any table):
    copying that many rows into a selection frame would cost more than the whole chart."""
    return claim_count(sel) > LOAD_LIMIT


@st.cache_resource(show_spinner=False, max_entries=64)
def claim_count(sel: Selection) -> int:
    """How many claims the selection has, claims marked wrong left out unless shown (no rows are copied)."""
    return shared_store(sel.path, sel.stamp).count(sel.filters, exclude=hidden_ids(sel))


def hidden_ids(sel: Selection) -> tuple[str, ...]:
    """The claims marked wrong, when the selection leaves them out."""
    if sel.show_hidden:
        return ()
    verdicts = shared_verdicts(sel.path, sel.reviews_stamp)
    return tuple(verdicts.index[verdicts["verdict"] == reviews.WRONG])


@st.cache_resource(show_spinner=False, max_entries=4)
def shared_verdicts(path: str, stamp: tuple[int, int]) -> pd.DataFrame:
    """The current review verdicts, read once per reviews-file version."""
    return load_verdicts(path)


@st.cache_resource(show_spinner=False, max_entries=24)
def selection_frame(sel: Selection) -> pd.DataFrame:
    """The reviewed, filtered claims of a selection (shared by every session that selects the same)."""
    store = shared_store(sel.path, sel.stamp)
    table = store.query(sel.filters) if is_dataset(sel) else store.frame
    return select(table, shared_verdicts(sel.path, sel.reviews_stamp), Filters() if is_dataset(sel) else sel.filters,
                  sel.show_hidden)


@st.cache_resource(show_spinner=False, max_entries=96)
def derived(kind: str, sel: Selection, *args: object) -> object:
    """A figure or frame derived from a selection (timeline.views.compute), computed once per server."""
    if kind == "troops":   # colours come from the whole table: a series keeps its colour under any filter
        args = (*args, derived("series_colors", sel.without_filters().with_hidden()))
    if is_dataset(sel) and kind in DATASET_WIDE:   # about the whole table: asked of DuckDB
        return DATASET_WIDE[kind](shared_store(sel.path, sel.stamp), *args)
    if kind == "troops" and binned(sel):            # too many to copy: monthly bins from DuckDB
        lang, log_y, _, colors = args
        return dataset_views.troops_figure(shared_store(sel.path, sel.stamp), sel.filters, lang, log_y, colors,
                                           hidden_ids(sel)), 0, 0
    if kind == "years" and binned(sel):
        return dataset_views.year_span(shared_store(sel.path, sel.stamp), sel.filters, hidden_ids(sel))
    return compute(kind, selection_frame(sel), *args)


DATASET_WIDE = {
    "series_colors": lambda store: color_map(dataset_views.series_keys(store)),
    "log_default": dataset_views.suggest_log_scale,
    "doc_names": dataset_views.doc_names,
    "options": lambda store: store.options(),
}


def table_options(sel: Selection) -> dict[str, list[str]]:
    """The filters' choices and the date range of the whole table."""
    return derived("options", sel.without_filters())


def doc_choices(sel: Selection, limit: int) -> dict[str, str]:
    """The documents offered in the document filter (the largest `limit`)."""
    return derived("doc_names", sel, limit)


def n_hidden(sel: Selection) -> int:
    """How many claims of the selection are hidden because they were marked wrong."""
    if sel.show_hidden or not hidden_ids(sel):
        return 0
    return claim_count(sel.with_hidden()) - claim_count(sel)


# ---------------------------------------------------------------- view state: URL <-> widgets

def current_query() -> dict[str, list[str]]:
    """st.query_params as a plain dict of lists."""
    return {key: list(st.query_params.get_all(key)) for key in st.query_params}


def as_lists(query: dict[str, str | list[str]]) -> dict[str, list[str]]:
    """A View.to_query() dict with every value as a list (comparable with current_query)."""
    return {k: (v if isinstance(v, list) else [v]) for k, v in query.items()}


def start_view(sel: Selection) -> View:
    """The view this run starts from: the URL's on first load and after Back/Forward, else the last one."""
    if st.session_state.get("_url") != current_query():
        view = View.from_query(st.query_params)
        seed_widgets(view, sel)
        st.session_state["_view"] = view
        st.session_state["_url"] = current_query()
    return st.session_state["_view"]


def seed_widgets(view: View, sel: Selection) -> None:
    """Set every widget of the view from `view` (before the widgets are drawn in this run)."""
    ss = st.session_state
    opts = table_options(sel)
    lo, hi = date_bounds(opts)
    ss["lang"] = view.lang
    for name in FILTER_KEYS:
        chosen = getattr(view.filters, name)
        ss[f"f_{name}"] = list(chosen) if name == "docs" else [v for v in chosen if v in opts[name]]
    start = min(max(view.filters.date_from or lo, lo), hi)
    ss["f_dates"] = (start, max(min(view.filters.date_to or hi, hi), start))
    ss["tab"] = Texts(view.lang)(f"tabs.{view.tab}")
    ss["troops_log"] = view.log_y if view.log_y is not None else log_default(sel)
    ss["troops_grouped"] = view.grouped
    ss["show_hidden"] = view.show_hidden
    ss["claims_search"] = view.search
    ss["_claim"] = view.claim
    ss.pop("map_date", None)
    ss["_map_date"] = view.map_date


def log_default(sel: Selection) -> bool:
    """The log axis default: from the whole table (never from how the page was reached)."""
    return bool(derived("log_default", sel.without_filters()))


def write_url(view: View) -> None:
    """Put the view in the address bar (a new history entry, so Back steps back through views)."""
    query = as_lists(view.to_query())
    if query != current_query():
        st.query_params.from_dict(query)
    st.session_state["_view"] = view
    st.session_state["_url"] = query


def on_language_change() -> None:
    """Language switched: re-assert the widgets whose shown labels change, so none loses its value."""
    ss, old = st.session_state, st.session_state.get("_view", View())
    for name in FILTER_KEYS:
        if f"f_{name}" in ss:
            ss[f"f_{name}"] = list(ss[f"f_{name}"])
    old_labels = tab_labels(Texts(old.lang))
    tab = TABS[old_labels.index(ss["tab"])] if ss.get("tab") in old_labels else old.tab
    ss["tab"] = Texts(ss["lang"])(f"tabs.{tab}")


def open_claim(claim_id: str) -> None:
    """Show `claim_id` in the "Read the article" tab (called from callbacks, before the tabs are drawn)."""
    st.session_state["_claim"] = claim_id
    st.session_state["tab"] = Texts(st.session_state.get("lang", "en"))("tabs.article")


# ---------------------------------------------------------------- sidebar

def language_switch() -> str:
    """The UI language (seeded from the URL)."""
    return st.sidebar.radio("Language · اللغة", list(LANGS), format_func=LANGS.get, key="lang",
                            horizontal=True, on_change=on_language_change)


def date_bounds(opts: dict[str, list[str]]) -> tuple[date, date]:
    """First and last day of the data (today when it has no dates)."""
    if not opts["date_range"]:
        return date.today(), date.today()
    lo, hi = (date.fromisoformat(d) for d in opts["date_range"])
    return lo, hi


def reset_filters(lo: date, hi: date) -> None:
    """Button callback: select everything again."""
    for name in FILTER_KEYS:
        st.session_state[f"f_{name}"] = []
    st.session_state["f_dates"] = (lo, hi)


def sidebar_filters(sel: Selection, tx: Texts) -> Filters:
    """The filter widgets; returns what they select."""
    opts = table_options(sel)
    lo, hi = date_bounds(opts)
    lang, bar = tx.lang, st.sidebar
    bar.header(tx("filters"))
    pick = {"placeholder": tx("filters_all")}
    actors = bar.multiselect(tx("actor"), opts["actors"], key="f_actors",
                             format_func=lambda c: actor_label(c, lang), **pick)
    countries = bar.multiselect(tx("country"), opts["countries"], key="f_countries",
                                format_func=lambda c: country_label(c, lang), **pick)
    types = bar.multiselect(tx("claim_type"), opts["claim_types"], key="f_claim_types",
                            format_func=lambda c: tx.code("claim_types", c), **pick)
    statuses = bar.multiselect(tx("status"), opts["statuses"], key="f_statuses",
                               format_func=lambda c: tx.code("statuses", c), **pick)
    dates = bar.date_input(tx("date_range"), min_value=lo, max_value=hi, key="f_dates")
    docs = doc_filter(sel, tx)
    bar.button(tx("reset_filters"), on_click=reset_filters, args=(lo, hi))
    bar.toggle(tx("show_hidden"), key="show_hidden", help=tx("show_hidden_help"))
    date_from, date_to = chosen_dates(dates, lo, hi)
    return Filters(tuple(actors), tuple(countries), tuple(types), tuple(statuses), docs, date_from, date_to)


def doc_filter(sel: Selection, tx: Texts) -> tuple[str, ...]:
    """The document filter: the largest documents offered, any other id can be typed."""
    names = doc_choices(sel.without_filters(), MAX_DOC_OPTIONS)
    chosen = [d for d in st.session_state.get("f_docs", []) if d not in names]
    options = chosen + list(names)
    docs = st.sidebar.multiselect(tx("document"), options, key="f_docs", accept_new_options=True,
                                  format_func=lambda d: plain(names.get(d, d)), placeholder=tx("filters_all"))
    if is_dataset(sel):   # typed ids are checked by the query itself
        return tuple(docs)
    known = derived("doc_ids", sel.without_filters())
    return tuple(d for d in docs if d in known)


def chosen_dates(dates: object, lo: date, hi: date) -> tuple[date | None, date | None]:
    """The date widget's value as bounds; the data's own ends mean "no bound" (keeps URLs short)."""
    chosen = tuple(dates) if isinstance(dates, (tuple, list)) else (dates,)
    start = chosen[0] if chosen else None
    end = chosen[1] if len(chosen) > 1 else None
    return (start if start and start > lo else None), (end if end and end < hi else None)


# ---------------------------------------------------------------- charts and exports

def export_available() -> tuple[bool, str]:
    """timeline.export.export_status(), checked once per server and BROWSER_PATH setting."""
    return _export_status(os.environ.get("BROWSER_PATH", ""))


@st.cache_resource(show_spinner=False)
def _export_status(browser_path: str) -> tuple[bool, str]:
    """The cached check behind export_available (the browser lookup walks PATH and known locations)."""
    return export.export_status()


def show_chart(fig: object, name: str, sel: Selection, view: View, tx: Texts) -> None:
    """A plotly chart (a click on a mark opens its claim) with PNG/SVG/PDF downloads under it."""
    file_name = export.file_stem(name, sel.filters, derived("years", sel))
    config = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": file_name, "scale": 2}}
    key = f"chart_{name}"
    st.plotly_chart(fig, key=key, config=config, on_select=lambda: on_point(key), selection_mode=("points",))
    export_buttons(fig, name, file_name, sel, view, tx)


def on_point(key: str) -> None:
    """Chart selection callback: the clicked mark's claim opens in the article tab."""
    claim_id = selected_claim_from_chart(st.session_state.get(key))
    if claim_id:
        open_claim(claim_id)


def selected_claim_from_chart(state: object) -> str | None:
    """The claim id behind a clicked point (figures put it first in customdata), if any."""
    try:
        points = state["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points:
        custom = point.get("customdata")
        if isinstance(custom, (list, tuple)) and custom:
            custom = custom[0]
        if isinstance(custom, str) and custom:
            return custom
    return None


def view_link(view: View) -> str:
    """The view's address: the server's base URL (from the browser's Host header) with the view's query."""
    from urllib.parse import urlencode
    host = st.context.headers.get("Host", "127.0.0.1:8501") if st.context.headers else "127.0.0.1:8501"
    query = urlencode(view.to_query(), doseq=True)
    return f"http://{host}/" + (f"?{query}" if query else "")


def export_buttons(fig: object, name: str, file_name: str, sel: Selection, view: View, tx: Texts) -> None:
    """Download buttons for the chart with its filters, sources, date and link; the install hint otherwise."""
    ok, reason = export_available()
    if not ok:
        st.caption(tx("export_unavailable", reason=reason))
        return
    if not loaded(sel):
        st.caption(tx("narrow_to_export", n=LOAD_LIMIT))
        return
    row = st.container(horizontal=True)
    link = view_link(view)
    for fmt in MIME:
        row.download_button(tx(f"export_{fmt}"), file_name=f"{file_name}.{fmt}", mime=MIME[fmt], on_click="ignore",
                            data=lambda fmt=fmt: export.publishable_image(fig, fmt, selection_frame(sel),
                                                                          sel.filters, view.lang, link),
                            key=f"dl_{name}_{fmt}", icon=":material/download:")


# ---------------------------------------------------------------- tabs

def tab_labels(tx: Texts) -> list[str]:
    """The tab titles in the current language, in TABS order."""
    return [tx(f"tabs.{t}") for t in TABS]


def troops_tab(sel: Selection, view: View, tx: Texts) -> View:
    """Troop levels per series over time, repeated reports grouped, conflicting values marked."""
    help_slot = st.empty()   # filled once the figure says whether its marks are statements or monthly bins
    left, right = st.columns(2)
    log_y = left.toggle(tx("log_scale"), key="troops_log", help=tx("log_scale_help"), persist_state="page")
    grouped = right.toggle(tx("group_repeats"), key="troops_grouped", help=tx("group_repeats_help"),
                           persist_state="page")
    fig, n_grouped, n_conflicts = derived("troops", sel, tx.lang, log_y, grouped)
    help_slot.caption(tx("troops_help_binned" if is_binned(fig) else "troops_help"))
    if n_grouped:
        st.caption(tx("repeats_grouped", n=n_grouped))
    if n_conflicts:
        st.caption(tx("conflicts_marked", n=n_conflicts))
    show_chart(fig, "troops", sel, view, tx)
    return view.with_(log_y=None if log_y == log_default(sel) else log_y, grouped=grouped)


def bases_tab(sel: Selection, view: View, tx: Texts) -> View:
    """Which bases were occupied when, with withdrawals and deadlines."""
    show_chart(derived("bases", sel, tx.lang), "bases", sel, view, tx)
    return view


def map_tab(sel: Selection, view: View, tx: Texts) -> View:
    """Bases on a map as of a chosen date (today unless the URL or the slider says otherwise)."""
    lo, hi = derived("date_span", sel)
    on_date = None
    if lo is not None and lo < hi:
        wanted = st.session_state.pop("_map_date", None) or date.today()
        if "map_date" not in st.session_state or not lo <= st.session_state["map_date"] <= hi:
            st.session_state["map_date"] = min(max(wanted, lo), hi)
        on_date = st.slider(tx("map_date"), min_value=lo, max_value=hi, format="YYYY-MM-DD", key="map_date")
    st.caption(tx("map_help"))
    show_chart(derived("map", sel, tx.lang, on_date), "map", sel, view, tx)
    return view.with_(map_date=on_date)


def deadlines_tab(sel: Selection, view: View, tx: Texts) -> View:
    """Deadlines coloured by what became of them, and the commitments table saying the same."""
    show_chart(derived("deadlines", sel, tx.lang), "deadlines", sel, view, tx)
    st.subheader(tx("deadlines_table"))
    table = derived("commitments_display", sel, tx.lang)
    if table is None:
        st.info(tx("too_many_commitments", n=MAX_COMMITMENTS))
        return view
    if table.empty:
        st.info(tx("no_commitments"))
        return view
    headers = {c: tx(f"commitment_columns.{c}") for c in table.columns}
    wide = {"evidence", "evidence_text"}
    st.dataframe(table, hide_index=True, key="commitments_table",
                 column_config={c: st.column_config.TextColumn(h, width="large" if c in wide else "medium")
                                for c, h in headers.items()})
    return view


def conflicts_tab(sel: Selection, view: View, tx: Texts) -> View:
    """Each pair of conflicting figures side by side, with every source's evidence."""
    st.caption(tx("conflicts_intro"))
    found = derived("conflicts", sel)
    if found is None:
        st.info(tx("too_many_compared", n=MAX_COMPARED))
        return view
    if found.empty:
        st.info(tx("no_conflicts"))
        return view
    for _, row in found.head(MAX_CONFLICTS_SHOWN).iterrows():
        with st.container(border=True):
            st.html(f'<div class="side-label">{html_text(conflict_place(row, tx))} · {row["month"]:%Y-%m}</div>')
            for col, side, heading in zip(st.columns(2), ("low", "high"), ("side_a", "side_b")):
                with col:
                    conflict_side(row, side, tx(heading), tx)
    with st.expander(tx("conflicts_table")):
        st.dataframe(derived("conflicts_frame", sel, tx.lang), hide_index=True, key="conflicts_table")
    return view


def conflict_place(row: pd.Series, tx: Texts) -> str:
    """'United States (USA) · Iraq (IRQ) · Ain al-Asad' for a conflict row."""
    parts = (actor_label(row["actor"], tx.lang), country_label(row["country"], tx.lang), row["base"])
    return " · ".join(p for p in parts if p)


def conflict_side(row: pd.Series, side: str, heading: str, tx: Texts) -> None:
    """One side of a conflict: the figure, date, sources and documents, and each evidence sentence."""
    from timeline.conflicts import side_value_text
    value = side_value_text(row, side, tx.lang)
    sources = "; ".join(s for s in row[f"{side}_sources"] if s)
    docs = ", ".join(row[f"{side}_doc_ids"])
    blocks = "".join(text_block(e, "evidence") for e in row[f"{side}_evidence"])
    st.html(f'<div class="side-label">{html_text(heading)}: {html_text(value)} — '
            f'<bdi>{html_text(row[f"{side}_date"])}</bdi></div>'
            f'<div class="plain" dir="auto">{html_text(sources)} (<bdi>{html_text(docs)}</bdi>)</div>{blocks}')


def claims_tab(sel: Selection, view: View, tx: Texts) -> View:
    """The filtered claims as a searchable, sortable table; a selected row opens its article."""
    query = st.text_input(tx("claims_search"), key="claims_search", icon=":material/search:", persist_state="page")
    if loaded(sel):
        shown, total = derived("claims_frame", sel, tx.lang, query, MAX_TABLE_ROWS)
    else:   # a dataset selection too big to load: DuckDB finds the first rows and counts the rest
        store = shared_store(sel.path, sel.stamp)
        shown = claims_display(store.query(sel.filters, query, limit=MAX_TABLE_ROWS), tx.lang, "")
        total = store.count(sel.filters, query)
    st.session_state["_table_ids"] = list(shown["claim_id"])
    st.dataframe(shown, hide_index=True, key="claims_table", on_select=lambda: on_table_select("claims_table"),
                 selection_mode="single-row", column_config=claims_columns(shown, tx))
    if total > len(shown):
        st.caption(tx("claims_truncated", n=len(shown), total=total))
    st.caption(tx("claims_select_hint"))
    if loaded(sel):
        csv_buttons(sel, view, tx)
    else:
        st.caption(tx("narrow_to_export", n=LOAD_LIMIT))
    return view.with_(search=query.strip())


def claims_columns(frame: pd.DataFrame, tx: Texts) -> dict:
    """Column headers in the UI language (timeline's own); widths that show values and names whole."""
    from timeline.figures import claims_frame_headers
    headers = claims_frame_headers(tx.lang)
    widths = {"review": 100, "date": 95, "actor": 175, "country": 130, "base": 120, "claim_type": 115, "value": 125,
              "status": 95, "evidence": 640, "title": 240}
    return {col: st.column_config.TextColumn(headers.get(col, col), width=widths.get(col))
            for col in frame.columns}


def on_table_select(key: str, ids_key: str = "_table_ids") -> None:
    """Table selection callback: open the selected claim's article."""
    rows = st.session_state[key].selection.rows
    ids = st.session_state.get(ids_key, [])
    if rows and rows[0] < len(ids):
        open_claim(ids[rows[0]])


def csv_buttons(sel: Selection, view: View, tx: Texts) -> None:
    """Clean CSV downloads (filtered and full) and a ZIP with the filtered claims, their sources and filters."""
    row = st.container(horizontal=True)
    stem = export.file_stem("claims", sel.filters, derived("years", sel))
    full = sel.without_filters()
    link = view_link(view)
    row.download_button(tx("csv_filtered"), data=lambda: export.csv_bytes(selection_frame(sel)),
                        file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="dl_csv_filtered")
    if loaded(full):
        row.download_button(tx("csv_full"), data=lambda: export.csv_bytes(selection_frame(full)),
                            file_name="claims.csv", mime="text/csv", on_click="ignore", key="dl_csv_full")
    row.download_button(tx("zip_filtered"), file_name=f"{stem}.zip", mime="application/zip", on_click="ignore",
                        data=lambda: export.zip_bytes(selection_frame(sel), sel.filters, link, view.lang),
                        key="dl_zip_filtered")


def article_tab(sel: Selection, view: View, tx: Texts, path: Path) -> View:
    """The chosen claim's article, evidence highlighted, with its review buttons and the article's other claims."""
    claim_id = st.session_state.get("_claim") or ""
    full = article_claims(sel, claim_id)
    by_id = full.set_index("claim_id")
    if claim_id not in by_id.index:
        st.info(tx("article_none"))
        return view.with_(claim="")
    row = by_id.loc[claim_id]
    show_article(row, tx, path)
    review_controls(claim_id, row, tx, path)
    others = full[(full["doc_id"] == row["doc_id"]) & (full["claim_id"] != claim_id)]
    if not others.empty:
        st.subheader(tx("article_other_claims"))
        frame = claims_display(others, tx.lang, "")
        st.session_state["_other_ids"] = list(frame["claim_id"])
        st.dataframe(frame, hide_index=True, key="article_others", selection_mode="single-row",
                     on_select=lambda: on_table_select("article_others", "_other_ids"),
                     column_config=claims_columns(frame, tx))
    return view.with_(claim=claim_id)


def article_claims(sel: Selection, claim_id: str) -> pd.DataFrame:
    """The claim and the other claims of its article (claims marked wrong included: they can be undone)."""
    if not claim_id:
        return selection_frame(sel).head(0)
    if is_dataset(sel):
        return dataset_views.document_claims(shared_store(sel.path, sel.stamp), claim_id, reviewed=lambda df: select(
            df, shared_verdicts(sel.path, sel.reviews_stamp), Filters(), True))
    by_id = derived("by_id", sel.without_filters().with_hidden())
    if claim_id not in by_id.index:
        return by_id.reset_index().head(0)
    whole = selection_frame(sel.without_filters().with_hidden())
    return whole[whole["doc_id"] == by_id.at[claim_id, "doc_id"]]


def show_article(row: pd.Series, tx: Texts, path: Path) -> None:
    """Header, the evidence sentence, then the whole text with the sentence highlighted (all as text)."""
    plain_html(plain(row["title"] or row["doc_id"]), "plain-title")
    plain_html(tx("article_meta", title=plain(row["doc_id"]), source=plain(row["source"]) or "—",
                  published=row["published"] or "—"))
    if row["url"].startswith(("http://", "https://")):
        st.link_button(tx("article_open_link"), row["url"])
    st.html(text_block(row["evidence"], "evidence"))
    text = article_text(row["source_file"], row["doc_id"], str(path))
    if text is None:
        st.warning(tx("article_missing", path=md_text(row["source_file"]) or "—"))
        return
    span = evidence_span(text, row["start"], row["end"], row["evidence"])
    if span is None:
        st.caption(tx("article_evidence_not_found"))
    elif span != (_int(row["start"]), _int(row["end"])):
        st.caption(tx("article_offsets_moved"))
    st.html(text_block(text, "article", span))
    if span is not None:
        st.html(SCROLL_TO_MARK_JS, unsafe_allow_javascript=True)


def _int(value: object) -> int | None:
    """An offset cell as int (None when missing)."""
    return None if pd.isna(value) else int(value)


def review_controls(claim_id: str, row: pd.Series, tx: Texts, path: Path) -> None:
    """Mark the claim wrong or confirm it (with a note); undo a mark. Stored in reviews.csv, not the table."""
    verdict = row.get("review", "") or ""
    if verdict:
        st.caption(tx(f"review_is_{verdict}"))
    with st.container(horizontal=True):
        note = st.text_input(tx("review_note"), key=f"review_note_{claim_id}", label_visibility="collapsed",
                             placeholder=tx("review_note"))
        st.button(tx("review_wrong"), key="review_wrong", icon=":material/block:", disabled=verdict == "wrong",
                  on_click=save_review, args=(path, claim_id, reviews.WRONG, note))
        st.button(tx("review_confirm"), key="review_confirm", icon=":material/check:",
                  disabled=verdict == "confirmed", on_click=save_review, args=(path, claim_id, reviews.CONFIRMED, note))
        if verdict:
            st.button(tx("review_clear"), key="review_clear", on_click=save_review,
                      args=(path, claim_id, reviews.CLEARED, ""))


def save_review(path: Path, claim_id: str, verdict: str, note: str) -> None:
    """Button callback: record the decision (the note typed so far is read from its widget)."""
    note = st.session_state.get(f"review_note_{claim_id}", note) if verdict else ""
    reviews.record_review(reviews.reviews_path(path), claim_id, verdict, note)


# ---------------------------------------------------------------- upload

def upload_section(path: Path, tx: Texts) -> None:
    """Sidebar expander: add articles, extract their claims and merge them into the table."""
    report = st.session_state.get("_upload_report")
    with st.sidebar.expander(tx("upload_title"), expanded=bool(report)):
        show_upload_report(report, path, tx)
        generation = st.session_state.get("_upload_generation", 0)
        files = st.file_uploader(tx("upload_help", mb=MAX_UPLOAD_MB), type=UPLOAD_TYPES,
                                 accept_multiple_files=True, key=f"upload_files_{generation}",
                                 max_upload_size=MAX_UPLOAD_MB)
        dates = {f.file_id: st.text_input(tx("upload_published", name=md_text(f.name)), key=f"pub_{f.file_id}",
                                          placeholder=detected_date(f, tx))
                 for f in files or []}
        if st.button(tx("upload_run"), disabled=not files, key="upload_run"):
            run_upload(files, dates, path, tx)


def detected_date(upload: object, tx: Texts) -> str:
    """The publication date the reader finds in an uploaded file (its dateline), shown as the default."""
    seen = st.session_state.setdefault("_detected_dates", {})
    if upload.file_id not in seen:
        docs, _ = documents_from_upload(upload.name, upload.getvalue(), max_bytes=MAX_BYTES)  # problems: at ingest
        found = sorted({d.published for d in docs if d.published})
        seen[upload.file_id] = ", ".join(found[:3]) or tx("upload_no_dateline")
    return seen[upload.file_id]


def run_upload(files: list, dates: dict[str, str], path: Path, tx: Texts) -> None:
    """Extract the uploaded files with a progress bar, clear the uploader, then rerun with the new claims."""
    batch = []
    for f in files:
        published = (dates.get(f.file_id) or "").strip()
        if published and not DATE_RE.match(published):
            st.warning(tx("upload_bad_date", value=md_text(published)))
            published = ""
        batch.append((f.name, f.getvalue(), published))
    bar = st.progress(0.0)

    def progress(i: int, n: int, name: str) -> None:
        bar.progress(i / max(n, 1), text=tx("upload_progress", name=md_text(name), i=i + 1, n=n) if name else None)

    st.session_state["_upload_report"] = ingest(batch, path, store_dir=path.parent / "uploads", max_bytes=MAX_BYTES,
                                                progress=progress)
    st.session_state["_upload_generation"] = st.session_state.get("_upload_generation", 0) + 1
    st.rerun()


def show_upload_report(report: object, path: Path, tx: Texts) -> None:
    """What the last upload did, each name as text; the new claims listed with links to their articles."""
    if report is None:
        return
    if report.added_docs:
        st.success(tx("upload_added", docs=len(report.added_docs), n=report.n_claims))
        new_claims_list(report.added_docs, path, tx)
    if report.duplicates:
        st.warning(tx("upload_duplicates"))
        plain_html("\n".join(f"• {plain(d)}" for d in report.duplicates))
    if report.problems:
        st.error(tx("upload_problems"))
        plain_html("\n".join(f"• {plain(p.path)}: {plain(p.reason)}" for p in report.problems))
    if not (report.added_docs or report.duplicates or report.problems):
        st.info(tx("upload_nothing"))


def new_claims_list(doc_ids: list[str], path: Path, tx: Texts) -> None:
    """Links opening each newly added claim in the article tab."""
    from urllib.parse import urlencode
    sel = Selection.of(path).with_hidden()
    new = (shared_store(sel.path, sel.stamp).query(Filters(docs=tuple(doc_ids)), limit=50) if is_dataset(sel)
           else selection_frame(sel).pipe(lambda t: t[t["doc_id"].isin(doc_ids)]).head(50))
    lang = {"lang": tx.lang} if tx.lang != "en" else {}
    items = "".join(
        f'<li><a href="?{html_text(urlencode({"view": "article", "claim": r.claim_id, **lang}))}" target="_self">'
        f'{html_text(tx.code("claim_types", r.claim_type))} · <bdi>{html_text(r.claim_id)}</bdi></a> — '
        f'<bdi>{html_text(r.evidence[:80])}</bdi></li>' for r in new.itertuples())
    st.html(f'<ul class="new-claims plain" dir="auto">{items}</ul>')


# ---------------------------------------------------------------- page

def inject_css(lang: str) -> None:
    """Arabic-capable fonts and bidi rules for text blocks; right-to-left labels in the Arabic UI."""
    st.html(f"<style>{BASE_CSS}{RTL_CSS if lang == 'ar' else ''}</style>")


def current_tab(tx: Texts) -> str:
    """The open tab's id (TABS), from its label."""
    labels = tab_labels(tx)
    label_ = st.session_state.get("tab")
    return TABS[labels.index(label_)] if label_ in labels else TABS[0]


def main_tabs(sel: Selection, view: View, tx: Texts, path: Path) -> View:
    """The tabs; only the open one is computed (switching tabs reruns). Returns the view as drawn."""
    tabs = st.tabs(tab_labels(tx), key="tab", on_change="rerun")
    views = {"troops": troops_tab, "bases": bases_tab, "map": map_tab, "deadlines": deadlines_tab,
             "conflicts": conflicts_tab, "claims": claims_tab}
    for name, tab in zip(TABS, tabs):
        if tab.open:
            with tab:
                if name == "article":
                    view = article_tab(sel, view, tx, path)
                elif loaded(sel) or name in ("troops", "claims"):
                    view = views[name](sel, view, tx)
                else:   # a dataset selection too big to load: these views need its claims in memory
                    st.info(tx("narrow_for_view", n=LOAD_LIMIT, selected=claim_count(sel)))
    return view


def page_setup() -> None:
    """Title, icon (a local file: nothing is fetched from the internet) and wide layout."""
    st.set_page_config(page_title="Troop presence timeline", page_icon=str(ICON) if ICON.is_file() else None,
                       layout="wide", menu_items={"Get help": None, "Report a bug": None, "About": None})


def load_problem(sel: Selection) -> str | None:
    """Why the table cannot be shown ('missing', 'empty', or the reading error), None when it can."""
    if not Path(sel.path).exists():
        return "missing"
    try:
        if is_dataset(sel):
            return None if claim_count(sel.without_filters()) else "empty"
        whole = selection_frame(sel.without_filters().with_hidden())
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign file: say so instead of a traceback
        return f"error:{exc}"
    if whole.empty or not whole["claim_type"].astype(bool).any():  # no rows, or not a claims table at all
        return "empty"
    return None


def explain_problem(problem: str, path: Path, tx: Texts) -> None:
    """The message for a table that cannot be shown, with the uploader that can create or fix it."""
    upload_section(path, tx)
    if problem == "missing":
        st.info(tx("no_file", path=md_text(path)))
    elif problem == "empty":
        st.info(tx("empty_table", path=md_text(path)))
    else:
        st.error(tx("load_error", path=md_text(path), error=md_text(problem.removeprefix("error:"))))


def main() -> None:
    """The page: language, data, filters, tabs; the view ends up in the URL."""
    page_setup()
    path = claims_path()
    sel = Selection.of(path)
    problem = load_problem(sel)
    if problem is None:
        view = start_view(sel)
    else:
        st.session_state.setdefault("lang", View.from_query(st.query_params).lang)
    tx = Texts(language_switch())
    inject_css(tx.lang)
    st.title(tx("app_title"))
    st.caption(tx("app_caption"))
    if problem is not None:
        explain_problem(problem, path, tx)
        return
    filters = sidebar_filters(sel, tx)
    upload_section(path, tx)
    sel = sel.with_(filters=filters, show_hidden=st.session_state.get("show_hidden", False))
    view = view.with_(lang=tx.lang, filters=filters, tab=current_tab(tx), show_hidden=sel.show_hidden)
    n, total = claim_count(sel), claim_count(sel.without_filters())
    if not n:
        st.info(tx("no_match"))
        write_url(view)
        return
    hidden = n_hidden(sel)
    st.caption(tx("n_claims", n=n, total=total) + (" " + tx("n_hidden", n=hidden) if hidden else ""))
    write_url(main_tabs(sel, view, tx, path))


if __name__ == "__main__":
    main()
