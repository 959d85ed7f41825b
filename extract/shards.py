"""Extraction into a Parquet dataset shard by shard: what the Dask engine spreads over workers.

A shard is one record file (`.jsonl`, `.jsonl.gz`, `.csv`) or a batch of single-article files of one
folder, taken in the order the local engine reads them. Each shard is read, extracted and written as
its own part files, `DIR/year=YYYY/<shard>-000.parquet` (extract.table.write_parts: a part appears only
complete), and then recorded in `DIR/_shards/<shard>.json` (documents, claims by type, problems, ids).
A recorded shard is done: a killed run restarted with the same command skips it. A shard none of whose
files could be read is reported and not recorded, so it is tried again next time.

Document ids are made unique across shards as the local engine makes them unique across files: in
input order, a repeated id becomes `id~2`. Shards run independently, so a shard whose ids turn out to
collide with an earlier shard's is extracted again with those ids renamed; the rows and claim ids are
then the local engine's.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from extract import runner
from extract.documents import DEFAULT_MAX_BYTES, OnProblem, Problem, input_files, iter_documents
from extract.table import to_frame, write_parts

RECORDS_DIR = "_shards"
FILES_PER_SHARD = 1000      # single-article files (.txt, .html) per shard
ROWS_PER_PART = 50_000      # claim rows a shard holds before it writes them as parts
RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Shard:
    """Input files extracted together into one set of part files."""

    name: str
    files: tuple[str, ...]


@dataclass
class ShardResult:
    """What extracting one shard gave (also its record in `DIR/_shards/`)."""

    name: str
    documents: int = 0
    claims: dict[str, int] = field(default_factory=dict)
    undated: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    prefiltered: int = 0       # documents the relevance pre-filter skipped
    parts: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """Nothing could be read: not recorded, tried again by the next run."""
        return self.documents == 0 and any(p.kind == "skipped" for p in self.problems)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ShardResult:
        data = json.loads(text)
        data["problems"] = [Problem(**p) for p in data["problems"]]
        return cls(**data)


# --- planning --------------------------------------------------------------------------------------

def plan_shards(paths: Sequence[str | Path], on_problem: OnProblem,
                files_per_shard: int = FILES_PER_SHARD) -> list[Shard]:
    """The shards of the inputs, in the local engine's reading order; unreadable paths are reported."""
    shards: list[Shard] = []
    batch: list[Path] = []

    def close_batch() -> None:
        if batch:
            shards.append(_shard(batch, f"{batch[0].parent.name}-{batch[0].stem}"))
            batch.clear()

    for path in input_files(paths, on_problem):
        if path.name.lower().endswith(RECORD_SUFFIXES):
            close_batch()
            shards.append(_shard([path], re.sub(r"(?i)\.(jsonl(\.gz)?|csv)$", "", path.name)))
        else:
            if batch and (batch[0].parent != path.parent or len(batch) >= files_per_shard):
                close_batch()
            batch.append(path)
    close_batch()
    return shards


def _shard(files: list[Path], label: str) -> Shard:
    """A shard named for people (its first file) and made unique by a hash of its files' full paths."""
    digest = hashlib.sha1("\0".join(str(f.resolve()) for f in files).encode("utf-8")).hexdigest()[:10]
    slug = _UNSAFE.sub("_", label).strip("._-")[:60] or "shard"
    return Shard(name=f"{slug}-{digest}", files=tuple(str(f) for f in files))


# --- one shard -------------------------------------------------------------------------------------

def extract_shard(shard: Shard, out: str, max_bytes: int = DEFAULT_MAX_BYTES, taken: frozenset[str] = frozenset(),
                  prefilter: bool = False, extract: runner.Extract | None = None) -> ShardResult:
    """Read, extract and write one shard, then record it; ids in `taken` (earlier shards') are renamed."""
    result = ShardResult(name=shard.name)
    extract = extract or runner.pipeline()
    keep = _relevance() if prefilter else None
    summary = runner.Summary(out=out)
    rows: list[dict] = []
    written: list[Path] = []
    chunks = 0
    docs = iter_documents(shard.files, result.problems.append, max_bytes)
    for doc in runner.unique_ids(docs, result.problems.append, taken):
        if len(rows) >= ROWS_PER_PART:   # a big shard in several parts: memory stays bounded
            written += write_parts(to_frame(rows), out, _part_name(shard, chunks))
            rows, chunks = [], chunks + 1
        result.doc_ids.append(doc.doc_id)
        if keep is not None and not keep(doc.text):
            result.prefiltered += 1
            found, error = [], ""
        else:
            _, found, error = runner.extract_one(extract, doc)
        runner.count(summary, doc, found, error, result.problems.append)
        rows += runner.complete_rows(doc, found)
    result.documents, result.claims, result.undated = summary.documents, dict(summary.claims), summary.undated
    if result.failed:
        return result
    written += write_parts(to_frame(rows), out, _part_name(shard, chunks))
    own = re.compile(rf"{re.escape(shard.name)}-\d{{3,}}\.parquet")
    for stale in {p for p in Path(out).glob("year=*/*.parquet") if own.fullmatch(p.name)} - set(map(Path, written)):
        stale.unlink()   # a part of an earlier attempt that this one did not write again
    result.parts = [str(Path(p).relative_to(out)) for p in written]
    _write_record(Path(out), result)
    return result


def _part_name(shard: Shard, chunk: int) -> str:
    """`<shard>-000`, `<shard>-001`...: the same names for the same input, so a rerun replaces them."""
    return f"{shard.name}-{chunk:03d}"


def _relevance() -> Callable[[str], bool]:
    from extract.prefilter import load_prefilter

    return load_prefilter().relevant


def _write_record(out: Path, result: ShardResult) -> None:
    """`DIR/_shards/<shard>.json`, written beside and renamed: the shard is done once it exists."""
    folder = out / RECORDS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{result.name}.", suffix=".tmp", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(result.to_json())
    os.replace(tmp, folder / f"{result.name}.json")


def done_shards(out: str | Path) -> dict[str, ShardResult]:
    """The shards already recorded in the dataset `out` (none when it does not exist yet)."""
    folder = Path(out) / RECORDS_DIR
    if not folder.is_dir():
        return {}
    return {p.stem: ShardResult.from_json(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


# --- a whole run -------------------------------------------------------------------------------------

Mapper = Callable[[Callable[..., ShardResult], list[Shard], dict], Iterator[tuple[Shard, ShardResult | str]]]


def run_dataset(paths: Sequence[str | Path], out: str | Path, mapper: Mapper, max_mb: float = DEFAULT_MAX_BYTES / 2**20,
                files_per_shard: int = FILES_PER_SHARD, prefilter: bool = False, progress: bool = False,
                on_problem: OnProblem | None = None) -> runner.Summary:
    """Extract every shard not yet recorded in `out` with `mapper` (local or Dask); the run's summary."""
    started = time.perf_counter()
    summary = runner.Summary(out=str(out))
    report = runner.reporter(summary, on_problem)
    shards = plan_shards(paths, report, files_per_shard)
    results = {name: r for name, r in done_shards(out).items() if name in {s.name for s in shards}}
    todo = [s for s in shards if s.name not in results]
    options = {"out": str(out), "max_bytes": int(max_mb * 2**20), "prefilter": prefilter}
    bar = _bar(len(todo), progress)
    for shard, result in mapper(extract_shard, todo, options):
        bar.update()
        if isinstance(result, str):
            report(Problem(_where(shard), f"shard failed: {result}"))
            continue
        for problem in result.problems:
            report(problem)
        if not result.failed:
            results[shard.name] = result
    bar.close()
    _unique_across_shards(shards, results, options, report)
    _summarise(summary, [results[s.name] for s in shards if s.name in results], len(shards) - len(todo))
    summary.seconds = time.perf_counter() - started
    return summary


def _unique_across_shards(shards: list[Shard], results: dict[str, ShardResult], options: dict,
                          report: OnProblem) -> None:
    """Rename ids that repeat an earlier shard's, as the local engine would: such shards are extracted again."""
    seen: set[str] = set()
    for shard in shards:
        result = results.get(shard.name)
        if result is None:
            continue
        if seen.intersection(result.doc_ids):
            before = {str(p) for p in result.problems}
            result = extract_shard(shard, taken=frozenset(seen), **options)
            results[shard.name] = result
            for problem in result.problems:
                if str(problem) not in before:
                    report(problem)
        seen.update(result.doc_ids)


def _summarise(summary: runner.Summary, results: Iterable[ShardResult], resumed: int) -> None:
    """The run's totals over its shards (those done by an earlier run included)."""
    for result in results:
        summary.documents += result.documents
        summary.claims.update(result.claims)
        summary.undated += result.undated
        summary.prefiltered += result.prefiltered
        summary.parts += len(result.parts)
        summary.shards += 1
    summary.resumed = resumed
    summary.written = summary.shards > 0


def _where(shard: Shard) -> str:
    return shard.files[0] if len(shard.files) == 1 else f"{shard.files[0]} (+{len(shard.files) - 1} files)"


def _bar(total: int, enabled: bool):
    """The client's progress bar over shards (on a terminal)."""
    from tqdm import tqdm

    return tqdm(total=total, unit="shard", file=sys.stderr, dynamic_ncols=True,
                disable=not enabled or not sys.stderr.isatty())


# --- local mappers -----------------------------------------------------------------------------------

def local_mapper(jobs: int = 1) -> Mapper:
    """Shards in this process (jobs 1) or a process pool, results as they complete."""
    def mapper(fn, shards: list[Shard], options: dict) -> Iterator[tuple[Shard, ShardResult | str]]:
        if jobs <= 1 or len(shards) <= 1:
            for shard in shards:
                yield shard, _guarded(fn, shard, options)
            return
        from multiprocessing import Pool

        with Pool(jobs, initializer=runner.ignore_sigint) as pool:
            calls = [(fn, shard, options) for shard in shards]
            for shard, result in zip(shards, pool.imap(_call, calls)):
                yield shard, result
    return mapper


def _call(args: tuple) -> ShardResult | str:
    fn, shard, options = args
    return _guarded(fn, shard, options)


def _guarded(fn, shard: Shard, options: dict) -> ShardResult | str:
    """The shard's result, or why it failed as a whole (a bug or the disk): one shard, not the run."""
    try:
        return fn(shard, **options)
    except Exception as exc:  # noqa: BLE001 - reported as that shard's problem, the others go on
        return f"{type(exc).__name__}: {exc}"
