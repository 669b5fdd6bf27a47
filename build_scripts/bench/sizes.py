"""Sizes of what was built: docs/ and site/ in all, the median and largest page of each page kind, and
Pagefind's search index per language."""

from __future__ import annotations

import gzip
import json
import statistics
from collections.abc import Collection, Iterator
from pathlib import Path

from ..page_kinds import OTHER, PAGE_KINDS, address_parts, page_kind


def page_kind_of_file(path: str, languages: Collection[str]) -> str:
    """The page kind of a docs path (articles/x.de.md) or a site path (de/articles/x/index.html)."""
    return page_kind(address_parts(path, languages))


def _size_table(files: list[tuple[str, int]], languages: Collection[str]) -> dict[str, dict]:
    by_kind: dict[str, list[tuple[str, int]]] = {}
    for path, size in files:
        by_kind.setdefault(page_kind_of_file(path, languages), []).append((path, size))
    table = {}
    for kind in (*PAGE_KINDS, OTHER):
        entries = by_kind.get(kind)
        if not entries:
            continue
        largest = max(entries, key=lambda e: (e[1], e[0]))
        table[kind] = {
            "pages": len(entries),
            "bytes": sum(size for _, size in entries),
            "median_bytes": int(statistics.median(size for _, size in entries)),
            "largest_bytes": largest[1],
            "largest_page": largest[0],
        }
    return table


def tree_bytes(root: Path) -> tuple[int, int]:
    """Bytes and number of the files below root."""
    files = [p for p in root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def measure_docs(docs: Path, languages: Collection[str]) -> dict:
    total, count = tree_bytes(docs)
    pages = [(p.relative_to(docs).as_posix(), p.stat().st_size) for p in docs.rglob("*.md")]
    catalog = docs / "catalog.json"
    return {
        "bytes": total,
        "files": count,
        "catalog_bytes": catalog.stat().st_size if catalog.exists() else None,
        "pages": _size_table(pages, languages),
    }


def served_size(data: bytes) -> int:
    """Bytes a compressing web server sends: Pagefind's index, fragment, meta and wasm files are gzip already."""
    return len(data) if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 6))


def measure_site(site: Path, articles: int, languages: Collection[str]) -> dict:
    total, count = tree_bytes(site)
    pages = [(p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*.html")]
    bundles = [entry.parent for pattern in BUNDLE_ENTRIES for entry in site.glob(pattern)]
    # each language's bundles (pagefind/<bundle>/, de/pagefind/<bundle>/, ...; or one bundle per language or for
    # all languages, as built before); none: a site without search
    search = {"engine": "pagefind", **pagefind_sizes(bundles, articles)} if bundles else None
    return {"bytes": total, "files": count, "html_pages": _size_table(pages, languages), "search": search}


BUNDLE_ENTRIES = (
    "pagefind/pagefind-entry.json",
    "*/pagefind/pagefind-entry.json",
    "pagefind/*/pagefind-entry.json",
    "*/pagefind/*/pagefind-entry.json",
)


def pagefind_sizes(bundles: list[Path], articles: int) -> dict:
    """Sizes of Pagefind bundles, per language (all its bundles together): index chunks, fragments (one per
    page), meta (one per bundle) and wasm. Bytes and files: every file of the languages' pagefind/ folders."""
    languages: dict[str, dict] = {}
    for bundle, language, info in _bundle_languages(bundles):
        chunks = [p.stat().st_size for p in (bundle / "index").glob(f"{language}_*.pf_index")]
        fragments = [p.stat().st_size for p in (bundle / "fragment").glob(f"{language}_*.pf_fragment")]
        meta = bundle / f"pagefind.{info['hash']}.pf_meta"
        wasm = bundle / f"wasm.{info.get('wasm') or 'unknown'}.pagefind"
        row = languages.setdefault(
            language,
            {
                "bundles": 0,
                "pages": 0,
                "largest_bundle_pages": 0,
                "index_chunks": 0,
                "index_bytes": 0,
                "largest_chunk_bytes": 0,
                "fragments": 0,
                "fragment_bytes": 0,
                "meta_bytes": 0,
                "wasm_bytes": None,
            },
        )
        row["bundles"] += 1
        row["pages"] += info["page_count"]
        row["largest_bundle_pages"] = max(row["largest_bundle_pages"], info["page_count"])
        row["index_chunks"] += len(chunks)
        row["index_bytes"] += sum(chunks)
        row["largest_chunk_bytes"] = max(row["largest_chunk_bytes"], max(chunks, default=0))
        row["fragments"] += len(fragments)
        row["fragment_bytes"] += sum(fragments)
        row["meta_bytes"] += meta.stat().st_size if meta.is_file() else 0
        if wasm.is_file():
            row["wasm_bytes"] = wasm.stat().st_size
    folders = {bundle if bundle.name == "pagefind" else bundle.parent for bundle in bundles}
    sizes = [tree_bytes(folder) for folder in folders]
    total = sum(size for size, _ in sizes)
    return {
        "bytes": total,
        "files": sum(files for _, files in sizes),
        "bytes_per_article": round(total / max(articles, 1)),
        "languages": dict(sorted(languages.items())),
    }


def _bundle_languages(bundles: list[Path]) -> Iterator[tuple[Path, str, dict]]:
    """(bundle, language, entry info) for every language of every Pagefind bundle."""
    for bundle in sorted(bundles):
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        for language, info in sorted(entry["languages"].items()):
            yield bundle, language, info
