"""A page's address: its file in each language and the links to it, from one value."""

import pytest

from build_scripts.paths import PagePath
from build_scripts.registry import Entity


def test_a_page_has_one_file_per_site_language():
    page = PagePath.of_article("x")
    assert [page.file(language) for language in ("en", "de", "zh")] == [
        "articles/x.md",
        "articles/x.de.md",
        "articles/x.zh.md",
    ]


def test_entity_pages_live_in_their_section():
    person = Entity(kind="person", id="liang-wenfeng", names={}, aliases=())
    assert PagePath.of_entity(person) == PagePath("people/liang-wenfeng.md")


def test_listing_pages_live_in_the_folder_of_their_first_page():
    start = PagePath("companies/x.md")
    assert start.below("2024") == PagePath("companies/x/2024.md")
    assert start.numbered(1) is start and start.numbered(3) == PagePath("companies/x/3.md")


def test_links_are_relative_to_the_linking_page():
    target = PagePath("companies/x.md")
    assert target.link_from(PagePath("index.md")) == "companies/x.md"
    assert target.link_from(PagePath("timeline/2024/2.md")) == "../../companies/x.md"
    assert target.url_from(PagePath("companies/index.md")) == "../companies/x/"  # as the site serves it


def test_a_page_path_names_a_markdown_file():
    with pytest.raises(ValueError, match="ends in .md"):
        PagePath("companies/x")
