"""timeline.store: one query API over a CSV, a Parquet file and a Parquet dataset (DuckDB), which agree."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extract.table import COLUMNS, append_rows, read_table, to_frame, write_parts, write_table
from timeline.filters import Filters
from timeline.store import DatasetStore, FrameStore, open_claims, search_pattern, version
from timeline.synth import main as synth_main
from timeline.synth import write_synthetic

SAMPLE = Path(__file__).parent / "data" / "sample_claims.csv"


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> tuple[FrameStore, DatasetStore]:
    """The sample table in memory, and the same claims as a dataset partitioned by publication year."""
    folder = tmp_path_factory.mktemp("dataset") / "claims"
    table = read_table(SAMPLE)
    half = len(table) // 2
    write_parts(table.iloc[:half], folder, "part-a")
    write_parts(table.iloc[half:], folder, "part-b")
    return open_claims(SAMPLE), open_claims(folder)


def _rows(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("claim_id", ignore_index=True)


@pytest.mark.parametrize("filters, search", [
    (Filters(), ""),
    (Filters(actors=("USA",)), ""),
    (Filters(actors=("USA", "RUS"), countries=("SYR",)), ""),
    (Filters(claim_types=("deadline",), statuses=("planned", "proposed")), ""),
    (Filters(date_from=date(2020, 1, 1)), ""),
    (Filters(date_to=date(2019, 12, 31)), ""),
    (Filters(date_from=date(2021, 1, 1), date_to=date(2021, 12, 31), actors=("COALITION",)), ""),
    (Filters(), "عين الاسد"),          # folded: matches عين الأسد
    (Filters(), "AIN AL-ASAD"),        # case-blind
    (Filters(actors=("USA",)), "العراق"),
    (Filters(actors=("nobody",)), ""),
])
def test_dataset_and_memory_stores_return_the_same_claims(stores, filters, search):
    memory, dataset = stores
    expected = _rows(memory.query(filters, search=search))
    pd.testing.assert_frame_equal(_rows(dataset.query(filters, search=search)), expected)
    assert memory.count(filters, search=search) == dataset.count(filters, search=search) == len(expected)


@pytest.mark.parametrize("filters, search, exclude, expected", [
    (Filters(actors=("USA",)), "", (), 27),
    (Filters(actors=("USA",)), "", ("d01:1", "d01:2", "d08:2"), 25),     # d08:2 is Russia's: not in the 27
    (Filters(), "عين الاسد", ("d01:2", "d05:4"), 4),
])
def test_both_stores_count_without_the_claims_left_out(stores, filters, search, exclude, expected):
    memory, dataset = stores
    assert memory.count(filters, search, exclude) == dataset.count(filters, search, exclude) == expected


def test_the_memory_store_answers_sql_over_its_own_frame(stores):
    memory, dataset = stores
    query = "SELECT actor, count(*) AS n FROM {src} WHERE claim_type = ? GROUP BY actor ORDER BY actor"
    got = memory.sql(query, ["troop_count"])
    pd.testing.assert_frame_equal(got, dataset.sql(query, ["troop_count"]))
    assert got.to_dict("list") == {"actor": ["COALITION", "FRA", "GBR", "PMF", "RUS", "USA"], "n": [1, 1, 1, 1, 2, 11]}


def test_dataset_and_memory_stores_offer_the_same_options(stores):
    memory, dataset = stores
    assert dataset.options() == memory.options()
    assert memory.options()["actors"] == sorted(set(read_table(SAMPLE)["actor"]) - {""})


def test_columns_and_limit(stores):
    memory, dataset = stores
    for store in stores:
        got = store.query(Filters(actors=("USA",)), columns=["claim_id", "value"], limit=3)
        assert list(got.columns) == ["claim_id", "value"] and len(got) == 3 and got["value"].dtype == "float64"
    assert set(dataset.query(limit=5)["claim_id"]) <= set(memory.query()["claim_id"])


@pytest.mark.parametrize("name, kind", [("claims.csv", FrameStore), ("claims.parquet", FrameStore),
                                        ("claims.pq", FrameStore), ("dataset", DatasetStore)])
def test_open_claims_picks_the_store_for_the_path(tmp_path, name, kind):
    path = tmp_path / name
    if name == "dataset":
        write_parts(read_table(SAMPLE), path, "part-0")
    else:
        write_table(read_table(SAMPLE), path)
    store = open_claims(path)
    assert isinstance(store, kind) and store.count() == len(read_table(SAMPLE))


def test_an_empty_dataset_has_no_claims_and_no_options(tmp_path):
    (tmp_path / "empty").mkdir()
    store = open_claims(tmp_path / "empty")
    assert store.count() == 0 and list(store.query().columns)[:len(COLUMNS)] == COLUMNS
    assert store.options() == {"actors": [], "countries": [], "claim_types": [], "statuses": [], "docs": [],
                               "date_range": []}


def test_an_appended_part_shows_in_the_next_query_and_changes_the_version(tmp_path):
    folder = tmp_path / "claims"
    write_parts(read_table(SAMPLE), folder, "part-0")
    store, before = open_claims(folder), version(folder)
    old_part = sorted(folder.rglob("*.parquet"))[0].read_bytes()
    append_rows(folder, [{"claim_id": "new:1", "doc_id": "new", "claim_type": "presence", "actor": "TUR",
                          "country": "SYR", "published": "", "evidence": "تنتشر قوات تركية في شمال سوريا."}])
    assert store.query(Filters(actors=("TUR",)))["claim_id"].tolist() == ["new:1"]
    assert version(folder) != before and (folder / "year=none").is_dir()
    assert sorted(folder.rglob("*.parquet"))[0].read_bytes() == old_part   # nothing rewritten


@pytest.mark.parametrize("search, text, found", [
    ("عين الأسد", "قاعدة عين الاسد الجوية", True),
    ("عين الاسد", "قاعدة عَين الأسد", True),            # a diacritic in the text
    ("Ain al-Asad", "at AIN AL-ASAD air base", True),
    ("قاعدة", "قاعده", True),                            # ة and ه fold together
    ("عين الأسد", "عين الأسود", False),
])
def test_the_search_pattern_matches_every_folded_spelling(search, text, found):
    import re
    assert (re.search(search_pattern(search), text, re.IGNORECASE) is not None) is found


def test_the_synthetic_dataset_replicates_the_seeds_by_year(tmp_path):
    write_synthetic(500, tmp_path / "synth")
    table = read_table(tmp_path / "synth")
    assert len(table) == 500 and table["claim_id"].is_unique
    seeds = read_table(Path(__file__).resolve().parents[1] / "data" / "claims.csv")
    assert set(table["evidence"]) <= set(seeds["evidence"]) and set(table["actor"]) <= set(seeds["actor"])
    for part in (tmp_path / "synth").rglob("*.parquet"):
        year = part.parent.name.removeprefix("year=")
        assert set(pd.read_parquet(part)["published"].str.slice(0, 4).replace("", "none")) == {year}


def test_the_synthetic_generator_will_not_write_into_a_full_folder(tmp_path, capsys):
    (tmp_path / "x.txt").write_text("keep", encoding="utf-8")
    assert synth_main(["--rows", "10", "--out", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert synth_main(["--rows", "10", "--out", str(tmp_path / "new")]) == 0 and len(read_table(tmp_path / "new")) == 10


def test_the_table_module_and_the_store_read_a_dataset_alike(tmp_path):
    frame = to_frame([{"claim_id": "a:1", "doc_id": "a", "published": "2024-05-02", "value": 900, "start": 3},
                      {"claim_id": "b:1", "doc_id": "b", "published": "", "evidence": "=1+1"}])
    write_parts(frame, tmp_path / "ds", "p")
    pd.testing.assert_frame_equal(_rows(read_table(tmp_path / "ds")), _rows(frame))
    assert _rows(open_claims(tmp_path / "ds").query())["evidence"].tolist() == ["", "=1+1"]
