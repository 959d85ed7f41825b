"""Test helper: small typed claims tables built from a few keyword rows."""
from __future__ import annotations

import pandas as pd

from extract.table import typed_claims

DEFAULTS = {
    "doc_id": "t1", "published": "2024-05-01", "lang": "en", "claim_type": "troop_count", "actor": "USA",
    "country": "IRQ", "base": "", "qualifier": "exact", "date": "2024-05-01", "date_precision": "day",
    "date_source": "text", "status": "reported", "evidence": "US forces number 2,500.", "source": "Test Wire",
    "title": "A test article",
}


def claims(*rows: dict) -> pd.DataFrame:
    """Typed claims frame; each row overrides DEFAULTS; claim_id is numbered automatically."""
    full = [{**DEFAULTS, "claim_id": f"c{i}", **row} for i, row in enumerate(rows)]
    return typed_claims(pd.DataFrame(full, dtype=object))
