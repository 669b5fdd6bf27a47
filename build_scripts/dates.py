"""Absolute publication dates in the forms real sites print; relative ages are never turned into dates.

A regular expression finds the date-shaped part of a line. Numeric dates are read by their form; dates
with month names by dateparser (a maintained, multilingual parser), restricted to absolute dates with
day, month and year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# Numeric forms are read directly: their field order is fixed by the form (dateparser would guess the
# order of 03.09.2023 from the language and get German dates wrong). Forms with month names go to dateparser.
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)")
# with middle dots too, as Spanish and Catalan papers' sites print them ('19·11·26 | 06:00')
_DAY_FIRST_DOTS = re.compile(r"(?<!\d)(\d{1,2})\s*[.·]\s*(\d{1,2})\s*[.·]\s*(\d{4})(?!\d)")
_DAY_FIRST_SHORT_YEAR = re.compile(r"(?<![\w.·])(\d{1,2})[.·](\d{1,2})[.·](\d{2})(?![\w.·])")  # '19.11.26': 2026
_SLASHES_SHORT_YEAR = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\w/])")  # '11/19/26'
# month first in English, else day first; with dashes too ('11-20-2026')
_SLASHES = re.compile(r"(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)")
# a year may run into the time after it where a page's copy lost the space between them ('20265:00 AM')
_YEAR_END = r"(?!\d)|(?=\d{1,2}:\d{2}(?!\d))"
_PART = r"(?:\s*[-–]\s*|\s+)"  # between a date's parts: spaces, or a dash ('Sep - 21 - 2027', '21-Sep-2027')
_COMMA_OR_PART = rf"(?:,\s*|{_PART})"  # before the year: a comma with or without a space ('14 September,2027')
_MONTH_NAMES = [
    re.compile(
        rf"(?<![^\W\d_])[^\W\d_]{{3,10}}(?:\.\s*|\.?{_PART})\d{{1,2}}(?:st|nd|rd|th)?{_COMMA_OR_PART}\d{{4}}(?:{_YEAR_END})"
    ),
    re.compile(
        rf"(?<!\d)\d{{1,2}}(?:\.|st|nd|rd|th)?{_PART}(?:de\s+)?[^\W\d_]{{3,10}}\.?{_COMMA_OR_PART}(?:de\s+)?\d{{4}}(?:{_YEAR_END})"
    ),
    # a Chinese month in a Western order, as blog and CMS themes print it: '8月 17, 2027', '30 八月 2027'
    re.compile(r"(?<![\d年])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月\s+\d{1,2},?\s+\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{1,2}\s+[一二三四五六七八九十]{1,3}月,?\s+\d{4}(?!\d)"),
]
_SETTINGS = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
_LANGUAGES = ("en", "de", "zh", "fr", "es")


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def find_date(text: str, language: str | None = None) -> tuple[str, str] | None:
    """The first absolute date in text as (ISO date, matched text), or None."""
    english = (language or "en").startswith("en")
    for pattern, order in ((_YEAR_FIRST, "ymd"), (_DAY_FIRST_DOTS, "dmy"), (_SLASHES, "mdy" if english else "dmy")):
        for match in pattern.finditer(text):
            # '11-03-2027 18:42 IST' on an English page: the time zone of a country that puts the day first
            day_first = order == "mdy" and _DAY_FIRST_ZONE.match(text, match.end())
            ranged = _RANGE_AFTER.match(text, match.end()) if order == "ymd" else closes_range(text, match.start())
            if ranged:
                continue  # a day of a range, an event's dates: '2027年6月1日至4日', '23. – 25.11.2027'
            fields = dict(zip("dmy" if day_first else order, map(int, match.groups()), strict=True))
            parsed = _valid(fields["y"], fields["m"], fields["d"])
            if not parsed and order != "ymd" and fields["m"] > 12:  # '01.21.2020': a US site's month first
                parsed = _valid(fields["y"], fields["d"], fields["m"])
            if parsed:
                return parsed, match.group(0)
    for pattern, order in ((_DAY_FIRST_SHORT_YEAR, "dmy"), (_SLASHES_SHORT_YEAR, "mdy" if english else "dmy")):
        for match in pattern.finditer(text):
            fields = dict(zip(order, map(int, match.groups()), strict=True))
            if parsed := _valid(2000 + fields["y"], fields["m"], fields["d"]):
                return parsed, match.group(0)
    for match in (found for pattern in _ROC for found in pattern.finditer(text)):  # '民國116年5月20日'
        if parsed := _valid(ROC_FIRST_YEAR + int(match["year"]), int(match["month"]), int(match["day"])):
            return parsed, match.group(0)
    languages = [language.split("-")[0]] if language else []
    languages += [code for code in _LANGUAGES if code not in languages]
    for pattern in _MONTH_NAMES:
        for match in pattern.finditer(text):
            if closes_range(text, match.start()):
                continue  # the last day of a range, an event's dates: '1-4 March 2027', '11.–15. Oktober 2027'
            parsed = _parse(match.group(0), tuple(languages))
            if parsed:
                return parsed, match.group(0)
    return None


# after a date and its time, the time zone of a country writing the day first (India, Britain, Europe, Australia,
# Singapore, Hong Kong, Africa); American zones leave the month first
_DAY_FIRST_ZONE = re.compile(
    r"\s*,?\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*)?"
    r"(?:IST|BST|GMT|CET|CEST|AEST|AEDT|AWST|ACST|NZST|NZDT|SGT|HKT|PKT|WAT|EAT|SAST|MYT|WIB)\b"
)


# a year of the Republic of China (Taiwan), counted from 1912: with 年, or with dashes after a date's label
_ROC = (
    re.compile(
        r"(?:(?:民國|民国)\s*|(?<![\d.])(?=1[0-4]\d年))(?P<year>\d{2,3})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    ),
    re.compile(r"(?<=[期間间][：:])\s*(?P<year>1[0-4]\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    # or with slashes before the time of day, as Taiwanese sites print a story's date ('116/06/17 14:35')
    re.compile(r"(?<![\d/.])(?P<year>1[0-4]\d)/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=\s+\d{1,2}:\d{2}(?!\d))"),
)
ROC_FIRST_YEAR = 1911


def closes_range(text: str, start: int) -> bool:
    """Whether what stands at `start` of text is the last day of a range ('12. – 16. April 2027', '23. – 25.11.2027'):
    an event's dates, no publication's."""
    return bool(_RANGE_BEFORE.search(text, max(0, start - RANGE_REACH), start))  # (lookbehinds see before it)


RANGE_REACH = 12  # characters before a date that may hold a range's first day ('12. – ')
_RANGE_AFTER = re.compile(r"\s*(?:至|到|[-–~])\s*\d{1,2}\s*日")  # '2027年6月1日至4日': no date
# a range's first day ('1-4 March 2027'), not an issue's number before a dash ('WOZ Nr. 19 – 13. Mai 2027')
_RANGE_BEFORE = re.compile(
    r"(?<![\w.#])(?<!nr\. )(?<!no\. )(?<!nr )(?<!no )(?<!heft )(?<!issue )(?<!ausgabe )(?<!seite )(?<!page )"
    r"\d{1,2}\.?\s*(?:[-–]|bis|to)\s*$",
    re.I,
)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if 1990 <= year <= 2100 else None


_DOT_BEFORE_DAY = re.compile(r"\.(?=\d)")  # 'Nov.3,2027': a month's dot with the day right behind it


@lru_cache(maxsize=4096)
def _parse(candidate: str, languages: tuple[str, ...]) -> str | None:
    normalised = re.sub(_PART, " ", _DOT_BEFORE_DAY.sub(". ", candidate.strip()))
    result = _dateparser().parse(normalised, languages=list(languages), settings=_SETTINGS)
    if result is None or not 1990 <= result.year <= 2100:
        return None
    return result.date().isoformat()
