"""Source text is data: hostile strings in every entry point of a source reach the real built site and a real
browser shown as typed, never run (issue 10). Entry points: a text source's headline and body, its file
name, a Markdown source's front matter, a saved HTML page's <title>, <h1> and paragraphs, a sidecar's title,
authors, publisher and summary, and the search box."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

from .conftest import PREFIX, build_from, serve

if TYPE_CHECKING:
    from playwright.sync_api import ConsoleMessage, Dialog, Page

ATOM = "{http://www.w3.org/2005/Atom}"
PAYLOADS: list[str] = yaml.safe_load((Path(__file__).parents[1] / "fixtures" / "payloads.yml").read_text("utf-8"))
FILLER = (
    "Nvidia and AMD reported strong demand for accelerators in the second quarter, analysts said on Tuesday. "
    "Cloud providers keep buying chips for training and inference, and prices for servers stayed high."
)
# what a page may hold that no source text put there: anything else of these kinds was injected
INJECTED = """() => {
  const handlers = [...document.querySelectorAll("*")].filter(el =>
    [...el.attributes].some(a => a.name.startsWith("on")));
  const frames = document.querySelectorAll("iframe, object, embed, base, math, svg:not([class]) > script");
  const links = [...document.querySelectorAll("a[href]")].filter(a => a.href.startsWith("javascript:"));
  const styles = [...document.querySelectorAll("body style")];
  return handlers.length + frames.length + links.length + styles.length;
}"""


def _headline(payload: str) -> str:
    return f"Chip makers report record demand {payload}"


def _sources(seeds: Path) -> dict[str, str]:
    """Writes one source per payload and entry point; returns source file -> the payload it carries."""
    carried = {}
    for i, payload in enumerate(PAYLOADS):
        body = f"{FILLER} Traders quoted {payload} in their notes. {FILLER}"
        (seeds / f"t{i:02d}.txt").write_text(f"{_headline(payload)}\n\n{body}\n\n{FILLER}\n", "utf-8")
        name = f"n{i:02d} {payload.replace('/', '∕')}.txt"
        (seeds / name).write_text(f"Chip makers report record demand\n\n{FILLER}\n\n{FILLER}\n", "utf-8")
        front = yaml.safe_dump({"title": _headline(payload), "authors": [payload]}, allow_unicode=True)
        (seeds / f"m{i:02d}.md").write_text(f"---\n{front}---\n\n{FILLER}\n\n{FILLER}\n", "utf-8")
        text = html.escape(payload)
        (seeds / f"h{i:02d}.html").write_text(
            f"<html><head><title>{html.escape(_headline(payload))}</title></head><body><article>"
            f"<h1>{html.escape(_headline(payload))}</h1><p>{FILLER}</p>"
            f"<p>{FILLER} Traders quoted {text} in their notes.</p><p>{FILLER}</p></article></body></html>",
            "utf-8",
        )
        (seeds / f"s{i:02d}.txt").write_text(f"Chip makers report record demand\n\n{FILLER}\n\n{FILLER}\n", "utf-8")
        sidecar: dict[str, object] = {
            "title": _headline(payload),
            "authors": [payload],
            "publisher": payload,
            "summary": payload,
        }
        sidecar["date"] = f"2024-05-{i + 1:02d}"  # dated: an entry of the feeds of the companies it names
        sidecar["story"] = {"split": "all"}  # each a story of its own: their bodies are the same filler
        (seeds / f"s{i:02d}.meta.yml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), "utf-8")
        carried.update(
            {
                f"t{i:02d}.txt": payload,
                name: payload,
                f"m{i:02d}.md": payload,
                f"h{i:02d}.html": payload,
                f"s{i:02d}.txt": payload,
            }
        )
    return carried


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payload-site")
    seeds = tmp / "seeds"
    seeds.mkdir()
    carried = _sources(seeds)
    built = build_from(seeds, tmp)
    for _base in serve(built):
        yield built, carried


def _watch(page: Page) -> tuple[list[str], list[str]]:
    """Lists the page is about to fill: the messages of the dialogs it opens (each dismissed) and the
    console's reports of what its Content-Security-Policy blocked."""
    dialogs: list[str] = []
    blocked: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            blocked.append(message.text)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    return dialogs, blocked


def _visit(browser, url: str) -> tuple[list[str], int, str]:
    """(dialogs opened or scripts the policy blocked, injected elements, the page's visible text) of one page.
    A blocked script is a failure too: the theme's own scripts must run, and nothing else may try."""
    context = browser.new_context()
    page = context.new_page()
    dialogs, blocked = _watch(page)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(50)
    injected = page.evaluate(INJECTED)
    text = " ".join(page.inner_text("body").split())
    context.close()
    return dialogs + blocked, injected, text


def test_every_source_became_an_article(payload_site):
    built, carried = payload_site
    assert not built.catalog["errors"]
    assert {a["source"] for a in built.catalog["articles"]} == set(carried)


def test_no_payload_runs_and_each_shows_as_typed(payload_site, chromium):
    built, carried = payload_site
    executed, injected, missing = [], [], []
    for article in built.catalog["articles"]:
        payload = carried[article["source"]]
        for language in ("en", "de", "zh"):
            url = built.url(language, f"articles/{article['id']}/")
            dialogs, elements, text = _visit(chromium, url)
            executed += [f"{url}: {d}" for d in dialogs]
            if elements:
                injected.append(f"{url}: {elements} injected elements")
            expected = (
                " ".join(payload.replace("/", "∕").split())
                if article["source"].startswith("n")
                else " ".join(payload.split())
            )
            if expected not in text:
                missing.append(f"{article['source']} ({language}): {payload!r} not shown")
    assert not executed, executed
    assert not injected, injected
    assert not missing, missing[:10]


def test_structured_data_and_feeds_show_every_payload_as_typed(payload_site):
    """The JSON-LD of every article page parses and names the article's title, authors and publisher as typed
    (no payload ends its script element); the feeds of the companies named are valid Atom with the titles."""
    built, _ = payload_site
    for article in built.catalog["articles"]:
        for language, prefix in PREFIX.items():
            page = (built.site / prefix / "articles" / article["id"] / "index.html").read_text("utf-8")
            data = _json_ld(page.split("</head>", 1)[0], f"{article['source']} ({language})")
            assert data["headline"] == article["title"]
            assert [author["name"] for author in data.get("author", [])] == article["authors"]
            assert data.get("publisher", {}).get("name") == article["publisher"]
    dated = [a for a in built.catalog["articles"] if a["date"]]
    assert len(dated) == len(PAYLOADS) and all(_names(a, "nvidia") for a in dated)
    for language, prefix in PREFIX.items():
        feed = ET.fromstring((built.site / prefix / "companies" / "nvidia" / "feed.xml").read_bytes())
        shown = {
            entry.findtext(f"{ATOM}id"): (entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}summary"))
            for entry in feed.iter(f"{ATOM}entry")
        }
        assert shown == {built.url(language, f"articles/{a['id']}/"): (a["title"], a["summary"]) for a in dated}


def _json_ld(head: str, where: str) -> dict:
    bodies = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    assert len(bodies) == 1, where
    return json.loads(bodies[0])


def _names(article: dict, company: str) -> bool:
    return any(item["id"] == company for item in article["companies"])


def test_pages_carry_a_strict_content_security_policy(payload_site):
    built, _ = payload_site
    pages = sorted(built.site.rglob("*.html"))
    assert pages
    for path in pages:
        head = path.read_text("utf-8").split("</head>", 1)[0]
        assert 'http-equiv="Content-Security-Policy"' in head, path
        policy = head.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
        assert (
            "script-src 'self' 'wasm-unsafe-eval'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
        )
        assert "object-src 'none'" in policy


def test_search_queries_are_not_run(payload_site, chromium):
    built, _ = payload_site
    for language in ("en", "zh"):
        context = chromium.new_context()
        page = context.new_page()
        dialogs, errors = _watch(page)
        page.goto(built.url(language), wait_until="load")
        page.locator("pagefind-modal-trigger button").click()
        box = page.locator("pagefind-modal input[type=search]")
        box.wait_for(state="visible")
        for payload in PAYLOADS[:6]:
            box.fill(payload)
            page.wait_for_timeout(300)
        results = page.locator("pagefind-results").inner_text()
        context.close()
        assert not dialogs, dialogs
        assert not errors, errors  # the policy lets Pagefind's own scripts and WebAssembly run
        assert results is not None
