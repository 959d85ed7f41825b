"""The claims table: its columns, building a DataFrame from claim rows, and atomic writing."""
from __future__ import annotations

# The schema's columns (docs/claims-schema.md), in order, then the columns this project adds.
SCHEMA_COLUMNS = [
    "claim_id", "doc_id", "published", "lang", "claim_type", "actor", "country", "base",
    "value", "value_min", "value_max", "qualifier", "date", "date_precision", "date_source",
    "status", "attributed_to", "evidence", "start", "end",
]
EXTRA_COLUMNS = ["title", "source", "url", "source_file", "published_from", "lat", "lon"]
COLUMNS = SCHEMA_COLUMNS + EXTRA_COLUMNS
