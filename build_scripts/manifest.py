"""What the last build wrote into the docs folder (its manifest, docs/.atlas-generated.json: every file and
its render key, and the build's inputs), and the write phase that uses it: only pages whose key changed are
rendered, only files whose bytes changed are written, stale ones are removed."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .emitters import PageGroup
from .models import Report
from .write import remove_stale, write_if_changed

CATALOG = "catalog.json"
MANIFEST = ".atlas-generated.json"


def _read_manifest(docs_dir: Path) -> dict:
    try:
        manifest = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) and isinstance(manifest.get("groups"), dict) else {}


# A manifest group is {"key", "pages": {path: key}}, or, for a group of one page named by its path and keyed
# like it, just that key (most groups: it keeps the manifest small and quick to read).
def _group_key(entry) -> str | None:
    return entry if isinstance(entry, str) else entry.get("key") if isinstance(entry, dict) else None


def _group_pages(name: str, entry) -> dict[str, str]:
    if isinstance(entry, str):
        return {name: entry}
    pages = entry.get("pages") if isinstance(entry, dict) else None
    return pages if isinstance(pages, dict) else {}


def unchanged_summary(docs_dir: Path, inputs: str, present: set[str]) -> dict | None:
    """The last build's summary if it had the same inputs and all its files are still there, else None."""
    manifest = _read_manifest(docs_dir)
    if manifest.get("inputs") != inputs or not isinstance(manifest.get("summary"), dict):
        return None
    expected = {rel for name, entry in manifest["groups"].items() for rel in _group_pages(name, entry)}
    return manifest["summary"] if CATALOG in present and expected <= present else None


def write_pages(
    docs_dir: Path,
    groups: list[PageGroup],
    report: Report,
    catalog: str,
    inputs: str,
    present: set[str],
    parallel_from: int = sys.maxsize,
) -> None:
    """Writes the pages whose content changed. A group whose key is the one recorded in the manifest
    (and whose files are all there) is skipped whole; in the others, only pages with a changed key are
    rendered, and only files whose bytes changed are written. A file that cannot be written (a full disk)
    is reported and recorded without a key, so the next build writes it again. From `parallel_from` groups
    to write on, worker processes render and write them (the same files, see _write_in_workers)."""
    previous = _read_manifest(docs_dir).get("groups", {})
    changed = sum(not _unchanged(group, previous.get(group.name), present) for group in groups)
    if changed >= parallel_from and (os.cpu_count() or 1) > 1:
        manifest = _write_in_workers(docs_dir, groups, previous, present, report)
    else:
        manifest = {
            group.name: _write_group(docs_dir, group, previous.get(group.name), present, report) for group in groups
        }
    written = {rel for name, entry in manifest.items() for rel in _group_pages(name, entry)}
    before = {rel for name, entry in previous.items() for rel in _group_pages(name, entry)}
    try:
        report.removed = remove_stale(docs_dir, before, written)
    except OSError as exc:
        report.write_errors.append(f"{exc.filename}: cannot be removed ({exc.strerror})")
    _write_file(docs_dir, CATALOG, catalog, report)
    summary = {"articles": len(report.articles), "failures": [[f.source, f.error] for f in report.failures]}
    # after a write error the next build must not stop early: it has files to write again
    record = {"inputs": "" if report.write_errors else inputs, "summary": summary, "groups": manifest}
    _write_file(
        docs_dir,
        MANIFEST,
        json.dumps(record, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        report,
        listed=False,
    )


def _unchanged(group: PageGroup, old: object, present: set[str]) -> bool:
    """Whether a group's key is the one recorded in the last manifest and all its files are still there."""
    return _group_key(old) == group.key and all(rel in present for rel in _group_pages(group.name, old))


# A writer process's share of the work, set by its initializer: what it inherits from the forked parent.
_writer_share: tuple[Path, list[PageGroup], dict, set[str]] | None = None


def _write_in_workers(
    docs_dir: Path, groups: list[PageGroup], previous: dict, present: set[str], report: Report
) -> dict[str, object]:
    """The serial loop's manifest, files and report, with the rendering spread over forked processes: page
    groups cannot be pickled, so each worker inherits them (a forked process's initializer arguments are not
    pickled) and writes every group whose page stem (its path without language and extension) falls to it; an
    article's pages in all languages share one worker, which computes its front matter and linked body once.
    The report's lists come back in the groups' order."""
    workers = os.cpu_count() or 1
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_init_writer,
        initargs=(docs_dir, groups, previous, present),
    ) as pool:
        shares = list(pool.map(_write_share, range(workers), [workers] * workers))
    entries: dict[str, object] = {}
    written, errors = [], []
    for share in shares:
        entries.update(share["entries"])
        written += share["written"]
        errors += share["errors"]
        report.rendered += share["rendered"]
    report.written += [rel for _, rel in sorted(written, key=lambda item: item[0])]
    report.write_errors += [error for _, error in sorted(errors, key=lambda item: item[0])]
    return {group.name: entries[group.name] for group in groups}


def _init_writer(docs_dir: Path, groups: list[PageGroup], previous: dict, present: set[str]) -> None:
    global _writer_share
    _writer_share = (docs_dir, groups, previous, present)


def _write_share(index: int, workers: int) -> dict:
    """In a worker: writes the groups that fall to it (see _write_in_workers), with their report entries
    numbered by group so the parent can put them in order."""
    assert _writer_share is not None
    docs_dir, groups, previous, present = _writer_share
    share: dict = {"entries": {}, "written": [], "errors": [], "rendered": 0}
    for number, group in enumerate(groups):
        if zlib.crc32(group.name.split(".", 1)[0].encode()) % workers != index:
            continue
        report = Report()
        share["entries"][group.name] = _write_group(docs_dir, group, previous.get(group.name), present, report)
        share["written"] += [(number, rel) for rel in report.written]
        share["errors"] += [(number, error) for error in report.write_errors]
        share["rendered"] += report.rendered
    return share


def _write_group(docs_dir: Path, group: PageGroup, old: object, present: set[str], report: Report) -> object:
    """Writes a group's pages unless unchanged since the last build; returns its manifest entry."""
    old_pages = _group_pages(group.name, old)
    if _unchanged(group, old, present):
        return old
    keys = {}
    for rel, pending in group.pages().items():
        keys[rel] = pending.key
        if old_pages.get(rel) == pending.key and rel in present:
            continue
        report.rendered += 1
        if not _write_file(docs_dir, rel, pending.render(), report):
            keys[rel] = ""
    group_key = group.key if all(keys.values()) else ""
    return group_key if keys == {group.name: group_key} else {"key": group_key, "pages": keys}


def _write_file(docs_dir: Path, rel: str, content: str, report: Report, listed: bool = True) -> bool:
    """Writes one file if its bytes changed; False, with the reason in report.write_errors, if it cannot."""
    try:
        if write_if_changed(docs_dir / rel, content) and listed:
            report.written.append(rel)
    except OSError as exc:
        report.write_errors.append(f"{(docs_dir / rel).as_posix()}: cannot be written ({exc.strerror or exc})")
        return False
    return True
