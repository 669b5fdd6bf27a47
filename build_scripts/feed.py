"""Atom feeds (RFC 4287), the one writer of all of them:

- the feed of a site language (feed.xml, de/feed.xml, zh/feed.xml): its newest dated articles, from the
  catalog.json the pipeline writes; hooks/site.py writes one after each language's MkDocs build (`atom_feed`);
- the feed of a company, person or theme in each language (companies/<id>/feed.xml, de/companies/<id>/feed.xml,
  ...): written into the docs folder by emitters/entity_feed.py, and only when its entries change; MkDocs
  copies it into each language's folder (mkdocs-static-i18n: companies/<id>/feed.de.xml is published as
  de/companies/<id>/feed.xml).

The pipeline does not know the address the site will be served from, so an entity feed's addresses start with
SITE, which hooks/site.py replaces by the language's absolute root when MkDocs copies the file (`resolve`).
No source text can contain SITE: every text's braces are written as character references, and nothing but
the addresses this module makes is written unescaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

FEED = "feed.xml"
FEED_LIMIT = 50  # entries of a language's feed
SITE = "{site}/"  # the language's root address in a feed written before the site's address is known
NO_ENTRIES = "1970-01-01T00:00:00Z"  # the update time of a feed without entries
_TEXT = {"{": "&#123;", "}": "&#125;"}  # so no text can spell SITE
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 does not allow at all
_ENTITY_FEED = re.compile(r"^[^/]+/[^/]+/feed(?:\.[A-Za-z-]+)?\.xml$")  # <section>/<id>/feed[.<language>].xml


@dataclass(frozen=True)
class Feed:
    """What a feed says about itself. Addresses are below `root`, the absolute address of the language's
    version of the site or SITE, ending in '/'."""

    language: str
    root: str
    path: str  # the feed's own address, e.g. companies/x/feed.xml
    page: str  # the page it follows, e.g. companies/x/ ('' for the home page)
    title: str
    subtitle: str
    author: str  # who writes the feed (the site); an entry's own authors are the article's


@dataclass(frozen=True)
class Entry:
    """One article: its page's address below the feed's root, its ISO date and what a reader sees of it."""

    path: str  # articles/x/
    title: str
    date: str
    language: str | None  # the article's own language (else the feed's)
    authors: Sequence[str] = ()
    summary: str = ""


def atom(feed: Feed, entries: Sequence[Entry]) -> str:
    """The feed as an Atom document: entries as given (newest first), every text escaped."""
    updated = f"{max(entry.date for entry in entries)}T00:00:00Z" if entries else NO_ENTRIES
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(feed.language)}>'
        f"<id>{_url(feed.root, feed.path)}</id>"
        f"<title>{_text(feed.title)}</title>"
        f"<subtitle>{_text(feed.subtitle)}</subtitle>"
        f'<link rel="self" type="application/atom+xml" href="{_url(feed.root, feed.path)}"/>'
        f'<link rel="alternate" type="text/html" href="{_url(feed.root, feed.page)}"/>'
        f"<updated>{updated}</updated>"
        f"<author><name>{_text(feed.author)}</name></author>"
        + "".join(_entry(entry, feed) for entry in entries)
        + "</feed>\n"
    )


def _entry(entry: Entry, feed: Feed) -> str:
    """One article's entry; its xml:lang is the article's own language (else the feed's)."""
    url = _url(feed.root, entry.path)
    authors = "".join(f"<author><name>{_text(name)}</name></author>" for name in entry.authors)
    return (
        f"<entry xml:lang={quoteattr(entry.language or feed.language)}>"
        f"<id>{url}</id>"
        f"<title>{_text(entry.title)}</title>"
        f'<link rel="alternate" type="text/html" href="{url}"/>'
        f"<published>{entry.date}T00:00:00Z</published>"
        f"<updated>{entry.date}T00:00:00Z</updated>"
        f"{authors}" + (f"<summary>{_text(entry.summary)}</summary>" if entry.summary else "") + "</entry>"
    )


def _text(value: str) -> str:
    """Source text as XML character data: markup characters escaped, braces as references (no text spells
    SITE), characters XML cannot carry dropped."""
    return escape(_NOT_XML.sub("", value), _TEXT)


def _url(root: str, path: str) -> str:
    """An address for an element or a double-quoted attribute: the root as it is (SITE or an address from the
    site's configuration), the path (made of slugs and ids) escaped."""
    return (root if root == SITE else escape(root, {'"': "&quot;"})) + escape(path, {'"': "&quot;"})


def resolve(feed_text: str, root: str) -> str:
    """An entity feed as the site publishes it: SITE replaced by the language's absolute root."""
    return feed_text.replace(SITE, escape(root, {'"': "&quot;"}))


def is_entity_feed(src_uri: str) -> bool:
    """Whether a file of the docs folder is an entity's feed (companies/x/feed.xml, companies/x/feed.de.xml)."""
    return bool(_ENTITY_FEED.match(src_uri))


# --- the feed of a site language, from catalog.json ---------------------------------------------------------------


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
    entries = [
        Entry(
            _page_url(a["path"]),
            a.get("title") or "",
            a["date"],
            a.get("language"),
            a.get("authors") or (),
            a.get("summary") or "",
        )
        for a in newest
    ]
    return atom(Feed(language, base, FEED, "", site_name, subtitle, site_name), entries)


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
