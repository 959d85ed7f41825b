"""Tests for extract.sentences: where a sentence ends (full stops followed by white space, not after an
abbreviation, an initial or inside a number; ellipses; line breaks; quotes after a full stop) and where a
clause ends (commas, semicolons, colons, Arabic punctuation and the clause-break words of claims.yaml)."""
from __future__ import annotations

import pytest

from extract.sentences import Span, split_clauses, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def clauses(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_clauses(text, Span(0, len(text)))]


@pytest.mark.parametrize("text,expected", [
    # abbreviations and initials do not end a sentence
    ("The U.S. Army sent 300 troops. Gen. Smith said so.", ["The U.S. Army sent 300 troops.", "Gen. Smith said so."]),
    ("They left on Oct. 5. Others stayed.", ["They left on Oct. 5.", "Others stayed."]),
    ("Sgt. Maj. Lee said so. Then.", ["Sgt. Maj. Lee said so.", "Then."]),
    ("J. R. Allen led 300 troops. They left.", ["J. R. Allen led 300 troops.", "They left."]),
    # ... nor a full stop inside a number or one with no space after it ("stray" stops of Arabic news)
    ("بلغ العدد 2.500 جندي. ثم انسحبوا!", ["بلغ العدد 2.500 جندي.", "ثم انسحبوا!"]),
    ("وصلت قوات التحالف الدولي .الذي يقوده الجيش. ثم غادرت.",
     ["وصلت قوات التحالف الدولي .الذي يقوده الجيش.", "ثم غادرت."]),
    # a full stop glued between a lower-case word and a capitalised one ends a sentence (scraped pages lose the
    # space), not after an abbreviation, in a domain name or a number
    ("It failed in its mission.After talks, France said.The force has 5,000 troops.",
     ["It failed in its mission.", "After talks, France said.", "The force has 5,000 troops."]),
    ("“We will stay,” he said.“The French military will leave Mali.”",
     ["“We will stay,” he said.", "“The French military will leave Mali.”"]),
    # in Arabic, between two words (no capitals to tell), not after an initial ("د.محمد")
    ("انسحبت القوات من قاعدة التنف العراقية.وأوضحت الصحيفة أنها غادرت.",
     ["انسحبت القوات من قاعدة التنف العراقية.", "وأوضحت الصحيفة أنها غادرت."]),
    ("قال د.محمد إن القوات غادرت.", ["قال د.محمد إن القوات غادرت."]),
    ("Gen.Smith said so. Axar.az informs that 2.5 km remain.",
     ["Gen.Smith said so.", "Axar.az informs that 2.5 km remain."]),
    # a year is a number, but a full stop and a space after it end the sentence
    ("They left in 2019. Others stayed.", ["They left in 2019.", "Others stayed."]),
    # question and exclamation marks, the Arabic question mark
    ("هل انسحبوا؟ نعم.", ["هل انسحبوا؟", "نعم."]),
    ("Really? Yes! Troops left.", ["Really?", "Yes!", "Troops left."]),
    # an ellipsis followed by a space ends a sentence and stays with it
    ("انسحبت القوات... ثم عادت.", ["انسحبت القوات...", "ثم عادت."]),
    ("He paused... Then troops left.", ["He paused...", "Then troops left."]),
    # a line break always ends a sentence, even after an abbreviation
    ("عدد القوات\nالولايات المتحدة 2500", ["عدد القوات", "الولايات المتحدة 2500"]),
    ("Troops from the U.S.\nThey left.", ["Troops from the U.S.", "They left."]),
    # a quote after a full stop ends the sentence even after an abbreviation; the quote itself is in neither
    ('He said "we leave." Then they left.', ['He said "we leave.', "Then they left."]),
    ('They said "the U.S." Then left.', ['They said "the U.S.', "Then left."]),
    ("قال: «سننسحب.» ثم غادروا.", ["قال: «سننسحب.", "ثم غادروا."]),
    # nothing but punctuation is no sentence
    ("...", []),
    ("", []),
])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He paused...then troops left.", ["He paused...", "then troops left."]),
    ("انسحبت القوات...ثم عادت.", ["انسحبت القوات...", "ثم عادت."]),
])
def test_an_ellipsis_without_a_space_stays_whole(text, expected):
    assert sentences(text) == expected


def test_sentence_spans_are_trimmed_offsets_into_the_text():
    assert split_sentences("  Troops left.  Then. ") == [Span(2, 14), Span(16, 21)]


@pytest.mark.parametrize("text,expected", [
    # Arabic comma, semicolon, colon, and a contrastive word after a comma (kept: the comma broke first)
    ("وانسحبت القوات، لكن بقي 200 جندي؛ ثم عادوا: كلهم",
     ["وانسحبت القوات", "لكن بقي 200 جندي", "ثم عادوا", "كلهم"]),
    ("US troops left, while others stayed but not all", ["US troops left", "while others stayed", "not all"]),
    # a contrastive word alone breaks and is dropped, whatever its case; two-word ones too
    ("بلغ عددهم ١٬٢٠٠ جندي بينما غادر الباقون", ["بلغ عددهم ١٬٢٠٠ جندي", "غادر الباقون"]),
    ("بقيت القوات في حين  انسحب المستشارون", ["بقيت القوات", "انسحب المستشارون"]),
    ("Troops left BUT advisers stayed", ["Troops left", "advisers stayed"]),
    # a comma inside a number breaks nothing; a word that starts with "but" is no break word
    ("1,200 troops, 3,000 others", ["1,200 troops", "3,000 others"]),
    ("The butler left; others stayed", ["The butler left", "others stayed"]),
    ("Troops left Iraq", ["Troops left Iraq"]),
])
def test_split_clauses(text, expected):
    assert clauses(text) == expected


def test_clauses_of_a_later_sentence_are_offsets_into_the_whole_text():
    text = "First. Troops left, advisers stayed."
    second = split_sentences(text)[1]
    assert split_clauses(text, second) == [Span(7, 18), Span(20, 36)]
