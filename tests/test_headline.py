"""build_scripts/headline.py: which lines may be a headline."""

import pytest

from build_scripts.headline import copyright_holder, masthead, may_be_headline


@pytest.mark.parametrize(
    "line",
    [
        "Cowboyboots von Crocs – werden auch Croots genannt. Foto: Crocs",  # a caption with its credit
        "AI伺服器需求強勁，台灣代工廠積極擴產。圖／聯合報系資料照片",
        "Visual Abstract. Influenza Vaccination for the Elderly",  # two sentences
        "（原标题：国务院联防联控机制印发通知）",  # a repost's note of the original title
        "0",
    ],
)
def test_captions_credits_and_notes_are_no_headline(line, settings):
    assert not may_be_headline(line, settings)


@pytest.mark.parametrize(
    "line",
    [
        "U.S. Senate passes AI bill",
        "定了！广州南沙邮轮母港即将开通！地铁直达+无敌免...",
        "OpenAI and Microsoft rework deal",
    ],
)
def test_headlines_with_abbreviations_and_ellipses_may_be_headlines(line, settings):
    assert may_be_headline(line, settings)


def test_a_chinese_page_names_its_chinese_copyright_holder():
    lines = [
        "自由時報電子報",
        "半導體設備需求隨AI晶片擴產走強。",
        "自由時報版權所有不得轉載",
        "© 2025 The Liberty Times.",
    ]
    assert copyright_holder(lines) == "自由時報"
    assert copyright_holder(["Ein Artikel.", "© 2025 The Liberty Times. All Rights Reserved."]) == "The Liberty Times"


def test_a_chinese_masthead_without_its_latin_acronym(settings):
    lines = ["中央社 CNA", "數位部砸120億培育AI人才", "（中央社記者吳家豪台北18日電）數位發展部今天宣布。"]
    assert masthead(lines, "數位部砸120億培育AI人才", 2, settings) == "中央社"
