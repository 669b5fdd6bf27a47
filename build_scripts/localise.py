"""Dates, months, numbers and plural forms as a reader of one site language writes them (Babel, CLDR data).

The ISO forms stay the data: front matter, catalog.json and `<time datetime>` keep them; only what a
reader sees is localised here.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale, __version__
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent

CLDR_RELEASE = __version__  # Babel's release, which fixes its CLDR data: part of every page key
PLURAL_FORMS = frozenset({"zero", "one", "two", "few", "many", "other"})  # CLDR's plural categories


def is_plural(value: object) -> bool:
    """A UI string with one text per plural form: a mapping of CLDR categories that has `other`."""
    return isinstance(value, dict) and "other" in value and set(value) <= PLURAL_FORMS


def required_plural_forms(language: str) -> set[str]:
    """The plural forms a language needs: `other`, and those its CLDR rules name (de, en: one; zh: none)."""
    return {"other", *Locale.parse(language).plural_form.tags}


class Localiser:
    """One site language's way of writing dates, months, numbers and counted nouns."""

    def __init__(self, language: str):
        self.language = language
        self.locale = Locale.parse(language)

    def date(self, iso: str) -> str:
        """2024-07-22 -> July 22, 2024 / 22. Juli 2024 / 2024年7月22日"""
        return _long_date(iso, self.language)

    def month(self, iso_month: str) -> str:
        """2024-07 -> July 2024 / Juli 2024 / 2024年7月"""
        return _month(iso_month, "yMMMM", self.language)

    def short_month(self, iso_month: str) -> str:
        """2024-07 -> Jul 2024 / Juli 2024 / 2024年7月 (the coverage chart's axis)"""
        return _month(iso_month, "yMMM", self.language)

    def number(self, value: int) -> str:
        """1234 -> 1,234 / 1.234 / 1,234"""
        return _number(value, self.language)

    def percent(self, share: float) -> str:
        """0.93 -> 93% / 93 % / 93%"""
        return format_percent(share, locale=self.locale)

    def plural(self, forms: dict[str, str], count: int) -> str:
        """The text of `forms` (see is_plural) for `count`, e.g. `one` for 1 in English, `other` for 0 and 2."""
        return forms[self.locale.plural_form(count)]


@cache
def localiser(language: str) -> Localiser:
    return Localiser(language)


# Babel formats a date in about 20 microseconds; the pages of a large corpus ask for the same few thousand
# dates, months and counts hundreds of thousands of times (every entity's coverage chart names its months).
@cache
def _long_date(iso: str, language: str) -> str:
    return format_date(dt.date.fromisoformat(iso), format="long", locale=Locale.parse(language))


@cache
def _month(iso_month: str, skeleton: str, language: str) -> str:
    return format_skeleton(skeleton, _first_day(iso_month), locale=Locale.parse(language))


@cache
def _number(value: int, language: str) -> str:
    return format_decimal(value, locale=Locale.parse(language))


def _first_day(iso_month: str) -> dt.date:
    return dt.date.fromisoformat(f"{iso_month}-01")
