"""Tests for extract.context on sentences built by the pipeline (`_sentences`, real cue spans): cue spans
mapped back to the original text, `is_candidate`, `cue_right_before`, `cue_near`, `Sentence.clause_of` and
`text_before`."""
from __future__ import annotations

import pytest

from extract.context import cue_near, cue_right_before, find_cue_spans, is_candidate, text_before
from extract.cues import load_cues

from conftest import pipeline_sentences


def sentence(text: str, lang: str):
    """The first sentence of `text` as the pipeline builds it."""
    return pipeline_sentences(text, lang)[0][0]


@pytest.mark.parametrize("lang,text,expected", [
    # dropped diacritics: the spans slice the original ("جنود" at 7, not 6 as in the folded text)
    ("ar", "انسحبَ جنودُ التحالفِ", {"withdrawal": [(0, 5)], "force": [(7, 11)]}),
    # a capital whose lower case is two characters: later spans are not shifted by one
    ("en", "İncirlik troops withdrew", {"force": [(9, 15)], "withdrawal": [(16, 24)]}),
    # tatweel inside the cue: the span covers it
    ("ar", "وانسحـــبت جنود", {"withdrawal": [(1, 10)], "force": [(11, 15)]}),
])
def test_find_cue_spans_maps_back_to_the_original(lang, text, expected):
    found = find_cue_spans(text, load_cues(lang))
    assert {category: found.get(category, []) for category in expected} == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The weather was fine.", False),
    ("en", "It ended the deal.", False),
    ("en", "Hundreds of soldiers.", True),              # a force word
    ("en", "The base was quiet.", True),                # a base word
    ("en", "They agreed an extension.", True),          # an extension, no force word
    ("ar", "كان الطقس جميلا.", False),
    ("ar", "غادروا أمس.", True),                        # a withdrawal cue
    ("ar", "أعلنوا إنهاء المهمة.", True),                # a mission's end, no force word
    ("ar", "وافق البرلمان على التمديد.", True),          # an extension
])
def test_is_candidate(lang, text, expected):
    assert is_candidate(sentence(text, lang)) is expected


@pytest.mark.parametrize("lang,text,word,slack,expected", [
    ("en", "Troops are in Iraq.", "Iraq", 2, True),
    ("en", 'Troops are in "Iraq".', "Iraq", 2, True),       # a quote between
    ("en", "Troops are in (Iraq).", "Iraq", 2, True),       # a bracket
    ("en", "Troops are in, Iraq", "Iraq", 2, True),         # a comma
    ("en", "Troops are in  Iraq.", "Iraq", 2, True),        # two spaces
    ("en", "Troops are in - Iraq", "Iraq", 2, False),       # a dash is neither
    ("en", "Troops are in the Iraq.", "Iraq", 2, False),    # a word between ...
    ("en", "Troops are in the Iraq.", "Iraq", 12, True),    # ... allowed with a wider slack
    ("en", "Troops are in Iraq.", "are", 2, False),         # the cue comes after
    ("ar", "القوات في «العراق»", "العراق", 2, True),
    ("ar", "القوات في « العراق »", "العراق", 2, True),      # three characters: slack + 1
    ("en", "Troops are in, “Iraq”", "Iraq", 2, True),
    ("ar", "القوات في شمال العراق", "العراق", 2, False),
    ("ar", "القوات في شمال العراق", "العراق", 12, True),
])
def test_cue_right_before(lang, text, word, slack, expected):
    s = sentence(text, lang)
    assert cue_right_before(s, "location_prep", s.text.index(word), slack) is expected


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Troops are in    Iraq.", "Iraq"),
    ("ar", "القوات في    العراق", "العراق"),
])
def test_cue_right_before_across_a_run_of_spaces(lang, text, word):
    s = sentence(text, lang)
    assert cue_right_before(s, "location_prep", s.text.index(word)) is True


# "US troops will leave Iraq.": the force cue "troops" starts at 3
@pytest.mark.parametrize("pos,before,after,lo,hi,expected", [
    (0, 0, 3, 0, None, True),      # exactly `after` characters on
    (0, 0, 2, 0, None, False),     # one short
    (6, 3, 0, 0, None, True),      # exactly `before` characters back
    (6, 2, 0, 0, None, False),
    (0, 0, 10, 0, 2, False),       # `hi` cuts the window
    (10, 10, 0, 4, None, False),   # `lo` cuts the window
    (10, 10, 0, 3, None, True),
])
def test_cue_near(pos, before, after, lo, hi, expected):
    s = sentence("US troops will leave Iraq.", "en")
    assert s.cues("force") == [(3, 9)]
    assert cue_near(s, "force", pos, before, after, lo, hi) is expected


# the clauses of this sentence are (0, 14) and (16, 43): the comma at 14 and the space at 15 are in neither
@pytest.mark.parametrize("pos,expected", [
    (0, (0, 14)),
    (13, (0, 14)),
    (14, (0, 43)),     # not in a clause: the whole sentence (an end is not inside its clause)
    (16, (16, 43)),
    (42, (16, 43)),
    (43, (0, 43)),
])
def test_clause_of(pos, expected):
    s = sentence("وانسحبت القوات، لكن بقي 200 جندي في العراق.", "ar")
    assert s.clauses == [(0, 14), (16, 43)]
    assert s.clause_of(pos) == expected


@pytest.mark.parametrize("text,pos,width,expected", [
    ("القُوّاتُ الأمريكيّة في", 21, 16, "ات الامريكيه "),   # folded; the 16 characters before
    ("Troops in Iraq now", 14, 5, " iraq"),
    ("abc", 2, 16, "ab"),                                    # near the start: what there is
])
def test_text_before(text, pos, width, expected):
    assert text_before(text, pos, width) == expected
