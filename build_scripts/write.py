"""Writes generated files atomically, and only when their bytes change (so timestamps of unchanged
pages stay and a rebuild with nothing new touches nothing)."""

from __future__ import annotations

import os
import re
from pathlib import Path

# `.<name>.<pid>.tmp`: a page being written; one found at the start of a build was left by a killed one
_TEMPORARY = re.compile(r"^\..+\.\d+\.tmp$")


def write_if_changed(path: Path, content: str) -> bool:
    data = content.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    # a plain temporary name (one writer per docs folder, see lock.py; the process id keeps two runs apart)
    # costs a third of what tempfile's random exclusive names cost, and the file gets the umask's permissions
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:  # a full disk, an interrupt: no half-written temporary file stays
        temporary.unlink(missing_ok=True)
        raise
    return True


def files_below(folder: Path) -> set[str]:
    """Relative paths of every file below folder (one directory walk instead of a stat per file). Temporary
    files of a killed build are deleted on the way (the caller holds the folder's lock)."""
    present = set()
    for directory, _dirs, files in os.walk(folder):
        prefix = os.path.relpath(directory, folder).replace(os.sep, "/")
        for name in files:
            if _TEMPORARY.match(name):
                Path(directory, name).unlink(missing_ok=True)
            else:
                present.add(name if prefix == "." else f"{prefix}/{name}")
    return present


def remove_stale(root: Path, previous: set[str], current: set[str]) -> list[str]:
    """Deletes files this tool generated last time (relative paths) that it no longer generates."""
    removed = []
    for rel in sorted(previous - current):
        path = root / rel
        if path.is_file():
            path.unlink()
            removed.append(rel)
    return removed
