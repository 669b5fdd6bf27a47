"""The index of each section (companies, people, themes): every entity with its number of articles; the
companies' index also draws who is named with whom."""

from __future__ import annotations

from collections.abc import Iterator

from ..paths import SECTIONS, PagePath
from ..vocabulary import DEFAULT_LANGUAGE
from .base import Emitter, PageGroup, PageSpec
from .charts import comention_graph


class EntityIndexEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        for kind, section in SECTIONS.items():
            path = PagePath(f"{section}/index.md")
            yield self.page(path, self.build(kind, section, path))

    def build(self, kind: str, section: str, path: PagePath) -> PageSpec:
        rows = [
            {
                "name": self.name(f.entity),
                "href": PagePath.of_entity(f.entity).link_from(path),
                "count": self.local.number(len(f.articles)),
                "other": f.entity.names[DEFAULT_LANGUAGE if self.language != DEFAULT_LANGUAGE else "zh"],
            }
            for f in self.knowledge.of_kind(kind)
        ]
        chart = comention_graph(self.knowledge, self.name, path) if kind == "company" else None
        return PageSpec(
            "entity_index.md.j2",
            {"meta": {"title": self.t[section]}, "title": self.t[section], "rows": rows, "chart": chart},
        )
