"""Incremental site builds (build_scripts/site.py, incremental.py, hooks/site.py): after a change, a build renders
only what changed and indexes only the search bundles that changed, and the site it leaves is byte for byte the
site a clean build of the same docs makes; nothing changed is no build at all; a failed build leaves the
previous site and its state. The real MkDocs, Material, static-i18n and Pagefind, on a small synthetic corpus."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from build_scripts.bench.corpus import generate_corpus
from build_scripts.pipeline import convert
from build_scripts.site import (
    PAGES_FILE,
    SITE_INPUTS,
    SiteBuildError,
    build_site,
    docs_hashes,
    load_state,
    site_fingerprint,
    state_path,
)

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocs_static_i18n")
pytest.importorskip("pagefind")

N = 8
LANGUAGES = ("en", "de", "zh")


def _files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _assert_same(incremental: Path, clean: Path) -> None:
    first, second = _files(incremental), _files(clean)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def _about(docs: Path, link: str = "") -> None:
    """A hand-written page in the navigation, in every language, optionally linking to a generated page."""
    for suffix in ("", ".de", ".zh"):
        (docs / f"about{suffix}.md").write_text(f"# About\n\nThe atlas.{link}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    work = tmp_path_factory.mktemp("incremental")
    generate_corpus(work / "seeds", N, seed=3, languages=LANGUAGES)
    convert(work / "seeds", work / "docs", work / "cache")
    _about(work / "docs")
    return work


def test_a_change_rebuilds_only_what_it_touches_and_equals_a_clean_build(corpus):
    docs, site = corpus / "docs", corpus / "site"
    first = build_site(docs, site, strict=True)
    assert not first.unchanged and first.rendered == first.pages and first.rendered["en"] > 3 * N
    assert load_state(site) is not None
    assert all((state_path(site) / PAGES_FILE.format(language=language)).is_file() for language in LANGUAGES)

    again = build_site(docs, site, strict=True)
    assert again.unchanged and again.rendered == {} and again.pagefind == {}

    # one article added, one hand-written page edited in German only, one article removed
    generate_corpus(corpus / "seeds", 1, seed=3, languages=LANGUAGES, start=N)
    removed = sorted((corpus / "seeds").iterdir())[0]
    removed.unlink()
    convert(corpus / "seeds", docs, corpus / "cache")
    _about(docs)
    (docs / "about.de.md").write_text("# Über\n\nDer Atlas, neu.\n", encoding="utf-8")
    incremental = build_site(docs, site, strict=True)
    for language in LANGUAGES:
        assert 0 < incremental.rendered[language] < incremental.pages[language] / 2, incremental.rendered
    assert incremental.rendered["de"] == incremental.rendered["en"] + 1  # the German about page too

    build_site(docs, corpus / "clean", strict=True)
    _assert_same(site, corpus / "clean")

    # a page of one language: one page rendered, one search bundle indexed
    (docs / "about.de.md").write_text("# Über\n\nDer Atlas, noch einmal neu.\n", encoding="utf-8")
    edited = build_site(docs, site, strict=True)
    assert edited.rendered == {"en": 0, "de": 1, "zh": 0}
    assert list(edited.pagefind) == ["de/p0-0000"]
    assert edited.search["reused"] == {"en": 2, "de": 1, "zh": 2}


def test_anything_that_can_change_every_page_rebuilds_every_page(corpus, tmp_path):
    docs, site = corpus / "docs", corpus / "site-address"
    build_site(docs, site, strict=True, search=False, site_url="http://127.0.0.1:9001/")
    moved = build_site(docs, site, strict=True, search=False, site_url="http://127.0.0.1:9002/")
    assert not moved.unchanged and moved.rendered == moved.pages
    # the fingerprint covers the configuration, templates, hooks, code and strings
    root = tmp_path / "repo"
    (root / "mkdocs.yml").parent.mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: x\n")
    for folder in SITE_INPUTS:
        (root / folder).mkdir(parents=True)
        (root / folder / "file.txt").write_text("one")
    before = site_fingerprint(root / "mkdocs.yml", "http://x/", True)
    assert site_fingerprint(root / "mkdocs.yml", "http://x/", False) != before
    for folder in SITE_INPUTS:
        (root / folder / "file.txt").write_text("two")
        after = site_fingerprint(root / "mkdocs.yml", "http://x/", True)
        assert after != before, folder
        before = after


def test_a_failed_build_leaves_the_site_and_its_state_and_a_removed_link_target_fails_as_in_a_clean_build(corpus):
    docs, site = corpus / "docs-links", corpus / "site-links"
    shutil.copytree(corpus / "docs", docs)
    catalog = json.loads((docs / "catalog.json").read_text(encoding="utf-8"))
    target = catalog["articles"][0]["id"]
    _about(docs, f" See [an article](articles/{target}.md).")
    build_site(docs, site, strict=True, search=False)
    before, state = _files(site), load_state(site)

    kept = corpus / "kept"
    kept.mkdir()
    for page in (docs / "articles").glob(f"{target}*.md"):  # the linked page goes, the linking page stays
        shutil.move(page, kept / page.name)
    with pytest.raises(SiteBuildError, match="contains a link 'articles/"):
        build_site(docs, site, strict=True, search=False)
    assert _files(site) == before and load_state(site) == state

    for page in kept.iterdir():
        shutil.move(page, docs / "articles" / page.name)
    _about(docs, f" See [the article](articles/{target}.md).")
    fixed = build_site(docs, site, strict=True, search=False)
    assert 0 < fixed.rendered["en"] < fixed.pages["en"]
    build_site(docs, corpus / "clean-links", strict=True, search=False)
    _assert_same(site, corpus / "clean-links")


def test_docs_hashes_cover_every_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.md").write_text("x")
    (tmp_path / ".hidden.json").write_text("{}")
    hashes = docs_hashes(tmp_path)
    assert list(hashes) == [".hidden.json", "a/x.md"]
    assert hashes["a/x.md"] == hashlib.sha256(b"x").hexdigest()


def test_a_language_build_reads_its_own_and_the_default_languages_files():
    from build_scripts.incremental import own_language_files

    paths = ["a.md", "a.de.md", "a.zh.md", "b.zh.md", "catalog.json", "img.de.png", "img.png", "about.de.md"]
    assert own_language_files(paths, "de", "en", ["en", "de", "zh"]) == {
        "a.md",
        "a.de.md",
        "b.zh.md",  # no b.md: static-i18n may need it
        "catalog.json",
        "img.de.png",
        "img.png",
        "about.de.md",
    }
    assert own_language_files(paths, "en", "en", ["en", "de", "zh"]) == {
        "a.md",
        "b.zh.md",
        "catalog.json",
        "img.png",
        "about.de.md",
    }
