"""extract/gazetteer/countries.csv is what scripts/build_countries.py writes from CLDR and the overlay."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from extract.rulefile import languages

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries.py")
build_countries = importlib.util.module_from_spec(SPEC)
sys.modules["build_countries"] = build_countries
SPEC.loader.exec_module(build_countries)


def test_committed_countries_csv_is_what_the_generator_writes() -> None:
    committed = build_countries.OUT.read_text(encoding="utf-8")
    assert committed == build_countries.render(list(languages())), "run python scripts/build_countries.py"


def test_check_mode_reports_a_hand_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edited = tmp_path / "countries.csv"
    edited.write_text(build_countries.OUT.read_text(encoding="utf-8").replace("Ivory Coast", "Ivory Coastline"),
                      encoding="utf-8")
    assert build_countries.main(["--check", "--out", str(edited)]) == 1
    assert "differs from the generator" in capsys.readouterr().out


@pytest.mark.parametrize("cell, name", [
    ("Myanmar (Burma)", "Myanmar"),
    ("ميانمار (بورما)", "ميانمار"),
    ("Congo - Kinshasa", ""),
    ("St. Helena, Ascension & Tristan da Cunha", ""),
    ("Côte d’Ivoire", "Côte d’Ivoire"),
])
def test_cldr_names_as_the_press_writes_them(cell: str, name: str) -> None:
    assert build_countries.cldr_name(cell) == name


def test_another_language_adds_its_columns_with_cldr_names() -> None:
    text = build_countries.render(["ar", "en", "fr"])
    header, _, first = text.split("\n")[:3]
    assert header.split(",") == build_countries.columns(["ar", "en", "fr"])
    rows = {line.split(",")[0]: line.split(",") for line in text.split("\n")[2:] if line}
    name_fr = header.split(",").index("name_fr")
    got = (rows["CIV"][name_fr], rows["DEU"][name_fr], rows["XKX"][name_fr])
    assert got == ("Côte d’Ivoire", "Allemagne", "Kosovo")


@pytest.mark.parametrize("overlay_row, message", [
    ({"alpha2": "QQ", "kind": "state"}, "codes not in CLDR: QQ"),
    ({"alpha2": "MM", "iso3": ""}, r"MM: CLDR gives alpha-3 \['BUR', 'MMR'\]"),
])
def test_overlay_mistakes_are_reported(overlay_row: dict, message: str) -> None:
    overlay = build_countries.read_overlay()
    overlay[overlay_row["alpha2"]] = overlay.get(overlay_row["alpha2"], {}) | overlay_row
    with pytest.raises(SystemExit, match=message):
        build_countries.build(["ar", "en"], overlay)
