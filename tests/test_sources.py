import codecs
import os

import pytest

from build_scripts.models import SourceError
from build_scripts.sources import (
    _headings,
    decode,
    discover,
    normalise,
    page_headline,
    read_limited,
    read_source,
    read_whole_page,
)

ZH = "零一万物的CEO李开复表示，大模型赛道竞争激烈。李开复在2023年3月创建了零一万物团队，6月开始运营。"
ZH_HANT = "零一萬物的執行長李開復表示，大模型賽道競爭激烈。李開復在2023年3月創建了零一萬物團隊，6月開始運營。"
DE = "Grüße aus München: Die Straße führt über die Brücke. Äpfel, Öl und Übermut."


@pytest.mark.parametrize(
    "data, expected",
    [
        (ZH.encode("utf-8"), ZH),
        (codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH),
        (ZH.encode("utf-16"), ZH),  # with BOM
        (codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), ZH),
        ((ZH * 3).encode("gbk"), ZH * 3),
        ((ZH * 3).encode("gb18030"), ZH * 3),
        ((ZH_HANT * 3).encode("big5"), ZH_HANT * 3),
        ((DE * 3).encode("utf-8"), DE * 3),
    ],
)
def test_decode_detects_encodings(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\n  ", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ],
)
def test_decode_rejects_empty_and_binary(data, reason):
    with pytest.raises(SourceError, match=reason):
        decode(data)


def test_normalise_newlines_nfc_and_invisible_characters():
    text = "Zei\u200ble\r\nzwei\rdrei\u00ad\x07\tvier\ufeff e\u0301"
    assert normalise(text) == "Zeile\nzwei\ndrei vier \u00e9"


def test_markdown_front_matter_is_honoured_and_markup_flattened():
    source = read_source(
        "a.md",
        b"---\ntitle: Given title\ndate: 2024-03-05\n---\n# Heading\n\n"
        b"Some **bold** and a [link](http://x).\n\n- item one\n- item two\n",
    )
    assert source.preset["title"] == "Given title"
    assert source.text.split("\n\n") == ["Heading", "Some bold and a link.", "• item one", "• item two"]


def test_markdown_front_matter_must_be_a_mapping():
    with pytest.raises(SourceError, match="front matter"):
        read_source("a.md", b"---\n- just a list\n---\nText\n")


def test_html_main_text_and_metadata_are_extracted():
    html = """<html lang="en"><head><title>Moonshot raises money | Example News</title>
    <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-05">
    <meta property="og:site_name" content="Example News"></head><body>
    <nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/share">Share</a></nav>
    <article><h1>Moonshot raises money</h1>
    <p>Moonshot AI, the Beijing start-up behind the Kimi assistant, has raised new funding from Alibaba and
    other investors, people familiar with the matter said on Tuesday. The round values the company at
    several billion dollars.</p>
    <p>The company plans to spend the money on computing power and on training larger models, the people
    said. It competes with Zhipu AI, Baichuan and MiniMax for users and for engineers.</p></article>
    <footer>Copyright Example News. All rights reserved.</footer></body></html>"""
    source = read_source("page.html", html.encode())
    assert "Moonshot AI, the Beijing start-up" in source.text
    assert "competes with Zhipu AI" in source.text
    assert "Home" not in source.text and "All rights reserved" not in source.text
    assert source.preset["authors"] == ["Jane Doe"]
    assert source.preset["date"] == "2024-03-05"


def test_a_lead_the_page_shows_beside_its_headline_is_the_first_paragraph():
    import trafilatura

    lead = "Schnee auf der Photovoltaikanlage kostet Ertrag und belastet Module. Experten warnen vor dem Räumen."
    paragraph = "Der Konzern kündigte am Dienstag an, seine Investitionen in Rechenzentren deutlich zu erhöhen. " * 3

    article = f"<article>{('<p>' + paragraph + '</p>') * 3}</article>"

    def page(description: str, shown: str) -> str:
        return f"""<html><head><title>Schnee belastet Solarmodule</title>
        <meta name="description" content="{description}"></head><body><header><h1>Schnee belastet Solarmodule</h1>
        <div class="teaser-text">{shown}</div></header>{article}</body></html>"""

    extracted = trafilatura.extract(page(lead, lead), favor_recall=True)
    assert extracted and lead not in extracted  # the extractor leaves it out
    text = read_source("a.html", page(lead, lead).encode()).text
    assert text.startswith(lead + "\n\n") and text.count(lead) == 1
    # a description the page does not show (a search engine's summary) is not the article's
    summary = "Alles über Schnee auf Solarmodulen: was Betreiber jetzt wissen müssen und wann sich Räumen lohnt."
    assert summary not in read_source("a.html", page(summary, "").encode()).text


def test_html_without_any_text_is_an_error():
    with pytest.raises(SourceError, match="without any text"):
        read_source("empty.html", b"<html><head><title>x</title></head><body></body></html>")


def test_a_whole_page_is_read_one_block_a_line():
    """A page read whole (where the extractor's main text held no article): its text as a browser lays it
    out, for the text cleaner: blocks on lines of their own, inline elements run on, the markup's title kept."""
    page = b"<html><body><div>Home</div><ul><li>News</li><li>Tech</li></ul><p>A <b>bold</b> claim.</p></body></html>"
    source = read_whole_page("short.html", page, {"title": "A claim"})
    assert (source.format, source.preset) == ("txt", {"title": "A claim"})
    assert [line.strip() for line in source.text.split("\n") if line.strip()] == [
        "Home",
        "* News",
        "* Tech",
        "A bold claim.",
    ]


def test_unsupported_extension_is_an_error():
    with pytest.raises(SourceError, match="unsupported file type .pdf"):
        read_source("paper.pdf", b"%PDF-1.4")


def test_discover_skips_hidden_files_and_pairs_sidecars(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.meta.yml").write_text("title: A")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "b.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("x")
    (tmp_path / "orphan.meta.yml").write_text("title: B")
    refs, warnings, failures = discover(tmp_path)
    assert failures == []
    assert [r.source for r in refs] == ["a.txt", "sub/c.md"]
    assert refs[0].sidecar == tmp_path / "a.meta.yml"
    assert refs[1].sidecar is None
    assert warnings == ["orphan.meta.yml: sidecar without a source file of that name, ignored"]


def test_markdown_links_and_images_leave_their_text_and_nothing_else():
    source = 'See [the report](https://example.com/a_(b) "Title (x)") and ![chart](<c d.png>) here. [kept] (x)\n'
    assert read_source("a.md", source.encode()).text == "See the report and chart here. [kept] (x)"


def test_escaped_markup_in_a_saved_page_stays_as_the_page_shows_it():
    page = (
        "<html><body><article><h1>Headline &amp;lt;b&amp;gt;</h1><p>"
        + "Chip makers reported demand. " * 8
        + "They quoted &lt;script&gt; and AT&amp;T.</p></article></body></html>"
    )
    text = read_source("a.html", page.encode()).text
    assert "They quoted <script> and AT&T." in text


def test_every_odd_entry_is_reported_with_its_reason(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("x")
    (tmp_path / "dangling.txt").symlink_to("missing.txt")
    (tmp_path / "self.txt").symlink_to("self.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text("x")
    (tmp_path / "linked.txt").symlink_to("good.txt")
    scandir = os.scandir

    def refuse(path):  # the tests run as root, who may read any folder: refuse one as the kernel would
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    refs, _warnings, failures = discover(tmp_path)
    assert [r.source for r in refs] == ["good.txt", "linked.txt"]
    reasons = {f.source: f.error for f in failures}
    assert reasons == {
        "dangling.txt": "dangling symbolic link: its target missing.txt does not exist; skipped",
        "self.txt": "symbolic link loop: the link leads back to itself; skipped",
        "pipe.txt": "not a regular file (a FIFO); skipped",
        "sub/up": "symbolic link loop: links to a folder it is inside; skipped",
        "locked": "folder cannot be read (Permission denied); skipped with everything in it",
    }


def test_a_source_above_the_limit_is_refused_unread(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 101)
    (tmp_path / "ok.txt").write_bytes(b"a" * 100)
    assert read_limited(tmp_path / "ok.txt", 100) == b"a" * 100
    with pytest.raises(
        SourceError, match=r"larger than 100 bytes \(thresholds.max_source_bytes in data/cleaning.yml\)"
    ):
        read_limited(tmp_path / "big.txt", 100)


@pytest.mark.parametrize(
    "title, headings, headline",
    [
        ("Moonshot raises money | Example News", ["Moonshot raises money"], "Moonshot raises money"),
        ("Moonshot raises money | Example News", [], "Moonshot raises money"),
        # the title is written for search engines: the page's one headline-sized <h1> is the headline
        (
            "Alaska Airlines to become full Oneworld member",
            ["Alaska Airlines sets new date for membership"],
            "Alaska Airlines sets new date for membership",
        ),
        # a logo in an <h1> is no headline
        ("Rasende Polizisten vor Gericht | strafprozess.ch", ["strafprozess.ch"], "Rasende Polizisten vor Gericht"),
    ],
)
def test_the_headline_of_a_saved_page(title, headings, headline):
    assert page_headline(title, headings) == headline


def test_styles_inside_an_h1_are_not_its_text():
    html = "<h1><style>.css-1{font-size:16px}</style>Impfen ist bis Ende Februar noch möglich</h1>"
    assert _headings(html) == ["Impfen ist bis Ende Februar noch möglich"]


def test_the_title_wins_over_an_h1_that_adds_a_kicker_or_a_subtitle():
    headline = "Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen"
    assert page_headline(headline, [f"Abstandsregeln und Fieberkontrollen : {headline}"]) == headline
    assert page_headline(f"{headline} - Tagesspiegel", [f"Local News | {headline}"]) == headline
    # a title cut short by broken markup is no part of the headline worth taking
    assert page_headline("奖金711万元！", ["奖金711万元！“中国诺贝尔奖”首位获奖女性啥来头?"]).endswith("啥来头?")


def test_the_page_title_wins_over_an_extracted_title_that_adds_a_badge_to_it():
    headline = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    assert page_headline(f"原创 {headline}", [], headline) == headline
    assert page_headline("Golem.de: IT-News für Profis", [], "Golem.de") == "Golem.de: IT-News für Profis"  # a name


def test_the_h1_a_title_names_before_its_site_name():
    assert page_headline("Penny - Stardew Valley Wiki", ["Penny"]) == "Penny"


def test_the_h1_the_page_title_contains_where_the_metadata_shortens_it():
    headline = "Turkey, Poland and three Caribbean islands added to UK quarantine list"
    og_title = "Turkey, Poland, Caribbean islands added to UK quarantine list"
    page_title = f"{headline} | London Evening Standard | Evening Standard"
    assert (
        page_headline(og_title, [headline, "1 /21 Europe starts to ease itself out of lockdown"], page_title)
        == headline
    )


def test_a_teaser_link_is_no_headline_the_page_title_is():
    """On a page without <h1>, trafilatura takes the first <h3> for the title: here a link to another story."""
    page = (
        "<html><head><title>日本最后一家传呼机公司停止服务，殡仪馆为BB机送终</title></head><body>"
        "<div class='recent'><h3><a href='/other'>开发者用虚幻4重新打造《英雄联盟》召唤师峡谷</a></h3></div>"
        f"<div class='article'><p>{'日本最后一家传呼机公司宣布停止服务。' * 12}</p></div></body></html>"
    )
    assert (
        read_source("pager.html", page.encode()).preset["title"] == "日本最后一家传呼机公司停止服务，殡仪馆为BB机送终"
    )


def test_an_h1_linking_the_home_page_is_the_logo_the_page_title_is_the_headline():
    headline = "Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung"
    page = (
        f"<html><head><title>{headline}</title></head><body>"
        "<h1><a href='https://www.l-mag.de/'></a><i>L-Mag</i></h1>"
        f"<div class='article'><h2>{headline}</h2><p>{'Zum Tag des Gedenkens erinnern Vereine an Verfolgte. ' * 12}</p>"
        "</div></body></html>"
    )
    assert read_source("gedenktag.html", page.encode()).preset["title"] == headline


def test_a_page_title_of_only_the_site_name_leaves_the_headline_to_the_first_h2():
    page = (
        "<html><head><title>National Rail Enquiries -</title></head><body><h1 class='sifr'></h1>"
        "<div><h2>Rail Replacement Services Travel Advice</h2>"
        f"<p>{'Buses, coaches and taxis are different to trains, so plan ahead. ' * 12}</p></div></body></html>"
    )
    assert read_source("rail.html", page.encode()).preset["title"] == "Rail Replacement Services Travel Advice"


def test_the_shortest_title_an_h1_contains_leaves_out_what_the_extractor_read_into_it():
    """trafilatura's title can be the <h1>'s text up to a byline printed inside the <h1>."""
    h1 = "»Haltet unsere Gewässer sauber!« Veröffentlicht von SeglerBlog am 23. Februar 2020 Und noch mal was"
    extracted = "»Haltet unsere Gewässer sauber!« Veröffentlicht von SeglerBlog am 23. Februar 2020"
    page_title = "»Haltet unsere Gewässer sauber!« - Der SeglerBlog aus Berlin"
    assert page_headline(extracted, [h1], page_title) == "»Haltet unsere Gewässer sauber!«"


@pytest.mark.parametrize(
    ("site", "publisher"),
    [
        ("证券时报网版权所有", "证券时报网"),
        ("Example News. All rights reserved.", "Example News"),
        ("BWE e.V.", "BWE e.V."),
    ],
)
def test_a_sites_name_taken_from_its_copyright_line_loses_the_copyright_words(site, publisher):
    paragraph = "Moonshot AI, the Beijing start-up behind the Kimi assistant, has raised new funding, people said. " * 2
    html = (
        f'<html><head><title>T</title><meta property="og:site_name" content="{site}"></head><body><article>'
        f"<h1>Moonshot raises money</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    assert read_source("a.html", html.encode()).preset["publisher"] == publisher
