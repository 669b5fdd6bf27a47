"""Lines that several sources of one site repeat around different stories: the site's template (menus,
footers, newsletter and app boxes no cue word names).

Every text source (plain text or Markdown; a saved page's template goes with trafilatura's extraction) is
split into its short lines, at most `template_max_chars` long, and its long ones. Sources that share a long
line tell the same story (a repost, a wire copy) and count as one. A short line that at least
`template_min_sources` different stories repeat is template; the cleaner drops it around the article and
between its paragraphs, never a sentence of the body, the headline or the standfirst (clean.py).

What a source's template is enters its cache key, so a new source changes exactly the articles whose
template it changes: those with a short line that now reaches the threshold (or, a source removed, falls
below it). The others stay cached.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePosixPath

from .models import SourceError
from .sources import decode, normalise
from .text import visual_length

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


def source_lines(source: str, data: bytes, max_chars: int) -> tuple[frozenset[str], frozenset[str]]:
    """(short lines, long lines) of a text source, stripped; nothing for other formats."""
    if PurePosixPath(source).suffix.lower() not in TEXT_SUFFIXES:
        return frozenset(), frozenset()
    try:
        lines = {line.strip() for line in normalise(decode(data)).split("\n")}
    except SourceError:  # not text: the converter reports it
        return frozenset(), frozenset()
    lines.discard("")
    short = frozenset(line for line in lines if visual_length(line) <= max_chars)
    return short, frozenset(lines - short)


def templates(lines: dict[str, tuple[frozenset[str], frozenset[str]]], min_stories: int) -> dict[str, frozenset[str]]:
    """Each source's template lines: its short lines that at least `min_stories` stories repeat, sources
    sharing a long line counting as one story."""
    story = _stories({source: long for source, (_, long) in lines.items()})
    told_by: dict[str, set[str]] = defaultdict(set)
    for source, (short, _) in lines.items():
        for line in short:
            told_by[line].add(story[source])
    shared = {line for line, stories in told_by.items() if len(stories) >= min_stories}
    return {source: short & shared for source, (short, _) in lines.items()}


def _stories(long_lines: dict[str, frozenset[str]]) -> dict[str, str]:
    """Each source's story: the first source (in name order) of the group joined by shared long lines."""
    parent = {source: source for source in long_lines}

    def root(source: str) -> str:
        while parent[source] != source:
            parent[source] = parent[parent[source]]
            source = parent[source]
        return source

    first_with: dict[str, str] = {}
    for source in sorted(long_lines):
        for line in long_lines[source]:
            other = first_with.setdefault(line, source)
            a, b = root(source), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {source: root(source) for source in long_lines}
