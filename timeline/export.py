"""Static exports: chart images through kaleido (one long-lived Chromium) and the claims as CSV."""
from __future__ import annotations

import atexit
import html
import io
import os
import re
import threading
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from extract.table import COLUMNS, csv_text, spreadsheet_safe

from .filters import Filters

FORMATS = ("png", "svg", "pdf")
DEFAULT_HEIGHT = 650   # px, for figures without a height of their own
FALLBACK_BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
INSTALL_HINT = (
    "Chart images need a Chrome/Chromium browser for kaleido. Install one with "
    "`sudo apt-get install chromium fonts-noto-core` (or `make system-deps`), "
    "or point BROWSER_PATH at an existing Chrome/Chromium executable."
)
_server_lock = threading.Lock()
_server_started = False


def find_browser() -> str | None:
    """Path of the Chrome/Chromium kaleido will drive: BROWSER_PATH, choreographer's lookup, Debian paths."""
    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if Path(env).is_file() and os.access(env, os.X_OK) else None
    try:
        from choreographer.browsers.chromium import Chromium
        found = Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - lookup API differs between choreographer versions: fall back to known paths
        found = None
    if found:
        return found
    return next((p for p in FALLBACK_BROWSERS if os.access(p, os.X_OK)), None)


def export_status() -> tuple[bool, str]:
    """(True, "") when images can be made, else (False, why and how to install a browser)."""
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return False, "kaleido is not installed: pip install 'kaleido>=1.0'. " + INSTALL_HINT
    env = os.environ.get("BROWSER_PATH")
    if env and find_browser() is None:
        return False, f"BROWSER_PATH={env} is not an executable file. " + INSTALL_HINT
    if find_browser() is None:
        return False, "No Chrome/Chromium browser was found. " + INSTALL_HINT
    return True, ""


def _ensure_server() -> None:
    """Start kaleido's sync server once, so every export after the first reuses one browser."""
    global _server_started
    with _server_lock:
        if _server_started:
            return
        ok, why = export_status()
        if not ok:  # starting without a browser would leave kaleido's queue waiting forever
            raise RuntimeError(why)
        browser = find_browser()
        if browser and not os.environ.get("BROWSER_PATH"):
            os.environ["BROWSER_PATH"] = browser
        import kaleido
        kaleido.start_sync_server(silence_warnings=True)
        atexit.register(_stop_server)   # close the browser cleanly instead of mid-message at interpreter exit
        _server_started = True


def _stop_server() -> None:
    import kaleido
    try:
        kaleido.stop_sync_server(silence_warnings=True)
    except Exception:  # noqa: BLE001 - shutting down: nothing left to report to
        pass


def image_bytes(fig: go.Figure, fmt: str = "png", width: int = 1200, height: int | None = None,
                scale: float = 2) -> bytes:
    """The figure as PNG, SVG or PDF bytes (raises RuntimeError with export_status()'s reason if impossible).

    Without a height, the figure's own (charts with many rows are taller), else DEFAULT_HEIGHT.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    _ensure_server()
    import kaleido
    height = height or fig.layout.height or DEFAULT_HEIGHT
    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    data = kaleido.calc_fig_sync(fig, opts=opts)
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def csv_bytes(df: pd.DataFrame) -> bytes:
    """The claims as clean UTF-8 CSV (BOM for spreadsheets and Arabic): the schema's columns, a header, rows."""
    cols = [col for col in COLUMNS if col in df.columns]
    return ("\ufeff" + csv_text(spreadsheet_safe(df[cols]))).encode("utf-8")


def _slug(text: str) -> str:
    """A file-name-safe piece: letters, digits and hyphens."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-")


def year_span(df: pd.DataFrame | None) -> str:
    """'2019-2025' from the claims' placed dates ('2021' for one year, '' when undated or not given)."""
    if df is None or df.empty:
        return ""
    when = df["date_dt"].fillna(df["published_dt"]).dropna()
    if when.empty:
        return ""
    lo, hi = when.min().year, when.max().year
    return str(lo) if lo == hi else f"{lo}-{hi}"


def file_stem(chart: str, filters: Filters, years: str) -> str:
    """A descriptive file name without extension: 'troops_USA_IRQ_2019-2025' (`years` as year_span gives it)."""
    parts = [chart, "-".join(filters.actors[:3]), "-".join(filters.countries[:3]), years]
    return "_".join(p for p in (_slug(x) for x in parts) if p)[:120] or chart


def filters_line(filters: Filters, df: pd.DataFrame, lang: str = "en") -> str:
    """'Actor: United States (USA) · Country: Iraq (IRQ) · 2019–2025' (everything when nothing is chosen)."""
    from .display import label
    from .load import actor_label, country_label
    parts = []
    if filters.actors:
        parts.append(f"{label('fields', 'actor', lang)}: " + ", ".join(actor_label(a, lang) for a in filters.actors))
    if filters.countries:
        parts.append(f"{label('fields', 'country', lang)}: "
                     + ", ".join(country_label(c, lang) for c in filters.countries))
    for name, section in (("claim_types", "claim_types"), ("statuses", "statuses")):
        if getattr(filters, name):
            parts.append(", ".join(label(section, v, lang) for v in getattr(filters, name)))
    if filters.docs:
        parts.append(f"{label('fields', 'doc', lang)}: " + ", ".join(filters.docs[:5]))
    lo = filters.date_from.isoformat() if filters.date_from else ""
    hi = filters.date_to.isoformat() if filters.date_to else ""
    span = f"{lo}–{hi}" if lo or hi else year_span(df).replace("-", "–")
    if span:
        parts.append(span)
    return " · ".join(parts) or label("text", "all_claims", lang)


def publishable(fig: go.Figure, df: pd.DataFrame, filters: Filters, lang: str, link: str,
                today: date | None = None) -> go.Figure:
    """A copy of the chart for publication: a subtitle with the filters, the sources, the export date and
    the view's link (the on-screen chart stays as it is)."""
    from .display import label, sources_line
    out = go.Figure(fig)
    exported = f"{label('text', 'exported', lang)} {(today or date.today()).isoformat()}"
    lines = [filters_line(filters, df, lang), sources_line(df, lang, limit=12),
             f"{exported} · {link}" if link else exported]
    lines = [html.escape(x, quote=False) for x in lines]
    if lang == "ar":
        lines = [f"\u2067{x}\u2069" for x in lines]
    title = out.layout.title.text or ""
    out.update_layout(title={"text": title, "subtitle": {"text": "<br>".join(lines), "font": {"size": 11,
                                                                                            "color": "#444"}}})
    top = (out.layout.margin.t or 80) + 16 * len(lines)
    out.update_layout(margin={"t": top})
    if out.layout.legend.y is not None and out.layout.legend.yref == "container":
        height = out.layout.height or DEFAULT_HEIGHT
        out.update_layout(legend={"y": out.layout.legend.y - 16 * len(lines) / height}, height=height + 16 * len(lines))
    return out


A4_LONG, A4_SHORT = 1123, 794   # an A4 page in CSS pixels (297 x 210 mm at 96 dpi)


def pdf_page_size(width: int, height: int) -> tuple[int, int, float]:
    """(width, height, scale) that make the PDF one A4 page: landscape for wide charts, portrait for tall ones."""
    page_w, page_h = (A4_LONG, A4_SHORT) if height <= width * 0.9 else (A4_SHORT, A4_LONG)
    w = round(height * page_w / page_h)
    return w, height, page_w / w


def set_pdf_title(pdf: bytes, title: str) -> bytes:
    """Replace the PDF's document title (kaleido's 'Kaleido-fier'), shifting the cross-reference offsets."""
    old = b"/Title (Kaleido-fier)"
    at = pdf.find(old)
    if at < 0:
        raise RuntimeError("kaleido's PDF has no title entry to replace")
    new = b"/Title <FEFF" + title.encode("utf-16-be").hex().upper().encode("ascii") + b">"
    delta = len(new) - len(old)
    out = pdf[:at] + new + pdf[at + len(old):]

    def shift(m: re.Match) -> bytes:
        offset = int(m.group(1))
        return b"%010d" % (offset + delta if offset > at else offset) + m.group(2)

    xref = out.rfind(b"\nxref\n")
    body, table = out[:xref], out[xref:]
    table = re.sub(rb"(?m)^(\d{10})( \d{5} n)", shift, table)
    table = re.sub(rb"startxref\n(\d+)", lambda m: b"startxref\n%d" % (int(m.group(1)) + delta), table)
    return body + table


def publishable_image(fig: go.Figure, fmt: str, df: pd.DataFrame, filters: Filters, lang: str, link: str,
                      today: date | None = None, width: int = 1200, height: int | None = None) -> bytes:
    """The chart as a PNG, SVG or A4 PDF with its subtitle (filters, sources, date, link) and a real PDF title."""
    pub = publishable(fig, df, filters, lang, link, today)
    if height:
        pub.update_layout(height=height + (pub.layout.height or DEFAULT_HEIGHT) - (fig.layout.height or DEFAULT_HEIGHT))
    if fmt != "pdf":
        return image_bytes(pub, fmt, width=width)
    width, height, scale = pdf_page_size(width, int(pub.layout.height or DEFAULT_HEIGHT))
    data = image_bytes(pub, "pdf", width=width, height=height, scale=scale)
    title = re.sub(r"[\u2066-\u2069]", "", pub.layout.title.text or "chart")
    return set_pdf_title(data, title)


def sources_frame(df: pd.DataFrame) -> pd.DataFrame:
    """One row per document behind the claims: source, title, url, published, how many claims."""
    cols = ["doc_id", "source", "title", "url", "published"]
    docs = df[cols].drop_duplicates("doc_id").set_index("doc_id")
    docs["claims"] = df["doc_id"].value_counts()
    return docs.reset_index().sort_values(["source", "doc_id"]).reset_index(drop=True)


def readme_text(df: pd.DataFrame, filters: Filters, link: str, lang: str = "en", today: date | None = None) -> str:
    """The README of an export: what was selected, when, from where, and what the files hold."""
    from .display import sources_line
    return "\n".join([
        "Troop-presence timeline: claims export", "",
        f"Exported: {(today or date.today()).isoformat()}",
        f"View: {link}",
        f"Filters: {filters_line(filters, df, 'en')}",
        f"Claims: {len(df)} from {df['doc_id'].nunique() if len(df) else 0} documents",
        sources_line(df, "en", limit=50), "",
        "claims.csv   one row per claim (columns: docs/claims-schema.md of the project)",
        "sources.csv  one row per document: source, title, url, publication date, number of claims",
        "Cells that would start a spreadsheet formula (= + - @) begin with an apostrophe.", "",
    ])


def zip_bytes(df: pd.DataFrame, filters: Filters, link: str, lang: str = "en", today: date | None = None) -> bytes:
    """A ZIP of the selection: claims.csv (clean), sources.csv and README.txt (filters, date, link, sources)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("claims.csv", csv_bytes(df))
        zf.writestr("sources.csv", ("\ufeff" + csv_text(spreadsheet_safe(sources_frame(df)))).encode("utf-8"))
        zf.writestr("README.txt", readme_text(df, filters, link, lang, today).encode("utf-8"))
    return buf.getvalue()
