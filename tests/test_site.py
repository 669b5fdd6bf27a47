"""build_scripts/site.py: the jieba dictionary from the registry, and the MkDocs build's error reporting.
(The whole site is built and read in a browser by tests/e2e/.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.site import SiteBuildError, build_site, jieba_words, write_jieba_userdict

FIXTURE_REGISTRY = Path(__file__).resolve().parent / "fixtures" / "registry"


def test_jieba_words_are_the_chinese_names_and_aliases():
    words = jieba_words(FIXTURE_REGISTRY)
    assert {"零一万物", "零一萬物", "阿里巴巴", "阿里云", "阿里雲", "字节跳动", "特斯拉", "李开复", "李開復", "价格战"} <= set(words)
    assert words == sorted(set(words))
    assert all(" " not in w and not w.isascii() for w in words)  # Latin names and aliases are left out


def test_jieba_words_without_a_registry(tmp_path):
    assert jieba_words(tmp_path / "missing") == []


def test_write_jieba_userdict_writes_only_on_change(tmp_path):
    path = tmp_path / "dict.txt"
    assert write_jieba_userdict(path, FIXTURE_REGISTRY) is True
    assert "零一万物\n" in path.read_text(encoding="utf-8")
    assert write_jieba_userdict(path, FIXTURE_REGISTRY) is False


def test_a_failing_build_raises_with_mkdocs_output(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocs_static_i18n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\n[broken](missing.md)\n", encoding="utf-8")
    with pytest.raises(SiteBuildError) as error:
        build_site(docs, tmp_path / "site", strict=True)
    assert "missing.md" in error.value.output
