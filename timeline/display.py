"""Text as a reader sees it: article-derived strings made safe to show, dates at their precision, values,
search, where the evidence sits in its article, and the sources behind a selection.

Article text (titles, sources, file names, evidence) is untrusted: it reaches the page as text, never as
markdown or HTML, and explicit bidi controls in it are dropped from what is shown (the stored text stays
exact), so "U+202E 900 SU" cannot display as "US 009".
"""
from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd

from extract.text import fold_str

from .load import load_labels

# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): explicit bidi controls.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
FSI, PDI = "\u2068", "\u2069"   # first-strong isolate: a text keeps its own direction inside any line
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: object) -> str:
    """Displayed form of an article-derived string: explicit bidi controls removed (stored text unchanged)."""
    return BIDI_CONTROLS.sub("", "" if text is None or text != text else str(text))


def plain_series(s: pd.Series) -> pd.Series:
    """`plain` over a column (vectorised)."""
    return s.fillna("").astype(str).str.replace(BIDI_CONTROLS, "", regex=True)


def isolate(text: str) -> str:
    """The text inside a first-strong isolate: its direction cannot reorder what stands around it."""
    return f"{FSI}{text}{PDI}" if text else text


def html_text(text: object) -> str:
    """An article-derived string as inert HTML text (escaped, bidi controls dropped)."""
    return html.escape(plain(text), quote=True)


def md_text(text: object) -> str:
    """An article-derived string inside Streamlit markdown (labels, alerts): every markdown character escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", plain(text)).replace("\n", " ")


def _labels(section: str, lang: str) -> dict[str, str]:
    """A labels.yaml section as code -> string in `lang` (English when missing)."""
    return {k: v.get(lang) or v["en"] for k, v in load_labels()[section].items()}


def label(section: str, code: str, lang: str = "en") -> str:
    """One code's label from labels.yaml (claim_types, statuses, outcomes, ...); the code itself when unknown."""
    entry = load_labels()[section].get(code)
    return (entry.get(lang) or entry["en"]) if entry else code


def label_series(s: pd.Series, section: str, lang: str = "en") -> pd.Series:
    """Codes -> labels for a whole column (looked up once per distinct code)."""
    table = _labels(section, lang)
    codes, uniques = pd.factorize(s.fillna("").astype(str), use_na_sentinel=False)
    return pd.Series(np.array([table.get(u, u) for u in uniques], dtype=object)[codes], index=s.index, dtype=object)


def date_at_precision(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """'2024' for a year, '2024-03' for a month, the day otherwise: a date shown as precisely as it is known."""
    d = dates.fillna("").astype(str)
    width = precisions.fillna("").astype(str).map({"year": 4, "month": 7}).fillna(10).astype(int)
    return pd.Series([x[:w] for x, w in zip(d.tolist(), width.tolist())], index=dates.index, dtype=object)


def format_number(x: float) -> str:
    """'1,500' ('' when missing)."""
    return "" if x is None or pd.isna(x) else f"{round(x):,}"


def _numbers(s: pd.Series) -> np.ndarray:
    """Floats as '1,500' strings ('' for NaN), formatted once per distinct value."""
    codes, uniques = pd.factorize(s.astype("float64"), use_na_sentinel=False)
    return np.array([format_number(u) for u in uniques], dtype=object)[codes] if len(s) else np.array([], dtype=object)


def value_text(df: pd.DataFrame, lang: str = "en") -> pd.Series:
    """'about 2,500', 'under 3,000', '2,000–3,000' per row from the qualifier templates; '' without a value."""
    parts = {"v": _numbers(df["value"]), "min": _numbers(df["value_min"].fillna(df["value"])),
             "max": _numbers(df["value_max"].fillna(df["value"]))}
    out = parts["v"].copy()
    qualifiers = df["qualifier"].fillna("").astype(str).to_numpy(dtype=object)
    for qualifier, template in _labels("qualifiers", lang).items():
        mask = qualifiers == qualifier
        if mask.any():
            out[mask] = _fill(template, {k: v[mask] for k, v in parts.items()}, int(mask.sum()))
    has = (df["value"].notna() | df["value_min"].notna() | df["value_max"].notna()).to_numpy()
    return pd.Series(np.where(has, out, "").astype(object), index=df.index, dtype=object)


def _fill(template: str, parts: dict[str, np.ndarray], n: int) -> np.ndarray:
    """Vectorised str.format over object arrays: template pieces concatenated with the named arrays."""
    out = np.full(n, "", dtype=object)
    for piece in re.split(r"(\{\w+\})", template):
        name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        out = out + (parts[name] if name in parts else piece)
    return out


def search_claims(df: pd.DataFrame, query: str) -> pd.DataFrame:
    """Rows whose evidence, base, title or doc id contains the query (Arabic letter variants folded)."""
    if not query.strip():
        return df
    needle = fold_str(query.strip())
    hay = (df["evidence"] + " " + df["base"] + " " + df["title"] + " " + df["doc_id"])
    codes, uniques = pd.factorize(hay, use_na_sentinel=False)
    hits = np.array([needle in fold_str(u) for u in uniques], dtype=bool)
    return df[hits[codes]] if len(df) else df


def _offset(value: object) -> int | None:
    """An offset cell as int (None when missing)."""
    return None if value is None or pd.isna(value) else int(value)


def evidence_span(text: str, start: object, end: object, evidence: str) -> tuple[int, int] | None:
    """Where the evidence sentence is in its article: the stored offsets when they match, else found by search."""
    s, e, evidence = _offset(start), _offset(end), evidence.strip()
    if s is not None and e is not None and 0 <= s < e <= len(text):
        if " ".join(text[s:e].split()) == " ".join(evidence.split()):
            return s, e
    at = text.find(evidence) if evidence else -1
    return (at, at + len(evidence)) if at >= 0 else None


def source_names(df: pd.DataFrame) -> list[str]:
    """The outlets behind the rows, most claims first (titles, then document ids, where no source is named)."""
    if df.empty:
        return []
    names = df["source"].where(df["source"] != "", df["title"].where(df["title"] != "", df["doc_id"]))
    return [plain(n) for n in names.value_counts().index if n]


def sources_line(df: pd.DataFrame, lang: str = "en", limit: int = 4) -> str:
    """'Sources: A, B +3 · 12 documents' for a chart's subtitle or an export's README (plain text)."""
    return sources_text(source_names(df), df["doc_id"].nunique() if len(df) else 0, lang, limit)


def sources_text(names: list[str], n_docs: int, lang: str = "en", limit: int = 4, more: int = 0) -> str:
    """The sources line from the names (most claims first) and the number of documents; `more` unnamed ones."""
    mark = "\u200f" if lang == "ar" else "\u200e"   # a strong mark after each name keeps the commas in place
    shown_names = [isolate(plain(n)) + mark for n in names]
    extra = len(shown_names) - limit + more
    shown = ("، " if lang == "ar" else ", ").join(shown_names[:limit]) + (f" +{extra}" if extra > 0 else "")
    return f"{label('text', 'sources', lang)}: {shown or '—'} · {n_docs} {label('text', 'documents', lang)}"

