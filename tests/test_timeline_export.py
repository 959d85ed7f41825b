"""timeline.export and `python -m timeline export`: image bytes, CSV download, the CLI."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extract.table import COLUMNS, load_claims
from timeline.__main__ import chart_builders, main
from timeline.export import csv_bytes, export_status, image_bytes
from timeline.figures import troops_figure

from conftest import claims

SAMPLE = Path(__file__).parent / "data" / "sample_claims.csv"
OK, WHY = export_status()
needs_browser = pytest.mark.skipif(not OK, reason=f"no browser for kaleido: {WHY}")


@needs_browser
@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<svg"), ("pdf", b"%PDF")])
def test_image_bytes(fmt, magic):
    fig = troops_figure(claims({"value": 2500, "evidence": "نحو 2500 جندي"}), date(2025, 6, 1))
    data = image_bytes(fig, fmt, width=600, height=400, scale=1)
    assert magic in data[:200]


def test_image_bytes_rejects_unknown_format():
    with pytest.raises(ValueError):
        image_bytes(troops_figure(claims({"value": 1}), date(2025, 6, 1)), "gif")


def test_export_status_explains_a_missing_browser(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    ok, why = export_status()
    assert not ok and "apt-get install chromium fonts-noto-core" in why


def test_csv_bytes_is_a_clean_csv_that_round_trips():
    df = load_claims(SAMPLE)
    data = csv_bytes(df)
    back = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(back["claim_id"]) == list(df["claim_id"]) and list(back["evidence"]) == list(df["evidence"])
    assert list(back.columns) == [c for c in COLUMNS if c in df.columns] and "date_dt" not in back.columns


@pytest.mark.parametrize("cell, written", [
    ("=1+1", "'=1+1"), ("+33 troops", "'+33 troops"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("نحو 2500 جندي", "نحو 2500 جندي"), ("Ain al-Asad", "Ain al-Asad"), ("", ""),
])
def test_csv_cells_cannot_start_a_formula(cell, written):
    df = load_claims(SAMPLE).head(1).assign(evidence=cell, title=cell)
    back = pd.read_csv(io.BytesIO(csv_bytes(df)), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert (back.at[0, "evidence"], back.at[0, "title"]) == (written, written)


@needs_browser
def test_cli_export_writes_a_file(tmp_path):
    out = tmp_path / "troops.png"
    rc = main(["export", "--claims", str(SAMPLE), "--chart", "troops", "--actor", "USA", "--country", "IRQ",
               "--format", "png", "--out", str(out), "--today", "2025-06-01"])
    assert rc == 0 and out.read_bytes()[:4] == b"\x89PNG"


def test_cli_missing_claims_file_exits_2(tmp_path, capsys):
    rc = main(["export", "--claims", str(tmp_path / "none.csv"), "--chart", "bases", "--out", str(tmp_path / "x.svg")])
    assert rc == 2 and "not found" in capsys.readouterr().err


def test_cli_rejects_unknown_chart(tmp_path):
    with pytest.raises(SystemExit):
        main(["export", "--claims", str(SAMPLE), "--chart", "pie", "--out", str(tmp_path / "x.png")])


@needs_browser
@pytest.mark.parametrize("lang, base, sources", [("en", "Hmeimim", "Exported "), ("ar", "حميميم", "تاريخ التصدير ")])
def test_cli_map_export_draws_the_bases_with_a_source_line(tmp_path, lang, base, sources):
    out = tmp_path / "map.svg"
    rc = main(["export", "--claims", str(SAMPLE), "--chart", "map", "--actor", "RUS", "--lang", lang,
               "--out", str(out), "--today", "2025-06-01"])
    svg = out.read_text(encoding="utf-8")
    assert rc == 0 and svg.startswith("<svg") and base in svg and sources in svg


def test_cli_troops_chart_marks_conflicts_like_the_dashboard():
    df = claims({"value": 2500, "date": "2021-03-05", "source": "A"}, {"value": 5200, "date": "2021-03-20"})
    fig = chart_builders()["troops"](df, today=date(2025, 6, 1), lang="en", log_y=True)
    assert any(t.legendgroup == "conflicts" for t in fig.data)
    assert fig.layout.yaxis.type == "log"


def test_cli_map_chart_takes_a_date():
    df = load_claims(SAMPLE)
    early = chart_builders()["map"](df, on_date=date(2016, 6, 1))
    late = chart_builders()["map"](df)
    assert "2016-06-01" in early.layout.title.text and "2016" not in (late.layout.title.text or "")
    count = lambda fig: sum(len(t.lat) for t in fig.data if t.mode == "markers+text")  # noqa: E731
    assert 0 < count(early) < count(late)


@needs_browser
def test_cli_map_export_with_date_and_log_troops(tmp_path):
    for chart, extra in (("map", ["--date", "2021-01-01"]), ("troops", ["--log-y"])):
        out = tmp_path / f"{chart}.svg"
        rc = main(["export", "--claims", str(SAMPLE), "--chart", chart, "--out", str(out), *extra])
        assert rc == 0 and b"<svg" in out.read_bytes()[:200]


def test_cli_rejects_a_bad_date(tmp_path):
    with pytest.raises(SystemExit):
        main(["export", "--claims", str(SAMPLE), "--chart", "map", "--date", "June", "--out", str(tmp_path / "m.png")])


@pytest.mark.parametrize("filters, stem", [
    (dict(actors=("USA",), countries=("IRQ",)), "troops_USA_IRQ_2020-2025"),
    (dict(), "troops_2016-2029"),
    (dict(actors=("RUS",)), "troops_RUS_2016-2025"),
])
def test_file_names_say_what_the_chart_shows(filters, stem):
    from timeline.export import file_stem, year_span
    from timeline.filters import Filters, apply_filters
    f = Filters(**filters)
    assert file_stem("troops", f, year_span(apply_filters(load_claims(SAMPLE), f))) == stem


@pytest.mark.parametrize("lang, expected", [
    ("en", ["Actor: United States (USA) · Country: Iraq (IRQ) · 2020–2025", "Sources: ",
            "Exported 2026-01-02 · http://127.0.0.1:8501/?actors=USA"]),
    ("ar", ["\u2067الطرف: الولايات المتحدة (\u2066USA\u2069) · البلد: العراق (\u2066IRQ\u2069) · 2020–2025\u2069",
            "\u2067المصادر: ", "\u2067تاريخ التصدير 2026-01-02 · http://127.0.0.1:8501/?actors=USA\u2069"]),
])
def test_exported_charts_carry_filters_sources_date_and_link(lang, expected):
    from timeline.export import publishable
    from timeline.filters import Filters, apply_filters
    f = Filters(actors=("USA",), countries=("IRQ",))
    df = apply_filters(load_claims(SAMPLE), f)
    fig = troops_figure(df, date(2025, 6, 1), lang=lang)
    pub = publishable(fig, df, f, lang, "http://127.0.0.1:8501/?actors=USA", today=date(2026, 1, 2))
    lines = pub.layout.title.subtitle.text.split("<br>")
    assert lines[0] == expected[0] and lines[1].startswith(expected[1]) and lines[2] == expected[2]
    assert fig.layout.title.subtitle.text is None          # the on-screen chart is left as it was


@needs_browser
def test_pdf_export_is_one_a4_page_with_a_real_title():
    import re

    from timeline.export import publishable_image
    from timeline.filters import Filters
    df = load_claims(SAMPLE)
    data = publishable_image(troops_figure(df, date(2025, 6, 1)), "pdf", df, Filters(), "en", "", date(2026, 1, 2))
    box = [float(v) for v in re.search(rb"/MediaBox \[([^\]]+)\]", data).group(1).split()]
    assert data.startswith(b"%PDF") and b"Kaleido-fier" not in data
    assert (round(box[2]), round(box[3])) == (842, 595)                   # A4 landscape, in points
    title = "Troop levels over time".encode("utf-16-be").hex().upper().encode()
    assert b"/Title <FEFF" + title + b">" in data
    xref = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[xref:xref + 4] == b"xref"                                 # offsets still point at the table
