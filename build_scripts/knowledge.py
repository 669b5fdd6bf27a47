"""What the whole corpus says about each company, person and theme.

Per-article work knows nothing of other articles; this module is the one place that sees them all
(like Pelican's generators or Quartz's emitters): entity facts, key statements, quotes, co-mentions and
related articles. Page templates only render what is computed here.

A story told by several articles (a repost, a wire copy, a translation: stories.py) counts once: an entity's
articles are its stories, each represented by its primary article (or, when the primary does not name the
entity, by the article that names it most), and related articles are other stories, linked by their primaries.

Built for incremental builds: what every build needs (which articles mention which entity, related
articles) is cheap or reused from the last build; the details of an entity (statements, quotes,
co-mentions) are computed only when one of its pages is rendered.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from .models import Article
from .paths import PagePath
from .registry import Entity, Registry
from .stories import Stories
from .vocabulary import ENTITY_SECTIONS

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
    path: PagePath  # articles/<slug>.md
    key: str = ""  # the article's cache key: changes whenever anything the article shows changes

    @property
    def sort_key(self) -> tuple:
        return (self.article.date or "", self.slug)

    @cached_property
    def token(self) -> str:
        """The article in a page key: its slug and cache key, which cover everything it shows."""
        return f"{self.slug}:{self.key}"

    def passages(self, kind: str, entity_id: str) -> list[str]:
        """The article's statements, quotes or evidence sentences about an entity."""
        return [p.text for p in self.article.passages if p.kind == kind and p.entity_id == entity_id]

    def salience(self, entity_id: str) -> float:
        return next(salience for i, salience in self.entities if i == entity_id)

    @cached_property
    def entities(self) -> tuple[tuple[str, float], ...]:
        """(id, salience) of every company, person and theme the article mentions."""
        return tuple(
            (item["id"], item["salience"]) for section in ENTITY_SECTIONS for item in getattr(self.article, section)
        )


@dataclass(frozen=True)
class Statement:
    page: Page
    text: str
    salience: float


@dataclass
class EntityFacts:
    entity: Entity
    articles: list[tuple[Page, float]] = field(default_factory=list)  # one per story, most salient first
    by_id: dict[str, Entity] = field(default_factory=dict, repr=False)
    story_of: dict[str, str] = field(default_factory=dict, repr=False)  # slug -> its story's id, where not its own

    @property
    def dates(self) -> list[str]:
        return sorted(page.article.date for page, _ in self.articles if page.article.date)

    @cached_property
    def token(self) -> str:
        """The facts in a page key: the entity's registry entry (its names are in every key) and its articles."""
        entry = hashlib.sha1(json.dumps(self.entity.data, sort_keys=True, default=str).encode()).hexdigest()
        return entry + ":" + ",".join(page.token for page, _ in self.articles)

    @cached_property
    def statements(self) -> list[Statement]:
        """The best statements: from the articles where the entity is most salient (older first among
        equals), no more than a few from one article."""
        chosen: list[Statement] = []
        for page, salience in sorted(self.articles, key=lambda item: (-item[1], item[0].sort_key)):
            for text in page.passages("statement", self.entity.id)[:MAX_STATEMENTS_PER_ARTICLE]:
                chosen.append(Statement(page, text, salience))
                if len(chosen) == MAX_STATEMENTS:
                    return chosen
        return chosen

    @cached_property
    def quotes(self) -> list[Statement]:
        """Interview answers of a person, from the articles where they are most salient."""
        quotes: list[Statement] = []
        for page, salience in self.articles:
            for text in page.passages("quote", self.entity.id):
                quotes.append(Statement(page, text, salience))
                if len(quotes) == MAX_QUOTES:
                    return quotes
        return quotes

    @cached_property
    def _co_mentions(self) -> list[tuple[Entity, int]]:
        counts: Counter = Counter(i for page, _ in self.articles for i, _s in page.entities if i != self.entity.id)
        return [
            (self.by_id[i], n) for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if i in self.by_id
        ]

    @property
    def companies(self) -> list[tuple[Entity, int]]:
        """Co-mentioned companies, most often first (likewise people and themes)."""
        return [(e, n) for e, n in self._co_mentions if e.kind == "company"]

    @property
    def people(self) -> list[tuple[Entity, int]]:
        return [(e, n) for e, n in self._co_mentions if e.kind == "person"]

    @property
    def themes(self) -> list[tuple[Entity, int]]:
        return [(e, n) for e, n in self._co_mentions if e.kind == "theme"]

    def shared_articles(self, other: EntityFacts) -> int:
        return len(self._slugs & other._slugs)

    @cached_property
    def _slugs(self) -> set[str]:
        """The stories the entity is in (two entities' articles of one story may be different articles)."""
        return {self.story_of.get(page.slug, page.slug) for page, _ in self.articles}


@dataclass
class Knowledge:
    pages: list[Page]
    facts: dict[str, EntityFacts]  # only entities some article mentions
    related: dict[str, list[tuple[Page, float]]]  # slug -> related pages
    registry: Registry
    stories: Stories = field(default_factory=Stories)

    @cached_property
    def by_slug(self) -> dict[str, Page]:
        return {page.slug: page for page in self.pages}

    @cached_property
    def primaries(self) -> list[Page]:
        """One article per story: what listings and counts of articles show."""
        return [page for page in self.pages if self.stories.is_primary(page.slug)]

    def of_kind(self, kind: str) -> list[EntityFacts]:
        """Entities of a kind with articles, the most covered first."""
        found = [f for f in self.facts.values() if f.entity.kind == kind]
        return sorted(found, key=lambda f: (-len(f.articles), f.entity.id))


def build_knowledge(
    pages: list[Page], registry: Registry, related_memo: dict | None = None, stories: Stories | None = None
) -> Knowledge:
    """`related_memo` holds what the last build computed for related articles; what is still valid is
    reused, and the dict is updated in place for the next build. `stories`: which articles tell one story."""
    stories = stories or Stories()
    story_of = {slug: story.id for slug, story in stories.of.items() if story.id != slug}
    facts: dict[str, EntityFacts] = {}
    for entity_id, chosen in _representatives(pages, registry, stories).items():
        facts[entity_id] = EntityFacts(registry.by_id[entity_id], list(chosen.values()), registry.by_id, story_of)
        facts[entity_id].articles.sort(key=lambda item: (-item[1], item[0].slug))
    memo = related_memo if related_memo is not None else {}
    return Knowledge(pages, facts, _related(pages, facts, memo, story_of), registry, stories)


def _representatives(pages: list[Page], registry: Registry, stories: Stories) -> dict[str, dict[str, tuple]]:
    """Per entity and story, the article that stands for the story: its primary if that names the entity, else
    the article naming it most (ties by slug). {entity id: {story id: (page, salience)}}"""
    by_id = registry.by_id
    chosen: dict[str, dict[str, tuple[Page, float]]] = {}
    for page in pages:
        story = stories.story(page.slug)
        for entity_id, salience in page.entities:
            if entity_id not in by_id:
                continue
            held = chosen.setdefault(entity_id, {}).get(story.id)
            if held is None or _stands_before((page, salience), held, story.primary):
                chosen[entity_id][story.id] = (page, salience)
    return chosen


def _stands_before(candidate: tuple[Page, float], held: tuple[Page, float], primary: str) -> bool:
    def rank(item: tuple[Page, float]) -> tuple:
        return (item[0].slug != primary, -item[1], item[0].slug)

    return rank(candidate) < rank(held)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _related(
    pages: list[Page], facts: dict[str, EntityFacts], memo: dict, story_of: dict[str, str]
) -> dict[str, list[tuple[Page, float]]]:
    """Other stories ranked by the entities and themes they share, weighted by salience on both sides, each
    linked by its primary; language plays no part, so a German and a Chinese article on 01.AI find each other.

    The candidates for an article are the most salient articles of each entity it mentions, so the cost
    per article stays the same however large the corpus grows. An article's result depends only on its
    own entities and on their candidate lists, so it is computed again only when one of them changed."""
    candidates = {entity_id: entity_facts.articles[:RELATED_CANDIDATES] for entity_id, entity_facts in facts.items()}
    candidates_key = {
        entity_id: _digest(
            "\n".join(f"{page.slug} {story_of.get(page.slug, page.slug)} {salience}" for page, salience in postings)
        )
        for entity_id, postings in candidates.items()
    }
    previous_keys, previous = memo.get("candidates", {}), memo.get("related", {})
    changed = {entity_id for entity_id, key in candidates_key.items() if previous_keys.get(entity_id) != key}
    by_slug = {page.slug: page for page in pages}
    related, results = {}, {}
    for page in pages:
        entities = tuple((i, s) for i, s in page.entities if i in facts)
        own = story_of.get(page.slug, page.slug)
        reused = previous.get(page.slug)
        if reused is not None and reused[0] == (entities, own) and not any(i in changed for i, _ in entities):
            ranked = reused[1]
        else:
            ranked = _ranked(entities, own, candidates, story_of)
        results[page.slug] = ((entities, own), ranked)
        related[page.slug] = [(by_slug[slug], score) for slug, score in ranked]
    memo.clear()
    memo.update(candidates=candidates_key, related=results)
    return related


def _ranked(
    entities: tuple[tuple[str, float], ...],
    own: str,
    candidates: dict[str, list[tuple[Page, float]]],
    story_of: dict[str, str],
) -> list[tuple[str, float]]:
    """The other stories sharing the entities, by their summed score (the geometric mean of both saliences)."""
    scores: defaultdict[str, float] = defaultdict(float)
    for entity_id, salience in entities:
        for other, other_salience in candidates[entity_id]:
            story = story_of.get(other.slug, other.slug)
            if story != own:
                scores[story] += math.sqrt(salience * other_salience)
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RELATED]
    return [(slug, round(score, 3)) for slug, score in best]
