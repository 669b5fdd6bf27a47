"""Article pages: the article's facts, its body with the first mention of each company and person linked,
and its related articles."""

from __future__ import annotations

from collections.abc import Iterator

from ..knowledge import Page
from ..paths import PagePath
from ..registry import Entity
from .base import Emitter, PageGroup, PageSpec

MentionLists = tuple[tuple[str, tuple[Entity, ...]], ...]  # ("companies", (entity, ...)), people, themes


class ArticleEmitter(Emitter):
    keyed_by_values = False  # the body is too large to hash; the article's cache key covers it

    def groups(self) -> Iterator[PageGroup]:
        facts = self.knowledge.facts
        for page in self.knowledge.pages:
            related = tuple(other for other, _score in self.knowledge.related[page.slug])
            mentioned = tuple(
                (
                    plural,
                    tuple(facts[item["id"]].entity for item in getattr(page.article, plural) if item["id"] in facts),
                )
                for plural in ("companies", "people", "themes")
            )
            yield self.group(page.path, self.build, page, related, mentioned)

    def build(self, page: Page, related: tuple[Page, ...], mentioned: MentionLists) -> PageSpec:
        article = page.article
        entity_links = [
            (plural, [{"name": self.name(e), "href": PagePath.of_entity(e).link_from(page.path)} for e in entities])
            for plural, entities in mentioned
        ]
        values = {
            "front_matter_text": self.context.parts.front_matter(page),
            "article": article,
            "blocks": self.context.parts.blocks(page),
            "language_name": self.language_name(article.language),
            "date": self.date(article.date),
            "entity_facts": entity_links,
            "related": [self.article_row(other, page.path) for other in related],
            "alternate_titles": [
                {"language": self.language_name(t["language"]), "title": t["title"]} for t in article.alternate_titles
            ],
        }
        return PageSpec("article.md.j2", values)
