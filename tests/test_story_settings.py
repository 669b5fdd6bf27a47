"""data/stories.yml: validated on load, errors naming the file and the key; what the article cache depends on."""

import pytest
from conftest import copy_files, edit

from build_scripts.datafile import DataFileError
from build_scripts.settings import DATA_DIR
from build_scripts.story_settings import load_stories


@pytest.fixture
def stories_file(tmp_path):
    return copy_files([DATA_DIR / "stories.yml"], tmp_path) / "stories.yml"


def test_the_shipped_file_is_valid():
    stories = load_stories(DATA_DIR / "stories.yml")
    assert stories.signature.num_perm > 0 and "zh" in stories.signature.character_languages
    assert 0 < stories.copies["jaccard"] <= 1 and stories.versions["fact_weights"]["amount"] > 0


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("  jaccard: 0.3 ", "  jaccard: 1.3 ", r"stories.yml: copies.jaccard must be a probability"),
        ("  num_perm: 128", "  num_perm: many", r"stories.yml: signature.num_perm must be a positive integer"),
        ("year: 0.25", "year: -1", r"stories.yml: versions.fact_weights.year must be a number of at least 0, not -1"),
        ("  threshold: ", "  treshold: ", r"stories.yml: unknown key\(s\) \['treshold'\] in versions"),
        ("(?P<origin>[^，,。;；|｜]{2,40}?)", "([^，,。;；|｜]{2,40}?)", r"repost_origins\[0\] needs a \(\?P<origin>"),
        ("    en: {thousand: 1000,", "    en: {thousand: lots,", r"stories.yml: signature.magnitudes.en must be"),
    ],
)
def test_mistakes_name_the_file_and_the_key(stories_file, old, new, message):
    edit(stories_file, old, new)
    with pytest.raises(DataFileError, match=message):
        load_stories(stories_file)


def test_only_the_signature_reaches_the_article_cache(stories_file):
    before = load_stories(stories_file)
    edit(stories_file, "  threshold: 0.55", "  threshold: 0.6")
    threshold = load_stories(stories_file)
    assert threshold.signature_fingerprint == before.signature_fingerprint
    assert threshold.fingerprint != before.fingerprint
    edit(stories_file, "  word_shingle: 5", "  word_shingle: 4")
    assert load_stories(stories_file).signature_fingerprint != before.signature_fingerprint
