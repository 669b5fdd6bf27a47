"""How the benchmark measures a step (build_scripts/bench/measure.py): memory of a process tree, the machine's
busy time, and a step whose child process fails."""

import sys
import time

import pytest
from conftest import ROOT

from build_scripts import processes
from build_scripts.bench.measure import MB, PeakMemory, busy_cpu_seconds, machine, run_step, tree_memory

# A process holding 60 MB whose child holds 60 MB too; each of them alone stays below 100 MB.
HOLDS = "data = b'x' * (60 * 2**20); import time; time.sleep({seconds})"
PARENT = (
    "import subprocess, sys, time; data = b'x' * (60 * 2**20); "
    f"child = subprocess.Popen([sys.executable, '-c', {HOLDS.format(seconds=3)!r}]); time.sleep(3); child.wait()"
)


def test_the_peak_memory_counts_the_whole_process_tree():
    popen = processes.start([sys.executable, "-c", PARENT], ROOT)
    try:
        with PeakMemory(popen.pid) as peak:
            time.sleep(2)
            now = tree_memory(popen.pid)
    finally:
        processes.stop(popen)
    assert 110 * MB < now < 400 * MB
    assert peak.bytes >= 110 * MB
    assert tree_memory(popen.pid) == 0  # it is gone


def test_busy_time_grows_with_work_done():
    before = busy_cpu_seconds()
    started = time.process_time()
    while time.process_time() - started < 0.5:
        pass
    assert busy_cpu_seconds() - before >= 0.4


def test_a_failing_step_is_an_error_with_the_end_of_its_output(tmp_path):
    with pytest.raises(RuntimeError, match=r"benchmark step 'broken' failed \(exit status 1\)") as error:
        run_step("broken", {"kind": "convert"}, tmp_path)  # no seeds folder given: a KeyError in the child
    assert "KeyError: 'seeds'" in str(error.value) and (tmp_path / "broken.log").is_file()


def test_the_machine_is_described():
    host = machine()
    assert host["cpus"] >= 1 and host["memory_gb"] > 0 and host["python"].count(".") == 2
