"""The benchmark's sequence: the corpus generated in a work folder, then each step in its own child process
(measure.run_step): a cold convert (empty cache), a convert with nothing changed, one after adding one
article, one after editing one registry entry (a copy of data/registry/ with one company's profile changed,
handed to the pipeline in the child process). Unless --no-site, each convert is followed by a site build
(MkDocs + Pagefind) of what it wrote, as a maintainer publishes: the first from nothing, the others
incremental; then a clean build of the final docs/ into another folder, compared file by file with the
incremental site; then the sizes of docs/ and site/ and what a reader's first search query fetches."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from ..registry import REGISTRY_DIR
from ..site import site_languages
from .browser import first_query_bytes, first_query_estimate, search_queries
from .corpus import generate_corpus
from .measure import machine, run_step
from .sizes import measure_docs, measure_site
from .vocabulary import Vocabulary, load_vocabulary

WORKDIR_MARKER = ".atlas-bench"  # --workdir folders the benchmark made; it refuses to clear any other folder


def run_bench(
    articles: int,
    languages: Sequence[str],
    *,
    seed: int = 1,
    workdir: Path | None = None,
    site: bool = True,
    strict: bool = True,
    browser: bool = True,
    compare: bool = True,
    profile_dir: Path | None = None,
    log: Callable[[str], None] | None = None,
) -> dict:
    """Generates the corpus in workdir (a new temporary folder by default, removed afterwards) and runs
    every step; returns the measurements (see report.format_table). Raises ValueError for a workdir that
    holds files and was not made by the benchmark."""
    own_workdir = workdir is None
    work = Path(tempfile.mkdtemp(prefix="atlas-bench-")) if workdir is None else Path(workdir)
    _claim(work)
    if profile_dir:
        profile_dir.mkdir(parents=True, exist_ok=True)
    try:
        benchmark = _Benchmark(work, articles, seed, profile_dir, log or (lambda message: None))
        benchmark.strict = strict if site else None
        result = benchmark.convert_steps(languages, keep_workdir=not own_workdir)
        if site:
            benchmark.site_steps(browser, compare)
        else:
            result["steps"]["site_cold"] = {"status": "skipped", "reason": "--no-site"}
        return result
    finally:
        if own_workdir:
            shutil.rmtree(work, ignore_errors=True)


def _claim(work: Path) -> None:
    """Marks the folder as the benchmark's and empties what an earlier run left in it."""
    marker = work / WORKDIR_MARKER
    if work.is_dir() and any(work.iterdir()) and not marker.exists():
        raise ValueError(f"{work} is not empty and was not made by the benchmark; give an empty or new folder")
    work.mkdir(parents=True, exist_ok=True)
    marker.write_text("a benchmark work folder: python -m build_scripts bench deletes and rewrites its contents\n")
    for name in (
        "seeds",
        "docs",
        "cache",
        "site",
        "steps",
        "registry",
        ".site-state",
        "site-clean",
        ".site-clean-state",
    ):
        shutil.rmtree(work / name, ignore_errors=True)
    (work / "steps").mkdir()


class _Benchmark:
    """One run's folders and settings, and its result as the steps fill it in."""

    def __init__(
        self, work: Path, articles: int, seed: int, profile_dir: Path | None, log: Callable[[str], None]
    ) -> None:
        self.work, self.articles, self.seed, self.profile_dir, self.log = work, articles, seed, profile_dir, log
        self.seeds, self.docs, self.cache, self.site = (work / name for name in ("seeds", "docs", "cache", "site"))
        self.steps_dir, self.registry = work / "steps", work / "registry"
        self.clean_site = work / "site-clean"
        self.default_language, self.site_languages = site_languages()
        self.vocabulary = load_vocabulary()
        self.result: dict = {}
        self.strict: bool | None = None  # None: no site builds

    def convert_steps(self, languages: Sequence[str], keep_workdir: bool) -> dict:
        started = time.perf_counter()
        corpus = generate_corpus(self.seeds, self.articles, self.seed, languages, vocabulary=self.vocabulary)
        corpus["seconds"] = round(time.perf_counter() - started, 3)
        self.log(f"generated {self.articles} articles in {corpus['seconds']:.1f} s")
        self.result = {
            "articles": self.articles,
            "seed": self.seed,
            "machine": machine(),
            "corpus": corpus,
            "steps": {},
            "profiled": bool(self.profile_dir),
            "workdir": str(self.work) if keep_workdir else None,
            "warnings": [],
        }
        self._convert("convert_cold")
        self._site("site_cold")
        self._convert("convert_unchanged")
        self._site("site_unchanged")
        generate_corpus(self.seeds, 1, self.seed, languages, start=self.articles, vocabulary=self.vocabulary)
        self._convert("convert_add_one")
        self._site("site_add_one")
        edited = _edit_registry(self.registry, self.vocabulary)
        step = self._convert("convert_registry_edit", registry_dir=str(self.registry))
        step["edit"] = f"companies.yml: profile.en of {edited!r} changed"
        self._site("site_registry_edit")
        self._check_fingerprints()
        cold = self.result["steps"]["convert_cold"]
        self.result["cold_articles_per_second"] = round(self.articles / cold["seconds"], 1)
        self.result["cold_articles_per_cpu_second"] = round(self.articles / cold["cpu_seconds"], 1)
        self.result["docs"] = measure_docs(self.docs, self.site_languages)
        return self.result

    def _convert(self, name: str, **extra: str) -> dict:
        spec: dict = {"kind": "convert", "seeds": str(self.seeds), "docs": str(self.docs), "cache": str(self.cache)}
        spec.update(extra, languages=self.site_languages)
        if self.profile_dir:
            spec["profile"] = str(self.profile_dir / f"{name}.prof")
        step = run_step(name, spec, self.steps_dir)
        self.result["steps"][name] = step
        self.log(f"{name}: {step['wall_seconds']:.1f} s, {step['converted']} processed, {step['written']} written")
        return step

    def _check_fingerprints(self) -> None:
        if len({step["code_fingerprint"] for step in self.result["steps"].values() if "code_fingerprint" in step}) > 1:
            self.result["warnings"].append(
                "the package's code changed while the benchmark ran: the cache was invalidated "
                "between steps, so their numbers are not comparable; run it again"
            )

    def _site(self, name: str, site: Path | None = None) -> dict | None:
        """A site build of docs/ into site/ (or `site`), after a convert step; nothing with --no-site."""
        if self.strict is None:
            return None
        spec = {"kind": "site", "docs": str(self.docs), "site": str(site or self.site), "strict": self.strict}
        step = run_step(name, spec, self.steps_dir)
        self.result["steps"][name] = step
        report = step.get("report") or {}
        rendered = sum((report.get("rendered") or {}).values())
        self.log(f"{name}: {step['wall_seconds']:.1f} s ({step['status']}), {rendered} pages rendered")
        return step

    def site_steps(self, browser: bool, compare: bool = True) -> None:
        """The clean build compared with the incremental one (unless not `compare`), the end-to-end times, the
        sizes and the first search query (the site builds ran after each convert step)."""
        steps = self.result["steps"]
        self.result["end_to_end"] = {
            change: round(steps[f"convert_{change}"]["wall_seconds"] + steps[f"site_{change}"]["wall_seconds"], 3)
            for change in ("cold", "unchanged", "add_one", "registry_edit")
            if f"site_{change}" in steps
        }
        built = compare and self._site("site_clean", self.clean_site) is not None
        if built and self.site.is_dir() and self.clean_site.is_dir():
            compared = self.result["incremental_equals_clean"] = compare_trees(self.site, self.clean_site)
            self.log(f"incremental site == clean site: {compared['identical']}")
        if not self.site.is_dir():
            return
        site = self.result["site"] = measure_site(self.site, self.articles + 1, self.site_languages)
        if not site["search"]:
            return
        started = time.perf_counter()
        queries = search_queries(self.vocabulary, self.site_languages)
        measure = first_query_bytes if browser else first_query_estimate
        site["first_query"] = measure(self.site, queries, self.default_language)
        self.log(
            f"first search query measured ({site['first_query']['method']}) in {time.perf_counter() - started:.1f} s"
        )


def _edit_registry(target: Path, vocabulary: Vocabulary) -> str:
    """Copies data/registry/ to target and changes the English profile of the most mentioned company
    (the kind of edit a maintainer makes most often). Returns the company's id."""
    shutil.copytree(REGISTRY_DIR, target)
    path = target / "companies.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    company = vocabulary.companies[0].id
    for entry in entries:
        if entry["id"] == company:
            profile = entry.get("profile") or {}
            profile["en"] = (profile.get("en") or "") + " (Profile edited by the benchmark.)"
            entry["profile"] = profile
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return company


def compare_trees(incremental: Path, clean: Path) -> dict:
    """File by file: the incremental site against a clean build of the same docs/."""

    def files(root: Path) -> dict[str, str]:
        return {
            path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*"))
            if path.is_file()
        }

    first, second = files(incremental), files(clean)
    differing = sorted(name for name in first.keys() & second.keys() if first[name] != second[name])
    only_incremental, only_clean = sorted(first.keys() - second.keys()), sorted(second.keys() - first.keys())
    return {
        "files": len(first),
        "identical": not (differing or only_incremental or only_clean),
        "differing": differing[:20],
        "only_incremental": only_incremental[:20],
        "only_clean": only_clean[:20],
    }
