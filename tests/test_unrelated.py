"""The benchmark's unrelated news: varied articles in both languages, mixed into a crawl at a given share."""
from __future__ import annotations

import random

import pytest

from extract.rulefile import detect_lang
from extract.unrelated import crawl_documents, unrelated_article


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_unrelated_articles_are_varied_and_in_their_language(lang):
    rng = random.Random(1)
    articles = [unrelated_article(rng, lang) for _ in range(300)]
    assert len(set(articles)) == 300
    assert {detect_lang(a) for a in articles} == {lang}
    sentences = [s for a in articles for s in a.replace("\n\n", ". ").split(". ")]
    assert len(set(sentences)) > 500


def test_a_crawl_has_the_share_of_troop_articles_asked_for():
    docs = list(crawl_documents(4000, related_share=0.05, seed=2))
    related = sum(d.path.startswith("<synthetic") for d in docs)
    assert len(docs) == 4000 and 150 <= related <= 250
    assert len({d.doc_id for d in docs}) == 4000
