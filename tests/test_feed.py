"""build_scripts/feed.py: the Atom feed of a site language, from catalog.json."""

import json
import xml.etree.ElementTree as ET

from build_scripts.feed import FEED_LIMIT, atom_feed, catalog_articles

ATOM = "{http://www.w3.org/2005/Atom}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _article(day: int, **extra) -> dict:
    return {"path": f"articles/a{day}.md", "title": f"A{day}", "date": f"2024-05-{day:02d}", **extra}


def test_the_newest_dated_articles_link_into_the_language_version():
    articles = [_article(1), _article(3, language="zh-Hans", authors=["Li & Wang"]), {"path": "index.md", "date": None}]
    feed = ET.fromstring(atom_feed(articles, "de", "https://x.org/de/", "Atlas <KI>", "Neue Artikel"))
    assert feed.get(LANG) == "de" and feed.findtext(f"{ATOM}title") == "Atlas <KI>"
    assert (
        feed.findtext(f"{ATOM}subtitle") == "Neue Artikel" and feed.findtext(f"{ATOM}updated") == "2024-05-03T00:00:00Z"
    )
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        "https://x.org/de/articles/a3/",
        "https://x.org/de/articles/a1/",
    ]
    assert [e.get(LANG) for e in entries] == ["zh-Hans", "de"]
    assert entries[0].findtext(f"{ATOM}author/{ATOM}name") == "Li & Wang"


def test_at_most_the_limit_and_an_empty_feed_is_valid():
    articles = [_article(day % 28 + 1, title=f"T{day}") for day in range(FEED_LIMIT + 5)]
    feed = ET.fromstring(atom_feed(articles, "en", "http://x/", "Atlas", "New"))
    assert len(feed.findall(f"{ATOM}entry")) == FEED_LIMIT
    empty = ET.fromstring(atom_feed([], "en", "http://x/", "Atlas", "New"))
    assert empty.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z" and not empty.findall(f"{ATOM}entry")


def test_catalog_articles_skips_entries_without_a_path(tmp_path):
    assert catalog_articles(tmp_path) == []  # no catalog yet
    catalog = {"articles": [{"path": "articles/a.md"}, {"title": "no path"}, "junk"]}
    (tmp_path / "catalog.json").write_text(json.dumps(catalog), encoding="utf-8")
    assert catalog_articles(tmp_path) == [{"path": "articles/a.md"}]
