"""The build context a benchmark step converts with (build_scripts/bench/knobs.py)."""

import sys
from pathlib import Path

from conftest import ROOT

from build_scripts.bench.knobs import step_context
from build_scripts.pipeline import PARALLEL_PAGES, PARALLEL_THRESHOLD
from build_scripts.registry import load_registry


def test_a_step_reads_the_registry_it_is_given_and_can_keep_all_work_in_one_process(tmp_path):
    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    default = step_context(seeds, docs, cache, registry_dir=None, single_process=False)
    assert default.registry.fingerprint == load_registry().fingerprint
    assert (default.parallel_threshold, default.parallel_pages) == (PARALLEL_THRESHOLD, PARALLEL_PAGES)
    assert (default.seeds_dir, default.docs_dir, default.cache_dir) == (seeds, docs, cache)
    fixture = ROOT / "tests" / "fixtures" / "registry"
    edited = step_context(seeds, docs, cache, registry_dir=fixture, single_process=True)
    assert edited.registry.fingerprint == load_registry(fixture).fingerprint != load_registry().fingerprint
    assert edited.parallel_threshold == edited.parallel_pages == sys.maxsize


def test_the_context_is_made_without_touching_the_pipeline_module(tmp_path):
    from build_scripts import pipeline

    before = dict(vars(pipeline))
    step_context(Path("seeds"), tmp_path, tmp_path, registry_dir=None, single_process=True)
    assert vars(pipeline) == before
