"""What every emitter shares: the page groups it hands to the writer, the keys that decide whether a page is
rendered again, and the per-language helpers its values are made with.

A key is derived, never assembled by hand: a page group's key is a hash of exactly the arguments its
pages are built from (`Emitter.group`), and each page's own key a hash of exactly the values handed to its
template (`PageSpec.key`). A value added to a page therefore changes its key, or it is not on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from ..hashing import json_sha256_hex, sha256_hex
from ..knowledge import Page
from ..localise import localiser
from ..paths import PagePath
from ..registry import Entity
from ..render import TEMPLATES, environment

if TYPE_CHECKING:
    from .context import EmitContext


@dataclass(frozen=True)
class EmitOptions:
    """How long listings are: part of every page key, so a build with other options renders again."""

    shelf_page_size: int = 50  # articles on one page of a period (see Shelf), so no page grows with the corpus
    top_articles: int = 20  # the most relevant articles, on an entity's own page
    latest: int = 10  # articles on the home page
    top: int = 8  # entities in a list of co-mentioned or most covered ones
    feed_entries: int = 20  # the newest dated articles in an entity's Atom feed
    chart_months: int = 2  # an entity page shows its coverage chart from this many months with dated articles on
    about_salience: float = 0.1  # an article is `about` (schema.org) an entity this salient, or its most salient


DEFAULT_OPTIONS = EmitOptions()
UNDATED = "undated"  # the period of the articles without a date


class Output(Protocol):
    """Where an emitter's output lives: its file in each site language (a PagePath, an entity's FeedPath)."""

    def file(self, language: str) -> str: ...


@dataclass(frozen=True)
class PendingPage:
    """A page to write, rendered only when its key differs from the key it had when it was last written."""

    key: str
    render: Callable[[], str]


@dataclass(frozen=True)
class PageGroup:
    """Pages keyed by what they are made from: while the key is unchanged since the last build, their
    values are not even computed again."""

    name: str
    key: str
    pages: Callable[[], dict[str, PendingPage]]


@dataclass(frozen=True)
class PageSpec:
    """The template of a page and the values it shows (plain data, so they can be hashed into a key)."""

    template: str
    values: dict

    @property
    def key(self) -> str:
        return fingerprint(self.template, self.values)


def fingerprint(*parts: object) -> str:
    return json_sha256_hex(parts)[:32]


def digest(*parts: str) -> str:
    return sha256_hex("\x1f".join(parts).encode())[:32]  # 128 bits: page keys stay short


def templates_fingerprint() -> str:
    return fingerprint(sorted((p.name, p.read_text(encoding="utf-8")) for p in TEMPLATES.glob("*.j2")))


def token(value: object) -> str:
    """What a value contributes to a key. An article stands for its slug and cache key (which covers all it
    shows), facts for their entry and articles (EntityFacts.token), an entity for its kind and id (its names
    are in every key, see EmitContext.keys); a dataclass for its fields; plain values and tuples for themselves."""
    if isinstance(value, tuple):
        return "(" + ",".join([token(item) for item in value]) + ")"
    if isinstance(value, Page):  # the most frequent: first
        return value.token
    if value is None or isinstance(value, (str, int, float)):
        return repr(value)
    if isinstance(value, Entity):
        return f"{value.kind}/{value.id}"
    own = getattr(value, "token", None)
    if isinstance(own, str):
        return own
    if is_dataclass(value) and not isinstance(value, type):
        return type(value).__name__ + token(tuple(getattr(value, f.name) for f in fields(value)))
    raise TypeError(f"{type(value).__name__} cannot be part of a page key")


class Emitter:
    """One page kind in one site language. `groups` plans every page of the kind; a page's values come
    from the arguments handed to `group`, and the language's strings (`self.t`)."""

    # False where the values are too large to hash (an article's body): the group key covers them
    keyed_by_values: ClassVar[bool] = True

    def __init__(self, context: EmitContext, language: str):
        self.context = context
        self.knowledge = context.knowledge
        self.options = context.options
        self.t = context.strings[language]
        self.language = language
        self.local = localiser(language)
        self._key = digest(context.keys[language], type(self).__name__)
        self._listed: dict[str, dict] = {}  # slug -> _article_facts

    def groups(self) -> Iterable[PageGroup]:
        raise NotImplementedError

    def group(self, path: Output, build: Callable[..., PageSpec], *made_of: Any) -> PageGroup:
        """The page at `path`, whose values are `build(*made_of)`: the group key is derived from exactly
        those arguments; the page's own key from the values (unchanged values are not rendered again)."""
        file = path.file(self.language)
        key = digest(self._key, *map(token, made_of))
        return PageGroup(file, key, partial(self._pending, file, key, build, made_of))

    def page(self, path: PagePath, spec: PageSpec) -> PageGroup:
        """A page whose values are cheap enough to compute in every build: keyed by the values themselves."""
        file = path.file(self.language)
        pending = {file: PendingPage(digest(self._key, spec.key), partial(self.render, spec))}
        return PageGroup(file, pending[file].key, lambda: pending)

    def _pending(self, file: str, key: str, build: Callable[..., PageSpec], made_of: tuple) -> dict[str, PendingPage]:
        if not self.keyed_by_values:
            return {file: PendingPage(key, lambda: self.render(build(*made_of)))}
        spec = build(*made_of)
        return {file: PendingPage(digest(self._key, spec.key), partial(self.render, spec))}

    def render(self, spec: PageSpec) -> str:
        template = environment().get_template(spec.template)
        return template.render(t=self.t, language=self.language, **spec.values)

    # values most page kinds show ----------------------------------------------------------------------

    def name(self, entity: Entity) -> str:
        return entity.names[self.language]

    def language_name(self, code: str | None) -> str:
        return self.t["languages"].get(code or "und", code or "und")

    def date(self, value: str | None) -> str:
        """An ISO date as the reader writes it; the template keeps the ISO date in <time datetime>."""
        return self.local.date(value) if value else self.t["undated"]

    def period_name(self, period: str) -> str:
        """A shelf's period: a year as it is, a month by name (Juli 2024, 2024年7月), or the undated."""
        if period == UNDATED:
            return self.t["undated_articles"]
        return self.local.month(period) if len(period) == len("2024-07") else period

    def article_row(self, page: Page, origin: PagePath, salience: float | None = None) -> dict:
        return {**self._article_facts(page), "href": page.path.link_from(origin), "salience": salience}

    def _article_facts(self, page: Page) -> dict:
        """What a row shows of an article wherever it is listed: made once per article and emitter (an
        article is listed on the pages of each entity it names, and related to others)."""
        facts = self._listed.get(page.slug)
        if facts is None:
            article = page.article
            facts = self._listed[page.slug] = {
                "title": article.title,
                "date": self.date(article.date),
                "iso_date": article.date,
                "dated": article.date is not None,
                "language": self.language_name(article.language),
            }
        return facts

    def entity_links(self, items: Iterable[tuple[Entity, float | str]], origin: PagePath) -> list[dict]:
        return [
            {"name": self.name(entity), "href": PagePath.of_entity(entity).link_from(origin), "count": count}
            for entity, count in items
        ]
