"""The learned model of the cleaner: gradient-boosted regression trees exported from scikit-learn
(tools/train_cleaner.py writes data/line_model.json), walked with NumPy at build time, no scikit-learn needed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class TreeEnsemble:
    """Gradient-boosted regression trees on the log-odds scale (exported from scikit-learn), stored as one
    array per node field with a row per tree, so that all trees walk all lines at once."""

    bias: float
    rate: float
    lexicon: dict[str, float]
    feature: np.ndarray  # [tree, node]; -1 at a leaf
    threshold: np.ndarray
    left: np.ndarray  # -1 at a leaf
    right: np.ndarray
    value: np.ndarray
    depth: int
    feature_names: tuple[str, ...]
    title: TreeEnsemble | None = None  # the headline model, over the same rows plus TITLE_NAMES

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        trees = np.arange(self.feature.shape[0])[None, :]
        node = np.zeros((len(rows), self.feature.shape[0]), dtype=np.int64)
        lines = np.arange(len(rows))[:, None]
        for _ in range(self.depth):
            left = self.left[trees, node]
            values = rows[lines, np.maximum(self.feature[trees, node], 0)]
            step = np.where(values <= self.threshold[trees, node], left, self.right[trees, node])
            node = np.where(left >= 0, step, node)
        score = self.bias + self.rate * self.value[trees, node].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-np.clip(score, -500, 500)))  # (no overflow far from the threshold)


@lru_cache(maxsize=2)
def load_model(path: Path) -> TreeEnsemble:
    return _ensemble(json.loads(path.read_text("utf-8")))


def _ensemble(data: dict) -> TreeEnsemble:
    width = max(len(t["feature"]) for t in data["trees"])

    def field(name: str, fill: float) -> np.ndarray:
        return np.array([t[name] + [fill] * (width - len(t[name])) for t in data["trees"]])

    left, right = field("left", -1).astype(np.int64), field("right", -1).astype(np.int64)
    title = _ensemble(data["title"]) if "title" in data else None
    return TreeEnsemble(
        data["bias"],
        data["rate"],
        data["lexicon"],
        field("feature", -1).astype(np.int64),
        field("threshold", 0.0),
        left,
        right,
        field("value", 0.0),
        _depth(left, right),
        tuple(data["features"]),
        title,
    )


def _depth(left: np.ndarray, right: np.ndarray) -> int:
    """Levels of the deepest tree (children come after their parents in scikit-learn's node order)."""
    depth = np.zeros(left.shape, dtype=np.int64)
    for node in range(left.shape[1]):
        inner = np.flatnonzero(left[:, node] >= 0)
        depth[inner, left[inner, node]] = depth[inner, node] + 1
        depth[inner, right[inner, node]] = depth[inner, node] + 1
    return int(depth.max()) + 1
