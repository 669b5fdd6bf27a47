"""Child processes of the site build (MkDocs, Pagefind) and of the benchmark (one per measured step): started
so that they die with the process that started them, waited for with their CPU time and memory, and stopped on
every way out."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PIPE, STDOUT = subprocess.PIPE, subprocess.STDOUT
_PR_SET_PDEATHSIG = 1


class SiteBuildError(Exception):
    """MkDocs or Pagefind failed, or MkDocs warned in strict mode. `output` holds everything they printed."""

    def __init__(self, message: str, output: str) -> None:
        super().__init__(f"{message}\n{output}".rstrip())
        self.output = output


@dataclass
class Step:
    """One process of the build: wall seconds, CPU seconds (user + system) and its largest resident set."""

    seconds: float
    cpu_seconds: float
    max_rss_mb: float

    def as_dict(self) -> dict:
        return {
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "max_rss_mb": round(self.max_rss_mb, 1),
        }


# Held while a child is forked: Python runs its at-fork callbacks in the parent right after fork() and
# swallows their exceptions, so a SIGTERM handled there (its handler raises SystemExit) was lost and the
# build ran on to the end. Held, the signal is delivered once the child has started.
_HELD = {signal.SIGTERM, signal.SIGHUP, signal.SIGINT}


def _prepare_child() -> None:
    """Runs in the child before it starts: the kernel sends it SIGKILL when the build process dies, even by
    SIGKILL, so no MkDocs or Pagefind outlives an interrupted build; the held signals are its own again."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    for signum in _HELD:
        signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def start(command: list[str], cwd: Path, **popen_options) -> subprocess.Popen:
    """Starts the command in cwd (popen_options as for subprocess.Popen); see _prepare_child. A signal held
    while it started is handled as the mask is restored, before the caller knows the new process: that
    process is stopped here, or it would run on (writing into a work folder already removed)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        popen = subprocess.Popen(command, cwd=cwd, preexec_fn=_prepare_child, **popen_options)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    except BaseException:
        stop(popen)
        raise
    return popen


def _record(popen: subprocess.Popen, status: int, usage, started: float) -> Step:
    popen.returncode = os.waitstatus_to_exitcode(status)
    return Step(time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # KiB


def wait(popen: subprocess.Popen, started: float) -> Step:
    """Waits for the process; its exit status is popen.returncode (os.wait4 on its own id, so no other
    child of this process is reaped)."""
    _pid, status, usage = os.wait4(popen.pid, 0)
    return _record(popen, status, usage, started)


def wait_any(running: list[tuple[subprocess.Popen, float]]) -> tuple[int, Step]:
    """Waits for one of the (process, start time) pairs to end: its position in `running` and its Step."""
    while True:
        for position, (popen, started) in enumerate(running):
            pid, status, usage = os.wait4(popen.pid, os.WNOHANG)
            if pid:
                return position, _record(popen, status, usage, started)
        time.sleep(0.05)


def stop(popen: subprocess.Popen) -> None:
    """Kills the process if it still runs and reaps it."""
    if popen.returncode is None:
        popen.kill()
        popen.wait()
    for stream in (popen.stdin, popen.stdout):
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except OSError:
                pass  # a pipe to a killed process


def stop_group(popen: subprocess.Popen) -> None:
    """Kills the process if it still runs, with every process of its group, and reaps it: for a process
    started with start_new_session=True whose own children (worker processes) must not outlive it."""
    if popen.returncode is None:
        os.killpg(popen.pid, signal.SIGKILL)
        popen.wait()


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
