"""The parts of an article page that are the same in every site language."""

from __future__ import annotations

from collections.abc import Callable

from ..entities import recognizer_for
from ..knowledge import Knowledge, Page
from ..models import Article
from ..paths import PagePath
from ..registry import Entity
from ..render import article_front_matter, environment, front_matter

MentionLists = tuple[tuple[str, tuple[Entity, ...]], ...]  # ("companies", (entity, ...)), people, themes


class ArticleParts:
    """Front matter, body with entity links and the entities it names, computed once per article rather than
    once per language. All depend only on the article and the registry's names (its cache key covers them)."""

    def __init__(self, knowledge: Knowledge, full_article: Callable[[Article], Article]):
        self.knowledge = knowledge
        self.full_article = full_article
        self._front_matter: dict[str, str] = {}
        self._body: dict[str, str] = {}
        self._mentioned: dict[str, MentionLists] = {}

    def front_matter(self, page: Page) -> str:
        if page.slug not in self._front_matter:
            meta = article_front_matter(page.article, page.slug, page.path.src)
            meta["description"] = page.article.summary
            self._front_matter[page.slug] = front_matter(meta)
        return self._front_matter[page.slug]

    def mentioned(self, page: Page) -> MentionLists:
        """The companies, people and themes the article names that have pages."""
        if page.slug not in self._mentioned:
            facts = self.knowledge.facts
            self._mentioned[page.slug] = tuple(
                (
                    plural,
                    tuple(facts[item["id"]].entity for item in getattr(page.article, plural) if item["id"] in facts),
                )
                for plural in ("companies", "people", "themes")
            )
        return self._mentioned[page.slug]

    def body(self, page: Page) -> str:
        """The body as Markdown (article_body.md.j2), with its links: rendered once, shown in every language."""
        if page.slug not in self._body:
            template = environment().get_template("article_body.md.j2")
            self._body[page.slug] = template.render(blocks=self._linked_blocks(page))
        return self._body[page.slug]

    def _linked_blocks(self, page: Page) -> list[dict]:
        """Blocks as (text, href) segments: the first mention of each company and person is a link."""
        facts = self.knowledge.facts
        linkable = {
            item["id"]
            for plural in ("companies", "people")
            for item in getattr(page.article, plural)
            if item["id"] in facts
        }
        recognizer = recognizer_for(self.knowledge.registry)
        linked: set[str] = set()
        result = []
        for block in self.full_article(page.article).blocks:
            segments: list[tuple[str, str | None]] = []
            position = 0
            if block.kind != "heading" and len(linked) < len(linkable):  # none left to link: no need to look
                for start, term in recognizer.mentions(block.text):
                    if term.entity_id in linked or term.entity_id not in linkable or start < position:
                        continue
                    end = start + len(term.text)
                    target = PagePath.of_entity(facts[term.entity_id].entity)
                    segments.append((block.text[position:start], None))
                    segments.append((block.text[start:end], target.link_from(page.path)))
                    linked.add(term.entity_id)
                    position = end
            segments.append((block.text[position:], None))
            result.append({"block": block, "segments": [s for s in segments if s[0]]})
        return result
