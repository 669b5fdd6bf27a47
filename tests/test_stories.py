"""Story clusters over the corpus: copies, translations, hard negatives, the primary, sidecar corrections."""

from dataclasses import replace

import pytest
from story_helpers import DE_FUNDING, OTHER_NVIDIA, WIRE, ZH_FUNDING, entity, story_article

from build_scripts.stories import find_stories

FUNDING_ENTITIES = {"companies": [entity("moonshot-ai", 3.0), entity("alibaba"), entity("tencent", 0.5)]}


@pytest.fixture
def make(settings, registry):
    def make(source, paragraphs, **fields):
        return story_article(source, paragraphs, settings, registry, **fields)

    return make


def stories_of(settings, *articles):
    return find_stories({a.slug_base: a for a in articles}, settings.stories)


def test_the_same_text_with_other_chrome_is_one_story_whose_primary_is_the_earliest(settings, make):
    original = make("wire-a.txt", WIRE, date="2025-03-03")
    copy = make("wire-b.txt", ("TECH BRIEF", *WIRE[:2], "Sign up for our newsletter"), date="2025-03-04")
    stories = stories_of(settings, copy, original)
    story = stories.story("wire-b")
    assert story.members == ("wire-a", "wire-b") and story.id == "wire-a"
    assert story.links[0].kind == "copy" and story.links[0].similarity >= 0.5
    assert stories.is_primary("wire-a") and not stories.is_primary("wire-b")


def test_different_stories_about_the_same_company_on_the_same_day_stay_apart(settings, make):
    nvidia = {"companies": [entity("nvidia")], "date": "2025-03-03"}
    stories = stories_of(settings, make("a.txt", WIRE, **nvidia), make("b.txt", OTHER_NVIDIA, **nvidia))
    assert stories.clusters == []


def test_a_translation_sharing_entities_and_figures_is_one_story_with_its_evidence(settings, make):
    zh = make("zh.txt", ZH_FUNDING, language="zh-Hans", date="2024-08-05", **FUNDING_ENTITIES)
    de = make("de.txt", DE_FUNDING, language="de", date="2024-08-07", **FUNDING_ENTITIES)
    story = stories_of(settings, zh, de).story("de")
    assert story.members == ("zh", "de")
    link = story.links[0]
    assert link.kind == "version" and link.days == 2 and link.entities[0] == "moonshot-ai"
    facts = {key: (a, b) for key, a, b in link.facts}
    assert facts["amount:3300000000"] == ("33亿", "3,3 Milliarden") and facts["percent:150"] == ("150%", "150 Prozent")


def test_a_translation_published_months_later_is_another_story(settings, make):
    zh = make("zh.txt", ZH_FUNDING, language="zh-Hans", date="2024-08-05", **FUNDING_ENTITIES)
    de = make("de.txt", DE_FUNDING, language="de", date="2025-01-07", **FUNDING_ENTITIES)
    assert stories_of(settings, zh, de).clusters == []


def test_a_translation_without_the_same_entities_is_another_story(settings, make):
    zh = make("zh.txt", ZH_FUNDING, language="zh-Hans", date="2024-08-05", **FUNDING_ENTITIES)
    de = make("de.txt", DE_FUNDING, language="de", date="2024-08-05", companies=[entity("tesla")])
    assert stories_of(settings, zh, de).clusters == []


def test_the_original_a_repost_names_is_the_primary_even_when_dated_later(settings, make):
    original = make("original.txt", WIRE, date="2025-03-05", publisher="Tech Wire")
    repost = make("repost.txt", WIRE, date="2025-03-03", raw="转载自 Tech Wire\n" + "\n".join(WIRE))
    assert repost.story and repost.story.origin == "Tech Wire"
    assert stories_of(settings, repost, original).story("repost").primary == "original"


def test_undated_articles_come_after_dated_ones_and_ties_go_by_source(settings, make):
    undated, later, other = make("a.txt", WIRE), make("b.txt", WIRE, date="2025-03-04"), make("c.txt", WIRE)
    assert stories_of(settings, undated, later, other).story("a").members == ("b", "a", "c")
    assert stories_of(settings, make("z.txt", WIRE), make("y.txt", WIRE)).story("z").primary == "y"


def test_sidecars_join_split_and_choose_the_primary(settings, make):
    first = make("a.txt", WIRE, date="2025-03-03")
    second = make("b.txt", WIRE, date="2025-03-04", story_overrides={"primary": True})
    other = make("c.txt", OTHER_NVIDIA, story_overrides={"join": ["a.txt"]})
    assert stories_of(settings, first, second, other).story("c").members == ("b", "a", "c")
    split = replace(second, story_overrides={"split": ["a"]})
    assert stories_of(settings, first, split).clusters == []
    alone = replace(second, story_overrides={"split": ["all"]})
    assert stories_of(settings, first, alone, make("d.txt", WIRE)).story("b").members == ("b",)


def test_a_split_holds_against_a_chain_of_copies(settings, make):
    a = make("a.txt", WIRE, story_overrides={"split": ["c.txt"]})
    b, c = make("b.txt", WIRE), make("c.txt", WIRE)
    stories = stories_of(settings, a, b, c)
    assert stories.story("a").id != stories.story("c").id


def test_a_sidecar_naming_no_article_is_a_warning(settings, make):
    article = make("a.txt", WIRE, story_overrides={"join": ["gone.txt"]})
    assert stories_of(settings, article).warnings == ["a.txt: sidecar story.join names 'gone.txt', no article"]


def test_stories_do_not_depend_on_the_order_articles_come_in(settings, make):
    articles = [make(f"{i}.txt", WIRE if i % 2 else OTHER_NVIDIA, date=f"2025-03-0{i}") for i in range(1, 6)]
    forward = stories_of(settings, *articles)
    backward = stories_of(settings, *reversed(articles))
    assert forward.of == backward.of and [s.members for s in forward.clusters] == [("1", "3", "5"), ("2", "4")]
