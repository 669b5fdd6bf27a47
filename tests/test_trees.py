"""build_scripts/trees.py: the tree ensemble as exported by tools/train_cleaner.py."""

import numpy as np
import pytest

from build_scripts.trees import _ensemble

# two trees over two features: tree 0 splits on feature 0 at 1.5, tree 1 on feature 1 at 0.5, then on feature 0
TREES: dict = {
    "bias": -0.5,
    "rate": 0.1,
    "lexicon": {},
    "features": ["a", "b"],
    "trees": [
        {
            "feature": [0, -2, -2],
            "threshold": [1.5, -2, -2],
            "left": [1, -1, -1],
            "right": [2, -1, -1],
            "value": [0, -1.0, 2.0],
        },
        {
            "feature": [1, 0, -2, -2, -2],
            "threshold": [0.5, 3.0, -2, -2, -2],
            "left": [1, 2, -1, -1, -1],
            "right": [4, 3, -1, -1, -1],
            "value": [0, 0, 1.0, 3.0, -4.0],
        },
    ],
}


def _walk(tree: dict, row: list[float]) -> float:
    node = 0
    while tree["left"][node] >= 0:
        node = tree["left"][node] if row[tree["feature"][node]] <= tree["threshold"][node] else tree["right"][node]
    return tree["value"][node]


def test_all_trees_walk_all_lines_at_once_as_one_tree_at_a_time_would():
    model = _ensemble(TREES)
    rows = np.array([[1.0, 0.0], [2.0, 0.0], [4.0, 0.2], [0.0, 1.0], [1.5, 0.5]])
    trees = TREES["trees"]
    expected = [1 / (1 + np.exp(-(-0.5 + 0.1 * sum(_walk(t, list(r)) for t in trees)))) for r in rows]
    assert model.probabilities(rows) == pytest.approx(expected)
    assert model.depth == 3
