"""The relevance pre-filter: built from the rule file and the gazetteer, keeps every gold article with claims."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract import runner
from extract.cli import main
from extract.cues import RULES_FILE
from extract.documents import iter_documents
from extract.gazetteer import load_gazetteer
from extract.prefilter import NEAR_CHARS, Prefilter, load_prefilter, troop_words
from extract.rulefile import languages, load_rule_file
from extract.table import read_table

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
# (documents, gold): every corpus with gold claims; the shared ones are read in place when present.
GOLD_CORPORA = [
    pytest.param(ROOT / "seeds", ROOT / "tests" / "data" / "seeds-gold.csv", id="seeds"),
    pytest.param(SHARED / "dev" / "articles" / "docs", SHARED / "dev" / "articles" / "gold.csv", id="dev"),
    pytest.param(SHARED / "dev2" / "docs", SHARED / "dev2" / "gold.csv", id="dev2"),
]


@pytest.mark.parametrize("docs, gold", GOLD_CORPORA)
def test_every_gold_article_with_claims_is_kept(docs, gold):
    if not gold.exists():
        pytest.skip(f"{gold} is not here (a fresh clone without ../shared)")
    with gold.open(encoding="utf-8-sig", newline="") as handle:
        with_claims = {row["doc_id"] for row in csv.DictReader(handle)}
    keep = load_prefilter().relevant
    read = {doc.doc_id: keep(doc.text) for doc in iter_documents([docs], lambda problem: None)}
    assert with_claims <= set(read), "gold documents missing from the corpus"
    assert sorted(doc_id for doc_id in with_claims if not read[doc_id]) == []


@pytest.mark.parametrize("text, relevant", [
    pytest.param("ينتشر نحو 2500 جندي أمريكي في العراق.", True, id="ar-troops-in-iraq"),
    pytest.param("وأعلنت واشنطن سحب قواتها بالكامل من سوريا", True, id="ar-clitics-withdrawal"),
    pytest.param("Some 2,500 US troops remain in Iraq.", True, id="en-troops-in-iraq"),
    pytest.param("Germany will extend its presence in Lithuania until 2029.", True, id="en-extension-no-force-noun"),
    pytest.param("فاز الفريق في المباراة النهائية وسط حضور جماهيري كبير.", False, id="ar-sport-no-place"),
    pytest.param("Shares rose 2% on Monday as investors cheered the results.", False, id="en-markets-no-place"),
    pytest.param("Iraq's central bank held rates. " + "Prices rose. " * 60 + "The troops were tired.", False,
                 id="en-troop-word-far-from-the-place"),
    pytest.param("The troopship museum reopened in Iraq.", False, id="en-troop-inside-a-longer-word"),
    pytest.param("Soldiering on, Iraq's exporters shipped more oil.", False, id="en-soldier-inside-a-word"),
])
def test_a_troop_word_near_a_place_or_actor(text, relevant):
    assert load_prefilter().relevant(text) is relevant


def test_the_automaton_is_built_from_the_rule_file_and_the_gazetteer():
    """Every troop word of every language and every gazetteer name is a key: data, not a hand list."""
    built = load_prefilter()
    cues = troop_words(load_rule_file(RULES_FILE), languages())
    names = {" ".join(key.split()) for key in load_gazetteer().lexicon if key.strip()}
    assert len(cues) > 60 and len(names) > 3000
    assert all(built.automaton.exists(word) for word, _ in cues)
    assert all(built.automaton.exists(name) for name in names)
    assert built.size == len({w for w, _ in cues} | names)


def test_a_new_name_or_word_reaches_the_filter():
    text = "The zorblax garrison stayed in Quuxland."
    assert not Prefilter([("battalion", False)], ["iraq"]).relevant(text)
    assert Prefilter([("garrison", False)], ["quuxland"]).relevant(text)
    assert Prefilter([("zorbl", True)], ["quuxland"]).relevant(text)       # withdraw* style: any ending
    assert not Prefilter([("zorbl", False)], ["quuxland"]).relevant(text)


def test_near_is_a_distance_in_characters():
    text = "Troops " + "x " * (NEAR_CHARS // 2) + "Iraq"
    assert not Prefilter([("troops", False)], ["iraq"], near=NEAR_CHARS).relevant(text)
    assert Prefilter([("troops", False)], ["iraq"], near=2 * NEAR_CHARS).relevant(text)


def one_claim(doc) -> list[dict]:
    """One claim per document (module level: worker processes use it)."""
    return [{"claim_type": "presence", "evidence": doc.text}]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_line_skips_unrelated_articles_with_prefilter(tmp_path, capsys, monkeypatch, jobs):
    monkeypatch.setattr(runner, "pipeline", lambda: one_claim)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("ينتشر نحو 2500 جندي أمريكي في العراق.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Shares rose 2% on Monday.", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text("Some 2,500 US troops remain in Iraq.", encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out.csv"), "--prefilter", "--jobs", jobs]) == 0
    assert list(read_table(tmp_path / "out.csv")["doc_id"]) == ["a", "c"]
    printed = capsys.readouterr().out
    assert "read 3 documents" in printed
    assert "pre-filter: 1 of 3 documents skipped (33%: no troop word near a place or actor)" in printed
