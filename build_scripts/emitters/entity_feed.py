"""The Atom feed of a company, person or theme in one site language: its newest dated articles
(EmitOptions.feed_entries), in the folder of its page (companies/<id>/feed.xml; feed.de.xml and feed.zh.xml,
which mkdocs-static-i18n publishes as de/companies/<id>/feed.xml and zh/...). The XML is build_scripts/feed.py's;
the group is keyed by the entity and those articles, so a feed is written again only when its entries change
(or its strings, the registry's names or the options, which every key covers)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import PurePosixPath

from ..feed import FEED, SITE, Entry, Feed, atom
from ..knowledge import Page
from ..paths import PagePath
from ..registry import Entity
from ..vocabulary import DEFAULT_LANGUAGE
from .base import Emitter, PageGroup, PageSpec

ATOM = "atom"  # what a PageSpec names instead of a template: feed.atom writes the document


@dataclass(frozen=True)
class FeedPath:
    """An entity's feed, beside the pages of its archive: companies/x.md -> companies/x/feed.xml."""

    page: PagePath

    @classmethod
    def of_entity(cls, entity: Entity) -> FeedPath:
        return cls(PagePath.of_entity(entity))

    @property
    def src(self) -> str:
        """The default language's file, and the feed's address below each language's root."""
        return f"{self.page.stem}/{FEED}"

    def file(self, language: str) -> str:
        """companies/x/feed.xml, companies/x/feed.de.xml (the suffix layout of pages, for any file)."""
        if language == DEFAULT_LANGUAGE:
            return self.src
        name = PurePosixPath(FEED)
        return f"{self.page.stem}/{name.stem}.{language}{name.suffix}"

    def link_from(self, origin: PagePath) -> str:
        """The relative Markdown link from a page (the i18n plugin points it at the reader's language)."""
        return "../" * origin.src.count("/") + self.src


class EntityFeedEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        for entity_id, facts in self.knowledge.facts.items():
            newest = self.context.shelves[entity_id].newest(self.options.feed_entries)
            yield self.group(FeedPath.of_entity(facts.entity), self.build, facts.entity, newest)

    def build(self, entity: Entity, newest: tuple[Page, ...]) -> PageSpec:
        """`newest`: the entity's newest dated articles, newest first."""
        name = self.name(entity)
        feed = Feed(
            language=self.language,
            root=SITE,
            path=FeedPath.of_entity(entity).src,
            page=PagePath.of_entity(entity).stem + "/",
            title=self.t["feed_title"].format(name=name, site=self.t["site_name"]),
            subtitle=self.t["feed_subtitle"].format(name=name),
            author=self.t["site_name"],
        )
        entries = [_entry(page) for page in newest]
        return PageSpec(ATOM, {"feed": _fields(feed), "entries": [_fields(entry) for entry in entries]})

    def render(self, spec: PageSpec) -> str:
        return atom(Feed(**spec.values["feed"]), [Entry(**entry) for entry in spec.values["entries"]])


def _fields(value: Feed | Entry) -> dict:
    """A feed's or an entry's fields by name: what asdict gives for their plain values, without its deep copy."""
    return {field.name: getattr(value, field.name) for field in fields(value)}


def _entry(page: Page) -> Entry:
    article = page.article
    if article.date is None:
        raise ValueError(f"an undated article cannot be a feed entry: {page.slug}")
    return Entry(
        page.path.stem + "/", article.title, article.date, article.language, tuple(article.authors), article.summary
    )
