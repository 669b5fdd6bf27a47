"""Listings that would grow with the corpus (an entity's articles, the timeline), filed by period and cut
into pages of a fixed size, and the navigation between those pages."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cached_property

from ..knowledge import Page
from ..paths import PagePath
from .base import UNDATED, token


def page_count(rows: int, size: int) -> int:
    return max(1, math.ceil(rows / size))


@dataclass(frozen=True)
class ShelfPage:
    """One page of a shelf, with everything it shows: its articles, its place and its neighbours."""

    start: PagePath  # the page the shelf belongs to
    period: str
    number: int
    total: int  # pages in the period
    newer: str | None  # the newer and the older period
    older: str | None
    articles: tuple[Page, ...]

    @property
    def path(self) -> PagePath:
        return period_path(self.start, self.period, self.number)

    @cached_property
    def token(self) -> str:
        """Every field, once for all languages."""
        return "ShelfPage" + token(tuple(getattr(self, f.name) for f in fields(self)))


def period_path(start: PagePath, period: str, number: int = 1) -> PagePath:
    """Page `number` of a period: companies/x.md -> companies/x/2024.md, companies/x/2024/2.md, ..."""
    return start.below(period).numbered(number)


@dataclass(frozen=True)
class Shelf:
    """Articles filed by period (a year or a month, from the date; the undated apart), newest first, each
    period cut into pages of `page_size`. Adding an article changes only pages of its own period, so an
    incremental build rewrites few pages, and no page grows with the corpus."""

    start: PagePath  # e.g. companies/x.md; its pages are companies/x/<period>.md
    periods: dict[str, list[Page]]  # newest period first, the undated last
    page_size: int

    @staticmethod
    def order(pages: list[Page]) -> list[Page]:
        """Newest first, the undated last (by slug)."""
        dated = sorted((p for p in pages if p.article.date), key=lambda p: p.sort_key, reverse=True)
        return dated + sorted((p for p in pages if not p.article.date), key=lambda p: p.slug)

    @classmethod
    def of(cls, start: PagePath, ordered: list[Page], period_length: int, page_size: int) -> Shelf:
        """`ordered` as order() sorts them; `period_length`: 4 files by year, 7 by month (characters of
        the ISO date)."""
        periods: dict[str, list[Page]] = {}
        for page in ordered:
            periods.setdefault(page.article.date[:period_length] if page.article.date else UNDATED, []).append(page)
        return cls(start, periods, page_size)

    def newest(self, count: int) -> tuple[Page, ...]:
        """The `count` newest dated articles (an entity's feed)."""
        dated = (page for period, pages in self.periods.items() if period != UNDATED for page in pages)
        return tuple(itertools.islice(dated, count))

    @property
    def overview(self) -> tuple[tuple[str, int], ...]:
        """(period, number of articles) of every period."""
        return tuple((period, len(pages)) for period, pages in self.periods.items())

    @cached_property
    def pages(self) -> tuple[ShelfPage, ...]:
        """Every page of every period, made once for all languages."""
        order = list(self.periods)
        pages = []
        for index, (period, articles) in enumerate(self.periods.items()):
            newer = order[index - 1] if index else None
            older = order[index + 1] if index + 1 < len(order) else None
            total = page_count(len(articles), self.page_size)
            for number in range(1, total + 1):
                chunk = tuple(articles[(number - 1) * self.page_size : number * self.page_size])
                pages.append(ShelfPage(self.start, period, number, total, newer, older, chunk))
        return tuple(pages)


def pager(first: PagePath, number: int, total: int, origin: PagePath, label: str) -> dict | None:
    """Links to the other pages of a listing: the first, the last, and the two either side of this one
    (so the pager stays the same size however many pages there are)."""
    if total == 1:
        return None
    shown = sorted({1, total, *range(max(1, number - 2), min(total, number + 2) + 1)})
    items: list[dict] = []
    previous = 0
    for n in shown:
        if n - previous > 1:
            items.append({"gap": True, "number": None, "href": None, "current": False})
        items.append({"gap": False, "number": n, "href": first.numbered(n).link_from(origin), "current": n == number})
        previous = n

    def link(n: int) -> str | None:
        return first.numbered(n).link_from(origin) if 1 <= n <= total else None

    return {"label": label, "links": items, "previous": link(number - 1), "next": link(number + 1)}


PeriodName = Callable[[str], str]  # a period ("2024", "2024-07", UNDATED) as the reader sees it (Emitter.period_name)
CountText = Callable[[int], str]


def archive_links(
    name: PeriodName, count_text: CountText, start: PagePath, overview: tuple[tuple[str, int], ...], origin: PagePath
) -> list[dict]:
    """A link to the first page of every period of a shelf, with its number of articles."""
    return [
        {"label": name(period), "count": count_text(count), "href": period_path(start, period).link_from(origin)}
        for period, count in overview
    ]


def navigation(t: dict, name: PeriodName, page: ShelfPage) -> dict:
    """The pager of a period's pages and the links to the newer and the older period."""
    first = period_path(page.start, page.period)

    def link(other: str | None) -> dict | None:
        if other is None:
            return None
        return {"label": name(other), "href": period_path(page.start, other).link_from(page.path)}

    label = t["page_of"].format(number=page.number, total=page.total)
    return {
        "pager": pager(first, page.number, page.total, page.path, label),
        "newer": link(page.newer),
        "older": link(page.older),
    }
