"""`python -m build_scripts serve` (build_scripts/preview.py): the preview builds the site, serves it with a live
reload script, and after a change to the sources rebuilds only what changed; its own writes into docs/ are no
change."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request

import pytest

from build_scripts.bench.corpus import generate_corpus
from build_scripts.preview import BUILD_NUMBER, RELOAD_SCRIPT, _with_reload, own_writes, serve

N = 4


def test_the_reload_script_goes_before_the_end_of_the_body():
    assert _with_reload(b"<html><body><p>x</p></body></html>") == (
        b'<html><body><p>x</p><script src="/.atlas-preview/reload.js"></script></body></html>'
    )
    assert _with_reload(b"<p>x</p>").endswith(b'reload.js"></script>')


def test_the_converts_own_writes_are_no_change(tmp_path):
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    page, about = docs / "articles" / "a.md", docs / "about.md"
    page.write_text("x")
    about.write_text("y")
    changed = {page, about, docs / "articles" / ".a.md.123.tmp", tmp_path / "seeds" / "x.txt", docs}
    assert own_writes(changed, {page.resolve()}, docs) == {about, tmp_path / "seeds" / "x.txt"}


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _wait(condition, seconds: float = 300.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the preview did not rebuild in time"
        time.sleep(0.2)


def test_the_preview_rebuilds_what_changed_and_reloads(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("watchdog")
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    generate_corpus(seeds, N, seed=5, languages=("en", "de", "zh"))
    stop, started = threading.Event(), threading.Event()
    state: dict = {}
    messages: list[str] = []

    def ready(url, builds):
        state.update(url=url, builds=builds)
        started.set()

    thread = threading.Thread(
        target=serve,
        args=(seeds, docs, tmp_path / "cache", tmp_path / "site", "127.0.0.1:0"),
        kwargs={"stop": stop, "ready": ready, "log": messages.append},
        daemon=True,
    )
    thread.start()
    try:
        assert started.wait(600), messages
        url, builds = state["url"], state["builds"]
        assert builds.number == 1, messages
        status, home = _get(url)
        assert status == 200 and f'<script src="{RELOAD_SCRIPT}"></script></body>' in home
        assert "Content-Security-Policy" in home
        assert _get(url + RELOAD_SCRIPT.lstrip("/"))[0] == 200
        assert _get(url + BUILD_NUMBER.lstrip("/")) == (200, "1")
        assert _get(url + "no/such/page/")[0] == 404

        generate_corpus(seeds, 1, seed=5, languages=("en", "de", "zh"), start=N)  # one article added
        _wait(lambda: builds.number == 2)
        rebuilt = messages[-1]
        assert rebuilt.startswith("rebuilt in"), messages
        rendered, pages = (int(n) for n in rebuilt.split("(")[2].split(" pages rendered")[0].split(" of "))
        assert 0 < rendered < pages / 2, rebuilt  # far fewer than the site's pages
        time.sleep(3)  # the convert's own writes into docs/ trigger no further build
        assert builds.number == 2 and not messages[-1].startswith("changed"), messages
    finally:
        stop.set()
        thread.join(60)
    assert not thread.is_alive()
