"""Sizes of what the benchmark built (build_scripts/bench/sizes.py)."""

import gzip
import json

from build_scripts.bench.sizes import measure_docs, measure_site

LANGUAGES = ("en", "de", "zh")


def write_pagefind_bundles(site):
    """Two Pagefind bundles per language folder (pagefind/bundles.json lists them), each with three index
    chunks, two fragments, meta, script, worker and wasm; the component UI script and style beside them."""
    for language, prefix in (("en", ""), ("de", "de/")):
        folder = site / prefix / "pagefind"
        folder.mkdir(parents=True)
        (folder / "bundles.json").write_text(json.dumps(["a0-0000", "p0-0000"]))
        (folder / "pagefind-component-ui.js").write_text("js" * 500)
        (folder / "pagefind-component-ui.css").write_text("css" * 100)
        for number, name in enumerate(("a0-0000", "p0-0000")):
            bundle = folder / name
            (bundle / "index").mkdir(parents=True)
            (bundle / "fragment").mkdir()
            entry = {
                "version": "1.5.2",
                "languages": {language: {"hash": f"{language}_{number}", "wasm": language, "page_count": 2}},
            }
            (bundle / "pagefind-entry.json").write_text(json.dumps(entry))
            (bundle / f"pagefind.{language}_{number}.pf_meta").write_bytes(gzip.compress(b"m" * 100))
            (bundle / f"wasm.{language}.pagefind").write_bytes(gzip.compress(b"w" * 100))
            (bundle / "pagefind.js").write_text("p" * 300)
            (bundle / "pagefind-worker.js").write_text("w" * 300)
            for chunk in range(3):
                (bundle / "index" / f"{language}_{chunk}.pf_index").write_bytes(gzip.compress(bytes(chunk * 1000)))
            for page in range(2):
                (bundle / "fragment" / f"{language}_{name}{page}.pf_fragment").write_bytes(gzip.compress(b"f" * 50))


def test_site_measurement_groups_html_pages_by_kind(tmp_path):
    (tmp_path / "articles" / "a").mkdir(parents=True)
    (tmp_path / "articles" / "a" / "index.html").write_text("x" * 100)
    (tmp_path / "de" / "articles" / "a").mkdir(parents=True)
    (tmp_path / "de" / "articles" / "a" / "index.html").write_text("x" * 300)
    (tmp_path / "404.html").write_text("x" * 5)
    site = measure_site(tmp_path, 2, LANGUAGES)
    assert site["html_pages"]["articles"] == {
        "pages": 2,
        "bytes": 400,
        "median_bytes": 200,
        "largest_bytes": 300,
        "largest_page": "de/articles/a/index.html",
    }
    assert site["html_pages"]["other"]["pages"] == 1 and site["files"] == 3 and site["bytes"] == 405
    assert site["search"] is None  # no Pagefind bundle


def test_site_measurement_reads_pagefind_bundles(tmp_path):
    write_pagefind_bundles(tmp_path)
    search = measure_site(tmp_path, 2, LANGUAGES)["search"]
    assert search["engine"] == "pagefind" and set(search["languages"]) == {"en", "de"}
    de = search["languages"]["de"]
    assert de["bundles"] == 2 and de["pages"] == 4 and de["largest_bundle_pages"] == 2
    assert de["index_chunks"] == 6 and de["fragments"] == 4
    assert de["largest_chunk_bytes"] == len(gzip.compress(bytes(2000)))
    assert de["meta_bytes"] == 2 * len(gzip.compress(b"m" * 100))
    assert search["files"] == 2 * (3 + 2 * (3 + 2 + 5)) and search["bytes_per_article"] == search["bytes"] // 2


def test_docs_measurement_groups_markdown_pages_by_kind(tmp_path):
    for path, size in (("articles/a.md", 10), ("articles/a.de.md", 30), ("companies/x/2024.md", 5), ("index.md", 7)):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x" * size)
    (tmp_path / "catalog.json").write_text("{}")
    docs = measure_docs(tmp_path, LANGUAGES)
    assert docs["files"] == 5 and docs["bytes"] == 10 + 30 + 5 + 7 + 2 and docs["catalog_bytes"] == 2
    assert list(docs["pages"]) == ["articles", "entity archives", "index"]  # in the order of PAGE_KINDS
    assert docs["pages"]["articles"]["largest_page"] == "articles/a.de.md"
    assert docs["pages"]["articles"]["median_bytes"] == 20
