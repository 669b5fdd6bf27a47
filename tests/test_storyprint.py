"""An article's story signature: shingles by words or characters, its MinHash, its repost note."""

from dataclasses import replace

import numpy as np
from conftest import article_of

from build_scripts.storyprint import (
    estimated_jaccard,
    known_names,
    minhash_bytes,
    minhash_values,
    repost_note,
    shingle_hashes,
    shingle_tokens,
    story_print,
)


def test_chinese_is_shingled_by_characters_german_by_words(settings):
    signature = settings.stories.signature
    assert shingle_tokens("零一万物發佈新模型。", "zh", signature) == (list("零一万物发布新模型"), 5)
    assert shingle_tokens("Eins, zwei: drei vier fünf sechs!", "de", signature) == (
        ["eins", "zwei", "drei", "vier", "fünf", "sechs"],
        5,
    )


def test_punctuation_and_case_do_not_change_the_shingles(settings):
    signature = settings.stories.signature
    assert shingle_tokens("„Die KI“ – sagt er – wächst schnell.", "de", signature) == shingle_tokens(
        '"die ki", sagt er, wächst schnell', "de", signature
    )


def test_a_shingle_hash_per_distinct_run_of_tokens():
    assert len(shingle_hashes(list("零一万物发布新模型"), 5)) == 5
    assert len(shingle_hashes("a b a b a b".split(), 2)) == 2  # 'a b' and 'b a'
    assert len(shingle_hashes(["a", "b"], 5)) == 1  # fewer tokens than a shingle: one run of all of them
    assert len(shingle_hashes([], 5)) == 0
    assert shingle_hashes("a b c".split(), 2).tolist() != shingle_hashes("b a c".split(), 2).tolist()  # order counts


def test_the_minhash_estimates_jaccard_similarity(settings):
    signature = settings.stories.signature
    words = [f"w{i}" for i in range(400)]
    a = shingle_hashes(words, 5)
    b = shingle_hashes(words[:300] + [f"x{i}" for i in range(100)], 5)
    true = len(np.intersect1d(a, b)) / len(np.union1d(a, b))
    assert 0.5 < true < 0.7
    estimate = estimated_jaccard(
        minhash_values(minhash_bytes(a, signature)), minhash_values(minhash_bytes(b, signature))
    )
    assert abs(estimate - true) < 0.1
    assert minhash_bytes(a, signature) == minhash_bytes(a[::-1].copy(), signature)  # the same bytes every time
    assert minhash_bytes(shingle_hashes([], 5), signature) == b""


def test_the_minhash_is_datasketchs(settings):
    """minhash_bytes computes datasketch's affine32 MinHash without datasketch: the same bytes as a LeanMinHash."""
    from datasketch import LeanMinHash, MinHash

    signature = settings.stories.signature
    hashes = shingle_hashes([f"w{i}" for i in range(300)], 5)
    minhash = MinHash(signature.num_perm, seed=signature.seed, hashfunc=int, scheme="affine32")
    minhash.update_batch(hashes.tolist())
    lean = LeanMinHash(minhash)
    buffer = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buffer, byteorder="<")
    assert minhash_bytes(hashes, signature) == bytes(buffer)
    other = MinHash(signature.num_perm, seed=signature.seed, hashfunc=int, scheme="affine32")
    other.update_batch(shingle_hashes([f"w{i}" for i in range(100, 400)], 5).tolist())
    ours = [
        minhash_values(minhash_bytes(shingle_hashes([f"w{i}" for i in words], 5), signature))
        for words in (range(300), range(100, 400))
    ]
    assert estimated_jaccard(*ours) == minhash.jaccard(other)


def test_words_beside_punctuation_and_underscores(settings):
    text = "Er sagte: „Firma_X, 3D-Druck…“ (2024). Ende."
    expected = "er sagte firma x 3d druck 2024 ende".split()
    assert shingle_tokens(text, "de", settings.stories.signature)[0] == expected


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
    assert story.shingles == 10 and len(minhash_values(story.minhash)) == settings.stories.signature.num_perm


def test_registry_names_are_no_name_facts(registry):
    assert {"zerooneWanwu".casefold(), "alibaba"} <= known_names(registry)
