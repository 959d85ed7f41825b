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


@pytest.mark.parametrize("data, expected", [
    pytest.param(ARABIC.encode("utf-16-le"), ARABIC, id="ar-utf16-le"),
    pytest.param(ARABIC.encode("utf-16-be"), ARABIC, id="ar-utf16-be"),
    pytest.param("About 900 soldiers remain.\n".encode("utf-16-le"), "About 900 soldiers remain.\n", id="en-utf16-le"),
    pytest.param("Die Soldaten verließen Mali.".encode("utf-16-be"), "Die Soldaten verließen Mali.", id="de-utf16-be"),
])
def test_utf16_without_a_byte_order_mark_is_detected(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data, reason", [
    (b"abc\x00def\x00", "binary file"),                    # NULs on one side, but not text either way
    (bytes(range(256)) * 4, "binary file"),
    (b"\x00\x00\x00\x01" * 50, "binary file"),
    ("About 900 soldiers remain.".encode("utf-16-le") + b"\x00", "binary file"),   # odd length
])
def test_binary_with_nul_bytes_is_still_binary(data, reason):
    with pytest.raises(Unreadable, match=reason):
        decode_bytes(data)


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


def nested(depth: int, text: str) -> str:
    return f"<html><body>{'<div>' * depth}<p>{text}</p>{'</div>' * depth}</body></html>"


@pytest.mark.parametrize("depth, text", [
    pytest.param(300, "غادرت القوات القاعدة.", id="ar-300-deep"),
    pytest.param(1500, "The troops left the base.", id="en-1500-deep"),
])
def test_html_nested_past_256_levels_is_read(depth, text):
    assert html_text(nested(depth, text)) == (text, "")


def test_html_nested_past_the_parsers_limit_is_reported_as_such():
    with pytest.raises(Unreadable) as caught:
        html_text(nested(3000, "غادرت القوات القاعدة."))
    assert str(caught.value) == "HTML nested more than 2048 elements deep: too deep to parse (lxml's limit)"
