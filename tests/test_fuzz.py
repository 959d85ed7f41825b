"""A CI-sized fuzz run (the full one: `python -m extract.fuzz 1000000 --jobs 2`), and the fuzzer itself."""
from __future__ import annotations

import re

import pytest

from extract import fuzz, pipeline

CI_INPUTS = 1500


def test_a_ci_sized_fuzz_run_has_no_exception_and_no_offset_mismatch():
    tally = fuzz.run(CI_INPUTS, seed=7)
    assert (tally.inputs, tally.exceptions, tally.mismatches) == (CI_INPUTS, 0, 0), tally.examples
    assert tally.documents >= CI_INPUTS and tally.claims > 100


@pytest.mark.parametrize("what, pattern", [
    pytest.param("a digit run past float range", r"\d{309}", id="309-digits"),
    pytest.param("a digit int() refuses beside digits", rf"\d[{fuzz.NON_DECIMAL_DIGITS}]|[{fuzz.NON_DECIMAL_DIGITS}]\d",
                 id="dingbat-digits"),
    pytest.param("Arabic-Indic digits", r"[٠-٩]", id="arabic-indic"),
    pytest.param("an Arabic number word", r"ثلاثة|خمسمائة|ألف|مليون", id="ar-number-word"),
    pytest.param("an English month and a year", r"(?:January|February|March|April|May|June|July|August|September|"
                 r"October|November|December),? \d{4}", id="en-month-year"),
    pytest.param("mixed scripts in one input", r"[a-zA-Z].*[\u0600-\u06ff]|[\u0600-\u06ff].*[a-zA-Z]", id="mixed"),
])
def test_the_crash_classes_are_in_the_mix(what, pattern):
    texts = [fuzz.make_input(7, i)[0] for i in range(CI_INPUTS)]
    assert sum(bool(re.search(pattern, t, re.S)) for t in texts) >= 30, what


def test_inputs_are_reproducible_from_seed_and_index():
    assert fuzz.make_input(3, 41) == fuzz.make_input(3, 41)
    assert fuzz.make_input(3, 41) != fuzz.make_input(4, 41)


def test_the_fuzzer_counts_exceptions_and_offset_mismatches(monkeypatch):
    real = pipeline.extract_document

    def broken(doc):
        if "➂" in doc.text:
            raise OverflowError("cannot convert float infinity to integer")
        return [{**row, "start": row["start"] + 1} for row in real(doc)]

    monkeypatch.setattr(pipeline, "extract_document", broken)
    tally = fuzz.run(300, seed=7)
    assert tally.exceptions == sum("➂" in fuzz.make_input(7, i)[0] for i in range(300)) > 0
    assert tally.mismatches > 0
    assert tally.examples[0].startswith("input ") and "(seed 7): " in tally.examples[0]
