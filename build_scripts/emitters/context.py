"""What the emitters of one build share, computed once for every language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from ..knowledge import Knowledge
from ..localise import CLDR_RELEASE
from ..models import Article
from ..paths import PagePath
from .article_parts import ArticleParts
from .base import EmitOptions, fingerprint, templates_fingerprint
from .shelf import Shelf

TIMELINE = PagePath("timeline.md")


@dataclass(frozen=True)
class EmitContext:
    """The corpus knowledge, the options, the strings of every language, the article parts every language
    shares, the shelves (an entity's articles by year, all articles by month) and `keys`, the part of every
    page key that is the same for all pages of a language: its strings, the templates, the registry's names
    (which any page may show), the options and the Babel release (its CLDR data writes the dates)."""

    knowledge: Knowledge
    options: EmitOptions
    strings: dict[str, dict]  # language -> its strings
    parts: ArticleParts
    timeline: Shelf
    shelves: dict[str, Shelf]  # entity id -> its articles by year
    keys: dict[str, str]  # language -> the part of its page keys that every page shares

    @classmethod
    def of(
        cls,
        knowledge: Knowledge,
        options: EmitOptions,
        strings: dict[str, dict],
        full_article: Callable[[Article], Article],
    ) -> EmitContext:
        newest_first = Shelf.order(knowledge.primaries)  # one article per story (knowledge.py)
        size = options.shelf_page_size
        shelves = {
            i: Shelf.of(PagePath.of_entity(facts.entity), Shelf.order([page for page, _ in facts.articles]), 4, size)
            for i, facts in knowledge.facts.items()
        }
        shared = (templates_fingerprint(), knowledge.registry.recognition_fingerprint, asdict(options), CLDR_RELEASE)
        return cls(
            knowledge,
            options,
            strings,
            ArticleParts(knowledge, full_article),
            Shelf.of(TIMELINE, newest_first, 7, size),
            shelves,
            {language: fingerprint(*shared, language, strings[language]) for language in strings},
        )
