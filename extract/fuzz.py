"""`python -m extract.fuzz N [--seed S] [--jobs J]`: N generated hostile inputs through reading and extraction.

Each input is made, reproducibly from (seed, index) and the rule and gazetteer files, of fragments:
words of every rule file and gazetteer names of every language, number words, numbers (long digit
runs, Arabic-Indic and other decimal digits, digits that are not decimal such as ➂ ² ①, separators),
dates (real, impossible, numeric, Hijri), and characters that break naive code (mixed scripts, marks,
tatweel, bidi controls, zero-width joiners, controls, lone surrogates, letters whose lower case is
longer). It is read as an uploaded `.txt` and extracted (every tenth with small windows, so window cuts
are exercised). Counted as failures: any exception, and any claim whose evidence is not
`text[start:end]`. `--show I` prints input I.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from multiprocessing import Pool
from pathlib import Path

import yaml

from extract.rulefile import data_path

RULES = data_path("rules")
SMALL_WINDOW_SHARE = 0.1
PUBLISHED = ["", "", "2024", "2024-05", "2024-05-06", "2019-02-29", "1400", "2100-12-31", "last week", "٢٠٢٤-٠٥-٠٦"]
LANGS = ["", "ar", "en", "fr"]
SEPARATORS = [" "] * 12 + ["", "\n", "\n\n", ". ", "، ", "? ", "؟ ", "! ", ", ", "; ", ": ", " - ", "\t", "\r\n", "\r"]
PUNCTUATION = list('.,،؛;:!?؟"\'«»“”‘’()[]{}-–—/\\…·%$€£#@&*+=<>|~^_') + ["...", "..", ".\n", "U.S.", "Gen."]
DECIMAL_DIGITS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "０１２３４５６７８９",
                  "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"]
NON_DECIMAL_DIGITS = "①②③④⑤⑥⑦⑧⑨➀➁➂➃➄➅➆➇➈➉⓵⓶⓷⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃½¼¾ⅠⅡⅢⅣⅫ〇"
CHAR_RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x5FF),
    (0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0x900, 0x97F), (0x1E00, 0x1EFF), (0x2000, 0x206F),
    (0x2460, 0x24FF), (0x2700, 0x27BF), (0x3000, 0x303F), (0x4E00, 0x4E80), (0xE000, 0xE0FF),
    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFFF0, 0xFFFF), (0x1F300, 0x1F64F), (0x0, 0x1F),
]
SPECIAL = ["\u0640" * 3, "\u064b", "\u0651\u064e", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066",
           "\u2069", "\ufeff", "\u00a0", "\u00ad", "İ", "ß", "ﬁ", "ẞ", "ǅ", "\u0130stanbul", "ΐ", "\x00", "\x0b",
           "\x0c", "\x1c", "\u2028", "\u2029", "\ud83d", "\udc00"]


@cache
def vocabulary() -> list[str]:
    """Words and phrases of every rule file and every gazetteer name and alias, all languages."""
    words: set[str] = set()
    for path in sorted(RULES.glob("*.yaml")):
        _strings(yaml.safe_load(path.read_text(encoding="utf-8")), words)
    from extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for entries in (gazetteer.actors, gazetteer.countries, gazetteer.bases):
        for entry in entries.values():
            words.update(name for _, name in entry.names)
            words.add(entry.code)
    words.update(gazetteer.lexicon)
    cleaned = {re.sub(r"\s*\.\.\.\s*|\*", " ", w).strip() for w in words}
    return sorted(w for w in cleaned if w)


@cache
def month_names() -> list[str]:
    """Every Gregorian and Hijri month name of dates.yaml, all languages."""
    rules = yaml.safe_load((RULES / "dates.yaml").read_text(encoding="utf-8"))
    names: set[str] = set()
    _strings([rules.get("months", {}), rules.get("hijri_months", {})], names)
    return sorted(n for n in names if not n.isdigit() and n not in LANGS)


@cache
def number_words() -> list[str]:
    """Every number word of numbers.yaml (all languages), so they stay in the mix however big the gazetteer."""
    rules = yaml.safe_load((RULES / "numbers.yaml").read_text(encoding="utf-8"))
    words: set[str] = set()
    _strings(rules.get("words", {}), words)
    return sorted(w for w in words if not w.replace(".", "").isdigit())


def _strings(value: object, out: set[str]) -> None:
    """Every string (keys included) inside a YAML document."""
    if isinstance(value, dict):
        for key, item in value.items():
            out.add(str(key))
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        out.add(str(value))


def make_input(seed: int, index: int) -> tuple[str, str, str]:
    """(text, published, lang) of input `index`: the same for the same seed and index."""
    rng = random.Random(seed * 1_000_003 + index)
    count = rng.randint(200, 2000) if rng.random() < 0.01 else rng.randint(1, 60)
    parts = []
    for _ in range(count):
        parts.append(_fragment(rng))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts), rng.choice(PUBLISHED), rng.choice(LANGS)


def _fragment(rng: random.Random) -> str:
    """One piece of an input, of a kind drawn by weight."""
    kind = rng.random()
    if kind < 0.32:
        return rng.choice(vocabulary())
    if kind < 0.40:
        return " ".join(rng.choice(number_words()) for _ in range(rng.randint(1, 4)))
    if kind < 0.60:
        return _number(rng)
    if kind < 0.72:
        return _date(rng)
    if kind < 0.82:
        return rng.choice(PUNCTUATION)
    if kind < 0.90:
        return rng.choice(SPECIAL)
    return "".join(chr(rng.randint(*rng.choice(CHAR_RANGES))) for _ in range(rng.randint(1, 12)))


def _number(rng: random.Random) -> str:
    """Digits: ordinary, grouped, decimal, huge, in other scripts, mixed with digits int() refuses."""
    roll = rng.random()
    if roll < 0.08:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(300, 500)))   # past float range
    if roll < 0.15:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(15, 40)))
    digits = rng.choice(DECIMAL_DIGITS) if rng.random() < 0.4 else "0123456789"
    n = str(rng.choice([rng.randint(0, 99), rng.randint(100, 99_999), rng.randint(1900, 2100)]))
    if rng.random() < 0.3:
        n = f"{int(n):,}".replace(",", rng.choice([",", ".", "٬", " "]))
    if rng.random() < 0.2:
        n += rng.choice([".", ","]) + str(rng.randint(0, 99))
    n = "".join(digits[int(c)] if c.isdigit() else c for c in n)
    if rng.random() < 0.2:
        pos = rng.randrange(len(n) + 1)
        n = n[:pos] + rng.choice(NON_DECIMAL_DIGITS) + n[pos:]
    return n


def _date(rng: random.Random) -> str:
    """A date-like string: day month year in words of the rule files, numeric, impossible, Hijri."""
    day, month, year = rng.randint(0, 35), rng.randint(0, 14), rng.randint(1300, 2200)
    word = rng.choice(month_names() if rng.random() < 0.7 else vocabulary())
    return rng.choice([f"{day} {word} {year}", f"{word} {day}, {year}", f"{year}-{month:02d}-{day:02d}",
                       f"{day}/{month}/{year}", f"{month}.{day}.{year % 100}", f"{day} {word} {year} هـ",
                       f"{word} {year}", str(year), f"{year}s", f"20{rng.choice(NON_DECIMAL_DIGITS)}5"])


@dataclass
class Tally:
    """What a fuzz run found."""

    inputs: int = 0
    documents: int = 0
    claims: int = 0
    exceptions: int = 0
    mismatches: int = 0
    unreadable: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("inputs", "documents", "claims", "exceptions", "mismatches"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.unreadable.update(other.unreadable)
        self.examples += other.examples[: max(0, 20 - len(self.examples))]


_GENERIC_FAILURE = re.compile(r"(?:^|: )cannot read: \w+: ")   # how the readers report an exception


def check(seed: int, index: int, tally: Tally) -> None:
    """Read and extract one input; count exceptions and offset mismatches into `tally`."""
    from extract import windows
    from extract.documents import Document, documents_from_upload
    from extract.pipeline import extract_document

    text, published, lang = make_input(seed, index)
    tally.inputs += 1
    rng = random.Random(index)
    size = rng.randint(200, 3000) if rng.random() < SMALL_WINDOW_SHARE else None
    try:
        docs, problems = documents_from_upload("fuzz.txt", text.encode("utf-8", "surrogatepass"), published)
        for problem in problems:
            if _GENERIC_FAILURE.search(problem.reason):
                raise RuntimeError(f"reading: {problem.reason}")
            if problem.kind != "warning":
                tally.unreadable[re.split(r" \(|: ", problem.reason)[0]] += 1
        if not docs:   # unreadable as a file (lone surrogates, controls): extract the raw text anyway
            docs = [Document(doc_id="fuzz", text=text, published=published, lang=lang)]
        for doc in docs:
            doc = replace(doc, lang=lang or doc.lang)
            rows = _extract(extract_document, windows, doc, size)
            tally.documents += 1
            tally.claims += len(rows)
            bad = [r for r in rows if not (0 <= r["start"] < r["end"] <= len(doc.text))
                   or doc.text[r["start"]:r["end"]] != r["evidence"]]
            if bad:
                tally.mismatches += len(bad)
                _example(tally, seed, index, f"offset mismatch: {bad[0]['start']}:{bad[0]['end']}")
    except Exception as exc:  # noqa: BLE001 - what the fuzzer counts and reports
        tally.exceptions += 1
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        _example(tally, seed, index, f"{type(exc).__name__}: {exc} at {Path(frame.filename).name}:{frame.lineno}")


def _extract(extract_document, windows, doc, size: int | None) -> list[dict]:
    """Extract with the usual windows, or with small ones (`size` characters) to exercise the cuts."""
    if size is None:
        return extract_document(doc)
    saved = windows.WINDOW_CHARS, windows.OVERLAP_CHARS
    windows.WINDOW_CHARS, windows.OVERLAP_CHARS = size, size // 8
    try:
        return extract_document(doc)
    finally:
        windows.WINDOW_CHARS, windows.OVERLAP_CHARS = saved


def _example(tally: Tally, seed: int, index: int, what: str) -> None:
    if len(tally.examples) < 20:
        tally.examples.append(f"input {index} (seed {seed}): {what}"[:300])


def check_range(args: tuple[int, int, int]) -> Tally:
    """Inputs [start, stop) of a seed (one task of the pool)."""
    seed, start, stop = args
    tally = Tally()
    for index in range(start, stop):
        check(seed, index, tally)
    return tally


def run(n: int, seed: int = 0, jobs: int = 1, chunk: int = 500, progress: bool = False) -> Tally:
    """Fuzz N inputs, in `jobs` processes; the tally of all of them."""
    tasks = [(seed, start, min(n, start + chunk)) for start in range(0, n, chunk)]
    total = Tally()
    bar = _bar(n, progress)
    results: Iterator[Tally]
    if jobs <= 1:
        results = map(check_range, tasks)
        for tally in results:
            total.add(tally)
            bar.update(tally.inputs)
    else:
        vocabulary(), month_names(), number_words()   # loaded once before forking
        with Pool(jobs) as pool:
            for tally in pool.imap_unordered(check_range, tasks):
                total.add(tally)
                bar.update(tally.inputs)
    bar.close()
    return total


def _bar(n: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=n, unit="input", file=sys.stderr, disable=not enabled or not sys.stderr.isatty())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000, help="number of inputs (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--show", type=int, metavar="I", help="print input I of the seed and stop")
    args = parser.parse_args(argv)
    if args.show is not None:
        print(repr(make_input(args.seed, args.show)))
        return 0
    started = time.perf_counter()
    tally = run(args.n, args.seed, args.jobs, progress=True)
    seconds = time.perf_counter() - started
    print(f"python -m extract.fuzz {args.n} --seed {args.seed} --jobs {args.jobs}: {tally.inputs} inputs, "
          f"{tally.documents} documents extracted, {tally.claims} claims checked, {tally.exceptions} exceptions, "
          f"{tally.mismatches} offset mismatches, in {seconds:.0f} s ({tally.inputs / seconds:.0f} inputs/s)")
    print("not readable as a file (reported, then extracted as raw text): "
          + ", ".join(f"{reason} {count}" for reason, count in tally.unreadable.most_common()))
    for example in tally.examples:
        print("  " + example)
    return 1 if tally.exceptions or tally.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
