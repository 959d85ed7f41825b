"""Tests for extract.mentions on sentences built by the pipeline (`_sentences`: real gazetteer mentions, cue
spans, numbers and clauses): the role of the words before a place (`place_role`), which mentions name whose
forces and which name where (`actor_mentions`, `place_mentions`), and the choice of a claim's actor
(`pick_actor`), places (`pick_places`) and origins and destinations (`movement_places`)."""
from __future__ import annotations

import pytest

from extract.mentions import actor_mentions, movement_places, pick_actor, pick_places, place_mentions, place_role

from conftest import pipeline_sentences


def last_sentence(text: str, lang: str):
    """The last sentence of `text` as the pipeline builds it, and the document's context."""
    found, ctx = pipeline_sentences(text, lang)
    return found[-1], ctx


def anchor(sentence, word: str) -> tuple[int, int]:
    """The span of the first `word` in the sentence: where a claim rule would anchor its claim."""
    start = sentence.text.index(word)
    return start, start + len(word)


def role_of(text: str, lang: str, place: str) -> str:
    s, _ = last_sentence(text, lang)
    m = next(m for m in s.mentions if s.text[m.start:m.end] == place and m.entry.kind != "actor")
    return place_role(s, m)


@pytest.mark.parametrize("lang,text,place,expected", [
    # from / to through region words
    ("en", "US troops withdrew from northern Syria to western Iraq.", "Syria", "from"),
    ("en", "US troops withdrew from northern Syria to western Iraq.", "Iraq", "to"),
    ("ar", "انسحبت القوات من شمال سوريا", "سوريا", "from"),
    ("ar", "انتقلت القوات إلى غرب العراق", "العراق", "to"),
    ("en", "They pulled out of eastern Syria.", "Syria", "from"),
    ("en", "Troops moved into Iraq.", "Iraq", "to"),
    # at: through "the north of", two region words, a region word alone, an adjective, an attached ب
    ("en", "Troops are in the north of Iraq.", "Iraq", "at"),
    ("ar", "القوات في شمال شرق سوريا", "سوريا", "at"),
    ("ar", "القوات شمال العراق", "العراق", "at"),
    ("en", "Forces remain in unstable Afghanistan.", "Afghanistan", "at"),
    ("ar", "تنتشر القوات بالعراق", "العراق", "at"),
    ("en", "Troops stayed at Erbil.", "Erbil", "at"),
    # a verb of place with "the"; "for Syria" after a movement verb is a destination
    ("en", "Russian forces left the Central African Republic for Syria.", "Central African Republic", "from"),
    ("en", "Russian forces left the Central African Republic for Syria.", "Syria", "to"),
    # an attached ب after a purpose word: where they go
    ("ar", "ذهبوا للقتال بأوكرانيا", "أوكرانيا", "to"),
    # towards bases in X: X is where the move ends, unless a named base is between (then X locates it)
    ("en", "They moved towards bases in Syria.", "Syria", "to"),
    ("ar", "تحركت القوات باتجاه قواعدها المنتشرة في سوريا", "سوريا", "to"),
    ("ar", "تحركت القوات نحو قاعدة قصرك في الحسكة", "الحسكة", "at"),
    # nothing before: no role
    ("en", "Syria announced a plan.", "Syria", ""),
    ("ar", "أعلنت سوريا خطة", "سوريا", ""),
])
def test_place_role(lang, text, place, expected):
    assert role_of(text, lang, place) == expected


@pytest.mark.parametrize("lang,text,place", [
    ("en", "They moved towards its bases in Syria.", "Syria"),
    ("en", "The convoy headed towards their bases in Iraq.", "Iraq"),
])
def test_towards_a_possessive_bases_in_x_is_a_destination(lang, text, place):
    assert role_of(text, lang, place) == "to"


def named(sentence, mentions) -> list[tuple[str, str]]:
    return [(sentence.text[m.start:m.end], m.entry.code) for m in mentions]


@pytest.mark.parametrize("lang,text,actors,places", [
    ("en", "Kenyan troops are in Somalia.", [("Kenyan", "KEN")], [("Somalia", "SOM")]),
    ("en", "Syria announced a plan.", [("Syria", "SYR")], []),
    # "troops from X" after a number says whose forces; after a withdrawal it is where they leave
    ("en", "About 1,200 troops from Kenya serve in Somalia.", [("Kenya", "KEN")], [("Somalia", "SOM")]),
    ("ar", "ويخدم 1200 جندي من كينيا في الصومال.", [("كينيا", "KEN")], [("الصومال", "SOM")]),
    ("en", "The Pentagon announced the withdrawal of 12,000 soldiers from Germany.",
     [("Pentagon", "USA")], [("Germany", "DEU")]),
    ("ar", "أعلن البنتاغون سحب 12 ألف جندي من ألمانيا.", [("البنتاغون", "USA")], [("ألمانيا", "DEU")]),
    # "are from" and a list: whose forces, not where
    ("en", "The troops withdrawn are from Burundi, Ethiopia and Kenya.",
     [("Burundi", "BDI"), ("Ethiopia", "ETH"), ("Kenya", "KEN")], []),
    ("ar", "القوات المنسحبة من جنسيات بوروندي وإثيوبيا وكينيا.",
     [("بوروندي", "BDI"), ("إثيوبيا", "ETH"), ("كينيا", "KEN")], []),
    # a state with an attached ل is neither; the adjective beside a force word is the actor
    ("ar", "الفصائل الموالية لإيران هاجمت القوات الأمريكية", [("الأمريكية", "USA")], []),
    # an adjective after a contractor's name describes it: no second actor
    ("ar", "مرتزقة فاغنر الروسية في مالي", [("مرتزقة فاغنر", "WAGNER")], [("مالي", "MLI")]),
    # a list of bases after one place: all places
    ("ar", "تنتشر القوات في عين الأسد – أربيل والتاجي", [],
     [("عين الأسد", "Ain al-Asad"), ("أربيل", "Erbil"), ("التاجي", "Taji")]),
    ("en", "Troops are based at Ain al-Asad, Erbil and Baghdad.", [],
     [("Ain al-Asad", "Ain al-Asad"), ("Erbil", "Erbil"), ("Baghdad", "Baghdad")]),
    # an adjective after a soil word names the place
    ("ar", "تتواجد القوات الروسية على الأراضي السورية", [("الروسية", "RUS")], [("السورية", "SYR")]),
])
def test_actor_and_place_mentions(lang, text, actors, places):
    s, _ = last_sentence(text, lang)
    assert (named(s, actor_mentions(s)), named(s, place_mentions(s))) == (actors, places)


@pytest.mark.parametrize("lang,text,actors,places", [
    ("en", "Russia keeps 2,000 soldiers on Syrian territory.", [("Russia", "RUS")], [("Syrian", "SYR")]),
    ("en", "Russia has soldiers on Syrian soil.", [("Russia", "RUS")], [("Syrian", "SYR")]),
])
def test_an_adjective_before_an_english_soil_word_is_a_place(lang, text, actors, places):
    s, _ = last_sentence(text, lang)
    assert (named(s, actor_mentions(s)), named(s, place_mentions(s))) == (actors, places)


@pytest.mark.parametrize("lang,text,default_actor", [
    # a capital after "in" is where (a venue), and a capital opening the article with a colon is its dateline:
    # neither is the state acting, nor counts for the article's usual actor
    ("ar", "نيروبي: ستخفض بريطانيا عديد قواتها في الصومال. وقال الوزير للصحفيين في نيروبي إن القرار نهائي.", "GBR"),
    ("en", "Nairobi: Britain will cut its troops in Somalia. The minister told reporters in Nairobi it was final.",
     "GBR"),
])
def test_a_capital_as_venue_or_dateline_is_no_actor(lang, text, default_actor):
    sentences, ctx = pipeline_sentences(text, lang)
    assert ctx.default_actor == default_actor
    assert [s.text[m.start:m.end] for s in sentences for m in actor_mentions(s) if m.entry.code == "KEN"] == []


@pytest.mark.parametrize("lang,text,word,options,expected", [
    # the actor right after a number
    ("en", "Some 900 US troops are in Syria.", "900", {}, ("USA", True)),
    ("ar", "ينتشر نحو 900 جندي أمريكي في سوريا.", "900", {}, ("USA", True)),
    # a purpose word ends the noun phrase: NATO is whom they reinforce, France sends them
    ("en", "France sent 500 troops to reinforce NATO in Estonia.", "500", {}, ("FRA", True)),
    ("ar", "أرسلت فرنسا 500 جندي لتعزيز حلف الناتو في إستونيا.", "500", {}, ("FRA", True)),
    # "forces from X": X contributes them
    ("en", "About 1,200 troops from Kenya serve in Somalia.", "1,200", {}, ("KEN", True)),
    ("ar", "ويخدم 1200 جندي من كينيا في الصومال.", "1200", {}, ("KEN", True)),
    # contractors are actors, and the nearer one after a cue wins over the state before it
    ("en", "Russia deployed Wagner contractors to Libya.", "deployed", {}, ("WAGNER", True)),
    ("ar", "وينتشر 1000 من مرتزقة فاغنر الروسية في مالي.", "1000", {}, ("WAGNER", True)),
    # the host's own forces: with own_forces, when they are the nearest, no actor
    ("en", "In Iraq, Iraqi forces number 200,000 and US troops number 2,500.", "200,000", {}, ("USA", True)),
    ("en", "In Iraq, Iraqi forces number 200,000 and US troops number 2,500.", "200,000",
     {"own_forces": True}, ("", True)),
    ("en", "In Iraq, Iraqi forces number 200,000 and US troops number 2,500.", "2,500",
     {"own_forces": True}, ("USA", True)),
    ("ar", "وفي العراق، يبلغ عدد القوات العراقية 200 ألف ويبلغ عدد القوات الأمريكية 2500.", "200 ألف",
     {"own_forces": True}, ("", True)),
    ("ar", "وفي العراق، يبلغ عدد القوات العراقية 200 ألف ويبلغ عدد القوات الأمريكية 2500.", "2500",
     {"own_forces": True}, ("USA", True)),
    # an armed group is no tracked actor
    ("en", "PMF gunmen deployed on the ground in Iraq.", "deployed", {}, ("PMF", True)),
    ("en", "PMF gunmen deployed on the ground in Iraq.", "deployed", {"tracked_only": True}, ("", False)),
    # ... nor is the document's usual actor then
    ("en", "US troops are in Iraq. PMF gunmen deployed on the ground.", "deployed", {"tracked_only": True},
     ("", False)),
    # none in the sentence: the document's usual actor, not found here
    ("en", "US troops are in Iraq. Troops withdrew from Syria.", "withdrew", {}, ("USA", False)),
    ("ar", "تنتشر القوات الأمريكية في العراق. وانسحبت القوات من سوريا.", "انسحبت", {}, ("USA", False)),
    ("en", "Troops withdrew from Iraq.", "withdrew", {}, ("", False)),
])
def test_pick_actor(lang, text, word, options, expected):
    s, ctx = last_sentence(text, lang)
    assert pick_actor(s, *anchor(s, word), ctx, **options) == expected


def places_of(found) -> list[tuple[str, str]]:
    return [(country, base) for country, base, _ in found]


@pytest.mark.parametrize("lang,text,word,actor,options,expected", [
    # the first place after the anchor, or with `many` every place of the list
    ("en", "The coalition withdrew from Ain al-Asad and Baghdad.", "withdrew", "COALITION", {},
     [("IRQ", "Ain al-Asad")]),
    ("en", "The coalition withdrew from Ain al-Asad and Baghdad.", "withdrew", "COALITION", {"many": True},
     [("IRQ", "Ain al-Asad"), ("IRQ", "Baghdad")]),
    ("ar", "انسحب التحالف من عين الأسد وبغداد.", "انسحب", "COALITION", {"many": True},
     [("IRQ", "Ain al-Asad"), ("IRQ", "Baghdad")]),
    # a country already given by a listed base adds nothing, before or after the bases
    ("en", "Troops withdrew from Erbil and Baghdad in Iraq.", "withdrew", "USA", {"many": True},
     [("IRQ", "Erbil"), ("IRQ", "Baghdad")]),
    ("en", "Troops withdrew from Iraq, Erbil and Baghdad.", "withdrew", "USA", {"many": True},
     [("IRQ", "Erbil"), ("IRQ", "Baghdad")]),
    ("ar", "انسحبت القوات من العراق وأربيل وبغداد.", "انسحبت", "USA", {"many": True},
     [("IRQ", "Erbil"), ("IRQ", "Baghdad")]),
    # a state's own country is never where its forces are
    ("en", "US troops withdrew from Syria to the United States.", "withdrew", "USA", {"many": True},
     [("SYR", "")]),
    ("ar", "انسحبت القوات الأمريكية من سوريا إلى الولايات المتحدة.", "انسحبت", "USA", {"many": True},
     [("SYR", "")]),
    # a place before the anchor, in another clause, wins over the document's host (Kuwait) ...
    ("en", "US forces are in Kuwait. Kuwait hosts them. In Syria, 900 US troops remain.", "900", "USA", {},
     [("SYR", "")]),
    # ... which is the place of a sentence that names none
    ("en", "US forces are in Kuwait. Kuwait hosts them. Some 900 US troops remain.", "900", "USA", {},
     [("KWT", "")]),
])
def test_pick_places(lang, text, word, actor, options, expected):
    s, ctx = last_sentence(text, lang)
    assert places_of(pick_places(s, *anchor(s, word), ctx, actor, **options)) == expected


@pytest.mark.parametrize("lang,text,word,expected", [
    ("en", "US forces are in Syria. The Pentagon keeps 900 troops there and 2,000 in Kuwait.", "900", [("SYR", "")]),
    ("en", "US forces are in Syria. The Pentagon keeps 900 troops there and 2,000 in Kuwait.", "2,000",
     [("KWT", "")]),
    ("ar", "تنتشر القوات الأمريكية في سوريا. ويحتفظ البنتاغون بـ900 جندي هناك و2000 في الكويت.", "900",
     [("SYR", "")]),
    ("ar", "تنتشر القوات الأمريكية في سوريا. ويحتفظ البنتاغون بـ900 جندي هناك و2000 في الكويت.", "2000",
     [("KWT", "")]),
])
def test_there_is_the_place_named_before(lang, text, word, expected):
    """'there' right after the anchor, before any place: the last claim's country, not the Kuwait after it."""
    s, ctx = last_sentence(text, lang)
    ctx.last_country = "SYR"
    assert places_of(pick_places(s, *anchor(s, word), ctx, "USA")) == expected


@pytest.mark.parametrize("lang,text,word,actor,expected", [
    ("en", "US troops withdrew from northern Syria to western Iraq.", "withdrew", "USA",
     {"from": [("SYR", "")], "to": [("IRQ", "")], "at": []}),
    # a place listed after a destination takes its role
    ("en", "Troops withdrew from Iraq to Kuwait and Jordan.", "withdrew", "",
     {"from": [("IRQ", "")], "to": [("KWT", ""), ("JOR", "")], "at": []}),
    ("ar", "انسحبت القوات من العراق إلى الكويت والأردن.", "انسحبت", "",
     {"from": [("IRQ", "")], "to": [("KWT", ""), ("JOR", "")], "at": []}),
    ("en", "Troops moved to Erbil and Kuwait.", "moved", "",
     {"from": [], "to": [("IRQ", "Erbil"), ("KWT", "")], "at": []}),
    ("ar", "تحركت القوات الأمريكية من سوريا إلى أربيل وبغداد والكويت.", "تحركت", "USA",
     {"from": [("SYR", "")], "to": [("IRQ", "Erbil"), ("IRQ", "Baghdad"), ("KWT", "")], "at": []}),
    ("en", "Russian forces left the Central African Republic for Syria.", "left", "RUS",
     {"from": [("CAF", "")], "to": [("SYR", "")], "at": []}),
    # past its clause, an explicit destination still counts
    ("ar", "وتحركت القوات البريطانية من البصرة، باتجاه الكويت.", "تحركت", "GBR",
     {"from": [("IRQ", "Basra")], "to": [("KWT", "")], "at": []}),
    # the actor's own country is no destination
    ("en", "US troops withdrew from Syria to the United States.", "withdrew", "USA",
     {"from": [("SYR", "")], "to": [], "at": []}),
])
def test_movement_places(lang, text, word, actor, expected):
    s, ctx = last_sentence(text, lang)
    found = movement_places(s, anchor(s, word)[0], ctx, actor)
    assert {role: places_of(places) for role, places in found.items()} == expected


@pytest.mark.parametrize("lang,text,word", [
    ("en", "US troops moved from Syria to Erbil, Baghdad and Kuwait.", "moved"),
    ("ar", "تحركت القوات الأمريكية من سوريا إلى أربيل، وبغداد والكويت.", "تحركت"),
])
def test_a_comma_list_of_destinations(lang, text, word):
    s, ctx = last_sentence(text, lang)
    found = movement_places(s, anchor(s, word)[0], ctx, "USA")
    assert {role: places_of(places) for role, places in found.items()} == {
        "from": [("SYR", "")], "to": [("IRQ", "Erbil"), ("IRQ", "Baghdad"), ("KWT", "")], "at": []}
