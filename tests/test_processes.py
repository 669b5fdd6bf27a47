"""Child processes of the site build and the benchmark (build_scripts/processes.py)."""

import signal
import sys
import threading
import time

import psutil
import pytest
from conftest import ROOT

from build_scripts import processes


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_a_process_is_waited_for_with_its_cpu_time_and_memory():
    script = (
        "import time; data = b'x' * (40 * 2**20); started = time.process_time()\n"
        "while time.process_time() - started < 0.3: pass"
    )
    popen = processes.start([sys.executable, "-c", script], ROOT)
    step = processes.wait(popen, time.perf_counter())
    assert popen.returncode == 0
    # (megabytes, not kilobytes: 40 MB would read 40960; a forked child's peak counts its parent's pages at the
    # fork, so a test process of several hundred MB may raise it that far)
    assert step.cpu_seconds >= 0.3 and step.seconds >= 0.3 and 40 < step.max_rss_mb < 4000


def test_stopping_a_group_stops_the_processes_its_leader_started():
    popen = processes.start(
        ["sh", "-c", "sleep 60 & echo $!; wait"], ROOT, stdout=processes.PIPE, start_new_session=True
    )
    assert popen.stdout is not None
    worker = int(popen.stdout.readline())
    processes.stop_group(popen)
    popen.stdout.close()
    deadline = time.monotonic() + 5
    while not gone(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert popen.returncode is not None and gone(worker)


def test_stopping_a_group_that_ended_changes_nothing():
    popen = processes.start(["true"], ROOT, start_new_session=True)
    processes.wait(popen, time.perf_counter())
    processes.stop_group(popen)  # no process group is left to kill: no error
    assert popen.returncode == 0


def test_a_signal_held_while_a_process_starts_stops_that_process(monkeypatch):
    """SIGTERM arriving while MkDocs starts is handled as start() restores the signal mask, before the caller
    can track the new process: start() stops it, so it writes nothing into a work folder already removed."""
    started = []
    real_popen = processes.subprocess.Popen

    def popen_then_signal(*args, **kwargs):
        started.append(real_popen(*args, **kwargs))
        # to this thread, where start() blocks it until it restores the mask (a signal to the process could be
        # handled by another thread of the test run, at any later point)
        signal.pthread_kill(threading.get_ident(), signal.SIGTERM)
        return started[-1]

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    monkeypatch.setattr(processes.subprocess, "Popen", popen_then_signal)
    try:
        with pytest.raises(SystemExit):
            processes.start([sys.executable, "-c", "import time; time.sleep(30)"], ROOT)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert started and started[0].returncode is not None  # killed and reaped
