"""Fault injection on the real build (`python -m build_scripts build`): killed at every stage boundary,
SIGTERM, two builds at once, Pagefind failing, a full disk during the site build. After every fault the
published site is the previous build or the new one, whole, never a mix or nothing; no work folder,
temporary file or child process outlives it, and the next build ends exactly where a clean one does."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from build_scripts.__main__ import main

pytest.importorskip("mkdocs")
pytest.importorskip("pagefind")

NEW_ARTICLE = (
    "Neues Modell von Zhipu\n\n2024-11-02\n\n"
    "Zhipu AI hat am Samstag ein neues Sprachmodell vorgestellt, das nach Angaben des Unternehmens in "
    "mehreren Tests mit den besten Modellen aus den USA mithalten kann und deutlich günstiger ist.\n"
)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def command(root: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "build_scripts",
        "build",
        "--seeds",
        str(root / "seeds"),
        "--docs",
        str(root / "docs"),
        "--site",
        str(root / "site"),
        "--cache",
        str(root / "cache"),
        "--quiet",
    ]


def build(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(root), cwd=ROOT, capture_output=True, text=True, timeout=600)


def new_project(root: Path, *, extra: bool) -> Path:
    shutil.copytree(SEEDS, root / "seeds")
    shutil.copytree(ROOT / "docs", root / "docs")  # the hand-written pages
    if extra:
        (root / "seeds" / "zhipu.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The site before (the seeds) and after (one article added), each from a clean build."""
    result = {}
    for name, extra in (("before", False), ("after", True)):
        root = new_project(tmp_path_factory.mktemp(name), extra=extra)
        done = build(root)
        assert done.returncode == 0, done.stderr
        result[name] = fingerprint(root / "site")
    assert result["before"] != result["after"]
    return result


def work_folders(root: Path) -> list[Path]:
    return sorted(root.glob(".site-build-*"))


def children_in(root: Path) -> list[int]:
    """Processes working on this project: MkDocs (its environment names the folders), Pagefind (its working
    directory is inside the work folder)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            environ = (proc / "environ").read_bytes()
            cwd = os.readlink(proc / "cwd")
        except OSError:
            continue
        if str(root).encode() in environ or cwd.startswith(str(root)):
            found.append(int(proc.name))
    return found


def no_children_after(root: Path, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while children_in(root):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def merged(root: Path, *parts: str) -> bool:
    return any(folder.joinpath("merged", *parts).exists() for folder in work_folders(root))


# stage boundary -> the condition that says the build has reached it
STAGES = {
    "convert writing pages": lambda root: (root / "docs" / "articles" / "neues-modell-von-zhipu.md").exists(),
    "mkdocs running": lambda root: any(folder.glob("*.log") for folder in work_folders(root)),
    "languages merged": lambda root: merged(root),
    "pagefind indexing": lambda root: merged(root, "pagefind"),
    "indexes written, before the switch": lambda root: any(
        next(folder.glob("merged/zh/pagefind/*/pagefind-entry.json"), None) for folder in work_folders(root)
    ),
}


def run_until(root: Path, stage: str, signum: int) -> tuple[int, bool]:
    """Starts a build, sends `signum` when it reaches `stage`; (exit status, whether the stage was reached)."""
    process = subprocess.Popen(command(root), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reached = False
    while process.poll() is None:
        if STAGES[stage](root):
            process.send_signal(signum)
            reached = True
            break
        time.sleep(0.005)
    return process.wait(timeout=120), reached


def test_a_build_killed_at_any_stage_leaves_the_previous_site_whole(sites, tmp_path):
    root = new_project(tmp_path, extra=False)
    assert build(root).returncode == 0
    (root / "seeds" / "zhipu.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    outcomes = {}
    for stage in STAGES:
        status, reached = run_until(root, stage, signal.SIGKILL)
        site = fingerprint(root / "site")
        outcomes[stage] = "previous" if site == sites["before"] else "new" if site == sites["after"] else "broken"
        assert outcomes[stage] != "broken", stage
        assert no_children_after(root), f"{stage}: MkDocs or Pagefind outlived the killed build"
        assert status == -signal.SIGKILL or not reached
    print(f"\nSIGKILL at each stage: {outcomes}")
    done = build(root)
    assert done.returncode == 0, done.stderr
    assert fingerprint(root / "site") == sites["after"]
    assert work_folders(root) == [] and not list((root / "docs").rglob("*.tmp"))


def test_sigterm_cleans_up_at_once(sites, tmp_path):
    root = new_project(tmp_path, extra=True)
    status, reached = run_until(root, "mkdocs running", signal.SIGTERM)
    assert reached and status == 128 + signal.SIGTERM
    assert work_folders(root) == []  # removed on the way out, not at the next start
    assert no_children_after(root, seconds=0.5)
    assert not (root / "site").exists()  # there was no previous site, and no half of the new one


def test_two_builds_at_once_run_one_after_the_other(sites, tmp_path):
    root = new_project(tmp_path, extra=True)
    first, second = (subprocess.Popen(command(root), cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2))
    errors = [process.communicate(timeout=600)[1] for process in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, errors
    assert any("waiting: another build" in text for text in errors)
    assert fingerprint(root / "site") == sites["after"]
    assert work_folders(root) == []


def test_a_failing_pagefind_fails_the_build_and_keeps_the_site(sites, tmp_path, monkeypatch, capsys):
    from build_scripts import search

    root = new_project(tmp_path, extra=False)
    assert build(root).returncode == 0
    (root / "seeds" / "zhipu.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    monkeypatch.setattr(search, "pagefind_command", lambda: ["/bin/false"])
    assert main(command(root)[3:]) == 1
    err = capsys.readouterr().err
    assert "error: site build failed: pagefind (en, a0-0000) ended early" in err and "is unchanged" in err
    assert fingerprint(root / "site") == sites["before"]
    assert work_folders(root) == []


def test_a_full_disk_during_the_site_build_is_an_error_not_a_success(sites, tmp_path, monkeypatch, capsys):
    from build_scripts import site

    root = new_project(tmp_path, extra=False)
    assert build(root).returncode == 0
    (root / "seeds" / "zhipu.txt").write_text(NEW_ARTICLE, encoding="utf-8")

    def disk_full(path, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(site, "_write_sitemap", disk_full)
    assert main(command(root)[3:]) == 1
    out, err = capsys.readouterr()
    assert "sitemap.xml: No space left on device" in err and "Traceback" not in err and "site built" not in out
    assert fingerprint(root / "site") == sites["before"]
    assert work_folders(root) == []
