"""`python -m extract.bench_long`: time and peak memory of `python -m extract` on very long documents.

Two files are generated (issue 9's cases): a 50 MB text of news articles glued together, run with
`--max-mb 60`, and a 5.6 MB file of nothing but number words (Arabic and English, from numbers.yaml).
Each is extracted by the command line in a child process (peak memory is its own), window by window
as now, and, as the baseline in the same run, in one piece as before (`extract.windows` switched off),
on prefixes of growing size (and on the whole file with `--baseline-full`, within `--limit` seconds):
time per MB that stays flat is linear time.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import yaml

from extract.bench import synthetic_documents
from extract.rulefile import data_path

ROOT = Path(__file__).resolve().parent.parent
NUMBER_WORD_KINDS = ("numbers", "hundreds", "scales", "counted_scales", "duals", "fractions")
CASES = {"news": 50.0, "number-words": 5.6}   # name -> MB
PREFIXES_MB = (0.5, 1.0, 2.0)


def write_news(path: Path, mb: float) -> None:
    """Synthetic articles (extract.bench) one after another, blank line between them, up to `mb` MB."""
    limit, size = int(mb * 2**20), 0
    with path.open("w", encoding="utf-8") as out:
        for doc in synthetic_documents(10**9):
            chunk = (doc.text + "\n\n").encode("utf-8")
            if size + len(chunk) > limit:
                break
            out.write(chunk.decode("utf-8"))
            size += len(chunk)


def write_number_words(path: Path, mb: float, seed: int = 0) -> None:
    """Random number words of every language in numbers.yaml, a line break every ~20 words."""
    rules = yaml.safe_load(data_path("rules", "numbers.yaml").read_text(encoding="utf-8"))["words"]
    words = sorted({str(w) for kind in NUMBER_WORD_KINDS for w in (rules.get(kind) or {})})
    rng = random.Random(seed)
    limit, size = int(mb * 2**20), 0
    with path.open("w", encoding="utf-8") as out:
        while size < limit:
            line = " ".join(rng.choice(words) for _ in range(rng.randint(5, 35))) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))


def prefix(source: Path, target: Path, mb: float) -> None:
    """The first `mb` MB of `source`, cut at a line end."""
    data = source.read_bytes()[: int(mb * 2**20)]
    target.write_bytes(data[: data.rfind(b"\n") + 1])


def run_cli(path: Path, whole: bool, limit: float) -> dict:
    """`python -m extract PATH` in a child: wall seconds, peak RSS (MB), finished or stopped at `limit`."""
    out = path.with_suffix(".claims.csv")
    command = [sys.executable, "-m", "extract.bench_long", "--child-whole"] if whole else [sys.executable, "-m",
                                                                                           "extract"]
    command += [str(path), "-o", str(out), "--max-mb", "60", "--quiet"]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_kb = 0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return {"seconds": time.perf_counter() - started, "peak_mb": usage.ru_maxrss / 1024, "done": True,
                    "code": child.returncode}
        peak_kb = max(peak_kb, _hwm_kb(child.pid))
        if time.perf_counter() - started > limit:
            child.kill()
            child.wait()
            return {"seconds": time.perf_counter() - started, "peak_mb": peak_kb / 1024, "done": False, "code": -9}
        time.sleep(0.2)


def _hwm_kb(pid: int) -> int:
    """Peak resident memory of a running process so far (VmHWM), in KB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _line(label: str, mb: float, m: dict, startup: float) -> str:
    """One measurement; s/MB leaves out the start-up time (imports, rules) measured on a one-line file."""
    if not m["done"]:
        return (f"  {label:<24} {mb:5.1f} MB: not finished after {m['seconds']:.0f} s "
                f"(peak so far {m['peak_mb']:.0f} MB)")
    return (f"  {label:<24} {mb:5.1f} MB: {m['seconds']:7.1f} s, {(m['seconds'] - startup) / mb:6.2f} s/MB, "
            f"peak {m['peak_mb']:5.0f} MB" + ("" if m["code"] in (0, 1) else f" (exit {m['code']})"))


def report(baseline_full: bool, limit: float) -> Iterator[str]:
    """Generate the files, time both ways, and describe the results line by line as they come."""
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "tiny.txt"
        tiny.write_text("Troops left.\n", encoding="utf-8")
        startup = run_cli(tiny, False, limit)
        yield f"start-up (a one-line file): {startup['seconds']:.1f} s, peak {startup['peak_mb']:.0f} MB"
        startup = startup["seconds"]
        for name, mb in CASES.items():
            path = Path(folder) / f"{name}.txt"
            (write_news if name == "news" else write_number_words)(path, mb)
            yield f"{name}: {path.stat().st_size / 2**20:.1f} MB"
            for size in PREFIXES_MB:
                part = Path(folder) / f"{name}-{size}.txt"
                prefix(path, part, size)
                yield _line("windows (now)", size, run_cli(part, False, limit), startup)
                yield _line("whole document (before)", size, run_cli(part, True, limit), startup)
            yield _line("windows (now)", mb, run_cli(path, False, limit), startup)
            if baseline_full:
                yield _line("whole document (before)", mb, run_cli(path, True, limit), startup)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child-whole"]:   # the baseline: the command line with windows switched off
        from extract import windows
        from extract.cli import main as cli

        windows.WINDOW_CHARS = 10**12
        return cli(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m extract.bench_long", description=__doc__.split("\n")[0])
    parser.add_argument("--baseline-full", action="store_true",
                        help="also run the whole-document baseline on the full files")
    parser.add_argument("--limit", type=float, default=600, help="stop a run after this many seconds")
    args = parser.parse_args(argv)
    for line in report(args.baseline_full, args.limit):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
