"""timeline.dataset_views: DuckDB's monthly bins over a Parquet dataset agree with pandas' over the same claims."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extract.table import COLUMNS as COLUMNS_ALL
from extract.table import load_claims, write_parts
from timeline import dataset_views, troops
from timeline.filters import Filters, apply_filters
from timeline.store import open_claims

SAMPLE = Path(__file__).parent / "data" / "sample_claims.csv"
COLUMNS = ["series", "claim_type", "month", "value", "lo", "hi", "n"]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample claims written as a dataset, twice (so months hold several reports)."""
    folder = tmp_path_factory.mktemp("dataset")
    table = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    write_parts(table, folder, "part-a")
    write_parts(table.assign(claim_id=table["claim_id"] + "b", doc_id=table["doc_id"] + "b"), folder, "part-b")
    return folder


def pandas_bins(filters: Filters, hidden: tuple[str, ...] = ()) -> pd.DataFrame:
    df = load_claims(SAMPLE)
    df = pd.concat([df, df.assign(claim_id=df["claim_id"] + "b", doc_id=df["doc_id"] + "b")], ignore_index=True)
    return troops.troop_bins(apply_filters(df[~df["claim_id"].isin(hidden)], filters))


@pytest.fixture(scope="module")
def table_file(dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same claims as one CSV file (held in memory by its store)."""
    path = tmp_path_factory.mktemp("file") / "claims.csv"
    open_claims(dataset).query().to_csv(path, index=False, columns=[c for c in COLUMNS_ALL])
    return path


@pytest.mark.parametrize("where", ["dataset", "table_file"])
@pytest.mark.parametrize("filters, hidden", [
    (Filters(), ()),
    (Filters(actors=("USA",), countries=("IRQ",)), ()),
    (Filters(actors=("RUS",)), ("d08:2", "d08:2b")),       # claims marked wrong are left out
])
def test_duckdb_bins_agree_with_pandas(request: pytest.FixtureRequest, where: str, filters: Filters,
                                       hidden: tuple) -> None:
    got = dataset_views.troop_bins(open_claims(request.getfixturevalue(where)), filters, hidden)
    want = pandas_bins(filters, hidden)
    key = ["series", "claim_type", "month"]
    got, want = (f[COLUMNS].sort_values(key).reset_index(drop=True) for f in (got, want))
    assert len(want) > 0
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


@pytest.mark.parametrize("lang, head", [("en", "Sources: "), ("ar", "\u2067المصادر: ")])
def test_dataset_chart_names_its_sources(dataset: Path, lang: str, head: str) -> None:
    fig = dataset_views.troops_figure(open_claims(dataset), Filters(actors=("RUS",)), lang, False, {})
    note = next(a.text for a in fig.layout.annotations if a.name == "source_note")
    assert note.startswith(head) and "6 " in note          # RUS's three documents, each written twice
    assert all(t.meta["binned"] for t in fig.data)


@pytest.mark.parametrize("where", ["dataset", "table_file"])
@pytest.mark.parametrize("filters, hidden, years", [
    (Filters(), (), "2016-2029"),
    (Filters(actors=("RUS",)), (), "2016-2025"),
    (Filters(actors=("nobody",)), (), ""),
])
def test_the_year_span_of_a_selection_is_asked_of_duckdb(request: pytest.FixtureRequest, where: str,
                                                         filters: Filters, hidden: tuple, years: str) -> None:
    from timeline.export import year_span
    assert dataset_views.year_span(open_claims(request.getfixturevalue(where)), filters, hidden) == years
    assert year_span(apply_filters(load_claims(SAMPLE), filters)) == years


def test_whole_dataset_questions(dataset: Path) -> None:
    store = open_claims(dataset)
    assert dataset_views.suggest_log_scale(store) is troops.suggest_log_scale(load_claims(SAMPLE))
    assert sorted(dataset_views.series_keys(store)) == sorted(
        troops.series_keys(load_claims(SAMPLE).query("claim_type in ['troop_count', 'troop_target']")).unique())
    names = dataset_views.doc_names(store, 3)
    assert len(names) == 3 and all(v.startswith(k) for k, v in names.items())
