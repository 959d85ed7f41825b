"""A new language is data, not code: a copy of the language data with a small French section (a line in
languages.yaml, a few months, number words, troop words, cue words, French columns in the gazetteer) is
enough for `python -m extract` to read a French article, with no Python changed."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract"

FRENCH_CUES = {
    "force": ["soldats", "troupes", "militaires", "forces"],
    "withdrawal": ["retir*", "retrait", "quitt*"],
    "deployment": ["déploy*", "envoy*"],
    "presence": ["stationn*", "présent*"],
    "location_prep": ["au", "en", "à", "dans"],
    "from_prep": ["du", "de", "des"],
    "direction": ["vers"],
    "planned": ["va", "vont", "doit", "prévoit"],
    "attribution": ["a déclaré", "selon"],
}
FRENCH_INFLECTIONS = {
    "proclitics": [["l'", "d'"]],
    "adjectives": {"forms": [{"ending": "ais", "add": ["", "e", "es"]}, {"ending": "ien", "add": ["", "ne", "s"]}]},
    "case": {"exact_max_letters": 3, "capitalised_single_words": True},
    "list_joiners": ["et", ","],
}


def _edit_yaml(path: Path, edit) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _add_columns(path: Path, values: dict[str, dict[str, str]]) -> None:
    """New `*_fr` columns in a gazetteer CSV: {row code: {column: value}}."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    columns = list(rows[0]) + sorted({c for v in values.values() for c in v} - set(rows[0]))
    key = "iso3" if "iso3" in rows[0] else "code"
    for row in rows:
        row.update(values.get(row[key], {}))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)


def french_data(folder: Path) -> Path:
    """A copy of the project's language data with French added, file by file."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "languages.yaml", folder / "languages.yaml")
    shutil.copytree(DATA / "rules", folder / "rules")
    shutil.copytree(DATA / "gazetteer", folder / "gazetteer")
    _edit_yaml(folder / "languages.yaml", lambda d: d["languages"].update(
        fr={"letters": "A-Za-zÀ-ÿ", "numeric_dates": "dmy", "capitalised_names": False,
            "function_words": ["le", "la", "les", "des", "du", "et", "est", "au", "aux"]}))
    _edit_yaml(folder / "rules" / "dates.yaml", lambda d: (
        d["months"][8].update(fr=["août"]), d["months"][9].update(fr=["septembre"]),
        d["cues"]["in"].update(fr=["en"]), d["cues"]["by"].update(fr=["d'ici", "avant"])))
    _edit_yaml(folder / "rules" / "numbers.yaml", lambda d: (
        d["words"]["numbers"].update({"deux": 2, "trois": 3}), d["words"]["scales"].update({"mille": 1000}),
        d["units"]["personnel"].extend(["soldats", "militaires"])))
    _edit_yaml(folder / "rules" / "claims.yaml", lambda d: d.update(fr=FRENCH_CUES))
    _edit_yaml(folder / "gazetteer" / "inflections.yaml", lambda d: d.update(fr=FRENCH_INFLECTIONS))
    _add_columns(folder / "gazetteer" / "countries.csv", {
        "FRA": {"name_fr": "France", "adjectives_fr": "français"}, "MLI": {"name_fr": "Mali"},
        "NER": {"name_fr": "Niger"}})
    return folder


def test_a_french_article_gives_its_claims_from_data_files_alone(tmp_path: Path) -> None:
    data = french_data(tmp_path / "data")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "retrait.txt").write_text("Les troupes françaises ont quitté le Mali.\n\n"
                                          "La France a retiré 2400 soldats du Mali en août 2022.", encoding="utf-8")
    (articles / "manifest.csv").write_text("id,published\nretrait,2022-08-20\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    env = {**os.environ, "TROOP_LANGUAGE_DATA": str(data)}
    run = subprocess.run([sys.executable, "-m", "extract", str(articles), "-o", str(out), "--quiet"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    claims = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert set(claims["lang"]) == {"fr"}
    assert claims[["claim_type", "actor", "country", "value", "date", "date_precision"]].values.tolist() == [
        ["withdrawal", "FRA", "MLI", "", "2022-08-20", "day"],
        ["withdrawal", "FRA", "MLI", "2400.0", "2022-08-01", "month"]]


def test_without_the_french_data_the_same_article_gives_nothing(tmp_path: Path) -> None:
    """The French claims come from the data: the shipped languages read no French cue words."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "retrait.txt").write_text("La France a retiré 2400 soldats du Mali en août 2022.", encoding="utf-8")
    out = tmp_path / "claims.csv"
    env = {k: v for k, v in os.environ.items() if k != "TROOP_LANGUAGE_DATA"}
    run = subprocess.run([sys.executable, "-m", "extract", str(articles), "-o", str(out), "--quiet"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert len(pd.read_csv(out, dtype=str, keep_default_na=False)) == 0
