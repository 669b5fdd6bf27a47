"""The pipeline settings a benchmark step changes (build_scripts/bench/knobs.py)."""

import sys

from conftest import ROOT

from build_scripts import pipeline
from build_scripts.bench.knobs import configure_pipeline
from build_scripts.registry import load_registry


def test_a_step_reads_the_registry_it_is_given_and_can_keep_all_work_in_one_process(monkeypatch):
    monkeypatch.setattr(pipeline, "load_registry", pipeline.load_registry)  # both restored after the test
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", pipeline.PARALLEL_THRESHOLD)
    default = (pipeline.load_registry, pipeline.PARALLEL_THRESHOLD)
    configure_pipeline(None, single_process=False)
    assert (pipeline.load_registry, pipeline.PARALLEL_THRESHOLD) == default
    fixture = ROOT / "tests" / "fixtures" / "registry"
    configure_pipeline(fixture, single_process=True)
    assert pipeline.load_registry().fingerprint == load_registry(fixture).fingerprint != load_registry().fingerprint
    assert pipeline.PARALLEL_THRESHOLD == sys.maxsize
