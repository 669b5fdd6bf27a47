"""Which pairs of articles tell the same story, and why: copies within a language (MinHash similarity, candidates from
LSH buckets, banded as datasketch's MinHashLSH bands them) and versions in two languages (shared entities and facts,
dates close together; candidates from an index of rare facts). Never all pairs: each article meets only the articles
of its buckets and of its rarer facts, so the work grows with the corpus, not with its square."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .language import base_language
from .models import Article, StoryPrint
from .storyprint import estimated_jaccard, minhash_values
from .vocabulary import ENTITY_SECTIONS

CANDIDATE_KINDS = ("amount", "percent", "date", "name")  # facts specific enough to propose a pair
SHOWN_ENTITIES, SHOWN_FACTS = 6, 8  # evidence shown to the reader
NAMED = ("companies", "people")  # entities found by their names, the same in every language


@dataclass(frozen=True)
class Link:
    """Why two articles are one story: `kind` copy (the same text: `similarity` is the Jaccard estimate) or
    version (another language: `similarity` is the score); the entities and facts both have, days apart."""

    a: str  # slug
    b: str
    kind: str  # "copy", "version" or "sidecar"
    similarity: float
    entities: tuple[str, ...] = ()  # ids, the most salient first
    facts: tuple[tuple[str, str, str], ...] = ()  # (key, as a writes it, as b writes it), the weightiest first
    days: int | None = None  # between the two dates, when both are dated


def copy_links(articles: dict[str, Article], copies: dict) -> Iterator[Link]:
    """Pairs within a language whose bodies are near-duplicates (copies settings of stories.yml): the pairs that
    share an LSH bucket, each verified by its MinHash similarity."""
    by_language: dict[str, list[str]] = defaultdict(list)
    for slug in sorted(articles):
        story = articles[slug].story
        if story and story.minhash and story.shingles >= copies["min_shingles"]:
            by_language[base_language(articles[slug].language)].append(slug)
    for slugs in by_language.values():
        minhashes = {slug: minhash_values(_print(articles[slug]).minhash) for slug in slugs}
        tables = lsh_buckets(minhashes, *lsh_bands(copies["lsh_threshold"], len(minhashes[slugs[0]])))
        for a, b in sorted(bucket_pairs(tables, copies["max_bucket"], copies["bucket_window"])):
            jaccard = estimated_jaccard(minhashes[a], minhashes[b])
            if is_copy(jaccard, _print(articles[a]).shingles, _print(articles[b]).shingles, copies):
                yield Link(a, b, "copy", round(jaccard, 3))


@lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands and rows per band datasketch's MinHashLSH chooses for a threshold: of b * r <= num_perm, the (b, r)
    least likely to err, false positives (the S-curve's area below the threshold) and false negatives (the area it
    leaves out above it) weighed alike. The curves are polynomials of degree b * r at most, which Gauss-Legendre
    quadrature with num_perm nodes integrates exactly (datasketch integrates with SciPy, half a second to import)."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm)
    below = threshold / 2 * (nodes + 1)  # the nodes on [0, threshold] and on [threshold, 1]
    above = threshold + (1 - threshold) / 2 * (nodes + 1)
    best, least = (0, 0), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            false_positive = threshold / 2 * float(np.dot(weights, 1 - (1 - below**rows) ** bands))
            false_negative = (1 - threshold) / 2 * float(np.dot(weights, (1 - above**rows) ** bands))
            error = false_positive * 0.5 + false_negative * 0.5
            if error < least:
                best, least = (bands, rows), error
    return best


def lsh_buckets(minhashes: dict[str, np.ndarray], bands: int, rows: int) -> list[dict[bytes, list[str]]]:
    """One table per band: the keys by their signature's values in that band (two signatures agreeing in all of
    a band's rows share its bucket)."""
    tables: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(bands)]
    for key, values in minhashes.items():
        for band, table in enumerate(tables):
            table[values[band * rows : (band + 1) * rows].tobytes()].append(key)
    return tables


def bucket_pairs(tables: Iterable[dict[bytes, list[str]]], max_bucket: int, window: int) -> set[tuple[str, str]]:
    """The pairs of keys that share a bucket of one of the LSH's hash tables. A bucket of more than `max_bucket`
    keys (text that many articles share: a template, a boilerplate paragraph) pairs each key only with the next
    `window` keys, so no bucket costs more than linear work and copies in it still meet along the chain."""
    pairs: set[tuple[str, str]] = set()
    for table in tables:
        for bucket in table.values():
            keys = sorted(bucket)
            width = len(keys) if len(keys) <= max_bucket else window
            for i, a in enumerate(keys):
                pairs.update((a, b) for b in keys[i + 1 : i + 1 + width])
    return pairs


def is_copy(jaccard: float, size_a: int, size_b: int, copies: dict) -> bool:
    """Similar enough, or the shorter almost wholly inside the longer: |A ∩ B| = J (|A| + |B|) / (1 + J)."""
    if jaccard >= copies["jaccard"]:
        return True
    contained = jaccard * (size_a + size_b) / (1 + jaccard) / max(1, min(size_a, size_b))
    return jaccard >= copies["containment_jaccard"] and contained >= copies["containment"]


def version_links(articles: dict[str, Article], versions: dict) -> Iterator[Link]:
    """Pairs in two languages that share enough entities and facts, dated close enough (versions settings)."""
    for a, b in _fact_candidates(articles, versions):
        link = version_link(articles[a], articles[b], a, b, versions)
        if link.similarity >= versions["threshold"]:
            yield link


def _fact_candidates(articles: dict[str, Article], versions: dict) -> list[tuple[str, str]]:
    """Pairs of articles in two languages (Simplified and Traditional Chinese are one: copies compare them) that
    share `min_candidate_facts` specific facts or `strong_entities.shared` companies and people, each found in at
    most `max_articles_per_fact` articles (a commoner one is a stop word): linear in the corpus."""
    postings: dict[str, list[str]] = defaultdict(list)
    for slug in sorted(articles):
        for key in _candidate_keys(articles[slug]):
            postings[key].append(slug)
    facts: Counter[tuple[str, str]] = Counter()
    names: Counter[tuple[str, str]] = Counter()
    for key, slugs in postings.items():
        if len(slugs) <= versions["max_articles_per_fact"]:
            shared = names if key.startswith("entity:") else facts
            for i, a in enumerate(slugs):
                for b in slugs[i + 1 :]:
                    if base_language(articles[a].language) != base_language(articles[b].language):
                        shared[a, b] += 1
    enough = versions["min_candidate_facts"], versions["strong_entities"]["shared"]
    return sorted(
        {pair for pair, n in facts.items() if n >= enough[0]} | {p for p, n in names.items() if n >= enough[1]}
    )


def _candidate_keys(article: Article) -> list[str]:
    """The specific facts of an article and the companies and people it names."""
    keys = [key for key, _shown in _print(article).facts if key.split(":", 1)[0] in CANDIDATE_KINDS]
    return keys + [f"entity:{i}" for i in _names(article)]


def version_link(a: Article, b: Article, slug_a: str, slug_b: str, versions: dict) -> Link:
    """The evidence that a and b tell the same story in two languages, and its score (0 when a requirement of
    stories.yml fails: too few facts or entities in common, or dated too far apart)."""
    entities, overlap = _shared_entities(a, b)
    facts, share, weight = _shared_facts(_print(a), _print(b), versions["fact_weights"])
    days = days_apart(a.date, b.date)
    strong = versions["strong_entities"]
    named = overlap is not None and overlap >= strong["overlap"] and len(_names(a) & _names(b)) >= strong["shared"]
    fails = (
        (weight < versions["min_shared_facts"] and not named)
        or (overlap is not None and overlap < versions["min_entities"])
        or (days is not None and days > versions["max_days_apart"])
    )
    closeness = 0.5 if days is None else max(0.0, 1 - days / versions["max_days_apart"])
    weights = dict(versions["weights"])
    if overlap is None:  # no registry entity on one side: the entities say nothing, the rest decides
        weights["entities"], overlap = 0.0, 0.0
    parts = weights["entities"] * overlap + weights["facts"] * share + weights["date"] * closeness
    score = parts / (sum(weights.values()) or 1.0)
    return Link(slug_a, slug_b, "version", 0.0 if fails else round(score, 3), entities, facts, days)


def _shared_entities(a: Article, b: Article) -> tuple[tuple[str, ...], float | None]:
    """The entities both mention (the most salient first) and the salience-weighted overlap of the companies
    and people they name (a weighted Jaccard: the sum of the smaller saliences over the sum of the larger);
    None when one of them names none of the registry (a story outside the registry's world). Themes are shown
    but not weighed: they are found by words of each language, names are the same in every language."""
    sa, sb = _saliences(a, ENTITY_SECTIONS), _saliences(b, ENTITY_SECTIONS)
    shared = sorted(set(sa) & set(sb), key=lambda i: (-(sa[i] + sb[i]), i))
    na, nb = _saliences(a, NAMED), _saliences(b, NAMED)
    if not na or not nb:
        return tuple(shared[:SHOWN_ENTITIES]), None
    union = set(na) | set(nb)
    low = sum(min(na.get(i, 0.0), nb.get(i, 0.0)) for i in union)
    high = sum(max(na.get(i, 0.0), nb.get(i, 0.0)) for i in union)
    return tuple(shared[:SHOWN_ENTITIES]), (low / high if high else 0.0)


def _saliences(article: Article, sections: tuple[str, ...]) -> dict[str, float]:
    return {item["id"]: item["salience"] for section in sections for item in getattr(article, section)}


def _names(article: Article) -> set[str]:
    """The companies and people an article names."""
    return {item["id"] for section in NAMED for item in getattr(article, section)}


def _shared_facts(
    a: StoryPrint, b: StoryPrint, weights: dict[str, float]
) -> tuple[tuple[tuple[str, str, str], ...], float, float]:
    """The facts both state (the weightiest first, as each writes them), the share of the smaller article's
    fact weight they make up, and their summed weight."""
    fa, fb = dict(a.facts), dict(b.facts)

    def weight(keys) -> float:
        return sum(weights[key.split(":", 1)[0]] for key in keys)

    shared = sorted(set(fa) & set(fb), key=lambda k: (-weights[k.split(":", 1)[0]], k))
    total = weight(shared)
    smaller = min(weight(fa), weight(fb))
    shown = tuple((key, fa[key], fb[key]) for key in shared[:SHOWN_FACTS])
    return shown, (total / smaller if smaller else 0.0), total


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _print(article: Article) -> StoryPrint:
    return article.story or EMPTY


EMPTY = StoryPrint(b"", 0, (), False, None)
