"""build_scripts/search.py: Pagefind fed in sorted order, the pages of a language split into bundles of bounded
size, bundles whose pages did not change carried over from the previous site, each bundle checked."""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from pathlib import Path

import pytest

from build_scripts.search import (
    BUNDLES,
    UNINDEXED_CLOSE,
    UNINDEXED_OPEN,
    bundle_digest,
    index_search,
    plan_bundles,
    search_digest,
)

pytest.importorskip("pagefind")

PAGE = (
    '<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>'
    "<main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>"
)


def _site(root: Path, order: random.Random) -> Path:
    """A two-language site whose files are created in a shuffled order (directory order follows creation
    order on tmpfs and hashes on ext4)."""
    pages = [
        (f"articles/a{i}/index.html", "en", f"Article {i}", f"Nvidia and AMD, item {i} of the list") for i in range(12)
    ]
    pages += [
        (f"de/articles/a{i}/index.html", "de", f"Artikel {i}", f"Zhipu und Moonshot, Punkt {i}") for i in range(12)
    ]
    order.shuffle(pages)
    for rel, lang, title, text in pages:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(lang=lang, title=title, text=text), encoding="utf-8")
    (root / "index.html").write_text(PAGE.format(lang="en", title="Home", text="not indexed"), encoding="utf-8")
    return root


def _bundle(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "pagefind" in p.parts
    }


def test_the_index_does_not_depend_on_directory_order(tmp_path):
    """On these two folders Pagefind's command line wrote 3 of 26 files differently."""
    shm = Path("/dev/shm")
    other = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() else tmp_path / "other"
    try:
        first = _site(tmp_path / "first", random.Random(1))
        second = _site(other, random.Random(2))
        report = index_search(first, "en", ["en", "de"])
        index_search(second, "en", ["en", "de"])
        assert report.bundles == {"en": 1, "de": 1} and report.pages == {"en": 12, "de": 12}
        bundle = _bundle(first)
        assert "pagefind/a0-0000/pagefind-entry.json" in bundle and "de/pagefind/a0-0000/pagefind-entry.json" in bundle
        assert "pagefind/pagefind-component-ui.js" in bundle and "pagefind/a0-0000/pagefind-ui.js" not in bundle
        assert bundle == _bundle(second)
    finally:
        if other.parent == shm:
            shutil.rmtree(other)


def test_bundles_are_bounded_stable_and_split_by_group():
    articles = [f"articles/a{i}/index.html" for i in range(1000)]
    others = ["about/index.html", *(f"companies/c{i}/index.html" for i in range(30))]
    plan = plan_bundles([*articles, *others], size=300)
    article_bundles = {name: pages for name, pages in plan.items() if name.startswith("a")}
    assert len(article_bundles) == 4  # 1,000 articles: the fewest powers of two with at most 300 on average
    assert sorted(p for pages in article_bundles.values() for p in pages) == sorted(articles)
    assert all(100 < len(pages) < 400 for pages in article_bundles.values())
    assert plan["p0-0000"] == sorted(others)
    assert plan_bundles(list(reversed([*articles, *others])), size=300) == plan  # order does not matter
    # one more article changes one bundle only
    grown = plan_bundles([*articles, "articles/new/index.html", *others], size=300)
    assert [name for name in plan if plan[name] != grown[name]] == [
        next(name for name, pages in grown.items() if "articles/new/index.html" in pages)
    ]
    assert plan_bundles([]) == {"a0-0000": []}  # always an index to load


def test_search_digest_is_what_pagefind_reads():
    page = "<html><body><main data-pagefind-body><p>Text</p>{}</main></body></html>"
    related = UNINDEXED_OPEN + "<h2>Related</h2><ul><li>{}</li></ul>" + UNINDEXED_CLOSE
    assert search_digest(b"<html><body><p>Home</p></body></html>") is None
    one = search_digest(page.format(related.format("one")).encode())
    assert one is not None and one == search_digest(page.format(related.format("another")).encode())
    assert one != search_digest(page.format(related.format("x")).replace("Text", "Other").encode())


def _digests(root: Path, language: str) -> dict[str, str]:
    prefix = "" if language == "en" else f"{language}/"
    pages = {}
    for path in sorted((root / prefix / "articles").rglob("*.html")):
        digest = search_digest(path.read_bytes())
        assert digest is not None
        pages[path.relative_to(root / prefix).as_posix()] = digest
    return pages


def test_unchanged_bundles_are_carried_over_and_the_result_equals_a_clean_index(tmp_path):
    first = _site(tmp_path / "first", random.Random(1))
    report = index_search(first, "en", ["en", "de"], size=4)
    assert report.bundles == {"en": 4, "de": 4} and report.reused == {"en": 0, "de": 0}
    assert (first / "pagefind" / BUNDLES).read_text().startswith('["a2-0000"')
    # the next build: one English article changed
    second = tmp_path / "second"
    shutil.copytree(first, second, ignore=shutil.ignore_patterns("pagefind"))
    changed = second / "articles" / "a3" / "index.html"
    changed.write_text(changed.read_text().replace("Nvidia", "Cambricon"))
    again = index_search(second, "en", ["en", "de"], size=4, previous=first, previous_state=report.state)
    assert again.reused == {"en": 3, "de": 4} and list(again.steps) == [
        next(
            f"en/{name}"
            for name, pages in plan_bundles(_digests(second, "en"), 4).items()
            if any("a3/" in p for p in pages)
        )
    ]
    clean = tmp_path / "clean"
    shutil.copytree(second, clean, ignore=shutil.ignore_patterns("pagefind"))
    index_search(clean, "en", ["en", "de"], size=4)
    assert _bundle(second) == _bundle(clean)
    # the digests given by the caller (as site.py does) give the same
    given = {language: _digests(second, language) for language in ("en", "de")}
    assert index_search(second, "en", ["en", "de"], size=4, digests=given).state == again.state
    assert again.state["languages"]["en"] == {
        name: bundle_digest("en", given["en"], pages) for name, pages in plan_bundles(given["en"], 4).items()
    }


def test_pagefind_is_given_the_html_tag_title_and_body_element_and_indexes_them_as_the_whole_page(
    tmp_path, monkeypatch
):
    from build_scripts import search

    page = (
        b'<!doctype html><html lang="de" class="no-js"><head><meta charset="utf-8"><title>T</title>'
        b"<script>x()</script></head><body><nav>Menu</nav><article><div data-pagefind-body><h1 id=h>H</h1>"
        b"<div>inner</div><p>Text</p></div><p>after</p></article><footer>F</footer></body></html>"
    )
    assert search.search_document(page) == (
        b'<!doctype html><html lang="de" class="no-js"><head><title>T</title></head><body>'
        b"<div data-pagefind-body><h1 id=h>H</h1><div>inner</div><p>Text</p></div></body></html>"
    )
    speaks = page.replace(b"<footer>", b"<footer data-pagefind-meta='x'>")
    assert search.search_document(speaks) == speaks  # the whole page when Pagefind reads more of it
    unclosed = b"<html><body><div data-pagefind-body><p>open</body></html>"
    assert search.search_document(unclosed) == unclosed
    assert search.search_document(b"<html><body><p>x</p></body></html>") is None

    def bundle(root: Path) -> dict[str, str]:
        return {
            p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*")
            if p.is_file()
        }

    site = _site(tmp_path / "site", random.Random(3))
    pages = sorted(p.relative_to(site).as_posix() for p in (site / "articles").rglob("*.html"))
    search.index_bundle(site, "en", pages, tmp_path / "trimmed")
    monkeypatch.setattr(search, "search_document", lambda html: html)
    search.index_bundle(site, "en", pages, tmp_path / "whole")
    assert bundle(tmp_path / "trimmed") == bundle(tmp_path / "whole")
