"""The registry's entities as the synthetic corpus uses them: companies, people and themes, each with a
popularity weight (a few companies in many articles, most in few), and each theme's trigger terms per language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .. import datafile
from ..hashing import sha256_hex
from ..registry import REGISTRY_DIR, Entity, load_registry

# The languages phrases.py and templates.py are written in. The order is part of the corpus: an article's
# language is drawn from the --languages in the order given, so changing it changes every article.
CORPUS_LANGUAGES = ("de", "zh", "en")


@dataclass(frozen=True)
class Vocabulary:
    companies: tuple[Entity, ...]
    company_weights: tuple[float, ...]
    people: tuple[Entity, ...]
    people_weights: tuple[float, ...]
    themes: tuple[str, ...]  # theme ids
    theme_weights: tuple[float, ...]
    triggers: dict[str, dict[str, list[str]]]  # theme id -> language -> terms


T = TypeVar("T")


def _popular(items: Sequence[T], salt: str) -> tuple[tuple[T, ...], tuple[float, ...]]:
    """The items in a fixed pseudo-random order, weighted like word frequencies (Zipf: the first one most)."""
    ranked = sorted(items, key=lambda item: sha256_hex(f"{salt}:{getattr(item, 'id', item)}".encode()))
    return tuple(ranked), tuple(1 / (rank + 1) ** 0.9 for rank in range(len(ranked)))


def load_vocabulary(registry_dir: Path = REGISTRY_DIR) -> Vocabulary:
    """The registry in registry_dir; only themes with triggers in every corpus language are used."""
    registry = load_registry(registry_dir)
    raw_themes, _ = datafile.read(registry_dir / "themes.yml")
    triggers = {
        entry["id"]: {
            language: list((entry.get("triggers") or {}).get(language) or []) for language in CORPUS_LANGUAGES
        }
        for entry in raw_themes
    }
    themes = [theme for theme, terms in triggers.items() if all(terms[language] for language in CORPUS_LANGUAGES)]
    companies, company_weights = _popular(registry.of_kind("company"), "company")
    people, people_weights = _popular(registry.of_kind("person"), "person")
    theme_order, theme_weights = _popular(themes, "theme")
    return Vocabulary(companies, company_weights, people, people_weights, theme_order, theme_weights, triggers)


def is_cjk_text(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text)
