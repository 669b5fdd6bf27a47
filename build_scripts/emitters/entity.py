"""An entity's own page (company, person or theme): profile, summary, statements, its most relevant
articles and links to all its articles by year."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..knowledge import EntityFacts, Page, Statement
from ..paths import PagePath
from ..registry import Entity
from .base import Emitter, PageGroup, PageSpec
from .charts import coverage_chart
from .entity_feed import FeedPath
from .shelf import archive_links
from .structured import entity_thing


class EntityEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        for entity_id, facts in self.knowledge.facts.items():
            shelf = self.context.shelves[entity_id]
            archive = () if len(facts.articles) <= self.options.top_articles else shelf.overview
            parent_has_page = facts.entity.data.get("parent") in self.knowledge.facts
            yield self.group(shelf.start, self.build, facts, archive, parent_has_page)

    def build(self, facts: EntityFacts, archive: tuple[tuple[str, int], ...], parent_has_page: bool) -> PageSpec:
        """`archive`: (period, articles) of the entity's archive pages, if its page cannot list all its
        articles; `parent_has_page`: whether the parent company (if any) has a page to link."""
        entity = facts.entity
        path = PagePath.of_entity(entity)
        summary = self._summary(facts)
        top = self.options.top
        name = self.name(entity)
        other_names = sorted({n for n in (*entity.names.values(), *entity.aliases) if n != name})
        profile = self._profile(facts, path, parent_has_page)
        values = {
            "meta": self._meta(entity, summary, other_names, profile["profile"] or profile["definition"]),
            "name": name,
            "other_names": other_names,
            **profile,
            "summary": summary,
            "chart": self._coverage(facts),
            "follow": {
                "text": self.t["follow_feed"].format(name=name),
                "href": FeedPath.of_entity(entity).link_from(path),
            },
            "statements": [self._statement(s, path) for s in facts.statements],
            "quotes": [self._statement(s, path) for s in facts.quotes],
            "companies": self.entity_links(facts.companies[:top], path),
            "people": self.entity_links(facts.people[:top], path),
            "associated": self.entity_links(_associated_companies(facts)[:top], path) if entity.kind == "theme" else [],
            **listing(self, entity, facts.articles[: self.options.top_articles], path),
            "listing_title": self.t["most_relevant_articles" if archive else "articles"],
            "archive": archive_links(self.period_name, self.local.number, path, archive, path),
        }
        return PageSpec(f"{entity.kind}.md.j2", values)

    def _meta(self, entity: Entity, summary: str, other_names: list[str], description: str | None) -> dict:
        """Front matter: title and description (the head's description and Open Graph tags), the entity's feed
        and its schema.org data (hooks/site.py links the one and writes the other into the page head)."""
        name = self.name(entity)
        return {
            "title": name,
            "description": summary,
            "feed": {
                "path": FeedPath.of_entity(entity).src,
                "title": self.t["feed_title"].format(name=name, site=self.t["site_name"]),
            },
            "json_ld": entity_thing(entity, name, other_names, description),
        }

    def _coverage(self, facts: EntityFacts) -> dict | None:
        """Articles per month, when they fall in at least EmitOptions.chart_months months; titled for the entity."""
        months = Counter(day[: len("2024-07")] for day in facts.dates)
        chart = coverage_chart(months, self.local) if len(months) >= self.options.chart_months else None
        if chart is None:
            return None
        name = self.name(facts.entity)
        description = self.t["entity_chart_description"].format(name=name, first=chart["first"], last=chart["last"])
        return {**chart, "title": self.t["entity_chart"].format(name=name), "description": description}

    def _summary(self, facts: EntityFacts) -> str:
        dates, date = facts.dates, self.local.date
        if not dates:
            span = self.t["span_undated"]
        elif dates[0] == dates[-1]:
            span = self.t["span_single"].format(date=date(dates[0]))
        else:
            span = self.t["span_between"].format(first=date(dates[0]), last=date(dates[-1]))
        names = lambda items: ", ".join(self.name(e) for e, _ in items[:3])  # noqa: E731
        count = len(facts.articles)
        news = self.local.plural(self.t["news_summary"], count)
        summary = [news.format(name=self.name(facts.entity), count=self.local.number(count), span=span)]
        if facts.themes and facts.entity.kind != "theme":
            summary.append(self.t["news_themes"].format(themes=names(facts.themes)))
        if facts.companies:
            summary.append(self.t["news_companies"].format(companies=names(facts.companies)))
        if facts.people:
            summary.append(self.t["news_people"].format(people=names(facts.people)))
        return " ".join(summary)

    def _profile(self, facts: EntityFacts, path: PagePath, parent_has_page: bool) -> dict:
        """The registry entry: what the company, person or theme template shows of it."""
        by_id, data = facts.by_id, facts.entity.data
        parent = by_id.get(data.get("parent") or "")
        headquarters = data.get("headquarters")
        return {
            "profile": (data.get("profile") or {}).get(self.language),
            "definition": (data.get("definition") or {}).get(self.language),
            "founded": data.get("founded"),
            "headquarters": headquarters.get(self.language) if isinstance(headquarters, dict) else None,
            "parent": self.entity_links([(parent, 0)], path) if parent and parent_has_page else [],
            "parent_name": self.name(parent) if parent else None,
            "founders": [self.name(by_id[i]) for i in data.get("founders") or [] if i in by_id],
            "key_people": [self.name(by_id[i]) for i in data.get("key_people") or [] if i in by_id],
            "products": data.get("products") or [],
            "roles": [
                {
                    "title": (role.get("title") or {}).get(self.language),
                    "organization": self.name(by_id[role["organization"]])
                    if role.get("organization") in by_id
                    else None,
                }
                for role in data.get("roles") or []
                if isinstance(role, dict)
            ],
        }

    def _statement(self, statement: Statement, origin: PagePath) -> dict:
        return {
            "text": statement.text,
            "href": statement.page.path.link_from(origin),
            "title": statement.page.article.title,
            "language": statement.page.article.language,
            "language_name": self.language_name(statement.page.article.language),
        }


def listing(emitter: Emitter, entity: Entity, articles: list[tuple[Page, float]], origin: PagePath) -> dict:
    """Rows of an entity's articles, with their salience (and, for a theme, the sentences that made the
    article relevant)."""
    with_evidence = entity.kind == "theme"
    rows = [
        {
            **emitter.article_row(page, origin, salience),
            "evidence": page.passages("evidence", entity.id) if with_evidence else [],
        }
        for page, salience in articles
    ]
    return {"articles": rows, "with_evidence": with_evidence}


def _associated_companies(facts: EntityFacts) -> list[tuple[Entity, float]]:
    """Companies weighted by their salience in the theme's articles, times the theme's salience."""
    weights: Counter = Counter()
    for page, theme_salience in facts.articles:
        for item in page.article.companies:
            weights[item["id"]] += item["salience"] * theme_salience
    by_id = facts.by_id
    return [(by_id[i], round(w, 3)) for i, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])) if i in by_id]
