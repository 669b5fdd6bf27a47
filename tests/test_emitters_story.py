"""A story told by several articles on the built pages: the primary lists the others with the evidence, the others
link the primary, and entity pages, the timeline, home and catalog.json count the story once."""

import re
import shutil

import pytest
from conftest import ROOT

from build_scripts.pipeline import convert

DEV = ROOT / "tests" / "fixtures" / "stories-dev" / "articles"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("stories")
    shutil.copytree(DEV, root / "seeds")
    report = convert(root / "seeds", root / "docs", None)
    assert report.failures == []
    return root / "docs", {entry["source"]: entry for entry in report.catalog["articles"]}


def page(docs, entry, suffix=""):
    return (docs / f"articles/{entry['id']}{suffix}.md").read_text(encoding="utf-8")


def test_catalog_names_each_articles_story_and_whether_it_is_the_primary(built):
    _docs, articles = built
    original, repost, german = (articles[f"dev-{n}.txt"] for n in ("zh-original", "zh-repost", "de-translation"))
    assert original["story"] == {"id": original["id"], "primary": True}
    assert repost["story"] == german["story"] == {"id": original["id"], "primary": False}
    assert articles["dev-de-other-moonshot.txt"]["story"]["primary"] is True


def test_the_primary_shows_the_repost_and_the_translation_with_its_evidence(built):
    docs, articles = built
    original = articles["dev-zh-original.txt"]
    text = page(docs, original).split("## The same story elsewhere")[1].split("## Related articles")[0]
    assert "**Also reported by:**" in text and f"(../articles/{articles['dev-zh-repost.txt']['id']}.md)" in text
    assert re.search(r"the same text \(\d+% alike\)", text)
    german = text.split("**Also in German:**")[1]
    assert f"(../articles/{articles['dev-de-translation.txt']['id']}.md)" in german
    assert "- the same companies, people and themes: Yang Zhilin, Moonshot AI" in german
    assert "33亿 = 3,3 Milliarden" in german and "- published 2 days apart" in german
    assert "Auch auf Deutsch" in page(docs, original, ".de") and "德语版本" in page(docs, original, ".zh")


def test_every_other_article_of_the_story_links_its_primary(built):
    docs, articles = built
    original = articles["dev-zh-original.txt"]
    for name in ("dev-zh-repost.txt", "dev-de-translation.txt"):
        text = page(docs, articles[name])
        note = text.split('!!! note "The same story elsewhere"')[1].split("<div")[0]
        title = "月之暗面完成新一轮融资 估值达到33亿美元"
        assert f"This story first appeared as [{title}](../articles/{original['id']}.md)" in note
        assert "## The same story elsewhere" not in text


def test_a_story_of_one_article_shows_nothing_of_stories(built):
    docs, articles = built
    text = page(docs, articles["dev-en-other-nvidia.txt"])
    assert "same story" not in text


def test_entities_timeline_and_home_count_the_story_once(built):
    docs, articles = built
    moonshot = (docs / "companies/moonshot-ai.md").read_text(encoding="utf-8")
    assert "Moonshot AI appears in 2 articles (from August 5, 2024 to August 8, 2024)." in moonshot
    for name in ("dev-zh-repost.txt", "dev-de-translation.txt"):
        assert articles[name]["id"] not in moonshot
    assert "4 articles on the AI industry" in (docs / "index.md").read_text(encoding="utf-8")
    assert "<title>Aug 2024: 2</title>" in (docs / "timeline.md").read_text(encoding="utf-8")
    related = page(docs, articles["dev-de-other-moonshot.txt"]).split("## Related articles")[1]
    assert related.count("](../articles/") == 1 and articles["dev-zh-original.txt"]["id"] in related
