"""Typed values passed from one pipeline stage to the next.

read bytes -> ``SourceText`` -> ``CleanedText`` -> ``Block`` list -> ``Article`` -> page + catalog entry;
``Report``: what one convert did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

BlockKind = Literal["heading", "paragraph", "list_item", "turn"]
PassageKind = Literal["statement", "quote", "evidence"]


class SourceError(Exception):
    """A source file that cannot become a page; the message says why, in words for the maintainer."""


@dataclass(frozen=True)
class SourceText:
    """Decoded, normalised text of one source file plus metadata its format already carried."""

    source: str  # path relative to the seeds folder, POSIX separators
    text: str
    format: Literal["txt", "md", "html"]
    preset: dict = field(default_factory=dict)  # front matter (.md) or extractor metadata (.html)


@dataclass(frozen=True)
class TitleCandidate:
    text: str
    language: str | None


@dataclass(frozen=True)
class CleanedText:
    """Body lines with boilerplate gone and header/footer lines turned into metadata."""

    lines: list[str]
    titles: list[TitleCandidate]
    authors: list[str]
    editors: list[str]
    publisher: str | None
    date: str | None  # ISO date
    layouts: list[str]  # ids of the source layouts recognised
    dropped: list[str]  # boilerplate lines removed, kept for the report and tests
    lowercase: bool  # the whole text was written in lower case


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    number: str | None = None  # section counter joined to a heading, or list item number
    speaker: str | None = None  # for interview turns
    ordered: bool = False  # for list items


class Passage(NamedTuple):
    """A sentence or interview answer of an article about one entity it mentions. (A tuple: there are
    dozens per article, and the corpus index loads them all at every build.)"""

    kind: PassageKind
    entity_id: str
    text: str


@dataclass(frozen=True)
class StoryPrint:
    """What the corpus stage compares to find other articles of the same story (stories.py), computed with the
    article (storyprint.py): its body's MinHash, its facts that survive a translation, and its repost note."""

    minhash: bytes  # datasketch LeanMinHash, serialised; empty when the body is too short to compare
    shingles: int  # distinct shingles of the body (with the Jaccard estimate, how much of one is in the other)
    facts: tuple[tuple[str, str], ...]  # (key, as written): ("amount:1500000000", "1,5 Milliarden"), sorted by key
    repost: bool  # the source says it is a repost ("转载", "first appeared in ...")
    origin: str | None  # the outlet it names as the original, if any


@dataclass(frozen=True)
class Article:
    """One converted source: everything the page and the catalog need, independent of other articles."""

    source: str
    sha256: str
    title: str
    title_generated: bool
    alternate_titles: list[dict]
    date: str | None
    language: str
    authors: list[str]
    editors: list[str]
    publisher: str | None
    word_count: int
    reading_time: int
    summary: str
    speakers: list[str]
    layouts: list[str]
    blocks: list[Block]
    slug_base: str
    slug: str | None = None  # pinned by a sidecar; otherwise assigned across the corpus
    entity_overrides: dict = field(default_factory=dict)  # sidecar "add"/"remove" per entity kind
    # entities the article mentions, most salient first: [{"id", "salience", "mentions"}, ...]
    companies: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)  # what it says about them, in text order
    story: StoryPrint | None = None  # its signature for story clusters
    story_overrides: dict = field(default_factory=dict)  # sidecar "join"/"split"/"primary" (stories.py)


@dataclass(frozen=True)
class Failure:
    source: str
    error: str


@dataclass
class Report:
    """What one convert did: its articles and failures, what it converted, took from the cache and wrote."""

    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    converted: int = 0  # processed now (cache misses)
    cached: int = 0
    rendered: int = 0  # pages rendered now (the others were unchanged since the last build)
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    write_errors: list[str] = field(default_factory=list)  # "<path in docs>: <reason>", e.g. a full disk
    catalog: dict = field(default_factory=dict)
    # When nothing changed since the last build (same inputs, every output file in place), convert stops
    # early: `unchanged` is set, `articles` and `catalog` stay empty and `article_count` says how many there are.
    unchanged: bool = False
    article_count: int = 0
    full: dict[str, Article] = field(default_factory=dict, repr=False)  # source -> article with its body, if in memory
    load_article: Callable[[Article], Article | None] = field(default=lambda record: None, repr=False)

    def article(self, record: Article) -> Article:
        """The whole article (with its body) for an article of `articles`, which may hold only its
        metadata when it came from the cache."""
        if record.blocks:
            return record
        article = self.load_article(record)
        if article is None:
            raise RuntimeError(f"{record.source}: the cached article vanished during the build; run again")
        return article
