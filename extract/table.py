"""The claims table: its columns and dtypes, typing a frame, reading (CSV, Parquet, dataset) and atomic writing.

The one home of the table's shape, shared by extraction, uploads, the scorer, the timeline and the dashboard.
"""
from __future__ import annotations

import csv
import fcntl
import glob
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import pandas as pd
from filelock import FileLock, Timeout

# The schema's columns (docs/claims-schema.md), in order, then the columns this project adds.
SCHEMA_COLUMNS = [
    "claim_id", "doc_id", "published", "lang", "claim_type", "actor", "country", "base",
    "value", "value_min", "value_max", "qualifier", "date", "date_precision", "date_source",
    "status", "attributed_to", "evidence", "start", "end",
]
EXTRA_COLUMNS = ["title", "source", "url", "source_file", "published_from", "lat", "lon"]
COLUMNS = SCHEMA_COLUMNS + EXTRA_COLUMNS

FLOAT_COLUMNS = ["value", "value_min", "value_max", "lat", "lon"]
INT_COLUMNS = ["start", "end"]
TEXT_COLUMNS = [c for c in COLUMNS if c not in FLOAT_COLUMNS + INT_COLUMNS]
# Free text is kept exactly as stored; codes and dates are stripped when typed for analysis.
FREE_TEXT_COLUMNS = ["attributed_to", "evidence", "title", "source", "url", "source_file"]
CODE_COLUMNS = [c for c in TEXT_COLUMNS if c not in FREE_TEXT_COLUMNS]
# Derived, never stored: a partial date string's period start, as a Timestamp.
DATE_COLUMNS = {"date_dt": "date", "published_dt": "published"}
PARQUET_SUFFIXES = (".parquet", ".pq")
STALE_AFTER = 60.0   # seconds: an unlocked temp file this old was left by a killed writer
# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Claim rows (dicts keyed by COLUMNS) as a DataFrame with COLUMNS in order and stable dtypes."""
    return conform(pd.DataFrame(list(rows), columns=COLUMNS))


def conform(df: pd.DataFrame, complete: bool = True) -> pd.DataFrame:
    """Coerce known columns (floats, Int64 offsets, '' for missing text); add missing COLUMNS if `complete`.

    The stored form: text stays exactly as given (no stripping); derived date columns are dropped.
    """
    df = df.drop(columns=[c for c in DATE_COLUMNS if c in df.columns])
    if complete:
        missing = {c: pd.Series(pd.NA, index=df.index, dtype=object) for c in COLUMNS if c not in df.columns}
        df = df.assign(**missing)
        df = df[COLUMNS + [c for c in df.columns if c not in COLUMNS]]
    else:
        df = df.copy()
    for column in df.columns:
        if column in FLOAT_COLUMNS:
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
        elif column in INT_COLUMNS:
            df[column] = pd.to_numeric(df[column], errors="coerce").round().astype("Int64")
        elif column in TEXT_COLUMNS:
            df[column] = _text(df[column])
    return df


def _text(series: pd.Series) -> pd.Series:
    """A text column: strings, '' for missing; whole floats (ids read as numbers) without '.0'."""
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        series = series.map(lambda v: "" if pd.isna(v) else str(int(v)) if float(v).is_integer() else str(v))
    elif series.dtype == object:
        series = series.map(lambda v: str(int(v)) if isinstance(v, float) and v.is_integer() else v)
    return series.fillna("").astype("str")


def typed_claims(df: pd.DataFrame) -> pd.DataFrame:
    """The analysis form of any claims frame: conform's dtypes, codes stripped, parsed `date_dt`/`published_dt`.

    A frame this function made (or a filtered slice of one) is only copied: the timeline calls it per view.
    """
    if _is_typed(df):
        return df.reset_index(drop=True)
    out = conform(df).reset_index(drop=True)
    for column in CODE_COLUMNS:
        out[column] = out[column].str.strip()
    for derived, source in DATE_COLUMNS.items():
        out[derived] = parse_partial_dates(out[source])
    return out


def _is_typed(df: pd.DataFrame) -> bool:
    """Whether a frame already has every column in its analysis dtype, derived dates included."""
    dtypes = df.dtypes.to_dict()
    return (all(str(dtypes.get(c)) == "datetime64[ns]" for c in DATE_COLUMNS)
            and all(str(dtypes.get(c)) == "float64" for c in FLOAT_COLUMNS)
            and all(str(dtypes.get(c)) == "Int64" for c in INT_COLUMNS)
            and all(str(dtypes.get(c)) == "str" for c in TEXT_COLUMNS))


def empty_claims() -> pd.DataFrame:
    """A typed claims frame with no rows (for "nothing loaded yet")."""
    return typed_claims(to_frame([]))


def parse_partial_dates(s: pd.Series) -> pd.Series:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' -> Timestamp of the period's first day; anything else -> NaT."""
    s = s.fillna("").astype(str).str.strip()
    padded = s.where(s.str.len() != 4, s + "-01-01")
    padded = padded.where(padded.str.len() != 7, padded + "-01")
    parsed = pd.to_datetime(padded.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    return parsed.astype("datetime64[ns]")  # one unit everywhere, so date columns join and compare


# --- reading -------------------------------------------------------------------------------------

def is_parquet(path: str | Path) -> bool:
    """A Parquet file by its name (.parquet, .pq)."""
    return Path(path).suffix.lower() in PARQUET_SUFFIXES


def is_dataset(path: str | Path) -> bool:
    """A Parquet dataset: a directory (`DIR/year=YYYY/<part>.parquet`), or a name without a suffix to create one."""
    path = Path(path)
    return path.is_dir() or (not path.exists() and not path.suffix)


def part_files(folder: str | Path) -> list[Path]:
    """The complete part files of a dataset, in order (temp and hidden files are not parts)."""
    folder = Path(folder)
    return sorted(p for p in folder.rglob("*.parquet")
                  if not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts))


def read_raw(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """The cells of a claims table as stored: a CSV's as text, a Parquet file's or dataset's with their types.

    `columns` reads only those (Parquet reads no others from disk).
    """
    path = Path(path)
    if path.is_dir():
        return _read_dataset(path, columns)
    if is_parquet(path):
        return _only(pd.read_parquet(path, columns=_present(path, columns)), columns)
    return _only(_read_csv(path), columns)


def read_table(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """A claims table (CSV, Parquet file or Parquet dataset directory) in its stored form (`conform`)."""
    frame = conform(read_raw(path, columns))
    return frame if columns is None else frame[columns]


def read_distinct(path: str | Path, columns: list[str]) -> pd.DataFrame:
    """The distinct combinations of some columns (a dataset is scanned in batches: memory stays small)."""
    path = Path(path)
    if not path.is_dir():
        return read_table(path, columns).drop_duplicates(ignore_index=True)
    import pyarrow as pa
    import pyarrow.dataset as ds

    parts = part_files(path)
    if not parts:
        return to_frame([])[columns]
    scanner = ds.dataset([str(p) for p in parts], format="parquet", schema=arrow_schema()).scanner(columns=columns)
    seen = [pa.Table.from_batches([b]).group_by(columns).aggregate([]) for b in scanner.to_batches() if b.num_rows]
    if not seen:
        return to_frame([])[columns]
    unique = pa.concat_tables(seen).group_by(columns).aggregate([])
    return conform(unique.to_pandas())[columns]


def _present(path: Path, columns: list[str] | None) -> list[str] | None:
    """The asked-for columns a Parquet file has (missing ones are added empty by conform)."""
    if columns is None:
        return None
    import pyarrow.parquet as pq

    names = set(pq.read_schema(path).names)
    return [c for c in columns if c in names]


def _only(frame: pd.DataFrame, columns: list[str] | None) -> pd.DataFrame:
    """The frame's asked-for columns that it has."""
    return frame if columns is None else frame[[c for c in columns if c in frame.columns]]


def load_claims(path: str | Path) -> pd.DataFrame:
    """A claims table read and typed for analysis (`typed_claims`)."""
    return typed_claims(read_table(path))


def _read_csv(path: Path) -> pd.DataFrame:
    """All columns as text; pyarrow's reader is ~2.5x faster on large tables, pandas' reports what it cannot."""
    options = dict(dtype=str, keep_default_na=False, encoding="utf-8-sig")
    try:
        return pd.read_csv(path, engine="pyarrow", **options)
    except pd.errors.ParserError:  # e.g. ragged rows written by hand: the C reader reads or reports them
        return pd.read_csv(path, **options)


def _read_dataset(folder: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """Every part file of a Parquet dataset directory (the hive `year=` folders are layout, not a column)."""
    import pyarrow.dataset as ds

    parts = part_files(folder)
    if not parts:
        return to_frame([]) if columns is None else to_frame([])[columns]
    dataset = ds.dataset([str(p) for p in parts], format="parquet", schema=arrow_schema())
    names = set(dataset.schema.names)
    return dataset.to_table(columns=None if columns is None else [c for c in columns if c in names]).to_pandas()


def arrow_schema(extra: list | None = None):
    """The Arrow schema every Parquet file of the table is written with (text as string, offsets as int64)."""
    import pyarrow as pa

    kinds = {**{c: pa.float64() for c in FLOAT_COLUMNS}, **{c: pa.int64() for c in INT_COLUMNS}}
    return pa.schema([pa.field(c, kinds.get(c, pa.string())) for c in COLUMNS] + list(extra or []))


def year_of(published: pd.Series) -> pd.Series:
    """The dataset partition of each row: its publication year, `none` when undated."""
    year = published.fillna("").astype(str).str.strip().str.slice(0, 4)
    return year.where(year.str.fullmatch(r"\d{4}"), "none")


# --- exporting -----------------------------------------------------------------------------------

def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy for CSV exports whose text cells cannot start a formula: OWASP's rule, a leading `'`.

    Only text columns are touched: a negative number in a numeric column stays a number. The claims
    file itself is data, not an export, and is written exactly (`write_table`).
    """
    out = df.copy()
    for column in out.columns:
        cells = out[column]
        if pd.api.types.is_string_dtype(cells) or cells.dtype == object:
            formula = cells.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS)).astype(bool)
            out[column] = cells.where(~formula, "'" + cells.astype(str))
    return out


def csv_text(df: pd.DataFrame, header: bool = True) -> str:
    """A frame as CSV that reads back cell for cell (the one CSV writer of the table and its exports).

    Python's csv module leaves a bare carriage return unquoted when lines end in LF, and every reader
    then breaks the row there; a chunk holding one is written with every cell quoted instead.
    """
    text = [c for c in df.columns if pd.api.types.is_string_dtype(df[c]) or df[c].dtype == object]
    has_cr = any(df[c].astype(str).str.contains("\r", regex=False).any() for c in text)
    return df.to_csv(index=False, header=header, quoting=csv.QUOTE_ALL if has_cr else csv.QUOTE_MINIMAL)


# --- writing -------------------------------------------------------------------------------------

def lock_path(path: str | Path) -> Path:
    """The lock file of a claims table: a hidden file beside it (`data/.claims.csv.lock`)."""
    path = Path(path)
    return path.parent / f".{path.name}.lock"


@contextmanager
def table_lock(path: str | Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the table's writer lock across processes, so a read-merge-write never loses another writer's rows.

    `on_wait()` is called once if another writer holds it (then this one waits its turn).
    """
    lock_file = lock_path(path)
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_file)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait is not None:
            on_wait()
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


def append_rows(path: str | Path, rows: list[dict]) -> None:
    """Add claim rows to the table at `path` (created when missing); call it holding `table_lock(path)`.

    A CSV or Parquet file is rewritten (atomically); a dataset gets new part files and nothing rewritten.
    """
    path = Path(path)
    new = to_frame(rows)
    if is_dataset(path):
        write_parts(new, path, f"append-{time.time_ns()}-{secrets.token_hex(4)}")
        return
    if path.exists():
        old = read_table(path)
        new = pd.concat([old, new], ignore_index=True) if len(old) else new
    write_table(new, path)


def write_parts(df: pd.DataFrame, folder: str | Path, name: str) -> list[Path]:
    """Rows as part files of a dataset, one per publication year: `folder/year=YYYY/<name>.parquet`.

    Each part appears only complete (written beside, then renamed); an existing part of that name is replaced.
    """
    frame = conform(df)
    written = []
    for year, rows in frame.groupby(year_of(frame["published"]), sort=True):
        part = Path(folder) / f"year={year}" / f"{name}.parquet"
        write_table(rows, part)
        written.append(part)
    return written


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    """Replace `path` atomically with `df` (Parquet if the name says so, else UTF-8 CSV)."""
    with TableWriter(path) as writer:
        writer.write(df)


class TableWriter:
    """Write a table in chunks to a temp file beside `path`; replace `path` only when all went well.

    Used as a context manager: any exception (Ctrl-C included) removes the temp file and leaves the
    old output untouched; `discard()` does the same on purpose.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.parquet = is_parquet(self.path)
        self._tmp: Path | None = None
        self._handle = None
        self._parquet_writer = None
        self._wrote_header = False
        self.rows = 0

    def __enter__(self) -> TableWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(self.path)
        fd, self._tmp = _locked_temp(self.path)
        self._handle = os.fdopen(fd, "wb")
        return self

    def write(self, chunk: pd.DataFrame | list[dict]) -> None:
        """Append rows (a DataFrame or claim dicts) to the temp file."""
        frame = to_frame(chunk) if isinstance(chunk, list) else conform(chunk)
        if self.parquet:
            self._write_parquet(frame)
        else:
            self._handle.write(csv_text(frame, header=not self._wrote_header).encode("utf-8"))
            self._wrote_header = True
        self.rows += len(frame)

    def _write_parquet(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet_writer is None:
            extra = [f for f in table.schema if f.name not in COLUMNS]
            self._parquet_writer = pq.ParquetWriter(self._handle, arrow_schema(extra))
        self._parquet_writer.write_table(table.cast(self._parquet_writer.schema))

    def discard(self) -> None:
        """Drop what was written; the old output stays as it was."""
        self._close()
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc_type is not None or self._tmp is None:
            self.discard()
            return
        try:
            self._commit()
        except BaseException:
            self.discard()
            raise

    def _commit(self) -> None:
        """Finish the file, fsync it and move it over the output."""
        if self.parquet and self._parquet_writer is None:
            self._write_parquet(to_frame([]))
        if not self.parquet and not self._wrote_header:
            self.write(to_frame([]))
        if self._parquet_writer is not None:
            self._parquet_writer.close()
            self._parquet_writer = None
        self._handle.flush()
        if self.path.exists():   # a rewrite keeps the file's mode (0644 stays 0644)
            os.fchmod(self._handle.fileno(), stat.S_IMODE(self.path.stat().st_mode))
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._handle = None
        os.replace(self._tmp, self.path)
        self._tmp = None
        _fsync_dir(self.path.parent)

    def _close(self) -> None:
        for closer in (self._parquet_writer, self._handle):
            if closer is not None:
                try:
                    closer.close()
                except (OSError, ValueError):  # already failing; the temp file is removed next
                    pass
        self._parquet_writer = self._handle = None


def _locked_temp(path: Path) -> tuple[int, Path]:
    """A new temp file beside `path` (`.claims.csv.<random>.tmp`), locked while its writer lives.

    Created with mode 0666 less the umask, as `open()` would (mkstemp's 0600 would make the table private).
    """
    while True:
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # released by the kernel when the writer dies
        return fd, tmp


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Delete the temp files a killed writer of `path` left; a live writer's (locked, or new) are kept."""
    path = Path(path)
    removed = []
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if time.time() - tmp.stat().st_mtime < STALE_AFTER:
                continue
            fd = os.open(tmp, os.O_RDONLY)
        except FileNotFoundError:   # its writer just renamed or removed it
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:     # a writer still holds it
            continue
        else:
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
        finally:
            os.close(fd)
    return removed


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (best effort: not every system lets a directory be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
