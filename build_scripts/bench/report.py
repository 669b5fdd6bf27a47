"""The benchmark's measurements (run.run_bench's result) as the table `python -m build_scripts bench` prints."""

from __future__ import annotations

MB = 1024 * 1024
STEP_LABELS = {
    "convert_cold": "convert, cold (empty cache)",
    "site_cold": "site, cold (mkdocs + pagefind)",
    "convert_unchanged": "convert, nothing changed",
    "site_unchanged": "site, nothing changed",
    "convert_add_one": "convert, one article added",
    "site_add_one": "site, one article added",
    "convert_registry_edit": "convert, one registry entry edited",
    "site_registry_edit": "site, one registry entry edited",
    "site_clean": "site, clean build of the same docs",
}
END_TO_END = {
    "cold": "from nothing",
    "unchanged": "nothing changed",
    "add_one": "one article added",
    "registry_edit": "one registry profile edited",
}
_BUSY = 0.3  # cores other processes used on average during a step, above which its wall time is inflated


def format_table(result: dict) -> str:
    lines = _heading(result) + _step_rows(result["steps"]) + _notes(result)
    lines += ["", *_docs(result["docs"])]
    site = result.get("site")
    if site:
        lines += ["", *_site(site)]
    report = (result["steps"].get("site_cold") or {}).get("report")
    if report:
        lines += ["", *_site_build(report, result["steps"]["site_cold"].get("page_kinds"))]
    lines += _publishing(result)
    return "\n".join(lines)


def _publishing(result: dict) -> list[str]:
    """End-to-end times (convert + site), what each site build redid, and the incremental site compared with a
    clean build."""
    lines = []
    end_to_end = result.get("end_to_end") or {}
    if end_to_end:
        lines += ["", "convert + site, wall: " + ", ".join(f"{END_TO_END[k]} {v:.1f} s" for k, v in end_to_end.items())]
    for name, step in result["steps"].items():
        if name.startswith("site_") and step.get("report"):
            lines.append(f"  {STEP_LABELS.get(name, name)}: {_site_work(step['report'])}")
    compared = result.get("incremental_equals_clean")
    if compared:
        verdict = "identical"
        if not compared["identical"]:
            verdict = (
                f"DIFFERENT: {len(compared['differing'])} files differ (e.g. {compared['differing'][:3]}), "
                f"only incremental {compared['only_incremental'][:3]}, only clean {compared['only_clean'][:3]}"
            )
        lines.append(f"incremental site vs clean build of the same docs: {compared['files']} files, {verdict}")
    return lines


def _site_work(report: dict) -> str:
    """What one site build redid: pages rendered and search bundles indexed per language, and their times."""
    if report.get("unchanged"):
        return f"nothing to do (inputs unchanged, checked in {report.get('inputs_seconds', 0):.1f} s)"
    rendered, pages = report.get("rendered") or {}, report.get("pages") or {}
    search = report.get("search") or {}
    bundles, reused = search.get("bundles", {}), search.get("reused", {})
    return (
        "pages rendered "
        + ", ".join(f"{language} {count}/{pages.get(language, 0)}" for language, count in rendered.items())
        + "; search bundles indexed "
        + ", ".join(
            f"{language} {bundles[language] - reused.get(language, 0)}/{bundles[language]}" for language in bundles
        )
        + f"; mkdocs {report.get('mkdocs_seconds', 0):.1f} s, pagefind {report.get('pagefind_seconds', 0):.1f} s"
        + f" (largest {report.get('pagefind_max_rss_mb', 0):.0f} MB)"
    )


def _kb(value: int | None) -> str:
    return "-" if value is None else f"{value / 1024:,.1f}"


def _heading(result: dict) -> list[str]:
    corpus, host = result["corpus"], result["machine"]
    languages = ", ".join(f"{language} {count}" for language, count in corpus["languages"].items())
    return [
        f"AI Industry Atlas benchmark: {result['articles']} articles ({languages}; {corpus['undated']} undated; "
        f"{corpus['bytes'] / MB:.1f} MB of sources, generated in {corpus['seconds']:.1f} s)",
        f"machine: {host['cpus']} CPUs ({host['cpu_model']}), {host['memory_gb']} GB, Python {host['python']}"
        + ("; PROFILED (single process, times inflated)" if result.get("profiled") else ""),
        "",
        f"{'step':36} {'wall s':>8} {'work s':>8} {'cpu s':>8} {'processed':>9} {'cached':>7} {'written':>8} "
        f"{'max RSS MB':>10} {'peak MB':>8} {'other load':>10}",
    ]


def _step_rows(steps: dict) -> list[str]:
    lines = []
    for name, label in STEP_LABELS.items():
        step = steps.get(name)
        if step is None:
            continue
        if "wall_seconds" not in step:
            lines.append(f"{label:36} {step['status']}: {step.get('reason', '')}")
            continue
        lines.append(
            f"{label:36} {step['wall_seconds']:8.2f} {step['seconds']:8.2f} {step['cpu_seconds']:8.2f} "
            f"{step.get('converted', '-'):>9} {step.get('cached', '-'):>7} {step.get('written', '-'):>8} "
            f"{step['max_rss_mb']:10.1f} {step['peak_memory_mb']:8.1f} {step.get('other_load', '-'):>10}"
        )
        if step.get("failures"):
            lines.append(f"{'':36} {step['failures']} sources failed, e.g. {step['failure_examples'][0]}")
        if "stories_seconds" in step:
            lines.append(
                f"{'':36} stories: {step['story_clusters']} of more than one article "
                f"({step['articles_in_clusters']} articles), found in {step['stories_seconds']:.2f} s"
            )
        if step.get("status") == "failed":
            lines.append(f"{'':36} FAILED: {step['error']}")
            lines += [f"{'':36}   {message[:150]}" for message in step.get("messages", [])[:5]]
    return lines


def _notes(result: dict) -> list[str]:
    lines = [
        "",
        f"cold convert: {result['cold_articles_per_second']} articles/s (wall), "
        f"{result['cold_articles_per_cpu_second']} articles per CPU-second",
        "wall s: the whole child process (interpreter start and imports included); work s: the convert() or "
        "build_site() call; cpu s: user+system of the step and its workers; max RSS MB: the largest process; "
        "peak MB: sampled PSS of the whole process tree; other load: cores other processes used meanwhile",
    ]
    busy = [STEP_LABELS[name] for name, step in result["steps"].items() if step.get("other_load", 0) > _BUSY]
    if busy:
        lines.append(f"warning: other processes kept the machine busy during: {'; '.join(busy)} (wall times inflated)")
    return lines + [f"warning: {warning}" for warning in result.get("warnings", [])]


def _docs(docs: dict) -> list[str]:
    return [
        f"Markdown (docs/): {docs['bytes'] / MB:.1f} MB in {docs['files']} files; "
        f"catalog.json {_kb(docs['catalog_bytes'])} KB",
        _page_header(),
        *_page_rows(docs["pages"]),
    ]


def _page_header() -> str:
    return f"  {'kind':10} {'pages':>7} {'median KB':>10} {'largest KB':>11}  largest page"


def _page_rows(table: dict) -> list[str]:
    return [
        f"  {kind:10} {row['pages']:7} {_kb(row['median_bytes']):>10} {_kb(row['largest_bytes']):>11}  "
        f"{row['largest_page']}"
        for kind, row in table.items()
    ]


def _site(site: dict) -> list[str]:
    lines = [f"site/: {site['bytes'] / MB:.1f} MB in {site['files']} files", _page_header()]
    lines += _page_rows(site["html_pages"])
    search = site.get("search") or {}
    if search:
        lines += ["", *_pagefind(search)]
    query = site.get("first_query")
    if query:
        lines += ["", *_first_query(query)]
    return lines


def _pagefind(search: dict) -> list[str]:
    lines = [
        f"search index (Pagefind): {search['bytes'] / MB:.2f} MB in {search['files']} files, "
        f"{search['bytes_per_article'] / 1024:.1f} KB per article"
    ]
    for language, info in search["languages"].items():
        lines.append(
            f"  {language}: {info['pages']} pages; index {_kb(info['index_bytes'])} KB in {info['index_chunks']} "
            f"chunks (largest {_kb(info['largest_chunk_bytes'])} KB), fragments {_kb(info['fragment_bytes'])} KB, "
            f"meta {_kb(info['meta_bytes'])} KB, wasm {_kb(info['wasm_bytes'])} KB"
        )
    return lines


def _first_query(query: dict) -> list[str]:
    lines = [f"a reader's first search query, bytes fetched for the search (gzip), {query['method']}:"]
    for language, info in query["languages"].items():
        extra = ""
        if "results" in info:
            extra = (
                f", {info['results']} results shown after {info['seconds_to_results']} s; "
                f"the page itself {_kb(info['page_bytes'])} KB"
            )
        lines.append(f"  {language} {info['query']!r}: {_kb(info['bytes'])} KB in {info['requests']} files{extra}")
    return lines


def _site_build(report: dict, page_kinds: dict | None) -> list[str]:
    mkdocs = ", ".join(
        f"mkdocs {language} {step['seconds']:.1f} s wall / {step['cpu_seconds']:.1f} s cpu / "
        f"{step['max_rss_mb']:.0f} MB"
        for language, step in report["languages"].items()
    )
    lines = [
        f"site build: {mkdocs}; all languages {report['mkdocs_seconds']:.1f} s wall, "
        f"{report['mkdocs_cpu_seconds']:.1f} s cpu; merge {report['merge_seconds']:.1f} s"
    ]
    if page_kinds:
        lines.append(
            "mkdocs cpu per page kind (all languages; markdown to HTML file): "
            + ", ".join(
                f"{kind} {row['pages']} pages {row['cpu_seconds']:.1f} s ({row['ms_per_page']:.1f} ms/page)"
                for kind, row in sorted(page_kinds.items())
            )
        )
    if report.get("pagefind"):
        per_language: dict[str, dict] = {}
        for name, step in report["pagefind"].items():  # one run per bundle: "en/a0-0000"
            total = per_language.setdefault(name.split("/")[0], {"runs": 0, "seconds": 0.0, "cpu": 0.0, "rss": 0.0})
            total["runs"] += 1
            total["seconds"] += step["seconds"]
            total["cpu"] += step["cpu_seconds"]
            total["rss"] = max(total["rss"], step["max_rss_mb"])
        pagefind = ", ".join(
            f"{language} {t['runs']} bundles {t['seconds']:.1f} s wall / {t['cpu']:.1f} s cpu / "
            f"largest {t['rss']:.0f} MB"
            for language, t in per_language.items()
        )
        lines.append(
            f"pagefind: {pagefind}; all languages {report['pagefind_seconds']:.1f} s wall, "
            f"{report['pagefind_cpu_seconds']:.1f} s cpu, largest {report['pagefind_max_rss_mb']:.0f} MB max RSS"
        )
    return lines
