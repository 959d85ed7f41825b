"""dashboard.py through Streamlit's AppTest: filters, charts, URL state, exports, articles, upload."""
from __future__ import annotations

import html
import json
import shutil
import sys
import types
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from plotly_data import decode  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "sample_claims.csv"
CHART_TABS = {"troops": "Troop levels", "bases": "Bases timeline", "map": "Map", "deadlines": "Deadlines"}
MAGIC = {"png": b"\x89PNG", "svg": b"<svg", "pdf": b"%PDF"}
HOSTILE = "<script>alert('x')</script>\n# Not a heading\n**not bold** [link](javascript:alert(1))\n"


def write_articles(claims: pd.DataFrame, folder: Path, prefix: str = "") -> None:
    """Rebuild each sample article from its evidence sentences, at their offsets where there is room."""
    for source_file, rows in claims.groupby("source_file"):
        text = prefix
        for _, r in rows.sort_values("start").iterrows():
            start = int(r["start"]) + len(prefix)
            text = text.ljust(start, "\n") if len(text) <= start else text + "\n"
            text += r["evidence"]
        path = folder / source_file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sample table (with its articles) that CLAIMS_PATH points at."""
    path = tmp_path / "claims.csv"
    shutil.copy(SAMPLE, path)
    write_articles(pd.read_csv(path, dtype=str, keep_default_na=False), tmp_path)
    monkeypatch.setenv("CLAIMS_PATH", str(path))
    return path


def app(query: dict | None = None, tab: str | None = None) -> AppTest:
    """The dashboard after its first run (optionally opened from a URL and on a tab)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    if tab:
        open_tab(at, tab)
    assert not at.exception, at.exception
    return at


def open_tab(at: AppTest, label: str) -> AppTest:
    """Switch tabs the way a click does (the tab widget's state) and rerun."""
    at.session_state["tab"] = label
    at.run()
    assert not at.exception, at.exception
    return at


def chart_traces(at: AppTest) -> list[dict]:
    """Every trace of every plotly chart on the page, arrays decoded."""
    traces = []
    for chart in at.get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            traces.append({k: decode(v) for k, v in trace.items()})
    return traces


def chart_text(at: AppTest) -> str:
    """Names and hover texts of all traces, for checking whose data a chart draws."""
    parts = []
    for t in chart_traces(at):
        parts.append(str(t.get("name", "")))
        parts += [str(h) for h in (t.get("hovertext") or t.get("text") or []) if h]
    return "\n".join(parts)


BIDI = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def captions(at: AppTest) -> str:
    """All caption texts of the page (without the isolates that keep numbers and names in order)."""
    return "\n".join(c.value for c in at.caption).translate(BIDI)


def test_first_page_draws_troop_levels(claims: Path) -> None:
    at = app()
    assert "52 of 52 claims" in captions(at)
    assert len(at.get("plotly_chart")) == 1
    assert "United States (USA)" in chart_text(at)


@pytest.mark.parametrize("tab", list(CHART_TABS.values()))
def test_actor_filter_changes_what_every_chart_draws(claims: Path, tab: str) -> None:
    at = app(tab=tab)
    before = chart_traces(at)
    assert before, f"no chart on {tab}"
    at.multiselect(key="f_actors").set_value(["RUS"]).run()
    after_text = chart_text(at)
    assert chart_traces(at) != before
    assert "Russia" in after_text
    assert "United States" not in after_text and "Global Coalition" not in after_text


def test_actor_options_show_names_not_codes(claims: Path) -> None:
    at = app()
    shown = at.multiselect(key="f_actors").options
    assert "United States (USA)" in shown and "Global Coalition" in shown and "USA" not in shown


def test_empty_result_shows_message_not_charts(claims: Path) -> None:
    at = app()
    at.multiselect(key="f_actors").set_value(["FRA"])
    at.multiselect(key="f_countries").set_value(["IRQ"]).run()
    assert any("No claims match" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.exception


@pytest.mark.parametrize("query,expected_caption,widget,value", [
    ({"actors": ["USA"]}, "27 of 52", "f_actors", ["USA"]),
    ({"actors": ["USA", "RUS"], "countries": "SYR"}, "of 52", "f_countries", ["SYR"]),
    ({"claim_types": ["deadline"], "statuses": ["planned"]}, "of 52", "f_statuses", ["planned"]),
    ({"actors": ["NOPE"]}, "52 of 52", "f_actors", []),
])
def test_url_query_restores_filters(claims: Path, query: dict, expected_caption: str, widget: str,
                                    value: list) -> None:
    at = app(query)
    assert at.multiselect(key=widget).value == value
    assert expected_caption in captions(at)


def test_url_restores_dates_tab_and_language(claims: Path) -> None:
    at = app({"date_from": "2021-01-01", "date_to": "2022-12-31", "view": "claims", "lang": "ar"})
    assert tuple(at.date_input(key="f_dates").value) == (pd.Timestamp("2021-01-01").date(),
                                                           pd.Timestamp("2022-12-31").date())
    assert at.session_state["tab"] == "الادعاءات"
    dates = pd.to_datetime(at.dataframe[0].value["date"].replace("", None), format="mixed")
    assert dates.notna().any() and dates.dropna().between("2021-01-01", "2022-12-31").all()


def test_filters_are_written_to_the_url(claims: Path) -> None:
    at = app()
    at.multiselect(key="f_actors").set_value(["RUS", "FRA"])
    at.multiselect(key="f_claim_types").set_value(["troop_count"]).run()
    assert at.query_params["actors"] == ["RUS", "FRA"]
    assert at.query_params["claim_types"] in ("troop_count", ["troop_count"])
    assert "countries" not in at.query_params


def test_arabic_ui_labels_names_and_rtl(claims: Path) -> None:
    at = app({"lang": "ar"})
    assert at.title[0].value == "الوجود العسكري الأجنبي عبر الزمن"
    assert [t.label for t in at.tabs][:2] == ["أعداد القوات", "القواعد عبر الزمن"]
    css = "".join(h.proto.body for h in at.get("html"))
    assert "direction: rtl" in css and "Noto Naskh Arabic" in css
    assert "الولايات المتحدة" in chart_text(at)


def test_language_switch_keeps_the_open_tab(claims: Path) -> None:
    at = app(tab="Bases timeline")
    at.radio(key="lang").set_value("ar").run()
    assert at.session_state["tab"] == "القواعد عبر الزمن"
    assert at.get("plotly_chart")


@pytest.fixture
def recorded_downloads(monkeypatch: pytest.MonkeyPatch) -> dict:
    """file name -> the callable a download button registered (what runs when the user clicks)."""
    seen: dict = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        """Remember the callable, then register it as usual."""
        seen[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name=file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return seen


def test_export_buttons_render_images_only_when_clicked(claims: Path, recorded_downloads: dict) -> None:
    from timeline.export import export_status
    ok, why = export_status()
    if not ok:
        pytest.skip(f"no browser for image export: {why}")
    at = app({"actors": "USA", "countries": "IRQ"})
    labels = [b.label for b in at.download_button]
    assert labels[:3] == ["PNG", "SVG", "PDF"]
    for fmt, magic in MAGIC.items():
        data = recorded_downloads[f"troops_USA_IRQ_2020-2025.{fmt}"]()
        assert magic in data[:400], fmt


def test_without_browser_buttons_give_the_install_hint(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = app()
    assert not at.download_button
    assert "Image export is unavailable" in captions(at) and "chromium" in captions(at).lower()


def test_csv_exports_are_clean_and_the_zip_names_sources_and_filters(claims: Path, recorded_downloads: dict) -> None:
    import io
    import zipfile
    app({"actors": "RUS"}, tab="Claims")
    names = sorted(n for n in recorded_downloads if n.startswith("claims"))
    assert names == ["claims.csv", "claims_RUS_2016-2025.csv", "claims_RUS_2016-2025.zip"]
    filtered = pd.read_csv(io.BytesIO(recorded_downloads["claims_RUS_2016-2025.csv"]()), dtype=str,
                           encoding="utf-8-sig")
    full = pd.read_csv(io.BytesIO(recorded_downloads["claims.csv"]()), dtype=str, encoding="utf-8-sig")
    assert set(filtered["actor"]) == {"RUS"} and len(filtered) == 7 and len(full) == 52
    assert list(full.columns)[:3] == ["claim_id", "doc_id", "published"]
    with zipfile.ZipFile(io.BytesIO(recorded_downloads["claims_RUS_2016-2025.zip"]())) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "claims.csv", "sources.csv"]
        readme = zf.read("README.txt").decode("utf-8")
        sources = pd.read_csv(io.BytesIO(zf.read("sources.csv")), dtype=str, encoding="utf-8-sig")
        assert len(pd.read_csv(io.BytesIO(zf.read("claims.csv")), encoding="utf-8-sig")) == 7
    assert "Filters: Actor: Russia (RUS)" in readme and "actors=RUS" in readme
    assert set(sources["doc_id"]) == set(filtered["doc_id"])


def test_csv_exports_cannot_start_a_formula(claims: Path, recorded_downloads: dict) -> None:
    table = pd.read_csv(claims, dtype=str, keep_default_na=False)
    table.loc[0, ["evidence", "title"]] = ['=HYPERLINK("http://x.example","انقر هنا")', "@SUM(A1:A9)"]
    table.to_csv(claims, index=False)
    stored = claims.read_bytes()
    app(tab="Claims")
    for name in ("claims_2016-2029.csv", "claims.csv"):
        text = recorded_downloads[name]().decode("utf-8-sig")
        rows = pd.read_csv(pd.io.common.StringIO(text), dtype=str, keep_default_na=False)
        row = rows.set_index("claim_id").loc[table.loc[0, "claim_id"]]
        assert (row["evidence"], row["title"]) == ('\'=HYPERLINK("http://x.example","انقر هنا")', "'@SUM(A1:A9)")
    assert claims.read_bytes() == stored   # the table itself is data: kept exact


@pytest.mark.parametrize("query,expect_rows", [("عين الأسد", True), ("Hmeimim", True), ("zzzz-nothing", False)])
def test_claims_search(claims: Path, query: str, expect_rows: bool) -> None:
    at = app(tab="Claims")
    at.text_input(key="claims_search").input(query).run()
    table = at.dataframe[0].value
    assert (len(table) > 0) is expect_rows
    if expect_rows:
        assert table.apply(lambda r: query in " ".join(map(str, r.values)), axis=1).all()


def article_html(at: AppTest) -> str:
    """The HTML of the article body block."""
    return next(h.proto.body for h in at.get("html") if 'class="text-block article"' in h.proto.body)


def test_article_highlights_the_evidence(claims: Path) -> None:
    at = app({"view": "article", "claim": "d01:2"})
    assert at.query_params["claim"] in ("d01:2", ["d01:2"])
    body = article_html(at)
    assert "<mark>وكان أكثر من 1500 جندي أمريكي في قاعدة عين الأسد" in body
    others = at.dataframe[0].value
    assert set(others["claim_id"]) == {"d01:1", "d01:3", "d01:4"}


def test_article_text_is_shown_as_text_never_html(claims: Path, tmp_path: Path) -> None:
    table = pd.read_csv(claims, dtype=str, keep_default_na=False)
    write_articles(table[table["doc_id"] == "d02"], tmp_path, prefix=HOSTILE)  # offsets now off by the prefix
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["view"] = "article"
    at.query_params["claim"] = "d02:1"
    at.run()
    body = article_html(at)
    assert "<script" not in body and "&lt;script&gt;" in body
    assert "**not bold**" in body and "# Not a heading" in body and "<a " not in body
    assert "<mark>" in body  # found by search although the stored offsets no longer match
    assert any("offsets do not match" in c.value for c in at.caption)


def test_missing_article_file_shows_evidence_and_warning(claims: Path) -> None:
    (claims.parent / "samples" / "d03.txt").unlink()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["view"] = "article"
    at.query_params["claim"] = "d03:1"
    at.run()
    assert any("not found" in w.value for w in at.warning)


def add_conflict(claims: Path) -> pd.Series:
    """Append a claim tripling a reported day-precision country figure; returns the original claim."""
    table = pd.read_csv(claims, dtype=str, keep_default_na=False)
    base = table[(table["claim_type"] == "troop_count") & (table["date_precision"] == "day")
                 & (table["status"] == "reported") & (table["base"] == "")].iloc[0].copy()
    clash = base.copy()
    clash.update({"claim_id": "zz:1", "doc_id": "zz", "source": "Other Wire", "value": str(float(base["value"]) * 3),
                  "qualifier": "exact", "evidence": "A very different figure was given.",
                  "source_file": "samples/zz.txt", "start": "0", "end": "34"})
    pd.concat([table, clash.to_frame().T]).to_csv(claims, index=False)
    return base


def test_conflicts_tab_shows_both_sides(claims: Path) -> None:
    base = add_conflict(claims)
    at = app(tab="Conflicts")
    page = "".join(h.proto.body for h in at.get("html"))
    assert "A very different figure was given." in page and html.escape(base["evidence"]) in page
    assert "Other Wire" in page


def test_unreadable_table_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "claims.parquet"
    bad.write_bytes(b"\x00\x01 not a table")
    monkeypatch.setenv("CLAIMS_PATH", str(bad))
    at = app()
    assert any("Could not read the claims table" in e.value for e in at.error)


def test_table_without_claims_says_so(claims: Path) -> None:
    claims.write_text("note\nnot a claims table\n", encoding="utf-8")
    at = app()
    assert any("has no claims" in i.value for i in at.info)
    assert not any("No claims match" in i.value for i in at.info)


def test_missing_table_explains_how_to_build_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_PATH", str(tmp_path / "none.csv"))
    at = app()
    assert any("make claims" in i.value for i in at.info)
    assert at.sidebar.file_uploader  # uploading can create the table


def stub_extract(doc):
    """A stand-in extractor (one presence claim per article) so the upload test does not depend on rules."""
    from extract.table import COLUMNS
    row = {c: "" for c in COLUMNS}
    first = doc.text.split("\n", 1)[0]
    row.update(claim_id=f"{doc.doc_id}:001", doc_id=doc.doc_id, claim_type="presence", actor="TUR",
               country="SYR", date="2024-05-01", date_precision="day", date_source="text", status="reported",
               evidence=first, start=0, end=len(first), published=doc.published, source_file=doc.path)
    return [row]


def test_upload_adds_claims_reports_duplicates_and_bad_files(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "extract.pipeline", types.SimpleNamespace(extract_document=stub_extract))
    at = app()
    text = "الاثنين، 6 مايو 2024\nتنتشر قوات تركية في شمال سوريا منذ أيار 2024.\nوقال مسؤول إن الانتشار مستمر."
    at.sidebar.file_uploader[0].set_value([("turkey.txt", text.encode("utf-8"), "text/plain"),
                                           ("blank.txt", b"  \n ", "text/plain")]).run()
    assert at.sidebar.text_input[0].placeholder == "2024-05-06"  # the dateline is the default
    at.button(key="upload_run").click().run()
    assert not at.exception
    assert any("Added 1 article" in s.value.translate(BIDI) for s in at.success)
    page = "".join(h.proto.body for h in at.get("html"))
    assert any("Could not use" in e.value for e in at.error) and "blank.txt: " in page and "empty" in page
    assert 'href="?view=article&amp;claim=' in page      # the new claim, linked to its article
    assert not at.sidebar.file_uploader[0].value       # the uploader is cleared
    assert "53 of 53 claims" in captions(at)
    assert any("TUR" in o for o in at.multiselect(key="f_actors").options)
    at.sidebar.file_uploader[0].set_value([("turkey.txt", text.encode("utf-8"), "text/plain")]).run()
    at.button(key="upload_run").click().run()
    assert any("already loaded" in w.value for w in at.warning)
    assert "53 of 53 claims" in captions(at)


@pytest.fixture
def dashboard_module(claims: Path):
    """dashboard.py imported as a module (its functions, without running the page)."""
    import importlib
    return importlib.import_module("dashboard")


@pytest.mark.parametrize("state, expected", [
    ({"selection": {"points": [{"customdata": ["c7"], "x": "2021-01-01"}]}}, "c7"),
    ({"selection": {"points": [{"customdata": "c7"}]}}, "c7"),            # 1-D customdata
    ({"selection": {"points": [{"x": 1}, {"customdata": ["c9", 5]}]}}, "c9"),
    ({"selection": {"points": [{"customdata": [None]}]}}, None),            # a target's gap point
    ({"selection": {"points": []}}, None),
    (None, None),
])
def test_clicked_point_selects_its_claim(dashboard_module, state, expected) -> None:
    assert dashboard_module.selected_claim_from_chart(state) == expected


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_clicking_a_point_opens_the_article_tab(dashboard_module, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    session: dict = {"lang": lang, "chart_troops": {"selection": {"points": [{"customdata": ["d03:2"]}]}}}
    monkeypatch.setattr(dashboard_module.st, "session_state", session)
    dashboard_module.on_point("chart_troops")
    assert session["_claim"] == "d03:2"
    assert session["tab"] == dashboard_module.Texts(lang)("tabs.article")


@pytest.mark.parametrize("tab", list(CHART_TABS.values()))
def test_every_chart_mark_carries_its_claim_id(claims: Path, tab: str) -> None:
    at = app(tab=tab)
    ids = set(pd.read_csv(claims, dtype=str, keep_default_na=False)["claim_id"])
    marks = [t for t in chart_traces(at) if t.get("hoverinfo") != "skip" and t.get("customdata") is not None]
    assert marks
    firsts = {row[0] for t in marks for row in t["customdata"] if row and row[0] is not None}
    assert firsts and firsts <= ids


def test_log_scale_toggle(claims: Path) -> None:
    at = app()
    at.toggle(key="troops_log").set_value(True).run()
    (chart,) = at.get("plotly_chart")
    assert json.loads(chart.proto.spec)["layout"]["yaxis"]["type"] == "log"


def test_troop_chart_starts_on_a_log_axis_when_values_span_orders(claims: Path) -> None:
    at = app()
    toggle = at.toggle(key="troops_log")
    assert toggle.value is True                     # the sample has 70,000 beside a few hundred
    assert chart_traces(at) and at.get("plotly_chart")[0].proto.spec
    assert '"type":"log"' in at.get("plotly_chart")[0].proto.spec.replace(" ", "")
    toggle.set_value(False).run()
    assert '"type":"log"' not in at.get("plotly_chart")[0].proto.spec.replace(" ", "")


def test_repeated_reports_are_drawn_once_unless_ungrouped(claims: Path) -> None:
    table = pd.read_csv(claims, dtype=str, keep_default_na=False)
    count = table[(table["claim_type"] == "troop_count") & (table["value"] != "")].iloc[[0]]
    echo = count.assign(claim_id="echo:1", doc_id="echo", source="Another outlet")   # the same report again
    pd.concat([table, echo]).to_csv(claims, index=False)
    at = app()
    def points() -> int:
        return sum(len(t.get("x") or []) for t in chart_traces(at) if t.get("mode") == "lines+markers")
    grouped = points()
    assert at.toggle(key="troops_grouped").value is True
    at.toggle(key="troops_grouped").set_value(False).run()
    assert points() == grouped + 1     # the echo is drawn only when repeated reports are not grouped


@pytest.mark.parametrize("lang, date_shown", [("ar", "\u20682020-01-15\u2069"), ("en", "\u20682020-01-15\u2069")])
def test_article_header_keeps_its_date_left_to_right(claims: Path, lang: str, date_shown: str) -> None:
    at = app({"view": "article", "claim": "d01:2", "lang": lang})
    header = next(h.proto.body for h in at.get("html") if "d01" in h.proto.body and "2020-01-15" in h.proto.body)
    assert date_shown in header          # an isolate: "2020-01-15" cannot show as "15-01-2020" in Arabic


@pytest.mark.parametrize("query, n_caption, binned", [
    ({}, "52 of 52 claims", True),                    # past the limit: DuckDB's monthly bins
    ({"actors": "RUS"}, "7 of 52 claims", False),     # under it: every claim its own mark
])
def test_a_big_selection_of_a_file_draws_bins_and_keeps_every_view(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   query: dict, n_caption: str, binned: bool) -> None:
    import timeline.dataset_views
    monkeypatch.setattr(timeline.dataset_views, "LOAD_LIMIT", 20)
    at = app(query)
    assert n_caption in captions(at)
    assert ("Too many statements to draw one by one" in captions(at)) is binned
    assert ("Each point is one statement" in captions(at)) is not binned
    troops = [t for t in chart_traces(at) if t.get("meta", {}).get("kind") in ("series", "target", "event")]
    assert troops and {bool(t["meta"].get("binned")) for t in troops} == {binned}
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["filename"] == ("troops_2016-2029" if binned else "troops_RUS_2016-2025")
    open_tab(at, "Bases")                              # a file's selection is in memory: its other views apply
    assert len(at.get("plotly_chart")) == 1 and not at.info
