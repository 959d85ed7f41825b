"""timeline.export and `python -m timeline export`: image bytes, CSV download, the CLI."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extract.table import load_claims
from timeline.__main__ import chart_builders, main
from timeline.common import sources_note
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


def test_csv_bytes_round_trip_with_sources_line():
    df = load_claims(SAMPLE)
    note = sources_note(df)
    data = csv_bytes(df, note)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("# Sources:")
    back = pd.read_csv(io.BytesIO(data), skiprows=1, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(back["claim_id"]) == list(df["claim_id"]) and list(back["evidence"]) == list(df["evidence"])
    assert "date_dt" not in back.columns


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


def test_map_chart_offered_only_with_mapview():
    has_mapview = (Path(__file__).parents[1] / "timeline" / "mapview.py").exists()
    assert ("map" in chart_builders()) == has_mapview


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
