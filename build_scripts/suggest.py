"""Names the articles use often that the registry does not know yet: suggestions for the maintainer.

Candidates are runs of capitalised words ("Olivia Kinghorst", "Hong Kong FinTech Week") and single
words shaped like names (camel case, digits or capitals inside: "SemiAnalysis", "GPT-4"); anything the
registry already recognises is left out.
"""

from __future__ import annotations

import re
from collections import Counter

from . import datafile
from .entities import recognizer_for
from .models import Article
from .registry import Registry
from .settings import DATA_DIR, DataFileError

_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][\w'’-]*[a-z0-9][\w'’-]*)(?:\s+[A-Z][\w'’-]*)+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;。！？：“„\"]\s*)$")
_NAME_SHAPED = re.compile(r"\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}-?\d[\w.-]*|[A-Za-z]+-\d+[\w.]*)\b")


def _load(path=DATA_DIR / "suggestions.yml") -> dict:
    data, _ = datafile.read(path)
    if not isinstance(data, dict) or not isinstance(data.get("stopwords"), list):
        raise DataFileError(f"{path}: expected a mapping with a 'stopwords' list")
    return data


def unknown_names(articles: list[Article], registry: Registry) -> list[tuple[str, int]]:
    config = _load()
    stopwords = set(config["stopwords"])
    recognizer = recognizer_for(registry)
    counts: Counter[str] = Counter()
    for article in articles:
        for block in article.blocks:
            for match in [*_CAPITALISED_RUN.finditer(block.text), *_NAME_SHAPED.finditer(block.text)]:
                words = match.group(0).split()
                if _SENTENCE_START.search(block.text[: match.start()]) and len(words) > 1:
                    words = words[1:]  # the first word is capitalised because it starts the sentence
                while words and words[0] in stopwords:
                    words = words[1:]
                name = " ".join(words)
                if not name or len(words) == 1 and not _NAME_SHAPED.fullmatch(name):
                    continue
                if not recognizer.mentions(name):
                    counts[name] += 1
    frequent = [(n, c) for n, c in counts.items() if c >= config.get("min_count", 2)]
    return sorted(frequent, key=lambda nc: (-nc[1], nc[0]))[: config.get("max_suggestions", 25)]
