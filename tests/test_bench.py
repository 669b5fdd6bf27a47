"""The benchmark's command and run (build_scripts/bench/cli.py, run.py): a smoke run with N = 50 (convert stages
only; the site build is measured by `python -m build_scripts bench`, not in the suite). The corpus, sizes,
browser query, measures and report have tests of their own (test_bench_*.py)."""

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from build_scripts.__main__ import main
from build_scripts.bench.corpus import generate_corpus
from build_scripts.bench.report import format_table
from build_scripts.site import site_languages

N = 50


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench")
    out = work / "bench.json"
    status = main(["bench", "--articles", str(N), "--no-site", "--workdir", str(work / "run"), "--out", str(out)])
    assert status == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_smoke_bench_measures_every_convert_step(smoke):
    steps = smoke["steps"]
    cold, unchanged, added, edited = (
        steps[name] for name in ("convert_cold", "convert_unchanged", "convert_add_one", "convert_registry_edit")
    )
    assert smoke["articles"] == N and smoke["corpus"]["articles"] == N
    assert cold["converted"] == N and cold["cached"] == 0 and cold["failures"] == 0 and cold["articles"] == N
    assert unchanged["converted"] == 0 and unchanged["cached"] == N and unchanged["written"] == 0
    # the new article, and those whose site template it changes (site_template.py: a short line it shares
    # with them now reaches three stories); every other article comes from the cache
    assert 1 <= added["converted"] <= N / 2 and added["converted"] + added["cached"] == N + 1
    assert added["articles"] == N + 1
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
    assert steps["site_cold"]["status"] == "skipped" and not any(
        name.startswith("site_") for name in steps if name != "site_cold"
    )
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


def test_the_articles_languages_default_to_the_sites_in_their_order(smoke, tmp_path):
    """The order is part of the corpus: mkdocs.yml lists en, de, zh, as --languages did before it was read."""
    expected = generate_corpus(tmp_path, N, seed=1, languages=site_languages()[1])
    assert {key: value for key, value in smoke["corpus"].items() if key != "seconds"} == expected
    assert expected != generate_corpus(tmp_path / "other", N, seed=1, languages=("de", "zh", "en"))


def test_bench_refuses_to_clear_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "keep.txt").write_text("a real article")
    assert main(["bench", "--articles", "1", "--workdir", str(tmp_path)]) == 2
    assert (tmp_path / "seeds" / "keep.txt").exists()
    assert main(["bench", "--articles", "0"]) == 2
    assert main(["bench", "--articles", "5", "--languages", "fr"]) == 2


def test_the_command_line_imports_the_benchmark_only_for_bench():
    """Every command builds the parser; only `bench` imports more of the benchmark than its arguments."""
    script = (
        "import sys; from build_scripts.__main__ import _parser; _parser().parse_args(['check']); "
        "print(sorted(name for name in sys.modules if name.startswith('build_scripts.bench')))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "['build_scripts.bench', 'build_scripts.bench.arguments']"
