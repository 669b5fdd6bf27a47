"""A web archive's capture header above the page it saved is the archive's, never the page's."""

from build_scripts.archives import without_archive_header

WAYBACK = [
    "Kempten: Käserei setzt auf künstliche Intelligenz | Allgäuer Zeitung",
    "The Wayback Machine - https://web.archive.org/web/20270304081522/https://www.allgaeuer-zeitung.de/a.html",
    "Go",
    "3 captures",
    "04 Mar 2027 - 19 Apr 2027",
    "About this capture",
    "TIMESTAMPS",
    "Zum Hauptinhalt springen",
    "Allgäuer Zeitung",
]


def test_the_header_runs_from_its_opening_line_to_its_last_closing_line(settings):
    lines, header = without_archive_header(WAYBACK, settings.archive_opens, settings.archive_closes)
    assert lines == [WAYBACK[0], "Zum Hauptinhalt springen", "Allgäuer Zeitung"]  # the saved page's tab title stays
    assert header == WAYBACK[1:7]


def test_archive_today_and_a_national_librarys_archive(settings):
    today = [
        "A headline | The Australian",
        "archive.today",
        "webpage capture",
        "Saved from",
        "https://x.au/a",
        "25 Mar 2027 01:12:47 UTC",
        "report bug or abuse",
        "Buy me a coffee",
        "Skip to navigation",
    ]
    lines, header = without_archive_header(today, settings.archive_opens, settings.archive_closes)
    assert lines == [today[0], "Skip to navigation"]
    library = [
        "標題 - EE Times Taiwan",
        "國家圖書館 臺灣網站典藏庫",
        "典藏日期：2027-03-02 11:48:06",
        "回典藏庫首頁",
        "EE Times Taiwan",
    ]
    assert without_archive_header(library, settings.archive_opens, settings.archive_closes)[0] == [
        library[0],
        library[4],
    ]


def test_no_archive_no_header_and_an_unclosed_header_is_its_opening_line(settings):
    page = [
        "Zum Hauptinhalt springen",
        "Allgäuer Zeitung",
        "Die Wayback Machine des Internet Archive speichert Seiten.",
    ]
    assert without_archive_header(page, settings.archive_opens, settings.archive_closes) == (page, [])
    unclosed = ["Tab title", "archive.today", "Allgäuer Zeitung", "Zum Hauptinhalt springen"]
    lines, header = without_archive_header(unclosed, settings.archive_opens, settings.archive_closes)
    assert (lines, header) == (["Tab title", "Allgäuer Zeitung", "Zum Hauptinhalt springen"], ["archive.today"])
    late = ["a", "b", "c", "d", "e", "archive.today", "TIMESTAMPS"]  # below the first five lines: the page's own
    assert without_archive_header(late, settings.archive_opens, settings.archive_closes) == (late, [])
