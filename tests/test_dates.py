import pytest

from build_scripts.dates import find_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-07-22", "2024-07-22"),
        ("22.07.2024", "2024-07-22"),
        ("2024年5月21日", "2024-05-21"),
        ("2024/10/30", "2024-10-30"),
        ("March 5, 2024", "2024-03-05"),
        ("5. März 2024", "2024-03-05"),
        ("Published on March 5, 2024", "2024-03-05"),
        ("2024.10.16 14:32", "2024-10-16"),
        ("330 天前", None),
        ("vor 3 Tagen", None),
        ("3 days ago", None),
        ("12月14日", None),  # no year: not a date we can trust
        ("3236", None),
        ("1999-02-31", None),
        ("03.09.2023", "2023-09-03"),  # day first, also when the day could be a month
        ("Am 03.09.2023 um 10 Uhr", "2023-09-03"),
        ("2024年12月3日", "2024-12-03"),
        ("01.21.2020 07:00 AM", "2020-01-21"),  # a US site's dots, month first: the only order that is a date
        ("13.25.2020", None),
        ("November 23, 20265:00 AM ET", "2026-11-23"),  # a copy lost the space between the year and the time
        ("November 23, 202650 Kommentare", None),
        ("Veröffentlicht am 19.11.26 um 06:30 Uhr", "2026-11-19"),  # a two-digit year
        ("Version 2.10.15.3", None),
        ("by Dana Mercer - 11/19/26 6:00 AM ET", "2026-11-19"),  # two-digit year, month first in English
        ("Sep - 21 - 2027 , 07:15", "2027-09-21"),  # a month's name and dashes between the parts
        ("21-Sep-2027", "2027-09-21"),
        ("COVID-19 2020", None),
        ("March 3-5, 2025", None),  # a span of days
        ("星期二, 8月 17, 2027", "2027-08-17"),  # a Chinese month in a Western order, as a blog theme prints it
        ("週一, 30 八月 2027 18:20", "2027-08-30"),  # a month in Chinese numerals between day and year
        ("8月17日", None),  # still no year
        ("14 September,2027 06:41 AM IST | Mumbai | Ritika Desai", "2027-09-14"),  # no space after the comma
        ("September 14,2027", "2027-09-14"),
        ("19·11·26 | 06:00 | Aktualisiert um 12:47", "2026-11-19"),  # middle dots, as Spanish papers' sites print them
        ("19·11·2026", "2026-11-19"),
        ("116/06/17 14:35", "2027-06-17"),  # a year of the Republic of China before the time of day
        ("116/06/17", None),  # without a time: no date we can trust
    ],
)
def test_absolute_dates_only(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


def test_slashed_dates_follow_the_language():
    assert find_date("03/09/2023", "en") == ("2023-03-09", "03/09/2023")
    assert find_date("03/09/2023", "de") == ("2023-09-03", "03/09/2023")


def test_a_day_past_twelve_decides_the_order_of_slashes_too():
    assert find_date("25/12/2020", "en") == ("2020-12-25", "25/12/2020")
    assert find_date("12/25/2020", "de") == ("2020-12-25", "12/25/2020")
    assert find_date("11-20-2026", "en") == ("2026-11-20", "11-20-2026")  # dashes as slashes
    assert find_date("03-09-2023", "de") == ("2023-09-03", "03-09-2023")


def test_slashed_two_digit_years_follow_the_language_too():
    found = find_date("Gesundheit Angst 30/10/23", "de")
    assert found is not None and found[0] == "2023-10-30"


def test_a_range_of_days_is_an_events_dates_no_publications():
    assert find_date("1-4 March 2027") is None
    assert find_date("12. – 16. April 2027") is None
    assert find_date("23. – 25.11.2027 | Nürnberg") is None
    assert find_date("2027年6月1日至4日") is None
    assert find_date("WOZ Nr. 19 – 13. Mai 2027") == ("2027-05-13", "13. Mai 2027")  # an issue's number, no range
    assert find_date("02 Mar 2027") == ("2027-03-02", "02 Mar 2027")


def test_a_time_zone_of_a_day_first_country_puts_the_day_first_on_an_english_page():
    assert find_date("Created: 11-03-2027 18:42 IST", "en") == ("2027-03-11", "11-03-2027")
    assert find_date("03/11/2027 10:00 GMT", "en") == ("2027-11-03", "03/11/2027")
    assert find_date("11-03-2027 6:42 PM EST", "en") == ("2027-11-03", "11-03-2027")  # an American zone: month first
    found = find_date("Updated 12-03-2027 | 11-03-2027 09:10 IST")
    assert found is not None and found[0] == "2027-12-03"  # a zone speaks only for the date before it


def test_a_month_names_dot_may_stand_right_before_the_day():
    assert find_date("Posted on : Nov.3,2027 16:47 KST", "en") == ("2027-11-03", "Nov.3,2027")


def test_taiwans_minguo_years_count_from_1912():
    assert find_date("民國116年5月20日") == ("2027-05-20", "民國116年5月20日")
    assert find_date("中央社記者蘇宜瑾攝 116年5月14日") == ("2027-05-14", "116年5月14日")
    assert find_date("發布日期：116-05-20") == ("2027-05-20", "116-05-20")
    assert find_date("電話：110-12-31") is None  # no date's label before it
