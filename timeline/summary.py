"""`python -m timeline.summary CLAIMS.csv`: how many claims, observations, conflicts, presence intervals and
commitments (by outcome) a claims table gives — the story's size at a glance, and a check on consolidation."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pandas as pd

from extract.table import load_claims

from .commitments import commitment_status
from .conflicts import find_conflicts
from .consolidate import observations, plateaus
from .intervals import presence_intervals


def summarise_table(df: pd.DataFrame) -> dict[str, int | dict[str, int]]:
    """Counts of everything the timeline derives from a claims table."""
    outcomes = commitment_status(df)
    return {
        "documents": int(df["doc_id"].nunique()),
        "claims": len(df),
        "observations": len(observations(df)),
        "plateaus": len(plateaus(df)),
        "conflicts": len(find_conflicts(df)),
        "presence_intervals": len(presence_intervals(df)),
        "commitments": {str(k): int(v) for k, v in outcomes["outcome"].value_counts().items()} if len(outcomes) else {},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.summary", description=__doc__)
    parser.add_argument("claims", nargs="+", help="claims tables (CSV or Parquet); several are combined")
    args = parser.parse_args(argv)
    df = pd.concat([load_claims(path) for path in args.claims], ignore_index=True)
    for key, value in summarise_table(df).items():
        print(f"{key:>20}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
