"""build_scripts/datafile.py: the one YAML loader of data files, sidecars and front matter."""

import pytest
import yaml
from conftest import ROOT, copy_files, edit

from build_scripts import datafile
from build_scripts.models import SourceError
from build_scripts.settings import DataFileError, load_settings
from build_scripts.sidecar import load_sidecar
from build_scripts.sources import read_source


@pytest.mark.parametrize(
    "text, line",
    [
        ("a: 1\nb: 2\na: 3\n", 3),
        ("x:\n  - {id: a, id: b}\n", 2),
        ("outer:\n  inner: 1\n  inner: 1\n", 3),
    ],
)
def test_a_key_given_twice_is_an_error_with_its_line(text, line):
    with pytest.raises(datafile.DuplicateKeyError, match=rf"^line {line}, column \d+: key '\w+' given twice"):
        datafile.load(text)


def test_merge_keys_may_be_overridden():
    assert datafile.load("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  x: 3\n")["c"] == {"x": 3, "y": 2}


def test_mappings_remember_their_line():
    data = datafile.load("items:\n  - id: a\n  - id: b\n    name: B\n")
    assert [item.line for item in data["items"]] == [2, 3]
    assert datafile.where("f.yml", data["items"][1]) == "f.yml:3"
    assert datafile.where("f.yml", [1]) == "f.yml"


def test_it_is_a_safe_loader():
    with pytest.raises(yaml.YAMLError):
        datafile.load("!!python/object/apply:os.system ['true']\n")


def test_data_files_refuse_duplicate_keys(tmp_path):
    data = copy_files((ROOT / "data").glob("*.yml"), tmp_path)
    edit(data / "cleaning.yml", "  min_words: 10\n", "  min_words: 10\n  min_words: 20\n")
    with pytest.raises(
        DataFileError, match=r"cleaning.yml: not valid YAML: line \d+, column 3: key 'min_words' given twice"
    ):
        load_settings(data)


def test_sidecar_and_front_matter_refuse_duplicate_keys():
    with pytest.raises(SourceError, match="key 'title' given twice"):
        load_sidecar("a.meta.yml", b"title: A\ntitle: B\n")
    with pytest.raises(SourceError, match="key 'date' given twice"):
        read_source("a.md", b"---\ndate: 2024-01-01\ndate: 2024-02-02\n---\n\nText.\n")


def test_read_names_the_file_that_cannot_be_read_or_parsed(tmp_path):
    with pytest.raises(DataFileError, match=r"missing.yml: cannot be read \(No such file"):
        datafile.read(tmp_path / "missing.yml")
    (tmp_path / "bad.yml").write_text("a: [1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.yml: not valid YAML: "):
        datafile.read(tmp_path / "bad.yml")
    (tmp_path / "good.yml").write_bytes(b"a: 1\n")
    assert datafile.read(tmp_path / "good.yml") == ({"a": 1}, b"a: 1\n")
