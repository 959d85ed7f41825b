"""The extraction run behind `python -m extract`: documents in, claims table out, and a summary.

Documents are streamed and claim rows are written in chunks, so memory stays flat however many
documents there are. With jobs > 1 a process pool extracts batches of documents; results come back
in input order, so the table (and its claim ids) is the same whatever the number of jobs.
"""
from __future__ import annotations

import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from multiprocessing import Pool
from pathlib import Path

from extract.documents import DEFAULT_MAX_BYTES, LANGS, Document, OnProblem, Problem, iter_documents
from extract.table import COLUMNS, TableWriter
from extract.windows import show_progress

Extract = Callable[[Document], list[dict]]
BATCH_PER_JOB = 16     # documents handed to the pool at a time, per job (bounds memory)
CHUNKSIZE = 4          # documents per task sent to a worker
ROWS_PER_WRITE = 2000  # claim rows buffered before they are appended to the output
UNDATED_SHOWN = 50     # undated documents listed by name in the summary


@dataclass
class Summary:
    """What a run did: documents read, claims by type, undated documents, problems."""

    out: str
    documents: int = 0
    claims: Counter = field(default_factory=Counter)
    undated: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    written: bool = False
    prefiltered: int = 0       # documents the relevance pre-filter skipped
    shards: int = 0            # a dataset run: shards extracted (with those done before), part files
    resumed: int = 0
    parts: int = 0

    @property
    def exit_code(self) -> int:
        """0 everything read, 1 some inputs (or rows) skipped, 2 nothing could be read."""
        if self.documents == 0:
            return 2
        return 1 if self.problems else 0

    def report(self) -> str:
        """The end-of-run summary, as printed by the command line."""
        n_claims = sum(self.claims.values())
        lines = [f"read {self.documents} documents in {self.seconds:.1f} s: {n_claims} claims"
                 + (f" -> {self.out}" if self.written else f"; {self.out} left unchanged")]
        if self.shards:
            lines.append(f"{self.shards} shards in {self.parts} part files"
                         + (f" ({self.resumed} done by an earlier run, skipped)" if self.resumed else ""))
        if self.prefiltered:
            lines.append(f"pre-filter: {self.prefiltered} of {self.documents} documents skipped "
                         f"({self.prefiltered / self.documents:.0%}: no troop word near a place or actor)")
        if self.claims:
            lines.append("claims by type: " + ", ".join(f"{t} {n}" for t, n in sorted(self.claims.items())))
        if self.undated:
            lines.append(f"undated documents ({len(self.undated)}; no publication date or dateline):")
            lines += [f"  {item}" for item in self.undated[:UNDATED_SHOWN]]
            if len(self.undated) > UNDATED_SHOWN:
                lines.append(f"  ... and {len(self.undated) - UNDATED_SHOWN} more")
        if self.problems:
            lines.append(f"problems ({len(self.problems)}):")
            lines += [f"  {problem_line(p)}" for p in self.problems]
        return "\n".join(lines)


def problem_line(problem: Problem) -> str:
    """`skipped PATH: REASON` (or `warning ...` for metadata that was ignored)."""
    verb = "warning" if problem.kind == "warning" else "skipped"
    return f"{verb} {problem}"


def run(paths: Sequence[str | Path], out: str | Path, jobs: int = 1, max_mb: float = DEFAULT_MAX_BYTES / 2**20,
        progress: bool = False, on_problem: OnProblem | None = None, extract: Extract | None = None,
        prefilter: bool = False) -> Summary:
    """Extract claims from the files and folders in `paths` into the table `out`."""
    summary = Summary(out=str(out))
    report = reporter(summary, on_problem)
    docs = iter_documents(paths, report, max_bytes=int(max_mb * 2**20))
    return _run(docs, out, jobs, progress, summary, report, extract, prefilter)


def run_documents(docs: Iterable[Document], out: str | Path, jobs: int = 1, progress: bool = False,
                  on_problem: OnProblem | None = None, extract: Extract | None = None,
                  prefilter: bool = False) -> Summary:
    """Extract claims from a stream of documents (e.g. synthetic ones) into `out`, like `run`."""
    summary = Summary(out=str(out))
    return _run(docs, out, jobs, progress, summary, reporter(summary, on_problem), extract, prefilter)


def _run(docs: Iterable[Document], out: str | Path, jobs: int, progress: bool, summary: Summary,
         report: OnProblem, extract: Extract | None, prefilter: bool = False) -> Summary:
    """The run loop: extract, count, append rows to the table; the old `out` survives any failure."""
    started = time.perf_counter()
    bar = _progress_bar(progress)
    show_progress(progress)   # and a bar per long document, window by window
    pending: list[dict] = []
    docs = unique_ids(docs, report)
    if prefilter:
        docs = _relevant(docs, summary, report, bar)
    with TableWriter(out) as writer, closing(bar):
        for doc, rows, error in _extract_all(docs, jobs, extract or pipeline()):
            bar.update()
            count(summary, doc, rows, error, report)
            pending += complete_rows(doc, rows)
            if len(pending) >= ROWS_PER_WRITE:
                writer.write(pending)
                pending = []
        if pending:
            writer.write(pending)
        if summary.documents == 0:
            writer.discard()
    summary.written = summary.documents > 0
    summary.seconds = time.perf_counter() - started
    return summary


def _relevant(docs: Iterable[Document], summary: Summary, report: OnProblem, bar) -> Iterator[Document]:
    """The documents the relevance pre-filter keeps; the others are counted as read, with no claims."""
    from extract.prefilter import load_prefilter

    keep = load_prefilter().relevant
    for doc in docs:
        if keep(doc.text):
            yield doc
        else:
            summary.prefiltered += 1
            count(summary, doc, [], "", report)
            bar.update()


def count(summary: Summary, doc: Document, rows: list[dict], error: str, report: OnProblem) -> None:
    """Add one extracted document to the summary."""
    summary.documents += 1
    summary.claims.update(row.get("claim_type", "") for row in rows)
    if not doc.published:
        summary.undated.append(f"{doc.doc_id} ({doc.path})" if doc.path else doc.doc_id)
    if error:
        report(Problem(doc.path or doc.doc_id, f"extraction failed for {doc.doc_id}: {error}", kind="row"))


def complete_rows(doc: Document, rows: list[dict]) -> list[dict]:
    """Fill the document columns the pipeline left empty and number claims without an id."""
    doc_values = {"doc_id": doc.doc_id, "published": doc.published, "lang": doc.lang, "title": doc.title,
                  "source": doc.source, "url": doc.url, "source_file": doc.path,
                  "published_from": doc.published_from}
    completed = []
    for number, row in enumerate(rows, start=1):
        row = {column: row.get(column, "") for column in COLUMNS}
        for column, value in doc_values.items():
            if row[column] in ("", None):
                row[column] = value
        if not row["claim_id"]:
            row["claim_id"] = f"{doc.doc_id}:{number}"
        completed.append(row)
    return completed


def reporter(summary: Summary, on_problem: OnProblem | None) -> OnProblem:
    """Record each problem in the summary and pass it on (default: print it to stderr as it happens)."""
    def report(problem: Problem) -> None:
        summary.problems.append(problem)
        (on_problem or print_problem)(problem)
    return report


def print_problem(problem: Problem) -> None:
    """Print one problem on stderr without breaking a progress bar."""
    from tqdm import tqdm

    tqdm.write(problem_line(problem), file=sys.stderr)


def unique_ids(docs: Iterable[Document], on_problem: OnProblem, taken: Iterable[str] = ()) -> Iterator[Document]:
    """Rename a document whose id was already used (or is in `taken`): claim ids must be unique; a warning."""
    seen: set[str] = set(taken)
    for doc in docs:
        if doc.doc_id in seen:
            number = 2
            while f"{doc.doc_id}~{number}" in seen:
                number += 1
            new_id = f"{doc.doc_id}~{number}"
            on_problem(Problem(doc.path, f"duplicate id {doc.doc_id!r}, renamed {new_id!r}", kind="warning"))
            doc.doc_id = new_id
        seen.add(doc.doc_id)
        yield doc


def _extract_all(docs: Iterable[Document], jobs: int, extract: Extract
                 ) -> Iterator[tuple[Document, list[dict], str]]:
    """(document, rows, error) in input order, with `jobs` worker processes when jobs > 1."""
    work = partial(extract_one, extract)
    if jobs <= 1:
        yield from map(work, docs)
        return
    docs = iter(docs)
    _warm_up(extract)
    with Pool(jobs, initializer=ignore_sigint) as pool:
        # Documents are read here (problems are reported from this process) in batches, which bound
        # what is in flight; the next batch is queued before this one is collected, so workers never idle.
        previous = None
        while batch := list(islice(docs, jobs * BATCH_PER_JOB)):
            current = pool.imap(work, batch, chunksize=CHUNKSIZE)
            if previous is not None:
                yield from previous
            previous = current
        if previous is not None:
            yield from previous


def extract_one(extract: Extract, doc: Document) -> tuple[Document, list[dict], str]:
    """Run the pipeline on one document; an exception becomes an error message, not a crash."""
    try:
        return doc, list(extract(doc)), ""
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        return doc, [], f"{type(exc).__name__}: {exc}"


def _warm_up(extract: Extract) -> None:
    """Load the pipeline's rules and gazetteer once before forking, so workers share them."""
    for lang in LANGS:
        try:
            extract(Document(doc_id="warm-up", text="-", lang=lang))
        except Exception:  # noqa: BLE001 - a real document will report the failure
            pass


def ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and keeps the old output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pipeline() -> Extract:
    """extract.pipeline.extract_document (imported late: the pipeline pulls in every stage)."""
    from extract.pipeline import extract_document

    return extract_document


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(enabled: bool):
    """A tqdm bar on stderr when enabled and stderr is a terminal, else a no-op."""
    if not enabled or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)
