"""Readable, stable ASCII slugs: Chinese transliterated to pinyin (pypinyin), other scripts with
Unidecode; collisions resolved without looking at unrelated articles."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from pypinyin import lazy_pinyin
from unidecode import unidecode

from .text import is_cjk

MAX_LENGTH = 60
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def slugify(title: str, language: str = "") -> str:
    if language == "de":
        title = title.translate(_GERMAN)
    parts = []
    for chunk in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+", title):
        parts.extend(lazy_pinyin(chunk) if is_cjk(chunk[0]) else [unidecode(chunk)])
    slug = _NON_ALNUM.sub("-", " ".join(parts).lower()).strip("-")
    if len(slug) > MAX_LENGTH:
        cut = slug.rfind("-", 0, MAX_LENGTH + 1)
        slug = slug[: cut if cut > MAX_LENGTH // 2 else MAX_LENGTH].strip("-")
    return slug or "article"


def assign_slugs(wanted: dict[str, str]) -> dict[str, str]:
    """source -> slug. Sources wanting the same slug all get a suffix derived from their own source path,
    so adding an article never renames an article with a different title."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for source, slug in wanted.items():
        by_slug[slug].append(source)
    result = {}
    for slug, sources in by_slug.items():
        for source in sources:
            if len(sources) == 1:
                result[source] = slug
            else:
                result[source] = f"{slug}-{hashlib.sha1(source.encode()).hexdigest()[:6]}"
    return result
