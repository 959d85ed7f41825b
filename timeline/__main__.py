"""`python -m timeline export ...`: write one chart of the claims table as PNG, SVG or PDF."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .export import FORMATS, export_status, image_bytes
from .figures import CHARTS
from .filters import Filters, apply_filters
from .load import load_claims


def chart_builders() -> dict:
    """Chart name -> figure function; 'map' only when timeline/mapview.py is present."""
    builders = dict(CHARTS)
    try:
        from .mapview import map_figure
    except ImportError:
        return builders
    builders["map"] = lambda df, today=None, lang="en": map_figure(df, lang=lang)
    return builders


def build_parser() -> argparse.ArgumentParser:
    """The CLI: one `export` subcommand."""
    parser = argparse.ArgumentParser(prog="python -m timeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write one chart as an image file")
    ex.add_argument("--claims", default="data/claims.csv", help="claims CSV or Parquet")
    ex.add_argument("--chart", required=True, choices=sorted(chart_builders()))
    ex.add_argument("--actor", action="append", default=[], help="actor code; repeat for several")
    ex.add_argument("--country", action="append", default=[], help="country code; repeat for several")
    ex.add_argument("--format", choices=FORMATS, help="default: from --out's extension, else png")
    ex.add_argument("--lang", choices=("en", "ar"), default="en")
    ex.add_argument("--today", type=date.fromisoformat, default=None, help="reference day (YYYY-MM-DD)")
    ex.add_argument("--width", type=int, default=1200)
    ex.add_argument("--height", type=int, default=650)
    ex.add_argument("--out", required=True, type=Path)
    return parser


def export(args: argparse.Namespace) -> int:
    """Load, filter, build the chart and write the file; 0 on success, 2 on a user-fixable problem."""
    suffix = args.out.suffix.lstrip(".").lower()
    fmt = args.format or (suffix if suffix in FORMATS else "png")
    if not Path(args.claims).exists():
        print(f"error: claims file not found: {args.claims}", file=sys.stderr)
        return 2
    ok, why = export_status()
    if not ok:
        print(f"error: {why}", file=sys.stderr)
        return 2
    df = apply_filters(load_claims(args.claims), Filters(actors=tuple(args.actor), countries=tuple(args.country)))
    fig = chart_builders()[args.chart](df, today=args.today, lang=args.lang)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(image_bytes(fig, fmt, width=args.width, height=args.height))
    print(f"wrote {args.out} ({fmt}, {len(df)} claims)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m timeline`."""
    args = build_parser().parse_args(argv)
    return export(args)


if __name__ == "__main__":
    sys.exit(main())
