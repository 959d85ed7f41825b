"""Tests for extract.rulefile: one checked loader for every YAML rule file, and the list of languages."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.rulefile import RuleFileError, fallback_language, languages, load_rule_file

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["extract/rules/numbers.yaml", "extract/rules/dates.yaml", "extract/rules/claims.yaml",
           "extract/gazetteer/inflections.yaml"]


@pytest.mark.parametrize("text, message", [
    # YAML 1.1 reads these unquoted words as booleans: refused in a word list, naming the key
    ("en:\n  location_prep: [in, at, on]\n", r"en\.location_prep\[2\] is True, not a word; quote it"),
    ("en:\n  negation: [not, no]\n", r"en\.negation\[1\] is False, not a word"),
    ("ar:\n  list_joiners: [و, yes]\n", r"ar\.list_joiners\[1\] is True"),
    ("en:\n  plural_suffix: off\n", r"en\.plural_suffix is False, not a word"),
    # a boolean is a word everywhere but under a key the caller names as a flag
    ("cues:\n  by: {year_cue: yes, words: [by]}\n", r"cues\.by\.year_cue is True"),
    ("flags: year_cue\ncues: {}\n", r"'flags' must be a list of key names"),
    ("flags: [year_cue]\ncues:\n  by: {year_cue: yes, words: [on]}\n", r"cues\.by\.words\[0\] is True"),
    # a key read as a boolean: "no: 1" in a table of number words
    ("words:\n  numbers: {واحد: 1, no: 0}\n", r"key False under words\.numbers is not a word"),
    # numbers are table values, never words of a list
    ("months:\n  1: {en: [January, 1]}\n", r"months\.1\.en\[1\] is 1, not a word"),
    ("en:\n  force: []\n  troop:\n", r"en\.troop is empty"),
    ("- just\n- a list\n", r"expected a mapping"),
    ("en: [unclosed\n", r"not valid YAML"),
])
def test_bad_rule_files_are_refused_naming_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message) as err:
        load_rule_file(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("text, expected", [
    ('en:\n  location_prep: [in, "on"]\n', {"en": {"location_prep": ["in", "on"]}}),
    ("flags: [year_cue]\ncues:\n  by: {year_cue: true, words: [بحلول]}\n",
     {"cues": {"by": {"year_cue": True, "words": ["بحلول"]}}}),
    ("months:\n  12: {ar: [ديسمبر, كانون الأول]}\n", {"months": {12: {"ar": ["ديسمبر", "كانون الأول"]}}}),
    ("words:\n  fractions: {نصف: 0.5}\n", {"words": {"fractions": {"نصف": 0.5}}}),
])
def test_good_rule_files_load_as_written(tmp_path: Path, text: str, expected: dict) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_rule_file(path) == expected


@pytest.mark.parametrize("relative", SHIPPED)
def test_shipped_rule_files_pass_the_check(relative: str) -> None:
    assert load_rule_file(ROOT / relative)


@pytest.mark.parametrize("category, word", [("gap_stop", "on"), ("negation", "no")])
def test_short_english_words_are_strings_in_claims_yaml(category: str, word: str) -> None:
    assert word in load_rule_file(ROOT / "extract/rules/claims.yaml")["en"][category]


def test_languages_are_listed_once_with_their_letters() -> None:
    langs = languages()
    assert list(langs) == ["ar", "en"]
    assert langs["ar"]["letters"] == "\u0600-\u06ff" and langs["en"]["letters"] == "A-Za-z"
    assert fallback_language() == "en"


def test_a_language_without_letters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "languages.yaml"
    path.write_text("languages:\n  fr: {}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"languages\.fr needs 'letters'"):
        languages(path)
