"""Incremental MkDocs builds: inside the MkDocs process of one language (hooks/site.py calls this module), only
the pages whose output can have changed since the last build are rendered; every other page and static file is
taken from the last build's site as it is (a hard link into the new output folder, which starts empty).

build_scripts/site.py starts MkDocs with `--dirty` and describes the build in a JSON file named by ATLAS_INCREMENTAL:
the fingerprint of everything that can change every page (MkDocs configuration, templates, hooks, code, UI
strings, installed packages, site address), the SHA-256 of every file in docs/, the last build's site and
what this module recorded about it. MkDocs' dirty mode renders a page only when its file says it is modified;
this module decides that for every file, from a key per output file:

- a page: the fingerprint, the language, the page's source and destination, the source's bytes, the language
  versions it links to (static-i18n's alternates) and the navigation as rendered (titles and addresses);
- a static file: the fingerprint, the language, its destination and its source's bytes.

A page is also rendered again when a link it made could resolve differently now: every lookup of a link
target during a page's rendering is recorded with its result, and a page whose lookups give another result
now (its target was added or removed) is rendered again, so it warns (and fails a strict build) exactly as
in a clean build. Links to an anchor of another page are checked by MkDocs only while both pages are
rendered; the generated pages have none.

The sitemap lists every page with its date: a page not rendered gets its date from the record. The record
of each page also holds what the search reads of it (search.search_digest), so site.py knows which search
bundles changed without reading the pages.

MkDocs writes its output with open(..., "wb"), which would write through a hard link into the previous site:
so every file written while a build is incremental is unlinked first (write_file and copy_file below), and
files kept from the previous site are never written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .search import search_digest

SPEC = "ATLAS_INCREMENTAL"  # environment: path of the build's description (written by site.py)
STATE_VERSION = 1
DIRTY_WARNING = "A 'dirty' build is being performed"


class _DirtyWarningFilter(logging.Filter):
    """MkDocs warns on every dirty build, which would fail the strict build: here the dirty build is exact."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def _false() -> bool:
    return False


def _true() -> bool:
    return True


def _unlinking(write: Callable[..., Any]) -> Callable[..., Any]:
    """A MkDocs writer (content or source first, output path second) that replaces the output file instead of
    writing into it."""

    def replacing(first: Any, output_path: str) -> Any:
        if os.path.lexists(output_path) and not os.path.isdir(output_path):
            os.unlink(output_path)
        return write(first, output_path)

    return replacing


class Incremental:
    """The incremental side of one language's MkDocs process (made by from_environment)."""

    def __init__(self, spec: dict) -> None:
        self.fingerprint: str = spec["fingerprint"]
        self.sources: dict[str, str] = json.loads(Path(spec["sources"]).read_text(encoding="utf-8"))
        self.previous_site = Path(spec["previous_site"]) if spec.get("previous_site") else None
        previous = _read_json(spec.get("previous_state"))
        if not previous or previous.get("version") != STATE_VERSION or previous.get("fingerprint") != self.fingerprint:
            previous = None
        self.previous = previous or {"lookups": [], "pages": {}, "files": {}}
        self.output = Path(spec["output"])
        self.kept: dict[str, list] = {}  # dest_uri -> previous record, for pages taken from the previous site
        self.kept_files: dict[str, str] = {}  # dest_uri -> key, for static files taken from it
        self.pages: dict[str, list] = {}  # dest_uri -> [key, search digest, update date, lookups], rendered now
        self.files: dict[str, str] = {}  # dest_uri -> key, static files copied now
        self.keys: dict[str, str] = {}
        self.lookups: dict[str, dict[str, str | None]] = {}  # dest_uri -> {path looked up: dest_uri found}
        self._current: str | None = None
        self.language = ""
        self.files_seen: Any = ()

    @classmethod
    def from_environment(cls) -> Incremental | None:
        path = os.environ.get(SPEC)
        if not path:
            return None
        incremental = cls(json.loads(Path(path).read_text(encoding="utf-8")))
        logging.getLogger("mkdocs.commands.build").addFilter(_DirtyWarningFilter())
        from mkdocs import utils

        utils.write_file = _unlinking(utils.write_file)
        utils.copy_file = _unlinking(utils.copy_file)
        return incremental

    # --- which files are built -------------------------------------------------------------------------------------

    def own_files(self, files, language: str, default: str, languages: list[str]):
        """The files of this language's build (own_language_files): a new Files without the others."""
        from mkdocs.structure.files import Files

        docs = {file.src_uri for file in files if file.src_uri in self.sources}
        own = own_language_files(docs, language, default, languages)
        return Files([file for file in files if file.src_uri not in docs or file.src_uri in own])

    def plan(self, files, nav, language: str, docs_dir: str) -> None:
        """Decides for every file whether it is built (is_modified) or taken from the previous site (linked into
        the output folder now); records the link lookups of the pages built from now on."""
        self.language, self.files_seen = language, files
        navigation = _nav_digest(nav)
        changed = self._changed_lookups(files)
        docs = os.path.realpath(docs_dir) + os.sep
        for file in files:
            inside = file.abs_src_path is not None and os.path.realpath(file.abs_src_path).startswith(docs)
            source = self.sources.get(file.src_uri) if inside else f"outside:{file.abs_src_path}"
            if source is None or getattr(file, "generated_by", None) or getattr(file, "_content", None) is not None:
                file.is_modified = _true
                continue
            parts = [self.fingerprint, language, file.dest_uri, file.src_uri, source, str(file.inclusion)]
            if file.is_documentation_page():
                alternates = getattr(file, "alternates", {}) or {}
                parts += [json.dumps(sorted((k, v.dest_uri) for k, v in alternates.items())), navigation]
            key = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
            self.keys[file.dest_uri] = key
            if file.is_documentation_page():
                record = self.previous["pages"].get(file.dest_uri)
                keep = record is not None and record[0] == key and not changed.intersection(record[3])
            else:
                record = None
                keep = self.previous["files"].get(file.dest_uri) == key
            if keep and self._link(file.dest_uri, file.abs_dest_path):
                file.is_modified = _false
                if record is not None:
                    self.kept[file.dest_uri] = record
                else:
                    self.kept_files[file.dest_uri] = key
            else:
                file.is_modified = _true
        self._record_lookups(files)

    def _changed_lookups(self, files) -> set[int]:
        """Positions in the previous lookup table whose result differs now."""
        return {
            position
            for position, (path, found) in enumerate(self.previous["lookups"])
            if _dest(files.get_file_from_path(path)) != found
        }

    def _link(self, dest_uri: str, target: str) -> bool:
        if self.previous_site is None:
            return False
        source = self.previous_site / dest_uri
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.link(source, target)
        except FileNotFoundError:
            return False
        return True

    def _record_lookups(self, files) -> None:
        lookup = files.get_file_from_path

        def recording(path):
            found = lookup(path)
            if self._current is not None:
                self.lookups.setdefault(self._current, {})[path] = _dest(found)
            return found

        files.get_file_from_path = recording

    # --- pages -----------------------------------------------------------------------------------------------------

    def restore(self, files, undated: Callable[[], str]) -> None:
        """The dates of the pages not rendered, for the sitemap (after the markdown pass)."""
        for file in files.documentation_pages():
            record = self.kept.get(file.dest_uri)
            if record is not None and file.page is not None:
                file.page.update_date = record[2] or undated()

    def page_started(self, page) -> None:
        self._current = page.file.dest_uri
        self.lookups[page.file.dest_uri] = {}

    def page_read(self) -> None:
        self._current = None

    def page_written(self, page, output: str) -> None:
        data = output.encode("utf-8", errors="xmlcharrefreplace")
        date = page.update_date
        self.pages[page.file.dest_uri] = [
            self.keys.get(page.file.dest_uri, ""),
            search_digest(data),
            str(date) if date else "",
            self.lookups.get(page.file.dest_uri, {}),
        ]

    def copied(self, files) -> None:
        """Static files copied now (everything not kept), with their keys."""
        for file in files:
            if not file.is_documentation_page() and file.dest_uri in self.keys and file.dest_uri not in self.kept_files:
                self.files[file.dest_uri] = self.keys[file.dest_uri]

    # --- the record of this build ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Writes what this build made (the state site.py keeps for the next build of this language)."""
        self.copied(self.files_seen)
        table: dict[str, int] = {}
        rows: list[list] = []

        def position(path: str, found: str | None) -> int:
            if path not in table:
                table[path] = len(rows)
                rows.append([path, found])
            return table[path]

        pages = {}
        old_table = self.previous["lookups"]
        for dest, (key, digest, date, positions) in self.kept.items():
            pages[dest] = [key, digest, date, [position(*old_table[p]) for p in positions]]
        for dest, (key, digest, date, lookups) in self.pages.items():
            pages[dest] = [key, digest, date, [position(path, found) for path, found in sorted(lookups.items())]]
        state = {
            "version": STATE_VERSION,
            "fingerprint": self.fingerprint,
            "language": self.language,
            "lookups": rows,
            "pages": pages,
            "files": {**self.kept_files, **self.files},
            "rendered": len(self.pages),
        }
        self.output.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")


def own_language_files(paths: Iterable[str], language: str, default: str, languages: Iterable[str]) -> set[str]:
    """The docs files the build of `language` reads (paths relative to docs/): every file but those of the other
    languages (`x.de.md` in the Chinese build) whose default-language file (`x.md`) exists. Such a file gives
    static-i18n nothing but an alternate whose address is that of the default file's fallback
    (zh/articles/x/ either way), and reading it cost a third of the build's time at 1,000 articles."""
    paths = set(paths)
    others = {other for other in languages if other not in (language, default)}
    own = set()
    for path in paths:
        stem, dot, extension = path.rpartition(".")
        base, _, suffix = stem.rpartition(".") if dot else ("", "", "")
        if base and suffix in others and f"{base}.{extension}" in paths:
            continue
        own.add(path)
    return own


def _dest(file) -> str | None:
    return None if file is None else file.dest_uri


def _nav_digest(nav) -> str:
    """The navigation as every page renders it: titles, addresses and nesting."""

    def item(entry) -> list:
        children = getattr(entry, "children", None) or []
        return [type(entry).__name__, str(entry.title), getattr(entry, "url", None), [item(c) for c in children]]

    return hashlib.sha256(json.dumps([item(entry) for entry in nav.items]).encode("utf-8")).hexdigest()


def _read_json(path: str | None) -> dict | None:
    if not path:
        return None
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None
