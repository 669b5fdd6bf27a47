"""The published site as a reader uses it: every language version, the language switcher, search in three
languages, entity pages, dark mode, no JavaScript, no third-party requests, accessibility and links."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from build_scripts.bench.browser import SEARCH_DONE

from .conftest import DEEPSEEK_INTERVIEW, LEE_KAI_FU_ZH, PREFIX, ROOT, ZERO_ONE_SHIFT

SITE_NAMES = {"en": "AI Industry Atlas", "de": "KI-Branchenatlas", "zh": "AI 产业图谱"}
NAV_LABELS = {
    "en": ["Home", "Companies", "People", "Themes", "Timeline", "About"],
    "de": ["Start", "Unternehmen", "Personen", "Themen", "Zeitleiste", "Über"],
    "zh": ["首页", "公司", "人物", "主题", "时间线", "关于"],
}
SEARCH_LABEL = {"en": "Search", "de": "Suche", "zh": "搜索"}  # the search button (data/i18n/*.yml frame.search)
ATOM = "{http://www.w3.org/2005/Atom}"


def _path(url: str) -> str:
    return urlsplit(url).path


def _heading(page) -> str:
    return page.locator("h1").first.inner_text().replace("¶", "").strip()  # without the permalink sign


def _search(page, query: str) -> list[str]:
    """Opens the search dialog with the search button in the header and types the query, as a reader does;
    returns the page link of each result shown (Pagefind groups the matching sections of a page into one
    result and loads the results' details as they scroll into view: the first ones are enough here)."""
    page.locator("pagefind-modal-trigger button").click()
    search_box = page.locator("pagefind-modal input[type=search]")
    search_box.wait_for(state="visible")
    search_box.press_sequentially(query)
    page.wait_for_function(SEARCH_DONE, arg=query)
    return page.locator("pagefind-results li.pf-result a.pf-result-link").evaluate_all(
        "links => links.map(a => a.href)"
    )


def _switch_language(page, language: str, expected_path: str) -> None:
    page.locator(".md-select").hover()
    page.locator(f"a.md-select__link[hreflang='{language}']").click()
    page.wait_for_url(lambda url: _path(url) == expected_path)


# --- every language version ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_home_page_in_each_language(page, built_site, language):
    page.goto(built_site.url(language))
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".md-header__topic").first.inner_text().strip() == SITE_NAMES[language]
    assert page.title().startswith(SITE_NAMES[language])
    tabs = [t.strip() for t in page.locator(".md-tabs__link").all_inner_texts()]
    sections = ["", "companies", "people", "themes", "timeline", "about"]
    expected = [
        label
        for label, section in zip(NAV_LABELS[language], sections, strict=True)
        if not section or built_site.has_section(section)
    ]
    assert tabs == expected
    assert page.locator("pagefind-modal-trigger button").get_attribute("aria-label") == SEARCH_LABEL[language]
    hreflangs = page.locator("link[rel=alternate][hreflang]").evaluate_all(
        "links => links.map(link => [link.hreflang, link.href])"
    )
    assert dict(hreflangs) == {
        "en": built_site.url("en"),
        "de": built_site.url("de"),
        "zh": built_site.url("zh"),
        "x-default": built_site.url("en"),
    }
    # the articles are reachable from every home page, in this language's version of the site
    article_links = page.locator(".md-content a[href*='articles/']").evaluate_all("links => links.map(l => l.href)")
    assert {_path(link) for link in article_links} >= {
        f"/{PREFIX[language]}articles/{a['id']}/" for a in built_site.catalog["articles"]
    }


def test_article_switches_language_and_stays_on_the_article(page, built_site):
    article = built_site.article(DEEPSEEK_INTERVIEW)
    page.goto(built_site.url("en", f"articles/{article['id']}/"))
    assert _heading(page) == article["title"]
    for language in ("de", "zh", "en"):
        _switch_language(page, language, f"/{PREFIX[language]}articles/{article['id']}/")
        assert page.locator("html").get_attribute("lang") == language
        assert _heading(page) == article["title"]
        # the body stays in the article's language and says so
        assert page.locator(".md-content .atlas-article-body").get_attribute("lang") == article["language"]
        # search engines learn the other versions of this very article
        hreflangs = dict(
            page.locator("link[rel=alternate][hreflang]").evaluate_all(
                "links => links.map(link => [link.hreflang, link.href])"
            )
        )
        assert hreflangs == {lang: built_site.url(lang, f"articles/{article['id']}/") for lang in PREFIX} | {
            "x-default": built_site.url("en", f"articles/{article['id']}/")
        }


# --- search ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, query, sources",
    [
        ("en", "DeepSeek", [DEEPSEEK_INTERVIEW]),
        ("de", "DeepSeek", [DEEPSEEK_INTERVIEW]),
        ("de", "Skalierung", [DEEPSEEK_INTERVIEW, ZERO_ONE_SHIFT]),
        ("de", "零一万物", [LEE_KAI_FU_ZH]),
        ("zh", "零一万物", [LEE_KAI_FU_ZH]),
    ],
)
def test_search_finds_articles_in_any_language(page, built_site, language, query, sources):
    page.goto(built_site.url(language))
    results = _search(page, query)
    paths = [_path(url) for url in results]
    assert len(paths) == len(set(paths)), f"a page is listed twice: {paths}"
    prefix = f"/{PREFIX[language]}"
    foreign = [
        p
        for p in paths
        if not p.startswith(prefix)
        or any(p.startswith(f"/{other}") for lang, other in PREFIX.items() if other and lang != language)
    ]
    assert not foreign, f"results outside the {language} version of the site: {foreign}"
    expected = [f"{prefix}articles/{built_site.slug(source)}/" for source in sources]
    assert set(expected) <= set(paths), f"{query!r} in {language}: expected {expected} among {paths}"
    # only this language's search bundle was loaded
    bundles = {
        _path(url).split("pagefind/")[0]
        for url in page.evaluate("() => performance.getEntriesByType('resource').map(entry => entry.name)")
        if "/pagefind/" in url
    }
    assert bundles == {prefix}, bundles
    # open the first expected article from the results
    page.locator(f"pagefind-results a.pf-result-link[href*='articles/{built_site.slug(sources[0])}/']").first.click()
    page.wait_for_url(lambda url: _path(url) == expected[0])
    assert _heading(page) == built_site.article(sources[0])["title"]


def _bundles(built_site, language: str) -> list:
    """The language's search bundles, as pagefind/bundles.json lists them (the primary first)."""
    folder = built_site.site / PREFIX[language] / "pagefind"
    return [folder / name for name in json.loads((folder / "bundles.json").read_text(encoding="utf-8"))]


def test_each_language_has_its_own_search_index(built_site):
    """Pagefind bundles per language, in the language's folder, holding that language's pages only, each
    article once; only articles, entity pages and the about page are indexed (data-pagefind-body), not the
    listings."""
    counts = {}
    for language, prefix in PREFIX.items():
        counts[language] = 0
        for bundle in _bundles(built_site, language):
            entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            assert set(entry["languages"]) == {language}
            counts[language] += entry["languages"][language]["page_count"]
        root = built_site.site / prefix if prefix else built_site.site
        for article in built_site.catalog["articles"]:
            html = (root / "articles" / article["id"] / "index.html").read_text(encoding="utf-8")
            assert html.count("data-pagefind-body") == 1
            assert f'<html lang="{language}"' in html
        for listing in ("index.html", "companies/index.html", "timeline/index.html", "404.html"):
            if (root / listing).is_file():
                assert "data-pagefind-body" not in (root / listing).read_text(encoding="utf-8"), listing
    assert len(set(counts.values())) == 1, counts  # every page exists in every language
    indexed = len(built_site.catalog["articles"]) + 1  # the about page
    for section in ("companies", "people", "themes"):
        indexed += len([p for p in (built_site.site / section).glob("*/index.html")])
    assert counts["en"] == indexed


def test_search_index_is_chunked(built_site):
    """The index comes in bundles (articles, other pages), each in chunks (fetched by the words searched for)
    and one fragment per page."""
    for language in PREFIX:
        bundles = _bundles(built_site, language)
        assert [bundle.name[0] for bundle in bundles] == ["a", "p"]
        assert all(list((bundle / "index").glob(f"{language}_*.pf_index")) for bundle in bundles)
        fragments = [f for bundle in bundles for f in (bundle / "fragment").glob(f"{language}_*.pf_fragment")]
        assert len(fragments) >= len(built_site.catalog["articles"])


# --- entity pages ----------------------------------------------------------------------------------------------------


def test_company_page_links_to_an_article_and_back(page, built_site):
    if not built_site.has_section("companies"):
        pytest.skip("the generator writes no company pages yet (docs/companies/)")
    company = built_site.site / "de" / "companies" / "deepseek" / "index.html"
    if not company.is_file():
        pytest.skip("no company page for DeepSeek")
    start = built_site.url("de", "companies/deepseek/")
    page.goto(start)
    assert page.locator("html").get_attribute("lang") == "de"
    link = page.locator(".md-content a[href*='articles/']").first
    link.click()
    page.wait_for_url(lambda url: re.fullmatch(r"/de/articles/[a-z0-9-]+/", _path(url)) is not None)
    assert page.locator("h1").first.is_visible()
    page.go_back()
    page.wait_for_url(start)
    assert page.locator("html").get_attribute("lang") == "de"


def test_article_table_of_an_entity_page_sorts_by_a_column(page, built_site):
    page.goto(built_site.url("en", "companies/alibaba/"))
    table = page.locator("article table").last
    titles = lambda: table.locator("tbody tr td:nth-child(2)").all_inner_texts()  # noqa: E731
    before = titles()
    assert len(before) >= 2
    table.locator("th", has_text="Title").click()
    assert titles() in (sorted(before), sorted(before, reverse=True))
    assert table.locator("th[aria-sort]").count() == 1


def test_the_date_column_sorts_by_the_date_not_by_its_localised_text(page, built_site):
    page.goto(built_site.url("de", "companies/nvidia/"))  # 20. September 2024 sorts after 22. Juli 2024
    table = page.locator("article table").last
    script = "cells => cells.map(c => c.querySelector('time')?.getAttribute('datetime') ?? '~')"  # undated last
    dates = lambda: table.locator("tbody tr td:nth-child(1)").evaluate_all(script)  # noqa: E731
    assert len({d for d in dates() if d != "~"}) >= 2
    assert "22. Juli 2024" in table.inner_text()
    header = table.locator("th", has_text="Datum")
    header.click()
    ascending = sorted(dates())
    assert dates() == (ascending if header.get_attribute("aria-sort") == "ascending" else ascending[::-1])


# --- following an entity, structured data ----------------------------------------------------------------------------

NAMES = {"deepseek": {"en": "DeepSeek", "de": "DeepSeek", "zh": "深度求索"}}


def _about(article: dict, entity_id: str) -> bool:
    return any(item["id"] == entity_id for kind in ("companies", "people", "themes") for item in article[kind])


def _json_ld(page) -> dict:
    scripts = page.locator('script[type="application/ld+json"]')
    assert scripts.count() == 1
    return json.loads(scripts.text_content() or "")


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_an_entity_feed_is_discoverable_and_valid_atom(page, built_site, language):
    """The page head names the entity's feed; the feed is Atom with the entity's newest dated articles."""
    page.goto(built_site.url(language, "companies/openai/"))
    feeds = page.locator("link[rel=alternate][type='application/atom+xml']").evaluate_all(
        "links => links.map(link => [link.title, link.href])"
    )
    own = [(title, href) for title, href in feeds if "/companies/openai/" in href]
    assert own and own[0][1] == built_site.url(language, "companies/openai/feed.xml") and "OpenAI" in own[0][0]
    assert page.locator(".md-content a[type='application/atom+xml']").evaluate("a => a.href") == own[0][1]
    status, body = _get(own[0][1])
    assert status == 200
    feed = ET.fromstring(body)
    assert feed.tag == f"{ATOM}feed" and feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert feed.findtext(f"{ATOM}id") == own[0][1] and feed.findtext(f"{ATOM}title")
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == own[0][1]  # type: ignore[union-attr]
    entries = feed.findall(f"{ATOM}entry")
    dated = [a for a in built_site.catalog["articles"] if a.get("date") and _about(a, "openai")]
    assert len(entries) == len(dated) >= 2
    expected = sorted(dated, key=lambda a: a["date"], reverse=True)
    for entry, article in zip(entries, expected, strict=True):
        link = built_site.url(language, f"articles/{article['id']}/")
        assert entry.findtext(f"{ATOM}id") == link and entry.findtext(f"{ATOM}title") == article["title"]
        assert entry.find(f"{ATOM}link").get("href") == link  # type: ignore[union-attr]
        assert entry.findtext(f"{ATOM}updated") == f"{article['date']}T00:00:00Z"
        assert _get(link)[0] == 200
    assert feed.findtext(f"{ATOM}updated") == f"{expected[0]['date']}T00:00:00Z"


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_json_ld_of_an_article_names_what_it_is_about(page, built_site, language):
    article = built_site.article(DEEPSEEK_INTERVIEW)
    page.goto(built_site.url(language, f"articles/{article['id']}/"))
    data = _json_ld(page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == article["title"] and data["datePublished"] == article["date"]
    assert data["inLanguage"] == article["language"] and data["url"] == page.url
    assert [author["name"] for author in data["author"]] == article["authors"]
    deepseek = {"@type": "Organization", "name": NAMES["deepseek"][language]}
    assert {**deepseek, "url": built_site.url(language, "companies/deepseek/")} in data["about"]
    named = data["about"] + data.get("mentions", [])
    mentioned = {item["id"] for kind in ("companies", "people") for item in article[kind]}
    for item in named:
        section, entity_id = item["url"].removeprefix(built_site.url(language)).strip("/").split("/")
        assert section in ("companies", "people") and entity_id in mentioned
    assert _get(named[-1]["url"])[0] == 200


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_json_ld_of_an_entity_page_links_its_language_versions(page, built_site, language):
    page.goto(built_site.url(language, "companies/deepseek/"))
    data = _json_ld(page)
    assert data["@type"] == "Organization" and data["name"] == NAMES["deepseek"][language]
    assert set(NAMES["deepseek"].values()) - {data["name"]} <= set(data["alternateName"])
    assert data["url"] == built_site.url(language, "companies/deepseek/")
    others = [built_site.url(other, "companies/deepseek/") for other in PREFIX if other != language]
    assert sorted(data["sameAs"]) == sorted(others)
    page.goto(built_site.url(language, "people/liang-wenfeng/"))
    assert _json_ld(page)["@type"] == "Person"


def test_an_entity_page_shows_its_coverage_over_time(page, built_site):
    page.goto(built_site.url("de", "companies/openai/"))  # articles in July and September 2024
    chart = page.locator(".md-content figure.atlas-chart svg[role=img]")
    assert chart.count() == 1 and chart.get_attribute("aria-label") == "Artikel über OpenAI im Zeitverlauf"
    assert chart.locator("rect").count() == 3 and chart.is_visible()
    assert "Juli 2024 bis September 2024" in page.locator(".md-content figure.atlas-chart figcaption").inner_text()
    page.goto(built_site.url("de", "companies/deepseek/"))  # one month: no chart
    assert page.locator(".md-content figure.atlas-chart").count() == 0


# --- reading comfort and privacy ---------------------------------------------------------------------------------


def test_dark_mode_toggle(open_page, built_site):
    page = open_page(color_scheme="light")
    page.goto(built_site.url("en"))
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    for _ in range(3):  # automatic -> light -> dark
        page.locator("form[data-md-component=palette] label:visible").click()
        if body.get_attribute("data-md-color-scheme") == "slate":
            break
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert page.locator("html").get_attribute("data-pf-theme") == "dark"  # the search dialog follows
    dark = open_page(color_scheme="dark")
    dark.goto(built_site.url("de"))
    assert dark.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert dark.locator("html").get_attribute("data-pf-theme") == "dark"


def test_pages_are_readable_without_javascript(open_page, built_site):
    page = open_page(java_script_enabled=False)
    article = built_site.article(ZERO_ONE_SHIFT)
    page.goto(built_site.url("de", f"articles/{article['id']}/"))
    assert _heading(page) == article["title"]
    assert len(page.locator(".md-content").inner_text()) > 2000
    assert page.locator(".md-tabs__link").count() >= 2


class _Resources(HTMLParser):
    """What a browser loads by itself: scripts, styles, icons, images, frames, media."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and attrs.get("src"):
            self.urls.append(attrs["src"])
        if (
            tag == "link"
            and attrs.get("href")
            and (attrs.get("rel") or "").lower()
            in ("stylesheet", "icon", "preload", "preconnect", "dns-prefetch", "modulepreload", "manifest")
        ):
            self.urls.append(attrs["href"])


def test_no_page_loads_anything_from_another_host(built_site):
    """Static check of every built page (the browser tests also watch the requests they see)."""
    local = urlsplit(built_site.base).netloc
    offenders = {}
    for html in built_site.site.rglob("*.html"):
        parser = _Resources()
        parser.feed(html.read_text(encoding="utf-8"))
        foreign = [u for u in parser.urls if urlsplit(u).netloc not in ("", local)]
        if foreign:
            offenders[str(html.relative_to(built_site.site))] = foreign
    for css in built_site.site.rglob("*.css"):
        foreign = [u for u in re.findall(r"url\(\s*['\"]?(https?:)?//([^/'\")]+)", css.read_text(encoding="utf-8"))]
        if foreign:
            offenders[str(css.relative_to(built_site.site))] = foreign
    assert not offenders


# --- feeds, sitemap, 404, catalog ----------------------------------------------------------------------------------


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_catalog_is_published(server, built_site):
    status, body = _get(built_site.base + "catalog.json")
    assert status == 200
    assert json.loads(body) == built_site.catalog


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_atom_feed_per_language(server, built_site, language):
    status, body = _get(built_site.url(language, "feed.xml"))
    assert status == 200
    feed = ET.fromstring(body)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    links = [link.attrib["href"] for link in feed.findall(f"{ATOM}entry/{ATOM}link")]
    dated = [a for a in built_site.catalog["articles"] if a.get("date")]
    assert len(links) == min(len(dated), 50)
    for link in links:
        assert link.startswith(built_site.url(language, "articles/"))
        assert _get(link)[0] == 200


def test_sitemap_lists_language_alternates(server, built_site):
    """sitemap.xml is a sitemap index of one sitemap per language; every page is listed with its alternates."""
    status, body = _get(built_site.base + "sitemap.xml")
    assert status == 200
    sitemaps = [loc.text for loc in ET.fromstring(body).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert sitemaps == [built_site.base + f"sitemap-{language}.xml" for language in PREFIX]
    slug = built_site.slug(DEEPSEEK_INTERVIEW)
    for language in PREFIX:
        status, body = _get(built_site.base + f"sitemap-{language}.xml")
        assert status == 200
        sitemap = body.decode("utf-8")
        assert f"<loc>{built_site.url(language, f'articles/{slug}/')}</loc>" in sitemap
        assert sitemap.count("<loc>") == len(
            {
                p.parent
                for p in (built_site.site / PREFIX[language]).rglob("index.html")
                if language != "en" or p.relative_to(built_site.site).parts[0] not in ("de", "zh")
            }
        )
        for other in PREFIX:
            assert f'hreflang="{other}" href="{built_site.url(other, f"articles/{slug}/")}"' in sitemap


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_not_found_page_per_language(server, built_site, language):
    status, body = _get(built_site.url(language, "404.html"))
    assert status == 200
    assert f'<html lang="{language}"' in body.decode("utf-8")
    if language == "en":  # the root 404 page is what a static host serves for any missing address
        status, body = _get(built_site.base + "no-such-page/")
        assert status == 404


# --- accessibility and links ----------------------------------------------------------------------------------------


def _axe(page, axe_source: str) -> list[dict]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["home", "article", "company", "chart", "search"])
def test_no_serious_accessibility_violations(open_page, built_site, axe_source, kind, color_scheme):
    page = open_page(color_scheme=color_scheme, bypass_csp=True)  # axe-core is injected as an inline script
    if kind == "home":
        page.goto(built_site.url("en"))
    elif kind == "article":
        page.goto(built_site.url("de", f"articles/{built_site.slug(DEEPSEEK_INTERVIEW)}/"))
    elif kind == "company":
        if not (built_site.site / "companies" / "deepseek" / "index.html").is_file():
            pytest.skip("the generator writes no company pages yet (docs/companies/)")
        page.goto(built_site.url("zh", "companies/deepseek/"))
    elif kind == "chart":
        page.goto(built_site.url("de", "companies/openai/"))  # its coverage chart
    else:
        page.goto(built_site.url("de"))
        _search(page, "Skalierung")
        page.wait_for_timeout(300)  # let the result list settle
        assert page.locator("pagefind-modal dialog[open]").count() == 1
    assert _axe(page, axe_source) == []


def test_no_broken_internal_link_or_anchor(server, built_site, tmp_path):
    linkchecker = shutil.which("linkchecker") or str(ROOT / ".venv" / "bin" / "linkchecker")
    if not shutil.which(linkchecker):
        pytest.skip("linkchecker is not installed; run: pip install -e '.[e2e]' (make test does)")
    config = tmp_path / "linkcheckerrc"
    config.write_text(
        "[checking]\nthreads=8\nmaxrequestspersecond=1000\n"  # the test server answers `LinkChecker: allow`
        "[filtering]\ncheckextern=0\n"
        "[AnchorCheck]\n",  # a link to a missing #anchor is a warning
        encoding="utf-8",
    )
    result = subprocess.run(
        [linkchecker, "--config", str(config), "--no-status", "--output", "text", server],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    summary = re.search(r"(\d+) warnings? found\. (\d+) errors? found", result.stdout)
    assert summary, f"no linkchecker summary:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert summary.groups() == ("0", "0"), result.stdout[-20000:]
    checked = re.search(r"(\d+) links? in (\d+) URLs? checked", result.stdout)
    assert checked and int(checked.group(1)) > 100
