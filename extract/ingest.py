"""Uploading articles: read, skip already-loaded texts, extract claims and merge them into the table.

Pure functions (no Streamlit) so the dashboard, scripts and tests share one path. Uploads take turns on
the table's lock (extract.table.table_lock, across processes) and the claims file is only ever replaced
atomically, so neither a concurrent upload nor a failed one loses claims.
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from extract.documents import Document, Problem, decode_bytes, documents_from_upload, iter_documents
from extract.table import append_rows, read_distinct, table_lock, to_frame

MAX_BYTES = 20 * 1024 * 1024          # per uploaded file
INDEX_NAME = "index.csv"              # sha1 of every stored upload, so empty-claim articles are known too
INDEX_COLUMNS = ["sha1", "doc_id", "name", "path"]

Upload = tuple[str, bytes, str]       # (file name, content, publication date or "")
Progress = Callable[[int, int, str], None]
Extractor = Callable[[Document], list[dict]]


@dataclass
class IngestReport:
    """What an upload did: documents added, duplicates skipped, files that failed, claims added."""

    added_docs: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    n_claims: int = 0


def ingest(files: list[Upload], claims_path: str | Path, store_dir: str | Path = "data/uploads",
           *, max_bytes: int = MAX_BYTES, progress: Progress | None = None,
           extractor: Extractor | None = None, on_wait: Callable[[], None] | None = None) -> IngestReport:
    """Extract claims from uploaded files and append them to the claims table at `claims_path`.

    Concurrent uploads (other sessions, other processes) take turns on the table's lock, so none is lost;
    `on_wait()` is called when this one has to wait. An article is recorded as loaded (in the upload
    index) only after its claims are in the table. `extractor` defaults to extract.pipeline.extract_document;
    `progress(i, n, name)` is called per file.
    """
    if extractor is None:
        from extract.pipeline import extract_document as extractor
    claims_path, store_dir = Path(claims_path), Path(store_dir)
    report, rows = IngestReport(), []
    with table_lock(claims_path, on_wait):
        table = _known_documents(claims_path)
        target = _Target(store_dir, known_hashes(table, store_dir), set(table["doc_id"]), extractor)
        for i, (name, data, published) in enumerate(files):
            if progress:
                progress(i, len(files), name)
            rows += _ingest_file(name, data, published, target, report, max_bytes)
        if rows:
            append_rows(claims_path, rows)
        _append_index(store_dir, target.loaded)
    if progress:
        progress(len(files), len(files), "")
    report.n_claims = len(rows)
    return report


@dataclass
class _Target:
    """Where new documents go and what is already there (shared across the files of one upload)."""

    store_dir: Path
    known: dict[str, str]        # sha1 of normalised text -> doc_id
    taken_ids: set[str]          # doc ids already in the table
    extractor: Extractor
    loaded: list[dict] = field(default_factory=list)   # index rows, written once the claims are in the table


def _ingest_file(name: str, data: bytes, published: str, target: _Target, report: IngestReport,
                 max_bytes: int) -> list[dict]:
    """One uploaded file -> claim rows of its new documents; duplicates and failures go to the report."""
    if len(data) > max_bytes:
        report.problems.append(Problem(name, f"file is larger than the {max_bytes // 2**20} MB limit"))
        return []
    docs, problems = documents_from_upload(name, data, published=published, max_bytes=max_bytes)
    report.problems.extend(problems)
    rows: list[dict] = []
    for doc in docs:
        digest = text_hash(doc.text)
        if digest in target.known:
            report.duplicates.append(f"{name}: {doc.doc_id} (already loaded as {target.known[digest]})")
            continue
        try:
            doc_id, new = _add_document(doc, digest, target)
        except Exception as exc:  # noqa: BLE001 - extraction bug on one article: report it, keep the rest
            report.problems.append(Problem(name, f"{doc.doc_id}: extraction failed: {exc}"))
            continue
        report.added_docs.append(doc_id)
        rows += new
    return rows


def _add_document(doc: Document, digest: str, target: _Target) -> tuple[str, list[dict]]:
    """Store a new article's text (for "read the article"), extract its claims, remember its hash."""
    doc_id = doc.doc_id
    if not doc_id or doc_id in target.taken_ids:
        doc_id = f"{doc_id or 'upload'}-{digest[:8]}"
    path = _store_text(doc.text, doc_id, target.store_dir)
    doc = replace(doc, doc_id=doc_id, path=str(path))
    try:
        rows = [dict(r, source_file=str(path)) for r in target.extractor(doc)]
    except Exception:
        path.unlink(missing_ok=True)
        raise
    target.taken_ids.add(doc_id)
    target.known[digest] = doc_id
    target.loaded.append({"sha1": digest, "doc_id": doc_id, "name": doc.title or doc_id, "path": str(path)})
    return doc_id, rows


def text_hash(text: str) -> str:
    """sha1 of a text after whitespace normalisation: the same article re-saved is the same article."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def known_hashes(table: pd.DataFrame, store_dir: Path) -> dict[str, str]:
    """sha1 -> doc_id of every article already in the table or the upload store."""
    known = {r["sha1"]: r["doc_id"] for r in _read_index(store_dir)}
    if table.empty or "source_file" not in table:
        return known
    pairs = table[["source_file", "doc_id"]].drop_duplicates()
    for source_file, doc_id in pairs.itertuples(index=False):
        text = read_article(source_file, doc_id)
        if text:
            known.setdefault(text_hash(text), doc_id)
    return known


def read_article(source_file: str, doc_id: str = "", base_dirs: Iterable[str | Path] = ()) -> str | None:
    """The text of an article as the extractor saw it (offsets match), or None when it can't be found."""
    path = resolve_path(source_file, base_dirs)
    if path is None:
        return None
    if path.suffix.lower() == ".txt":
        return _read_txt(path)
    docs = list(iter_documents([path], on_problem=lambda p: None))
    match = [d for d in docs if d.doc_id == doc_id] or docs[:1]
    return match[0].text if match else None


def resolve_path(source_file: str, base_dirs: Iterable[str | Path] = ()) -> Path | None:
    """An existing file for `source_file`, tried as given and then under each base directory."""
    if not source_file:
        return None
    candidates = [Path(source_file)] + [Path(b) / source_file for b in base_dirs]
    return next((p for p in candidates if p.is_file()), None)


def _read_txt(path: Path) -> str:
    """A text file decoded exactly as the extractor decodes it, so stored offsets still match."""
    return decode_bytes(path.read_bytes())


def _store_text(text: str, doc_id: str, store_dir: Path) -> Path:
    """Write an article's text as UTF-8 under store_dir, never overwriting another article."""
    store_dir.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w.-]+", "_", doc_id).strip("._") or "upload"
    path = store_dir / f"{stem}.txt"
    if path.exists():
        path = store_dir / f"{stem}-{text_hash(text)[:8]}.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def _read_index(store_dir: Path) -> list[dict]:
    """Rows of the upload index (empty when none yet)."""
    path = store_dir / INDEX_NAME
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _append_index(store_dir: Path, rows: list[dict]) -> None:
    """Add stored uploads to the index (the header only when the index is new; the caller holds the lock)."""
    if not rows:
        return
    path = store_dir / INDEX_NAME
    new = not path.is_file() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=INDEX_COLUMNS)
        if new:
            writer.writeheader()
        writer.writerows(rows)


def _known_documents(path: Path) -> pd.DataFrame:
    """(doc_id, source_file) of every article in the claims table (a file or a dataset), or none."""
    columns = ["doc_id", "source_file"]
    return read_distinct(path, columns) if path.exists() else to_frame([])[columns]
