"""`python -m build_scripts serve`: the site as it is published, previewed locally, rebuilt on every change with
only what changed (convert's cache, the incremental site build of site.py, the search bundles whose pages
changed), and reloaded in the browser.

The site is built by build_site into the site folder (site/ by default), for the preview's own address; it is
served from there by a small HTTP server (as GitHub Pages serves it: a folder's index.html, 404.html for a
missing page). Every HTML page it sends gets one script of its own (/.atlas-preview/reload.js), which asks the
server for the number of the last build every second and reloads the page when it changes: a script file from
the site's own address, so the pages' Content-Security-Policy allows it as it is.

seeds/, data/, docs/ (its hand-written pages), overrides/, hooks/ and mkdocs.yml are watched (watchdog); a
change converts (only the changed sources) and builds the site again (only the changed pages). The files the
convert itself writes into docs/ are not taken for changes. A failed build keeps the previous site and says
why; a change to the Python code needs a new `serve`.
"""

from __future__ import annotations

import functools
import http.server
import os
import queue
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PREVIEW = "/.atlas-preview/"
RELOAD_SCRIPT = PREVIEW + "reload.js"
BUILD_NUMBER = PREVIEW + "build"
RELOAD_JS = b"""// The preview's live reload (build_scripts/preview.py): reloads the page after every new build.
(function () {
  var seen = null;
  function check() {
    fetch("%s", { cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (build) {
        if (seen === null) seen = build;
        else if (build !== seen) location.reload();
      })
      .catch(function () {})
      .then(function () { setTimeout(check, 1000); });
  }
  check();
})();
""" % BUILD_NUMBER.encode()
_TAG = f'<script src="{RELOAD_SCRIPT}"></script>'.encode()
QUIET_SECONDS = 0.3  # changes are collected until the files are quiet this long
_TEMPORARY = re.compile(r"^\..+\.\d+\.tmp$")  # write.py's temporary files


@dataclass
class Build:
    """One rebuild: whether it succeeded, what it took, and the docs files convert wrote or removed."""

    ok: bool
    seconds: float
    written: set[Path]
    summary: str


class Builds:
    """The number of the last good build, which the pages' reload script asks for."""

    def __init__(self) -> None:
        self.number = 0
        self._lock = threading.Lock()

    def next(self) -> None:
        with self._lock:
            self.number += 1


def handler(site: Path, builds: Builds) -> type[http.server.SimpleHTTPRequestHandler]:
    """An HTTP handler serving the site folder (looked up on every request: the build switches it whole), with
    the reload script added to every HTML page."""

    class Preview(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            if path == BUILD_NUMBER:
                self._send(200, str(builds.number).encode(), "text/plain; charset=utf-8")
                return
            if path == RELOAD_SCRIPT:
                self._send(200, RELOAD_JS, "text/javascript; charset=utf-8")
                return
            file = Path(self.translate_path(path))
            if file.is_dir() and path.endswith("/"):
                file = file / "index.html"
            if file.is_file() and file.suffix == ".html":
                self._send(200, _with_reload(file.read_bytes()), "text/html; charset=utf-8")
            elif not file.exists() and (site / "404.html").is_file():
                self._send(404, _with_reload((site / "404.html").read_bytes()), "text/html; charset=utf-8")
            else:
                super().do_GET()

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

    return Preview


def _with_reload(html: bytes) -> bytes:
    end = html.rfind(b"</body>")
    return html + _TAG if end < 0 else html[:end] + _TAG + html[end:]


class Watcher:
    """Changed paths below the watched folders (and the watched files), from watchdog's events."""

    def __init__(self, folders: Iterable[Path], files: Iterable[Path] = ()) -> None:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self.changes: queue.Queue[Path] = queue.Queue()
        self.files = {Path(file).resolve() for file in files}
        changes = self.changes

        class Events(FileSystemEventHandler):
            def on_any_event(self, event: Any) -> None:
                if event.event_type in ("opened", "closed", "closed_no_write"):
                    return
                for path in (event.src_path, getattr(event, "dest_path", "")):
                    if path:
                        changes.put(Path(os.fsdecode(path)))

        self.observer = Observer()
        for folder in {Path(folder).resolve() for folder in folders if Path(folder).is_dir()}:
            self.observer.schedule(Events(), str(folder), recursive=True)
        for folder in {file.parent for file in self.files}:
            self.observer.schedule(Events(), str(folder), recursive=False)
        self.folders = [Path(folder).resolve() for folder in folders]

    def start(self) -> None:
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        self.observer.join()

    def relevant(self, path: Path) -> bool:
        path = path.resolve()
        if path in self.files:
            return True
        return any(path.is_relative_to(folder) for folder in self.folders)

    def wait(self, stop: threading.Event, quiet: float = QUIET_SECONDS) -> set[Path]:
        """The paths changed from the first change on until the files are quiet (empty when stopped)."""
        changed: set[Path] = set()
        while not stop.is_set():
            try:
                path = self.changes.get(timeout=quiet if changed else 0.5)
            except queue.Empty:
                if changed:
                    return changed
                continue
            if self.relevant(path):
                changed.add(path)
        return set()

    def drain(self) -> set[Path]:
        """The changed paths seen so far."""
        changed: set[Path] = set()
        while True:
            try:
                path = self.changes.get_nowait()
            except queue.Empty:
                return changed
            if self.relevant(path):
                changed.add(path)


def own_writes(changed: set[Path], written: set[Path], docs: Path) -> set[Path]:
    """The changes that are not the convert's own writes into docs/ (its pages, their temporary files, its lock)."""
    docs = docs.resolve()
    others = set()
    for path in changed:
        resolved = path.resolve() if path.exists() else path
        if resolved in written or _TEMPORARY.match(path.name) or path.name.endswith(".lock"):
            continue
        if resolved == docs:
            continue
        others.add(path)
    return others


def run(
    rebuild: Callable[[], Build],
    site: Path,
    address: str,
    watcher: Watcher,
    docs: Path,
    *,
    stop: threading.Event | None = None,
    log: Callable[[str], None] = print,
    ready: Callable[[str, Builds], None] | None = None,
) -> None:
    """Builds once, serves the site on `address` (host:port) and rebuilds after every change until `stop` is
    set or the process is interrupted."""
    stop = stop or threading.Event()
    builds = Builds()
    host, port = address.rsplit(":", 1)
    server = http.server.ThreadingHTTPServer((host, int(port)), handler(Path(site).resolve(), builds))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    watcher.start()
    try:
        first = rebuild()
        log(first.summary)
        if first.ok:
            builds.next()
        pending = own_writes(watcher.drain(), first.written, docs)
        thread.start()
        url = f"http://{host}:{server.server_address[1]}/"
        log(f"serving {url} (Ctrl+C stops)")
        if ready is not None:
            ready(url, builds)
        while not stop.is_set():
            changed = pending or watcher.wait(stop)
            if not changed:
                continue
            log(f"changed: {', '.join(sorted(str(p) for p in changed)[:3])}{' ...' if len(changed) > 3 else ''}")
            build = rebuild()
            log(build.summary)
            if build.ok:
                builds.next()
            pending = own_writes(watcher.drain(), build.written, docs)
    finally:
        server.shutdown()
        server.server_close()
        watcher.stop()


def rebuild_function(convert: Callable[[], Any], build: Callable[[], Any], docs: Path) -> Callable[[], Build]:
    """A rebuild: `convert` (returns convert's Report), then `build` (returns build_site's report). A failure is
    a failed build: the preview goes on with the last site."""
    from .datafile import DataFileError
    from .processes import SiteBuildError

    def rebuild() -> Build:
        started = time.perf_counter()
        written: set[Path] = set()
        try:
            report = convert()
            written = {(docs / path).resolve() for path in [*report.written, *report.removed]}
            converted = time.perf_counter() - started
            errors = [f"{f.source}: {f.error}" for f in report.failures] + list(report.write_errors)
            if errors:
                return Build(False, converted, written, "convert failed, site not rebuilt:\n  " + "\n  ".join(errors))
            site = build()
        except (DataFileError, SiteBuildError, OSError) as exc:
            seconds = time.perf_counter() - started
            return Build(False, seconds, written, f"build failed ({seconds:.1f} s), still serving the last site: {exc}")
        seconds = time.perf_counter() - started
        what = "site unchanged"
        if not site.unchanged:
            what = (
                f"site {seconds - converted:.1f} s ({sum(site.rendered.values())} of {sum(site.pages.values())} "
                f"pages rendered, {len(site.pagefind)} search bundles indexed)"
            )
        summary = f"rebuilt in {seconds:.1f} s: convert {converted:.1f} s ({len(report.written)} files written), {what}"
        return Build(True, seconds, written, summary)

    return rebuild


def serve(
    seeds: Path,
    docs: Path,
    cache: Path | None,
    site: Path,
    dev_addr: str,
    *,
    watch: Iterable[Path] = (),
    stop: threading.Event | None = None,
    ready: Callable[[str, Builds], None] | None = None,
    log: Callable[[str], None] = print,
) -> None:
    """Previews the site built from `seeds` (see the module)."""
    from .pipeline import convert
    from .site import MKDOCS_CONFIG, build_site

    rebuild = rebuild_function(
        functools.partial(convert, seeds, docs, cache),
        functools.partial(build_site, docs, site, strict=True, site_url=f"http://{dev_addr}/"),
        docs,
    )
    root = MKDOCS_CONFIG.parent
    folders = [seeds, docs, root / "overrides", root / "hooks", *watch]
    watcher = Watcher(folders, [MKDOCS_CONFIG])
    try:
        run(rebuild, site, dev_addr, watcher, docs, stop=stop, log=log, ready=ready)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
