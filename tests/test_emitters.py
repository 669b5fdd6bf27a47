"""Page emitters: long listings filed by period and cut into pages of a fixed size, so no page grows with
the corpus and adding an article changes few pages."""

import re
import shutil

import pytest
from conftest import SEEDS

from build_scripts.emitters import EmitOptions
from build_scripts.emitters.shelf import page_count, pager
from build_scripts.paths import PagePath
from build_scripts.pipeline import convert

EXTRA = {  # three short articles more, all on SenseTime, two in the same month, so listings have something to split
    f"sensetime_{day}.txt": f"SenseTime Meldung {day}\n\n{day}.03.2023\n\n"
    "SenseTime hat heute ein neues Modell vorgestellt. "
    "Das Unternehmen aus Shanghai will damit Kunden in der Industrie gewinnen und seine Rechenzentren auslasten. "
    "Analysten erwarten, dass SenseTime im Preiskampf mit anderen Anbietern bestehen kann.\n"
    for day in (11, 12, 13)
}
LINK = re.compile(r"\]\(([^)\s]+\.md)\)")
ONE_A_PAGE = EmitOptions(shelf_page_size=1, top_articles=1)


@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    """The seeds plus EXTRA, converted with one article per page of a period and on an entity's page."""
    root = tmp_path_factory.mktemp("paged")
    shutil.copytree(SEEDS, root / "seeds")
    for name, text in EXTRA.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    report = convert(root / "seeds", root / "docs", root / "cache", options=ONE_A_PAGE)
    assert report.failures == []
    return root / "docs", report.catalog["articles"]


def links(page, rows_only=False):
    lines = page.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.startswith("| ")] if rows_only else lines
    return [(page.parent / target).resolve() for line in lines for target in LINK.findall(line)]


def test_page_count():
    assert (page_count(0, 50), page_count(50, 50), page_count(51, 50)) == (1, 1, 2)


def listed_pages(docs, first, suffix):
    """The pages of a shelf (all periods, all pages) linked from `first`, in link order."""
    found = []
    for target in links(docs / f"{first}{suffix}.md"):
        if (
            target.is_file()
            and target not in found
            and target.parent.name != "articles"
            and target.stem.split(".")[0] != "index"
        ):
            period = target
            found.append(period)
            number = 2
            while (nxt := period.parent / period.stem.split(".")[0] / f"{number}{suffix}.md").is_file():
                found.append(nxt)
                number += 1
    return found


def test_entity_articles_are_filed_by_year_one_page_each(paged):
    docs, articles = paged
    mentioning = {a["id"]: a for a in articles if any(c["id"] == "sensetime" for c in a["companies"])}
    assert len(mentioning) >= 4
    for suffix in ("", ".de", ".zh"):
        pages = [p for p in listed_pages(docs, "companies/sensetime", suffix) if "sensetime/" in p.as_posix()]
        listed = []
        for page in pages:
            targets = [t.stem for t in links(page, rows_only=True)]
            assert len(targets) == 1, page  # the page size
            listed += targets
            year = page.relative_to(docs / "companies/sensetime").parts[0].split(".")[0]
            assert (mentioning[targets[0]]["date"] or "undated").startswith(year)
            assert (docs / "companies/sensetime.md").resolve() in links(page)  # back to the entity
        assert sorted(listed) == sorted(mentioning)


def test_timeline_files_every_article_once_by_month(paged):
    docs, articles = paged
    by_id = {a["id"]: a for a in articles}
    months = [p for p in links(docs / "timeline.md") if p.parent.name == "timeline"]
    order = []
    for month in months:
        period = month.stem
        pages, number = [month], 2
        while (nxt := month.parent / period / f"{number}.md").is_file():
            pages.append(nxt)
            number += 1
        for page in pages:
            ids = [t.stem for t in links(page) if t.parent.name == "articles"]
            assert len(ids) == 1
            assert (by_id[ids[0]]["date"] or "undated").startswith(period)
            order += ids
            for target in links(page):
                assert target.is_file(), f"{page} -> {target}"
    assert sorted(order) == sorted(by_id)
    dates = [by_id[i]["date"] for i in order]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[len(dated) :] == [None] * (len(dates) - len(dated))


def test_adding_an_article_rewrites_only_the_pages_of_its_periods(paged, tmp_path):
    docs, _ = paged
    seeds = docs.parent / "seeds"
    (seeds / "sensetime_14.txt").write_text(EXTRA["sensetime_11.txt"].replace("11", "14"), encoding="utf-8")
    try:
        report = convert(seeds, docs, docs.parent / "cache", options=ONE_A_PAGE)
    finally:
        (seeds / "sensetime_14.txt").unlink()
    written = [p for p in report.written if p.startswith(("timeline/", "companies/sensetime/"))]
    shelf_pages = [p for p in written if p.endswith(".md")]
    assert shelf_pages and all("2023" in p for p in shelf_pages), shelf_pages  # nothing of other periods
    feeds = {"companies/sensetime/feed.xml", "companies/sensetime/feed.de.xml", "companies/sensetime/feed.zh.xml"}
    assert set(written) - set(shelf_pages) == feeds  # its newest articles changed
    assert not [p for p in report.written if p.startswith("timeline/2024") or p.startswith("timeline/undated")]


def test_pager_stays_small_however_many_pages():
    first = PagePath("timeline/2024-03.md")
    assert pager(first, 1, 1, first, "1/1") is None
    sizes = set()
    for total in (7, 70, 700):
        for number in (1, 4, total // 2, total):
            links = pager(first, number, total, first.numbered(number), "label")
            assert links is not None
            numbers = [link["number"] for link in links["links"] if not link["gap"]]
            assert numbers[0] == 1 and numbers[-1] == total and number in numbers
            assert [link for link in links["links"] if link["current"]][0]["number"] == number
            assert (links["previous"] is None) == (number == 1) and (links["next"] is None) == (number == total)
            sizes.add(len(links["links"]))
    assert max(sizes) <= 9


def test_paged_pages_pass_the_strict_site_build(paged, tmp_path):
    pytest.importorskip("mkdocs_static_i18n")
    from build_scripts.site import build_site

    docs, _ = paged
    build_site(docs, tmp_path / "site")  # raises on any MkDocs warning (e.g. a broken pager link)
    page = (tmp_path / "site" / "de" / "timeline" / "2023-03" / "2" / "index.html").read_text(encoding="utf-8")
    assert 'aria-current="page">2</strong>' in page and 'class="atlas-pager"' in page


def test_an_entity_whose_page_lists_all_its_articles_has_no_archive(paged):
    docs, articles = paged
    counts: dict[str, int] = {}
    for article in articles:
        for company in article["companies"]:
            counts[company["id"]] = counts.get(company["id"], 0) + 1
    single = [i for i, n in counts.items() if n == 1]
    assert single
    for company in single:
        assert not list((docs / "companies" / company).rglob("*.md"))  # its folder holds only its feed
        page = (docs / f"companies/{company}.md").read_text(encoding="utf-8")
        assert not re.search(rf"companies/{company}/[^)\s]*\.md", page)  # no link to an archive page


def test_archive_pages_stay_out_of_the_search(paged):
    docs, _ = paged
    archive = next((docs / "companies" / "sensetime").glob("*.md"))
    assert "search:\n  exclude: true\n" in archive.read_text(encoding="utf-8")
    assert "exclude" not in (docs / "companies" / "sensetime.md").read_text(encoding="utf-8").split("---")[1]


ARM = (
    "Neuer Chip von Arm Limited\n\n2024-09-03\n\nDer britische Chipentwickler Arm Limited hat am Dienstag eine neue "
    "Prozessorarchitektur für Rechenzentren vorgestellt. Arm Limited will damit mehr Kunden bei den großen "
    "Cloud-Anbietern gewinnen.\n"
)
SOFTBANK = (
    "SoftBank investiert weiter\n\n2024-09-05\n\nSoftBank hat am Donnerstag angekündigt, weitere Milliarden in "
    "Unternehmen der künstlichen Intelligenz zu investieren. Der Konzern aus Tokio will damit an frühere "
    "Erfolge anknüpfen.\n"
)


def test_an_incremental_build_writes_what_a_build_from_scratch_writes(tmp_path):
    """Arm's page names its parent SoftBank, as a link once SoftBank has a page of its own: the article
    that gives SoftBank its page must rewrite Arm's page, though no article about Arm changed."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "arm.txt").write_text(ARM, encoding="utf-8")
    convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert "softbank.md" not in (tmp_path / "docs" / "companies" / "arm.md").read_text(encoding="utf-8")
    (seeds / "softbank.txt").write_text(SOFTBANK, encoding="utf-8")
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert {"companies/arm.md", "companies/arm.de.md", "companies/arm.zh.md"} <= set(report.written)
    convert(seeds, tmp_path / "fresh", None)
    for page in (tmp_path / "fresh").rglob("*.md"):
        assert page.read_bytes() == (tmp_path / "docs" / page.relative_to(tmp_path / "fresh")).read_bytes(), page


def test_the_home_page_counts_in_each_languages_plural_forms(tmp_path):
    """One article on one company: '1 article … with 1 company', never '1 articles'."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(EXTRA["sensetime_11.txt"], encoding="utf-8")
    convert(tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache")
    english = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    german = (tmp_path / "docs" / "index.de.md").read_text(encoding="utf-8")
    assert "1 article on the AI industry" in english and "1 company" in english
    assert not re.search(r"\b1 (?:articles|companies|people|themes)\b", english)
    assert (
        "1 Artikel über" in german and "1 Unternehmen" in german and not re.search(r"\b1 (?:Personen|Themen)\b", german)
    )
