"""Reading the claims table with fixed dtypes, and human labels for actor and country codes."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from extract.table import COLUMNS

FLOAT_COLUMNS = ("value", "value_min", "value_max", "lat", "lon")
INT_COLUMNS = ("start", "end")
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in FLOAT_COLUMNS + INT_COLUMNS)
LABELS_PATH = Path(__file__).with_name("labels.yaml")
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"   # bidi isolates: left-to-right, right-to-left, end


def load_claims(path: str | Path) -> pd.DataFrame:
    """Read a claims CSV or Parquet file into a typed DataFrame (see `typed_claims`)."""
    path = Path(path)
    if path.suffix.lower() in (".parquet", ".pq"):
        raw = pd.read_parquet(path)
    else:
        raw = _read_csv(path)
    return typed_claims(raw)


def _read_csv(path: Path) -> pd.DataFrame:
    """All columns as text; pyarrow's reader is ~2.5x faster on large tables, pandas' reads what it cannot."""
    options = dict(dtype=str, keep_default_na=False, encoding="utf-8-sig")
    try:
        return pd.read_csv(path, engine="pyarrow", **options)
    except Exception:  # noqa: BLE001 - e.g. ragged rows written by hand: the C reader reports them better
        return pd.read_csv(path, **options)


def typed_claims(df: pd.DataFrame) -> pd.DataFrame:
    """Give any claims frame the agreed dtypes: floats, Int64 offsets, "" for missing text, parsed dates."""
    out = df.copy()
    for col in COLUMNS:
        if col not in out.columns:
            out[col] = ""
    for col in FLOAT_COLUMNS:
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("float64")
    for col in INT_COLUMNS:
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").round().astype("Int64")
    for col in TEXT_COLUMNS:
        out[col] = out[col].fillna("").astype(str).str.strip()
    out["date_dt"] = parse_partial_dates(out["date"])
    out["published_dt"] = parse_partial_dates(out["published"])
    return out.reset_index(drop=True)


def empty_claims() -> pd.DataFrame:
    """A typed claims frame with no rows (for "nothing loaded yet")."""
    return typed_claims(pd.DataFrame({c: pd.Series(dtype=str) for c in COLUMNS}))


def parse_partial_dates(s: pd.Series) -> pd.Series:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' -> Timestamp of the period's first day; anything else -> NaT."""
    s = s.fillna("").astype(str).str.strip()
    padded = s.where(s.str.len() != 4, s + "-01-01")
    padded = padded.where(padded.str.len() != 7, padded + "-01")
    parsed = pd.to_datetime(padded.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    return parsed.astype("datetime64[ns]")  # one unit everywhere, so date columns join and compare


@lru_cache(maxsize=1)
def load_labels() -> dict:
    """The figure strings and fallback code names from timeline/labels.yaml."""
    with LABELS_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _gazetteer():
    """The extractor's gazetteer when that module exists, else None (timeline works without it)."""
    try:
        from extract.gazetteer import load_gazetteer
        return load_gazetteer()
    except Exception:  # the gazetteer is optional and may be mid-development
        return None


@lru_cache(maxsize=4096)
def actor_label(code: str, lang: str = "en") -> str:
    """'USA' -> 'United States (USA)', 'COALITION' -> 'Global Coalition'; the code itself when unknown."""
    return _code_label(code, lang, "actors")


@lru_cache(maxsize=4096)
def country_label(code: str, lang: str = "en") -> str:
    """'IRQ' -> 'Iraq (IRQ)'; the code itself when unknown."""
    return _code_label(code, lang, "countries")


@lru_cache(maxsize=4096)
def base_label(name: str, lang: str = "en") -> str:
    """A base's name in the interface language ('Ain al-Asad' -> 'عين الأسد'); the name itself when unknown."""
    if not name or lang == "en":
        return name
    return _gazetteer_name(name, lang) or name


def _code_label(code: str, lang: str, kind: str) -> str:
    """Name from the gazetteer, else from labels.yaml; short codes are kept in brackets."""
    if not code:
        return ""
    name = _gazetteer_name(code, lang) or load_labels().get(kind, {}).get(code, {}).get(lang, "")
    if not name or name == code:
        return code
    if len(code) > 4:
        return name
    # In Arabic, a bare Latin code would pull the brackets to the wrong side of the name.
    return f"{name} ({LRI}{code}{PDI})" if lang == "ar" else f"{name} ({code})"


def rtl_isolate(text: str, lang: str) -> str:
    """Arabic labels shown in a left-to-right context (plotly's SVG text) keep their right-to-left order."""
    return f"{RLI}{text}{PDI}" if lang == "ar" and text else text


def _gazetteer_name(code: str, lang: str) -> str:
    """The gazetteer's label for a code, tolerating an API still being written."""
    gaz = _gazetteer()
    label = getattr(gaz, "label", None)
    if label is None:
        return ""
    try:
        name = label(code, lang)
    except Exception:  # unknown code or different signature: fall back to labels.yaml
        return ""
    if not isinstance(name, str):
        return ""
    # Some gazetteers already append the code; keep the bare name so we add it once.
    return name.removesuffix(f" ({code})")
