"""What each page kind costs MkDocs to render, for the benchmark (`ATLAS_PAGE_TIMES`; kinds as page_kinds.py).

MkDocs works in two passes over the pages: markdown to HTML for every page (on_pre_page ... on_page_content),
then the template for every page (on_page_context ... on_post_page); hooks/site.py times both spans of each
page and they are added up per kind. Each language's process writes `<ATLAS_PAGE_TIMES>.<language>.json`.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

PAGE_TIMES = "ATLAS_PAGE_TIMES"


class PageTimes:
    """CPU seconds, pages and bytes per page kind; records nothing unless ATLAS_PAGE_TIMES is set."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}
        self.kinds: dict[str, dict[str, float]] = {}

    def start(self, page: str) -> None:
        if os.environ.get(PAGE_TIMES):
            self.started[page] = time.process_time()

    def stop(self, page: str, kind: str, output: str | None = None) -> None:
        """The end of one of the page's spans; `output` is given at the end of the second (the page is done)."""
        started = self.started.pop(page, None)
        if started is None:
            return
        totals = self.kinds.setdefault(kind, {"pages": 0, "cpu_seconds": 0.0, "bytes": 0})
        totals["cpu_seconds"] += time.process_time() - started
        if output is not None:
            totals["pages"] += 1
            totals["bytes"] += len(output.encode("utf-8"))

    def write(self, language: str) -> None:
        target = os.environ.get(PAGE_TIMES)
        if target and self.kinds:
            Path(f"{target}.{language}.json").write_text(json.dumps(self.kinds, sort_keys=True), encoding="utf-8")
        self.kinds.clear()
