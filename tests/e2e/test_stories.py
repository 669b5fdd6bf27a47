"""A story told by several articles, in the real built site and a real browser: the primary's page shows the
repost and the translation ("also reported by", "also in"), and a click leads to the repost, which names the
primary."""

from __future__ import annotations

import pytest

from .conftest import ROOT, build_from, serve

ARTICLES = ROOT / "tests" / "fixtures" / "stories-dev" / "articles"


@pytest.fixture(scope="module")
def story_site(tmp_path_factory):
    site = build_from(ARTICLES, tmp_path_factory.mktemp("e2e-stories"))
    server = serve(site)
    next(server)
    yield site
    next(server, None)


def test_the_primary_shows_who_else_reported_the_story(story_site, chromium):
    primary = story_site.slug("dev-zh-original.txt")
    context = chromium.new_context()
    page = context.new_page()
    page.goto(story_site.url("en", f"articles/{primary}/"))
    section = page.locator("article")
    assert section.get_by_text("Also reported by", exact=False).count() == 1
    assert section.get_by_text("Also in German", exact=False).count() == 1
    page.get_by_role("link", name="重磅！月之暗面估值33亿美元，阿里领投").click()
    page.wait_for_url(f"**/articles/{story_site.slug('dev-zh-repost.txt')}/")
    assert page.get_by_text("This story first appeared as", exact=False).count() == 1
    context.close()
