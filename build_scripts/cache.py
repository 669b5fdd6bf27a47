"""Per-article results cached by content hash, so a rebuild reprocesses only changed inputs.

The key covers the source's bytes and path, its sidecar, the data files (cleaning rules, layouts, the
registry's names and aliases) and the code of the package, so any change to what could alter the result
invalidates exactly what it should.

See ArticleCache for how it is stored.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
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


def cache_key(
    source: str, data: bytes, sidecar: bytes | None, settings_fingerprint: str, template: list[str] | None = None
) -> str:
    """What a source's article is made of: its name, bytes and sidecar, its site's template lines, the
    settings and the code."""
    digest = hashlib.sha256()
    lines = "\n".join(template or []).encode()
    for part in (
        source.encode(),
        data,
        sidecar or b"",
        settings_fingerprint.encode(),
        code_fingerprint().encode(),
        lines,
    ):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


class ArticleCache:
    """Converted articles by cache key, in one SQLite file: each whole (read only for the article pages
    that must be rendered again) and as its record without the body (metadata, entities, passages: what
    the corpus phase reads, all at once). Plus the memos of the last build (related articles, catalog
    entries). One file instead of one per article, because creating thousands of small files cost more than
    converting the articles; rows are added and removed one by one, so a build that adds one article
    writes one row."""

    def __init__(self, directory: Path | None):
        self.db = None
        self.keys: set[str] = set()
        self._memos: dict[str, dict] = {}
        self._saved: dict[str, dict] = {}
        if directory is None:
            return
        directory.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(directory / "articles.sqlite", timeout=60)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, article BLOB NOT NULL, record BLOB NOT NULL)"
        )
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS memos (name TEXT PRIMARY KEY, code TEXT NOT NULL, memo BLOB NOT NULL)"
        )
        self.keys = {key for (key,) in self.db.execute("SELECT key FROM articles")}

    def records(self) -> dict[str, Article]:
        """Every cached article without its body, by cache key."""
        if self.db is None:
            return {}
        return {key: _unpickle(record) for key, record in self.db.execute("SELECT key, record FROM articles")}

    def get(self, key: str) -> Article | None:
        if self.db is None or key not in self.keys:
            return None
        row = self.db.execute("SELECT article FROM articles WHERE key = ?", (key,)).fetchone()
        return _unpickle(row[0]) if row else None

    def put(self, key: str, article: Article) -> None:
        if self.db is None:
            return
        self.db.execute(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?)", (key, _pickle(article), _pickle(without_body(article)))
        )
        self.keys.add(key)

    def memo(self, name: str) -> dict:
        """A memo of the last build that the caller updates in place; kept by save() if the code is the same."""
        if name not in self._memos:
            row = self.db and self.db.execute("SELECT code, memo FROM memos WHERE name = ?", (name,)).fetchone()
            memo = _unpickle(row[1]) if row and row[0] == code_fingerprint() else None
            self._memos[name] = memo if isinstance(memo, dict) else {}
            self._saved[name] = dict(self._memos[name])
        return self._memos[name]

    def save(self, keep: set[str]) -> None:
        """Forgets every article not in `keep` (removed or changed sources), stores changed memos, commits."""
        if self.db is None:
            return
        stale = self.keys - keep
        self.db.executemany("DELETE FROM articles WHERE key = ?", ((key,) for key in stale))
        self.keys -= stale
        for name, memo in self._memos.items():
            if memo != self._saved[name]:
                self.db.execute(
                    "INSERT OR REPLACE INTO memos VALUES (?, ?, ?)", (name, code_fingerprint(), _pickle(memo))
                )
        self.db.commit()


def _pickle(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _unpickle(data: bytes):
    """The cache's own pickles; a row written by other code (its key or code fingerprint differs) is never
    asked for, and an unreadable one counts as missing."""
    try:
        return pickle.loads(data)
    except (pickle.UnpicklingError, AttributeError, ImportError, TypeError, EOFError, ValueError):
        return None


def without_body(article: Article) -> Article:
    """The article as the corpus phase reads it: everything but its blocks."""
    return replace(article, blocks=[])
