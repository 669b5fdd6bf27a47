"""What a benchmark step does, inside its own child process (measure.run_step starts it): a convert of the
corpus or the site build, described by a JSON spec file; the step's result goes to the file the spec names.

Each kind of step imports only what it runs, inside its function: the site build's MkDocs and Pagefind
processes are forked from this one, so a pipeline imported here too would count in their memory.
"""

from __future__ import annotations

import cProfile
import json
import os
import time
from collections import Counter
from pathlib import Path

from ..page_times import PAGE_TIMES  # hooks/site.py writes each language's CPU time per page kind there
from .sizes import page_kind_of_file


def run_child(spec_path: str) -> int:
    """The child process's entry point."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result = _convert(spec) if spec["kind"] == "convert" else _build_site(spec)
    Path(spec["result"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


def _convert(spec: dict) -> dict:
    from ..cache import code_fingerprint
    from ..pipeline import convert_with
    from .knobs import step_context

    profiler = cProfile.Profile() if spec.get("profile") else None
    registry_dir = spec.get("registry_dir")
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    # made inside the measured span, as convert() makes it: reading the data files is part of a convert
    context = step_context(
        Path(spec["seeds"]),
        Path(spec["docs"]),
        Path(spec["cache"]),
        registry_dir=Path(registry_dir) if registry_dir else None,
        single_process=profiler is not None,
    )
    report = convert_with(context)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    if profiler:
        profiler.dump_stats(spec["profile"])
    languages = spec["languages"]  # the site's: no page of docs/ has one in its path, but the rule is the same
    return {
        **_stories(context, report),
        "seconds": seconds,
        "code_fingerprint": code_fingerprint()[:16],
        "articles": report.article_count,
        "failures": len(report.failures),
        "failure_examples": [f"{f.source}: {f.error}" for f in report.failures[:5]],
        "converted": report.converted,
        "cached": report.cached,
        "written": len(report.written),
        "written_by_kind": dict(Counter(page_kind_of_file(path, languages) for path in report.written)),
        "removed": len(report.removed),
    }


def _stories(context, report) -> dict:
    """The story clusters of the corpus, and the corpus stage's time for them measured apart (it is part of
    `seconds`): finding them again from the articles' records."""
    from ..stories import find_stories

    if report.unchanged:
        return {}
    started = time.perf_counter()
    stories = find_stories(
        {entry["id"]: article for entry, article in zip(report.catalog["articles"], report.articles, strict=True)},
        context.settings.stories,
    )
    seconds = time.perf_counter() - started
    clusters = stories.clusters
    return {
        "stories_seconds": seconds,
        "story_clusters": len(clusters),
        "articles_in_clusters": sum(len(story.members) for story in clusters),
    }


def _build_site(spec: dict) -> dict:
    from ..site import SiteBuildError, build_site

    started = time.perf_counter()
    times = Path(spec["result"]).with_suffix(".pages")
    os.environ[PAGE_TIMES] = str(times)
    result: dict
    try:
        report = build_site(Path(spec["docs"]), Path(spec["site"]), strict=spec["strict"])
        result = {"status": "ok", "report": report.as_dict(), "page_kinds": _page_times(times)}
    except SiteBuildError as exc:
        lines = [line for line in exc.output.splitlines() if line.startswith(("WARNING", "ERROR"))]
        messages = lines or exc.output.splitlines()
        result = {"status": "failed", "error": str(exc).splitlines()[0], "messages": messages[:10]}
    result["seconds"] = time.perf_counter() - started
    return result


def _page_times(prefix: Path) -> dict[str, dict]:
    """The per-language page-kind times the hook wrote (<prefix>.<language>.json), added up per kind."""
    kinds: dict[str, dict] = {}
    for path in sorted(prefix.parent.glob(prefix.name + ".*.json")):
        for kind, values in json.loads(path.read_text(encoding="utf-8")).items():
            total = kinds.setdefault(kind, {"pages": 0, "cpu_seconds": 0.0, "bytes": 0})
            for key in total:
                total[key] += values[key]
    for total in kinds.values():
        total["cpu_seconds"] = round(total["cpu_seconds"], 3)
        total["ms_per_page"] = round(1000 * total["cpu_seconds"] / max(total["pages"], 1), 2)
    return kinds
