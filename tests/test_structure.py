from build_scripts.structure import build_blocks

P = "Die Nachfrage nach Rechenleistung steigt weiter, sagte der Vorstand auf der Konferenz in Shenzhen."


def kinds(blocks):
    return [(b.kind, b.text, b.number, b.speaker) for b in blocks]


def test_headings_paragraphs_and_counters(settings):
    lines = [P, "1", "amerikanische perspektive: investitionsnebel", P, "2", P, "Die Strategie von DeepSeek", P]
    blocks, speakers = build_blocks(lines, settings)
    assert kinds(blocks) == [
        ("paragraph", P, None, None),
        ("heading", "amerikanische perspektive: investitionsnebel", "1", None),
        ("paragraph", P, None, None),
        ("paragraph", P, None, None),  # the stray counter "2" is gone
        ("heading", "Die Strategie von DeepSeek", None, None),
        ("paragraph", P, None, None),
    ]
    assert speakers == []


def test_a_short_line_ending_a_sentence_is_no_heading(settings):
    blocks, _ = build_blocks([P, "Das ist alles.", P, "Folgendes ist Teil des Gesprächs:", P], settings)
    assert [b.kind for b in blocks] == ["paragraph"] * 5


def test_bullets_and_numbered_items(settings):
    lines = [P, "• Erstens: mehr Chips", "· zweitens", "- drittens", "1. eins", "2) zwei", "（3）三", P]
    blocks, _ = build_blocks(lines, settings)
    assert [(b.kind, b.text, b.ordered) for b in blocks[1:-1]] == [
        ("list_item", "Erstens: mehr Chips", False),
        ("list_item", "zweitens", False),
        ("list_item", "drittens", False),
        ("list_item", "eins", True),
        ("list_item", "zwei", True),
        ("list_item", "三", True),
    ]


def test_interview_turns_whatever_the_label_spelling(settings):
    lines = [
        P,
        "„Undercurrent“: Warum gerade jetzt?",
        "Liang Wenfeng : Weil es jetzt möglich ist.",
        "„Undercurrent“: Und dann?",
        "Liang Wenfeng:Dann bauen wir weiter.",
        "„Undercurrent“: Wirklich?",
        "Liang WenfengJa, wirklich.",
        "Das erste ist exponentielles Wachstum: Die KI schreitet voran.",
        "Moderator: Eine letzte Frage?",
    ]
    blocks, speakers = build_blocks(lines, settings)
    turns = [(b.speaker, b.text) for b in blocks if b.kind == "turn"]
    assert turns == [
        ("Undercurrent", "Warum gerade jetzt?"),
        ("Liang Wenfeng", "Weil es jetzt möglich ist."),
        ("Undercurrent", "Und dann?"),
        ("Liang Wenfeng", "Dann bauen wir weiter."),
        ("Undercurrent", "Wirklich?"),
        ("Liang Wenfeng", "Ja, wirklich."),
        ("Moderator", "Eine letzte Frage?"),
    ]
    assert speakers == ["Undercurrent", "Liang Wenfeng", "Moderator"]
    assert blocks[-2].kind == "paragraph"  # a one-off "label:" that is no role is ordinary text


def test_chinese_interview_with_full_width_colons(settings):
    lines = [
        "主持人：您怎么看价格战？",
        "王小川：价格战不可持续。",
        "主持人：那么下一步呢？",
        "王小川：做好医疗大模型。",
    ]
    blocks, speakers = build_blocks(lines, settings)
    assert speakers == ["主持人", "王小川"]
    assert [b.kind for b in blocks] == ["turn"] * 4


def test_no_interview_from_a_single_label(settings):
    blocks, speakers = build_blocks([P, "Fazit: Es bleibt spannend, sagen die Analysten.", P], settings)
    assert speakers == [] and [b.kind for b in blocks] == ["paragraph"] * 3


def test_label_alone_on_its_line_takes_the_next_line(settings):
    lines = ["Host:", "What comes next?", "Yang Zhilin:", "Longer context.", "Host: Thanks.", "Yang Zhilin: Bye."]
    blocks, _ = build_blocks(lines, settings)
    assert [(b.speaker, b.text) for b in blocks] == [
        ("Host", "What comes next?"),
        ("Yang Zhilin", "Longer context."),
        ("Host", "Thanks."),
        ("Yang Zhilin", "Bye."),
    ]


def test_table_rows_and_markup_lines_are_no_headings(settings):
    lines = [P, "| Model | Score |", "| A | 1 |", "# of prompts: 1,200", P]
    blocks, _ = build_blocks(lines, settings)
    assert [b.kind for b in blocks] == ["paragraph"] * 5
