"""A person's verdicts on claims ("wrong", "confirmed"), kept apart from the claims table.

Stored in `reviews.csv` beside the claims table (claim id, verdict, note, time), one line per decision, the
last one per claim counting. Claim ids are stable across runs, so re-extracting the table keeps the reviews.
Writers hold a cross-process file lock around read-append-write, and the file is replaced atomically
(temporary file, then rename): a crash or a second writer never loses a review.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from filelock import FileLock

WRONG, CONFIRMED, CLEARED = "wrong", "confirmed", ""
VERDICTS = (WRONG, CONFIRMED, CLEARED)
COLUMNS = ["claim_id", "verdict", "note", "time"]
LOCK_TIMEOUT_S = 30


def reviews_path(claims_path: str | Path) -> Path:
    """Where the reviews of a claims table live: reviews.csv in the same folder."""
    return Path(claims_path).with_name("reviews.csv")


def read_reviews(path: str | Path) -> pd.DataFrame:
    """Every recorded decision, oldest first (an empty frame when there is no file yet)."""
    path = Path(path)
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    out = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return out.reindex(columns=COLUMNS, fill_value="")


def current_verdicts(reviews: pd.DataFrame) -> pd.DataFrame:
    """The last decision per claim (cleared ones dropped), indexed by claim id."""
    last = reviews.drop_duplicates("claim_id", keep="last")
    return last[last["verdict"] != CLEARED].set_index("claim_id")[["verdict", "note", "time"]]


def record_review(path: str | Path, claim_id: str, verdict: str, note: str = "",
                  now: datetime | None = None) -> None:
    """Append one decision under the file lock and replace the file atomically."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {VERDICTS}, not {verdict!r}")
    path = Path(path)
    when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    row = {"claim_id": claim_id, "verdict": verdict, "note": " ".join(note.split()), "time": when}
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S):
        old = path.read_bytes().decode("utf-8") if path.is_file() else ""
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
        if not old:
            writer.writeheader()
        writer.writerow(row)
        _replace(path, old + buf.getvalue())


def _replace(path: Path, text: str) -> None:
    """Write text to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply_reviews(df: pd.DataFrame, verdicts: pd.DataFrame, show_hidden: bool = False) -> pd.DataFrame:
    """The claims with a `review` column (wrong / confirmed / ""); claims marked wrong left out unless shown."""
    if verdicts.empty:   # nothing reviewed: no lookup, no copy of the rows
        return df.assign(review="")
    out = df.assign(review=df["claim_id"].map(verdicts["verdict"]).fillna("").astype(object))
    return out if show_hidden or not (out["review"] == WRONG).any() else out[out["review"] != WRONG]
