"""The flow, nothing else, as named phases (convert_with): discover the sources -> read them -> convert each
(or take it from the cache; in parallel) -> knowledge (slugs, pages, what the corpus says about each entity)
-> emit the pages -> write them and catalog.json (manifest.py) -> the report. Everything the phases read
besides the sources comes in one BuildContext, made once."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from .cache import ArticleCache, cache_key
from .convert import convert_source, load_models
from .emitters import DEFAULT_OPTIONS, EmitOptions, emit_all, fingerprint, templates_fingerprint
from .emitters.catalog import catalog_entry, catalog_text
from .knowledge import Page, build_knowledge
from .lock import locked
from .manifest import unchanged_summary, write_pages
from .models import Article, Failure, Report, SourceError
from .paths import PagePath
from .registry import REGISTRY_DIR, Registry, load_registry
from .settings import Settings, load_settings
from .site_template import source_lines, templates
from .slugs import assign_slugs
from .sources import SourceRef, discover, read_limited
from .stories import Stories, find_stories
from .strings import load_strings
from .vocabulary import ENTITY_KINDS
from .write import files_below

PARALLEL_THRESHOLD = 32  # below this many cache misses, starting worker processes costs more than it saves
PARALLEL_PAGES = 1000  # below this many page groups to write, forking writers costs more than it saves

Progress = Callable[[int, int], None]  # (sources done, sources found)


@dataclass(frozen=True)
class BuildContext:
    """What one convert works with besides the sources, made once (BuildContext.load) and handed to each
    phase: the folders, the data files read (settings, registry, UI strings), how long listings are, and
    from how many cache misses on the articles are converted, and from how many page groups to write on the
    pages are rendered, in worker processes."""

    seeds_dir: Path
    docs_dir: Path
    cache_dir: Path | None  # None: no article cache, every source is converted
    settings: Settings
    registry: Registry
    strings: dict[str, dict]
    options: EmitOptions = DEFAULT_OPTIONS
    parallel_threshold: int = PARALLEL_THRESHOLD
    parallel_pages: int = PARALLEL_PAGES

    @classmethod
    def load(
        cls,
        seeds_dir: Path,
        docs_dir: Path,
        cache_dir: Path | None,
        options: EmitOptions = DEFAULT_OPTIONS,
        registry_dir: Path = REGISTRY_DIR,
        parallel_threshold: int = PARALLEL_THRESHOLD,
        parallel_pages: int = PARALLEL_PAGES,
    ) -> BuildContext:
        """The context with the data files of data/ (the registry of `registry_dir`)."""
        settings, registry, strings = load_settings(), load_registry(registry_dir), load_strings()
        return cls(
            seeds_dir, docs_dir, cache_dir, settings, registry, strings, options, parallel_threshold, parallel_pages
        )


@dataclass(frozen=True)
class _Job:
    source: str
    data: bytes
    sidecar: tuple[str, bytes] | None
    key: str
    template: frozenset[str] = frozenset()  # its site's template lines (site_template.py)


@dataclass
class _Sources:
    """The read phase's result: each source read, as the job converting it, with its cache key; and the
    sources that failed so far (skipped by discovery, or unreadable), by the name of the file at fault."""

    jobs: list[_Job] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # source -> cache key
    failures: dict[str, Failure] = field(default_factory=dict)


_worker_context: tuple[Settings, Registry] | None = None  # set once per worker process


def _init_worker(settings: Settings, registry: Registry) -> None:
    global _worker_context
    _worker_context = (settings, registry)


def _convert_job(job: _Job, settings: Settings, registry: Registry) -> Article | Failure:
    return convert_source(job.source, job.data, job.sidecar, settings, registry, job.template)


def _convert_in_worker(job: _Job) -> Article | Failure:
    if _worker_context is None:
        raise RuntimeError("a convert worker started without its settings and registry (_init_worker)")
    return _convert_job(job, *_worker_context)


def convert(
    seeds_dir: Path,
    docs_dir: Path,
    cache_dir: Path | None,
    write: bool = True,
    progress: Progress | None = None,
    options: EmitOptions = DEFAULT_OPTIONS,
) -> Report:
    """Converts every source below seeds_dir and, with `write`, writes the pages into docs_dir, with the data
    files of data/ (see convert_with). `options`: how long listings are."""
    return convert_with(BuildContext.load(seeds_dir, docs_dir, cache_dir, options), write, progress)


def convert_with(context: BuildContext, write: bool = True, progress: Progress | None = None) -> Report:
    """Converts every source of the context's seeds folder and, with `write`, writes the pages into its docs
    folder, holding that folder's lock (lock.py): a second convert of the same folder waits."""
    with locked(context.docs_dir) if write else nullcontext():
        report = Report()
        refs, report.warnings, skipped = discover(context.seeds_dir)
        cache = ArticleCache(context.cache_dir if write else None)
        sources = _read_sources(context, refs, skipped)
        inputs = _inputs_fingerprint(context, sources)
        present = files_below(context.docs_dir) if write else set()
        if write and _report_unchanged(context.docs_dir, inputs, present, report):
            return report
        results = _convert_or_take_from_cache(context, sources, cache, report, progress, len(refs))
        pages = _pages(results, sources.keys, report)
        stories = find_stories({page.slug: page.article for page in pages}, context.settings.stories)
        report.warnings += stories.warnings
        report.catalog = _catalog(pages, stories, report.failures, context.registry)
        knowledge = build_knowledge(pages, context.registry, cache.memo("related"), stories)
        generated = emit_all(knowledge, context.strings, report.article, context.options)
        if write:
            catalog = catalog_text(report.catalog, pages, cache.memo("catalog"))
            write_pages(context.docs_dir, generated, report, catalog, inputs, present, context.parallel_pages)
        cache.save(set(sources.keys.values()))
        return report


def _read_sources(context: BuildContext, refs: list[SourceRef], skipped: list[Failure]) -> _Sources:
    """Reads each source and its sidecar and gives it its cache key (its bytes, its site's template lines and
    what reads them)."""
    sources = _Sources(failures={failure.source: failure for failure in skipped})
    limits = context.settings.thresholds
    recognition = context.settings.fingerprint + context.registry.recognition_fingerprint
    read: list[tuple[str, bytes, tuple[str, bytes] | None]] = []
    for ref in refs:
        loaded = _read(ref, context.seeds_dir, limits["max_source_bytes"])
        if isinstance(loaded, Failure):
            sources.failures[loaded.source] = loaded
        else:
            read.append((ref.source, *loaded))
    lines = {source: source_lines(source, data, limits["template_max_chars"]) for source, data, _ in read}
    template = templates(lines, limits["template_min_stories"])
    for source, data, sidecar in read:
        key = cache_key(source, data, sidecar and sidecar[1], recognition, sorted(template[source]))
        sources.keys[source] = key
        sources.jobs.append(_Job(source, data, sidecar, key, template[source]))
    return sources


def _read(ref: SourceRef, seeds_dir: Path, limit: int) -> tuple[bytes, tuple[str, bytes] | None] | Failure:
    """A source's bytes and its sidecar's (name, bytes), or the Failure naming the file that cannot be read:
    the sidecar's own name when it is the sidecar."""
    try:
        data = read_limited(ref.path, limit)
    except SourceError as exc:
        return Failure(ref.source, str(exc))
    except OSError as exc:
        return Failure(ref.source, f"cannot be read ({exc.strerror})")
    if ref.sidecar is None:
        return data, None
    name = ref.sidecar.relative_to(seeds_dir).as_posix()
    try:
        return data, (name, read_limited(ref.sidecar, limit))
    except (OSError, SourceError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        return Failure(
            name, f"sidecar cannot be read ({reason}); {ref.source} is not converted without its corrections"
        )


def _inputs_fingerprint(context: BuildContext, sources: _Sources) -> str:
    """Everything the pages are made of: when it equals the last build's, nothing needs converting."""
    return fingerprint(
        context.registry.fingerprint,
        context.strings,
        templates_fingerprint(),
        context.options,
        context.settings.stories.fingerprint,
        sorted(sources.keys.items()),
        sorted((failure.source, failure.error) for failure in sources.failures.values()),
    )


def _report_unchanged(docs_dir: Path, inputs: str, present: set[str], report: Report) -> bool:
    """Whether the last build had the same inputs and left all its files; if so, the report is its summary."""
    summary = unchanged_summary(docs_dir, inputs, present)
    if summary is None:
        return False
    report.failures = [Failure(source, error) for source, error in summary["failures"]]
    report.article_count = report.cached = summary["articles"]
    report.unchanged = True
    return True


def _convert_or_take_from_cache(
    context: BuildContext,
    sources: _Sources,
    cache: ArticleCache,
    report: Report,
    progress: Progress | None,
    total: int,
) -> dict[str, Article | Failure]:
    """Every source's article, from the cache or converted now (and cached), or its failure. The articles
    converted now stay in memory (report.full); the others are loaded again for their pages."""
    results: dict[str, Article | Failure] = dict(sources.failures)
    records = cache.records()
    misses = []
    for job in sources.jobs:
        record = records.get(job.key)
        if record is None:
            misses.append(job)
        else:
            results[job.source] = record
            report.cached += 1
    done = len(results)
    for job, result in zip(misses, _run(misses, context), strict=True):
        results[job.source] = result
        report.converted += 1
        if isinstance(result, Article):
            cache.put(job.key, result)
            report.full[job.source] = result
        done += 1
        if progress:
            progress(done, total)
    report.load_article = lambda record: report.full.get(record.source) or cache.get(sources.keys[record.source])
    return results


def _run(jobs: list[_Job], context: BuildContext) -> Iterator[Article | Failure]:
    """The result of each job, in order: in worker processes from context.parallel_threshold jobs on."""
    if len(jobs) < context.parallel_threshold or (os.cpu_count() or 1) < 2:
        for job in jobs:
            yield _convert_job(job, context.settings, context.registry)
        return
    # settings and registry go to each worker once (not with every job), so its recognizer is built once
    load_models(context.settings)
    with ProcessPoolExecutor(initializer=_init_worker, initargs=(context.settings, context.registry)) as pool:
        yield from pool.map(_convert_in_worker, jobs, chunksize=16)


def _pages(results: dict[str, Article | Failure], keys: dict[str, str], report: Report) -> list[Page]:
    """Sorts the results (by source) into the report's articles and failures; each article's page."""
    for source in sorted(results):
        result = results[source]
        if isinstance(result, Article):
            report.articles.append(result)
        else:
            report.failures.append(result)
    report.article_count = len(report.articles)
    slugs = assign_slugs({a.source: a.slug or a.slug_base for a in report.articles})
    return [Page(a, slugs[a.source], PagePath.of_article(slugs[a.source]), keys[a.source]) for a in report.articles]


def _catalog(pages: list[Page], stories: Stories, failures: list[Failure], registry: Registry) -> dict:
    """catalog.json's content: every article (with its story), every failure and every entity of the registry."""
    return {
        "articles": [catalog_entry(page, stories.story(page.slug)) for page in pages],
        "errors": [{"source": f.source, "error": f.error} for f in failures],
        **{
            section: [{"id": e.id, "name": e.names, "aliases": list(e.aliases)} for e in registry.of_kind(kind)]
            for section, kind in ENTITY_KINDS.items()
        },
    }
