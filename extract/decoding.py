"""Turning input bytes into text: encodings (BOM, UTF-8, Windows-1256 when it reads as Arabic) and HTML.

Legacy encodings are detected, not guessed: strict UTF-8 first, then charset-normalizer among a
few plausible code pages, and Windows-1256 is accepted only when the result is mostly Arabic.
"""
from __future__ import annotations

import copy
import re

# Encodings charset-normalizer may choose from; only the Arabic ones are accepted (see _decode_legacy).
_LEGACY_CANDIDATES = ["cp1256", "iso8859_6", "cp1252", "cp1251", "latin_1"]
_ARABIC_LEGACY = {"cp1256", "windows_1256", "iso8859_6"}
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
]
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")
# What Windows-1256 Arabic text is made of: Arabic letters, marks and punctuation, ASCII, quotes.
_ARABIC_TEXT_CHAR = re.compile("[\u0600-\u06ff\\s\x20-\x7e«»“”‘’…–—\u200c-\u200f\u00a0]")
_CONTROL = re.compile(b"[\x00-\x08\x0e-\x1f]")
# What UTF-16 text read with the right byte order is made of (the wrong order gives CJK and symbols).
_UTF16_TEXT_CHAR = re.compile("[\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u2000-\u206f"
                              "\ufb50-\ufdff\ufe70-\ufeff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


class Unreadable(Exception):
    """An input that cannot be read at all; the message is the reason shown to the user."""


def decode_bytes(data: bytes, declared: str = "") -> str:
    """Decoded text with newlines as \\n (so offsets agree everywhere the text is re-read)."""
    return normalise_newlines(_decode(data, declared))


def normalise_newlines(text: str) -> str:
    """CRLF and CR line ends as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: str) -> str:
    """Decode: BOM, declared charset, strict UTF-8, then Windows-1256 only if it reads as Arabic."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise Unreadable(f"cannot decode: invalid {encoding} after its byte-order mark") from None
    if b"\x00" in data and (text := _utf16_without_bom(data)) is not None:
        return text
    if b"\x00" in data or len(_CONTROL.findall(data[:65536])) > 0.01 * min(len(data), 65536):
        raise Unreadable("binary file")
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _decode_legacy(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text that lost its byte-order mark: the NUL bytes of ASCII characters and spaces all on one
    side of each byte pair (the second for little-endian), and a reading that is Arabic or Latin text."""
    sample = data[:65536]
    if len(data) % 2:
        return None
    first, second = sample[0::2].count(0), sample[1::2].count(0)
    if min(first, second) > 0.01 * (first + second):
        return None
    try:
        text = data.decode("utf-16-le" if second > first else "utf-16-be")
    except UnicodeDecodeError:
        return None
    head = text[:32768]
    return text if head and len(_UTF16_TEXT_CHAR.findall(head)) >= 0.97 * len(head) else None


def _decode_legacy(data: bytes) -> str:
    """Windows-1256 (or ISO-8859-6) when charset-normalizer finds it and the text is mostly Arabic."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY_CANDIDATES).best()
    if best is None:
        raise Unreadable("cannot decode: not UTF-8, UTF-16 or Windows-1256 text")
    text = str(best)
    if best.encoding not in _ARABIC_LEGACY or not looks_arabic(_strip_tags(text)):
        raise Unreadable(f"cannot decode: not UTF-8, UTF-16 or Windows-1256 text (looks like {best.encoding})")
    return text


def looks_arabic(text: str) -> bool:
    """Whether decoded text is mostly Arabic letters, spaces and punctuation (a sane cp1256 reading)."""
    sample = text[:20000]
    if not sample.strip():
        return False
    plausible = len(_ARABIC_TEXT_CHAR.findall(sample)) / len(sample)
    letters = len(_LETTER.findall(sample))
    return plausible >= 0.97 and letters > 0 and len(_ARABIC_LETTER.findall(sample)) / letters >= 0.5


def declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in a <meta> tag, or ''."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else ""


def _strip_tags(text: str) -> str:
    """Rough visible text of HTML (for the Arabic check only)."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    return re.sub(r"<[^>]*>", " ", text)


def html_text(html: str) -> tuple[str, str]:
    """(main text, title) of an HTML page: trafilatura first, lxml's visible text as the fallback."""
    import trafilatura
    from lxml import html as lxml_html

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    parser = lxml_html.HTMLParser(huge_tree=True)    # pages nest deeper than the default 256 levels
    try:
        tree = lxml_html.document_fromstring(html, parser=parser)
    except Exception:  # noqa: BLE001 - lxml raises several types (ParserError, ValueError) on junk input
        return "", ""
    too_deep = [e.message for e in parser.error_log if "Excessive depth" in e.message]
    if too_deep:   # lxml stops at its depth limit: the text below it would be lost without a word
        depth = re.search(r"\d+", too_deep[0])
        raise Unreadable(f"HTML nested more than {depth.group() if depth else 'the parser allows'} elements deep: "
                         "too deep to parse (lxml's limit)")
    title = " ".join(" ".join(tree.xpath("//title//text()")).split())
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    try:
        text = trafilatura.extract(copy.deepcopy(tree), include_comments=False, include_tables=False,
                                   favor_recall=True) or ""
    except Exception:  # noqa: BLE001 - a trafilatura failure on odd markup falls back to the plain visible text
        text = ""
    if not text.strip():
        body = tree.find("body")
        text = _visible_text(body if body is not None else tree)
    return text, title


def _visible_text(element) -> str:
    """Text of an lxml element, one block (paragraph, heading, list item) per line."""
    for block in element.xpath(_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


_BLOCKS = "|".join(f"descendant-or-self::{tag}" for tag in (
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "blockquote"))
