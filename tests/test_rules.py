import pytest

from build_scripts.rules import apply_rules


def test_a_byline_label_alone_takes_the_name_from_the_next_line(settings):
    rules = list(settings.rules)
    assert apply_rules("Story by", "Sofie Lindqvist", "head", rules, settings) == (
        "field",
        "authors",
        ["Sofie Lindqvist"],
        True,
    )
    assert apply_rules("Autor/in", "Lea Böhme", "head", rules, settings) == ("field", "authors", ["Lea Böhme"], True)
    # a role in brackets after the name is no part of it
    found = apply_rules("Autor*in", "Lea Böhme (Medizinredakteurin. M.A. Kommunikation)", "head", rules, settings)
    assert found == ("field", "authors", ["Lea Böhme"], True)


def test_a_source_lines_value_ends_at_a_wide_gap_before_the_next_field(settings):
    rules = list(settings.rules)
    found = apply_rules(
        "来源：千岛日报\u3000发布时间：2027-08-19 09:15\u3000浏览次数：1236", "", "head", rules, settings
    )
    assert found == ("field", "publisher", ["千岛日报"], False)


def test_below_a_menus_authors_entry_its_next_entry_is_no_name(settings):
    rules = list(settings.rules)
    assert apply_rules("Autoren", "Ausgaben", "head", rules, settings) is None
    assert apply_rules("Autoren", "Carmen Winder", "head", rules, settings) == (
        "field",
        "authors",
        ["Carmen Winder"],
        True,
    )
    assert apply_rules("Autor", "Ajax", "head", rules, settings) == ("field", "authors", ["Ajax"], True)  # one


def test_an_author_label_of_several_words_takes_the_next_line_and_names_no_one_itself(settings):
    rules = list(settings.rules)
    found = apply_rules("Author of the article:", "Nadia Bellemare", "head", rules, settings)
    assert found == ("field", "authors", ["Nadia Bellemare"], True)
    assert apply_rules("Author of a novel", "", "head", rules, settings) is None  # 'of a novel' is no name


def test_a_word_in_lower_case_after_a_label_is_no_name(settings):
    found = apply_rules("Text size", "Share", "head", list(settings.rules), settings)
    assert found is None or found[1] != "authors"


def test_a_writer_label_names_the_author(settings):
    found = apply_rules("WRITER: Suchada Wongsawat", "", "head", list(settings.rules), settings)
    assert found == ("field", "authors", ["Suchada Wongsawat"], False)


def test_a_chinese_value_of_more_than_a_name_names_no_one(settings):
    found = apply_rules("文/羊城晚报全媒体记者 陈卓宁\u3000图/受访者供图", "", "head", list(settings.rules), settings)
    assert found is None  # the byline reader takes the line: 文/ then an outlet glued to 记者
    assert apply_rules("作者：陈卓宁", "", "head", list(settings.rules), settings)[1:3] == ("authors", ["陈卓宁"])


def test_a_posts_categories_after_their_label_go(settings):
    rules = list(settings.rules)
    assert apply_rules("Kategorie: Pfalz, Wirtschaft", "", "head", rules, settings)[0] == "drop"
    assert apply_rules("分类：科技", "", "head", rules, settings)[0] == "drop"
    assert apply_rules("Kategorie B des Förderprogramms", "", "head", rules, settings) is None  # no label


def test_an_editor_named_in_brackets_below_the_story(settings):
    rules = list(settings.rules)
    assert apply_rules("(Edited by Rohan Mehra)", "", "tail", rules, settings)[1:3] == ("editors", ["Rohan Mehra"])
    assert apply_rules("（责任编辑：王晨）", "", "tail", rules, settings)[1:3] == ("editors", ["王晨"])
    assert apply_rules("(Edited by Rohan Mehra)", "", "body", rules, settings) is None  # at the edges only


def test_a_note_on_where_the_story_came_from_names_the_publisher(settings):
    found = apply_rules("本文源自：金融界", "", "tail", list(settings.rules), settings)
    assert found == ("field", "publisher", ["金融界"], False)


def test_an_agency_alone_names_no_author(settings):
    rules = list(settings.rules)
    found = apply_rules("By PTI", "", "head", rules, settings)
    assert found is None or found[1] != "authors"
    assert apply_rules("By Priya Raman", "", "head", rules, settings)[1:3] == ("authors", ["Priya Raman"])
    assert apply_rules("发E-mail给：", "", "tail", rules, settings)[0] == "drop"


def test_a_portals_note_on_the_original_article_names_its_publisher(settings):
    rules = list(settings.rules)
    found = apply_rules("Read the original article on Business Insider", "", "tail", rules, settings)
    assert found == ("field", "publisher", ["Business Insider"], False)
    found = apply_rules("This article originally appeared on The Conversation.", "", "tail", rules, settings)
    assert found == ("field", "publisher", ["The Conversation"], False)
    print_edition = "This article first appeared in The Malaysian Reserve weekday print edition"
    assert apply_rules(print_edition, "", "tail", rules, settings) is None  # the site's own paper
    found = apply_rules("Read the original article in German.", "", "tail", rules, settings)
    assert found is not None and found[0] == "drop"  # the original's language, no outlet


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            "This article is republished from The Conversation under a Creative Commons license. Read the original "
            "article.",
            "The Conversation",
        ),
        ("Source: This article was published by Fulcrum", "Fulcrum"),
        (
            "This article was originally published by KFF Health News. It is republished here with permission.",
            "KFF Health News",
        ),
        ("Dieser Beitrag erschien zuerst im Newsletter „Digitalbrief“.", "Digitalbrief"),
        (
            "Dieser Beitrag erschien zuerst am 3. März 2027 im Blog „Wissenswerkstatt“. Wir kürzten ihn.",
            "Wissenswerkstatt",
        ),
        (
            "Dieser Beitrag ist ursprünglich auf unserem Partnerportal Industry of Things erschienen.",
            "Industry of Things",
        ),
        ("本文转载自微信公众号「零售新观察」，作者：周一鸣，转载请联系原作者。", "零售新观察"),
        ("本文經授權轉載自《職場新觀點》，原文：〈AI 篩履歷，真的比較公平嗎？〉", "職場新觀點"),
        ("声明：本文转载自钱江晚报，版权归原作者所有。", "钱江晚报"),
        ("This content was created by MarketWatch, which is operated by Dow Jones & Co.", "MarketWatch"),
    ],
)
def test_a_note_on_the_republished_story_names_the_outlet_that_first_published_it(note, outlet, settings):
    assert apply_rules(note, "", "body", list(settings.rules), settings) == ("field", "publisher", [outlet], False)


def test_a_release_names_the_office_that_issues_it(settings):
    rules = list(settings.rules)
    found = apply_rules("From: Federal Economic Development Agency for Southern Ontario", "", "head", rules, settings)
    assert found == ("field", "publisher", ["Federal Economic Development Agency for Southern Ontario"], False)
    office = "Herausgeber: Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz"
    assert apply_rules(office, "", "head", rules, settings)[1] == "publisher"
    assert apply_rules("From: $19.99", "", "head", rules, settings) is None  # a price, no office
    found = apply_rules("發布單位：產業技術司", "", "head", rules, settings)
    assert found is None or found[1] != "publisher"  # a ministry's department, not the ministry


@pytest.mark.parametrize(
    "note",
    [
        "This article was originally published on June 3, 2027. All content © 2027 by The Financial Brand.",
        "Dieser Artikel erschien zuerst in der gedruckten Ausgabe der Hildesheimer Allgemeinen Zeitung.",
        "Dieser Beitrag erschien zuerst in der Juli-Ausgabe von Tichys Einblick.",
        "Dieser Beitrag erschien zuerst in unserem Newsletter „Digitalpolitik am Montag“.",
        "Dieser Artikel erschien zuerst auf Englisch bei Energy Ledger.",
        "Dieser Beitrag ist zuerst in mehreren deutschsprachigen Regionalzeitungen erschienen.",
        "This article was originally published in French in L'Orient-Le Jour. Translated by Karim Haddad.",
        "【免责声明】本文转载自合作媒体，仅代表作者观点，与本网无关。",
    ],
)
def test_a_note_on_the_sites_own_edition_or_a_translation_names_no_other_outlet(note, settings):
    found = apply_rules(note, "", "body", list(settings.rules), settings)
    assert found is None or found[1] != "publisher"


def test_a_source_line_names_its_paper_without_its_title_marks(settings):
    found = apply_rules("来源：《新清华》", "", "head", list(settings.rules), settings)
    assert found == ("field", "publisher", ["新清华"], False)


def test_a_source_lines_periodical_is_named_without_its_issue(settings):
    rules = list(settings.rules)
    assert apply_rules("Quelle: Magazin Wirtschaft 05/2027", "", "tail", rules, settings)[2] == ["Magazin Wirtschaft"]
    assert apply_rules("来源：《瞭望东方周刊》2027年第12期", "", "head", rules, settings)[2] == ["瞭望东方周刊"]


def test_a_source_lines_company_keeps_its_legal_forms_dot(settings):
    rules = list(settings.rules)
    assert apply_rules("Source: Quantrel Systems Inc.", "", "head", rules, settings) == (
        "field",
        "publisher",
        ["Quantrel Systems Inc."],
        False,
    )
    assert apply_rules("Source: Helvion.", "", "head", rules, settings)[2] == ["Helvion"]


@pytest.mark.parametrize("line", ["57 Mal geteilt", "143 Favoriten", "1.2K likes", "转发 326"])
def test_a_posts_count_of_reactions_alone_is_dropped_above_and_below_the_story(line, settings):
    for zone in ("head", "tail"):
        assert apply_rules(line, "", zone, list(settings.rules), settings) == ("drop", None, [], False)


def test_a_sentence_counting_reactions_is_no_count(settings):
    assert apply_rules("The post drew 57 likes in an hour.", "", "tail", list(settings.rules), settings) is None


@pytest.mark.parametrize("line", ["Hits: 1412", "Gelesen 312 mal", "Wörter: 431"])
def test_a_pages_count_of_readers_or_words_alone_is_dropped(line, settings):
    assert apply_rules(line, "", "tail", list(settings.rules), settings) == ("drop", None, [], False)


def test_a_reviewers_degree_after_the_name_is_no_second_editor(settings):
    found = apply_rules("Reviewed by Danielle Ellis, B.Sc.", "", "head", list(settings.rules), settings)
    assert found[2] == ["Danielle Ellis"]


def test_a_media_contacts_label_after_the_editors_label_is_no_editor(settings):
    assert apply_rules("Redaktion / Medienkontakt", "", "tail", list(settings.rules), settings) is None
