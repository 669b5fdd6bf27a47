"""Story clusters: the articles that tell the same story (reposts, wire copies, translations), each story with
its primary article. The whole-corpus stage: it compares the signatures the per-article stage made
(storyprint.py) through buckets and indexes (story_links.py), never all pairs.

Links are joined strongest first (a sidecar's `story.join`, then copies, then versions, each by similarity), and
a join that would put two articles a sidecar splits (`story.split`) into one story is skipped. The primary is the
article a sidecar says is (`story.primary`), else the original another member's repost note names, else the
earliest dated one, a repost after the original, ties by source file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .language import base_language
from .models import Article
from .story_links import Link, copy_links, days_apart, version_link, version_links
from .story_settings import StorySettings
from .storyprint import estimated_jaccard, minhash_values

_ORDER = {"sidecar": 0, "copy": 1, "version": 2}
_COMPARABLE = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Story:
    """The articles of one story (slugs), the primary first, and each other article's link to the primary (the
    evidence shown on the pages)."""

    id: str  # the primary's slug
    members: tuple[str, ...]
    links: tuple[Link, ...] = ()  # for members[1:], in order: a is the primary, b the member

    @property
    def primary(self) -> str:
        return self.members[0]


@dataclass
class Stories:
    """Every article's story (a story of one for most)."""

    of: dict[str, Story] = field(default_factory=dict)  # slug -> its story
    warnings: list[str] = field(default_factory=list)  # sidecars naming articles that do not exist

    def story(self, slug: str) -> Story:
        return self.of.get(slug) or Story(slug, (slug,))

    def is_primary(self, slug: str) -> bool:
        return self.story(slug).primary == slug

    @property
    def clusters(self) -> list[Story]:
        """The stories of more than one article, by id."""
        return sorted({s.id: s for s in self.of.values() if len(s.members) > 1}.values(), key=lambda s: s.id)


def find_stories(articles: dict[str, Article], settings: StorySettings) -> Stories:
    """The stories of the articles (by slug)."""
    stories = Stories()
    joins, splits, alone = _corrections(articles, stories.warnings)
    links = [*joins, *copy_links(articles, settings.copies), *version_links(articles, settings.versions)]
    groups = _join(sorted(articles), links, splits, alone)
    for members in groups:
        ordered = _ordered(members, articles)
        story_links = tuple(_evidence(articles, ordered[0], other, settings) for other in ordered[1:])
        story = Story(ordered[0], ordered, story_links)
        for slug in ordered:
            stories.of[slug] = story
    return stories


def _join(slugs: list[str], links: Iterable[Link], splits: dict[str, set[str]], alone: set[str]) -> list[list[str]]:
    """Groups of slugs joined by the links, strongest first; a link that would join articles a sidecar splits
    (or an article a sidecar keeps alone, unless the sidecar joins it) is skipped."""
    root = {slug: slug for slug in slugs}
    members = {slug: [slug] for slug in slugs}

    def find(slug: str) -> str:
        while root[slug] != slug:
            root[slug] = root[root[slug]]
            slug = root[slug]
        return slug

    for link in sorted(links, key=lambda k: (_ORDER[k.kind], -k.similarity, k.a, k.b)):
        a, b = find(link.a), find(link.b)
        if a == b or _forbidden(members[a], members[b], splits, alone if link.kind != "sidecar" else set()):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        root[b] = a
        members[a] += members.pop(b)
    return [sorted(group) for group in members.values()]


def _forbidden(first: list[str], second: list[str], splits: dict[str, set[str]], alone: set[str]) -> bool:
    if alone and any(slug in alone for slug in (*first, *second)):
        return True
    if not splits:
        return False
    other = set(second)
    return any(splits.get(slug, set()) & other for slug in first)


def _corrections(articles: dict[str, Article], warnings: list[str]) -> tuple[list[Link], dict[str, set[str]], set[str]]:
    """The sidecars' story corrections: links to join, pairs to split, articles kept alone. A reference is a
    source file (relative to the seeds folder) or a slug; one naming no article is a warning."""
    by_reference = {a.source: slug for slug, a in articles.items()} | {slug: slug for slug in articles}
    joins: list[Link] = []
    splits: dict[str, set[str]] = {}
    alone: set[str] = set()
    for slug in sorted(articles):
        story = articles[slug].story_overrides
        for key in ("join", "split"):
            for reference in story.get(key) or []:
                if reference == "all" and key == "split":
                    alone.add(slug)
                elif reference not in by_reference:
                    warnings.append(f"{articles[slug].source}: sidecar story.{key} names {reference!r}, no article")
                elif key == "join":
                    a, b = sorted((slug, by_reference[reference]))
                    joins.append(Link(a, b, "sidecar", 1.0))
                else:
                    splits.setdefault(slug, set()).add(by_reference[reference])
                    splits.setdefault(by_reference[reference], set()).add(slug)
    return joins, splits, alone


def _ordered(members: list[str], articles: dict[str, Article]) -> tuple[str, ...]:
    """The primary first (see the module's docstring), then the others by date and slug."""
    named = _named_originals(members, articles)

    def rank(slug: str) -> tuple:
        article = articles[slug]
        chosen = bool(article.story_overrides.get("primary"))
        repost = bool(article.story and article.story.repost)
        return (not chosen, slug not in named, article.date is None, article.date or "", repost, article.source)

    primary = min(members, key=rank)
    others = sorted((s for s in members if s != primary), key=lambda s: (articles[s].date or "9999", s))
    return (primary, *others)


def _named_originals(members: list[str], articles: dict[str, Article]) -> set[str]:
    """The members whose publisher another member's repost note names as its original (by the few distinct
    outlets named, not by every pair of members)."""
    naming: dict[str, set[str]] = {}  # outlet named -> the members naming it
    for slug in members:
        story = articles[slug].story
        if story and story.origin:
            naming.setdefault(story.origin, set()).add(slug)
    return {
        slug
        for slug in members
        if any(_names(origin, articles[slug].publisher) and by - {slug} for origin, by in naming.items())
    }


def _names(origin: str | None, publisher: str | None) -> bool:
    """Whether a repost note's outlet is the publisher (ignoring case, spaces and punctuation; one may hold the
    other: '36氪' in '36氪网')."""
    if not origin or not publisher:
        return False
    a, b = _COMPARABLE.sub("", origin).casefold(), _COMPARABLE.sub("", publisher).casefold()
    return len(min(a, b, key=len)) >= 2 and (a in b or b in a)


def _evidence(articles: dict[str, Article], primary: str, other: str, settings: StorySettings) -> Link:
    """What the pages show of why `other` tells the primary's story: for a copy its text similarity, for a
    version the entities and facts both have and how far apart they were published."""
    a, b = articles[primary], articles[other]
    if base_language(a.language) == base_language(b.language) and a.story and b.story and a.story.minhash:
        if b.story.minhash:
            similarity = estimated_jaccard(minhash_values(a.story.minhash), minhash_values(b.story.minhash))
            return Link(primary, other, "copy", round(similarity, 3), days=days_apart(a.date, b.date))
    return version_link(a, b, primary, other, settings.versions)
