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


def test_a_count_text_has_the_plural_forms_of_its_language():
    strings = load_strings()
    assert set(strings["en"]["news_summary"]) == set(strings["de"]["news_summary"]) == {"one", "other"}
    assert set(strings["zh"]["news_summary"]) == {"other"}


def test_a_missing_plural_form_is_an_error(data):
    text = (data / "de.yml").read_text(encoding="utf-8")
    (data / "de.yml").write_text(text.replace('  one: "{name} kommt in {count} Artikel vor ({span})."\n', ""))
    with pytest.raises(DataFileError, match=r"de.yml: news_summary must have the plural forms \['one', 'other'\]"):
        load_strings(data)


def test_a_plural_form_the_language_does_not_have_is_an_error(data):
    text = (data / "zh.yml").read_text(encoding="utf-8")
    (data / "zh.yml").write_text(text.replace("news_summary:\n", 'news_summary:\n  one: "{name} {count} {span}"\n'))
    with pytest.raises(DataFileError, match=r"zh.yml: news_summary must have the plural forms \['other'\]"):
        load_strings(data)


def test_a_count_text_must_count_in_every_language(data):
    text = (data / "zh.yml").read_text(encoding="utf-8")
    start = text.index("news_summary:")
    end = text.index("\n", text.index("other:", start))
    (data / "zh.yml").write_text(text[:start] + 'news_summary: "{name} {count} {span}"' + text[end:], encoding="utf-8")
    with pytest.raises(DataFileError, match=r"zh.yml: missing translation\(s\) for news_summary \(plural\)"):
        load_strings(data)


def test_plural_forms_must_use_the_placeholders_of_the_reference(data):
    text = (data / "de.yml").read_text(encoding="utf-8")
    (data / "de.yml").write_text(text.replace(" vor ({span}).", " vor."), encoding="utf-8")  # both forms
    with pytest.raises(DataFileError, match="de.yml: news_summary \\(plural\\) must use the placeholders"):
        load_strings(data)


def test_a_plural_form_may_only_use_the_placeholders_of_the_other_form(data):
    text = (data / "en.yml").read_text(encoding="utf-8")
    (data / "en.yml").write_text(text.replace("{count} articles ({span})", "{count} articles"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"en.yml: news_summary: the one form may only use the placeholders"):
        load_strings(data)
