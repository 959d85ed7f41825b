"""The timeline views in one place: troop levels, bases, deadlines, and the claims display table."""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import common as c
from .bases import bases_figure
from .deadlines import deadlines_figure, deadlines_frame
from .display import date_at_precision, label_series, plain_series
from .load import actor_label, base_label, country_label
from .troops import troops_figure

__all__ = ["troops_figure", "bases_figure", "deadlines_frame", "deadlines_figure", "claims_frame",
           "CHARTS"]

CHARTS = {"troops": troops_figure, "bases": bases_figure, "deadlines": deadlines_figure}

CLAIMS_FRAME_COLUMNS = [
    "review", "date", "actor", "country", "base", "claim_type", "value", "status", "evidence", "date_precision",
    "date_source", "doc_id", "title", "published", "attributed_to", "claim_id",
]


def claims_frame(df: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The display table: one row per claim, codes as labels, value with its qualifier, how it was dated."""
    lbl = lambda col, section: df[col].map(  # noqa: E731
        {k: v.get(lang, v["en"]) for k, v in c.load_labels()[section].items()}).fillna(df[col])
    out = pd.DataFrame({
        "review": (label_series(df["review"], "reviews", lang) if "review" in df.columns
                   else pd.Series("", index=df.index, dtype=object)),
        "date": date_at_precision(df["date"], df["date_precision"]),
        "date_precision": lbl("date_precision", "precisions").where(df["date_precision"] != "", ""),
        "date_source": lbl("date_source", "date_sources"),
        "actor": df["actor"].map({a: actor_label(a, lang) for a in df["actor"].unique()}),
        "country": df["country"].map({k: country_label(k, lang) for k in df["country"].unique()}),
        "base": df["base"].map({b: base_label(b, lang) for b in df["base"].unique()}),
        "claim_type": lbl("claim_type", "claim_types"),
        "value": c.value_text(df, lang),
        "status": lbl("status", "statuses"),
        "evidence": plain_series(df["evidence"]),
        "doc_id": df["doc_id"],
        "title": plain_series(df["title"]),
        "published": df["published"],
        "attributed_to": plain_series(df["attributed_to"]),
        "claim_id": df["claim_id"],
    }, index=df.index, columns=CLAIMS_FRAME_COLUMNS)
    order = np.lexsort((df["claim_id"].to_numpy(), c.placed_dates(df).to_numpy()))
    return out.iloc[order].reset_index(drop=True).astype(object).fillna("")


def claims_frame_headers(lang: str = "en") -> dict[str, str]:
    """Localized column headers for `claims_frame` (stable keys -> labels.yaml field names)."""
    names = {"doc_id": "doc", "claim_type": "claim_type"}
    return {col: c.tr(names.get(col, col), lang, "fields") for col in CLAIMS_FRAME_COLUMNS}
