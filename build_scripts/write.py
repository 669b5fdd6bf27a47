"""Writes generated files atomically, and only when their bytes change (so timestamps of unchanged
pages stay and a rebuild with nothing new touches nothing)."""

from __future__ import annotations

import os
from pathlib import Path


def write_if_changed(path: Path, content: str) -> bool:
    data = content.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    # a plain temporary name (one writer per docs folder; the process id keeps two runs apart) costs a
    # third of what tempfile's random exclusive names cost, and the file gets the umask's permissions
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
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
