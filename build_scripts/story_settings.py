"""data/stories.yml: what decides that two articles tell the same story, validated on load like every data file
(errors name the file and the key). `signature` is read per article (and so is part of the article cache's key);
`copies` and `versions` are read by the corpus stage (stories.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .hashing import json_sha256_hex, sha256_hex
from .schema import Option, Patterns, PositiveInt, Probability, Section, Texts

FACT_KINDS = ("amount", "percent", "date", "name", "year", "count")


class Weight(Option):
    expected = "a number of at least 0"

    def check(self, value: object, key: str, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise self.invalid(value, key, where)
        return float(value)


class Weights(Option):
    """A mapping of exactly the given names to weights (numbers of at least 0)."""

    def __init__(self, names: tuple[str, ...], doc: str):
        super().__init__(doc)
        self.names = names
        self.expected = "a mapping of " + ", ".join(names) + " to numbers of at least 0"

    def check(self, value: object, key: str, where: str) -> dict[str, float]:
        if not isinstance(value, dict) or set(value) != set(self.names):
            raise self.invalid(value, key, where)
        return {name: Weight("").check(value[name], f"{key}.{name}", where) for name in self.names}


class Magnitudes(Option):
    """Per language, words that multiply the number before them: {de: {milliarden: 1000000000}}."""

    expected = "a mapping of languages to mappings of words to positive integers"

    def check(self, value: object, key: str, where: str) -> dict[str, dict[str, int]]:
        if not isinstance(value, dict):
            raise self.invalid(value, key, where)
        for language, words in value.items():
            if not isinstance(words, dict) or not all(
                isinstance(w, str) and isinstance(n, int) and n > 0 for w, n in words.items()
            ):
                raise DataFileError(f"{where}: {key}.{language} must be a mapping of words to positive integers")
        return {str(language): {w.casefold(): n for w, n in words.items()} for language, words in value.items()}


STORIES = Section(
    "data/stories.yml: which articles tell the same story",
    {
        "signature": Section(
            "what is computed per article",
            {
                "num_perm": PositiveInt("MinHash permutations"),
                "seed": PositiveInt("seed of the permutations"),
                "word_shingle": PositiveInt("words per shingle (languages written with spaces)"),
                "character_shingle": PositiveInt("characters per shingle (Chinese)"),
                "character_languages": Texts("languages shingled by characters"),
                "repost_origins": Patterns("a repost note naming the original, with a (?P<origin>...) group"),
                "repost_markers": Patterns("a line marking a repost without naming the original"),
                "magnitudes": Magnitudes("words multiplying the number before them, per language"),
                "percent": Texts("signs and words after a number that make it a percentage"),
                "generic_names": Texts("Latin names that say nothing about a story, lower case"),
            },
        ),
        "copies": Section(
            "near-duplicates within a language",
            {
                "lsh_threshold": Probability("Jaccard similarity from which LSH proposes a pair"),
                "jaccard": Probability("the same story from this estimated Jaccard similarity"),
                "containment": Probability("or from this share of the shorter body in the longer"),
                "containment_jaccard": Probability("with at least this Jaccard similarity"),
                "min_shingles": PositiveInt("shorter bodies are not compared as copies"),
                "max_bucket": PositiveInt("an LSH bucket of more articles compares each only with its next few"),
                "bucket_window": PositiveInt("how many: the next articles of a larger bucket each is compared with"),
            },
        ),
        "versions": Section(
            "the same story in two languages",
            {
                "fact_weights": Weights(FACT_KINDS, "weight of a shared fact of each kind"),
                "max_articles_per_fact": PositiveInt("a fact in more articles proposes no candidates"),
                "min_candidate_facts": PositiveInt("shared facts (not years or counts) that make two candidates"),
                "min_shared_facts": Weight("the shared facts' weights add up to at least this"),
                "min_entities": Probability("salience-weighted overlap of the companies and people, at least"),
                "strong_entities": Section(
                    "so many companies and people in common make the story without shared facts",
                    {
                        "overlap": Probability("their salience-weighted overlap, at least"),
                        "shared": PositiveInt("companies and people both name, at least"),
                    },
                ),
                "max_days_apart": PositiveInt("dated articles further apart are different stories"),
                "weights": Weights(("entities", "facts", "date"), "weights of the score's parts"),
                "threshold": Probability("the same story from this score"),
            },
        ),
    },
)


@dataclass(frozen=True)
class Signature:
    """stories.yml's `signature`, as the per-article stage uses it."""

    num_perm: int
    seed: int
    word_shingle: int
    character_shingle: int
    character_languages: frozenset[str]
    repost_origins: tuple[re.Pattern, ...]
    repost_markers: tuple[re.Pattern, ...]
    magnitudes: dict[str, dict[str, int]]
    percent: tuple[str, ...]
    generic_names: frozenset[str]


@dataclass(frozen=True)
class StorySettings:
    signature: Signature
    copies: dict
    versions: dict
    signature_fingerprint: str  # of `signature` only: part of every article's cache key
    fingerprint: str  # of the whole file: part of the build's inputs


def load_stories(path: Path) -> StorySettings:
    """The story settings of `path`; a DataFileError names the file and the key."""
    document, raw = datafile.read(path)
    values = STORIES.check(document, "", str(path))
    signature = values["signature"]
    for i, pattern in enumerate(signature["repost_origins"]):
        if "origin" not in pattern.groupindex:
            raise DataFileError(f"{path}: signature.repost_origins[{i}] needs a (?P<origin>...) group")
    fields = {
        **signature,
        "character_languages": frozenset(signature["character_languages"]),
        "percent": tuple(p.casefold() for p in signature["percent"]),
        "generic_names": frozenset(n.casefold() for n in signature["generic_names"]),
    }
    plain = document.get("signature") if isinstance(document, dict) else None
    return StorySettings(
        Signature(**fields), values["copies"], values["versions"], json_sha256_hex(plain), sha256_hex(raw)
    )
