"""The home page: what the atlas holds, the latest articles, the most covered companies and themes."""

from __future__ import annotations

from collections.abc import Iterator

from ..paths import PagePath
from .base import Emitter, PageGroup, PageSpec

HOME = PagePath("index.md")


class HomeEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        yield self.page(HOME, self.build())

    def build(self) -> PageSpec:
        knowledge = self.knowledge
        latest = sorted(knowledge.primaries, key=lambda p: p.sort_key, reverse=True)[: self.options.latest]
        number = self.local.number
        counts = {
            "articles": len(knowledge.primaries),  # a story told by several articles counts once
            "companies": len(knowledge.of_kind("company")),
            "people": len(knowledge.of_kind("person")),
            "themes": len(knowledge.of_kind("theme")),
        }
        intro = self.t["home_intro"].format(
            **{key: self.local.plural(self.t[f"count_{key}"], n).format(count=number(n)) for key, n in counts.items()}
        )

        def top(kind: str) -> list[dict]:
            return self.entity_links(
                [(f.entity, number(len(f.articles))) for f in knowledge.of_kind(kind)[: self.options.top]], HOME
            )

        values = {
            "meta": {"title": self.t["home_title"], "description": intro},
            "intro": intro,
            "latest": [self.article_row(p, HOME) for p in latest],
            "companies": top("company"),
            "themes": top("theme"),
        }
        return PageSpec("home.md.j2", values)
