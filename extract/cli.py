"""`python -m extract PATHS... -o OUT`: extract claims from documents into the claims table."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from extract.documents import DEFAULT_MAX_BYTES
from extract.runner import run


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: inputs, output and run options."""
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract dated claims about foreign troop presence from news documents "
                    "(.txt, .html, .jsonl, .csv; folders are read recursively, with their manifest.csv).",
        epilog="Exit status: 0 all inputs read, 1 some inputs skipped, 2 nothing could be read.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of documents")
    parser.add_argument("-o", "--out", required=True,
                        help="claims table to write (CSV; Parquet when the name ends in .parquet)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 2**20,
                        help="skip files larger than this many MB (default %(default)g)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    args = parser.parse_args(argv)
    if args.jobs < 1 or args.max_mb <= 0:
        parser.error("--jobs and --max-mb must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the extraction; return the exit status (see --help)."""
    args = parse_args(argv)
    try:
        summary = run(args.paths, args.out, jobs=args.jobs, max_mb=args.max_mb, progress=not args.quiet)
    except KeyboardInterrupt:
        print(f"\ninterrupted: {args.out} left unchanged", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary.report())
    return summary.exit_code
