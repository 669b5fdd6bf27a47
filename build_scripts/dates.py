"""Absolute publication dates in the forms real sites print; relative ages are never turned into dates.

A regular expression finds the date-shaped part of a line; dateparser (a maintained, multilingual
parser) reads it, restricted to absolute dates with day, month and year.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CANDIDATES = [
    re.compile(r"(?<!\d)\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?!\d)"),
    re.compile(r"(?<!\d)\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}(?!\d)"),
    re.compile(r"(?<![^\W\d_])[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}(?!\d)"),
]
_SETTINGS = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
_LANGUAGES = ("en", "de", "zh", "fr", "es")


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def find_date(text: str, language: str | None = None) -> tuple[str, str] | None:
    """The first absolute date in text as (ISO date, matched text), or None."""
    languages = [language.split("-")[0]] if language else []
    languages += [code for code in _LANGUAGES if code not in languages]
    for pattern in _CANDIDATES:
        for match in pattern.finditer(text):
            parsed = _parse(match.group(0), tuple(languages))
            if parsed:
                return parsed, match.group(0)
    return None


@lru_cache(maxsize=4096)
def _parse(candidate: str, languages: tuple[str, ...]) -> str | None:
    normalised = re.sub(r"\s+", " ", candidate.strip())
    result = _dateparser().parse(normalised, languages=list(languages), settings=_SETTINGS)
    if result is None or not 1990 <= result.year <= 2100:
        return None
    return result.date().isoformat()
