"""The input classes that crashed whole-document extraction (issue 9): huge digit runs, dingbat digits.

A number that cannot be a count of anything is not a number; digits are what `int()` accepts
(Unicode decimal digits), not everything `str.isdigit()` accepts (circled ➂, superscript ²).
"""
from __future__ import annotations

import pytest

from extract.dates import find_dates
from extract.numbers import find_quantities
from extract.pipeline import extract_text

HUGE = "9" * 400          # float("9" * 400) is infinity
HUGE_ARABIC = "٩" * 400   # Arabic-Indic digits fold to the same run


@pytest.mark.parametrize("text", [
    pytest.param(f"The US has {HUGE} troops in Iraq.", id="en-400-digits"),
    pytest.param(f"ينتشر {HUGE_ARABIC} جندي أمريكي في العراق", id="ar-400-arabic-indic-digits"),
    pytest.param(f"Washington sent {'9' * 300} million soldiers", id="en-300-digits-times-million"),
    pytest.param(f"أرسلت {'1' * 17} ألف جندي", id="ar-17-digits-thousand"),
    pytest.param("The US has 12345678901234567890 troops in Iraq.", id="en-20-digits"),
])
def test_a_number_too_large_to_count_anything_is_no_quantity(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, lang", [
    pytest.param("By 20➂5 the US troops will leave Iraq.", "en", id="en-circled-digit-year"),
    pytest.param("في عام 20➂5 انسحبت القوات الأمريكية من العراق", "ar", id="ar-circled-digit-year"),
    pytest.param("until ²⁰²⁵ the base stays open", "en", id="en-superscript-year"),
    pytest.param("منذ ➁ أسابيع غادرت القوات", "ar", id="ar-circled-count-ago"),
])
def test_non_decimal_digits_are_no_date(text, lang):
    assert find_dates(text, lang, "2024-06-15") == []


@pytest.mark.parametrize("text, lang, expected", [
    pytest.param("في عام ٢٠٢٥ انسحبت القوات", "ar", ("2025-01-01", "year"), id="ar-arabic-indic-year"),
    pytest.param("The troops left in 2025.", "en", ("2025-01-01", "year"), id="en-ascii-year"),
])
def test_decimal_digits_still_make_years(text, lang, expected):
    assert [(d.date, d.precision) for d in find_dates(text, lang, "2024-06-15")] == [expected]


@pytest.mark.parametrize("text", [
    pytest.param(f"Some {HUGE} US troops remain in Iraq in 20➂5, the Pentagon said.", id="en-both"),
    pytest.param(f"قال البنتاغون إن {HUGE_ARABIC} جندي أمريكي بقوا في العراق عام 20➂5", id="ar-both"),
])
def test_whole_document_extraction_survives_both_classes(text):
    frame = extract_text(text, published="2024-06-15")
    assert [v for v in frame["value"] if v == v] == []   # no claim carries the impossible number
