"""The Atom feed of a site language (feed.xml, de/feed.xml, zh/feed.xml): its newest dated articles, from the
catalog.json the pipeline writes. hooks/site.py writes one after each language's MkDocs build."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

FEED = "feed.xml"
FEED_LIMIT = 50


def catalog_articles(docs_dir: Path) -> list[dict]:
    """The articles of docs_dir/catalog.json (none when it is missing or unreadable)."""
    try:
        catalog = json.loads((Path(docs_dir) / "catalog.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [a for a in catalog.get("articles", []) if isinstance(a, dict) and a.get("path")]


def atom_feed(articles: list[dict], language: str, base: str, site_name: str, subtitle: str) -> str:
    """The feed of the FEED_LIMIT newest dated articles, linking into the site's version under `base` (an
    absolute address ending in '/'); `subtitle` is the feed's title in `language`."""
    newest = [a for a in _newest_first(articles) if _valid_date(a.get("date"))][:FEED_LIMIT]
    updated = f"{newest[0]['date']}T00:00:00Z" if newest else "1970-01-01T00:00:00Z"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(language)}>'
        f"<id>{escape(base + FEED)}</id>"
        f"<title>{escape(site_name)}</title>"
        f"<subtitle>{escape(subtitle)}</subtitle>"
        f'<link rel="self" type="application/atom+xml" href={quoteattr(base + FEED)}/>'
        f'<link rel="alternate" type="text/html" href={quoteattr(base)}/>'
        f"<updated>{updated}</updated>"
        f"<author><name>{escape(site_name)}</name></author>"
        + "".join(_entry(article, language, base) for article in newest)
        + "</feed>\n"
    )


def _entry(article: dict, language: str, base: str) -> str:
    """One article's entry; its xml:lang is the article's own language (else the feed's)."""
    url = base + _page_url(article["path"])
    authors = "".join(f"<author><name>{escape(name)}</name></author>" for name in article.get("authors") or [])
    summary = article.get("summary") or ""
    return (
        f"<entry xml:lang={quoteattr(article.get('language') or language)}>"
        f"<id>{escape(url)}</id>"
        f"<title>{escape(article.get('title') or '')}</title>"
        f'<link rel="alternate" type="text/html" href={quoteattr(url)}/>'
        f"<published>{article['date']}T00:00:00Z</published>"
        f"<updated>{article['date']}T00:00:00Z</updated>"
        f"{authors}" + (f"<summary>{escape(summary)}</summary>" if summary else "") + "</entry>"
    )


def _newest_first(articles: list[dict]) -> list[dict]:
    return sorted(articles, key=lambda a: (a.get("date") or "", a.get("title") or ""), reverse=True)


def _valid_date(value: object) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _page_url(path: str) -> str:
    """'articles/x.md' -> 'articles/x/' (use_directory_urls), 'index.md' -> ''."""
    stem = path[:-3] if path.endswith(".md") else path
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"
