"""One benchmark step run in a child process of its own (so imports, start-up and peak memory are the step's
own) and measured: wall time, CPU time of the step and every process it waited for, the largest resident set
of one process, the sampled peak memory of the whole process tree, and how busy other processes kept the
machine meanwhile. Also: what machine it ran on."""

from __future__ import annotations

import json
import os
import platform
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import psutil

from .. import processes

REPO_ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
SAMPLE_SECONDS = 0.25  # memory sampling interval; peaks of the step's data structures last far longer
_CHILD = "import sys; from build_scripts.bench.steps import run_child; sys.exit(run_child(sys.argv[1]))"


def run_step(name: str, spec: dict, workdir: Path) -> dict:
    """Runs one step (steps.py) in a child process and returns its result with the measures added."""
    result_path = workdir / f"{name}.result.json"
    spec_path = workdir / f"{name}.spec.json"
    spec_path.write_text(json.dumps({**spec, "result": str(result_path)}), encoding="utf-8")
    log_path = workdir / f"{name}.log"
    with open(log_path, "wb") as log:
        run = _run_child(spec_path, log)
    if run.exit_status != 0 or not result_path.exists():
        tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        raise RuntimeError(f"benchmark step {name!r} failed (exit status {run.exit_status}):\n" + "\n".join(tail))
    result = json.loads(result_path.read_text(encoding="utf-8"))
    result.update(
        wall_seconds=round(run.step.seconds, 3),
        seconds=round(result["seconds"], 3),
        cpu_seconds=round(run.step.cpu_seconds, 3),
        max_rss_mb=round(run.step.max_rss_mb, 1),
        peak_memory_mb=round(run.peak_bytes / MB, 1),
    )
    # cores other processes kept busy on average during the step (sampling adds a little): above ~0.3 the
    # machine was shared and wall times are longer than on an idle machine
    result["other_load"] = round(max(0.0, run.busy_cpu_seconds - result["cpu_seconds"]) / run.step.seconds, 2)
    return result


@dataclass(frozen=True)
class _ChildRun:
    exit_status: int
    step: processes.Step  # wall and CPU seconds, largest resident set
    peak_bytes: int  # of the process tree, sampled
    busy_cpu_seconds: float  # of every process on the machine, the child's included


def _run_child(spec_path: Path, log: BinaryIO) -> _ChildRun:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    busy_before = busy_cpu_seconds()
    started = time.perf_counter()
    # its own process group, so an interrupted benchmark stops the step and its worker processes too
    popen = processes.start(
        [sys.executable, "-c", _CHILD, str(spec_path)],
        REPO_ROOT,
        env=env,
        stdout=log,
        stderr=processes.STDOUT,
        start_new_session=True,
    )
    with PeakMemory(popen.pid) as peak:
        try:
            step = processes.wait(popen, started)
        finally:
            processes.stop_group(popen)
        busy = busy_cpu_seconds() - busy_before
    return _ChildRun(popen.returncode, step, peak.bytes, busy)


class PeakMemory:
    """The largest memory of a process tree (tree_memory), sampled every SAMPLE_SECONDS in a thread while the
    `with` block runs."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.bytes = 0
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.is_set():
            self.bytes = max(self.bytes, tree_memory(self.root))
            self._done.wait(SAMPLE_SECONDS)

    def __enter__(self) -> PeakMemory:
        self._sampler.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._done.set()
        self._sampler.join()


def tree_memory(root: int) -> int:
    """Bytes of memory of a process and all its descendants: the sum of their proportional set sizes (shared
    pages split between the processes sharing them), RSS where PSS cannot be read."""
    try:
        process = psutil.Process(root)
        tree = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    return sum(_memory(member) for member in tree)


def _memory(process: psutil.Process) -> int:
    try:
        try:
            info = process.memory_full_info()
        except psutil.AccessDenied:
            return process.memory_info().rss
        return getattr(info, "pss", info.rss)
    except psutil.NoSuchProcess:  # ended since the tree was listed
        return 0


def busy_cpu_seconds() -> float:
    """CPU time all processes of the machine have used so far, to tell how much of a step's wall time other
    processes took (guest time is part of user and nice time already)."""
    times = psutil.cpu_times()
    return sum(getattr(times, field, 0.0) for field in ("user", "nice", "system", "irq", "softirq", "steal"))


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gb": round(psutil.virtual_memory().total / MB / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _cpu_model() -> str | None:
    """The processor's name from /proc/cpuinfo on Linux (psutil does not report it)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None
