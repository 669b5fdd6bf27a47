"""Where a page lives: one value for the docs file, its file in each site language and the links to it.

Pages use the mkdocs-static-i18n suffix layout: `x.md` is the English page, `x.de.md` and `x.zh.md` its
German and Chinese versions. Links always name the default-language file; the i18n plugin points them at
the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .registry import Entity
from .vocabulary import DEFAULT_LANGUAGE, ENTITY_KINDS

ARTICLES = "articles"
SECTIONS = {kind: section for section, kind in ENTITY_KINDS.items()}  # kind -> the folder of its pages


@dataclass(frozen=True)
class PagePath:
    """A page's default-language file in the docs folder, e.g. `companies/x.md` (as MkDocs' File owns
    its src_uri and url, this owns every other form of the page's address)."""

    src: str

    def __post_init__(self) -> None:
        if not self.src.endswith(".md"):
            raise ValueError(f"a page path ends in .md: {self.src!r}")

    @classmethod
    def of_article(cls, slug: str) -> PagePath:
        return cls(f"{ARTICLES}/{slug}.md")

    @classmethod
    def of_entity(cls, entity: Entity) -> PagePath:
        return cls(f"{SECTIONS[entity.kind]}/{entity.id}.md")

    @property
    def stem(self) -> str:
        """The path without `.md`: companies/x."""
        return self.src[: -len(".md")]

    def file(self, language: str) -> str:
        """The file of the page in a site language: articles/x.md -> articles/x.de.md for German."""
        return self.src if language == DEFAULT_LANGUAGE else f"{self.stem}.{language}.md"

    def below(self, name: str) -> PagePath:
        """A page in the folder named after this one: companies/x.md -> companies/x/<name>.md."""
        return PagePath(f"{self.stem}/{name}.md")

    def numbered(self, number: int) -> PagePath:
        """Page `number` of a listing that starts here: companies/x.md, companies/x/2.md, ..."""
        return self if number == 1 else self.below(str(number))

    def link_from(self, origin: PagePath) -> str:
        """The relative Markdown link to this page from `origin`."""
        return "../" * origin.src.count("/") + self.src

    def url_from(self, origin: PagePath) -> str:
        """The relative URL of this page as the site serves it (a folder), for links in raw HTML, which
        MkDocs does not rewrite."""
        return "../" * origin.src.count("/") + self.stem + "/"
