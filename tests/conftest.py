"""Shared test helpers: the one factory of small hand-made claims tables (schema columns, sensible defaults)."""
from __future__ import annotations

from itertools import count

import pandas as pd

from extract.table import typed_claims

_ids = count(1)
DEFAULTS = dict(
    claim_type="troop_count", actor="USA", country="IRQ", base="", value=None, value_min=None,
    value_max=None, qualifier="exact", date="2024-09-10", date_precision="day", date_source="text",
    status="reported", published="2024-09-12", lang="ar", evidence="", title="", lat=None, lon=None,
)
MOVEMENTS = ("presence", "deadline", "withdrawal", "deployment")


def claim(**kw) -> dict:
    """One claim row: DEFAULTS overridden by `kw`; a fresh claim_id, doc_id and source unless given."""
    n = next(_ids)
    row = {**DEFAULTS, "claim_id": f"c{n}", "doc_id": f"doc{n}", "source": f"outlet{n}", **kw}
    if row["value"] is None and row["claim_type"] in MOVEMENTS:
        row["qualifier"] = kw.get("qualifier", "")
    return row


def claims(*rows: dict) -> pd.DataFrame:
    """A typed claims frame (as load_claims returns): each row overrides `claim()`; ids c0, c1, ... by position."""
    return typed_claims(pd.DataFrame([claim(**{"claim_id": f"c{i}", **row}) for i, row in enumerate(rows)]))


def pipeline_sentences(text: str, lang: str, published: str = "2024-01-01") -> tuple[list, object]:
    """`text` as the pipeline sees it: its sentences (real cue spans, mentions, numbers, clauses) and context."""
    from extract.documents import Document
    from extract.pipeline import _context, _sentences
    ctx = _context(Document(doc_id="d", text=text, published=published, lang=lang), lang)
    return _sentences(text, lang, ctx), ctx
