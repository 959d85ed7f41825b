"""Sites of bases.csv: the cities, provinces, regions and islands where foreign forces are reported are
found by their Arabic and English press names; names that are also common words (حماة "protectors",
صور "pictures", Farah) only in context; the `type` column is read and checked."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import NamedTuple

import pytest

from extract.gazetteer import DATA_DIR, SITE_TYPES, load_gazetteer

GAZ = load_gazetteer()


class Site(NamedTuple):
    code: str
    type: str
    country: str
    ar: str                 # how an Arabic text writes it
    en: str                 # how an English text writes it
    ar_at: str = ""         # the mention's surface when it is only part of `ar` (مدينة [صور])
    en_at: str = ""


SITES = [
    # Syria
    Site("Idlib", "province", "SYR", "إدلب", "Idlib"),
    Site("Afrin", "city", "SYR", "عفرين", "Afrin"),
    Site("Tal Abyad", "city", "SYR", "تل أبيض", "Tell Abyad"),
    Site("Ras al-Ain", "city", "SYR", "رأس العين", "Ras al-Ain"),
    Site("Albu Kamal", "city", "SYR", "البوكمال", "Abu Kamal"),
    Site("Mayadin", "city", "SYR", "مدينة الميادين", "al-Mayadin", "الميادين"),
    Site("Palmyra", "city", "SYR", "مدينة تدمر", "Palmyra", "تدمر"),
    Site("Aleppo", "city", "SYR", "حلب", "Aleppo"),
    Site("Hama", "city", "SYR", "ريف حماة", "Hama", "حماة"),
    Site("Homs", "city", "SYR", "حمص", "Homs"),
    Site("Latakia", "city", "SYR", "اللاذقية", "Latakia"),
    Site("Daraa", "city", "SYR", "درعا", "Deraa"),
    Site("Quneitra", "city", "SYR", "القنيطرة", "Quneitra"),
    Site("Golan Heights", "region", "SYR", "مرتفعات الجولان", "the Golan Heights", "", "Golan Heights"),
    Site("Damascus", "city", "SYR", "مطار دمشق الدولي", "Damascus"),
    Site("Jarablus", "city", "SYR", "جرابلس", "Jarablus"),
    Site("Al-Bab", "city", "SYR", "مدينة الباب", "al-Bab", "الباب"),
    Site("Azaz", "city", "SYR", "إعزاز", "Azaz"),
    Site("Tal Rifaat", "city", "SYR", "تل رفعت", "Tal Rifaat"),
    # Iraq
    Site("Anbar", "province", "IRQ", "محافظة الأنبار", "Anbar province"),
    Site("Nineveh", "province", "IRQ", "نينوى", "Nineveh"),
    Site("Sinjar", "city", "IRQ", "جبل سنجار", "Sinjar"),
    Site("Duhok", "city", "IRQ", "دهوك", "Dohuk"),
    Site("Zakho", "city", "IRQ", "زاخو", "Zakho"),
    Site("Amadiya", "city", "IRQ", "العمادية", "Amedi"),
    Site("Sulaymaniyah", "city", "IRQ", "السليمانية", "Sulaimaniyah"),
    Site("Halabja", "city", "IRQ", "حلبجة", "Halabja"),
    Site("Kut", "city", "IRQ", "الكوت", "Kut"),
    Site("Najaf", "city", "IRQ", "النجف", "Najaf"),
    Site("Karbala", "city", "IRQ", "كربلاء", "Karbala"),
    Site("Ramadi", "city", "IRQ", "مدينة الرمادي", "Ramadi", "الرمادي"),
    Site("Tikrit", "city", "IRQ", "تكريت", "Tikrit"),
    Site("Salahuddin", "province", "IRQ", "محافظة صلاح الدين", "Salahuddin province", "صلاح الدين", "Salahuddin"),
    Site("Diyala", "province", "IRQ", "ديالى", "Diyala"),
    Site("Maysan", "province", "IRQ", "ميسان", "Maysan"),
    Site("Dhi Qar", "province", "IRQ", "ذي قار", "Dhi Qar"),
    Site("Muthanna", "province", "IRQ", "محافظة المثنى", "Muthanna province", "المثنى", "Muthanna"),
    Site("Wasit", "province", "IRQ", "واسط", "Wasit"),
    Site("Babil", "province", "IRQ", "بابل", "Babil"),
    Site("Tal Afar", "city", "IRQ", "تلعفر", "Tal Afar"),
    Site("Haditha", "city", "IRQ", "قضاء حديثة", "Haditha", "حديثة"),
    Site("Rutba", "city", "IRQ", "قضاء الرطبة", "Rutba", "الرطبة"),
    Site("Umm Qasr", "city", "IRQ", "ميناء أم قصر", "Umm Qasr"),
    Site("Baiji", "city", "IRQ", "بيجي", "Baiji"),
    Site("Samarra", "city", "IRQ", "سامراء", "Samarra"),
    # Afghanistan
    Site("Helmand", "province", "AFG", "ولاية هلمند", "Helmand"),
    Site("Kandahar Province", "province", "AFG", "ولاية قندهار", "Kandahar province"),
    Site("Uruzgan", "province", "AFG", "أروزغان", "Oruzgan"),
    Site("Balkh", "province", "AFG", "بلخ", "Balkh"),
    Site("Nangarhar", "province", "AFG", "ننغرهار", "Nangarhar"),
    Site("Paktika", "province", "AFG", "بكتيكا", "Paktika"),
    Site("Zabul", "province", "AFG", "ولاية زابل", "Zabul"),
    Site("Farah", "province", "AFG", "فراه", "Farah province", "", "Farah"),
    Site("Badghis", "province", "AFG", "بادغيس", "Badghis"),
    Site("Ghazni", "province", "AFG", "غزني", "Ghazni"),
    Site("Logar", "province", "AFG", "لوغر", "Logar"),
    Site("Wardak", "province", "AFG", "ميدان وردك", "Wardak"),
    Site("Kunar", "province", "AFG", "كونار", "Kunar"),
    Site("Paktia", "province", "AFG", "بكتيا", "Paktia"),
    Site("Bamiyan", "province", "AFG", "باميان", "Bamyan"),
    Site("Faryab", "province", "AFG", "فارياب", "Faryab"),
    Site("Sangin", "city", "AFG", "سنجين", "Sangin"),
    Site("Musa Qala", "city", "AFG", "موسى قلعة", "Musa Qala"),
    Site("Marjah", "city", "AFG", "مرجة", "Marjah"),
    # Yemen
    Site("Hodeidah", "city", "YEM", "الحديدة", "Hodeidah"),
    Site("Aden", "city", "YEM", "عدن", "Aden"),
    Site("Mukalla", "city", "YEM", "المكلا", "Mukalla"),
    Site("Marib", "city", "YEM", "محافظة مأرب", "Marib", "مأرب"),
    Site("Shabwa", "province", "YEM", "شبوة", "Shabwa"),
    Site("Hadramout", "province", "YEM", "حضرموت", "Hadramawt"),
    Site("Mocha", "city", "YEM", "المخا", "Mocha"),
    Site("Al-Anad", "base", "YEM", "قاعدة العند", "Al-Anad Air Base"),
    Site("Mahra", "province", "YEM", "محافظة المهرة", "al-Mahrah", "المهرة"),
    # Libya
    Site("Sirte", "city", "LBY", "مدينة سرت", "Sirte", "سرت"),
    Site("Sokna", "city", "LBY", "سوكنة", "Sokna"),
    Site("Tripoli", "city", "LBY", "طرابلس", "Tripoli"),
    Site("Benghazi", "city", "LBY", "بنغازي", "Benghazi"),
    Site("Sabha", "city", "LBY", "سبها", "Sebha"),
    Site("Ghat", "city", "LBY", "غات", "Ghat"),
    Site("Jufra District", "province", "LBY", "منطقة الجفرة", "Jufra district"),
    Site("Tobruk", "city", "LBY", "طبرق", "Tobruk"),
    Site("Derna", "city", "LBY", "درنة", "Derna"),
    Site("Ras Lanuf", "city", "LBY", "رأس لانوف", "Ras Lanuf"),
    Site("Tarhuna", "city", "LBY", "ترهونة", "Tarhuna"),
    Site("Gharyan", "city", "LBY", "غريان", "Gharyan"),
    # Lebanon
    Site("Tripoli (Lebanon)", "city", "LBN", "طرابلس اللبنانية", "the Lebanese city of Tripoli", "",
         "Lebanese city of Tripoli"),
    Site("South Lebanon", "region", "LBN", "جنوب لبنان", "southern Lebanon"),
    Site("Tyre", "city", "LBN", "قضاء صور", "the city of Tyre", "صور", "Tyre"),
    Site("Marjayoun", "city", "LBN", "مرجعيون", "Marjayoun"),
    Site("Bint Jbeil", "city", "LBN", "بنت جبيل", "Bint Jbeil"),
    Site("Khiam", "city", "LBN", "بلدة الخيام", "Khiam", "الخيام"),
    Site("Shebaa Farms", "region", "LBN", "مزارع شبعا", "the Shebaa Farms", "", "Shebaa Farms"),
    # Jordan and the Gulf
    Site("Aqaba", "city", "JOR", "ميناء العقبة", "Aqaba", "العقبة"),
    Site("Mafraq", "city", "JOR", "محافظة المفرق", "Mafraq", "المفرق"),
    Site("Azraq", "city", "JOR", "بلدة الأزرق", "Azraq", "الأزرق"),
    Site("Manama", "city", "BHR", "المنامة", "Manama"),
    Site("Doha", "city", "QAT", "الدوحة", "Doha"),
    Site("Kuwait City", "city", "KWT", "مدينة الكويت", "Kuwait City"),
    Site("Muscat", "city", "OMN", "مطار مسقط", "Muscat"),
    Site("Salalah", "city", "OMN", "صلالة", "Salalah"),
    # Sahel and West and Central Africa
    Site("Mopti", "city", "MLI", "موبتي", "Mopti"),
    Site("Bamako", "city", "MLI", "باماكو", "Bamako"),
    Site("Aguelhok", "city", "MLI", "أغلهوك", "Aguelhok"),
    Site("Diffa", "city", "NER", "ديفا", "Diffa"),
    Site("Tillaberi", "city", "NER", "تيلابيري", "Tillabéri"),
    Site("Bangui", "city", "CAF", "بانغي", "Bangui"),
    Site("Bambari", "city", "CAF", "بامباري", "Bambari"),
    Site("Dakar", "city", "SEN", "داكار", "Dakar"),
    Site("Abidjan", "city", "CIV", "أبيدجان", "Abidjan"),
    Site("Libreville", "city", "GAB", "ليبرفيل", "Libreville"),
    # Horn of Africa, Sudan, East Africa
    Site("Djibouti City", "city", "DJI", "مدينة جيبوتي", "Djibouti City"),
    Site("Beledweyne", "city", "SOM", "بلدوين", "Beledweyne"),
    Site("Jowhar", "city", "SOM", "مدينة جوهر", "Jowhar", "جوهر"),
    Site("Bosaso", "city", "SOM", "بوصاصو", "Bosaso"),
    Site("Khartoum", "city", "SDN", "الخرطوم", "Khartoum"),
    Site("Merowe", "city", "SDN", "مروي", "Merowe"),
    Site("Darfur", "region", "SDN", "إقليم دارفور", "Darfur"),
    Site("El Fasher", "city", "SDN", "الفاشر", "El Fasher"),
    Site("Nyala", "city", "SDN", "نيالا", "Nyala"),
    Site("Abyei", "region", "SDN", "أبيي", "Abyei"),
    Site("Wadi Seidna", "base", "SDN", "قاعدة وادي سيدنا", "Wadi Seidna air base"),
    Site("Juba", "city", "SSD", "جوبا", "Juba"),
    Site("Malakal", "city", "SSD", "ملكال", "Malakal"),
    Site("Bentiu", "city", "SSD", "بانتيو", "Bentiu"),
    Site("Goma", "city", "COD", "غوما", "Goma"),
    Site("Bunia", "city", "COD", "بونيا", "Bunia"),
    Site("Beni", "city", "COD", "مدينة بيني", "the town of Beni", "بيني", "Beni"),
    Site("Cabo Delgado", "province", "MOZ", "كابو ديلغادو", "Cabo Delgado"),
    Site("Mocimboa da Praia", "city", "MOZ", "موسيمبوا دا برايا", "Mocímboa da Praia"),
    # Egypt
    Site("Sinai", "region", "EGY", "شبه جزيرة سيناء", "Sinai"),
    Site("Sharm el-Sheikh", "city", "EGY", "شرم الشيخ", "Sharm el-Sheikh"),
    Site("El Gorah", "base", "EGY", "معسكر الجورة", "MFO North Camp"),
    # Europe, the Caucasus, Central Asia
    Site("Crimea", "region", "UKR", "شبه جزيرة القرم", "Crimea"),
    Site("Donbas", "region", "UKR", "دونباس", "Donbass"),
    Site("Donetsk", "city", "UKR", "دونيتسك", "Donetsk"),
    Site("Luhansk", "city", "UKR", "لوغانسك", "Lugansk"),
    Site("Kherson", "city", "UKR", "خيرسون", "Kherson"),
    Site("Zaporizhzhia", "city", "UKR", "زابوريجيا", "Zaporizhzhia"),
    Site("Mariupol", "city", "UKR", "ماريوبول", "Mariupol"),
    Site("Kaliningrad", "province", "RUS", "كالينينغراد", "Kaliningrad"),
    Site("Kursk", "province", "RUS", "منطقة كورسك", "Kursk region"),
    Site("Abkhazia", "region", "GEO", "أبخازيا", "Abkhazia"),
    Site("South Ossetia", "region", "GEO", "أوسيتيا الجنوبية", "South Ossetia"),
    Site("Transnistria", "region", "MDA", "ترانسنيستريا", "Transnistria"),
    Site("Nagorno-Karabakh", "region", "AZE", "إقليم قره باغ", "Nagorno-Karabakh"),
    Site("Pristina", "city", "XKX", "بريشتينا", "Pristina"),
    Site("Mitrovica", "city", "XKX", "ميتروفيتسا", "North Mitrovica"),
    Site("Manas", "base", "KGZ", "قاعدة ماناس", "Manas Air Base"),
    Site("Karshi-Khanabad", "base", "UZB", "قاعدة خان آباد", "Karshi-Khanabad"),
    # Asia and the Pacific, the Americas
    Site("Jeju", "island", "KOR", "جزيرة جيجو", "Jeju Island"),
    Site("Seongju", "city", "KOR", "سيونغجو", "Seongju"),
    Site("Pine Gap", "base", "AUS", "باين غاب", "Pine Gap"),
    Site("Mindanao", "island", "PHL", "مينداناو", "Mindanao"),
    Site("Guantanamo Bay", "base", "CUB", "قاعدة غوانتانامو", "Guantánamo Bay"),
]

AR_TEMPLATES = ("انتشرت قوات أجنبية في {} منذ سنوات", "وصلت تعزيزات عسكرية إلى {} أمس",
                "انسحب الجنود من {} الأسبوع الماضي", "قال مسؤول إن القوات باقية في {} حتى العام المقبل")
EN_TEMPLATES = ("Foreign troops were deployed in {} last year", "Soldiers withdrew from {} on Monday",
                "A spokesman said the force in {} would stay", "Reinforcements arrived in {} overnight")


def bases(text: str) -> set[tuple[str, str]]:
    """(surface, base code) of every base mention in `text`."""
    return {(text[m.start:m.end], m.entry.code) for m in GAZ.find(text) if m.entry.kind == "base"}


def everything(text: str) -> set[tuple[str, str, str]]:
    """(surface, kind, code) of every mention in `text`."""
    return {(text[m.start:m.end], m.entry.kind, m.entry.code) for m in GAZ.find(text)}


# ------------------------------------------------------------------ every new site, both languages

@pytest.mark.parametrize("i, site", list(enumerate(SITES)), ids=[s.code for s in SITES])
def test_site_is_found_by_its_arabic_name(i: int, site: Site) -> None:
    text = AR_TEMPLATES[i % len(AR_TEMPLATES)].format(site.ar)
    assert bases(text) == {(site.ar_at or site.ar, site.code)}


@pytest.mark.parametrize("i, site", list(enumerate(SITES)), ids=[s.code for s in SITES])
def test_site_is_found_by_its_english_name(i: int, site: Site) -> None:
    text = EN_TEMPLATES[i % len(EN_TEMPLATES)].format(site.en)
    assert bases(text) == {(site.en_at or site.en, site.code)}


@pytest.mark.parametrize("site", SITES, ids=[s.code for s in SITES])
def test_site_row_has_its_type_country_and_an_arabic_label(site: Site) -> None:
    entry = GAZ.base(site.code)
    assert (entry.code, entry.site_type, entry.country) == (site.code, site.type, site.country)
    assert entry.name("ar") and entry.name("ar") != site.code   # an Arabic label, not the English fallback
    assert entry.operators and all(code in GAZ.actors for code in entry.operators)


@pytest.mark.parametrize("name, code", [
    # the press spellings the sites must answer to, alone ("في X") and in a list ("في بغداد وX")
    ("منبج", "Manbij"), ("عين العرب", "Kobani"), ("كوباني", "Kobani"), ("تل أبيض", "Tal Abyad"),
    ("رأس العين", "Ras al-Ain"), ("القامشلي", "Qamishli"), ("دير الزور", "Deir ez-Zor"),
    ("البوكمال", "Albu Kamal"), ("حلب", "Aleppo"), ("حماة", "Hama"), ("حمص", "Homs"), ("اللاذقية", "Latakia"),
    ("درعا", "Daraa"), ("الجولان", "Golan Heights"), ("هضبة الجولان", "Golan Heights"),
    ("مرتفعات الجولان", "Golan Heights"), ("البصرة", "Basra"), ("الأنبار", "Anbar"), ("محافظة الأنبار", "Anbar"),
    ("نينوى", "Nineveh"), ("الموصل", "Mosul"), ("كركوك", "Kirkuk"), ("سنجار", "Sinjar"), ("دهوك", "Duhok"),
    ("السليمانية", "Sulaymaniyah"), ("السماوة", "Samawah"), ("الديوانية", "Diwaniya"), ("هلمند", "Helmand"),
    ("قندهار", "Kandahar"), ("أروزغان", "Uruzgan"), ("قندوز", "Kunduz"), ("هرات", "Herat"),
    ("مزار شريف", "Mazar-i-Sharif"), ("الحديدة", "Hodeidah"), ("عدن", "Aden"), ("المكلا", "Mukalla"),
    ("سقطرى", "Socotra"), ("مأرب", "Marib"), ("شبوة", "Shabwa"), ("حضرموت", "Hadramout"), ("المخا", "Mocha"),
    ("سرت", "Sirte"), ("سوكنة", "Sokna"), ("مصراتة", "Misrata"), ("طرابلس", "Tripoli"), ("بنغازي", "Benghazi"),
    ("الجفرة", "Al-Jufra"), ("غاو", "Gao"), ("تمبكتو", "Timbuktu"), ("كيدال", "Kidal"), ("ميناكا", "Menaka"),
    ("نيامي", "Niamey"), ("أغاديز", "Agadez"), ("نجامينا", "N'Djamena"), ("إنجامينا", "N'Djamena"),
    ("بانغي", "Bangui"), ("باماكو", "Bamako"), ("داكار", "Dakar"), ("أبيدجان", "Abidjan"),
    ("ليبرفيل", "Libreville"), ("مقديشو", "Mogadishu"), ("كيسمايو", "Kismayo"), ("بيدوا", "Baidoa"),
    ("الخرطوم", "Khartoum"), ("مروي", "Merowe"), ("بورتسودان", "Port Sudan"), ("دارفور", "Darfur"),
    ("القرم", "Crimea"), ("شبه جزيرة القرم", "Crimea"), ("دونباس", "Donbas"), ("كالينينغراد", "Kaliningrad"),
    ("أوكيناوا", "Okinawa"), ("دييغو غارسيا", "Diego Garcia"), ("الرقه", "Raqqa"), ("الرقة", "Raqqa"),
    ("ادلب", "Idlib"),
])
def test_arabic_press_spellings(name: str, code: str) -> None:
    assert bases(f"انتشرت القوات في {name}") == {(name, code)}
    assert bases(f"انتشرت القوات في بغداد و{name}") == {("بغداد", "Baghdad"), (name, code)}


@pytest.mark.parametrize("code, site_type", [
    # existing rows: a town typed by what its coordinates and most of its names point at
    ("Ain al-Asad", "base"), ("Kandahar", "base"), ("Kabul", "base"), ("Erbil", "base"), ("Tabqa", "base"),
    ("Baghdad", "city"), ("Mosul", "city"), ("Deir ez-Zor", "city"), ("Manbij", "city"), ("Al-Qaim", "city"),
    ("Green Zone", "region"), ("Parwan", "province"), ("Okinawa", "island"), ("Socotra", "island"),
    ("Diego Garcia", "base"), ("Tiraspol", "city"),
])
def test_existing_rows_have_a_type(code: str, site_type: str) -> None:
    assert GAZ.base(code).site_type == site_type


def test_every_row_has_a_known_type_and_new_sites_are_not_all_bases() -> None:
    kinds = [b.site_type for b in GAZ.bases.values()]
    assert set(kinds) == set(SITE_TYPES)
    assert len(GAZ.bases) >= 360 and kinds.count("base") < len(kinds) / 2 + 20


# ------------------------------------------------------------------ one home for a place

@pytest.mark.parametrize("text, expected", [
    # once regions of countries.csv, now sites: the text gives the site (its country comes with it) only
    ("في الأنبار", {("الأنبار", "base", "Anbar")}),
    ("في محافظة نينوى", {("محافظة نينوى", "base", "Nineveh")}),
    ("في إدلب", {("إدلب", "base", "Idlib")}),
    ("في ولاية هلمند", {("ولاية هلمند", "base", "Helmand")}),
    ("in Anbar", {("Anbar", "base", "Anbar")}),
    ("in Helmand province", {("Helmand province", "base", "Helmand")}),
    # large regions stay regions of their country: a country mention, no site
    ("في إقليم كردستان", {("إقليم كردستان", "country", "IRQ")}),
    ("in the Kurdistan Region", {("Kurdistan Region", "country", "IRQ")}),
    ("شرق الفرات", {("شرق الفرات", "country", "SYR")}),
    ("east of the Euphrates", {("east of the Euphrates", "country", "SYR")}),
])
def test_a_place_has_one_home(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert everything(text) == expected


# ------------------------------------------------------------------ attached particles, lists, context

@pytest.mark.parametrize("text, expected", [
    ("تمركزت القوات التركية بعفرين وجرابلس", {("عفرين", "Afrin"), ("جرابلس", "Jarablus")}),
    ("من الحسكة إلى القامشلي ومنبج", {("الحسكة", "Hasakah"), ("القامشلي", "Qamishli"), ("منبج", "Manbij")}),
    ("وصلت الرقه وعين العرب", {("الرقه", "Raqqa"), ("عين العرب", "Kobani")}),
    ("الدوريات في دير الزور والبوكمال", {("دير الزور", "Deir ez-Zor"), ("البوكمال", "Albu Kamal")}),
    # weak names in a list of places
    ("بين سرت والجفرة", {("سرت", "Sirte"), ("الجفرة", "Al-Jufra")}),
    ("في صور والناقورة", {("صور", "Tyre"), ("الناقورة", "Naqoura")}),
    ("الخيام ومرجعيون", {("الخيام", "Khiam"), ("مرجعيون", "Marjayoun")}),
    ("البوكمال والميادين", {("البوكمال", "Albu Kamal"), ("الميادين", "Mayadin")}),
    ("جرابلس والباب", {("جرابلس", "Jarablus"), ("الباب", "Al-Bab")}),
    ("UNIFIL posts in Tyre and Naqoura",   # UNIFIL: a mission, a place of its theater (missions.csv)
     {("UNIFIL", "UNIFIL"), ("Tyre", "Tyre"), ("Naqoura", "Naqoura")}),
    ("between Herat and Farah", {("Herat", "Herat"), ("Farah", "Farah")}),
    # a context alias decides its span: the base, not the city of the same name
    ("the French base in Abidjan", {("Abidjan", "Port-Bouet")}),
    ("French troops in Abidjan", {("Abidjan", "Abidjan")}),
    ("القاعدة الفرنسية في داكار", {("القاعدة الفرنسية في داكار", "Ouakam")}),
    ("جنود فرنسيون في داكار", {("داكار", "Dakar")}),
    ("في مطار بانغي", {("مطار بانغي", "Bangui M'Poko")}),
    ("at Latakia air base", {("Latakia air base", "Hmeimim")}),
    ("قاعدة الأزرق الجوية", {("قاعدة الأزرق الجوية", "Muwaffaq Salti")}),
    # Tripoli: Libya's unless the text says Lebanon
    ("وصلت قوات تركية إلى طرابلس", {("طرابلس", "Tripoli")}),
    ("اشتباكات في طرابلس شمال لبنان", {("طرابلس", "Tripoli (Lebanon)")}),
    ("in Tripoli in northern Lebanon", {("Tripoli", "Tripoli (Lebanon)")}),
    ("Turkish troops in Tripoli", {("Tripoli", "Tripoli")}),
    # the airfield keeps the town's bare name; the province has its own row
    ("من مطار قندهار وولاية قندهار", {("مطار قندهار", "Kandahar"), ("ولاية قندهار", "Kandahar Province")}),
    ("troops in Kandahar and Kandahar province",
     {("Kandahar", "Kandahar"), ("Kandahar province", "Kandahar Province")}),
])
def test_sites_in_running_text(text: str, expected: set[tuple[str, str]]) -> None:
    assert bases(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a larger site written as the address of the place before it is not a place of its own
    ("the base at Ain al-Assad airbase in Anbar province", {("Ain al-Assad", "Ain al-Asad")}),
    ("انسحبوا من قاعدة عين الأسد غربي الأنبار", {("قاعدة عين الأسد", "Ain al-Asad")}),
    ("قاعدة حميميم في اللاذقية", {("قاعدة حميميم", "Hmeimim")}),
    ("Russian jets at Hmeimim air base near Latakia", {("Hmeimim air base", "Hmeimim")}),
    ("Kadena Air Base on Okinawa", {("Kadena Air Base", "Kadena")}),
    ("في الموصل بمحافظة نينوى", {("الموصل", "Mosul")}),
    ("Russian sailors in Sevastopol in Crimea", {("Sevastopol", "Sevastopol")}),
    ("Bagram Airfield in Parwan province", {("Bagram Airfield", "Bagram")}),
    # ... but a list or a movement names each place
    ("في قاعدة عين الأسد والأنبار", {("قاعدة عين الأسد", "Ain al-Asad"), ("الأنبار", "Anbar")}),
    ("from Ain al-Asad to Mosul", {("Ain al-Asad", "Ain al-Asad"), ("Mosul", "Mosul")}),
    ("من القيارة إلى الموصل", {("القيارة", "Qayyarah West"), ("الموصل", "Mosul")}),
    ("at Ain al-Asad, Anbar and Erbil", {("Ain al-Asad", "Ain al-Asad"), ("Anbar", "Anbar"), ("Erbil", "Erbil")}),
    ("in Nineveh and Mosul", {("Nineveh", "Nineveh"), ("Mosul", "Mosul")}),
    ("بين الرقة وعين عيسى", {("الرقة", "Raqqa"), ("عين عيسى", "Ain Issa")}),
])
def test_a_site_written_as_an_address(text: str, expected: set[tuple[str, str]]) -> None:
    assert bases(text) == expected


def test_an_address_names_its_country_only() -> None:
    """As a region of countries.csv does: a list of places goes on across it (في محافظة الأنبار، وقاعدة)."""
    assert everything("قاعدة حميميم في اللاذقية") == {("قاعدة حميميم", "base", "Hmeimim"),
                                                    ("اللاذقية", "country", "SYR")}
    assert everything("Camp Bastion in Helmand") == {("Camp Bastion", "base", "Camp Bastion"),
                                                   ("Helmand", "country", "AFG")}
    assert everything("في هلمند") == {("هلمند", "base", "Helmand")}


def test_a_context_alias_drops_the_bare_names_other_readings() -> None:
    """Abidjan is also Côte d'Ivoire's capital (a metonym of the state): not where the text says "base in"."""
    assert everything("the French base in Abidjan") == {("French", "actor", "FRA"), ("Abidjan", "base", "Port-Bouet")}
    assert everything("Abidjan said") == {("Abidjan", "actor", "CIV"), ("Abidjan", "base", "Abidjan")}
    assert everything("زار طرابلس شمال لبنان") == {("طرابلس", "base", "Tripoli (Lebanon)"), ("لبنان", "actor", "LBN"),
                                                 ("لبنان", "country", "LBN")}


# ------------------------------------------------------------------ risky names must not match

@pytest.mark.parametrize("text, code", [
    ("قالت قناة الميادين إن الاشتباكات توقفت", "Mayadin"),        # the TV channel
    ("خرج المتظاهرون إلى الميادين", "Mayadin"),                   # "the squares"
    ("الغارات تدمر المنازل", "Palmyra"),                          # "destroys"
    ("حماة الوطن يحرسون الحدود", "Hama"),                         # "protectors"
    ("فتح الباب أمام المفاوضات", "Al-Bab"),                       # "the door"
    ("طلاء باللون الرمادي", "Ramadi"),                            # "grey"
    ("أسلحة حديثة ومتطورة", "Haditha"),                           # "modern"
    ("تتكاثر البعوض في الأجواء الرطبة", "Rutba"),                 # "humid"
    ("لها مآرب أخرى", "Marib"),                                   # "aims"
    ("يحتاج المصنع إلى العمال المهرة", "Mahra"),                  # "skilled"
    ("سرت الهدنة منتصف الليل", "Sirte"),                          # "took effect"
    ("هذا جوهر المشكلة", "Jowhar"),                               # "the essence"
    ("اتفاق بيني وبينك", "Beni"),                                 # "between me (and you)"
    ("نصب الخيام للنازحين", "Khiam"),                             # "the tents"
    ("نشر صور الجنود", "Tyre"),                                   # "pictures"
    ("نشرت صور جنوب لبنان", "Tyre"),                              # pictures of south Lebanon
    ("تذليل العقبة الأخيرة أمام الاتفاق", "Aqaba"),               # "the obstacle"
    ("توقف عند المفرق", "Mafraq"),                                # "the junction"
    ("على طول الخط الأزرق", "Azraq"),                             # "the Blue Line"
    ("عاد إلى مسقط رأسه", "Muscat"),                              # "birthplace"
    ("في مسقط رأسه", "Muscat"),
    ("ضريح صلاح الدين الأيوبي", "Salahuddin"),                    # Saladin
    ("المثنى بن حارثة", "Muthanna"),                              # a given name
    ("زار طرابلس شمال لبنان", "Tripoli"),                         # the Lebanese Tripoli
    ("وقعت طالبان اتفاق الدوحة", "Doha"),                         # the agreement, not the city
    ("في جوبا السفلى", "Juba"),                                   # Somalia's Lower Juba
    ("في خليج عدن", "Aden"),                                      # the Gulf of Aden
    ("Salahuddin Rabbani said", "Salahuddin"),
    ("Farah Pandith spoke", "Farah"),
    ("Yair Golan spoke", "Golan Heights"),
    ("a mocha latte", "Mocha"),
    ("Tyre prices rose again", "Tyre"),
    ("under the Doha Agreement", "Doha"),
    ("in Lower Juba", "Juba"),
    ("in Tripoli in northern Lebanon", "Tripoli"),
    ("fighting near Beni Walid", "Beni"),                           # Libya's Bani Walid
    ("قال أبو كمال أحد السكان", "Albu Kamal"),                    # a kunya, "father of Kamal"
    ("اشتبكوا في خان آباد بولاية قندوز", "Karshi-Khanabad"),       # Khan Abad district of Kunduz
    ("كلمته في حوار المنامة", "Manama"),                          # the Manama Dialogue conference
])
def test_risky_names_must_not_match(text: str, code: str) -> None:
    assert code not in {c for _, c in bases(text)}


@pytest.mark.parametrize("text, country", [
    # a city whose name is its country's: the bare name is the country, never a site
    ("انتشرت القوات في الكويت", "KWT"),
    ("troops in Kuwait", "KWT"),
    ("في جيبوتي", "DJI"),
    ("in Djibouti", "DJI"),
    ("في قطر", "QAT"),
    ("في البحرين", "BHR"),
    ("from Okinawa to Guam", "GUM"),
    ("troops in Jordan and Georgia", "JOR"),
])
def test_a_city_named_like_its_country_is_the_country(text: str, country: str) -> None:
    found = everything(text)
    assert country in {code for _, kind, code in found if kind == "country"}
    assert not {code for _, kind, code in found if kind == "base"} - {"Okinawa"}


# ------------------------------------------------------------------ the type column

HEADER = "name,type,country,lat,lon,operators,aliases_en,aliases_ar\n"


def _folder(tmp_path: Path, row: str, header: str = HEADER) -> Path:
    """A copy of the shipped data whose bases.csv holds one row."""
    for name in ("actors.csv", "countries.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "bases.csv").write_text(header + row + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("cell, site_type", [
    ("base", "base"), ("city", "city"), ("province", "province"), ("region", "region"), ("island", "island"),
    ("", "base"),   # an empty cell is a base
])
def test_type_column_is_read(tmp_path: Path, cell: str, site_type: str) -> None:
    gaz = load_gazetteer(_folder(tmp_path, f"Lajes Field,{cell},PRT,38.7618,-27.0908,USA,Lajes,قاعدة لاجيس"))
    assert gaz.base("Lajes Field").site_type == site_type
    assert {(m.entry.code, m.entry.site_type) for m in gaz.find("في قاعدة لاجيس")} == {("Lajes Field", site_type)}


def test_a_file_without_the_type_column_has_bases(tmp_path: Path) -> None:
    header = "name,country,lat,lon,operators,aliases_en,aliases_ar\n"
    gaz = load_gazetteer(_folder(tmp_path, "Lajes Field,PRT,38.7618,-27.0908,USA,Lajes,قاعدة لاجيس", header))
    assert gaz.base("Lajes Field").site_type == "base"


@pytest.mark.parametrize("cell", ["town", "City", "base|city", "قاعدة"])
def test_an_unknown_type_is_an_error_naming_file_and_line(tmp_path: Path, cell: str) -> None:
    folder = _folder(tmp_path, f"Lajes Field,{cell},PRT,38.7618,-27.0908,USA,Lajes,قاعدة لاجيس")
    with pytest.raises(ValueError, match=rf"bases.csv:2: base 'Lajes Field': type must be one of .*not '{cell}'"):
        load_gazetteer(folder)


@pytest.mark.parametrize("aliases_en, text, found", [
    # the canonical name is matched bare, unless listed weak or in context
    ("Farah province", "troops in Farah", True),
    ("[Farah] province", "troops in Farah", False),
    ("[Farah] province", "troops in Farah province", True),
    ("~Farah", "Farah Pandith spoke", False),
    ("~Farah", "in Herat and Farah", True),
])
def test_a_name_listed_in_context_is_not_matched_bare(tmp_path: Path, aliases_en: str, text: str, found: bool) -> None:
    rows = (f"Farah,province,AFG,32.3700,62.1100,USA,{aliases_en},فراه\n"
            "Herat,base,AFG,34.2100,62.2283,ITA,Herat airport,هرات")
    gaz = load_gazetteer(_folder(tmp_path, rows))
    assert ("Farah" in {m.entry.code for m in gaz.find(text)}) == found


# ------------------------------------------------------------------ capitals as where forces are

@pytest.mark.parametrize("text, surface, city, country", [
    ("وصل 300 جندي أمريكي إلى فيلنيوس", "فيلنيوس", "Vilnius", "LTU"),
    ("1,000 US troops in Vilnius", "Vilnius", "Vilnius", "LTU"),
    ("تمركزت قوات أمريكية في وارسو", "وارسو", "Warsaw", "POL"),
    ("NATO soldiers arrived in Bucharest", "Bucharest", "Bucharest", "ROU"),
    ("انتشرت قوات فرنسية في بيروت", "بيروت", "Beirut", "LBN"),
    ("قصفت الطائرات مواقع في صنعاء", "صنعاء", "Sanaa", "YEM"),
    ("US Marines left Sana'a", "Sana'a", "Sanaa", "YEM"),
    ("جنود أمريكيون في طوكيو", "طوكيو", "Tokyo", "JPN"),
    ("French forces based in Abu Dhabi", "Abu Dhabi", "Abu Dhabi", "ARE"),
    ("وصلت تعزيزات إلى أبو ظبي", "أبو ظبي", "Abu Dhabi", "ARE"),
    ("British trainers in Kiev", "Kiev", "Kyiv", "UKR"),
    ("US troops in Seoul", "Seoul", "Seoul", "KOR"),
    ("وصلت قوات إلى العاصمة الأردنية عمان", "العاصمة الأردنية عمان", "Amman", "JOR"),
])
def test_a_capital_is_a_city_site_of_its_country(text: str, surface: str, city: str, country: str) -> None:
    sites = [m for m in GAZ.find(text) if m.entry.kind == "base"]
    assert [(text[m.start:m.end], m.entry.code, m.entry.site_type, m.entry.country) for m in sites] == [
        (surface, city, "city", country)]


@pytest.mark.parametrize("text, city", [
    ("سيول جارفة في الجنوب", "Seoul"),          # سيول "torrents"
    ("Victoria Beckham arrived", "Victoria"),     # Seychelles' capital, weak
    ("البنك المركزي في عمان", "Amman"),           # bare عمان is also Oman
])
def test_a_capital_that_is_a_common_word_is_not_found_alone(text: str, city: str) -> None:
    assert city not in {m.entry.code for m in GAZ.find(text) if m.entry.kind == "base"}
