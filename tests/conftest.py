from __future__ import annotations

import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_scripts.models import Article, Block  # noqa: E402
from build_scripts.registry import load_registry  # noqa: E402
from build_scripts.settings import load_settings  # noqa: E402

SEEDS = ROOT / "seeds"
# The Markdown dialect the site renders with, widened: whatever these extensions interpret must be escaped.
MARKDOWN_EXTENSIONS = ["extra", "admonition", "toc", "sane_lists"]


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def registry():
    """A small registry for unit tests (the real one is data/registry/)."""
    return load_registry(ROOT / "tests" / "fixtures" / "registry")


_INLINE_TAGS = {"a", "em", "strong", "span", "code", "b", "i"}


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in _INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag not in _INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def rendered(markdown_text: str) -> tuple[str, list[str]]:
    """Visible text and the HTML tags a Markdown text renders to, as the site's Markdown sees it."""
    html = markdown.markdown(markdown_text, extensions=MARKDOWN_EXTENSIONS)
    parser = _TextOf()
    parser.feed(html)
    return " ".join("".join(parser.parts).split()), parser.tags


def squash(text: str) -> str:
    return " ".join(text.split())


def copy_files(paths, target: Path) -> Path:
    """Copies data files into a test's own folder, so tests can break them without touching data/."""
    for path in paths:
        shutil.copy(path, target / path.name)
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replaces the first `old` in a copied data file; the test fails if `old` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def pytest_terminal_summary(terminalreporter):
    """Prints the evaluation scores (precision/recall style ratios) after the run."""
    try:
        from test_eval import SCORES
    except ImportError:
        return
    for set_name, scores in SCORES.items():
        line = ", ".join(f"{name} {s.hits}/{s.total} ({s.ratio:.0%})" for name, s in scores.items())
        terminalreporter.write_line(f"evaluation [{set_name}]: {line}")


def article_of(*texts: str, source: str = "a.txt") -> Article:
    """An article of paragraphs `texts`, with nothing else in it (no date, authors, entities)."""
    return Article(
        source=source,
        sha256="",
        title="t",
        title_generated=False,
        alternate_titles=[],
        date=None,
        language="de",
        authors=[],
        editors=[],
        publisher=None,
        word_count=0,
        reading_time=1,
        summary="",
        speakers=[],
        layouts=[],
        blocks=[Block("paragraph", text) for text in texts],
        slug_base="t",
    )


def article_page(article, registry, language="en"):
    """The Markdown page of one article, rendered as the pipeline renders it (without the corpus)."""
    from build_scripts.emitters import EmitOptions
    from build_scripts.emitters.article import ArticleEmitter
    from build_scripts.emitters.context import EmitContext
    from build_scripts.knowledge import Page, build_knowledge
    from build_scripts.paths import PagePath
    from build_scripts.strings import load_strings

    page = Page(article, "a", PagePath.of_article("a"))
    context = EmitContext.of(build_knowledge([page], registry), EmitOptions(), load_strings(), lambda a: a)
    (group,) = ArticleEmitter(context, language).groups()
    return group.pages()[page.path.file(language)].render()


def body_of(page_markdown: str) -> str:
    """The article body of a page: between the body <div> and its end."""
    start = page_markdown.index('<div class="atlas-article-body"')
    start = page_markdown.index("\n", start)
    return page_markdown[start : page_markdown.index("\n</div>", start)]
