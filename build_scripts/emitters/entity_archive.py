"""An entity's articles of one year, a page of the shelf its own page links when it cannot list them all."""

from __future__ import annotations

from collections.abc import Iterator

from ..paths import PagePath
from ..registry import Entity
from .base import Emitter, PageGroup, PageSpec
from .entity import listing
from .shelf import ShelfPage, navigation


class EntityArchiveEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        for entity_id, facts in self.knowledge.facts.items():
            if len(facts.articles) > self.options.top_articles:  # else its own page lists them all
                for shelf_page in self.context.shelves[entity_id].pages:
                    yield self.group(shelf_page.path, self.build, facts.entity, shelf_page)

    def build(self, entity: Entity, page: ShelfPage) -> PageSpec:
        name = self.name(entity)
        title = self.t["archive_page_title"].format(name=name, period=self.period_name(page.period))
        articles = [(article, article.salience(entity.id)) for article in page.articles]
        values = {
            "meta": {"title": title, "search": {"exclude": True}},  # listings: the search finds the articles
            "title": title,
            "back": {"name": name, "href": PagePath.of_entity(entity).link_from(page.path)},
            "listing_title": self.t["articles"],
            **listing(self, entity, articles, page.path),
            **navigation(self.t, self.period_name, page),
        }
        return PageSpec("entity_articles.md.j2", values)
