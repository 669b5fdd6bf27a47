"""Facts the summary pages state about the seeds, checked against the articles themselves."""

import re
import shutil

import pytest
from conftest import SEEDS

from build_scripts.pipeline import convert

ZH_01AI = (
    "零一万物发布新模型\n\n2024年5月21日\n\n"
    "零一万物今天发布了新一代大模型Yi-Large，创始人李开复表示，公司将继续降低推理成本，"
    "并与更多行业客户合作开发行业大模型。零一万物还宣布，模型将在多个开源社区上线。\n"
)
DE_01AI = (
    "Zero One Wanwu senkt die Preise\n\n22.05.2024\n\n"
    "Das Pekinger Start-up Zero One Wanwu hat die Preise für sein Modell Yi-Large deutlich gesenkt. "
    "Gründer Lee Kai-Fu sagte, Zero One Wanwu wolle damit mehr Unternehmenskunden gewinnen.\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "seeds" / "zh_01ai.txt").write_text(ZH_01AI, encoding="utf-8")
    (root / "seeds" / "de_01ai.txt").write_text(DE_01AI, encoding="utf-8")
    report = convert(root / "seeds", root / "docs", None)
    assert report.failures == []
    return root / "docs", {a["source"]: a for a in report.catalog["articles"]}


def read(docs, path):
    return (docs / path).read_text(encoding="utf-8")


def test_chinese_and_german_articles_on_01ai_find_each_other(site):
    docs, articles = site
    zh, de = articles["zh_01ai.txt"], articles["de_01ai.txt"]
    assert zh["companies"][0]["id"] == de["companies"][0]["id"] == "01-ai"
    page = read(docs, "companies/01-ai.md")
    assert f"../articles/{zh['id']}.md" in page and f"../articles/{de['id']}.md" in page
    related_zh = read(docs, f"articles/{zh['id']}.de.md").split("## Verwandte Artikel")[1]
    related_de = read(docs, f"articles/{de['id']}.zh.md").split("## 相关文章")[1]
    assert f"../articles/{de['id']}.md" in related_zh and f"../articles/{zh['id']}.md" in related_de


def test_company_summary_is_true_to_the_articles(site):
    docs, articles = site
    mentioning = [a for a in articles.values() if any(c["id"] == "01-ai" for c in a["companies"])]
    page = read(docs, "companies/01-ai.md")
    assert sorted(a["date"] for a in mentioning if a["date"]) == ["2024-05-21", "2024-05-22"]
    assert f"01.AI appears in {len(mentioning)} articles (from May 21, 2024 to May 22, 2024)." in page
    assert "[Kai-Fu Lee](../people/lee-kai-fu.md)" in page
    deepseek = read(docs, "companies/deepseek.de.md")
    assert "DeepSeek kommt in 1 Artikel vor (am 22. Juli 2024)." in deepseek  # one article: the singular
    assert "[Liang Wenfeng](../people/liang-wenfeng.md)" in deepseek


def test_person_page_quotes_interview_turns(site):
    docs, _ = site
    page = read(docs, "people/liang-wenfeng.md")
    quotes = page.split("## Quotes from interviews")[1].split("\n## ")[0]
    assert "Wir wollten kein Wels sein, wir sind einfach zufällig einer geworden." in quotes
    assert '<span lang="de">' in quotes
    assert "Quotes from interviews" in read(docs, "people/xu-bing.md")


def test_theme_page_lists_articles_with_their_evidence(site):
    docs, articles = site
    page = read(docs, "themes/price-war-inference-cost.md")
    deepseek = articles["004_23ea577ee57aaebd.txt"]
    assert f"../articles/{deepseek['id']}.md" in page
    assert "Preiskampf" in page


def test_every_page_kind_exists_in_every_language(site):
    docs, articles = site
    for suffix in ("", ".de", ".zh"):
        for path in (
            "index",
            "timeline",
            "companies/index",
            "people/index",
            "themes/index",
            "companies/sensetime",
            "people/xu-bing",
            f"articles/{articles['003_a322e0aef2e90f38.txt']['id']}",
        ):
            assert (docs / f"{path}{suffix}.md").is_file(), f"{path}{suffix}.md"


def test_timeline_lists_undated_articles_apart(site):
    docs, articles = site
    timeline = read(docs, "timeline.md")
    assert "## 2024" in timeline and "[July 2024](timeline/2024-07.md) (1)" in timeline
    assert "[2024年7月](timeline/2024-07.md) (1)" in read(docs, "timeline.zh.md")
    assert "[Undated articles](timeline/undated.md) (3)" in timeline
    undated = read(docs, "timeline/undated.md")
    for article in articles.values():
        assert (f"articles/{article['id']}.md" in undated) == (article["date"] is None)


def test_pictures_are_inline_svg_without_scripts(site):
    docs, _ = site
    for path in ("timeline.md", "companies/index.zh.md"):
        page = read(docs, path)
        assert "<svg" in page and "currentColor" in page and "<script" not in page


def test_every_generated_link_resolves(site):
    docs, _ = site
    link = re.compile(r"\]\(([^)\s]+\.md)\)|href=\"([^\"]+)/\"")
    checked = 0
    for page in docs.rglob("*.md"):
        for match in link.finditer(page.read_text(encoding="utf-8")):
            target = match.group(1) or match.group(2) + ".md"
            assert (page.parent / target).resolve().is_file(), f"{page.relative_to(docs)} -> {target}"
            checked += 1
    assert checked > 1000


def test_a_huge_single_line_source_gives_quotes_of_bounded_length():
    from build_scripts.models import Block
    from build_scripts.passages import MAX_PASSAGE_LENGTH, find_passages
    from build_scripts.registry import load_registry
    from build_scripts.text import visual_length

    registry = load_registry()
    sentence = "Neue Rechenzentren und mehr Rechenleistung treiben die Nachfrage nach Chips " * 5000
    passages = find_passages([Block("paragraph", sentence + ".")], [], {"ai-infrastructure-cloud"}, registry)
    assert passages and all(visual_length(p.text) <= MAX_PASSAGE_LENGTH + 1 for p in passages)
