"""timeline.view: everything the dashboard draws round-trips through the URL."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.filters import Filters
from timeline.view import View

VIEWS = [
    View(),
    View(filters=Filters(actors=("USA", "RUS"), countries=("IRQ",), date_from=date(2020, 1, 1)), lang="ar",
         tab="map", map_date=date(2024, 5, 6)),
    View(tab="troops", log_y=False, grouped=False),
    View(tab="claims", search="عين الأسد, Erbil", show_hidden=True, log_y=True),
    View(tab="article", claim="d01:2"),
]


@pytest.mark.parametrize("view", VIEWS)
def test_a_view_survives_the_url(view: View) -> None:
    assert View.from_query(view.to_query()) == view


@pytest.mark.parametrize("view, query", [
    (View(), {}),
    (View(tab="claims", search="Hmeimim"), {"view": "claims", "q": "Hmeimim"}),
    (View(tab="troops", log_y=False, grouped=False), {"log": "0", "grouped": "0"}),
    (View(tab="map", claim="d01:2"), {"view": "map"}),             # a claim belongs to the article tab only
    (View(lang="ar", show_hidden=True), {"lang": "ar", "hidden": "1"}),
])
def test_defaults_stay_out_of_the_url(view: View, query: dict) -> None:
    assert view.to_query() == query


@pytest.mark.parametrize("query, expected", [
    ({"view": "nope", "lang": "fr", "log": "yes", "map_date": "June"}, View()),
    ({"grouped": "0", "hidden": "1", "view": "deadlines"}, View(tab="deadlines", grouped=False, show_hidden=True)),
])
def test_bad_values_fall_back_to_defaults(query: dict, expected: View) -> None:
    assert View.from_query(query) == expected


@pytest.mark.parametrize("limit, compared", [(200_000, True), (2, False)])
def test_conflicts_are_looked_for_only_in_selections_that_can_be_compared(monkeypatch, limit, compared) -> None:
    import timeline.views as views

    from conftest import claims
    monkeypatch.setattr(views, "MAX_COMPARED", limit)
    df = claims({"value": 2500}, {"value": 2600}, {"value": 9000, "evidence": "نحو 9000 جندي"})
    found = views.compute("conflicts", df)
    assert (found is not None) is compared
    assert found is None or len(found) == 2       # 9,000 cannot be true beside 2,500 or 2,600
