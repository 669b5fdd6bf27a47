"""Trains the cleaner's line classifier (data/line_model.json) from real, labelled web pages.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python tools/train_cleaner.py --corpus ../shared/corpus/web-pages \
        --labels tests/fixtures/realpages/labels-zh.json

Each page of the corpus comes twice: its HTML and the text a reader copies from the rendered page. The
labels come from the HTML: a line of the text copy is article when trafilatura's main text of the HTML
contains it, then corrected by the page's hand labels (a line holding a `with` snippet is article, one
holding a `without` snippet is not). Features are those of build_scripts/lines.py. The script prints
out-of-fold scores (5 folds by page: each page scored by a model that never saw it), per language, then
trains on every page and writes the model. Deterministic: same corpus, same model file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_scripts import datafile  # noqa: E402
from build_scripts.clean import text_lines  # noqa: E402
from build_scripts.evaluate import comparable, load_page_labels, same_title  # noqa: E402
from build_scripts.lines import (  # noqa: E402
    TITLE_NAMES,
    TITLE_WINDOW,
    feature_names,
    lexical_features,
    load_cues,
    shape_features,
    title_features,
    train_lexicon,
)
from build_scripts.settings import DATA_DIR  # noqa: E402
from build_scripts.sources import decode, normalise  # noqa: E402

INNER_FOLDS = 4
PARAMETERS = {"n_estimators": 120, "max_depth": 4, "learning_rate": 0.1, "subsample": 0.8, "random_state": 0}


def html_main_text(html: bytes) -> str:
    import trafilatura

    return comparable(trafilatura.extract(decode(html), favor_precision=True, include_tables=True) or "")


def line_labels(lines: list[str], main: str, label: dict) -> np.ndarray:
    result = []
    for line in lines:
        key = comparable(line)
        article = len(key) >= 2 and key in main
        if any(comparable(s) in key for s in label["with"]):
            article = True
        elif any(comparable(s) in key for s in label["without"]):
            article = False
        result.append(article)
    return np.array(result, dtype=int)


def load_pages(corpus: Path, labels: dict, cues) -> list[dict]:
    pages = []
    for name, label in sorted(labels.items()):
        txt, html = corpus / f"{name}.txt", corpus / f"{name}.html"
        if not (txt.is_file() and html.is_file()):
            continue
        lines = text_lines(normalise(decode(txt.read_bytes())))
        if not lines:
            continue
        pages.append(
            {
                "name": name,
                "label": label,
                "lines": lines,
                "x": shape_features(lines, cues),
                "y": line_labels(lines, html_main_text(html.read_bytes()), label),
            }
        )
    return pages


def load_scrapes(folder: Path, cues) -> list[dict]:
    """Articles saved as text, each line labelled by hand (`labels.yml`: title, article, chrome): exact labels of the
    lightly decorated input that whole-page copies rarely show."""
    labels, _ = datafile.read(folder / "labels.yml")
    pages = []
    for name, label in sorted(labels.items()):
        lines = text_lines(normalise(decode((folder / name).read_bytes())))
        article = {comparable(line) for line in label["article"]}
        language = "zh" if label["language"].startswith("zh") else label["language"]
        snippets = {"language": language, "title": label["title"], "with": label["article"], "without": label["chrome"]}
        y = np.array([comparable(line) in article for line in lines], dtype=int)
        pages.append({"name": name, "label": snippets, "lines": lines, "x": shape_features(lines, cues), "y": y})
    return pages


def snippet_scores(pages: list[dict], probabilities: list[np.ndarray], threshold: float) -> dict[str, tuple]:
    by_language: dict[str, list[int]] = {}
    for page, p in zip(pages, probabilities, strict=True):
        text = comparable(" ".join(line for line, keep in zip(page["lines"], p >= threshold, strict=True) if keep))
        counts = by_language.setdefault(page["label"]["language"], [0, 0, 0])
        counts[0] += sum(comparable(s) in text for s in page["label"]["with"])
        counts[1] += len(page["label"]["with"])
        counts[2] += sum(comparable(s) in text for s in page["label"]["without"])
    result = {}
    for language, (kept, total, leaked) in sorted(by_language.items()):
        recall, precision = kept / total, kept / max(1, kept + leaked)
        result[language] = (recall, precision, 2 * recall * precision / max(1e-9, recall + precision))
    return result


def fit(pages: list[dict]):
    """The lexicon from these pages' lines, then the trees over shape and word features."""
    from sklearn.ensemble import GradientBoostingClassifier

    # the trees learn from word scores as they will be on unseen pages: each page's from a lexicon without it
    by_page: list[tuple[int, np.ndarray]] = []
    for fold in range(INNER_FOLDS):
        lexicon = _lexicon([p for i, p in enumerate(pages) if i % INNER_FOLDS != fold])
        by_page += [(i, _rows(p, lexicon)) for i, p in enumerate(pages) if i % INNER_FOLDS == fold]
    rows = np.vstack([r for _, r in sorted(by_page, key=lambda item: item[0])])
    model = GradientBoostingClassifier(**PARAMETERS).fit(rows, np.concatenate([p["y"] for p in pages]))
    return model, _lexicon(pages)


def _lexicon(pages: list[dict]) -> dict:
    return train_lexicon([line for p in pages for line in p["lines"]], [y for p in pages for y in p["y"]])


def _rows(page: dict, lexicon: dict) -> np.ndarray:
    return np.hstack([page["x"], lexical_features(page["lines"], lexicon)])


def cross_validate(pages: list[dict], folds: int = 5) -> list[np.ndarray]:
    out: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for fold in range(folds):
        model, lexicon = fit([p for i, p in enumerate(pages) if i % folds != fold])
        for i, page in enumerate(pages):
            if i % folds == fold:
                out[i] = model.predict_proba(_rows(page, lexicon))[:, 1]
    return out


def export(model, names: list[str], lexicon: dict) -> dict:
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        trees.append(
            {
                "feature": tree.feature.tolist(),
                "threshold": [round(float(t), 6) for t in tree.threshold],
                "left": tree.children_left.tolist(),
                "right": tree.children_right.tolist(),
                "value": [round(float(v), 6) for v in tree.value[:, 0, 0]],
            }
        )
    prior = model.init_.class_prior_[1]
    return {
        "features": names,
        "bias": float(np.log(prior / (1 - prior))),
        "rate": model.learning_rate,
        "lexicon": lexicon,
        "trees": trees,
    }


TITLE_PARAMETERS = {"n_estimators": 80, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8}
TITLE_SEEDS = 5


def title_rows(page: dict, lexicon: dict) -> tuple[np.ndarray, np.ndarray]:
    """Rows and labels of the headline candidates of a page: the lines up to a little after the first prose."""
    extra = title_features(page["lines"], page["x"])
    rows = np.hstack([_rows(page, lexicon), extra])
    last = int(np.argmax(extra[:, 1] == 0)) + TITLE_WINDOW if (extra[:, 1] == 0).any() else len(rows)
    title = page["label"].get("title") or ""
    labels = np.array([same_title(line, title) for line in page["lines"]], dtype=int)
    return rows[:last], labels[:last]


def fit_titles(pages: list[dict], lexicon: dict) -> list:
    """One headline model per seed of TITLE_SEEDS: a single one picks a different headline on several pages
    whenever its training data moves a little; their mean is steadier."""
    from sklearn.ensemble import GradientBoostingClassifier

    pairs = [title_rows(p, lexicon) for p in pages if p["label"].get("title")]
    pairs = [(x, y) for x, y in pairs if y.any()]
    rows, labels = np.vstack([x for x, _ in pairs]), np.concatenate([y for _, y in pairs])
    return [
        GradientBoostingClassifier(**{**TITLE_PARAMETERS, "random_state": seed}).fit(rows, labels)
        for seed in range(TITLE_SEEDS)
    ]


def export_titles(models: list, names: list[str]) -> dict:
    """The seeds' models as one ensemble whose log-odds are their mean."""
    parts = [export(model, names, {}) for model in models]
    return {
        "features": names,
        "bias": float(np.mean([part["bias"] for part in parts])),
        "rate": parts[0]["rate"] / len(parts),
        "lexicon": {},
        "trees": [tree for part in parts for tree in part["trees"]],
    }


def train(pages: list[dict], cues) -> dict:
    """The line model and its headline model, trained on these pages, as data/line_model.json holds them."""
    model, lexicon = fit(pages)
    exported = export(model, feature_names(cues), lexicon)
    exported["title"] = export_titles(fit_titles(pages, lexicon), feature_names(cues) + TITLE_NAMES)
    return exported


def cross_validate_titles(pages: list[dict], folds: int = 5) -> dict[str, list[int]]:
    """Out-of-fold share of pages whose best-scored candidate is the labelled headline, per language."""
    right: dict[str, list[int]] = {}
    for fold in range(folds):
        training = [p for i, p in enumerate(pages) if i % folds != fold]
        lexicon = _lexicon(training)
        models = fit_titles(training, lexicon)
        for i, page in enumerate(pages):
            if i % folds != fold or not page["label"].get("title"):
                continue
            rows, labels = title_rows(page, lexicon)
            counts = right.setdefault(page["label"]["language"], [0, 0])
            counts[0] += bool(labels[int(np.argmax(np.mean([m.decision_function(rows) for m in models], axis=0)))])
            counts[1] += 1
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--labels", type=Path, action="append", default=[])
    parser.add_argument(
        "--scrapes",
        type=Path,
        action="append",
        default=[],
        help="also train on these labelled scrapes (a folder with labels.yml, as tests/fixtures/scrapes)",
    )
    parser.add_argument("--out", type=Path, default=DATA_DIR / "line_model.json")
    parser.add_argument(
        "--hold-out",
        type=Path,
        help="train on every other page only and list the others in this file "
        "(score them with: python -m build_scripts eval --model OUT --pages FILE)",
    )
    args = parser.parse_args()
    cues = load_cues(DATA_DIR / "cues.yml")
    pages = load_pages(args.corpus, load_page_labels(args.corpus, args.labels), cues)
    if args.hold_out:
        args.hold_out.write_text("\n".join(p["name"] for p in pages[1::2]) + "\n", "utf-8")
        pages = pages[::2]
    pages += [page for folder in args.scrapes for page in load_scrapes(folder, cues)]
    print(f"{len(pages)} pages, {sum(len(p['lines']) for p in pages)} lines", file=sys.stderr)
    held_out = cross_validate(pages)
    for threshold in (0.2, 0.3, 0.4, 0.5):
        scores = snippet_scores(pages, held_out, threshold)
        print(
            f"threshold {threshold}: "
            + "  ".join(f"{lang} R={r:.3f} P={p:.3f} F1={f:.3f}" for lang, (r, p, f) in scores.items()),
            file=sys.stderr,
        )
    titles = cross_validate_titles(pages)
    print(
        "headline right: " + "  ".join(f"{lang} {ok}/{n} = {ok / n:.3f}" for lang, (ok, n) in sorted(titles.items())),
        file=sys.stderr,
    )
    exported = train(pages, cues)
    args.out.write_text(json.dumps(exported, separators=(",", ":")) + "\n", "utf-8")
    print(f"model written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
