"""build_scripts/regions.py: where the article is among a source's lines."""

import pytest

from build_scripts.regions import (
    above_closing_editor,
    ai_summaries,
    body_bounds,
    chrome_runs,
    closing_sentence,
    comment_section,
    fact_boxes,
    introduced_lists,
    introduces_list,
    is_caption,
    is_caption_with_name,
    is_chrome_in_body,
    is_chrome_label,
    is_credit_alone,
    is_credit_below_caption,
    is_handle,
    is_notice,
    is_page_furniture,
    is_reader_call,
    is_site_pitch,
    key_points,
    names_chrome_above,
    numbered_first_heading,
    outside_chrome,
    poll_answers,
    poll_boxes,
    release_tail,
    second_opinion,
    sentence_runs,
    table_of_contents,
    tag_runs,
    tail_teasers,
    verdict_lists,
    wrapped_tail,
)

PARAGRAPH_DE = (
    "Der Konzern kündigte am Dienstag an, seine Investitionen in Rechenzentren im kommenden Jahr deutlich zu "
    "erhöhen, um die Nachfrage nach Rechenleistung für große Sprachmodelle zu bedienen."
)
PARAGRAPH_ZH = (
    "月之暗面创始人杨植麟表示，公司将继续投入长文本技术研发，并计划在明年推出新的多模态模型，"
    "以满足企业客户日益增长的需求。"
)


def test_a_chrome_run_ends_with_its_last_chrome_line(settings):
    # the classifier doubts every short line here; the sub-heading after the share bar is not chrome
    lines = [PARAGRAPH_DE, "Artikel teilen", "Facebook", "LinkedIn", "E-Mail", "Flexible Rechenzentren?", PARAGRAPH_DE]
    article = [0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9]
    assert chrome_runs(lines, article, 0, 6, settings) == {1, 2, 3, 4}
    # list items the classifier doubts, one naming a licence, are no chrome run: fewer than half name chrome
    items = ["Parameter: 235 Mrd.", "Kontext: 128K", "Lizenz: Apache 2.0", "Experten: 128"]
    assert chrome_runs([PARAGRAPH_DE, *items, PARAGRAPH_DE], [0.9, 0.1, 0.1, 0.1, 0.1, 0.9], 0, 5, settings) == set()


def test_a_box_of_short_lines_closed_by_a_widgets_button_goes_with_the_button(settings):
    box = [
        "Passende Angebote in Ihrer Nähe",
        "3-Zimmer-Wohnung mit Balkon",
        "Frankfurt am Main (Bornheim)",
        "78 m² · 3 Zi. · 489.000 €",
        "Alle Angebote ansehen",
    ]
    lines = [PARAGRAPH_DE, *box, "Worauf Interessenten achten sollten", PARAGRAPH_DE]
    article = [0.9, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.9]
    assert chrome_runs(lines, article, 0, 7, settings) == {1, 2, 3, 4, 5}  # the sub-heading below it stays
    calculator = ["房贷计算器", "贷款总额（万元）", "300", "贷款年限", "30年", "开始计算"]
    lines = [PARAGRAPH_ZH, *calculator, PARAGRAPH_ZH]
    assert chrome_runs(lines, [0.9, 0.7, 0.3, 0.2, 0.3, 0.2, 0.7, 0.9], 0, 7, settings) == {1, 2, 3, 4, 5, 6}
    search = ["Jetzt Job finden", "Was?", "Wo?", "Jobs finden"]  # a search widget: four lines, its button
    form = [PARAGRAPH_DE, *search, PARAGRAPH_DE]
    assert chrome_runs(form, [0.9, 0.3, 0.2, 0.2, 0.3, 0.9], 0, 5, settings) == {1, 2, 3, 4}
    # fewer lines, or lines the classifier trusts, or a list a sentence introduces, make no box
    assert chrome_runs([PARAGRAPH_DE, *box[2:], PARAGRAPH_DE], [0.9, 0.2, 0.2, 0.3, 0.9], 0, 4, settings) == set()
    assert chrome_runs(lines, [0.9, 0.7, 0.7, 0.7, 0.3, 0.2, 0.7, 0.9], 0, 7, settings) == set()
    items = [
        "Ihre Unterlagen prüfen lassen",
        "Den Grundriss vergleichen",
        "Das Exposé lesen",
        "Fragen notieren",
        "Termine vergleichen",
    ]
    lead = "Vor der Besichtigung empfiehlt die Verbraucherzentrale:"
    lines = [PARAGRAPH_DE, lead, *items, PARAGRAPH_DE]
    assert chrome_runs(lines, [0.9, 0.6, 0.2, 0.2, 0.2, 0.2, 0.2, 0.9], 0, 7, settings) == set()


def test_a_product_box_of_three_lines_closed_by_a_shops_button_or_offer_goes(settings):
    for box in (["Kalos Ring 2", "349 Euro", "bei Amazon ansehen*"], ["Wardwell", "Oxford Shirt", "$98 at Wardwell"]):
        lines = [PARAGRAPH_DE, *box, "Wie gut misst der Ring?", PARAGRAPH_DE]
        assert chrome_runs(lines, [0.9, 0.3, 0.7, 0.3, 0.4, 0.9], 0, 5, settings) == {1, 2, 3}, box
    # three short lines closed by another widget's button are too few for a box
    lines = [PARAGRAPH_DE, "Frankfurt am Main", "78 m² · 3 Zi.", "Alle Angebote ansehen", PARAGRAPH_DE]
    assert chrome_runs(lines, [0.9, 0.3, 0.3, 0.3, 0.9], 0, 4, settings) == set()
    # the classifier trusting most of the lines (a price list the article gives) keeps them
    lines = [PARAGRAPH_DE, "Basis", "349 Euro", "Jetzt kaufen", PARAGRAPH_DE]
    assert chrome_runs(lines, [0.9, 0.7, 0.7, 0.3, 0.9], 0, 4, settings) == set()


def test_the_paragraph_above_the_editors_line_closing_the_story_is_the_articles(settings):
    last = "业内人士分析认为，随着端侧大模型技术逐渐成熟，AI功能正在向中端机下放。不过，如何兼顾体验与功耗，仍是难题。"
    lines = [PARAGRAPH_ZH, "京东购买", "天猫购买", last, "责任编辑：李楠", "网友评分", "8.6"]
    assert above_closing_editor(lines, 0, settings) == {3}
    assert above_closing_editor(lines[:4] + ["网友评分"], 0, settings) == set()  # no editor's line below it
    notice = "本文仅代表作者观点，不构成投资建议。"
    assert above_closing_editor([PARAGRAPH_ZH, notice, "责任编辑：李楠"], 0, settings) == set()


def test_teasers_below_a_related_label_go_and_the_sub_heading_after_them_stays(settings):
    teasers = ["Mehr zum Thema", "Digitalisierung in Berlin Warum die E-Akte nicht ankommt", "Termine auch nachts"]
    lines = [PARAGRAPH_DE, *teasers, "Personalräte wollen mitreden", PARAGRAPH_DE]
    article = [0.9, 0.1, 0.1, 0.3, 0.3, 0.9]
    assert chrome_runs(lines, article, 0, 5, settings) == {1, 2, 3}
    # at the end of the body, the last line below the label is a teaser too
    assert chrome_runs(lines[:5], article[:5], 0, 4, settings) == {1, 2, 3, 4}
    # without the label, short lines between paragraphs are the article's sub-headings
    assert chrome_runs([PARAGRAPH_DE, *teasers[1:], PARAGRAPH_DE], [0.9, 0.1, 0.3, 0.9], 0, 3, settings) == set()
    # a short sentence introducing a list below the box is the article's again, with its items
    items = [
        "The roles will include:",
        "chip designers and engineers",
        "software developers",
        "test and lab technicians",
    ]
    lines = [PARAGRAPH_DE, "Read More", "Dublin firm cuts 90 roles", "Read More", *items, PARAGRAPH_DE]
    assert chrome_runs(lines, [0.9, 0.1, 0.2, 0.1, 0.2, 0.3, 0.3, 0.3, 0.9], 0, 8, settings) == {1, 2, 3}


def test_a_related_label_closing_a_box_above_a_blank_line_is_its_button_over_no_teaser(settings):
    box = ["Sponsored Content", "Sponsored by Brightfield Brands", "Five Ways Emerging Brands Can Win", "Read More"]
    lines = [PARAGRAPH_DE, *box, "", "Privacy and labor questions", "", PARAGRAPH_DE]
    article = [0.9, 0.1, 0.1, 0.2, 0.2, 0.0, 0.3, 0.0, 0.9]
    assert 6 not in chrome_runs(lines, article, 0, 8, settings)  # the sub-heading below the box stays
    opening = [PARAGRAPH_DE, "", "Read More", "Five Ways Emerging Brands Can Win", "", PARAGRAPH_DE]
    assert 3 in chrome_runs(opening, [0.9, 0.0, 0.2, 0.2, 0.0, 0.9], 0, 5, settings)  # a label over its teaser


def test_teasers_below_a_related_label_after_the_body_go_whatever_the_classifier_says(settings):
    teasers = ["Mehr zum Thema:", "Software: Wie KI-Agenten das Geschäft verändern", "Arbeitsmarkt: Studie – Abbau"]
    lines = [PARAGRAPH_DE, *teasers, "Jetzt Newsletter abonnieren"]
    assert tail_teasers(lines, 0, settings) == {2, 3, 4}  # up to the next sentences, here none
    # a teaser box inside the story: the line right above the story's next sentences is its sub-heading
    story = [PARAGRAPH_DE, *teasers, "Personalräte wollen mitreden", PARAGRAPH_DE]
    assert tail_teasers(story, 0, settings) == {2, 3}
    # no label, no teasers; nothing after the body, nothing to drop
    assert tail_teasers([PARAGRAPH_DE, *teasers[1:], "Jetzt Newsletter abonnieren"], 0, settings) == set()
    assert tail_teasers([PARAGRAPH_DE], 0, settings) == set()


def test_sentences_in_a_row_outside_the_body_are_the_articles(settings):
    steps = [
        "1. Alle Zutaten zu einem glatten Teig verarbeiten.",
        "Ein Backblech mit Backpapier auslegen.",
        "2. Die Plätzchen darauf verteilen und backen.",
    ]
    lines = [PARAGRAPH_DE, "Zubereitung:", *steps, "Teilen"]
    assert sentence_runs(lines, 0, 0, settings) == {2, 3, 4}
    # two are not enough; questions are teasers ('Wie groß wird die Zaubernuss?'); the body is not looked at
    assert sentence_runs([PARAGRAPH_DE, *steps[:2]], 0, 0, settings) == set()
    questions = ["Sind die Früchte der Zaubernuss essbar?", "Wie groß wird die Zaubernuss?", "Wann blüht sie?"]
    assert sentence_runs([PARAGRAPH_DE, *questions], 0, 0, settings) == set()
    assert sentence_runs(lines, 0, 5, settings) == set()
    # a comment box's rules name comments: page chrome, however many sentences
    rules = [
        "Please understand that comments are moderated here.",
        "We ask that comments are civil and kind.",
        "Some comments may be republished on the website.",
    ]
    assert sentence_runs([PARAGRAPH_DE, *rules], 0, 0, settings) == set()


def test_a_list_a_sentence_introduces_with_a_colon_stays_outside_the_body(settings):
    lead = "In ihrem Buch beschreibt die Autorin die Lebenspraxis in drei Punkten:"
    items = ["1. Habe Zeit für Träume", "2. Bleibe stets aktiv", "3. Praktiziere Dankbarkeit"]
    lines = [PARAGRAPH_DE, "", lead, "", *items, "Mehr aus dem Ressort", "* Wetter"]
    assert introduced_lists(lines, 0, 0, settings) == {2, 4, 5, 6}  # the lead and its items
    # the list ends at the first line that is no list item, and at an item naming page chrome
    assert introduced_lists([PARAGRAPH_DE, lead, items[0], "* Newsletter abonnieren", items[1]], 0, 0, settings) == {
        1,
        2,
    }
    # a label is no sentence: the teasers below it stay page chrome; the body is not looked at
    teasers = ["* Crates are leaving Rocket League", "* Mortal Kombat 11 is adding the Terminator"]
    assert introduced_lists([PARAGRAPH_DE, "Editors’ Recommendations:", *teasers], 0, 0, settings) == set()
    assert introduced_lists([PARAGRAPH_DE, "Das könnte Sie auch interessieren:", *teasers], 0, 0, settings) == set()
    assert introduced_lists([PARAGRAPH_DE, lead, *items], 0, 4, settings) == set()
    # a notice ending in a colon introduces no list: the teaser below it stays chrome
    disclosure = (
        "Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision erhalten. Sie sind so markiert:"
    )
    assert (
        introduced_lists([PARAGRAPH_DE, disclosure, "Mehr zum Thema Vanlife - die besten Tipps"], 0, 0, settings)
        == set()
    )


def test_a_shorter_sentence_introduces_a_list_its_bullets_mark(settings):
    lead = "Als Nächstes will Tegeler:"
    items = ["- die Subunternehmer über eine App einbinden,", "- Empfänger automatisch über Lieferzeiten informieren."]
    assert introduced_lists([PARAGRAPH_DE, lead, *items, "Mehr zum Thema"], 0, 0, settings) == {1, 2, 3}
    # further below the body, four words are a label's ('Ihre Vorteile als Mitglied:'), and so without bullets
    benefits = [PARAGRAPH_DE, "Mitglied werden", "Ihre Vorteile als Mitglied:", *items]
    assert introduced_lists(benefits, 0, 0, settings) == set()
    programme = ["NDR 90,3 | Nachrichten | 19.11.2026 | 17:00 Uhr"]
    assert introduced_lists([PARAGRAPH_DE, "Dieses Thema im Programm:", *programme], 0, 0, settings) == set()
    assert introduced_lists([PARAGRAPH_DE, "Lesen Sie dazu:", *items], 0, 0, settings) == set()  # three words


def test_a_list_whose_bullets_a_text_copy_lost_ends_at_a_name_alone(settings):
    lead = "The company plans to use the new money to:"
    items = ["Build out the Corktown hub", "Expand its sales team in Ohio, Indiana and Ontario"]
    lines = [PARAGRAPH_DE, "AD", lead, *items, "Annalise Becker", "Reporter: Technology, startups"]
    assert introduced_lists(lines, 0, 0, settings) == {2, 3, 4}
    assert introduced_lists([PARAGRAPH_DE, lead, "Will the plan work for suppliers?"], 0, 0, settings) == set()
    assert introduced_lists([PARAGRAPH_DE, lead, "Beratung & Verkauf"], 0, 0, settings) == set()  # two words


def test_a_line_that_carries_on_the_bodys_last_sentence_belongs_to_it():
    last = "2. emacspeak: The Complete Audio Desktop. Chapter from the book"
    lines = [PARAGRAPH_DE, last, "entitled Beautiful Code, OReilly.", "Posted by T. V. Raman at 2:33 PM"]
    assert wrapped_tail(lines, 1) == {2}
    # not after a blank line, not after a finished sentence, not a line in upper case
    assert wrapped_tail([PARAGRAPH_DE, last, "", "entitled Beautiful Code, OReilly."], 1) == set()
    assert wrapped_tail([PARAGRAPH_DE, "entitled Beautiful Code, OReilly."], 0) == set()
    assert wrapped_tail([PARAGRAPH_DE, last, "Newer Post Older Post Home"], 1) == set()


def test_the_second_opinion_drops_page_furniture_the_model_lets_pass(settings):
    # a label that stayed would cut the body in two: the paragraph above it would be taken for the headline
    lines = [PARAGRAPH_DE, "热门排行", PARAGRAPH_DE]
    assert second_opinion(lines, [0.9, 0.9, 0.9], settings) == ([PARAGRAPH_DE, "", PARAGRAPH_DE], ["热门排行"])


def test_the_second_opinion_leaves_a_byline_it_doubts_to_the_byline_reader(settings):
    byline = "2027-09-26 12:11来源：证券时报网作者：李在山"  # (an extractor glues the fields together)
    lines = [byline, PARAGRAPH_DE, "热门排行"]
    assert second_opinion(lines, [0.1, 0.9, 0.9], settings) == ([byline, PARAGRAPH_DE, ""], ["热门排行"])


def test_a_menu_outside_the_body_goes_even_where_the_classifier_keeps_its_entries(settings):
    menu = ["即時", "熱門", "政治", "影音"]
    lines = [*menu, "生成式AI帶動 台灣半導體設備投資今年估增3成", PARAGRAPH_DE]
    article = [0.3, 0.6, 0.3, 0.3, 0.1, 0.9]  # entries at or above the keep threshold
    assert [outside_chrome(lines, i, article, 0.25) for i in range(4)] == [True] * 4
    # two short lines above an article are no menu: a kicker and a date line may stand there
    assert not outside_chrome(["Analyse", "KI", PARAGRAPH_DE], 1, [0.3, 0.3, 0.9], 0.25)


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch: Warum SAP-Kunden bei KI-Agenten zögern",  # a teaser behind a 'related' label
        "延伸閱讀：銀行AI客服大調查！誰的機器人最聰明？",
        "Previous article Transforming Mount Trashmore: Plans to turn eyesore into beauty spot",  # no colon
        "« Vorheriger Beitrag Verbände lehnen Behandlungsverordnung ab",
        "Artikel hören",  # audio player chrome
        "Player schließen",
        "War der Artikel nützlich?",  # a feedback box
        "Zurück zur Übersicht",
        "筆電品牌看好AI PC帶動下半年換機需求。圖／本報資料照片",  # a caption closed by its credit
        "Das Rechenzentrum in Hanau. Foto: dpa",
        "（首圖來源：shutterstock）",
        "封面来源｜视觉中国",
        "vor 2 Stunden",  # an age, no date
        "___",
        "未经正式授权严禁转载本文，侵权必究。",  # a reprint notice
        "1x",  # an audio player's speed and position
        "1,5x",
        "00:00 / 04:12",
        "Ein Fehler im Artikel? Jetzt melden!",  # chrome words only, though punctuated as sentences
        "Hinweis: Sie haben einen Adblocker aktiv.",  # an ad blocker's notice
        "Associated Press writer Alicia Grant in Atlanta contributed to this report.",  # an agency's credit
        "工程師在機房內檢查伺服器。（圖片來源/台灣大哥大）",  # a Chinese credit label with a slash
        "创始人兼CEO李明（图片来源：企业供图）",  # a Chinese picture label in brackets closing a caption
        "兩位創辦人在辦公室合照。（星河科技提供）",  # who provided the picture
        "6 Min.",  # a reading time on its own
        "8 min",
        "Hören 05:41",  # a player's duration
        "Abb. 2: Aufbau des Rechenzentrums",  # a figure's caption
        "图 1：方法整体框架。",
        "Quellen: Firmenblog, GitHub",  # a source list
        "Courtesy of Acme Robotics",
        "新智元报道",  # an outlet saying the story is its report
        "Related article Chipmakers are spending billions on new plants. Investors want returns",
        "【延伸閱讀】AI人才荒　大學生未畢業已獲聘",
        "Die Presse/Stefan Kainz",  # a picture's credit without a label
        "Jordan Avery/POLITICO",
        "关键词：推理芯片 大模型 算力",  # a tag list
        "相關字詞﹕芯騰半導體 AI晶片 上市",
        "Premium",  # a paywall's badge
        "Kelsey Huang contributed.",  # who else reported
        "Ana Ruiz and Li Wei contributed reporting.",
        "Contributions from Priya Shah",
        "Also: How to turn off AI features in Windows 11",  # a teaser behind "Also:"
        "READ: Companies cautious on AI spending as economic outlook dims, survey finds",
        "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
        "list 2 of 4",  # a screen reader's words around teasers
        "台電預估，未來5年AI資料中心新增用電需求將超過200萬瓩。（本刊資料照）",  # a file picture
        "消委會指，不少消費者投訴未能聯絡真人客服。（資料圖片）",
        "Why you can trust Sky News",
        "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu.",
        "Wir verwenden Cookies und ähnliche Technologien. Mit „Akzeptieren“ stimmen Sie der Nutzung zu.",
        "Drivers wait outside a grocery store in Phoenix on Nov. 4.Marisol Vega for NBC News",  # a glued credit
        "Every Friday we send you the week's stories. It's free, and you can unsubscribe at any time.",
        "21世纪经济报道及其客户端所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。未经书面授权，任何人不得使用。",
        "Priya Nand says she often fixes notes the software got wrong. (ABC News: Patrick Rocca)",  # after its end
        "Hanbit Silicon CEO Lee Jun-ho speaks during a press conference on Tuesday. (Hanbit Silicon)",
        "澄心智能創辦人兼行政總裁周穎琳（中）與團隊成員。（公司圖片）",
        "kangsy@heraldcorp.com",
        "Write to Rhea Calloway at rhea.calloway@wsj.com and Marcus Lindqvist at marcus.lindqvist@wsj.com",
        "Dieser Artikel erschien in der Ausgabe vom 25.11.2026 (Nr. 228, S. 9).",
        "Appeared in the November 24, 2026, print edition as 'Orrin's Debt Binge Spooks Bond Market'.",
        "01:12 Min.",  # a video's length
        "#AI客服 #語音機器人 #銀行 #台語",  # hashtags
        "Marc Hauber testet in seiner Halle einen Greifarm. Foto: Lichtgut/Leonie Brandt",  # agency/photographer
        "图片由受访企业提供",
        "Map by Newsweek",
        "Do you have a tip on a technology story that Newsweek should be covering? Let us know via tips@example.com.",
        "某县人民医院影像科医生正在查看AI辅助诊断系统给出的结果。（视觉中国/图）",
        "鼎信銀行去年導入AI客服系統，客服中心人力一年內減少近三成。（示意圖／取自Pexels）",
        "Sen. Margaret Ellison (R-Ind.) speaks to reporters on Tuesday, Nov. 17, 2026. (Jordan Whitaker/The Hill)",
        "Digital Trends may earn a commission when you buy through links on our site.",
        "We and our partners store and/or access information on a device, such as cookies and process personal data.",
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, etwa mit Cookies.",
        "We and our partners use cookies to store and access information on your device, to measure performance.",
        "Dairy cows leave the milking shed on a farm near Ashburton. File photo.",  # a picture's note
        "Agents attend a training session at the company's Mandaue City office on Monday. Handout",
        "Rhodri Jenkins and Elin Davies, who set up Lleisiau in 2025, with the Sgwrs app (Picture supplied)",
        "Thank you for signing up!",
        "EJZ+",  # a premium badge
        "epd lnb kw",  # the agency's and its desk's codes, the writer's initials
        "Based on facts, either observed and verified directly by the reporter, or reported and verified.",
        "Type of Story: News",
        "Reach the writer at okessler@journalstar.com.",
        "Original Article published by Georgia Pham on Region Canberra.",
        "Die Software beantwortet Routinefragen zur Taufe. Anrufe mit Anliegen leitet sie weiter. (Symbolbild)",
        "Auf dem Gelände eines früheren Kraftwerks bei Cottbus soll das Rechenzentrum entstehen / picture alliance",
        "Bildergalerie (9 Bilder)",
        "00:00",
        "So soll das Rechenzentrum im Industriegebiet Wolser einmal aussehen. Visualisierung: Nordlicht Data",
        "原标题：“海鹭”上岗 码头翻箱率降三成",
        "Available on Google Play and the App Store",
        "The deadline for the Inc. Best Workplaces Awards is Friday, December 4. Apply today.",  # a closing call
        "Subscribe now",
        "Bildergalerie",  # a gallery's link
        "Got a news tip for our journalists? Share it with us anonymously here.",  # a tip box
        "The Unloader can remove 1,200 cases per hour, the company claims. | Source: Tessellate Robotics",
        "Co-founders Hamza Qureshi and Sana Malik at their office in Lahore. — Photo courtesy Sukhan AI",
        "云峰数据位于士乃的数据中心园区，第一期工程已于去年底完工。（档案照）",
        "宏冷科技董事長蔡明勳表示，今年液冷相關營收比重將突破五成。吳冠廷攝",  # a photographer's name glued to it
        "AD",  # an ad slot's label
        "Reid Pettigrew rpettigrew@newsobserver.com",  # a photographer's credit with the address
        "Symbolbild: Unsplash",
        "Lesezeit: 4 Min",
        "(Quelle: Helvion)",  # a bracketed source alone
        "Keystone",  # a photo agency alone
        "Students attend a chip design class at a university in Da Nang. Photo by VnExpress/Thanh Lan",
        "An artist's impression of the proposed data centre at Awarua. Image / Kōtuku Compute",  # a spaced slash
        "20min/Michael Scherrer",  # an outlet's name opening with digits
        "Contributed",  # a picture's credit below its caption
        "(Liz Moreno / Staff Photographer)",  # a photographer and role in brackets alone
        "Sawt Labs co-founders at the launch of Najm in Riyadh on Tuesday. (Supplied)",  # a picture's note
        "Callmate co-founders Jess Doyle and Ravi Menon. Source: Supplied.",
        "Officials attend the launch of the Tonle-1 language model in Phnom Penh. KT/Hong Menea",  # initials, name
        "Rajesh Prakash at the launch of the service in Suva yesterday. Picture: SERU RATU",  # a name in capitals
        "Officials at the launch of Falak Systems' AI assistant yesterday. PICTURE: Thajudheen",  # a label in capitals
        "Colton Reyes can be reached at (509) 459-5000 or at coltonr@spokesman.com.",  # a reporter's contact line
        "(ID:50218734)",  # a trade site's article number
        "Correction: An earlier version of this story misstated the number of Ferrite employees.",
        "Disclosure: Google and Microsoft have been financial supporters of The Texas Tribune.",
        "Republish",
        "Erhalten Sie die wichtigsten Nachrichten aus Bern – jeden Morgen in Ihrem Postfach.",
        "图为柔佛士乃一带的数据中心建筑工地。（档案照片）",  # a Chinese one in brackets
        "Join the conversation",
        "This advertisement has not loaded yet, but your article continues below.",
        "Read also: Singapore, Indonesia sign deal on green electricity exports",
        "（文章来源：证券时报网）",  # a bracketed source alone
        "图为苏州工业园区一家企业的智能化生产线。（人民视觉）",  # a photo agency in brackets after the caption
        "文章内容仅供阅读，不构成投资建议，请谨慎对待。投资者据此操作，风险自担。",  # a disclaimer
        "Thank you for subscribing!",  # a newsletter form's message
        "Das Wichtigste des Tages, jeden Morgen um 7 Uhr in Ihrem Postfach. Kostenlos und jederzeit abbestellbar.",
        "Contact Dana Kowalczyk at (414) 224-2117 or dkowalczyk@journalsentinel.com. Follow her on X @DanaK.",
        "（rt）",  # a reporter's initials
        "(jad)",
        "Want the latest Austin tech news first? Sign up for our free Tech Flash newsletter.",  # a call to sign up
        "Inserat",  # an ad slot's label (Swiss)
        "Do you know more? Contact Tess Halloran via Email.",  # a tip box
        "图说：护理员通过手机查看AI系统发出的离床提醒　新民晚报记者 陆沁 摄",  # a caption behind its label
        "同場加映：科學園 AI 初創融資額創新高\u3000生成式應用佔一半",  # a teaser behind its label
        "你可能也想看",
        "Read time 4min 10sec",
        "/M. Brandt, stock.adobe.com",  # a photographer and an agency behind a slash
        "Qalam AI co-founders Omar Haddad and Leena Sharif at the company's office. — Supplied photo",
        "Folgen Sie uns auf Facebook und Instagram, um jeden Morgen die wichtigsten Nachrichten zu erhalten.",
        "(END)",  # a wire story's end mark
        "（完）",
        "Cowsight's co-founder on a dairy farm near Morrinsville. NICOLA WEBBER/STUFF",  # a credit in capitals
        "The campus under construction near Abilene, Texas. Photo: Callum Reyes for The Wall Street Journal",
        "Students use chatbots to plan their work. Rawpixel.com/Shutterstock",  # an agency behind a slash
        "[1/2] A test board is displayed at the company's office in Santa Clara, California.",  # a gallery's
        "Read more in Daily Maverick: Grid bottlenecks threaten South Africa’s next wave of data centres",  # the site's
        "Stay informed! Follow The Punch Newspaper on WhatsApp for real-time updates. Join now!",
        "Folgst du schon 20 Minuten auf WhatsApp?",  # a call to follow the site on a channel
        "Dewezet jetzt auch auf WhatsApp: Folgen Sie unserem Kanal und erhalten Sie die Nachrichten aufs Handy.",
        "Eine Newsletter? Nein, besser! Abonniere unseren WhatsApp-Kanal und erhalte morgens ein Update.",
        "By providing an email address. I agree to the Terms of Use and acknowledge the Privacy Policy.",
        "Your subscription could not be saved. Please try again.",  # a newsletter form's messages
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "We encountered an issue signing you up. Please try again",
        "Independent reporting like this depends on readers like you. Please consider chipping in.",  # an appeal
        "Your subscription helps our reporters dig into the stories that matter to metro Atlanta.",
        "Transparenz: In diesem Artikel sind Partnerlinks enthalten. Dann erhalten wir eine kleine Provision.",
        "Gefällt dir der Artikel? Dann teile ihn mit deinen Freunden.",
        # a credit set apart from a caption of up to two sentences by a dash or a bracket with a slash
        "Farmers in west Norfolk have tested the drones on sugar beet this summer. - Credit: Fenwatch Aerial",
        "In der Innstadt prüfen zwei Ärztinnen ein Röntgenbild. Die Software hat Stellen rot markiert. −Foto: Jäger",
        "Kestrel Labs CEO Danielle Okafor speaks to employees on Tuesday. The company plans to move next year. "
        "(Hector Alvarado/AJC)",
        "An artist's impression of how the data centre would look from the A19 (Image: Northstack Digital)",
        "Svenja Kranich und Ole Moll in der Speicherstadt (Bild: Kranich & Moll)",  # a label in brackets, no full stop
        "Oretrace co-founders at the company's Osborne Park lab. Credit: Kellie Harrop/The West Australian",
        "This story was updated with comment from the Maine Public Utilities Commission.",  # an update note
        "※本文僅供參考，不代表任何投資建議，投資人應獨立判斷，審慎評估並自負投資風險。",
        "Editor's note: An earlier version of this story misstated the number of buoys the company operates.",
        "This article was originally published on March 22, 2027.",
        "Kindly Share This Story:",
        "An artist's impression of the proposed data centre on former industrial land at Port Kembla. Picture supplied",
        "Schreiben Sie uns!",
        "Folge 5 Minuten auf WhatsApp und erhalte die wichtigsten Nachrichten aus Kärnten direkt auf dein Handy.",
        "Bleiben Sie informiert: Der Computerwelt-Newsletter bringt die wichtigsten IT-News in Ihr Postfach.",
        "Jetzt folgen",
        "点击图片查看大图",
        "Jetzt bestellen",  # a box's buttons
        "Listen now",
        "Mit Material von AWP.",  # an agency's note
        "Die Informationen in diesem Artikel stellen keine Anlageberatung dar.",  # a disclaimer
        "Kamera & Schnitt: Markus Leitner",  # a video's credit
        "Jetzt kostenlos testen",
        "«Die Ostschweiz» ist frei zugänglich. Damit das so bleibt, sind wir auf Ihre Unterstützung angewiesen.",
        "Texte und Fotos von LZ.de sind geschützt. Weiterverwendung nur mit Genehmigung der Redaktion.",
        "Sie möchten nichts verpassen? Dann abonnieren Sie unseren kostenlosen Newsletter „Produktion Digital“.",
        "Have a news tip or story idea? Contact the 13News newsroom.",
        "Download",  # an audio player's button
        "Give today",
        "立即下载",
        "Sie haben einen Hinweis für die Redaktion? Schreiben Sie uns über das Kontaktformular.",  # a tip line
        "Do you want to respond to this article? If so, click here to submit your thoughts.",
        "A former sawmill site is one of three proposed locations for data centres. Photo by Joel Marchand.",
    ],
)
def test_teasers_and_credited_captions_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


@pytest.mark.parametrize(
    "line",
    [
        "March/April 2027 Issue",  # the print issue, by its months
        "Add TechPulse to your Google News feed.",
        "rheinpfalz24.de jetzt auch auf WhatsApp: Hier geht es zu unserem Kanal.",
        "See related: Drones map illegal logging roads in Borneo",
        "Now Playing: Skyforge - Official Launch Trailer",  # a video player's title
        "If you click on a link and buy something we may receive a small commission. Read our policy.",
        "Immer informiert, was in Gifhorn passiert: Hier kostenlos für den Newsletter der Rundschau anmelden!",
        "Die Meldungen stammen von der Nachrichtenagentur und werden von der Redaktion nicht bearbeitet.",
        "关注",  # a follow button
        "Фото: Astana Robotics",  # a Russian credit on a Chinese page
        "Workers sort parcels at a warehouse in Gazipur on Sunday. — Daily Star photo",  # the outlet's photo
        "Continue Reading",
        "Become a Patron!",
        "Jetzt vergleichen",
        "Jetzt die Wochenzeitung abonnieren – gedruckt oder digital!",
        "Hauptnavigation",  # a skip link's target
        "Loading ...",
        "Firmen zu diesem Artikel",
        "（作者单位：某高校经济学院）",  # the author's affiliation
        "Real-time updates and all local stories you want right in the palm of your hand.",
        "Have a tip or a story idea? Write to us at tips@example.com",
        "Discuss on our Facebook page, HERE.",
        "This story is possible thanks to support from the Hartwell Foundation.",
        "Click here to subscribe to our free daily newsletter.",
        "Data workers at a co-working space in Amman on 10 July 2027 (MEE/Yusuf Haddad)",  # the outlet/photographer
        "（发布会现场　记者 李晓 摄）",  # a picture's note and its photographer in brackets
        "Erschienen in: Der Allgemeinarzt 15/2027",  # the print issue
        "Radiologists say the software could help clear unreported films [Image: Adobe Stock]",
        "This article is free to read",
        "You can skip this ad in 5 seconds",
        "本文由安全客原创发布",  # a repost notice
        "本文由某某原创，转载请联系授权。",
        "Dig deeper: How to build an AI governance plan for your stack",
        "Jetzt Ausgabe bestellen",
        "Find out more",
        "A Lumora test wafer in the company's laboratory at Begbroke. Image credit: Lumora Photonics.",
        "Marisol Tran tested the model with data from three utilities. (Photo by Eric Lindqvist | Pacific Northwest "
        "National Laboratory)",
    ],
)
def test_more_pitches_buttons_and_labels_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


def test_the_body_grows_over_a_sub_heading_the_classifier_trusts_above_a_long_line(settings):
    intro = "不過，醫病對話涉及大量個人健康資料，隱私保護也成為外界關注焦點。林書豪表示，系統採用以下措施保護病人資料。"
    lines = [PARAGRAPH_DE, "隱私與資安仍是考驗", intro, "公司預計年底前推廣至50家醫療院所。", "Impressum"]
    assert body_bounds(lines, [0.9, 0.8, 0.9, 0.9, 0.1], True, settings) == (0, 3)
    assert body_bounds(lines, [0.9, 0.3, 0.9, 0.9, 0.1], True, settings) == (0, 0)  # a sub-heading it doubts
    assert body_bounds([*lines[:2], "Impressum"], [0.9, 0.8, 0.1], True, settings) == (0, 0)  # nothing below


@pytest.mark.parametrize(
    "line",
    [
        "Mehr dazu sagte der Sprecher nicht, das Unternehmen will die Zahlen im März vorlegen.",
        "Read more about it in the report, the company said.",
        "Read more in the annual report: the company lists 40 risks.",  # no site's name before the colon
        "The app turns a photo/video into a 3D model in seconds, the company said.",  # no spaced slash
        "2027/2028",  # no outlet's name
        "WhatsApp says 40 million users follow channels on the app.",  # no call to follow
        '"Join our WhatsApp channel," the bank told its customers in a text message.',  # a quote
        "Meta will let businesses join WhatsApp channels from March, the company said.",
        "Auf WhatsApp: Folgen Sie der Spur des Geldes, sagt die Ermittlerin, dann finden Sie die Täter.",
        "Die Bilder zeigen: Das Rechenzentrum ist fast fertig.",
        "该公司未经授权使用了用户数据，监管部门已介入调查。",
        "Vor 2 Stunden hatte der Konzern noch dementiert.",
        "Previous articles on the subject had missed the point, the author says.",
        "3x3 Basketball",
        "Die Zahl der Anträge stieg um 40 Prozent (Quelle: Statistisches Bundesamt).",  # the source before the end
        "The company declined to comment. Its shares rose 3 percent (Reuters).",  # two sentences
        "分析师预计行业将迎来洗牌。（本文首发于钛媒体APP，作者｜林志远）",  # a Chinese note may close a paragraph
        "Contact us at tips@example.com if you know more.",
        # a paragraph of one sentence with a file picture's note glued to it, no brackets: the sentence is the article's
        "★旅客还可以选择11月30日出发，到岘港体验东南亚风情，全程为4晚5天。资料图",
        "#1 in der Liste der größten Rechenzentren",
        "The deal was first reported by the BBC. NVIDIA/AMD rivalry goes on",  # no photographer and outlet
        "The company said so on Tuesday. Its site acme.com/news went down",  # no agency, no label
        "The ad market has not recovered since the end of the year.",  # the marker words inside a sentence
        "Getty Images v. Stability AI",  # a heading naming an agency
        "(KI)",  # an abbreviation in capitals, no initials
        "The picture went viral. Photos by amateurs outnumbered the agencies' that week.",  # no credit
        "Contact tracing apps were rolled out in 2020, the ministry said.",  # no address
        "Readers can sign up for the company's newsletter, which has 40,000 subscribers.",  # a statement, no call
        "Die Zahl stieg (Quelle: Statistisches Bundesamt) um vier Prozent.",  # a source inside a sentence
        "Getty, Shutterstock and the question of training data",
        "Websites use cookies to follow readers from page to page, the regulator said.",  # an article on cookies
        "The shed burnt down last summer. The farm rebuilt it a year later. File photo.",  # two sentences
        "“The portal opens on Monday. Apply today.”",  # a quote
        # a long paragraph of one sentence with a credit glued to it: a name alone is no sign of a caption
        "Northward prison is considered a Category C facility, yet more than half the inmates held there are classed "
        "as Category B. Photo: Alvaro Serey",
        "The company relies only on published auction results. (Colombo/Apr29/2027)",  # a dated place tag, no credit
        "The company is also working with two universities in Cebu City. (KJA)",  # the writer's initials
        "C++",  # no premium badge: a language's name
        "Galerie am Markt zeigt Werke von 12 Künstlern",
        "Die Studie erschien zuerst im Fachjournal Nature.",  # a study's first appearance, not the article's
        "Das Start-up finanziert sich durch Lizenzgebühren.",  # how a company pays its way, not the site
        "The design was developed with inputs from engineers at three utilities.",  # no agency's note
        "The app is available for iPhone and Android in the App Store and on Google Play.",  # an article on an app
        "Die Aktie stieg um 2,85 %.",  # a share's change in a sentence
        "The data was compiled with input from 20 experts.",
        "The paper printed a letter to the editor from the mayor, who called the plan reckless, in its whole length "
        "on Sunday, and the council debated it for two hours on Monday night before it voted against the data centre.",
        "Applications open July 1, with courses set to begin in September, the MOEA said. (SFC-E)",  # a report
        "Kurs halten: Warum Anleger jetzt ruhig bleiben",  # a heading, no quote
    ],
)
def test_sentences_that_mention_related_reading_or_pictures_are_no_furniture(line, settings):
    assert not is_page_furniture(line, settings)


@pytest.mark.parametrize(
    "line",
    [
        "Ein Serverraum bei Berlin: Der Bund will den Ausbau der Netze deutlich beschleunigen, sagen Fachleute aus "
        "der Branche (Quelle: Max Beispiel/imago images)",
        "Techniker in einem Rechenzentrum in Hamburg, wo ein großer Teil der Daten des Landes liegt und verarbeitet "
        "wird Quelle: picture alliance/dpa/Anna Muster",
        "A data centre outside Dublin, where the company trains its largest models. Source: Getty Images",
        "Beschäftigte in Behörden sollen sich künftig von einem KI-Assistenten helfen lassen können, heißt es aus dem "
        "Ministerium. (picture alliance / dpa / Max Beispiel)",  # an agency's credit in brackets
        "Construction crews work on the first building of the campus outside Pelham, Ga., on Nov. 5. (Jane Roe for "
        "The Example Times)",  # a photographer working for the outlet
        "Engineers at work in the office of a start-up in Lagos, Nigeria, on November 19, 2026, as the firm hires more "
        "staff [Jane Roe/Example News]",
        "語林科技執行長26日出席記者會，宣布完成新台幣5億元A輪募資。（謝明倫攝）",  # photographed by
        "Get the latest on the business of Hollywood, delivered to your inbox every week.",  # a newsletter box
        "Auf einem Tablet ist das animierte Gesicht eines älteren Mannes zu sehen: Mit Programmen wie diesem sollen "
        "Hinterbliebene mit digitalen Abbildern sprechen können © Max Beispiel / stern",  # a copyright holder
    ],
)
def test_a_caption_closed_by_a_photo_agencys_credit_is_page_furniture_however_long(line, settings):
    assert is_page_furniture(line, settings)


@pytest.mark.parametrize(
    "line",
    [
        "Die Zahl der Anträge stieg um fünf Prozent (Quelle: Statistisches Bundesamt).",
        "Die Zahl der Anträge stieg um fünf Prozent, Quelle: Reuters",  # a news agency as the source of a fact
        "Die Fotos stammen von Imago Images und der Picture Alliance, sagte der Sprecher des Verlags am Montag.",
        "Der Verband protestierte gegen das Gesetz und sammelte Unterschriften, sagte eine Sprecherin der Gruppe "
        "(Citizens for Privacy).",  # a group named in the sentence, not a photographer's credit
        "Table 2 shows how the models compare on the benchmarks the team used.",
        "Das Training dauerte 6 Minuten, sagte der Entwickler.",
        "Beginn 19:30",  # a time in a schedule: no player's word before it
        "Northward prison is considered a Category C facility, yet more than half the inmates are classed as "
        "Category B. Photo: Alvaro Serey",  # a paragraph a text copy glued a credit to: the sentence stays
        "The firm said revenue rose. It expects more this year. Analysts agree with it. (Reuters/Ipsos)",  # three
        "她说：“我们第一次在现场拍摄。”",  # a sentence about filming
        "Die Zahl der Anträge (Grafik: oben) stieg 2026 um fünf Prozent auf einen neuen Rekordwert.",  # mid-line
        "图1显示，配送时间缩短了两成。",  # a sentence about a figure
        "Powered by a new chip, the phone lasts two days.",  # no platform's badge
        "This interview has been edited for length and clarity.",  # an editor's note some label the article's
    ],
)
def test_a_source_named_in_the_article_is_no_credit(line, settings):
    assert not is_page_furniture(line, settings)


def test_an_editors_note_in_brackets_after_a_dash_is_a_notice(settings):
    assert is_notice("(EDITOR'S NOTE — Tess Harmon is a writer in Fort Worth, Texas.)", settings)
    assert not is_notice("Correction — the firm said the figure was wrong.", settings)  # no bracket: a sentence


@pytest.mark.parametrize(
    "line",
    [
        "A UH-60M Black Hawk during an inspection at Fort Campbell, Ky. (U.S. Army photo by Spc. Tyler Ambrose)",
        "Caleb Moreno, pastor of Grace Hill Baptist Church, uses AI to draft the newsletter. Submitted photo",
    ],
)
def test_a_caption_closed_by_its_photographers_credit_in_brackets_or_a_readers_picture(line, settings):
    assert is_page_furniture(line, settings)
    assert not is_page_furniture("The company submitted photo evidence to the court in Fort Worth.", settings)


def test_a_tip_line_is_a_notice(settings):
    assert is_notice("Got a tip? Contact this reporter at reporter@example.com or on Signal at example.01.", settings)
    assert not is_notice("The reporter got a tip from a former employee, she said.", settings)


def test_a_short_notice_phrase_makes_a_pitch_a_notice_but_not_a_paragraph(settings):
    assert is_notice("Die wichtigsten Nachrichten aus Ulm – jeden Morgen um 6 Uhr in Ihrem Postfach.", settings)
    paragraph = (
        "Seit vergangenem Sommer übernimmt eine KI-Software einen großen Teil dieser Arbeit. Sie liest die Anfragen "
        "aus dem E-Mail-Postfach und erstellt einen ersten Angebotsentwurf. Auch die Kunden merken den Unterschied: "
        "Statt nach zwei Wochen liegt ein Angebot heute meist nach zwei bis drei Tagen in ihrem Postfach."
    )
    assert not is_notice(paragraph, settings)
    for call in [  # a call for readers' tips
        "Do you have a story to share? Email us at news@example.ie",
        "Sie haben etwas beobachtet oder einen Tipp für unsere Redaktion? Schreiben Sie uns an hinweise@example.de.",
        "发现新闻线索？下载南都App，点击“报料”，一经采用有奖。",
        "Got a news tip? Email news@example.nz or call the newsroom.",
    ]:
        assert is_notice(call, settings), call
    assert not is_notice(
        "If at any time you would like to unsubscribe, you can email us at privacy@example.com.", settings
    )


def test_a_copyright_notice_is_page_furniture_though_it_reads_as_sentences(settings):
    assert is_page_furniture("© 2020 CBS Interactive Inc. All Rights Reserved.", settings)
    assert is_page_furniture("自由時報版權所有不得轉載", settings)
    assert not is_page_furniture("Das Urheberrecht schützt auch Texte, die eine KI geschrieben hat.", settings)


@pytest.mark.parametrize("lead_in", ["Das Wichtigste in Kürze:", "本文核心观点："])
def test_the_body_begins_with_the_line_introducing_it(lead_in, settings):
    lines = ["Strom wird knapp", lead_in, "1. Der Bedarf steigt.", PARAGRAPH_DE, PARAGRAPH_DE]
    article = [0.1, 0.1, 0.9, 0.9, 0.9]
    assert body_bounds(lines, article, True, settings) == (1, 4)
    lines[1] = "Lesen Sie auch:"  # names page chrome
    assert body_bounds(lines, article, True, settings) == (2, 4)


@pytest.mark.parametrize(
    "line",
    [
        "【免责声明】本文仅代表作者本人观点，与本网站无关。",
        "免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。",
        "Disclaimer: This post contains affiliate links; we may earn a commission.",
    ],
)
def test_a_disclaimer_is_a_notice(line, settings):
    assert is_notice(line, settings)


def test_a_statement_in_the_article_is_no_notice(settings):
    assert not is_notice("公司发布声明：将在明年推出新模型。", settings)
    assert not is_notice("The disclaimer was added after the lawsuit, the company said.", settings)
    assert not is_notice("Die Plattform erhält eine Provision von 30 Prozent, sagte der Sprecher.", settings)


def test_a_notice_the_article_quotes_is_none_but_one_beside_a_quoted_word_is(settings):
    quoted = "多家券商在AI助手页面标注“内容仅供参考，不构成投资建议”。只有具备投资顾问资质的人员才能提供建议。"
    assert not is_notice(quoted, settings)
    assert is_notice("本文内容仅供参考，不构成投资建议。“AI投顾”相关产品请以官方公告为准。", settings)
    assert not is_notice('He said the label "does not constitute investment advice" misleads no one.', settings)
    opinion = (
        "This is an opinion article, and the views expressed by the author are not necessarily those of the magazine."
    )
    assert is_notice(opinion, settings)


@pytest.mark.parametrize(
    "line",
    [
        "This post contains references to products from one or more of our advertisers. We may receive compensation "
        "when you click on links to those products. Terms apply to the offers listed on this page. For an explanation "
        "of our Advertising Policy, visit this page.",
        "© 2022, BreakingBelizeNews.com. This article is the copyrighted property of Breaking Belize News. Written "
        "permission must be obtained before reprint in online or print media.",
        "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系hezuo@huxiu.com",
        "Links mit einem Stern sind sogenannte Affiliate-Links: Kaufen Sie darüber ein, erhalten wir eine Provision.",
    ],
)
def test_a_disclosure_is_page_furniture_however_long(line, settings):
    assert is_page_furniture(line, settings)


def test_a_credit_alone_names_a_photographer_and_an_outlet(settings):
    assert is_credit_alone("Die Presse/Stefan Kainz") and is_credit_alone("Getty Images/Westend61")
    assert not is_credit_alone("Forschung/Entwicklung")  # two words: a heading
    assert is_credit_alone("Maddie Okafor for NPR") and is_credit_alone("Marisol Vega for NBC News")
    assert is_credit_alone("Leah Hennig/The Globe and Mail")  # short words inside the outlet's name
    assert not is_credit_alone("Stand Up for Science")  # a heading: no outlet in capitals
    assert not is_credit_alone("Was passiert mit den Daten?")
    assert is_credit_alone("ANDREA KOHLER | Staff Photographer") and is_credit_alone("Lena Brandt / Fotografin")
    assert not is_credit_alone("Jobs for photographers")


CAPTION = "Auf diesem Acker bei Drebkau soll das Rechenzentrum entstehen, im Moment wächst hier noch Mais."


def test_a_single_sentence_above_a_photographs_credit_between_paragraphs_is_its_caption(settings):
    lines = [PARAGRAPH_DE, CAPTION, "Bild: ZDF/Tobias Reimann", PARAGRAPH_DE]
    assert is_caption(lines, 1, 0, 3, settings)
    assert not is_caption(lines, 0, 0, 3, settings)  # the paragraph above the caption: two lines above the credit
    # a chart's credit ('Credit:', 'Source:') may follow a paragraph whose picture has no caption
    assert not is_caption([PARAGRAPH_DE, CAPTION, "(Credit: Clayton Aldern / Grist)", PARAGRAPH_DE], 1, 0, 3, settings)
    # two sentences are a paragraph; the last paragraph above the cover picture's credit is the article's
    two = "这是过去一年里许多医院正在发生的变化。据统计，全国已有超过300家医院接入大模型。"
    assert not is_caption([PARAGRAPH_DE, two, "图片来源：视觉中国", PARAGRAPH_DE], 1, 0, 3, settings)
    assert not is_caption([PARAGRAPH_DE, CAPTION, "Foto: dpa"], 1, 0, 1, settings)
    assert not is_caption([CAPTION, "Foto: dpa", PARAGRAPH_DE], 0, 0, 2, settings)  # the body's first line: a lead
    # a short line naming a photo agency credits a photograph too
    assert is_caption([PARAGRAPH_DE, CAPTION, "Mikhail Vorontsov – shutterstock.com", PARAGRAPH_DE], 1, 0, 3, settings)
    assert is_caption([PARAGRAPH_DE, CAPTION, "Bild © hr", PARAGRAPH_DE], 1, 0, 3, settings)  # a label and ©
    # two statements above a labelled photograph's credit alone, between paragraphs: a caption of two sentences
    two = "Ein Feldroboter fährt über ein Zuckerrübenfeld. Die Kameras erkennen Unkraut."
    assert is_caption([PARAGRAPH_DE, two, "Bild: KIT / Sabine Roth", PARAGRAPH_DE], 1, 0, 3, settings)
    # not above a credit the copy left without its caption, nor above the body's end, nor a question
    assert not is_caption([PARAGRAPH_DE, two, "Symbolbild: Pfarrbüro", "Foto: Archiv", PARAGRAPH_DE], 1, 0, 4, settings)
    assert not is_caption([PARAGRAPH_DE, two, "Foto: Tessellate Labs", "Anzeige"], 1, 0, 1, settings)
    question = "Haben Sie Lust auf ein Ehrenamt? Alle Informationen finden Sie hier."
    assert not is_caption([PARAGRAPH_DE, question, "Foto: Feuerwehr", PARAGRAPH_DE], 1, 0, 3, settings)


def test_in_the_header_a_caption_below_the_byline_date_or_age_above_a_photographs_credit(settings):
    two = "Blick in einen Reinraum bei Feronik in Dresden. Dort werden Trägerplatten für Chips gefertigt."
    credit = "Bildrechte: picture alliance/dpa | Jan Wellendorf"
    assert is_caption(["von Jana Weißflog, MDR SACHSEN", two, credit, PARAGRAPH_DE], 1, 3, 3, settings)
    assert not is_caption(["von Jana Weißflog, MDR SACHSEN", two, credit, PARAGRAPH_DE], 1, 1, 3, settings)  # body
    dek = 'Am Begriff "Hygge" kam keiner vorbei. Jetzt macht ihm ein Trend Konkurrenz: "Ikigai".'  # a dek quotes
    assert not is_caption(["E-Mail", dek, "© Shutterstock/racorn", PARAGRAPH_DE], 1, 3, 3, settings)
    lines = ["20.11.2026, 05:00", CAPTION, "©Kurier/Stefan Weinberger", PARAGRAPH_DE]
    assert is_caption(lines, 1, 3, 3, settings)  # a credit after the copyright sign
    assert is_caption(["vor 5 Stunden", CAPTION, "(Bild: Boris Roessler/dpa)", PARAGRAPH_DE], 1, 3, 3, settings)
    assert not is_caption(["20.11.2026, 05:00", CAPTION, "© 2026 Kurier", PARAGRAPH_DE], 1, 3, 3, settings)
    dated = ["By KENTA MURAYAMA/ Staff Writer", "March 11, 2027 at 07:00 JST", "Photo/Illutration", PARAGRAPH_DE]
    assert not is_caption(dated, 1, 3, 3, settings)  # the date above the picture's credit


def test_the_last_of_the_headers_points_above_a_photographs_credit_is_no_caption(settings):
    points = [
        "Coretta Cloud's revenue backlog has grown to $14.8 billion.",
        "Growth is being financed with debt; net debt has tripled in a year.",
        "I'm downgrading Coretta from Buy to Hold and would look for a better entry point below $60.",
    ]
    credit = "Andrey Semenov/iStock via Getty Images"
    assert not is_caption(["Summary", *points, credit, PARAGRAPH_DE], 3, 5, 5, settings)
    assert is_caption(["Summary", points[0], points[2], credit, PARAGRAPH_DE], 2, 4, 4, settings)  # one dek above
    dated = ["March 22, 2027 1 p.m.", "Updated: March 22, 2027 6:14 p.m.", points[2], credit, PARAGRAPH_DE]
    assert is_caption(dated, 2, 4, 4, settings)  # dates above, no points


def test_a_byline_above_a_photographs_credit_is_no_caption(settings):
    dek = "The health system says an AI tool cut the time staff spend on authorizations by more than half."
    lines = [dek, "By Priya Natarajan | February 16, 2027 | 11:34 AM", "Photo: Morsa Images/Getty Images", PARAGRAPH_DE]
    assert not is_caption(lines, 1, 3, 3, settings)


@pytest.mark.parametrize(
    "line, caption",
    [
        (
            "Die Gründerinnen Lea Brandt (l.) und Mia Kowalski im Labor. Bis Jahresende sollen hier 60 Menschen "
            "arbeiten.",
            True,
        ),  # who stands where in the picture, two sentences, no credit below
        ("Co-founders Priya Rao (left) and Karan Hegde at the company's lab in Pune.", True),
        ("Co-founders Émilie Gagnon, left, and Karim Haddad in the laboratory on Marconi St. in Montreal.", True),
        ("晶桥科技总裁郑文杰（左二）向出席者介绍新一代AI芯片测试设备。", True),
        ("The board, led by Anderson, left, and the chair followed. The vote was close. Then it passed.", False),
        ("Kritik kam von links: Die Opposition nannte den Plan überhastet.", False),  # a political direction
        ("Intel (R) and AMD (L) lead the market. Nvidia follows. Arm licenses its designs to both of them.", False),
        ("Die Gründerin (l.) sagt: „Wir wachsen schnell.“", False),  # a quote
    ],
)
def test_a_line_saying_who_stands_where_in_the_picture_is_a_caption_between_paragraphs(line, caption, settings):
    assert is_caption([PARAGRAPH_DE, line, PARAGRAPH_DE], 1, 0, 2, settings) == caption


def test_a_sentence_below_a_captions_label_is_the_caption(settings):
    assert is_caption([PARAGRAPH_DE, "Caption:", CAPTION, "Credits:", PARAGRAPH_DE], 2, 0, 4, settings)
    assert is_caption([PARAGRAPH_DE, "Bildunterschrift", CAPTION, PARAGRAPH_DE], 2, 0, 3, settings)
    assert not is_caption([PARAGRAPH_DE, "Die Caption:", CAPTION, PARAGRAPH_DE], 2, 0, 3, settings)  # no label alone


def test_in_the_header_a_caption_stands_below_the_dek_and_a_dek_right_below_the_headline_stays(settings):
    headline, dek = "Grazer Start-up sammelt 60 Millionen Euro ein", PARAGRAPH_DE
    lines = [headline, dek, CAPTION, "Jordan Avery/POLITICO", "Von Katharina Pichler", PARAGRAPH_DE]
    assert is_caption(lines, 2, 5, 5, settings)
    assert not is_caption([headline, CAPTION, "Foto: IMAGO/Funke Foto Services", PARAGRAPH_DE], 1, 3, 3, settings)


def test_below_the_reading_time_a_caption_needs_no_full_stop_and_a_photographer_of_the_outlet_credits_it(settings):
    caption = "Montagehalle eines Maschinenbauers: Gerade Betriebe mit vielen Varianten hoffen auf KI"
    assert is_caption(["21.11.2026, 06:00", "6 Min.", caption, "© Getty Images", PARAGRAPH_DE], 2, 1, 4, settings)
    assert not is_caption(["6 Min.", "Die Lage im Werk", "© Getty Images", PARAGRAPH_DE], 1, 1, 3, settings)  # short
    assert not is_caption([PARAGRAPH_DE, caption, "© Getty Images", PARAGRAPH_DE], 1, 0, 3, settings)  # no metadata
    english = "Construction crews work on a data center campus outside Amarillo, Texas, on Nov. 12, 2026."
    lines = ["Published 5:04 a.m. ET Nov. 19, 2026", english, "Marcus Ortega, USA TODAY", PARAGRAPH_DE]
    assert is_caption(lines, 1, 3, 3, settings)


def test_the_headline_right_below_a_related_label_in_the_body_is_a_teaser(settings):
    lines = [PARAGRAPH_DE, "Lesen Sie auch", "Elektronische Patientenakte: Was sich 2027 ändert", PARAGRAPH_DE]
    assert chrome_runs(lines, [0.9, 0.9, 0.9, 0.9], 0, 3, settings) == {1, 2}
    # a sentence below the label is the story's
    lines[2] = "Die Praxen sind zufrieden."
    assert chrome_runs(lines, [0.9, 0.9, 0.9, 0.9], 0, 3, settings) == {1}


@pytest.mark.parametrize(
    "box, teasers",
    [
        # two headlines of the same form: both teasers
        (["Versicherungsstandort Köln: Warum die Branche so wichtig ist", "KI im Büro: Diese Jobs verändern sich"], 2),
        # a kicker above the headline: one teaser; the headline-like line after it is the next sub-heading
        (
            [
                "WELTplus",
                "Energiewende",
                "Warum das Stromnetz zum Nadelöhr wird",
                "Netzbetreiber warnt vor Erwartungen",
            ],
            3,
        ),
        # the same kicker over each teaser: kickers and headlines; the sub-heading after them stays
        (
            [
                "Tech News",
                "Malaysia's data centre boom tests power grid, say analysts",
                "Tech News",
                "Johor to introduce new water tariffs for large industrial users",
                "Water for the servers",
            ],
            4,
        ),
        # bulleted teasers, then a sub-heading without a bullet
        (
            [
                "•主權AI怎麼做？業界籲政府擴大算力中心預算",
                "•AI人才搶手 碩士新鮮人起薪破7萬",
                "募資後估值逾40億 拚2027年損益兩平",
            ],
            2,
        ),
        # a shorter line after the headline, or one introducing a list, is the article's
        (["Chatbots am Schalter: Wenn die Gemeinde mit einer Maschine telefoniert", "Daten als Argument"], 1),
        (["AI伺服器訂單爆量 散熱、電源供應鏈明年營收看增三成", "據了解，台電評估報告提出的配套措施包括："], 1),
        # of three headlines alike, the last may be the next sub-heading: it stays
        (
            [
                "The best laptops for 2026: tried and tested",
                "Best AI PCs: laptops with the fastest NPUs",
                "Analysis: impressive on paper, but software is the test",
            ],
            2,
        ),
    ],
)
def test_a_teaser_box_between_paragraphs_ends_where_its_form_does(box, teasers, settings):
    lines = [PARAGRAPH_DE, "Mehr zum Thema", *box, PARAGRAPH_DE, PARAGRAPH_DE]
    end = len(lines) - 1
    assert chrome_runs(lines, [0.9] * len(lines), 0, end, settings) == set(range(1, 2 + teasers))


def test_a_teaser_above_the_sites_notice_after_the_body_goes(settings):
    notice = "本网站所刊载内容的知识产权均属本报社所有。未经书面授权，任何人不得以任何方式使用。"
    lines = [
        PARAGRAPH_DE,
        "推荐阅读",
        "长三角AI芯片产业链调查：设计企业扎堆 封测产能告急",
        "多地出台算力券政策 中小企业用云成本有望下降",
        notice,
    ]
    assert tail_teasers(lines, 0, settings) == {2, 3}


def test_a_comment_section_at_the_end_goes_with_its_comments(settings):
    comment = "Ich habe bei meiner Krankenkasse angerufen und erst spät gemerkt, dass ich mit einem Computer rede."
    lines = [PARAGRAPH_DE] * 6 + ["Kommentare", "Heinz Baumann vor 2 Stunden", comment, "Antworten", "Impressum"]
    assert comment_section(lines, 0, 8, settings) == set(range(6, 11))  # its first comment taken for the body's end
    assert comment_section(lines, 0, 5, settings) == set(range(6, 11))
    readers = [PARAGRAPH_DE] * 6 + ["Lesermeinungen", "Hadrianus 12. Februar 2027", comment, "Impressum"]
    assert comment_section(readers, 0, 5, settings) == set(range(6, 10))  # readers' opinions are comments
    # a label far up in the body is no comment section; in its second half, long comments below it, it is
    assert comment_section(["Kommentare", *[PARAGRAPH_DE] * 6], 0, 6, settings) == set()
    thread = [PARAGRAPH_DE] * 8 + ["Kommentare: 7", "#1", comment, "#2", comment, "#3", comment, "#4", comment]
    assert comment_section(thread, 0, 16, settings) == set(range(8, 17))  # the body runs to the last comment
    closed = [PARAGRAPH_DE] * 6 + [
        "Comments closed.",
        "Due to the legal subject matter we disable comments.",
        "Impressum",
    ]
    assert comment_section(closed, 0, 5, settings) == {6, 7, 8}
    rules = "Conversations are opinions of our readers and are subject to the Community Guidelines."
    noted = [PARAGRAPH_DE] * 6 + [rules, "Join the conversation", "More from The Spectator"]
    assert comment_section(noted, 0, 6, settings) == {6, 7, 8}  # the rules' note above the label goes with it
    ours = [PARAGRAPH_DE] * 6 + ["Comments: Our rules", "We want our comments to be lively."]
    assert comment_section(ours, 0, 5, settings) == {6, 7}


def test_a_players_title_below_its_button_goes(settings):
    lines = [PARAGRAPH_DE, "Click to play video: 'Hamilton tech firm expanding'", "Hamilton tech firm expanding"]
    assert names_chrome_above(lines, 2, settings)
    assert not names_chrome_above([PARAGRAPH_DE, "„Wir wachsen weiter“", "Wir wachsen weiter"], 2, settings)  # a quote
    assert not names_chrome_above([PARAGRAPH_DE, "Artikel teilen", "Wie es weitergeht"], 2, settings)
    assert names_chrome_above([PARAGRAPH_DE, "Play video", "2:47"], 2, settings)  # its duration
    assert not names_chrome_above([PARAGRAPH_DE, PARAGRAPH_DE, "2:47"], 2, settings)
    videos = ["Mehr Videos", "Hitzewelle: So schützt ihr euch", "02:11", "Neue Regeln für E-Scooter", "01:47"]
    assert names_chrome_above(videos, 3, settings)  # a video list's next title below the last one's duration
    live = ["10:30", "開幕典禮上，官員致辭時表示，政府將支持本地企業參與大灣區科技合作。", "10:02", PARAGRAPH_ZH]
    assert not names_chrome_above(live, 1, settings)  # a live blog's entry between its time and the next one's


@pytest.mark.parametrize("line", ["11:26 am ET", "3:02 PM EDT", "16:40 Uhr", "10:30", "9 a.m."])
def test_a_time_alone_is_page_furniture(line, settings):
    assert is_page_furniture(line, settings)
    assert not is_page_furniture(f"{line} Bürgerinitiative kündigt Klage an", settings)


@pytest.mark.parametrize(
    "line, call",
    [
        ("Get involved with the news in your community", True),
        ("Send your stories and photos now", True),
        ("Hast du etwas beobachtet oder weisst mehr? Schick uns deine Hinweise.", True),
        ("Get the latest figures from the ministry, the report says.", False),  # speaks to no one
        ('"Send your CV to us," she said.', False),  # a quote
        ("Your data stays in Germany, the company says.", False),  # no call
    ],
)
def test_a_call_that_speaks_to_the_reader(line, call, settings):
    assert is_reader_call(line, settings) is call


def test_outside_the_body_a_sites_pitch_may_call_and_name_the_site_in_sentences_of_their_own(settings):
    line = "Discover the latest Business News and Sensex updates. Obtain expert opinions on Moneycontrol."
    assert is_site_pitch(line, "Moneycontrol", False, settings)
    assert not is_site_pitch(line, "Moneycontrol", True, settings)  # in the body both stand in one sentence


def test_a_polls_results_go_its_question_count_answers_and_shares(settings):
    results = [
        "Would you pay more for a phone with on-device AI?",
        "1482 votes",
        "Yes, it's a must-have for me.",
        "18%",
    ]
    results += ["Only if the features are genuinely useful.", "47%", "No, I don't care about AI features.", "35%"]
    lines = [PARAGRAPH_DE, *results, PARAGRAPH_DE]
    assert poll_boxes(lines, list(range(len(lines))), settings) == set(range(1, 9))
    no_count = [PARAGRAPH_DE, results[0], *results[2:], PARAGRAPH_DE]  # a question and figures, no votes counted
    assert poll_boxes(no_count, list(range(len(no_count))), settings) == set()


def test_answer_words_under_a_question_below_the_body_are_a_polls(settings):
    lines = [PARAGRAPH_DE, "Get automatic alerts for this topic.", "Was this article valuable?", "Yes", "No", "About"]
    assert poll_answers(lines, 0, settings) == {2, 3, 4}
    assert poll_answers([PARAGRAPH_DE, "Was this article valuable?", "Yes", "About"], 0, settings) == set()  # one
    assert poll_answers([PARAGRAPH_DE, "Results:", "Yes", "No"], 0, settings) == set()  # under no question
    assert poll_answers([PARAGRAPH_DE, "Is it safe?", "Yes", "No"], 1, settings) == set()  # inside the body


def test_short_capitalised_lines_in_a_row_below_the_body_are_tags(settings):
    tags = ["Künstliche Intelligenz", "Betriebsrat", "Gewerkschaften", "Berlin-Neukölln"]
    assert tag_runs([PARAGRAPH_DE, *tags, "Impressum und Kontakt für Leser"], 0) == {1, 2, 3, 4}
    assert tag_runs([PARAGRAPH_DE, *tags[:2], PARAGRAPH_DE], 0) == set()  # two are no run
    code = ["import os", "x = len(data)", "print(x)"]
    assert tag_runs([PARAGRAPH_DE, *code], 0) == set()  # code is no tag
    assert tag_runs([PARAGRAPH_DE, *tags], 1) == {2, 3, 4}  # the body's lines are never tags


def test_a_fact_box_outside_the_body_is_the_articles_when_prose_follows_it(settings):
    box = ["Gründung: 2023 in München", "Gründer: Jonas Weidner, Mira Schell", "Finanzierung bisher: 52 Millionen Euro"]
    assert fact_boxes([PARAGRAPH_DE, "Auf einen Blick", *box, PARAGRAPH_DE], 0, 0, settings) == {2, 3, 4}
    assert fact_boxes([PARAGRAPH_DE, *box[:2], PARAGRAPH_DE], 0, 0, settings) == set()  # two are no box
    # right below the body's last line (under its heading) it closes the article, however the page goes on
    assert fact_boxes([PARAGRAPH_DE, *box, "Impressum"], 0, 0, settings) == {1, 2, 3}
    assert fact_boxes([PARAGRAPH_DE, "Firmenprofil", *box, "Impressum"], 0, 0, settings) == {1, 2, 3, 4}
    further_down = [PARAGRAPH_DE, "Newsletter", "Jetzt anmelden", *box, "Impressum"]
    assert fact_boxes(further_down, 0, 0, settings) == set()  # further down, with no prose below: the page's
    teasers = [
        "KI in der Zentralschweiz: Diese fünf Start-ups",
        "Interview: «Die Schweiz holt auf»",
        "Crypto Valley im Wandel: Zug setzt auf KI",
    ]
    assert fact_boxes([PARAGRAPH_DE, "Passend zum Thema", *teasers], 0, 0, settings) == set()  # kickers, no labels
    metadata = ["责任编辑：钟锐", "校对：王蔚", "来源：证券时报"]
    assert fact_boxes([PARAGRAPH_DE, *metadata, PARAGRAPH_DE], 0, 0, settings) == set()


def test_the_body_grows_up_over_the_first_items_of_a_numbered_list_it_starts_inside(settings):
    lines = ["划重点", "1、十一月以来六家厂商发布新品。", "2、续航仍是退货的主要原因。", PARAGRAPH_ZH, PARAGRAPH_ZH]
    article = [0.1, 0.1, 0.9, 0.9, 0.9]
    assert body_bounds(lines, article, True, settings)[0] == 1
    assert body_bounds(["划重点", "3、一个单独的条目。", *lines[2:]], article, True, settings)[0] == 2


@pytest.mark.parametrize(
    "line, site, in_body",
    [
        ("Journalism costs money. Support Times of Malta for the price of a coffee.", "Times of Malta", True),
        ("Download The Economic Times News App to get Daily Market Updates.", "The Economic Times", True),
        ("(Catch all the Technology News on The Economic Times.)", "The Economic Times", True),
        ("Become an NPR sponsor", "NPR", False),
        ("Stay up to date with recent funding rounds with the Crunchbase Daily.", "Crunchbase News", True),
        ("Did you know with a Digital Subscription to The Scotsman, you can read more?", "The Scotsman", False),
        ("订阅《联合早报》数码配套，每天阅读更多独家新闻与深度分析。", "联合早报", False),
        ("下载联合早报App，随时掌握新闻。", "联合早报", True),
        ("訂閱信報網站，即享無限閱讀全部財經評論。", "信報財經新聞", False),  # the name's first two characters
        ("Sign up for the Daily Brief, Silicon Republic’s digest of sci-tech news.", "Silicon Republic", True),
        ("If you value independent reporting, join them and help keep Daily Maverick open.", "DAILY MAVERICK", False),
        ("Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer.", "INQUIRER.net", False),
        (
            "Give directly to The Spokesman-Review's Northwest Passages series by using the options below.",
            "The Spokesman-Review",
            True,
        ),
        (
            "Learn about The Texas Tribune's policies, including our partnership with The Trust Project.",
            "The Texas Tribune",
            True,
        ),
        # its app, named to the reader or as a label, and its call for support of itself (seventeenth session)
        ("Die radio ffn App: Hör uns, wo du willst – mit Verkehrsmeldungen und Blitzern.", "radio ffn", True),
        ("Read The Sunday Post every week on our app", "The Sunday Post", True),
        ("Die Murtaler Zeitung als App", "Murtaler Zeitung", True),
        ("Get the Times Free Press app", "Chattanooga Times Free Press", True),  # without the city before it
        ("Die WOZ gehört ihren Lesern. Unterstützen Sie uns mit einem Abo oder einer Spende.", "WOZ", True),
        ("Hast du einen Hinweis? Schreib Radio Basilisk per WhatsApp.", "Radio Basilisk", True),
        ("Alle News aus Basel und unsere Podcasts – jetzt gratis im App Store und bei Google Play.", "Basilisk", True),
        ("下载“掌上长沙”客户端，看更多长沙新闻", "掌上长沙", True),  # the name in quotation marks: no one's words
        ("Keep Phoenix New Times Free", "Phoenix New Times", True),
        ("Folgen Sie News.de schon bei Facebook, Twitter und YouTube?", "news.de", True),  # a domain in lower case
    ],
)
def test_the_sites_own_pitch(line, site, in_body, settings):
    assert is_site_pitch(line, site, in_body, settings)


@pytest.mark.parametrize(
    "line, site, in_body",
    [
        ("Follow us to stay up to date on industry trends. At Appen, we provide training data.", "Appen", True),
        ("After setting up Docker, you can learn the basics.", "Docker", True),  # a company's blog, in the body
        ('"You can read it all on MIT News," Halvorsen said.', "MIT News", False),  # a quote
        ("MIT News: What can you do that a GPU cannot?", "MIT News", False),  # the site asks in an interview
        ("Support for the bill is growing, the Times of Malta learnt.", "Times of Malta", True),  # no call
        ("Subscribe to the newsletter of our partner.", "Times of Malta", False),  # another's pitch
        ("Join the heute journal debate if you value it.", "Heute Journal", False),  # as written, but in capitals
        ("The Sunday Post reported that the app had two million users.", "The Sunday Post", True),  # a statement
        ("Die Stadtwerke bieten ihre App für dich kostenlos an.", "Murtaler Zeitung", True),  # names no site
        ("Hear Ya picked the vocalists. Watch the US Festival set.", "Hear Ya", True),  # 'US' is not 'us'
        ("Get ready, officials in Vancouver said.", "Business in Vancouver", True),  # no name without its first word
        ("Geboren 1991 in Hamm, Redakteurin beim Hellweger Anzeiger. Schreibt über Börse.", "Hellweger Anzeiger", True),
        ("Die App der Stadtwerke ist im App Store und bei Google Play zu haben.", "Basilisk", True),  # not the site's
        ("„Abonnieren Sie die Tagespost“, sagte er.", "Die Tagespost", True),  # a quote, not only the name quoted
    ],
)
def test_sentences_naming_the_site_that_are_no_pitch(line, site, in_body, settings):
    assert not is_site_pitch(line, site, in_body, settings)


@pytest.mark.parametrize(
    "line, closing",
    [
        ("Im Herbst sollen weitere 120 Ortsnetzstationen Messtechnik erhalten.", True),
        ("新研发中心预计明年底启用。", True),
        ("名单详见附件。", True),  # six Chinese characters make a sentence
        ("详见附件。", False),
        ("Recruitment for the first 40 posts will begin next month.", True),
        ("Thank you for signing up!", False),  # not closed by a full stop
        ("Wie geht es weiter mit der Energiewende?", False),  # a question: a teaser
        ("Mehr zum Thema lesen Sie hier.", False),  # names page chrome
        ("Ende.", False),  # too short
        ("Die Software wird als Abo pro Ladepunkt abgerechnet.", True),  # a chrome word in it ('Abo')
        ("Feature image courtesy Ondelle.", False),  # chrome words make up much of it
    ],
)
def test_a_statement_right_below_the_body_closes_the_article(line, closing, settings):
    lines = [PARAGRAPH_DE, "", line, "Impressum"]
    assert closing_sentence(lines, 0, settings) == ({2} if closing else set())


def test_bulleted_key_points_between_headline_and_body_are_the_articles(settings):
    points = [
        "• Colombo start-up's Series A led by Singapore-based Banyan Bridge Capital",
        "• Funds to expand team of 48 to 110 and build speech models for call centres",
    ]
    head = ["LankaLingo raises $ 4.5 m to build Sinhala and Tamil AI models", "Wednesday, 16 June 2027"]
    lines = [*head, *points, "By Nuwan Senarath", PARAGRAPH_DE]
    assert key_points(lines, 5, settings) == {2, 3}
    assert key_points([*head, "Related:", *points, PARAGRAPH_DE], 5, settings) == set()  # below a label
    assert key_points([*head, points[0], "By Nuwan Senarath", PARAGRAPH_DE], 4, settings) == set()  # one alone
    menu = ["* News", "* Columnists", "* Financial Services"]
    assert key_points([*menu, *head, PARAGRAPH_DE], 5, settings) == set()  # menu entries: too short


def test_a_cookie_banners_sentence_the_classifier_trusts_does_not_open_the_body(settings):
    banner = (
        "We and our partners store and/or access information on a device, such as cookies, and process personal "
        "data, such as unique identifiers and standard information sent by a device."
    )
    lines = [banner, "Home", "News", "Business", "Fenmark raises £18m to spot crop disease", PARAGRAPH_DE, PARAGRAPH_DE]
    assert body_bounds(lines, [0.9, 0.0, 0.0, 0.0, 0.2, 0.9, 0.9], True, settings) == (5, 6)


def test_a_sentence_introducing_a_list_below_it_is_the_articles(settings):
    lead = "The company plans to use the new money to:"
    lines = [PARAGRAPH_DE, "Read more", lead, "– grow its London team from 95 to around 180 staff", PARAGRAPH_DE]
    assert introduces_list(lines, 2, settings)
    assert not introduces_list([PARAGRAPH_DE, lead, PARAGRAPH_DE], 1, settings)  # no list below it
    assert not introduces_list([PARAGRAPH_DE, "Lesen Sie auch:", "* Mehr Kohle für den Norden"], 1, settings)
    assert introduced_lists([PARAGRAPH_DE, "", lead, "– grow its London team from 95 to 180"], 0, 0, settings) == {2, 3}


def test_a_heading_about_privacy_between_paragraphs_is_the_articles(settings):
    paragraph = "Die Pflegekräfte diktieren ihre Notizen, die Software schreibt sie in die Akte. " * 2
    for heading, chrome in [
        ("Datenschutz bleibt ein Thema", False),
        ("Kosten und Datenschutz", False),
        ("Datenschutz und Werbung", False),  # two topics joined
        ("Suche nach neuen Räumen", False),
        ("Privacy concerns", False),  # a heading in sentence case
        ("Privacy Settings", True),  # a button's words
        ("Privacy notice", True),
        ("Zur Suche", True),  # a function word and a chrome word, nothing else
        ("Datenschutz", True),  # a footer's link
        ("Privacy Policy", True),
        ("Cookie- und Datenschutzeinstellungen", True),  # a banner's: 'cookie' is no topic word
        ("Artikel teilen", True),
        ("Antworten mit Quellenangabe", False),  # a sub-heading opening with a comment button's word
        ("Antworten", True),  # the button
    ]:
        assert is_chrome_in_body([paragraph, heading, paragraph], 1, settings) is chrome, heading
    assert not is_page_furniture("Datenschutz und Werbung", settings)  # a list's item, though all chrome words
    assert is_page_furniture("Werbung", settings)


def test_a_players_title_between_its_button_and_its_duration_is_the_players(settings):
    lines = [
        PARAGRAPH_DE,
        "Video abspielen",
        "So echt klingt eine geklonte Stimme – der Test",
        "01:54 min",
        PARAGRAPH_DE,
    ]
    assert names_chrome_above(lines, 2, settings) and is_page_furniture(lines[3], settings)
    lines[3] = PARAGRAPH_DE  # no duration below: a sub-heading below a button
    assert not names_chrome_above(lines, 2, settings)


def test_a_players_title_of_one_sentence_between_its_label_and_its_duration_is_the_players(settings):
    lines = ["Audio", "Radio TOP hat mit Flowmetrik-Chef Jonas Brändli gesprochen.", "01:42", "", PARAGRAPH_DE]
    assert [names_chrome_above(lines, i, settings) for i in range(3)] == [False, True, True]
    lines = [PARAGRAPH_DE, "Video", "Der Markt wächst. Er sagte: ja.", "10:30", PARAGRAPH_DE]  # two sentences
    assert not any(names_chrome_above(lines, i, settings) for i in range(len(lines)))


def test_a_duration_alone_below_a_players_button_or_label_is_the_players(settings):
    for player in ["Play", "Video Player", "Play episode", "00:00", "O-Ton: Geschäftsführerin Lena Kröger"]:
        assert names_chrome_above([PARAGRAPH_DE, player, "06:12", PARAGRAPH_DE], 2, settings), player
    assert not names_chrome_above([PARAGRAPH_DE, "Am Abend", "10:30", PARAGRAPH_DE], 2, settings)  # a live blog's time
    assert is_page_furniture("10:30", settings)  # furniture all the same, as a live blog's entry time is


def test_a_call_to_open_the_sites_app_is_its_pitch(settings):
    assert is_site_pitch("打开华尔街见闻APP，查看更多实时行情和深度解读", "华尔街见闻", False, settings)
    assert not is_site_pitch("打开市场需要时间，多家券商认为。", "华尔街见闻", True, settings)  # names no site


def test_a_poll_between_paragraphs_goes_with_its_question_and_label(settings):
    poll = ["Umfrage", "Würden Sie eine KI-Kamera im Stall einsetzen?", "Ja, sofort", "Nein", "Weiss nicht"]
    poll += ["Abstimmen"]
    lines = [PARAGRAPH_DE, "", *poll, PARAGRAPH_DE]
    assert poll_boxes(lines, _present(lines), settings) == {2, 3, 4, 5, 6, 7}
    lines = [PARAGRAPH_DE, "Wie geht es weiter?", "Das entscheidet der Rat.", "Abstimmen", PARAGRAPH_DE]
    assert poll_boxes(lines, _present(lines), settings) == set()  # an answer in a sentence: no poll
    unasked = [PARAGRAPH_DE, "Ja", "Nein", "Abstimmen"]
    assert poll_boxes(unasked, _present(unasked), settings) == set()  # under no question


def test_the_first_paragraph_above_a_list_the_body_starts_below_is_the_articles(settings):
    first = "投资界5月20日消息，上海具身智能企业灵枢机器人宣布完成8亿元B轮融资，本轮融资由启明湾资本领投。"
    lines = ["阅读 2.3万", first, "本轮融资资金将主要用于以下方向：", "核心运动控制算法研发", "苏州量产基地建设"]
    lines += [PARAGRAPH_ZH]
    assert introduced_lists(lines, 5, 5, settings) == {1, 2, 3, 4}
    lines[1] = "阅读排行榜"  # no paragraph above the list
    assert 1 not in introduced_lists(lines, 5, 5, settings)


@pytest.mark.parametrize(
    "line",
    [
        "Daon Thermal CEO Park Sung-min speaks during a press conference in central Seoul on Friday. [DAON THERMAL]",
        "Die FFH-App: Radio, Nachrichten, Verkehr und Blitzer für Hessen – jetzt kostenlos herunterladen.",
        "Korrekturhinweis: In einer früheren Fassung hieß es, die Pilotlinie entstehe in Radeberg.",
        "风险提示及免责条款",
        "市场有风险，投资需谨慎。本文不构成个人投资建议。据此投资，责任自负。",
        "Comments will be moderated. Keep comments relevant to the article. Remarks will be removed.",
        "Lese-Tipp: Schockanrufe per WhatsApp – Polizei warnt vor neuer Masche",
        "Mehr Nachrichten",
        "Buy Now",
        "Mehr Videos",
        "DeepNuri CEO Lee Soo-min presents the company's NX-2 AI processor in Pangyo, Monday. Courtesy of DeepNuri",
        "Lingra co-founder Tran Minh Chau says the tool is designed to support human translators. Source: SBS News",
        "Correction, 6 October 2027: An earlier version of this article gave the wrong number of applications.",
        "Dieser Artikel erscheint auch in der gedruckten Ausgabe der Frankenpost vom 13. Mai 2027.",
        "Don’t miss out on the headlines from Business. Followed categories will be added to My News.",
        "Sponsor Content",
        "Give now",
        "Loading...",
        "Like this:",
        "Druckversion",
        "Stichwörter: Künstliche Intelligenz, Wohngeld, Hessen",
        "Picture: Mark Harding",
        "/lkr/jha/mis",
        "工作人员在调试AI视觉检测设备。受访者供图",
        "Keisha Darrell, chief executive of Harbourline Re, at the company's offices (Photograph by Devon Furbert)",
        "This article appeared in the print edition of The Royal Gazette on Wednesday, March 3, 2027",
        "Dieser Artikel ist am 17.03.2027 auch in der gedruckten Nordsee-Zeitung erschienen.",
        "Users of the Yle News app can follow our latest stories by enabling push notifications.",
        "Top photos via Kopikat AI & Nigel Goh",
        "收聽新聞報道",
        "Themen:",
        "Ergebnis anzeigen",
        "READ MORE – North Sea wind operators turn to robotics as fleets age",
        "Correction (May 12, 2027): An earlier version of this story misstated the size of the site.",
        "Dieser Beitrag ist in der Printausgabe von medianet vom 14. Mai 2027 erschienen.",
        "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
        "Image Credit: Dabao Labs",
        "(awp/mc/ps)",
        "Supplied",
        "Play",
        "A version of this story appeared in print on Page A1.",
        "Like what you've read? To receive our daily and weekly newsletters click here.",
        "IZ Proptech-Tag am 14. Oktober 2027 in Frankfurt – jetzt Ticket sichern",
        "This story also appears in this week's County Press, on sale now.",
        "P/S: The Edge is also available on Apple's App Store and Android's Google Play.",
        "The Spinoff is made possible by our members. If you value independent journalism, please consider it.",
        "Got a story tip? Get in touch with our business desk.",
        "本文为投资界原创，转载请注明出处。",
        "Um diesen Inhalt anzuzeigen, stimmen Sie bitte der Verwendung von Cookies zu.",
        "Externer Inhalt",
        "Autorin",
        "Join now",
        "OK",
        "Food vendors at Kariakoo Market in Dar es Salaam. PHOTO | FILE",
        # the seventeenth session's
        "Dieser Text erschien zuerst im kreuzer 04/2027.",
        "Dieser Beitrag ist in der dlz agrarmagazin-Ausgabe 11/2027 erschienen.",
        "A version of this story appears in the Shepparton News print edition on Thursday, 15 April 2027.",
        "This article first appeared in the August 2027 edition of Islands Business magazine.",
        "Korrigendum: In einer früheren Version dieses Artikels hiess es, die Firma beschäftige 200 Leute.",
        "Hinweis auf mögliche Interessenkonflikte: Der Autor hält keine Positionen in den Wertpapieren.",
        "风险及免责提示：以上内容仅用作信息或教育之目的，不构成任何投资建议。",
        "下载北斗融媒客户端 阅读更多精彩内容",
        "Jetzt Mitglied werden",
        "Become a supporter",
        "Exklusiv für Abonnenten",
        "Listen: How AI is changing the accountancy profession",
        "Related news: Indonesia aims to train 100,000 AI talents by 2029",
        "Agents at the Cebu IT Park site take part in a training session on AI-assisted service. Contributed photo",
        "Farmland east of Springfield, where the company plans four buildings. DEREK OLSEN, THE WORLD-HERALD",
        "Unabhängiger Journalismus kostet.",
        "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        "(With PTI inputs)",
        "文章代表作者个人观点，少数派仅对标题和排版略作修改。",
        "Reach reporter Marisol Quintana at mquintana@example.com or 602-555-0142.",
        "Mehr aus deiner Region? Hol dir den PilatusToday-Newsletter – jeden Abend in deinem Postfach.",
        "Dieser Beitrag erschien in der Ausgabe 436 (Mai/Juni 2027) des Deutschen Baublatts.",
        "This article appears in this week's edition of The Anglo-Celt, in shops now.",
        "Free to republish under a Creative Commons license. Please credit Capitol News Illinois.",
        "Republish this article",
        "We're the only nonprofit newsroom in Mississippi. Your support makes our reporting possible.",
        "Recommended reading: Fermanagh farmers urged to take part in soil sampling scheme",
        "Korrektur vom 4. Juni 2027: In einer früheren Fassung hieß es, der Speicher habe 1,2 MWh.",
        "In einer früheren Version dieses Artikels hieß es, das Unternehmen beschäftige 95 Mitarbeiter.",
        "更正啟事：本文原將成立年份誤植為2023年，已更正。",
        "郑重声明：以上内容与本站无关。",
        "Comments are not available on this story.",
        "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
        "This story also appeared in the Greymouth Star print edition on Saturday, 6 November 2027.",
        "(With inputs from agencies)",
        "Dieser Artikel wurde mit maschineller Unterstützung erstellt und von der Redaktion geprüft.",
        "WATCH | India’s AI mission: Can homegrown models compete?",
        "▶ 观看视频：柔佛数据中心热潮 对水电供应有何影响？",
        # the eighteenth session's
        "BWagrar Ausgabe 23/2027, Seite 18",
        "Erschienen in Ausgabe Nr. 39/2027",
        "(kmö)",
        "This article appeared in the Telegraph-Journal print edition on Wednesday, October 13, 2027.",
        "Dieser Artikel ist in brand eins 07/2027 erschienen.",
        "Sie lesen diesen Beitrag kostenlos. RiffReporter finanziert sich durch Leserinnen und Leser.",
        "Never miss a story: Subscribe to the Tallahassee Democrat using the link at the top of the page.",
        "Courtesy: Prairie Basin Electric Cooperative",
        "[[nid:689204]]",
        "研究团队在实验室调试工业视觉检测系统（受访者供图）",
        "Daily Staff Reporter Jordan Whitfield can be reached at jwhitf@umich.edu.",
        "You have 2 free articles remaining this month. Subscribe for unlimited access.",
        "A previous version of this article misstated the valuation of Handwork Robotics.",
        "Die BERN-OST-App: Alle News aus der Region direkt aufs Handy. Jetzt gratis herunterladen.",
        "DOI: 10.59704/c81e4a02f7d35b96",
        "▲ 金寨县一所乡村中学的英语课上，学生在AI助教的帮助下练习口语",
        "图1 配送全链路时间构成示意",
        "ENDS",
        "This article has been amended to correct the name of the lead investor.",
        "Dieser Kommentar erschien in der gedruckten Ausgabe der PAZ vom 15. September 2027.",
        "本文為作者觀點，不代表本站立場。",
        "Licensed under CC BY-SA 4.0",
        "★★★★½",
        "Powered by Steady",
        "Zum Angebot*",
        "PCMag editors review products independently. If you buy through affiliate links, we may earn commissions.",
        "Big Technology is a reader-supported publication. Consider becoming a free or paid subscriber.",
        "Du hast etwas beobachtet? Schick uns deine Fotos und Videos direkt über WhatsApp.",
        "This report by The Canadian Press was first published June 3, 2027.",
        "Dieser Artikel erschien im K-Tipp 11/2027 vom 9. Juni 2027.",
        "*以上价格仅供参考，以实际购买时为准",
        "Dieser Beitrag wurde gefördert durch die Bayerische Landeszentrale für neue Medien (BLM).",
        "Dieser Beitrag dient ausschließlich der allgemeinen Information und stellt keine Rechtsberatung dar.",
        "For a reprint of this article, please contact reprints@law360.com.",
        "A post shared by Sienna Marlowe (@siennamarlowe)",  # an embedded post
        "View this post on Instagram",
        "Read in browser",  # a newsletter's web edition
        "Refer a friend",
        "Advertisement | page continues below",
        "2/6",  # a gallery's position and count
        "32 Photos",
        "A look inside the chip testing lab in Hefei, east China's Anhui Province. /CGTN",  # a caption's credit
        "Furrowline, contributed",  # who supplied the picture
        "Want to write for us? The Ubyssey is run by student volunteers. Come by our office.",  # a call to join
        "Submit your letter to the editor via this form. Read more Letters to the Editor.",
        "UCA News is an independent Catholic news service. Your donation helps us report from places others do not.",
        "Mit 60 Euro ermöglichen Sie einer Bauernfamilie ein Jahr Beratung. Ihre Spende wirkt.",
        "(With input from Xinhua)",  # an agency's part in the story
        "+8.62 (+22.35%)",  # a share's widget: its change, its ISIN, its price
        "AT0000A3VX21",
        "Kurs: 38,62 EUR",
        "$126.40",
        "You have read 2 of your 3 free articles this month. Subscribe for unlimited access.",
        "This article is provided for general information only and does not constitute legal advice.",
        "Gastbeiträge geben die Meinung der Autorinnen und Autoren wieder, nicht notwendigerweise die der Redaktion.",
    ],
)
def test_captions_notices_pitches_labels_buttons_and_wire_initials_of_any_site_are_page_furniture(line, settings):
    """Forms the fifteenth session's held-out sets printed: captions closed by a credit, notes on corrections, print
    editions and reprints, calls after a dash, teaser labels, buttons, widget labels, wire initials."""
    assert is_page_furniture(line, settings)
    assert settings.cues.chrome_kinds("觀看次數：2,318")  # a view count


@pytest.mark.parametrize(
    "line",
    [
        "Die Firma will das System jetzt – so der Plan – bundesweit anbieten, sagte er.",
        "Daon Thermal said it will invest [more] in Gumi.",
        "Korrekturen an der Software seien nötig gewesen, sagte die Gründerin.",
        "Die Korrektur der Prognose kam für Analysten überraschend, sagte ein Händler in Frankfurt.",
        "The correction in the share price was expected, analysts said on Monday.",
        "Das Unternehmen hat die Software nach eigenen Angaben mit Unterstützung der Stadt entwickelt.",
        "公司表示，新产品将于明年上市，首批客户已经确定。",
        "Read more than 400 reports – the researchers did, and found the same gaps.",
        "Die Korrektur (um 3 Prozent) kam für Analysten überraschend.",
        "Add more GPUs to the cluster, the company said, as WhatsApp usage grew.",  # no call to follow
        "Hier geht es zur Studie, die Forscher auf WhatsApp verbreiteten.",
        "In the March 2027 issue of the journal, the authors report similar results.",  # no print issue alone
        "Kupon: 7,00 – 7,75 % p.a. (Festlegung nach Ende der Zeichnungsfrist)",  # a note in brackets, no credit
    ],
)
def test_the_articles_sentences_with_dashes_brackets_corrections_or_support_are_no_furniture(line, settings):
    assert not is_page_furniture(line, settings)


def test_a_key_points_label_above_the_body_keeps_its_short_points_bulleted_or_not(settings):
    lines = ["阅读 1.3万", "划重点：", "CodeLark 2以Apache 2.0协议开源", "支持128K上下文和40余种编程语言", PARAGRAPH_ZH]
    assert key_points(lines, 4, settings) == {1, 2, 3}
    lines[1] = "热门推荐："  # a teaser box's label: no key points
    assert key_points(lines, 4, settings) == set()


def test_a_press_releases_highlights_below_its_date_are_key_points_without_bullets(settings):
    head = ["Siemens bringt KI-Agenten in die Instandhaltung", "17. März 2027", "Nürnberg"]
    points = [
        "KI-Agenten erkennen Verschleiß an Pumpen und bereiten Arbeitsaufträge selbstständig vor",
        "Pilotbetrieb bei Velmar Chemie senkt ungeplante Stillstände um 23 Prozent",
        "Markteinführung in Europa ab Oktober 2027, erste Vorstellung auf der ACHEMA",
    ]
    lines = [*head, *points, "Pressemitteilung herunterladen (PDF)", PARAGRAPH_DE]
    assert key_points(lines, 7, settings, release=True, headlines=frozenset(head[:1])) == {3, 4, 5}
    assert key_points(lines, 7, settings) == set()  # a story's unbulleted lines: perhaps teasers
    above_headline = [head[1], head[0], *points[:2], "Download", PARAGRAPH_DE]  # the headline, its dek and a caption
    assert key_points(above_headline, 5, settings, release=True, headlines=frozenset(head[:1])) == set()


def _present(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


def test_a_line_whose_words_the_paragraph_below_repeats_is_the_sub_heading_after_a_teaser(settings):
    teaser = "Datenschutz bei KI-Projekten: Das müssen Kommunen beachten"
    heading = "Datenschutz und Personalrat früh eingebunden"
    paragraph = "Bauer rät anderen Kommunen, den Datenschutzbeauftragten und den Personalrat von Anfang an einzubinden."
    lines = [PARAGRAPH_DE, "Weiterlesen:", teaser, heading, paragraph]
    assert chrome_runs(lines, [0.9] * len(lines), 0, len(lines) - 1, settings) == {1, 2}
    lines[4] = PARAGRAPH_DE  # a paragraph about something else below: the line is a second teaser
    assert chrome_runs(lines, [0.9] * len(lines), 0, len(lines) - 1, settings) == {1, 2, 3}


def test_a_list_item_may_name_a_channel_among_other_words(settings):
    lines = [PARAGRAPH_DE, "The basic package, priced at $15 per month, includes:", "a Telegram customer service bot"]
    assert introduces_list(lines, 1, settings)
    assert not introduces_list([PARAGRAPH_DE, lines[1], "Share on Telegram"], 1, settings)


def test_a_box_set_without_blank_lines_ends_at_the_first_one(settings):
    lines = [PARAGRAPH_DE, "", "Auch interessant", "Wie Wasserstoff-Lkw effizienter werden"]
    lines += ["", "Erste Serienanlage in der Steiermark", "", PARAGRAPH_DE]
    assert chrome_runs(lines, [0.9] * len(lines), 0, len(lines) - 1, settings) == {2, 3}
    spaced = [PARAGRAPH_DE, "", "Auch interessant", "", "Wie Wasserstoff-Lkw effizienter werden", ""]
    spaced += ["Erste Serienanlage in der Steiermark", "", PARAGRAPH_DE]  # a blank line after every line: no sign
    assert chrome_runs(spaced, [0.9] * len(spaced), 0, len(spaced) - 1, settings) == {2, 4, 6}


def test_the_articles_last_sentence_past_an_ads_marker_stays_and_a_pitch_there_goes(settings):
    last = "Recruitment for the first 30 roles will begin next month. The firm will hold an open evening."
    lines = [PARAGRAPH_DE, "Advertisement", "Hide Ad", last, "Comments"]
    assert closing_sentence(lines, 0, settings) == {3}
    assert closing_sentence([PARAGRAPH_DE, "Support local journalism", last, "Comments"], 0, settings) == set()


def test_a_table_of_contents_is_chrome_and_the_sub_headings_it_repeats_the_articles(settings):
    entries = ["1. Vom Bauchgefühl zur Datenbasis", "2. Was es gekostet hat"]
    lines = ["Inhalt", *entries, PARAGRAPH_DE, "Vom Bauchgefühl zur Datenbasis", PARAGRAPH_DE]
    lines += ["Was es gekostet hat", PARAGRAPH_DE]
    assert table_of_contents(lines, settings) == ({0, 1, 2}, {4, 6})
    assert table_of_contents(["Inhalt", *entries, PARAGRAPH_DE], settings) == (set(), set())  # repeated nowhere
    lines[0] = "Lesen Sie auch"  # no label of a table of contents
    assert table_of_contents(lines, settings) == (set(), set())
    sections = ["Sections", "A patchwork takes shape", "What a workable federal floor could look like", PARAGRAPH_DE]
    sections += ["A patchwork takes shape", PARAGRAPH_DE, "What a workable federal floor could look like", PARAGRAPH_DE]
    assert table_of_contents(sections, settings) == ({0, 1, 2}, {4, 6})  # a think tank's 'Sections'


@pytest.mark.parametrize(
    "line, caption",
    [
        ("Tidewatch AI founder Marcus Dwyer at Burleigh Heads, where a camera stands. Picture: Glenn Hampson", True),
        ("The committee has written to ministers about the deal | Alamy", True),
        ("Commuters wade through water at Sion station during heavy rain in July. File pic/Kiran Bhalerao", True),
        ("A camera scans the ridgeline near Pollock Pines on May 11, 2027. Miguel Archuleta / CapRadio", True),
        ("Harbourline's co-founders in the company's monitoring centre. Photo: Brunswick News archive", True),
        ("A student demonstrates the app at the Blake Transit Center on Tuesday. Sam Kowalczyk/Daily.", True),
        ('He said: "We will win." – John Smith', False),  # a quote's speaker after a dash
        ("Revenue rose 5%. Source: Company data", False),  # a source label, no picture's
        ("Analyse | Was die KI kann", False),  # a kicker and heading: too short for a caption
        ("The firm grew. It hired more staff. Photo: Alvaro Serey", False),  # two sentences
        ("Declan Moloney checks the grass wedge on his farm near Cahir, Co Tipperary. \\ Philip Doyle", True),
    ],
)
def test_a_caption_closed_by_a_name_behind_a_picture_label_bar_or_slash(line, caption, settings):
    assert is_caption_with_name(line, settings) is caption


def test_a_press_releases_closing_sections_begin_at_its_contacts_or_about_the_company(settings):
    story = [PARAGRAPH_DE, PARAGRAPH_DE, PARAGRAPH_DE]
    boilerplate = (
        "Founded in 2014 and headquartered in Cleveland, Ohio, Ridgeway Freight builds dispatch and pricing software"
        " for regional trucking companies. More than 600 carriers use its platform."
    )
    contact = ["Media contact", "Dana Whitfield", "dana@ridgeway.example"]
    assert release_tail([*story, "About Ridgeway Freight", boilerplate, *contact], 0, 2, settings) == 3
    assert release_tail([*story, *contact], 0, 2, settings) == 3
    assert (
        release_tail([*story, "新聞聯絡人：公共關係室 陳怡君", "聯絡電話：2727-1234"], 0, 2, settings) == 3
    )  # with its value
    for label in ("For media enquiries contact:", "Ansprechpartner(in)", "傳媒查詢", "Press inquiries"):
        assert release_tail([*story, label, "Dana Whitfield", "+49 341 4923814"], 0, 2, settings) == 3, label
    long_value = "Media contact: the agency said it would answer questions about the recall in the coming weeks"
    assert release_tail([*story, long_value], 0, 2, settings) is None  # a sentence, not a contact
    chinese = [
        "关于澜芯智能",
        "深圳市澜芯智能科技有限公司成立于2021年，专注于工业视觉与智能质检领域，为电子制造、汽车零部件、新能源等行业"
        "提供视觉检测软硬件一体化解决方案。",
    ]
    assert release_tail([PARAGRAPH_ZH] * 3 + chinese, 0, 2, settings) == 3
    enbw = "Die EnBW Energie Baden-Württemberg AG ist eines der größten Energieunternehmen in Deutschland und Europa."
    assert release_tail([*story, "Über die EnBW", enbw], 0, 2, settings) == 3  # the name after its article
    # a sub-heading starting with 'about' above a paragraph that names no such company, or with a comma
    assert release_tail([*story, "About the study", PARAGRAPH_DE], 0, 2, settings) is None
    assert release_tail([PARAGRAPH_ZH] * 3 + ["关于未来，她选择一如既往", "关于未来，她说。"], 0, 2, settings) is None


def test_a_photographer_and_outlet_between_bars_right_below_a_caption_credit_it():
    caption = "Dale Ostrowski looks over a field north of Becker, Minn., on May 6."
    assert is_credit_below_caption([PARAGRAPH_DE, caption, "Kirsten Aaland | MPR News"], 2)
    assert not is_credit_below_caption([PARAGRAPH_DE, caption, "", "Kirsten Aaland | MPR News"], 3)  # a blank between
    assert not is_credit_below_caption([PARAGRAPH_DE, "Analyse", "Kirsten Aaland | MPR News"], 2)  # below no sentence


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("图为锐岭汽车新车搭载的智驾域控制器。李婧 摄", True),  # what the picture shows, and its credit
        ("圖為算力中心機房一角。記者 馬文娟 攝", True),
        ("图为医生在门诊使用AI辅助病历系统。受访者供图", True),
        ("图灵奖得主表示，大模型的推理能力仍有很大提升空间。", False),  # '图' opening a word
        ("图为说明，该系统的三个模块各司其职。它们彼此独立。此外还有备份。", False),  # sentences
    ],
)
def test_a_line_saying_what_the_picture_shows_is_its_caption(line, furniture, settings):
    assert is_page_furniture(line, settings) is furniture


def test_a_permission_to_print_a_picture_credits_it(settings):
    assert is_page_furniture("Permission granted by Hartman's Fresh Market", settings)


def test_below_the_body_the_sites_description_of_itself_is_its_pitch(settings):
    line = "Chalkbeat is a nonprofit news site covering educational change in public schools."
    assert is_site_pitch(line, "Chalkbeat", False, settings)
    assert not is_site_pitch(line, "Chalkbeat", True, settings)  # in the body, the article's sentence


def test_the_bodys_last_paragraph_naming_comments_is_no_comment_rules_note(settings):
    closing = "草案是否会生效仍不确定。一些企业表示担心。美国半导体行业协会表示，将在评论期内提交书面意见。"
    lines = [PARAGRAPH_ZH] * 6 + [closing, "评论", "美国之音中文网欢迎您的评论。请遵守我们的评论规则。", "显示评论"]
    assert comment_section(lines, 0, 6, settings) == {7, 8, 9}
    rules = "评论须遵守评论规则。"  # a sentence naming comments above the label: the section's note
    assert comment_section([*lines[:6], rules, *lines[7:]], 0, 5, settings) == {6, 7, 8, 9}


def test_a_clause_closed_by_a_semicolon_is_no_chrome_label(settings):
    assert not is_chrome_label("一是在蓄电池、纺织等传统产业中推广一批可复制的AI应用场景；", settings)
    assert is_chrome_label("推广", settings)


def test_a_long_lead_paragraph_above_a_stock_pictures_credit_is_no_caption(settings):
    lead = (
        "记者近日从多家保险公司了解到，今年以来，大模型技术在保险业的应用明显提速，已从早期的智能客服逐步延伸至理赔、核保、"
        "营销等核心环节。部分险企表示，借助大模型辅助审核，车险和健康险小额理赔的平均处理时效提升了三成以上。"
    )
    caption = "工作人员在理赔中心查看系统。系统已上线。"
    for line, is_one in ((lead, False), (caption, True)):
        lines = ["2027-08-12 07:30", "QQ空间", line, "图片来源：视觉中国", PARAGRAPH_ZH, PARAGRAPH_ZH]
        assert is_caption(lines, 2, 4, 5, settings) is is_one


def test_a_chinese_lead_in_holding_a_chrome_word_still_introduces_its_list(settings):
    lines = ["「聲記」目前提供免費版和付費訂閱兩種方案：", "免費版：每月可轉寫 300 分鐘的錄音內容"]
    assert introduces_list(lines, 0, settings)
    assert not introduces_list(["相关阅读：", "免費版：每月可轉寫 300 分鐘的錄音內容"], 0, settings)
    assert not introduces_list(["We collect your email address in order to:", "- send you our newsletter"], 0, settings)


def test_a_releases_code_closing_its_last_paragraph_is_no_pictures_credit(settings):
    last = "Ein entsprechender Vorschlag der Kammer liegt dem Ministerium seit März vor. (PWK212/JHR)"
    assert not is_page_furniture(last, settings)
    assert is_page_furniture("Workers assemble a robot at the plant on Tuesday. (Hector Alvarado/AJC)", settings)


def test_about_a_company_with_its_legal_form_or_abbreviation_opens_the_closing_sections_too(settings):
    story = [PARAGRAPH_DE, PARAGRAPH_DE, PARAGRAPH_DE]
    vireon = "Vireon AI builds software that lets organizations run AI models in their own data centers."
    assert release_tail([*story, "About Vireon AI, Inc.", vireon], 0, 2, settings) == 3
    nexora = "Nexora betreibt in Kanada Rechenzentren für KI-Anwendungen und vermietet Rechenleistung."
    assert release_tail([*story, "Über Nexora AI Systems Corp.", nexora], 0, 2, settings) == 3  # its first word
    asf = "Established in 1999, The Apache Software Foundation is the world's largest open source foundation."
    assert release_tail([*story, "About The Apache Software Foundation (ASF)", asf], 0, 2, settings) == 3
    agents = "KI-Agenten erledigen inzwischen viele Aufgaben, die früher Sachbearbeiter übernahmen."
    assert release_tail([*story, "Über KI-Agenten im Einsatz", agents], 0, 2, settings) is None  # no company
    assert release_tail([*story, "Forward-Looking Statements", PARAGRAPH_DE], 0, 2, settings) == 3


@pytest.mark.parametrize(
    "line",
    [
        "ISIN: CA65343R1073 | WKN: A3EZ7N",
        "证券代码：688917\u3000\u3000证券简称：启衡智能\u3000\u3000公告编号：2027-036",
        "启衡智能 688917",
        "Ashen Lantern Review - Screenshot 1 of 4",
        "Bild 3 von 8",
        "6–7 minutes",
        "Voiced by Amazon Polly",
        "本文由3DM游戏网转载，如有侵权请联系删除。",
        "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.",
        "The views expressed in this Commentary are the author's, and do not represent those of RUSI.",
    ],
)
def test_a_securitys_identifiers_a_screenshots_position_and_issuers_notices_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


def test_a_heading_whose_chrome_word_is_part_of_a_name_the_paragraphs_use_stays(settings):
    lines = ["The feature, called Reply Assist, is offered to sellers.", "", "How Reply Assist works", ""]
    lines += ["Reply Assist reads the buyer's message together with the listing."]
    assert not is_chrome_in_body(lines, 2, settings)
    shared = ["The feature is offered to sellers on Facebook.", "", "Share on Facebook", "", "It reads the message."]
    assert is_chrome_in_body(shared, 2, settings)


@pytest.mark.parametrize(
    "line",
    [
        "Soldiers move through a training area at Schofield Barracks, Hawaii. U.S. ARMY / STAFF SGT. KEONI PALAKIKO",
        "Ardentek Chairman Lu Chien-hung (center) at the groundbreaking ceremony on Wednesday. CNA photo Aug. 25, 2027",
        "曜影G70公版显卡外观（图片来自曜芯科技）",
        "Die FSFE finanziert sich zum größten Teil aus Spenden. Hilf uns, unabhängig zu bleiben.",
        "Das könnte euch auch interessieren",
        "3h",
    ],
)
def test_captions_with_an_agencys_or_capitals_credit_pitches_and_a_feeds_age_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


def test_a_capitals_credit_closes_a_caption_only_after_a_sentence(settings):
    assert not is_page_furniture("The company said it would hire more staff. AI / ML teams grow.", settings)


@pytest.mark.parametrize(
    "line",
    [
        "Participants demo their projects on day two. Photo by the author.",
        "青木AI创意中心团队合影。图片由青木广告提供",
        "[edit]",
        "Aus Wikinews, der freien Nachrichtenquelle",
        "From Wikipedia, the free encyclopedia",
        "If you read this far, thank the author to show them you care. Say Thanks",
        "Abgerufen von „https://de.wikinews.org/w/index.php?title=Elbtakt&oldid=1043877“",
    ],
)
def test_wiki_chrome_and_captions_credited_to_the_author_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)
    assert not is_page_furniture("From the company's Wikipedia page we learned nothing.", settings)


def test_a_question_to_the_reader_over_an_offer_and_its_button_is_a_widget_however_sure_the_model(settings):
    box = ["Was ist Ihre Immobilie wert?", "Kostenlose Online-Bewertung in wenigen Minuten", "Jetzt bewerten"]
    lines = [PARAGRAPH_DE, "", *box, "", PARAGRAPH_DE]
    assert chrome_runs(lines, [1.0] * len(lines), 0, len(lines) - 1, settings) == {2, 3, 4}
    heading = ["Was kostet das?", "Die Preise im Überblick", "Jetzt bewerten"]  # no reader addressed
    lines = [PARAGRAPH_DE, "", *heading, "", PARAGRAPH_DE]
    assert chrome_runs(lines, [1.0] * len(lines), 0, len(lines) - 1, settings) == set()


def test_a_call_to_join_the_sites_own_or_a_question_right_above_a_button_is_a_widget(settings):
    join = ["Join our next hackathon", "Build with the latest AI models together", "See upcoming events"]
    lines = [PARAGRAPH_DE, "", *join, "", PARAGRAPH_DE]
    assert chrome_runs(lines, [1.0] * len(lines), 0, len(lines) - 1, settings) == {2, 3, 4}
    host = ["Want to host a Global Hack Week meetup at your school?", "Apply now"]
    lines = [PARAGRAPH_DE, "", *host, "", PARAGRAPH_DE]
    assert chrome_runs(lines, [1.0] * len(lines), 0, len(lines) - 1, settings) == {2, 3}
    assert is_page_furniture(
        "A .gov website belongs to an official government organization in the United States.", settings
    )


@pytest.mark.parametrize(
    "line",
    [
        "84.103 Unterschriften",
        "62,904 people have signed",
        "Halden Z7 | Halden 100-400mm F4.5-5.6 | 400mm | 1/2000 sec | F5.6 | ISO 1600",
        "Lumo S2｜23mm F1.4｜F2.8｜1/60s｜ISO 12800",
        "Stellungnahme zum Referentenentwurf (PDF, 312 KB)",
        "Vorname",
        "Links:",
    ],
)
def test_petition_counts_exposure_data_download_links_and_form_fields_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


def test_a_sentence_giving_an_exposure_or_naming_a_pdf_is_no_furniture(settings):
    assert not is_page_furniture("The sample was shot at 1/250 s and ISO 3200, with little noise.", settings)
    assert not is_page_furniture("Den Bericht finden Sie hier (PDF).", settings)


@pytest.mark.parametrize(
    "line", ["12:40 Uhr", "3:05pm", "P104 NMS CEEFAX 104 Mon 12 Jul 13:03/11", "TSX-V: SKR | WKN: A3E2KM"]
)
def test_a_live_blogs_entry_time_a_teletext_header_and_a_tickers_symbol_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


@pytest.mark.parametrize("line", ["1 of 8", "Bild 2/11", "图2", "[00:03:52]", "#ai", "NOT FOR REPRINT"])
def test_a_gallerys_counter_a_time_code_and_a_lone_hashtag_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


def test_a_handle_alone_but_not_a_decorator_above_code(settings):
    assert is_handle(["Mira Hoppe", "@mhoppe", "Die EU-KI-Verordnung gilt ab August."], 1)
    assert is_handle(["@kira@mastodon.social"], 0)
    assert not is_handle(["@classmethod", "", "def from_config(cls, path):"], 0)


@pytest.mark.parametrize(
    "line",
    [
        "This article is only available to subscribers",
        "Dieser Artikel ist exklusiv für Abonnentinnen und Abonnenten.",
        "You’ve read the first part of this story. Subscribe to read the rest, along with our archive.",
        "Es gilt das gesprochene Wort.",
        "Wird diese E-Mail nicht korrekt angezeigt? Im Browser ansehen",
        "如果邮件无法正常显示，请点击这里查看网页版",
        "Diese Grafik ist interaktiv. Für die Werte über die Balken fahren.",
        "Chart: Elias Brandt, Datawrapper • Source: Lindqvist Tracker • Get the data • Created with Datawrapper",
        "Cite this as: BMJ 2027;389:r1187",
        "更正说明：本文初版中“图片总量逾1200万张”有误，应为“逾1100万张”，现已更正。",
        "（本文已于5月12日11时更新，补充企业最新消息）",
        "Dieser Beitrag ist Teil unseres Specials „KI in der Verwaltung“.",
        "Sieh dir diesen Beitrag auf Instagram an",
        "Ein Beitrag geteilt von Mira Lenz | Social Media Coach (@miralenz.social)",
        "林語彤 Yutong Lin(@yutong.lin) 分享的貼文",
    ],
)
def test_a_paywalls_a_speechs_a_mails_a_charts_and_a_corrections_notes_are_notices(line, settings):
    assert is_notice(line, settings)


REVIEW = [
    "Die Akkulaufzeit überzeugt im Test.",
    "Pro",
    "+ sehr helles, farbstarkes OLED-Display",
    "hilfreicher KI-Assistent",
    "Contra",
    "Abo für Vielnutzer nötig",
    "Verarbeitung nur in der Cloud",
    "Lingovo Talk 2",
    "ab 189 €",
]


def test_a_reviews_pros_and_cons_are_found_with_their_labels_up_to_the_products_name(settings):
    assert verdict_lists(REVIEW, list(range(len(REVIEW))), settings) == set(range(1, 7))
    english = [
        "Pocketscribe - Pros",
        "All processing happens on device",
        "Reasons to avoid",
        "Only four languages",
        "$1,299 at Best Buy",
    ]
    assert verdict_lists(english, list(range(len(english))), settings) == {0, 1, 2, 3}


def test_strengths_without_weaknesses_or_a_label_without_items_are_no_verdict(settings):
    assert (
        verdict_lists(REVIEW[:4] + ["Testurteil: Gut"], list(range(len(REVIEW[:4] + ["Testurteil: Gut"]))), settings)
        == set()
    )
    assert (
        verdict_lists(
            ["Pros", "Cons", "Only four languages"], list(range(len(["Pros", "Cons", "Only four languages"]))), settings
        )
        == set()
    )


def test_a_machines_summary_box_with_its_label_points_and_feedback_question(settings):
    lines = [
        "Schwetzingen setzt auf KI",
        "Zusammenfassung – KI-generiert",
        "Die Stadt setzt ab Juni einen Assistenten ein.",
    ]
    lines += ["Er beantwortet Fragen zu Ausweisen und Müll.", "War die Zusammenfassung hilfreich?", "Ja", "Nein"]
    lines += [PARAGRAPH_DE]
    assert ai_summaries(lines, list(range(len(lines))), settings) == set(range(1, 7))
    english = ["Key Points", "AI-assisted summary", "Utilities asked regulators to raise rates.", "Bills could rise."]
    english.append(PARAGRAPH_DE)
    assert ai_summaries(english, list(range(len(english))), settings) == {0, 1, 2, 3}


def test_a_sentence_about_machine_made_content_is_no_summarys_note(settings):
    lines = ["UK ad regulators set out rules for AI-generated beauty imagery", "By Amy Whitfield", PARAGRAPH_DE]
    lines += [
        "make clear when a model or scene has been fully generated by AI, where this could mislead",
        "vollständig KI-generierter Titel",
    ]
    assert ai_summaries(lines, list(range(len(lines))), settings) == set()


@pytest.mark.parametrize(
    "line",
    ["Rating: Buy (zuvor: Hold)", "Kursziel: 95 EUR (zuvor: 112 EUR)", "Kurspotenzial: +40,1 %", "投资评级：买入"],
)
def test_an_analysts_rating_and_price_target_are_page_furniture(line, settings):
    assert is_page_furniture(line, settings)


def test_a_sentence_on_a_rating_is_no_furniture(settings):
    assert not is_page_furniture("Rating: Die Analysten von Montfort empfehlen die Aktie weiter zum Kauf.", settings)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Einwilligung und Datenschutz", False),  # a sub-heading on two topics of the story
        ("Patients must be asked for consent", False),
        ("Consent", True),
        ("PTI AKN HVA", True),  # an agency and its desk's codes closing the story
        ("epd lnb kw", True),
        ("GNA", True),  # the agency alone, closing its story
    ],
)
def test_a_heading_about_consent_is_no_consent_box(line, furniture, settings):
    assert is_page_furniture(line, settings) is furniture


def test_a_sub_heading_below_a_teaser_needs_only_a_quarter_of_its_words_in_the_paragraph(settings):
    teaser = "Warum Rechenzentren in Frankfurt keinen Strom mehr bekommen"
    heading = "Fertigung in Taiwan, Verpackung in Sachsen"
    paragraph = (
        "Gefertigt wird der Chip wie bei fast allen Start-ups bei einem Auftragsfertiger in Taiwan. Das sogenannte "
        "Packaging übernimmt ein Betrieb bei Dresden."
    )
    lines = [PARAGRAPH_DE, "Auch lesenswert:", teaser, heading, paragraph]
    assert chrome_runs(lines, [0.9] * len(lines), 0, len(lines) - 1, settings) == {1, 2}


def test_plain_items_below_a_short_lead_below_the_body_are_the_articles_when_a_paragraph_follows(settings):
    items = [
        "a federal AI skills credit of up to $2,500 per employee for small businesses",
        "free online courses offered through colleges and polytechnics",
        "clearer guidance on privacy obligations when using AI tools",
    ]
    after = (
        "Statistics Canada has also tracked rising AI use among businesses in recent years, with adoption highest "
        "in information and cultural industries."
    )
    lines = [PARAGRAPH_DE, "Its recommendations include:", *items, after]
    assert introduced_lists(lines, 0, 0, settings) == {1, 2, 3, 4}
    assert introduced_lists([*lines[:5], "Share this article"], 0, 0, settings) == set()  # no paragraph below


def test_the_first_numbered_sub_heading_above_the_body_is_the_articles():
    lines = [
        "行业主要上市公司：寒武纪等",
        "1、推理需求快速释放 市场规模突破千亿元",
        PARAGRAPH_DE,
        "2、国产厂商份额首次过半",
        PARAGRAPH_DE,
    ]
    assert numbered_first_heading(lines, 2, 4) == {1}
    assert numbered_first_heading(lines[:3], 2, 2) == set()  # no second heading in the body


def test_a_sub_heading_on_a_kind_of_reporting_is_no_outlets_report(settings):
    assert not is_page_furniture("真人主播转向深度报道", settings)
    assert is_page_furniture("机器之心报道", settings)


def test_key_points_below_need_to_know_are_the_articles(settings):
    head = ["Two in three brokers now use AI on renewals, survey finds", "By Harriet Cole | 12 October 2027", "Print"]
    points = [
        "Two in three brokers now use generative AI in some part of the renewal process",
        "Firms report time savings of up to 40% on commercial renewals",
    ]
    lines = [*head, "Need to know", *points, PARAGRAPH_DE]
    assert {4, 5} <= key_points(lines, 6, settings)


def test_a_list_item_using_a_buttons_word_among_others_is_no_chrome_item(settings):
    items = ["resit pass rates compared with last year", "attendance at maths lessons"]
    items += ["feedback from students and lecturers"]
    lines = [PARAGRAPH_DE, "The college will monitor the following measures over the coming year:", *items]
    assert introduced_lists(lines, 0, 0, settings) == {1, 2, 3, 4}


def test_the_bodys_last_statement_naming_comments_is_no_note_on_the_comment_rules(settings):
    last = "SEBI has said it will finalise the framework after considering public comments."
    lines = [PARAGRAPH_DE, PARAGRAPH_DE, PARAGRAPH_DE, last, "Comments", "Ramesh Iyer", "Good move."]
    assert 3 not in comment_section(lines, 0, 3, settings)
    lines[3] = "What do you think? Let us know in the comments below."
    assert 3 in comment_section(lines, 0, 3, settings)


def test_a_quote_above_a_photographs_credit_is_the_articles_and_a_plain_line_its_caption(settings):
    quote = '"We did not want a black box that tells a manager what to do," said Eline Kroes, operating chief at Dijk.'
    caption = "A planner reviews the agents' suggestions at the Van Dijk warehouse in Venlo on Monday."
    for line, expected in ((quote, False), (caption, True)):
        lines = [PARAGRAPH_DE, line, "(Photo by Joris Verhaeg / Unsplash)", PARAGRAPH_DE]
        assert is_caption(lines, 1, 0, 3, settings) == expected


def test_a_one_letter_cue_among_words_is_no_chrome_between_paragraphs(settings):
    lines = [PARAGRAPH_DE, "2 x USB4 Type-C ports", "X", "24. X", "Textquelle: © LAOLA1.at", PARAGRAPH_DE]
    assert not is_chrome_in_body(lines, 1, settings)
    assert all(is_chrome_in_body(lines, i, settings) for i in (2, 3, 4))  # the button alone, an index's letter, a sign


def test_a_sentence_on_the_stories_first_publication_is_no_republication_note(settings):
    assert not is_page_furniture(
        "In a response sent after this story was first published, the firm said it regrets.", settings
    )
    assert is_page_furniture("This story was first published by CalMatters.", settings)
    assert is_page_furniture("Die Kommentarfunktion wurde am 10.03.2027 um 19:04 Uhr geschlossen.", settings)
