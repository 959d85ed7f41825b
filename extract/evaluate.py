"""Accuracy of a claims table against gold annotations (the rules at the end of docs/claims-schema.md).

`python -m extract.evaluate GOLD.csv PRED.csv [--docs-dir DIR] [--manifest CSV] [--json] [--verbose]`

A predicted claim matches a gold claim of the same document when type, actor and country are equal,
the base is equal after normalisation, the value is within 1% and the date agrees at the gold's
precision. Matching is one-to-one per document (a maximum matching), required gold claims first;
optional gold claims then absorb remaining predictions, which count as correct for precision but
are left out of recall.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from extract.table import read_raw

VALUE_TOLERANCE = 0.01
KEY_COLUMNS = ["doc_id", "claim_type", "actor", "country", "base", "value", "date", "date_precision",
               "date_source", "qualifier", "status"]
_LANG_PREFIX = re.compile(r"^(?:b\d+[_-])?(ar|en)[_-]")
BATCH_PREFIX = re.compile(r"^(b\d+)[_-]")   # annotation batches: b1_ar_01_... -> b1


@dataclass
class Counts:
    """Precision and recall counts for one slice (overall, a claim type or a language)."""

    n_pred: int = 0          # predictions
    pred_correct: int = 0    # predictions matched to a gold claim (required or optional)
    n_gold: int = 0          # required gold claims
    gold_found: int = 0      # required gold claims matched

    @property
    def precision(self) -> float:
        return self.pred_correct / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Scores:
    """The result of `score`: counts overall, by claim type and by language; attribute accuracy."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    by_batch: dict[str, Counts] = field(default_factory=dict)
    qualifier: tuple[int, int] = (0, 0)   # (correct, matched claims whose gold has a qualifier)
    status: tuple[int, int] = (0, 0)      # (correct, matched claims)
    matches: list[tuple[int, int]] = field(default_factory=list)   # (gold row, pred row) positions
    unmatched_gold: list[int] = field(default_factory=list)        # required gold rows not found
    unmatched_pred: list[int] = field(default_factory=list)
    blocking: dict[int, str] = field(default_factory=dict)         # unmatched gold row -> the one field that kept it

    def as_dict(self) -> dict:
        """JSON-ready scores (row lists left out)."""
        return {
            "overall": self.overall.as_dict(),
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "by_lang": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
            "by_batch": {k: v.as_dict() for k, v in sorted(self.by_batch.items())},
            "qualifier_accuracy": _accuracy(self.qualifier), "qualifier_counts": list(self.qualifier),
            "status_accuracy": _accuracy(self.status), "status_counts": list(self.status),
            "missed_by_field": self.missed_by_field(),
        }

    def missed_by_field(self) -> dict[str, int]:
        """How many missed gold claims each single field kept from matching ('none': no close prediction)."""
        counts: dict[str, int] = defaultdict(int)
        for g in self.unmatched_gold:
            counts[self.blocking.get(g, "none")] += 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _accuracy(pair: tuple[int, int]) -> float:
    return round(pair[0] / pair[1], 4) if pair[1] else 0.0


# --- the matching rules -----------------------------------------------------------------------

def normalise_base(base: str) -> str:
    """Base name for comparison: case, spaces, hyphens and the article 'al' ignored."""
    words = re.split(r"[\s\-_‐–—']+", str(base).lower())
    return "".join(w for w in words if w and w != "al")


def value_matches(gold: float | None, pred: float | None) -> bool:
    """When gold has a value, the predicted one must be within 1% of it."""
    if gold is None:
        return True
    return pred is not None and abs(pred - gold) <= VALUE_TOLERANCE * abs(gold)


def date_matches(gold_date: str, gold_precision: str, gold_source: str, pred_date: str) -> bool:
    """Gold date from the text: equal at gold precision (day: within one day); from published: equal or empty."""
    if not gold_date:
        return True
    if gold_source == "published" and not pred_date:
        return True
    gold_day, pred_day = _to_date(gold_date), _to_date(pred_date)
    if gold_day is None or pred_day is None:
        return False
    precision = gold_precision or "day"
    if precision == "year":
        return gold_day.year == pred_day.year
    if precision == "month":
        return (gold_day.year, gold_day.month) == (pred_day.year, pred_day.month)
    return abs((gold_day - pred_day).days) <= 1


def _to_date(value: str) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as a date (first day of the period), None when not a date."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not match:
        return None
    try:
        return date(*(int(g) if g else 1 for g in match.groups()))
    except ValueError:
        return None


FIELD_RULES: dict[str, Callable[[dict, dict], bool]] = {
    "type": lambda g, p: g["claim_type"] == p["claim_type"],
    "actor": lambda g, p: g["actor"] == p["actor"],
    "country": lambda g, p: g["country"] == p["country"],
    "base": lambda g, p: normalise_base(g["base"]) == normalise_base(p["base"]),
    "value": lambda g, p: value_matches(g["value"], p["value"]),
    "date": lambda g, p: date_matches(g["date"], g["date_precision"], g["date_source"], p["date"]),
}


def claims_match(gold: dict, pred: dict) -> bool:
    """Whether a predicted claim matches a gold claim (same document assumed)."""
    return all(rule(gold, pred) for rule in FIELD_RULES.values())


def blocking_field(gold: dict, preds: list[dict]) -> str:
    """The single field that keeps the closest prediction from matching `gold` ('none' when no prediction
    of the document differs from it in one field only); the first field in FIELD_RULES order wins."""
    for name in FIELD_RULES:
        others = [rule for other, rule in FIELD_RULES.items() if other != name]
        if any(all(rule(gold, p) for rule in others) for p in preds):
            return name
    return "none"


def max_matching(golds: list[int], preds: list[int], compatible: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching gold -> pred (augmenting paths; first candidates preferred)."""
    options = {g: [p for p in preds if compatible(g, p)] for g in golds}
    owner: dict[int, int] = {}   # pred -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in options[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in golds:
        augment(g, set())
    return {g: p for p, g in owner.items()}


# --- scoring ----------------------------------------------------------------------------------

def score(gold: pd.DataFrame, pred: pd.DataFrame, doc_langs: dict[str, str] | None = None) -> Scores:
    """Score predictions against gold; `doc_langs` (doc_id -> lang) fills languages gold lacks."""
    gold_rows, pred_rows = _records(gold), _records(pred)
    langs = _doc_langs(gold_rows, pred_rows, doc_langs or {})
    gold_by_doc, pred_by_doc = _by_doc(gold_rows), _by_doc(pred_rows)
    scores = Scores()
    for doc_id in sorted(gold_by_doc.keys() | pred_by_doc.keys()):
        _score_document(scores, gold_rows, pred_rows, gold_by_doc.get(doc_id, []), pred_by_doc.get(doc_id, []),
                        langs.get(doc_id, "?"), batch_of(doc_id))
    scores.matches.sort()
    return scores


def batch_of(doc_id: str) -> str:
    """The annotation batch a document belongs to (`b1_ar_01_...` -> `b1`), empty when none."""
    match = BATCH_PREFIX.match(doc_id)
    return match.group(1) if match else ""


def _by_doc(rows: list[dict]) -> dict[str, list[int]]:
    """doc_id -> positions of its rows."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        index[row["doc_id"]].append(i)
    return index


def _score_document(scores: Scores, gold_rows: list[dict], pred_rows: list[dict], golds: list[int],
                    preds: list[int], lang: str, batch: str) -> None:
    """Match one document's claims and add them to the counts."""

    def compatible(g: int, p: int) -> bool:
        return claims_match(gold_rows[g], pred_rows[p])

    required = [g for g in golds if not gold_rows[g]["optional"]]
    optional = [g for g in golds if gold_rows[g]["optional"]]
    matched = max_matching(required, preds, compatible)
    taken = set(matched.values())
    matched.update(max_matching(optional, [p for p in preds if p not in taken], compatible))
    matched_preds = set(matched.values())
    for g in required:
        _add(scores, gold_rows[g]["claim_type"], lang, batch, n_gold=1, gold_found=int(g in matched))
    for p in preds:
        _add(scores, pred_rows[p]["claim_type"], lang, batch, n_pred=1, pred_correct=int(p in matched_preds))
    for g, p in matched.items():
        _score_attributes(scores, gold_rows[g], pred_rows[p])
    scores.matches += list(matched.items())
    scores.unmatched_gold += [g for g in required if g not in matched]
    free = [pred_rows[p] for p in preds if p not in matched_preds]
    scores.blocking.update({g: blocking_field(gold_rows[g], free) for g in required if g not in matched})
    scores.unmatched_pred += [p for p in preds if p not in matched_preds]


def _add(scores: Scores, claim_type: str, lang: str, batch: str, **counts: int) -> None:
    """Add counts to the overall, claim-type, language and batch slices."""
    slices = [scores.overall, scores.by_type.setdefault(claim_type, Counts()),
              scores.by_lang.setdefault(lang, Counts())]
    if batch:
        slices.append(scores.by_batch.setdefault(batch, Counts()))
    for counter in slices:
        for name, n in counts.items():
            setattr(counter, name, getattr(counter, name) + n)


def _score_attributes(scores: Scores, gold: dict, pred: dict) -> None:
    """Qualifier (when gold has one) and status accuracy over a matched pair."""
    if gold["qualifier"]:
        right, total = scores.qualifier
        scores.qualifier = (right + (gold["qualifier"] == pred["qualifier"]), total + 1)
    right, total = scores.status
    scores.status = (right + (gold["status"] == pred["status"]), total + 1)


def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as dicts of stripped strings, with `value` as float|None and `optional` as bool."""
    records = []
    for row in df.to_dict("records"):
        record = {c: _clean(row.get(c)) for c in KEY_COLUMNS + ["lang", "evidence", "evidence_hint"]}
        record["value"] = _number(record["value"])
        record["optional"] = _clean(row.get("optional")) in ("1", "1.0", "true", "True", "yes")
        records.append(record)
    return records


def _clean(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(value).strip()


def _number(value: str) -> float | None:
    try:
        number = float(value.replace(",", "")) if value else None
    except ValueError:
        return None
    return None if number is None or number != number else number


def _doc_langs(gold_rows: list[dict], pred_rows: list[dict], given: dict[str, str]) -> dict[str, str]:
    """Language of each document: given (manifest) > a lang column > the doc_id prefix (ar_/en_)."""
    langs: dict[str, str] = {}
    for row in gold_rows + pred_rows:
        doc_id = row["doc_id"]
        if doc_id in given and given[doc_id]:
            langs[doc_id] = given[doc_id]
        elif row["lang"] and doc_id not in langs:
            langs[doc_id] = row["lang"]
        elif doc_id not in langs and (match := _LANG_PREFIX.match(doc_id)):
            langs[doc_id] = match.group(1)
    return langs


# --- command line -----------------------------------------------------------------------------

def read_claims(path: str | Path) -> pd.DataFrame:
    """A gold or predicted claims table (CSV, Parquet file or dataset) as stored; `_records` reads the cells."""
    return read_raw(path)


def _read_manifest(path: str | Path) -> pd.DataFrame:
    """A manifest.csv, every cell as text."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def read_manifest_langs(path: str | Path) -> dict[str, str]:
    """doc_id -> lang from a manifest.csv (ids without a lang left out)."""
    manifest = _read_manifest(path)
    if "id" not in manifest or "lang" not in manifest:
        return {}
    return {i.strip(): lang.strip() for i, lang in zip(manifest["id"], manifest["lang"]) if lang.strip()}


def docs_in_dir(folder: str | Path) -> set[str]:
    """Ids of the documents in a folder: file stems, plus the manifest's ids."""
    folder = Path(folder)
    ids = {p.stem for p in folder.rglob("*") if p.is_file() and p.name != "manifest.csv"}
    manifest = folder / "manifest.csv"
    if manifest.is_file():
        ids |= {i.strip() for i in _read_manifest(manifest).get("id", [])}
    return ids


def format_scores(scores: Scores) -> str:
    """A readable table: P/R/F1 overall, by type and by language, then attribute accuracy."""
    header = f"{'':<16}{'gold':>6}{'found':>7}{'pred':>6}{'right':>7}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [header, "-" * len(header), _line("overall", scores.overall)]
    for title, group in (("by claim type", scores.by_type), ("by language", scores.by_lang),
                         ("by batch", scores.by_batch)):
        if not group:
            continue
        lines.append(title)
        lines += [_line("  " + key, counts) for key, counts in sorted(group.items())]
    lines.append(f"qualifier accuracy {_accuracy(scores.qualifier):.3f} ({scores.qualifier[0]}/{scores.qualifier[1]}"
                 " matched claims whose gold has a qualifier)")
    lines.append(f"status accuracy    {_accuracy(scores.status):.3f} ({scores.status[0]}/{scores.status[1]}"
                 " matched claims)")
    missed = ", ".join(f"{name} {n}" for name, n in scores.missed_by_field().items())
    lines.append(f"missed gold by the one field that kept it: {missed or '-'}")
    return "\n".join(lines)


def _line(label: str, c: Counts) -> str:
    """One row of the table; '-' where a ratio has nothing to count."""
    p = f"{c.precision:.3f}" if c.n_pred else "-"
    r = f"{c.recall:.3f}" if c.n_gold else "-"
    f1 = f"{c.f1:.3f}" if c.n_pred and c.n_gold else "-"
    return f"{label:<16}{c.n_gold:>6}{c.gold_found:>7}{c.n_pred:>6}{c.pred_correct:>7}{p:>8}{r:>8}{f1:>8}"


def format_unmatched(scores: Scores, gold: pd.DataFrame, pred: pd.DataFrame) -> str:
    """The required gold claims not found and the predictions that matched nothing."""
    gold_rows, pred_rows = _records(gold), _records(pred)
    lines = [f"unmatched gold ({len(scores.unmatched_gold)}):"]
    lines += [f"  [{scores.blocking.get(i, 'none')}] " + _claim(gold_rows[i], "evidence_hint")
              for i in scores.unmatched_gold]
    lines.append(f"unmatched predictions ({len(scores.unmatched_pred)}):")
    lines += ["  " + _claim(pred_rows[i], "evidence") for i in scores.unmatched_pred]
    return "\n".join(lines)


def _claim(row: dict, evidence: str) -> str:
    value = "" if row["value"] is None else f"{row['value']:g}"
    fields = [row["doc_id"], row["claim_type"], row["actor"], row["country"], row["base"], value,
              f"{row['date']}/{row['date_source']}" if row["date"] else ""]
    text = " ".join(row[evidence].split())
    return " | ".join(fields) + f" | {text[:120]}"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate",
                                     description="Score a claims table against gold annotations.")
    parser.add_argument("gold", help="gold claims CSV (with an `optional` column)")
    parser.add_argument("pred", help="predicted claims table (CSV or Parquet)")
    parser.add_argument("--docs-dir", help="the annotated documents: only these (and gold's) documents are "
                                           "scored; its manifest.csv gives languages")
    parser.add_argument("--manifest", help="manifest.csv giving each document's language")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--verbose", action="store_true", help="list unmatched gold and predictions")
    parser.add_argument("--per-batch", action="store_true",
                        help="also a full table (by type, language, missed field) for each batch (b1_, b2_ ...)")
    parser.add_argument("--exclude", default="", help="comma-separated batches to leave out (held-out ones)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores; exit 2 when an input cannot be read."""
    args = parse_args(argv)
    try:
        gold, pred = read_claims(args.gold), read_claims(args.pred)
        langs = _langs_from_args(args)
        pred = _restrict(pred, gold, args.docs_dir)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = [c for c in ("doc_id", "claim_type") if c not in gold or c not in pred]
    if missing:
        print(f"error: missing column(s) {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.exclude:
        held = {b.strip() for b in args.exclude.split(",")}
        gold, pred = (df[~df["doc_id"].map(batch_of).isin(held)] for df in (gold, pred))
    scores = score(gold, pred, langs)
    print(json.dumps(scores.as_dict(), indent=2) if args.json else format_scores(scores))
    if args.per_batch and not args.json:
        for batch in sorted(scores.by_batch):
            part = [df[df["doc_id"].map(batch_of) == batch] for df in (gold, pred)]
            print(f"\n== batch {batch}\n" + format_scores(score(*part, langs)))
    if args.verbose:
        print(format_unmatched(scores, gold, pred), file=sys.stderr if args.json else sys.stdout)
    return 0


def _langs_from_args(args: argparse.Namespace) -> dict[str, str]:
    """Languages from --manifest, else from --docs-dir/manifest.csv."""
    langs: dict[str, str] = {}
    if args.docs_dir and (Path(args.docs_dir) / "manifest.csv").is_file():
        langs.update(read_manifest_langs(Path(args.docs_dir) / "manifest.csv"))
    if args.manifest:
        langs.update(read_manifest_langs(args.manifest))
    return langs


def _restrict(pred: pd.DataFrame, gold: pd.DataFrame, docs_dir: str | None) -> pd.DataFrame:
    """With --docs-dir, keep predictions of the annotated documents only (say how many were dropped)."""
    if not docs_dir:
        return pred
    if not Path(docs_dir).is_dir():
        raise ValueError(f"--docs-dir {docs_dir}: not a folder")
    keep = docs_in_dir(docs_dir) | set(gold["doc_id"])
    dropped = ~pred["doc_id"].isin(keep)
    if dropped.any():
        print(f"note: {int(dropped.sum())} predictions of {pred.loc[dropped, 'doc_id'].nunique()} documents "
              f"outside {docs_dir} and the gold were left out", file=sys.stderr)
    return pred[~dropped]


if __name__ == "__main__":
    sys.exit(main())
