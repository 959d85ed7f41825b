"""Consolidation: which claims state the same thing (one observation), and plateaus of repeated levels."""
import pandas as pd
import pytest

from timeline.consolidate import observations, plateaus, prepare

from conftest import claim, claims

AR = "قال مسؤول إن نحو 2500 جندي أمريكي ما زالوا في العراق."


@pytest.mark.parametrize("name,a,b,n_obs", [
    ("same figure, two outlets", dict(value=2500, evidence=AR), dict(value=2500, evidence=AR), 1),
    ("about N and N are one figure", dict(value=2500, qualifier="approx"), dict(value=2500), 1),
    ("within 1%", dict(value=2500), dict(value=2520), 1),
    ("more than 1% apart", dict(value=2500), dict(value=2600), 2),
    ("approx inside a stated range", dict(value=2500, qualifier="approx"),
     dict(value=2500, value_min=2000, value_max=3000, qualifier="range"), 1),
    ("exact inside a range stays apart", dict(value=2900),
     dict(value=2500, value_min=2000, value_max=3000, qualifier="range"), 2),
    ("approx outside the range", dict(value=3500, qualifier="approx"),
     dict(value=2500, value_min=2000, value_max=3000, qualifier="range"), 2),
    ("same under bound", dict(value=1000, value_max=1000, qualifier="under"),
     dict(value=1000, value_max=1000, qualifier="under"), 1),
    ("under vs over the same number", dict(value=1000, value_max=1000, qualifier="under"),
     dict(value=1000, value_min=1000, qualifier="over"), 2),
    ("different months", dict(value=2500, date="2024-09-10"), dict(value=2500, date="2024-10-10"), 2),
    ("different days of one month", dict(value=2500, date="2024-09-10"), dict(value=2500, date="2024-09-20"), 2),
    ("month precision holds the day", dict(value=2500, date="2024-09-01", date_precision="month"),
     dict(value=2500, date="2024-09-20"), 1),
    ("year precision holds the month", dict(value=2500, date="2024-01-01", date_precision="year"),
     dict(value=2500, date="2024-03-01", date_precision="month"), 1),
    ("publication-dated: as of the publication month",
     dict(value=2500, date="2024-09-03", date_source="published", published="2024-09-03"),
     dict(value=2500, date="2024-09-25", date_source="published", published="2024-09-25"), 1),
    ("different bases", dict(value=2500, base="Ain al-Asad"), dict(value=2500, base="Erbil"), 2),
    ("base vs whole country", dict(value=2500, base="Ain al-Asad"), dict(value=2500), 2),
    ("different actors", dict(value=2500), dict(value=2500, actor="COALITION"), 2),
    ("reported vs planned", dict(value=2500), dict(value=2500, status="planned"), 2),
    ("presence without numbers", dict(claim_type="presence"), dict(claim_type="presence"), 1),
    ("number vs no number", dict(claim_type="deployment", value=500), dict(claim_type="deployment"), 2),
    ("undated vs dated target", dict(claim_type="troop_target", value=2000, date="", date_precision="",
                                     date_source=""), dict(claim_type="troop_target", value=2000), 2),
])
def test_grouping(name, a, b, n_obs):
    obs = observations(claims(claim(**a), claim(**b)))
    assert len(obs) == n_obs, name


def test_observation_carries_sources_reports_and_claims():
    rows = [claim(value=2500, published="2024-09-12", source="وكالة أ", evidence=AR),
            claim(value=2500, published="2024-09-15", source="وكالة ب", evidence=AR),
            claim(value=2500, published="2024-09-16", source="وكالة ب", evidence=AR)]
    obs = observations(claims(*rows))
    assert len(obs) == 1
    row = obs.iloc[0]
    assert (row["n_claims"], row["n_sources"]) == (3, 2)
    assert row["first_reported"] == pd.Timestamp("2024-09-12")
    assert row["last_reported"] == pd.Timestamp("2024-09-16")
    assert row["claim_ids"] == [r["claim_id"] for r in rows]
    assert row["value"] == 2500 and row["date"] == "2024-09-10"


def test_range_group_keeps_range_and_finest_date():
    obs = observations(claims(
        claim(value=2500, value_min=2000, value_max=3000, qualifier="range", date="2024-09-01",
              date_precision="month"),
        claim(value=2500, qualifier="approx", date="2024-09-14")))
    row = obs.iloc[0]
    assert (row["qualifier"], row["value_min"], row["value_max"]) == ("range", 2000, 3000)
    assert (row["date"], row["date_precision"]) == ("2024-09-14", "day")


def test_coarse_claim_joins_earliest_finer_group():
    obs = observations(claims(claim(value=900, date="2024-03-05"), claim(value=900, date="2024-07-05"),
                             claim(value=900, date="2024-01-01", date_precision="year")))
    assert sorted(obs["n_claims"]) == [1, 2]
    assert obs.loc[obs["n_claims"] == 2, "date"].item() == "2024-03-05"


def test_published_precision_never_finer_than_publication():
    p = prepare(claims(claim(value=1, date="2024-01-01", date_source="published", published="2024")))
    assert p.loc[0, "prec"] == "year" and p.loc[0, "p1"] == pd.Timestamp("2024-12-31")


def test_empty_table():
    assert observations(claims(claim(value=1)).iloc[0:0]).empty
    assert plateaus(claims(claim(value=1)).iloc[0:0]).empty


def test_plateau_merges_repeats_until_the_level_changes():
    df = claims(claim(value=2500, date="2024-03-02", evidence=AR, source="أ"),
               claim(value=2500, qualifier="approx", date="2024-05-02", source="ب"),
               claim(value=2500, date="2024-05-20", source="أ"),
               claim(value=5200, date="2024-06-02"),
               claim(value=2500, date="2024-08-02"))
    pl = plateaus(df)
    assert list(pl["value"]) == [2500, 5200, 2500]
    first = pl.iloc[0]
    assert first["start"] == pd.Timestamp("2024-03-02") and first["end"] == pd.Timestamp("2024-05-20")
    assert (first["n_observations"], first["n_claims"], first["n_sources"]) == (3, 3, 2)
    assert len(first["claim_ids"]) == 3


def test_plateaus_are_per_place():
    df = claims(claim(value=2500, date="2024-03-02"), claim(value=2500, date="2024-04-02", base="Erbil"),
               claim(value=2500, date="2024-05-02"))
    pl = plateaus(df)
    assert sorted(pl["n_observations"]) == [1, 2]


def test_representatives_keep_one_claim_per_statement_with_its_sources():
    from timeline.consolidate import representatives
    month = dict(date="2024-01-01", date_precision="month")
    df = claims(claim(value=2500.0, qualifier="approx", claim_id="a1", **month),
               claim(value=2500.0, claim_id="a2", **month),                 # same figure, same month
               claim(value=5200.0, claim_id="b1", **month),                 # a different figure
               claim(claim_type="presence", base="Erbil", claim_id="p1"))
    rep = representatives(df)
    assert len(rep) == 3 and set(rep["claim_id"]) <= {"a1", "a2", "b1", "p1"}
    repeated = rep[rep["value"] == 2500.0].iloc[0]
    assert (repeated["n_claims"], repeated["n_sources"]) == (2, 2)
    assert set(rep.columns) >= set(df.columns)          # still a claims table the charts can draw


def test_grouped_points_say_how_often_they_were_reported():
    from timeline.consolidate import representatives
    from timeline.troops import troops_figure
    month = dict(date="2024-01-01", date_precision="month")
    df = claims(claim(value=2500.0, **month), claim(value=2500.0, **month), claim(value=900.0, country="SYR", **month))

    def hovers(fig) -> str:
        return " ".join(str(h) for t in fig.data if t.hovertext is not None for h in t.hovertext)
    assert "stated in 2 reports from 2 sources" in hovers(troops_figure(representatives(df)))
    plain = hovers(troops_figure(df))
    assert "stated in" not in plain
