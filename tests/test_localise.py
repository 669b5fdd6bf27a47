import pytest

from build_scripts.localise import Localiser, is_plural, localiser, required_plural_forms
from build_scripts.render import time_element

ARTICLES = {
    "en": {"one": "{count} article", "other": "{count} articles"},
    "de": {"one": "{count} Artikel", "other": "{count} Artikeln"},
    "zh": {"other": "{count} 篇文章"},
}


@pytest.mark.parametrize(
    ("language", "date", "month", "short_month"),
    [
        ("en", "July 22, 2024", "July 2024", "Jul 2024"),
        ("de", "22. Juli 2024", "Juli 2024", "Juli 2024"),
        ("zh", "2024年7月22日", "2024年7月", "2024年7月"),
    ],
)
def test_dates_and_months_as_the_reader_writes_them(language, date, month, short_month):
    local = Localiser(language)
    assert local.date("2024-07-22") == date
    assert local.month("2024-07") == month
    assert local.short_month("2024-07") == short_month


def test_a_date_at_the_start_of_a_year_and_a_month_with_one_digit():
    assert Localiser("de").date("2025-01-05") == "5. Januar 2025"
    assert Localiser("zh").date("2025-01-05") == "2025年1月5日"
    assert Localiser("en").month("2025-12") == "December 2025"


@pytest.mark.parametrize(("language", "expected"), [("en", "1,234,567"), ("de", "1.234.567"), ("zh", "1,234,567")])
def test_large_numbers_are_grouped_the_language_s_way(language, expected):
    assert Localiser(language).number(1234567) == expected
    assert Localiser(language).number(999) == "999"


@pytest.mark.parametrize(
    ("language", "none", "one", "two"),
    [
        ("en", "0 articles", "1 article", "2 articles"),
        ("de", "0 Artikeln", "1 Artikel", "2 Artikeln"),
        ("zh", "0 篇文章", "1 篇文章", "2 篇文章"),
    ],
)
def test_the_plural_form_follows_the_count(language, none, one, two):
    local = Localiser(language)
    forms = ARTICLES[language]
    assert [local.plural(forms, n).format(count=n) for n in (0, 1, 2)] == [none, one, two]


def test_each_language_needs_its_own_plural_forms():
    assert required_plural_forms("en") == required_plural_forms("de") == {"one", "other"}
    assert required_plural_forms("zh") == {"other"}


def test_a_plural_text_is_told_apart_from_a_section_of_texts():
    assert is_plural({"one": "a", "other": "b"}) and is_plural({"other": "b"})
    assert not is_plural({"one": "a"})  # no `other`
    assert not is_plural({"feed": "Feed", "other": "b"})  # a section that has a key named other
    assert not is_plural("text")


def test_one_localiser_per_language():
    assert localiser("de") is localiser("de") and localiser("de").language == "de"


def test_the_visible_date_keeps_its_iso_date_for_machines():
    assert time_element("22. Juli 2024", "2024-07-22") == '<time datetime="2024-07-22">22. Juli 2024</time>'
    assert time_element("ohne Datum", None) == "ohne Datum"
