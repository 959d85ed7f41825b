"""extract.ingest: uploads are stored, extracted and merged; duplicates and bad files are reported."""
from __future__ import annotations

import json
import multiprocessing as mp
import time
from pathlib import Path

import pandas as pd
import pytest

from extract import table as claims_table
from extract.documents import Document
from extract.ingest import INDEX_NAME, ingest, read_article, text_hash
from extract.pipeline import extract_document
from extract.table import COLUMNS, part_files, read_table, to_frame, write_parts, write_table

EN_TEXT = "About 2,500 US troops remain in Iraq, a defence official said on Tuesday.\nThe talks continue."
AR_TEXT = "قال مسؤول إن نحو 900 جندي أمريكي ما زالوا في سوريا.\nوتستمر المحادثات."


def stub_extractor(doc: Document) -> list[dict]:
    """One claim per document: its first line as evidence (keeps these tests independent of the rules)."""
    first = doc.text.split("\n", 1)[0]
    row = {c: "" for c in COLUMNS}
    row.update(claim_id=f"{doc.doc_id}:001", doc_id=doc.doc_id, published=doc.published, claim_type="presence",
               actor="USA", country="IRQ", evidence=first, start=0, end=len(first), source_file=doc.path)
    return [row]


def failing_extractor(doc: Document) -> list[dict]:
    """An extractor that crashes, as a rule bug would."""
    raise ValueError("rule bug")


@pytest.fixture
def table(tmp_path: Path) -> Path:
    """A claims table with one existing article (its text stored beside the table)."""
    article = tmp_path / "old.txt"
    article.write_text("An older article.\nIt said 300 French soldiers left Niger.", encoding="utf-8")
    row = {c: "" for c in COLUMNS}
    row.update(claim_id="old:001", doc_id="old", claim_type="withdrawal", actor="FRA", country="NER", value=300,
               evidence="It said 300 French soldiers left Niger.", start=18, end=57, source_file=str(article))
    path = tmp_path / "claims.csv"
    write_table(to_frame([row]), path)
    return path


def run(table: Path, files: list[tuple[str, bytes, str]], **kw):
    """ingest() into the fixture table with the stub extractor and a store beside it."""
    return ingest(files, table, store_dir=table.parent / "uploads", extractor=kw.pop("extractor", stub_extractor), **kw)


def test_good_file_adds_claims_and_keeps_old_ones(table: Path) -> None:
    report = run(table, [("new.txt", EN_TEXT.encode("utf-8"), "2024-02-06")])
    assert report.added_docs == ["new"] and report.n_claims == 1 and not report.problems
    out = read_table(table)
    assert list(out["claim_id"]) == ["old:001", "new:001"]
    assert out.loc[1, "published"] == "2024-02-06"
    stored = out.loc[1, "source_file"]
    assert Path(stored).parent == table.parent / "uploads"
    assert read_article(stored, "new") == EN_TEXT


@pytest.mark.parametrize("name,data", [
    ("same.txt", EN_TEXT.encode("utf-8")),
    ("spaced.txt", ("  " + EN_TEXT.replace(" ", "   ") + "\n\n").encode("utf-8")),
    ("crlf.txt", EN_TEXT.replace("\n", "\r\n").encode("utf-8")),
    ("bom.txt", b"\xef\xbb\xbf" + EN_TEXT.encode("utf-8")),
])
def test_same_text_uploaded_again_is_a_duplicate(table: Path, name: str, data: bytes) -> None:
    run(table, [("first.txt", EN_TEXT.encode("utf-8"), "")])
    before = table.read_bytes()
    report = run(table, [(name, data, "")])
    assert report.added_docs == [] and report.n_claims == 0
    assert len(report.duplicates) == 1 and "first" in report.duplicates[0]
    assert table.read_bytes() == before


def test_article_already_in_the_table_is_a_duplicate(table: Path) -> None:
    text = Path(read_table(table).loc[0, "source_file"]).read_text(encoding="utf-8")
    report = run(table, [("copy.txt", text.encode("utf-8"), "")])
    assert report.duplicates and "old" in report.duplicates[0]
    assert len(read_table(table)) == 1


def test_duplicate_within_one_upload_is_added_once(table: Path) -> None:
    report = run(table, [("a.txt", AR_TEXT.encode("utf-8"), ""), ("b.txt", AR_TEXT.encode("utf-8"), "")])
    assert report.added_docs == ["a"] and len(report.duplicates) == 1
    assert len(read_table(table)) == 2


@pytest.mark.parametrize("name,data,reason", [
    ("notes.docx", b"PK\x03\x04 binary", "unsupported"),
    ("empty.txt", b"   \n", "empty"),
    ("huge.txt", b"x" * 5000, "limit"),
])
def test_broken_file_is_reported_and_table_intact(table: Path, name: str, data: bytes, reason: str) -> None:
    before = table.read_bytes()
    report = run(table, [(name, data, ""), ("good.txt", AR_TEXT.encode("utf-8"), "")], max_bytes=4000)
    assert [p.path for p in report.problems] == [name]
    assert reason in report.problems[0].reason
    assert report.added_docs == ["good"]
    out = read_table(table)
    assert list(out["claim_id"]) == ["old:001", "good:001"]
    assert before.splitlines()[1] in table.read_bytes()


def test_extraction_failure_is_reported_and_nothing_written(table: Path) -> None:
    before = table.read_bytes()
    report = run(table, [("x.txt", EN_TEXT.encode("utf-8"), "")], extractor=failing_extractor)
    assert "rule bug" in report.problems[0].reason and report.added_docs == []
    assert table.read_bytes() == before
    assert not list((table.parent / "uploads").glob("*.txt"))


def test_clashing_doc_id_gets_a_new_id(table: Path) -> None:
    report = run(table, [("old.txt", EN_TEXT.encode("utf-8"), "")])
    (doc_id,) = report.added_docs
    assert doc_id.startswith("old-") and doc_id != "old"
    out = read_table(table)
    assert out["claim_id"].is_unique and set(out["doc_id"]) == {"old", doc_id}


def test_jsonl_records_each_become_a_document(table: Path) -> None:
    lines = [{"id": "r1", "text": EN_TEXT, "published": "2024-01"}, {"id": "r2", "text": AR_TEXT}]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode("utf-8")
    report = run(table, [("batch.jsonl", data, "")])
    assert report.added_docs == ["r1", "r2"]
    out = read_table(table).set_index("doc_id")
    assert out.loc["r1", "published"] == "2024-01"
    assert read_article(out.loc["r2", "source_file"], "r2") == AR_TEXT


def test_missing_table_is_created(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "claims.csv"
    report = ingest([("a.txt", AR_TEXT.encode("utf-8"), "")], path, tmp_path / "up", extractor=stub_extractor)
    assert report.n_claims == 1 and list(read_table(path)["doc_id"]) == ["a"]


def test_progress_reports_each_file(table: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    run(table, [("a.txt", EN_TEXT.encode(), ""), ("b.txt", AR_TEXT.encode(), "")],
        progress=lambda i, n, name: seen.append((i, n, name)))
    assert seen == [(0, 2, "a.txt"), (1, 2, "b.txt"), (2, 2, "")]


@pytest.mark.parametrize("a,b,same", [
    ("US troops  left\nIraq.", "US troops left Iraq.", True),
    ("غادرت القوات   العراق", "غادرت القوات العراق", True),
    ("US troops left Iraq.", "US troops left Syria.", False),
])
def test_text_hash_ignores_whitespace_only(a: str, b: str, same: bool) -> None:
    assert (text_hash(a) == text_hash(b)) is same


def test_real_pipeline_extracts_an_uploaded_article(table: Path) -> None:
    text = "Nearly 2,500 American troops are deployed in Iraq, the Pentagon said.\n"
    report = ingest([("pentagon.txt", text.encode("utf-8"), "2023-03-01")], table, table.parent / "uploads")
    assert report.added_docs == ["pentagon"] and not report.problems
    new = read_table(table).query("doc_id == 'pentagon'")
    assert len(new) == report.n_claims >= 1
    assert (new["actor"] == "USA").any() and (new["country"] == "IRQ").any()
    assert pd.Series(new["evidence"]).str.contains("2,500").all()


def test_an_article_counts_as_loaded_only_once_its_claims_are_in_the_table(table: Path, monkeypatch) -> None:
    def disk_full(df, path):
        raise OSError("No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(claims_table, "write_table", disk_full)
        with pytest.raises(OSError, match="No space"):
            run(table, [("new.txt", EN_TEXT.encode("utf-8"), "")])
    report = run(table, [("new.txt", EN_TEXT.encode("utf-8"), "")])   # not "already loaded"
    assert report.added_docs == ["new"] and not report.duplicates
    assert list(read_table(table)["doc_id"]) == ["old", "new"]


# --- two processes at once (issue 9): serialised on the table's lock, nothing lost -----------------

RACE = {"iraq.txt": "قال مسؤول إن نحو 2500 جندي أمريكي ما زالوا في العراق.",
        "syria.txt": "About 900 US troops remain in Syria, officials said."}


def slow_extract(doc: Document) -> list[dict]:
    """The real extractor, slowed so that both uploads are mid-extraction at once (a wide race window)."""
    time.sleep(0.5)
    return extract_document(doc)


def upload_in_process(name: str, claims: str, start, results) -> None:
    """One upload in its own process, started with the other at the barrier."""
    start.wait()
    report = ingest([(name, RACE[name].encode("utf-8"), "2024-05-01")], claims,
                    store_dir=Path(claims).parent / "uploads", extractor=slow_extract)
    results.put((name, report.added_docs, report.n_claims))


@pytest.mark.parametrize("name", ["claims.csv", "claims"])   # a CSV rewritten, a dataset appended to
def test_two_processes_uploading_at_once_lose_nothing(tmp_path: Path, name: str) -> None:
    ctx = mp.get_context("spawn")
    claims = str(tmp_path / name)
    start, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=upload_in_process, args=(name, claims, start, results)) for name in RACE]
    for p in procs:
        p.start()
    reports = sorted(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(30)
    assert [(name, added) for name, added, _ in reports] == [("iraq.txt", ["iraq"]), ("syria.txt", ["syria"])]
    out = read_table(claims)
    assert sorted(set(out["doc_id"])) == ["iraq", "syria"] and len(out) == sum(n for _, _, n in reports)
    index = (tmp_path / "uploads" / INDEX_NAME).read_text(encoding="utf-8").splitlines()
    assert index[0] == "sha1,doc_id,name,path" and len(index) == 3   # one header, one row per article


def test_upload_into_a_dataset_adds_a_part_and_rewrites_nothing(table: Path) -> None:
    dataset = table.parent / "claims"
    write_parts(read_table(table), dataset, "part-0")
    (old,) = part_files(dataset)
    before = old.read_bytes()
    report = run(dataset, [("new.txt", AR_TEXT.encode("utf-8"), "2024-02-06")])
    assert report.added_docs == ["new"] and old.read_bytes() == before
    assert [p.parent.name for p in part_files(dataset)] == ["year=2024", "year=none"]
    assert sorted(read_table(dataset)["claim_id"]) == ["new:001", "old:001"]
    again = run(dataset, [("copy.txt", AR_TEXT.encode("utf-8"), "")])
    assert again.added_docs == [] and "new" in again.duplicates[0] and len(part_files(dataset)) == 2
