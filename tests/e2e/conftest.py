"""End-to-end tests: the real site, built from seeds/ into a temporary folder (convert + MkDocs), served on
127.0.0.1 and read with Debian's chromium through Playwright, as a reader would.

Needs the `site` and `e2e` extras, /usr/bin/chromium (or $CHROMIUM) and axe-core from npm; `make test`
installs all of them. Whatever is missing skips the tests that need it, with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / ".cache" / "node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PREFIX = {"en": "", "de": "de/", "zh": "zh/"}  # where each language version lives
GENERATED = {"catalog.json", ".atlas-generated.json"}

# The seed articles the tests look for, by source file (their slugs come from the catalog).
DEEPSEEK_INTERVIEW = "004_23ea577ee57aaebd.txt"  # German, about DeepSeek, mentions "Skalierung"
ZERO_ONE_SHIFT = "000_5348def7514b1986.txt"  # German, about 01.AI ("Gesetz der Skalierung")
LEE_KAI_FU_ZH = "001_874226fd2e63c14b.txt"  # Chinese, mentions 零一万物


def _requires_site_tools() -> None:
    try:
        import material  # noqa: F401
        import mkdocs  # noqa: F401
        import mkdocs_static_i18n  # noqa: F401
    except ImportError as exc:
        pytest.skip(
            f"e2e: the site extra is not installed ({exc.name}); run: pip install -e '.[site,e2e]' (make test does)"
        )


@dataclass(frozen=True)
class BuiltSite:
    docs: Path
    site: Path
    port: int
    catalog: dict
    build_seconds: float

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def url(self, language: str, path: str = "") -> str:
        return self.base + PREFIX[language] + path

    def article(self, source: str) -> dict:
        for article in self.catalog["articles"]:
            if article["source"] == source:
                return article
        raise AssertionError(f"no article from {source} in catalog.json")

    def slug(self, source: str) -> str:
        return self.article(source)["id"]

    def has_section(self, section: str) -> bool:
        return (self.site / section / "index.html").is_file()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _hand_written_pages(tmp_docs: Path) -> list[Path]:
    """Files of the repository's docs/ that the generator does not write (e.g. about*.md)."""
    generated = set(GENERATED)
    for manifest in (ROOT / "docs" / ".atlas-generated.json", tmp_docs / ".atlas-generated.json"):
        if manifest.is_file():  # its groups: name -> key (a page of that name) or {"key", "pages": {file: key}}
            groups = json.loads(manifest.read_text(encoding="utf-8")).get("groups", {})
            for name, entry in groups.items():
                generated |= set(entry["pages"]) if isinstance(entry, dict) else {name}
    docs = ROOT / "docs"
    return [p for p in sorted(docs.rglob("*")) if p.is_file() and p.relative_to(docs).as_posix() not in generated]


def build_from(seeds: Path, tmp: Path) -> BuiltSite:
    """Converts `seeds` and builds the real site (strict) into `tmp`, for a server on a free port."""
    _requires_site_tools()
    from build_scripts.site import build_site

    docs, site, port = tmp / "docs", tmp / "site", _free_port()
    convert = subprocess.run(
        [
            sys.executable,
            "-m",
            "build_scripts",
            "convert",
            "--seeds",
            str(seeds),
            "--docs",
            str(docs),
            "--cache",
            str(tmp / "cache"),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert convert.returncode == 0, f"convert failed:\n{convert.stdout}\n{convert.stderr}"
    for page in _hand_written_pages(docs):
        target = docs / page.relative_to(ROOT / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    started = time.perf_counter()
    build_site(docs, site, strict=True, site_url=f"http://127.0.0.1:{port}/")
    seconds = time.perf_counter() - started
    catalog = json.loads((docs / "catalog.json").read_text(encoding="utf-8"))
    return BuiltSite(docs, site, port, catalog, seconds)


def serve(built_site: BuiltSite) -> Iterator[str]:
    """The built site on 127.0.0.1 (http.server with one extra header for the link checker), while in use."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("static_server.py")), str(built_site.port), str(built_site.site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            urllib.request.urlopen(built_site.base, timeout=1).close()
            break
        except (urllib.error.URLError, OSError) as exc:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                said = process.communicate()[1].decode(errors="replace")
                raise RuntimeError(f"the test server did not start: {said}") from exc
            time.sleep(0.1)
    yield built_site.base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    return build_from(SEEDS, tmp_path_factory.mktemp("e2e-site"))


@pytest.fixture(scope="session")
def server(built_site) -> Iterator[str]:
    yield from serve(built_site)


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.is_file():
        pytest.skip(f"e2e: chromium not found at {CHROMIUM} (make test installs it with apt-get; or set CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("e2e: playwright is not installed; run: pip install -e '.[e2e]' (make test does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def browser(server, chromium):
    return chromium


def _open_page(browser, built_site: BuiltSite, **context_options):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **context_options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    return context, page, requested


def _assert_local(requested: list[str], built_site: BuiltSite) -> None:
    local = urlsplit(built_site.base).netloc
    foreign = sorted(
        {
            url
            for url in requested
            if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != local
        }
    )
    assert not foreign, f"requests left the local server: {foreign}"


@pytest.fixture
def page(browser, built_site):
    """A browser tab; every test using it also checks that no request left the local server."""
    context, page, requested = _open_page(browser, built_site)
    yield page
    context.close()
    _assert_local(requested, built_site)


@pytest.fixture
def open_page(browser, built_site):
    """Factory for tabs with other context options (color scheme, JavaScript off), same request check."""
    opened = []

    def factory(**context_options):
        context, page, requested = _open_page(browser, built_site, **context_options)
        opened.append((context, requested))
        return page

    yield factory
    for context, requested in opened:
        context.close()
        _assert_local(requested, built_site)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip(f"e2e: axe-core not found at {AXE} (make test installs it with npm)")
    return AXE.read_text(encoding="utf-8")
