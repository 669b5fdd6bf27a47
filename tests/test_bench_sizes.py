"""Sizes of what the benchmark built (build_scripts/bench/sizes.py)."""

import gzip
import json

from build_scripts.bench.sizes import measure_docs, measure_site

LANGUAGES = ("en", "de", "zh")


def write_pagefind_bundles(site):
    """One Pagefind bundle per language folder: three index chunks, two fragments, meta, wasm and the UI script."""
    for language, prefix in (("en", ""), ("de", "de/")):
        bundle = site / prefix / "pagefind"
        (bundle / "index").mkdir(parents=True)
        (bundle / "fragment").mkdir()
        entry = {
            "version": "1.5.2",
            "languages": {language: {"hash": f"{language}_1", "wasm": language, "page_count": 2}},
        }
        (bundle / "pagefind-entry.json").write_text(json.dumps(entry))
        (bundle / f"pagefind.{language}_1.pf_meta").write_bytes(gzip.compress(b"m" * 100))
        (bundle / f"wasm.{language}.pagefind").write_bytes(gzip.compress(b"w" * 100))
        (bundle / "pagefind-component-ui.js").write_text("js" * 500)
        for chunk in range(3):
            (bundle / "index" / f"{language}_{chunk}.pf_index").write_bytes(gzip.compress(bytes(chunk * 1000)))
        for page in range(2):
            (bundle / "fragment" / f"{language}_{page}.pf_fragment").write_bytes(gzip.compress(b"f" * 50))


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
    assert de["pages"] == 2 and de["index_chunks"] == 3 and de["fragments"] == 2
    assert de["largest_chunk_bytes"] == len(gzip.compress(bytes(2000)))
    assert search["files"] == 2 * (3 + 2 + 4) and search["bytes_per_article"] == search["bytes"] // 2


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
