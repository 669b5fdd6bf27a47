"""catalog.json: every article's metadata and page, the errors and the registry's entities, for other tools."""

from __future__ import annotations

import json
import textwrap

from ..knowledge import Page
from ..render import article_front_matter
from ..stories import Story


def catalog_entry(page: Page, story: Story) -> dict:
    """The article's metadata and its story: the story's id (its primary's slug) and whether it is the primary."""
    entry = article_front_matter(page.article, page.slug, page.path.src)
    return {
        "id": entry.pop("id"),
        "source": entry.pop("source"),
        "sha256": entry.pop("sha256"),
        "path": entry.pop("path"),
        **entry,
        "story": {"id": story.id, "primary": story.primary == page.slug},
    }


def catalog_text(catalog: dict, pages: list[Page], memo: dict) -> str:
    """catalog.json as json.dumps(catalog, indent=2) writes it, with each article's entry serialised once
    and reused from `memo` (by slug, cache key and story) while the article is unchanged."""
    entries, tokens = [], set()
    for page, entry in zip(pages, catalog["articles"], strict=True):
        token = f"{page.token}:{entry['story']['id']}:{entry['story']['primary']}"
        tokens.add(token)
        if token not in memo:
            memo[token] = textwrap.indent(json.dumps(entry, ensure_ascii=False, indent=2), "    ")
        entries.append(memo[token])
    for token in set(memo) - tokens:
        del memo[token]
    placeholder = "\x00articles\x00"
    text = json.dumps({**catalog, "articles": placeholder}, ensure_ascii=False, indent=2) + "\n"
    listing = "[\n" + ",\n".join(entries) + "\n  ]" if entries else "[]"
    return text.replace(json.dumps(placeholder), listing, 1)
