"""Jinja2 environment and the filters templates need; templates/ holds one template per page kind.

Article text is data: `md_text` escapes everything Markdown, HTML or Jinja would interpret, so the page
shows the source's characters literally.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
import yaml

from .models import Article

TEMPLATES = Path(__file__).resolve().parent / "templates"

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "{": "&#123;", "}": "&#125;"}
_INLINE = re.compile(r"[\\`*_\[\]&<>|{}]")
_ORDERED_START = re.compile(r"^(\d+)([.)])")


def md_text(text: str) -> str:
    """Plain text -> one line of Markdown that renders as exactly that text (no markup, HTML or Jinja)."""
    escaped = _INLINE.sub(lambda m: _ENTITIES.get(m.group(0)) or "\\" + m.group(0), " ".join(text.split()))
    if _ORDERED_START.match(escaped):
        return _ORDERED_START.sub(r"\1\\\2", escaped, count=1)
    if escaped[:1] in ("#", "+", "-", "!"):
        return "\\" + escaped
    if escaped[:1] in ("=", "~", ":"):
        return f"&#{ord(escaped[0])};" + escaped[1:]
    return escaped


def front_matter(values: dict) -> str:
    return yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # output is Markdown; text goes through md_text explicitly
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md_text"] = md_text
    env.filters["front_matter"] = front_matter
    return env


def article_front_matter(article: Article, slug: str, path: str) -> dict:
    return {
        "title": article.title,
        "title_generated": article.title_generated,
        "alternate_titles": article.alternate_titles,
        "date": article.date,
        "language": article.language,
        "authors": article.authors,
        "editors": article.editors,
        "publisher": article.publisher,
        "speakers": article.speakers,
        "word_count": article.word_count,
        "reading_time": article.reading_time,
        "summary": article.summary,
        "source": article.source,
        "sha256": article.sha256,
        "id": slug,
        "path": path,
    }


def render_article(article: Article, slug: str, path: str) -> str:
    return environment().get_template("article.md.j2").render(
        meta=article_front_matter(article, slug, path), article=article
    )
