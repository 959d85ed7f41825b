"""Conflicts: reported levels for one place and month that cannot all be true, marks and table."""
import plotly.graph_objects as go
import pytest

from timeline.conflicts import add_conflict_marks, conflict_marks, conflicts_frame, find_conflicts

from conftest import claim, claims

LOW_AR = "وأكد المتحدث أن عدد الجنود الأمريكيين في العراق يبلغ 2500 جندي."
HIGH_AR = "ذكرت الصحيفة أن نحو 5200 جندي أمريكي ينتشرون في العراق."


def _c(value, qualifier="exact", **kw):
    """A reported troop count with bounds filled the way the extractor writes them."""
    bounds = {"under": dict(value_max=value), "over": dict(value_min=value)}.get(qualifier, {})
    return claim(value=value, qualifier=qualifier, **bounds, **kw)


@pytest.mark.parametrize("name,a,b,conflict", [
    ("2,500 vs 5,200 same month", _c(2500, evidence=LOW_AR), _c(5200, "approx", evidence=HIGH_AR), True),
    ("fewer than 1,000 vs 2,500", _c(1000, "under"), _c(2500), True),
    ("more than 3,000 vs 2,500", _c(3000, "over"), _c(2500), True),
    ("about 2,500 vs 2,400", _c(2500, "approx"), _c(2400), False),
    ("exact 2,500 vs 2,700 (8%)", _c(2500), _c(2700), False),
    ("exact 2,500 vs 2,900 (16%)", _c(2500), _c(2900), True),
    ("fewer than 10,000 vs 5,200", _c(10000, "under"), _c(5200), False),
    ("range 2,000-3,000 vs 2,900", _c(2500, "range", value_min=2000, value_max=3000), _c(2900), False),
    ("different bases", _c(2500, base="Ain al-Asad"), _c(5200, base="Erbil"), False),
    ("base vs whole country", _c(2500, base="Ain al-Asad"), _c(5200), False),
    ("different months", _c(2500, date="2024-09-10"), _c(5200, date="2024-10-10"), False),
    ("different actors", _c(2500), _c(5200, actor="COALITION"), False),
    ("year precision is not compared", _c(2500, date="2024-01-01", date_precision="year"), _c(5200), False),
    ("planned levels are not compared", _c(2500, status="planned"), _c(5200), False),
    ("targets are not compared", _c(2500, claim_type="troop_target"), _c(5200), False),
    ("publication month vs day in it", _c(2500, date_source="published", published="2024-09-28",
                                          date="2024-09-28"), _c(5200, date="2024-09-02"), True),
])
def test_conflict_rule(name, a, b, conflict):
    assert (len(find_conflicts(claims(a, b))) == 1) is conflict, name


def test_conflict_row_has_both_sides_evidence_and_sources():
    a1 = _c(2500, evidence=LOW_AR, source="وكالة أ")
    a2 = _c(2500, evidence=LOW_AR, source="وكالة ب")
    b = _c(5200, "approx", evidence=HIGH_AR, source="صحيفة ج")
    row = find_conflicts(claims(b, a1, a2)).iloc[0]
    assert (row["low_value"], row["high_value"]) == (2500, 5200)
    assert row["low_claim_ids"] == [a1["claim_id"], a2["claim_id"]] and row["high_claim_ids"] == [b["claim_id"]]
    assert row["low_sources"] == ["وكالة أ", "وكالة ب"] and row["low_n_sources"] == 2
    assert row["high_evidence"] == [HIGH_AR] and row["high_qualifier"] == "approx"
    assert row["month"].strftime("%Y-%m") == "2024-09"


def test_three_way_disagreement_lists_every_incompatible_pair():
    conflicts = find_conflicts(claims(_c(1000, "under"), _c(2500), _c(5200)))
    pairs = set(zip(conflicts["low_value"], conflicts["high_value"]))
    assert pairs == {(1000, 2500), (1000, 5200), (2500, 5200)}


def test_marks_draw_a_segment_and_both_ends():
    conflicts = find_conflicts(claims(_c(2500), _c(5200)))
    line, ends = conflict_marks(conflicts)
    assert isinstance(line, go.Scatter) and list(line.y[:2]) == [2500, 5200]
    assert sorted(ends.y) == [2500, 5200] and "2,500" in ends.hovertext[0]
    fig = add_conflict_marks(go.Figure(), conflicts)
    assert len(fig.data) == 2
    assert conflict_marks(find_conflicts(claims(_c(2500)))) == []


@pytest.mark.parametrize("lang,actor_header,figure", [("en", "Actor", "about 5,200"),
                                                       ("ar", "الطرف", "نحو 5,200")])
def test_conflicts_frame(lang, actor_header, figure):
    table = conflicts_frame(find_conflicts(claims(_c(2500, evidence=LOW_AR), _c(5200, "approx", evidence=HIGH_AR))),
                            lang)
    assert len(table) == 1 and actor_header in table.columns
    values = table.iloc[0].tolist()
    assert figure in values and LOW_AR in values and HIGH_AR in values


def test_conflicts_frame_empty():
    assert conflicts_frame(find_conflicts(claims(_c(2500))), "ar").empty
