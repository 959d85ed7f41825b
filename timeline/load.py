"""Human labels for actor, country and base codes, and the chart strings of timeline/labels.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from extract.gazetteer import load_gazetteer

LABELS_PATH = Path(__file__).with_name("labels.yaml")
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"   # bidi isolates: left-to-right, right-to-left, end


@lru_cache(maxsize=1)
def load_labels() -> dict:
    """The figure strings and fallback code names from timeline/labels.yaml."""
    with LABELS_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=4096)
def actor_label(code: str, lang: str = "en") -> str:
    """'USA' -> 'United States (USA)', 'COALITION' -> 'Global Coalition'; the code itself when unknown."""
    return _code_label(code, lang, "actors")


@lru_cache(maxsize=4096)
def country_label(code: str, lang: str = "en") -> str:
    """'IRQ' -> 'Iraq (IRQ)'; the code itself when unknown."""
    return _code_label(code, lang, "countries")


@lru_cache(maxsize=4096)
def base_label(name: str, lang: str = "en") -> str:
    """A base's name in the interface language ('Ain al-Asad' -> 'عين الأسد'); the name itself when unknown."""
    if not name or lang == "en":
        return name
    return _gazetteer_name(name, lang) or name


def _code_label(code: str, lang: str, kind: str) -> str:
    """Name from the gazetteer, else from labels.yaml; short codes are kept in brackets."""
    if not code:
        return ""
    name = _gazetteer_name(code, lang) or load_labels().get(kind, {}).get(code, {}).get(lang, "")
    if not name or name == code:
        return code
    if len(code) > 4:
        return name
    # In Arabic, a bare Latin code would pull the brackets to the wrong side of the name.
    return f"{name} ({LRI}{code}{PDI})" if lang == "ar" else f"{name} ({code})"


def rtl_isolate(text: str, lang: str) -> str:
    """Arabic labels shown in a left-to-right context (plotly's SVG text) keep their right-to-left order."""
    return f"{RLI}{text}{PDI}" if lang == "ar" and text else text


def _gazetteer_name(code: str, lang: str) -> str:
    """The gazetteer's name for a code in `lang`, '' when it does not know the code (labels.yaml is next)."""
    name = load_gazetteer().label(code, lang)
    return "" if name == code else name
