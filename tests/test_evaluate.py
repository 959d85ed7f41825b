"""The scorer: each matching rule of docs/claims-schema.md on small hand-made gold/pred tables."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.evaluate import date_matches, main, normalise_base, score, value_matches

GOLD_DIR = Path("/work/shared/eval/dev")


def claim(doc="d1", type_="troop_count", actor="USA", country="IRQ", base="", value="", date="",
          precision="", source="", qualifier="", status="reported", optional="0", lang="", evidence=""):
    return {"doc_id": doc, "claim_type": type_, "actor": actor, "country": country, "base": base,
            "value": value, "date": date, "date_precision": precision, "date_source": source,
            "qualifier": qualifier, "status": status, "optional": optional, "lang": lang,
            "evidence": evidence, "evidence_hint": evidence}


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(claim().keys()))


@pytest.mark.parametrize("gold, pred, same", [
    ("Ain al-Asad", "ain al asad", True),
    ("Ain al-Asad", "Ain Asad", True),
    ("Al-Tanf", "Tanf", True),
    ("Qayyarah West", "qayyarah-west", True),
    ("Erbil", "Harir", False),
    ("Erbil", "", False),
    ("", "", True),
    ("Alasad", "Asad", False),         # only the separate article is dropped
])
def test_base_normalisation(gold, pred, same):
    assert (normalise_base(gold) == normalise_base(pred)) is same


@pytest.mark.parametrize("gold, pred, ok", [
    (2500.0, 2500.0, True),
    (2500.0, 2524.0, True),      # 0.96 %
    (2500.0, 2526.0, False),     # 1.04 %
    (2500.0, 2476.0, True),
    (2500.0, None, False),
    (None, 3000.0, True),        # gold without a value: any value
    (None, None, True),
])
def test_value_within_one_percent(gold, pred, ok):
    assert value_matches(gold, pred) is ok


@pytest.mark.parametrize("gold_date, precision, source, pred_date, ok", [
    ("2021-03-23", "day", "text", "2021-03-23", True),
    ("2021-03-23", "day", "text", "2021-03-24", True),     # within one day
    ("2021-03-23", "day", "text", "2021-03-22", True),
    ("2021-03-23", "day", "text", "2021-03-25", False),
    ("2021-03-31", "day", "text", "2021-04-01", True),     # across a month end
    ("2021-03-23", "day", "text", "", False),
    ("2025-09-30", "month", "text", "2025-09-01", True),   # equal at month precision
    ("2025-09-30", "month", "text", "2025-10-01", False),
    ("2026-12-31", "year", "text", "2026-01-01", True),
    ("2026-12-31", "year", "text", "2027-01-01", False),
    ("2024-09-06", "day", "published", "", True),          # defaulted to published: empty is fine
    ("2024-09-06", "day", "published", "2024-09-06", True),
    ("2024-09-06", "day", "published", "2023-01-01", False),
    ("", "", "", "2020-05-05", True),                      # gold without a date: any date
    ("", "", "", "", True),
    ("2021-03-23", "day", "text", "not a date", False),
])
def test_date_at_gold_precision(gold_date, precision, source, pred_date, ok):
    assert date_matches(gold_date, precision, source, pred_date) is ok


def test_one_to_one_matching():
    gold = frame(claim(value="2500"))
    pred = frame(claim(value="2500"), claim(value="2500"))
    scores = score(gold, pred)
    assert (scores.overall.pred_correct, scores.overall.n_pred, scores.overall.gold_found) == (1, 2, 1)
    assert scores.unmatched_pred == [1]


def test_required_gold_is_matched_before_optional_gold():
    gold = frame(claim(type_="presence", optional="1"), claim(type_="presence", optional="0"))
    pred = frame(claim(type_="presence"))
    scores = score(gold, pred)
    assert scores.matches == [(1, 0)]
    assert (scores.overall.gold_found, scores.overall.n_gold) == (1, 1)


def test_optional_gold_counts_for_precision_not_recall():
    gold = frame(claim(type_="presence", optional="1"), claim(type_="deployment", optional="0"))
    pred = frame(claim(type_="presence"))
    s = score(gold, pred).overall
    assert (s.precision, s.recall, s.n_gold) == (1.0, 0.0, 1)


def test_matching_is_maximal_not_greedy():
    # The first gold could take either prediction; greedy order would leave the second gold unmatched.
    gold = frame(claim(value=""), claim(value="1000"))
    pred = frame(claim(value="1000"), claim(value="5000"))
    scores = score(gold, pred)
    assert scores.overall.gold_found == 2 and sorted(scores.matches) == [(0, 1), (1, 0)]


def test_claims_only_match_within_their_document():
    scores = score(frame(claim(doc="d1")), frame(claim(doc="d2")))
    assert (scores.overall.pred_correct, scores.overall.gold_found) == (0, 0)


@pytest.mark.parametrize("field, gold_value, pred_value", [
    ("type_", "troop_count", "troop_target"),
    ("actor", "USA", "COALITION"),
    ("country", "IRQ", "SYR"),
    ("base", "Erbil", ""),
])
def test_key_fields_must_agree(field, gold_value, pred_value):
    scores = score(frame(claim(**{field: gold_value})), frame(claim(**{field: pred_value})))
    assert scores.overall.pred_correct == 0


def test_slices_by_type_and_language_and_attribute_accuracy():
    gold = frame(claim(doc="ar_1", value="100", qualifier="approx", status="reported"),
                 claim(doc="en_1", type_="withdrawal", status="planned"),
                 claim(doc="en_1", type_="deadline", date="2026-12-31", precision="year", source="text"))
    pred = frame(claim(doc="ar_1", value="100.5", qualifier="exact", status="reported"),
                 claim(doc="en_1", type_="withdrawal", status="demanded"),
                 claim(doc="en_1", type_="presence"))
    scores = score(gold, pred)
    assert (scores.by_type["troop_count"].f1, scores.by_type["deadline"].recall) == (1.0, 0.0)
    assert scores.by_type["presence"].precision == 0.0
    assert (scores.by_lang["ar"].recall, scores.by_lang["en"].recall) == (1.0, 0.5)
    assert scores.qualifier == (0, 1)           # only gold claims with a qualifier count
    assert scores.status == (1, 2)


def test_language_from_pred_rows_or_a_manifest():
    gold = frame(claim(doc="x"), claim(doc="y"))
    pred = frame(claim(doc="x", lang="ar"))
    scores = score(gold, pred, doc_langs={"y": "en"})
    assert set(scores.by_lang) == {"ar", "en"}


def test_command_line_json_and_verbose(tmp_path, capsys):
    gold = frame(claim(value="2500", evidence="نحو 2500 جندي"), claim(type_="presence"))
    gold.to_csv(tmp_path / "g.csv", index=False)
    frame(claim(value="2510"), claim(type_="deadline", evidence="by the end of 2026")).to_csv(
        tmp_path / "p.csv", index=False)
    assert main([str(tmp_path / "g.csv"), str(tmp_path / "p.csv"), "--json", "--verbose"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["overall"]["precision"] == 0.5 and result["overall"]["recall"] == 0.5
    assert "d1 | presence | USA | IRQ" in captured.err
    assert "by the end of 2026" in captured.err


def test_command_line_table_and_docs_dir(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d1.txt").write_text("x", encoding="utf-8")
    frame(claim()).to_csv(tmp_path / "g.csv", index=False)
    frame(claim(), claim(doc="other")).to_csv(tmp_path / "p.csv", index=False)
    assert main([str(tmp_path / "g.csv"), str(tmp_path / "p.csv"), "--docs-dir", str(docs)]) == 0
    captured = capsys.readouterr()
    overall = next(line for line in captured.out.splitlines() if line.startswith("overall"))
    assert overall.split()[1:] == ["1", "1", "1", "1", "1.000", "1.000", "1.000"]
    assert "1 predictions of 1 documents" in captured.err


def test_missing_file_exits_2(tmp_path):
    assert main([str(tmp_path / "nope.csv"), str(tmp_path / "nope2.csv")]) == 2


@pytest.mark.skipif(not GOLD_DIR.exists(), reason="shared gold annotations not available")
def test_gold_scores_perfectly_against_itself():
    gold = pd.read_csv(GOLD_DIR / "seeds-gold.csv", dtype=str, keep_default_na=False)
    scores = score(gold, gold)
    assert scores.overall.recall == 1.0 and scores.overall.precision == 1.0


@pytest.mark.parametrize("pred_kwargs, field", [
    ({"type_": "troop_target"}, "type"),
    ({"actor": "COALITION"}, "actor"),
    ({"country": "SYR"}, "country"),
    ({"base": "Harir"}, "base"),
    ({"value": "2600"}, "value"),
    ({"date": "2021-05-01", "precision": "day", "source": "text"}, "date"),
    ({"actor": "GBR", "country": "SYR"}, "none"),      # two fields off: nothing close
])
def test_each_missed_gold_claim_names_the_one_field_that_kept_it(pred_kwargs, field):
    gold = frame(claim(base="Erbil", value="2500", date="2021-03-23", precision="day", source="text"))
    pred = frame(claim(**{"base": "Erbil", "value": "2500", "date": "2021-03-23", "precision": "day",
                          "source": "text", **pred_kwargs}))
    scores = score(gold, pred)
    assert scores.blocking == {0: field}
    assert scores.missed_by_field() == {field: 1}


def test_batches_are_slices_and_can_be_held_out(tmp_path, capsys):
    gold = frame(claim(doc="b1_ar_01"), claim(doc="b2_en_01"), claim(doc="b2_en_01", type_="presence"))
    pred = frame(claim(doc="b1_ar_01"), claim(doc="b2_en_01", type_="deadline"))
    scores = score(gold, pred)
    assert {b: (c.gold_found, c.n_gold, c.n_pred) for b, c in scores.by_batch.items()} == {
        "b1": (1, 1, 1), "b2": (0, 2, 1)}
    assert set(scores.by_lang) == {"ar", "en"}          # the language after the batch prefix
    gold.to_csv(tmp_path / "g.csv", index=False)
    pred.to_csv(tmp_path / "p.csv", index=False)
    assert main([str(tmp_path / "g.csv"), str(tmp_path / "p.csv"), "--exclude", "b2"]) == 0
    overall = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("overall"))
    assert overall.split()[1:] == ["1", "1", "1", "1", "1.000", "1.000", "1.000"]
