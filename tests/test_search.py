"""build_scripts/search.py: Pagefind fed in sorted order, its bundle checked."""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from pathlib import Path

import pytest

from build_scripts.search import index_search

pytest.importorskip("pagefind")

PAGE = (
    '<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>'
    "<main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>"
)


def _site(root: Path, order: random.Random) -> Path:
    """A two-language site whose files are created in a shuffled order (directory order follows creation
    order on tmpfs and hashes on ext4)."""
    pages = [
        (f"articles/a{i}/index.html", "en", f"Article {i}", f"Nvidia and AMD, item {i} of the list") for i in range(12)
    ]
    pages += [
        (f"de/articles/a{i}/index.html", "de", f"Artikel {i}", f"Zhipu und Moonshot, Punkt {i}") for i in range(12)
    ]
    order.shuffle(pages)
    for rel, lang, title, text in pages:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(lang=lang, title=title, text=text), encoding="utf-8")
    (root / "index.html").write_text(PAGE.format(lang="en", title="Home", text="not indexed"), encoding="utf-8")
    return root


def _bundle(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "pagefind" in p.parts
    }


def test_the_index_does_not_depend_on_directory_order(tmp_path):
    """On these two folders Pagefind's command line wrote 3 of 26 files differently."""
    shm = Path("/dev/shm")
    other = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() else tmp_path / "other"
    try:
        first = _site(tmp_path / "first", random.Random(1))
        second = _site(other, random.Random(2))
        steps = index_search(first, "en", ["en", "de"])
        index_search(second, "en", ["en", "de"])
        assert set(steps) == {"en", "de"}
        bundle = _bundle(first)
        assert "pagefind/pagefind-entry.json" in bundle and "de/pagefind/pagefind-entry.json" in bundle
        assert bundle == _bundle(second)
    finally:
        if other.parent == shm:
            shutil.rmtree(other)
