"""timeline.display: article text shown as text, dates at their precision, values, search, evidence spans."""
from __future__ import annotations

import pandas as pd
import pytest

from timeline.display import (
    date_at_precision,
    evidence_span,
    html_text,
    md_text,
    plain,
    search_claims,
    sources_line,
    value_text,
)

from conftest import claims


@pytest.mark.parametrize("text, shown", [
    ("About \u202e900 SU\u202c troops", "About 900 SU troops"),        # an override cannot reverse a number
    ("نحو \u2067900\u2069 جندي", "نحو 900 جندي"),
    ("plain text", "plain text"),
    (None, ""),
])
def test_plain_drops_explicit_bidi_controls(text, shown) -> None:
    assert plain(text) == shown


@pytest.mark.parametrize("text, html_shown, md_shown", [
    ("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y", r"\<b\>x\</b\> & y"),
    ("![t](http://127.0.0.1:9/x.png)", "![t](http://127.0.0.1:9/x.png)", r"\!\[t\]\(http\://127\.0\.0\.1\:9/x\.png\)"),
    ("**عاجل** _خبر_", "**عاجل** _خبر_", r"\*\*عاجل\*\* \_خبر\_"),
])
def test_article_text_is_made_inert_for_html_and_markdown(text, html_shown, md_shown) -> None:
    assert html_text(text) == html_shown and md_text(text) == md_shown


@pytest.mark.parametrize("date_, precision, shown", [
    ("2024-01-01", "year", "2024"), ("2024-03-01", "month", "2024-03"), ("2024-03-05", "day", "2024-03-05"),
    ("2024-03-05", "", "2024-03-05"), ("", "year", ""),
])
def test_dates_show_at_their_precision(date_, precision, shown) -> None:
    assert date_at_precision(pd.Series([date_]), pd.Series([precision])).tolist() == [shown]


@pytest.mark.parametrize("row, lang, shown", [
    ({"value": 2500, "qualifier": "approx"}, "en", "about 2,500"),
    ({"value": 2500, "qualifier": "approx"}, "ar", "نحو 2,500"),
    ({"value": 2750, "value_min": 2500, "value_max": 3000, "qualifier": "range"}, "en", "2,500–3,000"),
    ({"value": None, "qualifier": "", "claim_type": "presence"}, "en", ""),
])
def test_value_text(row, lang, shown) -> None:
    assert value_text(claims(row), lang).tolist() == [shown]


@pytest.mark.parametrize("query, ids", [
    ("عين الاسد", ["c0"]),           # alef variants folded
    ("erbil", ["c1"]), ("", ["c0", "c1"]), ("nothing", []),
])
def test_search_claims(query, ids) -> None:
    df = claims({"evidence": "قوات في قاعدة عين الأسد"}, {"evidence": "Troops at Erbil.", "base": "Erbil"})
    assert list(search_claims(df, query)["claim_id"]) == ids


@pytest.mark.parametrize("text, start, end, span", [
    ("intro. نحو 2500 جندي. end", 7, 21, (7, 21)),            # stored offsets match
    ("moved intro. نحو 2500 جندي. end", 7, 21, (13, 27)),      # found by search
    ("nothing here", 0, 5, None),
])
def test_evidence_span(text, start, end, span) -> None:
    assert evidence_span(text, start, end, "نحو 2500 جندي.") == span


def test_sources_line_isolates_each_name() -> None:
    df = claims(*({"source": s, "doc_id": "d1"} for s in ("صحيفة العينة", "Sample Wire", "Sample Wire")))
    assert sources_line(df, "en") == ("Sources: \u2068Sample Wire\u2069\u200e, \u2068صحيفة العينة\u2069\u200e"
                                      " · 1 documents")
