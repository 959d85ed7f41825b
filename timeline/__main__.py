"""`python -m timeline export ...`: one chart of the claims table as PNG, SVG or PDF, or the filtered claims as CSV."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from .export import FORMATS, csv_bytes, export_status, publishable_image
from .figures import CHARTS
from .filters import Filters
from .mapview import map_figure
from .reviews import apply_reviews
from .store import open_claims
from .troops import series_colors
from .views import load_verdicts, troops_view


def troops_with_conflicts(df: pd.DataFrame, today: date | None = None, lang: str = "en",
                          log_y: bool = False) -> go.Figure:
    """The troop-levels chart as the dashboard draws it: repeats grouped, conflicts marked, table colours."""
    return troops_view(df, lang, log_y, True, series_colors(df), today=today)[0]


def _plain(make):
    """A figure function taking (df, today, lang) that ignores the options other charts use."""
    def build(df: pd.DataFrame, today: date | None = None, lang: str = "en", **_: object) -> go.Figure:
        return make(df, today=today, lang=lang)
    return build


def _map(df: pd.DataFrame, today: date | None = None, lang: str = "en", on_date: date | None = None,
         **_: object) -> go.Figure:
    """The map as of `on_date` (every base's latest state without one)."""
    return map_figure(df, on_date=on_date, lang=lang)


def chart_builders() -> dict:
    """Chart name -> figure function(df, today, lang, **options)."""
    builders = {name: _plain(make) for name, make in CHARTS.items()}
    builders["troops"] = lambda df, today=None, lang="en", log_y=False, **_: troops_with_conflicts(  # noqa: E731
        df, today=today, lang=lang, log_y=log_y)
    builders["map"] = _map
    return builders


def build_parser() -> argparse.ArgumentParser:
    """The CLI: one `export` subcommand."""
    parser = argparse.ArgumentParser(prog="python -m timeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write one chart as an image file, or the filtered claims as CSV")
    ex.add_argument("--claims", default="data/claims.csv", help="claims CSV, Parquet file or dataset directory")
    ex.add_argument("--chart", choices=sorted(chart_builders()), help="required unless --format csv")
    ex.add_argument("--actor", action="append", default=[], help="actor code; repeat for several")
    ex.add_argument("--country", action="append", default=[], help="country code; repeat for several")
    ex.add_argument("--format", choices=FORMATS + ("csv",), help="default: from --out's extension, else png")
    ex.add_argument("--lang", choices=("en", "ar"), default="en")
    ex.add_argument("--today", type=date.fromisoformat, default=None, help="reference day (YYYY-MM-DD)")
    ex.add_argument("--date", type=date.fromisoformat, default=None,
                    help="map only: the bases held on this day (YYYY-MM-DD); default: every base's latest state")
    ex.add_argument("--log-y", action="store_true", help="troops only: personnel on a log scale")
    ex.add_argument("--width", type=int, default=1200)
    ex.add_argument("--height", type=int, default=None, help="default: the chart's own height (650 for the map)")
    ex.add_argument("--link", default="", help="the dashboard view the chart comes from, printed under its title")
    ex.add_argument("--out", required=True, type=Path)
    return parser


def export(args: argparse.Namespace) -> int:
    """Load, filter, build the chart (or the CSV) and write the file; 0 on success, 2 on a user-fixable problem."""
    suffix = args.out.suffix.lstrip(".").lower()
    fmt = args.format or (suffix if suffix in FORMATS + ("csv",) else "png")
    if not Path(args.claims).exists():
        print(f"error: claims file not found: {args.claims}", file=sys.stderr)
        return 2
    if fmt != "csv" and args.chart is None:
        print("error: --chart is required for an image", file=sys.stderr)
        return 2
    ok, why = export_status()
    if fmt != "csv" and not ok:
        print(f"error: {why}", file=sys.stderr)
        return 2
    store = open_claims(args.claims)
    filters = Filters(actors=tuple(args.actor), countries=tuple(args.country))
    df = apply_reviews(store.query(filters), load_verdicts(args.claims))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":   # the dashboard's CSV download: clean CSV, formula-safe cells
        args.out.write_bytes(csv_bytes(df))
    else:
        args.out.write_bytes(publishable_image(_chart(args, store, df), fmt, df, filters, args.lang, args.link,
                                               width=args.width, height=args.height))
    print(f"wrote {args.out} ({fmt}, {len(df)} claims)")
    return 0


def _chart(args: argparse.Namespace, store: object, df: pd.DataFrame) -> go.Figure:
    """The chart asked for; troop series in the colours they have for the whole table, as in the dashboard."""
    if args.chart == "troops":
        keys = store.query(columns=["actor", "country", "base", "claim_type"])
        return troops_view(df, args.lang, args.log_y, True, series_colors(keys), today=args.today)[0]
    return chart_builders()[args.chart](df, today=args.today, lang=args.lang, on_date=args.date)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m timeline`."""
    args = build_parser().parse_args(argv)
    return export(args)


if __name__ == "__main__":
    sys.exit(main())
