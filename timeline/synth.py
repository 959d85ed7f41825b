"""`python -m timeline.synth --rows N --out DIR`: a synthetic claims dataset made from the seeds' claims.

Each replica of the seeds' table (`data/claims.csv`) gets its own document and claim ids (`~<replica>`) and
is moved back by a whole number of years (0-29, later replicas further), so the dataset spans three decades;
evidence, actors, places and the source articles stay the seeds' own. Written as the agreed dataset layout,
`DIR/year=YYYY/part-NNNNN.parquet`, for benchmarks and scale tests (not for analysis).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from extract.table import read_table, write_parts

ROOT = Path(__file__).resolve().parents[1]
SEEDS_TABLE = ROOT / "data" / "claims.csv"
YEARS_BACK = 30          # replicas are spread over this many years
CHUNK_ROWS = 250_000     # rows per batch of part files (bounded memory)


def shift_years(dates: pd.Series, years: np.ndarray) -> pd.Series:
    """Partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD', '') moved back by `years`; 29 February becomes the 28th."""
    head = pd.to_numeric(dates.str.slice(0, 4), errors="coerce")
    moved = (head - years).astype("Int64").astype(str)
    out = (moved + dates.str.slice(4)).where(head.notna(), dates)
    return out.str.replace(r"-02-29$", "-02-28", regex=True)


def replica_chunk(seeds: pd.DataFrame, start: int, n: int, total: int) -> pd.DataFrame:
    """Rows start .. start+n of `total` rows of seed replicas; replicas in order move back 0 .. 29 years."""
    rows = np.arange(start, start + n)
    chunk = seeds.iloc[rows % len(seeds)].reset_index(drop=True)
    replica = rows // len(seeds)
    tag = pd.Series("~" + pd.Series(replica).astype(str))
    back = rows * YEARS_BACK // total   # consecutive rows share a year: few, large part files
    return chunk.assign(claim_id=chunk["claim_id"] + tag, doc_id=chunk["doc_id"] + tag,
                        date=shift_years(chunk["date"], back), published=shift_years(chunk["published"], back))


def write_synthetic(rows: int, out: Path, seeds_table: Path = SEEDS_TABLE) -> int:
    """Write `rows` synthetic claims under `out` (which must not exist yet); the number of part files."""
    seeds = read_table(seeds_table)
    if seeds.empty:
        raise ValueError(f"{seeds_table} has no claims to replicate")
    parts = 0
    for i, start in enumerate(range(0, rows, CHUNK_ROWS)):
        chunk = replica_chunk(seeds, start, min(CHUNK_ROWS, rows - start), rows)
        parts += len(write_parts(chunk, out, f"part-{i:05d}"))
    return parts


def main(argv: list[str] | None = None) -> int:
    """Entry point: write the dataset and say how long it took."""
    parser = argparse.ArgumentParser(prog="python -m timeline.synth", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--out", type=Path, required=True, help="dataset directory to create")
    parser.add_argument("--seeds-table", type=Path, default=SEEDS_TABLE)
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be positive")
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out} exists and is not empty", file=sys.stderr)
        return 2
    started = time.perf_counter()
    parts = write_synthetic(args.rows, args.out, args.seeds_table)
    print(f"wrote {args.rows:,} claims in {parts} part files under {args.out} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
