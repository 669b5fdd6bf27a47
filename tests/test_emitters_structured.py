"""emitters/structured.py (through the article and entity emitters): what a page says about itself in
schema.org terms, in its front matter; and the coverage chart of an entity's page."""

from dataclasses import replace

import pytest
import yaml
from conftest import article_of, article_page

from build_scripts.emitters import EmitOptions
from build_scripts.emitters.context import EmitContext
from build_scripts.emitters.entity import EntityEmitter
from build_scripts.knowledge import Page, build_knowledge
from build_scripts.paths import PagePath
from build_scripts.registry import load_registry
from build_scripts.strings import load_strings

HOSTILE = "</script><script>alert(1)</script> & ]]>"


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def front_matter(page_markdown: str) -> dict:
    return yaml.safe_load(page_markdown.split("---\n", 2)[1])


def mentions(ids_and_salience) -> list[dict]:
    return [{"id": i, "salience": s, "mentions": 1} for i, s in ids_and_salience]


def article(**fields):
    return replace(article_of("Text.", source=f"{fields.get('slug_base', 'a')}.txt"), **fields)


def entity_pages(registry, pages, language="en", **options) -> dict[str, str]:
    """The rendered entity pages of one language, by file."""
    context = EmitContext.of(build_knowledge(pages, registry), EmitOptions(**options), load_strings(), lambda a: a)
    groups = EntityEmitter(context, language).groups()
    return {file: pending.render() for group in groups for file, pending in group.pages().items()}


def test_an_article_is_about_the_companies_and_people_it_names_most(registry):
    source = article(
        title=HOSTILE,
        date="2024-07-22",
        language="zh-Hans",
        authors=[HOSTILE],
        publisher="36Kr",
        companies=mentions([("deepseek", 0.7), ("openai", 0.2), ("baidu", 0.05)]),
        people=mentions([("jack-clark", 0.05), ("liang-wenfeng", 0.04)]),
        themes=mentions([("agi", 1.0)]),
    )
    data = front_matter(article_page(source, registry, "zh"))["json_ld"]
    assert data["@type"] == "NewsArticle" and data["headline"] == HOSTILE
    assert (data["datePublished"], data["inLanguage"]) == ("2024-07-22", "zh-Hans")
    assert data["author"] == [{"@type": "Person", "name": HOSTILE}]
    assert data["publisher"] == {"@type": "Organization", "name": "36Kr"}
    assert data["about"] == [
        {"@type": "Organization", "name": "深度求索", "url": "companies/deepseek/"},
        {"@type": "Organization", "name": "OpenAI", "url": "companies/openai/"},
        {"@type": "Person", "name": "杰克·克拉克", "url": "people/jack-clark/"},  # the most salient person
    ]
    assert [item["url"] for item in data["mentions"]] == ["companies/baidu/", "people/liang-wenfeng/"]


def test_an_undated_article_without_entities_says_what_it_knows(registry):
    data = front_matter(article_page(article(title="T"), registry))["json_ld"]
    assert "datePublished" not in data and "about" not in data and "author" not in data
    assert data["headline"] == "T" and data["inLanguage"] == "de"


def test_entity_pages_name_the_entity_in_every_language(registry):
    pages = [
        Page(
            article(
                companies=mentions([("deepseek", 1.0)]),
                people=mentions([("liang-wenfeng", 1.0)]),
                themes=mentions([("agi", 1.0)]),
            ),
            "a",
            PagePath.of_article("a"),
            "k",
        )
    ]
    german = entity_pages(registry, pages, "de")
    company = front_matter(german["companies/deepseek.de.md"])
    assert company["json_ld"]["@type"] == "Organization" and company["json_ld"]["name"] == "DeepSeek"
    assert "深度求索" in company["json_ld"]["alternateName"] and company["json_ld"]["foundingDate"] == "2023"
    assert company["feed"] == {"path": "companies/deepseek/feed.xml", "title": "DeepSeek – KI-Branchenatlas"}
    person = front_matter(entity_pages(registry, pages, "zh")["people/liang-wenfeng.zh.md"])["json_ld"]
    assert (person["@type"], person["name"]) == ("Person", "梁文锋") and "Liang Wenfeng" in person["alternateName"]
    theme = front_matter(german["themes/agi.de.md"])["json_ld"]
    assert theme["@type"] == "DefinedTerm" and theme["description"]


def test_the_coverage_chart_from_two_months_on(registry):
    def about_openai(slug, date):
        return Page(article(date=date, companies=mentions([("openai", 1.0)])), slug, PagePath.of_article(slug), slug)

    one_month = [about_openai("a", "2024-07-01"), about_openai("b", "2024-07-30"), about_openai("u", None)]
    assert "atlas-chart" not in entity_pages(registry, one_month)["companies/openai.md"]
    two_months = [*one_month, about_openai("c", "2024-09-20")]
    page = entity_pages(registry, two_months, "de")["companies/openai.de.md"]
    assert 'role="img" aria-label="Artikel über OpenAI im Zeitverlauf"' in page
    assert "<figcaption>Artikel, die OpenAI nennen, pro Monat, Juli 2024 bis September 2024.</figcaption>" in page
    assert page.count("<rect ") == 3  # July, August (none), September
    assert "atlas-chart" not in entity_pages(registry, two_months, chart_months=3)["companies/openai.md"]


def test_an_entity_page_links_its_feed(registry):
    pages = [Page(article(companies=mentions([("openai", 1.0)])), "a", PagePath.of_article("a"), "k")]
    page = entity_pages(registry, pages, "zh")["companies/openai.zh.md"]
    assert '[关注OpenAI（Atom 订阅）](../companies/openai/feed.xml){ type="application/atom+xml" }' in page
