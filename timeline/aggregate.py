"""Charts past what a reader can see point by point: one mark per key and month (median, range, count).

At 100,000 claims a chart of single marks is a cloud nobody can read and tens of megabytes to ship; a
monthly mark per series keeps the shape of the story, says how many reports it stands for and opens one
of them on click (the article view then shows the evidence).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

MAX_MARKS = 5000   # above this many marks a chart is drawn from monthly bins


def monthly_bins(pts: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One row per key and calendar month of `x`: median value, lowest, highest, count, a claim id.

    The claim id is the report nearest the median, so a click opens a representative article.
    """
    if pts.empty:
        return pts.assign(month=pd.Series(dtype="datetime64[ns]"), lo=np.nan, hi=np.nan, n=0)
    month = pts["x"].to_numpy(dtype="datetime64[ns]").astype("datetime64[M]").astype("datetime64[ns]")
    frame = pts[keys + ["value", "claim_id"]].assign(month=month)
    g = frame.groupby(keys + ["month"], sort=True, observed=True)["value"]
    stats = g.agg(value="median", lo="min", hi="max", n="size").reset_index()
    frame = frame.merge(stats[keys + ["month", "value"]].rename(columns={"value": "median"}), on=keys + ["month"])
    frame["gap"] = (frame["value"] - frame["median"]).abs()
    nearest = frame.sort_values("gap", kind="stable").drop_duplicates(keys + ["month"])[keys + ["month", "claim_id"]]
    out = stats.merge(nearest, on=keys + ["month"])
    out["x"] = out["month"] + pd.Timedelta(days=14)
    return out.sort_values(keys + ["month"], kind="stable").reset_index(drop=True)
