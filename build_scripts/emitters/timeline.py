"""The timeline: the coverage chart and every month (and the undated) with its number of articles, by year."""

from __future__ import annotations

from collections.abc import Iterator

from ..paths import PagePath
from .base import Emitter, PageGroup, PageSpec
from .charts import coverage_chart
from .shelf import UNDATED, archive_links


class TimelineEmitter(Emitter):
    def groups(self) -> Iterator[PageGroup]:
        timeline = self.context.timeline
        yield self.group(timeline.start, self.build, timeline.start, timeline.overview)

    def build(self, path: PagePath, overview: tuple[tuple[str, int], ...]) -> PageSpec:
        """`overview`: (month, articles) of every month, newest first, the undated last."""
        years: dict[str, list[dict]] = {}
        links = archive_links(self.period_name, self.local.number, path, overview, path)
        for (period, _count), item in zip(overview, links, strict=True):
            years.setdefault(self.period_name(period if period == UNDATED else period[:4]), []).append(item)
        months = {period: count for period, count in overview if period != UNDATED}
        values = {
            "meta": {"title": self.t["timeline"]},
            "title": self.t["timeline"],
            "years": [{"year": year, "months": items} for year, items in years.items()],
            "chart": coverage_chart(months, self.local),
        }
        return PageSpec("timeline.md.j2", values)
