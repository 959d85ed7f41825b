"""The claims table: column order, dtypes, atomic CSV/Parquet writing and reading back."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from extract import table
from extract.table import COLUMNS, TableWriter, read_table, to_frame, write_table

ROWS = [
    {"claim_id": "d1:1", "doc_id": "d1", "claim_type": "troop_count", "actor": "USA", "country": "IRQ",
     "value": 2750.0, "value_min": 2500, "value_max": "3000", "qualifier": "range", "start": 10, "end": 60,
     "evidence": "نحو 2500 إلى 3000 جندي، وفق \"مسؤول\"", "lat": 33.8, "lon": 42.4},
    {"claim_id": "d1:2", "doc_id": "d1", "claim_type": "presence", "actor": "COALITION", "country": "SYR"},
]


def test_to_frame_orders_columns_and_sets_dtypes():
    frame = to_frame(ROWS)
    assert list(frame.columns) == COLUMNS
    assert all(frame[c].dtype == "float64" for c in ["value", "value_min", "value_max", "lat", "lon"])
    assert all(str(frame[c].dtype) == "Int64" for c in ["start", "end"])
    assert frame.loc[0, "value_max"] == 3000.0
    assert frame.loc[1, "base"] == "" and frame.loc[1, "evidence"] == ""
    assert pd.isna(frame.loc[1, "value"]) and pd.isna(frame.loc[1, "start"])


def test_to_frame_of_no_rows_has_all_columns():
    frame = to_frame([])
    assert list(frame.columns) == COLUMNS and len(frame) == 0


@pytest.mark.parametrize("name", ["claims.csv", "claims.parquet"])
def test_write_then_read_is_lossless(tmp_path, name):
    frame = to_frame(ROWS)
    write_table(frame, tmp_path / name)
    back = read_table(tmp_path / name)
    pd.testing.assert_frame_equal(back, frame)


def test_parquet_when_the_name_says_so(tmp_path):
    write_table(to_frame(ROWS), tmp_path / "c.parquet")
    write_table(to_frame(ROWS), tmp_path / "c.csv")
    assert (tmp_path / "c.parquet").read_bytes()[:4] == b"PAR1"
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").startswith(",".join(COLUMNS) + "\n")


def test_csv_has_empty_cells_not_nan(tmp_path):
    write_table(to_frame(ROWS), tmp_path / "c.csv")
    second = (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()[-1]
    assert "nan" not in second.lower() and "<NA>" not in second
    assert second.startswith("d1:2,d1,,,presence,COALITION,SYR,,,,")


def test_write_creates_the_folder(tmp_path):
    write_table(to_frame(ROWS), tmp_path / "new" / "dir" / "c.csv")
    assert len(read_table(tmp_path / "new" / "dir" / "c.csv")) == 2


def test_chunks_make_one_table(tmp_path):
    with TableWriter(tmp_path / "c.csv") as writer:
        writer.write(ROWS[:1])
        writer.write(ROWS[1:])
    with TableWriter(tmp_path / "c.parquet") as writer:
        writer.write(ROWS[:1])
        writer.write(ROWS[1:])
    for name in ["c.csv", "c.parquet"]:
        pd.testing.assert_frame_equal(read_table(tmp_path / name), to_frame(ROWS))


def _old_output(tmp_path, name):
    path = tmp_path / name
    write_table(to_frame(ROWS[:1]), path)
    return path, path.read_bytes()


@pytest.mark.parametrize("name", ["claims.csv", "claims.parquet"])
@pytest.mark.parametrize("error", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_crash_mid_write_leaves_old_output_and_no_temp_file(tmp_path, name, error):
    path, before = _old_output(tmp_path, name)
    with pytest.raises(type(error)):
        with TableWriter(path) as writer:
            writer.write(ROWS)
            raise error
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [name]


def test_failed_rename_leaves_old_output_and_no_temp_file(tmp_path, monkeypatch):
    path, before = _old_output(tmp_path, "claims.csv")

    def broken_replace(src, dst):
        raise OSError("simulated crash at rename")

    monkeypatch.setattr(table.os, "replace", broken_replace)
    with pytest.raises(OSError, match="simulated"):
        write_table(to_frame(ROWS), path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["claims.csv"]


def test_failing_serialisation_leaves_old_output(tmp_path, monkeypatch):
    path, before = _old_output(tmp_path, "claims.csv")
    monkeypatch.setattr(pd.DataFrame, "to_csv", lambda *a, **k: (_ for _ in ()).throw(ValueError("boom")))
    with pytest.raises(ValueError):
        write_table(to_frame(ROWS), path)
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["claims.csv"]


def test_discard_keeps_old_output(tmp_path):
    path, before = _old_output(tmp_path, "claims.csv")
    with TableWriter(path) as writer:
        writer.write(ROWS)
        writer.discard()
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["claims.csv"]


def test_read_table_keeps_ids_that_look_like_numbers(tmp_path):
    (tmp_path / "c.csv").write_text("claim_id,doc_id,value,start\n0012:1,0012,12.5,7\n", encoding="utf-8")
    frame = read_table(tmp_path / "c.csv")
    assert (frame.loc[0, "doc_id"], frame.loc[0, "value"], frame.loc[0, "start"]) == ("0012", 12.5, 7)
    assert list(frame.columns) == COLUMNS
