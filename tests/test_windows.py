"""Long documents in windows (issue 9): nothing lost or doubled at a cut, exact offsets, bounded work."""
from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

from extract import pipeline, windows
from extract.documents import Document
from extract.pipeline import extract_document
from extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = {
    "en": ["About {n} US troops remain in Iraq, the Pentagon said.",
           "The US will withdraw {n} soldiers from Syria by September 2026.",
           "Officials said {n} marines arrived at Ain al-Asad air base.",
           "The weather in the capital was mild and markets were calm."],
    "ar": ["ينتشر نحو {n} جندي أمريكي في العراق.",
           "أعلنت وزارة الدفاع الأمريكية سحب {n} جندي من سوريا بحلول أيلول 2026.",
           "وصل {n} جندي إلى قاعدة عين الأسد.",
           "كان الطقس معتدلا في العاصمة وهدأت الأسواق."],
}


def long_text(lang: str, chars: int, seed: int = 0, filler: float = 0.25) -> str:
    """Paragraphs of claim sentences with distinct numbers, and a share of filler, until `chars` characters."""
    rng = random.Random(seed)
    parts, size, n = [], 0, 100
    claims, plain = TEMPLATES[lang][:-1], TEMPLATES[lang][-1]
    while size < chars:
        sentences = [plain if rng.random() < filler else rng.choice(claims).format(n=(n := n + 7))
                     for _ in range(rng.randint(1, 6))]
        parts.append(" ".join(sentences))
        size += len(parts[-1]) + 1
    return "\n".join(parts)


@pytest.fixture
def small_windows(monkeypatch):
    monkeypatch.setattr(windows, "WINDOW_CHARS", 3000)
    monkeypatch.setattr(windows, "OVERLAP_CHARS", 400)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_windowed_extraction_gives_the_rows_of_the_whole_document(lang, monkeypatch):
    doc = Document(doc_id="long", text=long_text(lang, 40_000), published="2024-05-01", lang=lang)
    monkeypatch.setattr(windows, "WINDOW_CHARS", 10**9)
    whole = extract_document(doc)
    monkeypatch.setattr(windows, "WINDOW_CHARS", 3000)
    monkeypatch.setattr(windows, "OVERLAP_CHARS", 400)
    assert len(list(windows.windows(doc.text))) >= 12
    windowed = extract_document(doc)
    assert len(whole) > 100
    assert windowed == whole
    assert all(doc.text[r["start"]:r["end"]] == r["evidence"] for r in windowed)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_cores_tile_the_text_at_sentence_starts(lang, small_windows):
    text = long_text(lang, 30_000, seed=3)
    found = list(windows.windows(text))
    assert found[0].core_start == 0 and found[-1].core_end == len(text)
    assert all(a.core_end == b.core_start for a, b in zip(found, found[1:]))
    starts = {s.start for s in split_sentences(text)}
    assert all(w.core_start in starts for w in found[1:])
    assert all(w.start <= w.core_start - 300 and w.core_end + 300 <= w.end for w in found[1:-1])
    assert max(w.end - w.start for w in found) <= 3000 + 400 + 2 * windows._LONGEST_WORD


def test_a_short_document_is_one_window():
    assert list(windows.windows("Troops left.")) == [windows.Window(0, 12, 0, 12)]


@pytest.mark.parametrize("text", [
    pytest.param("word " * 5000, id="one-sentence-of-words"),
    pytest.param("x" * 25_000, id="no-space-at-all"),
    pytest.param("ألف " * 5000, id="arabic-number-words"),
])
def test_text_without_sentences_is_cut_between_words_or_anywhere(text, small_windows):
    found = list(windows.windows(text))
    assert found[0].core_start == 0 and found[-1].core_end == len(text)
    assert all(a.core_end == b.core_start and a.core_start < a.core_end for a, b in zip(found, found[1:]))
    if " " in text:
        assert all(text[w.core_start - 1] == " " for w in found[1:])


def test_the_pipeline_only_ever_sees_a_window(small_windows, monkeypatch):
    seen: list[int] = []
    sentences = pipeline._sentences
    monkeypatch.setattr(pipeline, "_sentences", lambda text, *a: seen.append(len(text)) or sentences(text, *a))
    extract_document(Document(doc_id="long", text=long_text("ar", 30_000), published="2024-05-01"))
    assert len(seen) >= 10 and max(seen) <= 3000 + 400 + 2 * windows._LONGEST_WORD


PEAK_SCRIPT = """
import resource, sys
sys.path.insert(0, "tests")
from test_windows import long_text
from extract.documents import Document
from extract.pipeline import extract_document
extract_document(Document(doc_id="warm", text=long_text("ar", 20_000), published="2024-05-01"))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = long_text("ar", int(sys.argv[1]), seed=5, filler=0.98).replace("جندي", "جنـديٌ")   # tatweel, a mark: folds differ
rows = extract_document(Document(doc_id="long", text=text, published="2024-05-01", lang="ar"))
print(len(rows), (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def test_peak_memory_does_not_grow_with_the_document():
    """A 1.5 M-character article: +170 MB before (whole-text maps, 1024 cached folds), flat now."""
    result = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, "1500000"], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    rows, grew_mb = map(int, result.stdout.split())
    assert rows > 100 and grew_mb < 30


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_document_shows_a_progress_bar_when_enabled(small_windows, monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    windows.show_progress(True)
    try:
        list(windows.windows("Troops left. " * 1000, label="big.txt"))
    finally:
        windows.show_progress(False)
    assert terminal.getvalue().startswith("\n\rbig.txt:   0%|          | 0.00/13.0k [")
    terminal.truncate(0)
    list(windows.windows("Troops left. " * 1000, label="big.txt"))
    assert terminal.getvalue() == ""
