"""An article's story signature: shingles by words or characters, its MinHash, its repost note."""

from dataclasses import replace

from conftest import article_of

from build_scripts.storyprint import known_names, load_minhash, minhash_bytes, repost_note, shingle_set, story_print


def test_chinese_is_shingled_by_characters_german_by_words(settings):
    signature = settings.stories.signature
    shingles = ("零一万物发", "一万物发布", "万物发布新", "物发布新模", "发布新模型")
    assert shingle_set("零一万物发布新模型。", "zh", signature) == {s.encode() for s in shingles}
    assert shingle_set("Eins, zwei: drei vier fünf sechs!", "de", signature) == {
        b"eins zwei drei vier f\xc3\xbcnf",
        b"zwei drei vier f\xc3\xbcnf sechs",
    }


def test_punctuation_and_case_do_not_change_the_shingles(settings):
    signature = settings.stories.signature
    assert shingle_set("„Die KI“ – sagt er – wächst schnell.", "de", signature) == shingle_set(
        '"die ki", sagt er, wächst schnell', "de", signature
    )


def test_the_minhash_estimates_jaccard_similarity(settings):
    signature = settings.stories.signature
    words = [f"w{i}" for i in range(400)]
    a = shingle_set(" ".join(words), "en", signature)
    b = shingle_set(" ".join(words[:300] + [f"x{i}" for i in range(100)]), "en", signature)
    true = len(a & b) / len(a | b)
    estimate = load_minhash(minhash_bytes(a, signature)).jaccard(load_minhash(minhash_bytes(b, signature)))
    assert abs(estimate - true) < 0.1
    assert minhash_bytes(a, signature) == minhash_bytes(set(a), signature)  # the same bytes every time
    assert minhash_bytes(set(), signature) == b""


def test_repost_notes_name_the_original(settings):
    signature = settings.stories.signature
    assert repost_note("标题\n转载\n文章转载来源:新火种\n正文", signature) == (True, "新火种")
    assert repost_note("本文转载自36氪，作者：王", signature) == (True, "36氪")
    assert repost_note("Text.\nThis article first appeared in The Information.", signature) == (True, "The Information")
    assert repost_note("Dieser Beitrag erschien zuerst bei Heise Online.", signature) == (True, "Heise Online")
    assert repost_note("Reposted", signature) == (True, None)
    assert repost_note("Ein Text über Reposts und Zitate.", signature) == (False, None)


def test_story_print_of_an_article(settings, registry):
    article = replace(article_of("Zero One Wanwu und Alibaba: 10.000 A100-Chips für 1,5 Milliarden Dollar."), title="T")
    story = story_print(article, "Zuerst erschienen bei LatePost\n", settings.stories.signature, registry)
    assert story.origin == "LatePost" and story.repost
    assert dict(story.facts) == {"amount:10000": "10.000", "name:a100": "A100", "amount:1500000000": "1,5 Milliarden"}
    assert story.shingles == 10 and len(load_minhash(story.minhash)) == settings.stories.signature.num_perm


def test_registry_names_are_no_name_facts(registry):
    assert {"zerooneWanwu".casefold(), "alibaba"} <= known_names(registry)
