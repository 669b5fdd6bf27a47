"""build_scripts/headline.py: which lines may be a headline."""

import pytest

from build_scripts.headline import (
    agreed_name,
    below_kicker,
    below_section_label,
    continued,
    copyright_holder,
    fuller_form,
    headline,
    headline_below_label,
    masthead,
    masthead_line,
    may_be_headline,
    most_named,
    name_of_domain,
    site_name,
    standfirst,
    story_tab_site,
    tab_site,
    without_kicker,
    without_site_name,
)


@pytest.mark.parametrize(
    "line",
    [
        "Cowboyboots von Crocs – werden auch Croots genannt. Foto: Crocs",  # a caption with its credit
        "AI伺服器需求強勁，台灣代工廠積極擴產。圖／聯合報系資料照片",
        "Die Erwartungen sind hoch. Denn die Welt ist weit vom Pfad entfernt. Auch die EU ist es.",  # prose
        "（原标题：国务院联防联控机制印发通知）",  # a repost's note of the original title
        "« Fünf Gedanken zum Pokal-Aus in Dortmund",  # a link to the blog's previous post
        "Next: OpenAI and Microsoft rework deal »",
        "0",
        "No Result",  # a widget's words: a search box, a contact box, a shopping cart
        "Drop us a line",
        "Es befinden sich keine Artikel im Warenkorb",
        "购物车",
        "Schreibe eine Antwort",  # a comment form
        "Roasted Chicken with Oriental Rice with",  # broken off: a dangling word or a comma ends no heading
        "Spells, Charms, Conjurations,",
        "Wir sind Ihr starker Partner rund um die",
        "锡澄高速无锡往江阴方向（包括江阴大桥）全封闭，",
        "In summary",  # a label over the story's summary
        "Where to go next to",  # 'to' after no verb that it completes
        "Provided by Lakeshore Vision Systems",  # a picture's credit in its opening words
        "02:40 Ein Rechenzentrum so groß wie eine Stadt",  # an episode's entry behind its length
        "An official website of the United States government",  # a government's banner
        "(This content is not subject to review by Daily Kos staff prior to publication.)",  # a note in brackets
        "Die Schweiz will den Einsatz von künstlicher Intelligenz gezielt regeln. (Archivbild)",  # a picture's note
        "Der Assistent „Zula“ soll die Leitungen entlasten. Quelle: Anja Peters",  # a caption's labelled credit
    ],
)
def test_captions_credits_and_notes_are_no_headline(line, settings):
    assert not may_be_headline(line, settings)


@pytest.mark.parametrize(
    "line",
    [
        "U.S. Senate passes AI bill",
        "定了！广州南沙邮轮母港即将开通！地铁直达+无敌免...",
        "OpenAI and Microsoft rework deal",
        "Search results nobody expected: what the new index shows",  # a widget's word within other words
        "Google stellt neues Sprachmodell vor",  # a verb's particle may end a German headline
        "Grazer Chip-Start-up Voltari sammelt 60 Millionen Euro ein",  # the particle of einsammeln, not an article
        "Rhonewerke setzen auf KI-Rechenzentren – die Aktie springt an",  # German 'an', no English article
        "The AI everyone is talking about",  # a preposition that ends a clause
        "Juneau startup's AI reviews fishing boat video so observers don't have to",  # 'to' completing 'have'
        "24/7: KI-Hotline beantwortet Fragen rund um die Uhr",  # a number, no clock time
    ],
)
def test_headlines_with_abbreviations_and_ellipses_may_be_headlines(line, settings):
    assert may_be_headline(line, settings)


def test_a_chinese_page_names_its_chinese_copyright_holder():
    lines = [
        "自由時報電子報",
        "半導體設備需求隨AI晶片擴產走強。",
        "自由時報版權所有不得轉載",
        "© 2025 The Liberty Times.",
    ]
    assert copyright_holder(lines) == "自由時報"
    assert copyright_holder(["Ein Artikel.", "© 2025 The Liberty Times. All Rights Reserved."]) == "The Liberty Times"
    # as the page prints it alone: a copyright line's capitals and article are typesetting
    footer = ["Financial Times", "Ein Artikel.", "© THE FINANCIAL TIMES LTD 2025. All rights reserved."]
    assert copyright_holder(footer) == "Financial Times"
    assert copyright_holder(["kath.net", "Ein Artikel.", "© 2027 www.kath.net"]) == "kath.net"  # and its 'www.'
    assert copyright_holder(["Ein Artikel.", "© Morgenpost Verlag GmbH"]) == "Morgenpost Verlag"  # 'ag' is no form
    # 'all rights reserved' is no holder: the name follows it
    assert copyright_holder(["信報財經新聞", "文章。", "信報網站 版權所有 ©"]) == "信報網站"  # not '權所有'
    chinese = ["柔佛再迎AI数据中心投资。", "版权所有 © 2027 Sin Chew Media Corporation Berhad"]
    assert copyright_holder(chinese) == "Sin Chew Media"  # without its legal form
    dashed = ["Ein Artikel.", "© Trierischer Volksfreund 2027 – Alle Rechte vorbehalten"]
    assert copyright_holder(dashed) == "Trierischer Volksfreund"  # the dash parts the year from the rights
    assert (
        copyright_holder(["Ein Artikel.", "© 2027 Spiegel - Verlag Rudolf Augstein"])
        == "Spiegel - Verlag Rudolf Augstein"
    )
    caption = "Das Lexaro-Gründungsteam: Theresa Wimmer, David Kovač und Jonas Egger. © Lexaro"
    assert copyright_holder(["Trending Topics", caption, "Ein Artikel."]) is None  # a picture's credit
    assert copyright_holder(["Ein Artikel.", "Alle Inhalte © 2027 Golem.de"]) == "Golem.de"
    assert copyright_holder(["Ein Artikel.", "Copyright © 1997-2027 by www.people.com.cn. all rights reserved"]) == (
        "www.people.com.cn"
    )


def test_a_chinese_masthead_without_its_latin_acronym(settings):
    lines = ["中央社 CNA", "數位部砸120億培育AI人才", "（中央社記者吳家豪台北18日電）數位發展部今天宣布。"]
    assert masthead(lines, "數位部砸120億培育AI人才", 2, settings) == "中央社"


def test_the_headline_stands_above_its_dek_and_both_above_the_byline(settings):
    head = [
        (0, "Tech"),
        (2, "Chinese AI start-up releases a reasoning model it says rivals OpenAI"),
        (4, "The Hangzhou-based company says its model was trained for under US$6 million"),
    ]
    scores = [0.3, 0.0, 0.3, 0.0, 0.5, 0.0]  # the model prefers the dek
    assert headline(head, scores, [], [], settings)[0] == 4
    assert headline(head, scores, [5], [], settings)[0] == 2  # 'Coco Liang in Shenzhen' on line 5
    assert headline(head, scores, [40], [], settings)[0] == 4  # a byline far below says nothing


def test_a_caption_above_its_credit_is_no_headline_and_takes_no_place_above_the_byline(settings):
    headline = "British robotics start-up to build warehouse robots in Sunderland in £600m bet"
    dek = "Thornbury Robotics will create 900 jobs at former car parts plant as it races rivals"
    caption = "Thornbury Robotics' Porter machines can lift and sort parcels weighing up to 25kg"
    head = [(0, headline), (1, dek), (2, caption), (3, "Credit: Ian Forsyth/Bloomberg")]
    assert headline_of(head, [0.3, 0.6, 0.2, 0.0, 0.0], [4], settings) == 0
    assert headline_of(head[:3], [0.3, 0.6, 0.2, 0.0, 0.0], [4], settings) == 1  # no credit: the caption counts


def test_two_sentences_without_a_full_stop_right_above_the_byline_may_be_the_headline(settings):
    headline = "Montreal startup's AI tutor is now in 40 Quebec schools. Some teachers say it's moving too fast"
    dek = "Lumina says its math tutor helps struggling students, but teachers' unions want clearer rules on data"
    assert headline_of([(0, headline), (1, dek)], [0.3, 0.4, 0.0], [2], settings) == 0
    assert headline_of([(0, headline + "."), (1, dek)], [0.3, 0.4, 0.0], [2], settings) == 1  # a dek's sentences


def test_the_headline_the_page_prints_wins_over_the_browser_tabs_other_wording(settings):
    tab = "Belfast cyber firm Ardshield to create 240 jobs in AI security push | BelfastTelegraph.co.uk"
    printed = "Belfast cyber firm Ardshield to create 240 jobs as it bets on AI-powered defence"
    dek = "Titanic Quarter company says posts will pay average salary of £52,000"
    head = [(0, tab), (1, "Skip to main content"), (2, "Business"), (3, printed), (4, dek)]
    scores = [0.4, 0.0, 0.0, 0.03, 0.02, 0.0]  # the model prefers the tab
    assert headline_of(head, scores, [5], settings) == 3
    tab = "Ann Arbor AI startup Gearline lands $38M, plans 250 jobs in Corktown | Crain's Detroit Business"
    printed = "Ann Arbor's Gearline AI raises $38 million, will open Detroit engineering hub with 250 jobs"
    assert headline_of([(0, tab), (1, "Technology"), (2, printed)], [0.4, 0.0, 0.03, 0.0], [3], settings) == 2
    other = "Shipyard cranes get a second life as a film studio opens in the Titanic Quarter"
    assert headline_of([*head[:3], (3, other), (4, dek)], scores, [5], settings) == 0  # another story's words


def test_the_headline_the_page_prints_above_its_byline_wins_over_the_tab_when_the_body_tells_its_story(settings):
    tab = "AI主播帮龙井茶农卖茶 线上销售额翻番_钱江晚报"
    printed = "西湖边的老茶农，请来了“AI主播”"
    body = ["西湖边的茶园里，62岁的老茶农周国强一边炒茶，一边请屏幕里的“AI主播”介绍新茶。"]
    head = [(0, tab), (1, "钱江晚报"), (2, "首页 > 科技"), (3, printed)]
    scores = [0.3, 0.0, 0.0, 0.01, 0.0]  # the model prefers the tab
    assert headline(head, scores, [4], body, settings)[0] == 3
    other_story = ["另一篇文章的正文，讲的是别的事情。"]
    assert headline(head, scores, [4], other_story, settings)[0] == 0


def test_a_line_further_up_telling_most_of_the_tabs_story_wins_over_a_section_above_the_dateline(settings):
    tab = "A newsroom let AI take notes at every council meeting. Here's what it learned. - Poynter"
    printed = "A newsroom let AI sit through every council meeting for a year. Here's what it learned."
    head = [
        (0, tab),
        (1, "poynter.org"),
        (2, printed),
        (3, "Renee Caldwell"),
        (4, "6–7 minutes"),
        (5, "Business & Work"),
    ]
    assert headline_of(head, [0.3, 0.0, 0.09, 0.0, 0.01, 0.02, 0.0], [6], settings) == 2
    crumbs = (2, "Startseite » Wirtschaft » KI-Kompetenzzentrum im Gewerbepark West eröffnet")
    tab = "KI-Kompetenzzentrum im Gewerbepark West eröffnet – Hermannstädter Zeitung"
    other = "Hermannstädter Softwarefirmen bündeln ihre Kräfte für künstliche Intelligenz"
    assert headline_of([(0, tab), (1, "Wirtschaft"), crumbs, (3, other)], [0.3, 0.0, 0.0, 0.2, 0.0], [4], settings) == 3


def test_a_headline_below_the_dateline_is_looked_for_though_a_signatures_date_closes_the_story(settings):
    tab = "启衡智能：关于签订日常经营重大合同的公告_巨潮资讯网"
    printed = "深圳启衡智能科技股份有限公司关于签订日常经营重大合同的公告"
    head = [(0, tab), (1, "巨潮资讯网"), (2, "启衡智能 688917"), (3, "公告日期：2027-07-08"), (4, printed)]
    assert headline_of(head, [0.3, 0.0, 0.2, 0.0, 0.2, 0.0], [3, 40], settings) == 4


def headline_of(head, scores, bylines, settings):
    return headline(head, scores, bylines, [], settings)[0]


def test_a_kicker_of_a_word_or_two_above_the_headline_does_not_take_the_bylines_weight(settings):
    head = [(0, "TECH"), (1, "AI data centers are pushing up electric bills across the Midwest")]
    scores = [0.4, 0.3, 0.0]
    assert headline(head, scores, [2], [], settings)[0] == 1
    # a headline of a few words above its dek keeps it
    head = [(0, "Der KI-Boom frisst Strom"), (1, "Warum Rechenzentren den Strompreis in ganz Europa treiben")]
    assert headline(head, [0.5, 0.3, 0.0], [2], [], settings)[0] == 0
    # two words over a long line without a closing sentence mark: a section's name over the headline
    long = "Oakland Startup Says Its AI Can Spot Bias in Hiring. A New Bill Would Put That to the Test"
    assert headline([(0, "Silicon Valley"), (1, long)], [0.4, 0.2, 0.0], [2], [], settings)[0] == 1
    dek = "Das Unternehmen aus der Schweiz sammelt Geld für eine neue Fabrik und stellt zwanzig Leute ein."
    assert headline([(0, "Sprungbrett-Event Schaffhausen"), (1, dek)], [0.5, 0.3, 0.0], [2], [], settings)[0] == 0


def test_below_a_kicker_the_headline_above_a_dek_of_sentences_is_weighed_up_too(settings):
    # kicker, headline, a dek of sentences (no candidate), dateline: the two candidates above it both may lead
    head = [(0, "Jobcenter setzen auf Algorithmen"), (2, "KI entscheidet über die Einladung zu Gesprächen")]
    scores = [0.5, 0.0, 0.9, 0.0, 0.0, 0.0]
    assert headline(head, scores, [6], [], settings)[0] == 0  # no dek between: the topmost only
    assert headline(head, scores, [6], [], settings, prose=frozenset({4}))[0] == 2
    broken = [(0, "Tanz in der St. Galler Lokremise:"), (1, "Mit allen Wassern gewaschen")]  # one headline
    at, titles = headline(broken, [0.5, 0.9, 0.0, 0.0, 0.0, 0.0], [6], [], settings, prose=frozenset({4}))
    assert titles[0].text == "Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen"


def test_a_line_that_is_no_candidate_between_two_leaves_the_byline_to_the_lower_one(settings):
    # a blog's tagline, a link to the previous post, the post's title, its date: the title is weighed up
    head = [(0, "Aus dem Leben eines Talentfreien"), (1, "« Logbuch kfr2010"), (2, "Monstergespräche #1")]
    scores = [0.6, 0.0, 0.4, 0.0]
    assert headline(head, scores, [3], [], settings)[0] == 2
    # with nothing between them, the topmost stays the one weighed up (a headline above its dek)
    adjacent = [(0, "Aus dem Leben eines Talentfreien"), (2, "Monstergespräche #1")]
    assert headline(adjacent, scores, [3], [], settings)[0] == 0


def test_a_sentence_weighs_less_than_a_headline_but_may_be_one(settings):
    """Captions and deks end with a full stop or hold two sentences; a few headlines do too."""
    head = [(0, "Visual Abstract. Influenza Vaccination for the Elderly"), (1, "Flu shots for the elderly")]
    assert headline(head, [0.5, 0.2], [], [], settings)[0] == 1
    menu = [(0, "Plans"), (1, "Want to See a More Diverse WordPress Contributor Community? So Do We.")]
    assert headline(menu, [0.01, 0.5], [], [], settings)[0] == 1


def test_a_label_ending_in_a_colon_is_a_headline_only_with_the_line_that_continues_it(settings):
    head = [
        (0, "HINWEIS:"),
        (1, "Diese Seite nutzt Cookies. Mehr dazu im Datenschutz."),
        (2, "Barisic: Dann hau ich mein Handy zam"),
    ]
    assert headline(head, [0.5, 0.0, 0.2], [], [], settings)[0] == 2
    broken = [(0, "Tanz in der St. Galler Lokremise:"), (1, "Mit allen Wassern gewaschen"), (2, "Kultur")]
    assert headline(broken, [0.5, 0.1, 0.2], [], [], settings)[1][0].text == (
        "Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen"
    )


def test_a_list_item_is_a_menu_entry_or_teaser_unless_the_page_lists_its_headline(settings):
    """A text copy renders menus and teaser lists as items ('* Kohleausstieg'); the <h1> stands alone."""
    head = [(0, "* Kohleausstieg"), (1, "* Energiewende"), (2, "COP26 in Glasgow")]
    assert headline(head, [0.4, 0.1, 0.2], [], [], settings)[0] == 2
    listed = [(0, "* 国际"), (1, "* 我国集成电路进口突破3000亿美元"), (2, "9 23")]
    at, titles = headline(listed, [0.01, 0.5, 0.0], [], [], settings)
    assert (at, titles[0].text) == (1, "我国集成电路进口突破3000亿美元")  # the bullet is no part of it


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # elements of one row, set apart by a wide gap: a button, a section label
        ("Suche          Der Tag, an dem der Mensch erwacht          Mehr zu", "Der Tag, an dem der Mensch erwacht"),
        ("文献资料\t中华人民共和国数据安全法", "中华人民共和国数据安全法"),
        # a kicker in its own element keeps a space before its colon
        ("Abstandsregeln : Wie Firmen ihre Beschäftigten schützen", "Wie Firmen ihre Beschäftigten schützen"),
        ("原创 最不愁吃肉的国家：顿顿有肉吃", "最不愁吃肉的国家：顿顿有肉吃"),  # a badge before the headline
        ("【原創】AI伺服器需求強勁", "AI伺服器需求強勁"),
        # a colon written into the headline stays, and so do a short tail and a word that starts like a badge
        ("Prison official: ‘Anyone’ could escape", "Prison official: ‘Anyone’ could escape"),
        ("Review : Pixel 9", "Review : Pixel 9"),
        ("原创音乐人登上排行榜", "原创音乐人登上排行榜"),
    ],
)
def test_a_headline_without_the_elements_a_text_copy_sets_beside_it(line, expected, settings):
    at, titles = headline([(0, line)], [0.5], [], [], settings)
    assert titles[0].text == expected


def test_a_breadcrumb_glued_before_the_headline_goes_when_the_page_prints_the_headline_alone(settings):
    glued = [(0, "Home Issues Prison official: anyone could escape"), (3, "Prison official: anyone could escape")]
    assert headline(glued, [0.5, 0.0, 0.0, 0.01], [], [], settings)[0] == 3
    run_together = [(0, "Business JargonsBusiness Leadership Styles"), (2, "Leadership Styles")]
    assert headline(run_together, [0.5, 0.0, 0.01], [], [], settings)[0] == 2
    named = [(0, "Meet cultural artist Alexandria Douziech"), (2, "Alexandria Douziech")]  # no breadcrumb: it stays
    assert headline(named, [0.5, 0.0, 0.01], [], [], settings)[0] == 0
    body = ["", "Prison official: anyone could escape", "The prison's director told lawmakers on Tuesday that …"]
    found = headline(glued[:1], [0.5], [], body, settings)[1]  # printed alone again as the body opens
    assert [t.text for t in found] == ["Prison official: anyone could escape"]
    # a trail's last crumb is the page's short title; the full headline is printed right below it
    trail = [(0, "Home » Blogs » AI » Survey: AI Agents Touch Most CI/CD Pipelines")]
    full = "Survey: AI Agents Touch Most CI/CD Pipelines, but Few Teams Trust Them to Deploy"
    found = headline([*trail, (2, full)], [0.5, 0.0, 0.1], [], [], settings)[1]
    assert [t.text for t in found] == [full]


def test_the_headline_is_the_line_the_body_repeats(settings):
    """The model scores a login prompt above the headline; the article's words tell them apart."""
    head = [(0, "Forgot your password?"), (1, "Meridian cuts full-year forecast as customers pause cloud spending")]
    scores = [0.3, 0.04]
    body = [
        "Meridian Software lowered its full-year revenue forecast on Wednesday.",
        "Customers are delaying renewals and pausing cloud spending to fund AI projects, the company said.",
    ]
    assert headline(head, scores, [], [], settings)[0] == 0
    assert headline(head, scores, [], body, settings)[0] == 1


def test_chinese_headlines_echo_by_character_pairs(settings):
    head = [(0, "登录注册"), (1, "深度求索发布新一代推理模型")]
    body = ["杭州人工智能公司深度求索今天发布了新一代推理模型，称其成本远低于同类产品。"]
    assert headline(head, [0.5, 0.05], [], body, settings)[0] == 1


def test_the_masthead_below_the_browser_tabs_title(settings):
    title = "Berliner Senat will KI-Assistenten in allen Bezirksämtern einsetzen"
    lines = [title, "Tagesspiegel", "Berlin", title, "Von Clara Ehrhardt", "Der Berliner Senat plant es."]
    assert masthead(lines, title, 5, settings) == "Tagesspiegel"
    lines = [f"{title} | Bendigo Advertiser", "Subscribe", "Login", "Today's Paper", "Bendigo Advertiser", title]
    assert masthead([*lines, "Der Berliner Senat plant es."], title, 6, settings) == "Bendigo Advertiser"  # no e-paper
    assert masthead([title, "Tagesspiegel", "Der Senat plant es."], title, 2, settings) is None  # the headline first


def test_a_logos_initials_give_way_to_the_name_spelled_out_below_them(settings):
    title = "Schweriner Firma will Pflegedokumentation mit KI verkürzen"
    lines = ["KI-App für die Pflege | SVZ", "SVZ", "Schweriner Volkszeitung", "Lokales", title, "Text."]
    assert masthead(lines, title, 5, settings) == "Schweriner Volkszeitung"  # a letter from inside the compound
    domain = ["MOZ.de", "Märkische Oderzeitung", "Brandenburg", title, "Text."]
    assert masthead(domain, title, 4, settings) == "Märkische Oderzeitung"  # the initials written as a domain
    spelled = ["FMT", "Free Malaysia Today", "Berita", title, "Text."]
    assert masthead(spelled, title, 4, settings) == "Free Malaysia Today"
    assert masthead(["SVZ", "Schwerin", "Lokales", title, "Text."], title, 4, settings) == "SVZ"  # a place below
    assert masthead(["HAZ", "Hannoversche Allgemeine", title, "Text."], title, 3, settings) == "HAZ"  # no 'Z'


def test_a_domain_takes_the_sites_name_a_line_prints_alone():
    lines = ["Skip to main content", "Des Moines Register", "Subscribe", "© 2027 www.desmoinesregister.com."]
    assert name_of_domain("www.desmoinesregister.com", lines) == "Des Moines Register"
    assert name_of_domain("www.desmoinesregister.com", lines[2:]) == "www.desmoinesregister.com"  # none printed
    printed = ["The Providence Journal", "Text."]  # the name with its article, the domain without
    assert name_of_domain("www.providencejournal.com", printed) == "The Providence Journal"
    assert name_of_domain("theadvocate.com", ["The Advocate", "Text."]) == "The Advocate"
    assert name_of_domain("Des Moines Register", lines) == "Des Moines Register"  # no domain


def test_the_masthead_below_a_skip_link_under_a_tab_title_in_other_words(settings):
    tab = "Folkestone tech firm uses AI to predict Dover lorry queues"
    title = "Hauliers stuck on the M20 could soon know how long they will wait"
    lines = [tab, "Skip to content", "KentOnline", "Search", title, "Text."]
    assert masthead(lines, title, 5, settings) == "KentOnline"
    assert masthead([tab, "KentOnline", "Search", title, "Text."], title, 4, settings) is None  # no skip link below


def test_a_regional_editions_city_named_in_the_headline_is_no_masthead(settings):
    tab = "Bundaberg robotics firm's AI drones inspect cane trains | Coast Herald"
    title = "Bundaberg firm's AI drones take the danger out of rail checks"
    lines = [tab, "Skip to navigation", "Subscribe", "Bundaberg", "Business", title, "Text.", "Coast Herald"]
    assert masthead(lines, title, 6, settings) is None  # (the tab's site names the paper, its footer too)
    other = "Robotics firm's AI drones take the danger out of rail checks"
    assert masthead([*lines[:5], other, *lines[6:]], other, 6, settings) == "Bundaberg"
    assert masthead(lines[:-1], title, 6, settings) == "Bundaberg"  # (a tab's last words need not be a site's)


def test_a_tickers_prices_above_the_logo_are_no_masthead(settings):
    title = "Crypto AI startup Meridian Agents raises $40 million"
    lines = [f"{title} | The Block", "Skip to content", "BTC $118,402.17 +1.24%", "ETH $4,861.05 +2.08%", "The Block"]
    assert masthead([*lines, "News", title, "Text."], title, 7, settings) == "The Block"


def test_a_caption_above_a_gallerys_link_is_no_headline(settings):
    title = "British start-up to run driverless taxis in Milton Keynes from next year"
    caption = "Vantor's test fleet is based on an electric MPV fitted with eight cameras and two radars"
    head = [(0, "Autocar"), (1, title), (2, "Rhys Matthews"), (3, "3 June 2027"), (4, "Share"), (5, caption)]
    scores = [0.0, 0.14, 0.0, 0.0, 0.0, 0.82, 0.0, 0.0]
    assert headline([*head, (6, "View 6 images")], scores, [2, 3], ["Text."], settings)[1][0].text == title
    assert headline(head, scores, [2, 3], ["Text."], settings)[1][0].text == caption  # the model's choice alone
    credited = [*head, (6, "Vantor Mobility"), (7, "View 6 images")]  # the picture's credit between them
    assert headline(credited, [*scores, 0.0], [2, 3], ["Text."], settings)[1][0].text == title


def test_the_sites_name_printed_below_a_tab_title_in_other_words_is_the_masthead(settings):
    tab = "KI-Routenplanung: Feederreederei spart Brennstoff - Schiff&Hafen"
    title = "Hamburger Feederreederei senkt Verbrauch mit KI-gestützter Reiseplanung"
    lines = [tab, "Schiff&Hafen", "Schifffahrt", "Häfen", title, "Text."]
    assert masthead(lines, title, 5, settings) == "Schiff&Hafen"
    assert masthead([tab, "Schifffahrt", "Häfen", title, "Text."], title, 4, settings) is None


def test_a_caption_with_its_source_below_the_headline_is_no_headline_below_a_kicker(settings):
    lead = (
        "Der Zuger Distributor Alvara Distribution erweitert sein Portfolio um KI-Server und GPU-Systeme des deutschen"
        " Herstellers Quantara Computing. Die Vereinbarung gilt ab sofort."
    )
    sourced = "Nadine Imhof verantwortet bei Alvara das Datacenter-Geschäft (Quelle: Alvara)"
    for caption, below in ((sourced, 0), ("Alvara baut das Geschäft mit Servern aus", 2)):
        lines = ["Alvara nimmt KI-Server von Quantara ins Portfolio", "", caption, "", lead]
        assert below_kicker(lines, 0, settings) == below, caption


def test_a_headline_above_its_place_and_date_is_no_kicker(settings):
    lines = [
        "AI translator to help teachers turn lessons into Tongan",
        "Nuku'alofa, Tonga",
        "Wednesday, May 12, 2027 - 14:20. Updated on Wednesday, May 12, 2027 - 15:02.",
        "By Losaline Havili",
    ]
    assert below_kicker(lines, 0, settings) == 0


def test_a_headline_about_a_caption_is_still_one(settings):
    assert may_be_headline("Bundesrat will KI-Anwendungen mit Transparenzpflichten regeln", settings)


def test_a_tabs_site_name_goes_without_the_day_before_it():
    assert site_name("2027年3月30日, 俄罗斯卫星通讯社") == "俄罗斯卫星通讯社"
    assert site_name("20 Minuten") == "20 Minuten"


def test_a_sentence_below_the_headline_is_its_standfirst(settings):
    lines = ["Colleges to lead drive on artificial intelligence skills", "", "", "Published", "10 June 2027"]
    lines[2] = "Funding for new courses to help workers use AI safely and confidently."
    assert standfirst(lines, 0, [], settings) == 2
    lines[2] = "Funding for new courses."
    assert standfirst(lines, 0, [], settings) is None
    caption = ["Kalpa Saathi will first come preinstalled on the Zenvo Z5 Neo.", "Photo Credit: Kalpa AI"]
    assert standfirst(["Kalpa AI Launches Offline Voice Assistant", *caption], 0, [], settings) is None


def test_the_dek_below_the_date_below_the_headline_is_the_standfirst(settings):
    dek = (
        "Die Firma Nivra aus Tel Aviv will Rechenzentren mit sparsamen Prozessoren ausstatten. Investoren setzen "
        "weiter auf Israels Halbleiterbranche."
    )
    lines = ["Israelisches Start-up sammelt 120 Millionen Dollar für KI-Chip", "12. Mai 2027", dek]
    lines += ["Ein Testchip von Nivra im Labor in Haifa", "Foto: Nivra"]
    assert standfirst(lines, 0, [], settings) == 2
    assert standfirst([*lines[:3], "Foto: Nivra"], 0, [], settings) is None  # a caption above its credit


def test_a_long_dek_with_a_dash_below_the_headline_is_no_headline(settings):
    dek = "Ein Pécser Softwarehaus trainiert eine Spracherkennung mit alten Mundarten – und hat dabei auch die "
    dek += "Industrie im Blick"
    head = [(0, "Aktuell"), (1, "Wenn die Maschine Mundart lernt"), (2, dek)]
    assert headline(head, [0.0, 0.2, 0.7], [4], [], settings)[0] == 1  # (the model prefers the dek)
    shorter = "In dieser Halle packen Roboter mit KI die Pakete – und trotzdem entstehen 80 neue Jobs"
    assert (
        headline([(0, "Aktuell"), (1, "Logistik im Wandel"), (2, shorter)], [0.0, 0.3, 0.4], [4], [], settings)[0] == 2
    )


def test_a_long_headline_with_a_semicolon_is_no_dek_below_a_ministrys_name(settings):
    head = [(0, "Ministry of Electronics & IT")]
    head += [
        (
            1,
            "Government adds 14,000 GPUs to IndiaAI Compute Portal; start-ups and researchers to get access at "
            "subsidised rates",
        )
    ]
    assert headline(head, [0.01, 0.3], [], [], settings)[0] == 1


def test_a_line_a_rule_reads_is_no_headline_below_a_kicker(settings):
    lines = ["Freistaat fördert Dresdner Entwurfszentrum für KI-Chips mit 38 Millionen Euro", ""]
    lines += ["Herausgeber: Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz", ""]
    lines += ["Das Land Sachsen fördert ein neues Entwurfszentrum für KI-Chips in Dresden mit 38 Millionen Euro."]
    assert below_kicker(lines, 0, settings) == 0


def test_a_menu_on_one_line_is_no_masthead(settings):
    lines = ["Port of New Orleans tests AI system | nola.com", "Skip to main content"]
    lines += ["Sections | Search | Log In | Subscribe", "NOLA.com | The Times-Picayune", "Business"]
    title = "Port of New Orleans tests AI to cut truck waits at Napoleon Avenue terminal"
    assert masthead([*lines, title, "BY JESSICA BOUDREAUX"], title, 6, settings) != "Sections"


def test_a_captions_words_without_its_credit_may_be_a_headline(settings):
    assert may_be_headline("Der digitale Assistent „Zula“ soll die Leitungen der Zulassungsstelle entlasten", settings)


def test_a_masthead_named_like_a_button_is_still_a_name(settings):
    lines = ["The Register", "Sign in / up", "Bank's AI helpdesk bot told staff to email their passwords"]
    assert masthead(lines, lines[2], 3, settings) == "The Register"
    assert masthead(["Sign in / up", *lines[2:]], lines[2], 2, settings) is None


def test_a_weather_widget_is_no_masthead(settings):
    title = "$1.4B AI data center proposed on Cumberland County farmland"
    lines = [f"{title} - pennlive.com", "Menu", "Set Weather", "Subscribe", "PennLive", title]
    assert masthead(lines, title, 6, settings) != "Set Weather"


def test_a_byline_below_a_notice_is_no_masthead(settings):
    lines = ["This article first appeared in Atlas Wire 1.", "By Grace Liu", "September 16, 2020"]
    assert masthead(lines, "What Lies Behind the Strategy of Moore Threads", 3, settings) is None


def test_the_masthead_below_a_cookie_banner_or_before_its_slogan(settings):
    title = "Cork software firm to cut 140 jobs as AI agents take over customer support"
    consent = "We and our partners use cookies and similar technologies to store and access information on your device."
    lines = ["We care about your privacy", consent, "Accept All", "Manage Cookies", "Irish Independent", "News", title]
    assert masthead(lines, title, 6, settings) == "Irish Independent"
    chinese = ["遠見雜誌 - 前進的動力", "最新", "財經", "散熱廠搭上AI列車"]
    assert masthead(chinese, chinese[3], 3, settings) == "遠見雜誌"
    assert masthead(["Skip to main content", "1/1", "Next image", title], title, 3, settings) is None  # a gallery's
    header = ["Skip to main content", "Account", "Sections", "The News & Observer", "Subscribe", title]
    assert masthead(header, title, 5, settings) == "The News & Observer"  # account and sections buttons skipped


def test_the_masthead_below_a_browser_tab_whose_headline_differs(settings):
    tab = "KI-Prüfsysteme für Chipfabriken: Dresdner Start-up holt 14 Millionen Euro | Sächsische.de"
    title = "Dresdner Start-up sammelt 14 Millionen Euro ein"
    lines = [tab, "Zum Hauptinhalt springen", "Sächsische.de", "Dresden", title]
    assert masthead(lines, title, 4, settings) == "Sächsische.de"
    assert tab_site(tab) == "Sächsische.de"
    assert tab_site("工业大模型走进车间--科技--人民网") == "人民网"  # two dashes between words part it too
    assert tab_site("Apple -- the company that made the iPhone -- is in talks") is None  # spaced: prose's dashes
    assert tab_site("科技--人民网") is None  # too short a headline before it
    assert tab_site("遠見雜誌 - 前進的動力") is None  # a slogan: too short a headline
    assert tab_site("TNW Conference 2027 is coming back to Amsterdam – grab your early bird ticket today.") is None


def test_a_browser_tabs_kicker_comes_off_when_the_page_prints_it_apart():
    title = "KI im Stall: Oldenburger Start-up hört Schweinen beim Husten zu"
    lines = [title, "NWZonline", "KI im Stall", "Oldenburger Start-up hört Schweinen beim Husten zu", "Text."]
    assert without_kicker(title, lines) == "Oldenburger Start-up hört Schweinen beim Husten zu"
    assert without_kicker(title, [title, "Text."]) == title  # the page prints no kicker apart: the headline's own
    assert without_kicker("Warum: eine Frage", ["Warum: eine Frage", "eine Frage"]) == "Warum: eine Frage"


def test_a_kicker_glued_before_the_headline_comes_off_when_another_line_parts_them():
    title = "Vanlife in Schweden Skandinavien im Wohnmobil erleben"
    lines = ["Startseite", "Vanlife in Schweden - Skandinavien im Wohnmobil", title, "Text."]
    assert without_kicker(title, lines) == "Skandinavien im Wohnmobil erleben"
    crumbs = ["Startseite", "Reisen - Skandinavien im Wohnmobil", title]
    assert without_kicker(title, crumbs) == title  # the other line's kicker is not the one the title starts with
    other = ["Vanlife in Schweden - Norwegen mit dem Rad", title]
    assert without_kicker(title, other) == title  # nor is its headline the rest of the title


def test_a_chinese_site_name_without_its_latin_name():
    assert site_name("數位時代 BusinessNext") == "數位時代"
    assert site_name("金門日報全球資訊網") == "金門日報"  # the word for a website
    assert site_name("现代快报+") == "现代快报"  # its app's plus
    assert site_name("Canal+") == "Canal+"  # a Latin name keeps it
    assert site_name("星洲网 Sin Chew Daily Malaysia Latest News and Headlines") == "星洲网"
    assert site_name("科技新報 TechNews") == "科技新報"
    assert site_name("TechNews 科技新報") == "TechNews 科技新報"


def test_a_site_name_without_its_initials_after_it():
    assert site_name("Hong Kong Free Press HKFP") == "Hong Kong Free Press"
    assert site_name("Hong Kong Free Press") == "Hong Kong Free Press"
    assert site_name("Sky News UK") == "Sky News UK"  # no initials of the words before
    assert site_name("荆楚网（湖北日报网）") == "荆楚网"  # another name in brackets
    assert site_name("Free Malaysia Today (FMT)") == "Free Malaysia Today"
    assert site_name("(FMT)") == "(FMT)"  # nothing but the brackets


def test_the_site_is_named_as_most_of_its_lines_name_it():
    lines = [
        "AP News",
        "Lawmakers push bills on AI in political ads.",
        "Whitfield covers technology and politics for The Associated Press.",
        "Copyright 2025 The Associated Press. All Rights Reserved.",
    ]
    assert most_named(["AP News", None, copyright_holder(lines)], lines) == "The Associated Press"
    heise = ["heise online", "Text", "© Heise Medien"]
    assert most_named(["heise online", None, "Heise Medien"], heise) == "heise online"
    assert most_named([None, None], lines) is None
    # a name counts where it stands as a word: the ZDF of 'ZDFheute' is not the copyright holder's 'ZDF'
    zdf = ["ZDFheute", "ZDFmediathek", "Newsletter ZDFheute Update", "Bild: ZDF/Tobias Reimann", "© ZDF 2026"]
    assert most_named(["ZDFheute", "ZDFheute", copyright_holder(zdf)], zdf) == "ZDFheute"
    # the masthead as it prints itself, not a title suffix that holds it; on a tie the masthead
    digitimes = ["DIGITIMES", "宏冷科技擴產液冷CDU", "DIGITIMES 獨家", "© DIGITIMES Inc."]
    assert most_named(["DIGITIMES 科技網", "DIGITIMES", None], digitimes) == "DIGITIMES"
    assert most_named(["信報網站", "信報財經新聞", None], ["信報財經新聞", "文章。", "信報網站"]) == "信報財經新聞"
    # initials give way to the name the footer prints before its copyright sign
    footer = "Wisconsin Public Radio, © Copyright 2027, Board of Regents of the University of Wisconsin System."
    wpr = ["WPR", "Ein Artikel.", footer]
    assert copyright_holder(wpr) == "Wisconsin Public Radio"
    assert most_named(["WPR", "WPR", copyright_holder(wpr)], wpr) == "Wisconsin Public Radio"
    assert copyright_holder(["Ein Artikel.", "Impressum, Copyright 2022"]) is None  # no name after the word


def test_a_line_ending_in_a_colon_continues_on_the_next():
    assert continued("Tanz in der Lokremise:", "Mit allen Wassern gewaschen") == (
        "Tanz in der Lokremise: Mit allen Wassern gewaschen"
    )
    assert continued("深度：", "大模型的价格战") == "深度：大模型的价格战"
    assert continued("Die Gründe:", "Die Kosten stiegen um ein Drittel. Die Nachfrage sank.") is None  # a paragraph
    assert continued("Ein Headline", "Mit allen Wassern gewaschen") is None


def test_a_logo_links_text_below_skip_links_names_the_site(settings):
    title = "Chip startup raises $200m to take on Nvidia"
    lines = ["Skip to main content", "Skip to navigation", "Sign in", "The Guardian - Back to home", "Tech", title]
    assert masthead(lines, title, 5, settings) == "The Guardian"
    lines[3] = "Welcome home"  # no logo link: a lone line so far down names nothing
    assert masthead(lines, title, 5, settings) is None


DEK = "Siemens-Chef Joe Kaeser hat die Klimaaktivistin Luisa Neubauer über den Tisch gezogen. Das war absehbar."


def test_the_headline_below_its_kicker_is_the_headline_when_the_dek_follows_it(settings):
    lines = ["Siemens und die Kohlemine Adani", "", "Kaeser verarscht Neubauer", "", DEK]
    assert below_kicker(lines, 0, settings) == 2


@pytest.mark.parametrize(
    "below",
    [
        "Swantje Schemmerling | 06.11.23",  # a byline with its date
        "Von Jonas Adler",
        "爱否科技 昨天",  # an author and an age
        "来源于：东区办事处",  # a metadata label
        "* Kaeser verarscht Neubauer",  # a list item: a teaser
        "Die 5 größten Kohleminen",  # digits: more often a teaser or a date than a headline below a kicker
        "Kommentare",  # chrome
        "澳語通創辦人蘇文傑（右）及梁嘉欣介紹翻譯系統",  # a caption: who stands where
    ],
)
def test_no_metadata_teaser_or_chrome_below_a_headline_is_taken_for_it(below, settings):
    assert below_kicker(["Siemens und die Kohlemine Adani", below, DEK], 0, settings) == 0


@pytest.mark.parametrize(
    "lines",
    [
        ["Transgenerationales Coaching", "Wie es Klienten ermöglicht wird, ihr eigenes Selbst zu leben", "© Foto: x"],
        [  # a name above its bio
            "Think local: why city halls should buy small AI models, not giant ones",
            "Ravi Menon",
            "Ravi Menon is a researcher at a Chennai think tank who studies how governments buy software.",
        ],
        ["Siemens und die Kohlemine Adani", "Kaeser verarscht Neubauer"],
    ],
)
def test_a_subtitle_without_a_dek_below_it_or_a_name_above_its_bio_leaves_the_headline(lines, settings):
    assert below_kicker(lines, 0, settings) == 0


def test_the_fuller_form_of_a_site_name_in_a_title_suffix_or_masthead_wins():
    lines = ["Firm fined - BBC News", "Shaw told the BBC.", "About the BBC", "Copyright 2026 BBC."]
    assert most_named(["BBC News", None, "BBC"], lines) == "BBC News"
    lines = ["Business Insider", "viewed by Business Insider.", "Become an Insider", "Copyright © 2026 Insider Inc."]
    assert most_named([None, "Business Insider", "Insider"], lines) == "Business Insider"
    lines = ["CHIP", "Mehr bei CHIP", "CHIP testet", "© CHIP Digital GmbH"]
    assert most_named([None, "CHIP", "CHIP Digital"], lines) == "CHIP"  # the company behind the site


def test_a_copyright_holder_without_its_legal_form_or_licence_number():
    assert copyright_holder(["Ein Artikel.", "© 2026 The New York Times Company"]) == "The New York Times"
    assert copyright_holder(["一篇文章。", "© 2025 虎嗅网 京ICP备12013432号-1"]) == "虎嗅网"
    assert (
        copyright_holder(["An article.", "© Copyright 2027 Australian Community Media"]) == "Australian Community Media"
    )
    address = "© 2027 St. Louis Post-Dispatch, 900 N. Tucker Blvd., St. Louis, MO 63101"
    assert copyright_holder(["An article.", address]) == "St. Louis Post-Dispatch"
    assert copyright_holder(["An article.", "© 2027 Foo, Bar and Baz"]) is None  # a list of names, no address
    assert copyright_holder(["An article.", "© All Rights Reserved"]) is None
    assert copyright_holder(["An article.", "© 2022 Jamaica Observer, 2022"]) == "Jamaica Observer"
    assert copyright_holder(["An article.", "Copyright © · The Postpartum Party"]) == "The Postpartum Party"
    assert copyright_holder(["Ein Artikel.", "© 2018"]) is None


def test_the_masthead_below_a_browser_tabs_title_with_a_site_suffix(settings):
    title = "国产AI芯片企业深算科技拟登陆科创板 募资48亿元"
    lines = [f"{title}_科技频道_财新网", "财新网", "首页", title, "深算科技本次拟募资48亿元。"]
    assert masthead(lines, title, 4, settings) == "财新网"


@pytest.mark.parametrize(
    "below",
    [
        "A chip plant promised jobs to a small Oregon town. Now residents are worried about their power bills.",
        "This 31-Year-Old Built An AI Tutor For Nurses. Investors Now Value It At $900 Million.",
    ],
)
def test_the_headline_below_a_sections_name_is_the_headline(below, settings):
    assert below_section_label(["Technology", below, "By Jane Roe"], 0, settings) == 1


@pytest.mark.parametrize(
    "below",
    [
        "Hi! Mein Name ist Lena aka lenaQ. Mir macht es Spaß, Podcasts zu produzieren.",  # three sentences: prose
        "By Jane Roe and John Doe",  # a byline
        "* Five chips to watch this year",  # a list item
        "Share this article",  # chrome
        "Read more",  # too short to be a headline
    ],
)
def test_no_prose_byline_or_chrome_below_a_one_word_title_is_taken_for_it(below, settings):
    assert below_section_label(["Technology", below], 0, settings) == 0


def test_a_title_of_several_words_is_no_sections_name(settings):
    lines = ["Chips for everyone", "A chip plant promised jobs to a small Oregon town. Now residents worry."]
    assert below_section_label(lines, 0, settings) == 0


def test_a_long_headline_telling_the_tabs_story_wins_over_the_dek_below_it(settings):
    title = (
        "Five banks to pool data in an AI-powered scam detection system built by Wellington firm Ngaio Labs as the"
        " Government presses for faster refunds"
    )
    dek = "The system will flag suspicious payments across participating banks, with the first screened from October"
    tab = "Banks to share AI scam detection platform built by Wellington firm | interest.co.nz"
    head = [(0, tab), (1, title), (2, dek)]
    assert headline(head, [0.1, 0.05, 0.9, 0.0], [3], [], settings)[1][0].text == title  # the dek scored higher
    other_tab = "Weather: storms hit Wellington on Monday evening and traffic stops | interest.co.nz"
    head = [(0, other_tab), (1, title), (2, dek)]
    assert headline(head, [0.1, 0.05, 0.9, 0.0], [3], [], settings)[1][0].text == dek  # no tab tells either's story


def test_a_tab_and_a_copyright_holder_naming_the_site_alike_outweigh_a_masthead_like_neither():
    assert agreed_name("LR Online", "Cottbus", "Lausitzer Rundschau") == "Lausitzer Rundschau"  # its initials
    assert agreed_name("BILD.de", "Digital", "BILD") == "BILD"
    assert agreed_name("LR Online", "LR", "Lausitzer Rundschau") is None  # the masthead is one of them
    assert agreed_name("Golem.de", "Cottbus", "Klambt Verlag") is None  # the tab and the holder differ
    assert agreed_name(None, "Cottbus", "Lausitzer Rundschau") is None
    # the tab's full name, the footer's without its legal form, the logo's first word: the full name
    assert agreed_name("AGRAVIS Raiffeisen AG", "AGRAVIS", "AGRAVIS Raiffeisen") == "AGRAVIS Raiffeisen AG"
    assert agreed_name("AGRAVIS Raiffeisen AG", "AGRAVIS", "AGRAVIS Raiffeisen AG") is None  # nothing to agree on


def test_an_outlet_in_a_byline_takes_the_fuller_form_of_the_sites_name():
    assert fuller_form("CNN", ["CNN Business", None]) == "CNN Business"
    assert fuller_form("WSJ", ["The Wall Street Journal", None]) == "The Wall Street Journal"  # its initials
    assert fuller_form("SZ", ["Süddeutsche Zeitung"]) == "Süddeutsche Zeitung"
    assert fuller_form("The Law Society", ["Law Gazette", "Law Society Gazette"]) == "Law Society Gazette"  # 'The'
    assert fuller_form("The Law Society", ["Law Gazette", "Society Pages"]) == "The Law Society"
    assert fuller_form("WSJ", ["Wall Street Daily"]) == "WSJ"  # other initials
    assert fuller_form("Reuters", ["Yahoo Finance", "Yahoo"]) == "Reuters"  # an agency's story on another site
    assert fuller_form("新浪科技", ["新浪科技频道", None]) == "新浪科技"  # no word boundary inside Chinese


def test_the_masthead_below_skip_links_is_the_name_the_page_prints_again(settings):
    lines = [
        "Skip to content",
        "Los Angeles Times",
        "Subscribe",
        "Headline of the story",
        "Text.",
        "© Los Angeles Times.",
    ]
    assert masthead(lines, "Headline of the story", 3, settings) == "Los Angeles Times"
    lines = ["Skip to main content", "Close dialogue", "Next image", "Headline of the story", "Text."]
    assert masthead(lines, "Headline of the story", 3, settings) is None  # printed once: a widget's words
    lines = ["Skip to main content", "The Straits Times", "Subscribe", "Headline of the story", "Text."]
    assert masthead(lines, "Headline of the story", 3, settings) == "The Straits Times"  # printed once: a name
    # below a cookie banner: its heading, its notice and its buttons
    banner = ["Datenschutzeinstellungen", "Wir verwenden Cookies und ähnliche Technologien.", "Alle akzeptieren"]
    lines = [*banner, "Einstellungen", "Gründerszene", "Startups", "Headline of the story", "Text.", "Gründerszene+"]
    assert masthead(lines, "Headline of the story", 6, settings) == "Gründerszene"


def test_the_masthead_below_a_tab_title_that_holds_the_headline_with_its_kicker(settings):
    lines = ["Kyvra: Die Maschinenflüsterinnen - manager magazin", "Zum Inhalt springen", "manager magazin", "Menü"]
    lines += ["Die Maschinenflüsterinnen", "Text aus manager magazin."]
    assert masthead(lines, "Die Maschinenflüsterinnen", 4, settings) == "manager magazin"


def test_the_dek_below_the_headline_may_hold_a_chrome_word_among_its_sentences(settings):
    headline = "The AI note-taker is quietly rewriting office politics"
    dek = "Automated meeting summaries were supposed to save time. Instead, they became a new battleground."
    assert standfirst([headline, dek, "BY Marisol Keane"], 0, [], settings) == 1
    assert standfirst([headline, "Share this article. Share on X.", "BY Marisol Keane"], 0, [], settings) is None
    assert standfirst([headline, "Disclaimer: This post contains affiliate links.", "Text."], 0, [], settings) is None
    caption = "Sawt Labs co-founders Faisal Al-Harbi and Reem Al-Qahtani at the launch in Riyadh on Tuesday. (Supplied)"
    assert standfirst([headline, caption, "Updated 20 October 2027"], 0, [], settings) is None  # a picture's caption


def test_a_shorter_dek_counts_between_the_headline_and_the_byline(settings):
    lines = [
        "Seoul AI chip startup lands W480b order",
        "Deal marks largest overseas contract yet for a Korean maker",
        "By Kang Seo-yeon",
    ]
    assert standfirst(lines, 0, [2], settings) == 1
    assert standfirst(lines, 0, [], settings) is None  # without the byline below it, too short for a dek
    assert standfirst([lines[0], "Business Industry", lines[2]], 0, [2], settings) is None


def test_a_long_site_suffix_comes_off_when_the_page_prints_the_headline_alone():
    title = "柔佛再迎AI数据中心投资 本地企业联手日资斥资18亿令吉"
    site = "星洲网 Sin Chew Daily Malaysia Latest News and Headlines"
    tab = f"{title} | {site}"
    assert without_site_name(tab, [tab, "星洲网", title]) == (title, site)
    assert without_site_name(tab, [tab, "星洲网"]) == (tab, None)  # not printed alone: the suffix may be the headline's


def test_the_masthead_line_is_the_first_below_the_tab_skip_links_and_cookie_banner(settings):
    banner = ["Diese Website verwendet Cookies", "Nur notwendige", "Alle zulassen"]
    tab = "Clarisk aus Schaan: KI prüft Kundendossiers für Treuhänder | vaterland.li"
    lines = [tab, "", *banner, "Liechtensteiner Vaterland", "Mittwoch, 14. April 2027", "Wirtschaft"]
    assert masthead_line(lines, settings) == 5
    assert masthead_line(["Skip to main content", "Account", "The News & Observer"], settings) == 2
    assert masthead_line(["Schaaner Start-up will Treuhändern helfen", "Elias Büchel"], settings) == 0  # a headline


def test_a_tab_telling_the_headlines_story_in_other_words_names_the_site(settings):
    tab = "Ann Arbor AI startup Gearline lands $38M, plans 250 jobs in Corktown | Crain's Detroit Business"
    title = "Ann Arbor's Gearline AI raises $38 million, will open Detroit engineering hub with 250 jobs"
    assert story_tab_site([tab, "Subscribe", title], title, settings) == "Crain's Detroit Business"
    other = "Detroit's oldest bakery closes after 110 years on Gratiot Avenue"
    assert story_tab_site([tab, "Subscribe", other], other, settings) is None
    assert story_tab_site(["Subscribe", tab], title, settings) is None  # not the page's first line


def test_the_masthead_below_a_tab_title_telling_the_story_in_other_words_and_account_buttons(settings):
    tab = "Chip startup Helioforge picks Albany NanoTech for AI packaging line"
    title = "Helioforge to open $310M AI chip packaging line at Albany NanoTech, bringing 420 jobs"
    lines = [tab, "Skip to main content", "Subscribe", "Sign In", "Times Union", "Capital Region", title, "Text."]
    assert masthead(lines, title, 6, settings) == "Times Union"
    other = "Weather service warns of heavy snow across the Capital Region tonight"
    assert masthead([other, *lines[4:]], title, 3, settings) is None  # a first line of another story: no tab
    assert masthead([other, *lines[1:]], title, 6, settings) == "Times Union"  # above a skip link: the tab


def test_a_sections_name_below_the_skip_link_is_no_masthead(settings):
    title = "Lexant AI to add 600 jobs and move its headquarters to the Boston Seaport"
    lines = ["Skip to content", "News", "Weather", "Sports", title, "Text."]
    assert masthead(lines, title, 4, settings) is None
    assert masthead(["Skip to content", "Sky News", "Weather", title, "Text."], title, 3, settings) == "Sky News"


def test_skip_links_their_targets_language_switches_and_menu_entries_are_no_masthead(settings):
    title = "KI-Nutzung: Fast jedes dritte Unternehmen setzt Künstliche Intelligenz ein"
    header = ["Springe direkt zu:", "Inhalt", "Hauptmenü", "Suche", "Statistisches Bundesamt", "Leichte Sprache"]
    assert masthead([*header, title, "Text."], title, 6, settings) == "Statistisches Bundesamt"
    header = [
        "Skip to main content",
        'Skip to "About government"',
        "Language selection",
        "Français",
        "Statistics Canada",
    ]
    assert masthead([*header, title, "Text."], title, 5, settings) == "Statistics Canada"
    assert masthead(["* ABO", "* #Erinnern", "* #Polizei", title, "Text."], title, 3, settings) is None
    header = ["Open in app", "Sign up", "Sign in", "Write", "Netflix TechBlog"]  # a blog platform's header
    assert masthead([*header, title, "Text."], title, 5, settings) == "Netflix TechBlog"
    assert masthead(["跳转到主要内容", "联合国新闻", title, "Text."], title, 2, settings) == "联合国新闻"


def test_the_masthead_below_skip_links_before_its_slogan_or_of_five_words(settings):
    title = "New guidance helps small businesses adopt AI responsibly"
    lines = ["Skip to main content", "ISO - International Organization for Standardization", "Search", title, "Text."]
    assert masthead(lines, title, 3, settings) == "ISO"
    tab = "DPMA | KI-Patentanmeldungen auf Rekordniveau"  # the story in other words, the site's initials before it
    lines = [tab, "Direkt zum Inhalt", "Deutsches Patent- und Markenamt", "DPMAregister", "Kontakt", title, "Text."]
    assert masthead(lines, title, 5, settings) == "Deutsches Patent- und Markenamt"


def test_a_masthead_in_initials_gives_way_to_the_copyright_holder_spelling_them_out():
    lines = ["DNN", "Dresdner Neueste Nachrichten", "Text.", "DNN", "DNN+", "© Dresdner Neueste Nachrichten"]
    assert most_named([None, "DNN", "Dresdner Neueste Nachrichten"], lines) == "Dresdner Neueste Nachrichten"
    lines = ["DCD", "Text from Dublin.", "DCD", "DCD+", "© 2027 Data Centre Dynamics"]
    assert most_named([None, "DCD", "Data Centre Dynamics"], lines) == "DCD"  # spelled out in the legal footer only
    lines = ["DNN", "Text aus Dresden.", "© Madsack Mediengruppe"]
    assert most_named([None, "DNN", "Madsack Mediengruppe"], lines) == "DNN"  # the holder spells out no initials


def test_a_source_written_as_a_domain_takes_the_sites_name():
    assert fuller_form("myjoyonline.com", ["MyJoyOnline", "MyJoyOnline"]) == "MyJoyOnline"
    assert fuller_form("www.jsonline.com", [None, "JSOnline"]) == "JSOnline"
    assert fuller_form("myjoyonline.com", ["Joy News", None]) == "myjoyonline.com"  # another name
    assert fuller_form("BILD", ["BILD.de", None]) == "BILD"  # a name's domain is no fuller form of it


def test_a_chinese_tab_title_shorter_than_the_printed_headline_tells_its_story(settings):
    tab = "台南新創用雷達加AI防長者跌倒　獲6000萬元投資｜CTWANT"
    title = "不用攝影機也能顧長輩！台南新創靠雷達與AI偵測跌倒　完成6000萬元募資"
    assert story_tab_site([tab, "CTWANT", title], title, settings) == "CTWANT"  # the tab's words are the headline's
    assert (
        story_tab_site(
            [tab, "CTWANT", "高雄港擴建工程啟動　貨櫃碼頭明年完工"], "高雄港擴建工程啟動　貨櫃碼頭明年完工", settings
        )
        is None
    )


@pytest.mark.parametrize(
    "tab, site, section, title, scores",
    [
        (
            "台南新創用雷達加AI防長者跌倒　獲6000萬元投資｜CTWANT",
            "CTWANT",
            "財經",
            "不用攝影機也能顧長輩！台南新創靠雷達與AI偵測跌倒　完成6000萬元募資",
            [0.9, 0.1, 0.1, 0.3, 0.0],
        ),
        (  # two words over a headline of six words or more without a full stop: its kicker
            "Schwanzbeißen: KI-Kamera warnt Schweinehalter vorab | Wochenblatt für Landwirtschaft & Landleben",
            "Wochenblatt+",
            "Digitale Tierbeobachtung",
            "KI-Kamera soll Schwanzbeißen im Stall früh erkennen",
            [0.45, 0.0, 0.003, 0.13, 0.0],
        ),
    ],
)
def test_the_printed_headline_below_a_sections_name_wins_over_the_tab(tab, site, section, title, scores, settings):
    head = [(0, tab), (1, site), (2, section), (3, title)]
    assert headline(head, scores, [4], [], settings)[1][0].text == title


def test_a_headline_above_its_byline_and_a_pictures_credit_is_no_caption(settings):
    tab = "Kobold: Offline-KI-Assistent für Android startet öffentliche Beta » Caschys Blog"
    title = "Kobold: Sprachassistent für Android läuft komplett offline und geht in die offene Beta"
    head = [(0, tab), (1, "Caschys Blog"), (2, "Android"), (3, title), (5, "Bild: Kobold Labs")]
    assert headline(head, [0.1, 0.1, 0.1, 0.1, 0.1, 0.4], [4], [], settings)[1][0].text == title
    assert tab_site(tab) == "Caschys Blog"


@pytest.mark.parametrize(
    "line",
    [
        "首頁 > 動腦新聞 > 數位行銷",
        "Home › Tech",
        "当前位置：首页 > 财经 > 正文",
        "您当前的位置 ： 厦门网 -> 厦门新闻 -> 本地新闻",
    ],
)
def test_a_breadcrumb_is_no_headline(line, settings):
    assert not may_be_headline(line, settings)


def test_a_headline_with_a_greater_than_sign_or_after_a_trail_may_be_the_headline(settings):
    assert may_be_headline("Home > Tech > Chipmaker Aurelis to build a $2bn plant in Dresden", settings)
    assert may_be_headline("Warum KI > Mensch nicht stimmt: Forscher widersprechen dem Hype", settings)


def test_a_sections_name_joined_by_an_ampersand_or_slash_is_a_kicker_over_the_headline(settings):
    title = "Johannesburg start-up's AI system to give platinum miners earlier warning of seismic risk"
    for kicker in ("Health & Safety", "Business / Companies"):
        head = [(0, "Mining Weekly"), (1, kicker), (2, title)]
        assert headline(head, [0.0, 0.1, 0.1, 0.0], [3], [], settings)[1][0].text == title
    head = [(0, "Mining Weekly"), (1, "Health and Safety Monitoring"), (2, title)]  # four words: a headline
    assert headline(head, [0.0, 0.1, 0.1, 0.0], [3], [], settings)[1][0].text != title


def test_below_a_sections_name_the_headline_telling_the_tabs_story_wins_though_it_ends_in_a_full_stop(settings):
    tab = "Amherst startup that routes snowplows with AI raises $18 million | Local News | buffalonews.com"
    title = "Amherst startup's AI tells snowplows where to go. Investors just put $18 million behind it."
    head = [(0, tab), (1, "The Buffalo News"), (2, "Buffalo Next"), (3, title)]
    assert headline(head, [0.05, 0.0, 0.03, 0.06, 0.0], [4], [], settings)[1][0].text == title
    other = "Snow crews across Erie County. Towns weigh new budget for the winter ahead."  # not the tab's story
    head[3] = (3, other)
    assert headline(head, [0.05, 0.0, 0.03, 0.06, 0.0], [4], [], settings)[1][0].text != other


def test_a_line_above_a_photo_by_credit_is_a_caption_not_the_headline(settings):
    title = "Johannesburg start-up's AI system to give platinum miners earlier warning of seismic risk"
    head = [
        (0, "Mining Weekly"),
        (1, title),
        (4, "Ukhozi Analytics CEO Sipho Ndlovu"),
        (5, "Photo by: Ukhozi Analytics"),
    ]
    scores = [0.0, 0.12, 0.0, 0.0, 0.6, 0.04]
    assert headline(head, scores, [2, 3], [], settings)[1][0].text == title


def test_the_headline_printed_below_the_dateline_and_above_the_pictures_credit_wins_over_the_tab(settings):
    tab = "Nuvaris hebt Prognose an: Aktie springt an | onvista"
    title = "Nuvaris hebt nach starkem Quartal die Jahresprognose an – Aktie mit Kurssprung"
    head = [(0, tab), (1, "onvista"), (2, "Unternehmensnachrichten"), (5, title), (7, "Foto: Nuvaris AG")]
    scores = [0.05, 0.0, 0.01, 0.0, 0.0, 0.75, 0.0, 0.0]
    assert headline(head, scores, [3, 4], [], settings)[1][0].text == title
    caption = "Die Vorstandschefin Katrin Albers bei der Hauptversammlung in Heidelberg im Mai"  # not the tab's story
    head[3] = (5, caption)
    assert headline(head, scores, [3, 4], [], settings)[1][0].text != caption


def test_a_printed_headline_keeps_its_second_part_that_names_no_site(settings):
    tab = "Quantara-Aktie springt an: KI-Softwareanbieter erhöht Jahresziele | finanzen.net"
    title = "ROUNDUP: Quantara hebt nach KI-Boom Prognose an - Aktie mit Kurssprung"
    menu = [(i, item) for i, item in enumerate(["Aktien", "Indizes", "Fonds", "ETFs", "Anleihen", "Devisen"], start=2)]
    head = [(0, tab), (1, "finanzen.net"), *menu, (9, title)]
    scores = [0.01] + [0.0] * 8 + [0.8]
    assert headline(head, scores, [8], [], settings)[1][0].text == title
    head[-1] = (9, "ROUNDUP: Quantara hebt nach KI-Boom Prognose an - finanzen.net")  # the site's name goes
    assert headline(head, scores, [8], [], settings)[1][0].text == "ROUNDUP: Quantara hebt nach KI-Boom Prognose an"


def test_a_headline_above_its_bylines_name_and_place_is_no_kicker(settings):
    title = "Near Becker, a proposed AI data center divides farmers and neighbors"
    lines = [title, "", "Kirsten Aaland", "St. Cloud, Minn.", "May 11, 2027 4:00 AM"]
    assert headline_below_label(lines, 0, settings) == 0
    lead = "Siemens-Chef Joe Kaeser hat sich am Freitag zu dem umstrittenen Auftrag in Australien geäußert."
    assert (
        headline_below_label(["Siemens und die Kohlemine Adani", "Kaeser verarscht Neubauer", lead], 0, settings) == 1
    )


def test_a_menus_last_entry_parted_off_by_a_breadcrumb_does_not_keep_the_headline_from_its_byline(settings):
    title = "“渔小鹭”上岗 AI大模型帮渔民看天看海"
    head = [(0, "厦门企业发布海洋渔业AI大模型 渔船出海更安全_厦门网"), (1, "厦门网"), (13, "专题")]
    head += [(15, "您当前的位置 ： 厦门网 -> 厦门新闻 -> 本地新闻"), (17, title), (19, "来源：厦门日报")]
    scores = [0.1] + [0.0] * 16 + [0.36] + [0.0] * 5
    assert headline(head, scores, [20, 21], [], settings)[1][0].text == title


def test_the_headline_above_its_pictures_caption_read_as_chrome_is_no_caption(settings):
    tab = "Hünfelder Start-up: KI erkennt kranke Kühe früher - Osthessen|News"
    title = "Kamera statt Stallrundgang: Hünfelder Start-up lässt KI über Milchkühe wachen"
    head = [(0, tab), (1, "OSTHESSEN|NEWS"), (13, "13.04.27 - HÜNFELD"), (14, title), (16, "Fotos: O|N/Jonas Weidner")]
    scores = [0.1] + [0.0] * 13 + [0.8, 0.0, 0.0, 0.0]
    assert headline(head, scores, [13], [], settings, dropped=frozenset({15}))[1][0].text == title
    assert headline(head, scores, [13], [], settings)[1][0].text != title  # right above the credit: a caption
    assert tab_site(tab) == "Osthessen|News"  # a bar between two letters joins the site's name


def test_the_printed_headline_above_its_dek_and_byline_wins_over_a_tab_in_other_words(settings):
    tab = "Zuger KI-Firma Alpveritas: Die Schweiz als Fluchtort | Die Weltwoche"
    dek = "Ein Zuger Start-up baut Sprachmodelle für Banken – und macht einen Bogen um die EU. Warum die Schweiz lockt."
    head = [(0, tab), (1, "Die Weltwoche"), (2, "Wirtschaft"), (3, "Die Denkfabrik am Zugersee"), (4, dek)]
    body = ["Zuger Start-up Alpveritas: Die Schweiz als Fluchtort für KI-Firmen, sagt die Gründerin in Zug."]
    scores = [0.11, 0.0, 0.02, 0.48, 0.01, 0.0]
    assert headline(head, scores, [5], body, settings, frozenset({4}))[1][0].text == "Die Denkfabrik am Zugersee"
    assert headline(head, scores, [5], body, settings)[1][0].text == "Die Denkfabrik am Zugersee"  # its dek below it
    assert headline(head[:4], scores, [5], body, settings)[1][0].text == "Die Denkfabrik am Zugersee"  # byline below
    assert headline(head[:4], scores, [40], body, settings)[1][0].text != "Die Denkfabrik am Zugersee"  # neither


def test_a_first_line_above_a_skip_link_is_the_tabs_title_though_it_names_no_site(settings):
    tab = "KI plant Lkw-Touren: Wormser Spedition testet neue Software"
    printed = "Wormser Spedition lässt künstliche Intelligenz die Touren planen"
    dek = (
        "Eine Software soll bei der Spedition Leerfahrten vermeiden und Diesel sparen. Die Disponenten waren skeptisch."
    )
    head = [(0, tab), (1, "Zum Hauptinhalt springen"), (2, "Wormser Zeitung"), (3, "Logistik"), (4, printed), (5, dek)]
    scores = [0.95, 0.0, 0.0, 0.02, 0.4, 0.01, 0.0]
    assert headline(head, scores, [6], [dek], settings, frozenset({5}))[1][0].text == printed
    head[1] = (1, "Wormser Zeitung")  # no skip link below the first line: it may be the page's own headline
    assert headline(head, scores, [6], [dek], settings, frozenset({5}))[1][0].text == tab


def test_the_headline_over_key_points_without_bullets_wins_over_the_point_right_above_the_byline(settings):
    title = "Smart doorbell's AI branded a postman a burglar and called police - as homeowners get false alarms"
    points = [
        "Halden Home's AI feature sent around 2,400 false alerts to police in a single weekend",
        "Retired teacher says two officers turned up at her door after camera flagged her postman",
        "Company has now switched the feature off and apologised to customers",
    ]
    head = [(0, "Science"), (1, title), *[(2 + k, point) for k, point in enumerate(points)]]
    scores = [0.0, 0.47, 0.12, 0.18, 0.29, 0.0]
    assert headline(head, scores, [5], points, settings)[1][0].text == title
    assert headline(head[:1] + head[2:], scores, [5], points, settings)[1][0].text != title


def test_a_call_not_to_miss_a_story_is_no_headline(settings):
    assert not may_be_headline("Keine Story von Quellwerk Analytics GmbH verpassen.", settings)
    assert may_be_headline("Warum Stadtwerke die nächste Preiswende nicht verpassen dürfen", settings)


def test_a_domain_with_online_after_the_name_is_the_name_the_page_prints():
    assert name_of_domain("procontra-online.de", ["procontra-online.de", "procontra", "Versicherung"]) == "procontra"
    assert name_of_domain("rga.de", ["rga.de", "Remscheider General-Anzeiger"]) == "rga.de"  # initials: not spelled out


def test_a_sites_name_without_its_trademark_sign_foundations_legal_form_or_wikis_tagline(settings):
    assert site_name("realtor.com®") == "realtor.com"
    assert site_name("財團法人愛盲基金會") == "愛盲基金會"
    assert site_name("Wikinews, the free news source") == "Wikinews"
    assert site_name("維基新聞，自由的新聞源") == "維基新聞"


def test_a_menus_copyright_policy_link_names_no_holder():
    assert copyright_holder(["Privacy Policy", "Terms of Service", "Copyright Policy"]) is None
    assert copyright_holder(["Impressum", "© 2027 heise online"]) == "heise online"


def test_a_gallerys_headline_behind_its_label_may_be_a_headline_a_credit_not(settings):
    assert may_be_headline("Photos: AI-guided lifts move into Coachella Valley date groves", settings)
    assert may_be_headline("In photos: Students, startups flock to the city's biggest AI expo", settings)
    assert not may_be_headline("Fotos: picture alliance / dpa", settings)
    assert not may_be_headline("Photos: Marco Ibarra and Lena Cho/The Desert Sun", settings)


def test_a_text_browsers_link_number_is_no_part_of_a_sites_name():
    assert site_name("[2][Tarnkappe.info]") == "Tarnkappe.info"
    assert site_name("#[1]Tech Xplore") == "Tech Xplore"


def test_the_printed_headline_above_its_dek_wins_over_a_tab_the_dek_tells(settings):
    tab = "Kliniken testen KI für Arztbriefe: Uniklinik startet Pilot mit drei Häusern – Uniklinik Nordstadt"
    printed = "Schreiben lassen statt abtippen"
    dek = "Eine Software der Uniklinik Nordstadt soll Arztbriefe aus Diktaten entwerfen. Drei Kliniken testen sie."
    head = [(0, tab), (2, "Pressemitteilung Nr. 41/2027"), (3, "12.03.2027"), (4, "Forschung"), (5, printed), (6, dek)]
    scores = [0.36, 0.0, 0.0, 0.0, 0.02, 0.34, 0.04]  # the model prefers the tab, a little
    assert headline_of(head, scores, [3], settings) == 5
    assert headline_of(head[:5], scores, [3], settings) == 0  # no dek below: the tab's wording stays


def test_a_dek_of_sentences_below_the_byline_is_no_headline_telling_the_tabs_story(settings):
    tab = "Fahrerlose Fähren auf dem Rhein: Live-Ticker zum Start | RHEINBLICK"
    printed = "Fahrerlose Fähren pendeln über den Rhein – der erste Tag im Live-Ticker"
    dek = "Seit dem Morgen pendeln bei Zons die ersten Fähren ohne Kapitän über den Rhein. Wie läuft der Start?"
    head = [(0, tab), (2, "Rhein-Kreis"), (3, printed), (4, "Von: Jana Berger"), (6, dek)]
    assert headline_of(head, [0.02, 0.0, 0.0, 0.4, 0.0, 0.0, 0.02], [4], settings) == 3


def test_a_magazines_name_goes_without_its_issue():
    assert site_name("《财经》2027年第12期") == "财经"
    assert site_name("《财经》") == "《财经》"  # (the title marks alone stay as printed)


def test_the_printed_headline_above_a_chinese_subtitle_wins_and_the_subtitle_is_none(settings):
    tab = "“算力券”撬动中小企业AI应用 多地探索普惠算力服务-中国改革网"
    head = [(0, tab), (2, "首页 > 产业经济"), (4, "一张“算力券”带来的变化"), (5, "——多地探索普惠算力服务助力中小企业")]
    assert headline_of(head, [0.26, 0.0, 0.0, 0.0, 0.02, 0.5], [6], settings) == 4
    assert not may_be_headline("——多地探索普惠算力服务助力中小企业", settings)


def test_the_printed_headline_right_above_the_byline_wins_over_the_tab_though_it_reads_as_sentences(settings):
    tab = "Valley health network rolls out AI note-taker to 600 doctors – The Morning Ledger"
    printed = "Valley doctors are letting AI take their notes. Patients are being asked first."
    head = [(0, tab), (2, "Local News"), (4, "Restaurant inspections"), (6, printed)]
    scores = [0.08, 0.0, 0.0, 0.0, 0.0, 0.0, 0.39, 0.0, 0.0]
    assert headline(head, scores, [8], [], settings, frozenset({6}))[0] == 6  # 'By Rachel Mancini' on line 8
    assert headline(head, scores[:6] + [0.1, 0.0, 0.0], [8], [], settings, frozenset({6}))[0] == 0  # rated low
