"""`python -m extract.bench_scale [N]`: the engines side by side on the same N articles, and the pre-filter.

Two corpora of N articles are written as `.jsonl.gz` shards of 1,000: troop news (extract.bench's
synthetic articles) and a crawl where 95% of the articles are unrelated news (extract.unrelated). Each
run is `python -m extract` in a child process, timed on the wall clock and in CPU seconds (the child
and every worker it started), so a machine that gives two processes less than two cores shows it:
docs/s, docs per CPU second (the per-core figure), and each run's ratio to the baseline of its group,
measured in the same run.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from extract.bench import synthetic_documents
from extract.documents import Document
from extract.unrelated import crawl_documents

ROOT = Path(__file__).resolve().parent.parent
SHARD_SIZE = 1000
RELATED_SHARE = 0.05


def write_shards(docs: Iterable[Document], folder: Path) -> int:
    """Documents as JSON Lines shards of SHARD_SIZE, gzip-compressed; how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, count = None, 0
    for count, doc in enumerate(docs, start=1):
        if (count - 1) % SHARD_SIZE == 0:
            if handle:
                handle.close()
            handle = gzip.open(folder / f"part-{(count - 1) // SHARD_SIZE:05d}.jsonl.gz", "wt", encoding="utf-8")
        record = {"id": doc.doc_id, "text": doc.text, "published": doc.published, "lang": doc.lang}
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return count


def measure(label: str, args: list[str]) -> dict:
    """One `python -m extract` run: wall and CPU seconds, and its summary's documents, claims, skipped."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "extract", *args], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    out = done.stdout
    return {"label": label, "wall": wall, "cpu": cpu, "code": done.returncode,
            "documents": _number(out, "read ", " documents"), "claims": _number(out, " s: ", " claims"),
            "skipped": _number(out, "pre-filter: ", " of "), "dashboard": _dashboard(done.stderr)}


def _number(text: str, before: str, after: str) -> int:
    """The integer between two markers of the run's summary (0 when absent)."""
    start = text.find(before)
    if start < 0:
        return 0
    start += len(before)
    end = text.find(after, start)
    try:
        return int(text[start:end])
    except ValueError:
        return 0


def _dashboard(stderr: str) -> str:
    line = next((ln for ln in stderr.splitlines() if ln.startswith("Dask dashboard: ")), "")
    return line.split()[2] if line else ""


def _note(doc: Document, related: set[str]) -> Document:
    """Pass a crawl document on, noting the id of a troop article."""
    if doc.path.startswith("<synthetic"):
        related.add(doc.doc_id)
    return doc


def _claims_of(out: Path, related: set[str]) -> int:
    """Claims of the troop articles in a run's output (a Parquet file or dataset)."""
    from extract.table import read_table

    path = out if out.is_dir() else Path(f"{out}.parquet")
    return int(read_table(path)["doc_id"].isin(related).sum())


def line(m: dict, base: dict) -> str:
    """One row of the table."""
    rate, per_cpu = m["documents"] / m["wall"], m["documents"] / max(m["cpu"], 1e-9)
    skipped = f"{m['skipped'] / m['documents']:6.1%}" if m["skipped"] else "     -"
    ratio = (m["documents"] / m["wall"]) / (base["documents"] / base["wall"])
    flag = "" if m["code"] in (0, 1) else f"  (exit {m['code']})"
    return (f"  {m['label']:<34} {m['documents']:>7} {m['claims']:>7} {m['wall']:8.1f} {rate:8.1f} "
            f"{m['cpu']:8.1f} {per_cpu:9.1f} {m['cpu'] / m['wall']:6.2f} {skipped} {ratio:6.2f}x{flag}")


HEADER = (f"  {'run':<34} {'docs':>7} {'claims':>7} {'wall s':>8} {'docs/s':>8} {'CPU s':>8} {'docs/CPU-s':>9} "
          f"{'cores':>6} {'skip':>6} {'ratio':>7}")


def report(n: int, workers: int) -> Iterable[str]:
    """Write both corpora, run every engine on them, and describe the results as they come."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    yield (f"{n} articles per corpus in .jsonl.gz shards of {SHARD_SIZE}; {cores} cores on this machine "
           f"(shared: 'cores' is CPU s / wall s, what the run really got)")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        write_shards(synthetic_documents(n), tmp / "troops")
        related: set[str] = set()
        write_shards((_note(doc, related) for doc in crawl_documents(n, RELATED_SHARE)), tmp / "crawl")
        groups = [
            ("troop news (every article about troops)", "troops", [
                ("local --jobs 1 (baseline)", ["--jobs", "1", "-o", "OUT.parquet"]),
                (f"local --jobs {workers}", ["--jobs", str(workers), "-o", "OUT.parquet"]),
                (f"dask LocalCluster, {workers} workers", ["--engine", "dask", "--jobs", str(workers), "-o", "OUT"]),
            ]),
            (f"crawl ({1 - RELATED_SHARE:.0%} unrelated news, Arabic and English)", "crawl", [
                ("local --jobs 1 (baseline)", ["--jobs", "1", "-o", "OUT.parquet"]),
                ("local --jobs 1 --prefilter", ["--jobs", "1", "--prefilter", "-o", "OUT.parquet"]),
                (f"dask {workers} workers --prefilter",
                 ["--engine", "dask", "--jobs", str(workers), "--prefilter", "-o", "OUT"]),
            ]),
        ]
        kept: dict[str, int] = {}
        for title, corpus, runs in groups:
            yield f"{title}:"
            yield HEADER
            base = None
            for i, (label, args) in enumerate(runs):
                out = tmp / f"out-{corpus}-{i}"
                args = [a.replace("OUT", str(out)) for a in args]
                result = measure(label, [str(tmp / corpus), *args])
                base = base or result
                yield line(result, base)
                if result["dashboard"]:
                    yield f"    (Dask dashboard was at {result['dashboard']})"
                if corpus == "crawl":
                    kept[label] = _claims_of(out, related)
                shutil.rmtree(out, ignore_errors=True)
                Path(f"{out}.parquet").unlink(missing_ok=True)
        yield ("  claims from the crawl's troop articles: "
               + ", ".join(f"{count} ({label})" for label, count in kept.items())
               + " (the rest came from unrelated articles: what the pre-filter removes)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.bench_scale", description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=20_000, help="articles per corpus (default 20000)")
    parser.add_argument("--workers", type=int, default=2, help="processes / Dask workers (default 2)")
    args = parser.parse_args(argv)
    for text in report(args.n, args.workers):
        print(text, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
