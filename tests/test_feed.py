"""build_scripts/feed.py: the Atom feeds, of a site language (from catalog.json) and, through the same writer, of
an entity (written before the site's address is known)."""

import json
import xml.etree.ElementTree as ET

from build_scripts.feed import FEED_LIMIT, SITE, Entry, Feed, atom, atom_feed, catalog_articles, is_entity_feed, resolve

ATOM = "{http://www.w3.org/2005/Atom}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def href(element: ET.Element, path: str) -> str | None:
    """The href of the link at `path` below `element` (the test fails if there is none)."""
    link = element.find(path)
    assert link is not None, path
    return link.get("href")


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


# --- the shared writer, as an entity's feed uses it ------------------------------------------------------------------

HOSTILE = "</script><script>alert(1)</script> & ]]> <![CDATA[x]]> {site}/ \x0b\x1f"


def _entity_feed(*entries: Entry) -> str:
    feed = Feed("de", SITE, "companies/x/feed.xml", "companies/x/", f"X {HOSTILE}", "Neue Artikel", "Atlas")
    return atom(feed, list(entries))


def _required(feed: ET.Element) -> None:
    """RFC 4287: a feed has an id, a title, an update time and links; every entry an id, a title, a link and an
    update time; ids are absolute addresses."""
    for element in (feed, *feed.findall(f"{ATOM}entry")):
        assert element.findtext(f"{ATOM}id", "").startswith("https://x.org/de/"), ET.tostring(element)
        assert element.find(f"{ATOM}title") is not None and element.findtext(f"{ATOM}updated")
        assert element.find(f"{ATOM}link[@rel='alternate']") is not None
    assert href(feed, f"{ATOM}link[@rel='self']") == "https://x.org/de/companies/x/feed.xml"


def test_an_entity_feed_gets_the_sites_address_when_published():
    entry = Entry("articles/a/", "A", "2024-05-03", "zh-Hans", ("Li",), "Kurz")
    text = _entity_feed(entry, Entry("articles/b/", "B", "2024-05-01", "de"))
    assert SITE in text and "https://" not in text  # written before the site's address is known
    feed = ET.fromstring(resolve(text, "https://x.org/de/"))
    _required(feed)
    assert href(feed, f"{ATOM}link[@rel='alternate']") == "https://x.org/de/companies/x/"
    assert feed.findtext(f"{ATOM}updated") == "2024-05-03T00:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    assert [href(e, f"{ATOM}link") for e in entries] == [
        "https://x.org/de/articles/a/",
        "https://x.org/de/articles/b/",
    ]
    assert [e.get(LANG) for e in entries] == ["zh-Hans", "de"]
    assert entries[0].findtext(f"{ATOM}summary") == "Kurz" and entries[1].find(f"{ATOM}summary") is None


def test_source_text_stays_literal_and_cannot_spell_the_address():
    """Titles, names and summaries are data: markup, CDATA ends and the address placeholder come out as typed
    (characters XML cannot carry at all are dropped), and only the feed's own addresses are resolved."""
    entry = Entry("articles/a/", HOSTILE, "2024-05-03", "de", (HOSTILE,), HOSTILE)
    text = resolve(_entity_feed(entry), "https://x.org/de/")
    assert "<script" not in text and "]]>" not in text
    feed = ET.fromstring(text)
    _required(feed)
    literal = HOSTILE.replace("\x0b", "").replace("\x1f", "")
    assert feed.findtext(f"{ATOM}title") == f"X {literal}"
    (parsed,) = feed.findall(f"{ATOM}entry")
    for path in (f"{ATOM}title", f"{ATOM}summary", f"{ATOM}author/{ATOM}name"):
        assert parsed.findtext(path) == literal


def test_a_feed_without_entries_is_valid():
    feed = ET.fromstring(resolve(_entity_feed(), "https://x.org/de/"))
    _required(feed)
    assert feed.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z" and not feed.findall(f"{ATOM}entry")


def test_only_entity_feeds_are_resolved():
    assert is_entity_feed("companies/x/feed.xml") and is_entity_feed("themes/price-war/feed.zh.xml")
    assert is_entity_feed("people/liang-wenfeng/feed.zh-Hant.xml")
    for other in ("feed.xml", "companies/feed.xml", "companies/x/2024/feed.xml", "companies/x/feed.md", "x/y/z.xml"):
        assert not is_entity_feed(other), other
