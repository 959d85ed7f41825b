"""Map of bases: who held which base on a date, sizes from the last troop count, an offline figure."""
import pandas as pd
import pytest

from timeline import mapview
from timeline.mapview import bases_on, map_figure

from conftest import claim, claims

ON = pd.Timestamp("2024-06-01")
ASAD = dict(base="Ain al-Asad", lat=33.79, lon=42.44)
ERBIL = dict(base="Erbil", lat=36.24, lon=43.96)
TANF = dict(base="Al-Tanf", country="SYR", lat=33.5, lon=38.63)


def _df():
    return claims(
        claim(claim_type="presence", date="2024-01-10", evidence="تنتشر قوات أمريكية في قاعدة عين الأسد.", **ASAD),
        claim(value=1500, qualifier="approx", date="2024-02-10", **ASAD),
        claim(value=900, date="2024-04-10", **ASAD),
        claim(value=800, date="2024-09-10", **ASAD),                     # after the date: not yet known
        claim(claim_type="presence", date="2024-01-10", **ERBIL),
        claim(claim_type="withdrawal", date="2024-03-10", **ERBIL),       # withdrawn before the date
        claim(claim_type="presence", date="2023-01-10", **TANF),
        claim(claim_type="withdrawal", date="2024-08-10", **TANF),        # withdrawn after the date
        claim(claim_type="presence", date="2024-07-10", base="Harir", lat=36.54, lon=44.35),  # first seen after
    )


def test_bases_on_a_date():
    bases = bases_on(_df(), ON).set_index("base")
    assert sorted(bases.index) == ["Ain al-Asad", "Al-Tanf"]
    assert bases.loc["Ain al-Asad", "troops"] == 900
    assert bases.loc["Ain al-Asad", "first_seen"] == pd.Timestamp("2024-01-10")
    assert not bases["withdrawn"].any()


def test_bases_without_date_flag_withdrawals():
    bases = bases_on(_df()).set_index("base")
    assert sorted(bases.index) == ["Ain al-Asad", "Al-Tanf", "Erbil", "Harir"]
    assert list(bases.loc[["Erbil", "Al-Tanf"], "withdrawn"]) == [True, True]
    assert bases.loc["Ain al-Asad", "troops"] == 800


def test_coordinates_from_another_claim_then_gazetteer(monkeypatch):
    df = claims(claim(claim_type="presence", base="Erbil", date="2024-01-10"),
               claim(claim_type="deadline", base="Erbil", date="2026-01-01", lat=36.2, lon=43.9),
               claim(claim_type="presence", base="Taji", date="2024-01-10"))
    monkeypatch.setattr(mapview, "gazetteer_point", lambda name: (33.5, 44.2) if name == "Taji" else (None, None))
    bases = bases_on(df, ON).set_index("base")
    assert tuple(bases.loc["Erbil", ["lat", "lon"]]) == (36.2, 43.9)
    assert tuple(bases.loc["Taji", ["lat", "lon"]]) == (33.5, 44.2)


def test_figure_is_offline_scattergeo_fitted_to_bases():
    fig = map_figure(_df(), ON)
    geo = fig.layout.geo
    # Any built-in base layer makes plotly.js download a world map: all must be off.
    assert not any(getattr(geo, f"show{k}") for k in ("coastlines", "land", "ocean", "lakes", "rivers",
                                                        "countries", "subunits"))
    assert {t.type for t in fig.data} == {"scattergeo"}
    borders = next(t for t in fig.data if t.name == "borders")
    assert len(borders.lat) > 10 and None in borders.lat  # several clipped border lines
    markers = [t for t in fig.data if t.mode == "markers+text"]
    assert sorted(b for t in markers for b in t.text) == ["Ain al-Asad", "Al-Tanf"]
    lat0, lat1 = geo.lataxis.range
    lon0, lon1 = geo.lonaxis.range
    assert lat0 < 33.5 < 33.79 < lat1 and lon0 < 38.63 < 42.44 < lon1 and lon1 - lon0 < 30
    assert "2024-06-01" in fig.layout.title.text


def test_marker_size_grows_with_troops_and_hover_has_the_story():
    df = claims(claim(value=5000, date="2024-01-10", **ASAD), claim(value=200, date="2024-01-10", **TANF),
               claim(claim_type="presence", date="2024-01-10", **ERBIL))
    fig = map_figure(df, ON)
    sizes = {b: s for t in fig.data if t.mode == "markers+text" for b, s in zip(t.text, t.marker.size)}
    assert sizes["Ain al-Asad"] > sizes["Al-Tanf"] > sizes["Erbil"]
    hover = next(t for t in fig.data if t.mode == "markers+text").hovertext[0]
    assert "Ain al-Asad" in hover and "2024-01-10" in hover and "5,000" in hover


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_empty_map_says_so(lang):
    fig = map_figure(claims(claim(value=1)).iloc[0:0], ON, lang)
    assert fig.layout.annotations and not [t for t in fig.data if t.mode == "markers+text"]
