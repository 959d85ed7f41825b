"""Where the dashboard and the CLI get claims from: a query layer over a CSV, a Parquet file or a dataset.

`open_claims(path)` returns a store with `options()`, `count(filters)`, `query(filters)` and `sql(query)`. A CSV
or a Parquet file is read once into pandas and filtered there (`FrameStore`); its `sql` runs DuckDB over the
same frame in memory (through Arrow, no copy of the text), for the aggregates of a selection too big to
materialise quickly. A Parquet dataset directory (`DIR/year=YYYY/<part>.parquet`, millions of claims) stays on
disk: DuckDB runs the filters and the dropdown queries over the part files, and only the rows asked for reach
pandas (`DatasetStore`). Both return frames typed as `extract.table.load_claims` does, in the table's order, and
agree row for row on the same claims.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from extract.table import COLUMNS, load_claims, part_files, typed_claims
from extract.text import _DROPPED, _FOLD, fold_str
from timeline.filters import FIELD_COLUMNS, Filters, apply_filters, filter_mask, filter_options

SEARCH_COLUMNS = ("evidence", "base", "title", "doc_id")   # what the Claims tab's search looks in
ALL = Filters()   # no filter: every claim


def open_claims(path: str | Path) -> Store:
    """The store for a claims table: DuckDB over a dataset directory, pandas for a CSV or Parquet file."""
    path = Path(path)
    return DatasetStore(path) if path.is_dir() else FrameStore(load_claims(path), path)


def version(path: str | Path) -> tuple:
    """Changes whenever the table does (a rewrite, an appended part): a cache key for a store."""
    path = Path(path)
    files = part_files(path) if path.is_dir() else [path]
    stats = [f.stat() for f in files]
    return len(stats), max((s.st_mtime_ns for s in stats), default=0), sum(s.st_size for s in stats)


def search_rows(df: pd.DataFrame, search: str) -> pd.DataFrame:
    """Rows whose evidence, base, title or doc id contains `search` (Arabic letter variants folded)."""
    if not search.strip():
        return df
    hay = (df["evidence"] + " " + df["base"] + " " + df["title"] + " " + df["doc_id"]).map(fold_str)
    return df[hay.str.contains(fold_str(search.strip()), regex=False)]


@dataclass
class FrameStore:
    """A claims table held in memory (CSV, Parquet file, or any typed frame)."""

    frame: pd.DataFrame
    path: Path | None = None
    _duck: duckdb.DuckDBPyConnection | None = field(default=None, repr=False)   # made on the first sql()
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def sql(self, query: str, params: list) -> pd.DataFrame:
        """Run `query` with `{src}` standing for the frame (DuckDB over its Arrow columns; one query at a time:
        the frame is registered on one connection, which sessions' threads share)."""
        with self._lock:
            if self._duck is None:
                self._duck = duckdb.connect(config={"preserve_insertion_order": True})
                columns = [c for c in COLUMNS if c in self.frame.columns]
                self._duck.register("claims", pa.Table.from_pandas(self.frame[columns], preserve_index=False))
            return self._duck.sql(query.replace("{src}", "claims"), params=params).to_arrow_table().to_pandas()

    def options(self) -> dict[str, list[str]]:
        """Dropdown choices and the date range, as `timeline.filters.filter_options`."""
        return filter_options(self.frame)

    def query(self, filters: Filters = ALL, search: str = "", columns: list[str] | None = None,
              limit: int | None = None) -> pd.DataFrame:
        """The claims matching `filters` (and `search`), typed, in the table's order."""
        out = search_rows(apply_filters(self.frame, filters), search)
        out = out if limit is None else out.head(limit)
        return out.reset_index(drop=True) if columns is None else out[columns].reset_index(drop=True)

    def count(self, filters: Filters = ALL, search: str = "", exclude: tuple[str, ...] = ()) -> int:
        """How many claims match, those in `exclude` (claim ids) left out; no rows are copied."""
        mask = filter_mask(self.frame, filters)
        if exclude:
            mask &= ~self.frame["claim_id"].isin(exclude)
        return int(mask.sum()) if not search.strip() else len(search_rows(self.frame[mask], search))


class DatasetStore:
    """A Parquet dataset queried in place with DuckDB (one in-memory database; a cursor per query, so
    the dashboard's sessions can share one store from their own threads)."""

    def __init__(self, folder: Path, threads: int | None = None):
        self.path = Path(folder)
        config = {"preserve_insertion_order": True} | ({} if threads is None else {"threads": threads})
        self._con = duckdb.connect(config=config)   # insertion order kept: rows come in the table's order

    def _source(self) -> str:
        """The dataset as a DuckDB table function over its complete part files (read each call: appends show)."""
        files = [str(p) for p in part_files(self.path)]
        if not files:
            nulls = ", ".join(f'NULL::VARCHAR AS "{c}"' for c in COLUMNS)
            return f"(SELECT {nulls} WHERE false)"
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        return f"read_parquet([{listed}], union_by_name = true, hive_partitioning = false)"

    def _run(self, sql: str, params: list) -> pd.DataFrame:
        """A query's result as pandas, through Arrow (far faster than DuckDB's own conversion for text)."""
        with self._con.cursor() as cursor:
            return cursor.sql(sql, params=params).to_arrow_table().to_pandas()

    def sql(self, query: str, params: list) -> pd.DataFrame:
        """Run `query` with `{src}` standing for the dataset (for views the store has no method for)."""
        return self._run(query.replace("{src}", self._source()), params)

    def options(self) -> dict[str, list[str]]:
        """Dropdown choices (distinct non-empty values) and the date range, from one scan of the dataset."""
        lists = ", ".join(f"list(DISTINCT {code_sql(col)}) FILTER (WHERE {code_sql(col)} <> '') AS {name}"
                          for name, col in FIELD_COLUMNS.items())
        sql = f"SELECT {lists}, min({WHEN_SQL}) AS lo, max({WHEN_SQL}) AS hi FROM {self._source()}"
        row = self._run(sql, []).iloc[0]
        options = {name: sorted(row[name]) if row[name] is not None else [] for name in FIELD_COLUMNS}
        options["date_range"] = [] if pd.isna(row["lo"]) else [row["lo"].date().isoformat(),
                                                                row["hi"].date().isoformat()]
        return options

    def query(self, filters: Filters = ALL, search: str = "", columns: list[str] | None = None,
              limit: int | None = None) -> pd.DataFrame:
        """The claims matching `filters` (and `search`), typed, in the table's order; only they are read."""
        where, params = where_sql(filters, search)
        names = ", ".join(f'"{c}"' for c in (columns or COLUMNS))
        sql = f"SELECT {names} FROM {self._source()} WHERE {where}"
        sql += "" if limit is None else f" LIMIT {int(limit)}"
        out = typed_claims(self._run(sql, params))
        return out if columns is None else out[columns]

    def count(self, filters: Filters = ALL, search: str = "", exclude: tuple[str, ...] = ()) -> int:
        """How many claims match, those in `exclude` (claim ids) left out (counted by DuckDB; no rows reach pandas)."""
        where, params = where_sql(filters, search, exclude)
        return int(self._run(f"SELECT count(*) AS n FROM {self._source()} WHERE {where}", params).iloc[0]["n"])


Store = FrameStore | DatasetStore   # what open_claims returns


def code_sql(column: str) -> str:
    """SQL for a code column as typed_claims gives it: stripped, '' when missing."""
    return f"trim(coalesce(\"{column}\", ''))"


def _partial_date(column: str) -> str:
    """SQL for extract.table.parse_partial_dates: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' -> the period's first day."""
    s = code_sql(column)
    padded = f"CASE length({s}) WHEN 4 THEN {s} || '-01-01' WHEN 7 THEN {s} || '-01' ELSE substr({s}, 1, 10) END"
    return f"try_strptime({padded}, '%Y-%m-%d')"


# The date a claim is placed at: its own, else its publication's (timeline.filters.effective_date).
WHEN_SQL = f"coalesce({_partial_date('date')}, {_partial_date('published')})"


def where_sql(filters: Filters, search: str, exclude: tuple[str, ...] = ()) -> tuple[str, list]:
    """A WHERE clause and its parameters for `filters` (the same rule as timeline.filters.apply_filters);
    the claim ids in `exclude` (claims marked wrong) left out."""
    clauses, params = ["true"], []
    for name, column in FIELD_COLUMNS.items():
        chosen = list(getattr(filters, name))
        if chosen:
            clauses.append(f"{code_sql(column)} IN ({', '.join('?' * len(chosen))})")
            params += chosen
    if filters.date_from is not None:
        clauses.append(f"{WHEN_SQL} >= ?")
        params.append(pd.Timestamp(filters.date_from).to_pydatetime())
    if filters.date_to is not None:
        clauses.append(f"{WHEN_SQL} <= ?")
        params.append(pd.Timestamp(filters.date_to).to_pydatetime())
    if search.strip():
        clauses.append("(" + " OR ".join(f"regexp_matches(\"{c}\", ?, 'i')" for c in SEARCH_COLUMNS) + ")")
        params += [search_pattern(search)] * len(SEARCH_COLUMNS)
    if exclude:
        clauses.append(f"claim_id NOT IN ({', '.join('?' * len(exclude))})")
        params += list(exclude)
    return " AND ".join(clauses), params


def search_pattern(search: str) -> str:
    """A case-blind RE2 pattern matching every spelling fold_str folds to `search` (marks allowed between)."""
    spellings: dict[str, set[str]] = {}
    for source, target in _FOLD.items():
        spellings.setdefault(target, {target}).add(chr(source))
    marks = f"[{_DROPPED}]*"
    return marks.join("[" + "".join(re.escape(c) for c in sorted(spellings.get(ch, {ch}))) + "]"
                      for ch in fold_str(search.strip()))
