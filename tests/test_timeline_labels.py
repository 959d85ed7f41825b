"""timeline/labels.yaml: every string the figures and tables ask for exists in English and Arabic."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import timeline.common
import timeline.display
import timeline.load
from extract.table import load_claims
from timeline import conflicts, figures, mapview
from timeline.load import load_labels

from conftest import claims

SAMPLE = Path(__file__).parent / "data" / "sample_claims.csv"
SECTIONS = ("text", "fields")


class Recorder(dict):
    """A labels section that notes every key looked up in it."""

    def __init__(self, data: dict, asked: set, section: str) -> None:
        super().__init__(data)
        self.asked, self.section = asked, section

    def get(self, key, default=None):
        self.asked.add((self.section, key))
        return super().get(key, default)

    def __getitem__(self, key):
        self.asked.add((self.section, key))
        return super().__getitem__(key)


def render_everything(lang: str) -> None:
    """Every figure and table of timeline/, on a table that has conflicts, bases and deadlines."""
    df = load_claims(SAMPLE)
    df = df.assign(source=df["source"].where(df.index % 3 != 0, ""))
    clash = claims({"value": 2500, "date": "2021-03-05", "source": "A"}, {"value": 5200, "date": "2021-03-20"})
    found = conflicts.find_conflicts(clash)
    assert not found.empty
    today = date(2025, 6, 1)
    for make in (figures.troops_figure, figures.bases_figure, figures.deadlines_figure):
        make(df, today, lang=lang)
        make(df.head(0), today, lang=lang)
    conflicts.add_conflict_marks(figures.troops_figure(clash, today, lang=lang), found, lang)
    conflicts.conflicts_frame(found, lang)
    conflicts.conflicts_frame(found.head(0), lang)
    no_coordinates = df.assign(lat=float("nan"), lon=float("nan"), base=df["base"].where(df["base"] == "", "Nowhere"))
    for table in (df, no_coordinates, df.head(0)):
        mapview.map_figure(table, lang=lang)
    mapview.map_figure(df, on_date=date(2020, 1, 1), lang=lang)
    figures.claims_frame(df, lang)
    figures.claims_frame_headers(lang)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_label_the_code_asks_for_exists_in_both_languages(lang, monkeypatch):
    labels = load_labels()
    asked: set = set()
    recording = {k: Recorder(v, asked, k) if k in SECTIONS else v for k, v in labels.items()}
    monkeypatch.setattr(timeline.load, "load_labels", lambda: recording)
    monkeypatch.setattr(timeline.common, "load_labels", lambda: recording)
    monkeypatch.setattr(timeline.display, "load_labels", lambda: recording)
    render_everything(lang)
    assert {"map_title", "no_coordinates", "troops_title"} <= {k for s, k in asked if s == "text"}
    assert {"low_figure", "first_seen", "conflict"} <= {k for s, k in asked if s == "fields"}
    missing = sorted(f"{s}.{k}" for s, k in asked if not all(labels[s].get(k, {}).get(lng) for lng in ("en", "ar")))
    assert not missing, f"labels.yaml lacks en/ar strings for: {missing}"


def test_every_label_has_english_and_arabic():
    for section, entries in load_labels().items():
        if section == "actor_colors":   # colours, not words
            continue
        for key, entry in entries.items():
            assert entry.get("en") and entry.get("ar"), f"{section}.{key}"
