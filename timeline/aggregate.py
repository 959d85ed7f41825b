"""Charts past what a reader can see point by point: one mark per key and month (median, range, count).

At 100,000 claims a chart of single marks is a cloud nobody can read and tens of megabytes to ship; a
monthly mark per series keeps the shape of the story, says how many reports it stands for and opens one
of them on click (the article view then shows the evidence).
"""
from __future__ import annotations

import pandas as pd

MAX_MARKS = 5000   # above this many marks a chart is drawn from monthly bins


def monthly_bins(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One row per key and calendar month of `x`: median value, lowest, highest, count and the first claim id
    (a click opens that report's article)."""
    month = rows["x"].to_numpy(dtype="datetime64[ns]").astype("datetime64[M]").astype("datetime64[ns]")
    g = rows[keys + ["value", "claim_id"]].assign(month=month).groupby(keys + ["month"], sort=True, observed=True)
    out = g.agg(value=("value", "median"), lo=("value", "min"), hi=("value", "max"), n=("value", "size"),
                claim_id=("claim_id", "first")).reset_index()
    out["x"] = out["month"] + pd.Timedelta(days=14)
    return out
