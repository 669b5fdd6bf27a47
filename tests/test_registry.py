import pytest
from conftest import ROOT, copy_files, edit

from build_scripts.registry import REGISTRY_DIR, load_registry
from build_scripts.settings import DataFileError

FIXTURE = ROOT / "tests" / "fixtures" / "registry"


@pytest.fixture
def data(tmp_path):
    return copy_files(FIXTURE.iterdir(), tmp_path)


def test_the_shipped_registry_is_valid():
    registry = load_registry(REGISTRY_DIR)
    assert len(registry.of_kind("company")) >= 40 and len(registry.of_kind("theme")) >= 12


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        ("companies.yml", "- id: tesla", "- id: meta", "duplicate id 'meta'"),
        (
            "companies.yml",
            "aliases: [Meta Platforms]",
            "aliases: [Meta Platforms, Zero One Wanwu]",
            r"companies.yml:\d+: entry \d+ \(meta\): the name or alias 'zero one wanwu' also belongs to "
            r".*companies.yml:1: entry 0 \(01-ai\)",
        ),
        (
            "companies.yml",
            "{en: Tesla, de: Tesla, zh: 特斯拉}",
            "{en: Tesla, de: Tesla}",
            r"\(tesla\): name.zh is missing",
        ),
        ("companies.yml", "parent: alibaba", "parent: alibaba-group", "parent refers to unknown id 'alibaba-group'"),
        ("people.yml", "organization: 01-ai", "organization: zero-one", "roles.organization refers to unknown id"),
        ("companies.yml", "- id: tesla", "- id: Tesla Inc", "id must be lower-case ASCII"),
        ("themes.yml", "triggers: {", "trigger: {", "triggers must be a mapping"),
    ],
)
def test_invalid_registry_entries_are_errors(data, file, old, new, message):
    edit(data / file, old, new)
    with pytest.raises(DataFileError, match=message):
        load_registry(data)


def test_registry_errors_name_file_line_and_entry(data):
    lines = (data / "companies.yml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if text.startswith("- id: tesla"))
    first = next(number for number, text in enumerate(lines, 1) if text.startswith("- id: meta"))
    edit(data / "companies.yml", "- id: tesla", "- id: meta")
    with pytest.raises(DataFileError) as error:
        load_registry(data)
    assert f"companies.yml:{line}: entry " in str(error.value)
    assert f"duplicate id 'meta', first used at {data / 'companies.yml'}:{first}: entry" in str(error.value)


def test_a_key_given_twice_in_an_entry_is_an_error(data):
    edit(data / "companies.yml", "- id: tesla", "- id: tesla\n  id: tesla-motors")
    with pytest.raises(
        DataFileError,
        match=r"companies.yml: not valid YAML: line \d+, column 3: "
        r"key 'id' given twice in one mapping \(first on line \d+\)",
    ):
        load_registry(data)
