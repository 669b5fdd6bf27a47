"""The published site: runs the real MkDocs build (mkdocs.yml at the repository root) on a docs folder the
pipeline has written, indexes it for search with Pagefind, and previews it locally.

The site layer itself is configuration (mkdocs.yml), templates (overrides/) and one MkDocs hook
(hooks/site.py); this module is what the command line calls.

`build_site` runs one `mkdocs build` process per language at the same time (ATLAS_BUILD_LANGUAGE tells the
hook which one; mkdocs-static-i18n would otherwise build the languages one after the other in one process),
each into a folder of its own, and merges them: the default language at the root, the others' own folders
(de/, zh/) beside it, and the sitemap entries of every language (in sitemap-<language>.xml, listed by a
sitemap index in sitemap.xml). Then Pagefind indexes each language on its own, into a chunked search bundle in that language's folder
(pagefind/, de/pagefind/, zh/pagefind/): a reader's search only ever loads the bundle of the page's language,
and one Pagefind run holds a third of the pages in memory (Pagefind keeps every page it indexes in memory
until it writes the index: about 0.25 MB per page).
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from xml.sax.saxutils import escape

REPO_ROOT = Path(__file__).resolve().parent.parent
MKDOCS_CONFIG = REPO_ROOT / "mkdocs.yml"
BUILD_LANGUAGE = "ATLAS_BUILD_LANGUAGE"  # read by hooks/site.py
PAGEFIND_DIR = "pagefind"
# Pagefind indexes only the elements marked data-pagefind-body (overrides/main.html); inside them it leaves
# out the permalink signs of headings.
PAGEFIND_ARGS = ("--exclude-selectors", ".headerlink")
SEARCH_BUNDLE = "pagefind/pagefind-entry.json"  # one per language folder
SITEMAP = "sitemap.xml"
# Each language's sitemap, listed by sitemap.xml (a sitemap index). Not one sitemap.xml with every page: it
# would pass the protocol's 50,000 addresses at about 10,000 articles, and Material's JavaScript fetches the
# sitemap.xml beside each `link rel=alternate` of a page (the root one from every English page, because of the
# feed link): 2 MB at 1,000 articles, fetched for nothing (its use, keeping the page when switching between
# sites, never applies here: the language switcher links the page's own versions).
LANGUAGE_SITEMAP = "sitemap-{language}.xml"


class SiteBuildError(Exception):
    """MkDocs or Pagefind failed, or MkDocs warned in strict mode. `output` holds everything they printed."""

    def __init__(self, message: str, output: str) -> None:
        super().__init__(f"{message}\n{output}".rstrip())
        self.output = output


@dataclass
class Step:
    """One process of the build: wall seconds, CPU seconds (user + system) and its largest resident set."""

    seconds: float
    cpu_seconds: float
    max_rss_mb: float

    def as_dict(self) -> dict:
        return {"seconds": round(self.seconds, 3), "cpu_seconds": round(self.cpu_seconds, 3),
                "max_rss_mb": round(self.max_rss_mb, 1)}


@dataclass
class SiteBuildReport:
    """What build_site did and what it cost (the benchmark records it)."""

    languages: dict[str, Step] = field(default_factory=dict)  # one MkDocs process per language
    mkdocs_seconds: float = 0.0  # wall time of all MkDocs processes together
    merge_seconds: float = 0.0
    pagefind: dict[str, Step] = field(default_factory=dict)  # one Pagefind run per language
    pagefind_seconds: float = 0.0  # wall time of all Pagefind runs together
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
    if docs_dir is not None:
        env["ATLAS_DOCS_DIR"] = str(Path(docs_dir).resolve())
    if site_dir is not None:
        env["ATLAS_SITE_DIR"] = str(Path(site_dir).resolve())
    if site_url:
        env["SITE_URL"] = site_url if site_url.endswith("/") else site_url + "/"
    return env


# --- processes ----------------------------------------------------------------------------------------------------


@dataclass
class _Process:
    popen: subprocess.Popen
    log: Path
    started: float
    language: str = ""
    step: Step | None = None
    status: int | None = None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace").strip()


def _start(command: list[str], env: dict[str, str], cwd: Path, log: Path, language: str = "") -> _Process:
    with open(log, "wb") as handle:
        popen = subprocess.Popen(command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT)
    return _Process(popen, log, time.perf_counter(), language)


def _wait_any(running: list[_Process]) -> _Process:
    """Waits for one of the processes to end; records its exit status, times and memory (os.wait4 on its
    own id, so no other child of this process is reaped)."""
    while True:
        for process in running:
            pid, status, usage = os.wait4(process.popen.pid, os.WNOHANG)
            if pid == 0:
                continue
            process.status = os.waitstatus_to_exitcode(status)
            process.popen.returncode = process.status
            process.step = Step(time.perf_counter() - process.started, usage.ru_utime + usage.ru_stime,
                                usage.ru_maxrss / 1024)  # ru_maxrss: KiB on Linux
            return process
        time.sleep(0.05)


def _check(process: _Process, what: str, strict: bool) -> None:
    output = process.output()
    if process.status != 0:
        raise SiteBuildError(f"{what} failed (exit status {process.status})", output)
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if strict and warnings:
        raise SiteBuildError(f"{what} logged {len(warnings)} warnings", output)


# --- the build ----------------------------------------------------------------------------------------------------


def build_site(
    docs_dir: Path,
    site_dir: Path,
    strict: bool = True,
    *,
    site_url: str | None = None,
    config_file: Path = MKDOCS_CONFIG,
    jobs: int | None = None,
    search: bool = True,
    search_jobs: int = 1,
) -> SiteBuildReport:
    """Builds the whole site (every language) from `docs_dir` into `site_dir` (replaced), then its search index.

    One `mkdocs build` process per language, `jobs` of them at a time (default: all languages at once when the
    machine has more than one core, else one after the other). Raises SiteBuildError with the output when a
    build fails, and in strict mode also when MkDocs logged any warning. `site_url` is the address the site
    will be served from (canonical links, sitemap, hreflang, feeds); by default SITE_URL from the
    environment, else mkdocs.yml's local default. `search=False` skips Pagefind (no search on that site);
    `search_jobs` Pagefind runs at a time (default one: each holds its language's pages in memory).
    """
    started = time.perf_counter()
    report = SiteBuildReport()
    default, languages = site_languages(config_file)
    site_dir = Path(site_dir).resolve()
    if jobs is None:
        jobs = len(languages) if (os.cpu_count() or 1) > 1 else 1
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-build-", dir=site_dir.parent))
    try:
        outputs = {language: work / language for language in languages}
        command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--config-file", str(config_file)]
        if strict:
            command.append("--strict")
        cwd = Path(config_file).resolve().parent
        todo, running, done = list(languages), [], []
        mkdocs_started = time.perf_counter()
        try:
            while todo or running:
                while todo and len(running) < max(1, jobs):
                    language = todo.pop(0)
                    env = _environment(docs_dir, outputs[language], site_url)
                    env[BUILD_LANGUAGE] = language
                    running.append(_start(command, env, cwd, work / f"{language}.log", language))
                finished = _wait_any(running)
                running.remove(finished)
                done.append(finished)
                _check(finished, f"mkdocs build ({finished.language})", strict)
        finally:
            for process in running:  # a failed language stops the others
                process.popen.kill()
                process.popen.wait()
        report.mkdocs_seconds = time.perf_counter() - mkdocs_started
        for process in sorted(done, key=lambda p: languages.index(p.language)):
            report.languages[process.language] = process.step

        merge_started = time.perf_counter()
        _merge(outputs, default, languages, work / "merged", site_address(config_file, site_url))
        if site_dir.exists():
            shutil.rmtree(site_dir)
        os.replace(work / "merged", site_dir)
        report.merge_seconds = time.perf_counter() - merge_started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if search:
        pagefind_started = time.perf_counter()
        report.pagefind = index_search(site_dir, default, languages, jobs=search_jobs)
        report.pagefind_seconds = time.perf_counter() - pagefind_started
    report.seconds = time.perf_counter() - started
    return report


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
            shutil.rmtree(target / language)
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
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}\n</sitemapindex>\n')


def _write_sitemap(path: Path, text: str) -> None:
    """sitemap.xml and sitemap.xml.gz the way MkDocs writes them (the gzip header keeps MkDocs' timestamp)."""
    path.write_text(text, encoding="utf-8")
    gz = path.with_name(path.name + ".gz")
    mtime = int.from_bytes(gz.read_bytes()[4:8], "little") if gz.is_file() else 0
    with open(gz, "wb") as handle, gzip.GzipFile(fileobj=handle, filename=str(gz), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))


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


def index_search(site_dir: Path, default: str, languages: Sequence[str], *, jobs: int = 1) -> dict[str, Step]:
    """Runs Pagefind over each language's part of the built site (`jobs` runs at a time): the default
    language's pages at the root (the other languages' folders left out), every other language's in its
    folder; each gets one chunked index in pagefind/ beside its pages. Only the content marked
    data-pagefind-body is indexed (overrides/main.html)."""
    site_dir = Path(site_dir)
    steps: dict[str, Step] = {}
    with tempfile.TemporaryDirectory(prefix="atlas-pagefind-") as tmp:
        todo, running = list(languages), []
        try:
            while todo or running:
                while todo and len(running) < max(1, jobs):
                    language = todo.pop(0)
                    root = site_dir if language == default else site_dir / language
                    shutil.rmtree(root / PAGEFIND_DIR, ignore_errors=True)
                    others = set(languages) - {language} | {PAGEFIND_DIR}
                    command = pagefind_command() + [
                        "--site", str(root), "--glob", _html_glob(root, others), "--force-language", language,
                        *PAGEFIND_ARGS]
                    running.append(_start(command, dict(os.environ), root, Path(tmp) / f"{language}.log", language))
                finished = _wait_any(running)
                running.remove(finished)
                _check(finished, f"pagefind ({finished.language})", strict=False)
                steps[finished.language] = finished.step
        finally:
            for process in running:
                process.popen.kill()
                process.popen.wait()
    return {language: steps[language] for language in languages}


def _html_glob(root: Path, leave_out: set[str]) -> str:
    """Pagefind's --glob for the HTML files in the folders under root, except those to leave out (the pages
    directly in root are home and 404 pages: nothing to index there)."""
    folders = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in leave_out)
    if not folders:
        return "*.html"
    return (folders[0] if len(folders) == 1 else "{" + ",".join(folders) + "}") + "/**/*.html"


# --- preview --------------------------------------------------------------------------------------------------------

# Set by serve(): called by hooks/site.py before each rebuild (once per rebuild, not once per language).
_regenerate: Callable[[], object] | None = None


def regenerate_docs() -> None:
    """Called by the MkDocs hook before a build: re-runs the generator when serve() was given one."""
    if _regenerate is not None:
        _regenerate()


def serve(
    docs_dir: Path = Path("docs"),
    *,
    dev_addr: str = "127.0.0.1:8000",
    watch: Sequence[Path] = (),
    regenerate: Callable[[], object] | None = None,
    config_file: Path = MKDOCS_CONFIG,
) -> None:
    """Previews the site with live reload (`mkdocs serve`, in this process, every language in turn) until
    interrupted; the search index is rebuilt after every build (hooks/site.py, ATLAS_SERVE_SEARCH).

    `watch` adds folders whose changes trigger a rebuild (e.g. seeds/ and data/registry/); `regenerate`, if
    given, runs before every rebuild, so the generator can update `docs_dir` first (it should only write
    files whose bytes changed, or every rebuild triggers another one).
    """
    global _regenerate
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ.update(_environment(docs_dir, None, f"http://{dev_addr}/"))
    os.environ["ATLAS_SERVE_SEARCH"] = "1"
    _regenerate = regenerate
    try:
        mkdocs_serve(
            config_file=str(config_file),
            livereload=True,
            watch=[str(path) for path in watch],
            dev_addr=dev_addr,
        )
    finally:
        _regenerate = None
