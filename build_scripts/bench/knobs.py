"""The pipeline settings a benchmark step changes, all in this one place.

pipeline.convert takes no build context yet, so a step changes module globals of the pipeline, in the step's
own child process (steps.py) and nowhere else. When convert takes a context, this function builds that
context instead, and nothing else in the benchmark changes.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from .. import pipeline
from ..registry import load_registry


def configure_pipeline(registry_dir: Path | None, single_process: bool) -> None:
    """registry_dir: the registry convert reads instead of data/registry/ (an edited copy). single_process:
    every article converted in this process (where a profiler sees the work), whatever the corpus size."""
    if registry_dir is not None:
        pipeline.load_registry = partial(load_registry, registry_dir)
    if single_process:
        pipeline.PARALLEL_THRESHOLD = sys.maxsize
