from build_scripts.entities import Recognizer, recognise
from build_scripts.models import Block


def ids(registry, text, kind="companies", title="", speakers=(), overrides=None):
    found = recognise(title, [Block("paragraph", text)], list(speakers), registry, overrides or {})
    return [e["id"] for e in found[kind]]


def test_names_in_any_language_and_script(registry):
    assert ids(registry, "零一万物发布了新模型。") == ["01-ai"]
    assert ids(registry, "Die Strategie von Zero One Wanwu ändert sich.") == ["01-ai"]
    assert ids(registry, "零一萬物與阿里雲合作。") == ["01-ai", "alibaba-cloud"]
    assert ids(registry, "Lee Kai-Fu sprach mit 李开复 und 李開復.", "people") == ["lee-kai-fu"]


def test_latin_word_boundaries(registry):
    assert ids(registry, "Metadaten und Metaverse sind kein Unternehmen.") == []
    assert ids(registry, "Meta und die Meta-Tochter, Teslas FSD, tesla.") == ["meta", "tesla"]
    assert ids(registry, "Alibaba-Mitarbeiter arbeiten bei Alibaba Cloud.") == ["alibaba", "alibaba-cloud"]


def test_longest_match_wins(registry):
    found = recognise("", [Block("paragraph", "Alibaba Cloud wächst.")], [], registry, {})
    assert [e["id"] for e in found["companies"]] == ["alibaba-cloud"]


def test_ambiguous_alias_needs_an_unambiguous_mention(registry):
    assert ids(registry, "Byte war der erste, der folgte. Byte senkte die Preise.") == []
    assert ids(registry, "ByteDance senkte die Preise. Byte war der erste. byte-weise.") == ["bytedance"]
    found = recognise("", [Block("paragraph", "ByteDance ... Byte ... Byte")], [], registry, {})
    assert found["companies"][0]["mentions"] == 3


def test_salience_ranks_the_title_and_lead_above_passing_mentions(registry):
    blocks = [
        Block("paragraph", "Zero One Wanwu ändert die Strategie."),
        Block("paragraph", "Auch Tesla, Tesla und Tesla."),
    ]
    found = recognise("Zero One Wanwu gibt Supermodelle auf", blocks, [], registry, {})
    assert [e["id"] for e in found["companies"]] == ["01-ai", "tesla"]
    assert found["companies"][0]["salience"] > found["companies"][1]["salience"]
    assert abs(sum(e["salience"] for e in found["companies"]) - 1) < 0.01


def test_speakers_are_people_of_the_article(registry):
    assert ids(registry, "Ein Gespräch.", "people", speakers=["Lee Kai-Fu"]) == ["lee-kai-fu"]


def test_themes_need_two_trigger_hits_or_the_title(registry):
    assert ids(registry, "Der Preiskampf beginnt.", "themes") == []
    assert ids(registry, "Der Preiskampf beginnt mit Preissenkungen.", "themes") == ["price-war"]
    assert ids(registry, "Nichts.", "themes", title="价格战来了") == ["price-war"]


def test_sidecar_adds_and_removes_entities(registry):
    overrides = {"companies": {"add": ["alibaba"], "remove": ["tesla"]}}
    assert ids(registry, "Tesla und Meta.", overrides=overrides) == ["meta", "alibaba"]


def test_one_automaton_for_all_terms(registry):
    recognizer = Recognizer(registry)
    assert len(recognizer.automaton) >= sum(len(e.terms) for e in registry.entities)
