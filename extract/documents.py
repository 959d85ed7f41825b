"""Reading input documents: text, HTML, JSON Lines and CSV files, with an optional manifest.

Everything is streamed: `iter_documents` yields one `Document` at a time and reports each input
it cannot read as a `Problem` through a callback, so one bad file never stops a run.
"""
from __future__ import annotations

import csv
import glob
import gzip
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.dates import find_dateline, parse_published
from extract.decoding import Unreadable, declared_charset, decode_bytes, html_text, normalise_newlines
from extract.rulefile import detect_lang, languages

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MANIFEST = "manifest.csv"
LANGS = tuple(languages())   # the languages of extract/languages.yaml
_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}   # characters of an ISO date at each precision


@dataclass
class Document:
    """One article to extract claims from."""

    doc_id: str
    text: str
    published: str = ""        # "YYYY", "YYYY-MM", "YYYY-MM-DD" or ""
    lang: str = ""             # "ar" / "en"; detected from the text when empty
    title: str = ""
    url: str = ""
    source: str = ""
    path: str = ""             # the file it was read from
    published_from: str = ""   # manifest | field | dateline | ""


@dataclass
class Problem:
    """An input that could not be read (or only partly): which file, and why."""

    path: str
    reason: str
    line: int = 0              # the row of a .csv/.jsonl/manifest, 0 for the whole file
    kind: str = "skipped"      # skipped (nothing read) | row (one record skipped) | warning (read anyway)

    @property
    def where(self) -> str:
        """`path` or `path:line`, as printed to the user."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


OnProblem = Callable[[Problem], None]
Meta = dict[str, str]


def iter_documents(paths: Sequence[str | Path], on_problem: OnProblem,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Yield the documents of files and folders (recursively, sorted), reporting unreadable ones."""
    manifests: dict[Path, dict[str, Meta]] = {}
    for path in input_files(paths, on_problem):
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = _load_manifest(folder / MANIFEST, on_problem)
        try:
            size = path.stat().st_size
            if _streamed(path, size, max_bytes):
                records = _stream_jsonl(path, max_bytes)
            else:
                _check_size(size, max_bytes)
                records = _read_records(str(path), path.read_bytes())
            yield from _finish_all(records, str(path), manifests[folder], on_problem)
        except Unreadable as exc:
            on_problem(Problem(str(path), str(exc)))
        except OSError as exc:
            on_problem(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        except Exception as exc:  # noqa: BLE001 - a reader's bug or a broken dependency: this file only, never the run
            on_problem(Problem(str(path), failure(exc)))


def documents_from_upload(name: str, data: bytes, published: str = "",
                          max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[Problem]]:
    """Read one uploaded file (the dashboard's upload) with the same readers as files on disk."""
    problems: list[Problem] = []
    meta: Meta = {}
    if published:
        parsed = parse_published_date(published)
        if parsed is None:
            problems.append(Problem(name, f"publication date {published!r} not understood "
                                          "(use YYYY, YYYY-MM or YYYY-MM-DD)", kind="warning"))
        else:
            meta["published"] = parsed
    try:
        _check_size(len(data), max_bytes)
        records = _read_records(name, data)
        docs = list(_finish_all(records, name, _Same(meta), problems.append))
    except Unreadable as exc:
        problems.append(Problem(name, str(exc)))
        docs = []
    except Exception as exc:  # noqa: BLE001 - as in iter_documents: one file's problem
        problems.append(Problem(name, failure(exc)))
        docs = []
    return docs, problems


def failure(exc: BaseException) -> str:
    """An unexpected exception as one line of a problem report: `cannot read: ImportError: ...`."""
    return f"cannot read: {type(exc).__name__}: {' '.join(str(exc).split())}"


class _Same(dict):
    """A manifest giving the same metadata to every document (an upload's publication date)."""

    def __init__(self, meta: Meta):
        super().__init__()
        self.meta = meta

    def get(self, key: str, default: Meta | None = None) -> Meta:
        return self.meta


# --- finding files -------------------------------------------------------------------------

def input_files(paths: Sequence[str | Path], on_problem: OnProblem) -> Iterator[Path]:
    """The input files, folders expanded recursively in sorted order, manifests and hidden folders left out.

    A hidden file (`.notes`, `.DS_Store`) is no article, but one with an article's extension (`..txt`,
    `.draft.html`) is reported as skipped rather than passed over in silence."""
    for path in _expand(paths, on_problem):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if not child.is_file() or child.name == MANIFEST or any(p.startswith(".") for p in rel[:-1]):
                    continue
                if not child.name.startswith("."):
                    yield child
                elif child.name.lower().endswith(tuple(_READERS)):
                    on_problem(Problem(str(child), "hidden file (the name starts with '.'): rename it to read it"))
        elif path.is_file():
            yield path
        else:
            on_problem(Problem(str(path), "no such file or directory"))


def _expand(paths: Sequence[str | Path], on_problem: OnProblem) -> Iterator[Path]:
    """The paths as given, a quoted glob (`crawl/*.jsonl.gz`, `news/**/*.txt`) as its matches in sorted order."""
    for given in paths:
        path = Path(given)
        if path.exists() or not glob.has_magic(str(given)):
            yield path
            continue
        matches = sorted(glob.glob(str(given), recursive=True))
        if not matches:
            on_problem(Problem(str(given), "no file matches this pattern"))
        yield from map(Path, matches)


def _check_size(size: int, max_bytes: int) -> None:
    """Refuse inputs over the size limit before reading them."""
    if size > max_bytes:
        raise Unreadable(f"too large ({size / 2**20:.1f} MB > {max_bytes / 2**20:.3g} MB limit)")


# --- readers: bytes -> records (partial Documents) or row Problems -------------------------------

def _read_records(name: str, data: bytes) -> Iterator[Document | Problem]:
    """Dispatch on the file extension; raise Unreadable for a file that cannot be read at all."""
    suffix = Path(name).suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise Unreadable(f"unsupported file type {suffix or '(no extension)'!r} "
                          f"(expected {', '.join(sorted(_READERS))})")
    if not data or data.isspace():   # not strip(): no copy of a big file
        raise Unreadable("empty document")
    return reader(name, data)


def _read_txt(name: str, data: bytes) -> Iterator[Document | Problem]:
    """A plain-text article: the whole file is one document."""
    text = decode_bytes(data)
    del data   # this generator would otherwise keep the file's bytes while the text is extracted
    if not text or text.isspace():
        raise Unreadable("empty document")
    yield Document(doc_id=Path(name).stem, text=text)


def _read_html(name: str, data: bytes) -> Iterator[Document | Problem]:
    """An HTML page: main text by trafilatura, else all visible text; title from the page."""
    html = decode_bytes(data, declared=declared_charset(data))
    text, title = html_text(html)
    if not text.strip():
        raise Unreadable("empty document (no text in the HTML)")
    yield Document(doc_id=Path(name).stem, text=text, title=title)


def _read_jsonl(name: str, data: bytes) -> Iterator[Document | Problem]:
    """One JSON object per line with `id`, `text` and optional metadata fields."""
    stem = _stem(name)
    for number, line in enumerate(decode_bytes(data).split("\n"), start=1):
        yield from _jsonl_record(name, stem, number, line)


def _jsonl_record(name: str, stem: str, number: int, line: str) -> Iterator[Document | Problem]:
    """The document of one JSON Lines line (nothing for a blank line), or the row's problem."""
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(name, f"invalid JSON ({exc.msg})", line=number, kind="row")
        return
    if not isinstance(record, dict):
        yield Problem(name, "not a JSON object", line=number, kind="row")
        return
    yield _record_document(name, stem, number, record)


def _streamed(path: Path, size: int, max_bytes: int) -> bool:
    """A shard of a crawl: `.jsonl.gz`, or a `.jsonl` over the size limit, read line by line instead."""
    name = path.name.lower()
    return name.endswith(".jsonl.gz") or (name.endswith(".jsonl") and size > max_bytes)


def _stream_jsonl(path: Path, max_bytes: int) -> Iterator[Document | Problem]:
    """A JSON Lines file (gzip-compressed or not) line by line, in UTF-8: memory does not grow with its size.

    The size limit applies to each line (one article); a line that is not UTF-8 is decoded like a file.
    """
    name, stem = str(path), _stem(path.name)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        for number, raw in enumerate(_lines(handle, max_bytes), start=1):
            if raw is None:
                yield Problem(name, f"too large (a line over the {max_bytes / 2**20:.3g} MB limit)", line=number,
                              kind="row")
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                try:
                    line = decode_bytes(raw)
                except Unreadable as exc:
                    yield Problem(name, str(exc), line=number, kind="row")
                    continue
            yield from _jsonl_record(name, stem, number, line)


def _lines(handle, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file, None for one longer than `limit` bytes (read past, never held)."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(2**20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _stem(name: str) -> str:
    """A file's name without its extension (and without `.gz` first): the default document id."""
    path = Path(name)
    return Path(path.stem).stem if path.suffix.lower() == ".gz" else path.stem


def _read_csv(name: str, data: bytes) -> Iterator[Document | Problem]:
    """A table with an `id` and a `text` column (and optional metadata): one document per row."""
    reader = csv.DictReader(io.StringIO(decode_bytes(data), newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    reader.fieldnames = columns
    if "text" not in columns:
        raise Unreadable(f"no 'text' column (columns: {', '.join(columns) or 'none'})")
    stem = Path(name).stem
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(name, f"bad CSV row ({exc})", line=reader.line_num, kind="row")
            continue
        if None in row:
            yield Problem(name, f"{len(columns) + len(row[None])} fields, the header has {len(columns)}",
                          line=reader.line_num, kind="row")
            continue
        yield _record_document(name, stem, reader.line_num, row)


_READERS = {".txt": _read_txt, ".html": _read_html, ".htm": _read_html,
            ".jsonl": _read_jsonl, ".csv": _read_csv}


def _record_document(name: str, stem: str, line: int, record: dict) -> Document | Problem:
    """A Document from one JSONL/CSV record; its metadata fields are kept as the 'field' source."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(name, "empty document (no text)", line=line, kind="row")
    doc_id = _as_str(record.get("id")) or f"{stem}:{line}"
    doc = Document(doc_id=doc_id, text=text, title=_as_str(record.get("title")),
                   url=_as_str(record.get("url")), source=_as_str(record.get("source")),
                   lang=_as_str(record.get("lang")).lower(), published=_as_str(record.get("published")))
    doc.published_from = "field" if doc.published else ""
    return doc


def _as_str(value: object) -> str:
    """A record field as a stripped string ('' for missing/null)."""
    return "" if value is None else str(value).strip()


# --- metadata: manifest, publication date, dateline, language --------------------------------

def _load_manifest(path: Path, on_problem: OnProblem) -> dict[str, Meta]:
    """id -> metadata from a folder's manifest.csv ({} when there is none); bad dates are reported."""
    if not path.is_file():
        return {}
    try:
        rows = list(csv.DictReader(io.StringIO(decode_bytes(path.read_bytes()), newline="")))
    except (Unreadable, OSError, csv.Error) as exc:
        on_problem(Problem(str(path), f"manifest ignored: {exc}", kind="warning"))
        return {}
    if rows and "id" not in rows[0]:
        on_problem(Problem(str(path), f"manifest ignored: no 'id' column (columns: {', '.join(rows[0])})",
                           kind="warning"))
        return {}
    manifest: dict[str, Meta] = {}
    for line, row in enumerate(rows, start=2):
        meta = {k: _as_str(row.get(k)) for k in ("published", "title", "url", "source", "lang")}
        if meta["published"]:
            parsed = parse_published_date(meta["published"])
            if parsed is None:
                on_problem(Problem(str(path), f"published {meta['published']!r} of {row['id']!r} is not a "
                                              "date; using the dateline instead", line=line, kind="warning"))
            meta["published"] = parsed or ""
        manifest[_as_str(row.get("id"))] = meta
    return manifest


def _finish_all(records: Iterator[Document | Problem], path: str, manifest: dict[str, Meta],
                on_problem: OnProblem) -> Iterator[Document]:
    """Complete each record's metadata (manifest, dates, language) and pass row problems on."""
    for record in records:
        if isinstance(record, Problem):
            on_problem(record)
            continue
        record.path = path
        try:
            doc = _finish(record, manifest.get(record.doc_id, {}), on_problem)
        except Exception as exc:  # noqa: BLE001 - one record's metadata must not stop the rest of the file
            on_problem(Problem(path, f"{record.doc_id}: {failure(exc)}", kind="row"))
            continue
        yield doc


def _finish(doc: Document, meta: Meta, on_problem: OnProblem) -> Document:
    """Fill metadata: manifest over the record's own fields over the dateline; detect the language."""
    doc.text = normalise_newlines(doc.text)
    for key in ("title", "url", "source", "lang"):
        if meta.get(key):
            setattr(doc, key, meta[key])
    if meta.get("published"):
        doc.published, doc.published_from = meta["published"], "manifest"
    elif doc.published:
        parsed = parse_published_date(doc.published)
        if parsed is None:
            on_problem(Problem(doc.path, f"published {doc.published!r} of {doc.doc_id!r} is not a date; "
                                         "using the dateline instead", kind="warning"))
        doc.published, doc.published_from = parsed or "", "field" if parsed else ""
    if not doc.published:
        dateline = find_dateline(doc.text) or ""
        doc.published, doc.published_from = dateline, "dateline" if dateline else ""
    doc.lang = doc.lang.lower() if doc.lang.lower() in LANGS else detect_lang(doc.text)
    return doc


def parse_published_date(value: str) -> str | None:
    """A publication date as YYYY, YYYY-MM or YYYY-MM-DD, or None when `value` is not a date."""
    try:
        parsed = parse_published(value)
    except ValueError:
        return None
    if parsed is None:
        return None
    first, precision = parsed
    return first.isoformat()[:_PRECISION_LENGTH[precision]]


