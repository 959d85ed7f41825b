"""Streamlit dashboard: how each actor's military presence changed over time (UI only).

Every DataFrame and figure comes from timeline/; this script loads, filters and lays out.
Run: `streamlit run dashboard.py` (claims from $CLAIMS_PATH, default data/claims.csv).
"""
from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st
import yaml

from extract.documents import documents_from_upload
from extract.ingest import MAX_BYTES, ingest, read_article
from extract.table import load_claims
from extract.text import fold_str
from timeline import commitments, conflicts, consolidate, export, figures, mapview, troops
from timeline.common import value_text
from timeline.filters import Filters, apply_filters, effective_date, filter_options
from timeline.load import actor_label, country_label

ROOT = Path(__file__).resolve().parent
I18N_DIR = ROOT / "i18n"
DEFAULT_CLAIMS = "data/claims.csv"
LANGS = {"en": "English", "ar": "العربية"}
TABS = ("troops", "bases", "map", "deadlines", "conflicts", "claims", "article")
MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl", "csv"]
MAX_UPLOAD_MB = MAX_BYTES // 2**20
MAX_CONFLICTS_SHOWN = 50
ARABIC_FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif'
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Text blocks (evidence, articles) follow their own script direction; the Arabic UI turns labels right-to-left.
BASE_CSS = f"""
.text-block {{ font-family: {ARABIC_FONTS}; unicode-bidi: plaintext; white-space: pre-wrap;
  line-height: 1.9; font-size: 1.05rem; }}
.text-block mark {{ background: #ffe58a; padding: 0 .1em; }}
.evidence {{ border-inline-start: 4px solid #f0b400; padding: .4em .8em; background: #fffbe8; }}
.article {{ max-height: 32rem; overflow-y: auto; border: 1px solid #ddd; padding: .8em 1em; position: relative; }}
.side-label {{ font-weight: 600; }}
"""
RTL_CSS = f"""
[data-testid="stSidebar"], [data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"],
[data-testid="stWidgetLabel"], [data-testid="stAlert"], [data-testid="stExpander"], h1, h2, h3,
.stTabs [role="tablist"] {{ direction: rtl; text-align: right; font-family: {ARABIC_FONTS}; }}
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


class Texts:
    """Looks up dotted keys ('tabs.troops') in the current language, falling back to English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        """The string for `key`, with {placeholders} filled in."""
        text = _lookup(load_texts(self.lang), key) or _lookup(load_texts("en"), key) or key
        return text.format(**values) if values else text


def _lookup(table: dict, key: str) -> str | None:
    """Walk a nested dict along a dotted key."""
    node: object = table
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) else None


def text_block(text: str, css_class: str = "", highlight: tuple[int, int] | None = None) -> str:
    """HTML for a block of untrusted text: escaped, direction from its own script, optional <mark>."""
    if highlight:
        s, e = highlight
        body = f"{html.escape(text[:s])}<mark>{html.escape(text[s:e])}</mark>{html.escape(text[e:])}"
    else:
        body = html.escape(text)
    return f'<div class="text-block {css_class}" dir="auto">{body}</div>'


# ---------------------------------------------------------------- data

def claims_path() -> Path:
    """Where the claims table is: $CLAIMS_PATH, else data/claims.csv."""
    return Path(os.environ.get("CLAIMS_PATH") or DEFAULT_CLAIMS)


@st.cache_data(show_spinner=False, max_entries=4)
def _load_cached(path: str, mtime: float) -> pd.DataFrame:
    """load_claims, cached per file version (mtime in the key: a rewritten table is reloaded)."""
    return load_claims(path)


def load_table(path: Path) -> pd.DataFrame:
    """The claims table at `path` (cached on path and modification time)."""
    return _load_cached(str(path), path.stat().st_mtime)


@st.cache_data(show_spinner=False, max_entries=64)
def article_text(source_file: str, doc_id: str, claims_file: str) -> str | None:
    """An article's text, looking for relative paths beside the claims table and in the project."""
    here = Path(claims_file).resolve().parent
    return read_article(source_file, doc_id, base_dirs=[here, here.parent, here.parent.parent, ROOT])


def sources_note(df: pd.DataFrame, tx: Texts) -> str:
    """'Sources: A, B (n documents)' naming the outlets (or titles/doc ids) behind a frame."""
    names = df["source"].where(df["source"] != "", df["title"].where(df["title"] != "", df["doc_id"]))
    return tx("sources_note", sources="; ".join(sorted(set(names)))[:2000])


def doc_names(df: pd.DataFrame) -> dict[str, str]:
    """doc_id -> 'doc_id · title' for the document filter."""
    first = df.drop_duplicates("doc_id").set_index("doc_id")["title"]
    return {d: f"{d} · {t[:60]}" if t else d for d, t in first.items()}


# ---------------------------------------------------------------- sidebar: language, filters, URL

def language_switch() -> str:
    """The UI language, from the URL on first load, then from the sidebar switch."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = st.query_params.get("lang", "en") if st.query_params.get("lang") in LANGS else "en"
    return st.sidebar.radio("Language · اللغة", list(LANGS), format_func=LANGS.get, key="lang",
                            horizontal=True, on_change=_keep_tab)


def _keep_tab() -> None:
    """Language changed: rename the remembered tab label so the same tab stays open."""
    old = st.session_state.get("tab")
    new_lang = st.session_state["lang"]
    for lang in LANGS:
        labels = tab_labels(Texts(lang))
        if old in labels:
            st.session_state["tab"] = tab_labels(Texts(new_lang))[labels.index(old)]
            return


def init_filter_state(opts: dict[str, list[str]], lo: date, hi: date) -> None:
    """First run of a session: widget state from the URL (Filters.from_query), unknown values dropped."""
    if st.session_state.get("_filters_ready"):
        return
    f = Filters.from_query(st.query_params)
    for name in ("actors", "countries", "claim_types", "statuses", "docs"):
        st.session_state[f"f_{name}"] = [v for v in getattr(f, name) if v in opts[name]]
    start = min(max(f.date_from or lo, lo), hi)
    end = max(min(f.date_to or hi, hi), start)
    st.session_state["f_dates"] = (start, end)
    st.session_state["_filters_ready"] = True


def reset_filters(lo: date, hi: date) -> None:
    """Button callback: select everything again."""
    for name in ("actors", "countries", "claim_types", "statuses", "docs"):
        st.session_state[f"f_{name}"] = []
    st.session_state["f_dates"] = (lo, hi)


def sidebar_filters(df: pd.DataFrame, tx: Texts) -> Filters:
    """The filter widgets; returns what they select."""
    opts = filter_options(df)
    lo, hi = _date_bounds(opts)
    init_filter_state(opts, lo, hi)
    lang, bar = tx.lang, st.sidebar
    bar.header(tx("filters"))
    pick = {"placeholder": tx("filters_all")}
    actors = bar.multiselect(tx("actor"), opts["actors"], key="f_actors",
                             format_func=lambda c: actor_label(c, lang), **pick)
    countries = bar.multiselect(tx("country"), opts["countries"], key="f_countries",
                                format_func=lambda c: country_label(c, lang), **pick)
    types = bar.multiselect(tx("claim_type"), opts["claim_types"], key="f_claim_types",
                            format_func=lambda c: tx(f"claim_types.{c}"), **pick)
    statuses = bar.multiselect(tx("status"), opts["statuses"], key="f_statuses",
                               format_func=lambda c: tx(f"statuses.{c}"), **pick)
    dates = bar.date_input(tx("date_range"), min_value=lo, max_value=hi, key="f_dates")
    names = doc_names(df)
    docs = bar.multiselect(tx("document"), opts["docs"], key="f_docs", format_func=lambda d: names.get(d, d), **pick)
    bar.button(tx("reset_filters"), on_click=reset_filters, args=(lo, hi))
    date_from, date_to = _chosen_dates(dates, lo, hi)
    return Filters(tuple(actors), tuple(countries), tuple(types), tuple(statuses), tuple(docs), date_from, date_to)


def _date_bounds(opts: dict[str, list[str]]) -> tuple[date, date]:
    """First and last day of the data (today when it has no dates)."""
    if not opts["date_range"]:
        return date.today(), date.today()
    lo, hi = (date.fromisoformat(d) for d in opts["date_range"])
    return lo, hi


def _chosen_dates(dates: object, lo: date, hi: date) -> tuple[date | None, date | None]:
    """The date widget's value as bounds; the data's own ends mean "no bound" (keeps URLs short)."""
    chosen = tuple(dates) if isinstance(dates, (tuple, list)) else (dates,)
    start = chosen[0] if chosen else None
    end = chosen[1] if len(chosen) > 1 else None
    return (start if start and start > lo else None), (end if end and end < hi else None)


def sync_url(f: Filters, lang: str, tab: str) -> None:
    """Write the view (filters, language, tab) into the address bar, so a copied link reopens it."""
    query: dict[str, str | list[str]] = dict(f.to_query())
    if lang != "en":
        query["lang"] = lang
    if tab != TABS[0]:
        query["view"] = tab
    if tab == "article" and st.session_state.get("article_claim"):
        query["claim"] = st.session_state["article_claim"]
    if query != _current_query():
        st.query_params.from_dict(query)


def _current_query() -> dict[str, str | list[str]]:
    """st.query_params as a plain dict (lists for repeated keys)."""
    out: dict[str, str | list[str]] = {}
    for key in st.query_params:
        values = st.query_params.get_all(key)
        out[key] = values if len(values) > 1 or key in ("actors", "countries", "claim_types", "statuses", "docs") \
            else values[0]
    return out


# ---------------------------------------------------------------- charts and exports

def image_download(fig: object, fmt: str) -> Callable[[], bytes]:
    """A zero-argument callable rendering `fig` as PNG/SVG/PDF: runs only when the button is clicked."""
    def render() -> bytes:
        return export.image_bytes(fig, fmt)
    return render


def export_available() -> tuple[bool, str]:
    """timeline.export.export_status(), checked once per server and BROWSER_PATH setting."""
    return _export_status(os.environ.get("BROWSER_PATH", ""))


@st.cache_resource(show_spinner=False)
def _export_status(browser_path: str) -> tuple[bool, str]:
    """The cached check behind export_available (the browser lookup walks PATH and known locations)."""
    return export.export_status()


def show_chart(fig: object, name: str, tx: Texts, select: bool = False) -> object:
    """A plotly chart with PNG/SVG/PDF download buttons under it; returns the selection when `select`."""
    config = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": name, "scale": 2}}
    # Clicking a point can only open its claim when the traces carry claim ids (customdata).
    select = select and any(getattr(t, "customdata", None) is not None for t in fig.data)
    kwargs = {"on_select": "rerun", "selection_mode": ("points",)} if select else {}
    state = st.plotly_chart(fig, key=f"chart_{name}", config=config, **kwargs)
    export_buttons(fig, name, tx)
    return state


def export_buttons(fig: object, name: str, tx: Texts) -> None:
    """Download buttons for the chart; the export module's install hint when images can't be made."""
    ok, reason = export_available()
    if not ok:
        st.caption(tx("export_unavailable", reason=reason))
        return
    row = st.container(horizontal=True)
    for fmt in MIME:
        row.download_button(tx(f"export_{fmt}"), data=image_download(fig, fmt), file_name=f"{name}.{fmt}",
                            mime=MIME[fmt], on_click="ignore", key=f"dl_{name}_{fmt}",
                            icon=":material/download:")


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


# ---------------------------------------------------------------- tabs

def tab_labels(tx: Texts) -> list[str]:
    """The tab titles in the current language, in TABS order."""
    return [tx(f"tabs.{t}") for t in TABS]


def troops_tab(df: pd.DataFrame, tx: Texts) -> None:
    """Troop levels per actor over time, with conflicting values marked when that module exists."""
    st.caption(tx("troops_help"))
    if "troops_log" not in st.session_state:   # start on a log axis when a few huge numbers would flatten the rest
        st.session_state["troops_log"] = troops.suggest_log_scale(df)
    left, right = st.columns(2)
    log_y = left.toggle(tx("log_scale"), key="troops_log", help=tx("log_scale_help"))
    grouped = right.toggle(tx("group_repeats"), value=True, key="troops_grouped", help=tx("group_repeats_help"))
    drawn = consolidate.representatives(df) if grouped else df
    found = conflicts.find_conflicts(df)
    fig = conflicts.add_conflict_marks(figures.troops_figure(drawn, lang=tx.lang, log_y=log_y), found, lang=tx.lang)
    if grouped and len(drawn) < len(df):
        st.caption(tx("repeats_grouped", n=len(df) - len(drawn)))
    if len(found):
        st.caption(tx("conflicts_marked", n=len(found)))
    open_clicked_claim(show_chart(fig, "troops", tx, select=True), tx)


def bases_tab(df: pd.DataFrame, tx: Texts) -> None:
    """Which bases were occupied when, with withdrawals and deadlines."""
    open_clicked_claim(show_chart(figures.bases_figure(df, lang=tx.lang), "bases", tx, select=True), tx)


def map_tab(df: pd.DataFrame, tx: Texts) -> None:
    """Bases on a map as of a chosen date."""
    when = effective_date(df).dropna()
    on_date = None
    if not when.empty and when.min().date() < when.max().date():
        lo, hi = when.min().date(), when.max().date()
        on_date = st.slider(tx("map_date"), min_value=lo, max_value=hi, value=hi, format="YYYY-MM-DD", key="map_date")
    st.caption(tx("map_help"))
    open_clicked_claim(show_chart(mapview.map_figure(df, on_date=on_date, lang=tx.lang), "map", tx, select=True), tx)


def deadlines_tab(df: pd.DataFrame, tx: Texts) -> None:
    """Deadlines against today, and what became of each commitment."""
    open_clicked_claim(show_chart(figures.deadlines_figure(df, lang=tx.lang), "deadlines", tx, select=True), tx)
    st.subheader(tx("deadlines_table"))
    table = commitments.commitment_status(df)
    if table.empty:
        st.info(tx("no_commitments"))
        return
    st.dataframe(commitments_display(table, tx), hide_index=True, key="commitments_table",
                 column_config={tx("commitment_columns.evidence"): st.column_config.TextColumn(width="large"),
                                tx("commitment_columns.evidence_text"): st.column_config.TextColumn(width="large")})


def commitments_display(table: pd.DataFrame, tx: Texts) -> pd.DataFrame:
    """commitment_status with names instead of codes and headers in the UI language."""
    lang = tx.lang
    out = pd.DataFrame({
        "outcome": table["outcome"].map(lambda o: tx(f"outcomes.{o}")),
        "claim_type": table["claim_type"].map(lambda t: tx(f"claim_types.{t}")),
        "actor": table["actor"].map(lambda a: actor_label(a, lang)),
        "country": table["country"].map(lambda c: country_label(c, lang)),
        "base": table["base"],
        "value": value_text(table, lang),
        "date": table["date"].astype(str),
        "status": table["status"].map(lambda s: tx(f"statuses.{s}")),
        "made": pd.to_datetime(table["made"]).dt.strftime("%Y-%m-%d").fillna(""),
        "evidence": table["evidence"],
        "outcome_date": table["outcome_date"],
        "evidence_text": table["evidence_text"],
        "evidence_doc_id": table["evidence_doc_id"],
        "overdue": table["overdue"],
    })
    return out.rename(columns=lambda c: tx(f"commitment_columns.{c}"))


def conflicts_tab(df: pd.DataFrame, tx: Texts) -> None:
    """Each pair of conflicting figures side by side, with every source's evidence."""
    st.caption(tx("conflicts_intro"))
    found = conflicts.find_conflicts(df)
    if found.empty:
        st.info(tx("no_conflicts"))
        return
    for _, row in found.head(MAX_CONFLICTS_SHOWN).iterrows():
        with st.container(border=True):
            st.markdown(f"**{_place(row, tx)}** · {row['month']:%Y-%m}")
            for col, side, heading in zip(st.columns(2), ("low", "high"), ("side_a", "side_b")):
                with col:
                    conflict_side(row, side, tx(heading), tx)
    with st.expander(tx("tabs.conflicts") + " (table)"):
        st.dataframe(conflicts.conflicts_frame(found, lang=tx.lang), hide_index=True, key="conflicts_table")


def _place(row: pd.Series, tx: Texts) -> str:
    """'United States (USA) · Iraq (IRQ) · Ain al-Asad' for a conflict row."""
    parts = (actor_label(row["actor"], tx.lang), country_label(row["country"], tx.lang), row["base"])
    return " · ".join(html.escape(p) for p in parts if p)


def conflict_side(row: pd.Series, side: str, heading: str, tx: Texts) -> None:
    """One side of a conflict: the figure, date, sources and documents, and each evidence sentence."""
    value = conflicts.value_text(row[f"{side}_value"], row[f"{side}_value_min"], row[f"{side}_value_max"],
                                 row[f"{side}_qualifier"], tx.lang)
    sources = "; ".join(s for s in row[f"{side}_sources"] if s)
    docs = ", ".join(row[f"{side}_doc_ids"])
    blocks = "".join(text_block(e, "evidence") for e in row[f"{side}_evidence"])
    st.html(f'<div class="side-label">{html.escape(heading)}: {html.escape(value)} — '
            f'{html.escape(str(row[f"{side}_date"]))}</div>'
            f'<div>{html.escape(sources)} ({html.escape(docs)})</div>{blocks}')


def claims_tab(full: pd.DataFrame, df: pd.DataFrame, tx: Texts) -> None:
    """The filtered claims as a searchable, sortable table; a selected row opens its article."""
    query = st.text_input(tx("claims_search"), key="claims_search", icon=":material/search:")
    frame = claims_table(search_claims(df, query), tx)
    st.session_state["_table_ids"] = list(frame["claim_id"])
    st.dataframe(frame, hide_index=True, key="claims_table", on_select=_on_table_select,
                 selection_mode="single-row", column_config=claims_columns(frame, tx))
    st.caption(tx("claims_select_hint"))
    csv_buttons(full, df, tx)


def claims_table(df: pd.DataFrame, tx: Texts) -> pd.DataFrame:
    """timeline.figures.claims_frame: labels instead of codes, value with its qualifier."""
    return figures.claims_frame(df, lang=tx.lang)


def claims_columns(frame: pd.DataFrame, tx: Texts) -> dict:
    """Column headers in the UI language (timeline's own); a wide evidence column."""
    headers = figures.claims_frame_headers(tx.lang)
    return {col: st.column_config.TextColumn(headers.get(col, col), width="large" if col == "evidence" else None)
            for col in frame.columns}


def search_claims(df: pd.DataFrame, query: str) -> pd.DataFrame:
    """Rows whose evidence, base, title or doc id contains the query (Arabic letter variants folded)."""
    if not query.strip():
        return df
    hay = (df["evidence"] + " " + df["base"] + " " + df["title"] + " " + df["doc_id"]).map(fold_str)
    return df[hay.str.contains(fold_str(query.strip()), regex=False)]


def _on_table_select() -> None:
    """Claims table selection callback: remember the claim and open the article tab."""
    rows = st.session_state["claims_table"].selection.rows
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        select_claim(ids[rows[0]])


def select_claim(claim_id: str) -> None:
    """Show `claim_id` in the "Read the article" tab and switch to it."""
    st.session_state["article_claim"] = claim_id
    st.session_state["tab"] = Texts(st.session_state.get("lang", "en"))("tabs.article")


def open_clicked_claim(state: object, tx: Texts) -> None:
    """A point clicked on a chart opens its claim's article."""
    claim_id = clicked_claim(state, st.session_state.get("_last_clicked"))
    if claim_id:
        st.session_state["_last_clicked"] = claim_id
        select_claim(claim_id)
        st.rerun()


def clicked_claim(state: object, last_clicked: str | None) -> str | None:
    """The claim to open for a chart's selection state: a newly clicked point's id, else None.

    A chart keeps its selection across reruns, so the point opened last time does not open again.
    """
    claim_id = selected_claim_from_chart(state)
    return claim_id if claim_id and claim_id != last_clicked else None


def csv_buttons(full: pd.DataFrame, df: pd.DataFrame, tx: Texts) -> None:
    """CSV downloads: the filtered claims and the full table, each with a line naming the sources."""
    row = st.container(horizontal=True)
    row.download_button(tx("csv_filtered"), data=lambda: export.csv_bytes(df, sources_note(df, tx)),
                         file_name="claims-filtered.csv", mime="text/csv", on_click="ignore", key="dl_csv_filtered")
    row.download_button(tx("csv_full"), data=lambda: export.csv_bytes(full, sources_note(full, tx)),
                          file_name="claims.csv", mime="text/csv", on_click="ignore", key="dl_csv_full")


def article_tab(full: pd.DataFrame, df: pd.DataFrame, tx: Texts, path: Path) -> None:
    """The article of the chosen claim, evidence highlighted, with the article's other claims."""
    ids = list(df["claim_id"])
    chosen = st.session_state.get("article_claim")
    if chosen in set(full["claim_id"]) and chosen not in ids:
        ids.insert(0, chosen)
    if not ids:
        st.info(tx("article_none"))
        return
    by_id = full.set_index("claim_id")
    if chosen not in ids:
        st.session_state["article_claim"] = ids[0]
    claim_id = st.selectbox(tx("article_pick"), ids, key="article_claim",
                            format_func=lambda c: _claim_title(by_id.loc[c], tx))
    show_article(by_id.loc[claim_id], full, claim_id, tx, path)


def _claim_title(row: pd.Series, tx: Texts) -> str:
    """'date · type · actor — evidence…' for the claim picker."""
    return (f"{row['date'] or row['published']} · {tx('claim_types.' + row['claim_type'])} · "
            f"{actor_label(row['actor'], tx.lang)} — {row['evidence'][:90]}")


def show_article(row: pd.Series, full: pd.DataFrame, claim_id: str, tx: Texts, path: Path) -> None:
    """Header, the evidence sentence, then the whole text with the sentence highlighted."""
    st.subheader(row["title"] or row["doc_id"])
    st.caption(tx("article_meta", title=row["doc_id"], source=row["source"] or "—", published=row["published"] or "—"))
    if row["url"].startswith(("http://", "https://")):
        st.link_button(tx("article_open_link"), row["url"])
    st.html(text_block(row["evidence"], "evidence"))
    text = article_text(row["source_file"], row["doc_id"], str(path))
    if text is None:
        st.warning(tx("article_missing", path=row["source_file"] or "—"))
    else:
        span = evidence_span(text, row)
        if span is None:
            st.caption(tx("article_evidence_not_found"))
        elif span != (_int(row["start"]), _int(row["end"])):
            st.caption(tx("article_offsets_moved"))
        st.html(text_block(text, "article", span))
        if span is not None:
            st.html(SCROLL_TO_MARK_JS, unsafe_allow_javascript=True)
    others = full[(full["doc_id"] == row["doc_id"]) & (full["claim_id"] != claim_id)]
    if not others.empty:
        st.subheader(tx("article_other_claims"))
        frame = claims_table(others, tx)
        st.dataframe(frame, hide_index=True, key="article_others", column_config=claims_columns(frame, tx))


def _int(value: object) -> int | None:
    """An offset cell as int (None when missing)."""
    return None if pd.isna(value) else int(value)


def evidence_span(text: str, row: pd.Series) -> tuple[int, int] | None:
    """Where the evidence sentence is: the stored offsets when they match, else found by search."""
    start, end, evidence = _int(row["start"]), _int(row["end"]), row["evidence"].strip()
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if " ".join(text[start:end].split()) == " ".join(evidence.split()):
            return start, end
    at = text.find(evidence) if evidence else -1
    return (at, at + len(evidence)) if at >= 0 else None


# ---------------------------------------------------------------- upload

def upload_section(path: Path, tx: Texts) -> None:
    """Sidebar expander: add articles, extract their claims and merge them into the table."""
    with st.sidebar.expander(tx("upload_title"), expanded=bool(st.session_state.get("_upload_report"))):
        show_upload_report(tx)
        files = st.file_uploader(tx("upload_help", mb=MAX_UPLOAD_MB), type=UPLOAD_TYPES,
                                 accept_multiple_files=True, key="upload_files", max_upload_size=MAX_UPLOAD_MB)
        dates = {f.file_id: st.text_input(tx("upload_published", name=f.name), key=f"pub_{f.file_id}",
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
    """Extract the uploaded files with a progress bar, then reload everything with the new claims."""
    batch = []
    for f in files:
        published = (dates.get(f.file_id) or "").strip()
        if published and not DATE_RE.match(published):
            st.warning(tx("upload_bad_date", value=published))
            published = ""
        batch.append((f.name, f.getvalue(), published))
    bar = st.progress(0.0)

    def progress(i: int, n: int, name: str) -> None:
        bar.progress(i / max(n, 1), text=tx("upload_progress", name=name, i=i + 1, n=n) if name else None)

    report = ingest(batch, path, store_dir=path.parent / "uploads", max_bytes=MAX_BYTES, progress=progress)
    st.session_state["_upload_report"] = report
    st.cache_data.clear()
    st.rerun()


def show_upload_report(tx: Texts) -> None:
    """What the last upload did (kept across the rerun that shows the new claims)."""
    report = st.session_state.get("_upload_report")
    if report is None:
        return
    if report.added_docs:
        st.success(tx("upload_added", docs=len(report.added_docs), n=report.n_claims))
    if report.duplicates:
        st.warning(tx("upload_duplicates") + "\n\n" + "\n".join(f"- {d}" for d in report.duplicates))
    if report.problems:
        st.error(tx("upload_problems") + "\n\n" + "\n".join(f"- {p.path}: {p.reason}" for p in report.problems))
    if not (report.added_docs or report.duplicates or report.problems):
        st.info(tx("upload_nothing"))


# ---------------------------------------------------------------- page

def inject_css(lang: str) -> None:
    """Arabic-capable fonts and bidi rules for text blocks; right-to-left labels in the Arabic UI."""
    st.html(f"<style>{BASE_CSS}{RTL_CSS if lang == 'ar' else ''}</style>")


def init_tab(tx: Texts) -> None:
    """First run: open the tab (?view=map) and the claim (?claim=ID) named in the URL."""
    if "tab" not in st.session_state and st.query_params.get("view") in TABS:
        st.session_state["tab"] = tab_labels(tx)[TABS.index(st.query_params["view"])]
    if "article_claim" not in st.session_state and st.query_params.get("claim"):
        st.session_state["article_claim"] = st.query_params["claim"]


def current_tab(tx: Texts) -> str:
    """The open tab's id (TABS), from its label."""
    labels = tab_labels(tx)
    label = st.session_state.get("tab")
    return TABS[labels.index(label)] if label in labels else TABS[0]


def main_tabs(full: pd.DataFrame, df: pd.DataFrame, tx: Texts, path: Path) -> None:
    """The tabs; only the open one is computed (switching tabs reruns)."""
    tabs = st.tabs(tab_labels(tx), key="tab", on_change="rerun")
    views = {
        "troops": lambda: troops_tab(df, tx), "bases": lambda: bases_tab(df, tx),
        "map": lambda: map_tab(df, tx), "deadlines": lambda: deadlines_tab(df, tx),
        "conflicts": lambda: conflicts_tab(df, tx), "claims": lambda: claims_tab(full, df, tx),
        "article": lambda: article_tab(full, df, tx, path),
    }
    for name, tab in zip(TABS, tabs):
        if tab.open:
            with tab:
                views[name]()


def main() -> None:
    """The page: language, data, filters, URL state, tabs."""
    st.set_page_config(page_title="Troop presence timeline", page_icon=":material/timeline:", layout="wide")
    lang = language_switch()
    tx = Texts(lang)
    inject_css(lang)
    st.title(tx("app_title"))
    st.caption(tx("app_caption"))
    path = claims_path()
    if not path.is_file():
        upload_section(path, tx)
        st.info(tx("no_file", path=path))
        return
    try:
        full = load_table(path)
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign file: say so instead of a traceback
        upload_section(path, tx)
        st.error(tx("load_error", path=path, error=exc))
        return
    if full.empty or not full["claim_type"].astype(bool).any():  # no rows, or not a claims table at all
        upload_section(path, tx)
        st.info(tx("empty_table", path=path))
        return
    f = sidebar_filters(full, tx)
    upload_section(path, tx)
    init_tab(tx)
    sync_url(f, lang, current_tab(tx))
    df = apply_filters(full, f)
    if df.empty:
        st.info(tx("no_match"))
        return
    st.caption(tx("n_claims", n=len(df), total=len(full)))
    main_tabs(full, df, tx, path)


if __name__ == "__main__":
    main()
