"""The build context a benchmark step converts with, all in this one place: what a step changes about the
pipeline (another registry, all work in one process) goes into the context, and nothing else is patched."""

from __future__ import annotations

import sys
from pathlib import Path

from ..pipeline import PARALLEL_PAGES, PARALLEL_THRESHOLD, BuildContext
from ..registry import REGISTRY_DIR


def step_context(
    seeds_dir: Path, docs_dir: Path, cache_dir: Path, registry_dir: Path | None, single_process: bool
) -> BuildContext:
    """The context of a convert step. registry_dir: the registry convert reads instead of data/registry/ (an
    edited copy). single_process: every article converted and every page rendered in this process (where a
    profiler sees the work), whatever the corpus size."""
    return BuildContext.load(
        seeds_dir,
        docs_dir,
        cache_dir,
        registry_dir=registry_dir or REGISTRY_DIR,
        parallel_threshold=sys.maxsize if single_process else PARALLEL_THRESHOLD,
        parallel_pages=sys.maxsize if single_process else PARALLEL_PAGES,
    )
