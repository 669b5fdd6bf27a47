"""The facts of an article that survive its translation: amounts, percentages, days of the year, years, counts and
model or product names, each as a language-independent key (`amount:1500000000` for 1,5 Milliarden, 15亿 and
1.5 billion alike) with the form the article writes it in. Per article, so the corpus stage only compares keys.

Numbers are read the way the article's language writes them (1.500,5 in German, 1,500.5 in English and
Chinese); a magnitude word after a number multiplies it (data/stories.yml `magnitudes`); dates by the month
names of Babel's CLDR data (22. Juli, July 22, 7月22日).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.dates import get_month_names

from .story_settings import Signature

MIN_COUNT, MIN_YEAR, MAX_YEAR = 10, 1900, 2099  # smaller plain numbers say nothing; years are read apart
_SEPARATORS = {"de": (".", ","), "en": (",", "."), "zh": (",", ".")}  # (thousands, decimal)
# _NUMBER and _LATIN_WORD look at what stands before a number or word once they have matched its first character:
# the same matches as looking first, but re then only tries them where a digit or letter stands, not everywhere.
_NUMBER = re.compile(r"(\d(?<![A-Za-z0-9-]\d)(?<!\d[.,]\d)\d*(?:[.,\u00a0\u202f]\d+)*)(?![A-Za-z0-9])")
_ISO_DATE = re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# A part of every match of the date pattern above it, found several times faster: re tries a pattern starting with
# \b at every position of the text, one starting with a separator only where one stands. Most texts write no
# such date, and are spared the slow pattern.
_ISO_HINT = re.compile(r"[-/]\d{1,2}[-/]\d")
_DOTTED_HINT = re.compile(r"\.\d{1,2}\.\d{4}")
_CHINESE_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# a Latin word beside any other script (A100芯片, 中芯国际SMIC), up to a hyphenated German or English word (A100-Chips)
_LATIN_WORD = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9-][A-Za-z])[A-Za-z0-9]*(?:[-.](?![A-Z]?[a-z]{3})[A-Za-z0-9]+)*"
    r"|\d(?<![A-Za-z0-9.,-]\d)\d*[A-Za-z]+(?![A-Za-z0-9])"
)
_CAMEL = re.compile(r"[a-z][A-Z]")
_DIGIT = re.compile(r"\d")


def facts(text: str, language: str, signature: Signature, known_names: frozenset[str]) -> dict[str, str]:
    """Every fact of `text` (in `language`, a base language such as de) as key -> its first form in the text.
    `known_names`: normalised registry names, which count as entities, not as names."""
    text = unicodedata.normalize("NFKC", text)
    found: dict[str, str] = {}
    text = _dates(text, language, found)
    _numbers(text, language, signature, found)
    for word in dict.fromkeys(_LATIN_WORD.findall(text)):  # each word once: only its first form is kept
        if (word.isalpha() and (word.islower() or word.istitle())) or not _is_name(word):  # most words: a quick no
            continue
        if (key := normal_name(word)) not in signature.generic_names and key not in known_names:
            found.setdefault(f"name:{key}", word)
    return found


def normal_name(name: str) -> str:
    """GPT-4, gpt 4 and GPT4 alike: case-folded, letters and digits only."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _is_name(word: str) -> bool:
    """A model or product name (letters with digits: GPT-4, A100, 70B), a name in camel case (ChatGPT,
    LatePost) or an abbreviation in capitals (SMIC)."""
    if _DIGIT.search(word):
        return not word.isdigit() and any(c.isalpha() for c in word)
    return (word.isupper() or bool(_CAMEL.search(word))) and sum(c.isalpha() for c in word) >= 2


def _dates(text: str, language: str, found: dict[str, str]) -> str:
    """Adds every day of the year written in the text (date:07-22) and its year; returns the text with them blanked
    out, so their numbers are not read again as counts."""

    def add(match: re.Match, year: str | None, month: int, day: int) -> str:
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.setdefault(f"date:{month:02d}-{day:02d}", match.group(0).strip())
            if year and MIN_YEAR <= int(year) <= MAX_YEAR:
                found.setdefault(f"year:{year}", year)
        return " " * len(match.group(0))

    if _ISO_HINT.search(text):
        text = _ISO_DATE.sub(lambda m: add(m, m[1], int(m[2]), int(m[3])), text)
    if _DOTTED_HINT.search(text):
        text = _DOTTED_DATE.sub(lambda m: add(m, m[3], int(m[2]), int(m[1])), text)
    if "月" in text:  # a quick no for most texts: the pattern is tried at every position
        text = _CHINESE_DATE.sub(lambda m: add(m, m[1], int(m[2]), int(m[3])), text)
    month_names, month_patterns = _month_patterns(language)
    if month_names and month_names.search(text):  # most texts name no month
        for hint, pattern in month_patterns:
            if hint.search(text):
                text = pattern.sub(
                    lambda m: add(m, m["year"], _month_number(language, m["month"]), int(m["day"])), text
                )
    return text


@lru_cache(maxsize=8)
def _month_names(language: str) -> dict[str, int]:
    """Wide and abbreviated month names of a language (CLDR), case-folded, without a final dot."""
    if language not in ("de", "en"):
        return {}
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=language).items():
            names[name.casefold().rstrip(".")] = number
    return names


def _month_number(language: str, name: str) -> int:
    return _month_names(language).get(name.casefold().rstrip("."), 0)


@lru_cache(maxsize=8)
def _month_patterns(language: str) -> tuple[re.Pattern | None, tuple[tuple[re.Pattern, re.Pattern], ...]]:
    """22. Juli 2024 (German), July 22, 2024 and 22 July 2024 (English): the month capitalised, as written. First the
    month names alone, which every match contains; then each pattern with its hint (as _ISO_HINT)."""
    names = sorted(_month_names(language), key=len, reverse=True)
    if not names:
        return None, ()
    alternatives = "|".join(re.escape(n.capitalize()) for n in names)
    month = rf"(?P<month>{alternatives})\.?"
    year = r"(?:,?\s+(?P<year>\d{4}))?"
    month_names = re.compile(alternatives)
    day_first = (month_names, re.compile(rf"\b(?P<day>\d{{1,2}})\.?\s+{month}{year}\b"))
    month_first = (re.compile(rf"{month}\s+\d"), re.compile(rf"\b{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{year}"))
    return month_names, (day_first, month_first) if language == "de" else (month_first, day_first)


def _numbers(text: str, language: str, signature: Signature, found: dict[str, str]) -> None:
    """Adds the amounts, percentages, years and counts of the text."""
    suffix = _suffix(language, signature)
    for match in _NUMBER.finditer(text):
        value = _value(match.group(1), language)
        if value is None:
            continue
        after = suffix.match(text, match.end())
        shown = text[match.start() : after.end() if after else match.end()].strip()
        key = _key(value, match.group(1), after, language, signature)
        if key:
            found.setdefault(key, shown)


def _key(value: Decimal, digits: str, after: re.Match | None, language: str, signature: Signature) -> str | None:
    """The fact a number is: a percentage, an amount (with its magnitude), a year, a count; or none (small)."""
    if after and after["percent"]:
        return f"percent:{_canonical(value)}"
    if after and after["magnitude"]:
        scale = signature.magnitudes.get(language, {}).get(after["magnitude"].casefold().rstrip("."), 1)
        return f"amount:{_canonical(value * scale)}"
    if digits.isdigit() and len(digits) == 4 and MIN_YEAR <= int(digits) <= MAX_YEAR:
        return f"year:{digits}"
    if value >= 1000 or value != value.to_integral_value():
        return f"amount:{_canonical(value)}"
    return f"count:{_canonical(value)}" if value >= MIN_COUNT else None


@lru_cache(maxsize=8)
def _suffix_pattern(language: str, magnitudes: tuple[str, ...], percent: tuple[str, ...]) -> re.Pattern:
    def alternatives(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    boundary = "" if language == "zh" else r"(?![^\W\d_])"
    magnitude = rf"(?P<magnitude>{alternatives(magnitudes)})\.?{boundary}" if magnitudes else "(?P<magnitude>(?!))"
    return re.compile(rf"\s?(?:(?P<percent>{alternatives(percent)}){boundary}|{magnitude})", re.IGNORECASE)


def _suffix(language: str, signature: Signature) -> re.Pattern:
    magnitudes = tuple(sorted(signature.magnitudes.get(language, {})))
    return _suffix_pattern(language, magnitudes, signature.percent)


def _value(digits: str, language: str) -> Decimal | None:
    """The number a run of digits and separators writes in the language: 1.500,5 (de) = 1,500.5 (en)."""
    thousands, decimal = _SEPARATORS.get(language, _SEPARATORS["en"])
    parts = re.split(r"([.,\u00a0\u202f])", digits)
    number, fraction = parts[0], ""
    for separator, group in zip(parts[1::2], parts[2::2], strict=True):
        if separator in (thousands, "\u00a0", "\u202f") and len(group) == 3 and not fraction:
            number += group
        elif not fraction and separator in ".,":
            fraction = group  # the decimal mark (or the other language's, for a number written the other way)
        else:
            return None
    try:
        return Decimal(f"{number}.{fraction}" if fraction else number)
    except InvalidOperation:
        return None


def _canonical(value: Decimal) -> str:
    """1500000000 for 1.5e9, 1.5 for 1.50: the same number in the same form whatever its source wrote."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
