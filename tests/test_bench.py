"""The benchmark (build_scripts/bench.py): a deterministic synthetic corpus, and a smoke run with N = 50
(convert stages only; the site build is measured by `python -m build_scripts bench`, not in the suite)."""

import json
from collections import Counter

import pytest

from build_scripts.__main__ import main
from build_scripts.bench import (
    _FILLER,
    _vocabulary,
    article_name,
    article_text,
    format_table,
    generate_corpus,
    measure_site,
    page_kind,
)
from build_scripts.entities import Recognizer
from build_scripts.registry import load_registry

N = 50


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench")
    out = work / "bench.json"
    status = main(["bench", "--articles", str(N), "--no-site", "--workdir", str(work / "run"), "--out", str(out)])
    assert status == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_corpus_is_deterministic_and_grows_by_appending(tmp_path):
    first = generate_corpus(tmp_path / "a", 20, seed=7)
    generate_corpus(tmp_path / "b", 21, seed=7)
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert first["articles"] == 20 and len(b) == 21
    assert {name: b[name] for name in a} == a  # article i depends on the seed and i only
    assert article_name(20, 7) in b and article_name(20, 7) not in a
    assert generate_corpus(tmp_path / "c", 20, seed=8)["bytes"] != first["bytes"]


def test_corpus_has_the_seeds_languages_layouts_and_sizes():
    vocabulary = _vocabulary()
    infos, sizes = [], Counter()
    for index in range(300):
        text, info = article_text(index, 1, vocabulary)
        infos.append(info)
        sizes[info["language"]] += len(text) if info["language"] == "zh" else len(text.split())
    languages = Counter(info["language"] for info in infos)
    assert languages["de"] > languages["zh"] > languages["en"] > 0
    assert 0.5 < languages["de"] / 300 < 0.7
    assert {info["layout"] for info in infos} == {"avatar", "newsbar", "byline", "interview", "repost", "dated"}
    assert 0 < sum(info["date"] is None for info in infos) < 300 * 0.4
    assert len({info["date"][:4] for info in infos if info["date"]}) >= 5  # spread over several years
    assert 800 <= sizes["de"] / languages["de"] <= 1500  # about 1,000 words
    assert 1700 <= sizes["zh"] / languages["zh"] <= 2800  # about 2,000 CJK characters


def test_filler_text_names_no_registry_entity():
    """Every entity mention in the corpus comes from a template slot, so salience is under control."""
    recognizer = Recognizer(load_registry())
    words = []
    for vocabulary in _FILLER.values():
        for values in vocabulary.values():
            words += [value if isinstance(value, str) else value[0] for value in values]
            words += [value[1] for value in values if isinstance(value, tuple) and isinstance(value[1], str)]
    assert [w for w in words if recognizer.mentions(w)] == []


def test_page_kinds_of_markdown_and_html_paths():
    assert page_kind("articles/x.de.md") == "articles"
    assert page_kind("de/articles/x/index.html") == "articles"
    assert page_kind("companies/openai.zh.md") == "companies"
    assert page_kind("zh/people/sam-altman/index.html") == "people"
    assert page_kind("themes/agi.md") == "themes"
    assert page_kind("companies/index.de.md") == "index"
    assert page_kind("zh/companies/index.html") == "index"
    assert page_kind("index.md") == "index" and page_kind("index.html") == "index"
    assert page_kind("timeline.zh.md") == "timeline" and page_kind("de/timeline/index.html") == "timeline"
    assert page_kind("404.html") == "other"
    assert (
        page_kind("companies/openai/2024.de.md") == "entity archives" == page_kind("de/themes/agi/undated/2/index.html")
    )
    assert page_kind("timeline/2024-07.md") == "timeline months" == page_kind("zh/timeline/2024-07/2/index.html")


def test_site_measurement_reads_pages_and_search_indexes(tmp_path):
    (tmp_path / "articles" / "a").mkdir(parents=True)
    (tmp_path / "articles" / "a" / "index.html").write_text("x" * 100)
    (tmp_path / "de" / "articles" / "a").mkdir(parents=True)
    (tmp_path / "de" / "articles" / "a" / "index.html").write_text("x" * 300)
    for prefix in ("", "de/"):
        (tmp_path / prefix / "search").mkdir(parents=True, exist_ok=True)
        (tmp_path / prefix / "search" / "search_index.json").write_text('{"docs": []}' * 50)
    site = measure_site(tmp_path, 2)
    assert site["html_pages"]["articles"] == {
        "pages": 2,
        "bytes": 400,
        "median_bytes": 200,
        "largest_bytes": 300,
        "largest_page": "de/articles/a/index.html",
    }
    assert len(site["search"]["indexes"]) == 2 and site["search"]["bytes"] == 1200
    assert site["search"]["bytes_per_article"] == 600
    assert 0 < site["search"]["first_query_gzip_bytes"] < 600


def test_site_measurement_reads_pagefind_bundles(tmp_path):
    """One Pagefind bundle per language folder: chunks, fragments, meta and wasm per language, and the static
    estimate of a first query (the language's own bundle; index and fragment files are gzip already)."""
    import gzip

    for language, prefix in (("en", ""), ("de", "de/")):
        bundle = tmp_path / prefix / "pagefind"
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
    search = measure_site(tmp_path, 2)["search"]
    assert search["engine"] == "pagefind" and set(search["languages"]) == {"en", "de"}
    de = search["languages"]["de"]
    assert de["pages"] == 2 and de["index_chunks"] == 3 and de["fragments"] == 2
    assert de["largest_chunk_bytes"] == len(gzip.compress(bytes(2000)))
    from build_scripts.bench import _first_query_estimate

    estimate = _first_query_estimate(tmp_path, {"en": "x", "de": "y"})
    assert estimate["de"]["requests"] == 7  # UI script, entry, meta, wasm, one chunk, two fragments
    assert 0 < estimate["de"]["bytes"] < 2000


def test_smoke_bench_measures_every_convert_step(smoke):
    steps = smoke["steps"]
    cold, unchanged, added, edited = (
        steps[name] for name in ("convert_cold", "convert_unchanged", "convert_add_one", "convert_registry_edit")
    )
    assert smoke["articles"] == N and smoke["corpus"]["articles"] == N
    assert cold["converted"] == N and cold["cached"] == 0 and cold["failures"] == 0 and cold["articles"] == N
    assert unchanged["converted"] == 0 and unchanged["cached"] == N and unchanged["written"] == 0
    assert added["converted"] == 1 and added["cached"] == N and added["articles"] == N + 1
    # the new article in three languages, plus the few articles whose related articles it joins
    assert added["written_by_kind"]["articles"] % 3 == 0 and 3 <= added["written_by_kind"]["articles"] <= 3 * N / 4
    assert added["written"] < cold["written"] / 2
    # a profile edit changes no recognition: nothing is converted again, only the company's English page changes
    assert edited["converted"] == 0 and edited["cached"] == N + 1
    assert edited["written"] == 1 and set(edited["written_by_kind"]) == {"companies"}
    for step in (cold, unchanged, added, edited):
        assert 0 < step["seconds"] <= step["wall_seconds"] < 120
        assert step["cpu_seconds"] > 0
        assert 20 < step["max_rss_mb"] < 4000 and 0 < step["peak_memory_mb"] < 8000
    assert steps["site_build"]["status"] == "skipped"
    assert smoke["cold_articles_per_second"] > 0 and smoke["cold_articles_per_cpu_second"] > 0


def test_smoke_bench_measures_page_sizes_per_kind(smoke):
    docs = smoke["docs"]
    assert docs["files"] > 3 * (N + 1) and docs["bytes"] > 0 and docs["catalog_bytes"] > 0
    assert {"articles", "companies", "people", "themes", "index", "timeline"} <= set(docs["pages"])
    assert docs["pages"]["articles"]["pages"] == 3 * (N + 1)
    assert docs["pages"]["timeline"]["pages"] == 3 and docs["pages"]["timeline months"]["pages"] >= 3
    assert docs["pages"]["entity archives"]["pages"] > 0
    for row in docs["pages"].values():
        assert 0 < row["median_bytes"] <= row["largest_bytes"]
    table = format_table(smoke)
    assert "convert, nothing changed" in table and "articles/s" in table and "largest page" in table


def test_bench_refuses_to_clear_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "keep.txt").write_text("a real article")
    assert main(["bench", "--articles", "1", "--workdir", str(tmp_path)]) == 2
    assert (tmp_path / "seeds" / "keep.txt").exists()
    assert main(["bench", "--articles", "0"]) == 2
    assert main(["bench", "--articles", "5", "--languages", "fr"]) == 2
