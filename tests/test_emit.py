"""Page emitters: long listings split into pages of a fixed size, so no page grows with the corpus."""

import re
import shutil

import pytest

from build_scripts import emit
from build_scripts.emit import View, page_count, paged_path
from build_scripts.pipeline import convert
from build_scripts.strings import load_strings

from conftest import SEEDS

EXTRA = {  # three short dated articles more, all on SenseTime, so listings have something to split
    f"sensetime_{day}.txt": f"SenseTime Meldung {day}\n\n{day}.03.2023\n\nSenseTime hat heute ein neues Modell vorgestellt. "
    "Das Unternehmen aus Shanghai will damit Kunden in der Industrie gewinnen und seine Rechenzentren auslasten. "
    "Analysten erwarten, dass SenseTime im Preiskampf mit anderen Anbietern bestehen kann.\n"
    for day in (11, 12, 13)
}
LINK = re.compile(r"\]\(([^)\s]+\.md)\)")


@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    """The seeds plus EXTRA, converted with one article per entity listing page and two per timeline page."""
    root = tmp_path_factory.mktemp("paged")
    shutil.copytree(SEEDS, root / "seeds")
    for name, text in EXTRA.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(emit, "LISTING_PAGE_SIZE", 1)
        patch.setattr(emit, "TIMELINE_PAGE_SIZE", 2)
        report = convert(root / "seeds", root / "docs", None)
    assert report.failures == []
    return root / "docs", report.catalog["articles"]


def links(page, rows_only=False):
    lines = page.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.startswith("| ")] if rows_only else lines
    return [(page.parent / target).resolve() for line in lines for target in LINK.findall(line)]


def test_paged_path_and_page_count():
    assert paged_path("companies/x.md", 1) == "companies/x.md"
    assert paged_path("companies/x.md", 3) == "companies/x/3.md"
    assert (page_count(0, 50), page_count(50, 50), page_count(51, 50)) == (1, 1, 2)


def test_entity_articles_are_listed_on_numbered_pages_in_every_language(paged):
    docs, articles = paged
    mentioning = [a for a in articles if any(c["id"] == "sensetime" for c in a["companies"])]
    assert len(mentioning) >= 4
    for suffix in ("", ".de", ".zh"):
        pages = [docs / f"companies/sensetime{suffix}.md"] + [docs / f"companies/sensetime/{n}{suffix}.md"
                                                               for n in range(2, len(mentioning) + 1)]
        listed = []
        for page in pages:
            targets = [t for t in links(page, rows_only=True) if t.parent.name == "articles"]
            assert len(targets) == 1, page  # one article per page (the listing's size)
            listed += targets
            assert (docs / "companies/sensetime.md").resolve() in links(page) or page == pages[0]
        assert sorted(t.stem for t in listed) == sorted(a["id"] for a in mentioning)
        assert not (docs / f"companies/sensetime/{len(mentioning) + 1}{suffix}.md").exists()


def test_timeline_pages_hold_every_article_once_newest_first(paged):
    docs, articles = paged
    count = page_count(len(articles), 2)
    order = []
    for number in range(1, count + 1):
        page = docs / paged_path("timeline.md", number)
        order += [t.stem for t in links(page) if t.parent.name == "articles" and t.stem not in order]
        for target in links(page):
            assert target.is_file(), f"{page} -> {target}"
    by_id = {a["id"]: a for a in articles}
    assert sorted(order) == sorted(by_id)
    dates = [by_id[i]["date"] for i in order]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[len(dated):] == [None] * (len(dates) - len(dated))


def test_pager_stays_small_however_many_pages():
    from build_scripts.knowledge import Knowledge

    view = View(Knowledge([], {}, {}, None), load_strings()["en"], "en")
    assert view.pager("timeline.md", 1, 1, "timeline.md") is None
    sizes = set()
    for total in (7, 70, 700):
        for number in (1, 4, total // 2, total):
            pager = view.pager("timeline.md", number, total, paged_path("timeline.md", number))
            numbers = [link["number"] for link in pager["links"] if not link["gap"]]
            assert numbers[0] == 1 and numbers[-1] == total and number in numbers
            assert [link for link in pager["links"] if link["current"]][0]["number"] == number
            assert (pager["previous"] is None) == (number == 1) and (pager["next"] is None) == (number == total)
            sizes.add(len(pager["links"]))
    assert max(sizes) <= 9


def test_paged_pages_pass_the_strict_site_build(paged, tmp_path):
    pytest.importorskip("mkdocs_static_i18n")
    from build_scripts.site import build_site

    docs, _ = paged
    build_site(docs, tmp_path / "site")  # raises on any MkDocs warning (e.g. a broken pager link)
    page = (tmp_path / "site" / "de" / "companies" / "sensetime" / "2" / "index.html").read_text(encoding="utf-8")
    assert 'aria-current="page">2</strong>' in page and 'class="atlas-pager"' in page
