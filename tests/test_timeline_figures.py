"""timeline figures: troop series, qualifier marks, targets, events, bases, deadlines, claims table."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from extract.table import empty_claims
from timeline.bases import base_rows, bases_figure, spans
from timeline.commitments import commitment_status
from timeline.common import GL_THRESHOLD, value_text, wrap
from timeline.deadlines import deadlines_figure, deadlines_frame
from timeline.figures import claims_frame
from timeline.troops import QUALIFIER_SYMBOLS, qualifier_symbols, troops_figure

from conftest import claims
from plotly_data import trace_dicts, traces_of

TODAY = date(2025, 6, 1)
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def test_one_series_per_actor_country_and_base():
    df = claims(
        {"actor": "USA", "country": "IRQ", "value": 2500, "date": "2021-01-01"},
        {"actor": "USA", "country": "IRQ", "value": 2000, "date": "2022-01-01"},
        {"actor": "USA", "country": "IRQ", "base": "Erbil", "value": 500, "date": "2022-01-01"},
        {"actor": "RUS", "country": "SYR", "value": 4000, "date": "2016-03-15"},
    )
    series = traces_of(troops_figure(df, TODAY), "series")
    assert sorted(t["meta"]["series"] for t in series) == ["RUS|SYR|", "USA|IRQ|", "USA|IRQ|Erbil"]
    usa = next(t for t in series if t["meta"]["series"] == "USA|IRQ|")
    assert usa["y"] == [2500, 2000] and "United States (USA)" in usa["name"]


def test_one_trace_per_series_whatever_the_qualifiers():
    df = claims(*[{"value": 1000 + i, "qualifier": q, "value_min": 900, "value_max": 1200, "date": f"202{i}-01-01"}
                  for i, q in enumerate(["exact", "approx", "under", "over", "range"])])
    (trace,) = traces_of(troops_figure(df, TODAY), "series")
    assert trace["marker"]["symbol"] == ["circle", "circle-open", "triangle-down", "triangle-up", "square"]
    assert trace["error_y"]["array"][4] > 0 and trace["error_y"]["array"][:4] == [0, 0, 0, 0]


@pytest.mark.parametrize("qualifier, evidence, symbol", [
    ("exact", "يبلغ عدد الجنود 2500 جندي.", "circle"),
    ("approx", "يوجد نحو 2500 جندي.", "circle-open"),
    ("under", "أقل من 2500 جندي.", "triangle-down"),
    ("over", "أكثر من 2500 جندي.", "triangle-up"),
    ("range", "بين 2000 و3000 جندي.", "square"),
])
def test_qualifier_marker_symbol(qualifier, evidence, symbol):
    df = claims({"value": 2500, "value_min": 2000, "value_max": 3000, "qualifier": qualifier, "evidence": evidence})
    (trace,) = traces_of(troops_figure(df, TODAY), "series")
    assert trace["marker"]["symbol"] == [symbol]
    assert QUALIFIER_SYMBOLS[qualifier] == symbol


def test_unknown_qualifier_draws_a_circle():
    assert list(qualifier_symbols(pd.Series(["approx", "weird"]))) == ["circle-open", "circle"]


def test_range_gets_an_error_bar_others_none():
    df = claims(
        {"value": 2750, "value_min": 2500, "value_max": 3000, "qualifier": "range", "date": "2021-01-01"},
        {"value": 2000, "value_max": 2000, "qualifier": "under", "date": "2022-01-01"},
    )
    (trace,) = traces_of(troops_figure(df, TODAY), "series")
    assert trace["error_y"]["array"] == [250, 0] and trace["error_y"]["arrayminus"] == [250, 0]


def test_publication_dated_points_are_lighter():
    df = claims({"value": 900, "date_source": "published", "date": "2024-05-01"},
                {"value": 800, "date_source": "text", "date": "2024-06-01"})
    (trace,) = traces_of(troops_figure(df, TODAY), "series")
    light, solid = trace["marker"]["opacity"]
    assert light < solid == 1.0


def test_target_is_dashed_from_the_last_level():
    df = claims(
        {"value": 5200, "date": "2020-01-15", "published": "2020-01-15"},
        {"value": 3000, "claim_type": "troop_target", "status": "planned", "date": "2020-09-30",
         "published": "2020-09-09", "evidence": "سيتم خفض القوات إلى 3000 جندي بحلول نهاية أيلول."},
    )
    (target,) = traces_of(troops_figure(df, TODAY), "target")
    assert target["line"]["dash"] == "dash"
    assert target["y"][:2] == [5200, 3000]
    assert str(target["x"][1]).startswith("2020-09-30")
    assert target["marker"]["symbol"][1] == "star"
    assert target["customdata"][1] == ["c1"] and target["hovertext"][0] is None   # only the target point hovers
    assert target["showlegend"] is False                                       # toggled with its series


def test_undated_target_sits_at_publication_date_with_open_marker():
    df = claims({"value": 2000, "claim_type": "troop_target", "status": "proposed", "date": "",
                 "date_source": "", "date_precision": "", "published": "2024"})
    (target,) = traces_of(troops_figure(df, TODAY), "target")
    assert str(target["x"][1]).startswith("2024-01-01")
    assert target["marker"]["symbol"][1] == "star-open"


def test_withdrawal_and_deployment_numbers_are_event_markers():
    df = claims(
        {"claim_type": "withdrawal", "value": 2200, "qualifier": "approx", "date": "2020-08-23"},
        {"claim_type": "withdrawal", "date": "2020-08-24"},       # no number: not on the troops chart
        {"claim_type": "deployment", "value": 100, "date": "2024-09-20"},
    )
    events = {t["meta"]["event"]: t for t in traces_of(troops_figure(df, TODAY), "event")}
    assert events["withdrawal"]["marker"]["symbol"] == "triangle-down"
    assert events["withdrawal"]["y"] == [2200]
    assert events["deployment"]["marker"]["symbol"] == "triangle-up"


@pytest.mark.parametrize("make", [troops_figure, bases_figure, deadlines_figure])
def test_today_line_title_axes_and_source_note(make):
    df = claims(
        {"value": 2500, "base": "Erbil", "source": "صحيفة الاختبار", "doc_id": "d1"},
        {"claim_type": "deadline", "value": None, "qualifier": "", "date": "2025-09-30", "doc_id": "d1",
         "source": "صحيفة الاختبار"},
    )
    fig = make(df, TODAY)
    (today,) = [s for s in fig.layout.shapes if s.name == "today"]
    assert str(today.x0).startswith("2025-06-01")
    assert fig.layout.title.text and fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
    note = next(a for a in fig.layout.annotations if a.name == "source_note")
    assert "صحيفة الاختبار" in note.text and "1 documents" in note.text
    assert "Noto Naskh Arabic" in fig.layout.font.family


@pytest.mark.parametrize("make", [troops_figure, bases_figure, deadlines_figure])
def test_empty_input_gives_the_message_figure(make):
    fig = make(empty_claims(), TODAY)
    assert not fig.data
    assert any(a.name == "no_claims" and "No claims match" in a.text for a in fig.layout.annotations)


def test_arabic_message_figure():
    fig = troops_figure(empty_claims(), TODAY, lang="ar")
    assert "لا توجد ادعاءات" in fig.layout.annotations[0].text


def test_hover_shows_value_qualifier_date_source_status_document_evidence():
    df = claims({"value": 2500, "qualifier": "approx", "date_source": "published", "doc_id": "doc7",
                 "date": "2024-05-01", "evidence": "وقال المتحدث إن نحو 2500 جندي ما زالوا في العراق " * 3})
    (trace,) = traces_of(troops_figure(df, TODAY), "series")
    hover = trace["hovertext"][0]
    for part in ["about 2,500", "Date: 2024-05-01 · ", "publication date only", "reported", "doc7", "نحو 2500"]:
        assert part in hover
    assert hover.count("<br>") >= 7    # the long evidence is wrapped


@pytest.mark.parametrize("date_, precision, lang, shown", [
    ("2024-01-01", "year", "en", "Date: 2024 · "),
    ("2024-03-01", "month", "en", "Date: 2024-03 · "),
    ("2024-03-05", "day", "en", "Date: 2024-03-05 · "),
    ("2029-12-31", "year", "ar", "التاريخ: \u20662029\u2069 · "),     # kept left to right inside Arabic
])
def test_hover_shows_a_date_at_its_precision(date_, precision, lang, shown):
    df = claims({"value": 2500, "date": date_, "date_precision": precision})
    (trace,) = traces_of(troops_figure(df, TODAY, lang=lang), "series")
    assert shown in trace["hovertext"][0]


def test_large_inputs_switch_to_webgl():
    n = GL_THRESHOLD + 1
    df = claims(*[{"value": 1000 + i, "date": f"20{10 + i % 10}-01-01"} for i in range(n)])
    assert any(isinstance(t, go.Scattergl) for t in troops_figure(df, TODAY).data)


@pytest.mark.parametrize("row, expected", [
    ({"value": 2500, "qualifier": "exact"}, "2,500"),
    ({"value": 2500, "qualifier": "approx"}, "about 2,500"),
    ({"value": 10000, "value_max": 10000, "qualifier": "under"}, "under 10,000"),
    ({"value": 70000, "value_min": 70000, "qualifier": "over"}, "over 70,000"),
    ({"value": 2750, "value_min": 2500, "value_max": 3000, "qualifier": "range"}, "2,500–3,000"),
    ({"value": None, "qualifier": ""}, ""),
])
def test_value_text(row, expected):
    assert value_text(claims(row)).iat[0] == expected


def test_value_text_in_arabic():
    assert value_text(claims({"value": 1500, "qualifier": "approx"}), "ar").iat[0] == "نحو 1,500"


def test_wrap_breaks_long_lines_at_spaces():
    out = wrap(pd.Series(["word " * 40]), width=30).iat[0]
    assert all(len(line) <= 30 for line in out.split("<br>")) and out.count("<br>") >= 5


BASES = claims(
    {"claim_type": "presence", "base": "Ain al-Asad", "value": None, "qualifier": "", "date": "2020-01-01"},
    {"claim_type": "troop_count", "base": "Ain al-Asad", "value": 1500, "date": "2021-01-01"},
    {"claim_type": "withdrawal", "base": "Ain al-Asad", "value": None, "qualifier": "", "date": "2025-08-01",
     "evidence": "بدأت القوات الأمريكية الانسحاب من قاعدة عين الأسد."},
    {"claim_type": "presence", "base": "Hmeimim", "country": "SYR", "actor": "RUS", "value": None,
     "qualifier": "", "date": "2016-03-15"},
    {"claim_type": "deadline", "base": "Hmeimim", "country": "SYR", "actor": "RUS", "status": "demanded",
     "value": None, "qualifier": "", "date": "2025-02-28"},
    {"claim_type": "deadline", "country": "IRQ", "status": "planned", "value": None, "qualifier": "",
     "date": "2025-09-30"},
)


def test_bases_one_row_per_base_grouped_by_country():
    fig = bases_figure(BASES, TODAY)
    order = list(fig.layout.yaxis.categoryarray)[::-1]
    assert order == ["IRQ — country-wide", "Ain al-Asad (IRQ)", "Hmeimim (SYR)"]


def test_bases_bar_runs_first_sighting_to_withdrawal():
    sp = spans(base_rows(BASES)).set_index(["row", "actor"])
    ain = sp.loc[("Ain al-Asad (IRQ)", "USA")]
    assert ain["first"] == pd.Timestamp("2020-01-01") and ain["end"] == pd.Timestamp("2025-08-01")
    assert ain["closed"] and not sp.loc[("Hmeimim (SYR)", "RUS")]["closed"]


def test_bases_deadlines_are_diamonds_hollow_unless_firm():
    symbols = {t["meta"]["actor"]: t["marker"]["symbol"] for t in traces_of(bases_figure(BASES, TODAY), "deadline")}
    assert symbols == {"RUS": ["diamond-open"], "USA": ["diamond"]}


@pytest.mark.parametrize("deadline, precision, expected", [
    ("2025-05-31", "day", "past"),
    ("2025-06-01", "day", "upcoming"),        # due today is not yet past
    ("2025-06-30", "month", "upcoming"),      # 'by June 2025' is still open on 1 June
    ("2024-12-31", "year", "past"),
    ("", "", "undated"),
])
def test_deadline_status_against_today(deadline, precision, expected):
    df = claims({"claim_type": "deadline", "date": deadline, "date_precision": precision, "value": None,
                 "evidence": "على أن تغادر القوات قبل الموعد المحدد."})
    assert deadlines_frame(df, TODAY)["deadline_status"].tolist() == [expected]


def test_deadlines_figure_says_what_the_commitments_table_says():
    df = claims(
        {"claim_type": "deadline", "date": "2021-12-31", "status": "planned", "value": None, "qualifier": "",
         "published": "2021-01-10", "evidence": "على أن تغادر القوات بحلول نهاية 2021."},
        {"claim_type": "deadline", "date": "2026-09-30", "status": "proposed", "country": "SYR", "value": None,
         "qualifier": "", "date_precision": "month"},
        {"claim_type": "deadline", "date": "2023-06-30", "status": "planned", "country": "DEU", "value": None,
         "qualifier": "", "published": "2023-01-05"},
        {"claim_type": "withdrawal", "date": "2023-05-20", "status": "reported", "country": "DEU", "value": None,
         "qualifier": "", "published": "2023-05-21", "evidence": "The last troops left Germany."},
    )
    fig = deadlines_figure(df, TODAY)
    drawn = {row[0]: t["meta"]["outcome"] for t in traces_of(fig, "deadline") for row in t["customdata"]}
    table = commitment_status(df, TODAY).explode("claim_ids")
    expected = {r.claim_ids: ("overdue" if r.overdue else r.outcome) for r in table.itertuples()}
    assert drawn == expected == {"c0": "overdue", "c1": "open", "c2": "met"}
    by_state = {t["meta"]["outcome"]: t for t in traces_of(fig, "deadline")}
    assert by_state["overdue"]["marker"]["symbol"] == ["diamond"]
    assert by_state["open"]["marker"]["symbol"] == ["diamond-open"]
    assert by_state["open"]["y"] == ["United States (USA) · Syria (SYR)"]


@pytest.mark.parametrize("date_, precision, mark, band", [
    ("2029-12-31", "year", "2029-07-02", ["2029-01-01", "2029-12-31", None]),   # inside its year, not at 2030
    ("2026-09-30", "month", "2026-09-15", ["2026-09-01", "2026-09-30", None]),
    ("2026-09-30", "day", "2026-09-30", None),
])
def test_deadline_marks_sit_inside_their_period(date_, precision, mark, band):
    df = claims({"claim_type": "deadline", "date": date_, "date_precision": precision, "value": None,
                 "qualifier": "", "evidence": "حتى نهاية المهلة"})
    fig = deadlines_figure(df, TODAY)
    (trace,) = traces_of(fig, "deadline")
    assert trace["x"] == [mark]
    assert [t["x"] for t in traces_of(fig, "period")] == ([band] if band else [])


def test_claims_frame_shows_evidence_qualifier_and_how_dated():
    df = claims(
        {"value": 2500, "qualifier": "approx", "date": "2021-03-24", "date_source": "published",
         "evidence": "ويبلغ عدد القوات نحو 2500 جندي."},
        {"claim_type": "presence", "value": None, "qualifier": "", "date": "2020-01-01", "date_precision": "month"},
    )
    table = claims_frame(df)
    assert table["date"].tolist() == ["2020-01", "2021-03-24"]      # sorted by date, shown at its precision
    first = table.iloc[1]
    assert (first["value"], first["date_source"], first["actor"]) == ("about 2,500", "publication date only",
                                                                      "United States (USA)")
    assert first["evidence"].startswith("ويبلغ") and first["status"] == "reported"
    assert claims_frame(empty_claims()).empty


def test_every_mark_trace_has_hover_text():
    df = claims(*BASES.to_dict("records"))
    for fig in (troops_figure(df, TODAY), bases_figure(df, TODAY), deadlines_figure(df, TODAY)):
        for t in trace_dicts(fig):
            if t.get("hoverinfo") != "skip":   # a target's anchor and gap points are the only unhovered ones
                marks = [row[0] is not None for row in t["customdata"]]
                assert [bool(h) for h in t["hovertext"]] == marks and any(marks)


def test_log_scale_option():
    df = claims({"value": 70000, "date": "2021-01-01"}, {"value": 900, "date": "2022-01-01"})
    assert troops_figure(df, TODAY).layout.yaxis.type != "log"
    fig = troops_figure(df, TODAY, log_y=True)
    assert fig.layout.yaxis.type == "log" and fig.layout.yaxis.rangemode != "tozero"


@pytest.mark.parametrize("make", [troops_figure, bases_figure, deadlines_figure])
def test_every_mark_carries_its_claim_id_first_in_customdata(make):
    df = claims(*BASES.to_dict("records"),
                {"claim_type": "withdrawal", "value": 500, "date": "2024-02-01"},
                {"claim_type": "troop_target", "value": 1000, "status": "planned", "date": "2025-12-31"})
    marks = [t for t in trace_dicts(make(df, TODAY)) if t.get("hoverinfo") != "skip"]
    assert marks
    for t in marks:
        for hover, custom in zip(t["hovertext"], t["customdata"]):
            if hover is not None:
                assert custom[0] in set(df["claim_id"])


@pytest.mark.parametrize("make", [troops_figure, bases_figure, deadlines_figure])
def test_source_note_sits_under_the_axis_and_legend_under_the_title(make):
    fig = make(claims({"value": 2500, "base": "Erbil"},
                      {"claim_type": "deadline", "value": None, "qualifier": "", "date": "2025-09-30"}), TODAY)
    note = next(a for a in fig.layout.annotations if a.name == "source_note")
    lines = note.text.count("<br>") + 1
    assert note.y == 0 and note.yanchor == "top" and note.yshift <= -50        # pixels below the plot's edge
    assert fig.layout.margin.b >= -note.yshift + 11 * lines                     # ... inside the bottom margin
    assert fig.layout.height >= 420
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.yanchor == "top"
    assert fig.layout.legend.yref == "container" and fig.layout.title.yref == "container"
    title_bottom = (1 - fig.layout.title.y) * fig.layout.height + 20            # title text ~20 px tall
    assert title_bottom <= (1 - fig.layout.legend.y) * fig.layout.height         # legend starts under it


def test_arabic_legend_keeps_codes_on_the_right_side():
    fig = troops_figure(claims({"value": 2500, "actor": "PMF"}), TODAY, lang="ar")
    (trace,) = traces_of(fig, "series")
    assert trace["name"].startswith(RLI) and trace["name"].endswith(PDI)
    assert f"({LRI}PMF{PDI})" in trace["name"] and f"({LRI}IRQ{PDI})" in trace["name"]
    note = next(a for a in fig.layout.annotations if a.name == "source_note")
    assert note.xanchor == "right" and note.text.startswith(RLI)


def test_bases_legend_has_one_entry_per_actor():
    fig = bases_figure(BASES, TODAY)
    shown = [t.name for t in fig.data if t.showlegend is not False]
    assert sorted(shown) == ["Russia (RUS)", "United States (USA)"]


def test_log_ticks_are_one_two_five_and_readable():
    df = claims({"value": 70000, "date": "2021-01-01"}, {"value": 900, "date": "2022-01-01"})
    ticks = list(troops_figure(df, TODAY, log_y=True).layout.yaxis.tickvals)
    assert ticks == [500, 1000, 2000, 5000, 10000, 20000, 50000, 100000]


def test_a_series_with_only_targets_still_has_a_legend_entry():
    df = claims({"value": 500, "claim_type": "troop_target", "status": "planned", "actor": "FRA", "country": "NER",
                 "date": "2025-09-30"})
    (target,) = traces_of(troops_figure(df, TODAY), "target")
    assert target["showlegend"] is True and "France" in target["name"]


@pytest.mark.parametrize("values,expected", [
    ([2500, 3000, 900], False),          # one order of magnitude: a linear axis reads fine
    ([70000, 500, 2500], True),          # one huge figure would flatten the others
    ([1200], False),
])
def test_log_scale_is_suggested_only_for_wide_ranges(values, expected):
    from timeline.troops import suggest_log_scale
    df = pd.DataFrame({"claim_type": ["troop_count"] * len(values), "value": values})
    assert suggest_log_scale(df) is expected


def test_every_actor_on_the_bases_chart_has_a_legend_entry():
    rows = claims(
        dict(claim_type="presence", actor="COALITION", country="IRQ", base="Erbil", date="2020-06-11"),
        dict(claim_type="withdrawal", actor="USA", country="IRQ", base="Ain al-Asad", date="2025-08-01"),
        dict(claim_type="deadline", actor="FRA", country="NER", date="2023-12-22", date_precision="day"),
    )
    fig = bases_figure(rows, today=date(2026, 1, 1))
    shown = {t.legendgroup for t in fig.data if t.showlegend}
    assert shown == {"COALITION", "USA", "FRA"}


def test_an_actor_keeps_its_colour_whatever_else_is_shown():
    from timeline.common import actor_colors
    alone, together = actor_colors(["RUS"]), actor_colors(["USA", "RUS", "TUR", "ZZZ"])
    assert alone["RUS"] == together["RUS"]
    assert len(set(together.values())) == 4     # the main actors never share a colour
