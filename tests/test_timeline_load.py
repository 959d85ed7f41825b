"""timeline.load and timeline.filters: code labels, filters and their URL state."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.filters import Filters, apply_filters, filter_options
from timeline.load import actor_label

from conftest import claims


@pytest.mark.parametrize("code, lang, expected", [
    ("USA", "en", "United States (USA)"),
    ("COALITION", "en", "Global Coalition"),
    ("COALITION", "ar", "التحالف الدولي"),
    ("PMF", "ar", "الحشد الشعبي (\u2066PMF\u2069)"),     # the Latin code isolated inside Arabic
    ("ZZZ", "en", "ZZZ"),
    ("", "en", ""),
])
def test_actor_label(code, lang, expected):
    assert actor_label(code, lang) == expected


TABLE = claims(
    {"actor": "USA", "country": "IRQ", "claim_type": "troop_count", "status": "reported", "doc_id": "a",
     "date": "2020-01-10", "evidence": "يوجد نحو 2500 جندي أمريكي في العراق."},
    {"actor": "RUS", "country": "SYR", "claim_type": "presence", "status": "reported", "doc_id": "b",
     "date": "2016-03-15"},
    {"actor": "USA", "country": "SYR", "claim_type": "deadline", "status": "proposed", "doc_id": "b",
     "date": "2026-09-30"},
    {"actor": "FRA", "country": "NER", "claim_type": "troop_target", "status": "planned", "doc_id": "c",
     "date": "", "date_source": "", "published": "2023-09"},
)


@pytest.mark.parametrize("filters, expected_ids", [
    (Filters(), ["c0", "c1", "c2", "c3"]),
    (Filters(actors=("USA",)), ["c0", "c2"]),
    (Filters(countries=("SYR",)), ["c1", "c2"]),
    (Filters(claim_types=("presence", "deadline")), ["c1", "c2"]),
    (Filters(statuses=("planned",)), ["c3"]),
    (Filters(docs=("b",)), ["c1", "c2"]),
    (Filters(date_from=date(2020, 1, 1)), ["c0", "c2", "c3"]),
    (Filters(date_to=date(2019, 12, 31)), ["c1"]),
    # an undated claim is placed at its publication date (2023-09-01)
    (Filters(date_from=date(2023, 9, 1), date_to=date(2023, 9, 30)), ["c3"]),
    (Filters(actors=("USA",), countries=("SYR",)), ["c2"]),
])
def test_apply_filters(filters, expected_ids):
    assert list(apply_filters(TABLE, filters)["claim_id"]) == expected_ids


def test_filter_options_lists_distinct_values_and_date_range():
    opts = filter_options(TABLE)
    assert opts["actors"] == ["FRA", "RUS", "USA"]
    assert opts["docs"] == ["a", "b", "c"]
    assert opts["date_range"] == ["2016-03-15", "2026-09-30"]


codes = st.tuples(*[st.sampled_from(["USA", "IRQ", "SYR", "PMF", "d-1"])] * 2).map(lambda t: tuple(dict.fromkeys(t)))
days = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)))


@given(codes, codes, days, days)
def test_query_round_trip(actors, docs, d1, d2):
    f = Filters(actors=actors, docs=docs, date_from=d1, date_to=d2)
    assert Filters.from_query(f.to_query()) == f


class FakeQueryParams(dict):
    """Like st.query_params: [] gives the last value, get_all() every repeated value."""

    def __init__(self, pairs):
        super().__init__({k: v[-1] for k, v in pairs.items()})
        self._all = pairs

    def get_all(self, key):
        return self._all.get(key, [])


@pytest.mark.parametrize("mapping, expected", [
    ({"actors": "USA,RUS"}, Filters(actors=("USA", "RUS"))),
    ({"countries": ["IRQ"], "date_to": "not a date"}, Filters(countries=("IRQ",))),
    (FakeQueryParams({"actors": ["USA", "COALITION"], "date_from": ["2021-02-03"]}),
     Filters(actors=("USA", "COALITION"), date_from=date(2021, 2, 3))),
    ({}, Filters()),
])
def test_from_query(mapping, expected):
    assert Filters.from_query(mapping) == expected


@pytest.mark.parametrize("name,lang,expected", [
    ("Ain al-Asad", "ar", "عين الأسد"),
    ("Ain al-Asad", "en", "Ain al-Asad"),
    ("A base nobody knows", "ar", "A base nobody knows"),
    ("", "ar", ""),
])
def test_base_names_follow_the_interface_language(name, lang, expected):
    from timeline.load import base_label
    assert base_label(name, lang) == expected
