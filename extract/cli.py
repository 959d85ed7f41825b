"""`python -m extract PATHS... -o OUT`: extract claims from documents into the claims table."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from extract.documents import DEFAULT_MAX_BYTES
from extract.runner import Summary, run
from extract.table import is_dataset


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: inputs, output and run options."""
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract dated claims about foreign troop presence from news documents "
                    "(.txt, .html, .jsonl, .jsonl.gz, .csv; folders are read recursively, with their manifest.csv; "
                    "a quoted glob such as 'crawl/*.jsonl.gz' is expanded).",
        epilog="Exit status: 0 all inputs read, 1 some inputs skipped, 2 nothing could be read.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs of documents")
    parser.add_argument("-o", "--out", required=True,
                        help="claims table to write: CSV, Parquet when the name ends in .parquet, a Parquet "
                             "dataset (DIR/year=YYYY/<shard>.parquet, resumable) when it is a directory")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="local: this machine's processes (default); dask: a Dask cluster, into a dataset")
    parser.add_argument("--scheduler", metavar="tcp://HOST:8786",
                        help="the Dask scheduler to use (default: start a local cluster)")
    parser.add_argument("--jobs", type=int, help="worker processes (default 1; with --engine dask, the cores)")
    parser.add_argument("--shard-files", type=int, default=1000,
                        help="single-article files (.txt, .html) per dataset shard (default %(default)d)")
    parser.add_argument("--prefilter", action="store_true",
                        help="skip articles with no troop word near a place or actor, before extraction")
    parser.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 2**20,
                        help="skip files (or JSON Lines lines) larger than this many MB (default %(default)g)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    args = parser.parse_args(argv)
    if (args.jobs is not None and args.jobs < 1) or args.max_mb <= 0 or args.shard_files < 1:
        parser.error("--jobs, --shard-files and --max-mb must be positive")
    args.dataset = is_dataset(args.out)
    if args.engine == "dask" and not args.dataset:
        parser.error("--engine dask writes a Parquet dataset: give a directory, e.g. -o claims/")
    if args.scheduler and args.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    if args.jobs is None:
        args.jobs = (os.cpu_count() or 1) if args.engine == "dask" else 1
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the extraction; return the exit status (see --help)."""
    args = parse_args(argv)
    try:
        summary = _extract(args)
    except KeyboardInterrupt:
        kept = "the shards written so far are kept" if args.dataset else f"{args.out} left unchanged"
        print(f"\ninterrupted: {kept}", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary.report())
    return summary.exit_code


def _extract(args: argparse.Namespace) -> Summary:
    """One table with the local engine, or a dataset shard by shard (local processes or Dask)."""
    progress = not args.quiet
    if not args.dataset:
        return run(args.paths, args.out, jobs=args.jobs, max_mb=args.max_mb, progress=progress,
                   prefilter=args.prefilter)
    from extract.shards import local_mapper, run_dataset

    options = {"max_mb": args.max_mb, "files_per_shard": args.shard_files, "prefilter": args.prefilter,
               "progress": progress}
    if args.engine == "local":
        return run_dataset(args.paths, args.out, local_mapper(args.jobs), **options)
    from extract.dask_engine import client_mapper, dask_client

    with dask_client(args.scheduler, args.jobs) as client:
        return run_dataset(args.paths, args.out, client_mapper(client), **options)
