import pytest
from conftest import copy_files, edit

from build_scripts.settings import DATA_DIR, DataFileError, load_settings


@pytest.fixture
def data(tmp_path):
    names = ("cleaning.yml", "layouts.yml", "cues.yml", "line_model.json", "stories.yml")
    return copy_files([DATA_DIR / name for name in names], tmp_path)


def test_shipped_data_files_are_valid():
    settings = load_settings()
    assert {layout.id for layout in settings.layouts} >= {"avatar-author-widget", "language-bar-news", "repost-widget"}


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (
            "cleaning.yml",
            "action: drop\n",
            "action: delete\n",
            r"cleaning.yml: rules\[\d+\] \(.+\): action must be one of",
        ),
        ("cleaning.yml", "zone: tail\n", "zone: footer\n", "zone must be one of"),
        ("cleaning.yml", "field: authors\n", "field: writers\n", "field must be one of"),
        ("cleaning.yml", "min_words: 10", "min_words: ten", "thresholds.min_words must be a positive integer"),
        ("cleaning.yml", "    match: '转载", "    match: '(转载", "invalid regular expression"),
        (
            "layouts.yml",
            "  - id: repost-widget",
            "  - id: language-bar-news",
            "duplicate layout id 'language-bar-news'",
        ),
        ("layouts.yml", "    title_strip:", "    title_cut:", r"unknown key\(s\) \['title_cut'\]"),
        ("cleaning.yml", "thresholds:", "thresholds: [\n", "not valid YAML"),
    ],
)
def test_invalid_data_files_are_errors_naming_file_and_key(data, file, old, new, message):
    edit(data / file, old, new)
    with pytest.raises(DataFileError, match=message):
        load_settings(data)


def test_a_field_rule_needs_a_value_group(data):
    edit(
        data / "cleaning.yml",
        "(?P<value>.+)'\n    action: field\n    field: date",
        ".+'\n    action: field\n    field: date",
    )
    with pytest.raises(DataFileError, match=r"published-on\): a field rule needs a \(\?P<value>"):
        load_settings(data)


def test_fingerprint_follows_the_data(data):
    before = load_settings(data).fingerprint
    edit(data / "cleaning.yml", "min_words: 10", "min_words: 11")
    assert load_settings(data).fingerprint != before


def test_a_model_trained_with_other_cue_kinds_is_refused_with_the_way_out(data):
    edit(data / "cues.yml", "chrome:\n", "chrome:\n  podcasts: [podcast, folge anhören]\n")
    with pytest.raises(DataFileError, match=r"line_model.json: trained with other cue kinds.*train_cleaner.py"):
        load_settings(data)


def test_cue_words_and_thresholds_reach_the_settings(data):
    edit(data / "cues.yml", "  advertising: [advertisement,", "  advertising: [werbeblock, advertisement,")
    settings = load_settings(data)
    assert settings.cues.chrome_kinds("Werbeblock") and settings.article_probability["keep"] == 0.25


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("sentence_end:", "sentence_ends:", r"cleaning.yml: unknown key\(s\) \['sentence_ends'\]"),
        ("  keep: 0.25\n", "", r"cleaning.yml: article_probability.keep is missing: it must be a probability"),
        ("  keep: 0.25", "  keep: 1.5", r"article_probability.keep must be a probability between 0 and 1, not 1.5"),
        ("    editors: [责任编辑,", "    editor: [责任编辑,", r"unknown key\(s\) \['editor'\] in bylines.chinese"),
        ("    field: date\n", "", r"\(published-on\): a field rule needs 'field': one of \['authors'"),
        ("    action: drop\n", "    action: drop\n    field: date\n", "'field' only goes with action 'field'"),
    ],
)
def test_the_schema_names_file_key_and_what_the_value_must_be(data, old, new, message):
    edit(data / "cleaning.yml", old, new)
    with pytest.raises(DataFileError, match=message):
        load_settings(data)


def test_layout_keys_left_out_take_their_defaults(data):
    edit(data / "layouts.yml", "    title_strip:", "    signature_lines: 12\n    title_strip:")
    layouts = {layout.id: layout for layout in load_settings(data).layouts}
    assert {layout.signature_lines for layout in layouts.values()} == {12, 30}
    assert any(layout.title_strip is None for layout in layouts.values())
