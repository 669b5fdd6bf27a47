"""Article pages: the article's facts, its body with the first mention of each company and person linked,
the other articles of its story, and its related articles."""

from __future__ import annotations

from collections.abc import Iterator

from ..knowledge import Page
from ..paths import PagePath
from ..registry import Entity
from .base import Emitter, PageGroup, PageSpec
from .story import StoryMember, story_of, story_values
from .structured import about_and_mentions, entity_reference, news_article


class ArticleEmitter(Emitter):
    keyed_by_values = False  # the body is too large to hash; the article's cache key covers it

    def groups(self) -> Iterator[PageGroup]:
        for page in self.knowledge.pages:
            related = tuple(other for other, _score in self.knowledge.related[page.slug])
            yield self.group(page.path, self.build, page, related, *story_of(self.knowledge, page))

    def build(
        self, page: Page, related: tuple[Page, ...], primary: Page | None, members: tuple[StoryMember, ...]
    ) -> PageSpec:
        """`primary`: the story's primary, if not this article; `members`: the story's other articles, if it is.
        What the page shows of the article itself comes from `parts` (the same in every language)."""
        article = page.article
        entity_links = [
            (plural, [{"name": self.name(e), "href": PagePath.of_entity(e).link_from(page.path)} for e in entities])
            for plural, entities in self.context.parts.mentioned(page)
        ]
        values = {
            "front_matter_text": self.context.parts.front_matter(page),
            "article": article,
            "body": self.context.parts.body(page),
            "language_name": self.language_name(article.language),
            "date": self.date(article.date),
            "iso_date": article.date,
            "entity_facts": entity_links,
            "related": [self.article_row(other, page.path) for other in related],
            "story": story_values(self, page, primary, members),
            "alternate_titles": [
                {"language": self.language_name(t["language"]), "title": t["title"]} for t in article.alternate_titles
            ],
            "json_ld": self._structured(page),
        }
        return PageSpec("article.md.j2", values)

    def _structured(self, page: Page) -> dict:
        """The page's NewsArticle: about the companies and people the article names most, mentioning the rest."""
        about: list[dict] = []
        mentions: list[dict] = []
        for plural, entities in self.context.parts.mentioned(page):
            if plural in ("companies", "people"):
                ranked = [(entity, page.salience(entity.id)) for entity in entities]
                more = about_and_mentions(ranked, self.options.about_salience, self._reference)
                about, mentions = about + more[0], mentions + more[1]
        return news_article(page.article, about, mentions)

    def _reference(self, entity: Entity) -> dict:
        return entity_reference(entity, self.name(entity))
