"""`python -m timeline.store_bench DATASET`: query times of the claims store on a big Parquet dataset (not a test).

Prints, in one run: the same filters through DuckDB on DATASET (e.g. 10 million claims from
`python -m timeline.synth`), through DuckDB on a 1,000,000-claim dataset made here, and through pandas
(the in-memory store CSV and Parquet files get) on those 1,000,000 claims: the baseline. DuckDB runs with
1 thread (a per-core figure) and 2. Wall seconds, CPU seconds, rows returned, peak memory of the process.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from extract.table import load_claims

from .filters import Filters
from .store import DatasetStore, FrameStore
from .synth import write_synthetic

BASELINE_ROWS = 1_000_000
FIVE_YEARS = Filters(actors=("USA",), countries=("IRQ",), date_from=date(2010, 1, 1), date_to=date(2014, 12, 31))
QUERIES: dict[str, tuple[str, Filters, str, int | None]] = {   # name -> (what, filters, search, limit)
    "one actor (PMF)": ("rows", Filters(actors=("PMF",)), "", None),
    "actor+country+5 years": ("rows", FIVE_YEARS, "", None),
    "same, first 1,000 rows": ("rows", FIVE_YEARS, "", 1000),
    "type+status": ("rows", Filters(claim_types=("deadline",), statuses=("planned",)), "", None),
    "count actor+country+5y": ("count", FIVE_YEARS, "", None),
    "count search 'عين الأسد'": ("count", Filters(), "عين الأسد", None),
}


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds, result) of fn()."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def bench(label: str, store: DatasetStore | FrameStore) -> dict[str, float]:
    """Time options(), count() and each query on one store; print one line each."""
    results = {}
    wall, cpu, opts = timed(store.options)
    print(f"{label:<34} {'options()':<28} {wall:7.3f} s  cpu {cpu:6.2f} s  {len(opts['actors'])} actors")
    results["options"] = wall
    wall, cpu, n = timed(store.count)
    print(f"{label:<34} {'count(all)':<28} {wall:7.3f} s  cpu {cpu:6.2f} s  {n:>10,} claims")
    results["count"] = wall
    for name, (what, filters, search, limit) in QUERIES.items():
        if what == "count":
            wall, cpu, n = timed(lambda f=filters, s=search: store.count(f, search=s))
        else:
            wall, cpu, frame = timed(lambda f=filters, s=search, k=limit: store.query(f, search=s, limit=k))
            n = len(frame)
            del frame
        print(f"{label:<34} {name:<28} {wall:7.3f} s  cpu {cpu:6.2f} s  {n:>10,} {what}  peak {peak_mb():,.0f} MB")
        results[name] = wall
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the ratios."""
    parser = argparse.ArgumentParser(prog="python -m timeline.store_bench", description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="a claims dataset directory (python -m timeline.synth)")
    args = parser.parse_args(argv)
    if not args.dataset.is_dir():
        print(f"error: {args.dataset} is not a dataset directory", file=sys.stderr)
        return 2
    big = {threads: bench(f"duckdb {threads} thread(s), {args.dataset.name}", DatasetStore(args.dataset, threads))
           for threads in (1, 2)}
    print(f"peak memory so far (DuckDB on {args.dataset.name} only): {peak_mb():,.0f} MB\n")
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "claims1m"
        write_synthetic(BASELINE_ROWS, small)
        small_duck = bench("duckdb 2 threads, 1M", DatasetStore(small, threads=2))
        wall, _, frame = timed(lambda: load_claims(small))
        print(f"baseline: {BASELINE_ROWS:,} claims loaded into pandas in {wall:.1f} s, peak {peak_mb():,.0f} MB")
        base = bench("pandas, 1M (baseline)", FrameStore(frame))
    print("\nratios (wall): pandas 1M / duckdb 1M (2 threads);  duckdb 1 thread / 2 threads on the big dataset")
    for name in base:
        print(f"  {name:<28} {base[name] / small_duck[name]:7.2f}x   {big[1][name] / big[2][name]:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
