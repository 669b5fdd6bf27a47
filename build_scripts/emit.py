"""Page emitters: every page kind in every site language, from the corpus knowledge.

Each emitter builds the values one template needs (Python decides: which links, which sentences, which
numbers) and the template renders them. Pages use the mkdocs-static-i18n suffix layout: `x.md` is the
English page, `x.de.md` and `x.zh.md` its German and Chinese versions.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from .entities import recognizer_for
from .knowledge import EntityFacts, Knowledge, Page
from .models import Article
from .registry import SITE_LANGUAGES, Entity
from .render import TEMPLATES, article_front_matter, environment, front_matter

SECTIONS = {"company": "companies", "person": "people", "theme": "themes"}
LATEST = 10
TOP = 8
TOP_ARTICLES = 20  # the most relevant articles, on an entity's own page
SHELF_PAGE_SIZE = 50  # articles on one page of a period (see Shelf), so no page grows with the corpus


def suffix(language: str) -> str:
    return "" if language == SITE_LANGUAGES[0] else f".{language}"


def localised(path: str, language: str) -> str:
    """articles/x.md -> articles/x.de.md for German."""
    return path[: -len(".md")] + suffix(language) + ".md"


def entity_path(entity: Entity) -> str:
    return f"{SECTIONS[entity.kind]}/{entity.id}.md"


def href(from_path: str, to_path: str) -> str:
    """Relative link between two docs paths (links always name the default-language file; the i18n
    plugin points them at the reader's language)."""
    depth = from_path.count("/")
    return "../" * depth + to_path


@dataclass(frozen=True)
class PendingPage:
    """A page to write, rendered only when its key (a hash of everything it shows) differs from the key
    it had when it was last written."""

    key: str
    render: Callable[[], str]


@dataclass(frozen=True)
class PageGroup:
    """Pages that change together (one article page; an entity's pages in one language; one timeline
    page) and a key of everything they are made from: while it is unchanged since the last build, their
    values are not even computed again."""

    name: str
    key: str
    pages: Callable[[], dict[str, PendingPage]]


@dataclass(frozen=True)
class PageSpec:
    """The template of a page and the values it shows (plain data, so they can be hashed into a key)."""

    template: str
    values: dict


def fingerprint(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]  # 128 bits: page keys stay short


def templates_fingerprint() -> str:
    return fingerprint(sorted((p.name, p.read_text(encoding="utf-8")) for p in TEMPLATES.glob("*.j2")))


def paged_path(path: str, number: int) -> str:
    """Page `number` of a listing that starts on `path`: companies/x.md, companies/x/2.md, ..."""
    return path if number == 1 else f"{path[: -len('.md')]}/{number}.md"


def page_count(rows: int, size: int) -> int:
    return max(1, math.ceil(rows / size))


def emit_all(
    knowledge: Knowledge, strings: dict[str, dict], full_article: Callable[[Article], Article]
) -> list[PageGroup]:
    """Every page in every language, in groups keyed by what they are made from. An article enters a key
    as its slug and cache key (which covers everything the article shows); `full_article` gives an
    article with its body (the knowledge may hold articles from the corpus index, without it)."""
    groups: list[PageGroup] = []
    shared = ArticleParts(knowledge, full_article)
    registry = knowledge.registry
    templates = templates_fingerprint()
    token = {page.slug: f"{page.slug}:{page.key}" for page in knowledge.pages}
    entity_tokens = {i: ",".join(token[page.slug] for page, _ in f.articles) for i, f in knowledge.facts.items()}
    entity_entries = {i: fingerprint(f.entity.data) for i, f in knowledge.facts.items()}
    newest_first = Shelf.order(knowledge.pages)
    mentions: dict[str, list[Page]] = {i: [] for i in knowledge.facts}
    for page in newest_first:
        for entity_id, _salience in page.entities:
            if entity_id in mentions:
                mentions[entity_id].append(page)
    shelves = {i: Shelf.of(entity_path(f.entity), mentions[i], 4) for i, f in knowledge.facts.items()}
    timeline = Shelf.of("timeline.md", newest_first, 7)
    chunk_keys = {
        id(shelf): shelf.chunk_keys(token)
        for shelf in (*shelves.values(), timeline)
        if shelf is timeline or sum(map(len, shelf.periods.values())) > TOP_ARTICLES
    }
    timeline_overview = repr([(period, len(pages)) for period, pages in timeline.periods.items()])
    for language in SITE_LANGUAGES:
        view = View(knowledge, strings[language], language)
        language_key = fingerprint(language, strings[language], templates)
        article_base = _digest(language_key, registry.recognition_fingerprint)
        for page in knowledge.pages:
            related = ",".join(token[other.slug] for other, _ in knowledge.related[page.slug])
            path = localised(page.path, language)
            groups.append(
                _single(path, _digest(article_base, token[page.slug], related), partial(view.article, page, shared))
            )
        # an entity's page shows its own registry entry and other entities' names; its archive pages only names
        entity_base = _digest(language_key, registry.recognition_fingerprint)
        for entity_id, entity_facts in knowledge.facts.items():
            entry = entity_entries[entity_id]
            groups.append(
                PageGroup(
                    f"{entity_id}.{language}",
                    _digest(entity_base, entity_id, entry, entity_tokens[entity_id]),
                    partial(_pages, language_key, view, partial(view.entity_page, entity_facts, shelves[entity_id])),
                )
            )
            if len(entity_facts.articles) > TOP_ARTICLES:  # else its own page lists them all
                groups += _shelf_groups(
                    shelves[entity_id],
                    chunk_keys,
                    _digest(entity_base, entity_id),
                    language_key,
                    view,
                    partial(view.entity_archive_page, entity_facts),
                )
        groups.append(
            PageGroup(
                f"timeline.{language}",
                _digest(language_key, timeline_overview),
                partial(_pages, language_key, view, partial(view.timeline, timeline)),
            )
        )
        groups += _shelf_groups(timeline, chunk_keys, language_key, language_key, view, view.timeline_page)
        specs = {f"{section}/index.md": view.entity_index(kind, section) for kind, section in SECTIONS.items()}
        specs["index.md"] = view.home()
        for path, spec in specs.items():
            key = fingerprint(language_key, spec.template, spec.values)
            groups.append(_single(localised(path, language), key, partial(view.render, spec)))
    return groups


def _single(path: str, key: str, render: Callable[[], str]) -> PageGroup:
    pending = {path: PendingPage(key, render)}
    return PageGroup(path, key, lambda: pending)


def _pages(language_key: str, view: View, specs: Callable[[], dict[str, PageSpec]]) -> dict[str, PendingPage]:
    return {
        localised(path, view.language): PendingPage(
            fingerprint(language_key, spec.template, spec.values), partial(view.render, spec)
        )
        for path, spec in specs().items()
    }


def _shelf_groups(
    shelf: Shelf, chunk_keys: dict, base_key: str, language_key: str, view: View, page
) -> list[PageGroup]:
    """One group per page of a shelf, keyed by the articles on it (and its neighbours, which it links)."""
    groups = []
    for (period, number), chunk_key in chunk_keys[id(shelf)].items():
        key = _digest(base_key, chunk_key)
        path = localised(shelf.path(period, number), view.language)
        groups.append(PageGroup(path, key, partial(_pages, language_key, view, partial(page, shelf, period, number))))
    return groups


UNDATED = "undated"


@dataclass(frozen=True)
class Shelf:
    """Articles filed by period (a year or a month, from the date; the undated apart), newest first, each
    period cut into pages of SHELF_PAGE_SIZE. Adding an article changes only pages of its own period, so
    an incremental build rewrites few pages, and no page grows with the corpus."""

    start: str  # the page the shelf belongs to, e.g. companies/x.md; its pages are companies/x/<period>.md
    periods: dict[str, list[Page]]  # newest period first, the undated last

    @staticmethod
    def order(pages: list[Page]) -> list[Page]:
        """Newest first, the undated last (by slug)."""
        dated = sorted((p for p in pages if p.article.date), key=lambda p: p.sort_key, reverse=True)
        return dated + sorted((p for p in pages if not p.article.date), key=lambda p: p.slug)

    @classmethod
    def of(cls, start: str, ordered: list[Page], period_length: int) -> Shelf:
        """`ordered` as order() sorts them; `period_length`: 4 files by year, 7 by month (characters of
        the ISO date)."""
        periods: dict[str, list[Page]] = {}
        for page in ordered:
            periods.setdefault(page.article.date[:period_length] if page.article.date else UNDATED, []).append(page)
        return cls(start, periods)

    def chunk_keys(self, token: dict[str, str]) -> dict[tuple[str, int], str]:
        """(period, number) -> a key of what the page shows: its articles, its place and its neighbours."""
        keys = {}
        for period, number, total in self.pages():
            articles = ",".join(token[p.slug] for p in self.chunk(period, number))
            keys[(period, number)] = _digest(period, str(number), str(total), repr(self.neighbours(period)), articles)
        return keys

    def path(self, period: str, number: int = 1) -> str:
        return paged_path(f"{self.start[: -len('.md')]}/{period}.md", number)

    def pages(self):
        """(period, page number, pages in the period) of every page."""
        for period, pages in self.periods.items():
            total = page_count(len(pages), SHELF_PAGE_SIZE)
            for number in range(1, total + 1):
                yield period, number, total

    def chunk(self, period: str, number: int) -> list[Page]:
        return self.periods[period][(number - 1) * SHELF_PAGE_SIZE : number * SHELF_PAGE_SIZE]

    def neighbours(self, period: str) -> tuple[str | None, str | None]:
        """The newer and the older period."""
        order = list(self.periods)
        index = order.index(period)
        return (order[index - 1] if index else None, order[index + 1] if index + 1 < len(order) else None)


class ArticleParts:
    """The parts of an article page that are the same in every site language (front matter, body with
    entity links), computed once per article rather than once per language."""

    def __init__(self, knowledge: Knowledge, full_article: Callable[[Article], Article]):
        self.knowledge = knowledge
        self.full_article = full_article
        self._front_matter: dict[str, str] = {}
        self._blocks: dict[str, list[dict]] = {}

    def front_matter(self, page: Page) -> str:
        if page.slug not in self._front_matter:
            meta = article_front_matter(page.article, page.slug, page.path)
            meta["description"] = page.article.summary
            self._front_matter[page.slug] = front_matter(meta)
        return self._front_matter[page.slug]

    def blocks(self, page: Page) -> list[dict]:
        if page.slug not in self._blocks:
            self._blocks[page.slug] = self._linked_blocks(page)
        return self._blocks[page.slug]

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
            if block.kind != "heading":
                for start, term in recognizer.mentions(block.text):
                    if term.entity_id in linked or term.entity_id not in linkable or start < position:
                        continue
                    end = start + len(term.text)
                    segments.append((block.text[position:start], None))
                    segments.append((block.text[start:end], href(page.path, entity_path(facts[term.entity_id].entity))))
                    linked.add(term.entity_id)
                    position = end
            segments.append((block.text[position:], None))
            result.append({"block": block, "segments": [s for s in segments if s[0]]})
        return result


class View:
    """Values for the templates of one site language."""

    def __init__(self, knowledge: Knowledge, strings: dict, language: str):
        self.knowledge = knowledge
        self.t = strings
        self.language = language
        self.env = environment()

    def _render(self, template: str, **values) -> str:
        return self.env.get_template(template).render(t=self.t, language=self.language, **values)

    def render(self, spec: PageSpec) -> str:
        return self._render(spec.template, **spec.values)

    def pager(self, first_path: str, number: int, total: int, from_path: str) -> dict | None:
        """Links to the other pages of a listing: the first, the last, and the two either side of this one
        (so the pager stays the same size however many pages there are)."""
        if total == 1:
            return None
        shown = sorted({1, total, *range(max(1, number - 2), min(total, number + 2) + 1)})
        items, previous = [], 0
        for n in shown:
            if n - previous > 1:
                items.append({"gap": True, "number": None, "href": None, "current": False})
            items.append(
                {"gap": False, "number": n, "href": href(from_path, paged_path(first_path, n)), "current": n == number}
            )
            previous = n
        link = lambda n: href(from_path, paged_path(first_path, n)) if 1 <= n <= total else None  # noqa: E731
        return {
            "label": self.t["page_of"].format(number=number, total=total),
            "links": items,
            "previous": link(number - 1),
            "next": link(number + 1),
        }

    def name(self, entity: Entity) -> str:
        return entity.names[self.language]

    def language_name(self, code: str | None) -> str:
        return self.t["languages"].get(code or "und", code or "und")

    def date(self, value: str | None) -> str:
        return value or self.t["undated"]

    def article_row(self, page: Page, from_path: str, salience: float | None = None) -> dict:
        return {
            "title": page.article.title,
            "href": href(from_path, page.path),
            "date": self.date(page.article.date),
            "dated": page.article.date is not None,
            "language": self.language_name(page.article.language),
            "salience": salience,
        }

    def entity_links(self, items, from_path: str) -> list[dict]:
        return [
            {"name": self.name(entity), "href": href(from_path, entity_path(entity)), "count": count}
            for entity, count in items
            if entity.id in self.knowledge.facts
        ]

    # article pages -------------------------------------------------------------------------------

    def article(self, page: Page, shared: ArticleParts) -> str:
        article = page.article
        facts = self.knowledge.facts
        entity_links = [
            (
                plural,
                [
                    {
                        "name": self.name(facts[item["id"]].entity),
                        "href": href(page.path, entity_path(facts[item["id"]].entity)),
                    }
                    for item in getattr(article, plural)
                    if item["id"] in facts
                ],
            )
            for plural in ("companies", "people", "themes")
        ]
        return self._render(
            "article.md.j2",
            front_matter_text=shared.front_matter(page),
            article=article,
            blocks=shared.blocks(page),
            language_name=self.language_name(article.language),
            date=self.date(article.date),
            entity_facts=entity_links,
            related=[self.article_row(other, page.path) for other, _score in self.knowledge.related[page.slug]],
            alternate_titles=[
                {"language": self.language_name(t["language"]), "title": t["title"]} for t in article.alternate_titles
            ],
        )

    # entity pages --------------------------------------------------------------------------------

    def entity_page(self, facts: EntityFacts, shelf: Shelf) -> dict[str, PageSpec]:
        """The entity's own page: profile, summary, statements, its most relevant articles and links to
        all its articles by year."""
        path = entity_path(facts.entity)
        listing = self._rows(facts, facts.articles[:TOP_ARTICLES], path)
        complete = len(facts.articles) <= TOP_ARTICLES
        listing["listing_title"] = self.t["articles" if complete else "most_relevant_articles"]
        listing["archive"] = [] if complete else self.archive(shelf, path)
        return {path: self._entity_page(facts, listing)}

    def entity_archive_page(self, facts: EntityFacts, shelf: Shelf, period: str, number: int) -> dict[str, PageSpec]:
        entity = facts.entity
        path = entity_path(entity)
        page_path = shelf.path(period, number)
        salience = facts.salience
        title = self.t["archive_page_title"].format(name=self.name(entity), period=self.period_name(period))
        values = self._rows(facts, [(page, salience[page.slug]) for page in shelf.chunk(period, number)], page_path)
        return {
            page_path: PageSpec(
                "entity_articles.md.j2",
                {
                    "meta": {"title": title, "search": {"exclude": True}},  # listings: the search finds the articles
                    "title": title,
                    "back": {"name": self.name(entity), "href": href(page_path, path)},
                    "listing_title": self.t["articles"],
                    **values,
                    **self._shelf_navigation(shelf, period, number, page_path),
                },
            )
        }

    def _rows(self, facts: EntityFacts, articles: list[tuple[Page, float]], from_path: str) -> dict:
        with_evidence = facts.entity.kind == "theme"
        return {
            "articles": [
                {
                    **self.article_row(page, from_path, salience),
                    "evidence": facts.evidence(page) if with_evidence else [],
                }
                for page, salience in articles
            ],
            "with_evidence": with_evidence,
        }

    def period_name(self, period: str) -> str:
        return self.t["undated_articles"] if period == UNDATED else period

    def archive(self, shelf: Shelf, from_path: str) -> list[dict]:
        return [
            {"label": self.period_name(period), "count": len(pages), "href": href(from_path, shelf.path(period))}
            for period, pages in shelf.periods.items()
        ]

    def _shelf_navigation(self, shelf: Shelf, period: str, number: int, page_path: str) -> dict:
        newer, older = shelf.neighbours(period)
        link = lambda other: (
            {"label": self.period_name(other), "href": href(page_path, shelf.path(other))} if other else None
        )  # noqa: E731
        return {
            "pager": self.pager(
                shelf.path(period), number, page_count(len(shelf.periods[period]), SHELF_PAGE_SIZE), page_path
            ),
            "newer": link(newer),
            "older": link(older),
        }

    def _entity_page(self, facts: EntityFacts, listing: dict) -> PageSpec:
        entity = facts.entity
        path = entity_path(entity)
        dates = facts.dates
        if not dates:
            span = self.t["span_undated"]
        elif dates[0] == dates[-1]:
            span = self.t["span_single"].format(date=dates[0])
        else:
            span = self.t["span_between"].format(first=dates[0], last=dates[-1])
        names = lambda items: ", ".join(self.name(e) for e, _ in items[:3])  # noqa: E731
        summary = [self.t["news_summary"].format(name=self.name(entity), count=len(facts.articles), span=span)]
        if facts.themes and entity.kind != "theme":
            summary.append(self.t["news_themes"].format(themes=names(facts.themes)))
        if facts.companies:
            summary.append(self.t["news_companies"].format(companies=names(facts.companies)))
        if facts.people:
            summary.append(self.t["news_people"].format(people=names(facts.people)))
        by_id = self.knowledge.registry.by_id
        data = entity.data
        values = {
            "meta": {"title": self.name(entity), "description": " ".join(summary)},
            "name": self.name(entity),
            "other_names": sorted({n for n in (*entity.names.values(), *entity.aliases) if n != self.name(entity)}),
            "profile": (data.get("profile") or {}).get(self.language),
            "definition": (data.get("definition") or {}).get(self.language),
            "founded": data.get("founded"),
            "headquarters": (data.get("headquarters") or {}).get(self.language)
            if isinstance(data.get("headquarters"), dict)
            else None,
            "parent": self.entity_links([(by_id[data["parent"]], 0)], path) if data.get("parent") in by_id else [],
            "parent_name": self.name(by_id[data["parent"]]) if data.get("parent") in by_id else None,
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
            "summary": " ".join(summary),
            "statements": [self._statement(s, path) for s in facts.statements],
            "quotes": [self._statement(s, path) for s in facts.quotes],
            "companies": self.entity_links(facts.companies[:TOP], path),
            "people": self.entity_links(facts.people[:TOP], path),
            "associated": self.entity_links(self._associated_companies(facts)[:TOP], path)
            if entity.kind == "theme"
            else [],
            **listing,
        }
        return PageSpec(f"{entity.kind}.md.j2", values)

    def _statement(self, statement, from_path: str) -> dict:
        return {
            "text": statement.text,
            "href": href(from_path, statement.page.path),
            "title": statement.page.article.title,
            "language": statement.page.article.language,
            "language_name": self.language_name(statement.page.article.language),
        }

    def _associated_companies(self, facts: EntityFacts) -> list[tuple[Entity, int]]:
        """Companies weighted by their salience in the theme's articles, times the theme's salience."""
        weights: Counter = Counter()
        for page, theme_salience in facts.articles:
            for item in page.article.companies:
                weights[item["id"]] += item["salience"] * theme_salience
        by_id = self.knowledge.registry.by_id
        return [
            (by_id[i], round(w, 3)) for i, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])) if i in by_id
        ]

    # index pages ---------------------------------------------------------------------------------

    def entity_index(self, kind: str, section: str) -> PageSpec:
        path = f"{section}/index.md"
        rows = [
            {
                "name": self.name(f.entity),
                "href": href(path, entity_path(f.entity)),
                "count": len(f.articles),
                "other": f.entity.names["en"] if self.language != "en" else f.entity.names["zh"],
            }
            for f in self.knowledge.of_kind(kind)
        ]
        chart = self._comention_graph(path) if kind == "company" else None
        return PageSpec(
            "entity_index.md.j2",
            {"meta": {"title": self.t[section]}, "title": self.t[section], "rows": rows, "chart": chart},
        )

    def timeline(self, shelf: Shelf) -> dict[str, PageSpec]:
        """The coverage chart and every month (and the undated) with its number of articles, by year."""
        path = "timeline.md"
        years: dict[str, list[dict]] = {}
        for period, item in zip(shelf.periods, self.archive(shelf, path)):
            years.setdefault(self.period_name(period if period == UNDATED else period[:4]), []).append(item)
        months = {period: len(pages) for period, pages in shelf.periods.items() if period != UNDATED}
        return {
            path: PageSpec(
                "timeline.md.j2",
                {
                    "meta": {"title": self.t["timeline"]},
                    "title": self.t["timeline"],
                    "years": [{"year": year, "months": items} for year, items in years.items()],
                    "chart": self._coverage_chart(months),
                },
            )
        }

    def timeline_page(self, shelf: Shelf, period: str, number: int) -> dict[str, PageSpec]:
        page_path = shelf.path(period, number)
        title = self.t["timeline_period_title"].format(period=self.period_name(period))
        return {
            page_path: PageSpec(
                "timeline_period.md.j2",
                {
                    "meta": {"title": title},
                    "title": title,
                    "back": {"name": self.t["timeline"], "href": href(page_path, "timeline.md")},
                    "rows": [self.article_row(page, page_path) for page in shelf.chunk(period, number)],
                    **self._shelf_navigation(shelf, period, number, page_path),
                },
            )
        }

    def home(self) -> PageSpec:
        path = "index.md"
        latest = sorted(self.knowledge.pages, key=lambda p: p.sort_key, reverse=True)[:LATEST]
        intro = self.t["home_intro"].format(
            articles=len(self.knowledge.pages),
            companies=len(self.knowledge.of_kind("company")),
            people=len(self.knowledge.of_kind("person")),
            themes=len(self.knowledge.of_kind("theme")),
        )
        top = (
            lambda kind: [  # noqa: E731
                {"name": self.name(f.entity), "href": href(path, entity_path(f.entity)), "count": len(f.articles)}
                for f in self.knowledge.of_kind(kind)[:TOP]
            ]
        )
        return PageSpec(
            "home.md.j2",
            {
                "meta": {"title": self.t["home_title"], "description": intro},
                "intro": intro,
                "latest": [self.article_row(p, path) for p in latest],
                "companies": top("company"),
                "themes": top("theme"),
            },
        )

    # pictures ------------------------------------------------------------------------------------

    def _coverage_chart(self, counts: dict[str, int]) -> dict | None:
        """Bars of articles per month between the first and the last dated article."""
        if not counts:
            return None
        counts = Counter(counts)  # months without articles count 0
        first, last = min(counts), max(counts)
        months, year, month = [], int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last:
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        width, height, top = 640, 160, max(counts.values())
        step = width / len(months)
        bars = [
            {
                "x": round(i * step + step * 0.1, 1),
                "width": round(step * 0.8, 1),
                "height": round(counts[m] / top * (height - 30), 1),
                "label": m,
                "count": counts[m],
            }
            for i, m in enumerate(months)
        ]
        for bar in bars:
            bar["y"] = round(height - 20 - bar["height"], 1)
        return {
            "width": width,
            "height": height,
            "bars": bars,
            "first": first,
            "last": last,
            "label_every": max(1, math.ceil(len(months) / 8)),
        }

    def _comention_graph(self, from_path: str) -> dict | None:
        """The most covered companies on a circle, lines between companies named in the same article."""
        companies = [f.entity for f in self.knowledge.of_kind("company")[:14]]
        if len(companies) < 2:
            return None
        size, radius = 520, 190
        position = {}
        nodes = []
        for i, entity in enumerate(companies):
            angle = 2 * math.pi * i / len(companies) - math.pi / 2
            x, y = round(size / 2 + radius * math.cos(angle), 1), round(size / 2 + radius * math.sin(angle), 1)
            position[entity.id] = (x, y)
            nodes.append(
                {
                    "x": x,
                    "y": y,
                    "name": self.name(entity),
                    "href": href(from_path, entity_path(entity)),
                    "anchor": "start" if x > size / 2 + 1 else "end" if x < size / 2 - 1 else "middle",
                    "count": len(self.knowledge.facts[entity.id].articles),
                }
            )
        facts = self.knowledge.facts
        shared = [
            (min(a.id, b.id), max(a.id, b.id), facts[a.id].shared_articles(facts[b.id]))
            for i, a in enumerate(companies)
            for b in companies[i + 1 :]
        ]
        edges = [
            {
                "x1": position[a][0],
                "y1": position[a][1],
                "x2": position[b][0],
                "y2": position[b][1],
                "width": min(1 + n, 8),
                "count": n,
            }
            for a, b, n in sorted(shared)
            if n
        ]
        return {"size": size, "nodes": nodes, "edges": edges}
