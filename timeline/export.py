"""Static exports: chart images through kaleido (one long-lived Chromium) and the claims as CSV."""
from __future__ import annotations

import atexit
import io
import os
import threading
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from extract.table import COLUMNS, csv_text, spreadsheet_safe

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


def csv_bytes(df: pd.DataFrame, sources_note: str) -> bytes:
    """The claims as UTF-8 CSV (BOM, for spreadsheets and Arabic), first line '# <sources note>'.

    Cells that would start a spreadsheet formula get a leading `'` (extract.table.spreadsheet_safe).

    Read it back with pandas.read_csv(..., skiprows=1).
    """
    cols = [col for col in COLUMNS if col in df.columns]
    buf = io.StringIO()
    buf.write("# " + " ".join(sources_note.split()) + "\n")
    buf.write(csv_text(spreadsheet_safe(df[cols])))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
