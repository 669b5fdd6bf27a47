"""Scores the cleaner and metadata on hand-labelled articles, as trafilatura's evaluation does:
metadata fields right, must-include snippets kept, boilerplate gone, headings, speakers, list items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from conftest import body_of, rendered, squash

from build_scripts.models import Article
from build_scripts.pipeline import convert
from build_scripts.registry import load_registry

FIELDS = ("title", "title_generated", "date", "language", "authors", "editors", "publisher")
_WORD = re.compile(r"[\W_]+")
_LIST_MARKER = re.compile(r"^\s*(\d{1,2}[.)、]|[(（]\d{1,2}[)）])\s*")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {term.casefold(): e.id for e in load_registry().entities for term in e.terms}


def _entity_id(name: str) -> str | None:
    """A hand label's entity name -> the registry id (labels use English names)."""
    return _names().get(name.casefold())


def load_labels(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]


def store(label: dict, text: str, target: Path) -> None:
    newline = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}[label.get("newline", "lf")]
    encoding = label.get("encoding", "utf-8")
    target.write_bytes(text.replace("\r\n", "\n").replace("\n", newline).encode(encoding))


def normalised(text: str) -> str:
    return _WORD.sub("", text).casefold()


@dataclass
class Score:
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(what)

    @property
    def ratio(self) -> float:
        return self.hits / self.total if self.total else 1.0


def evaluate(labels: list[dict], source_dir: Path, work: Path) -> tuple[dict[str, Score], dict]:
    seeds = work / "seeds"
    seeds.mkdir()
    for label in labels:
        store(label, (source_dir / label["file"]).read_text(encoding="utf-8"), seeds / label["file"])
    report = convert(seeds, work / "docs", None)
    by_source = {a.source: a for a in report.articles}
    scores = {
        name: Score()
        for name in (
            "metadata",
            "kept",
            "removed",
            "headings",
            "speakers",
            "bullets",
            "no_text_lost",
            "companies_precision",
            "companies_recall",
            "people_precision",
            "people_recall",
        )
    }
    for failure in report.failures:
        scores["metadata"].add(False, f"{failure.source}: {failure.error}")
    for label in labels:
        article = by_source.get(label["file"])
        if article is None:
            continue
        page = next(a for a in report.catalog["articles"] if a["source"] == label["file"])
        markdown = (work / "docs" / page["path"]).read_text(encoding="utf-8")
        _score(label, article, markdown, (source_dir / label["file"]).read_text(encoding="utf-8"), scores)
    return scores, by_source


def _score(label: dict, article: Article, page: str, source_text: str, scores: dict[str, Score]) -> None:
    name = label["file"]
    for key in FIELDS:
        expected = label["expect"][key]
        if key == "title" and expected is None:
            continue  # a generated title is checked through title_generated
        actual = getattr(article, key)
        scores["metadata"].add(actual == expected, f"{name}: {key} = {actual!r}, expected {expected!r}")
    body_markdown = body_of(page)
    visible = rendered(f"# {article.title}\n\n" + body_markdown)[0]
    body = rendered(body_markdown)[0]
    for snippet in label.get("must_include", []):
        scores["kept"].add(squash(snippet) in visible, f"{name}: lost {snippet!r}")
    for snippet in label.get("literal", []):  # markup in the source must show, not act
        scores["kept"].add(squash(snippet) in visible, f"{name}: markup not shown literally: {snippet!r}")
    for snippet in label.get("must_exclude", []):
        scores["removed"].add(snippet.casefold() not in body.casefold(), f"{name}: kept boilerplate {snippet!r}")
    if "headings" in label:
        found = [b.text for b in article.blocks if b.kind == "heading"]
        for heading in label["headings"]:  # case-blind: all-lower-case sources get capitalised headings
            ok = heading.casefold() in {f.casefold() for f in found}
            scores["headings"].add(ok, f"{name}: heading {heading!r} not found in {found}")
        scores["headings"].add(
            len(found) == len(label["headings"]), f"{name}: {len(found)} headings, expected {len(label['headings'])}"
        )
    if "speakers" in label:
        scores["speakers"].add(article.speakers == label["speakers"], f"{name}: speakers {article.speakers}")
    if "bullets" in label:
        count = sum(1 for b in article.blocks if b.kind == "list_item")
        scores["bullets"].add(count == label["bullets"], f"{name}: {count} list items, expected {label['bullets']}")
    for plural in ("companies", "people"):
        if plural not in label:
            continue
        gold = {_entity_id(name) or f"unknown:{name}" for name in label[plural]}
        recognised = {e["id"] for e in getattr(article, plural)}
        for entity_id in sorted(recognised):
            scores[f"{plural}_precision"].add(entity_id in gold, f"{name}: {plural} false positive {entity_id}")
        for entity_id in sorted(gold):
            scores[f"{plural}_recall"].add(entity_id in recognised, f"{name}: {plural} missed {entity_id}")
    haystack = normalised(visible + " ".join(t["title"] for t in article.alternate_titles))
    excluded = {normalised(s) for s in label.get("must_exclude", [])}
    for line in source_text.replace("\r", "\n").split("\n"):
        key = normalised(_LIST_MARKER.sub("", line))
        if len(key) >= 12 and not any(e and key.startswith(e) and len(key) < 120 for e in excluded):
            scores["no_text_lost"].add(key in haystack, f"{name}: line lost: {line[:80]!r}")
