"""`python -m build_scripts eval`: how well the cleaner and metadata do on real, labelled pages.

Two kinds of labelled sets:

- a page corpus (the format of ../shared/corpus/web-pages: `labels.json` plus `NAME.html` and `NAME.txt`,
  the saved page and the text a reader copies from it; more labels in `labels-*.json` beside it or passed
  with --labels): each page is converted twice, as text and as HTML, and scored by snippets of main text
  that must be kept (`with`) and of boilerplate that must go (`without`), and by its title, date, author;
- scraped articles (tests/fixtures/scrapes: `labels.yml` with every line marked article or chrome): share
  of chrome lines removed, of article lines kept, and title, date, authors, publisher right.

Scores are printed per language and input kind. Text is compared after NFKC, case folding and with white
space collapsed, as the corpus README asks.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import datafile
from .convert import convert_source, load_models
from .models import Article, Block
from .registry import load_registry
from .settings import load_settings
from .site_template import source_lines, templates
from .sources import decode
from .structure import list_item_text
from .text import cjk_count
from .trees import load_model

ROOT = Path(__file__).resolve().parent.parent
REAL_PAGES = ROOT / "tests" / "fixtures" / "realpages"
SCRAPES = ROOT / "tests" / "fixtures" / "scrapes"
_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \"'“”„«»「」『』《》.,:;!?。，：；！？-–—|"


def comparable(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).casefold().strip()


def same_title(found: str, expected: str) -> bool:
    return comparable(found).strip(_EDGE_PUNCTUATION) == comparable(expected).strip(_EDGE_PUNCTUATION)


def same_author(found: list[str], expected: str | list[str]) -> bool:
    """An expected byline is right when every name in it is among the authors found, and vice versa."""
    expected = "; ".join(expected) if isinstance(expected, list) else expected
    names = {comparable(n) for n in re.split(r"[,;/、，；]| and | und |和", expected) if n.strip()}
    return bool(found) and {comparable(n) for n in found} == names


@dataclass
class Tally:
    """Counts of one language and input kind."""

    pages: int = 0
    with_kept: int = 0
    with_total: int = 0
    without_kept: int = 0
    without_total: int = 0
    checks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool, miss: str) -> None:
        self.checks[name][0] += ok
        self.checks[name][1] += 1
        if not ok:
            self.misses.append(miss)

    def scores(self) -> dict[str, float]:
        if not self.with_total:
            return {
                "pages": self.pages,
                **{name: ok / total for name, (ok, total) in sorted(self.checks.items()) if total},
            }
        recall = self.with_kept / self.with_total if self.with_total else 1.0
        precision = self.with_kept / (self.with_kept + self.without_kept) if self.with_kept else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        dropped = 1 - self.without_kept / self.without_total if self.without_total else 1.0
        values = {"pages": self.pages, "recall": recall, "precision": precision, "f1": f1, "dropped": dropped}
        values.update({name: ok / total for name, (ok, total) in sorted(self.checks.items()) if total})
        return values


class Converter:
    """convert_source with the project's settings and registry, loaded once (and another line model)."""

    def __init__(self, model: Path | None = None) -> None:
        self.settings = load_settings()
        if model:
            self.settings = replace(self.settings, line_model=load_model(model))
        self.registry = load_registry()
        self.templates: dict[str, frozenset[str]] = {}
        load_models(self.settings)

    def learn_site_templates(self, files: dict[str, bytes]) -> None:
        """The template lines of the files about to be converted, as if they were the seeds folder."""
        limits = self.settings.thresholds
        lines = {name: source_lines(name, data, limits["template_max_chars"]) for name, data in files.items()}
        self.templates = templates(lines, limits["template_min_stories"])

    def __call__(self, name: str, data: bytes) -> Article | None:
        template = self.templates.get(name, frozenset())
        result = convert_source(name, data, None, self.settings, self.registry, template)
        return result if isinstance(result, Article) else None


@dataclass
class Extracted:
    """What trafilatura alone makes of a saved page, read like an Article."""

    title: str
    blocks: list[Block]
    date: str | None
    authors: list[str]


def trafilatura_alone(name: str, data: bytes) -> Extracted | None:
    """trafilatura's main text and metadata with its default settings: the baseline the atlas must beat."""
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(decode(data), with_metadata=True)
    if not isinstance(document, Document) or not document.text:
        return None
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return Extracted(document.title or "", [Block("paragraph", line) for line in lines], document.date, authors)


def article_text(article: Article | Extracted | None) -> str:
    if article is None:
        return ""
    return comparable(" ".join([article.title] + [b.text for b in article.blocks]))


def load_page_labels(corpus: Path, extra: list[Path]) -> dict[str, dict]:
    """labels.json of the corpus, completed by labels-*.json beside it and the files given (a label with
    snippets wins over one without)."""
    labels: dict[str, dict] = json.loads((corpus / "labels.json").read_text("utf-8"))
    for path in sorted(corpus.glob("labels-*.json")) + extra:
        for name, label in json.loads(path.read_text("utf-8")).items():
            if label.get("with") or not labels.get(name, {}).get("with"):
                labels[name] = label
    return {name: label for name, label in labels.items() if label.get("with") and not label.get("skip")}


PageReader = Callable[[str, bytes], Article | Extracted | None]  # the atlas's Converter, or trafilatura alone


def score_pages(corpus: Path, labels: dict[str, dict], convert: PageReader, kinds=("txt", "html")) -> dict:
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    paths = [(name, corpus / f"{name}.{kind}") for name in sorted(labels) for kind in kinds]
    files = {path.name: path.read_bytes() for _, path in paths if path.is_file()}
    if isinstance(convert, Converter):
        convert.learn_site_templates(files)
    for name, path in paths:
        if path.name in files:
            article = convert(path.name, files[path.name])
            _score_page(name, labels[name], article, tallies[(labels[name]["language"], path.suffix[1:])])
    return tallies


def _score_page(name: str, label: dict, article: Article | Extracted | None, tally: Tally) -> None:
    text = article_text(article)
    tally.pages += 1
    kept = [s for s in label["with"] if comparable(list_item_text(s)) in text]  # a list's numbers are markup
    leaked = [s for s in label["without"] if comparable(s) in text]
    tally.with_kept += len(kept)
    tally.with_total += len(label["with"])
    tally.without_kept += len(leaked)
    tally.without_total += len(label["without"])
    tally.misses += [f"{name}: lost {s!r}" for s in label["with"] if s not in kept]
    tally.misses += [f"{name}: kept {s!r}" for s in leaked]
    if label.get("title"):
        title = article.title if article else ""
        tally.check("title", same_title(title, label["title"]), f"{name}: title {title!r}, expected {label['title']!r}")
    if label.get("date"):
        date = article.date if article else None
        tally.check("date", date == label["date"], f"{name}: date {date}, expected {label['date']}")
    if label.get("author"):
        authors = article.authors if article else []
        tally.check(
            "author", same_author(authors, label["author"]), f"{name}: authors {authors}, expected {label['author']!r}"
        )


def _shown(block: Block) -> str:
    """A block's text as the page shows it: an interview turn with its speaker ('Q：這次募資…', 'Q: Why …')."""
    if block.kind != "turn" or not block.speaker:
        return block.text
    separator = "：" if cjk_count(block.speaker + block.text[:20]) else ": "
    return f"{block.speaker}{separator}{block.text}"


def score_scrapes(folder: Path, convert: Converter, kind: str = "scrape") -> dict:
    labels, _ = datafile.read(folder / "labels.yml")
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    convert.learn_site_templates({name: (folder / name).read_bytes() for name in labels})
    for name, label in sorted(labels.items()):
        article = convert(name, (folder / name).read_bytes())
        tally = tallies[(label["language"].split("-")[0], kind)]
        tally.pages += 1
        body = [comparable(_shown(b)) for b in article.blocks] if article else []
        text = " ".join(body)
        for line in label["article"]:
            tally.check("article_kept", comparable(list_item_text(line)) in text, f"{name}: lost {line!r}")
        also_article = Counter(comparable(line) for line in label["article"])
        for line in label["chrome"]:
            kept = _kept_line(comparable(line), body, also_article[comparable(line)])
            tally.check("chrome_removed", not kept, f"{name}: kept {line!r}")
        title = article.title if article else None
        tally.check(
            "title",
            title is not None and same_title(title, label["title"]),
            f"{name}: title {title!r}, expected {label['title']!r}",
        )
        for key in ("date", "authors", "editors", "publisher"):
            found = getattr(article, key) if article else None
            tally.check(
                key, _same_value(found, label.get(key)), f"{name}: {key} {found!r}, expected {label.get(key)!r}"
            )
    return tallies


def _same_value(found: str | list[str] | None, expected: str | list[str] | None) -> bool:
    """A text or a list of names (in any order), compared as a reader would."""
    if isinstance(found, list) or isinstance(expected, list):
        return sorted(map(comparable, found or [])) == sorted(map(comparable, expected or []))
    return comparable(found or "") == comparable(expected or "")


def _kept_line(line: str, body: list[str], as_article: int = 0) -> bool:
    """A chrome line is kept when a block is that line or contains it (short chrome like 'Teilen' only
    counts as kept when it stands as a block of its own). When the article holds the same line `as_article` times
    (a table of contents' entry that a sub-heading repeats), only more blocks than that are the chrome kept."""
    if as_article:
        return sum(line == block for block in body) > as_article
    return any(line == block or (len(line) >= 25 and line in block) for block in body)


def report(tallies: dict) -> str:
    rows = []
    for (language, kind), tally in sorted(tallies.items(), key=lambda item: (item[0][1], item[0][0])):
        values = tally.scores()
        cells = " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items())
        rows.append(f"{kind:6} {language:3} {cells}")
    return "\n".join(rows)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--corpus",
        type=Path,
        default=REAL_PAGES,
        help="page corpus with labels.json (default: tests/fixtures/realpages)",
    )
    parser.add_argument("--labels", type=Path, action="append", default=[], help="more labels (JSON, by page name)")
    parser.add_argument("--scrapes", type=Path, default=SCRAPES, help="scraped articles with labels.yml")
    parser.add_argument(
        "--kinds", default="txt,html", help="input kinds of the page corpus to score (default: txt,html)"
    )
    parser.add_argument("--model", type=Path, help="score another line model (e.g. one trained with --hold-out)")
    parser.add_argument("--pages", type=Path, help="score only the pages listed in this file, one name a line")
    parser.add_argument("--misses", action="store_true", help="list every snippet lost or kept wrongly")
    parser.add_argument(
        "--trafilatura-alone", action="store_true", help="score trafilatura alone on the HTML pages (the baseline)"
    )


def main(args) -> int:
    convert: PageReader = trafilatura_alone if args.trafilatura_alone else Converter(args.model)
    tallies = {}
    if (args.corpus / "labels.json").is_file():
        labels = load_page_labels(args.corpus, args.labels)
        if args.pages:
            chosen = set(args.pages.read_text("utf-8").split())
            labels = {name: label for name, label in labels.items() if name in chosen}
        tallies.update(score_pages(args.corpus, labels, convert, tuple(args.kinds.split(","))))
    if (args.scrapes / "labels.yml").is_file() and isinstance(convert, Converter):
        tallies.update(score_scrapes(args.scrapes, convert))
    print(report(tallies))
    if args.misses:
        for key, tally in sorted(tallies.items()):
            print(f"\n# {key}")
            print("\n".join(tally.misses))
    return 0
