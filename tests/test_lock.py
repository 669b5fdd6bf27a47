"""build_scripts/lock.py: one writer per output folder."""

import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT

from build_scripts.lock import lock_path, locked

HOLD = """
import sys, time
sys.path.insert(0, {root!r})
from build_scripts.lock import locked
with locked({folder!r}):
    print("held", flush=True)
    time.sleep({seconds})
"""


def _holder(folder: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process, holding the folder's lock for `seconds` from the moment this returns."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD.format(root=str(ROOT), folder=str(folder), seconds=seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def _never_called(message: str) -> None:
    raise AssertionError(f"announced: {message}")


def test_a_second_writer_waits_and_says_for_whom(tmp_path):
    folder = tmp_path / "site"
    holder = _holder(folder, seconds=1.5)
    said: list[str] = []
    started = time.monotonic()
    with locked(folder, announce=said.append):
        waited = time.monotonic() - started
        assert holder.wait(timeout=10) == 0
    assert waited > 0.5
    assert said == [f"waiting: another build (process {holder.pid}) is using {folder}/ (lock file {lock_path(folder)})"]


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    folder = tmp_path / "site"
    holder = _holder(folder, seconds=60)
    holder.kill()
    holder.wait()
    with locked(folder, announce=_never_called):
        pass


def test_readers_share_the_lock(tmp_path):
    with locked(tmp_path / "docs", shared=True), locked(tmp_path / "docs", shared=True, announce=_never_called):
        pass
