"""Page kinds from the site's path layout (build_scripts/page_kinds.py)."""

from build_scripts.page_kinds import address_parts, page_kind

LANGUAGES = ("en", "de", "zh")


def kind(path: str) -> str:
    return page_kind(address_parts(path, LANGUAGES))


def test_page_kinds_of_markdown_and_html_paths():
    assert kind("articles/x.de.md") == "articles" == kind("de/articles/x/index.html")
    assert kind("companies/openai.zh.md") == "companies"
    assert kind("zh/people/sam-altman/index.html") == "people"
    assert kind("themes/agi.md") == "themes"
    assert kind("companies/index.de.md") == "index" == kind("zh/companies/index.html")
    assert kind("index.md") == "index" == kind("index.html") == kind("de/index.html")
    assert kind("timeline.zh.md") == "timeline" == kind("de/timeline/index.html")
    assert kind("404.html") == "other" == kind("zh/about/index.html")
    assert kind("companies/openai/2024.de.md") == "entity archives" == kind("de/themes/agi/undated/2/index.html")
    assert kind("timeline/2024-07.md") == "timeline months" == kind("zh/timeline/2024-07/2/index.html")


def test_file_paths_give_the_address_parts_below_the_language_prefix():
    assert address_parts("de/companies/openai/index.html", LANGUAGES) == ["companies", "openai"]
    assert address_parts("companies/openai.de.md", LANGUAGES) == ["companies", "openai"]
    assert address_parts("zh/index.html", LANGUAGES) == [] == address_parts("index.zh.md", LANGUAGES)
    assert address_parts("de/articles/x/index.html", ("en",)) == ["de", "articles", "x"]  # not a site language


def test_page_kinds_of_addresses():
    """The parts of a page's address, as the MkDocs hook has them."""
    assert page_kind([]) == "index" and page_kind(["people"]) == "index"
    assert page_kind(["articles", "x"]) == "articles" and page_kind(["about"]) == "other"
    assert page_kind(["themes", "agi", "2024", "2"]) == "entity archives"
    assert page_kind(["timeline", "2024-07"]) == "timeline months"
