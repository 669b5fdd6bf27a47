"""build_scripts/bylines.py: bylines in the forms German, English and Chinese sites print them."""

import pytest

from build_scripts.bylines import (
    Byline,
    date_line,
    dateline_outlet,
    dateline_poster,
    is_age,
    is_author_bio,
    is_person_name,
    is_role,
    opens_with_dispatch,
    paragraph_bylines,
    read_bio_byline,
    read_byline,
    read_name_line,
)


@pytest.mark.parametrize(
    "line, authors, publisher",
    [
        ("Von Jonas Adler", ["Jonas Adler"], None),
        ("Die Fragen stellte Jonas Wehrmann.", ["Jonas Wehrmann"], None),  # an interview's interviewer
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"], "Reuters"),
        ("Ein Bericht von Tobias Raith", ["Tobias Raith"], None),
        ("Von Carola Wendt, Dresden", ["Carola Wendt"], None),
        ("Von Lea Brandt, tagesschau.de", ["Lea Brandt"], "tagesschau.de"),
        ("Bettina Kugler 19.10.2019, 05:00 Uhr", ["Bettina Kugler"], None),
        ("von Alexander Karper Foto: © GEPA", ["Alexander Karper"], None),
        ("作者：张三", ["张三"], None),
        ("〔記者洪素卿／台北報導〕", ["洪素卿"], None),
        ("澎湃新闻记者 韩雨桐", ["韩雨桐"], "澎湃新闻"),
        ("聯合報／ 記者陳奕安／台北即時報導", ["陳奕安"], "聯合報"),
        ("By Priya Raman in San Francisco", ["Priya Raman"], None),
        ("撰文者：林芷萱", ["林芷萱"], None),
        ("记者王琳、刘畅", ["王琳", "刘畅"], None),
        ("By Dana Whitcomb Globe Staff,Updated November 17, 2026, 5:38 p.m.", ["Dana Whitcomb"], None),
        ("By Darnell Okafor, Founder and CEO, LedgerLoop @DarnellOkafor", ["Darnell Okafor"], None),
        ("【台灣醒報記者黃子晴台北報導】", ["黃子晴"], "台灣醒報"),
        ("By Jane Doe, MIT News", ["Jane Doe"], "MIT News"),
        ("Reporter: Ahmad Fauzan Siregar", ["Ahmad Fauzan Siregar"], None),
        ("Text und Foto: Monika Kurmann", ["Monika Kurmann"], None),
        ("合肥晚报、合肥在线记者 许静 何川", ["许静", "何川"], "合肥晚报"),  # two outlets before 记者
        ("林诗敏 报道", ["林诗敏"], None),
        ("报道：陈慧琳", ["陈慧琳"], None),
        ("报导：邓欣怡", ["邓欣怡"], None),  # the variant spelling of 报道
        ("15.02.2027 Von Kerstin Wendland 4 min Lesedauer", ["Kerstin Wendland"], None),
        ("吳冠廷／台北", ["吳冠廷"], None),
        ("集微网报道 文/王丽娜", ["王丽娜"], "集微网"),
        ("文/羊城晚报全媒体记者 陈卓宁\u3000图/受访者供图", ["陈卓宁"], None),  # an outlet glued to 记者, a picture
        ("中青报·中青网记者 王雨桐 实习生 陈思远", ["王雨桐", "陈思远"], "中青报·中青网"),  # names, not outlets
        ("现代快报/现代+记者 陆婧怡 通讯员 宁轩", ["陆婧怡"], "现代快报"),  # a paper and its app: the paper
        ("Beitrag von Marie Asmussen und Tom Lehnert", ["Marie Asmussen", "Tom Lehnert"], None),
        ("By Thandeka Mahlangu, ITWeb senior news journalist.", ["Thandeka Mahlangu"], None),  # outlet and role
        ("Autor(en): Dirk Hansmann", ["Dirk Hansmann"], None),
        ("By Dana Kowalczyk, Milwaukee Journal Sentinel", ["Dana Kowalczyk"], "Milwaukee Journal Sentinel"),
        ("geschrieben von Jonas Dreher am 12. Oktober 2027 um 14:05 Uhr", ["Jonas Dreher"], None),
        ("Posted by Jane Roe", ["Jane Roe"], None),
        ("作者：科學主任 陳嘉敏、高級科學主任 黃志強", ["陳嘉敏", "黃志強"], None),  # job titles before the names
        ("作者：陳嘉敏、攝影 林建宏", ["陳嘉敏"], None),  # a photographer's is no author
        ("Ersteller Jana Böttcher", ["Jana Böttcher"], None),  # a forum thread's
        ("《投资者网》郑雅琳", ["郑雅琳"], "投资者网"),  # the magazine in its title marks, then the name
    ],
)
def test_bylines(line, authors, publisher, settings):
    byline = read_byline(line, settings)
    assert byline is not None and byline.authors == authors and byline.publisher == publisher


def test_a_posted_on_date_before_who_posted_it(settings):
    """A blog theme's 'Posted on <date> by <name>': the date is the story's, the name its author's, unless it names
    no person (the site), and the word 'von'/'by' before the name is no part of it."""
    for line in ["Posted on June 23, 2027 by Dana Smith", "Veröffentlicht am 23. Juni 2027 von Dana Smith"]:
        assert read_byline(line, settings) == Byline(["Dana Smith"], None), line
    assert read_byline("Posted on June 23, 2027 by Lethbridge Herald", settings) is None
    assert date_line("Posted on June 23, 2027 by Lethbridge Herald") == "2027-06-23"
    byline = read_byline("Veröffentlicht am 8. Februar 2022 von PETA-Team", settings)
    assert byline is None or not any(name.startswith("von ") for name in byline.authors)


def test_an_editor_reviewing_names_an_editor_and_a_change_label_names_no_one(settings):
    assert read_byline("编审：王刚", settings) == Byline([], None, ("王刚",))
    assert read_byline("Letzte Änderung: 14.07.2027", settings) is None
    assert read_byline("Letzte Aktualisierung: 28.01.2022", settings) is None  # a health portal's label


def test_a_one_character_label_needs_a_separator(settings):
    assert read_byline("文匯網", settings) is None  # the site's name, not 文 and a name
    assert read_byline("來源：香港文匯報", settings) is None  # a source: no name in 文匯報
    assert _authors(read_byline("文 陈卓宁", settings)) == ["陈卓宁"]


def test_the_editor_a_credit_line_names_after_the_reporters(settings):
    line = "Reporting by Priya Raman in San Francisco and Tom Hale in London; Editing by Mark Porter"
    byline = read_byline(line, settings)
    assert byline is not None
    assert (byline.authors, byline.editors) == (["Priya Raman", "Tom Hale"], ("Mark Porter",))
    assert read_byline("Editing by Mark Porter", settings) is None  # no author named: the editor rule reads it


def test_several_chinese_fields_on_one_line(settings):
    byline = read_byline("2025/6/12 10:33:51 来源：IT之家 作者：清源 责编：清源", settings)
    assert byline is not None
    assert (byline.authors, byline.editors, byline.publisher) == (["清源"], ("清源",), "IT之家")
    byline = read_byline("文｜周远 编辑｜苏薇", settings)
    assert byline is not None
    assert (byline.authors, byline.editors) == (["周远"], ("苏薇",))


@pytest.mark.parametrize(
    "line, authors",
    [
        ("文｜何沁 周远", ["何沁", "周远"]),  # names after one label, set apart by spaces
        ("撰文 李明 王强 编辑｜苏薇", ["李明", "王强"]),
        ("记者 张三 北京报道", ["张三"]),  # where the report was filed is no name
        ("作者：张三 实习生 李四", ["张三", "李四"]),  # a role is no name; an intern (实习生) writes too
        ("作者：张三 校对 李四", ["张三"]),
        ("記者林雅婷 文字編輯 王怡文", ["林雅婷"]),
        ("21世纪经济报道记者张沐阳 北京报道", ["张沐阳"]),  # after an outlet's name of seven characters
        ("红星新闻记者 苏畅 实习记者 林小溪", ["苏畅", "林小溪"]),  # a further name opens with a frequent surname
        ("鉅亨網記者吳以琳 台北", ["吳以琳"]),  # a place is no name
        ("中青报·中青网记者 王雨桐 实习生 陈思远", ["王雨桐", "陈思远"]),  # an outlet's two names joined by '·'
        ("作者：本报记者 张明远 陈思琪", ["张明远", "陈思琪"]),  # 'our paper's reporter' is no name
        ("文、攝影／陳佳宜", ["陳佳宜"]),  # who wrote the story and took its pictures
        ("文、圖／上下游記者 汪佳蓉", ["汪佳蓉"]),
        ("觀傳媒中彰投新聞【記者林柏宏／臺中報導】", ["林柏宏"]),  # the outlet's name before the bracketed byline
        ("来源：荆州日报　作者：记者 刘芳 通讯员 陈涛　发布时间：2027-05-18 08:45", ["刘芳"]),  # correspondent, time
        ("文．林郁婷", ["林郁婷"]),  # a full-width full stop after the label
        ("发布时间：2027-06-08 来源：人民邮电报 作者：李梦然", ["李梦然"]),  # after a labelled date
    ],
)
def test_chinese_names_after_one_label(line, authors, settings):
    byline = read_byline(line, settings)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Von Berlin nach München fahren täglich Züge",
        "By the end of the year the group will double its capacity.",
        "本文原标题：《定了！广州南沙邮轮母港即将开通》搭地铁去坐邮轮玩转东南亚！",
        "开始搓搓手了！！！编辑|禤志杰",
        "Neues Modell von Zhipu",
    ],
)
def test_sentences_and_headlines_are_no_bylines(line, settings):
    assert read_byline(line, settings) is None


def test_chinese_names_alone_count_next_to_a_date(settings):
    """Names printed without 作者 or 记者: a frequent surname opens each; an outlet before them is the publisher."""
    alone = read_name_line("林郁婷", ["2026-11-26 14:30"], settings)
    assert alone is not None and alone.authors == ["林郁婷"] and alone.publisher is None
    outlet = read_name_line("工商時報 蔡孟軒", ["2026.11.18 09:12"], settings)
    assert outlet is not None and outlet.authors == ["蔡孟軒"] and outlet.publisher == "工商時報"
    assert _authors(read_name_line("王小明、歐陽娜娜", ["2026年11月3日"], settings)) == ["王小明", "歐陽娜娜"]
    assert read_name_line("林郁婷", ["分享"], settings) is None  # beside no date: a menu's word, maybe
    assert read_name_line("財經", ["2026-11-26 14:30"], settings) is None  # a section: no surname opens it
    assert read_name_line("林郁婷說明", ["2026-11-26 14:30"], settings) is None  # five characters: no name
    dated = read_name_line("雷递网 苏禾 5月18日", ["2027-05-18 10:26"], settings)  # the day after the name
    assert dated is not None and dated.authors == ["苏禾"] and dated.publisher == "雷递网"


def test_names_alone_count_next_to_a_date_or_an_age(settings):
    assert _authors(read_name_line("Larissa Holm, Markus Feld", ["17.06.2025 - 06:00 Uhr"], settings)) == [
        "Larissa Holm",
        "Markus Feld",
    ]
    assert _authors(read_name_line("Daniel Kessler", ["vor 5 Stunden"], settings)) == ["Daniel Kessler"]
    paragraph = "Firnwerk wurde 2025 von zwei Absolventen gegründet und beschäftigt heute 18 Mitarbeiter im Pongau."
    assert read_name_line("Kritik von Umweltschützern", [paragraph], settings) is None  # a paragraph's 'heute'
    assert read_name_line("Communications Specialist", ["12 March 2027"], settings) is None  # a role
    beside = ["Gold Coast Bulletin", "3 min read"]  # above the outlet and the story's reading time
    assert _authors(read_name_line("Jessica Ward", beside, settings)) == ["Jessica Ward"]
    assert read_name_line("Jessica Ward", ["Gold Coast Bulletin", "Read more"], settings) is None
    # or above the outlet and the author's address
    beside = ["Pittsburgh Post-Gazette", "dkovach@post-gazette.com"]
    assert _authors(read_name_line("Daniel Kovach", beside, settings)) == ["Daniel Kovach"]
    assert read_name_line("Daniel Kovach", ["Contact us: news@post-gazette.com"], settings) is None  # no address alone
    assert read_name_line("D-72766 Reutlingen", ["06.12.2022"], settings) is None  # an address
    assert read_name_line("Article Publication Date", ["13-Sep-2027"], settings) is None  # a label
    # what the names contributed, in brackets, is no outlet
    byline = read_name_line("Mirjam Baumberger, Dario Kessler (Text)", ["Publiziert: 14.11.2026, 05:30"], settings)
    assert byline is not None and byline.authors == ["Mirjam Baumberger", "Dario Kessler"] and byline.publisher is None
    # or above the count of the author's followers, an author widget's ('3.21K Followers', '粉丝 1.2万')
    assert _authors(read_name_line("Priya Venkataraman", ["12 Likes", "3.21K Followers"], settings)) == [
        "Priya Venkataraman"
    ]
    assert _authors(read_name_line("Lena Vogt", ["Follower: 1.204"], settings)) == ["Lena Vogt"]
    assert read_name_line("Priya Venkataraman", ["12 Likes", "Follow"], settings) is None  # no count
    assert read_name_line("/M. Brandt, stock.adobe.com", ["Dienstag, 6. April 2027"], settings) is None  # a credit
    assert _authors(read_name_line("Mirjam Keller", ["Publiziert heute um 06:12 Uhr"], settings)) == ["Mirjam Keller"]
    # a Swiss role, a compound one, or one before its desk, is no name, and makes the line above a byline
    assert _authors(read_name_line("Sarah Imhof", ["Wirtschaftsredaktorin", "Lukas Brändli"], settings)) == [
        "Sarah Imhof"
    ]
    assert read_name_line("Redaktor Digital", ["Lukas Brändli", "Publiziert: vor 3 Stunden"], settings) is None
    # a role after the names ('…, technology reporter', '…, Nikkei staff writers') is no name
    dated = ["Tuesday 17 November 2026 10:32, UK"]
    assert _authors(read_name_line("Hannah Crowther, technology reporter", dated, settings)) == ["Hannah Crowther"]
    pair = "KENTARO OGAWA and MAYU FUJITA, Nikkei staff writers"
    assert _authors(read_name_line(pair, ["November 18, 2026 16:32 JST"], settings)) == ["KENTARO OGAWA", "MAYU FUJITA"]
    assert read_name_line("Daniel Kessler", ["Software & Entwicklung"], settings) is None
    assert read_name_line("Künstliche Intelligenz", ["14.03.2025, 16.12 Uhr"], settings) is None
    # without 'By' every part must be a name: a dek listing topics is no byline
    dek = "Über Kohleausstieg, Kernkraftwerke und Erneuerbare Energien"
    assert read_name_line(dek, ["Okt 13, 2022 | Umwelt & Klima"], settings) is None
    # no name starts with an article: a short headline next to a dateline is no byline
    assert read_name_line("Das Imperialismus-Phantom", ["26.10.2023"], settings) is None
    assert read_name_line("The Quiet Reinvention", ["March 14, 2025"], settings) is None
    assert _authors(read_name_line("Anna von Berg", ["26.10.2023"], settings)) == ["Anna von Berg"]
    # a role on the next line makes a byline as a date does; a company's name is no person's
    assert _authors(read_name_line("Imogen Pryce", ["Save", "Technology reporter"], settings)) == ["Imogen Pryce"]
    assert read_name_line("Imogen Pryce", ["Save", "Technology news"], settings) is None
    assert read_name_line("Halo Labs", ["Thu, November 19, 2026 at 3:41 PM UTC"], settings) is None


def test_names_alone_with_a_role_or_an_institution_after_them(settings):
    assert _authors(read_name_line("Elise Carmody Technology editor", ["Nov 18, 2026"], settings)) == ["Elise Carmody"]
    assert _authors(read_name_line("Priya Natarajan, University of Leeds", ["Nov 20, 2026"], settings)) == [
        "Priya Natarajan"
    ]
    assert read_name_line("Technology editor", ["Nov 18, 2026"], settings) is None
    alone = read_name_line("Daniela Ortiz | MIT News", ["Publication Date:", "December 2, 2026"], settings)
    assert alone == Byline(["Daniela Ortiz"], "MIT News")
    assert read_name_line("Publication Date:", ["December 2, 2026"], settings) is None  # a label, its value below
    assert read_byline("攝影 陳志明 報導", settings) is None  # a photographer's role, not a name
    assert read_byline("王小明／李華", settings) is None  # two names: nothing says it is a byline
    alone = read_name_line("Marta Lindqvist, Senior Editor, Europe", ["Jan 13, 2027"], settings)
    assert alone == Byline(["Marta Lindqvist"])  # the role, then the region she covers
    alone = read_name_line("Shereece Palmer/Business Reporter", ["May 16, 2027"], settings)
    assert alone == Byline(["Shereece Palmer"])  # the role behind a slash
    alone = read_name_line("Dimas Pratama (The Jakarta Post)", ["Wed, September 22, 2027"], settings)
    assert alone == Byline(["Dimas Pratama"], "The Jakarta Post")  # the outlet in brackets
    alone = read_name_line("Czarina Balagtas - The Philippine Star", ["October 4, 2027 | 12:00am"], settings)
    assert alone == Byline(["Czarina Balagtas"], "The Philippine Star")  # or after a spaced dash
    assert read_name_line("Forschung/Entwicklung", ["May 16, 2027"], settings) is None
    assert read_name_line("Apple (AAPL)", ["May 16, 2027"], settings) is None
    assert read_name_line("Show Caption", ["Devin Marshall/Greenville News", "Aug. 17, 2027"], settings) is None


def test_a_byline_after_a_bracketed_dispatch_tag_in_the_first_paragraph(settings):
    first = "【香港商報網訊】記者林嘉欣報道：本地人工智能初創企業昨日發布大模型。"
    assert _authors(paragraph_bylines(first, "……服務。", settings)) == ["林嘉欣"]


def test_a_name_alone_in_a_dispatchs_bracket(settings):
    assert _authors(paragraph_bylines("C114讯 3月9日消息（周岚）今日，厂商发布新品。", "……。", settings)) == ["周岚"]
    with_domain = "CTI论坛(ctiforum.com)8月23日消息(林晓)：近日，协会发布标准。"  # the outlet's domain after its name
    assert _authors(paragraph_bylines(with_domain, "……。", settings)) == ["林晓"]
    assert paragraph_bylines("（图片）今日，厂商发布新品。", "……。", settings) is None  # no dispatch, no name


def test_a_byline_in_the_bracket_after_a_dispatch_with_its_time_or_a_report_formula(settings):
    first = "华龙网-新重庆客户端5月20日8时45分讯（记者 周晓楠）5月19日，记者从两江新区获悉。"
    assert _authors(paragraph_bylines(first, "……。", settings)) == ["周晓楠"]
    assert _authors(paragraph_bylines("點新聞報道（記者 何偉明）本港初創企業昨日宣布。", "……。", settings)) == [
        "何偉明"
    ]


def test_bylines_inside_the_first_and_last_paragraph(settings):
    byline = paragraph_bylines(
        "（中央社記者吳家豪台北18日電）數位發展部今天宣布……", "……實施。（編輯：林孟汝）1131118", settings
    )
    assert byline is not None
    assert (byline.authors, byline.editors) == (["吳家豪"], ("林孟汝",))
    assert _authors(paragraph_bylines("Der Konzern hat …", "… sagte ein Sprecher. (jad)", settings)) == ["jad"]


def _authors(byline: Byline | None) -> list[str]:
    assert byline is not None
    return byline.authors


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("2024年09月13日 10:20 新浪科技", "新浪科技"),
        ("2024年09月13日 星期五", None),  # a weekday
        ("发布时间：2024-09-13 10:20", None),  # a label
        ("13.09.2024, 09:45 Uhr", None),  # only Chinese datelines name their outlet this way
        ("2024年09月13日 10:20 据新浪科技报道称该公司", None),  # more than an outlet's name
        ("2025-06-03 16:40:12\u3000来源: 网易科技报道", "网易科技"),  # a source label: the outlet reported it
        ("2025年06月03日 來源：聯合新聞網", "聯合新聞網"),
        ("2027年11月8日 下午5:20", None),  # the time of day, not an outlet
        ("2027/11/08 上午10:20 中央社", "中央社"),
        ("2027年03月18日   •   4823次阅读", None),  # a count of readers
        ("2025-03-05 14:22 21世纪经济报道", "21世纪经济报道"),  # an outlet's name with digits
    ],
)
def test_the_outlet_after_a_chinese_dateline(line, outlet, settings):
    assert dateline_outlet(line, settings) == outlet


def test_a_persons_name_and_nothing_else(settings):
    assert is_person_name("Martin Börner", settings)
    assert not is_person_name("Reuters", settings)
    assert not is_person_name("Ostsee-Zeitung", settings)
    assert not is_person_name("Kieler Nachrichten", settings)  # common words


def test_the_author_before_published_at_in_a_chinese_dateline(settings):
    assert dateline_poster("林宥辰 發表於 2027年8月19日 10:30", settings) == "林宥辰"
    behind_outlet = "科技產業資訊室（iKnow） - 林怡君 發表於 2027年8月21日"
    assert date_line("Parlamentskorrespondenz Nr. 512 vom 19.05.2027") == "2027-05-19"  # a release's number
    assert date_line("Die Stadt erhielt Antrag Nr. 512 vom 19.05.2027 erst im Juni zurück.") is None
    assert dateline_poster(behind_outlet, settings) == "林怡君" and date_line(behind_outlet) == "2027-08-21"
    assert dateline_poster("科技新報 發表於 2027年8月19日", settings) is None  # no surname opens it: an outlet
    assert dateline_poster("2026-11-23 10:42发布于北京", settings) is None  # where, not who


def test_a_dateline_with_times_of_day_in_am_and_pm():
    assert date_line("Updated June 9 2027 - 11:42am, first published 5:30am") == "2027-06-09"
    assert date_line("June 9 2027, the company said it would hire 40 people by March") is None  # a sentence
    assert date_line("Updated Nov 19, 2027, 3:02 p.m. Published Nov 18, 2027, 2:41 p.m.") == "2027-11-18"  # two
    assert date_line("On Nov 18, 2027, the company said it would hire 200 more engineers in Austin, Texas.") is None


def test_names_alone_may_say_where_they_write_from(settings):
    assert _authors(read_name_line("Coco Liang in Shenzhen", ["Published: 7:00pm, 3 Dec 2024"], settings)) == [
        "Coco Liang"
    ]


def test_chinese_editors_with_an_outlet_before_or_a_staff_code_after(settings):
    assert _editors(read_byline("责任编辑：王超_NT4133", settings)) == ("王超",)
    assert read_byline("編輯推薦", settings) is None  # a teaser box's label: the editors' picks
    assert _authors(read_byline("金度妍 记者 dykim@donga.com", settings)) == ["金度妍"]  # name, role, address
    outlet_first = read_byline("作者：e-works 刘畅", settings)  # the outlet, a space, the author
    assert outlet_first is not None and outlet_first.authors == ["刘畅"] and outlet_first.publisher == "e-works"
    assert _authors(read_byline("寰宇新聞 記者 陳怡君、攝影 林建宏 / 高雄報導", settings)) == ["陳怡君"]  # no outlet
    copy_editor = read_byline("核稿編輯：張瑋庭", settings)  # a copy editor's label, no outlet before '編輯'
    assert copy_editor is not None and _editors(copy_editor) == ("張瑋庭",) and copy_editor.publisher is None
    assert _editors(read_byline("界面新闻编辑 | 宋佳", settings)) == ("宋佳",)


@pytest.mark.parametrize(
    "first, authors",
    [
        ("新华社上海5月20日电（记者王琳、刘畅）记者20日从长三角算力协同发展推进会上获悉。", ["王琳", "刘畅"]),
        ("中新网广州6月3日电 (记者 陈小明)广东省今天发布人工智能产业数据。", ["陈小明"]),  # a space before it
        ("北青报快讯（记者 赵一鸣）今天上午，有用户反映某平台无法登录。", ["赵一鸣"]),  # a news flash's label
        ("本报讯（记者 孙丽 通讯员 周强）昨日，市科技局发布新政策。", ["孙丽"]),
    ],
)
def test_an_agency_dateline_or_a_flash_label_before_the_opening_bracket(first, authors, settings):
    assert _authors(paragraph_bylines(first, "……运行。", settings)) == authors


def test_a_bracket_inside_a_sentence_is_no_byline(settings):
    assert paragraph_bylines("他说（记者 张三）这不对。", "……运行。", settings) is None


def _editors(byline: Byline | None) -> tuple[str, ...]:
    assert byline is not None
    return byline.editors


def test_a_byline_with_its_date_and_a_degree(settings):
    assert _authors(read_byline("Written by Ann Kirby, PhD on April 29, 2018", settings)) == ["Ann Kirby"]
    assert _authors(read_byline("Von Anna Berg am 12.03.2024 um 10:00 Uhr", settings)) == ["Anna Berg"]
    assert _authors(read_byline("Interview von Lena Kowalczyk", settings)) == ["Lena Kowalczyk"]
    assert read_byline("Hallo Andrea am 12.03.2024 um 10:00 Uhr", settings) is None  # a comment's greeting


def test_a_chinese_source_label_keeps_the_whole_outlet(settings):
    byline = read_byline("来源：证券时报·e公司 作者：许岚 2026-11-20 19:35", settings)
    assert byline is not None and (byline.publisher, byline.authors) == ("证券时报·e公司", ["许岚"])
    assert _authors(read_byline("本文作者：吴思远", settings)) == ["吴思远"]


def test_a_desk_in_capitals_after_a_name_is_no_author(settings):
    assert _authors(read_byline("von Jana Weißflog, MDR SACHSEN", settings)) == ["Jana Weißflog"]
    assert _authors(read_byline("By DANA WHITFIELD and RAJIV MENON", settings)) == ["DANA WHITFIELD", "RAJIV MENON"]


def test_a_role_before_the_name_is_no_part_of_it(settings):
    assert _authors(read_byline("Von SPIEGEL-Korrespondentin Lea Brandt", settings)) == ["Lea Brandt"]
    assert _authors(read_byline("Von Wirtschaftsredakteur Jan Ott und Anna Berg", settings)) == ["Jan Ott", "Anna Berg"]
    assert _authors(read_name_line("Nina Castell", ["Forbes Staff"], settings)) == ["Nina Castell"]


def test_a_role_after_the_name_and_a_picture_credit_are_no_authors(settings):
    assert _authors(read_byline("Written by Chris Vance, Senior Contributing Writer", settings)) == ["Chris Vance"]
    credit = "Stephanie Arnett/MIT Technology Review | Getty"
    assert read_name_line(credit, ["March 14, 2025"], settings) is None


def test_an_author_bio_opens_with_the_authors_name_and_a_word_about_them(settings):
    authors = ["Ganesh Sitaraman", "Perry Bacon Jr"]
    assert is_author_bio("Ganesh Sitaraman is a professor at Vanderbilt Law School.", authors, settings)
    assert is_author_bio("Perry Bacon Jr. is a senior writer for FiveThirtyEight.", authors, settings)
    assert is_author_bio("GANESH SITARAMAN has written three books.", authors, settings)
    assert is_author_bio(
        "Dr. Ganesh Sitaraman is Senior Fellow at the Vanderbilt Policy Accelerator.", authors, settings
    )
    assert is_author_bio("Oberstleutnant Reto Amstutz ist Redaktor der ASMZ.", ["Reto Amstutz"], settings)  # a rank
    assert not is_author_bio("Laut Reto Amstutz ist die Lage ernst.", ["Reto Amstutz"], settings)  # no rank
    assert not is_author_bio("Ganesh Sitaraman argues that the era has ended.", authors, settings)  # no bio word
    assert not is_author_bio("Jane Roe is a professor at Yale.", authors, settings)  # not an author of the article
    assert not is_author_bio("Sitaraman is right about one thing.", authors, settings)  # a surname alone
    assert is_author_bio("Sofie is a senior reporter at TNW, covering startups.", ["Sofie Lindqvist"], settings)
    assert not is_author_bio("Sofie is a founder of the startup.", ["Sofie Lindqvist"], settings)  # no role named
    mallory = ["Mallory Desjardins"]  # by first name, naming the outlet the author writes for
    assert is_author_bio("Mallory covers business, labour and the economy for TBNewsWatch.com.", mallory, settings)
    assert not is_author_bio("Mallory covers her costs with a grant from the city.", mallory, settings)
    assert is_author_bio("Kate Lorimer reports on business for the Northern Daily Leader.", ["Kate Lorimer"], settings)


@pytest.mark.parametrize(
    "line",
    [
        "vor 2 Stunden",
        "3 hours ago",
        "330 天前",
        "昨天 18:02",
        "爱否科技 昨天",
        "Jane Doe yesterday",
        "Publiziert vor 4 Stunden",
        "Heute, 05.00 Uhr",
        "Updated about 6 hours ago",
    ],
)
def test_an_age_is_read_before_or_after_a_name(line):
    assert is_age(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gestern war ein guter Tag für OpenAI",
        "Die KI von gestern und heute",
        "昨天的AI大会",
        "Bandansage war gestern",
        "The chip boom began two years ago, analysts say",  # a headline, longer than an age
    ],
)
def test_a_headline_about_yesterday_is_no_age(line):
    assert not is_age(line)


@pytest.mark.parametrize(
    "line, authors",
    [
        ("林樾 发自 凹非寺", ["林樾"]),
        ("梦晨 明敏 发自 凹非寺", ["梦晨", "明敏"]),
        ("王琳、刘畅 發自 台北", ["王琳", "刘畅"]),
        ("林家豪 / 桃園報導", ["林家豪"]),
        ("林家豪／台北綜合報導", ["林家豪"]),
        ("民視新聞/林俊明、許雅婷 台北報導", ["林俊明", "許雅婷"]),  # after the outlet's name
    ],
)
def test_names_and_where_they_report_from_are_a_chinese_byline(line, authors, settings):
    assert _authors(read_byline(line, settings)) == authors


def test_a_sentence_saying_from_the_heart_is_no_byline(settings):
    assert read_byline("他发自内心地感谢团队", settings) is None
    assert _authors(read_byline("本报记者 张三 发自 北京", settings)) == ["张三"]  # the label's name, not the label


def test_a_role_in_lower_case_between_by_and_the_name_is_no_part_of_it(settings):
    assert _authors(read_byline("By technology reporter Mia Castellano", settings)) == ["Mia Castellano"]
    assert _authors(read_byline("Von Wirtschaftsredakteur Jan Ott", settings)) == ["Jan Ott"]
    assert _authors(read_byline("By Mia Castellano", settings)) == ["Mia Castellano"]


def test_a_place_after_the_name_is_no_outlet_unless_in_capitals(settings):
    in_berlin, at_rnd = read_byline("By Jane Doe, Berlin", settings), read_byline("Von Carola Wendt, RND", settings)
    assert in_berlin and in_berlin.publisher is None
    assert at_rnd and at_rnd.publisher == "RND"


def test_an_intern_and_a_written_by_label_name_chinese_authors(settings):
    line = "采写：南都N视频记者 陈嘉怡 实习生 何雨桐"
    assert _authors(read_byline(line, settings)) == ["陈嘉怡", "何雨桐"]
    assert read_byline("今年有三名实习生加入了公司的研发团队", settings) is None


def test_a_date_followed_by_where_it_was_published_is_a_dateline():
    assert date_line("2026-11-23 10:42发布于北京腾讯科技官方账号") == "2026-11-23"
    assert date_line("2026-11-23 10:42 北京市人民政府办公厅关于进一步推动人工智能") is None


def test_a_name_ending_in_a_labels_character_keeps_it(settings):
    byline = read_byline("責任編輯／王怡文", settings)
    assert byline is not None and byline.editors == ("王怡文",)


def test_names_before_a_date_never_open_with_an_article(settings):
    assert read_byline("The Hill’s Morning Report – Nov. 19, 2026", settings) is None  # a teaser
    assert _authors(read_byline("by Dana Mercer - 11/19/26 6:00 AM ET", settings)) == ["Dana Mercer"]
    assert _authors(read_byline("6. Dezember 2022 von Fatima Berger", settings)) == ["Fatima Berger"]


def test_a_badge_in_square_brackets_before_a_chinese_label_is_no_part_of_the_byline(settings):
    assert _authors(read_byline("[ 中关村在线 原创 ]  作者：周子墨", settings)) == ["周子墨"]
    byline = read_byline("【编辑:王珊】", settings)
    assert byline is not None and byline.editors == ("王珊",)


def test_a_desk_after_the_name_is_no_author(settings):
    assert _authors(read_byline("By Priya Raghavan, ET Bureau", settings)) == ["Priya Raghavan"]


def test_a_journalists_role_on_a_line_of_its_own(settings):
    assert is_role("Technology reporter", settings) and is_role("Redakteurin, Wirtschaftsredaktion", settings)
    assert is_role("Wirtschaftsredaktorin", settings)  # a compound
    assert not is_role("Husten als Frühwarnsignal", settings)


@pytest.mark.parametrize(
    "line",
    [
        "BY KIM JI-HYE [kim.jihye@joongang.co.kr]",
        "By Kim Ji-hye (kim.jihye@joongang.co.kr)",
        "By Kim Ji-hye kim.jihye@joongang.co.kr",
    ],
)
def test_an_email_address_after_the_names_is_no_part_of_them(line, settings):
    assert [name.casefold() for name in _authors(read_byline(line, settings))] == ["kim ji-hye"]


def test_reported_by_opens_a_byline(settings):
    assert _authors(read_byline("Reported by Meera Krishnan", settings)) == ["Meera Krishnan"]
    assert read_byline("Reported by the company on Monday, the figures rose.", settings) is None


def test_a_dispatch_giving_the_day_of_its_news_names_the_reporter_in_its_bracket(settings):
    first = "央广网深圳5月19日消息（记者 林晓东）据中央广播电视总台经济之声报道，深圳一家企业19日发布新款AI翻译眼镜。"
    assert _authors(paragraph_bylines(first, "……。", settings)) == ["林晓东"]


def test_a_chinese_pictures_credit_names_no_author(settings):
    assert read_byline("图/广州日报新花城记者：王磊", settings) is None
    assert _authors(read_byline("文/广州日报新花城记者：林晓丹", settings)) == ["林晓丹"]


def test_a_date_line_may_close_with_its_verb(settings):
    assert date_line("Dieser Inhalt wurde am 21. Juni 2027 - 09:00 publiziert") == "2027-06-21"
    assert date_line("Published in The Express Tribune, March 23rd, 2027.") is None  # a print edition's note


def test_a_date_line_may_name_the_weekday_twice(settings):
    line = "Wednesday, May 12, 2027 - 14:20. Updated on Wednesday, May 12, 2027 - 15:02."
    assert date_line(line) == "2027-05-12"


def test_a_bylines_reading_time_goes_with_its_label(settings):
    assert _authors(read_byline("Antonia Weller 16. April 2027 Lesezeit: 3 Min.", settings)) == ["Antonia Weller"]
    assert _authors(read_byline("Von Jana Berg | Reading time: 4 minutes", settings)) == ["Jana Berg"]


def test_a_magazines_name_in_title_marks_before_its_reporters(settings):
    byline = read_byline("《瞭望》新闻周刊记者 孙明远 杜涵", settings)
    assert byline == Byline(["孙明远", "杜涵"], "《瞭望》新闻周刊")


def test_a_reporter_the_day_and_the_place_open_the_first_paragraph(settings):
    first = "美国中文网记者张晓岚2月9日纽约报道：周日上午，法拉盛一栋商业大楼的会议室里坐满了人。"
    assert _authors(paragraph_bylines(first, "结束。", settings)) == ["张晓岚"]


def test_a_heading_in_title_case_is_no_name(settings):
    assert read_name_line("Signs Of Manipulation", ["Sat May 8 2027"], settings) is None
    assert _authors(read_name_line("Lula Da Silva", ["Sat May 8 2027"], settings)) == ["Lula Da Silva"]


def test_roles_one_after_another_follow_the_name(settings):
    byline = read_name_line("Mira Castellanos, VP, Principal Analyst", ["March 9 2027"], settings)
    assert byline == Byline(["Mira Castellanos"], None)


def test_a_platforms_ip_location_is_no_outlet(settings):
    assert dateline_outlet("2027-03-18 21:06 · IP属地北京", settings) is None
    assert dateline_outlet("2025-03-05 14:22 · 钛媒体", settings) == "钛媒体"


def test_a_date_an_ideographic_space_and_an_outlets_reporter(settings):
    assert _authors(read_byline("2027/10/05 14:20\u3000卡優新聞網記者林佩君／台北報導", settings)) == ["林佩君"]


def test_a_papers_name_before_the_bracket_opening_the_first_paragraph(settings):
    first = "中国商报（记者 周雯 孙浩）顾客拿起手机对着货架扫一扫，屏幕上就出现了商品的介绍。"
    assert _authors(paragraph_bylines(first, "结束。", settings)) == ["周雯", "孙浩"]


def test_the_outlet_the_author_wrote_for_is_the_publisher(settings):
    assert read_byline("Written by Caroline Hale for The Motley Fool ->", settings) == Byline(
        ["Caroline Hale"], "The Motley Fool"
    )
    assert read_byline("By Jane Doe for the first time", settings) is None
    assert read_byline("Von Team Code for Germany", settings) is None  # a German byline: 'for' is in a name


def test_share_buttons_run_into_the_bylines_end_are_no_names(settings):
    line = (
        "Von Jana Sökeland und Tim Börger Mittwoch, 16.06.2027 18:30 Uhr Teilen Facebook WhatsApp E-Mail Link kopieren"
    )
    assert _authors(read_byline(line, settings)) == ["Jana Sökeland", "Tim Börger"]
    assert read_byline("Von Steffen Kühnel mit dpa", settings) == Byline(["Steffen Kühnel"], "dpa")


def test_the_word_for_by_of_a_pages_other_language(settings):
    assert _authors(read_byline("Af Henrik Thomsen", settings)) == ["Henrik Thomsen"]


def test_a_word_a_chinese_label_opens_is_no_label(settings):
    assert read_byline("编辑部核对人名和专有名词", settings) is None  # the newsroom checks names: a list's item
    assert read_byline("编辑：王芳", settings) == Byline([], None, ("王芳",))


def test_a_further_author_before_the_role_closing_the_byline(settings):
    byline = read_byline("By Owen Fraser and Leah Marchetti Examiner Staff", settings)
    assert _authors(byline) == ["Owen Fraser", "Leah Marchetti"]
    assert _authors(read_byline("By Rhys Morgan, Local Democracy Reporter", settings)) == ["Rhys Morgan"]


def test_an_agency_and_its_desks_codes_name_no_one(settings):
    assert read_name_line("PTI AKN HVA", ["Word count: 424"], settings) is None


def test_a_possessive_opens_no_persons_name(settings):
    assert not is_person_name("Unsere Komplett-Lösungen", settings)
    assert is_person_name("Lena Kessler", settings)


def test_of_a_published_and_an_updated_date_the_published_one_counts_whichever_is_earlier(settings):
    assert date_line("Published Mar 3, 2027 at 8:00 am (Updated Mar 2, 2027 at 10:14 pm)") == "2027-03-03"
    assert date_line("Updated Nov 18, 2027, 3:02 p.m. Published Nov 17, 2027, 9:00 a.m.") == "2027-11-17"
    assert date_line("Nov 18, 2027, 3:02 p.m. Nov 17, 2027, 9:00 a.m. (print edition)") == "2027-11-17"  # the earlier


def test_a_text_label_names_the_author_and_a_newsletter_is_no_one(settings):
    assert _authors(read_byline("文字 林郁婷　攝影 陳柏宇", settings)) == ["林郁婷"]
    assert not is_person_name("Newsletter", settings) and not is_person_name("Newsletter Anmeldung", settings)


def test_a_bracket_opening_the_article_with_the_outlets_initials_and_a_name_names_the_author(settings):
    first = "(BS/Matthias Kerner) Seit Anfang April beantwortet im Landkreis Northeim ein KI-Assistent Fragen."
    assert _authors(paragraph_bylines(first, "Ende.", settings)) == ["Matthias Kerner"]
    assert paragraph_bylines("(dpa/lni) Seit Anfang April beantwortet ein Assistent Fragen.", "Ende.", settings) is None


def test_an_employer_in_brackets_after_a_bylines_name_is_no_part_of_it(settings):
    assert _authors(read_byline("Text: Lelde Kalniņa (Latvian Radio)", settings)) == ["Lelde Kalniņa"]
    assert read_byline("Music Bank Lineup (EP.1184 November 3rd)", settings) is None  # no byline's label


def test_a_name_alone_before_its_email_address_behind_a_bar_is_a_byline(settings):
    byline = read_name_line("Nicole Brandt | nbrandt@wtop.com", ["February 22, 2027, 5:12 AM"], settings)
    assert _authors(byline) == ["Nicole Brandt"]


def test_a_name_with_an_honorific_alone_is_who_the_picture_shows_not_the_author(settings):
    assert read_name_line("Ms Rufaro Chikowore", ["June 9, 2027"], settings) is None
    assert _authors(read_name_line("Rufaro Chikowore", ["June 9, 2027"], settings)) == ["Rufaro Chikowore"]


def test_a_place_before_a_dates_label_names_no_one(settings):
    assert read_byline("New Delhi, UPDATED: Jun 3, 2027 14:05 IST", settings) is None
    assert _authors(read_byline("Aman Rashid, Jun 3, 2027 14:05 IST", settings)) == ["Aman Rashid"]


def test_an_academic_title_after_by_is_no_part_of_the_name(settings):
    assert _authors(read_byline("Von Dr. Henrik Voss", settings)) == ["Henrik Voss"]
    assert _authors(read_byline("By Prof. Dr. Anna Keller and Tim Roth", settings)) == ["Anna Keller", "Tim Roth"]


def test_a_role_for_an_outlet_after_the_names_is_no_publisher(settings):
    byline = read_byline("By SOPHIE CALLOW, TECHNOLOGY REPORTER FOR MAILONLINE", settings)
    assert byline is not None and byline.authors == ["SOPHIE CALLOW"] and byline.publisher is None


def test_a_byline_in_brackets_after_the_dispatch_tag_opening_the_first_paragraph(settings):
    first = "【大紀元2027年08月26日訊】（大紀元記者鄭雅文香港報導）本港安老院舍人手短缺，初創公司研發偵測系統。"
    byline = paragraph_bylines(first, "最後一段。", settings)
    assert byline is not None and byline.authors == ["鄭雅文"]


def test_an_agency_in_brackets_and_a_photographers_part_are_no_authors(settings):
    byline = read_byline("Von Karsten Wiebe (epd)", settings)
    assert byline is not None and byline.authors == ["Karsten Wiebe"] and byline.publisher == "epd"
    pictured = "Von Selina Aebersold (Text) und Marco Zanetti (Bilder), 16.09.2027"
    assert _authors(read_byline(pictured, settings)) == ["Selina Aebersold"]


@pytest.mark.parametrize(
    "line, authors, agency",
    [("Von Steffen Kühnel mit dpa", ["Steffen Kühnel"], "dpa"), ("By Jane Doe with AP", ["Jane Doe"], "AP")],
)
def test_an_agency_after_mit_or_with_is_the_bylines_agency(line, authors, agency, settings):
    byline = read_byline(line, settings)
    assert byline is not None and byline.authors == authors and byline.publisher == agency


def test_an_outlet_joining_the_paper_and_its_site_by_a_dash_names_the_reporter(settings):
    byline = read_byline("三秦都市报—三秦网记者 刘蕾", settings)
    assert byline is not None and byline.authors == ["刘蕾"]


def test_a_name_and_the_sites_domain_after_a_comma_is_a_byline_and_a_name_before_an_agency_credits_a_picture(settings):
    byline = read_name_line("Gintarė Vaitkutė, LRT.lt", ["2027.08.19 16:40"], settings)
    assert byline is not None and byline.authors == ["Gintarė Vaitkutė"] and byline.publisher == "LRT.lt"
    assert read_name_line("Vilnius Regional Court / Andrius Kalvaitis/BNS", ["2027.08.19 16:40"], settings) is None


def test_a_report_label_names_the_author_and_a_date_label_no_one(settings):
    assert _authors(read_byline("Bericht: Lena Hartl", settings)) == ["Lena Hartl"]
    assert read_byline("Last Update: 04 Feb 2027 - 08:32 am", settings) is None


def test_a_content_type_before_by_opens_a_byline_and_a_desk_is_named_as_printed(settings):
    assert _authors(read_byline("News by Aoife Brennan", settings)) == ["Aoife Brennan"]
    assert read_byline("Analysis by Gartner shows rising demand for chips", settings) is None  # a sentence
    assert _authors(read_byline("By ETAuto Desk", settings)) == ["ETAuto Desk"]  # (clean.py drops the site's desk)
    assert _authors(read_byline("By Priya Raghavan, ET Bureau", settings)) == ["Priya Raghavan"]  # her desk


def test_a_one_line_bio_naming_a_role_and_the_outlet_is_a_byline(settings):
    assert _authors(read_bio_byline("Alex Hargreaves is Associate Editor at Wonkhe", settings)) == ["Alex Hargreaves"]
    assert _authors(read_bio_byline("Lena Vogt ist Redakteurin bei Golem", settings)) == ["Lena Vogt"]
    assert read_bio_byline("Quantara is a chip maker at the heart of the deal", settings) is None  # no role, no name
    assert read_bio_byline("Office for Students is the regulator for England", settings) is None


def test_a_dispatchs_reporters_without_brackets_open_the_first_paragraph(settings):
    first = "中国电力新闻网讯 通讯员 李红霞 记者 彭思远 8月3日，在清源供电公司输电运检中心，一架无人机完成了巡检。"
    byline = paragraph_bylines(first, "结束。", settings)
    assert byline is not None and byline.authors == ["彭思远"] and byline.publisher is None  # no 通讯员
    assert paragraph_bylines("新华社讯 据报道，某公司发布了新模型。", "结束。", settings) is None


def test_a_bylines_comment_count_after_the_date_is_no_name(settings):
    line = "Written by Daniel Hoffer in Linux Kernel on 20 May 2027 at 06:42 AM EDT. 27 Comments"
    assert _authors(read_byline(line, settings)) == ["Daniel Hoffer"]


def test_a_role_with_its_unit_after_a_dash_or_comma_is_a_role_but_a_sentence_naming_one_is_not(settings):
    assert is_role("Senior Fellow - Governance Studies, Center for Technology Innovation", settings)
    assert is_role("Digital Content Producer", settings)
    assert not is_role("A financial analyst, Mrs Funmilayo Adebisi, said AI lending could deepen inclusion.", settings)


@pytest.mark.parametrize(
    "line", ["By Laura Whitfield edited by Megan Hartwell", "By Laura Whitfield | Edited by Megan Hartwell"]
)
def test_an_editor_after_the_author_on_a_bylines_line_is_its_editor(line, settings):
    byline = read_byline(line, settings)
    assert byline is not None and byline.authors == ["Laura Whitfield"] and byline.editors == ("Megan Hartwell",)


def test_an_interviewers_question_after_the_reporters_label_is_no_byline(settings):
    assert read_byline("記者：客戶主要用來做甚麼？", settings) is None
    assert read_byline("記者：陳嘉欣", settings) is not None


def test_an_interviews_label_names_its_interviewers(settings):
    byline = read_byline("Interview: Martina Pöschl und Georg Wallner", settings)
    assert byline is not None and byline.authors == ["Martina Pöschl", "Georg Wallner"]
    assert read_byline("Interview mit Sabine Haider", settings) is None  # the one interviewed


def test_a_papers_name_in_title_marks_before_its_reporters_label_is_the_outlet(settings):
    byline = read_byline("《瞭望东方周刊》记者李慧\u3000实习记者王可\u3000安徽报道", settings)
    assert byline is not None and byline.authors == ["李慧", "王可"] and byline.publisher == "瞭望东方周刊"


def test_agencies_closing_the_last_paragraph_are_no_authors_but_initials_with_one_are(settings):
    assert paragraph_bylines("Erster Absatz.", "Corvana will Resultate vorlegen. (awp/sda)", settings) is None
    signed = paragraph_bylines("Erster Absatz.", "Corvana will Resultate vorlegen. (det/dpa)", settings)
    assert signed is not None and signed.authors == ["det/dpa"]


def test_a_byline_in_brackets_closing_the_story_and_a_chinese_authors_institute_in_brackets(settings):
    assert _authors(read_byline("(By Huang Yu-chen and Evelyn Kao)", settings)) == ["Huang Yu-chen", "Evelyn Kao"]
    assert read_byline("(Reporting by Minji Kwon; Editing by Alan Barrow)", settings) is None  # an agency's credit
    institute = "作者：林冠廷（網路安全與決策推演研究所 助理研究員）"
    assert _authors(read_byline(institute, settings)) == ["林冠廷"]
    dated = read_byline("精實新聞 2027-06-10 14:25:31 記者 林宜蓁 報導", settings)  # the outlet and the date first
    assert _authors(dated) == ["林宜蓁"]


def test_a_paragraph_opening_with_a_dispatchs_bracket_is_the_articles_first(settings):
    lead = "集微网报道（文/陈思远）近日，先进封装企业苏州芯衡科技宣布完成15亿元B轮融资。"
    assert opens_with_dispatch(lead)
    assert _authors(paragraph_bylines(lead, "", settings)) == ["陈思远"]
    assert not opens_with_dispatch("（图片来源：芯衡科技）芯衡科技12层HBM堆叠样品。")  # no dispatch before it
    unbracketed = "南都讯 记者林晓璇 通讯员黄文 高血压患者出院后忘记吃药、糖尿病患者不按时复查，一直是慢病管理的难题。"
    assert opens_with_dispatch(unbracketed)  # its reporters without brackets
    filed = "記者林佳蓉／新竹報導 竹北AI新創公司鈺衡智能今（12）日發表半導體廠房節能系統，已在竹科兩家晶圓廠試行半年。"
    assert opens_with_dispatch(filed) and _authors(paragraph_bylines(filed, "", settings)) == ["林佳蓉"]
    assert _authors(paragraph_bylines(unbracketed, "", settings)) == ["林晓璇"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Ferreira, in Business", ["Marta Ferreira"]),  # the section after a comma
        ("文/图：黎秋芳", ["黎秋芳"]),  # text and pictures
        ("原作者: 陈昊", ["陈昊"]),  # the original author
        ("記者 Lahok Ofad／花蓮報導", ["Lahok Ofad"]),  # a Latin name after a Chinese label
    ],
)
def test_more_bylines_of_one_author(line, authors, settings):
    assert _authors(read_byline(line, settings)) == authors


def test_a_possessive_names_no_one_and_a_label_needs_its_colon(settings):
    assert not is_person_name("Bhutan's National Newspaper", settings)  # a paper's slogan
    assert not is_person_name("Infosecurity Europe", settings)  # an event's name
    assert is_person_name("Sinéad O'Shea", settings)
    assert read_byline("原作者或其代理人确认", settings) is None  # a list item: 'the author or their agent confirms'


def test_a_box_of_the_authors_latest_articles_is_no_byline(settings):
    assert read_byline("作者最新文章", settings) is None
    assert _authors(read_byline("作者：沈若琳", settings)) == ["沈若琳"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe, MD", ["Jane Roe"]),
        ("Written by John Smith, M.Sc.", ["John Smith"]),
        ("By Jane Roe, MBA, PhD", ["Jane Roe"]),
        ("By Md. Rahim Uddin", ["Md. Rahim Uddin"]),  # 'Md.' opening a name is no degree
    ],
)
def test_an_academic_degree_after_the_name_is_no_outlet(line, authors, settings):
    byline = read_byline(line, settings)
    assert byline is not None and byline.authors == authors and byline.publisher is None


def test_a_bylines_label_with_a_plural_mark_and_a_weekday_before_the_date(settings):
    assert _authors(read_byline("Author(s): Jamie Carter, Marisol Ortega", settings)) == [
        "Jamie Carter",
        "Marisol Ortega",
    ]
    dated = read_byline("Veröffentlicht am Dienstag, 14. September 2027 von Hartmut Bender", settings)
    assert _authors(dated) == ["Hartmut Bender"]
    assert read_byline("Tuesday, June 8, 2027", settings) is None  # a date alone names no one


def test_a_links_note_closing_the_last_paragraph_names_no_author(settings):
    last = "魁北克省发布政府部门使用人工智能的指导原则，各部门须在年底前提交评估报告（新窗口）"
    assert paragraph_bylines("", last, settings) is None
    assert _authors(paragraph_bylines("", "各部门须在年底前提交评估报告。（林昊）", settings)) == ["林昊"]
