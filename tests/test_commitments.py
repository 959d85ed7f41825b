"""Commitments: each deadline and target is met, slipped, reversed or open, with the evidence for it."""
import pandas as pd
import pytest

from timeline.commitments import commitment_status

from conftest import claim, claims

TODAY = pd.Timestamp("2026-06-01")
DEADLINE_AR = "اتفقت بغداد وواشنطن على إنهاء مهمة التحالف بحلول أيلول 2025."


def _deadline(date, published="2024-09-27", precision="month", **kw):
    return claim(claim_type="deadline", status="planned", date=date, date_precision=precision,
                 published=published, evidence=DEADLINE_AR, **kw)


def _status(*rows, today=TODAY):
    out = commitment_status(claims(*rows), today)
    return out.set_index(out["claim_ids"].str[0])


def test_met_by_a_later_withdrawal():
    d = _deadline("2025-09-30")
    left = claim(claim_type="withdrawal", date="2025-08-20", published="2025-08-21",
                 evidence="أعلنت وزارة الدفاع اكتمال انسحاب القوات الأمريكية من العراق.")
    row = _status(d, left).loc[d["claim_id"]]
    assert (row["outcome"], row["evidence_claim_id"], row["late"]) == ("met", left["claim_id"], False)
    assert row["evidence_text"] == left["evidence"] and row["outcome_date"] == "2025-08-20"


def test_met_late_and_withdrawal_before_the_commitment_does_not_count():
    d = _deadline("2025-09-30")
    before = claim(claim_type="withdrawal", date="2023-01-10")
    late = claim(claim_type="withdrawal", date="2025-11-10")
    row = _status(d, before, late).loc[d["claim_id"]]
    assert (row["outcome"], row["evidence_claim_id"], row["late"]) == ("met", late["claim_id"], True)


def test_slipped_by_a_later_published_later_deadline():
    d, later = _deadline("2025-09-30"), _deadline("2026-09-30", published="2025-06-01")
    out = _status(d, later)
    assert (out.loc[d["claim_id"], "outcome"], out.loc[d["claim_id"], "evidence_claim_id"]) == \
        ("slipped", later["claim_id"])
    assert out.loc[later["claim_id"], "outcome"] == "open"


def test_repeating_the_same_deadline_is_not_a_slip():
    out = _status(_deadline("2025-09-30"), _deadline("2025-09-30", published="2025-06-01"))
    assert list(out["outcome"]) == ["open"]  # one observation, two sources
    assert out["n_sources"].item() == 2


def test_reversed_by_presence_after_the_deadline():
    d = _deadline("2021-12-31", published="2021-07-27", precision="year")
    seen = claim(claim_type="presence", date="2022-03-01", published="2022-03-02",
                 evidence="لا تزال قوات أمريكية منتشرة في العراق.")
    same_year = claim(claim_type="presence", date="2021-10-01")
    row = _status(d, same_year, seen).loc[d["claim_id"]]
    assert (row["outcome"], row["evidence_claim_id"]) == ("reversed", seen["claim_id"])


@pytest.mark.parametrize("date,today,overdue", [("2030-12-31", TODAY, False), ("2020-12-31", TODAY, True)])
def test_open(date, today, overdue):
    d = _deadline(date, published="2019-01-01")
    row = _status(d, claim(claim_type="presence", date="2018-05-01"), today=today).loc[d["claim_id"]]
    assert (row["outcome"], row["evidence_claim_id"], row["overdue"]) == ("open", "", overdue)


def test_base_deadline_met_by_country_withdrawal_but_not_the_reverse():
    base_d = _deadline("2025-09-30", base="Erbil")
    country_d = _deadline("2025-09-30", actor="COALITION")
    out = _status(base_d, country_d, claim(claim_type="withdrawal", date="2025-08-01"),
                  claim(claim_type="withdrawal", actor="COALITION", base="Harir", date="2025-08-01"))
    assert out.loc[base_d["claim_id"], "outcome"] == "met"
    assert out.loc[country_d["claim_id"], "outcome"] == "open"


def _target(value, qualifier="exact", **kw):
    bounds = {"under": dict(value_max=value)}.get(qualifier, {})
    return claim(claim_type="troop_target", status="planned", value=value, qualifier=qualifier,
                 date="2025-09-30", date_precision="month", published="2024-09-27", **bounds, **kw)


def test_target_met_then_reversed():
    t = _target(2000)
    before = claim(value=2500, date="2024-06-01")
    reached = claim(value=2000, qualifier="approx", date="2025-06-01")
    back = claim(value=3500, date="2026-01-10")
    row = _status(t, before, reached).loc[t["claim_id"]]
    assert (row["outcome"], row["evidence_claim_id"]) == ("met", reached["claim_id"])
    row = _status(t, before, reached, back).loc[t["claim_id"]]
    assert (row["outcome"], row["evidence_claim_id"]) == ("reversed", back["claim_id"])


@pytest.mark.parametrize("level,qualifier,outcome", [(900, "exact", "met"), (1000, "under", "met"),
                                                      (1500, "exact", "open"), (900, "over", "open")])
def test_under_target(level, qualifier, outcome):
    t = _target(1000, "under")
    bounds = {"under": dict(value_max=level), "over": dict(value_min=level)}.get(qualifier, {})
    row = _status(t, claim(value=level, qualifier=qualifier, date="2025-03-01", **bounds)).loc[t["claim_id"]]
    assert row["outcome"] == outcome


def test_no_commitments():
    assert commitment_status(claims(claim(value=2500)), TODAY).empty
