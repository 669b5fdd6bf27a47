"""build_scripts/site.py and hooks/site.py: the languages and address of mkdocs.yml, the sitemap index,
which pages the search indexes, and the build's error reporting. (The whole site is built and read in a
browser by tests/e2e/.)"""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.site import (
    MKDOCS_CONFIG,
    SiteBuildError,
    _write_sitemap,
    build_site,
    site_address,
    site_languages,
    sitemap_index,
)

ROOT = Path(__file__).resolve().parent.parent


def _hook():
    pytest.importorskip("mkdocs")
    spec = importlib.util.spec_from_file_location("atlas_site_hook", ROOT / "hooks" / "site.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_site_languages_come_from_the_i18n_plugin():
    assert site_languages(MKDOCS_CONFIG) == ("en", ["en", "de", "zh"])


def test_site_languages_without_i18n(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nsite_url: !ENV [SITE_URL, 'http://x/']\nplugins: [search]\n", encoding="utf-8")
    with pytest.raises(SiteBuildError):
        site_languages(config)


def test_site_address_follows_mkdocs(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert site_address(MKDOCS_CONFIG) == "http://127.0.0.1:8000/"  # mkdocs.yml's default
    monkeypatch.setenv("SITE_URL", "https://example.org/atlas")
    assert site_address(MKDOCS_CONFIG) == "https://example.org/atlas/"
    assert site_address(MKDOCS_CONFIG, "http://127.0.0.1:9/") == "http://127.0.0.1:9/"


def test_sitemap_index_lists_the_language_sitemaps():
    index = sitemap_index(["http://x/sitemap-en.xml", "http://x/sitemap-de.xml?a=1&b=2"])
    root = ET.fromstring(index)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")] == [
        "http://x/sitemap-en.xml",
        "http://x/sitemap-de.xml?a=1&b=2",
    ]


def test_write_sitemap_keeps_the_gzip_timestamp(tmp_path):
    path = tmp_path / "sitemap.xml"
    with gzip.GzipFile(tmp_path / "sitemap.xml.gz", "wb", mtime=1_700_000_000) as out:
        out.write(b"old")
    _write_sitemap(path, "new")
    data = (tmp_path / "sitemap.xml.gz").read_bytes()
    assert int.from_bytes(data[4:8], "little") == 1_700_000_000
    assert gzip.decompress(data) == b"new"
    _write_sitemap(path, "new")
    assert (tmp_path / "sitemap.xml.gz").read_bytes() == data


@pytest.mark.parametrize(
    "parts, indexed",
    [
        (["articles", "x"], True),
        (["companies", "deepseek"], True),
        (["people", "lee-kai-fu"], True),
        (["themes", "scaling-laws"], True),
        (["about"], True),
        (["companies"], False),  # section indexes list everything: not indexed
        (["timeline"], False),
        ([], False),  # home page
    ],
)
def test_what_the_search_indexes(parts, indexed):
    assert _hook().searchable(parts) is indexed


def test_a_failing_build_raises_with_mkdocs_output(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocs_static_i18n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\n[broken](missing.md)\n", encoding="utf-8")
    with pytest.raises(SiteBuildError) as error:
        build_site(docs, tmp_path / "site", strict=True, search=False)
    assert "missing.md" in error.value.output
    assert not (tmp_path / "site").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-build-")]  # no work folder left


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_front_matter_prints_as_its_text_in_any_theme_template(text):
    """Material prints page.meta.title raw (autoescape off): after the hook, printing it raw or escaped, alone or
    joined, shows exactly the text and never opens a tag."""
    jinja2 = pytest.importorskip("jinja2")
    meta = _hook().html_safe({"title": text, "authors": [text, text], "search": {"exclude": True}})
    env = jinja2.Environment(autoescape=False)
    raw = env.from_string("{{ meta.title }}").render(meta=meta)
    escaped = env.from_string("{{ meta.title | e }}").render(meta=meta)
    joined = env.from_string("{{ meta.authors | map('e') | join(', ') }}").render(meta=meta)
    assert html.unescape(raw) == text and raw == escaped
    assert html.unescape(joined) == f"{text}, {text}"
    assert "<" not in raw + joined and '"' not in raw
    assert meta["search"] == {"exclude": True}


def test_the_switch_exchanges_the_folders_atomically(tmp_path):
    from build_scripts.site import switch

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "old.html").write_text("old")
    work = tmp_path / ".site-build-x"
    (work / "merged").mkdir(parents=True)
    (work / "merged" / "new.html").write_text("new")
    switch(work / "merged", tmp_path / "site", work)
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["new.html"]
    assert [p.name for p in (work / "merged").iterdir()] == ["old.html"]  # goes with the work folder


def test_a_two_rename_switch_killed_half_way_is_undone_at_the_next_start(tmp_path, monkeypatch):
    from build_scripts import site

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "old.html").write_text("old")
    work = tmp_path / ".site-build-x"
    (work / "merged").mkdir(parents=True)
    monkeypatch.setattr(site, "_exchange", lambda first, second: False)  # a filesystem without RENAME_EXCHANGE
    rename = os.rename

    def killed_after_the_first(source, target):
        rename(source, target)
        if Path(target).name == site.PREVIOUS:
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "rename", killed_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        site.switch(work / "merged", tmp_path / "site", work)
    monkeypatch.setattr(os, "rename", rename)
    assert not (tmp_path / "site").exists()
    site.recover(tmp_path / "site")
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["old.html"]
    assert not work.exists()


def test_lastmod_is_the_article_date_or_nothing():
    import datetime as dt

    hook = _hook()

    class Page:
        update_date: str  # set by the hook

        def __init__(self, date: dt.date | None):
            self.meta = {"date": date}

    dated, undated = Page(dt.date(2024, 7, 22)), Page(None)
    for page in (dated, undated):
        hook.on_page_markdown("", page, None, None)
    assert dated.update_date == "2024-07-22"
    assert not undated.update_date  # the sitemap template leaves lastmod out
    assert max(dated.update_date, undated.update_date) == "2024-07-22"  # MkDocs' gzip timestamp


def test_an_empty_index_file_fails_the_build(tmp_path):
    from build_scripts.search import _check_bundle

    (tmp_path / "pagefind-entry.json").write_text("{}")
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "en_1.pf_index").write_bytes(b"")
    with pytest.raises(SiteBuildError, match=r"pagefind \(en\) wrote 1 empty files \(disk full\?\)"):
        _check_bundle(tmp_path, "en")
    with pytest.raises(SiteBuildError, match="wrote no pagefind/pagefind-entry.json"):
        _check_bundle(tmp_path / "index", "en")


def test_the_hook_gives_the_templates_the_frame_texts_of_the_language_built():
    class Config:
        theme = {"language": "de"}

    assert _hook()._texts(Config())["not_found"] == "Seite nicht gefunden"


def _entity_docs(docs: Path) -> None:
    """A home page and one company page with its feed in every language, as the pipeline writes them."""
    from build_scripts.feed import SITE, Entry, Feed, atom

    for suffix, language in (("", "en"), (".de", "de"), (".zh", "zh")):
        (docs / f"index{suffix}.md").write_text("# Home\n", encoding="utf-8")
        meta = {
            "title": "X",
            "feed": {"path": "companies/x/feed.xml", "title": f"X </title> {language}"},
            "json_ld": {"@type": "Organization", "name": "X </script>", "about": [{"url": "companies/x/"}]},
        }
        page = f"---\n{yaml.safe_dump(meta)}---\n\n# X\n\n[feed](x/feed.xml)\n"
        (docs / "companies").mkdir(exist_ok=True)
        (docs / f"companies/x{suffix}.md").write_text(page, encoding="utf-8")
        feed = Feed(language, SITE, "companies/x/feed.xml", "companies/x/", "X", "New", "Atlas")
        text = atom(feed, [Entry("companies/x/", "{site}/ stays", "2024-05-01", language)])
        (docs / "companies/x").mkdir(exist_ok=True)
        (docs / f"companies/x/feed{suffix}.xml").write_text(text, encoding="utf-8")


def test_the_hook_publishes_entity_feeds_and_json_ld_with_the_sites_address(tmp_path):
    pytest.importorskip("mkdocs_static_i18n")
    docs, site, address = tmp_path / "docs", tmp_path / "site", "https://example.org/atlas/"
    docs.mkdir()
    _entity_docs(docs)
    build_site(docs, site, strict=True, search=False, site_url=address)
    feed, atom = ET.fromstring((site / "de/companies/x/feed.xml").read_bytes()), "{http://www.w3.org/2005/Atom}"
    assert feed.findtext(f"{atom}id") == f"{address}de/companies/x/feed.xml"
    assert feed.findtext(f"{atom}entry/{atom}title") == "{site}/ stays"  # text, not an address
    head = (site / "de/companies/x/index.html").read_text(encoding="utf-8").split("</head>")[0]
    link = 'type="application/atom+xml" title="X &lt;/title&gt; de" href="{}de/companies/x/feed.xml"'
    assert link.format(address) in head
    data = json.loads(head.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["name"] == "X </script>" and data["url"] == f"{address}de/companies/x/"
    assert data["sameAs"] == [f"{address}companies/x/", f"{address}zh/companies/x/"]
    assert data["about"] == [{"url": f"{address}de/companies/x/"}]
    home = (site / "de/index.html").read_text(encoding="utf-8").split("</head>")[0]
    assert "ld+json" not in home and home.count("application/atom+xml") == 1  # the language's feed only
