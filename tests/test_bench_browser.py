"""What a reader's first search query fetches (build_scripts/bench/browser.py); the measurement in chromium
runs in `python -m build_scripts bench`, here the static estimate and the queries."""

from pathlib import Path

from test_bench_sizes import write_pagefind_bundles

from build_scripts.bench import browser
from build_scripts.bench.vocabulary import is_cjk_text, load_vocabulary


def test_the_estimate_takes_each_languages_own_bundles(tmp_path):
    """The UI script and style, the bundle list, the primary bundle's script, worker and wasm, every bundle's
    entry, meta and largest chunk, and the five largest fragments; index and fragment files are gzip already,
    so they count as they are."""
    write_pagefind_bundles(tmp_path)
    estimate = browser.first_query_estimate(tmp_path, {"en": "x", "de": "y"}, "en")
    assert estimate["method"] == "estimate"
    assert estimate["languages"]["de"]["requests"] == 3 + 3 + 2 * 3 + 4 and estimate["languages"]["de"]["query"] == "y"
    assert 0 < estimate["languages"]["de"]["bytes"] < 5000
    # with "de" as the default language, German is looked for at the root: the English bundles have no "de"
    assert browser.first_query_estimate(tmp_path, {"en": "x"}, "de")["languages"]["en"]["requests"] == 16


def test_without_chromium_the_first_query_is_estimated(tmp_path, monkeypatch):
    write_pagefind_bundles(tmp_path)
    monkeypatch.setattr(browser, "CHROMIUM", Path("/nonexistent/chromium"))
    assert browser.first_query_bytes(tmp_path, {"en": "x"}, "en") == browser.first_query_estimate(
        tmp_path, {"en": "x"}, "en"
    )


def test_one_query_per_site_language_names_the_same_company():
    vocabulary = load_vocabulary()
    queries = browser.search_queries(vocabulary, ["en", "de", "zh"])
    assert list(queries) == ["en", "de", "zh"] and is_cjk_text(queries["zh"])
    company = next(c for c in vocabulary.companies if c.names["zh"] == queries["zh"])
    assert queries["en"] == company.names["en"] and queries["de"] == company.names["de"]
