"""The summary command counts what the timeline derives from a claims table."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from extract.table import load_claims
from timeline.summary import main, summarise_table

SAMPLE = Path(__file__).parent / "data" / "sample_claims.csv"


def test_repeated_reports_collapse_into_fewer_observations(tmp_path):
    df = load_claims(SAMPLE)
    twice = pd.concat([df, df.assign(claim_id=df["claim_id"] + "b", doc_id=df["doc_id"] + "b")], ignore_index=True)
    once, doubled = summarise_table(df), summarise_table(twice)
    assert doubled["claims"] == 2 * once["claims"]
    assert doubled["observations"] == once["observations"]   # same statements, twice the sources
    assert sum(once["commitments"].values()) >= 1


def test_a_contradicting_report_is_counted_as_a_conflict():
    df = load_claims(SAMPLE)
    count = df[(df["claim_type"] == "troop_count") & (df["qualifier"] == "exact")].iloc[[0]]
    rival = count.assign(claim_id="rival:1", doc_id="rival", value=count["value"] * 3,
                         value_min=float("nan"), value_max=float("nan"))
    before = summarise_table(df)["conflicts"]
    assert summarise_table(pd.concat([df, rival], ignore_index=True))["conflicts"] == before + 1


def test_command_prints_every_count(capsys):
    assert main([str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    for key in ("claims", "observations", "plateaus", "conflicts", "presence_intervals", "commitments"):
        assert key in out
