"""The claims table: its columns, building a DataFrame from claim rows, and atomic writing."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType

import pandas as pd

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


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Claim rows (dicts keyed by COLUMNS) as a DataFrame with COLUMNS in order and stable dtypes."""
    frame = pd.DataFrame(list(rows), columns=COLUMNS)
    return conform(frame)


def conform(df: pd.DataFrame, complete: bool = True) -> pd.DataFrame:
    """Coerce known columns (floats, Int64 offsets, '' for missing text); add missing COLUMNS if `complete`."""
    df = df.copy()
    if complete:
        for column in COLUMNS:
            if column not in df.columns:
                df[column] = pd.NA
        df = df[COLUMNS + [c for c in df.columns if c not in COLUMNS]]
    for column in df.columns:
        if column in FLOAT_COLUMNS:
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
        elif column in INT_COLUMNS:
            numbers = pd.to_numeric(df[column], errors="coerce")
            df[column] = numbers.round().astype("Int64")
        elif column in TEXT_COLUMNS:
            df[column] = _text(df[column])
    return df


def _text(series: pd.Series) -> pd.Series:
    """A text column: strings, '' for missing; whole floats (ids read as numbers) without '.0'."""
    def as_str(value: object) -> str:
        if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    return series.map(as_str).astype("str")


def read_table(path: str | Path) -> pd.DataFrame:
    """A claims table written by write_table (CSV or Parquet), with the same dtypes as to_frame."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        return conform(pd.read_parquet(path))
    return conform(pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig"))


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    """Replace `path` atomically with `df` (Parquet if the name ends .parquet, else UTF-8 CSV)."""
    with TableWriter(path) as writer:
        writer.write(df)


class TableWriter:
    """Write a table in chunks to a temp file beside `path`; replace `path` only when all went well.

    Used as a context manager: any exception (Ctrl-C included) removes the temp file and leaves the
    old output untouched; `discard()` does the same on purpose.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.parquet = self.path.suffix.lower() == ".parquet"
        self._tmp: Path | None = None
        self._handle = None
        self._parquet_writer = None
        self._wrote_header = False
        self.rows = 0

    def __enter__(self) -> TableWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self._tmp = Path(name)
        self._handle = os.fdopen(fd, "wb")
        return self

    def write(self, chunk: pd.DataFrame | list[dict]) -> None:
        """Append rows (a DataFrame or claim dicts) to the temp file."""
        frame = to_frame(chunk) if isinstance(chunk, list) else conform(chunk)
        if self.parquet:
            self._write_parquet(frame)
        else:
            text = frame.to_csv(index=False, header=not self._wrote_header)
            self._handle.write(text.encode("utf-8"))
            self._wrote_header = True
        self.rows += len(frame)

    def _write_parquet(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet_writer is None:
            self._parquet_writer = pq.ParquetWriter(self._handle, table.schema)
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
                except Exception:  # already failing; the temp file is removed next
                    pass
        self._parquet_writer = self._handle = None


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
