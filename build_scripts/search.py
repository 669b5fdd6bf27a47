"""The search index: Pagefind over each language's part of a built site, in bundles of bounded size that the
search UI merges at query time (`<language prefix>pagefind/<bundle>/`, listed in `pagefind/bundles.json`).

Pagefind holds every page it indexes in memory (about 0.36 MB a page), so one index over a language of 10,000
articles took 3.6 GB. Each language's indexed pages are therefore split into bundles of at most
BUNDLE_PAGES pages (between half that and that many, on average): articles in one group, every other
indexed page (companies, people, themes, about) in another, each group into 2**k buckets by a hash of the
page's address. Which bundle a page belongs to depends only on its address and how many pages its group
has, so an incremental build and a clean build of the same pages make the same bundles, and a bundle whose
pages did not change (their addresses and what Pagefind reads of them, search_digest) is carried over from
the previous site instead of being indexed again. Each bundle is one Pagefind process, two at a time on a
machine with two cores.

Pagefind's command line indexes files in the order the filesystem lists them, and that order shows in its
output (the same site built on ext4 and on tmpfs gave 16 different index files). So the pages are fed to
Pagefind's service mode (`pagefind --service`, the protocol of its Python and Node APIs: base64 JSON
messages ended by a comma on stdin and stdout) one by one in sorted order: same pages, same bytes.

The search UI (overrides/main.html, assets/javascripts/atlas-search.js) loads Pagefind's component UI from
`pagefind/` and the bundles named in `pagefind/bundles.json`: the first as its primary index, the others
merged into it (Pagefind's `mergeIndex`). A first query fetches each bundle's small entry file and page
list, and of each the one index chunk holding the word searched for.

A run that fails, ends early or writes an empty file fails the build: a disk that fills up during
indexing once gave exit status 0 and 267 empty index files.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from . import processes
from .processes import SiteBuildError, Step

PAGEFIND_DIR = "pagefind"
ENTRY = "pagefind-entry.json"
BUNDLES = "bundles.json"  # the bundle folders of a language, the primary first
# Pages per bundle at most (on average, by hash; between half that and that many). Pagefind's memory is about
# 0.36 MB a page (measured: 1.13 GB for 3,164 Chinese pages), so a bundle of 3,000 pages needs about 1.1 GB.
# A first query fetches of every bundle its entry file, page list and, per word of the query, one index chunk
# of about 24 KB whatever the bundle's size (measured at 3,000 articles: 25 KB more in English, 50 KB in
# Chinese for each further bundle), so fewer, larger bundles cost the reader less; smaller ones cost less to
# index again when one of their pages changes. 3,000: four bundles of 2,500 articles at 10,000.
BUNDLE_PAGES = 3000
ARTICLES = "articles"  # the first folder of article pages: their own group of bundles
GROUPS = {"a": "articles", "p": "other pages"}  # bundle name prefixes
# Pagefind indexes only the elements marked data-pagefind-body (overrides/main.html); inside them it leaves
# out the permalink signs of headings.
INDEX_CONFIG = {"exclude_selectors": [".headerlink"]}
# Pagefind's UIs: the component UI is served once per language from pagefind/ (overrides/main.html loads it
# from there); the other UIs are not used. A bundle keeps what searching needs: pagefind.js, its worker and
# wasm, the entry file, the page list, index chunks and fragments.
COMPONENT_UI = ("pagefind-component-ui.js", "pagefind-component-ui.css")
UNUSED_UI = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
)
# Parts of a page the search leaves out entirely (data-pagefind-ignore="all"; hooks/site.py wraps an article's
# related articles in them): they change when other articles are added, and what they list is indexed on
# those articles' own pages. search_digest leaves them out too, so such a change indexes nothing again.
UNINDEXED_OPEN = '<div data-pagefind-ignore="all" class="atlas-unindexed">'
UNINDEXED_CLOSE = "</div><!-- /atlas-unindexed -->"
_UNINDEXED = re.compile(re.escape(UNINDEXED_OPEN.encode()) + rb".*?" + re.escape(UNINDEXED_CLOSE.encode()), re.S)
_BODY = b"data-pagefind-body"
STATE_VERSION = 1


def pagefind_command() -> list[str]:
    """The Pagefind executable of the `pagefind[extended]` package (the extended build segments Chinese)."""
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise SiteBuildError("Pagefind is not installed: pip install -e '.[site]'", str(exc)) from exc
    executable = get_executable()
    if executable is None:
        raise SiteBuildError("Pagefind's executable was not found: pip install -e '.[site]'", "")
    return [str(executable)]


def pagefind_version() -> str:
    versions = []
    for name in ("pagefind", "pagefind_bin_extended", "pagefind_bin"):
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pass
    return ", ".join(versions)


# --- what is indexed, and in which bundle ------------------------------------------------------------------------


def search_document(html: bytes) -> bytes | None:
    """What Pagefind is given of a page: None for a page it does not index (no data-pagefind-body); else the
    page's <html> tag, its <title> and the element marked data-pagefind-body, the only parts of a page it
    reads when one is marked (the index of 1,000 articles was byte for byte the same as of the whole pages,
    made with a quarter less of Pagefind's time). The whole page when anything outside that element speaks to
    Pagefind (another data-pagefind-* attribute) or the element cannot be cut out."""
    start = html.find(_BODY)
    if start < 0:
        return None
    open_at = html.rfind(b"<", 0, start)
    name = re.match(rb"<([a-zA-Z][a-zA-Z0-9]*)", html[open_at:])
    end = _element_end(html, open_at, name.group(1)) if name else -1
    html_tag = re.search(rb"<html[^>]*>", html[:open_at])
    if end < 0 or html_tag is None or b"data-pagefind-" in html[:open_at] + html[end:]:
        return html
    title = re.search(rb"<title>.*?</title>", html[:open_at], re.S)
    head = b"<head>" + (title.group(0) if title else b"") + b"</head>"
    return b"<!doctype html>" + html_tag.group(0) + head + b"<body>" + html[open_at:end] + b"</body></html>"


def _element_end(html: bytes, start: int, name: bytes) -> int:
    """The end of the element opened at `start` (after its closing tag), counting nested elements of the same
    name; -1 when it does not close."""
    tags = re.compile(rb"<(/?)" + re.escape(name) + rb"\b[^>]*>", re.I)
    depth = 0
    for tag in tags.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return -1


def search_digest(html: bytes) -> str | None:
    """What Pagefind reads of a page, as a SHA-256: None for a page it does not index, else its search_document
    without the unindexed parts. Two pages with the same digest give the same index."""
    document = search_document(html)
    if document is None:
        return None
    return hashlib.sha256(_UNINDEXED.sub(b"", document)).hexdigest()


def language_pages(root: Path, leave_out: Iterable[str]) -> dict[str, str]:
    """The indexed pages in the folders under root (a language's part of the site), as path relative to root
    -> search_digest; pages directly in root (home, 404) and the folders in leave_out are not indexed."""
    skip = set(leave_out) | {PAGEFIND_DIR}
    pages = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in skip):
        for path in folder.rglob("*.html"):
            digest = search_digest(path.read_bytes())
            if digest is not None:
                pages[path.relative_to(root).as_posix()] = digest
    return pages


def _bucket(path: str, bits: int) -> int:
    return int.from_bytes(hashlib.sha256(path.encode("utf-8")).digest()[:4], "big") & ((1 << bits) - 1)


def plan_bundles(pages: Iterable[str], size: int = BUNDLE_PAGES) -> dict[str, list[str]]:
    """Bundle name -> its pages (sorted), for a language's indexed pages (paths relative to its root).

    Articles and other pages in groups of their own, each split into the fewest buckets (a power of two)
    that hold at most `size` pages on average, by a hash of the path: the same pages give the same bundles,
    and a page stays in its bundle until its group doubles. Always at least one bundle (possibly empty), so
    the search UI has an index to load."""
    groups: dict[str, list[str]] = {prefix: [] for prefix in GROUPS}
    for path in pages:
        groups["a" if path.startswith(ARTICLES + "/") else "p"].append(path)
    bundles: dict[str, list[str]] = {}
    for prefix, members in groups.items():
        if not members:
            continue
        bits = 0
        while len(members) > size << bits:
            bits += 1
        for path in sorted(members):
            bundles.setdefault(f"{prefix}{bits}-{_bucket(path, bits):04d}", []).append(path)
    return dict(sorted(bundles.items())) or {"a0-0000": []}


def bundle_digest(language: str, pages: Mapping[str, str], names: Sequence[str]) -> str:
    """What a bundle's files depend on: Pagefind's release and settings, the language, its pages and their
    digests."""
    digest = hashlib.sha256()
    header = {"state": STATE_VERSION, "pagefind": pagefind_version(), "config": INDEX_CONFIG, "language": language}
    digest.update(json.dumps(header, sort_keys=True).encode())
    for name in names:
        digest.update(f"\n{name}\t{pages[name]}".encode())
    return digest.hexdigest()


# --- indexing ----------------------------------------------------------------------------------------------------


@dataclass
class SearchReport:
    """What index_search did: the Pagefind runs (language/bundle -> Step), the bundles carried over, and
    the state of the new index (for the next build)."""

    steps: dict[str, Step] = field(default_factory=dict)
    bundles: dict[str, int] = field(default_factory=dict)  # language -> bundles
    reused: dict[str, int] = field(default_factory=dict)  # language -> bundles carried over
    pages: dict[str, int] = field(default_factory=dict)  # language -> indexed pages
    state: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "bundles": self.bundles,
            "reused": self.reused,
            "pages": self.pages,
            "runs": {name: step.as_dict() for name, step in self.steps.items()},
        }


@dataclass(frozen=True)
class _Bundle:
    language: str
    name: str
    root: Path  # the language's folder of the new site
    pages: list[str]

    @property
    def output(self) -> Path:
        return self.root / PAGEFIND_DIR / self.name


def index_search(
    site_dir: Path,
    default: str,
    languages: Sequence[str],
    *,
    previous: Path | None = None,
    previous_state: Mapping | None = None,
    digests: Mapping[str, Mapping[str, str]] | None = None,
    jobs: int | None = None,
    size: int = BUNDLE_PAGES,
    link: Callable[[Path, Path], None] | None = None,
) -> SearchReport:
    """Indexes every language of the site in site_dir: the default language's pages at the root (the other
    languages' folders left out), every other language's in its folder; pages directly in a language's root
    (home, 404) are not indexed.

    `previous` is the site of the last build and `previous_state` the `state` of its SearchReport: a bundle
    whose pages and digests are unchanged is taken from there (hard links, `link`) instead of being indexed
    again. `digests` gives each language's indexed pages (path -> search_digest) when the caller knows them;
    else the pages are read. `jobs` Pagefind processes run at a time (default: one per core, at most two)."""
    site_dir = Path(site_dir)
    link = link or link_tree
    report = SearchReport(state={"version": STATE_VERSION, "languages": {}})
    valid = previous_state is not None and previous_state.get("version") == STATE_VERSION
    old = previous_state.get("languages", {}) if previous_state is not None and valid else {}
    todo: list[_Bundle] = []
    for language in languages:
        prefix = "" if language == default else f"{language}/"
        root = site_dir / prefix
        pages = dict(digests[language]) if digests is not None else language_pages(root, set(languages) - {language})
        plan = plan_bundles(pages, size)
        folder = root / PAGEFIND_DIR
        processes.remove_tree(folder)
        folder.mkdir(parents=True)
        state = report.state["languages"][language] = {}
        report.bundles[language], report.reused[language], report.pages[language] = len(plan), 0, len(pages)
        previous_folder = previous / prefix / PAGEFIND_DIR if previous is not None else None
        for name, members in plan.items():
            state[name] = bundle_digest(language, pages, members)
            carried = previous_folder / name if previous_folder is not None else None
            if carried is not None and old.get(language, {}).get(name) == state[name] and carried.is_dir():
                link(carried, folder / name)
                report.reused[language] += 1
            else:
                todo.append(_Bundle(language, name, root, members))
        (folder / BUNDLES).write_text(json.dumps(list(plan)) + "\n", encoding="utf-8")
    report.steps = _run_all(todo, jobs)
    for language in languages:
        prefix = "" if language == default else f"{language}/"
        carried = previous / prefix / PAGEFIND_DIR if previous is not None else None
        _component_ui(site_dir / prefix / PAGEFIND_DIR, carried, link)
    return report


def _run_all(bundles: list[_Bundle], jobs: int | None) -> dict[str, Step]:
    """Indexes the bundles, `jobs` at a time; the first failure stops the others and is raised."""
    if not bundles:
        return {}
    if jobs is None:
        jobs = min(2, os.cpu_count() or 1)
    stop = threading.Event()

    def run(bundle: _Bundle) -> Step:
        try:
            return index_bundle(bundle.root, bundle.language, bundle.pages, bundle.output, stop)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {f"{b.language}/{b.name}": pool.submit(run, b) for b in bundles}
        steps = {name: future.result() for name, future in futures.items()}
    for bundle in bundles:
        for name in (*COMPONENT_UI, *UNUSED_UI):
            if name in COMPONENT_UI and not (bundle.output.parent / name).exists():
                os.replace(bundle.output / name, bundle.output.parent / name)
            else:
                (bundle.output / name).unlink(missing_ok=True)
    return steps


def _component_ui(folder: Path, previous: Path | None, link: Callable[[Path, Path], None]) -> None:
    """The component UI in the language's pagefind/ folder: from a bundle indexed now, else (every bundle
    carried over) from the previous site."""
    for name in COMPONENT_UI:
        if (folder / name).is_file():
            continue
        if previous is None or not (previous / name).is_file():
            raise SiteBuildError(f"no Pagefind component UI for {folder} (the previous site has none)", "")
        link(previous / name, folder / name)


def index_bundle(
    root: Path, language: str, pages: Sequence[str], output: Path, stop: threading.Event | None = None
) -> Step:
    """One Pagefind service run writing `output` for the given pages of root (paths relative to root, fed in
    this order)."""
    processes.remove_tree(output)
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        service = processes.start(
            pagefind_command() + ["--service"], root, stdout=processes.PIPE, stdin=processes.PIPE, stderr=devnull
        )
    client = _Client(service, f"pagefind ({language}, {output.name})")
    try:
        index = client.send({"type": "NewIndex", "config": {**INDEX_CONFIG, "force_language": language}})["index_id"]
        for page in pages:
            if stop is not None and stop.is_set():
                raise SiteBuildError(f"pagefind ({language}, {output.name}) stopped: another bundle failed", "")
            document = search_document((root / page).read_bytes())
            html = (document or b"").decode("utf-8")
            client.send({"type": "AddFile", "index_id": index, "url": None, "file_contents": html, "file_path": page})
        client.send({"type": "WriteFiles", "index_id": index, "output_path": str(output)})
        _wait_until_written(output)
        client.requests.close()
        step = processes.wait(service, started)
    finally:
        processes.stop(service)
    _check_bundle(output, f"{language}, {output.name}")
    return step


def link_tree(source: Path, target: Path) -> None:
    """A copy of a file or folder tree made of hard links (the files are never written in place afterwards:
    every build writes new files)."""
    if source.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, target)
        return
    for folder, _dirs, files in os.walk(source):
        relative = Path(folder).relative_to(source)
        (target / relative).mkdir(parents=True, exist_ok=True)
        for name in files:
            os.link(Path(folder) / name, target / relative / name)


class _Client:
    """Requests to a Pagefind service, one at a time."""

    def __init__(self, process: subprocess.Popen[bytes], what: str):
        # started with stdin=PIPE and stdout=PIPE: a pipe each way, the replies read through a BufferedReader
        assert process.stdin is not None and isinstance(process.stdout, io.BufferedReader)
        self.process, self.requests, self.replies = process, process.stdin, process.stdout
        self.what, self.last_id = what, 0

    def send(self, payload: dict) -> dict:
        self.last_id += 1
        message = json.dumps({"message_id": self.last_id, "payload": payload}).encode("utf-8")
        try:
            self.requests.write(base64.b64encode(message) + b",")
            self.requests.flush()
        except OSError as exc:
            raise SiteBuildError(f"{self.what} ended early ({exc.strerror})", "") from exc
        reply = self._read()
        if reply.get("type") == "Error":
            raise SiteBuildError(f"{self.what} failed: {reply.get('message')}", json.dumps(reply, ensure_ascii=False))
        return reply

    def _read(self) -> dict:
        data = bytearray()
        while not data.endswith(b","):
            chunk = self.replies.read1(1 << 16)
            if not chunk:
                raise SiteBuildError(f"{self.what} ended early (exit status {self.process.wait()})", "")
            data += chunk
        return json.loads(base64.b64decode(bytes(data[:-1])))["payload"]


def _wait_until_written(output: Path, timeout: float = 120.0) -> None:
    """Pagefind's service answers WriteFiles while its last files are still being written, and exits
    mid-write when its input closes: on a busy machine 4 of 20 runs had an empty pagefind-entry.json at the
    answer, and kept it. So wait until the entry file is whole JSON, no file is empty and nothing changed
    for a tenth of a second (_check_bundle checks the result)."""
    deadline, previous = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        files = {p: p.stat().st_size for p in output.rglob("*") if p.is_file()}
        if files == previous and all(files.values()) and _whole_json(output / ENTRY):
            return
        previous = files
        time.sleep(0.1)


def _whole_json(path: Path) -> bool:
    try:
        json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return True


def _check_bundle(output: Path, what: str) -> None:
    """The bundle has its entry file and no empty file (gzipped chunks are never empty)."""
    if not (output / ENTRY).is_file():
        raise SiteBuildError(f"pagefind ({what}) wrote no {PAGEFIND_DIR}/{ENTRY}", "")
    empty = sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file() and p.stat().st_size == 0)
    if empty:
        raise SiteBuildError(f"pagefind ({what}) wrote {len(empty)} empty files (disk full?)", "\n".join(empty[:20]))
