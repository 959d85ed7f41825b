"""What each dashboard view computes from a selection of the claims table (no Streamlit here).

A `Selection` names a table version, its reviews version, the filters and whether claims marked wrong are
shown; it is small and hashable, so the dashboard caches the selected frame and everything derived from it
once per server under that key (every session shares the objects; nothing is copied per session).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from . import commitments, conflicts, consolidate, export, figures, mapview, troops
from .aggregate import MAX_MARKS
from .display import date_at_precision, label_series, plain, search_claims, value_text
from .filters import Filters, apply_filters, effective_date, filter_options
from .load import actor_label, base_label, country_label
from .reviews import apply_reviews, current_verdicts, read_reviews, reviews_path
from .store import version


def file_stamp(path: Path) -> tuple:
    """A version key of a table file or dataset directory (timeline.store.version); (0, 0, 0) when missing."""
    return version(path) if path.exists() else (0, 0, 0)


@dataclass(frozen=True)
class Selection:
    """A version of the table and its reviews, and what the user selected from it."""

    path: str
    stamp: tuple
    reviews_stamp: tuple
    filters: Filters = field(default_factory=Filters)
    show_hidden: bool = False

    @classmethod
    def of(cls, path: str | Path) -> Selection:
        """Everything in the table at `path`, as it is on disk now."""
        path = Path(path)
        return cls(str(path), file_stamp(path), file_stamp(reviews_path(path)))

    def without_filters(self) -> Selection:
        """The same table with no filter (claims marked wrong still hidden unless shown)."""
        return replace(self, filters=Filters())

    def with_hidden(self) -> Selection:
        """The same selection including claims marked wrong."""
        return replace(self, show_hidden=True)

    def with_(self, **changes: object) -> Selection:
        """A copy with some fields changed."""
        return replace(self, **changes)


def select(table: pd.DataFrame, verdicts: pd.DataFrame, filters: Filters, show_hidden: bool) -> pd.DataFrame:
    """The reviewed (claims marked wrong left out unless shown), filtered claims."""
    return apply_filters(apply_reviews(table, verdicts, show_hidden), filters)


def load_verdicts(claims_path: str | Path) -> pd.DataFrame:
    """The current verdict per claim for the table at `claims_path`."""
    return current_verdicts(read_reviews(reviews_path(claims_path)))


def troops_view(df: pd.DataFrame, lang: str, log_y: bool, grouped: bool, colors: dict[str, str],
                today: date | None = None) -> tuple[object, int, int]:
    """(figure, repeated reports folded into their statement, conflicting pairs marked).

    Past MAX_MARKS marks the chart is drawn from monthly bins, which fold repeats themselves: consolidation
    and conflict marks are then left to the Conflicts tab.
    """
    if troops.n_marks(df) > MAX_MARKS:
        return troops.troops_figure(df, today=today, lang=lang, log_y=log_y, colors=colors), 0, 0
    drawn = consolidate.representatives(df) if grouped else df
    found = conflicts.find_conflicts(df)
    fig = troops.troops_figure(drawn, today=today, lang=lang, log_y=log_y, colors=colors)
    fig = conflicts.add_conflict_marks(fig, found, lang=lang) if fig.data else fig
    return fig, max(len(df) - len(drawn), 0), len(found)


MAX_COMPARED = 200_000   # reported troop counts compared for conflicts at most (narrow the filters past that)


def comparable(df: pd.DataFrame) -> bool:
    """Whether the frame has few enough reported troop counts to look for conflicts interactively."""
    return int(((df["claim_type"] == "troop_count") & (df["status"] == "reported")).sum()) <= MAX_COMPARED


def date_span(df: pd.DataFrame) -> tuple[date | None, date | None]:
    """First and last day any claim is placed at."""
    when = effective_date(df).dropna()
    return (None, None) if when.empty else (when.min().date(), when.max().date())


EVIDENCE_SHOWN = 90   # characters of evidence in a table cell: a cell shows a sentence's start in either script


def short_evidence(frame: pd.DataFrame) -> pd.DataFrame:
    """The display table with evidence cut to its start (a canvas cell would clip an Arabic sentence's start)."""
    cut = frame["evidence"].str.len() > EVIDENCE_SHOWN
    short = frame["evidence"].str.slice(0, EVIDENCE_SHOWN).str.rsplit(" ", n=1).str[0] + " …"
    return frame.assign(evidence=frame["evidence"].where(~cut, short))


def claims_display(df: pd.DataFrame, lang: str, query: str, limit: int | None = None) -> pd.DataFrame:
    """The claims table as shown: searched, the first `limit` by date, labels instead of codes, evidence
    from its start (labels are made only for the rows shown)."""
    found = search_claims(df, query)
    if limit is not None and len(found) > limit:
        order = np.lexsort((found["claim_id"].to_numpy(), effective_date(found).to_numpy()))
        found = found.iloc[np.sort(order[:limit])]
    return short_evidence(figures.claims_frame(found, lang=lang))


def commitments_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """commitment_status with names instead of codes and dates at their precision (stable column keys)."""
    return pd.DataFrame({
        "outcome": label_series(table["outcome"], "outcomes", lang),
        "claim_type": label_series(table["claim_type"], "claim_types", lang),
        "actor": table["actor"].map(lambda a: actor_label(a, lang)),
        "country": table["country"].map(lambda c: country_label(c, lang)),
        "base": table["base"].map(lambda b: base_label(b, lang)),
        "value": value_text(table, lang),
        "date": date_at_precision(table["date"].astype(str), table["date_precision"]),
        "status": label_series(table["status"], "statuses", lang),
        "made": pd.to_datetime(table["made"]).dt.strftime("%Y-%m-%d").fillna(""),
        "evidence": table["evidence"].map(plain),
        "outcome_date": table["outcome_date"],
        "evidence_text": table["evidence_text"].map(plain),
        "evidence_doc_id": table["evidence_doc_id"],
        "overdue": table["overdue"].astype(bool),
    }).reset_index(drop=True)


def doc_names(df: pd.DataFrame, limit: int) -> dict[str, str]:
    """The `limit` documents with most claims: doc_id -> 'doc_id · title' (for the document filter)."""
    top = df["doc_id"].value_counts().head(limit).index
    first = df[df["doc_id"].isin(top)].drop_duplicates("doc_id").set_index("doc_id")["title"]
    return {d: (f"{d} · {first[d][:60]}" if first.get(d) else d) for d in sorted(top)}


def compute(kind: str, df: pd.DataFrame, *args: object) -> object:
    """One derived object of a selected frame, by name (the dashboard caches each under its Selection)."""
    builders = {
        "troops": lambda lang, log_y, grouped, colors: troops_view(df, lang, log_y, grouped, colors),
        "bases": lambda lang: figures.bases_figure(df, lang=lang),
        "map": lambda lang, on_date: mapview.map_figure(df, on_date=on_date, lang=lang),
        "deadlines": lambda lang: figures.deadlines_figure(df, lang=lang),
        "commitments_display": lambda lang: (commitments_display(commitments.commitment_status(df), lang)
                                             if commitments.judgeable(df) else None),
        "conflicts": lambda: conflicts.find_conflicts(df) if comparable(df) else None,
        "conflicts_frame": lambda lang: conflicts.conflicts_frame(conflicts.find_conflicts(df), lang=lang),
        "claims_frame": lambda lang, query, limit: (claims_display(df, lang, query, limit),
                                                    len(search_claims(df, query))),
        "by_id": lambda: df.drop_duplicates("claim_id").set_index("claim_id"),
        "doc_ids": lambda: frozenset(df["doc_id"]),
        "doc_names": lambda limit: doc_names(df, limit),
        "date_span": lambda: date_span(df),
        "years": lambda: export.year_span(df),
        "options": lambda: filter_options(df),
        "log_default": lambda: troops.suggest_log_scale(df),
        "series_colors": lambda: troops.series_colors(df),
    }
    return builders[kind](*args)
