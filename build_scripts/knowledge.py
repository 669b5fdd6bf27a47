"""What the whole corpus says about each company, person and theme.

Per-article work knows nothing of other articles; this module is the one place that sees them all
(like Pelican's generators or Quartz's emitters): entity facts, key statements, quotes, co-mentions,
related articles and the coverage timeline. Page templates only render what is computed here.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .entities import recognizer_for
from .models import Article
from .registry import Entity, Registry
from .text import sentences

KINDS = (("companies", "company"), ("people", "person"), ("themes", "theme"))
MAX_STATEMENTS = 8
MAX_STATEMENTS_PER_ARTICLE = 3
MAX_QUOTES = 8
MAX_EVIDENCE = 2
MAX_RELATED = 5
MAX_POSTINGS = 300  # an entity in more articles than this relates only its most salient ones


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


def build_knowledge(pages: list[Page], registry: Registry) -> Knowledge:
    by_id = registry.by_id
    facts: dict[str, EntityFacts] = {}
    co_mentions: dict[str, Counter] = defaultdict(Counter)
    for page in pages:
        found = {plural: getattr(page.article, plural) for plural, _ in KINDS}
        for plural, _kind in KINDS:
            for item in found[plural]:
                if item["id"] in by_id:
                    facts.setdefault(item["id"], EntityFacts(by_id[item["id"]])).articles.append((page, item["salience"]))
        ids = [item["id"] for plural, _ in KINDS for item in found[plural] if item["id"] in by_id]
        for a in ids:
            for b in ids:
                if a != b:
                    co_mentions[a][b] += 1
        _collect_statements(page, facts, registry)
    for entity_facts in facts.values():
        entity_facts.articles.sort(key=lambda item: (-item[1], item[0].slug))
        neighbours = co_mentions[entity_facts.entity.id]
        ranked = sorted(neighbours.items(), key=lambda kv: (-kv[1], kv[0]))
        entity_facts.companies = [(by_id[i], n) for i, n in ranked if by_id[i].kind == "company"]
        entity_facts.people = [(by_id[i], n) for i, n in ranked if by_id[i].kind == "person"]
        entity_facts.themes = [(by_id[i], n) for i, n in ranked if by_id[i].kind == "theme"]
        entity_facts.statements = _diverse(entity_facts.statements)
        del entity_facts.quotes[MAX_QUOTES:]
    pairs = sorted(
        {(min(a, b), max(a, b), n) for a, counter in co_mentions.items() for b, n in counter.items()
         if by_id[a].kind == "company" and by_id[b].kind == "company"}
    )
    return Knowledge(pages, facts, _related(pages, facts), pairs, registry)


def _collect_statements(page: Page, facts: dict[str, EntityFacts], registry: Registry) -> None:
    """Sentences naming an entity become its key statements; interview turns become the speaker's quotes;
    sentences with a theme's trigger terms are the evidence for the theme."""
    recognizer = recognizer_for(registry)
    salience = {item["id"]: item["salience"] for plural, _ in KINDS for item in getattr(page.article, plural)}
    speaker_ids = {}
    for speaker in page.article.speakers:
        people = [term.entity_id for _, term in recognizer.mentions(speaker) if term.kind == "person"]
        if people:
            speaker_ids[speaker] = people[0]
    for block in page.article.blocks:
        if block.kind == "heading":
            continue
        if block.kind == "turn" and block.speaker in speaker_ids and speaker_ids[block.speaker] in facts:
            facts[speaker_ids[block.speaker]].quotes.append(Statement(page, block.text, salience.get(speaker_ids[block.speaker], 0)))
        for sentence in sentences(block.text):
            seen = set()
            for _start, term in recognizer.mentions(sentence):
                if term.entity_id in seen or term.entity_id not in facts or term.entity_id not in salience:
                    continue
                seen.add(term.entity_id)
                entity_facts = facts[term.entity_id]
                if term.kind == "theme":
                    evidence = entity_facts.evidence.setdefault(page.slug, [])
                    if len(evidence) < MAX_EVIDENCE:
                        evidence.append(sentence)
                elif len(sentence) <= 400:
                    entity_facts.statements.append(Statement(page, sentence, salience[term.entity_id]))


def _diverse(statements: list[Statement]) -> list[Statement]:
    """The best statements, most salient articles first, but no more than a few from one article."""
    per_page: Counter = Counter()
    chosen = []
    for statement in sorted(statements, key=lambda s: (-s.salience, s.page.sort_key)):
        if per_page[statement.page.slug] < MAX_STATEMENTS_PER_ARTICLE:
            per_page[statement.page.slug] += 1
            chosen.append(statement)
    return chosen[:MAX_STATEMENTS]


def _related(pages: list[Page], facts: dict[str, EntityFacts]) -> dict[str, list[tuple[Page, float]]]:
    """Other articles ranked by the entities and themes they share, weighted by salience on both sides;
    language plays no part, so a German and a Chinese article on 01.AI find each other."""
    scores: dict[str, Counter] = defaultdict(Counter)
    for entity_facts in facts.values():
        postings = entity_facts.articles[:MAX_POSTINGS]
        for page, salience in postings:
            for other, other_salience in postings:
                if other.slug != page.slug:
                    scores[page.slug][other.slug] += math.sqrt(salience * other_salience)
    by_slug = {page.slug: page for page in pages}
    related = {}
    for page in pages:
        ranked = sorted(scores[page.slug].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RELATED]
        related[page.slug] = [(by_slug[slug], round(score, 3)) for slug, score in ranked]
    return related
