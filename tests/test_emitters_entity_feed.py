"""emitters/entity_feed.py: the Atom feed of every company, person and theme in every language, bounded to its
newest dated articles and written again only when they change."""

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from conftest import article_of

from build_scripts.emitters import EmitOptions
from build_scripts.emitters.context import EmitContext
from build_scripts.emitters.entity_feed import EntityFeedEmitter, FeedPath
from build_scripts.feed import resolve
from build_scripts.knowledge import Page, build_knowledge
from build_scripts.paths import PagePath
from build_scripts.registry import load_registry
from build_scripts.strings import load_strings
from build_scripts.vocabulary import SITE_LANGUAGES

ATOM = "{http://www.w3.org/2005/Atom}"
ROOT = "https://x.org/de/"
OPENAI = "companies/openai/feed.de.xml"


def href(element: ET.Element, path: str) -> str | None:
    """The href of the link at `path` below `element` (the test fails if there is none)."""
    link = element.find(path)
    assert link is not None, path
    return link.get("href")


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def page_of(slug: str, date: str | None, companies=("openai",), title: str = "t", key: str = "") -> Page:
    article = replace(
        article_of("x", source=f"{slug}.txt"),
        title=title,
        date=date,
        companies=[{"id": c, "salience": 1.0, "mentions": 1} for c in companies],
    )
    return Page(article, slug, PagePath.of_article(slug), key or slug)


def feeds(registry, pages, language="de", **options):
    """The feed groups of one language, by file."""
    knowledge = build_knowledge(pages, registry)
    context = EmitContext.of(knowledge, EmitOptions(**options), load_strings(), lambda article: article)
    return {group.name: group for group in EntityFeedEmitter(context, language).groups()}


def parsed(group) -> ET.Element:
    (pending,) = group.pages().values()
    return ET.fromstring(resolve(pending.render(), ROOT))


def test_a_feed_beside_the_page_in_each_language():
    path = FeedPath(PagePath("companies/openai.md"))
    assert [path.file(language) for language in SITE_LANGUAGES] == [
        "companies/openai/feed.xml",
        "companies/openai/feed.de.xml",
        "companies/openai/feed.zh.xml",
    ]
    assert path.link_from(PagePath("companies/openai.md")) == "../companies/openai/feed.xml"


def test_every_entity_with_articles_has_a_feed(registry):
    pages = [page_of("a", "2024-01-01", ("openai", "deepseek")), page_of("b", None, ("baidu",))]
    assert set(feeds(registry, pages)) == {
        "companies/openai/feed.de.xml",
        "companies/deepseek/feed.de.xml",
        "companies/baidu/feed.de.xml",  # undated articles only: a feed without entries, for what comes
    }
    assert parsed(feeds(registry, pages)["companies/baidu/feed.de.xml"]).findall(f"{ATOM}entry") == []


def test_the_newest_dated_articles_and_no_more(registry):
    pages = [page_of(f"a{day}", f"2024-05-{day:02d}") for day in range(1, 6)] + [page_of("u", None)]
    feed = parsed(feeds(registry, pages, feed_entries=3)[OPENAI])
    links = [href(entry, f"{ATOM}link") for entry in feed.findall(f"{ATOM}entry")]
    assert links == [f"{ROOT}articles/a{day}/" for day in (5, 4, 3)]
    assert feed.findtext(f"{ATOM}updated") == "2024-05-05T00:00:00Z"
    assert feed.findtext(f"{ATOM}title") == "OpenAI – KI-Branchenatlas"
    assert href(feed, f"{ATOM}link[@rel='self']") == f"{ROOT}companies/openai/feed.xml"
    assert href(feed, f"{ATOM}link[@rel='alternate']") == f"{ROOT}companies/openai/"


def test_written_again_only_when_its_entries_change(registry):
    pages = [page_of(f"a{day}", f"2024-05-{day:02d}") for day in range(2, 5)]
    key = feeds(registry, pages, feed_entries=3)[OPENAI].key
    unchanged = [
        [*pages, page_of("undated", None)],  # not an entry
        [*pages, page_of("older", "2024-05-01")],  # older than the three newest
        [*pages, page_of("other", "2024-06-01", ("deepseek",))],  # about another company
    ]
    for variant in unchanged:
        assert feeds(registry, variant, feed_entries=3)[OPENAI].key == key
    changed = [
        [*pages, page_of("newer", "2024-06-01")],  # a new entry
        [*pages[:-1], page_of("a4", "2024-05-04", key="edited")],  # an entry's article changed
    ]
    for variant in changed:
        assert feeds(registry, variant, feed_entries=3)[OPENAI].key != key


def test_titles_stay_literal(registry):
    title = "</script><script>alert(1)</script> & ]]> {site}/"
    feed = parsed(feeds(registry, [page_of("a", "2024-05-01", title=title)])[OPENAI])
    assert feed.findtext(f"{ATOM}entry/{ATOM}title") == title
