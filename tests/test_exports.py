"""CSV exports cannot start a spreadsheet formula (OWASP), numbers stay numbers, the data file stays exact."""
from __future__ import annotations

import io

import pandas as pd
import pytest

from extract.table import spreadsheet_safe, to_frame, write_table
from timeline.__main__ import main
from timeline.export import csv_bytes

HOSTILE = [
    ("=1+1", "'=1+1"),
    ("+971 4 123", "'+971 4 123"),
    ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("=HYPERLINK(\"http://x.example\",\"انقر\")", "'=HYPERLINK(\"http://x.example\",\"انقر\")"),
    ("نحو 2500 جندي أمريكي في العراق", "نحو 2500 جندي أمريكي في العراق"),
    ("About 2,500 US troops - officials", "About 2,500 US troops - officials"),
    ("", ""),
]


@pytest.mark.parametrize("cell, expected", HOSTILE)
def test_text_cells_that_start_a_formula_get_a_quote(cell, expected):
    out = spreadsheet_safe(to_frame([{"claim_id": "d:1", "evidence": cell, "title": cell, "value": -5}]))
    assert (out.loc[0, "evidence"], out.loc[0, "title"]) == (expected, expected)
    assert out.loc[0, "value"] == -5.0 and out["value"].dtype == "float64"   # a number, not text


def _hostile_table():
    return to_frame([{"claim_id": f"d:{i}", "doc_id": "=cmd", "evidence": cell, "value": -1500, "start": 0}
                     for i, (cell, _) in enumerate(HOSTILE)])


def _read_export(data: bytes) -> pd.DataFrame:
    """An export is clean CSV: a header and rows (sources and filters travel in the ZIP's README)."""
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_csv_download_neutralises_every_formula():
    back = _read_export(csv_bytes(_hostile_table()))
    assert list(back["evidence"]) == [expected for _, expected in HOSTILE]
    assert set(back["doc_id"]) == {"'=cmd"} and set(back["value"]) == {"-1500.0"} and set(back["start"]) == {"0"}


def test_cli_csv_export_is_the_safe_download(tmp_path, capsys):
    claims, out = tmp_path / "claims.csv", tmp_path / "out" / "claims.csv"
    write_table(_hostile_table(), claims)
    assert main(["export", "--claims", str(claims), "--out", str(out)]) == 0
    assert list(_read_export(out.read_bytes())["evidence"]) == [expected for _, expected in HOSTILE]
    assert f"wrote {out} (csv, {len(HOSTILE)} claims)" in capsys.readouterr().out


def test_the_claims_file_itself_keeps_cells_exactly(tmp_path):
    write_table(_hostile_table(), tmp_path / "claims.csv")
    back = pd.read_csv(tmp_path / "claims.csv", dtype=str, keep_default_na=False)
    assert list(back["evidence"]) == [cell for cell, _ in HOSTILE]


def test_an_image_export_still_needs_a_chart(tmp_path, capsys):
    claims = tmp_path / "claims.csv"
    write_table(_hostile_table(), claims)
    assert main(["export", "--claims", str(claims), "--out", str(tmp_path / "x.png")]) == 2
    assert "--chart is required" in capsys.readouterr().err


def test_cli_csv_export_filters_a_dataset_in_duckdb(tmp_path):
    from extract.table import write_parts
    write_parts(_hostile_table().assign(actor=["USA", "PMF"] * (len(HOSTILE) // 2)), tmp_path / "ds", "p")
    assert main(["export", "--claims", str(tmp_path / "ds"), "--actor", "PMF", "--out", str(tmp_path / "p.csv")]) == 0
    back = _read_export((tmp_path / "p.csv").read_bytes())
    assert set(back["actor"]) == {"PMF"} and list(back["evidence"]) == [e for _, e in HOSTILE][1::2]
