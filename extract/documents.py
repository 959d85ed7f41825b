"""Reading input documents: text, HTML, JSON Lines and CSV files, with an optional manifest."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Document:
    """One article to extract claims from."""

    doc_id: str
    text: str
    published: str = ""        # "YYYY", "YYYY-MM", "YYYY-MM-DD" or ""
    lang: str = ""             # "ar" / "en"; detected from the text when empty
    title: str = ""
    url: str = ""
    source: str = ""
    path: str = ""             # the file it was read from
    published_from: str = ""   # manifest | field | dateline | ""


@dataclass
class Problem:
    """An input that could not be read (or only partly): which file, and why."""

    path: str
    reason: str
