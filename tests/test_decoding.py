"""Decoding input bytes: BOMs, UTF-8, Windows-1256 detected (not guessed), binary refused; HTML text."""
from __future__ import annotations

import pytest

from extract.decoding import Unreadable, decode_bytes, html_text, looks_arabic

# --- bytes to text -----------------------------------------------------------------------------------

ARABIC = "أعلنت الحكومة أن آخر دفعة من المستشارين العسكريين ستغادر البلاد خلال الصيف، وفق بيان رسمي."


@pytest.mark.parametrize("data, expected", [
    (ARABIC.encode("cp1256"), ARABIC),                                    # Windows-1256 detected
    (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), ARABIC),                   # UTF-8 with BOM
    (ARABIC.encode("utf-16"), ARABIC),                                    # UTF-16 with BOM
    (ARABIC.encode("utf-8"), ARABIC),
    (b"First line\r\nsecond line\rthird", "First line\nsecond line\nthird"),
])
def test_decode_bytes(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data, reason", [
    ("Le contingent français a quitté la base aérienne, déjà prévu.".encode("cp1252"), "cannot decode"),
    ("Последние военные советники покинули базу в прошлом месяце.".encode("cp1251"), "cannot decode"),
    (b"abc\x00def\x00", "binary file"),
    (bytes(range(1, 32)) * 20, "binary file"),
])
def test_undecodable_bytes_are_refused(data, reason):
    with pytest.raises(Unreadable, match=reason):
        decode_bytes(data)



@pytest.mark.parametrize("text, arabic", [
    ("وصلت تعزيزات عسكرية إلى القاعدة، بحسب مصادر محلية (رويترز).", True),
    ("وصلت تعزيزات إلى قاعدة Ain al-Asad الجوية في الأنبار.", True),
    ("Troops arrived at the base.", False),
    ("éàç ÷ ×ک گ ہ ے ں", False),                         # what Latin-1 bytes look like through cp1256
])
def test_looks_arabic(text, arabic):
    assert looks_arabic(text) is arabic


def test_html_text_drops_scripts_and_styles():
    html = ("<html><head><title>عنوان</title><script>var secret = 1;</script></head>"
            "<body><style>p {color: red}</style><p>غادرت القوات.</p><noscript>enable js</noscript></body></html>")
    text, title = html_text(html)
    assert (text, title) == ("غادرت القوات.", "عنوان")
