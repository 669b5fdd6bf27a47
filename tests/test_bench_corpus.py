"""The benchmark's synthetic corpus (build_scripts/bench/corpus.py, writer.py, phrases.py, templates.py)."""

from collections import Counter
from collections.abc import Mapping

from build_scripts.bench import phrases, templates
from build_scripts.bench.corpus import LANGUAGE_SHARES, LAYOUT_SHARES, article_name, article_text, generate_corpus
from build_scripts.bench.vocabulary import CORPUS_LANGUAGES, load_vocabulary
from build_scripts.entities import Recognizer
from build_scripts.registry import load_registry


def test_corpus_is_deterministic_and_grows_by_appending(tmp_path):
    first = generate_corpus(tmp_path / "a", 20, seed=7)
    generate_corpus(tmp_path / "b", 21, seed=7)
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert first["articles"] == 20 and len(b) == 21
    assert {name: b[name] for name in a} == a  # article i depends on the seed and i only
    assert article_name(20, 7) in b and article_name(20, 7) not in a
    assert generate_corpus(tmp_path / "c", 20, seed=8)["bytes"] != first["bytes"]


def test_counts_describe_the_articles_written(tmp_path):
    stats = generate_corpus(tmp_path, 30, seed=2, languages=("en", "de"))
    files = sorted(tmp_path.iterdir())
    assert stats["articles"] == len(files) == 30 and stats["bytes"] == sum(p.stat().st_size for p in files)
    assert set(stats["languages"]) <= {"de", "en"} and sum(stats["languages"].values()) == 30
    assert sum(stats["layouts"].values()) == 30 and all(key.split("/")[0] in ("de", "en") for key in stats["layouts"])


def test_corpus_has_the_seeds_languages_layouts_and_sizes():
    vocabulary = load_vocabulary()
    infos, sizes = [], Counter[str]()
    for index in range(300):
        text, info = article_text(index, 1, vocabulary)
        infos.append(info)
        language = info["language"]
        assert language is not None
        sizes[language] += len(text) if language == "zh" else len(text.split())
    languages = Counter(info["language"] for info in infos)
    assert languages["de"] > languages["zh"] > languages["en"] > 0
    assert 0.5 < languages["de"] / 300 < 0.7
    own = {"avatar", "newsbar", "byline", "interview", "repost", "dated"}
    layouts = Counter(str(info["layout"]).split("/")[0] for info in infos)
    assert set(layouts) == own | {"repost-copy", "translation"}  # stories told again (bench/stories.py)
    assert 0.03 < layouts["repost-copy"] / 300 < 0.09 and 0.02 < layouts["translation"] / 300 < 0.08
    assert 0 < sum(info["date"] is None for info in infos) < 300 * 0.4
    assert len({info["date"][:4] for info in infos if info["date"]}) >= 5  # spread over several years
    assert 800 <= sizes["de"] / languages["de"] <= 1500  # about 1,000 words
    assert 1700 <= sizes["zh"] / languages["zh"] <= 2800  # about 2,000 CJK characters


def test_layouts_carry_the_seeds_boilerplate():
    vocabulary = load_vocabulary()
    texts: dict[str, str] = {}
    for index in range(200):
        text, info = article_text(index, 1, vocabulary)
        assert info["layout"] is not None
        texts.setdefault(info["layout"], text)
    assert texts["avatar"].startswith("Published on ") and "  • avatar\n    Name\n" in texts["avatar"]
    assert texts["newsbar"].lower().startswith("nachricht\n") and "quelle: " in texts["newsbar"].lower()
    assert "\n转载\n" in texts["repost"] and "文章转载来源:" in texts["repost"]
    assert "年" in texts["dated"].split("\n\n")[1] and "作者：" in texts["dated"]
    assert "\n\nVon " in texts["byline"] or "\n\nBy " in texts["byline"]


def test_every_table_of_words_covers_every_corpus_language():
    tables: list[Mapping[str, object]] = [
        phrases.CITIES,
        phrases.AUTHORS,
        phrases.FILLER,
        LANGUAGE_SHARES,
        LAYOUT_SHARES,
    ]
    tables += [templates.SENTENCES, templates.TITLES, templates.HEADINGS, templates.ITEMS, templates.QUESTIONS]
    tables.append(templates.INTERVIEW)
    assert all(set(table) == set(CORPUS_LANGUAGES) for table in tables)


def test_filler_text_names_no_registry_entity():
    """Every entity mention in the corpus comes from a template slot, so salience is under control."""
    recognizer = Recognizer(load_registry())
    words = []
    for vocabulary in phrases.FILLER.values():
        for values in vocabulary.values():
            words += [value if isinstance(value, str) else value[0] for value in values]
            words += [value[1] for value in values if isinstance(value, tuple) and isinstance(value[1], str)]
    assert [w for w in words if recognizer.mentions(w)] == []
