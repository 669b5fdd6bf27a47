from build_scripts.convert import convert_source
from build_scripts.models import Article
from build_scripts.text import word_counts

LEAD_DE = (
    "Xu Bing, Mitbegründer von SenseTime, sprach in Hongkong über KI-Clouds. Er erwartet, dass die "
    "Nachfrage nach Rechenleistung weiter stark steigt und die Kosten sinken."
)
HANT = (
    "台積電董事長魏哲家表示，人工智慧相關需求非常強勁，公司正在擴充先進封裝產能。"
    "他指出，輝達等客戶的訂單能見度已經延伸到明年，供不應求的情況將持續。"
)
PARAGRAPH = (
    "Exports of advanced chips fell for the third month in a row in March, the ministry said on Tuesday, as new "
    "licensing rules took effect and buyers in several markets delayed orders until the rules are clearer."
)


def convert(text, settings, registry, name="a.txt"):
    return convert_source(name, text.encode("utf-8"), None, settings, registry)


def test_generated_title_from_the_lead_when_the_file_has_none(settings, registry):
    article = convert(LEAD_DE + "\n" + LEAD_DE, settings, registry)
    assert article.title_generated is True
    assert article.title == "Xu Bing, Mitbegründer von SenseTime, sprach in Hongkong über KI-Clouds"
    assert article.summary.startswith("Xu Bing, Mitbegründer von SenseTime")


def test_title_repeated_as_first_heading_is_dropped(settings, registry):
    article = convert("DeepSeek senkt die Preise\n\nDeepSeek senkt die Preise\n\n" + LEAD_DE, settings, registry)
    assert article.title == "DeepSeek senkt die Preise"
    assert [b.kind for b in article.blocks] == ["paragraph"]


def test_traditional_and_simplified_chinese_are_told_apart(settings, registry):
    assert convert("台積電擴產\n\n" + HANT * 2, settings, registry).language == "zh-Hant"
    simplified = HANT.translate(
        str.maketrans(
            "積電長慧關強勁擴產進裝輝達戶訂單見該延續應來況將", "积电长慧关强劲扩产进装辉达户订单见该延续应来况将"
        )
    )
    assert convert("台积电扩产\n\n" + simplified * 2, settings, registry).language == "zh-Hans"


def test_word_count_counts_cjk_characters():
    assert word_counts("DeepSeek V2 kostet 1 Yuan.") == (5, 0)
    assert word_counts("零一万物发布Yi模型") == (9, 8)  # 8 characters + 1 Latin word
    assert word_counts("Die U.S.-Firma, 3,5 Mio. Nutzer; rock'n'roll_ok") == (8, 0)


def test_reading_time_is_at_least_a_minute_and_grows(settings, registry):
    short = convert("Titel\n\n" + LEAD_DE, settings, registry)
    long = convert("Titel\n\n" + "\n\n".join([LEAD_DE] * 40), settings, registry)
    assert short.reading_time == 1 and long.reading_time > 3


def test_a_byline_in_a_saved_page_wins_over_the_extractors_author(settings, registry):
    """trafilatura names a commenter ('Art Edwards says') where the page's text has the byline."""
    body = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(3))
    page = (
        "<html><head><title>Chip exports fall</title><meta name='author' content='Art Edwards says'></head><body>"
        f"<article><h1>Chip exports fall</h1><p>By Tim Anderson</p>{body}</article></body></html>"
    )
    article = convert_source("a.html", page.encode(), None, settings, registry)
    assert isinstance(article, Article) and article.authors == ["Tim Anderson"]
    front_matter = f"---\nauthors: [Jane Roe]\n---\n# Chip exports fall\n\nBy Tim Anderson\n\n{PARAGRAPH}\n"
    written = convert_source("a.md", front_matter.encode(), None, settings, registry)
    assert isinstance(written, Article) and written.authors == ["Jane Roe"]
