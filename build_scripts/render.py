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


def md_inline(text: str) -> str:
    """Plain text -> Markdown for the middle of a line: every markup character escaped."""
    return _INLINE.sub(lambda m: _ENTITIES.get(m.group(0)) or "\\" + m.group(0), text)


def _line_start(escaped: str) -> str:
    if _ORDERED_START.match(escaped):
        return _ORDERED_START.sub(r"\1\\\2", escaped, count=1)
    if escaped[:1] in ("#", "+", "-", "!"):
        return "\\" + escaped
    if escaped[:1] in ("=", "~", ":"):
        return f"&#{ord(escaped[0])};" + escaped[1:]
    return escaped


@lru_cache(maxsize=65536)  # titles and names recur on many pages: related articles, listings, every language
def md_text(text: str) -> str:
    """Plain text -> one line of Markdown that renders as exactly that text (no markup, HTML or Jinja)."""
    return _line_start(md_inline(" ".join(text.split())))


def time_element(text: str, iso_date: str | None) -> str:
    """A date as the reader sees it, with its ISO date for machines (and for sorting a table by date);
    inline HTML, which Markdown passes through. Without a date, the text alone ("undated")."""
    return f'<time datetime="{iso_date}">{text}</time>' if iso_date else text


def md_line(segments: list[tuple[str, str | None]]) -> str:
    """(text, href or None) segments of one line -> Markdown, with links where an href is given."""
    parts = [f"[{md_inline(text)}]({href})" if href else md_inline(text) for text, href in segments]
    line = "".join(parts)
    return line if segments and segments[0][1] else _line_start(line)


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter: same output, ~10x faster


class _FrontMatterDumper(_DUMPER):  # type: ignore[valid-type,misc]
    """libyaml's emitter with PyYAML's representer cut short for the strings, lists and dicts front matter is
    made of, and each scalar's implicit tag remembered (the same keys and values recur on every page): a
    third of what front matter cost, the same text (tested). Unlike PyYAML it never writes an alias (&id001)
    for a list or dict given twice, but the value again."""

    def represent_data(self, data):
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode("tag:yaml.org,2002:str", data)
        if kind is dict:
            pairs = [(self.represent_data(key), self.represent_data(value)) for key, value in data.items()]
            return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)
        if kind is list:
            items = [self.represent_data(value) for value in data]
            return yaml.SequenceNode("tag:yaml.org,2002:seq", items, flow_style=False)
        return super().represent_data(data)

    def resolve(self, kind, value, implicit):
        return _resolve_scalar(value, implicit) if kind is yaml.ScalarNode else super().resolve(kind, value, implicit)


@lru_cache(maxsize=8192)
def _resolve_scalar(value: str, implicit: tuple[bool, bool]) -> str:
    return yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, implicit)


def front_matter(values: dict) -> str:
    """Values as YAML, in their order, one per line (never in flow style), Unicode as it is."""
    return yaml.dump(
        values, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False
    )


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja with a shorter way to a dict's keys, which most template values are: `row.title` finds the key at
    once, where Jinja first tries the attribute and catches its AttributeError. The same result (a dict's own
    attributes, such as `items`, still come first)."""

    def getattr(self, obj: object, attribute: str) -> object:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # output is Markdown; text goes through md_text explicitly
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md_text"] = md_text
    env.filters["md_line"] = md_line
    env.filters["time_element"] = time_element
    env.filters["front_matter"] = front_matter
    return env


def compile_templates() -> None:
    """Compiles every template now (the environment keeps them): page writers forked afterwards (manifest.py)
    find them compiled instead of each compiling its own."""
    env = environment()
    for name in env.list_templates():
        env.get_template(name)


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
        "companies": article.companies,
        "people": article.people,
        "themes": article.themes,
        "word_count": article.word_count,
        "reading_time": article.reading_time,
        "summary": article.summary,
        "source": article.source,
        "sha256": article.sha256,
        "id": slug,
        "path": path,
    }
