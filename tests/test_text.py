from build_scripts.text import cjk_count, cjk_sequence, has_cjk, visual_length


def test_cjk_measures_agree_on_latin_mixed_and_chinese_text():
    for text in ("", "Nvidia", "Straße", "AI芯片", "人工智能", "Tokyo 東京 2027", "한국어", "ひらがな"):
        assert has_cjk(text) == (cjk_count(text) > 0) == bool(cjk_sequence(text))
        assert visual_length(text) == len(text) + len(cjk_sequence(text))
    assert not has_cjk("Ünïcödé, but no Han") and has_cjk("Ü 中")
