"""The published site: runs the real MkDocs build (mkdocs.yml at the repository root) on a docs folder the
pipeline has written and indexes it for search with Pagefind (preview.py serves it while it changes).

The site layer itself is configuration (mkdocs.yml), templates (overrides/) and one MkDocs hook
(hooks/site.py); this module is what the command line calls.

`build_site` runs one `mkdocs build` process per language at the same time (ATLAS_BUILD_LANGUAGE tells the
hook which one; mkdocs-static-i18n would otherwise build the languages one after the other in one process),
each into a folder of its own, and merges them: the default language at the root, the others' own folders
(de/, zh/) beside it, and the sitemap entries of every language (in sitemap-<language>.xml, listed by a
sitemap index in sitemap.xml). Then Pagefind indexes each language in bundles (search.py), and the finished
site replaces the previous one in a single atomic switch.

Only what changed is built again: nothing at all when the fingerprint of everything that can change a page
and the hashes of docs/ are those of the site in place; else MkDocs renders only the pages whose key changed
(incremental.py; the others are hard links to the site in place) and Pagefind indexes only the bundles whose
pages changed. What the site in place was built from is kept beside it (`.site-state/`), removed before the
switch and written after it.
"""

from __future__ import annotations

import ctypes
import errno
import gzip
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

from . import processes
from .hashing import json_sha256_hex
from .incremental import SPEC as INCREMENTAL
from .lock import locked
from .processes import SiteBuildError, Step
from .search import index_search

REPO_ROOT = Path(__file__).resolve().parent.parent
MKDOCS_CONFIG = REPO_ROOT / "mkdocs.yml"
BUILD_LANGUAGE = "ATLAS_BUILD_LANGUAGE"  # read by hooks/site.py
SITEMAP = "sitemap.xml"
# Each language's sitemap, listed by sitemap.xml (a sitemap index). Not one sitemap.xml with every page: it
# would pass the protocol's 50,000 addresses at about 10,000 articles, and Material's JavaScript fetches the
# sitemap.xml beside each `link rel=alternate` of a page (the root one from every English page, because of the
# feed link): 2 MB at 1,000 articles, fetched for nothing (its use, keeping the page when switching between
# sites, never applies here: the language switcher links the page's own versions).
LANGUAGE_SITEMAP = "sitemap-{language}.xml"


@dataclass
class SiteBuildReport:
    """What build_site did and what it cost (the benchmark records it)."""

    languages: dict[str, Step] = field(default_factory=dict)  # one MkDocs process per language
    mkdocs_seconds: float = 0.0  # wall time of all MkDocs processes together
    merge_seconds: float = 0.0
    pagefind: dict[str, Step] = field(default_factory=dict)  # one Pagefind run per bundle indexed: "en/a0-0000"
    pagefind_seconds: float = 0.0  # wall time of all Pagefind runs together
    search: dict = field(default_factory=dict)  # bundles per language, how many were carried over
    inputs_seconds: float = 0.0  # fingerprint and hashes of docs/
    unchanged: bool = False  # nothing to do: the site in place was built from the same inputs
    commit_seconds: float = 0.0  # the switch and the state
    cleanup_seconds: float = 0.0  # removing the work folder, with the previous site in it
    rendered: dict[str, int] = field(default_factory=dict)  # per language: pages MkDocs rendered
    pages: dict[str, int] = field(default_factory=dict)  # per language: pages in all
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "languages": {language: step.as_dict() for language, step in self.languages.items()},
            "mkdocs_seconds": round(self.mkdocs_seconds, 3),
            "mkdocs_cpu_seconds": round(sum(step.cpu_seconds for step in self.languages.values()), 3),
            "merge_seconds": round(self.merge_seconds, 3),
            "pagefind": {language: step.as_dict() for language, step in self.pagefind.items()},
            "pagefind_seconds": round(self.pagefind_seconds, 3),
            "pagefind_cpu_seconds": round(sum(step.cpu_seconds for step in self.pagefind.values()), 3),
            "pagefind_max_rss_mb": round(max((step.max_rss_mb for step in self.pagefind.values()), default=0), 1),
            "search": self.search,
            "inputs_seconds": round(self.inputs_seconds, 3),
            "commit_seconds": round(self.commit_seconds, 3),
            "cleanup_seconds": round(self.cleanup_seconds, 3),
            "unchanged": self.unchanged,
            "rendered": self.rendered,
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
        }


# --- configuration ------------------------------------------------------------------------------------------------


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs (`!ENV` as MkDocs reads it, other tags as null)."""


def _env(loader, node):
    """`!ENV [NAME, default]` as MkDocs reads it (the first variable set, else the default)."""
    values = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    names, default = (values[:-1], values[-1]) if len(values) > 1 else (values, None)
    return next((os.environ[name] for name in names if name in os.environ), default)


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _config(config_file: Path) -> dict:
    return yaml.load(Path(config_file).read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}


def site_address(config_file: Path = MKDOCS_CONFIG, site_url: str | None = None) -> str:
    """The address the site is built for, as MkDocs takes it: `site_url` given, else mkdocs.yml's site_url
    (SITE_URL from the environment or its default); with a trailing slash."""
    address = site_url or _config(config_file).get("site_url") or "/"
    return address if address.endswith("/") else address + "/"


def site_languages(config_file: Path = MKDOCS_CONFIG) -> tuple[str, list[str]]:
    """(default language, every language built), from the i18n plugin's entry in mkdocs.yml."""
    config = _config(config_file)
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = [lang for lang in plugin["i18n"].get("languages") or [] if lang.get("build", True)]
            default = next((lang["locale"] for lang in languages if lang.get("default")), None)
            if default is None:
                break
            return default, [lang["locale"] for lang in languages]
    raise SiteBuildError(f"{config_file}: no i18n plugin with a default language", "")


def _environment(docs_dir: Path | None, site_dir: Path | None, site_url: str | None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    env.pop(BUILD_LANGUAGE, None)
    env.pop(INCREMENTAL, None)
    if docs_dir is not None:
        env["ATLAS_DOCS_DIR"] = str(Path(docs_dir).resolve())
    if site_dir is not None:
        env["ATLAS_SITE_DIR"] = str(Path(site_dir).resolve())
    if site_url:
        env["SITE_URL"] = site_url if site_url.endswith("/") else site_url + "/"
    return env


# --- the build ---


def build_site(
    docs_dir: Path,
    site_dir: Path,
    strict: bool = True,
    *,
    site_url: str | None = None,
    config_file: Path = MKDOCS_CONFIG,
    jobs: int | None = None,
    search: bool = True,
) -> SiteBuildReport:
    """Builds every language of the site from `docs_dir`, with its search index, in place of `site_dir` at once.

    One `mkdocs build` process per language, `jobs` of them at a time (default: all languages at once when the
    machine has more than one core, else one after the other). Raises SiteBuildError with the output when a
    build fails, and in strict mode also when MkDocs logged any warning. `site_url` is the address the site
    will be served from (canonical links, sitemap, hreflang, feeds); by default SITE_URL from the
    environment, else mkdocs.yml's local default. `search=False` skips Pagefind (no search on that site).

    A transaction: everything is built in a work folder beside `site_dir` (`.site-build-*`), and `site_dir`
    changes only by the final switch, so a failure or a kill at any point leaves the previous site whole.
    The work folder goes on every way out; one left by a killed build goes at the next start. A second build
    of the same `site_dir` waits for the first (lock.py); `docs_dir` is read under a shared lock, so no
    `convert` writes it meanwhile.
    """
    started = time.perf_counter()
    report = SiteBuildReport()
    languages = site_languages(config_file)
    site_dir = Path(site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    with locked(docs_dir, shared=True), locked(site_dir):
        recover(site_dir)
        inputs_started = time.perf_counter()
        fingerprint = site_fingerprint(config_file, site_address(config_file, site_url), strict)
        sources = docs_hashes(docs_dir)
        docs = json_sha256_hex(sources)
        previous = load_state(site_dir)
        report.inputs_seconds = time.perf_counter() - inputs_started
        if previous is not None and _unchanged(previous, fingerprint, docs, search):
            report.unchanged = True
            report.seconds = time.perf_counter() - started
            return report
        work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-build-", dir=site_dir.parent))
        try:
            (work / SOURCES).write_text(json.dumps(sources), encoding="utf-8")
            runs = _MkDocsRuns(docs_dir, work, strict, site_url, config_file, fingerprint, site_dir, previous)
            state = _build_merged(runs, languages, report, jobs, search)
            state.update(fingerprint=fingerprint, docs=docs)
            commit_started = time.perf_counter()
            _commit(work, site_dir, state, languages[1])
            report.commit_seconds = time.perf_counter() - commit_started
        finally:
            cleanup_started = time.perf_counter()
            processes.remove_tree(work)  # with the previous site, after the switch
            report.cleanup_seconds = time.perf_counter() - cleanup_started
    report.seconds = time.perf_counter() - started
    return report


def _unchanged(previous: dict, fingerprint: str, docs: str, search: bool) -> bool:
    """Whether the site in place was built from these very inputs (nothing to do)."""
    return (
        previous.get("fingerprint") == fingerprint and previous.get("docs") == docs and ("search" in previous) == search
    )


def _commit(work: Path, site_dir: Path, state: dict, languages: list[str]) -> None:
    """The new site in place of the old one, then its state. The state describes the site in place: it goes
    before the switch and the new one is complete only with its state.json (written last), so a build killed
    anywhere in between leaves no state, and the next build starts from nothing."""
    folder = state_path(site_dir)
    (folder / STATE_FILE).unlink(missing_ok=True)
    switch(work / "merged", site_dir, work)
    folder.mkdir(exist_ok=True)
    for language in languages:
        pages = work / PAGES_FILE.format(language=language)
        if pages.is_file():
            os.replace(pages, folder / PAGES_FILE.format(language=language))
    temporary = folder / (STATE_FILE + ".tmp")
    temporary.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
    os.replace(temporary, folder / STATE_FILE)


@dataclass(frozen=True)
class _MkDocsRuns:
    """How the MkDocs process of each language of one build runs: into work/<language>, logging to
    work/<language>.log."""

    docs_dir: Path
    work: Path
    strict: bool
    site_url: str | None
    config_file: Path
    fingerprint: str
    previous_site: Path
    previous: dict | None  # the state of the site in place, None to build from nothing

    def output(self, language: str) -> Path:
        return self.work / language

    def log(self, language: str) -> Path:
        return self.work / f"{language}.log"

    def pages(self, language: str) -> Path:
        """What the language's build made (incremental.py), kept as the state of the next build."""
        return self.work / PAGES_FILE.format(language=language)

    def start(self, language: str) -> subprocess.Popen:
        # --dirty: MkDocs renders only what incremental.py marks as modified, into an empty folder
        command = [sys.executable, "-m", "mkdocs", "build", "--dirty", "--config-file", str(self.config_file)]
        if self.strict:
            command.append("--strict")
        env = _environment(self.docs_dir, self.output(language), self.site_url)
        env[BUILD_LANGUAGE] = language
        previous = state_path(self.previous_site) / PAGES_FILE.format(language=language) if self.previous else None
        spec = {
            "fingerprint": self.fingerprint,
            "sources": str(self.work / SOURCES),
            "previous_site": str(self.previous_site) if self.previous else None,
            "previous_state": str(previous) if previous else None,
            "output": str(self.pages(language)),
        }
        spec_path = self.work / f"{language}.incremental.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        env[INCREMENTAL] = str(spec_path)
        cwd = Path(self.config_file).resolve().parent
        with open(self.log(language), "wb") as log:
            return processes.start(command, cwd, env=env, stdout=log, stderr=processes.STDOUT)


def _build_merged(
    runs: _MkDocsRuns, languages: tuple[str, list[str]], report: SiteBuildReport, jobs: int | None, search: bool
) -> dict:
    """Every language built and merged into work/merged, with its search index unless `search` is False; what
    did not change taken from the previous site. Returns the new state (without fingerprint and docs)."""
    default, built = languages
    outputs = _build_languages(runs, built, report, jobs)
    pages = {language: _read_pages(runs.pages(language)) for language in built}
    report.rendered = {language: pages[language].get("rendered", 0) for language in built}
    report.pages = {language: len(pages[language].get("pages", {})) for language in built}
    merge_started = time.perf_counter()
    _merge(outputs, default, built, runs.work / "merged", site_address(runs.config_file, runs.site_url))
    report.merge_seconds = time.perf_counter() - merge_started
    state: dict = {"version": STATE_VERSION, "languages": built}
    if search:
        pagefind_started = time.perf_counter()
        digests = {language: _search_digests(pages[language], language, default) for language in built}
        search_report = index_search(
            runs.work / "merged",
            default,
            built,
            previous=runs.previous_site if runs.previous else None,
            previous_state=(runs.previous or {}).get("search"),
            digests=digests,
        )
        report.pagefind = search_report.steps
        report.search = search_report.as_dict()
        state["search"] = search_report.state
        report.pagefind_seconds = time.perf_counter() - pagefind_started
    return state


def _read_pages(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SiteBuildError(f"the MkDocs build wrote no record of its pages ({path.name})", str(exc)) from exc


def _search_digests(pages: dict, language: str, default: str) -> dict[str, str]:
    """The pages the search indexes in a language (path below the language's folder -> search digest), from
    what its MkDocs build recorded; the pages directly in the language's folder (home, 404) are not indexed."""
    prefix = "" if language == default else f"{language}/"
    digests = {}
    for dest, record in pages.get("pages", {}).items():
        if record[1] is None or not dest.startswith(prefix):
            continue
        path = dest[len(prefix) :]
        if "/" in path:
            digests[path] = record[1]
    return digests


def _build_languages(
    runs: _MkDocsRuns, languages: list[str], report: SiteBuildReport, jobs: int | None
) -> dict[str, Path]:
    """Runs one `mkdocs build` per language, `jobs` at a time; a failing language stops the others."""
    if jobs is None:
        jobs = len(languages) if (os.cpu_count() or 1) > 1 else 1
    todo = list(languages)
    running: list[tuple[subprocess.Popen, float, str]] = []  # process, start time, language
    steps: dict[str, Step] = {}
    mkdocs_started = time.perf_counter()
    try:
        while todo or running:
            while todo and len(running) < max(1, jobs):
                language = todo.pop(0)
                running.append((runs.start(language), time.perf_counter(), language))
            position, step = processes.wait_any([(popen, began) for popen, began, _ in running])
            popen, _began, language = running.pop(position)
            steps[language] = step
            _check(popen.returncode, runs.log(language), f"mkdocs build ({language})", runs.strict)
    finally:
        for popen, _began, _language in running:
            processes.stop(popen)
    report.mkdocs_seconds = time.perf_counter() - mkdocs_started
    report.languages = {language: steps[language] for language in languages}
    return {language: runs.output(language) for language in languages}


def _check(status: int, log: Path, what: str, strict: bool) -> None:
    output = log.read_text(encoding="utf-8", errors="replace").strip()
    if status != 0:
        raise SiteBuildError(f"{what} failed (exit status {status})", output)
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if strict and warnings:
        raise SiteBuildError(f"{what} logged {len(warnings)} warnings", output)


# --- what the site in place was built from ---------------------------------------------------------------------

STATE_VERSION = 2
STATE_FILE = "state.json"  # written last: without it the folder describes no site
PAGES_FILE = "pages-{language}.json"  # per language: the record of incremental.py
SOURCES = "sources.json"  # in the work folder: SHA-256 of every file of docs/, for the MkDocs processes
# What can change every page of the site, besides the Markdown: read by MkDocs, its theme and hooks/site.py.
SITE_INPUTS = ("overrides", "hooks", "build_scripts", "data/i18n")


def state_path(site_dir: Path) -> Path:
    """The folder that describes the site in site_dir (what each part was made from), beside it
    (`.site-state/`), never published."""
    site_dir = Path(site_dir).resolve()
    return site_dir.parent / f".{site_dir.name}-state"


def load_state(site_dir: Path) -> dict | None:
    """The state the last build left for the site in site_dir, or None when there is none to trust: no site,
    no (complete) state, another version of it."""
    if not Path(site_dir).is_dir():
        return None
    try:
        state = json.loads((state_path(site_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and state.get("version") == STATE_VERSION else None


def site_fingerprint(config_file: Path, address: str, strict: bool) -> str:
    """SHA-256 of everything that can change any page: mkdocs.yml, templates, hooks, the package's code, the UI
    strings, the installed packages (MkDocs, Material, static-i18n, Markdown, Pagefind, ...), Python, the
    site's address and strictness."""
    root = Path(config_file).resolve().parent
    digest = hashlib.sha256()
    digest.update(json.dumps([STATE_VERSION, address, strict, platform.python_version(), sys.executable]).encode())
    digest.update(Path(config_file).read_bytes())
    for folder in SITE_INPUTS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"\n{path.relative_to(root).as_posix()}\n".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions())
    digest.update("\n".join(packages).encode())
    return digest.hexdigest()


def docs_hashes(docs_dir: Path) -> dict[str, str]:
    """SHA-256 of every file below docs_dir, by its path relative to it."""
    docs_dir = Path(docs_dir)
    hashes = {}
    for folder, _dirs, files in os.walk(docs_dir):
        for name in files:
            path = Path(folder) / name
            hashes[path.relative_to(docs_dir).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return dict(sorted(hashes.items()))


# --- the switch -----------------------------------------------------------------------------------------------------

PREVIOUS = "previous"  # where the two-rename switch parks the old site, inside the work folder
_RENAME_EXCHANGE = 2  # renameat2(2) flag
_AT_FDCWD = -100


def switch(new: Path, site_dir: Path, work: Path) -> None:
    """Puts the complete build `new` in place of `site_dir` in one step: renameat2(RENAME_EXCHANGE) swaps the
    two folders atomically (ext4, tmpfs, btrfs, xfs), so `site_dir` is the old site or the new one, never
    missing or mixed; the old site ends up at `new`'s path, inside the work folder. Where the filesystem
    cannot exchange, two renames: a build killed between them leaves the old site in the work folder, and
    recover() puts it back at the next start."""
    if not os.path.lexists(site_dir):
        os.rename(new, site_dir)
    elif not _exchange(new, site_dir):
        os.rename(site_dir, work / PREVIOUS)
        os.rename(new, site_dir)


def _exchange(first: Path, second: Path) -> bool:
    """Swaps two paths atomically; False when the system or filesystem cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def recover(site_dir: Path) -> None:
    """Cleans up after a killed build (called with the site's lock held, so no other build is running):
    puts back an old site parked by an interrupted two-rename switch, and removes work folders."""
    for work in sorted(site_dir.parent.glob(f".{site_dir.name}-build-*")):
        if (work / PREVIOUS).is_dir() and not os.path.lexists(site_dir):
            os.rename(work / PREVIOUS, site_dir)
        processes.remove_tree(work)


def _merge(outputs: dict[str, Path], default: str, languages: list[str], target: Path, address: str) -> None:
    """The default language's build with every other language's own folder moved in; each language's
    sitemap in sitemap-<language>.xml, and sitemap.xml a sitemap index of them."""
    os.replace(outputs[default], target)
    for language in languages:
        if language == default:
            continue
        own = outputs[language] / language
        if not own.is_dir():
            raise SiteBuildError(f"the {language} build wrote no {language}/ folder", "")
        if (target / language).exists():
            processes.remove_tree(target / language)
        os.replace(own, target / language)
    sitemaps = {language: (target if language == default else outputs[language]) / SITEMAP for language in languages}
    if all(path.is_file() for path in sitemaps.values()):
        names = []
        for language, path in sitemaps.items():
            name = LANGUAGE_SITEMAP.format(language=language)
            (target / name).write_bytes(path.read_bytes())
            names.append(name)
        _write_sitemap(target / SITEMAP, sitemap_index([address + name for name in names]))


def sitemap_index(addresses: Sequence[str]) -> str:
    """A sitemap index (sitemaps.org) listing the given sitemaps."""
    entries = "".join(f"\n    <sitemap>\n        <loc>{escape(address)}</loc>\n    </sitemap>" for address in addresses)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}\n</sitemapindex>\n'
    )


def _write_sitemap(path: Path, text: str) -> None:
    """sitemap.xml and sitemap.xml.gz the way MkDocs writes them (the gzip header keeps MkDocs' timestamp)."""
    path.write_text(text, encoding="utf-8")
    gz = path.with_name(path.name + ".gz")
    mtime = int.from_bytes(gz.read_bytes()[4:8], "little") if gz.is_file() else 0
    with open(gz, "wb") as handle, gzip.GzipFile(fileobj=handle, filename=str(gz), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
