"""Stories told more than once in the synthetic corpus: reposts and translations of earlier articles."""

from build_scripts.bench.corpus import article_text
from build_scripts.bench.stories import follower, story_root
from build_scripts.bench.vocabulary import load_vocabulary


def test_reposts_repeat_the_text_and_translations_the_facts_of_an_earlier_article():
    vocabulary = load_vocabulary()
    repeats = [(i, *f) for i in range(200) if (f := follower(i, 1))]
    assert {kind for _i, kind, _j in repeats} == {"repost", "translation"}
    for index, kind, original in repeats:
        assert 0 < index - original <= 20
        text, info = article_text(index, 1, vocabulary)
        first, first_info = article_text(story_root(original, 1), 1, vocabulary)
        if kind == "repost":
            body = first.split("\n")[1:]
            assert "\n".join(body[: len(body) // 2]) in text
        else:
            assert info["language"] != first_info["language"]
            assert f"AX{story_root(original, 1)}" in text and f"AX{story_root(original, 1)}" in first


def test_an_article_nobody_repeats_states_no_story_facts():
    vocabulary = load_vocabulary()
    repeated = {story_root(f[1], 1) for i in range(300) if (f := follower(i, 1))}
    alone = next(i for i in range(300) if i not in repeated and follower(i, 1) is None)
    assert "AX" not in article_text(alone, 1, vocabulary)[0]
