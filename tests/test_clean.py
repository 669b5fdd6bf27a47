import textwrap
from pathlib import Path

import pytest

from build_scripts.clean import (
    _body,
    _dateline_place,
    _drop_rest,
    _echoes,
    _kicker,
    _pitch_below_label,
    _Reading,
    _without_desks,
    clean,
    unwrap,
)
from build_scripts.models import SourceText

PARAGRAPH_DE = (
    "Der Konzern kündigte am Dienstag an, seine Investitionen in Rechenzentren im kommenden Jahr deutlich zu "
    "erhöhen, um die Nachfrage nach Rechenleistung für große Sprachmodelle zu bedienen."
)
PARAGRAPH_EN = (
    "The company said on Tuesday that it would sharply raise its spending on data centres next year to meet the "
    "demand for computing power from large language models."
)
PARAGRAPH_ZH = (
    "月之暗面创始人杨植麟表示，公司将继续投入长文本技术研发，并计划在明年推出新的多模态模型，"
    "以满足企业客户日益增长的需求。"
)


def run(text, settings):
    return clean(SourceText("x.txt", text, "txt"), settings)


def test_repost_header_becomes_metadata(settings):
    text = "\n\n".join(
        [
            "智谱发布新一代大模型",
            "转载",
            "12 天前",
            "1,024",
            "量子位",
            "文章转载来源:量子位",
            "作者:李明",
            "编辑:王芳、赵雷",
            "来源:量子位",
            PARAGRAPH_ZH,
            PARAGRAPH_ZH,
        ]
    )
    cleaned = run(text, settings)
    assert "repost-widget" in cleaned.layouts
    assert [t.text for t in cleaned.titles] == ["智谱发布新一代大模型"]
    assert cleaned.authors == ["李明"]
    assert cleaned.editors == ["王芳", "赵雷"]
    assert cleaned.publisher == "量子位"
    assert cleaned.date is None  # "12 天前" is an age, not a date
    assert cleaned.lines == [PARAGRAPH_ZH, PARAGRAPH_ZH]


def test_a_reviewer_named_under_the_byline_is_an_editor(settings):
    text = "\n\n".join(
        [
            "Chipmakers race to build AI memory",
            "Written by Chris Vance",
            "Reviewed by Alyssa Ford",
            PARAGRAPH_EN,
            PARAGRAPH_EN,
        ]
    )
    cleaned = run(text, settings)
    assert (cleaned.authors, cleaned.editors) == (["Chris Vance"], ["Alyssa Ford"])
    assert cleaned.lines == [PARAGRAPH_EN, PARAGRAPH_EN]


def test_the_authors_bio_below_the_article_goes_and_a_sentence_about_someone_else_stays(settings):
    bio = "Chris Vance is a senior contributing writer who covers AI hardware and has reported from Taipei since 2015."
    other = "Jane Roe is a professor at Yale and has studied chip supply chains for two decades, she said."
    text = "\n\n".join(["Chipmakers race to build AI memory", "By Chris Vance", PARAGRAPH_EN, other, PARAGRAPH_EN, bio])
    cleaned = run(text, settings)
    assert cleaned.authors == ["Chris Vance"]
    assert cleaned.lines == [PARAGRAPH_EN, other, PARAGRAPH_EN]


def test_the_authors_bio_above_the_article_and_a_chinese_one_below_it_go(settings):
    bio = "Lena Marsh is a fellow at the Institute for Industrial Policy in Leeds and a former chip engineer."
    headline = "Britain keeps funding AI research, then watches others build the factories"
    text = "\n\n".join([headline, bio, "By Lena Marsh", "Published April 19, 2027", PARAGRAPH_EN, PARAGRAPH_EN])
    cleaned = run(text, settings)
    assert cleaned.authors == ["Lena Marsh"]
    assert bio not in cleaned.lines and cleaned.lines[-2:] == [PARAGRAPH_EN, PARAGRAPH_EN]
    bio = "王志远：上海东华大学经济学院教授，长期研究半导体产业政策。"
    cleaned = run("\n\n".join(["资本需要学会等待", "作者：王志远", PARAGRAPH_ZH, PARAGRAPH_ZH, bio]), settings)
    assert cleaned.authors == ["王志远"] and bio not in cleaned.lines


def test_an_opinion_pages_byline_and_disclaimer(settings):
    note = "Der Kommentar gibt die persönliche Meinung des Autors wieder."
    text = "\n\n".join(
        ["Die Maschine macht keine Pause", "Ein Standpunkt von Jonas Weber · 12.04.2027", PARAGRAPH_DE, note]
    )
    cleaned = run(text, settings)
    assert cleaned.authors == ["Jonas Weber"] and cleaned.lines == [PARAGRAPH_DE]
    note = "（作者系北京一家科技政策研究机构的研究员）"
    assert run("\n\n".join(["资本需要学会等待", PARAGRAPH_ZH, note]), settings).lines == [PARAGRAPH_ZH]


def test_the_lead_above_the_pictures_caption_and_credit_is_no_caption(settings):
    lead = "Leeds-based fintech Tallybook has raised £9 million to expand its AI bookkeeping service for small firms."
    lines = ["Tallybook raises £9m for AI bookkeeping", "By Hannah Cole", "7 April 2027", "Share", "Facebook", lead]
    lines += ["Tallybook founders Priya Anand and Callum Reid", "Image: Tallybook", PARAGRAPH_EN, PARAGRAPH_EN]
    assert lead in run("\n\n".join(lines), settings).lines


def test_a_source_lines_desk_initials_are_no_part_of_the_publisher(settings):
    cleaned = run(
        "\n\n".join(["Start-up raises S$45 million", PARAGRAPH_EN, PARAGRAPH_EN, "Source: CNA/jo(ca)"]), settings
    )
    assert cleaned.publisher == "CNA"


def test_the_sites_name_printed_alone_beside_the_date_is_no_author_before_the_byline(settings):
    lines = ["Stimmen-Klone: Studie zeigt, wie schlecht wir KI-Stimmen erkennen · Radio Nova", "Radio Nova", "Programm"]
    lines += ["Echt oder geklont? Wir hören den Unterschied kaum noch", PARAGRAPH_DE, "Radio Nova", "09. März 2027"]
    lines += ["Von Lena Wiesheu", PARAGRAPH_DE, PARAGRAPH_DE]
    cleaned = run("\n\n".join(lines), settings)
    assert cleaned.authors == ["Lena Wiesheu"] and cleaned.publisher == "Radio Nova"


def test_a_boxs_label_below_the_article_goes_though_the_classifier_kept_it(settings):
    reading = _Reading(
        lines=[PARAGRAPH_EN, PARAGRAPH_EN, "PC Gamer Newsletter", "aes(x = Groups, y = Probability)", "Share it!"],
        layouts=[],
        rows=None,
        present=[0, 1, 2, 3, 4],
        article=[0.9, 0.9, 0.6, 0.6, 0.6],
        start=0,
        end=1,
        runs=set(),
    )
    reading.kept = list(enumerate(reading.lines))
    body = _body(reading, [], [], None, settings)
    assert body == [PARAGRAPH_EN, PARAGRAPH_EN, "aes(x = Groups, y = Probability)", "Share it!"]  # code; a sentence


def test_language_bar_layout_header_and_footer(settings):
    text = "\n\n".join(
        [
            "Nachricht",
            "Huawei stellt neue Ascend-Chips vor |",
            "2024-03-05",
            "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語Deutsch"
            "PortuguêsΕλληνικάespañolItalianoSuomalainenLatina",
            "Text |. Anna Weber",
            "Herausgeber |. Li Wei",
            PARAGRAPH_DE,
            PARAGRAPH_DE,
            "quelle: xinhua",
            "prozesseditor: u031",
            "bericht/feedback",
        ]
    )
    cleaned = run(text, settings)
    assert cleaned.layouts == ["language-bar-news"]
    assert [t.text for t in cleaned.titles] == ["Huawei stellt neue Ascend-Chips vor"]
    assert (cleaned.date, cleaned.authors, cleaned.editors, cleaned.publisher) == (
        "2024-03-05",
        ["Anna Weber"],
        ["Li Wei"],
        "xinhua",
    )
    assert cleaned.lines == [PARAGRAPH_DE, PARAGRAPH_DE]


def test_a_language_selector_alone_does_not_make_a_page_the_language_bar_sites(settings):
    """Many sites list their languages in the header; the language-bar layout, whose rules keep every line they
    do not name, is the site that runs the names together ('Русский языкEnglishFrançais')."""
    text = "\n\n".join(
        [
            "Deutsch English Français 日本語",
            "Startseite",
            "Huawei stellt neue Ascend-Chips vor",
            PARAGRAPH_DE,
            PARAGRAPH_DE,
            "Ähnliche Beiträge",
            "Teilen",
        ]
    )
    cleaned = run(text, settings)
    assert cleaned.layouts == []
    assert "Teilen" not in cleaned.lines and PARAGRAPH_DE in cleaned.lines


def test_a_share_button_and_an_age_do_not_make_a_page_a_repost(settings):
    text = "\n\n".join(["智谱发布新一代大模型", "转发", "3小时前", PARAGRAPH_ZH, PARAGRAPH_ZH])
    assert run(text, settings).layouts == []


def test_author_widget_layout(settings):
    text = "\n".join(
        [
            "Published on",
            "",
            "Baidu Cuts the Prices of Its Ernie Models as the Price War Spreads",
            "",
            "Autoren",
            "  • avatar",
            "    Name",
            "    Mia Chen",
            "    Twitter",
            "",
            "Baidu senkt die Preise für Ernie",
            "",
            PARAGRAPH_DE,
        ]
    )
    cleaned = run(text, settings)
    assert cleaned.layouts == ["avatar-author-widget"]
    assert cleaned.authors == ["Mia Chen"]
    assert cleaned.date is None
    assert [(t.text, t.language) for t in cleaned.titles] == [
        ("Baidu Cuts the Prices of Its Ernie Models as the Price War Spreads", "en"),
        ("Baidu senkt die Preise für Ernie", "de"),
    ]
    assert cleaned.lines == [PARAGRAPH_DE]


def test_published_on_with_a_date(settings):
    cleaned = run("Published on March 5, 2024\n\nTitle of the piece\n\n" + PARAGRAPH_DE, settings)
    assert cleaned.date == "2024-03-05"


def test_rules_never_touch_body_sentences(settings):
    # sentences that start like header lines ("Source: ...", "By ...") are article text between body paragraphs
    middle = [
        "Source: the company said the figures were preliminary and would be revised in March.",
        "By the end of the year, the group expects to double the capacity of its data centres.",
    ]
    text = "\n\n".join(["Titel", PARAGRAPH_DE, *middle, PARAGRAPH_DE])
    assert run(text, settings).lines == [PARAGRAPH_DE, *middle, PARAGRAPH_DE]


def test_a_share_bar_and_an_ad_marker_between_paragraphs_are_dropped(settings):
    text = "\n\n".join(["Titel", PARAGRAPH_DE, "Anzeige", "Teilen", "Facebook", "X", "E-Mail", PARAGRAPH_DE])
    cleaned = run(text, settings)
    assert cleaned.lines == [PARAGRAPH_DE, PARAGRAPH_DE]
    assert {"Anzeige", "Teilen", "Facebook"} <= set(cleaned.dropped)


def test_related_links_block_in_footer_is_dropped(settings):
    text = "\n\n".join(["Title", PARAGRAPH_DE, "Related articles", "Nvidia beats forecasts", "TSMC expands in Arizona"])
    cleaned = run(text, settings)
    assert cleaned.lines == [PARAGRAPH_DE]
    assert "TSMC expands in Arizona" in cleaned.dropped


def test_after_a_related_box_the_paragraph_below_trusted_prose_stays(settings):
    """A teaser box may stand between an article's last paragraphs: the prose the model trusts stays, and so
    does the paragraph right below it, though the model doubts it (as it doubts a story's last line)."""
    last = "Die Senatskanzlei kündigte an, die Vorlage in der kommenden Woche einzubringen. Danach berät der Ausschuss."
    lines = ["Nvidia beats forecasts", "TSMC expands in Arizona", PARAGRAPH_DE, last, "Nach oben", last]
    reading = _Reading(lines, [], None, list(range(6)), [0.1, 0.1, 0.6, 0.1, 0.1, 0.1], 0, 0, set())
    _drop_rest(reading, 0, settings)
    assert [line for _, line in reading.kept] == [PARAGRAPH_DE, last]  # one paragraph: no chain of doubted prose
    assert "TSMC expands in Arizona" in reading.dropped


def test_sentence_starting_with_by_is_not_a_byline(settings):
    line = "By the end of the year, the company wants to double its computing capacity in Inner Mongolia."
    cleaned = run("\n\n".join(["Title", line, PARAGRAPH_DE]), settings)
    assert cleaned.authors == []
    assert line in cleaned.lines


def test_lowercase_text_gets_a_capitalised_publisher(settings):
    body = (
        "die entwicklung großer modelle verlangsamt sich, sagen analysten in peking und shanghai übereinstimmend. " * 4
    )
    cleaned = run("\n\n".join(["ein titel", body, "quelle: global times"]), settings)
    assert cleaned.lowercase and cleaned.publisher == "Global Times"


def test_unwrap_joins_hard_wrapped_paragraphs_only():
    paragraph = (
        "Moonshot AI said on Monday that its Kimi assistant now handles two million characters of context, a "
        "figure the company says no rival matches. The start-up, founded in 2023 by Yang Zhilin, has raised "
        "money from Alibaba and Tencent and is valued at more than three billion dollars."
    )
    wrapped = textwrap.fill(paragraph, width=72)
    text = "\n".join(["Moonshot extends context", "By Jane Doe", "", wrapped, "", wrapped])
    lines = unwrap(text.split("\n"))
    assert lines == ["Moonshot extends context", "By Jane Doe", "", paragraph, "", paragraph]


def test_unwrap_joins_a_narrow_column_below_a_clipping_services_header_of_short_fields():
    paragraph = (
        "Im Labor an der Binzmühlestrasse in Oerlikon surren keine Serverschränke. Auf dem Tisch von Lea Brunner "
        "liegt eine Platine, kaum grösser als eine Kreditkarte. Darauf sitzt ein Chip, der ein Bilderkennungsmodell "
        "in Echtzeit rechnet und dabei weniger als zwei Watt verbraucht, sagt die Mitgründerin."
    )
    wrapped = textwrap.wrap(paragraph, width=46, break_on_hyphens=False)
    header = ["Medienbeobachtung", "Datum: 18.03.2027", "Handelszeitung", "Medienart: Print", "Auflage: 31'492"]
    header += ["Seite: 18", "Auftrag: 3011847", "Referenz: 84731529", "Ausschnitt Seite: 1/2", "HALBLEITER"]
    header += [
        "Erscheinungsweise: wöchentlich",
        "Themen-Nr.: 862.019",
        "Medientyp: Publikumszeitschriften",
        "18 Technologie",
    ]
    header += ["Sprachdienstleistungen", "Medienanalyse", "Informationsmanagement", "8021 Zürich", "058/ 269 22 80"]
    header += ["Fläche: 96'811 mm²", "https://www.handelszeitung.ch/", "Andrea Zimmerli", "Reto Lanz", "Nr. 11"]
    header += ["ARGUS DATA INSIGHTS", "Medienbeobachtung", "Bericht Seite: 14/38", "Technologie"]
    lines = [*header, "", *wrapped, "", *wrapped, "", *wrapped, "", *wrapped]
    assert unwrap(lines) == [*header, "", paragraph, "", paragraph, "", paragraph, "", paragraph]


def test_unwrap_joins_wrapped_chinese_without_spaces():
    paragraph = PARAGRAPH_ZH * 3
    wrapped = [paragraph[i : i + 30] for i in range(0, len(paragraph), 30)]
    lines = unwrap(["标题", "", *wrapped, "", *wrapped])
    assert lines == ["标题", "", paragraph, "", paragraph]


def test_unwrap_joins_a_copied_columns_lines_across_the_blank_after_each_but_no_longer_line():
    paragraph = (
        "A Telford electronics manufacturer is to train 200 of its staff to work alongside artificial intelligence "
        "systems on its production lines, in what it describes as the county's first in-house AI academy. It opened "
        "today."
    )
    wrapped = textwrap.wrap(paragraph, width=44, break_on_hyphens=False)
    headline = "Telford electronics maker opens AI training academy for its workers"  # longer than a column
    caption = "Staff at the academy."
    lines = [headline, "By Claire Hartley", *wrapped, caption, *wrapped, *wrapped]  # (its last line short)
    spaced = [part for line in lines for part in (line, "")][:-1]
    expected = [headline, "By Claire Hartley", paragraph, caption, paragraph, paragraph]
    assert unwrap(spaced, copied=True) == [part for line in expected for part in (line, "")][:-1]
    assert unwrap(spaced) == spaced  # an extracted page's text: one paragraph a line


def test_unwrap_leaves_unwrapped_text_alone():
    lines = [PARAGRAPH_DE, "Kurze Zeile", PARAGRAPH_DE + " Noch ein Satz.", "", PARAGRAPH_DE]
    assert unwrap(lines) == lines


def test_an_extracted_chinese_page_gets_the_models_second_opinion(settings):
    paragraph = (
        "人工智能公司周二宣布，将在未来三年内投资数十亿元建设新的数据中心，以满足大模型训练和推理对算力不断增长的需求。"
    )
    chrome = ["相关推荐", "分享到微信", "扫码下载客户端", "热门排行"]
    text = "\n\n".join([paragraph, *chrome, paragraph, paragraph])
    cleaned = clean(SourceText("a.html", text, "html"), settings)
    assert cleaned.lines == [paragraph, paragraph, paragraph]
    assert set(chrome) <= set(cleaned.dropped)
    german = "\n\n".join(["Der Konzern hat am Dienstag neue Zahlen vorgelegt.", "Startseite Hessen"])
    # trafilatura's text stays, whatever the model thinks of it
    assert "Startseite Hessen" in clean(SourceText("a.html", german, "html"), settings).lines


PARAGRAPH_DE_2 = (
    "Bislang verbrauchen die Rechenzentren in der Region zusammen etwa 1,4 Gigawatt, ein großer Teil der neuen "
    "Anfragen stammt von Betreibern, die ihre Anlagen gezielt für das Training von KI-Modellen auslegen."
)
PARAGRAPHS_DE = [
    "In Frankfurt am Main und Umgebung könnte der Strom für neue Rechenzentren knapp werden. Das geht aus einem "
    "Papier der vier Übertragungsnetzbetreiber hervor, das der Redaktion vorliegt.",
    "„Wir können nicht jedem Projekt zusagen, dass es 2027 angeschlossen wird“, sagte ein Sprecher. Der Ausbau der "
    "Umspannwerke und Leitungen dauere in der Regel sieben bis zehn Jahre.",
    "Technisch wäre das möglich, zumindest teilweise. Während Anfragen an einen Chatbot sofort beantwortet werden "
    "müssen, lässt sich das Training großer Modelle zeitlich verschieben oder unterbrechen.",
]


def test_an_ad_box_between_paragraphs_is_dropped(settings):
    box = ["Anzeige", "Karrierewelt", "Cloud-Grundlagen: virtueller Zwei-Tage-Workshop", "Jetzt buchen"]
    first, second, third = PARAGRAPHS_DE
    text = "\n".join(["Netzbetreiber warnen vor Engpass", PARAGRAPH_DE, first, *box, second, third, PARAGRAPH_DE_2])
    cleaned = run(text, settings)
    assert cleaned.lines == [PARAGRAPH_DE, first, second, third, PARAGRAPH_DE_2]
    assert set(box) <= set(cleaned.dropped)


def test_a_tag_between_footer_links_is_dropped(settings):
    footer = ["24 Kommentare", "Themen", "Rechenzentrum", "Energie", "KI", "Impressum", "Datenschutz"]
    cleaned = run("\n".join(["Netzbetreiber warnen vor Engpass", PARAGRAPH_DE, PARAGRAPH_DE_2, *footer]), settings)
    assert cleaned.lines == [PARAGRAPH_DE, PARAGRAPH_DE_2]


def test_a_desk_of_the_site_is_no_author():
    assert _without_desks(["PYMNTS Intelligence"], "PYMNTS.com") == []  # the site's name in it
    assert _without_desks(["Recorder Report"], "Business Recorder") == []  # its name's last word
    assert _without_desks(["Mark Post", "Dimas Pratama"], "The Jakarta Post") == ["Mark Post", "Dimas Pratama"]
    assert _without_desks(["Wikimedia Foundation"], "Wikimedia Foundation") == ["Wikimedia Foundation"]  # the site
    assert _without_desks(["Jane Doe"], None) == ["Jane Doe"]


def test_only_lines_standing_twice_outside_the_body_and_no_sentences_are_echoes():
    """'Dresden' as menu item, kicker and tag: the echoes of the page's template go."""
    sentence = "Die Redaktion behält sich vor, Kommentare ohne Angabe von Gründen zu löschen. Danke."
    lines = ["Dresden", "Ausblick", sentence, "Titel", "Absatz", "Ausblick", "Absatz", "Dresden", sentence]
    assert _echoes(lines, 4, 6) == {0, 7}  # not 'Ausblick' (once outside), not the sentence


def test_a_widget_of_a_few_words_repeated_between_paragraphs_is_an_echo():
    widget, heading = "Story continues below", "What the state gets"
    lines = ["Titel", "Absatz eins.", widget, "Absatz zwei.", widget, heading, "Absatz drei.", heading + ":"]
    assert _echoes(lines, 1, 6) == {2, 4}  # not a heading standing once in the body, nor a label
    assert _echoes(["Titel", "Absatz.", "Yes", "Absatz.", "Yes"], 1, 4) == set()  # a single word: a list's value
    ad = "Advertise with NZME."
    lines = ["Titel", "Absatz eins.", ad, "Absatz zwei.", ad, "Absatz drei.", ad, "Absatz vier."]
    assert _echoes(lines, 1, 7) == {2, 4, 6}  # a short sentence under each ad, thrice
    assert _echoes(lines[:5] + ["Absatz fünf."], 1, 5) == set()  # twice: a sentence may be repeated


def test_the_masthead_above_the_headers_day_is_no_byline_and_the_date_below_the_byline_wins(settings):
    header = [
        "Diese Website verwendet Cookies",
        "Nur notwendige",
        "Liechtensteiner Vaterland",
        "Mittwoch, 14. April 2027",
    ]
    menu = ["Liechtenstein", "Wirtschaft", "Sport"]
    byline = ["Elias Büchel", "13.04.2027, 19:30"]
    text = "\n".join(
        [*header, *menu, "Schaaner Start-up will Treuhändern die Arbeit erleichtern", *byline, PARAGRAPH_DE]
    )
    cleaned = run(text, settings)
    assert (cleaned.authors, cleaned.date) == (["Elias Büchel"], "2027-04-13")


def test_the_standfirst_below_the_headline_is_kept(settings):
    standfirst = "Der KI-Boom verändert die Rechnung für Chipwerke. In Sachsen hofft man auf einen zweiten Anlauf."
    menu = ["Zur Startseite", "Wirtschaft", "Digitec"]
    text = "\n".join([*menu, "Warum die Chipfabrik wieder ein Thema ist", standfirst, "Von Carola Wendt", PARAGRAPH_DE])
    cleaned = run(text, settings)
    assert cleaned.titles[0].text == "Warum die Chipfabrik wieder ein Thema ist"
    assert cleaned.lines == [standfirst, PARAGRAPH_DE]


def test_the_paragraph_closing_an_article_after_a_list_is_kept(settings):
    items = ["Eingangsrechnungen prüfen und verbuchen", "Zahlungseingänge abgleichen", "Mahnungen versenden"]
    closing = "Für den Konzern ist der Umbau eine Wette auf die Zukunft. Gelingt sie nicht, wächst der Druck."
    footer = ["Impressum", "Datenschutz"]
    cleaned = run("\n".join(["Titel", PARAGRAPH_DE, PARAGRAPH_DE_2, *items, closing, *footer]), settings)
    assert closing in cleaned.lines
    assert not set(footer) & set(cleaned.lines)


def test_names_under_teasers_below_the_article_are_no_authors(settings):
    first, second, third = PARAGRAPHS_DE
    teasers = [
        "Stromnetz am Limit",
        "Max Muster 12.03.2024",
        "Windkraft im Norden",
        "Erika Beispiel 13.03.2024",
    ]
    text = "\n".join(
        ["Netzbetreiber warnen vor Engpass", "Von Anna Weber", PARAGRAPH_DE, first, second, third, *teasers]
    )
    assert run(text, settings).authors == ["Anna Weber"]


def test_a_site_name_ending_in_home_is_no_logos_text(settings):
    title = "Robot vacuums are getting chatbots – but will talking to your cleaner help?"
    head = ["Robot vacuums are getting AI chatbots | Ideal Home", "Ideal Home", "Subscribe", "News", "Home Tech", title]
    cleaned = run("\n".join([*head, "By Amy Hartley", PARAGRAPH_EN, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.publisher == "Ideal Home"  # not 'Ideal', as a logo's 'Ars Technica home'


def test_the_short_last_sentence_stays_above_a_list_introduced_below_the_body(settings):
    """A newsletter's list of further topics below the story ('Weitere Themen im heutigen Briefing:') does not move
    the body's end past its short last sentence."""
    page = Path(__file__).parent / "fixtures" / "scrapes-two-hundred-eighty-first" / "de_medieninsider_style.txt"
    lines = clean(SourceText(page.name, page.read_text(encoding="utf-8"), "txt"), settings).lines
    assert "Nordlicht Medien will im September eine erste Bilanz ziehen." in lines


def test_a_list_of_sections_above_the_headline_names_no_author(settings):
    title = "Biglaw Firm Will Let Associates Bill Up To 100 Hours For Learning AI"
    head = ["Above the Law", "Technology", "Events", "", "Artificial Intelligence, Biglaw, Technology", title]
    cleaned = run("\n".join([*head, "By Marcus Pell", PARAGRAPH_EN, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Marcus Pell"]


def test_a_language_switch_in_the_header_is_no_publisher(settings):
    title = "Committee calls for national register of algorithms"
    head = ["AI in public services: Committee report published", "", "Skip to main content", "Cymraeg", ""]
    head += ["Senedd Cymru", "Welsh Parliament", "", "Committees", "News", "", title, ""]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, "", PARAGRAPH_EN, "", PARAGRAPH_EN]), settings)
    assert cleaned.publisher != "Cymraeg" and "Cymraeg" not in cleaned.lines


def test_a_posts_facts_printed_as_a_list_name_its_author_but_a_menus_entry_does_not(settings):
    first, second, third = PARAGRAPHS_DE
    facts = ["* von Anna Weber", "* 09.03.2022", "Seite teilen:"]
    text = "\n".join(["Netzbetreiber warnen vor Engpass", *facts, PARAGRAPH_DE, first, second, third])
    assert run(text, settings).authors == ["Anna Weber"]
    menu = ["* Start", "* Der Book Sprint", "* Author: Anna Weber", "", "Netzbetreiber warnen vor Engpass"]
    assert run("\n".join([*menu, PARAGRAPH_DE, first, second, third]), settings).authors == []


def test_what_follows_a_related_links_box_goes_but_the_articles_last_paragraphs(settings):
    first, second, _ = PARAGRAPHS_DE
    lines = ["Mehr zum Thema", "Warum die E-Akte nicht ankommt", "Personalräte wollen mitreden", first, second]
    lines += ["Newsletter abonnieren", "© 2025 Der Tagesspiegel. Alle Rechte vorbehalten."]
    article = [0.2, 0.3, 0.3, 0.4, 0.35, 0.3, 0.3]  # the classifier keeps all but the label, trusts none
    reading = _Reading(lines, [], None, list(range(7)), article, start=-1, end=-1, runs=set())
    _drop_rest(reading, 1, settings)
    assert [line for _, line in reading.kept] == ["Personalräte wollen mitreden", first, second]
    assert reading.dropped == ["Warum die E-Akte nicht ankommt", *lines[5:]]


def test_a_saved_page_whose_markup_names_the_headline_keeps_its_other_short_lines(settings):
    """The text extracted from a page's markup: a sub-heading above the first paragraph is no headline
    candidate when the markup named the headline, so it stays in the article."""
    text = "\n\n".join(["Strom wird knapp", "Die Lage in Frankfurt", *PARAGRAPHS_DE])
    page = SourceText("a.html", text, "html", preset={"title": "Strom wird knapp"})
    cleaned = clean(page, settings)
    assert [t.text for t in cleaned.titles] == ["Strom wird knapp"]
    assert cleaned.lines[0] == "Die Lage in Frankfurt"
    assert clean(SourceText("a.html", text, "html", preset={"title": "Anderswo"}), settings).titles == []


def test_a_metadata_line_of_fields_between_bars(settings):
    text = "\n\n".join(
        [
            "AI 伺服器散熱模組出貨翻倍",
            "作者 陳冠廷 | 發布日期 2025 年 03 月 12 日 13:30 | 分類 AI 人工智慧 , 半導體",
            PARAGRAPH_ZH,
        ]
    )
    cleaned = run(text, settings)
    assert (cleaned.authors, cleaned.date) == (["陳冠廷"], "2025-03-12")
    assert cleaned.lines == [PARAGRAPH_ZH]


def test_the_sites_template_goes(settings):
    """Lines the site's other stories repeat (site_template.py), menus and boxes no cue word names."""
    template = frozenset(["Unsere Themen", "Region Rhein-Main", "Das Wetter heute"])
    text = "\n\n".join(
        [
            "Unsere Themen",
            "Region Rhein-Main",
            "Strom wird knapp",
            PARAGRAPHS_DE[0],
            "Das Wetter heute",
            *PARAGRAPHS_DE[1:],
        ]
    )
    cleaned = clean(SourceText("a.txt", text, "txt"), settings, template)
    assert cleaned.lines == PARAGRAPHS_DE
    assert {"Unsere Themen", "Region Rhein-Main", "Das Wetter heute"} <= set(cleaned.dropped)


def test_the_outlet_named_as_writer_beside_its_reporter_is_no_author(settings):
    paragraph = "钛媒体App 3月5日消息，今年一季度国内智能眼镜出货量预计达到约68万台。" * 3
    lines = ["AI眼镜出货量翻倍，百镜大战进入淘汰赛", "钛媒体 · 2025-03-05 14:22", "文 | 钛媒体APP", "作者 | 林志远"]
    cleaned = run("\n".join([*lines, paragraph, paragraph]), settings)
    assert (cleaned.authors, cleaned.publisher) == (["林志远"], "钛媒体")
    alone = run("\n".join([lines[0], lines[1], lines[2], paragraph, paragraph]), settings)
    assert alone.authors == ["钛媒体"]  # no one else is named: the outlet stays the byline's name


def test_a_headline_broken_after_its_colon_is_one_title(settings):
    first, second, third = PARAGRAPHS_DE
    lines = ["Kultur", "", "Tanz in der St. Galler Lokremise:", "Mit allen Wassern gewaschen", "", first, second, third]
    cleaned = run("\n".join(lines), settings)
    assert [t.text for t in cleaned.titles] == ["Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen"]
    assert not {"Tanz in der St. Galler Lokremise:", "Mit allen Wassern gewaschen"} & set(cleaned.lines)


def test_related_and_previous_post_labels_between_paragraphs_go(settings):
    """Blog and news templates label their teaser lists and post links: 'Verwandte Beiträge', 'Latest articles',
    'Previous post', '上一篇'."""
    for label in ["Verwandte Beiträge", "Latest articles", "Previous post", "上一篇：智谱发布新模型"]:
        text = "\n\n".join(["Huawei stellt neue Ascend-Chips vor", PARAGRAPH_DE, label, PARAGRAPH_DE])
        assert label not in run(text, settings).lines


def test_a_paragraph_opening_the_article_with_a_name_it_reads_as_an_author_stays(settings):
    opening = "Halo Labs is trying to fix one of the biggest complaints about its AI pendant, the company said today."
    header = ["Engadget", "Halo's AI pendant now works offline", "Lena Whitfield", "Contributing Reporter"]
    text = "\n\n".join([*header, "Thu, November 19, 2026 at 3:41 PM UTC", "Halo Labs", opening, *[PARAGRAPH_EN] * 4])
    cleaned = run(text, settings)
    assert cleaned.authors == ["Lena Whitfield"] and opening in cleaned.lines
    # a bio follows the article: the body's first paragraph is never taken for one
    opening = "Jane Roe is stepping down as the paper's editor after twelve years, she told the staff on Tuesday."
    text = "\n\n".join(["Editor steps down", "By Jane Roe", opening, *[PARAGRAPH_EN] * 4])
    assert opening in run(text, settings).lines


def test_a_byline_saying_by_wins_over_a_kicker_read_as_names(settings):
    text = "\n".join(
        [
            "Digital",
            "Neue Betrugsmasche",
            "Aktualisiert am 18.11.2026 - 11:27 Uhr",
            "Verbraucherschützer warnen vor Anrufen mit geklonten Stimmen",
            "Von Jonas Mertens",
            PARAGRAPH_DE,
            *PARAGRAPHS_DE,
        ]
    )
    assert run(text, settings).authors == ["Jonas Mertens"]


def test_a_spec_list_keeps_an_item_whose_value_holds_a_chrome_word(settings):
    specs = ["Die technischen Daten im Überblick", "Prozessor: Achtkern-CPU", "Gewicht: 1,39 kg"]
    text = "\n".join([*PARAGRAPHS_DE, *specs, "Betriebssystem: Windows 11 Home", "Anzeige", *PARAGRAPHS_DE])
    lines = run(text, settings).lines
    assert "Betriebssystem: Windows 11 Home" in lines and "Anzeige" not in lines


def test_a_dateline_with_fields_between_bars_is_read_though_its_dots_look_like_sentences(settings):
    head = ["CHIP", "KI-Notebook für 799 Euro: Tessaro Vela 14 kommt in den Handel", "Tobias Lerch"]
    text = "\n".join([*head, "Veröffentlicht: 20.11.2026 09:15 | Lesezeit: 3 Min.", *PARAGRAPHS_DE, PARAGRAPH_DE])
    cleaned = run(text, settings)
    assert cleaned.date == "2026-11-20" and "Veröffentlicht: 20.11.2026 09:15 | Lesezeit: 3 Min." not in cleaned.lines


def test_a_dateline_with_a_slash_between_its_dates_or_after_the_name(settings):
    head = ["Delivery drivers say an AI pay system quietly cut their earnings", "By Priya Natarajan"]
    dateline = "Nov. 13, 2026, 5:00 AM EST / Updated Nov. 13, 2026, 11:42 AM EST"
    cleaned = run("\n".join([*head, dateline, *PARAGRAPHS_DE]), settings)
    assert cleaned.date == "2026-11-13" and dateline not in cleaned.lines
    named = run("\n".join([head[0], "Julia Steinhoff / Oktober 25 2023", *PARAGRAPHS_DE]), settings)
    assert (named.authors, named.date) == (["Julia Steinhoff"], "2023-10-25")
    piped = run("\n".join([head[0], "By Tomas Ferreira|Edited by Nikhil Rao", *PARAGRAPHS_DE]), settings)
    assert piped.authors == ["Tomas Ferreira"]  # a bar without spaces parts the fields too
    dashed = "Posted 5:42 p.m. Oct 12, 2027 — Updated 7:10 p.m. Oct 14, 2027"  # a dash between them
    cleaned = run("\n".join([*head, dashed, *PARAGRAPHS_DE]), settings)
    assert cleaned.date == "2027-10-12" and dashed not in cleaned.lines


def test_the_sites_name_signing_off_the_story_goes_and_a_caption_below_the_reading_time(settings):
    caption = "Eine Fachangestellte in einer Hausarztpraxis: Viele Praxen sind am Vormittag kaum zu erreichen."
    lines = [
        "Zum Inhalt springen",
        "RND",
        "Menü",
        "Gesundheit",
        "KI am Praxistelefon: Wenn die Assistentin nie auflegt",
    ]
    lines += [
        "Von Jonas Kessler",
        "20.11.2026, 05:30 Uhr",
        "Lesezeit: 5 Min.",
        caption,
        "Foto: IMAGO/Funke Foto Services",
    ]
    lines += [PARAGRAPH_DE] * 4 + ["RND", "Mehr zum Thema", "Terminvergabe per App: Warum Patienten warten"]
    cleaned = run("\n\n".join(lines), settings)
    assert cleaned.lines == [PARAGRAPH_DE] * 4
    assert cleaned.publisher == "RND" and cleaned.titles[0].text == lines[4]
    signed = lines[:-3] + ["(RND)", "Mehr zum Thema", "Terminvergabe per App: Warum Patienten warten"]
    assert run("\n\n".join(signed), settings).lines == [PARAGRAPH_DE] * 4  # also in brackets
    # the same sentence below the headline is the dek, and stays
    lines[5:8] = []
    assert caption in run("\n\n".join(lines), settings).lines


def test_a_role_below_the_byline_goes(settings):
    head = ["Studie: Unternehmen scheitern bei KI-Agenten an ihren Daten", "von Stefan Wiegmann", "Redakteur"]
    cleaned = run("\n".join([*head, "24.11.2026", *PARAGRAPHS_DE]), settings)
    assert cleaned.authors == ["Stefan Wiegmann"] and "Redakteur" not in cleaned.lines


def test_a_byline_label_on_a_line_of_its_own_names_the_author_on_the_next(settings):
    text = "\n".join(["Chipmakers race to build AI memory", "Story by", "Sofie Lindqvist", PARAGRAPH_EN, PARAGRAPH_EN])
    cleaned = run(text, settings)
    assert cleaned.authors == ["Sofie Lindqvist"]
    assert cleaned.lines == [PARAGRAPH_EN, PARAGRAPH_EN]


def test_a_source_line_names_the_publisher_over_an_outlet_beside_the_date(settings):
    text = "\n".join(
        ["智谱发布新一代大模型", "南都N视频 2026-11-21 09:12", "来源：南方都市报", PARAGRAPH_ZH, PARAGRAPH_ZH]
    )
    assert run(text, settings).publisher == "南方都市报"


def test_a_republication_note_between_paragraphs_names_the_publisher_and_is_no_article(settings):
    note = (
        "This article is republished from The Conversation under a Creative Commons license. Read the original article."
    )
    head = ["Chips That Compute Inside Memory Could Slash the Energy Cost of AI", "Singularity Hub", "By Helena Marsh"]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN, note, PARAGRAPH_EN]), settings)
    assert cleaned.publisher == "The Conversation" and note not in cleaned.lines


def test_the_date_right_above_the_byline_is_the_storys_not_the_mastheads_day(settings):
    head = [
        "Berchtesgadener Anzeiger",
        "Mittwoch, 24. Februar 2027",
        "Lokales",
        "Sport",
        "„Sepp“ beantwortet jetzt die Fragen der Urlauber",
        "Dienstag, 23. Februar 2027",
        "Von Franziska Stangassinger",
    ]
    assert run("\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2]), settings).date == "2027-02-23"


def test_names_before_a_date_with_its_dots_are_a_byline(settings):
    head = ["Hungary Today", "Politics", "Business", "Budapest Startup Unveils Hungarian-Language AI Model"]
    head += ["Dorottya Szalai 2026.11.05.", "Share"]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Dorottya Szalai"] and cleaned.date == "2026-11-05"


def test_a_source_line_naming_a_photo_agency_credits_a_picture(settings):
    head = ["SRA fines Leeds firm over AI-generated citations", "Law Society Gazette", "By John Hyde"]
    text = "\n".join([*head, "Source: Alamy", PARAGRAPH_EN, PARAGRAPH_EN])
    cleaned = run(text, settings)
    assert cleaned.publisher != "Alamy" and "Source: Alamy" not in cleaned.lines
    text = "\n".join([*head, "Source: Reuters", PARAGRAPH_EN, PARAGRAPH_EN])
    assert run(text, settings).publisher == "Reuters"  # a news agency is the article's source
    caption = "Mitgründer Jonas Petersen mit einer der Unterwasserdrohnen am Ostufer der Förde."
    head = ["Kieler Start-up prüft Schiffsrümpfe mit Drohnen", "Kieler Nachrichten", "Von Anna Lüders"]
    text = "\n".join([*head, caption, "Quelle: Uwe Paulsen", PARAGRAPH_DE, PARAGRAPH_DE_2])
    assert run(text, settings).publisher != "Uwe Paulsen"  # a photographer below the caption
    text = "\n".join([*head, "Quelle: Uwe Paulsen", PARAGRAPH_DE, PARAGRAPH_DE_2])
    assert run(text, settings).publisher == "Uwe Paulsen"  # no caption above: the article's source, as it says


def test_a_source_line_naming_the_sites_newsroom_names_no_publisher(settings):
    title = "Grazer Start-up will Schockanrufe per KI stoppen"
    head = [f"{title} | PULS 24", "PULS 24", title, "Von Stefanie Hofer"]
    text = "\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, "Quelle: Redaktion / sth"])
    cleaned = run(text, settings)
    assert cleaned.publisher == "PULS 24" and "Quelle: Redaktion / sth" not in cleaned.lines
    text = "\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, "Quelle: APA"])
    assert run(text, settings).publisher == "APA"  # an agency


def test_an_agency_beside_the_bylines_names_gives_way_to_the_sites_name(settings):
    title = "Emder Hafen plant Stellplätze für Neuwagen mit KI"
    lines = ["KI plant Stellplätze im Hafen | Emder Zeitung", "Emder Zeitung", title, "Von Frerk Ubben, dpa"]
    lines += [PARAGRAPH_DE, PARAGRAPH_DE_2]
    cleaned = run("\n".join(lines), settings)
    assert cleaned.publisher == "Emder Zeitung" and cleaned.authors == ["Frerk Ubben"]
    assert run("\n".join(lines[2:]), settings).publisher == "dpa"  # no site's name: the agency
    assert run("\n".join([*lines, "Quelle: dpa"]), settings).publisher == "dpa"  # a source line names it


def test_a_byline_with_the_sites_name_glued_to_it(settings):
    head = ["Hamilton AI firm plans 120 new jobs | Globalnews.ca", "Global News", "Hamilton AI firm plans 120 new jobs"]
    cleaned = run("\n".join([*head, "By Natalie Dorsey Global News", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Natalie Dorsey"]
    cleaned = run("\n".join([*head, "By Natalie Dorsey Cole", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors != ["Natalie Dorsey"]  # no line prints 'Cole' alone


def test_a_short_line_titling_a_box_of_chrome_between_paragraphs_goes(settings):
    pitch = "Die wichtigsten Nachrichten aus der Region – jeden Morgen kostenlos in Ihrem Postfach."
    box = ["Newsletter", "OTZ am Morgen", pitch, "Jetzt anmelden"]
    head = ["Jenaer Start-up prüft Linsen mit KI", "Von Sandra Kühnel", *PARAGRAPHS_DE[:2]]
    tail = [*PARAGRAPHS_DE[2:], PARAGRAPH_DE, PARAGRAPH_DE_2]
    cleaned = run("\n".join([*head, *box, *tail]), settings)
    assert "OTZ am Morgen" not in cleaned.lines and tail[0] in cleaned.lines
    heading = "Suche nach neuen Räumen"
    assert heading in run("\n".join([*head, *box, heading, *tail]), settings).lines  # above the next paragraph
    button_box = ["Whitepaper", "Leitfaden: KI-Agenten sicher an ERP- und CRM-Systeme anbinden", "Jetzt herunterladen"]
    cleaned = run("\n".join([*head, *button_box, *tail]), settings)
    assert not set(button_box) & set(cleaned.lines) and tail[0] in cleaned.lines
    podcast = ["Mobile World Live Podcast", "Operators put AI agents to work in the NOC", "Listen now"]
    cleaned = run("\n".join([*head, *podcast, *tail]), settings)  # its label dropped already
    assert not set(podcast) & set(cleaned.lines) and tail[0] in cleaned.lines


def test_a_photographers_name_below_the_lead_pictures_caption_is_its_credit(settings):
    head = ["Data center plan divides Commerce City", "By Chris Walker", "March 4, 2027", "6:00AM"]
    caption = "The proposed site sits on former farmland off East 104th Avenue."
    cleaned = run("\n".join([*head, caption, "Kenzie Bruhn", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert "Kenzie Bruhn" not in cleaned.lines and caption not in cleaned.lines


def test_a_skip_link_above_the_masthead_is_no_site_name(settings):
    text = "\n".join(
        ["跳到主要內容", "公視新聞網", "科技", "AI伺服器訂單爆量 桃園組裝廠搶人", PARAGRAPH_ZH, PARAGRAPH_ZH]
    )
    assert run(text, settings).publisher == "公視新聞網"


def test_names_alone_below_a_caption_after_the_byline_and_date_are_its_credit(settings):
    text = "\n".join(
        [
            "AI data centers are pushing up electric bills",
            "Dana Whitcomb",
            "USA TODAY",
            "Published 5:04 a.m. ET Nov. 19, 2026",
            "Construction crews work on a data center campus outside Amarillo, Texas.",
            "Marcus Ortega, USA TODAY",
            PARAGRAPH_EN,
            PARAGRAPH_EN,
        ]
    )
    assert run(text, settings).authors == ["Dana Whitcomb"]


def test_one_author_a_line_below_the_date_are_all_authors(settings):
    text = "\n".join(
        [
            "Schools are teaching AI the wrong way round",
            "Published: November 20, 2026 8:14am GMT",
            "Priya Natarajan, University of Leeds",
            "Tom Ashworth, University of Leeds",
            PARAGRAPH_EN,
            PARAGRAPH_EN,
        ]
    )
    assert run(text, settings).authors == ["Priya Natarajan", "Tom Ashworth"]


def test_a_byline_ending_in_a_clock_time_is_no_sentence(settings):
    text = "\n".join(
        [
            "Robotics start-up cuts a third of its staff as AI funding shifts",
            "By Dana Whitcomb Globe Staff,Updated November 17, 2026, 5:38 p.m.",
            PARAGRAPH_EN,
            PARAGRAPH_EN,
        ]
    )
    cleaned = run(text, settings)
    assert (cleaned.authors, cleaned.date) == (["Dana Whitcomb"], "2026-11-17")


def test_a_place_alone_right_above_the_date_is_the_datelines():
    lines = ["Mareike Janßen", "Oldenburg", "03.12.2026, 17:45 Uhr", PARAGRAPH_DE]
    assert _dateline_place(lines, 1)
    assert not _dateline_place(["Mareike Janßen", "Oldenburg", PARAGRAPH_DE], 1)  # no date below
    assert not _dateline_place(["Mareike Janßen", "Husten als Frühwarnsignal", "03.12.2026"], 1)  # three words


def _reading(lines, start):
    return _Reading(
        lines,
        [],
        None,
        list(range(len(lines))),
        [0.5] * len(lines),
        start,
        len(lines) - 1,
        set(),
        kept=list(enumerate(lines)),
    )


def test_a_word_or_two_right_above_the_headline_is_its_kicker():
    headline = "Wo früher Kohle gefördert wurde, soll bald die KI rechnen"
    assert _kicker(_reading(["Strukturwandel", headline, PARAGRAPH_DE], 2), {headline}) == 0
    assert _kicker(_reading(["Exklusiv:", headline, PARAGRAPH_DE], 2), {headline}) is None  # a broken headline
    assert _kicker(_reading(["Kohle und KI im Revier", headline, PARAGRAPH_DE], 2), {headline}) is None


def test_byline_fields_parted_by_middle_dots(settings):
    line = "Priya Chandrasekar · CBC News · Posted: Nov 20, 2026 4:00 AM EST | Last Updated: November 20"
    cleaned = run("\n".join(["Montreal startup's AI tutor is now in 40 Quebec schools", line, PARAGRAPH_EN]), settings)
    assert (cleaned.authors, cleaned.date) == (["Priya Chandrasekar"], "2026-11-20")
    dateline = run(
        "\n".join(["智谱发布新一代大模型", "钛媒体 · 2025-03-05 14:22", PARAGRAPH_ZH, PARAGRAPH_ZH]), settings
    )
    assert (dateline.publisher, dateline.date) == ("钛媒体", "2025-03-05")


def test_an_audio_players_credit_names_no_author_and_the_byline_below_the_article_does(settings):
    audio = "Audio: Antenne Brandenburg | 20.04.2027 | Marie Asmussen"
    byline = "Beitrag von Marie Asmussen und Tom Lehnert"
    cleaned = run("\n".join(["Softwarehaus zieht nach Cottbus", audio, PARAGRAPH_DE, PARAGRAPH_DE_2, byline]), settings)
    assert (cleaned.authors, cleaned.date) == (["Marie Asmussen", "Tom Lehnert"], "2027-04-20")


def test_an_author_card_below_the_article_names_its_author(settings):
    bio = "Katrin Wendel schreibt als freie Journalistin über Bauingenieurwesen und Verkehr."
    text = "\n".join(
        ["Brücke aus dem 3D-Drucker", PARAGRAPH_DE, PARAGRAPH_DE, "Ein Beitrag von:", "Katrin Wendel", bio]
    )
    cleaned = run(text, settings)
    assert cleaned.authors == ["Katrin Wendel"]
    assert cleaned.lines == [PARAGRAPH_DE, PARAGRAPH_DE]


def test_a_date_below_names_after_the_story_is_no_date_beside_its_byline(settings):
    head = [
        "FILMSTARTS",
        "Nach Fan-Kritik: Sci-Fi-Film räumt KI-Szenen im Trailer ein",
        "Von Carsten Lehmann — 12.04.2027",
    ]
    film_box = ["Ferne Signale", "Kinostart: 9. September 2027 | 1 Std. 58 Min.", "Von Mira Köhler"]  # the film's facts
    cleaned = run("\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE, *film_box]), settings)
    assert cleaned.date == "2027-04-12" and cleaned.authors == ["Carsten Lehmann"]


def test_names_and_an_outlet_below_the_story_name_no_publisher_once_the_header_named_the_authors(settings):
    head = [
        "Education Week",
        "Districts Buy AI Tutors, but Few Check Whether They Work",
        "By Marisa Okafor — March 22, 2027",
    ]
    jobs = [
        "Related Tags:",
        "Artificial Intelligence",
        "",
        "EdWeek Top School Jobs",
        "Director of Instructional Technology",
    ]
    jobs += ["Lakeview Unified School District, CA", "Math Instructional Coach", "Harrison County Schools, WV"]
    jobs += ["Data & Assessment Specialist", "North Ridge Public Schools, MN", "See More Top Jobs", "", "About Us"]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN, *jobs]), settings)
    assert cleaned.authors == ["Marisa Okafor"] and cleaned.publisher == "Education Week"


def test_a_label_on_a_line_of_its_own_names_the_value_below_a_blank_line(settings):
    head = ["eWeek", "", "Cerulean Silicon Unveils Low-Power AI Inference Chip", "", "Written by", "", "Rachel Okafor"]
    head += ["", "Edited by", "", "Daniel Mercer", "", "Published May 19, 2027", ""]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, "", PARAGRAPH_EN]), settings)
    assert (cleaned.authors, cleaned.editors) == (["Rachel Okafor"], ["Daniel Mercer"])
    assert "Rachel Okafor" not in cleaned.lines and "Daniel Mercer" not in cleaned.lines


def test_authors_cards_of_a_platform_name_handle_and_button(settings):
    head = [
        "Hugging Face",
        "Back to Articles",
        "Fjord-12B: an open model for the Nordic languages",
        "Published June 24, 2027",
    ]
    head += ["Léa Martin", "lmartin", "Follow", "Jonas Lindholm", "jlindholm", "Follow"]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Léa Martin", "Jonas Lindholm"]


def test_a_date_labelled_as_published_wins_over_the_date_of_the_day(settings):
    lines = [
        "Bangkok Post",
        "23 Nov 2026",
        "Thai start-up builds a Thai-language model",
        "PUBLISHED : 21 Nov 2026 at 04:00",
    ]
    assert run("\n".join([*lines, PARAGRAPH_EN, PARAGRAPH_EN]), settings).date == "2026-11-21"
    unlabelled = [*lines[:3], "21 Nov 2026 at 04:00"]
    assert run("\n".join([*unlabelled, PARAGRAPH_EN, PARAGRAPH_EN]), settings).date == "2026-11-23"  # the first


def test_the_browser_tabs_site_names_the_publisher_over_the_company_holding_the_copyright(settings):
    tab = "Lumetra Photonics raises $140M for Longmont chip factory – The Denver Post"
    title = "Boulder startup making light-based chips for AI raises $140 million"
    footer = "© 2027 MediaNews Group"
    text = "\n".join([tab, "Skip to content", "All Sections", title, PARAGRAPH_EN, PARAGRAPH_EN, footer])
    assert run(text, settings).publisher == "The Denver Post"


def test_the_masthead_names_the_publisher_over_the_company_holding_the_copyright(settings):
    title = "Kampala fintech start-up raises $4 million to lend to market traders"
    lines = ["Monitor", "News", title, "By Jane Roe", PARAGRAPH_EN, PARAGRAPH_EN, "About Nation Media Group"]
    lines += ["Careers at Nation Media Group", "© 2027 Nation Media Group"]
    assert run("\n".join(lines), settings).publisher == "Monitor"
    assert run("\n".join(lines[1:]), settings).publisher == "Nation Media Group"  # no masthead: the only name


def test_a_browser_tabs_title_above_the_page_goes_though_it_reads_as_a_headline(settings):
    tab = "宏鈞精密中科新廠動土 液冷產能將翻倍｜非凡新聞"
    title = "宏鈞精密台中新廠今動土　液冷散熱模組產能明年翻倍"
    lead = "宏鈞精密今天在台中舉行新廠動土典禮，液冷散熱模組產能預計明年翻倍，以因應AI伺服器需求。"
    lines = [tab, "非凡新聞", "首頁", "財經", title, "記者王小明／台中報導", lead, PARAGRAPH_ZH, PARAGRAPH_ZH]
    cleaned = run("\n".join(lines), settings)
    assert tab not in cleaned.lines and cleaned.titles[0].text == title


def test_a_single_sentence_between_the_dateline_and_the_body_is_the_pictures_caption(settings):
    caption = "A robotic harvester built by Furrowline Robotics sorts sweet potatoes on a farm near Wilson on Tuesday."
    head = ["Durham startup sends AI-guided robots into NC sweet potato fields", "By Jordan Whitfield"]
    head += ["Posted 5:42 p.m. Oct 12, 2027", "Share", caption, "Advertisement"]
    assert caption not in run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings).lines
    points = ["Key points", "Throsby Labs uses sensors and AI to monitor the ground at former mine sites."]
    cleaned = run("\n".join([*head[:3], *points, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert points[1] in cleaned.lines  # below a box's own heading: the box's


def test_the_sites_name_where_the_masthead_prints_it_is_no_author(settings):
    title = "Limassol AI company to hire 150 as it opens new research centre"
    head = ["Limassol AI firm plans €40m expansion and 150 jobs | Cyprus Mail", "Skip to content"]
    head += ["Saturday, October 9, 2027", "Cyprus Mail", "Business", title, "Elena Christou", "October 9, 2027"]
    cleaned = run("\n\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Elena Christou"] and cleaned.publisher == "Cyprus Mail"


def test_a_list_of_the_articles_translations_goes_a_language_selector_leaves_the_line_below_it(settings):
    title = "Ein Genfer Start-up will KI-Modelle für Europa prüfen"
    head = [
        f"{title} - SWI swissinfo.ch",
        "SWI swissinfo.ch",
        title,
        "Nadia Bühlmann",
        "21.06.2027",
        "Weitere Sprachen: 3",
    ]
    translations = ["English", "Geneva start-up wants to test AI models for Europe", "Français"]
    translations += ["Une start-up genevoise veut tester les modèles d'IA pour l'Europe"]
    cleaned = run("\n\n".join([*head, *translations, PARAGRAPH_DE, PARAGRAPH_DE_2]), settings)
    assert cleaned.lines == [PARAGRAPH_DE, PARAGRAPH_DE_2]
    selector = ["English", "中文", "Blog Home • October 18, 2019", "AI in patient care: how hospitals use it today"]
    cleaned = run("\n\n".join([*selector, "By Joe Smith", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.date == "2019-10-18"


def test_a_name_alone_below_the_body_signs_the_article_and_commenters_are_no_authors(settings):
    title = "KI aus Sankt Vith übersetzt für die DG"
    head = [f"{title} | BRF Nachrichten", "BRF Nachrichten", "Regional", title, "09.03.2027 - 17:48"]
    tail = ["Lena Kessler", "1 Kommentar", "Hubert Margraff", "09.03.2027 - 20:12", "Gute Sache, wenn es klappt."]
    cleaned = run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]), settings)
    assert cleaned.authors == ["Lena Kessler"] and "Lena Kessler" not in cleaned.lines
    tail[0] = "Unsere Komplett-Lösungen"  # no one's name
    assert run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]), settings).authors == []
    tail[0] = "Weiterführende Links"  # a box's label
    assert run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]), settings).authors == []
    release = ["Weitere Auskünfte", "Nadine Vogt", "Leiterin Kommunikation", "Telefon +41 61 267 96 30"]
    assert run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *release]), settings).authors == []  # contacts
    tail[0] = "Lena Kessler und Jonas Adler"  # two sign together
    cleaned = run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]), settings)
    assert cleaned.authors == ["Lena Kessler", "Jonas Adler"] and tail[0] not in cleaned.lines


def test_the_tabs_site_name_printed_in_the_header_is_no_heading_of_the_article(settings):
    title = "《業績》智算雲中期虧損收窄66%至1.2億人幣 AI算力收入增1.3倍"
    head = ["智算雲(02869.HK)中期虧損收窄 算力收入增1.3倍 - 阿思達克財經新聞", "AASTOCKS.com", "阿思達克財經新聞"]
    cleaned = run("\n".join([*head, "2027/08/26 17:45", title, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings)
    assert "阿思達克財經新聞" not in cleaned.lines and cleaned.lines[-2:] == [PARAGRAPH_ZH, PARAGRAPH_ZH]


def test_a_date_in_brackets_opening_one_of_the_first_paragraphs_is_the_storys(settings):
    title = "Wohngeld in der Hälfte der Zeit"
    dek = "Drei hessische Landkreise setzen seit dem Frühjahr einen KI-Assistenten in ihren Wohngeldstellen ein."
    tail = ["Weitere Meldungen", "Bundesländer einigen sich auf gemeinsame KI-Leitlinien", "[13.04.2027]"]
    lines = [f"{title} - Kommune21", "Kommune21", title, dek, f"[14.04.2027] {PARAGRAPH_DE}", PARAGRAPH_DE_2, *tail]
    assert run("\n".join(lines), settings).date == "2027-04-14"
    lines[4] = f"(21. November 2022) {PARAGRAPH_DE}"
    assert run("\n".join(lines), settings).date == "2022-11-21"
    lines[4] = PARAGRAPH_DE
    assert run("\n".join(lines), settings).date != "2027-04-14"


def test_the_date_below_a_bylines_email_address_is_the_storys_not_the_headers_day(settings):
    title = "Maui County tests AI cameras to spot wildfires before they spread"
    head = ["Thursday, August 19, 2027", "Hawaii News", title, "By Keoni Matsuda", "kmatsuda@staradvertiser.com"]
    cleaned = run("\n".join([*head, "August 17, 2027", "Email", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.date == "2027-08-17" and cleaned.authors == ["Keoni Matsuda"]


def test_an_introduced_lists_last_item_in_the_body_is_no_name_and_stays(settings):
    page = Path(__file__).parent / "fixtures" / "scrapes-seventy-first" / "de_iz_style.txt"
    cleaned = clean(SourceText(page.name, page.read_text("utf-8"), "txt"), settings)
    item = "Bodenrichtwerte der Gutachterausschüsse"  # the list's last item, above an ad's marker
    assert item in cleaned.lines and item not in cleaned.authors
    assert "IZ Proptech-Tag am 14. Oktober 2027 in Frankfurt – jetzt Ticket sichern" not in cleaned.lines


def test_a_source_line_naming_the_site_and_an_agency_names_the_site(settings):
    title = "Ulmer Start-up testet KI-Assistenten in Pflegeheimen"
    head = [f"{title} | Regio TV", "Regio TV", title, "Von Franziska Huber", "14.10.2027"]
    for source in ("Quelle: Regio TV / mit Material von dpa", "Quelle: Regio TV/dpa", "Quelle: dpa/lby/Regio TV"):
        cleaned = run("\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, source]), settings)
        assert cleaned.publisher == "Regio TV"
    assert run("\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, "Quelle: dpa"]), settings).publisher == "dpa"
    compiled = "文章来源: 综合 于 2027-07-14 09:32:11 - 新闻取自各大新闻媒体"  # compiled from several: no one outlet
    assert run("\n".join(["标题：某公司发布新模型", compiled, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings).publisher is None


def test_a_photographer_named_as_source_below_a_caption_of_two_sentences_is_no_publisher(settings):
    caption = "Selin Arslan und Tobias Brandt haben Sprechwerk gegründet. Ihr Büro liegt an der Limmerstraße."
    head = ["KI nimmt Anrufe in Arztpraxen an | Neue Presse", "Neue Presse", "KI nimmt Anrufe in Arztpraxen an"]
    text = "\n".join([*head, "Von Jonas Wirtz", caption, "Quelle: Tim Schaarschmidt", PARAGRAPH_DE, PARAGRAPH_DE_2])
    assert run(text, settings).publisher == "Neue Presse"


def test_a_box_between_paragraphs_goes_with_its_pitch_below_the_label_and_above_the_button(settings):
    page = Path(__file__).parent / "fixtures" / "scrapes-eighty-second" / "de_htr_style.txt"
    text = page.read_text("utf-8")
    pitch = "Die wichtigsten News aus Hotellerie und Tourismus jeden Dienstag und Freitag in Ihrer Mailbox."
    cleaned = clean(SourceText(page.name, text, "txt"), settings)
    assert pitch not in cleaned.lines and any(
        line.startswith("«Wir beantworten an der Rezeption") for line in cleaned.lines
    )
    assert _pitch_below_label(pitch, "Newsletter", settings)
    sentence = "Das Team will die Software im Herbst auch anderen Gemeinden anbieten."  # no chrome word in it
    assert not _pitch_below_label(sentence, "Ausblick", settings)
    assert not _pitch_below_label(pitch, PARAGRAPH_DE, settings)  # below a paragraph: no box's label above it


def test_a_pitch_naming_the_site_as_the_tab_does_goes(settings):
    title = "Cape Town start-up's isiXhosa AI voice assistant to be tested at clinics"
    head = [f"{title} | EWN", "EWN", "Eyewitness News", title, "Siphesihle Ngcobo", "12 May 2027 10:14"]
    pitch = "Get the latest news from EWN on WhatsApp. Join our channel."
    cleaned = run("\n\n".join([*head, PARAGRAPH_EN, pitch, PARAGRAPH_EN, "© 2027 Eyewitness News."]), settings)
    assert pitch not in cleaned.lines and PARAGRAPH_EN in cleaned.lines


def test_a_name_in_brackets_closing_the_article_signs_it(settings):
    title = "Künstliche Intelligenz soll Borkenkäfer-Befall früher erkennen"
    head = [f"{title} - Osthessen|News", "OSTHESSEN|NEWS", title, "Mittwoch, 21.04.2027"]
    tail = ["(Jonas Wiegand) +++", "Themen:", "Borkenkäfer"]
    cleaned = run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]), settings)
    assert cleaned.authors == ["Jonas Wiegand"] and "(Jonas Wiegand) +++" not in cleaned.lines
    tail[0] = "(Stand: Mittwoch) +++"
    assert run("\n\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]), settings).authors == []


def test_the_headline_below_its_spaced_kicker_is_the_title_and_no_heading_of_the_body(settings):
    head = ["Medizin", "Covid-19 : Lässt sich die Ausbreitung in Deutschland kontrollieren?", "von Lars Fischer"]
    cleaned = run("\n".join([*head, PARAGRAPH_DE, PARAGRAPH_DE_2]), settings)
    assert cleaned.titles[0].text == "Lässt sich die Ausbreitung in Deutschland kontrollieren?"
    assert cleaned.lines == [PARAGRAPH_DE, PARAGRAPH_DE_2]


def test_a_source_line_naming_a_person_and_a_writers_role_names_the_author(settings):
    title = "Accra start-up unveils speech AI for five Ghanaian languages"
    head = ["Kasa Labs launches AI - GhanaWeb", "GhanaWeb", "Business News of Tuesday, 9 March 2027"]
    for source, authors in (("Source: Efua Mensah-Bonsu, Contributor", ["Efua Mensah-Bonsu"]), ("Source: GNA", [])):
        cleaned = run("\n".join([*head, source, title, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
        assert cleaned.authors == authors


def test_names_and_the_mastheads_name_after_a_comma_are_a_byline_until_one_named_the_authors(settings):
    title = "Selbstlernende Prozessführung senkt Energiebedarf im Batchbetrieb"
    dek = "Ein Spezialchemiehersteller steuert seine Reaktoren mit einer KI. Die ersten Ergebnisse sind gut."
    head = [f"{title} | CHEManager", "CHEManager", "Digitalisierung", title, dek]
    cleaned = run("\n".join([*head, "Dr. Henrik Voss, CHEManager", PARAGRAPH_DE, PARAGRAPH_DE_2]), settings)
    assert cleaned.authors == ["Henrik Voss"]
    credit = "Marcus Ortega, CHEManager"  # below a byline: a picture's credit
    cleaned = run("\n".join([*head, "Von Lena Brandt", credit, PARAGRAPH_DE, PARAGRAPH_DE_2]), settings)
    assert cleaned.authors == ["Lena Brandt"]


def test_the_mastheads_name_beside_a_date_is_no_author_and_chinese_review_levels_are_editors(settings):
    title = "KI-App gegen Schlafprobleme: Die Kasse zahlt, die Forschung zweifelt"
    dek = "Seit Jahresbeginn können Ärzte eine Schlaf-App verschreiben. Schlafforschende halten die Belege für dünn."
    head = ["Schlafcoach auf Rezept · Deutschlandfunk Nova", "Deutschlandfunk Nova", "Gesundheit", title, dek]
    lines = [*head, "Deutschlandfunk Nova | Update | 18.02.2027", "Von Miriam Tölle", PARAGRAPH_DE, PARAGRAPH_DE_2]
    assert run("\n".join(lines), settings).authors == ["Miriam Tölle"]
    tail = ["编辑 张琳", "二审 王海", "三审 李俊"]
    cleaned = run("\n".join(["某公司发布新模型", "2027-05-20 10:20", PARAGRAPH_ZH, PARAGRAPH_ZH, *tail]), settings)
    assert cleaned.editors == ["张琳", "王海", "李俊"]


def test_an_update_below_the_signature_is_not_the_storys_date(settings):
    title = "Heidelberger Start-up lässt KI die Zellkultur pflegen"
    tail = ["Henrik Sommerfeld", "Letzte Änderungen: 27.08.2027", "Weitere Artikel"]
    lines = [f"{title} - Laborjournal", "Laborjournal", title, "(26.08.2027)", PARAGRAPH_DE, PARAGRAPH_DE_2, *tail]
    assert run("\n".join(lines), settings).date == "2027-08-26"


def test_an_authors_name_beside_the_date_is_no_masthead_though_the_author_box_prints_it_alone(settings):
    title = "New AI model aims to warn Houstonians which streets will flood"
    head = [f"{title} – Houston Public Media", "Houston Public Media", title, "Ariana Delgado | Posted on June 8, 2027"]
    tail = ["Ariana Delgado", "Ariana Delgado covers technology for Houston Public Media."]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN, *tail]), settings)
    assert cleaned.authors == ["Ariana Delgado"] and cleaned.publisher == "Houston Public Media"


def test_an_outlet_after_by_below_the_masthead_is_no_author(settings):
    head = ["in-cyprus", "by Philenews", "Business", "Limassol payments firm to open AI lab", "Eleni Kourti"]
    cleaned = run("\n".join([*head, "14/07/2027 12:33", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Eleni Kourti"]


def test_the_published_date_beside_an_updated_one_on_a_line_of_fields(settings):
    head = ["AI data center proposed on farmland", "By Dan Whitford"]
    dateline = "Updated: Jul. 15, 2027, 7:12 a.m. | Published: Jul. 14, 2027, 9:30 p.m."
    assert run("\n".join([*head, dateline, PARAGRAPH_EN, PARAGRAPH_EN]), settings).date == "2027-07-14"


def test_a_print_editions_date_is_not_the_storys(settings):
    head = ["KI-Rechenzentrum für das Banat", "Von Ingrid Schuller", "Dienstag, 13. April 2027"]
    text = "\n".join([*head, "Erschienen in der Printausgabe vom 14. April 2027", PARAGRAPH_DE, PARAGRAPH_DE_2])
    assert run(text, settings).date == "2027-04-13"


def test_sub_headings_a_table_of_contents_repeats_stay_and_the_table_goes(settings):
    head = ["KI im Auto: Sprachassistent ohne Netz", "Von Lena Brandt", "12.05.2027", "Inhalt"]
    toc = ["So schlägt sich der Prototyp", "Serienstart frühestens 2029"]
    closing = (
        "Einen ersten Serienauftrag hat das Unternehmen nach eigenen Angaben bereits in der Tasche, den Namen des "
        "Herstellers will es aber noch nicht nennen. Die ersten Fahrzeuge sollen frühestens 2029 vom Band laufen."
    )
    body = [PARAGRAPH_DE, toc[0], PARAGRAPH_DE_2, toc[1], closing, PARAGRAPH_DE_2.replace("Bislang", "Inzwischen")]
    cleaned = run("\n".join([*head, *toc, *body]), settings)
    assert [line for line in cleaned.lines if line in toc] == toc and "Inhalt" not in cleaned.lines


def test_a_caption_closed_by_its_photographers_name_goes_below_the_byline_and_stays_above_it(settings):
    caption = "Tidewatch AI founder Marcus Dwyer at Burleigh Heads, near a lifeguard tower. Picture: Glenn Hampson"
    head = ["Gold Coast start-up's AI cameras to watch for rips", "By Jessica Ward", "April 21, 2027 - 5:00AM"]
    assert caption not in run("\n\n".join([*head, caption, PARAGRAPH_EN, PARAGRAPH_EN]), settings).lines
    # above the headline, with no byline above it, such a line may be a paragraph a text copy glued a credit to
    cleaned = run("\n\n".join(["Home", caption, head[0], PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert caption in cleaned.lines or not cleaned.authors


def test_a_paragraph_closed_by_the_byline_authors_name_in_brackets_stays(settings):
    head = ["Drone startup maps banana disease in Mindanao", "By Rhea Montemayor", "September 3, 2027"]
    body = [
        "A Davao City startup is using drones and artificial intelligence to spot a fungal disease in banana farms"
        " weeks before the leaves turn yellow, giving growers time to isolate infected plants.",
        "The company flies its drones over plantations every two weeks and compares the images with thousands of"
        " pictures of healthy and infected plants that agronomists labelled over the past three years.",
        "“Knowing early is good, but we also need help to act on it,” said the chair of a growers' cooperative.",
    ]
    signed = (
        "The startup currently employs 18 people and operates five drones. It raised P25 million from local"
        " investors and plans to expand to South Cotabato by 2028. (Rhea Montemayor / MindaNews)"
    )
    tail = ["Share this:", "Facebook", "X"]
    assert signed in run("\n\n".join([*head, *body, signed, *tail]), settings).lines
    credited = "The drones fly over a banana farm near Davao. (Jane Roe / MindaNews)"  # a photographer's
    assert credited not in run("\n\n".join([*head, body[0], credited, *body[1:], *tail]), settings).lines


def test_a_long_line_of_short_fields_between_bars_is_a_byline(settings):
    fields = (
        "Written By: Anirudh Menon | Edited By: Shruti Kapoor | Published: Mon, Jan 18, 2027 11:05 am | Updated: Tue"
    )
    cleaned = run("\n\n".join(["Big AI deal for Indian startup", fields, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert (cleaned.authors, cleaned.date) == (["Anirudh Menon"], "2027-01-18") and fields not in cleaned.lines


def test_a_chinese_source_line_below_the_headline_names_the_publisher(settings):
    head = [
        "科普中国",
        "提前5天算准台风路径，AI气象大模型是怎么做到的？",
        "来源：科普时报",
        "作者：林晓雯",
        "2027-08-03 10:15",
    ]
    cleaned = run("\n\n".join([*head, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings)
    assert cleaned.publisher == "科普时报"  # a question above it is no caption, the outlet no photographer


def test_a_desks_byline_holding_the_sites_name_names_no_author(settings):
    head = ["Kalyx Semiconductors tapes out AI chip | ETAuto", "ETAuto", "Kalyx Semiconductors tapes out AI chip"]
    byline = "By ETAuto Desk"
    cleaned = run(
        "\n\n".join([*head, byline, "Published On Jun 11, 2027 at 10:05 AM IST", PARAGRAPH_EN, PARAGRAPH_EN]), settings
    )
    assert byline not in cleaned.lines and cleaned.authors == []


def test_names_alone_each_above_its_role_are_all_authors(settings):
    head = ["Hartman's Fresh Market taps generative AI to plan meals", "Published Feb. 4, 2027"]
    names = ["Maya Rosen", "Senior Reporter", "Daniel Okafor", "Reporter"]
    cleaned = run("\n".join([*head, *names, "", PARAGRAPH_EN, "", PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Maya Rosen", "Daniel Okafor"]


def test_a_captions_reporters_photograph_goes_anywhere_unless_it_opens_with_the_pictures_day(settings):
    head = ["吉林企业用AI做质检", "记者 刘洋", "2027-05-12 08:30"]
    for caption, stays in (
        ("运维人员在作业现场查看无人机巡检影像。彭思远 摄", False),
        ("2月17日，在武汉血液中心，护士蔡桃英在献血浆时拍照留念。新华社记者 才扬 摄", True),
    ):
        cleaned = run("\n\n".join([*head, PARAGRAPH_ZH, PARAGRAPH_ZH + "。", caption, PARAGRAPH_ZH]), settings)
        assert (caption in cleaned.lines) is stays, caption


def test_below_the_body_an_introduced_lists_item_holding_a_buttons_word_stays(settings):
    body = [PARAGRAPH_EN, PARAGRAPH_EN.replace("Tuesday", "Monday"), "Under the expanded programme, the League will:"]
    items = [
        "review flagged posts within 24 hours, including on matchdays",
        "share anonymised data with clubs after every matchweek",
    ]
    cleaned = run(
        "\n".join(["Premier League expands AI tool", "", *body, *items, "Latest News", "Share", "X"]), settings
    )
    assert items[1] in cleaned.lines


def test_a_source_line_naming_a_copyright_holder_credits_a_picture_not_the_article(settings):
    head = ["Robotic AI chemist makes nine of 12 targets", "By Ellie Hart", "4 March 2027", "Source: © Varley Robotics"]
    assert run("\n\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings).publisher != "© Varley Robotics"


def test_a_chinese_list_items_privacy_word_does_not_end_the_list(settings):
    lead = "消保委提醒消费者："
    items = ["使用前仔细查看隐私政策，关闭不必要的数据收集功能；", "开启家长模式，防止孩子误操作产生付费；"]
    text = "\n".join(
        ["学习机“AI提分”宣传被约谈", "", PARAGRAPH_ZH, PARAGRAPH_ZH, lead, *items, "责任编辑：刘佳", "相关新闻"]
    )
    assert items[1] in run(text, settings).lines


def test_a_fairs_dates_in_the_header_are_no_publication_date(settings):
    head = ["SPS 2027: KI wird zum Leitthema", "SPS", "23. – 25.11.2027 | Nürnberg", "Presse", "04.11.2027"]
    cleaned = run("\n\n".join([*head, "KI prägt die SPS 2027", PARAGRAPHS_DE[0], PARAGRAPHS_DE[1]]), settings)
    assert cleaned.date == "2027-11-04"


def test_a_list_items_call_to_the_reader_in_the_body_is_no_boxs_title(settings):
    lead = "Das Unternehmen rät den Nutzern vor der Abschaltung:"
    items = [
        "Laden Sie Ihren gesamten Chatverlauf herunter",
        "Sichern Sie bis zu 50 Sprachnachrichten",
        "Holen Sie sich Ihr Geld zurück",
    ]
    head = ["Chatbot-App wird abgeschaltet", "", PARAGRAPH_DE, PARAGRAPHS_DE[0], lead, *items]
    tail = ["", "Nutzer sind verärgert (Bild: Getty Images)", "", "Experten warnen", *PARAGRAPHS_DE[1:], PARAGRAPH_DE_2]
    assert items[2] in run("\n".join([*head, *tail]), settings).lines


def test_an_agency_beside_names_alone_is_no_publisher_when_the_site_names_itself(settings):
    head = ["Miner swaps drivers for AI fleet | PerthNow", "PerthNow", "News", "Miner swaps drivers for AI fleet"]
    byline = ["Lachlan Price and AAP", "PerthNow", "Sun, 18 April 2027 3:15PM"]
    cleaned = run("\n".join([*head, "", *byline, "", PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert cleaned.authors == ["Lachlan Price"] and cleaned.publisher == "PerthNow"


def test_of_an_outlet_joining_paper_and_site_the_publisher_is_the_one_the_page_calls_itself(settings):
    head = ["AI导诊上线 患者看病少跑腿_三秦网", "三秦网", "首页", "西安多家医院上线AI导诊员"]
    byline = ["三秦都市报—三秦网记者 刘蕾", "2027-08-16 08:12:05"]
    cleaned = run("\n".join([*head, "", *byline, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings)
    assert cleaned.authors == ["刘蕾"] and cleaned.publisher == "三秦网"
    sourced = run("\n".join([*head, "", "来源：金融时报-三秦网", PARAGRAPH_ZH, PARAGRAPH_ZH]), settings)
    assert sourced.publisher == "金融时报-三秦网"  # a source line as printed


@pytest.mark.parametrize(
    "byline, authors",
    [
        (["Autor/en", "Katrin Velten", "Jan-Philipp Roser"], ["Katrin Velten", "Jan-Philipp Roser"]),
        (["作者", "陳詠欣", "團結香港基金創新科技研究主管", "梁子軒", "團結香港基金研究員"], ["陳詠欣", "梁子軒"]),
        (["Author of the article:", "Mara Ostrowski", "Saskatoon StarPhoenix"], ["Mara Ostrowski"]),  # one author
        (
            ["Autoren", "Julia Brenner", "Partner", "Tobias Wendt", "Freie Journalistin"],
            ["Julia Brenner", "Tobias Wendt"],
        ),
    ],
)
def test_a_list_labels_names_below_it_are_all_authors_with_their_roles_between(byline, authors, settings):
    text = "\n".join(["KI-Rechenzentren: Wo Deutschland steht", "14. März 2027", *byline, "Teilen", *PARAGRAPHS_DE])
    cleaned = run(text, settings)
    assert cleaned.authors == authors and not set(byline) & set(cleaned.lines)


def test_a_source_lines_reporter_after_its_outlet_is_the_author_only_when_no_byline_names_one(settings):
    head = ["Kamera soll Seilbahnen sicherer machen", "Publiziert 08. April 2027, 17:42"]
    tail = ["Quelle: Tele 1/Nina Bachmann", "Das könnte dich auch interessieren"]
    cleaned = run("\n".join([*head, *PARAGRAPHS_DE, *tail]), settings)
    assert cleaned.authors == ["Nina Bachmann"] and cleaned.publisher == "Tele 1"
    bylined = run("\n".join([head[0], "Von Lea Brunner", head[1], *PARAGRAPHS_DE, *tail]), settings)
    assert bylined.authors == ["Lea Brunner"]  # the reporter of the story's video


def test_a_source_lines_publication_date_is_read_too(settings):
    head = ["村里来了“AI办事员”", "信息来源：长兴新闻网\u3000发布时间：2027-08-16 09:12\u3000浏览次数："]
    cleaned = run("\n".join([*head, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings)
    assert cleaned.publisher == "长兴新闻网" and cleaned.date == "2027-08-16"


def test_a_heading_about_the_company_signs_off_no_release(settings):
    tail = [
        "About Cleveland Clinic",
        "Cleveland Clinic is a nonprofit academic medical center. Visit us at example.org.",
    ]
    assert run("\n".join(["Sepsis alert works", PARAGRAPH_EN, PARAGRAPH_EN, *tail]), settings).authors == []


def test_a_newsletters_view_in_browser_line_and_a_stock_pictures_copyright_name_no_publisher(settings):
    head = ["View in browser", "Digiday", "Good morning. Here is what matters in media today.", "Publishers test AI"]
    assert run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings).publisher == "Digiday"
    credited = run("\n".join(["Shop bots take over returns", PARAGRAPH_EN, PARAGRAPH_EN, "© Adobe Stock"]), settings)
    assert credited.publisher != "Adobe Stock"


def test_a_labelled_publication_date_among_other_facts_is_the_date(settings):
    head = ["德清固定资产投资结构趋稳", "发布日期：2027-11-22 浏览次数：1024 信息来源：省发改委"]
    assert run("\n".join([*head, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings).date == "2027-11-22"
    unlabelled = ["德清固定资产投资结构趋稳", "统计口径：2027-11-22 浏览次数：1024 信息来源：省发改委"]
    assert run("\n".join([*unlabelled, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings).date is None


def test_a_pages_last_change_dates_it_only_when_no_other_line_does(settings):
    footer = ["Kategorien: Stammtisch", "Navigation", "Impressum", "Datenschutz"]
    footer += ["* Diese Seite wurde zuletzt am 29. Januar 2027 um 13:22 Uhr geändert."]
    assert run("\n".join(["Stammtisch", *PARAGRAPHS_DE, *footer]), settings).date == "2027-01-29"
    dated = run("\n".join(["Stammtisch", "12.01.2027", *PARAGRAPHS_DE, *footer]), settings)
    assert dated.date == "2027-01-12"


def test_a_line_of_tags_behind_their_label_below_the_story_goes(settings):
    tags = "Themen: Künstliche Intelligenz, Lokaljournalismus, Presserat"
    assert settings.cues.tag_line.fullmatch(tags) and settings.cues.tag_line.fullmatch("Categories: Open Source AI")
    cleaned = run("\n".join(["KI am Newsdesk", *PARAGRAPHS_DE, tags, "Impressum"]), settings)
    assert tags not in cleaned.lines
    sentence = "Themen: Die Redaktion will künftig mehr über KI berichten."
    assert sentence in run("\n".join(["KI am Newsdesk", *PARAGRAPHS_DE, sentence, "Impressum"]), settings).lines


def test_a_reader_views_copy_its_address_author_and_reading_time(settings):
    head = ["about:reader?url=https%3A%2F%2Fwww.poynter.org%2Fa%2F1", "A newsroom lets AI take notes - Poynter"]
    head += ["poynter.org", "A newsroom let AI sit through every council meeting", "Renee Caldwell", "6–7 minutes"]
    footer = ["Support independent journalism. Make a gift to Poynter today.", "Impressum"]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN, *footer]), settings)
    assert cleaned.titles[0].text == "A newsroom let AI sit through every council meeting"
    assert cleaned.authors == ["Renee Caldwell"] and cleaned.publisher == "Poynter"  # as a line names it in words
    assert run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings).publisher == "poynter.org"


def test_a_print_views_day_of_printing_is_no_date_and_a_source_beside_the_byline_is_the_publisher(settings):
    head = ["Gedruckt am: 14.04.2027, 08:52 Uhr", "KI schreibt Arztbriefe", "13.04.2027"]
    assert run("\n".join([*head, *PARAGRAPHS_DE]), settings).date == "2027-04-13"
    line = "来源：经济日报 | 作者：王晓岚 | 2027-11-09 09:18:36"
    cleaned = run("\n".join(["中国网", "工业大模型加速走进生产车间", line, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings)
    assert cleaned.publisher == "经济日报" and cleaned.authors == ["王晓岚"]


def test_a_reviews_pros_and_cons_stay_above_the_review_and_none_of_them_is_its_headline(settings):
    head = ["XDA", "Menu", "Laptops", "Kestrel Book 14 AI review: A Copilot+ laptop that earns its AI sticker"]
    head += ["By Arjun Mehta", "Published Mar 11, 2027", "Kestrel Book 14 AI", "8/10"]
    verdict = ["Pros", "Outstanding battery life", "Local AI features that actually work offline", "Cons"]
    verdict += ["Soldered RAM and storage", "$1,299 at Best Buy"]
    cleaned = run("\n".join([*head, *verdict, PARAGRAPH_EN, PARAGRAPH_EN, "Impressum"]), settings)
    assert cleaned.titles[0].text == head[3]
    assert cleaned.lines[:5] == verdict[:5] and "$1,299 at Best Buy" not in cleaned.lines


def test_a_forwarded_mail_leaves_the_page_it_carries(settings):
    mail = ["Von: Lisa Brandl", "Gesendet: Montag, 25. Oktober 2027 08:14", "An: Abteilungsleitungen"]
    mail += [
        "Betreff: WG: Artikel",
        "Liebe Kolleginnen und Kollegen,",
        "zur Information der Artikel vom Freitag.",
        "Viele Grüße",
    ]
    mail += ["Von: Brandl, Lisa", "Gesendet: Freitag, 22. Oktober 2027 11:37", "An: Brandl, Lisa", "Betreff: Artikel"]
    page = ["Bayerische Staatszeitung", "Landratsämter lassen Bürgeranfragen von KI vorsortieren", "22.10.2027"]
    cleaned = run("\n".join([*mail, *page, *PARAGRAPHS_DE, "Impressum"]), settings)
    assert cleaned.titles[0].text == page[1] and cleaned.date == "2027-10-22"
    assert not set(mail) & set(cleaned.lines)


def test_a_headline_above_its_long_dek_without_a_full_stop_and_an_obituarys_byline(settings):
    dek = "Die Informatikprofessorin baute an der TU Darmstadt einen der ersten Schwerpunkte für Maschinelles Lernen "
    dek += "in Deutschland auf"
    head = ["Aktuelles", "Nachruf", "Trauer um Ingrid Mahlberg", dek, "2027/05/18"]
    head.append("Ein Nachruf von Prof. Dr. Jonas Hellwig und Prof. Dr. Sabine Oertel")
    cleaned = run("\n".join([*head, *PARAGRAPHS_DE, "Impressum"]), settings)
    assert cleaned.titles[0].text == "Trauer um Ingrid Mahlberg" and dek in cleaned.lines
    assert cleaned.authors == ["Jonas Hellwig", "Sabine Oertel"]


def test_a_skip_link_in_chinese_names_no_site_and_a_journals_author_info_link_names_no_authors(settings):
    head = ["略過導覽", "YouTube", "AI 晶片需求帶動台灣伺服器出口創新高", "產經快報台"]
    assert run("\n".join([*head, PARAGRAPH_ZH, PARAGRAPH_ZH]), settings).publisher != "略過導覽"
    head = ["Research Article", "Optical accelerators cut inference energy", "Hana Sørensen, Diego Marín"]
    head.append("Authors Info & Affiliations")
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert "Info" not in cleaned.authors and "Affiliations" not in cleaned.authors


def test_the_pages_header_printed_again_between_paragraphs_is_an_echo():
    header = ["ARGUS DATA INSIGHTS", "Medienbeobachtung", "Handelszeitung", "Ausschnitt Seite: 1/2"]
    lines = [*header, PARAGRAPHS_DE[0], "Medienbeobachtung", "Handelszeitung", PARAGRAPHS_DE[1], "Ausblick"]
    assert _echoes(lines, 4, 8) == {5, 6}  # not the paragraphs, not a heading the header does not print


@pytest.mark.parametrize("button", ["AGREE", "同意", "我知道了"])
def test_a_consent_walls_purposes_and_buttons_go_and_name_no_site(button, settings):
    wall = [
        "We and our partners process data to provide:",
        "Use precise geolocation data",
        "List of Partners (vendors)",
    ]
    wall += ["Store and/or access information on a device", button]
    head = [*wall, "Yorkshire Evening Post", "Leeds firm trains AI on bus timetables"]
    cleaned = run("\n".join([*head, PARAGRAPH_EN, PARAGRAPH_EN]), settings)
    assert not set(wall) & set(cleaned.lines) and cleaned.publisher != button


def test_a_text_browsers_link_numbers_name_no_site_and_hide_no_byline(settings):
    head = ["[2][Tarnkappe.info]", "* [3]News", "KI-Modelle lernen das Rechnen mit weniger Strom"]
    head.append("Von [16]Sebastian Kühnle und [17]Nina Ohlhauser")
    cleaned = run("\n".join([*head, *PARAGRAPHS_DE, "Tarnkappe.info", "[40]Impressum"]), settings)
    assert cleaned.authors == ["Sebastian Kühnle", "Nina Ohlhauser"]
    assert cleaned.publisher == "Tarnkappe.info"


def test_a_machines_summary_above_the_story_goes_with_its_feedback_question(settings):
    box = ["Zusammenfassung – KI-generiert", "Die Stadt setzt ab Juni einen Assistenten ein.", "Er entscheidet nichts."]
    box += ["War die Zusammenfassung hilfreich?", "Ja", "Nein"]
    cleaned = run(
        "\n".join(["Schwetzingen setzt auf einen KI-Assistenten", "Von Lena Vogt", *box, *PARAGRAPHS_DE]), settings
    )
    assert not set(box) & set(cleaned.lines) and PARAGRAPHS_DE[0] in cleaned.lines


def test_labelled_key_points_above_a_share_bar_stay_with_the_story(settings):
    points = [
        "The model understands standard Arabic and five regional dialects",
        "Residents can ask about visas and bills",
    ]
    share = ["Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "E-Mail"]
    head = ["UAE launches Arabic AI model | Gulf Wire", "Skip to main content", "Home / Business"]
    head += ["UAE launches Arabic AI model for government services"]
    body = [
        "ABU DHABI, 22nd March, 2027 -- The government's digital office on Monday launched an Arabic-language model "
        "designed to answer residents' questions about more than 70 public services.",
        "The model will be available through official apps, websites and call centres starting from April, allowing "
        "users to ask questions in writing or by voice.",
        PARAGRAPH_EN,
    ]
    text = "\n\n".join([*head, "Published March 22nd, 2027", "Highlights", *points, *share, *body])
    assert set(points) <= set(run(text, settings).lines)


def test_a_sub_heading_below_an_emptied_video_boxs_label_stays(settings):
    first = (
        "HOUSTON – A Houston startup says it can predict where the city's aging water pipes will break weeks before "
    )
    first += "they do, and the city has agreed to test it in two neighborhoods this fall."
    later = "Houston loses billions of gallons of treated water every year to leaks and breaks, according to city "
    later += "reports. During droughts, the number of main breaks can triple."
    lines = [first, "Recommended Videos", "Why it matters", later, PARAGRAPH_EN]
    cleaned = run("\n".join(["Houston startup uses AI to predict water main breaks", *lines]), settings)
    assert "Why it matters" in cleaned.lines and "Recommended Videos" not in cleaned.lines
