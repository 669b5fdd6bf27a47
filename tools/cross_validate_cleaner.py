"""Scores the whole cleaner (not only its line classifier) by K-fold cross-validation on the page corpus.

    .venv/bin/python tools/cross_validate_cleaner.py --corpus ../shared/corpus/web-pages \
        --labels tests/fixtures/realpages/labels-zh.json --folds 5

Every page is converted by the atlas with a line model trained (tools/train_cleaner.py) on the other folds
only, so no page is scored by a model that saw it. With five folds each model learns from four fifths of
the corpus: closer to the shipped model (trained on all of it) than the half model of `--hold-out`, so these
figures are the best estimate of what the shipped cleaner does on pages nobody labelled. Printed like
`python -m build_scripts eval`, per input kind and language. Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_cleaner import load_pages, load_scrapes, train  # noqa: E402

from build_scripts.evaluate import Converter, Tally, load_page_labels, report, score_pages  # noqa: E402
from build_scripts.lines import load_cues  # noqa: E402
from build_scripts.settings import DATA_DIR  # noqa: E402


def fold_model(pages: list[dict], cues, path: Path) -> None:
    """Trains the line and headline models on `pages` and writes them to `path`, as train_cleaner does."""
    path.write_text(json.dumps(train(pages, cues), separators=(",", ":")) + "\n", "utf-8")


def merge(into: dict, tallies: dict) -> None:
    for key, tally in tallies.items():
        total = into.setdefault(key, Tally())
        total.pages += tally.pages
        total.with_kept += tally.with_kept
        total.with_total += tally.with_total
        total.without_kept += tally.without_kept
        total.without_total += tally.without_total
        for name, (ok, count) in tally.checks.items():
            total.checks[name][0] += ok
            total.checks[name][1] += count
        total.misses += tally.misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--labels", type=Path, action="append", default=[])
    parser.add_argument("--scrapes", type=Path, action="append", default=[], help="labelled scrapes all folds learn")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--kinds", default="txt,html")
    parser.add_argument("--misses", action="store_true", help="list every snippet lost or kept wrongly")
    parser.add_argument(
        "--models",
        type=Path,
        help="keep the fold models in this folder and reuse those already there (to compare settings of "
        "data/cleaning.yml on the same models; empty it when the corpus, labels or features change)",
    )
    args = parser.parse_args()
    cues = load_cues(DATA_DIR / "cues.yml")
    labels = load_page_labels(args.corpus, args.labels)
    pages = load_pages(args.corpus, labels, cues)
    scrapes = [page for folder in args.scrapes for page in load_scrapes(folder, cues)]
    totals: dict = defaultdict(Tally)
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.models or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for fold in range(args.folds):
            path = folder / f"fold{fold}-of-{args.folds}.json"
            if not path.is_file():
                fold_model([p for i, p in enumerate(pages) if i % args.folds != fold] + scrapes, cues, path)
            names = {p["name"] for i, p in enumerate(pages) if i % args.folds == fold}
            chosen = {name: label for name, label in labels.items() if name in names}
            merge(totals, score_pages(args.corpus, chosen, Converter(path), tuple(args.kinds.split(","))))
            print(f"fold {fold + 1} of {args.folds} scored", file=sys.stderr)
    print(report(totals))
    if args.misses:
        for key, tally in sorted(totals.items()):
            print(f"\n# {key}")
            print("\n".join(tally.misses))


if __name__ == "__main__":
    main()
