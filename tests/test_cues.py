"""Tests for extract.cues: how cue phrases compile (`*` endings, `...` gaps of up to four words of one
clause, whole words, flexible spaces, Arabic clitics in front, the longest phrase first), and how the cues of
claims.yaml are found in one pass (`Cues.find_all`), overlapping categories included."""
from __future__ import annotations

import pytest

from extract.cues import compile_cues, load_cues
from extract.text import fold, fold_str


def cues_found(pattern, text: str) -> list[str]:
    return [m.group("cue") for m in pattern.finditer(text)]


@pytest.mark.parametrize("phrases,clitics,text,expected", [
    # `*`: any ending; without it, the whole word only
    (["withdraw*"], (), "they withdrew, then withdrawing", ["withdrawing"]),
    (["base"], (), "bases base", ["base"]),
    (["force"], (), "airforce force", ["force"]),
    # `...`: up to four words between, a number with a thousands comma counting as one
    (["pull* ... out"], (), "pulled 2,000 troops out", ["pulled 2,000 troops out"]),
    (["pull* ... out"], (), "pulled the last of troops out", ["pulled the last of troops out"]),
    (["pull* ... out"], (), "pulled the last of its troops out", []),      # five words
    (["pull* ... out"], (), "pulled, they said, troops out", []),          # not across a comma
    (["additional ... troops"], (), "additional 4,000 u.s. troops", ["additional 4,000 u.s. troops"]),  # one word
    (["additional ... troops"], (), "additional aid. troops", []),        # not across a full stop
    (["pull* ... out"], (), "pull out", ["pull out"]),                     # no word at all
    (["لديها ... قواعد"], (), fold_str("لديها ٢٬٠٠٠ جندي و٣ قواعد"), [fold_str("لديها ٢٬٠٠٠ جندي و٣ قواعد")]),
    (["لديها ... قواعد"], (), fold_str("لديها في المنطقة نحو عشر قواعد"),
     [fold_str("لديها في المنطقة نحو عشر قواعد")]),
    (["لديها ... قواعد"], (), fold_str("لديها في المنطقة كما يقال عدة قواعد"), []),   # five words
    (["لديها ... قواعد"], (), fold_str("لديها، كما قيل، قواعد"), []),                 # Arabic commas
    # the longest phrase first, whatever the order of the list; any run of spaces between words
    (["force", "air force"], (), "air   force", ["air   force"]),
    (["pull out", "pull* ... out of"], (), "pull out of", ["pull out of"]),
    (["pull out", "pull* ... out of"], (), "pull out now", ["pull out"]),
    (["end", "ending"], (), "ending", ["ending"]),
    # clitics: in front of a cue only when given, and not part of the cue's span
    (["قوات"], ("و", "ال", "وال"), "والقوات", ["قوات"]),
    (["سحب*"], ("و",), "وسحبت مسحوب", ["سحبت"]),
    (["سحب*"], (), "وسحبت", []),
    # phrases are folded: hamza and ta marbuta forms match the folded text
    (["أمريكي*"], ("ال",), fold_str("الأمريكيّة"), ["امريكيه"]),
    ([], (), "anything", []),
])
def test_compile_cues(phrases, clitics, text, expected):
    assert cues_found(compile_cues(phrases, clitics), text) == expected


@pytest.mark.parametrize("gap,text,expected", [
    (5, "pulled the last of its troops out", ["pulled the last of its troops out"]),
    (5, "pulled the last of all its troops out", []),
    (2, "pulled the 2,000 troops out", []),
])
def test_a_gap_of_another_length(gap, text, expected):
    assert cues_found(compile_cues(["pull* ... out"], (), gap=gap), text) == expected


def found_in(lang: str, text: str, category: str) -> list[str]:
    """The original text of each `category` cue that find_all reports in `text`."""
    folded = fold(text)
    spans = load_cues(lang).find_all(folded.text).get(category, [])
    return [text[slice(*folded.span(s, e))] for s, e in spans]


@pytest.mark.parametrize("lang,text,category,expected", [
    ("en", "They pulled the 2,000 troops out of Iraq.", "withdrawal", ["pulled the 2,000 troops out of"]),
    # English allows five words in a gap (languages.yaml cue_gap_words), Arabic four (the ar case below)
    ("en", "They pulled the last of its troops out of Iraq.", "withdrawal", ["pulled the last of its troops out of"]),
    ("en", "They pull the remaining 2,500 US troops out of Iraq.", "withdrawal",
     ["pull the remaining 2,500 US troops out of"]),
    ("en", "They pulled the last of all its troops out of Iraq.", "withdrawal", []),      # six words
    ("en", "They pulled, it said, troops out of Iraq.", "withdrawal", []),
    ("en", "They ended the US presence.", "withdrawal", ["ended the US presence"]),
    ("en", "They will end the US presence.", "withdrawal", ["end the US presence"]),   # not the bare "end"
    ("en", "They pull out of Iraq.", "withdrawal", ["pull out of"]),          # not "pull out"
    ("en", "Troops will remain deployed.", "count", ["remain deployed"]),
    ("en", "Troops Withdrew.", "withdrawal", ["Withdrew"]),
    # overlaps: a cue inside a longer one of the same category, two of one category sharing a word
    ("en", "the air force base", "force", ["air force", "force"]),
    ("en", "Troops are stationed in Iraq.", "stationed", ["are stationed", "stationed in"]),
    ("ar", "لديها ٢٬٠٠٠ جندي و٣ قواعد", "presence", ["لديها ٢٬٠٠٠ جندي و٣ قواعد"]),
    ("ar", "لديها في المنطقة كما يقال عدة قواعد", "presence", []),      # five words
    ("ar", "لديها في المنطقة كما يقال قواعد", "presence", ["لديها في المنطقة كما يقال قواعد"]),
    ("ar", "لديها، كما قيل، قواعد", "presence", []),
    # clitics before a cue (و ف ب ل and the article); none before a letter that is no clitic
    ("ar", "وسحبت واشنطن قواتها", "withdrawal", ["سحبت"]),
    ("ar", "فانسحبت قوات ولم تنسحب أخرى", "withdrawal", ["انسحبت", "تنسحب"]),
    ("ar", "ولم تنسحب", "negation", ["لم"]),
    ("ar", "مسحوب", "withdrawal", []),
    # a listed phrase with the article is found whole; its adjective is a cue of its own
    ("ar", "بقيت وحدات الشرطة العسكرية", "force", ["وحدات", "الشرطة العسكرية", "عسكرية"]),
])
def test_find_all(lang, text, category, expected):
    assert found_in(lang, text, category) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a 'reported' cue holds a 'withdrawal' cue: both are kept
    ("ar", "تم سحب القوات", {"reported": ["تم سحب"], "withdrawal": ["سحب"]}),
    ("en", "They have withdrawn.", {"reported": ["have withdrawn"], "withdrawal": ["withdrawn"]}),
])
def test_find_all_keeps_overlapping_categories(lang, text, expected):
    assert {category: found_in(lang, text, category) for category in expected} == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    ("ar", "وأعلن الجيش انسحابه", "state_organ", ["الجيش"]),
    ("ar", "الجنود المرابطين في العراق", "stationed", ["المرابطين"]),   # listed only with its article
])
def test_find_all_finds_a_cue_that_starts_with_the_article(lang, text, category, expected):
    assert found_in(lang, text, category) == expected


@pytest.mark.parametrize("lang,category,text,expected", [
    ("en", "withdrawal", "troops withdrew and withdrew again", [(7, 15), (20, 28)]),
    ("en", "withdrawal", "troops stayed", []),
    ("ar", "withdrawal", "وانسحبت القوات", [(1, 7)]),
    ("ar", "no_such_category", "وانسحبت القوات", []),
])
def test_find_and_has(lang, category, text, expected):
    cues = load_cues(lang)
    assert (cues.find(category, text), cues.has(category, text)) == (expected, bool(expected))


def test_no_language_has_only_the_shared_lists():
    """Without a language: no cue patterns; abbreviations in lower case, particles folded."""
    cues = load_cues()
    assert (cues.patterns, cues.combined, cues.find_all("troops withdrew")) == ({}, None, {})
    assert [a for a in cues.abbreviations if a != a.lower()] == []
    assert [p for words in cues.particles.values() for p in words if p != fold_str(p)] == []


def test_a_language_without_a_section_finds_nothing():
    assert load_cues("xx").find_all("troops withdrew from Iraq") == {}
