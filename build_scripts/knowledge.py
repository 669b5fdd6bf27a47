"""What the whole corpus says about each company, person and theme.

Per-article work knows nothing of other articles; this module is the one place that sees them all
(like Pelican's generators or Quartz's emitters): entity facts, key statements, quotes, co-mentions,
related articles and the coverage timeline. Page templates only render what is computed here.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from .models import Article
from .registry import Entity, Registry

KINDS = (("companies", "company"), ("people", "person"), ("themes", "theme"))
MAX_STATEMENTS = 8
MAX_STATEMENTS_PER_ARTICLE = 3
MAX_QUOTES = 8
MAX_RELATED = 5
RELATED_CANDIDATES = 50  # per entity an article mentions: its most salient articles are the candidates


@dataclass(frozen=True)
class Page:
    """A published article and its address."""

    article: Article
    slug: str
    path: str  # relative to the docs folder, e.g. articles/<slug>.md

    @property
    def sort_key(self) -> tuple:
        return (self.article.date or "", self.slug)


@dataclass(frozen=True)
class Statement:
    page: Page
    text: str
    salience: float


@dataclass
class EntityFacts:
    entity: Entity
    articles: list[tuple[Page, float]] = field(default_factory=list)  # most salient first
    statements: list[Statement] = field(default_factory=list)
    quotes: list[Statement] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # themes: slug -> sentences
    companies: list[tuple[Entity, int]] = field(default_factory=list)  # co-mentioned, most often first
    people: list[tuple[Entity, int]] = field(default_factory=list)
    themes: list[tuple[Entity, float]] = field(default_factory=list)

    @property
    def dates(self) -> list[str]:
        return sorted(page.article.date for page, _ in self.articles if page.article.date)


@dataclass
class Knowledge:
    pages: list[Page]
    facts: dict[str, EntityFacts]  # only entities some article mentions
    related: dict[str, list[tuple[Page, float]]]  # slug -> related pages
    company_pairs: list[tuple[str, str, int]]  # co-mentioned companies and their shared articles
    registry: Registry

    def of_kind(self, kind: str) -> list[EntityFacts]:
        """Entities of a kind with articles, the most covered first."""
        found = [f for f in self.facts.values() if f.entity.kind == kind]
        return sorted(found, key=lambda f: (-len(f.articles), f.entity.id))


def build_knowledge(pages: list[Page], registry: Registry, related_memo: dict | None = None) -> Knowledge:
    """`related_memo` holds the related articles computed by an earlier build, keyed by everything they
    depend on; entries still valid are reused and the dict is updated in place for the next build."""
    by_id = registry.by_id
    facts: dict[str, EntityFacts] = {}
    pair_counts: Counter = Counter()
    for page in pages:
        ids = []
        for plural, _kind in KINDS:
            for item in getattr(page.article, plural):
                if item["id"] in by_id:
                    facts.setdefault(item["id"], EntityFacts(by_id[item["id"]])).articles.append((page, item["salience"]))
                    ids.append(item["id"])
        pair_counts.update(combinations(sorted(ids), 2))
        _collect_passages(page, facts)
    co_mentions: dict[str, Counter] = defaultdict(Counter)
    for (a, b), n in pair_counts.items():
        co_mentions[a][b] = n
        co_mentions[b][a] = n
    for entity_facts in facts.values():
        entity_facts.articles.sort(key=lambda item: (-item[1], item[0].slug))
        neighbours = co_mentions[entity_facts.entity.id]
        ranked = sorted(neighbours.items(), key=lambda kv: (-kv[1], kv[0]))
        entity_facts.companies = [(by_id[i], n) for i, n in ranked if by_id[i].kind == "company"]
        entity_facts.people = [(by_id[i], n) for i, n in ranked if by_id[i].kind == "person"]
        entity_facts.themes = [(by_id[i], n) for i, n in ranked if by_id[i].kind == "theme"]
        entity_facts.statements = _diverse(entity_facts.statements)
        del entity_facts.quotes[MAX_QUOTES:]
    pairs = sorted((a, b, n) for (a, b), n in pair_counts.items() if by_id[a].kind == "company" and by_id[b].kind == "company")
    memo = related_memo if related_memo is not None else {}
    return Knowledge(pages, facts, _related(pages, facts, memo), pairs, registry)


def _collect_passages(page: Page, facts: dict[str, EntityFacts]) -> None:
    """The article's passages (found at conversion time) go to the entities they are about, with the
    entity's salience in the article to rank them."""
    salience = {item["id"]: item["salience"] for plural, _ in KINDS for item in getattr(page.article, plural)}
    for passage in page.article.passages:
        entity_facts = facts.get(passage.entity_id)
        if entity_facts is None or passage.entity_id not in salience:
            continue
        if passage.kind == "quote":
            entity_facts.quotes.append(Statement(page, passage.text, salience[passage.entity_id]))
        elif passage.kind == "evidence":
            entity_facts.evidence.setdefault(page.slug, []).append(passage.text)
        else:
            entity_facts.statements.append(Statement(page, passage.text, salience[passage.entity_id]))


def _diverse(statements: list[Statement]) -> list[Statement]:
    """The best statements, most salient articles first, but no more than a few from one article."""
    per_page: Counter = Counter()
    chosen = []
    for statement in sorted(statements, key=lambda s: (-s.salience, s.page.sort_key)):
        if per_page[statement.page.slug] < MAX_STATEMENTS_PER_ARTICLE:
            per_page[statement.page.slug] += 1
            chosen.append(statement)
    return chosen[:MAX_STATEMENTS]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _related(pages: list[Page], facts: dict[str, EntityFacts], memo: dict) -> dict[str, list[tuple[Page, float]]]:
    """Other articles ranked by the entities and themes they share, weighted by salience on both sides;
    language plays no part, so a German and a Chinese article on 01.AI find each other.

    The candidates for an article are the most salient articles of each entity it mentions, so the cost
    per article stays the same however large the corpus grows. The result for an article depends only on
    its own entities and on those candidate lists, and is reused from `memo` while they are unchanged."""
    candidates = {entity_id: entity_facts.articles[:RELATED_CANDIDATES] for entity_id, entity_facts in facts.items()}
    candidates_key = {
        entity_id: _digest("\n".join(f"{page.slug} {salience}" for page, salience in postings))
        for entity_id, postings in candidates.items()
    }
    by_slug = {page.slug: page for page in pages}
    related, used = {}, {}
    for page in pages:
        entities = [(item["id"], item["salience"]) for plural, _ in KINDS for item in getattr(page.article, plural)
                    if item["id"] in facts]
        key = _digest(page.slug + "|" + "|".join(f"{i} {s} {candidates_key[i]}" for i, s in entities))
        ranked = memo.get(key)
        if ranked is None:
            scores: Counter = Counter()
            for entity_id, salience in entities:
                for other, other_salience in candidates[entity_id]:
                    if other.slug != page.slug:
                        scores[other.slug] += math.sqrt(salience * other_salience)
            ranked = [(slug, round(score, 3)) for slug, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RELATED]]
        used[key] = ranked
        related[page.slug] = [(by_slug[slug], score) for slug, score in ranked]
    memo.clear()
    memo.update(used)
    return related
