"""What a page says about itself in schema.org terms, as data for its front matter (`json_ld`): a NewsArticle on
an article page, an Organization, Person or DefinedTerm on an entity's page.

Decided here, from the article and the registry; a page's addresses are given below its language's root
(`url: companies/x/`), because only MkDocs knows where the site lives. hooks/site.py makes them absolute, adds
the page's own address and its versions in the other languages (`url`, `sameAs`) and writes the JSON-LD into
the page head (build_scripts/jsonld.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Article
from ..paths import PagePath
from ..registry import Entity

TYPES = {"company": "Organization", "person": "Person", "theme": "DefinedTerm"}


def entity_reference(entity: Entity, name: str) -> dict:
    """An entity as another page names it: its type, name and page."""
    return {"@type": TYPES[entity.kind], "name": name, "url": PagePath.of_entity(entity).stem + "/"}


def news_article(article: Article, about: Sequence[dict], mentions: Sequence[dict]) -> dict:
    """An article page: headline, ISO date, authors, publisher, the article's own language, and the companies
    and people it is about (`about`) or names in passing (`mentions`), as entity_reference gives them."""
    data: dict = {"@type": "NewsArticle", "headline": article.title, "inLanguage": article.language}
    if article.date:
        data["datePublished"] = article.date
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.editors:
        data["editor"] = [{"@type": "Person", "name": name} for name in article.editors]
    if article.publisher:
        data["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.summary:
        data["description"] = article.summary
    data["wordCount"] = article.word_count
    if about:
        data["about"] = list(about)
    if mentions:
        data["mentions"] = list(mentions)
    return data


def about_and_mentions(
    entities: Sequence[tuple[Entity, float]], threshold: float, reference: Callable[[Entity], dict]
) -> tuple[list[dict], list[dict]]:
    """(entity, salience) of one kind, most salient first -> those the article is about (salience at least
    `threshold`, and always the most salient) and those it only mentions, each as `reference(entity)`."""
    about = [reference(e) for i, (e, salience) in enumerate(entities) if i == 0 or salience >= threshold]
    mentions = [reference(e) for i, (e, salience) in enumerate(entities) if i > 0 and salience < threshold]
    return about, mentions


def entity_thing(entity: Entity, name: str, other_names: Sequence[str], description: str | None) -> dict:
    """An entity's page: its type, name in the page's language, its names in the other languages and its
    aliases (`alternateName`), and its profile or definition."""
    data: dict = {"@type": TYPES[entity.kind], "name": name}
    if other_names:
        data["alternateName"] = list(other_names)
    if description:
        data["description"] = description
    founded = entity.data.get("founded")
    if entity.kind == "company" and isinstance(founded, int):
        data["foundingDate"] = str(founded)
    return data
