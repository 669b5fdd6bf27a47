"""Per-article results cached by content hash, so a rebuild reprocesses only changed inputs.

The key covers the source's bytes and path, its sidecar, the data files (cleaning rules, layouts) and the
code of the package, so any change to what could alter the result invalidates exactly what it should.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from .models import Article, Block

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
    def __init__(self, directory: Path | None):
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Article | None:
        if self.directory is None:
            return None
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        data["blocks"] = [Block(**block) for block in data["blocks"]]
        return Article(**data)

    def put(self, key: str, article: Article) -> None:
        if self.directory is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as handle:
            json.dump(asdict(article), handle, ensure_ascii=False)
        os.replace(handle.name, path)
