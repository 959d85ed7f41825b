"""`python -m timeline.bench [N]`: timings of figure building, filter changes and PNG export (not a test)."""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.io as pio

from extract.table import load_claims, typed_claims

from .export import export_status, image_bytes
from .figures import bases_figure, claims_frame, deadlines_figure, troops_figure
from .filters import Filters, apply_filters
from .load import actor_label

TODAY = date(2025, 6, 1)
SAMPLE = Path(__file__).parents[1] / "tests" / "data" / "sample_claims.csv"
CLAIMS = Path(__file__).parents[1] / "data" / "claims.csv"
GOALS = {"first render": 3.0, "filter change": 0.5, "png export": 1.0}


def synthetic_claims(n: int, seed: int = 0) -> pd.DataFrame:
    """n random but schema-valid claims (vectorised) for timing."""
    rng = np.random.default_rng(seed)
    pick = lambda values: rng.choice(np.array(values, dtype=object), n)  # noqa: E731
    kinds = pick(["troop_count"] * 4 + ["presence"] * 2 + ["troop_target", "withdrawal", "deployment", "deadline"])
    days = pd.Timestamp("2014-01-01") + pd.to_timedelta(rng.integers(0, 365 * 14, n), unit="D")
    value = np.where(np.isin(kinds, ["presence", "deadline"]), np.nan, rng.integers(50, 6000, n).astype(float))
    qual = np.where(np.isnan(value), "", pick(["exact", "approx", "under", "over", "range"]))
    date_source = pick(["text", "text", "published"])
    df = pd.DataFrame({
        "claim_id": [f"s{i}" for i in range(n)], "doc_id": pick([f"doc{i}" for i in range(2000)]),
        "lang": pick(["ar", "en"]), "claim_type": kinds,
        "actor": pick(["USA", "COALITION", "RUS", "FRA", "GBR", "PMF"]),
        "country": pick(["IRQ", "SYR", "DEU", "NER", "AFG"]),
        "base": pick(["", "", "", "Ain al-Asad", "Erbil", "Harir", "Al-Tanf", "Hmeimim", "Niamey"]),
        "value": value, "value_min": np.where(qual == "range", value - 200, np.nan),
        "value_max": np.where(qual == "range", value + 200, np.nan), "qualifier": qual,
        "date": days.strftime("%Y-%m-%d"), "date_precision": pick(["day", "month", "year"]),
        "date_source": date_source, "published": days.strftime("%Y-%m-%d"),
        "status": pick(["reported", "reported", "planned", "demanded", "proposed"]),
        "evidence": pick(["يوجد نحو 2500 جندي أمريكي في قاعدة عين الأسد غرب العراق بحسب مسؤولين.",
                          "About 900 US troops remain in north-east Syria, officials said on Monday."]),
        "source": pick(["Sample Wire", "صحيفة العينة"]), "title": "synthetic",
    })
    return typed_claims(df)


def _timed(fn) -> tuple[float, object]:
    """Wall-clock seconds taken by fn() and its result (also records CPU seconds in _CPU)."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    _CPU.append(time.process_time() - c0)
    return time.perf_counter() - t0, out


_CPU: list[float] = []   # CPU seconds of the last timings: a shared machine inflates wall time


def _all_views(df: pd.DataFrame) -> list:
    """Every view, serialised as the browser would receive it (as st.plotly_chart does)."""
    figs = [troops_figure(df, TODAY), bases_figure(df, TODAY), deadlines_figure(df, TODAY)]
    [pio.to_json(f, validate=False) for f in figs]
    claims_frame(df)
    return figs


def bench(name: str, df: pd.DataFrame) -> dict[str, float]:
    """Time first render, a filter change and PNG exports on one claims table; print one line each."""
    times: dict[str, float] = {}
    times["first render"], _ = _timed(lambda: _all_views(df))
    f = Filters(actors=("USA",), countries=("IRQ",))
    times["filter change"], figs = _timed(lambda: _all_views(apply_filters(df, f)))
    if export_status()[0]:
        image_bytes(figs[0], "png")                       # first export starts the browser
        times["png export"], _ = _timed(lambda: image_bytes(figs[1], "png"))
    print(f"{name} ({len(df):,} claims)")
    cpu = _CPU[-len(times):]
    for (key, secs), cpu_secs in zip(times.items(), cpu):
        verdict = "ok" if secs < GOALS[key] else f"SLOW (goal < {GOALS[key]} s)"
        print(f"  {key:14s} {secs:6.2f} s wall, {cpu_secs:5.2f} s CPU in this process  {verdict}")
    return times


def bench_app(df: pd.DataFrame) -> None:
    """The whole dashboard (Streamlit's AppTest, no browser): first run reading the table from disk, then an
    actor filter change — the figures above plus widgets, URL state and Streamlit's own work."""
    import os
    import tempfile

    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.csv"
        df[[c for c in df.columns if not c.endswith("_dt")]].to_csv(path, index=False)
        old, os.environ["CLAIMS_PATH"] = os.environ.get("CLAIMS_PATH"), str(path)
        try:
            at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "dashboard.py"), default_timeout=300)
            first, _ = _timed(at.run)
            change, _ = _timed(lambda: at.multiselect[0].set_value([str(df["actor"].iloc[0])]).run())
        finally:
            os.environ.pop("CLAIMS_PATH") if old is None else os.environ.__setitem__("CLAIMS_PATH", old)
    print(f"dashboard app ({len(df):,} claims, AppTest)")
    print(f"  first run      {first:6.2f} s wall (reads the CSV, draws the troop-levels tab)")
    print(f"  filter change  {change:6.2f} s wall")


def main(argv: list[str] | None = None) -> int:
    """In-process figure timings on N synthetic claims, or (--browser) the dashboard timed in Chromium."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m timeline.bench", description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="claims for the in-process timings")
    parser.add_argument("--browser", action="store_true",
                        help="time the dashboard in Chromium (timeline.browser_bench)")
    parser.add_argument("--sizes", default="41,10000,100000,1000000", help="--browser: table sizes, comma-separated")
    parser.add_argument("--sessions", type=int, default=10, help="--browser: extra sessions for the memory figure")
    parser.add_argument("--dataset", type=Path, help="--browser: time this Parquet dataset directory instead")
    args = parser.parse_args(argv)
    if args.browser and args.dataset:
        from .browser_bench import run_dataset
        return run_dataset(args.dataset, args.sessions)
    if args.browser:
        from .browser_bench import run
        return run([int(x) for x in args.sizes.split(",")], args.sessions)
    actor_label("USA")  # load the gazetteer once, outside the timings
    ok, why = export_status()
    if not ok:
        print(f"(no PNG timings: {why})")
    synthetic = synthetic_claims(args.n)
    bench("synthetic", synthetic)
    bench_app(synthetic)
    bench(str(SAMPLE.relative_to(SAMPLE.parents[2])), load_claims(SAMPLE))
    if CLAIMS.exists():
        bench("data/claims.csv", load_claims(CLAIMS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
