import pytest

from build_scripts.registry import REGISTRY_DIR, load_registry
from build_scripts.settings import DataFileError

from conftest import ROOT, copy_files, edit

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
        ("companies.yml", "aliases: [Meta Platforms]", "aliases: [Meta Platforms, Zero One Wanwu]",
         "'zero one wanwu' belongs to both company '01-ai' and company 'meta'"),
        ("companies.yml", "{en: Tesla, de: Tesla, zh: 特斯拉}", "{en: Tesla, de: Tesla}", r"\(tesla\): name.zh is missing"),
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
