"""Bylines in the forms news sites print them, in German, English and Chinese.

A byline is a short line that names who wrote the article: `Von Jonas Adler`, `By Jane Doe and John Roe,
Reuters`, `Ein Bericht von Tobias Raith`, `Bettina Kugler 19.10.2019, 05:00 Uhr`, `作者：张三`,
`記者陳奕安／台北報導`, `文｜李四`. What follows the names on the same line (a date, a photo credit, the
outlet) is cut off; an outlet or agency named there becomes the publisher. The cue words are data
(data/cleaning.yml, `bylines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_date
from .text import cjk_count, visual_length

_CREDIT = re.compile(r"\s+(?:foto|fotos|bild|photo|image|video|grafik|quelle|source)\s*:.*$", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(uhr|h|am|pm|a\.m\.|p\.m\.)?(\s*[a-z]{2,4})?\b", re.I)
_SEPARATORS = re.compile(r"\s*(?:[|｜/／·•]|\s[-–—]\s)\s*")
_NAME = re.compile(r"^(?:[A-ZÄÖÜÉ][\w'’.-]*|von|van|de|der|den|di|da|le|la|zu|bin|al|[A-Z]\.)(?:\s+(?:[A-ZÄÖÜÉ][\w'’.-]*|von|van|de|der|den|di|da|le|la|zu|bin|al|[A-Z]\.))+$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_OUTLET = re.compile(r"\.(de|com|net|org|at|ch|cn|tw|hk)$|^[A-Z]{2,6}$", re.I)


@dataclass(frozen=True)
class Byline:
    authors: list[str]
    publisher: str | None = None


def read_byline(line: str, settings) -> Byline | None:
    """The authors (and outlet) a byline line names, or None when the line is no byline."""
    if visual_length(line) > 120:
        return None
    match = settings.byline_chinese.search(line)
    if match:
        names = [n for n in re.split(r"[、,，\s]+", match.group("names")) if _CJK_NAME.match(n)]
        return Byline(names) if names else None
    match = settings.byline_prefixes.match(line)
    rest = line[match.end():] if match else line
    rest = _CREDIT.sub("", rest)
    date = find_date(rest)
    if date:
        rest = rest.replace(date[1], " ")
        rest = _TIME.sub(" ", rest)
    if not match and not date:
        return None
    return _names(rest, settings)


def _names(rest: str, settings) -> Byline | None:
    authors, publisher = [], None
    parts = [p.strip(" ,;:.()") for p in re.split(r",|;| and | und | & |\s\+\s", _SEPARATORS.sub(",", rest))]
    for part in filter(None, parts):
        if part.casefold() in settings.agencies or _OUTLET.search(part):
            publisher = publisher or part
        elif _NAME.match(part) and len(part.split()) <= 4 and not settings.not_names & set(part.casefold().split()):
            authors.append(part)
        elif cjk_count(part) and _CJK_NAME.match(part):
            authors.append(part)
        elif len(part.split()) == 1 and part[:1].isupper() and authors:
            continue  # 'Von Carola Wendt, Dresden': the place the author writes from
        else:
            return None
    return Byline(authors, publisher) if authors else None


_AGE = re.compile(r"\bago\b|^vor\s+\d+|\d+\s*(?:分钟|分鐘|小时|小時|天|周|個月|个月)前|^(?:yesterday|gestern|昨天)\b", re.I)
_HANDLE = re.compile(r"\s*@\S*$")


def read_name_line(line: str, neighbours: list[str], settings) -> Byline | None:
    """A line of nothing but names ('Daniel Kessler', 'Larissa Holm, Markus Feld') next to a dateline or an
    age ('3 hours ago'): the byline of sites that print the names without 'By'."""
    if visual_length(line) > 60 or cjk_count(line) or not any(find_date(n) or _AGE.search(n) for n in neighbours):
        return None  # (Chinese bylines always say 作者, 记者 or 文)
    if settings.cues.chrome_kinds(line):
        return None
    byline = _names(_HANDLE.sub("", line.split("@")[0]), settings)
    if not byline or any(len(name.split()) > 3 or _common_words(name, settings) for name in byline.authors):
        return None
    return byline


def _common_words(name: str, settings) -> bool:
    """Names are rare words: a 'name' whose every word the line model's lexicon knows ('Künstliche Intelligenz')
    is a topic, not a person."""
    return all(word.casefold() in settings.line_model.lexicon for word in name.split())
