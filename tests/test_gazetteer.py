"""Tests for extract.gazetteer: matching in Arabic and English, data integrity, user-added rows."""
from __future__ import annotations

import csv
import math
import shutil
import statistics
import time
from collections import defaultdict
from pathlib import Path

import pytest

from extract.gazetteer import ACTOR_KINDS as KINDS
from extract.gazetteer import DATA_DIR, Entry, Mention, load_gazetteer

GAZ = load_gazetteer()
ACTOR_KINDS = set(KINDS)


def found(text: str) -> set[tuple[str, str, str, str]]:
    """(surface, kind, code, form) of every mention in `text`."""
    return {(text[m.start:m.end], m.entry.kind, m.entry.code, m.form) for m in GAZ.find(text)}


def codes(text: str) -> set[tuple[str, str]]:
    """(kind, code) of every mention in `text`."""
    return {(m.entry.kind, m.entry.code) for m in GAZ.find(text)}


# ------------------------------------------------------------------ Arabic

@pytest.mark.parametrize("text, expected", [
    # names, with and without attached particles
    ("انتشرت القوات في سوريا منذ سنوات", ("سوريا", "country", "SYR", "name")),
    ("الجنود المتمركزون بسوريا", ("سوريا", "country", "SYR", "name")),
    ("غادرت القوات العراق والكويت", ("الكويت", "country", "KWT", "name")),
    ("وصلت تعزيزات بالعراق", ("العراق", "country", "IRQ", "name")),
    ("زار الوزير بيروت ولبنان", ("لبنان", "country", "LBN", "name")),
    ("قدم الدعم للعراق", ("لعراق", "country", "IRQ", "name")),  # ل + ال = لل: the span starts at the article's lam
    ("رسالة للتحالف الدولي من بغداد", ("لتحالف الدولي", "actor", "COALITION", "name")),
    ("وبغداد تطالب بالانسحاب", ("بغداد", "actor", "IRQ", "metonym")),
    ("وبغداد تطالب بالانسحاب", ("بغداد", "base", "Baghdad", "base")),
    ("انسحبوا من قاعدة حرير والتاجي", ("التاجي", "base", "Taji", "base")),
    ("انسحبوا من قاعدة حرير والتاجي", ("قاعدة حرير", "base", "Harir", "base")),
    ("طلبت أمريكا ذلك", ("أمريكا", "country", "USA", "name")),
    ("أعلنت الولايات المتحدة الأمريكية", ("الولايات المتحدة الأمريكية", "actor", "USA", "name")),
    ("قالت الولايات المتحدة الأميركية", ("الولايات المتحدة الأميركية", "country", "USA", "name")),
    # longest match
    ("أكدت قوات التحالف الدولي وجودها", ("قوات التحالف الدولي", "actor", "COALITION", "name")),
    ("التحالف الدولي لمحاربة داعش باق", ("التحالف الدولي لمحاربة داعش", "actor", "COALITION", "name")),
    ("هاجمت كتائب حزب الله القاعدة", ("كتائب حزب الله", "actor", "KH", "name")),
    ("قوات سوريا الديمقراطية تسيطر", ("قوات سوريا الديمقراطية", "actor", "SDF", "name")),
    ("تنسق قسد مع واشنطن", ("قسد", "actor", "SDF", "name")),
    ("عناصر تنظيم الدولة الإسلامية", ("تنظيم الدولة الإسلامية", "actor", "ISIS", "name")),
    ("مقاتلون من الحشد الشعبي", ("الحشد الشعبي", "actor", "PMF", "name")),
    ("قمة حلف شمال الأطلسي", ("حلف شمال الأطلسي", "actor", "NATO", "name")),
    ("وزراء دفاع الناتو", ("الناتو", "actor", "NATO", "name")),
    ("عناصر من الفيلق الأفريقي", ("الفيلق الأفريقي", "actor", "RUS", "name")),  # the Russian MoD's force
    ("انسحب مقاتلو فاغنر", ("مقاتلو فاغنر", "actor", "WAGNER", "name")),
    ("وصلت فاغنر", ("فاغنر", "actor", "WAGNER", "name")),
    # glued to the surrounding words in badly extracted text
    ("أوضح أنقوات التحالفموجودة للتدريب", ("قوات التحالف", "actor", "COALITION", "name")),
    ("ذكر أنالولايات المتحدةستبقى", ("الولايات المتحدة", "country", "USA", "name")),
    # adjectives (generated forms)
    ("الجنود الأمريكيين في المنطقة", ("الأمريكيين", "actor", "USA", "adjective")),
    ("القوات الأميركية هناك", ("الأميركية", "actor", "USA", "adjective")),
    ("جندي أمريكي واحد", ("أمريكي", "actor", "USA", "adjective")),
    ("قدم العون للأمريكيين", ("لأمريكيين", "actor", "USA", "adjective")),
    ("الشرطة العسكرية الروسية", ("الروسية", "actor", "RUS", "adjective")),
    ("انسحب الروس من القاعدة", ("الروس", "actor", "RUS", "adjective")),
    ("مستشارين فرنسيين", ("فرنسيين", "actor", "FRA", "adjective")),
    ("القوات التركية والبريطانية", ("البريطانية", "actor", "GBR", "adjective")),
    ("القوات التركية والبريطانية", ("التركية", "actor", "TUR", "adjective")),
    ("الوحدات الألمانية", ("الألمانية", "actor", "DEU", "adjective")),
    ("الوحدات العراقية", ("العراقية", "actor", "IRQ", "adjective")),
    ("الفصائل الإيرانية", ("الإيرانية", "actor", "IRN", "adjective")),
    ("البحرية الكورية الشمالية", ("الكورية الشمالية", "actor", "PRK", "adjective")),
    # metonyms
    ("قال البنتاغون إن", ("البنتاغون", "actor", "USA", "metonym")),
    ("أعلن البنتاجون", ("البنتاجون", "actor", "USA", "metonym")),
    ("ورد البيت الأبيض", ("البيت الأبيض", "actor", "USA", "metonym")),
    ("أكد الكرملين", ("الكرملين", "actor", "RUS", "metonym")),
    ("بين أنقرة وطهران", ("طهران", "actor", "IRN", "metonym")),
    ("ترسل وارسو قوات", ("وارسو", "actor", "POL", "metonym")),
    # bases
    ("في قاعدة عين الأسد الجوية", ("قاعدة عين الأسد الجوية", "base", "Ain al-Asad", "base")),
    ("هبطت في غرب القيارة", ("غرب القيارة", "base", "Qayyarah West", "base")),
    ("قاعدة حميميم في اللاذقية", ("قاعدة حميميم", "base", "Hmeimim", "base")),
    ("ميناء طرطوس", ("ميناء طرطوس", "base", "Tartus", "base")),
    ("قرب التنف", ("التنف", "base", "Al-Tanf", "base")),
    ("في قاعدة انجرليك", ("قاعدة انجرليك", "base", "Incirlik", "base")),
    ("من قاعدة العديد", ("قاعدة العديد", "base", "Al Udeid", "base")),
    ("وصلت إلى انجامينا", ("انجامينا", "base", "N'Djamena", "base")),
    ("هجوم على البرج ٢٢ في الأردن", ("البرج ٢٢", "base", "Tower 22", "base")),
    ("طائرات في أربيل واربيل", ("اربيل", "base", "Erbil", "base")),
    # weak and context aliases
    ("تتوزع في كركوك والموصل والقائم، كما", ("القائم", "base", "Al-Qaim", "base")),
    ("معارك في قضاء القائم", ("القائم", "base", "Al-Qaim", "base")),
    ("انسحبت القوات الفرنسية من مالي", ("مالي", "country", "MLI", "name")),
    ("في النيجر ومالي", ("مالي", "country", "MLI", "name")),
    ("وستغادر القوات الفرنسية مالي", ("مالي", "country", "MLI", "name")),   # the object after its subject
    # spans in the original text despite diacritics and tatweel
    ("القواتُ في العـراقِ", ("العـراق", "country", "IRQ", "name")),
])
def test_arabic_mentions(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text, absent", [
    ("أكدت قوات التحالف الدولي وجودها", ("actor", "COALITION", "التحالف")),   # only the longest span
    ("هاجمت كتائب حزب الله القاعدة", ("actor", "HEZBOLLAH", None)),
    ("قوات سوريا الديمقراطية تسيطر", ("country", "SYR", None)),
    ("حافظ على الوضع القائم", ("base", "Al-Qaim", None)),
    ("قدمت دعما ماليا والدعم المالي ودعم مالي", ("country", "MLI", None)),
    ("الدعم الإداري ومالي", ("country", "MLI", None)),
    ("المساعدات الفرنسية المالية", ("country", "MLI", None)),
    ("العديد من الجنود", ("base", "Al Udeid", None)),
    ("قال بشار الأسد", ("base", "Ain al-Asad", None)),
    ("طريق الحرير", ("base", "Harir", None)),
    ("الحشد العسكري على الحدود", ("actor", "PMF", None)),
])
def test_arabic_negatives(text: str, absent: tuple[str, str, str | None]) -> None:
    kind, code, surface = absent
    hits = [m for m in GAZ.find(text) if (m.entry.kind, m.entry.code) == (kind, code)]
    assert not [m for m in hits if surface is None or text[m.start:m.end] == surface]


# ------------------------------------------------------------------ English

@pytest.mark.parametrize("text, expected", [
    ("US troops left", ("US", "actor", "USA", "name")),
    ("U.S. forces remain", ("U.S.", "country", "USA", "name")),
    ("the United States said", ("United States", "country", "USA", "name")),
    ("the United States of America", ("United States of America", "actor", "USA", "name")),
    ("American soldiers", ("American", "actor", "USA", "adjective")),
    ("two Americans were hurt", ("Americans", "actor", "USA", "adjective")),
    ("Iraqis protested", ("Iraqis", "actor", "IRQ", "adjective")),
    ("Iranian-backed militias", ("Iranian", "actor", "IRN", "adjective")),
    ("troops in Niger and Chad", ("Niger", "country", "NER", "name")),
    ("troops in Niger and Chad", ("Chad", "country", "TCD", "name")),
    ("French troops left Mali", ("Mali", "country", "MLI", "name")),
    ("the Global Coalition against Daesh", ("Global Coalition against Daesh", "actor", "COALITION", "name")),
    ("CJTF-OIR said", ("CJTF-OIR", "actor", "COALITION", "name")),
    ("CJTF OIR said", ("CJTF OIR", "actor", "COALITION", "name")),
    ("Operation Inherent Resolve ends", ("Operation Inherent Resolve", "actor", "COALITION", "name")),
    ("the US-led coalition", ("US-led coalition", "actor", "COALITION", "name")),
    ("Kataib Hezbollah claimed", ("Kataib Hezbollah", "actor", "KH", "name")),
    ("the Popular Mobilization Forces", ("Popular Mobilization Forces", "actor", "PMF", "name")),
    ("Islamic State fighters", ("Islamic State", "actor", "ISIS", "name")),
    ("ISIL remnants", ("ISIL", "actor", "ISIS", "name")),
    ("the Africa Corps replaced Wagner", ("Africa Corps", "actor", "RUS", "name")),
    ("the Africa Corps replaced Wagner", ("Wagner", "actor", "WAGNER", "name")),
    ("NATO allies", ("NATO", "actor", "NATO", "name")),
    ("Nato allies", ("Nato", "actor", "NATO", "name")),
    ("the EU mission", ("EU", "actor", "EU", "name")),
    ("UN peacekeepers", ("UN peacekeepers", "actor", "UN", "name")),
    ("the Pentagon said", ("Pentagon", "actor", "USA", "metonym")),
    ("the Kremlin denied", ("Kremlin", "actor", "RUS", "metonym")),
    ("Bucharest agreed", ("Bucharest", "actor", "ROU", "metonym")),
    ("at Ain al-Asad, west of Baghdad", ("Ain al-Asad", "base", "Ain al-Asad", "base")),
    ("at Ain al-Asad air base", ("Ain al-Asad air base", "base", "Ain al-Asad", "base")),
    ("at Al Asad Air Base", ("Al Asad Air Base", "base", "Ain al-Asad", "base")),
    ("at the Khmeimim base", ("Khmeimim", "base", "Hmeimim", "base")),
    ("the At Tanf garrison", ("At Tanf", "base", "Al-Tanf", "base")),
    ("jets at Incirlik", ("Incirlik", "base", "Incirlik", "base")),
    ("flown to N’Djamena", ("N’Djamena", "base", "N'Djamena", "base")),
    ("at Air Base 201 near Agadez", ("Air Base 201", "base", "Agadez", "base")),
    ("MK Air Base in Romania", ("MK Air Base", "base", "Mihail Kogalniceanu", "base")),
    ("troops at Q-West", ("Q-West", "base", "Qayyarah West", "base")),
    ("the Polish army", ("Polish", "actor", "POL", "adjective")),
    ("The Marine Corps will cut its force", ("Marine Corps", "actor", "USA", "name")),   # the US service's name
])
def test_english_mentions(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text, kind, code", [
    ("let us know", "country", "USA"),
    ("Tell us what happened to us", "actor", "USA"),
    ("troops in Nigeria", "country", "NER"),
    ("Iranian officials", "country", "IRN"),
    ("Somali forces", "country", "MLI"),
    ("a roast turkey", "country", "TUR"),
    ("polish the boots", "actor", "POL"),
    ("this is un-American", "actor", "UN"),
    ("What IS next", "actor", "USA"),
    ("the Kataib Hezbollah group", "actor", "HEZBOLLAH"),
    ("Syrian Democratic Forces", "actor", "SYR"),
])
def test_english_negatives(text: str, kind: str, code: str) -> None:
    assert (kind, code) not in codes(text)


def test_one_span_gives_all_its_entries() -> None:
    text = "وصل الوزير إلى بغداد"
    at = [(m.entry.kind, m.entry.code, m.form) for m in GAZ.find(text) if text[m.start:m.end] == "بغداد"]
    assert sorted(at) == [("actor", "IRQ", "metonym"), ("base", "Baghdad", "base")]


def test_mentions_sorted_and_not_overlapping_across_spans() -> None:
    text = "قالت الولايات المتحدة إن قوات التحالف الدولي باقية في العراق وسوريا"
    mentions = GAZ.find(text)
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.end, m.entry.kind != "actor", m.entry.code))
    spans = sorted({(m.start, m.end) for m in mentions})
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(isinstance(m, Mention) and isinstance(m.entry, Entry) for m in mentions)


# ------------------------------------------------------------------ lookups and labels

@pytest.mark.parametrize("code, lang, label", [
    ("USA", "en", "United States"),
    ("USA", "ar", "الولايات المتحدة"),
    ("COALITION", "en", "Global Coalition"),
    ("COALITION", "ar", "التحالف الدولي"),
    ("IRQ", "ar", "العراق"),
    ("PMF", "ar", "الحشد الشعبي"),
    ("Ain al-Asad", "en", "Ain al-Asad"),
    ("Ain al-Asad", "ar", "عين الأسد"),
    ("Al-Qaim", "ar", "القائم"),
    ("NOPE", "en", "NOPE"),
])
def test_label(code: str, lang: str, label: str) -> None:
    assert GAZ.label(code, lang) == label


def test_lookups() -> None:
    assert GAZ.actor("USA").country == "USA" and GAZ.actor("USA").group == "state"
    assert GAZ.country("SYR").name("ar") == "سوريا" and GAZ.country("SYR").name("fr") == ""
    assert GAZ.base("al-tanf").code == "Al-Tanf"
    assert GAZ.base("Ain Al Asad").code == "Ain al-Asad"
    assert GAZ.actor("XYZ") is None and GAZ.base("Nowhere") is None
    assert load_gazetteer() is load_gazetteer()


# ------------------------------------------------------------------ data integrity

def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_bases_have_coordinates_countries_and_operators() -> None:
    for base in GAZ.bases.values():
        assert base.lat is not None and -60 <= base.lat <= 80, base.code
        assert base.lon is not None and -180 <= base.lon <= 180, base.code
        assert base.country in GAZ.countries, base.code
        assert base.operators and all(op in GAZ.actors for op in base.operators), base.code


WIDE_COUNTRIES = {"USA": 3500, "RUS": 4000, "CAN": 3500, "AUS": 3000, "CHN": 3000, "BRA": 3000}   # km, coast to coast


def test_bases_lie_near_the_other_bases_of_their_country() -> None:
    """Catches swapped lat/lon or a wrong country: within 1,500 km of the country's median base (a continent-wide
    country's home bases, Fort Bragg to Camp Pendleton, within its width)."""
    by_country = defaultdict(list)
    for base in GAZ.bases.values():
        by_country[base.country].append(base)
    for bases in by_country.values():
        lat = statistics.median(b.lat for b in bases)
        lon = statistics.median(b.lon for b in bases)
        for base in bases:
            assert _km(base.lat, base.lon, lat, lon) < WIDE_COUNTRIES.get(base.country, 1500), base.code


def test_actors_are_well_formed() -> None:
    for actor in GAZ.actors.values():
        assert actor.group in ACTOR_KINDS, actor.code
        assert all(actor.name(lang) for lang in GAZ.langs), actor.code
        if actor.group == "state":
            assert actor.country in GAZ.countries, actor.code


def test_required_actors_present() -> None:
    required = ("USA COALITION NATO IRQ SYR TUR RUS IRN FRA GBR DEU PMF ISIS SDF KH HEZBOLLAH WAGNER EU UN AU "
                "ITA ESP POL "
                "ROU BEL NLD DNK NOR CAN AUS JPN KOR ISR JOR KWT SAU QAT BHR ARE OMN EGY LBN AFG PAK NER MLI "
                "TCD BFA LBY SOM DJI UKR YEM CHN IND").split()
    assert [code for code in required if code not in GAZ.actors] == []
    assert len(GAZ.bases) >= 200


@pytest.mark.parametrize("filename, column", [
    ("actors.csv", "code"), ("countries.csv", "iso3"), ("bases.csv", "name"),
])
def test_codes_unique_in_files(filename: str, column: str) -> None:
    with (DATA_DIR / filename).open(encoding="utf-8") as fh:
        values = [row[column] for row in csv.DictReader(fh)]
    assert len(values) == len(set(values))


def test_no_alias_names_two_entries_of_the_same_kind() -> None:
    """Bases of different countries may share a name (قاعدة الريان: Qatar's Turkish base, Yemen's Riyan): the text's
    countries and actors decide (sites.without_namesakes); any other shared name is a clash."""
    clashes = []
    for key, senses in GAZ.lexicon.items():
        by_kind = defaultdict(dict)
        for sense in senses:
            by_kind[sense.entry.kind][sense.entry.code] = getattr(sense.entry, "country", "")
        clashes += [(key, kind, sorted(codes_)) for kind, codes_ in by_kind.items() if len(codes_) > 1
                    and not (kind == "base" and len(set(codes_.values())) == len(codes_))]
    assert clashes == []


def test_the_shared_base_names_are_these() -> None:
    shared = sorted(key for key, senses in GAZ.lexicon.items()
                    if len({s.entry.code for s in senses if s.entry.kind == "base"}) > 1)
    assert shared == ["قاعده الريان"]


# ------------------------------------------------------------------ user data

def _copy_data(tmp_path: Path) -> Path:
    """A copy of the shipped CSVs (without inflections.yaml: the default rules must apply)."""
    for name in ("actors.csv", "countries.csv", "bases.csv", "missions.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def test_rows_added_to_a_copy_are_found(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "actors.csv", "PRT,state,,,,القوات البرتغالية الخاصة,Portuguese Army,,,,")
    _append(folder / "actors.csv", "XYZG,armed_group,,جبهة الأزور,Azores Front,,AF Front,,,,")
    _append(folder / "bases.csv", "Lajes Field,base,PRT,38.7618,-27.0908,USA,Lajes|Lajes Air Base,قاعدة لاجيس")
    gaz = load_gazetteer(folder)
    text = "هبطت طائرات في قاعدة لاجيس، وقالت لشبونة إن القوات البرتغالية الخاصة والبرتغال وجبهة الأزور مستعدة"
    got = {(text[m.start:m.end], m.entry.kind, m.entry.code, m.form) for m in gaz.find(text)}
    assert got == {("قاعدة لاجيس", "base", "Lajes Field", "base"), ("لشبونة", "actor", "PRT", "metonym"),
                   ("القوات البرتغالية الخاصة", "actor", "PRT", "name"),
                   ("البرتغال", "actor", "PRT", "name"), ("البرتغال", "country", "PRT", "name"),
                   ("جبهة الأزور", "actor", "XYZG", "name")}
    assert gaz.label("Lajes Field", "ar") == "قاعدة لاجيس" and gaz.label("XYZG", "en") == "Azores Front"
    assert gaz.base("Lajes Field").lat == 38.7618
    assert [(m.entry.code, m.form) for m in gaz.find("the Portuguese Army")] == [("PRT", "name")]
    assert "XYZG" not in {m.entry.code for m in GAZ.find(text)}


def test_a_state_row_needs_a_state_of_countries_csv(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "actors.csv", "GUM,state,,,,,Guam Guard,,,,")
    with pytest.raises(ValueError, match=r"actors.csv:\d+: 'GUM' is a state but not a state of countries.csv"):
        load_gazetteer(folder)


def test_base_without_coordinates_is_an_error(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "bases.csv", "Nowhere Camp,base,IRQ,,,USA,,")
    with pytest.raises(ValueError, match=r"bases.csv:\d+: base 'Nowhere Camp' needs a numeric lat"):
        load_gazetteer(folder)


def test_duplicate_code_is_an_error(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "actors.csv", "USA,state,,,,,Again,,,,")
    with pytest.raises(ValueError, match="'USA' is already defined"):
        load_gazetteer(folder)


@pytest.mark.parametrize("text,expected", [
    ("KFOR troops", {("KFOR", "actor", "NATO", "name"), ("KFOR", "base", "KFOR", "base")}),
    # the force word before the mission's name is not part of it ("قوات اليونيفيل": UNIFIL's forces)
    ("قوات اليونيفيل", {("اليونيفيل", "actor", "UN", "name"), ("اليونيفيل", "base", "UNIFIL", "base")}),
])
def test_a_mission_is_its_actor_and_a_region_of_its_theater(text: str, expected: set) -> None:
    got = {(text[m.start:m.end], m.entry.kind, m.entry.code, m.form) for m in GAZ.find(text)}
    assert got == expected
    region = next(m.entry for m in GAZ.find(text) if m.entry.kind == "base")
    assert (region.site_type, region.country) == ("region", {"KFOR": "XKX"}.get(region.code, "LBN"))


@pytest.mark.parametrize("row,message", [
    ("Blue Force,XYZ,LBN,Blue Force,", r"missions.csv:\d+: mission 'Blue Force': actor 'XYZ' is not in actors.csv"),
    ("Blue Force,UN,XYZ,Blue Force,", r"missions.csv:\d+: mission 'Blue Force': country 'XYZ' is not in countries.csv"),
])
def test_a_mission_needs_a_known_actor_and_country(tmp_path: Path, row: str, message: str) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "missions.csv", row)
    with pytest.raises(ValueError, match=message):
        load_gazetteer(folder)


# ------------------------------------------------------------------ speed

def test_find_is_fast_on_a_3kb_text() -> None:
    sentence = ("أكدت قوات التحالف الدولي أن الجنود الأمريكيين باقون في قاعدة عين الأسد وأربيل، "
                "وقال البنتاغون إن واشنطن ستسحب 500 جندي من سوريا والعراق. US troops remain in Iraq. ")
    text = (sentence * 40)[:3000]
    GAZ.find(text)
    runs = []
    for i in range(10):
        variant = text + str(i)  # a new string each time, so fold()'s cache does not hide the work
        t0 = time.perf_counter()
        GAZ.find(variant)
        runs.append(time.perf_counter() - t0)
    assert statistics.median(runs) < 0.02  # measured ~1-3 ms including fold(); 20 ms leaves room for slow CI


# ------------------------------------------------------------------ a third language from data alone

FRENCH_INFLECTIONS = """
flags: [capitalised_single_words]
fr:
  proclitics:
    - ["l'", "d'"]
  adjectives:
    forms:
      - {ending: ien, add: ["", ne, s, nes]}
      - {ending: ais, add: ["", e, es]}
  case: {exact_max_letters: 3, capitalised_single_words: true}
  list_joiners: [et, ","]
en:
  case: {exact_max_letters: 3, capitalised_single_words: true}
"""


def test_a_language_is_columns_and_an_inflections_section(tmp_path: Path) -> None:
    """French names, adjectives and elided articles, from CSV columns and one inflections section."""
    (tmp_path / "inflections.yaml").write_text(FRENCH_INFLECTIONS, encoding="utf-8")
    (tmp_path / "countries.csv").write_text(
        "iso3,kind,name_en,name_fr,aliases_fr,adjectives_fr,capitals_fr\n"
        "IRQ,state,Iraq,Irak,République d'Irak,irakien,Bagdad\n"
        "FRA,state,France,France,,français,Paris\n"
        "CIV,state,Côte d'Ivoire,Côte d'Ivoire,,ivoirien,Abidjan\n", encoding="utf-8")
    (tmp_path / "actors.csv").write_text("code,kind,name_en,name_fr,aliases_fr\n"
                                         "FRA,state,,,armée française\n", encoding="utf-8")
    (tmp_path / "bases.csv").write_text("name,country,lat,lon,operators,aliases_fr\n"
                                        "Port-Bouet,CIV,5.2560,-3.9290,FRA,camp de Port-Bouët\n", encoding="utf-8")
    langs = {"en": {"letters": "A-Za-z"}, "fr": {"letters": "A-Za-zÀ-ÿ"}}
    gaz = load_gazetteer(tmp_path, langs)
    text = "Les troupes françaises du camp de Port-Bouët ont quitté l'Irak; les soldats ivoiriens et Bagdad"
    got = {(text[m.start:m.end], m.entry.kind, m.entry.code, m.form) for m in gaz.find(text)}
    assert got == {("françaises", "actor", "FRA", "adjective"), ("camp de Port-Bouët", "base", "Port-Bouet", "base"),
                   ("Irak", "actor", "IRQ", "name"), ("Irak", "country", "IRQ", "name"),
                   ("ivoiriens", "actor", "CIV", "adjective"), ("Bagdad", "actor", "IRQ", "metonym")}
    assert gaz.label("IRQ", "fr") == "Irak" and gaz.label("Port-Bouet", "fr") == "camp de Port-Bouët"
    assert gaz.label("CIV", "ar") == "Côte d'Ivoire"  # no Arabic column: the fallback language
