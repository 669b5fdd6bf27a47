import pytest

from build_scripts.models import SourceError
from build_scripts.sidecar import load_sidecar, validate_overrides


def test_valid_sidecar_is_normalised():
    values = load_sidecar(
        "a.meta.yml",
        b"title: T\ndate: 2024-03-05\nauthors: Jane Doe\npublisher: null\n"
        b"companies: [01-ai]\npeople: {remove: [lee-kai-fu]}\n",
    )
    assert values == {
        "title": "T",
        "date": "2024-03-05",
        "authors": ["Jane Doe"],
        "publisher": None,
        "companies": {"add": ["01-ai"], "remove": []},
        "people": {"add": [], "remove": ["lee-kai-fu"]},
    }


@pytest.mark.parametrize(
    "text, message",
    [
        ("titel: T", "unknown key 'titel'"),
        ("date: 5.3.2024", "date must be an ISO date"),
        ("language: German", "language must be an ISO 639-1 code"),
        ("authors: [1, 2]", "authors must be a list of names"),
        ("slug: Not A Slug", "slug must be lower-case ASCII"),
        ("companies: {add: [Zero One]}", "companies: 'add'/'remove' must be lists of ids"),
        ("- a list", "expected a mapping"),
        ("title: [unclosed", "not valid UTF-8 YAML"),
    ],
)
def test_invalid_sidecar_names_file_and_key(text, message):
    with pytest.raises(SourceError, match=message) as error:
        load_sidecar("seeds/a.meta.yml", text.encode())
    assert "seeds/a.meta.yml" in str(error.value)


def test_front_matter_of_other_tools_ignores_unknown_keys():
    assert validate_overrides({"title": "T", "tags": ["x"]}, "front matter", strict=False) == {"title": "T"}


def test_every_mistake_of_a_sidecar_is_reported_at_once():
    with pytest.raises(SourceError) as error:
        load_sidecar("seeds/a.meta.yml", b"date: yesterday\nlanguage: German\nslug: Not A Slug\ncolour: red\n")
    message = str(error.value)
    assert message.startswith("sidecar seeds/a.meta.yml: 4 errors: ")
    for part in (
        "date must be an ISO date",
        "language must be an ISO 639-1 code",
        "slug must be lower-case",
        "unknown key 'colour'",
    ):
        assert part in message


def test_story_corrections_in_a_sidecar():
    values = load_sidecar("a.meta.yml", b"story: {join: [b.txt, other-slug], split: all, primary: true}\n")
    assert values == {"story": {"join": ["b.txt", "other-slug"], "split": ["all"], "primary": True}}


@pytest.mark.parametrize(
    "text, message",
    [
        ("story: b.txt", r"sidecar a.meta.yml: story must be a mapping with 'join', 'split' and/or 'primary'"),
        ("story: {merge: [b.txt]}", r"sidecar a.meta.yml: story must be a mapping"),
        ("story: {join: [1, 2]}", r"sidecar a.meta.yml: story.join must be a list of articles"),
        ("story: {join: all}", r"sidecar a.meta.yml: story.join cannot be 'all'"),
        ("story: {primary: yes please}", r"sidecar a.meta.yml: story.primary must be true or false"),
    ],
)
def test_a_bad_story_correction_names_the_sidecar_and_the_key(text, message):
    with pytest.raises(SourceError, match=message):
        load_sidecar("a.meta.yml", text.encode())
