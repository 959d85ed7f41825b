"""Reading documents: encodings, formats, manifest metadata, publication dates and bad inputs."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from extract import documents
from extract.documents import Document, Problem, documents_from_upload, iter_documents

DATA = Path(__file__).parent / "data" / "docs"


@pytest.fixture(autouse=True)
def no_dateline(monkeypatch):
    """No dateline unless a test fakes one (extract.dates' dateline reading is tested apart)."""
    monkeypatch.setattr(documents, "find_dateline", lambda text: None)


def read(paths, **kwargs) -> tuple[dict[str, Document], list[Problem]]:
    problems: list[Problem] = []
    docs = {d.doc_id: d for d in iter_documents(paths, problems.append, **kwargs)}
    return docs, problems


# --- the fixture folder: every good document read, every bad input reported -----------------------

@pytest.mark.parametrize("doc_id, lang, published, published_from, start", [
    ("win1256", "ar", "", "", "قالت وزارة الدفاع إن نحو ألفي جندي"),          # cp1256; manifest date is bad
    ("bom_utf8", "ar", "", "", "الأحد 5 مايو 2024\n\nأكد مسؤول عسكري"),
    ("utf16", "en", "2018-06-30", "manifest", "Officials said about 900 soldiers remain"),
    ("page", "en", "2020-02", "manifest", "The last 300 soldiers left the northern base"),
    ("csv-en", "en", "2021-07", "field", "Roughly 2,500 troops are stationed"),
    ("csv-ar", "ar", "", "", "غادر آخر الجنود الأجانب"),                      # field date is bad
    ("jl-ar", "ar", "2022-11-03", "field", "انتشرت وحدة من المظليين"),
    ("records:4", "en", "2019-02", "field", "About 1,200 troops were deployed"),  # no id: stem:line
])
def test_good_documents_are_read(doc_id, lang, published, published_from, start):
    docs, _ = read([DATA])
    doc = docs[doc_id]
    assert (doc.lang, doc.published, doc.published_from) == (lang, published, published_from)
    assert doc.text.startswith(start)
    assert doc.path.startswith(str(DATA))


@pytest.mark.parametrize("where, reason", [
    ("binary.txt", "binary file"),
    ("empty.txt", "empty document"),
    ("no_text.csv", "no 'text' column (columns: id, body, published)"),
    ("notes.docx", "unsupported file type '.docx'"),
    ("records.csv:3", "9 fields, the header has 7"),
    ("records.jsonl:3", "invalid JSON"),
    ("records.jsonl:5", "empty document (no text)"),
    ("records.jsonl:6", "not a JSON object"),
    ("manifest.csv:2", "published '2023-13-45' of 'win1256' is not a date"),
])
def test_bad_inputs_are_reported_with_file_and_reason(where, reason):
    _, problems = read([DATA])
    messages = [str(p) for p in problems]
    assert any(m.startswith(f"{DATA / where}: ") and reason in m for m in messages), messages


def test_hidden_files_and_the_manifest_are_not_documents():
    docs, problems = read([DATA])
    assert ".hidden" not in docs and "manifest" not in docs
    assert [p.reason for p in problems if ".hidden" in p.path] == [HIDDEN]
    assert len(docs) == 8


HIDDEN = "hidden file (the name starts with '.'): rename it to read it"


def test_hidden_article_files_are_reported_hidden_folders_and_dotfiles_skipped(tmp_path):
    for name in ["..txt", ".مسودة.html", ".txt", ".DS_Store", ".gitignore", ".git/x.txt", "a.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("غادر الجنود القاعدة.", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert list(docs) == ["a"]
    assert [(Path(p.path).name, p.reason) for p in problems] == [
        ("..txt", HIDDEN), (".txt", HIDDEN), (".مسودة.html", HIDDEN)]


def test_missing_path_is_a_problem_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Some troops arrived.", encoding="utf-8")
    docs, problems = read([tmp_path / "nope", tmp_path])
    assert list(docs) == ["a"]
    assert [(p.path, p.reason) for p in problems] == [(str(tmp_path / "nope"), "no such file or directory")]


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    for name in ["b/z.txt", "a.txt", "b/c.txt", ".git/x.txt", "c/.d.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    docs = [d.doc_id for d in iter_documents([tmp_path], lambda p: None)]
    assert docs == ["a", "c", "z"]


def test_too_large_file_is_skipped_before_reading(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"troops " * 300_000)
    (tmp_path / "small.txt").write_bytes(b"Troops left.")
    docs, problems = read([tmp_path], max_bytes=2**20)
    assert list(docs) == ["small"]
    assert [str(p) for p in problems] == [f"{tmp_path / 'big.txt'}: too large (2.0 MB > 1 MB limit)"]


# --- decoding (details in test_decoding.py) -------------------------------------------------------

ARABIC = "أعلنت الحكومة أن آخر دفعة من المستشارين العسكريين ستغادر البلاد خلال الصيف، وفق بيان رسمي."


def test_windows_1256_file_is_read_as_arabic(tmp_path):
    (tmp_path / "old.txt").write_bytes(ARABIC.encode("cp1256"))
    docs, problems = read([tmp_path])
    assert problems == []
    assert docs["old"].text == ARABIC and docs["old"].lang == "ar"


# --- HTML -----------------------------------------------------------------------------------------

def test_html_main_text_without_scripts_and_title_from_the_page():
    docs, _ = read([DATA / "page.html"])
    page = docs["page"]
    assert "A smaller advisory team will stay in the capital" in page.text
    assert "trackingSecret" not in page.text and "injected" not in page.text and "color" not in page.text
    assert page.title == "Troops leave the northern base"


def test_html_fallback_keeps_visible_text_only():
    html = ("<html><head><title> Short </title><style>p{}</style></head><body>"
            "<p>غادر <b>الجنود</b> القاعدة.</p><script>alert('x')</script><div>وصل فريق صغير.</div></body></html>")
    docs, problems = documents_from_upload("short.html", html.encode("utf-8"))
    assert problems == []
    assert docs[0].text == "غادر الجنود القاعدة.\nوصل فريق صغير."
    assert docs[0].title == "Short"


def test_html_declared_windows_1256_charset():
    html = '<html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>' + ARABIC + "</p></body></html>"
    docs, problems = documents_from_upload("old.htm", html.encode("cp1256"))
    assert problems == [] and docs[0].text == ARABIC and docs[0].title == "خبر"


# --- metadata: manifest, fields, dateline -------------------------------------------------------------

def test_manifest_gives_metadata_by_file_stem():
    docs, _ = read([DATA])
    assert (docs["win1256"].title, docs["win1256"].source) == ("عنوان تجريبي", "مصدر")
    assert (docs["utf16"].url, docs["utf16"].source) == ("https://example.org/u", "Example")


def test_bad_manifest_date_falls_back_to_the_dateline(monkeypatch):
    monkeypatch.setattr(documents, "find_dateline", lambda text: "2023-04-02")
    docs, problems = read([DATA / "win1256.txt"])
    assert (docs["win1256"].published, docs["win1256"].published_from) == ("2023-04-02", "dateline")
    [problem] = problems
    assert (problem.path, problem.line, problem.kind) == (str(DATA / "manifest.csv"), 2, "warning")
    assert "'2023-13-45'" in problem.reason


@pytest.mark.parametrize("manifest_date, field_date, dateline, expected", [
    ("2024-09", "2020-01-02", "2019-05-05", ("2024-09", "manifest")),
    ("", "2020-01-02", "2019-05-05", ("2020-01-02", "field")),
    ("", "", "2019-05-05", ("2019-05-05", "dateline")),
    ("", "yesterday", "2019-05-05", ("2019-05-05", "dateline")),
    ("", "", None, ("", "")),                       # undated: never today's date
])
def test_published_precedence(tmp_path, monkeypatch, manifest_date, field_date, dateline, expected):
    monkeypatch.setattr(documents, "find_dateline", lambda text: dateline)
    record = {"id": "n1", "text": "وصلت قوة صغيرة إلى المطار.", "published": field_date}
    (tmp_path / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"id,published\nn1,{manifest_date}\n", encoding="utf-8")
    docs, _ = read([tmp_path])
    assert (docs["n1"].published, docs["n1"].published_from) == expected


@pytest.mark.parametrize("value, expected", [
    ("2024-09-06", "2024-09-06"), ("2024-09", "2024-09"), ("2024", "2024"), (" 2024-09 ", "2024-09"),
    ("6 أيلول 2024", "2024-09-06"), ("أيلول 2024", "2024-09"), ("06/09/2024", "2024-09-06"),
    ("2024-02-30", None), ("2023-13", None), ("2023-13-45", None), ("last week", None), ("", None),
])
def test_parse_published_date(value, expected):
    assert documents.parse_published_date(value) == expected


def test_given_lang_wins_and_unknown_lang_is_detected(tmp_path):
    rows = [{"id": "a", "text": "Troops left.", "lang": "AR"}, {"id": "b", "text": "غادر الجنود.", "lang": "xx"}]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs, _ = read([tmp_path])
    assert (docs["a"].lang, docs["b"].lang) == ("ar", "ar")


# --- uploads ------------------------------------------------------------------------------------

def test_upload_txt_with_a_publication_date():
    docs, problems = documents_from_upload("story.txt", ARABIC.encode("cp1256"), published="2021-06")
    assert problems == []
    assert (docs[0].doc_id, docs[0].published, docs[0].published_from, docs[0].path) == \
        ("story", "2021-06", "manifest", "story.txt")


def test_upload_date_applies_to_every_row():
    data = b'{"id": "u1", "text": "Troops left."}\n{"id": "u2", "text": "Troops arrived."}\n'
    docs, _ = documents_from_upload("batch.jsonl", data, published="2020-03-04")
    assert [(d.doc_id, d.published) for d in docs] == [("u1", "2020-03-04"), ("u2", "2020-03-04")]


@pytest.mark.parametrize("name, data, published, reason", [
    ("x.txt", b"\x00\x01\x02binary", "", "binary file"),
    ("x.txt", b"   ", "", "empty document"),
    ("x.pdf", b"%PDF-1.4", "", "unsupported file type '.pdf'"),
    ("x.txt", b"troops " * 100, "", "too large"),
    ("x.txt", b"Troops left.", "last week", "publication date 'last week' not understood"),
])
def test_upload_problems(name, data, published, reason):
    _, problems = documents_from_upload(name, data, published=published, max_bytes=500)
    assert problems and problems[0].path == name and reason in problems[0].reason


def test_upload_csv_rows_and_a_bad_row():
    data = b"id,text\nr1,Troops arrived.\nr2,one,two\n,More troops left.\n"
    docs, problems = documents_from_upload("batch.csv", data)
    assert [d.doc_id for d in docs] == ["r1", "batch:4"]
    assert [(p.line, p.kind, p.reason) for p in problems] == [(3, "row", "3 fields, the header has 2")]


# --- unexpected failures stay with their file (issue 9) ----------------------------------------------

STOCK_INSTALL = "ModuleNotFoundError: import of trafilatura halted; None in sys.modules"  # a failed import


def test_html_with_trafilatura_unloadable_is_one_files_problem(tmp_path, monkeypatch):
    """lxml 6 without lxml_html_clean: trafilatura's import fails; that page is skipped, not the run."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (tmp_path / "a.txt").write_text("غادر الجنود القاعدة.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><p>Troops left.</p></body></html>", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert list(docs) == ["a"]
    assert [str(p) for p in problems] == [f"{tmp_path / 'page.html'}: cannot read: {STOCK_INSTALL}"]


def test_upload_html_with_trafilatura_unloadable_is_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    docs, problems = documents_from_upload("page.html", b"<html><body><p>Troops left.</p></body></html>")
    assert docs == []
    assert [str(p) for p in problems] == [f"page.html: cannot read: {STOCK_INSTALL}"]


def test_a_record_whose_metadata_crashes_is_skipped_and_the_file_goes_on(tmp_path, monkeypatch):
    def dateline(text: str) -> str | None:
        if "boom" in text:
            raise ValueError("invalid literal\n  for int()")
        return None

    monkeypatch.setattr(documents, "find_dateline", dateline)
    lines = [{"id": "r1", "text": "غادر الجنود."}, {"id": "r2", "text": "boom"}, {"id": "r3", "text": "Troops left."}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    docs, problems = read([tmp_path])
    assert list(docs) == ["r1", "r3"]
    assert [(str(p), p.kind) for p in problems] == [
        (f"{tmp_path / 'rows.jsonl'}: r2: cannot read: ValueError: invalid literal for int()", "row")]


# --- crawl shards: globs, .jsonl.gz, JSON Lines past the size limit (issue 11) ------------------------

def jsonl(records: list[dict]) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8") + b"\n"


def test_jsonl_gz_shards_are_streamed_with_default_ids_from_the_stem(tmp_path):
    records = [{"id": "a1", "text": "غادر الجنود القاعدة.", "published": "2024-05-06"}, {"text": "Troops left."}]
    (tmp_path / "part-0001.jsonl.gz").write_bytes(gzip.compress(jsonl(records)))
    docs, problems = read([tmp_path])
    assert problems == []
    assert [(d.doc_id, d.text, d.published, d.lang) for d in docs.values()] == [
        ("a1", "غادر الجنود القاعدة.", "2024-05-06", "ar"), ("part-0001:2", "Troops left.", "", "en")]


def test_a_jsonl_file_over_the_limit_is_read_line_by_line_and_a_line_over_it_skipped(tmp_path):
    records = [{"id": f"r{i}", "text": "Troops left the base. " * 10} for i in range(40)]
    records[5]["text"] = "غادر الجنود القاعدة. " * 200
    last = b'{"id": "last", "text": "x y"}\n'
    (tmp_path / "big.jsonl").write_bytes(jsonl(records) + "\xff\n".encode("latin-1") + last)
    docs, problems = read([tmp_path], max_bytes=1000)
    assert list(docs) == [f"r{i}" for i in range(40) if i != 5] + ["last"]
    assert [(p.line, p.kind, p.reason) for p in problems] == [
        (6, "row", "too large (a line over the 0.000954 MB limit)"),
        (41, "row", "cannot decode: not UTF-8, UTF-16 or Windows-1256 text (looks like cp1251)")]


def test_a_corrupt_gz_shard_keeps_what_was_read_and_reports_the_file(tmp_path):
    data = gzip.compress(jsonl([{"id": f"r{i}", "text": "Troops left the base."} for i in range(2000)]))
    (tmp_path / "part.jsonl.gz").write_bytes(data[: len(data) // 2])
    docs, problems = read([tmp_path])
    assert 0 < len(docs) < 2000
    assert [(Path(p.path).name, p.reason.split(":")[0]) for p in problems] == [("part.jsonl.gz", "cannot read")]


@pytest.mark.parametrize("pattern, expected", [
    ("*.jsonl.gz", ["a:1", "b:1"]),
    ("**/*.txt", ["top", "deep"]),
    ("x/*.txt", ["deep"]),
])
def test_a_quoted_glob_is_expanded_in_sorted_order(tmp_path, pattern, expected):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(jsonl([{"text": "Troops left."}])))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(jsonl([{"text": "غادر الجنود."}])))
    (tmp_path / "top.txt").write_text("Troops left.", encoding="utf-8")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "deep.txt").write_text("غادر الجنود.", encoding="utf-8")
    docs, problems = read([str(tmp_path / pattern)])
    assert (list(docs), problems) == (expected, [])


def test_a_glob_matching_nothing_is_reported(tmp_path):
    docs, problems = read([str(tmp_path / "*.jsonl.gz")])
    assert docs == {} and [str(p) for p in problems] == [f"{tmp_path / '*.jsonl.gz'}: no file matches this pattern"]
