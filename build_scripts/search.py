"""The search index: Pagefind over each language's part of a built site, one chunked bundle per language in
that language's folder (pagefind/, de/pagefind/, zh/pagefind/).

Pagefind's command line indexes files in the order the filesystem lists them, and that order shows in its
output (the same site built on ext4 and on tmpfs gave 16 different index files). So the pages are fed to
Pagefind's service mode (`pagefind --service`, the protocol of its Python and Node APIs: base64 JSON
messages ended by a comma on stdin and stdout) one by one in sorted order: same site, same bytes.

A run that fails, ends early or writes an empty file fails the build: a disk that fills up during
indexing once gave exit status 0 and 267 empty index files.
"""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from . import processes
from .processes import SiteBuildError, Step

PAGEFIND_DIR = "pagefind"
ENTRY = "pagefind-entry.json"
# Pagefind indexes only the elements marked data-pagefind-body (overrides/main.html); inside them it leaves
# out the permalink signs of headings.
INDEX_CONFIG = {"exclude_selectors": [".headerlink"]}


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


def index_search(site_dir: Path, default: str, languages: Sequence[str]) -> dict[str, Step]:
    """Indexes every language, one after the other (each run holds its language's pages in memory): the
    default language's pages at the root (the other languages' folders left out), every other language's in
    its folder. Pages directly in a language's root (home, 404) are not indexed."""
    site_dir = Path(site_dir)
    steps = {}
    for language in languages:
        root = site_dir if language == default else site_dir / language
        steps[language] = index_language(root, language, _pages(root, set(languages) - {language}))
    return steps


def _pages(root: Path, leave_out: set[str]) -> list[str]:
    """The HTML pages in the folders under root, sorted, as paths relative to root."""
    pages = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in leave_out | {PAGEFIND_DIR}):
        pages += [path.relative_to(root).as_posix() for path in folder.rglob("*.html")]
    return sorted(pages)


def index_language(root: Path, language: str, pages: Sequence[str]) -> Step:
    """One Pagefind service run writing root/pagefind/ for the given pages (in this order)."""
    output = root / PAGEFIND_DIR
    processes.remove_tree(output)
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        service = processes.start(
            pagefind_command() + ["--service"], root, stdout=processes.PIPE, stdin=processes.PIPE, stderr=devnull
        )
    client = _Client(service, f"pagefind ({language})")
    try:
        index = client.send({"type": "NewIndex", "config": {**INDEX_CONFIG, "force_language": language}})["index_id"]
        for page in pages:
            html = (root / page).read_text(encoding="utf-8")
            client.send({"type": "AddFile", "index_id": index, "url": None, "file_contents": html, "file_path": page})
        client.send({"type": "WriteFiles", "index_id": index, "output_path": str(output)})
        _wait_until_written(output)
        client.requests.close()
        step = processes.wait(service, started)
    finally:
        processes.stop(service)
    _check_bundle(output, language)
    return step


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


def _check_bundle(output: Path, language: str) -> None:
    """The bundle has its entry file and no empty file (gzipped chunks are never empty)."""
    if not (output / ENTRY).is_file():
        raise SiteBuildError(f"pagefind ({language}) wrote no {PAGEFIND_DIR}/{ENTRY}", "")
    empty = sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file() and p.stat().st_size == 0)
    if empty:
        raise SiteBuildError(
            f"pagefind ({language}) wrote {len(empty)} empty files (disk full?)", "\n".join(empty[:20])
        )
