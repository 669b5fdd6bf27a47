"""The articles of one month of the timeline (or the undated), a page at a time."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Emitter, PageGroup, PageSpec
from .shelf import ShelfPage, navigation


class TimelinePeriodEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        for shelf_page in self.context.timeline.pages:
            yield self.group(shelf_page.path, self.build, shelf_page)

    def build(self, page: ShelfPage) -> PageSpec:
        title = self.t["timeline_period_title"].format(period=self.period_name(page.period))
        values = {
            "meta": {"title": title},
            "title": title,
            "back": {"name": self.t["timeline"], "href": page.start.link_from(page.path)},
            "rows": [self.article_row(article, page.path) for article in page.articles],
            **navigation(self.t, self.period_name, page),
        }
        return PageSpec("timeline_period.md.j2", values)
