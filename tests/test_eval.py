"""The labelled evaluation: the real seeds must be perfect; the unseen articles must stay above floors
that only go up (tests/fixtures/eval/floors.yml)."""

from pathlib import Path

import yaml
from conftest import SEEDS
from evaluation import evaluate, load_labels

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCORES: dict[str, dict] = {}


def test_seeds_are_converted_exactly_as_labelled(tmp_path):
    scores, articles = evaluate(load_labels(FIXTURES / "seed_labels.yml"), SEEDS, tmp_path)
    SCORES["seeds"] = scores
    assert len(articles) == 5
    problems = [miss for score in scores.values() for miss in score.misses]
    assert problems == []


def test_unseen_articles_stay_above_the_floors(tmp_path):
    floors = yaml.safe_load((FIXTURES / "eval" / "floors.yml").read_text())
    scores, _ = evaluate(load_labels(FIXTURES / "eval" / "labels.yml"), FIXTURES / "eval" / "sources", tmp_path)
    SCORES["eval"] = scores
    below = {
        name: (round(score.ratio, 3), floors[name], score.misses)
        for name, score in scores.items()
        if score.ratio < floors[name]
    }
    assert below == {}
