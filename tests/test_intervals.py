"""Presence intervals: first sighting to a reported withdrawal, or 'last seen', with evidence."""
import pandas as pd
import pytest

from timeline.intervals import presence_intervals

from conftest import claim, claims

BASE = "Ain al-Asad"
SEEN_AR = "تتمركز قوات أمريكية في قاعدة عين الأسد غرب العراق."
LEFT_AR = "أكملت القوات الأمريكية انسحابها من قاعدة عين الأسد."


def _seen(date, **kw):
    return claim(claim_type="presence", base=BASE, date=date, evidence=SEEN_AR, **kw)


def _left(date, **kw):
    return claim(claim_type="withdrawal", base=BASE, date=date, evidence=LEFT_AR, **kw)


def _at_base(df, today=None):
    iv = presence_intervals(df, today)
    return iv[iv["base"] == BASE].reset_index(drop=True)


def test_closed_by_withdrawal_with_evidence_for_both_ends():
    first, left = _seen("2024-01-05"), _left("2024-05-05")
    iv = _at_base(claims(first, claim(value=1500, base=BASE, date="2024-03-05"), left))
    assert len(iv) == 1
    row = iv.iloc[0]
    assert (row["start_claim_id"], row["start_evidence"]) == (first["claim_id"], SEEN_AR)
    assert (row["end_kind"], row["end_claim_id"], row["end_evidence"]) == ("withdrawal", left["claim_id"], LEFT_AR)
    assert row["end"] == pd.Timestamp("2024-05-05") and row["last_count"] == 1500


def test_last_seen_when_no_withdrawal():
    last = _seen("2024-06-05")
    row = _at_base(claims(_seen("2024-01-05"), last)).iloc[0]
    assert (row["end_kind"], row["end_claim_id"]) == ("last seen", last["claim_id"])
    assert row["end"] == row["last_seen"] == pd.Timestamp("2024-06-05")


@pytest.mark.parametrize("name,events,kinds", [
    ("planned withdrawal does not close", [_seen("2024-01-05"), _left("2024-03-05", status="planned")],
     ["last seen"]),
    ("sighting after withdrawal reopens", [_seen("2024-01-05"), _left("2024-03-05"), _seen("2024-08-05")],
     ["withdrawal", "last seen"]),
    ("repeated reports of one withdrawal stay in one interval",
     [_seen("2024-01-05"), _left("2024-03-05"), _left("2024-03-06")], ["withdrawal"]),
    ("partial withdrawal (fewer than stationed) does not close",
     [claim(value=2000, base=BASE, date="2024-01-05"), _left("2024-03-05", value=500, qualifier="exact")],
     ["last seen"]),
    ("withdrawal of the whole level closes",
     [claim(value=2000, base=BASE, date="2024-01-05"), _left("2024-03-05", value=2000, qualifier="approx")],
     ["withdrawal"]),
    ("numbered base withdrawal with no level known closes", [_seen("2024-01-05"), _left("2024-03-05", value=300)],
     ["withdrawal"]),
])
def test_interval_rules(name, events, kinds):
    assert list(_at_base(claims(*events))["end_kind"]) == kinds, name


def test_today_ignores_later_claims():
    df = claims(_seen("2024-01-05"), _left("2024-05-05"))
    assert list(_at_base(df, today=pd.Timestamp("2024-04-01"))["end_kind"]) == ["last seen"]
    assert _at_base(df, today=pd.Timestamp("2023-12-01")).empty


def test_country_interval_uses_base_sightings_but_not_base_withdrawals():
    df = claims(_seen("2024-01-05"), _left("2024-05-05"))
    country = presence_intervals(df).query("base == ''").iloc[0]
    assert country["end_kind"] == "last seen" and country["start"] == pd.Timestamp("2024-01-05")
    numbered = claims(claim(value=2500, date="2024-01-05"),
                     claim(claim_type="withdrawal", value=500, qualifier="approx", date="2024-03-05"))
    assert list(presence_intervals(numbered)["end_kind"]) == ["last seen"]  # a country is drawn down in steps


def test_no_reported_claims():
    assert presence_intervals(claims(_seen("2024-01-05", status="planned"))).empty
