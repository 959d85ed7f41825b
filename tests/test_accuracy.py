"""Accuracy gate: extraction scored against gold claims must not drop below the pinned minimums."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from extract.documents import iter_documents
from extract.evaluate import score
from extract.pipeline import extract_document
from extract.table import to_frame

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"


def extract_folder(folder: Path) -> pd.DataFrame:
    problems = []
    rows = [row for doc in iter_documents([folder], problems.append) for row in extract_document(doc)]
    assert not problems, problems
    return to_frame(rows)


@pytest.fixture(scope="module")
def seeds_claims() -> pd.DataFrame:
    return extract_folder(ROOT / "seeds")


def test_seeds_f1_meets_baseline(seeds_claims):
    gold = pd.read_csv(ROOT / "tests" / "data" / "seeds-gold.csv", dtype=str, keep_default_na=False)
    scores = score(gold, seeds_claims)
    assert scores.overall.f1 >= BASELINE["seeds_f1"], scores.as_dict()


@pytest.mark.skipif(not DEV.exists(), reason="dev articles live in ../shared, absent from a fresh clone")
def test_dev_articles_f1_meets_baseline(tmp_path):
    for path in (DEV / "docs").glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(DEV / "manifest.csv", tmp_path / "manifest.csv")
    gold = pd.read_csv(DEV / "gold.csv", dtype=str, keep_default_na=False)
    scores = score(gold, extract_folder(tmp_path))
    assert scores.overall.f1 >= BASELINE["dev_articles_f1"], scores.as_dict()
