"""The dashboard in a real browser: Playwright driving Debian's Chromium against `streamlit run`.

Every page records its requests: none may leave the dashboard's own address (127.0.0.1:PORT).
Screenshots go to a temp dir; with SAVE_SCREENSHOTS=1 also to docs/ (docs/screenshot*.png).
"""
from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from datetime import date
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

from extract.table import load_claims  # noqa: E402
from timeline.commitments import commitment_status  # noqa: E402
from timeline.troops import suggest_log_scale  # noqa: E402


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TRAP = free_port()   # an address hostile article text points at: the browser must never request it
HOSTILE_TITLE = f"![t](http://127.0.0.1:{TRAP}/x.png)"
HOSTILE = {
    "claim_id": "hx:1", "doc_id": "hx", "title": HOSTILE_TITLE, "source": f"**Bold** [wire](http://127.0.0.1:{TRAP}/s)",
    "evidence": "About \u202e900 SU\u202c troops <b>remain</b> in Niger.", "actor": "USA", "country": "NER",
    "claim_type": "troop_count", "value": "900", "qualifier": "approx", "date": "2024-03-05", "date_precision": "day",
    "date_source": "text", "status": "reported", "published": "2024-03-06", "lang": "en",
    "source_file": "samples/hx.txt", "start": "0", "base": "", "url": "",
}
HOSTILE["end"] = str(len(HOSTILE["evidence"]))
YEARLY = {**HOSTILE, "claim_id": "yr:1", "doc_id": "yr", "title": "A yearly figure", "source": "Year Wire",
          "evidence": "In 2019 some 2,000 US troops were in Syria.", "country": "SYR", "value": "2000",
          "date": "2019-01-01", "date_precision": "year", "published": "2019-12-30", "source_file": "samples/yr.txt"}
YEARLY["end"] = str(len(YEARLY["evidence"]))


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


def serve(claims: Path, script: str = "dashboard.py"):
    """`streamlit run` from the project root (so its .streamlit/config.toml applies, address included)."""
    port = free_port()
    env = dict(os.environ, CLAIMS_PATH=str(claims))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true", "--server.port", str(port),
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


def build_table(folder: Path) -> Path:
    """The sample table, a conflicting figure, a hostile article, and every article's text."""
    claims = folder / "claims.csv"
    shutil.copy(SAMPLE, claims)
    add_conflict(claims)
    table = pd.read_csv(claims, dtype=str, keep_default_na=False)
    pd.concat([table, pd.DataFrame([HOSTILE, YEARLY])], ignore_index=True).fillna("").to_csv(claims, index=False)
    write_articles(pd.read_csv(claims, dtype=str, keep_default_na=False), folder)
    return claims


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The claims table the module's server reads."""
    return build_table(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(table: Path):
    """The dashboard on a free port; always terminated."""
    yield from serve(table)


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright (never `playwright install`)."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server: str):
    """A fresh page at a desktop size whose every request is checked: only the dashboard's own address."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, device_scale_factor=1,
                                  accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    seen: list[str] = []
    pg.on("request", lambda r: seen.append(r.url))
    yield pg
    context.close()
    own = server.split("//")[1]
    assert [u for u in seen if not u.startswith(("data:", "blob:")) and u.split("/")[2] != own] == []


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Folders screenshots are written to."""
    folders = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("SAVE_SCREENSHOTS") == "1":
        folders.append(ROOT / "docs")
    return folders


def snap(page, shots: list[Path], name: str) -> None:
    """Screenshot of the page into every screenshot folder."""
    time.sleep(1.0)  # let plotly finish its transitions
    for folder in shots:
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / name), full_page=False)


def wait_idle(page) -> None:
    """Wait until Streamlit has finished the current run (no 'running' status widget)."""
    page.wait_for_timeout(400)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=TIMEOUT_MS)
    page.wait_for_timeout(200)


def load(page, url: str) -> None:
    """Open a URL and wait for the first run to finish."""
    page.goto(url)
    page.locator("h1").first.wait_for()
    wait_idle(page)


def open_tab(page, label: str) -> None:
    """Click a tab and wait for its run to finish."""
    page.get_by_role("tab", name=label, exact=True).click()
    wait_idle(page)


def caption(page) -> str:
    """The 'N of M claims match' line (either language)."""
    text = page.locator('[data-testid="stCaptionContainer"]').nth(1).inner_text()
    return text.translate(str.maketrans("", "", "\u2066\u2067\u2068\u2069"))


def no_exception(page) -> None:
    """No red exception box on the page."""
    assert page.locator('[data-testid="stException"]').count() == 0


def chart_data(page) -> list[dict]:
    """The traces plotly drew in the open tab: name, meta, customdata, hovertext, x, y, colours (once a visible
    chart has its data: on a loaded machine the map can take seconds after the page is idle)."""
    page.wait_for_function("""() => [...document.querySelectorAll('.js-plotly-plot')].some(
        e => e.offsetParent !== null && e.data)""", timeout=60_000)
    return page.evaluate("""() => {
        const gd = [...document.querySelectorAll('.js-plotly-plot')].find(e => e.offsetParent !== null);
        return gd.data.map(t => ({name: t.name, meta: t.meta || {}, x: Array.from(t.x || []),
                                  y: Array.from(t.y || []), hovertext: Array.from(t.hovertext || []),
                                  customdata: Array.from(t.customdata || []).map(r => Array.from(r || [])),
                                  color: (t.line || {}).color || (t.marker || {}).color}));
    }""")


def click_mark(page, claim_id: str) -> None:
    """Click the mark of `claim_id` on the visible chart, at its pixel position."""
    xy = page.evaluate("""(id) => {
        const gd = [...document.querySelectorAll('.js-plotly-plot')].find(e => e.offsetParent !== null);
        const box = gd.getBoundingClientRect();
        for (const t of gd._fullData) {
            const cd = t.customdata || [];
            for (let i = 0; i < cd.length; i++) {
                if (cd[i] && cd[i][0] === id && t.visible === true) {
                    const xa = gd._fullLayout[t.xaxis.replace('x', 'xaxis')];
                    const ya = gd._fullLayout[t.yaxis.replace('y', 'yaxis')];
                    return [box.left + xa._offset + xa.l2p(xa.d2l(t.x[i])),
                            box.top + ya._offset + ya.l2p(ya.d2l(t.y[i]))];
                }
            }
        }
        return null;
    }""", claim_id)
    assert xy, f"no mark for {claim_id}"
    page.mouse.move(xy[0], xy[1])
    page.wait_for_timeout(300)
    page.mouse.click(xy[0], xy[1])


def first_mark(page) -> str:
    """The claim id of the first clickable mark of the visible chart."""
    for t in chart_data(page):
        for row in t["customdata"]:
            if row and row[0] and t["meta"].get("kind") in ("series", "sighting", "deadline", "event"):
                return row[0]
    raise AssertionError("no clickable mark")


def frame(table: Path) -> pd.DataFrame:
    """The served table, typed."""
    return load_claims(table)


# ---------------------------------------------------------------- the first view and production defaults

def listening_addresses(port: int) -> set[str]:
    """Local IPv4/IPv6 addresses with a socket listening on `port` (from /proc/net/tcp*)."""
    found = set()
    for name in ("tcp", "tcp6"):
        path = Path(f"/proc/net/{name}")
        for line in path.read_text().splitlines()[1:] if path.exists() else []:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:
                found.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(addr)[::-1]) if name == "tcp"
                          else "v6:" + addr)
    return found


def test_first_view_charts_and_production_defaults(server: str, page, table: Path, shots: list[Path]) -> None:
    load(page, server)
    page.locator(".js-plotly-plot").first.wait_for()
    n = len(frame(table))
    assert caption(page) == f"{n} of {n} claims match the filters."
    assert page.get_by_text("Deploy", exact=True).count() == 0            # no deploy button for users
    icon = page.evaluate("() => [...document.querySelectorAll('link[rel~=icon]')].map(l => l.href)")
    assert icon and all(h.startswith((server, "data:")) for h in icon)    # the page icon is served locally
    assert listening_addresses(int(server.rsplit(":", 1)[1])) == {"127.0.0.1"}
    snap(page, shots, "screenshot.png")


def test_errors_show_no_details_to_users(browser, tmp_path: Path) -> None:
    script = tmp_path / "boom.py"
    script.write_text('raise RuntimeError("secret detail /etc/passwd")\n', encoding="utf-8")
    for url in serve(tmp_path / "none.csv", str(script)):
        pg = browser.new_page()
        pg.goto(url)
        pg.locator('[data-testid="stException"]').wait_for()
        text = pg.locator('[data-testid="stException"]').inner_text()
        pg.close()
        assert "secret detail" not in text and "Traceback" not in text and "Ask Google" not in text


# ---------------------------------------------------------------- clicking a mark opens its article

@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("view", ["troops", "bases", "deadlines"])
def test_clicking_a_mark_opens_its_article(server: str, page, table: Path, view: str, lang: str,
                                          shots: list[Path]) -> None:
    load(page, f"{server}/?view={view}&lang={lang}")
    page.locator('[role="tabpanel"] .js-plotly-plot').first.wait_for()
    wait_idle(page)
    claim_id = first_mark(page)
    click_mark(page, claim_id)
    page.locator(".text-block.evidence").first.wait_for()
    wait_idle(page)
    no_exception(page)
    if view == "troops":
        snap(page, shots, f"screenshot-article{'-ar' if lang == 'ar' else ''}.png")
    article = {"en": "Read the article", "ar": "قراءة المقال"}[lang]
    assert page.get_by_role("tab", name=article, exact=True).get_attribute("aria-selected") == "true"
    row = frame(table).set_index("claim_id").loc[claim_id]
    assert page.locator(".text-block.evidence").first.inner_text().strip() == row["evidence"].strip()
    assert f"claim={claim_id.replace(':', '%3A')}" in page.url and "view=article" in page.url


# ---------------------------------------------------------------- language, URL, Back

@pytest.mark.parametrize("start, other, chip", [("en", "العربية", "روسيا (RUS)"), ("ar", "English", "Russia (RUS)")])
def test_switching_language_keeps_the_filters(server: str, page, table: Path, start: str, other: str,
                                              chip: str) -> None:
    load(page, f"{server}/?actors=RUS&lang={start}")
    n = int((frame(table)["actor"] == "RUS").sum())
    page.get_by_text(other, exact=True).click()
    tabs = {"العربية": ("القواعد عبر الزمن", "أعداد القوات"), "English": ("Bases timeline", "Troop levels")}[other]
    page.get_by_role("tab", name=tabs[0], exact=True).wait_for()   # the page is in the other language now
    wait_idle(page)
    open_tab(page, tabs[0])                                       # the next interaction, then another
    open_tab(page, tabs[1])
    assert caption(page).split()[0] == str(n)
    assert "actors=RUS" in page.url
    chips = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.inner_text()
    assert chip in chips.replace("\u2066", "").replace("\u2069", "")


def toggle(page, label: str):
    """A sidebar or page toggle (a switch) by its label."""
    return page.get_by_role("switch", name=label)


def flip(page, label: str, url_part: str | None = None) -> None:
    """Click a toggle's label and wait for the run (and, when given, for `url_part` in the address)."""
    page.locator("label").filter(has=toggle(page, label)).click()
    if url_part:
        wait_url(page, url_part)
    wait_idle(page)


def wait_url(page, part: str, absent: str | None = None) -> None:
    """Wait until the address (changed in place by the page, not a navigation) holds `part` and not `absent`."""
    page.wait_for_function("([part, absent]) => location.href.includes(part) && !(absent && location.href.includes(absent))",
                           arg=[part, absent], timeout=TIMEOUT_MS)


def test_the_address_holds_the_whole_view_and_back_steps_back(server: str, page, browser) -> None:
    load(page, server)
    flip(page, "Log scale", "log=0")
    flip(page, "Group repeated reports", "grouped=0")
    assert "log=0" in page.url and "grouped=0" in page.url
    open_tab(page, "Claims")
    box = page.get_by_label("Search the evidence, base or document")
    box.fill("Hmeimim")
    box.press("Enter")
    wait_url(page, "q=Hmeimim")
    wait_idle(page)
    assert "q=Hmeimim" in page.url
    open_tab(page, "Map")
    wait_url(page, f"map_date={date.today().isoformat()}")
    page.get_by_role("slider").first.focus()
    page.keyboard.press("ArrowLeft")
    wait_url(page, "map_date=", absent=f"map_date={date.today().isoformat()}")
    wait_idle(page)
    assert "map_date=" in page.url and f"map_date={date.today().isoformat()}" not in page.url
    shared = page.url
    other = browser.new_page()                                     # the link opens the same view
    load(other, shared)
    assert other.get_by_role("tab", name="Map", exact=True).get_attribute("aria-selected") == "true"
    assert other.get_by_role("slider").first.get_attribute("aria-valuetext") == \
        page.get_by_role("slider").first.get_attribute("aria-valuetext")
    open_tab(other, "Troop levels")
    assert toggle(other, "Log scale").is_checked() is False
    assert toggle(other, "Group repeated reports").is_checked() is False
    other.close()
    page.go_back()                                                 # Back: the map at today's date
    wait_idle(page)
    assert page.get_by_role("slider").first.get_attribute("aria-valuetext") == date.today().isoformat()
    page.go_back()                                                 # Back again: the claims tab with its search
    wait_idle(page)
    assert page.get_by_role("tab", name="Claims", exact=True).get_attribute("aria-selected") == "true"
    assert page.get_by_label("Search the evidence, base or document").input_value() == "Hmeimim"


def test_log_axis_default_does_not_depend_on_the_route(server: str, page, table: Path) -> None:
    load(page, f"{server}/?view=map&actors=RUS")
    open_tab(page, "Troop levels")
    assert toggle(page, "Log scale").is_checked() is suggest_log_scale(frame(table))
    assert "log=" not in page.url


# ---------------------------------------------------------------- text direction, colours, deadlines, dates

def test_arabic_hover_keeps_dates_and_ids_left_to_right(server: str, page, shots: list[Path]) -> None:
    load(page, f"{server}/?lang=ar&actors=USA")
    page.locator(".js-plotly-plot").first.wait_for()
    snap(page, shots, "screenshot-arabic.png")
    hover = next(h for t in chart_data(page) if t["meta"].get("kind") == "series" for h in t["hovertext"])
    lines = hover.split("<br>")
    assert all(line.startswith("\u2067") and line.endswith("\u2069") for line in lines)   # each line right to left
    date_line = next(line for line in lines if line.startswith("\u2067التاريخ"))
    assert date_line.startswith("\u2067التاريخ: \u2066") and "\u2069 · " in date_line     # the date left to right


def test_a_series_keeps_its_colour_under_any_filter(server: str, page) -> None:
    def colour(url: str) -> str:
        load(page, url)
        page.locator(".js-plotly-plot").first.wait_for()
        return next(t["color"] for t in chart_data(page) if t["name"] == "United States (USA) · Iraq (IRQ)")
    everything = colour(server)
    assert colour(f"{server}/?actors=USA&countries=IRQ") == everything
    assert colour(f"{server}/?actors=USA&claim_types=troop_count") == everything


def test_deadlines_chart_says_what_the_table_says(server: str, page, table: Path, shots: list[Path]) -> None:
    load(page, f"{server}/?view=deadlines")
    page.locator('[role="tabpanel"] .js-plotly-plot').first.wait_for()
    snap(page, shots, "screenshot-deadlines.png")
    drawn = {row[0]: t["meta"]["outcome"] for t in chart_data(page) if t["meta"].get("kind") == "deadline"
             for row in t["customdata"]}
    status = commitment_status(frame(table))
    status = status[status["claim_type"] == "deadline"].explode("claim_ids")
    assert drawn == {r.claim_ids: ("overdue" if r.overdue else r.outcome) for r in status.itertuples()}
    df = frame(table).set_index("claim_id")
    marks = {row[0]: x for t in chart_data(page) if t["meta"].get("kind") == "deadline"
             for row, x in zip(t["customdata"], t["x"])}
    for claim_id, x in marks.items():        # every mark inside its own period: a 2029 deadline stays in 2029
        d, precision = df.at[claim_id, "date"], df.at[claim_id, "date_precision"]
        period = {"year": 4, "month": 7}.get(precision, 10)
        assert x[:period] == d[:period], (claim_id, x, d, precision)


def test_map_opens_at_today_and_dates_show_their_precision(server: str, page, table: Path,
                                                          shots: list[Path]) -> None:
    load(page, f"{server}/?view=map")
    page.locator('[role="tabpanel"] .js-plotly-plot').first.wait_for()
    snap(page, shots, "screenshot-map.png")
    today = date.today().isoformat()
    assert f"map_date={today}" in page.url
    assert page.get_by_role("slider").first.get_attribute("aria-valuetext") == today
    load(page, f"{server}/?grouped=0")
    hover = next(h for t in chart_data(page) for h, row in zip(t["hovertext"], t["customdata"])
                 if row and row[0] == YEARLY["claim_id"])
    assert "Date: 2019 · " in hover and "(year)" not in hover


# ---------------------------------------------------------------- exports, reviews, hostile text

def download(page, label: str):
    """Click a download button; the file's suggested name and bytes."""
    with page.expect_download(timeout=TIMEOUT_MS) as info:
        page.get_by_role("button", name=label).first.click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def test_downloads_are_clean_csv_and_a_zip_with_sources(server: str, page) -> None:
    load(page, f"{server}/?view=claims&actors=RUS")
    name, data = download(page, "Filtered claims (CSV)")
    rows = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert name == "claims_RUS_2016-2025.csv" and list(rows.columns)[:2] == ["claim_id", "doc_id"]
    assert set(rows["actor"]) == {"RUS"}
    name, data = download(page, "Filtered claims with sources (ZIP)")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "claims.csv", "sources.csv"]
        assert "actors=RUS" in zf.read("README.txt").decode("utf-8")
    from timeline.export import export_status
    if export_status()[0]:
        open_tab(page, "Troop levels")
        name, data = download(page, "PNG")
        assert name == "troops_RUS_2016-2025.png" and data.startswith(b"\x89PNG")


def test_marking_a_claim_wrong_hides_it_everywhere_until_shown(server: str, page, table: Path) -> None:
    df = frame(table)
    claim_id = df[(df["actor"] == "RUS") & (df["claim_type"] == "troop_count")]["claim_id"].iloc[0]
    n = int((df["actor"] == "RUS").sum())
    load(page, f"{server}/?view=article&claim={claim_id}&actors=RUS")
    page.get_by_placeholder("Note (optional)").fill("base number, not troops")
    page.get_by_role("button", name="Mark as wrong").click()
    page.locator('[data-testid="stCaptionContainer"]').filter(has_text="marked wrong are hidden").wait_for()
    wait_idle(page)
    assert caption(page).startswith(f"{n - 1} of ") and "marked wrong are hidden" in caption(page)
    reviews = pd.read_csv(table.with_name("reviews.csv"), dtype=str, keep_default_na=False)
    last = reviews[["claim_id", "verdict", "note"]].values.tolist()[-1]
    assert last == [claim_id, "wrong", "base number, not troops"]
    open_tab(page, "Troop levels")
    page.locator('[role="tabpanel"] .js-plotly-plot').first.wait_for()
    assert claim_id not in {row[0] for t in chart_data(page) for row in t["customdata"] if row}
    flip(page, "Show claims marked wrong", "hidden=1")
    assert caption(page).startswith(f"{n} of ") and "hidden=1" in page.url
    open_tab(page, "Read the article")
    page.get_by_role("button", name="Undo the mark").click()
    page.get_by_role("button", name="Undo the mark").wait_for(state="detached")
    wait_idle(page)
    assert pd.read_csv(table.with_name("reviews.csv"), dtype=str, keep_default_na=False)["verdict"].iloc[-1] == ""


def test_article_derived_text_reaches_the_page_as_text(server: str, page, table: Path, shots: list[Path]) -> None:
    load(page, f"{server}/?view=article&claim=hx:1")
    page.locator(".text-block.evidence").first.wait_for()
    snap(page, shots, "screenshot-hostile-title.png")
    assert page.get_by_text(HOSTILE_TITLE, exact=True).count() == 1            # shown literally, not as an image
    assert page.locator("main img").count() == 0
    assert page.locator("main").get_by_text("**Bold**", exact=False).count() >= 1
    evidence = page.locator(".text-block.evidence").first
    assert evidence.inner_text().strip() == "About 900 SU troops <b>remain</b> in Niger."   # no override shown
    assert evidence.evaluate("e => getComputedStyle(e).unicodeBidi") in ("isolate", "plaintext")
    for view in ("troops", "claims", "map"):
        load(page, f"{server}/?view={view}&countries=NER")
        no_exception(page)
    hover = " ".join(h for t in chart_data(page) for h in t["hovertext"] if h)
    assert "&lt;b&gt;" in hover or "<b>remain" not in hover


def test_upload_report_shows_file_names_as_text(browser, tmp_path: Path) -> None:
    claims = build_table(tmp_path)
    for url in serve(claims):
        pg = browser.new_page(viewport={"width": 1500, "height": 1000})
        seen: list[str] = []
        pg.on("request", lambda r, seen=seen: seen.append(r.url))
        load(pg, url)
        pg.get_by_text("Add articles").click()
        name = f"![u](http://127.0.0.1:{TRAP}/y.png).txt"
        pg.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            [{"name": name, "mimeType": "text/plain", "buffer": b"\x00\x01\x02 binary"}])
        wait_idle(pg)
        pg.get_by_role("button", name="Extract and add").click()
        pg.get_by_text("Could not use:").wait_for()
        wait_idle(pg)
        assert pg.locator('[data-testid="stSidebar"]').get_by_text(name, exact=False).count() >= 1
        pg.close()
        assert [u for u in seen if str(TRAP) in u] == []


# ---------------------------------------------------------------- a table too big to draw claim by claim

@pytest.fixture(scope="module")
def big_server(tmp_path_factory: pytest.TempPathFactory):
    """The dashboard over 310,000 claims made from the sample's rows (past LOAD_LIMIT: DuckDB's monthly bins)."""
    from timeline.browser_bench import seeded_claims
    path = tmp_path_factory.mktemp("big") / "claims.parquet"
    seeded_claims(pd.read_csv(SAMPLE, dtype=str, keep_default_na=False), 310_000).to_parquet(path, index=False)
    yield from serve(path)


@pytest.mark.parametrize("lang, help_text", [("en", "Too many statements to draw one by one"),
                                             ("ar", "التصريحات أكثر من أن تُرسم واحدًا واحدًا")])
def test_a_big_table_draws_monthly_marks_that_open_their_article(big_server: str, browser, lang: str,
                                                                 help_text: str) -> None:
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        load(page, f"{big_server}/?lang={lang}")
        page.locator('[role="tabpanel"] .js-plotly-plot').first.wait_for()
        wait_idle(page)
        no_exception(page)
        marks = [t for t in chart_data(page) if t["meta"].get("kind") in ("series", "target", "event")]
        assert marks and all(t["meta"].get("binned") for t in marks)
        assert help_text in page.locator('[role="tabpanel"]').first.inner_text()
        assert "310,000" in caption(page)
        claim_id = first_mark(page)
        click_mark(page, claim_id)
        page.locator(".text-block.evidence").first.wait_for()
        wait_idle(page)
        no_exception(page)
        assert f"claim={claim_id.replace(':', '%3A').replace('#', '%23')}" in page.url
    finally:
        context.close()
