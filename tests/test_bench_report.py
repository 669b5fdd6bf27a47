"""The benchmark's table (build_scripts/bench/report.py), from a hand-made result."""

from build_scripts.bench.report import format_table


def step(**values):
    measures = {"wall_seconds": 2.0, "seconds": 1.5, "cpu_seconds": 1.8, "max_rss_mb": 120.0, "peak_memory_mb": 150.0}
    return {**measures, "other_load": 0.1, **values}


def result(**values):
    pages = {"articles": {"pages": 3, "bytes": 30, "median_bytes": 10, "largest_bytes": 12, "largest_page": "a.md"}}
    return {
        "articles": 10,
        "corpus": {"languages": {"de": 6, "en": 4}, "undated": 2, "bytes": 3 * 2**20, "seconds": 0.5},
        "machine": {"cpus": 2, "cpu_model": "CPU", "memory_gb": 8.0, "python": "3.11.7"},
        "steps": {
            "convert_cold": step(converted=10, cached=0, written=40),
            "site_cold": {"status": "skipped", "reason": "--no-site"},
        },
        "cold_articles_per_second": 5.0,
        "cold_articles_per_cpu_second": 5.6,
        "warnings": [],
        "docs": {"bytes": 2**20, "files": 41, "catalog_bytes": 2048, "pages": pages},
        **values,
    }


def test_the_table_has_a_row_per_step_and_a_line_per_page_kind():
    lines = format_table(result()).splitlines()
    assert lines[0].startswith("AI Industry Atlas benchmark: 10 articles (de 6, en 4; 2 undated; 3.0 MB of sources")
    cold = next(line for line in lines if line.startswith("convert, cold (empty cache)"))
    assert cold.split()[4:] == ["2.00", "1.50", "1.80", "10", "0", "40", "120.0", "150.0", "0.1"]
    assert "site, cold (mkdocs + pagefind)       skipped: --no-site" in lines
    assert "cold convert: 5.0 articles/s (wall), 5.6 articles per CPU-second" in lines
    assert "Markdown (docs/): 1.0 MB in 41 files; catalog.json 2.0 KB" in lines
    assert lines[-1].split() == ["articles", "3", "0.0", "0.0", "a.md"]
    assert not any(line.startswith("warning:") for line in lines)


def test_failures_warnings_and_a_busy_machine_are_reported():
    failed = {"status": "failed", "error": "mkdocs failed", "messages": ["WARNING a", "ERROR b"]}
    steps = {
        "convert_cold": step(converted=10, cached=0, written=40, failures=1, failure_examples=["x.txt: broken"]),
        "convert_unchanged": step(converted=0, cached=10, written=0, other_load=0.9),
        "site_cold": step(**failed),
    }
    table = format_table(result(steps=steps, warnings=["the code changed"], profiled=True))
    assert "1 sources failed, e.g. x.txt: broken" in table
    assert "FAILED: mkdocs failed" in table and "  WARNING a" in table and "  ERROR b" in table
    assert "warning: other processes kept the machine busy during: convert, nothing changed (" in table
    assert "warning: the code changed" in table and "PROFILED" in table


def test_publishing_shows_end_to_end_times_what_each_build_redid_and_the_comparison():
    search = {"bundles": {"en": 9, "de": 9}, "reused": {"en": 8, "de": 9}}
    incremental = {"rendered": {"en": 40, "de": 3}, "pages": {"en": 14000, "de": 14000}, "search": search}
    incremental.update(mkdocs_seconds=12.3, pagefind_seconds=4.5, pagefind_max_rss_mb=800.0)
    steps = {
        "convert_add_one": step(converted=1, cached=10, written=256),
        "site_add_one": step(status="ok", report=incremental),
        "site_unchanged": step(status="ok", report={"unchanged": True, "inputs_seconds": 2.1}),
    }
    compared = {"files": 120, "identical": True, "differing": [], "only_incremental": [], "only_clean": []}
    table = format_table(
        result(steps=steps, end_to_end={"add_one": 31.0, "unchanged": 4.0}, incremental_equals_clean=compared)
    )
    assert "convert + site, wall: one article added 31.0 s, nothing changed 4.0 s" in table
    assert (
        "  site, one article added: pages rendered en 40/14000, de 3/14000; search bundles indexed en 1/9, de 0/9; "
        "mkdocs 12.3 s, pagefind 4.5 s (largest 800 MB)"
    ) in table
    assert "  site, nothing changed: nothing to do (inputs unchanged, checked in 2.1 s)" in table
    assert "incremental site vs clean build of the same docs: 120 files, identical" in table
    compared.update(identical=False, differing=["sitemap-en.xml"])
    assert "DIFFERENT: 1 files differ" in format_table(result(incremental_equals_clean=compared))
