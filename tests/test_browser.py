"""The dashboard in a real browser: Playwright driving Debian's Chromium against `streamlit run`.

Screenshots go to a temp dir; with SAVE_SCREENSHOTS=1 also to docs/ (docs/screenshot*.png).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "sample_claims.csv"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
TIMEOUT_MS = 60_000

pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} is not installed "
                                "(apt-get install chromium; the browser test never downloads one)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python package) is not installed")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_dashboard import add_conflict, write_articles  # noqa: E402


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    """Block until Streamlit answers its health check (fail early if the server died)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}: {proc.stdout.read()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"streamlit did not start within {timeout}s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """`streamlit run dashboard.py` on a free port with a temp copy of the sample; always terminated."""
    folder = tmp_path_factory.mktemp("browser")
    claims = folder / "claims.csv"
    shutil.copy(SAMPLE, claims)
    add_conflict(claims)
    write_articles(pd.read_csv(claims, dtype=str, keep_default_na=False), folder)
    port = free_port()
    env = dict(os.environ, CLAIMS_PATH=str(claims), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright (never `playwright install`)."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page at a desktop size."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, device_scale_factor=1)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    yield pg
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Folders screenshots are written to."""
    folders = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("SAVE_SCREENSHOTS") == "1":
        folders.append(ROOT / "docs")
    return folders


def snap(page, shots: list[Path], name: str) -> None:
    """Screenshot of the whole page into every screenshot folder."""
    time.sleep(1.0)  # let plotly finish its transitions
    for folder in shots:
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / name), full_page=False)


def wait_idle(page) -> None:
    """Wait until Streamlit has finished the current run (no 'running' status widget)."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=TIMEOUT_MS)


def open_tab(page, label: str) -> None:
    """Click a tab and wait for its run to finish."""
    page.get_by_role("tab", name=label, exact=True).click()
    wait_idle(page)


def test_charts_filter_and_tabs(server: str, page, shots: list[Path]) -> None:
    page.goto(server)
    page.locator(".js-plotly-plot").first.wait_for()
    wait_idle(page)
    assert page.get_by_text("53 of 53 claims match the filters.").is_visible()
    snap(page, shots, "screenshot.png")
    download_chart(page)

    actor_box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    actor_box.click()
    page.keyboard.type("Russia")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.get_by_text("7 of 53 claims match the filters.").wait_for()
    wait_idle(page)
    assert "actors=RUS" in page.url
    legend = page.locator(".js-plotly-plot .legend").first.text_content()
    assert "Russia" in legend and "United States" not in legend

    open_tab(page, "Map")
    page.locator('[role="tabpanel"]:visible .js-plotly-plot').first.wait_for()
    snap(page, shots, "screenshot-map.png")
    assert "view=map" in page.url

    page.goto(f"{server}/?view=conflicts")
    page.get_by_text("A very different figure was given.").wait_for()
    wait_idle(page)
    assert page.get_by_text("Other Wire").first.is_visible()
    snap(page, shots, "screenshot-conflicts.png")


def download_chart(page) -> None:
    """Click the chart's PNG button: a real PNG arrives (when kaleido can run) and the view stays."""
    from timeline.export import export_status
    if not export_status()[0]:
        return
    with page.expect_download(timeout=TIMEOUT_MS) as info:
        page.get_by_role("button", name="PNG").first.click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\x89PNG") and info.value.suggested_filename == "troops.png"
    assert page.get_by_role("tab", name="Troop levels", exact=True).get_attribute("aria-selected") == "true"


def test_copied_address_reopens_the_view(server: str, page, shots: list[Path]) -> None:
    page.goto(f"{server}/?actors=USA&countries=IRQ&view=deadlines")
    page.locator(".js-plotly-plot").first.wait_for()
    wait_idle(page)
    assert page.get_by_role("tab", name="Deadlines", exact=True).get_attribute("aria-selected") == "true"
    assert page.get_by_text("of 53 claims match the filters.").inner_text().startswith(
        str(len(_sample().query("actor == 'USA' and country == 'IRQ'")) + 1))  # + the added conflict
    snap(page, shots, "screenshot-deadlines.png")


def test_arabic_ui_is_right_to_left(server: str, page, shots: list[Path]) -> None:
    page.goto(f"{server}/?lang=ar&actors=USA&view=claims")
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    wait_idle(page)
    title = page.locator("h1").first
    assert title.inner_text().startswith("الوجود العسكري")
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    snap(page, shots, "screenshot-arabic.png")


def test_selecting_a_claim_opens_its_article(server: str, page, shots: list[Path]) -> None:
    page.goto(f"{server}/?actors=USA&view=claims")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    wait_idle(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)  # the first row's selection cell
    page.locator(".text-block.article mark").wait_for()
    wait_idle(page)
    assert page.get_by_role("tab", name="Read the article", exact=True).get_attribute("aria-selected") == "true"
    mark = page.locator(".text-block.article mark").first
    assert mark.inner_text().strip()
    block = page.locator(".text-block.article").first
    assert block.evaluate("e => getComputedStyle(e).unicodeBidi") == "plaintext"
    snap(page, shots, "screenshot-article.png")


def _sample() -> pd.DataFrame:
    """The sample claims table as strings."""
    return pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
