"""What a reader's first search query fetches, per language: from opening the language's home page to the
first results of one typed query, every request for Pagefind's bundle, as bytes a gzip-compressing server
sends.

Measured in Debian's chromium through Playwright over a local HTTP server when both are there ("method":
"browser"); else a static estimate from the files ("method": "estimate": the Pagefind UI, the list of the
language's bundles, the primary bundle's script and wasm, of every bundle its entry file, page list and
largest index chunk, and the five largest fragments).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .sizes import served_size
from .vocabulary import Vocabulary, is_cjk_text

SEARCH_REQUEST = re.compile(r"(^|/)pagefind/")  # requests that belong to the search
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Pagefind's dialog shows the results of the whole query (not of a part typed so far): the summary names the
# query, the list is not busy, the first results have loaded.
SEARCH_DONE = """query => {
  const summary = document.querySelector('pagefind-summary');
  const list = document.querySelector('pagefind-results ul');
  const items = [...document.querySelectorAll('pagefind-results li.pf-result')];
  return summary && summary.textContent.includes(query) && list && list.getAttribute('aria-busy') !== 'true'
    && items.length > 0 && items.slice(0, 5).every(item => item.querySelector('a.pf-result-link'));
}"""
# What the Pagefind UI loads before it shows results, besides the language's index chunks and fragments.
PAGEFIND_UI_FILES = ("pagefind-component-ui.js", "pagefind-component-ui.css")  # in the language's pagefind/
PAGEFIND_BUNDLE_FILES = ("pagefind.js", "pagefind-worker.js")  # of the primary bundle


def search_queries(vocabulary: Vocabulary, languages: Sequence[str]) -> dict[str, str]:
    """One query per site language: the name, in that language, of the company the synthetic corpus mentions
    most among those with a Chinese name in Han characters (a frequent term: many results, large index
    chunks; in Chinese a word the segmenter has to find)."""
    companies = vocabulary.companies
    company = next((c for c in companies if is_cjk_text(c.names["zh"])), companies[0])
    return {language: company.names[language] for language in languages}


def _language_prefix(language: str, default_language: str) -> str:
    """The folder of a language's pages in the site: the default language lives at the root."""
    return "" if language == default_language else f"{language}/"


def first_query_bytes(site: Path, queries: dict[str, str], default_language: str) -> dict:
    """Measured in the browser when Playwright and chromium are there, else estimated (see the module)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return first_query_estimate(site, queries, default_language)
    if not CHROMIUM.is_file():
        return first_query_estimate(site, queries, default_language)
    languages = {}
    with _serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
        try:
            for language, query in queries.items():
                home = base + _language_prefix(language, default_language)
                languages[language] = _browser_query(browser, home, site, query)
        finally:
            browser.close()
    return {"method": "browser", "languages": languages}


@contextmanager
def _serving(site: Path) -> Iterator[str]:
    """The site over HTTP on a free local port, quietly; yields its address."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _browser_query(browser: Any, home: str, site: Path, query: str) -> dict:
    context = browser.new_context()  # an empty cache: a reader's first visit
    urls: list[str] = []
    context.on("requestfinished", lambda request: urls.append(request.url))
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(home)
    page.wait_for_load_state("networkidle")
    started = time.perf_counter()
    results = _type_query(page, query)
    seconds = time.perf_counter() - started
    context.close()
    search, other = _fetched_bytes(urls, site)
    return {
        "query": query,
        "results": results,
        "requests": len(search),
        "bytes": sum(search.values()),
        "largest": sorted(search.items(), key=lambda item: -item[1])[:3],
        "page_bytes": other,  # everything else the page loaded (HTML, theme CSS and JS), for comparison
        "seconds_to_results": round(seconds, 2),
    }


def _type_query(page: Any, query: str) -> int:
    """Opens the search, types the query key by key and waits for its results; returns how many are shown."""
    page.locator("pagefind-modal-trigger button").click()
    page.locator("pagefind-modal input[type=search]").press_sequentially(query)
    page.wait_for_function(SEARCH_DONE, arg=query)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    return page.locator("pagefind-results li.pf-result").count()


def _fetched_bytes(urls: Iterable[str], site: Path) -> tuple[dict[str, int], int]:
    """Served bytes of the requested files of the site: per path for the search's requests, and in all for
    the others."""
    search: dict[str, int] = {}
    other = 0
    for url in urls:
        path = urlsplit(url).path.lstrip("/")
        if not path or path.endswith("/"):
            path += "index.html"
        file = site / path
        if not file.is_file():
            continue
        size = served_size(file.read_bytes())
        if SEARCH_REQUEST.search(path):
            search[path] = search.get(path, 0) + size
        else:
            other += size
    return search, other


def first_query_estimate(site: Path, queries: dict[str, str], default_language: str) -> dict:
    languages = {}
    for language, query in queries.items():
        files = [f for f in _first_query_files(site, language, default_language) if f.is_file()]
        languages[language] = {
            "query": query,
            "requests": len(files),
            "bytes": sum(served_size(f.read_bytes()) for f in files),
        }
    return {"method": "estimate", "languages": languages}


def _first_query_files(site: Path, language: str, default_language: str) -> list[Path]:
    """The UI files, bundles.json, the primary bundle's script, worker and wasm, every bundle's entry file,
    page list and largest index chunk, and the five largest fragments of them all."""
    prefix = _language_prefix(language, default_language)
    folder = site / prefix / "pagefind"
    folder = folder if folder.is_dir() else site / "pagefind"
    if not folder.is_dir():
        return []
    names = json.loads((folder / "bundles.json").read_text()) if (folder / "bundles.json").is_file() else [""]
    bundles = [folder / name for name in names]
    bundles = [bundle for bundle in bundles if (bundle / "pagefind-entry.json").is_file()]
    files = [folder / name for name in (*PAGEFIND_UI_FILES, "bundles.json")]
    fragments: list[Path] = []
    for position, bundle in enumerate(bundles):
        languages = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
        if language not in languages:
            continue
        info = languages[language]
        files += [bundle / name for name in ("pagefind-entry.json", f"pagefind.{info['hash']}.pf_meta")]
        if position == 0:
            files += [bundle / name for name in PAGEFIND_BUNDLE_FILES]
            files.append(bundle / f"wasm.{info.get('wasm') or 'unknown'}.pagefind")
        files += _largest((bundle / "index").glob(f"{language}_*.pf_index"), 1)
        fragments += (bundle / "fragment").glob(f"{language}_*.pf_fragment")
    return list(dict.fromkeys(files + _largest(fragments, 5)))


def _largest(paths: Iterable[Path], count: int) -> list[Path]:
    return sorted(paths, key=lambda path: -path.stat().st_size)[:count]
