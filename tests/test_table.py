"""The claims table: column order, dtypes, typing for analysis, reading every format, atomic writing."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from extract import table
from extract.codes import CLAIM_TYPES, QUALIFIERS, STATUSES
from extract.evaluate import read_claims
from extract.table import (
    COLUMNS,
    TableWriter,
    load_claims,
    parse_partial_dates,
    read_table,
    to_frame,
    typed_claims,
    write_table,
)

SAMPLE = Path(__file__).parent / "data" / "sample_claims.csv"

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


def test_sample_loads_with_agreed_dtypes():
    df = load_claims(SAMPLE)
    assert len(df) >= 50
    assert df["value"].dtype == "float64" and df["lat"].dtype == "float64"
    assert str(df["start"].dtype) == "Int64"
    assert not df[["evidence", "base", "date", "date_source"]].isna().any().any()
    assert pd.api.types.is_datetime64_any_dtype(df["date_dt"])
    assert df.loc[df["date"] == "", "date_dt"].isna().all()


def test_sample_covers_the_variety_the_other_modules_need():
    df = load_claims(SAMPLE)
    assert set(df["claim_type"]) == set(CLAIM_TYPES)
    assert set(QUALIFIERS) <= set(df["qualifier"])
    assert set(df["status"]) == set(STATUSES)
    assert {"text", "published", ""} == set(df["date_source"])
    assert {"USA", "COALITION", "RUS", "FRA", "GBR", "PMF"} <= set(df["actor"])
    assert set(df["lang"]) == {"ar", "en"}
    assert df.loc[df["base"] != "", "lat"].notna().all()


@pytest.mark.parametrize("raw, expected", [
    ("2024-09-06", "2024-09-06"),
    ("2024-09", "2024-09-01"),
    ("2024", "2024-01-01"),
    ("", None),
    ("أيلول 2024", None),   # unparsed text never becomes a date
])
def test_parse_partial_dates(raw, expected):
    got = parse_partial_dates(pd.Series([raw]))[0]
    assert (pd.isna(got) if expected is None else got == pd.Timestamp(expected))


def test_typed_claims_adds_missing_columns_and_blanks():
    df = typed_claims(pd.DataFrame({"claim_type": ["presence"], "value": [""], "start": ["12"]}))
    assert df.loc[0, "base"] == "" and pd.isna(df.loc[0, "value"]) and df.loc[0, "start"] == 12


def test_typed_claims_strips_codes_and_keeps_free_text_exact():
    df = typed_claims(pd.DataFrame({"actor": [" USA "], "date": ["2024-05 "], "evidence": ["  نحو 2500 جندي "]}))
    assert (df.loc[0, "actor"], df.loc[0, "date"], df.loc[0, "evidence"]) == ("USA", "2024-05", "  نحو 2500 جندي ")
    assert df.loc[0, "date_dt"] == pd.Timestamp("2024-05-01")


def test_typed_claims_of_a_typed_frame_is_the_same_frame():
    once = load_claims(SAMPLE)
    pd.testing.assert_frame_equal(typed_claims(once), once)


def test_derived_dates_are_never_written(tmp_path):
    write_table(load_claims(SAMPLE), tmp_path / "c.csv")
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)


def _dataset(folder, frame):
    """A hive-partitioned dataset: one part per publication year (`year=none` when undated)."""
    years = frame["published"].str.slice(0, 4).replace("", "none")
    for year, rows in frame.groupby(years):
        (folder / f"year={year}").mkdir(parents=True)
        rows.to_parquet(folder / f"year={year}" / "part-0.parquet", index=False)


@pytest.mark.parametrize("layout", ["claims.csv", "claims.parquet", "claims.pq", "dataset"])
def test_every_format_reads_the_same_table(tmp_path, layout):
    frame = to_frame(ROWS + [dict(ROWS[1], claim_id="d2:1", doc_id="d2", published="2024-03-01")])
    path = tmp_path / layout
    if layout == "dataset":
        _dataset(path, frame)
    elif layout.endswith(".csv"):
        frame.to_csv(path, index=False)
    else:
        frame.to_parquet(path, index=False)
    back = read_table(path).sort_values("claim_id", ignore_index=True)
    pd.testing.assert_frame_equal(back, frame)
    assert sorted(read_claims(path)["claim_id"]) == ["d1:1", "d1:2", "d2:1"]   # the scorer's reader too


def test_the_scorer_reads_cells_as_stored(tmp_path):
    (tmp_path / "g.csv").write_text("doc_id,value,optional\nar_1,\"2,500\",1\n", encoding="utf-8")
    assert read_claims(tmp_path / "g.csv").to_dict("records") == [{"doc_id": "ar_1", "value": "2,500", "optional": "1"}]


@pytest.mark.parametrize("title", ["سطر\rآخر", "line\rbreak", "\r=1", "crlf\r\nend"])
def test_a_bare_carriage_return_in_a_cell_reads_back_exactly(tmp_path, title):
    frame = to_frame(ROWS + [dict(ROWS[1], claim_id="d1:3", title=title)])
    write_table(frame, tmp_path / "c.csv")
    pd.testing.assert_frame_equal(read_table(tmp_path / "c.csv"), frame)


# --- what a killed writer leaves, and file modes (issue 9) ------------------------------------------

WRITER = """
import sys, time
from extract.table import TableWriter
writer = TableWriter(sys.argv[1]).__enter__()
writer.write([{"claim_id": "k:1", "evidence": "نحو 2500 جندي"}])
print("writing", flush=True)
time.sleep(120)
"""


def _temps(folder):
    return sorted(p.name for p in folder.glob(".*.tmp"))


def _age(path, seconds=3600):
    os.utime(path, (time.time() - seconds, time.time() - seconds))


def test_a_killed_writers_temp_file_goes_with_the_next_write_a_live_ones_stays(tmp_path):
    path = tmp_path / "claims.csv"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[1])
    try:
        assert child.stdout.readline() == "writing\n"
        (live,) = _temps(tmp_path)
        _age(tmp_path / live)
        write_table(to_frame(ROWS), path)           # the other writer is alive: its file stays
        assert _temps(tmp_path) == [live]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    write_table(to_frame(ROWS), path)               # now it is dead (kill -9): its file goes
    assert _temps(tmp_path) == [] and len(read_table(path)) == 2


def test_a_new_unlocked_temp_file_is_kept_until_it_is_stale(tmp_path):
    path, fresh = tmp_path / "claims.csv", tmp_path / ".claims.csv.0a1b2c.tmp"
    fresh.write_bytes(b"claim_id\n")
    write_table(to_frame(ROWS), path)
    assert _temps(tmp_path) == [fresh.name]         # its writer may not have locked it yet
    _age(fresh)
    write_table(to_frame(ROWS), path)
    assert _temps(tmp_path) == []


@pytest.mark.parametrize("name", ["claims.csv", "claims.parquet"])
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o664])
def test_a_rewrite_keeps_the_files_mode(tmp_path, name, mode):
    path = tmp_path / name
    write_table(to_frame(ROWS), path)
    path.chmod(mode)
    write_table(to_frame(ROWS[:1]), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode and len(read_table(path)) == 1


def test_a_new_table_gets_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        write_table(to_frame(ROWS), tmp_path / "claims.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "claims.csv").stat().st_mode) == 0o644
