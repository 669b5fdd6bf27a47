"""Writes generated files atomically, and only when their bytes change (so timestamps of unchanged
pages stay and a rebuild with nothing new touches nothing)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)


def write_if_changed(path: Path, content: str) -> bool:
    data = content.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
        handle.write(data)
    os.chmod(handle.name, 0o666 & ~_UMASK)  # temporary files are private; the page is not
    os.replace(handle.name, path)
    return True


def remove_stale(root: Path, previous: set[str], current: set[str]) -> list[str]:
    """Deletes files this tool generated last time (relative paths) that it no longer generates."""
    removed = []
    for rel in sorted(previous - current):
        path = root / rel
        if path.is_file():
            path.unlink()
            removed.append(rel)
    return removed
