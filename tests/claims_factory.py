"""Tiny hand-made claims tables for the timeline analysis tests (schema columns, sensible defaults)."""
from __future__ import annotations

from itertools import count

import pandas as pd

from extract.table import typed_claims

_ids = count(1)
DEFAULTS = dict(
    claim_type="troop_count", actor="USA", country="IRQ", base="", value=None, value_min=None,
    value_max=None, qualifier="exact", date="2024-09-10", date_precision="day", date_source="text",
    status="reported", published="2024-09-12", lang="ar", evidence="", source="", lat=None, lon=None,
)


def claim(**kw) -> dict:
    """One claim row: defaults overridden by `kw`; a fresh claim_id/doc_id unless given."""
    n = next(_ids)
    row = {**DEFAULTS, "claim_id": f"c{n}", "doc_id": f"doc{n}", "source": f"outlet{n}", **kw}
    if row["value"] is None and row["claim_type"] in ("presence", "deadline", "withdrawal", "deployment"):
        row["qualifier"] = kw.get("qualifier", "")
    return row


def frame(*rows: dict) -> pd.DataFrame:
    """A typed claims DataFrame (as load_claims returns) from claim rows."""
    df = pd.DataFrame(list(rows))
    for col in ("value", "value_min", "value_max", "lat", "lon"):
        df[col] = df[col].astype("float64")
    return typed_claims(df.astype({c: str for c in df.columns if c not in ("value", "value_min", "value_max",
                                                                         "lat", "lon")}))
