"""Tests for extract.numbers: values, bounds, qualifiers, units, ranges, changes and spans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.numbers import Quantity, find_quantities


def case(text, covers, value, qualifier="exact", unit="", vmin=None, vmax=None, vague=False, link="", id=None):
    """One table row: the quantity whose span covers `covers` must have these fields."""
    return pytest.param(text, covers, value, qualifier, unit, vmin, vmax, vague, link, id=id or covers)


def pick(text: str, covers: str) -> Quantity:
    """The quantity whose span contains the first occurrence of `covers`."""
    at = text.index(covers)
    found = [q for q in find_quantities(text) if q.start <= at and at + len(covers) <= q.end]
    assert found, f"no quantity covers {covers!r} in {find_quantities(text)}"
    return found[0]


CASES = [
    # --- a year after a by/until cue and a qualifier is a year, not a count; a count after "by about" is one
    case("British troops will remain in Estonia until at least 2030.", "2030", 2030, "over", "year", vmin=2030,
         id="until-at-least-year"),
    case("The force was reduced by about 2000 soldiers.", "2000", 2000, "approx", "personnel",
         id="by-about-count"),
    # --- Arabic digits, separators and clitics
    case("أرسلت الوزارة 2500 عسكري إلى القاعدة", "2500", 2500, unit="personnel"),
    case("يبلغ عددهم ٢٥٠٠ جندي في البلاد", "٢٥٠٠", 2500, unit="personnel", id="arabic-indic"),
    case("ينتشر ۳۵۰۰ عسكري هناك", "۳۵۰۰", 3500, unit="personnel", id="persian"),
    case("يبقى ٢٬٥٠٠ جندي في القاعدة", "٢٬٥٠٠", 2500, unit="personnel", id="arabic-thousands-sign"),
    case("سيغادر 2.500 جندي الشهر المقبل", "2.500", 2500, unit="personnel", id="dot-thousands"),
    case("عززت القاعدة وبـ500 جندي", "500", 500, unit="personnel", id="glued-waw-ba"),
    case("غادر 1.200 جندي بريطاني و1.100 من ألمانيا", "1.100", 1100, id="glued-waw-2"),
    case("مقارنة بـ121 غارة في العام السابق", "121", 121, unit="attacks", id="glued-ba-tatweel"),
    case("ارتفع العدد الى 800 جندي و900 مستشار", "900", 900, unit="personnel"),
    case("بلغ عدد القوات قرابة الـ3000 عنصر", "3000", 3000, "approx", "personnel", id="al-tatweel"),
    case("حجم القوات الذي يقترب من 2500 جندي", "2500", 2500, "approx", "personnel", id="approaching"),
    case("أكثر من 1000 بندقية", "1000", 1000, "over", "equipment", 1000, id="rifles"),
    case("بلغ عدد القوات قرابة الـ 2500 عنصر", "2500", 2500, "approx", "personnel", id="al-tatweel-space"),
    # --- Arabic scale words after digits
    case("أرسلت 70 ألف عنصر إلى المنطقة", "70 ألف", 70000, unit="personnel"),
    case("يتمركز 70 ألفا من المقاتلين", "70 ألفا", 70000, unit="personnel"),
    case("تضم القوة 28 ألفا و500 جندي", "28 ألفا و500", 28500, unit="personnel"),
    case("يبلغ قوامها 2.5 ألف مقاتل", "2.5 ألف", 2500, unit="personnel"),
    case("انسحاب 10 آلاف جندي", "10 آلاف", 10000, unit="personnel"),
    case("انسحاب 10 ألاف جندي من الحلف", "10 ألاف", 10000, unit="personnel", id="hamza-less"),
    case("يتجاوز 1.5 مليون دولار", "1.5 مليون", 1500000, unit="money"),
    case("خصصت 5 مليارات دولار للدعم", "5 مليارات", 5e9, unit="money"),
    # --- Arabic number words
    case("يبلغ عددها عشرة آلاف جندي", "عشرة آلاف", 10000, unit="personnel"),
    case("نشرت ألفين من الجنود", "ألفين", 2000, unit="personnel"),
    case("يضم اللواء ألفان وخمسمئة عنصر", "ألفان وخمسمئة", 2500, unit="personnel"),
    case("يبقى ثلاثة آلاف وخمسمئة عسكري", "ثلاثة آلاف وخمسمئة", 3500, unit="personnel"),
    case("وصل مئتان من المستشارين", "مئتان", 200, unit="personnel"),
    case("أرسلت مائتي جندي", "مائتي", 200, unit="personnel"),
    case("يوجد خمسمائة مقاتل", "خمسمائة", 500, unit="personnel"),
    case("تبقى أربعة آلاف جندي", "أربعة آلاف", 4000, unit="personnel"),
    case("نشر ألف جندي", "ألف", 1000, unit="personnel"),
    case("أعلن وصول مليون دولار", "مليون", 1e6, unit="money"),
    case("تضم ثلاث عشرة دولة", "ثلاث عشرة", 13, unit="countries"),
    case("قتل خمسة وعشرون مسلحا", "خمسة وعشرون", 25, unit="casualties"),
    case("يضم عشرين عسكريا", "عشرين", 20, unit="personnel"),
    case("بقي ثلاثمائة وواحد وأربعون جنديا", "ثلاثمائة وواحد وأربعون", 341, unit="personnel"),
    case("عددهم مليون ونصف", "مليون ونصف", 1.5e6),
    case("أكثر من ثلاث مئة عنصر", "ثلاث مئة", 300, "over", "personnel", vmin=300),
    # --- English numbers and number words
    case("The Pentagon has 900 US troops in the country.", "900", 900, unit="personnel"),
    case("It will withdraw 11,900 military personnel.", "11,900", 11900, unit="personnel"),
    case("75 US Army Special Forces personnel will leave.", "75", 75, unit="personnel"),
    case("a 5,100-strong contingent", "5,100", 5100, unit="personnel"),
    case("Ten thousand soldiers took part.", "Ten thousand", 10000, unit="personnel"),
    case("two thousand five hundred Marines arrived", "two thousand five hundred", 2500, unit="personnel"),
    case("a thousand sailors", "a thousand", 1000, unit="personnel"),
    case("twenty-five advisers stayed", "twenty-five", 25, unit="personnel"),
    case("a budget of 1.5 million dollars", "1.5 million", 1.5e6, unit="money"),
    case("it costs $2 billion a year", "2 billion", 2e9, unit="money"),
    case("about 40 percent of the force", "40", 40, "approx", "percent"),
    case("نحو 30 في المئة من القوات", "30", 30, "approx", "percent"),
    case("تراجع بنسبة 12% خلال العام", "12", 12, unit="percent"),
    # --- Qualifiers
    case("نحو 2000 جندي", "نحو 2000", 2000, "approx", "personnel"),
    case("بنحو 900 من الشرطة العسكرية", "900", 900, "approx", "personnel"),
    case("حوالي 1200 عسكري", "حوالي 1200", 1200, "approx", "personnel"),
    case("زهاء 400 مقاتل", "زهاء 400", 400, "approx", "personnel"),
    case("ما يقرب من 5000 جندي", "ما يقرب من 5000", 5000, "approx", "personnel"),
    case("أربعة آلاف جندي تقريبا", "أربعة آلاف", 4000, "approx", "personnel"),
    case("أقل من عشرة آلاف عنصر", "أقل من عشرة آلاف", 10000, "under", "personnel", vmax=10000),
    case("عدد لا يتجاوز 3000 جندي", "لا يتجاوز 3000", 3000, "under", "personnel", vmax=3000),
    case("ما لا يزيد عن 600 عسكري", "ما لا يزيد عن 600", 600, "under", "personnel", vmax=600),
    case("أكثر من 70 ألف عنصر", "أكثر من 70 ألف", 70000, "over", "personnel", vmin=70000),
    case("ما يزيد على 1500 جندي", "ما يزيد على 1500", 1500, "over", "personnel", vmin=1500),
    case("ارتفع العدد فوق 160 ألفا", "فوق 160 ألفا", 160000, "over", vmin=160000),
    case("500 جندي على الأقل", "500", 500, "over", "personnel", vmin=500),
    case("about 1,100 military personnel", "about 1,100", 1100, "approx", "personnel"),
    case("some 900 US troops remain", "some 900", 900, "approx", "personnel"),
    case("an estimated 2,000 fighters", "an estimated 2,000", 2000, "approx", "personnel"),
    case("nearly 3,000 soldiers", "nearly 3,000", 3000, "approx", "personnel"),
    case("fewer than 10,000 troops", "fewer than 10,000", 10000, "under", "personnel", vmax=10000),
    case("up to 4,000 troops", "up to 4,000", 4000, "under", "personnel", vmax=4000),
    case("no more than 2,500 troops", "no more than 2,500", 2500, "under", "personnel", vmax=2500),
    case("more than 30,000 troops", "more than 30,000", 30000, "over", "personnel", vmin=30000),
    case("at least 1,500 soldiers", "at least 1,500", 1500, "over", "personnel", vmin=1500),
    case("no fewer than 500 soldiers", "no fewer than 500", 500, "over", "personnel", vmin=500),
    case("not less than 500 soldiers", "not less than 500", 500, "over", "personnel", vmin=500),
    case("ما لا يقل عن 500 جندي", "500", 500, "over", "personnel", vmin=500, id="ar-la-yaqillu"),
    case("90 armored personnel carriers", "90", 90, "exact", "equipment", id="personnel-carriers"),
    # people being trained, told after the noun, are trainees; a force on a training exercise is not
    case("1500 عنصر لا يزالون يتلقون التدريبات", "1500", 1500, "exact", "trainees", id="ar-receiving-training"),
    case("with 352,000 now in training", "352,000", 352000, "exact", "trainees", id="in-training"),
    case("500 soldiers, in training exercises", "500", 500, "exact", "personnel", id="comma-before-training"),
    # pieces of weapons are equipment, whatever noun follows "of"
    case("more than 70 pieces of weapons and military equipment", "more than 70", 70, "over", "equipment", vmin=70),
    # the room of a base told after the noun: no force is there ("can be stationed", "يمكن أن يتمركزوا")
    case("up to 1,500 troops can be stationed at the camp", "up to 1,500", 1500, "under", "capacity", vmax=1500,
         id="can-be-stationed"),
    case("نحو 1500 جندي يمكن أن يتمركزوا في القاعدة", "نحو 1500", 1500, "approx", "capacity", id="ar-can-be-stationed"),
    case("1,500 troops are stationed at the camp", "1,500", 1500, "exact", "personnel", id="are-stationed"),
    # --- Ranges
    case("ما بين 2500 إلى 3000 جندي", "2500", 2750, "range", "personnel", 2500, 3000, id="ar-ma-bayna"),
    case("بين 2500 و3000 جندي", "3000", 2750, "range", "personnel", 2500, 3000, id="ar-bayna-wa"),
    case("ما بين 2500 إلى 3000، جندي", "3000", 2750, "range", "personnel", 2500, 3000, id="ar-comma-noun"),
    case("between 2,500 and 3,000 troops", "2,500", 2750, "range", "personnel", 2500, 3000),
    case("2,500 to 3,000 troops", "3,000", 2750, "range", "personnel", 2500, 3000),
    case("2,500-3,000 troops", "2,500", 2750, "range", "personnel", 2500, 3000, id="hyphen-range"),
    case("في حدود 156 او 157 ألفا", "156", 156500, "range", "", 156000, 157000, id="scale-shared"),
    case("between 2 and 3 million dollars", "2", 2.5e6, "range", "money", 2e6, 3e6),
    # two counts each with its own thousand are a range, not 4,005 ("four thousand and five thousand")
    case("between four thousand and five thousand troops", "four", 4500, "range", "personnel", 4000, 5000),
    case("ما بين أربعة آلاف وخمسة آلاف جندي", "خمسة", 4500, "range", "personnel", 4000, 5000, id="ar-word-range"),
    case("470 units of equipment", "470", 470, "exact", "equipment"),
    # a range verb before "from X to Y" makes it a range, not a change
    case("estimates range from 1,000 to 1,500 soldiers", "1,000", 1250, "range", "personnel", 1000, 1500),
    case("ويتراوح عدد الجنود الروس في ليبيا من 1000 إلى 1500 جندي", "1500", 1250, "range", "personnel", 1000, 1500,
         id="ar-range-verb"),
    # --- Changes (from X to Y)
    case("من نحو 2000 إلى أقل من 500 جندي", "2000", 2000, "approx", "personnel", link="from"),
    case("من نحو 2000 إلى أقل من 500 جندي", "500", 500, "under", "personnel", vmax=500, link="to"),
    case("from about 2,000 to fewer than 500 troops", "2,000", 2000, "approx", "personnel", link="from"),
    case("from about 2,000 to fewer than 500 troops", "500", 500, "under", "personnel", vmax=500, link="to"),
    case("cutting troops from some 36,000 to 24,000", "36,000", 36000, "approx", link="from"),
    case("cutting troops from some 36,000 to 24,000", "24,000", 24000, link="to"),
    # --- Vague amounts
    case("بضع مئات من الجنود", "بضع مئات", 100, "approx", "personnel", vague=True),
    case("عدة آلاف من العسكريين", "عدة آلاف", 1000, "approx", "personnel", vague=True),
    case("آلاف الجنود في المنطقة", "آلاف", 1000, "approx", "personnel", vague=True),
    case("a few hundred soldiers", "a few hundred", 100, "approx", "personnel", vague=True),
    case("hundreds of troops", "hundreds", 100, "approx", "personnel", vague=True),
    case("several thousand Marines", "several thousand", 1000, "approx", "personnel", vague=True),
    case("a handful of advisers", "a handful", 5, "approx", "personnel", vague=True),
    case("dozens of attacks", "dozens", 12, "approx", "attacks", vague=True),
    # --- Units other than personnel
    case("سقط 30 قتيلا في الهجوم", "30", 30, unit="casualties"),
    case("أسفر الهجوم عن مقتل 3 جنود", "3", 3, unit="casualties", id="killing-of-soldiers"),
    case("killed 15 soldiers at the post", "15", 15, unit="casualties"),
    case("4,000 US troops have died there", "4,000", 4000, unit="casualties"),
    case("تعرضت القوات إلى 153 هجوما", "153", 153, unit="attacks"),
    case("التحالف الذي يضم 29 دولة", "29", 29, unit="countries"),
    case("شحن ثلاث مروحيات هجومية", "ثلاث", 3, unit="equipment"),
    case("delivered 12 helicopters", "12", 12, unit="equipment"),
    case("بعد 20 عاما من الحرب", "20", 20, unit="time"),
    case("after 20 years of war", "20", 20, unit="time"),
    case("يعيش 40 ألف مدني في المخيم", "40 ألف", 40000, unit="other"),
    # --- Years and dates
    case("انسحبت القوات في عام 2007", "2007", 2007, unit="year"),
    case("since 2014 the coalition has trained them", "2014", 2014, unit="year"),
    case("in 2003 US troops entered the city", "2003", 2003, unit="year", id="year-cue-beats-noun"),
    case("the 2001 attacks changed everything", "2001", 2001, unit="year", id="the-2001-attacks"),
    case("وقع الاتفاق 2019 في بغداد", "2019", 2019, unit="year", id="bare-year"),
    case("عام ألفين وستة عشر", "ألفين وستة عشر", 2016, unit="year", id="year-in-words"),
    case("بحلول 11 سبتمبر المقبل", "11", 11, unit="date"),
    case("الثلاثاء 23 مارس 2021", "2021", 2021, unit="date"),
    case("on October 31, 2019 at noon", "31", 31, unit="date"),
    case("on October 31, 2019 at noon", "2019", 2019, unit="date", id="year-after-day"),
    case("بنهاية أيلول/سبتمبر 2025", "2025", 2025, unit="date", id="levantine-slash"),
    case("بحلول 22 دجنبر", "22", 22, unit="date", id="maghrebi-month"),
    case("في 10 كانون الثاني", "10", 10, unit="date", id="levantine-month"),
    case("حتى عام 2029", "2029", 2029, unit="year"),
]


@pytest.mark.parametrize("text,covers,value,qualifier,unit,vmin,vmax,vague,link", CASES)
def test_quantity(text, covers, value, qualifier, unit, vmin, vmax, vague, link):
    q = pick(text, covers)
    assert (q.value, q.qualifier, q.unit, q.value_min, q.value_max, q.vague, q.link) == (
        pytest.approx(value), qualifier, unit, vmin, vmax, vague, link)


@pytest.mark.parametrize("text", [
    "The squadron flies F-16 jets and S-400 batteries.",
    "خلال جائحة Covid-19 تراجعت الأنشطة",
    "بيان CJTF-OIR صدر عند الساعة 02:24 صباحا",
    "see https://example.com/news/2500-troops.html for details",
    "updated 2021-03-24 by the editor",
    "an MQ-9 drone and B-52 bombers",
])
def test_ids_times_urls_are_not_counts(text):
    assert not [q for q in find_quantities(text) if q.unit == "personnel" or q.value in (16, 400, 19, 2500, 9, 52)]


@pytest.mark.parametrize("text,units", [
    ("under Security Council resolutions 2628 and 2670", ["name", "name"]),   # a number listed after a name
    ("بموجب القرارين 2628 و2670", ["name", "name"]),
    ("Air Base 201 and 300 troops", ["name", "personnel"]),                   # unless it has its own noun
])
def test_a_number_listed_after_a_name_is_a_name(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text,units", [
    # a bare number counts the noun a count word names before it in its sentence; trainees listed go on
    ("وقال إن عدد الآليات العسكرية التي دخلت ليبيا بلغ نحو 1500.", ["equipment"]),
    ("The number of armored vehicles sent to Libya reached about 1,500.", ["equipment"]),
    ("وقال إن عدد الجنود الأتراك في ليبيا بلغ نحو 1500.", [""]),
    ("The number of Turkish troops in Libya reached about 1,500.", [""]),
    ("The number of vehicles rose. Now 1,500 are in Libya.", [""]),
    ("training 2,500 peshmerga fighters and 1,250 Arab troops", ["trainees", "trainees"]),
    ("بتدريب 2500 مقاتل و1250 جنديا", ["trainees", "trainees"]),
])
def test_what_a_bare_or_listed_number_counts(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text,values", [
    ("one of the largest bases", []),                      # a lone "one" is not a count
    ("الاثنين الماضي وصل الوفد", []),                      # Monday, not "two"
    ("في السادس عشر من الشهر", []),                        # an ordinal, not ten
    ("2500 جندي و300 مستشار", [2500, 300]),                 # "و" without "بين" is not a range
    ("from 2,000 to 500 troops", [2000, 500]),              # a change gives two quantities
    ("between 2,500 and 3,000 troops", [2750]),             # a range gives one
    ("the Nord Stream 2 pipeline", [2]),
])
def test_which_quantities(text, values):
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize("text,lang", [
    ("سيبقى في القاعدة نحو 2٬500 جندي أمريكي.", "ar"),
    ("وقال إن ثلاثة آلاف وخمسمئة جنديٍّ سيغادرون", "ar"),
    ("About 1,100 US troops remain, officials said.", "en"),
])
def test_spans_slice_the_original_text(text, lang):
    for q in find_quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text)
        assert any(ch.isdigit() or ch.isalpha() for ch in text[q.start:q.end])
    quantities = find_quantities(text, lang)
    assert len(quantities) == 1 and quantities[0].unit == "personnel"


def test_span_with_diacritics_and_tatweel():
    text = "أرسلت بـ١٢١ جنديًّا و ثلاثةُ آلافٍ عسكريٍّ"
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert spans == ["١٢١", "ثلاثةُ آلافٍ"]


def test_sorted_by_start():
    text = "نحو 900 جندي، ثم 2500 عسكري، ثم between 2,500 and 3,000 troops"
    starts = [q.start for q in find_quantities(text)]
    assert starts == sorted(starts) and len(starts) == 3


def test_empty_text():
    assert find_quantities("") == []


_ALPHABET = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٬٫،-/:%$ \n"
                                 "اأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىئؤةـًٌٍَُِّْabcdefghijklmnopqrstuvwxyzABCDEF")
                            + ["ألف", "آلاف", "مئة", "عشرة", "نحو", "أكثر من", "بين", "إلى", "و", " thousand", " to ",
                               " between ", " and ", " about ", "جندي", " troops", "سبتمبر", "May", "the "])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_ALPHABET, max_size=60).map("".join)))
def test_never_crashes_and_spans_in_bounds(text):
    quantities = find_quantities(text)
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text)
        assert q.qualifier in ("exact", "approx", "under", "over", "range")
        if q.qualifier == "range":
            assert q.value_min <= q.value <= q.value_max
    assert [q.start for q in quantities] == sorted(q.start for q in quantities)


@pytest.mark.parametrize("text, units", [
    ("Romania 570\n\ncountries in all 3,528", ["", ""]),   # a table row's noun is on its own line
    ("رومانيا 570\n\nدول أخرى 3528", ["", ""]),
    ("Romania 570 soldiers", ["personnel"]),
])
def test_what_a_number_counts_is_on_its_line(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text, units", [
    # the next of a list of years is a year, unless its own noun follows right after it
    ("استولى الجيش على السلطة في انقلابين عامي 2020 و2021، بالقوات الفرنسية", ["year", "year"]),
    ("in 2020 and 2021, French troops left", ["year", "year"]),
    ("ما بين 2000 و2050 جنديا", ["personnel"]),   # a range of troops
])
def test_a_list_of_years(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text, units", [
    # an area is no count of people, in either language
    ("أقامت تركيا قاعدة في مقديشو على مساحة 400 هكتار", ["other"]),
    ("وتمتد القاعدة على 250 دونما", ["other"]),
    ("a base built on 400 hectares near Mogadishu", ["other"]),
])
def test_an_area_is_not_a_count(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text, units", [
    # the number of a unit is its name ("الفرقة 82"), unless its own personnel noun follows
    ("ووصل نحو 3000 جندي من الفرقة 82 المحمولة جوا", ["personnel", "name"]),
    ("ونشرت فرنسا الكتيبة 500 جندي في مالي", ["personnel"]),
])
def test_the_number_of_a_unit_is_its_name(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text, values, units", [
    # a year after "in / عام" is no end of a range with the next number
    ("from a peak of 170,000 in 2007 to 2,500 today", [170000.0, 2007.0, 2500.0], ["", "year", ""]),
    ("من 170 ألف جندي عام 2007 إلى 2500 جندي", [170000.0, 2007.0, 2500.0], ["personnel", "year", "personnel"]),
    ("between 1,000 and 1,500 troops", [1250.0], ["personnel"]),
    # a year's word right before a year opens a date: not what a number counts
    ("من ذروة بلغت 170 ألفا عام 2007", [170000.0, 2007.0], ["", "year"]),
    ("استمرت الحرب 20 عاما", [20.0], ["time"]),
])
def test_a_year_is_no_part_of_a_count(text, values, units):
    found = find_quantities(text)
    assert ([q.value for q in found], [q.unit for q in found]) == (values, units)


@pytest.mark.parametrize("text, links", [
    # a year right after the first level of a change dates it: the change still runs from it to the next
    ("from 2,000 in 2019 to 900 now", ["from", "", "to"]),
    ("من 2000 جندي عام 2019 إلى 900 حاليا", ["from", "", "to"]),
    ("2,000 in 2019 and 900 now", ["", "", ""]),
])
def test_a_change_across_the_year_of_its_first_level(text, links):
    assert [q.link for q in find_quantities(text)] == links


@pytest.mark.parametrize("text, values", [
    # KUNA's digit groups joined by ر, the lower group first in the text's order: thousands, or a decimal part
    ("يبلغ 627ر13 جنديا و177ر1 مستشارا", [13627.0, 1177.0]),
    ("خفض سقف الأفراد النظاميين إلى 395ر11 عسكريا", [11395.0]),
    ("بلغت الميزانية 5ر1 مليار دولار", [1.5e9]),
    ("نشر 2500 جندي", [2500.0]),
])
def test_digit_groups_joined_by_ra(text, values):
    assert [q.value for q in find_quantities(text)] == values
