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
    """Gradient-boosted regression trees on the log-odds scale (exported from scikit-learn), stored as flat
    arrays of all trees' nodes (tree t's node n at t * width + n), so that all trees walk all lines at once.
    A leaf is its own child, so a walk that reaches it early stays there."""

    bias: float
    rate: float
    lexicon: dict[str, float]
    feature: np.ndarray  # [tree * width + node]; 0 at a leaf
    threshold: np.ndarray
    left: np.ndarray  # flat index of the child; the node itself at a leaf
    right: np.ndarray
    value: np.ndarray
    trees: int
    depth: int
    feature_names: tuple[str, ...]
    title: TreeEnsemble | None = None  # the headline model, over the same rows plus TITLE_NAMES

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        width = len(self.feature) // self.trees
        node = np.tile(np.arange(self.trees) * width, (len(rows), 1))
        row_start = (np.arange(len(rows)) * rows.shape[1])[:, None]
        values = rows.ravel()
        for _ in range(self.depth):
            goes_left = values[row_start + self.feature[node]] <= self.threshold[node]
            node = np.where(goes_left, self.left[node], self.right[node])
        score = self.bias + self.rate * self.value[node].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-np.clip(score, -500, 500)))  # (no overflow far from the threshold)


@lru_cache(maxsize=2)
def load_model(path: Path) -> TreeEnsemble:
    return _ensemble(json.loads(path.read_text("utf-8")))


def _ensemble(data: dict) -> TreeEnsemble:
    width = max(len(t["feature"]) for t in data["trees"])

    def field(name: str, fill: float) -> np.ndarray:
        return np.array([t[name] + [fill] * (width - len(t[name])) for t in data["trees"]])

    left, right = field("left", -1).astype(np.int64), field("right", -1).astype(np.int64)
    depth = _depth(left, right)
    offset = (np.arange(len(left)) * width)[:, None]
    leaf = left < 0
    itself = offset + np.arange(width)[None, :]
    title = _ensemble(data["title"]) if "title" in data else None
    return TreeEnsemble(
        data["bias"],
        data["rate"],
        data["lexicon"],
        np.where(leaf, 0, field("feature", -1).astype(np.int64)).ravel(),
        field("threshold", 0.0).ravel(),
        np.where(leaf, itself, offset + left).ravel(),
        np.where(leaf, itself, offset + right).ravel(),
        field("value", 0.0).ravel(),
        len(left),
        depth,
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
