"""The kind of a page of the site, from where it lives: articles/x, companies/openai, companies/openai/2024
(an entity's archive of one period), companies/ (a section index), timeline, timeline/2024-07.

One classifier for every place that counts pages by kind: the benchmark's size tables (Markdown files and
HTML pages) and the hook's CPU time per page kind. Both hand it the parts of a page's address below the
language prefix; `address_parts` makes them from a file path.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

SECTIONS = ("articles", "companies", "people", "themes")  # a folder of pages, one per article or entity
PAGE_KINDS = ("articles", "companies", "people", "themes", "entity archives", "index", "timeline", "timeline months")
OTHER = "other"  # about, 404 and any page none of the kinds describes


def page_kind(parts: Sequence[str]) -> str:
    """The kind (one of PAGE_KINDS, else OTHER) of the page whose address below the language prefix has these
    parts: [] for the home page, ['companies'] for a section index, ['articles', 'x'], ['timeline', '2024-07']."""
    if not parts:
        return "index"
    section = parts[0]
    if section in SECTIONS:
        if len(parts) == 1:
            return "index"
        return section if len(parts) == 2 or section == "articles" else "entity archives"
    if section == "timeline":
        return "timeline" if len(parts) == 1 else "timeline months"
    return OTHER


def address_parts(path: str, languages: Collection[str]) -> list[str]:
    """The address parts of a page from its file: a Markdown path in the suffix structure
    (companies/index.de.md) or an HTML path in directory-URL form (de/companies/index.html) give ['companies']."""
    parts = path.split("/")
    if parts[0] in languages and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "index.html" and len(parts) > 1:
        parts = parts[:-1]  # a page in directory-URL form
    parts[-1] = parts[-1].split(".")[0]  # x.de.md, index.html, 404.html
    return parts[:-1] if parts[-1] == "index" else parts
