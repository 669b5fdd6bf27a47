"""Per-article results cached by content hash, so a rebuild reprocesses only changed inputs.

The key covers the source's bytes and path, its sidecar, the data files (cleaning rules, layouts, the
registry's names and aliases) and the code of the package, so any change to what could alter the result
invalidates exactly what it should.

Two stores: whole articles in one SQLite file (read only for the article pages that must be rendered
again), and one corpus index with every article's metadata, entities and passages but not its
body, which the corpus phase reads at once (one file instead of thousands).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .models import Article

CODE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE_DIR.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(source: str, data: bytes, sidecar: bytes | None, settings_fingerprint: str) -> str:
    digest = hashlib.sha256()
    for part in (source.encode(), data, sidecar or b"", settings_fingerprint.encode(), code_fingerprint().encode()):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


class ArticleCache:
    """Whole articles by cache key, in one SQLite file: one file instead of one per article, because
    creating thousands of small files cost more than converting the articles."""

    def __init__(self, directory: Path | None):
        self.db = None
        if directory is None:
            return
        directory.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(directory / "articles.sqlite", timeout=60)
        self.db.execute("CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, article BLOB NOT NULL)")
        self.keys = {key for (key,) in self.db.execute("SELECT key FROM articles")}

    def get(self, key: str) -> Article | None:
        if self.db is None or key not in self.keys:
            return None
        row = self.db.execute("SELECT article FROM articles WHERE key = ?", (key,)).fetchone()
        try:
            return pickle.loads(row[0]) if row else None
        except (pickle.UnpicklingError, AttributeError, ImportError, TypeError, EOFError):
            return None

    def has(self, key: str) -> bool:
        return self.db is not None and key in self.keys

    def put(self, key: str, article: Article) -> None:
        if self.db is None:
            return
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?)", (key, pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)))
        self.keys.add(key)

    def keep_only(self, keys: set[str]) -> None:
        """Forgets every article not in `keys` (removed or changed sources) and saves."""
        if self.db is None:
            return
        stale = self.keys - keys
        self.db.executemany("DELETE FROM articles WHERE key = ?", ((key,) for key in stale))
        self.keys -= stale
        self.db.commit()


def without_body(article: Article) -> Article:
    """The article as the corpus index keeps it: everything but its blocks."""
    return replace(article, blocks=[])


class CorpusIndex:
    """Every article's metadata, entities and passages (by cache key), and what the last build memoised
    (related articles, catalog entries), in one pickle file. It is read only if written by the same code
    (its fingerprint is stored with it); a stale or unreadable file is ignored and rebuilt."""

    def __init__(self, path: Path | None):
        self.path = path
        self.records: dict[str, Article] = {}
        self.memo: dict[str, dict] = {}
        self._loaded: tuple | None = None
        if path is None:
            return
        try:
            with path.open("rb") as handle:
                fingerprint, records, memo = pickle.load(handle)
        except (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError, AttributeError, ImportError):
            return
        if fingerprint == code_fingerprint():
            self.records, self.memo = records, memo
            self._loaded = (set(records), {name: dict(section) for name, section in memo.items()})

    def section(self, name: str) -> dict:
        """A memo the caller updates in place; saved with the index."""
        return self.memo.setdefault(name, {})

    def save(self, records: dict[str, Article]) -> None:
        if self.path is None or self._loaded == (set(records), self.memo):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=self.path.parent, delete=False) as handle:
            pickle.dump((code_fingerprint(), records, self.memo), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, self.path)
