"""build_scripts/lock.py: one writer per output folder."""

import subprocess
import sys
import time

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


def test_a_second_writer_waits_and_says_for_whom(tmp_path):
    folder = tmp_path / "site"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD.format(root=str(ROOT), folder=str(folder), seconds=1.5)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "held\n"
    said = []
    started = time.monotonic()
    with locked(folder, announce=said.append):
        waited = time.monotonic() - started
        assert holder.wait(timeout=10) == 0
    assert waited > 0.5
    assert said == [f"waiting: another build (process {holder.pid}) is using {folder}/ (lock file {lock_path(folder)})"]


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    folder = tmp_path / "site"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD.format(root=str(ROOT), folder=str(folder), seconds=60)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "held\n"
    holder.kill()
    holder.wait()
    said = []
    with locked(folder, announce=said.append):
        pass
    assert said == []


def test_readers_share_the_lock(tmp_path):
    with locked(tmp_path / "docs", shared=True), locked(tmp_path / "docs", shared=True, announce=AssertionError):
        pass
