"""Page emitters: every page kind in every site language, from the corpus knowledge.

One module per page kind, each with one template (templates/): the emitter plans the kind's pages as keyed
groups (`Emitter.group`) and builds the values its template renders (Python decides which links, which
sentences, which numbers). A new page kind is a new module here, listed in EMITTERS, a template and its
strings in data/i18n/.
"""

from __future__ import annotations

from collections.abc import Callable

from ..knowledge import Knowledge
from ..models import Article
from ..render import compile_templates
from ..vocabulary import SITE_LANGUAGES
from .article import ArticleEmitter
from .base import DEFAULT_OPTIONS, EmitOptions, Emitter, PageGroup, fingerprint, templates_fingerprint
from .context import EmitContext
from .entity import EntityEmitter
from .entity_archive import EntityArchiveEmitter
from .entity_feed import EntityFeedEmitter
from .entity_index import EntityIndexEmitter
from .home import HomeEmitter
from .timeline import TimelineEmitter
from .timeline_period import TimelinePeriodEmitter

__all__ = [
    "DEFAULT_OPTIONS",
    "EMITTERS",
    "EmitOptions",
    "PageGroup",
    "emit_all",
    "fingerprint",
    "templates_fingerprint",
]

EMITTERS: tuple[type[Emitter], ...] = (
    ArticleEmitter,
    EntityEmitter,
    EntityArchiveEmitter,
    EntityFeedEmitter,
    TimelineEmitter,
    TimelinePeriodEmitter,
    EntityIndexEmitter,
    HomeEmitter,
)


def emit_all(
    knowledge: Knowledge,
    strings: dict[str, dict],
    full_article: Callable[[Article], Article],
    options: EmitOptions = DEFAULT_OPTIONS,
) -> list[PageGroup]:
    """Every page in every language, in groups keyed by what they are made from. `full_article` gives an
    article with its body (the knowledge may hold articles from the corpus index, without it)."""
    compile_templates()  # once, in the process the page writers fork from
    context = EmitContext.of(knowledge, options, strings, full_article)
    return [
        group for language in SITE_LANGUAGES for emitter in EMITTERS for group in emitter(context, language).groups()
    ]
