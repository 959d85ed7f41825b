"""The dashboard timed in Chromium: first chart, filter change, page data, server memory per session.

Synthetic tables are made from the seeds' own rows (data/claims.csv): each row copied with a new claim id,
a document id per eight copies, its dates shifted by up to five years and its numbers by up to 20%.
The baseline in the same run is plotly.js alone drawing the same number of raw points (scattergl) from a
local page. Everything runs on 127.0.0.1; Chromium is Debian's (/usr/bin/chromium) under Playwright.
"""
from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SEEDS_TABLE = ROOT / "data" / "claims.csv"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
MAX_BASELINE_POINTS = 1_000_000   # plotly.js alone is timed on at most this many raw points
SESSION_TTL_S = 5   # the bench's servers forget a closed session after this (Streamlit's default is 120 s)
CHART_READY_JS = """() => {
    const gd = document.querySelector('[role=tabpanel] .js-plotly-plot');
    const busy = document.querySelector('[data-testid="stStatusWidget"]');
    return gd && gd._fullLayout && gd.data && gd.data.length > 0 && !busy;
}"""


def seeded_claims(base: pd.DataFrame, n: int, seed: int = 0) -> pd.DataFrame:
    """n claims made from the rows of `base` (text columns as read from CSV): see the module docstring."""
    if n <= len(base):
        return base.head(n).copy()
    rng = np.random.default_rng(seed)
    out = base.iloc[rng.integers(0, len(base), n)].reset_index(drop=True)
    number = pd.Series(np.arange(n)).astype(str)
    out["claim_id"] = out["claim_id"] + "#" + number
    out["doc_id"] = out["doc_id"] + "#" + pd.Series(np.arange(n) // (8 * len(base))).astype(str)
    shift = pd.to_timedelta(rng.integers(-1800, 1800, n), unit="D")
    for col in ("date", "published"):
        when = pd.to_datetime(out[col].where(out[col] != ""), format="mixed", errors="coerce")
        out[col] = (when + shift).dt.strftime("%Y-%m-%d").fillna("")
    jitter = rng.uniform(0.8, 1.2, n)
    for col in ("value", "value_min", "value_max"):
        out[col] = (pd.to_numeric(out[col], errors="coerce") * jitter).round().astype("string").fillna("")
    return out


def free_port() -> int:
    """A TCP port nobody listens on right now (loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """`streamlit run dashboard.py` on a free loopback port over one claims table."""

    def __init__(self, claims: Path) -> None:
        self.port = free_port()
        env = dict(os.environ, CLAIMS_PATH=str(claims))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
             "--server.disconnectedSessionTTL", str(SESSION_TTL_S)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.3)
        raise TimeoutError("streamlit did not start")

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def open_chart(browser, url: str) -> tuple[object, float, int]:
    """A new page at `url`: (page, seconds until the chart is drawn and the run is over, bytes received)."""
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    received = [0]
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.__setitem__(
        0, received[0] + len(payload))))
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_function(CHART_READY_JS, polling=50, timeout=600_000)
    return page, time.perf_counter() - t0, received[0]


def change_filter(page, actor_label: str) -> float:
    """Seconds from choosing an actor in the sidebar until the chart is drawn again."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.click()
    page.keyboard.type(actor_label)
    before = page.locator('[data-testid="stCaptionContainer"]').nth(1).inner_text()
    t0 = time.perf_counter()
    page.keyboard.press("Enter")
    page.wait_for_function("""(before) => {
        const c = document.querySelectorAll('[data-testid="stCaptionContainer"]')[1];
        return c && c.innerText !== before;
    }""", arg=before, polling=50, timeout=600_000)
    page.wait_for_function(CHART_READY_JS, polling=50, timeout=600_000)
    return time.perf_counter() - t0


PLOTLY_PAGE = """<!doctype html><html><head><meta charset="utf-8"><script src="/plotly.min.js"></script></head>
<body><div id="g" style="width:1400px;height:600px"></div><script>
const n = {n}, k = 10, t0 = performance.now();
const traces = [];
for (let j = 0; j < k; j++) {{
  const x = new Array(Math.ceil(n / k)), y = new Array(Math.ceil(n / k));
  for (let i = 0; i < x.length; i++) {{
    x[i] = new Date(1.4e12 + i * 8.64e7 * (5000 / x.length));
    y[i] = 100 + (i * 7919 + j * 31) % 6000;
  }}
  traces.push({{type: 'scattergl', mode: 'markers', x, y, hovertext: x.map((_, i) => 'claim ' + i),
               hoverinfo: 'text'}});
}}
Plotly.newPlot('g', traces).then(() => {{ window.drawn = performance.now() - t0; }});
</script></body></html>"""


def plotly_alone(browser, n: int) -> float:
    """Seconds for plotly.js alone to draw n points (scattergl, 10 traces) from a loopback page, load included."""
    import plotly
    js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    page_html = PLOTLY_PAGE.format(n=n).encode("utf-8")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = js.read_bytes() if self.path == "/plotly.min.js" else page_html
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript" if self.path.endswith(".js") else "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        t0 = time.perf_counter()
        page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/")
        page.wait_for_function("() => window.drawn !== undefined", polling=50, timeout=600_000)
        seconds = time.perf_counter() - t0
        page.close()
        return seconds
    finally:
        httpd.shutdown()


def measure(browser, n: int, base: pd.DataFrame, folder: Path, sessions: int) -> dict[str, float]:
    """Every figure of one row of the table, for n synthetic claims."""
    claims = folder / f"claims_{n}.parquet"
    seeded_claims(base, n).to_parquet(claims, index=False)
    return measure_table(browser, claims, n, sessions)


def measure_table(browser, claims: Path, n: int, sessions: int) -> dict[str, float]:
    """Every figure of one row of the table, for the claims table (file or dataset) at `claims`."""
    server = Server(claims)
    try:
        pid = server.proc.pid
        cpu0 = cpu_s(pid)
        page, cold, _ = open_chart(browser, server.url)          # reads the table, computes the view
        cold_cpu = cpu_s(pid) - cpu0
        cpu0 = cpu_s(pid)
        change = change_filter(page, "United States")              # a selection nobody computed before
        change_cpu = cpu_s(pid) - cpu0
        page.close()
        page, first, data = open_chart(browser, server.url)      # a new session: the view is cached
        one = rss_mb(pid)
        others, peak = [], one
        for _ in range(sessions):
            others.append(open_chart(browser, server.url)[0])
            peak = max(peak, rss_mb(pid))
        per_session = (peak - one) / sessions
        for p in others + [page]:
            p.close()
        time.sleep(SESSION_TTL_S + 8)
        after = rss_mb(pid)
    finally:
        server.close()
    alone = plotly_alone(browser, min(n, MAX_BASELINE_POINTS))
    return {"n": n, "cold": cold, "cold_cpu": cold_cpu, "first": first, "change": change, "change_cpu": change_cpu,
            "data_mb": data / 2**20, "alone": alone, "one_mb": one, "peak_mb": peak, "per_session_mb": per_session,
            "after_mb": after, "sessions": sessions}


def report(rows: list[dict]) -> str:
    """The benchmark table (markdown) with the plotly.js baseline and ratios."""
    lines = ["| claims | first chart (new session) | first chart, cold server (CPU s) | filter change (CPU s) | "
             "page data | plotly.js alone, same points (scattergl) | first / alone | server RSS: 1 session → peak "
             "with +N | per extra session | after closing |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['n']:,} | {r['first']:.2f} s | {r['cold']:.2f} s ({r['cold_cpu']:.1f}) | {r['change']:.2f} s "
            f"({r['change_cpu']:.1f}) | {r['data_mb']:.2f} MB | {r['alone']:.2f} s | {r['first'] / r['alone']:.2f}× | "
            f"{r['one_mb']:.0f} → {r['peak_mb']:.0f} MB (+{r['sessions']}) | {r['per_session_mb']:.1f} MB | "
            f"{r['after_mb']:.0f} MB |")
    return "\n".join(lines)


def run_dataset(folder: Path, sessions: int) -> int:
    """The same figures for a Parquet dataset directory (e.g. python -m timeline.synth --rows 10000000)."""
    from playwright.sync_api import sync_playwright

    from .store import open_claims
    n = open_claims(folder).count()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        row = measure_table(browser, folder, n, sessions)
        browser.close()
    print(f"\n{os.cpu_count()} cores; dataset {folder} (DuckDB over its part files); plotly.js alone: "
          f"{min(n, MAX_BASELINE_POINTS):,} raw points")
    print(report([row]))
    return 0


def run(sizes: list[int], sessions: int) -> int:
    """Measure every size and print the table."""
    from playwright.sync_api import sync_playwright
    base = pd.read_csv(SEEDS_TABLE if SEEDS_TABLE.exists() else ROOT / "tests" / "data" / "sample_claims.csv",
                       dtype=str, keep_default_na=False)
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in sizes:
            rows.append(measure(browser, n, base, Path(tmp), sessions))
            print(f"{n:,} claims: first chart {rows[-1]['first']:.2f} s, filter {rows[-1]['change']:.2f} s, "
                  f"plotly.js alone {rows[-1]['alone']:.2f} s", flush=True)
        browser.close()
    print(f"\n{os.cpu_count()} cores; CPU s = seconds of the server process's CPU during that step "
          f"(one core at most: a Streamlit run is one thread)\n")
    print(report(rows))
    return 0
