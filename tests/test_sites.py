"""Tests for extract.sites: new site names after or before a base word ("Camp X", "X military base",
"قاعدة X", a quoted name), words that are no name (articles, month names, adjectives, prepositions, verbs),
and a base the gazetteer knows not found again."""
from __future__ import annotations

import pytest

from extract.gazetteer import Entry, Mention, load_gazetteer
from extract.sites import find_sites, with_country


def new_sites(text: str, known: bool = True) -> list[str]:
    """The names find_sites gives, with the gazetteer's mentions as known (as the pipeline calls it) or none."""
    mentions = load_gazetteer().find(text) if known else []
    return [text[m.start:m.end] for m in find_sites(text, mentions)]


@pytest.mark.parametrize("text,expected", [
    # capitalised words after a base word, or before one; several words; several sites
    ("Troops arrived at Camp Tamarisk in Djibouti.", ["Camp Tamarisk"]),   # Camp/Fort belong to the name
    ("They reached the Mission Support Site Juniper Hill.", ["Juniper Hill"]),
    ("The Tamarisk air base is new.", ["Tamarisk"]),
    ("The new Tamarisk Ridge military base opened.", ["Tamarisk Ridge"]),
    ("FOB Tamarisk and COP Juniper", ["Tamarisk", "Juniper"]),
    # a capitalised base word after the name ("X Base", "X Air Base"); the words of a base type are no name
    ("Troops left the Sergent Tamarisk Juniper Base on Monday.", ["Sergent Tamarisk Juniper"]),
    ("Troops left the Tamarisk Air Base on Monday.", ["Tamarisk"]),
    ("Troops left Forward Operating Base Tamarisk.", ["Tamarisk"]),
    ("Troops left the Joint Base.", []),
    # found by the words-before pattern first, then by the words-after one
    ("The Juniper base, the Tamarisk camp and Fort Oak", ["Fort Oak", "Juniper", "Tamarisk"]),
    # punctuation and words that are no name are not part of it
    ("Fort Tamarisk, the largest, is new.", ["Fort Tamarisk"]),
    ("Since March Camp Tamarisk hosts troops.", ["Camp Tamarisk"]),
    ("Camp Tamarisk March", ["Camp Tamarisk"]),
    ("The Camp was hit.", []),
    ("The base was hit.", []),
    ("On Monday the US military base was hit.", []),
    ("They hit the U.S. military base.", []),
    # a town the gazetteer lacks, right after the forces leave it; not an operation, a month or a region word
    ("As many as 26 soldiers withdrew from Tamarisk between March 7 and 9.", ["Tamarisk"]),
    ("The last troops pulled out of Juniper Hill on Monday.", ["Juniper Hill"]),
    ("The troops withdrew from Operation Tamarisk.", []),
    ("The troops withdrew from Northern Tamarisk.", ["Tamarisk"]),
    ("The troops withdrew from Syria.", []),
    # Arabic: the word after the base word, or a quoted name
    ("قصفت قاعدة زمردة في الحسكة.", ["زمردة"]),   # an invented name
    ("وصلوا إلى معسكر الشهداء", ["الشهداء"]),
    ("وصلوا إلى قاعدة «النصر» الجوية", ["النصر"]),
    ("وصلوا إلى معسكر «الطرفاء»", ["الطرفاء"]),
    # an adjective, a preposition or a verb after the base word is no name; nor a number
    ("أقيمت قاعدة عسكرية جديدة", []),
    ("أقيمت قاعدة في الشمال", []),
    ("بنت قاعدة لأسطولها", []),
    ("القاعدة تشهد هجمات", []),
    ("وصلوا مطار 12", []),
    ("نقل الجنود إلى القاعدة العسكرية التركية «زمردة» في الصومال", ["زمردة"]),   # adjectives before a quoted name
    ("وصلوا إلى قاعدة «تل الطرفاء» شرقا", ["تل الطرفاء"]),   # a quoted name of several words
    ("وقال إن تسليم القاعدة هو «جزء منها»", []),   # a quotation after a pronoun is no name
])
def test_find_sites(text, expected):
    assert new_sites(text) == expected


@pytest.mark.parametrize("text,without_known", [
    ("Troops arrived at Camp Lemonnier in Djibouti.", ["Camp Lemonnier"]),
    ("قاعدة عين الأسد", ["عين"]),
    ("قاعدة حرير", ["حرير"]),
])
def test_a_known_base_is_not_found_again(text, without_known):
    """The gazetteer's mention covers the name: no new site; without it, the pattern alone would find one."""
    assert (new_sites(text), new_sites(text, known=False)) == ([], without_known)


def test_a_new_site_is_a_base_named_as_written_with_no_country():
    text = "قصفت قاعدة زمردة في الحسكة."
    (site,) = find_sites(text, load_gazetteer().find(text))
    assert (site.entry, site.start, site.end, site.form) == (Entry("زمردة", "base", (("", "زمردة"),)), 11, 16, "base")
    placed = with_country(site, "SYR")
    assert (placed.entry.code, placed.entry.country, placed.start, placed.end) == ("زمردة", "SYR", 11, 16)


@pytest.mark.parametrize("text,expected", [
    ("Troops moved to Camp Tamarisk. Officials said 300 remain.", ["Camp Tamarisk"]),
    ("They reached Fort Juniper. Russia protested.", ["Fort Juniper"]),   # here the name overlaps a known one
])
def test_a_name_does_not_run_into_the_next_sentence(text, expected):
    assert new_sites(text) == expected


@pytest.mark.parametrize("text", ["قصفوا القاعدة الجديدة", "قصفوا القاعدة الكبيرة", "قصفوا القاعدة الأخرى"])
def test_a_definite_adjective_is_no_name(text):
    assert new_sites(text) == []


@pytest.mark.parametrize("text", ["قصفت الطائرات وقاعدة زمردة", "انتشرت القوات بقاعدة زمردة"])
def test_a_base_word_with_an_attached_particle(text):
    assert new_sites(text) == ["زمردة"]


def test_a_known_mention_anywhere_in_the_name_blocks_it():
    """A name overlapping any known mention is not new, even a mention of another kind."""
    text = "Camp Tamarisk"
    known = [Mention(Entry("X", "country"), 8, 10, "name")]
    assert (find_sites(text, known), new_sites(text, known=False)) == ([], ["Camp Tamarisk"])
