"""`python -m extract`: exit codes, summary, problems as they happen, parallel runs and stable ids."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract import runner
from extract.cli import main
from extract.documents import Document
from extract.table import read_table

DATA = Path(__file__).parent / "data" / "docs"
SEEDS = Path(__file__).parent.parent / "seeds"


def fake_extract(doc: Document) -> list[dict]:
    """Two claims per document (module level, so worker processes can use it)."""
    if "explode" in doc.text:
        raise ValueError("rule crashed")
    return [{"claim_type": "presence", "actor": "USA", "evidence": doc.text[:15]},
            {"claim_type": "troop_count", "value": float(len(doc.text)), "start": 0, "end": 5}]


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(runner, "pipeline", lambda: fake_extract)


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


GOOD = {"a.txt": "Some 200 troops arrived at the base.", "b.txt": "غادر الجنود القاعدة.",
        "manifest.csv": "id,published\na,2024-01-05\nb,\n"}


@pytest.mark.parametrize("files, code", [
    (GOOD, 0),
    ({**GOOD, "bad.txt": b"\x00\x01binary"}, 1),
    ({**GOOD, "..txt": "غادر الجنود القاعدة."}, 1),           # a hidden article is reported, not passed over
    ({**GOOD, "rows.jsonl": '{"id": "r1", "text": "Troops left."}\n{broken\n'}, 1),
    ({"bad.txt": b"\x00\x01binary", "empty.txt": " \n"}, 2),
    ({}, 2),
])
def test_exit_codes(tmp_path, files, code):
    folder = write(tmp_path / "in", files)
    assert main([str(folder), "-o", str(tmp_path / "out.csv"), "--quiet"]) == code


def test_missing_input_exits_2_and_keeps_the_previous_output(tmp_path):
    out = tmp_path / "claims.csv"
    out.write_text("previous\n", encoding="utf-8")
    assert main([str(tmp_path / "missing"), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert os.listdir(tmp_path) == ["claims.csv"]


def test_unwritable_output_exits_2(tmp_path, capsys):
    folder = write(tmp_path / "in", GOOD)
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    assert main([str(folder), "-o", str(tmp_path / "taken" / "claims.csv"), "--quiet"]) == 2
    assert "error: cannot write" in capsys.readouterr().err


def test_bad_inputs_are_printed_as_they_happen_and_the_rest_is_extracted(tmp_path, capsys):
    out = tmp_path / "claims.csv"
    assert main([str(DATA), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"skipped {DATA / 'binary.txt'}: binary file" in err
    assert f"skipped {DATA / 'records.jsonl'}:3: invalid JSON" in err
    assert f"warning {DATA / 'manifest.csv'}:2: published '2023-13-45'" in err
    claims = read_table(out)
    assert sorted(claims["doc_id"].unique()) == sorted(
        ["bom_utf8", "csv-ar", "csv-en", "jl-ar", "page", "records:4", "utf16", "win1256"])
    assert len(claims) == 16


def test_summary_counts_types_undated_and_skipped(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("extract.documents.find_dateline", lambda text: None)
    folder = write(tmp_path / "in", {**GOOD, "bad.txt": b"\x00binary"})
    main([str(folder), "-o", str(tmp_path / "out.csv")])
    out = capsys.readouterr().out
    assert "read 2 documents" in out and "4 claims" in out
    assert "claims by type: presence 2, troop_count 2" in out
    assert f"undated documents (1; no publication date or dateline):\n  b ({folder / 'b.txt'})" in out
    assert f"skipped {folder / 'bad.txt'}: binary file" in out


def test_quiet_prints_no_summary(tmp_path, capsys):
    folder = write(tmp_path / "in", GOOD)
    main([str(folder), "-o", str(tmp_path / "out.csv"), "--quiet"])
    assert capsys.readouterr().out == ""


def test_rows_carry_document_columns_and_numbered_claim_ids(tmp_path):
    folder = write(tmp_path / "in", GOOD)
    main([str(folder), "-o", str(tmp_path / "out.csv"), "--quiet"])
    claims = read_table(tmp_path / "out.csv")
    assert list(claims["claim_id"]) == ["a:1", "a:2", "b:1", "b:2"]
    first = claims.iloc[0]
    assert (first["published"], first["published_from"], first["lang"]) == ("2024-01-05", "manifest", "en")
    assert first["source_file"] == str(folder / "a.txt")


def test_parquet_output(tmp_path):
    folder = write(tmp_path / "in", GOOD)
    assert main([str(folder), "-o", str(tmp_path / "claims.parquet"), "--quiet"]) == 0
    assert (tmp_path / "claims.parquet").read_bytes()[:4] == b"PAR1"
    assert len(read_table(tmp_path / "claims.parquet")) == 4


def test_jobs_2_gives_the_same_table_as_jobs_1(tmp_path):
    files = {f"doc{i:02d}.txt": f"Article {i}: " + "troops " * i for i in range(1, 40)}
    folder = write(tmp_path / "in", files)
    main([str(folder), "-o", str(tmp_path / "one.csv"), "--quiet"])
    main([str(folder), "-o", str(tmp_path / "two.csv"), "--quiet", "--jobs", "2"])
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert list(read_table(tmp_path / "two.csv")["doc_id"].unique()) == [f"doc{i:02d}" for i in range(1, 40)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_document_is_reported_and_the_others_extracted(tmp_path, capsys, jobs):
    folder = write(tmp_path / "in", {"a.txt": "Troops left.", "b.txt": "This one will explode."})
    assert main([str(folder), "-o", str(tmp_path / "out.csv"), "--quiet", "--jobs", jobs]) == 1
    assert "extraction failed for b: ValueError: rule crashed" in capsys.readouterr().err
    assert set(read_table(tmp_path / "out.csv")["doc_id"]) == {"a"}


def test_duplicate_ids_are_renamed(tmp_path, capsys):
    write(tmp_path / "in" / "x", {"same.txt": "Troops left."})
    write(tmp_path / "in" / "y", {"same.txt": "Troops arrived."})
    main([str(tmp_path / "in"), "-o", str(tmp_path / "out.csv"), "--quiet"])
    claims = read_table(tmp_path / "out.csv")
    assert list(claims["doc_id"].unique()) == ["same", "same~2"]
    assert claims["claim_id"].is_unique
    assert "duplicate id 'same', renamed 'same~2'" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_the_previous_output(tmp_path, monkeypatch, jobs):
    folder = write(tmp_path / "in", {f"d{i}.txt": "Troops left." for i in range(5)})
    out = tmp_path / "claims.csv"
    out.write_text("previous\n", encoding="utf-8")
    seen: list[Document] = []

    def interrupt_at_third(doc: Document) -> None:
        seen.append(doc)
        if len(seen) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(runner, "unique_ids", _interrupting(interrupt_at_third))
    assert main([str(folder), "-o", str(out), "--jobs", jobs]) == 130
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(os.listdir(tmp_path)) == ["claims.csv", "in"]


def _interrupting(hook):
    """A unique_ids stand-in that calls `hook` for each document (to raise Ctrl-C mid-run)."""
    def unique_ids(docs, on_problem):
        for doc in docs:
            hook(doc)
            yield doc
    return unique_ids


def test_claim_ids_are_stable_across_runs_of_the_real_pipeline(tmp_path, monkeypatch):
    monkeypatch.undo()
    seeds = shutil.copytree(SEEDS, tmp_path / "seeds")
    main([str(seeds), "-o", str(tmp_path / "one.csv"), "--quiet"])
    main([str(seeds), "-o", str(tmp_path / "two.csv"), "--quiet", "--jobs", "2"])
    one, two = pd.read_csv(tmp_path / "one.csv", dtype=str), pd.read_csv(tmp_path / "two.csv", dtype=str)
    assert len(one) > 0 and one["claim_id"].is_unique
    pd.testing.assert_frame_equal(one, two)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_html_file_on_a_stock_install_is_reported_and_the_table_written(tmp_path, capsys, monkeypatch, jobs):
    """lxml 6 without lxml_html_clean makes trafilatura's import fail: that file is skipped, not the run."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    folder = write(tmp_path / "in", {"a.txt": "غادر الجنود القاعدة.", "page.html": "<p>Troops left.</p>"})
    assert main([str(folder), "-o", str(tmp_path / "out.csv"), "--quiet", "--jobs", jobs]) == 1
    assert capsys.readouterr().err == (f"skipped {folder / 'page.html'}: cannot read: ModuleNotFoundError: "
                                       "import of trafilatura halted; None in sys.modules\n")
    assert list(read_table(tmp_path / "out.csv")["doc_id"]) == ["a", "a"]
