"""Articles with their story signatures, for the tests of story clusters (made as convert makes them)."""

from __future__ import annotations

from dataclasses import replace

from conftest import article_of

from build_scripts.models import Article
from build_scripts.registry import Registry
from build_scripts.settings import Settings
from build_scripts.storyprint import story_print

WIRE = (
    "Nvidia on Monday unveiled a new artificial intelligence chip designed for the Chinese market that complies "
    "with US export rules, the company said in a statement. The chip, called the H20, offers lower performance "
    "than the H100 but can be sold to Chinese customers without a licence.",
    "Chief executive Jensen Huang said demand from Chinese cloud providers remained strong and that the company "
    "expected to ship more than 1 million units this year. Analysts estimate the chip could bring in about "
    "$12 billion in revenue.",
    "The announcement comes as Chinese companies such as Huawei push their own AI processors. Shares of Nvidia "
    "rose 2.5% in early trading after the news.",
)
OTHER_NVIDIA = (
    "Nvidia reported quarterly revenue of $39.3 billion, ahead of analyst expectations, as demand for its data "
    "centre chips continued to grow. Data centre sales alone rose 93% from a year earlier to $35.6 billion.",
    "Chief financial officer Colette Kress said the company's Blackwell chips were ramping faster than any "
    "product in its history. Gross margin came in at 73%, slightly below the previous quarter.",
)
ZH_FUNDING = (
    "月之暗面宣布完成新一轮10亿美元融资，投后估值达到33亿美元。本轮融资由阿里巴巴领投，腾讯跟投。"
    "公司表示，新资金将主要用于Kimi智能助手的模型训练和算力采购。",
    "创始人杨植麟说，Kimi的日活跃用户已经超过400万，公司计划在年底前推出支持200万字上下文的新版本。"
    "过去一年，公司员工从40人增长到超过200人，付费用户数量在过去三个月增长了150%。",
)
DE_FUNDING = (
    "Das chinesische KI-Start-up Moonshot AI hat eine Finanzierungsrunde über 1 Milliarde US-Dollar "
    "abgeschlossen und wird nun mit 3,3 Milliarden US-Dollar bewertet. Angeführt wurde die Runde von Alibaba, "
    "Tencent beteiligte sich ebenfalls. Das Geld soll in das Training der Modelle hinter Kimi fließen.",
    "Gründer Yang Zhilin sagte, Kimi habe mehr als 4 Millionen tägliche Nutzer; bis Jahresende solle eine "
    "Version mit 2 Millionen Schriftzeichen Kontext erscheinen. Die Belegschaft wuchs von 40 auf mehr als 200, "
    "die Zahl der zahlenden Nutzer stieg in drei Monaten um 150 Prozent.",
)


def story_article(
    source: str,
    paragraphs: tuple[str, ...],
    settings: Settings,
    registry: Registry,
    raw: str = "",
    **fields,
) -> Article:
    """An article of `paragraphs` with its story signature; `raw`: its source text (for a repost note);
    `fields`: language, date, publisher, companies, story_overrides..."""
    fields.setdefault("language", "en")
    article = replace(article_of(*paragraphs, source=source), slug_base=source.split(".")[0], **fields)
    signature = settings.stories.signature
    return replace(article, story=story_print(article, raw or "\n".join(paragraphs), signature, registry))


def entity(entity_id: str, salience: float = 1.0) -> dict:
    return {"id": entity_id, "salience": salience, "mentions": 1}
