"""timeline.reviews: verdicts kept apart from the claims table, applied everywhere, never lost."""
from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from timeline.reviews import (
    CLEARED,
    CONFIRMED,
    WRONG,
    apply_reviews,
    current_verdicts,
    read_reviews,
    record_review,
    reviews_path,
)

from conftest import claims

T0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def table() -> pd.DataFrame:
    return claims({"evidence": "Air Base 201 هي قاعدة في النيجر", "value": 201}, {"value": 900},
                  {"claim_type": "presence", "value": None, "qualifier": ""})


@pytest.mark.parametrize("decisions, expected", [
    ([("c0", WRONG, "قاعدة وليست جنوداً")], {"c0": (WRONG, "قاعدة وليست جنوداً")}),
    ([("c0", WRONG, ""), ("c0", CLEARED, "")], {}),                                  # undone
    ([("c1", CONFIRMED, "checked"), ("c0", WRONG, "base name"), ("c1", WRONG, "")],
     {"c0": (WRONG, "base name"), "c1": (WRONG, "")}),                               # the last decision counts
])
def test_the_last_decision_per_claim_counts(tmp_path: Path, decisions, expected) -> None:
    path = tmp_path / "reviews.csv"
    for claim_id, verdict, note in decisions:
        record_review(path, claim_id, verdict, note, now=T0)
    verdicts = current_verdicts(read_reviews(path))
    assert {k: (r.verdict, r.note) for k, r in verdicts.iterrows()} == expected
    assert list(read_reviews(path)["time"].unique()) == ["2026-01-02T03:04:05+00:00"]


@pytest.mark.parametrize("show_hidden, ids, reviews", [
    (False, ["c1", "c2"], ["", CONFIRMED]),
    (True, ["c0", "c1", "c2"], [WRONG, "", CONFIRMED]),
])
def test_claims_marked_wrong_are_left_out_unless_shown(tmp_path: Path, show_hidden, ids, reviews) -> None:
    path = tmp_path / "reviews.csv"
    record_review(path, "c0", WRONG, "Air Base 201 is a name")
    record_review(path, "c2", CONFIRMED)
    out = apply_reviews(table(), current_verdicts(read_reviews(path)), show_hidden)
    assert list(out["claim_id"]) == ids and list(out["review"]) == reviews


def test_reviews_survive_reextraction_because_claim_ids_are_stable(tmp_path: Path) -> None:
    claims_csv = tmp_path / "claims.csv"
    table().to_csv(claims_csv, index=False)
    record_review(reviews_path(claims_csv), "c0", WRONG)
    table().iloc[::-1].to_csv(claims_csv, index=False)     # the table is rebuilt (another order, same ids)
    again = pd.read_csv(claims_csv, dtype=str, keep_default_na=False)
    kept = apply_reviews(again, current_verdicts(read_reviews(reviews_path(claims_csv))))
    assert sorted(kept["claim_id"]) == ["c1", "c2"] and reviews_path(claims_csv) == tmp_path / "reviews.csv"


def test_an_unknown_verdict_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="verdict"):
        record_review(tmp_path / "reviews.csv", "c0", "maybe")
    assert not (tmp_path / "reviews.csv").exists()


def _writer(path: str, who: int, n: int) -> None:
    for i in range(n):
        record_review(path, f"p{who}:{i}", WRONG, f"writer {who}")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), who, 40)) for who in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    rows = read_reviews(path)
    assert len(rows) == 80 and set(rows["claim_id"]) == {f"p{w}:{i}" for w in (1, 2) for i in range(40)}
    assert path.read_text(encoding="utf-8").count("claim_id,verdict") == 1
    assert not list(tmp_path.glob(".reviews.csv.*.tmp"))
