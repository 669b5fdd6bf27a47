"""build_scripts/headline.py: which lines may be a headline."""

import pytest

from build_scripts.headline import may_be_headline


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
