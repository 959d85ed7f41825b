"""`python -m extract.bench N [--jobs 2]`: extraction speed and memory on N synthetic articles.

Articles of ~3 KB are made by sampling and recombining sentences of the seed articles (and a few
English sentences below), streamed from a generator through the same run loop as the command
line. Each measurement runs in a child process so its peak memory (maxrss) is its own. For scale,
the same texts are also given to `dateparser.search.search_dates` alone.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from extract.documents import Document, iter_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TARGET_BYTES = 3000
DATEPARSER_SAMPLE = 100     # documents given to search_dates when N is larger (time extrapolated)
ENGLISH_SHARE = 0.2
# Test material for the benchmark only (not language rules): sentences in the style of the seeds.
ENGLISH_SENTENCES = (
    "The Pentagon said on Tuesday that about 2,500 US troops remain in Iraq in an advisory role.",
    "Officials expect the coalition mission to end by September 2025, according to the agreement.",
    "A spokesman confirmed that fewer than 900 soldiers are stationed in northeast Syria.",
    "The parliament voted last year to demand the withdrawal of all foreign forces.",
    "Around 300 marines arrived at the air base earlier this month, a defence official said.",
    "The drawdown from the base in the west of the country was completed in March.",
    "Washington and Baghdad agreed to move the remaining advisers to Erbil by the end of 2026.",
    "Security sources said a convoy left the base overnight towards the Jordanian border.",
)


def seed_sentences(seeds: Path = SEEDS) -> tuple[list[str], list[str]]:
    """(Arabic sentences, English sentences) to recombine: the seeds' sentences plus ENGLISH_SENTENCES."""
    arabic: list[str] = []
    english = list(ENGLISH_SENTENCES)
    for doc in iter_documents([seeds], on_problem=lambda p: None):
        for sentence in re.split(r"(?<=[.!?؟])\s+|\n+", doc.text):
            sentence = sentence.strip()
            if len(sentence) >= 30:
                (arabic if doc.lang == "ar" else english).append(sentence)
    return arabic, english


def synthetic_documents(n: int, seed: int = 0, seeds: Path = SEEDS) -> Iterator[Document]:
    """N reproducible synthetic articles of ~3 KB each, generated one at a time."""
    rng = random.Random(seed)
    arabic, english = seed_sentences(seeds)
    for i in range(n):
        lang = "en" if rng.random() < ENGLISH_SHARE or not arabic else "ar"
        pool = english if lang == "en" else arabic
        parts: list[str] = []
        size = 0
        while size < TARGET_BYTES:
            sentence = rng.choice(pool)
            parts.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
        published = f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield Document(doc_id=f"bench_{i:06d}", text="\n".join(parts), published=published, lang=lang,
                       path=f"<synthetic {i}>", published_from="manifest")


def measure_extraction(n: int, jobs: int, seed: int = 0) -> dict:
    """Run the CLI's loop on N synthetic documents in this process; time and peak RSS. The rules are loaded
    first and timed apart (dateparser's own loading is left out of its figure too)."""
    from extract.pipeline import extract_text
    from extract.runner import run_documents

    loading = time.perf_counter()
    for lang, text in (("ar", "وتنشر الولايات المتحدة 2500 جندي في العراق."),
                       ("en", "The US has 900 troops in Syria.")):
        extract_text(text, published="2024-01-01", lang=lang)
    loading = time.perf_counter() - loading
    with tempfile.TemporaryDirectory() as folder:
        started, cpu = time.perf_counter(), _cpu_seconds()
        summary = run_documents(synthetic_documents(n, seed), Path(folder) / "claims.csv", jobs=jobs,
                                on_problem=lambda p: None)
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return {"documents": summary.documents, "claims": sum(summary.claims.values()), "seconds": seconds,
            "peak_mb": _peak_rss_mb(), "jobs": jobs, "failed": len(summary.problems), "loading": loading,
            "cpu": cpu}


def measure_dateparser(n: int, seed: int = 0, sample: int = DATEPARSER_SAMPLE) -> dict:
    """Time search_dates alone over the same texts (an evenly spaced sample when N > sample)."""
    from dateparser.search import search_dates

    step = max(1, n // sample)
    docs = [d for i, d in enumerate(synthetic_documents(n, seed)) if i % step == 0][:sample]
    search_dates("warm up", languages=["en"])
    started, cpu = time.perf_counter(), _cpu_seconds()
    for doc in docs:
        search_dates(doc.text, languages=[doc.lang])
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    scale = n / max(1, len(docs))
    return {"timed": len(docs), "seconds": seconds, "seconds_for_n": seconds * scale, "cpu_for_n": cpu * scale}


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: what the work cost, whatever else the machine runs."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_rss_mb() -> float:
    """Peak resident memory of this process and its (finished) workers, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KB


def _in_child(kind: str, n: int, jobs: int, seed: int) -> dict:
    """Run one measurement in a fresh interpreter, so peak memory is not the parent's."""
    command = [sys.executable, "-m", "extract.bench", str(n), "--child", kind, "--jobs", str(jobs),
               "--seed", str(seed)]
    result = subprocess.run(command, capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(n: int, jobs: int, seed: int, rounds: int = 1) -> str:
    """Run the benchmark (jobs 1, then `jobs` if more, then dateparser) and describe the results; with more
    rounds, extraction and search_dates alternate again and the median ratio is printed (the load of a shared
    machine changes between two timings, so one pair of them can be off by half)."""
    lines = [f"{n} synthetic documents of ~{TARGET_BYTES / 1000:g} KB (seed sentences recombined, "
             f"~{ENGLISH_SHARE:.0%} English)"]
    first, ratio = _first_round(n, jobs, seed)
    lines += first
    ratios = [ratio]
    for i in range(2, rounds + 1):
        base, dp = _in_child("extract", n, 1, seed), _in_child("dateparser", n, 1, seed)
        ratios.append(base["cpu"] / dp["cpu_for_n"])
        lines.append(f"round {i}: extraction {1000 * base['cpu'] / n:.1f} CPU ms/doc, search_dates "
                     f"{1000 * dp['cpu_for_n'] / n:.1f} CPU ms/doc, ratio {ratios[-1]:.2f}")
    if rounds > 1:
        lines.append(f"median CPU ratio over {rounds} rounds: {statistics.median(ratios):.2f} "
                     f"(extraction is {1 / statistics.median(ratios):.1f}x faster than search_dates)")
    return "\n".join(lines)


def _first_round(n: int, jobs: int, seed: int) -> tuple[list[str], float]:
    """The full figures of one round (extraction, its speedup with `jobs`, search_dates) and its CPU ratio."""
    lines: list[str] = []
    base = _in_child("extract", n, 1, seed)
    lines.append(_extraction_line(base))
    if jobs > 1:
        parallel = _in_child("extract", n, jobs, seed)
        lines.append(_extraction_line(parallel) + f"; speedup {base['seconds'] / parallel['seconds']:.2f}x")
    dp = _in_child("dateparser", n, 1, seed)
    note = "" if dp["timed"] == n else f" (timed on {dp['timed']} of them, extrapolated)"
    lines.append(f"dateparser search_dates alone: {dp['seconds_for_n']:.1f} s for {n} documents, "
                 f"{1000 * dp['seconds_for_n'] / n:.1f} ms/doc, {1000 * dp['cpu_for_n'] / n:.1f} CPU ms/doc{note}")
    lines.append(f"extraction time / search_dates time: {base['seconds'] / dp['seconds_for_n']:.2f} wall, "
                 f"{base['cpu'] / dp['cpu_for_n']:.2f} CPU (the CPU ratio holds on a shared machine)")
    return lines, base["cpu"] / dp["cpu_for_n"]


def _extraction_line(m: dict) -> str:
    rate = m["documents"] / m["seconds"] if m["seconds"] else 0.0
    return (f"extract --jobs {m['jobs']}: {m['documents']} docs, {m['claims']} claims in {m['seconds']:.1f} s: "
            f"{rate:.1f} docs/s, {1000 * m['seconds'] / max(1, m['documents']):.1f} ms/doc, "
            f"{m['documents'] / m['cpu'] if m['cpu'] else 0:.0f} docs per CPU second, "
            f"peak memory {m['peak_mb']:.0f} MB (rules loaded first in {m['loading']:.1f} s)"
            + (f" ({m['failed']} documents FAILED)" if m["failed"] else ""))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.bench", description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of synthetic documents")
    parser.add_argument("--jobs", type=int, default=1, help="also time this many jobs, with the speedup")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the synthetic corpus")
    parser.add_argument("--rounds", type=int, default=1, help="alternate extraction and search_dates this often")
    parser.add_argument("--child", choices=["extract", "dateparser"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.n < 1 or args.jobs < 1 or args.rounds < 1:
        parser.error("N, --jobs and --rounds must be positive")
    if args.child == "extract":
        print(json.dumps(measure_extraction(args.n, args.jobs, args.seed)))
    elif args.child == "dateparser":
        print(json.dumps(measure_dateparser(args.n, args.seed)))
    else:
        print(report(args.n, args.jobs, args.seed, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
