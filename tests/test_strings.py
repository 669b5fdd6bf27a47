import pytest
from conftest import copy_files

from build_scripts.settings import DataFileError
from build_scripts.strings import I18N_DIR, load_strings


@pytest.fixture
def data(tmp_path):
    return copy_files(I18N_DIR.iterdir(), tmp_path)


def test_every_language_has_every_string():
    strings = load_strings()
    assert set(strings) == {"en", "de", "zh"}
    assert strings["de"]["related_articles"] == "Verwandte Artikel"


def test_a_missing_translation_is_an_error(data):
    text = (data / "zh.yml").read_text(encoding="utf-8")
    (data / "zh.yml").write_text(text.replace("related_articles: 相关文章\n", ""), encoding="utf-8")
    with pytest.raises(DataFileError, match="zh.yml: missing translation.*related_articles"):
        load_strings(data)


def test_placeholders_must_match(data):
    text = (data / "de.yml").read_text(encoding="utf-8")
    (data / "de.yml").write_text(text.replace('minutes: "{n} Min."', 'minutes: "{m} Min."'), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"de.yml: minutes must use the placeholders \['n'\]"):
        load_strings(data)


def test_the_page_frame_texts_are_there_in_every_language():
    hook_keys = {"feed", "not_found", "not_found_text", "home", "search"}  # used by hooks/site.py and overrides/
    strings = load_strings()
    assert all(set(strings[language]["frame"]) == hook_keys for language in strings)
    assert strings["zh"]["frame"]["search"] == "搜索"
