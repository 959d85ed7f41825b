"""Dashboard views of selections too big to handle row by row, computed by DuckDB (timeline.store's `sql`).

A selection of at most LOAD_LIMIT claims is handled in pandas and every view applies as usual. Past that, the
troop-levels chart is drawn from monthly bins that DuckDB computes, over the part files of a Parquet dataset or
over a file's table in memory, so only a few thousand rows reach pandas. For a dataset, the Claims tab then
shows the first rows and the other views ask for a narrower selection; a file's selection is in memory, so its
other views still apply. Filters follow timeline.store's own SQL (the same rule as timeline.filters).
"""
from __future__ import annotations

import pandas as pd

from extract.table import COLUMNS, typed_claims

from .display import sources_text
from .filters import Filters
from .store import WHEN_SQL, DatasetStore, Store, code_sql, where_sql
from .troops import EVENT_SYMBOLS, WIDE_RANGE, binned_figure

LOAD_LIMIT = 300_000   # a selection up to this many claims is loaded into pandas for the full views
CHART_TYPES = ("troop_count", "troop_target") + tuple(EVENT_SYMBOLS)


def troop_bins(store: Store, filters: Filters, hidden: tuple[str, ...] = ()) -> pd.DataFrame:
    """Monthly bins per series (counts, targets) and per kind (events), as troops.troop_bins gives them."""
    where, params = where_sql(filters, "", hidden)   # claims marked wrong left out
    kinds = ", ".join(f"'{k}'" for k in CHART_TYPES)
    a, c, b, k = code_sql("actor"), code_sql("country"), code_sql("base"), code_sql("claim_type")
    sql = f"""
        SELECT {a} AS actor, {c} AS country, {b} AS base, {k} AS claim_type,
               date_trunc('month', {WHEN_SQL}) AS month, median(value) AS value, min(value) AS lo,
               max(value) AS hi, count(*) AS n, min(claim_id) AS claim_id
        FROM {{src}} WHERE {where} AND {k} IN ({kinds}) AND value IS NOT NULL AND {WHEN_SQL} IS NOT NULL
        GROUP BY ALL ORDER BY actor, country, base, claim_type, month"""
    bins = store.sql(sql, params)
    bins["month"] = pd.to_datetime(bins["month"]).astype("datetime64[ns]")
    bins["x"] = bins["month"] + pd.Timedelta(days=14)
    bins["series"] = bins["actor"] + "|" + bins["country"] + "|" + bins["base"]
    return bins


def sources_note(store: Store, filters: Filters, lang: str, hidden: tuple[str, ...] = ()) -> str:
    """The sources line of a dataset selection (the outlets with most claims, and the number of documents)."""
    where, params = where_sql(filters, "", hidden)   # claims marked wrong left out
    top = store.sql(f"""SELECT coalesce(nullif(source, ''), nullif(title, ''), doc_id) AS name, count(*) AS n
                           FROM {{src}} WHERE {where} GROUP BY ALL ORDER BY n DESC, name LIMIT 13""", params)
    totals = store.sql(f"""SELECT count(DISTINCT doc_id) AS docs,
                              count(DISTINCT coalesce(nullif(source, ''), nullif(title, ''), doc_id)) AS names
                              FROM {{src}} WHERE {where}""", params).iloc[0]
    import html
    names = [n for n in top["name"] if n]
    return html.escape(sources_text(names, int(totals["docs"]), lang, 4, int(totals["names"]) - len(names)),
                       quote=False)


def troops_figure(store: Store, filters: Filters, lang: str, log_y: bool, colors: dict[str, str],
                  hidden: tuple[str, ...] = ()) -> object:
    """The troop-levels chart of a dataset selection, from DuckDB's monthly bins."""
    return binned_figure(troop_bins(store, filters, hidden), colors, sources_note(store, filters, lang, hidden),
                         lang, log_y)


def year_span(store: Store, filters: Filters, hidden: tuple[str, ...] = ()) -> str:
    """export.year_span of a selection ('2019-2025', '' when undated), asked of DuckDB."""
    where, params = where_sql(filters, "", hidden)   # claims marked wrong left out
    row = store.sql(f"SELECT min(year({WHEN_SQL})) AS lo, max(year({WHEN_SQL})) AS hi FROM {{src}} WHERE {where}",
                    params).iloc[0]
    if pd.isna(row["lo"]):
        return ""
    lo, hi = int(row["lo"]), int(row["hi"])
    return str(lo) if lo == hi else f"{lo}-{hi}"


def series_keys(store: DatasetStore) -> list[str]:
    """Every 'actor|country|base' with a troop count or target (for colours that hold under any filter)."""
    a, c, b, k = code_sql("actor"), code_sql("country"), code_sql("base"), code_sql("claim_type")
    keys = store.sql(f"""SELECT DISTINCT {a} || '|' || {c} || '|' || {b} AS key FROM {{src}}
                           WHERE {k} IN ('troop_count', 'troop_target')""", [])
    return list(keys["key"])


def suggest_log_scale(store: DatasetStore) -> bool:
    """troops.suggest_log_scale over the whole dataset."""
    k = code_sql("claim_type")
    row = store.sql(f"""SELECT min(value) AS lo, max(value) AS hi, count(*) AS n FROM {{src}}
                          WHERE {k} IN ('troop_count', 'troop_target') AND value > 0""", []).iloc[0]
    return bool(row["n"] > 1 and row["hi"] / row["lo"] > WIDE_RANGE)


def doc_names(store: DatasetStore, limit: int) -> dict[str, str]:
    """The `limit` documents with most claims: doc_id -> 'doc_id · title' (the document filter's options)."""
    top = store.sql(f"""SELECT doc_id, any_value(title) AS title, count(*) AS n FROM {{src}}
                          GROUP BY doc_id ORDER BY n DESC, doc_id LIMIT {int(limit)}""", [])
    return {d: (f"{d} · {str(t)[:60]}" if t else d) for d, t in sorted(zip(top["doc_id"], top["title"]))}


def document_claims(store: DatasetStore, claim_id: str, reviewed) -> pd.DataFrame:
    """Every claim of the document that `claim_id` comes from, typed, with `reviewed` applied (empty when unknown)."""
    rows = store.sql("""SELECT * FROM {src} WHERE doc_id = (SELECT doc_id FROM {src} WHERE claim_id = ? LIMIT 1)""",
                [claim_id])
    return reviewed(typed_claims(rows[[c for c in COLUMNS if c in rows.columns]]))
