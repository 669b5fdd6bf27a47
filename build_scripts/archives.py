"""A web archive's capture header above the page it saved (the Wayback Machine's toolbar, archive.today's
banner): the archive's chrome, name and capture dates, never the page's. The archives' opening and closing lines
are data (data/cleaning.yml, web_archives)."""

from __future__ import annotations

import re

ARCHIVE_HEAD_LINES = 5  # the header opens among a copy's first lines (below the saved page's tab title)
ARCHIVE_REACH = 40  # and closes within this many lines of its opening


def without_archive_header(
    lines: list[str], opens: tuple[re.Pattern, ...], closes: tuple[re.Pattern, ...]
) -> tuple[list[str], list[str]]:
    """The lines without an archive's header, and the header's lines: from a line opening one among the first
    lines to the last closing line within reach (the opening line alone when none closes it)."""
    first = [i for i, line in enumerate(lines) if line][:ARCHIVE_HEAD_LINES]
    start = next((i for i in first if any(p.fullmatch(lines[i]) for p in opens)), None)
    if start is None:
        return lines, []
    reach = range(start + 1, min(len(lines), start + ARCHIVE_REACH))
    end = max((i for i in reach if lines[i] and any(p.fullmatch(lines[i]) for p in closes)), default=start)
    return lines[:start] + lines[end + 1 :], [line for line in lines[start : end + 1] if line]
