"""One writer per output folder: a build of docs/ or site/ holds an exclusive lock on a lock file beside the
folder (`.docs.lock`, `.site.lock`) while it writes; a second build in the same folder waits, and says so.

flock(2) locks belong to the open file, so the kernel releases them when the holder dies, even by SIGKILL:
a killed build never leaves a stale lock. The lock files themselves stay (deleting one while another
process waits on it would let a third take a fresh lock beside it).
"""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def lock_path(folder: Path) -> Path:
    folder = Path(folder).resolve()
    return folder.parent / f".{folder.name}.lock"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def locked(folder: Path, *, shared: bool = False, announce: Callable[[str], None] = _say) -> Iterator[None]:
    """Holds the folder's lock: exclusive for a writer, shared for a reader (the site build reading docs/).
    Waits for another holder, telling `announce` who it waits for."""
    path = lock_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            announce(f"waiting: another build (process {holder}) is using {Path(folder)}/ (lock file {path})")
            fcntl.flock(fd, mode)
        if not shared:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)
