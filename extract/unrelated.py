"""Synthetic news that says nothing about troops (sport, markets, weather, courts...), in Arabic and English.

Benchmark material for the relevance pre-filter: `crawl_documents(n, related_share)` mixes it with the
troop articles of extract.bench in the proportions of a news crawl. Each unrelated article is a headline and
one to three paragraphs drawn from one topic's templates (benchdata/unrelated_news.yaml), slots filled at
random, so articles differ in words, places, numbers and length.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

from extract.bench import synthetic_documents
from extract.documents import Document

DATA = Path(__file__).parent / "benchdata" / "unrelated_news.yaml"
ARABIC_SHARE = 0.5
_SLOT = re.compile(r"\{(\w+)\}")


@cache
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def unrelated_article(rng: random.Random, lang: str) -> str:
    """One article of one topic: a headline, then paragraphs of two to five sentences."""
    data = _data()
    topics = data["templates"][lang]
    topic = rng.choice([t for t in topics if t != "headline"])
    paragraphs = [_fill(rng, lang, rng.choice(topics["headline"]))]
    for _ in range(rng.randint(1, 3)):
        sentences = rng.sample(topics[topic], k=min(len(topics[topic]), rng.randint(2, 5)))
        paragraphs.append(" ".join(_fill(rng, lang, s) for s in sentences))
    return "\n\n".join(paragraphs)


def _fill(rng: random.Random, lang: str, template: str) -> str:
    """A template with its slots filled: names from `fill`, months, weekdays, numbers, years."""
    data = _data()
    words = data["fill"][lang]

    def value(match: re.Match) -> str:
        slot = match.group(1)
        if slot in ("n", "m"):
            return str(rng.randint(1, 9))
        if slot == "k":
            return str(rng.randint(2, 12))
        if slot == "year":
            return str(rng.randint(1990, 2025))
        if slot == "month":
            return rng.choice(data["months"][lang])
        if slot == "weekday":
            return rng.choice(data["weekdays"][lang])
        return rng.choice(words[slot.rstrip("2")])
    return _SLOT.sub(value, template)


def crawl_documents(n: int, related_share: float = 0.05, seed: int = 0) -> Iterator[Document]:
    """N articles, `related_share` of them troop news (extract.bench's), the rest unrelated news."""
    rng = random.Random(seed)
    related = synthetic_documents(n, seed)
    for i in range(n):
        if rng.random() < related_share:
            doc = next(related)
            doc.doc_id = f"crawl_{i:07d}"
            yield doc
            continue
        lang = "ar" if rng.random() < ARABIC_SHARE else "en"
        published = f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield Document(doc_id=f"crawl_{i:07d}", text=unrelated_article(rng, lang), published=published, lang=lang,
                       path=f"<unrelated {i}>", published_from="manifest")
