"""Tests for extract.text: folding for matching (letter variants, Eastern digits, quotes, dashes, dropped
diacritics and tatweel), `Folded.span` mapping a folded match back to the original text, `fold_str` for
pattern words, `trie_pattern` trying a longer word before its prefix, and `CliticPattern` finding what its
plain pattern finds."""
from __future__ import annotations

import re

import pytest

from extract.text import CliticPattern, fold, fold_str, trie_pattern


@pytest.mark.parametrize("original,folded,match,expected", [
    # diacritics (damma, shadda) dropped: the match maps back across them
    ("القُوّاتُ الأمريكيّة", "القوات الامريكيه", "الامريكيه", "الأمريكيّة"),
    # tatweel inside a word: the span covers it
    ("قـــوات أمريكية", "قوات امريكيه", "قوات", "قـــوات"),
    # a trailing tanween is dropped and not part of the span (it ends at the last kept letter)
    ("مئةٌ وخمسون", "ميه وخمسون", "ميه", "مئة"),
    ("مئةٌ وخمسون", "ميه وخمسون", "وخمسون", "وخمسون"),
    # Eastern Arabic and Persian digits, Persian letters, the Arabic thousands sign
    ("سحب ٢٬٥٠٠ جندي", "سحب 2,500 جندي", "2,500", "٢٬٥٠٠"),
    ("نحو ۳۰۰ عسکری", "نحو 300 عسكري", "عسكري", "عسکری"),
    # Arabic comma and question mark; hamza forms of alef
    ("الإنسحاب، ثمّ؟", "الانسحاب, ثم?", "ثم?", "ثمّ؟"),
    # guillemets and curly quotes become '"', dashes '-', a no-break space a space
    ("«القوات» – هنا", '"القوات" - هنا', '"القوات"', "«القوات»"),
    ("U.S.\u00a0troops “left”", 'u.s. troops "left"', '"left"', "“left”"),
    ("troops—about 900", "troops-about 900", "-about", "—about"),
    # a right-to-left mark before the text is dropped: the span starts one later (no off-by-one)
    ("\u200fنحو 300", "نحو 300", "نحو", "نحو"),
    ("\u200fنحو 300", "نحو 300", "300", "300"),
    # lower-casing that changes the length (dotted capital I): later offsets still map back
    ("İstanbul base", "i̇stanbul base", "base", "base"),
    ("İstanbul base", "i̇stanbul base", "i̇stanbul", "İstanbul"),
])
def test_fold_maps_a_match_back_to_the_original(original, folded, match, expected):
    f = fold(original)
    assert f.text == folded
    start = f.text.index(match)
    s, e = f.span(start, start + len(match))
    assert original[s:e] == expected


@pytest.mark.parametrize("original,start,end,expected", [
    ("القُوّاتُ هنا", 0, 0, (0, 0)),      # an empty span stays empty, where it is
    ("القُوّاتُ هنا", 3, 3, (4, 4)),      # ... after the dropped damma
    ("القُوّاتُ هنا", 7, 10, (10, 13)),   # "هنا" after three dropped marks
    ("قوات", 4, 4, (4, 4)),               # at the end: the end of the original
    ("قواتُ", 4, 4, (5, 5)),              # ... even when the original ends in a dropped mark
    ("troops", 9, 12, (6, 6)),            # past the end: the end of the original
])
def test_span_edges(original, start, end, expected):
    assert fold(original).span(start, end) == expected


@pytest.mark.parametrize("word,expected", [
    ("أُوصى", "اوصي"),
    ("الإنسحاب", "الانسحاب"),
    ("مـؤقـتة", "موقته"),
    ("Withdraw*", "withdraw*"),
    ("٢٠٢٤", "2024"),
    ("“Camp”", '"camp"'),
])
def test_fold_str(word, expected):
    assert fold_str(word) == expected


@pytest.mark.parametrize("words,space,text,expected", [
    # a longer word before its prefix: a plain "in|inside" would find "in" twice
    (["in", "inside"], r"\s+", "inside in", ["inside", "in"]),
    (["base", "bases", "air base"], r"\s+", "air  base bases", ["air  base", "bases"]),
    (["قوات", "قوات التحالف"], r"\s+", "قوات التحالف وقوات", ["قوات التحالف", "قوات"]),
    # special characters are escaped: the dots of "u.s." match only dots
    (["u.s."], r"\s+", "usxs u.s.", ["u.s."]),
    # a space in a word matches `space`: here exactly one space
    (["air base"], " ", "air  base air base", ["air base"]),
    # empty words are ignored; no words match nothing
    (["", "قاعده"], r"\s+", "قاعده", ["قاعده"]),
    ([], r"\s+", "anything at all", []),
    ([""], r"\s+", "", []),
])
def test_trie_pattern(words, space, text, expected):
    assert re.findall(trie_pattern(words, space), text) == expected


@pytest.mark.parametrize("text,pos,end", [
    ("وفي مارس وبمارس ولمارس مارس", 0, 27), ("ومارس", 0, 5), ("ومارس", 1, 5), ("x ومارس", 3, 7),
    ("فمارس مارس", 2, 10), ("و ومارس,مارس لومارس", 0, 19), ("مارسمارس مارس", 4, 13),
])
def test_clitic_pattern_finds_what_the_plain_pattern_finds(text, pos, end):
    pattern = CliticPattern(r"مارس(?!\w)", "وفبل")
    expected = [(m.start(), m.end()) for m in pattern.plain.finditer(text, pos, end)]
    assert [(start, m.end()) for start, m in pattern.finditer(text, pos, end)] == expected
