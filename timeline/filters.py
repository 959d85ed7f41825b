"""Filtering the claims table, the choices a filter UI offers, and filters as URL query state."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

# Filter field -> claims column it matches (an empty tuple means "all").
FIELD_COLUMNS = {
    "actors": "actor", "countries": "country", "claim_types": "claim_type",
    "statuses": "status", "docs": "doc_id",
}


@dataclass(frozen=True)
class Filters:
    """What the user selected; empty tuples and None dates select everything."""

    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    claim_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def to_query(self) -> dict[str, str | list[str]]:
        """Non-empty fields as URL query parameters (lists for choices, ISO strings for dates)."""
        query: dict[str, str | list[str]] = {}
        for name in FIELD_COLUMNS:
            if getattr(self, name):
                query[name] = list(getattr(self, name))
        for name in ("date_from", "date_to"):
            if getattr(self, name) is not None:
                query[name] = getattr(self, name).isoformat()
        return query

    @classmethod
    def from_query(cls, mapping: Mapping) -> Filters:
        """Inverse of `to_query`; accepts plain dicts and Streamlit's st.query_params; ignores bad values."""
        values: dict = {}
        for name in FIELD_COLUMNS:
            items = _query_list(mapping, name)
            if items:
                values[name] = tuple(items)
        for name in ("date_from", "date_to"):
            parsed = _query_date(mapping, name)
            if parsed is not None:
                values[name] = parsed
        return cls(**values)


def _query_list(mapping: Mapping, key: str) -> list[str]:
    """All values of a query key: repeated keys, lists, or one comma-separated string."""
    if key not in mapping:
        return []
    get_all = getattr(mapping, "get_all", None)
    raw = get_all(key) if callable(get_all) else mapping[key]
    items = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    for item in items:
        out.extend(part.strip() for part in str(item).split(",") if part.strip())
    return list(dict.fromkeys(out))


def _query_date(mapping: Mapping, key: str) -> date | None:
    """A query value as a date, or None when missing or not ISO."""
    items = _query_list(mapping, key)
    if not items:
        return None
    try:
        return date.fromisoformat(items[-1])
    except ValueError:
        return None


def effective_date(df: pd.DataFrame) -> pd.Series:
    """The claim's date, else its publication date (how undated claims are placed in time)."""
    return df["date_dt"].fillna(df["published_dt"])


def apply_filters(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Rows matching every selected field; a date bound compares the claim's date, else its publication date.

    With a date bound set, rows with neither a date nor a publication date are left out.
    """
    return df[filter_mask(df, f)]


def filter_mask(df: pd.DataFrame, f: Filters) -> pd.Series:
    """Which rows apply_filters keeps (a boolean Series on df's index): counting needs no copy of the rows."""
    mask = pd.Series(True, index=df.index)
    for name, column in FIELD_COLUMNS.items():
        chosen = getattr(f, name)
        if chosen:
            mask &= df[column].isin(chosen)
    if f.date_from is not None or f.date_to is not None:
        when = effective_date(df)
        if f.date_from is not None:
            mask &= when >= pd.Timestamp(f.date_from)
        if f.date_to is not None:
            mask &= when <= pd.Timestamp(f.date_to)
    return mask


def filter_options(df: pd.DataFrame) -> dict[str, list[str]]:
    """Sorted distinct non-empty values for each choice field, plus 'date_range' [min, max] as ISO strings."""
    options = {name: sorted(v for v in df[col].unique() if v) for name, col in FIELD_COLUMNS.items()}
    when = effective_date(df).dropna()
    options["date_range"] = [] if when.empty else [when.min().date().isoformat(), when.max().date().isoformat()]
    return options


