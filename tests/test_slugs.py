from build_scripts.slugs import assign_slugs, slugify


def test_slugs_are_readable_ascii():
    assert slugify("AI发展何去何从?李开复:中美大模型只能存活五六家").startswith("ai-fa-zhan-he-qu-he-cong-li-kai-fu")
    assert slugify("Enthüllung von DeepSeek", "de") == "enthuellung-von-deepseek"
    assert slugify("零一萬物") == "ling-yi-wan-wu"
    assert slugify("???") == "article"
    assert len(slugify("word " * 40)) <= 60


def test_collisions_get_suffixes_that_do_not_depend_on_other_articles():
    first = assign_slugs({"a.txt": "same", "b.txt": "same", "c.txt": "other"})
    assert first["c.txt"] == "other" and first["a.txt"] != first["b.txt"]
    second = assign_slugs({"a.txt": "same", "b.txt": "same", "c.txt": "other", "d.txt": "same"})
    assert second["a.txt"] == first["a.txt"] and second["b.txt"] == first["b.txt"]
