"""build_scripts/evaluate.py: the cleaner on real pages (tests/fixtures/realpages, text copies and saved HTML)
and on scraped articles from sites no rule was written for (tests/fixtures/scrapes, scrapes-unseen, written
after the cleaner was tuned on the first set, and scrapes-third to scrapes-ninth, written on 2026-12-03 and 04) stays
above its floors."""

import subprocess
import sys

import pytest
import yaml

from build_scripts.evaluate import (
    REAL_PAGES,
    SCRAPES,
    Converter,
    load_page_labels,
    report,
    same_author,
    same_title,
    score_pages,
    score_scrapes,
    trafilatura_alone,
)

# the scrape sets written after the first, in order
HELD_OUT = (
    "unseen",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
    "thirty-second",
    "thirty-third",
    "thirty-fourth",
    "thirty-fifth",
    "thirty-sixth",
    "thirty-seventh",
    "thirty-eighth",
    "thirty-ninth",
    "fortieth",
    "forty-first",
    "forty-second",
    "forty-third",
    "forty-fourth",
    "forty-fifth",
    "forty-sixth",
    "forty-seventh",
    "forty-eighth",
    "forty-ninth",
    "fiftieth",
    "fifty-first",
    "fifty-second",
    "fifty-third",
    "fifty-fourth",
    "fifty-fifth",
    "fifty-sixth",
    "fifty-seventh",
    "fifty-eighth",
    "fifty-ninth",
    "sixtieth",
    "sixty-first",
    "sixty-second",
    "sixty-third",
    "sixty-fourth",
    "sixty-fifth",
    "sixty-sixth",
    "sixty-seventh",
    "sixty-eighth",
    "sixty-ninth",
    "seventieth",
    "seventy-first",
    "seventy-second",
    "seventy-third",
    "seventy-fourth",
    "seventy-fifth",
    "seventy-sixth",
    "seventy-seventh",
    "seventy-eighth",
    "seventy-ninth",
    "eightieth",
    "eighty-first",
    "eighty-second",
    "eighty-third",
    "eighty-fourth",
    "eighty-fifth",
    "eighty-sixth",
    "eighty-seventh",
    "eighty-eighth",
    "eighty-ninth",
    "ninetieth",
    "ninety-first",
    "ninety-second",
    "ninety-third",
    "ninety-fourth",
    "ninety-fifth",
    "ninety-sixth",
    "ninety-seventh",
    "ninety-eighth",
    "ninety-ninth",
    "hundredth",
    "hundred-first",
    "hundred-second",
    "hundred-third",
    "hundred-fourth",
    "hundred-fifth",
    "hundred-sixth",
    "hundred-seventh",
    "hundred-eighth",
    "hundred-ninth",
    "hundred-tenth",
    "hundred-eleventh",
    "hundred-twelfth",
    "hundred-thirteenth",
    "hundred-fourteenth",
    "hundred-fifteenth",
    "hundred-sixteenth",
    "hundred-seventeenth",
    "hundred-eighteenth",
    "hundred-nineteenth",
    "hundred-twentieth",
    "hundred-twenty-first",
    "hundred-twenty-second",
    "hundred-twenty-third",
    "hundred-twenty-fourth",
    "hundred-twenty-fifth",
    "hundred-twenty-sixth",
    "hundred-twenty-seventh",
    "hundred-twenty-eighth",
    "hundred-twenty-ninth",
    "hundred-thirtieth",
    "hundred-thirty-first",
    "hundred-thirty-second",
    "hundred-thirty-third",
    "hundred-thirty-fourth",
    "hundred-thirty-fifth",
    "hundred-thirty-sixth",
    "hundred-thirty-seventh",
    "hundred-thirty-eighth",
    "hundred-thirty-ninth",
    "hundred-fortieth",
    "hundred-forty-first",
    "hundred-forty-second",
    "hundred-forty-third",
    "hundred-forty-fourth",
    "hundred-forty-fifth",
    "hundred-forty-sixth",
    "hundred-forty-seventh",
    "hundred-forty-eighth",
    "hundred-forty-ninth",
    "hundred-fiftieth",
    "hundred-fifty-first",
    "hundred-fifty-second",
    "hundred-fifty-third",
    "hundred-fifty-fourth",
    "hundred-fifty-fifth",
    "hundred-fifty-sixth",
    "hundred-fifty-seventh",
    "hundred-fifty-eighth",
    "hundred-fifty-ninth",
    "hundred-sixtieth",
    "hundred-sixty-first",
    "hundred-sixty-second",
    "hundred-sixty-third",
    "hundred-sixty-fourth",
    "hundred-sixty-fifth",
    "hundred-sixty-sixth",
    "hundred-sixty-seventh",
    "hundred-sixty-eighth",
    "hundred-sixty-ninth",
    "hundred-seventieth",
    "hundred-seventy-first",
    "hundred-seventy-second",
    "hundred-seventy-third",
    "hundred-seventy-fourth",
    "hundred-seventy-fifth",
    "hundred-seventy-sixth",
    "hundred-seventy-seventh",
    "hundred-seventy-eighth",
    "hundred-seventy-ninth",
    "hundred-eightieth",
    "hundred-eighty-first",
    "hundred-eighty-second",
    "hundred-eighty-third",
    "hundred-eighty-fourth",
    "hundred-eighty-fifth",
    "hundred-eighty-sixth",
    "hundred-eighty-seventh",
    "hundred-eighty-eighth",
    "hundred-eighty-ninth",
    "hundred-ninetieth",
    "hundred-ninety-first",
    "hundred-ninety-second",
    "hundred-ninety-third",
    "hundred-ninety-fourth",
    "hundred-ninety-fifth",
    "hundred-ninety-sixth",
    "hundred-ninety-seventh",
    "hundred-ninety-eighth",
    "hundred-ninety-ninth",
    "two-hundredth",
    "two-hundred-first",
    "two-hundred-second",
    "two-hundred-third",
    "two-hundred-fourth",
    "two-hundred-fifth",
    "two-hundred-sixth",
    "two-hundred-seventh",
    "two-hundred-eighth",
    "two-hundred-ninth",
    "two-hundred-tenth",
    "two-hundred-eleventh",
    "two-hundred-twelfth",
    "two-hundred-thirteenth",
    "two-hundred-fourteenth",
    "two-hundred-fifteenth",
    "two-hundred-sixteenth",
    "two-hundred-seventeenth",
    "two-hundred-eighteenth",
    "two-hundred-nineteenth",
    "two-hundred-twentieth",
    "two-hundred-twenty-first",
    "two-hundred-twenty-second",
    "two-hundred-twenty-third",
    "two-hundred-twenty-fourth",
    "two-hundred-twenty-fifth",
    "two-hundred-twenty-sixth",
    "two-hundred-twenty-seventh",
    "two-hundred-twenty-eighth",
    "two-hundred-twenty-ninth",
    "two-hundred-thirtieth",
    "two-hundred-thirty-first",
    "two-hundred-thirty-second",
    "two-hundred-thirty-third",
    "two-hundred-thirty-fourth",
    "two-hundred-thirty-fifth",
    "two-hundred-thirty-sixth",
    "two-hundred-thirty-seventh",
    "two-hundred-thirty-eighth",
    "two-hundred-thirty-ninth",
    "two-hundred-fortieth",
    "two-hundred-forty-first",
    "two-hundred-forty-second",
    "two-hundred-forty-third",
    "two-hundred-forty-fourth",
    "two-hundred-forty-fifth",
    "two-hundred-forty-sixth",
    "two-hundred-forty-seventh",
    "two-hundred-forty-eighth",
    "two-hundred-forty-ninth",
    "two-hundred-fiftieth",
    "two-hundred-fifty-first",
    "two-hundred-fifty-second",
    "two-hundred-fifty-third",
    "two-hundred-fifty-fourth",
    "two-hundred-fifty-fifth",
    "two-hundred-fifty-sixth",
    "two-hundred-fifty-seventh",
    "two-hundred-fifty-eighth",
    "two-hundred-fifty-ninth",
    "two-hundred-sixtieth",
    "two-hundred-sixty-first",
    "two-hundred-sixty-second",
    "two-hundred-sixty-third",
    "two-hundred-sixty-fourth",
    "two-hundred-sixty-fifth",
    "two-hundred-sixty-sixth",
    "two-hundred-sixty-seventh",
    "two-hundred-sixty-eighth",
    "two-hundred-sixty-ninth",
    "two-hundred-seventieth",
    "two-hundred-seventy-first",
    "two-hundred-seventy-second",
    "two-hundred-seventy-third",
    "two-hundred-seventy-fourth",
    "two-hundred-seventy-fifth",
    "two-hundred-seventy-sixth",
    "two-hundred-seventy-seventh",
    "two-hundred-seventy-eighth",
    "two-hundred-seventy-ninth",
    "two-hundred-eightieth",
    "two-hundred-eighty-first",
    "two-hundred-eighty-second",
)


@pytest.fixture(scope="module")
def tallies():
    convert = Converter()
    found = score_pages(REAL_PAGES, load_page_labels(REAL_PAGES, []), convert)
    found.update(score_scrapes(SCRAPES, convert))
    for name in HELD_OUT:
        found.update(score_scrapes(SCRAPES.parent / f"scrapes-{name}", convert, name))
    print("\n" + report(found))
    return found


def test_saved_pages_come_out_better_than_from_trafilatura_alone(tallies):
    """Main text F1 and titles, per language, on the same saved pages."""
    baseline = score_pages(REAL_PAGES, load_page_labels(REAL_PAGES, []), trafilatura_alone, ("html",))
    for language in ("de", "en", "zh"):
        ours, theirs = tallies[(language, "html")].scores(), baseline[(language, "html")].scores()
        assert (ours["f1"], ours["title"]) > (theirs["f1"], theirs["title"]), language
        assert ours["f1"] >= theirs["f1"] and ours["title"] >= theirs["title"], language


@pytest.mark.parametrize("kind", ["txt", "html", "scrape", *HELD_OUT])
def test_scores_stay_above_the_floors(tallies, kind):
    floors = yaml.safe_load((REAL_PAGES / "floors.yml").read_text("utf-8"))[kind]
    below = {
        (language, name): (round(tallies[(language, kind)].scores()[name], 3), floor)
        for language, names in floors.items()
        for name, floor in names.items()
        if tallies[(language, kind)].scores()[name] < floor
    }
    assert below == {}


def test_every_committed_page_is_scored_in_both_kinds(tallies):
    assert {language: tallies[(language, "txt")].pages for language in ("de", "en", "zh")} == {
        "de": 8,
        "en": 8,
        "zh": 8,
    }
    assert tallies[("zh", "html")].pages == 8


def test_titles_and_bylines_compare_as_a_reader_would():
    assert same_title("„Kaeser verarscht Neubauer“", "Kaeser verarscht Neubauer")
    assert not same_title("Zum Inhalt springen", "Kaeser verarscht Neubauer")
    assert same_author(["Lars Fischer", "Alina Schadwinkel"], "Lars Fischer und Alina Schadwinkel")
    assert not same_author(["Lars Fischer"], "Lars Fischer und Alina Schadwinkel")


@pytest.mark.parametrize("folder", [SCRAPES, *(SCRAPES.parent / f"scrapes-{name}" for name in HELD_OUT)])
def test_every_line_of_every_scrape_is_labelled_once(folder):
    checker = SCRAPES / "check_labels.py"
    done = subprocess.run([sys.executable, str(checker), str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_line_labelled_both_chrome_and_article_counts_as_kept_chrome_only_when_it_stands_once_more():
    from build_scripts.evaluate import _kept_line

    heading = "serienstart fruhestens 2029"  # a table of contents' entry, and the sub-heading it repeats
    assert not _kept_line(heading, ["the paragraph", heading], as_article=1)
    assert _kept_line(heading, [heading, "the paragraph", heading], as_article=1)
    assert _kept_line(heading, [heading], as_article=0)
