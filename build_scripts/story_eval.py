"""How well story clusters find the same story: precision and recall over labelled pairs of articles.

`python -m build_scripts eval-stories --pairs FILE [--articles DIR] [--split all|tune|test] [--misses]` converts
every file of the articles folder with the real pipeline (reading, cleaning, signatures, the corpus stage's
clusters, exactly as a build does) and scores the labelled pairs (`{a, b, same, kind}`, file names in that
folder): a pair is found the same story when both articles end up in one story. Precision and recall overall
and, per kind, the share of its pairs decided right. `--split` scores one half of the pairs (by a hash of their
names, the same halves on every run): tune thresholds on one, report the other.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .hashing import sha256_hex

SPLITS = ("all", "tune", "test")


@dataclass
class Score:
    """Pairs of one kind (or all): decided right, and the counts precision and recall are made of."""

    pairs: int = 0
    right: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, same: bool, found: bool, label: str) -> None:
        self.pairs += 1
        self.right += same == found
        self.true_positive += same and found
        self.false_positive += found and not same
        self.false_negative += same and not found
        if same != found:
            self.misses.append(label)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.pairs if self.pairs else 1.0


def load_pairs(path: Path) -> list[dict]:
    """The labelled pairs of a pairs file: a list (or a mapping with `pairs`) of {a, b, same, kind}."""
    document, _raw = datafile.read(path)
    pairs = document.get("pairs") if isinstance(document, dict) else document
    if not isinstance(pairs, list):
        raise DataFileError(f"{path}: expected a list of pairs (or a mapping with 'pairs')")
    for i, pair in enumerate(pairs):
        if not isinstance(pair, dict) or not {"a", "b", "same", "kind"} <= set(pair):
            raise DataFileError(f"{datafile.where(path, pair)}: pairs[{i}] must have a, b, same (true/false) and kind")
        if not isinstance(pair["same"], bool):
            raise DataFileError(f"{datafile.where(path, pair)}: pairs[{i}] must have a, b, same (true/false) and kind")
    return pairs


def in_split(pair: dict, split: str) -> bool:
    """Whether a pair belongs to the half `split` (tune or test; all: every pair)."""
    if split == "all":
        return True
    a, b = sorted((str(pair["a"]), str(pair["b"])))
    half = int(sha256_hex(a.encode(), b.encode())[:8], 16) % 2
    return half == (0 if split == "tune" else 1)


def story_ids(articles_dir: Path) -> tuple[dict[str, str], list[str]]:
    """Each source's story id after converting the whole folder as a build does, and the sources that failed."""
    from .pipeline import convert

    with tempfile.TemporaryDirectory() as docs:
        report = convert(articles_dir, Path(docs), None, write=False)
    ids = {entry["source"]: entry["story"]["id"] for entry in report.catalog["articles"]}
    return ids, [f"{failure.source}: {failure.error}" for failure in report.failures]


def evaluate(pairs: list[dict], ids: dict[str, str], split: str = "all") -> dict[str, Score]:
    """Scores per kind and "all" of the pairs in `split`; a pair with an article that failed counts as not found."""
    scores: dict[str, Score] = defaultdict(Score)
    for pair in pairs:
        if not in_split(pair, split):
            continue
        a, b = str(pair["a"]), str(pair["b"])
        found = a in ids and ids.get(a) == ids.get(b)
        label = f"{a} ~ {b} ({'same' if pair['same'] else 'different'}, found {'same' if found else 'different'})"
        for kind in (str(pair["kind"]), "all"):
            scores[kind].add(pair["same"], found, label)
    return dict(sorted(scores.items(), key=lambda kv: (kv[0] == "all", kv[0])))


def report(scores: dict[str, Score], misses: bool) -> str:
    lines = [f"{'kind':24} {'pairs':>5} {'right':>6} {'precision':>9} {'recall':>6}"]
    for kind, score in scores.items():
        positives = score.true_positive + score.false_negative
        recall = f"{score.recall:6.2f}" if positives else "     -"
        found = score.true_positive + score.false_positive
        precision = f"{score.precision:9.2f}" if found else "        -"
        lines.append(f"{kind:24} {score.pairs:5d} {score.accuracy:6.2f} {precision} {recall}")
    if misses:
        lines += [f"  miss: {label}" for label in scores.get("all", Score()).misses]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pairs", type=Path, required=True, help="labelled pairs (YAML: {a, b, same, kind})")
    parser.add_argument("--articles", type=Path, help="folder of the articles (default: articles/ beside the pairs)")
    parser.add_argument("--split", choices=SPLITS, default="all", help="score one half of the pairs (tune or test)")
    parser.add_argument("--misses", action="store_true", help="list the pairs decided wrong")


def main(args: argparse.Namespace) -> int:
    try:
        pairs = load_pairs(args.pairs)
    except DataFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    articles = args.articles or args.pairs.parent / "articles"
    ids, failures = story_ids(articles)
    for failure in failures:
        print(f"warning: {failure}", file=sys.stderr)
    print(report(evaluate(pairs, ids, args.split), args.misses))
    return 0
