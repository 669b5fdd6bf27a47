"""Benchmark: a synthetic corpus of N raw articles, then the pipeline's costs measured stage by stage.

    python -m build_scripts bench --articles N [--languages en,de,zh] [--out FILE]

The corpus looks like the seeds: German, Chinese and English articles (60 / 25 / 15 %), in the seeds'
source layouts with their boilerplate (the "Published on" author widget, the "Nachricht" language-bar page
with its "quelle:" footer, the Chinese repost header, bylines, interviews), naming companies, people and
theme triggers of the registry, about 1,000 words or 2,000 CJK characters each, dated over several years
(some undated). Article i depends only on the seed and i, so a corpus of N+1 articles is the corpus of N
plus one, and the same arguments give the same bytes.

Measured, each step in its own child process (so imports, start-up and peak memory are the step's own):
a cold convert (empty cache), a convert with nothing changed, one after adding one article, one after
editing one registry entry (a copy of data/registry/ with one company's profile changed, handed to the
pipeline in the child process), and the MkDocs site build when `build_scripts.site.build_site` exists.
Then the size of docs/ and site/, the largest and median page per page kind, and the search index.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .registry import REGISTRY_DIR, Entity, load_registry

REPO_ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "zh", "en")
LANGUAGE_SHARES = {"de": 0.60, "zh": 0.25, "en": 0.15}  # the seeds: four German, one Chinese
LAYOUT_SHARES = {
    "de": {"avatar": 0.30, "newsbar": 0.38, "byline": 0.22, "interview": 0.10},
    "en": {"byline": 0.60, "avatar": 0.25, "interview": 0.15},
    "zh": {"repost": 0.40, "dated": 0.50, "interview": 0.10},
}
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2025, 12, 31)
WORDS = (800, 1200)  # German and English articles
CJK_CHARS = (1700, 2300)  # Chinese articles
MB = 1024 * 1024
SAMPLE_SECONDS = 0.25  # memory sampling interval; peaks of the step's data structures last far longer
WORKDIR_MARKER = ".atlas-bench"  # --workdir folders the benchmark made; it refuses to clear any other folder

# --- vocabulary -------------------------------------------------------------------------------------------
# Filler text contains no registry name and no theme trigger (tests/test_bench.py checks it), so every
# entity an article mentions was put there on purpose by the templates below.

_CITIES = {
    "de": ["Peking", "Shanghai", "Shenzhen", "Hangzhou", "San Francisco", "Berlin", "Hongkong", "Singapur"],
    "en": ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "San Francisco", "London", "Hong Kong", "Singapore"],
    "zh": ["北京", "上海", "深圳", "杭州", "旧金山", "香港", "新加坡", "广州"],
}
_AUTHORS = {
    "de": [
        "Katrin Schulze",
        "Jonas Weber",
        "Lena Hartmann",
        "Michael Braun",
        "Sabine Krüger",
        "Tobias Lang",
        "Yu Lili",
        "Zhao Min",
        "Anna Becker",
        "Felix Neumann",
    ],
    "en": [
        "Jane Doe",
        "Michael Chen",
        "Sarah Miller",
        "David Park",
        "Emily Clarke",
        "Tom Harris",
        "Grace Liu",
        "Ajax",
        "Peter Stone",
        "Laura King",
    ],
    "zh": ["小岩", "周文静", "林晓", "李然", "王蕾", "陈思远", "赵一鸣", "孙悦", "刘畅", "郑阳"],
}
_EDITORS = {"de": ["Liu Jing", "Wang Hao", "Chen Yu", "Sun Wei"], "zh": ["小迪", "李然", "张悦", "何静"]}
_PUBLISHERS = {
    "de": ["global times", "China Daily", "Xinhua", "36Kr"],
    "zh": ["新火种", "数智前哨", "财经快报", "科技观察", "智能涌现", "硅星人"],
}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_LANGUAGE_BAR = (
    "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina"
)

_FILLER = {
    "de": {
        "subjects": [
            ("Die Branche", 0),
            ("Der Markt", 0),
            ("Das Management", 0),
            ("Die Regierung", 0),
            ("Ein Sprecher", 0),
            ("Viele Gründer", 1),
            ("Die großen Plattformen", 1),
            ("Investoren", 1),
            ("Entwickler", 1),
            ("Kunden aus der Industrie", 1),
            ("Forscher an Universitäten", 1),
            ("Mehrere Beobachter", 1),
            ("Die meisten Anbieter", 1),
            ("Kleinere Firmen", 1),
        ],
        "verbs": [
            ("beobachtet", "beobachten"),
            ("unterschätzt", "unterschätzen"),
            ("diskutiert", "diskutieren"),
            ("bewertet", "bewerten"),
            ("erwartet", "erwarten"),
            ("testet", "testen"),
            ("kritisiert", "kritisieren"),
            ("vergleicht", "vergleichen"),
            ("untersucht", "untersuchen"),
            ("betont", "betonen"),
        ],
        "objects": [
            "die Entwicklung neuer Werkzeuge",
            "neue Anwendungen im Alltag",
            "die Kosten der Entwicklung",
            "die Qualität der Daten",
            "den Wettbewerb um Fachkräfte",
            "die Regeln für den Einsatz",
            "langfristige Partnerschaften",
            "die Integration in bestehende Produkte",
            "den Einsatz in Fabriken und Krankenhäusern",
            "die Sicherheit der Systeme",
            "die Erwartungen der Nutzer",
            "die Lage auf dem Arbeitsmarkt",
            "die Zusammenarbeit mit Behörden",
        ],
        "tails": [
            "mit wachsender Aufmerksamkeit",
            "seit Monaten",
            "in diesem Jahr besonders genau",
            "deutlich vorsichtiger als früher",
            "trotz der unsicheren Lage",
            "mit großer Skepsis",
            "zunehmend pragmatisch",
            "schon seit geraumer Zeit",
            "vor allem in Asien",
            "sehr unterschiedlich",
        ],
        "clauses": [
            "",
            "",
            "",
            ", weil die Budgets knapper werden",
            ", obwohl die Nachfrage weiter steigt",
            ", während die Konkurrenz aufholt",
            ", und daran dürfte sich wenig ändern",
            ", wie aus Branchenkreisen verlautet",
        ],
    },
    "en": {
        "subjects": [
            ("The industry", 0),
            ("The market", 0),
            ("Management", 0),
            ("The government", 0),
            ("A spokesperson", 0),
            ("Many founders", 1),
            ("The large platforms", 1),
            ("Investors", 1),
            ("Developers", 1),
            ("Industrial customers", 1),
            ("University researchers", 1),
            ("Several observers", 1),
            ("Most vendors", 1),
            ("Smaller firms", 1),
        ],
        "verbs": [
            ("watches", "watch"),
            ("underestimates", "underestimate"),
            ("discusses", "discuss"),
            ("assesses", "assess"),
            ("expects", "expect"),
            ("tests", "test"),
            ("criticises", "criticise"),
            ("compares", "compare"),
            ("examines", "examine"),
            ("stresses", "stress"),
        ],
        "objects": [
            "the development of new tools",
            "new applications in daily life",
            "the cost of development",
            "the quality of the data",
            "the competition for skilled staff",
            "the rules for deployment",
            "long-term partnerships",
            "the integration into existing products",
            "the use in factories and hospitals",
            "the safety of the systems",
            "what users expect",
            "the situation on the job market",
            "the cooperation with the authorities",
        ],
        "tails": [
            "with growing attention",
            "for months now",
            "especially closely this year",
            "far more cautiously than before",
            "despite the uncertain outlook",
            "with great scepticism",
            "more and more pragmatically",
            "for quite some time",
            "above all in Asia",
            "in very different ways",
        ],
        "clauses": [
            "",
            "",
            "",
            ", because budgets are getting tighter",
            ", although demand keeps rising",
            ", while rivals are catching up",
            ", and that is unlikely to change soon",
            ", according to people in the sector",
        ],
    },
    "zh": {
        "openers": ["", "", "", "与此同时，", "从长远来看，", "在这种背景下，", "事实上，", "另一方面，", "总体而言，"],
        "subjects": [
            "业内人士",
            "不少投资人",
            "多家创业团队",
            "大型互联网平台",
            "行业协会",
            "开发者社区",
            "行业分析师",
            "企业用户",
            "高校实验室",
            "地方政府",
            "产业链上下游",
        ],
        "adverbs": ["普遍", "正在", "已经开始", "持续", "更加", "逐渐", "明显", "一直"],
        "verbs": ["关注", "讨论", "评估", "重新审视", "加大投入", "研究", "质疑", "测试", "推动"],
        "objects": [
            "研发投入的效率",
            "行业应用的落地",
            "数据质量与合规",
            "招聘节奏",
            "算法效率的提升",
            "产品体验的改进",
            "生态的建设",
            "海外市场的拓展",
            "终端设备上的部署",
            "用户留存",
            "组织架构的调整",
            "技术路线的选择",
        ],
        "clauses": [
            "这一趋势在过去一年尤为明显",
            "但真正的挑战仍在后面",
            "市场对此反应不一",
            "短期内难以看到明确结果",
            "竞争格局因此发生变化",
            "不少从业者对此感到压力",
            "这也为后来者留下了空间",
            "相关讨论仍在继续",
            "多方对此看法并不一致",
            "这一点在年初就已显现",
        ],
    },
}

_SENTENCES = {
    "de": [
        "{c} hat im vergangenen Quartal deutlich mehr in {t} investiert als erwartet.",
        "Nach Angaben von {c} wächst die Nachfrage im Bereich {t} schneller als das Angebot.",
        "{p} sagte auf einer Konferenz in {city}, das Thema {t} werde die Branche in den kommenden Jahren prägen.",
        "Beobachter vergleichen die Strategie von {c} inzwischen offen mit der von {c2}.",
        "Im Jahr {y} kündigte {c} an, rund {n} Millionen Yuan in neue Projekte zu stecken.",
        "Analysten in {city} sehen {c} beim Thema {t} inzwischen vor {c2}.",
        "{p} hält wenig von kurzfristigen Aktionen und setzt auf {t}.",
        "Für {c2} ist das eine schlechte Nachricht, denn das Unternehmen setzt seit Jahren auf {t}.",
        "Wie {p} betonte, arbeitet {c} dabei eng mit {c2} zusammen.",
        "Ein Manager von {c} sagte, bei {t} komme es vor allem auf Geduld an.",
        "Schon {y} hatte {c} mit {t} experimentiert, damals allerdings ohne großen Erfolg.",
        "Die Aktie von {c} legte nach der Ankündigung um {n} Prozent zu.",
        "{c} beschäftigt nach eigenen Angaben inzwischen mehr als {n}00 Menschen in {city}.",
        "Auch {p} äußerte sich zu {t} und warnte vor zu hohen Erwartungen.",
        "Der Streit um {t} hat das Verhältnis zwischen {c} und {c2} belastet.",
        "Kunden von {c} berichten, dass sich {t} im Alltag bereits bemerkbar macht.",
    ],
    "en": [
        "{c} invested far more in {t} last quarter than expected.",
        "According to {c}, demand in the area of {t} is growing faster than supply.",
        "{p} told a conference in {city} that {t} would shape the industry in the coming years.",
        "Observers now openly compare the strategy of {c} with that of {c2}.",
        "In {y}, {c} announced plans to put around {n} million yuan into new projects.",
        "Analysts in {city} now see {c} ahead of {c2} when it comes to {t}.",
        "{p} has little time for short-term campaigns and is betting on {t}.",
        "That is bad news for {c2}, which has relied on {t} for years.",
        "As {p} pointed out, {c} works closely with {c2} on this.",
        "A manager at {c} said that patience matters most in {t}.",
        "{c} had already experimented with {t} in {y}, though without much success at the time.",
        "Shares of {c} rose {n} percent after the announcement.",
        "{c} says it now employs more than {n}00 people in {city}.",
        "{p} also spoke about {t} and warned against expecting too much.",
        "The dispute over {t} has strained relations between {c} and {c2}.",
        "Customers of {c} report that {t} is already noticeable in their daily work.",
    ],
    "zh": [
        "{c}上个季度在{t}方面的投入明显超出预期。",
        "据{c}介绍，{t}相关的需求增长速度已经超过了供给。",
        "{p}在{city}的一场会议上表示，{t}将在未来几年深刻影响整个行业。",
        "不少观察人士开始把{c}的战略与{c2}相提并论。",
        "{y}年，{c}宣布将投入约{n}亿元用于新项目。",
        "{city}的分析师认为，{c}在{t}上已经领先于{c2}。",
        "{p}并不看重短期活动，而是押注{t}。",
        "这对{c2}来说并不是好消息，因为这家公司多年来一直依赖{t}。",
        "{p}指出，{c}在这方面与{c2}保持着密切合作。",
        "{c}的一位高管表示，做{t}最需要的是耐心。",
        "早在{y}年，{c}就尝试过{t}，但当时效果并不理想。",
        "消息公布后，{c}的股价上涨了{n}%。",
        "{c}称，公司目前在{city}的员工已超过{n}00人。",
        "{p}也谈到了{t}，并提醒外界不要抱有过高期待。",
        "围绕{t}的分歧让{c}与{c2}之间的关系变得微妙。",
        "{c}的客户反映，{t}带来的变化已经在日常工作中显现。",
    ],
}
_TITLES = {
    "de": [
        "{c} setzt auf {t}",
        "Wie {c} den Markt verändern will",
        "{p}: {c} will bei {t} aufholen",
        "{c} und {c2} im Wettlauf um {t}",
        "Neue Zahlen von {c}: {t} treibt das Wachstum",
        "Was hinter der Strategie von {c} steckt",
        "{c} stellt {n} Projekte zu {t} vor",
    ],
    "en": [
        "{c} Bets on {t}",
        "How {c} Wants to Change the Market",
        "{p}: {c} Aims to Catch Up on {t}",
        "{c} and {c2} Race for {t}",
        "New Figures From {c}: {t} Drives Growth",
        "What Lies Behind the Strategy of {c}",
        "{c} Unveils {n} Projects on {t}",
    ],
    "zh": [
        "{c}押注{t}",
        "{c}想如何改变市场",
        "{p}：{c}要在{t}上追赶",
        "{c}与{c2}的{t}竞赛",
        "{c}最新数据：{t}推动增长",
        "{c}战略背后的逻辑",
        "{c}发布{n}个{t}项目",
    ],
}
_HEADINGS = {
    "de": [
        "Hintergrund",
        "Reaktionen aus der Branche",
        "Was das für den Markt bedeutet",
        "Ausblick",
        "Die Rolle von {c}",
        "Zahlen und Fakten",
        "Kritik und offene Fragen",
        "Der Blick auf {c2}",
    ],
    "en": [
        "Background",
        "Reactions from the industry",
        "What it means for the market",
        "Outlook",
        "The role of {c}",
        "Facts and figures",
        "Criticism and open questions",
        "A look at {c2}",
    ],
    "zh": ["行业背景", "各方反应", "对市场意味着什么", "未来展望", "{c}的角色", "数据与事实", "争议与疑问", "再看{c2}"],
}
_ITEMS = {
    "de": [
        "{c} baut seine Position bei {t} weiter aus",
        "Die Kosten sinken schneller als erwartet",
        "{c2} reagiert mit eigenen Angeboten",
        "Die Nachfrage von Unternehmenskunden steigt",
        "Die Politik beobachtet die Entwicklung genau",
    ],
    "en": [
        "{c} keeps expanding its position in {t}",
        "Costs are falling faster than expected",
        "{c2} responds with offers of its own",
        "Demand from business customers is rising",
        "Policymakers are watching developments closely",
    ],
    "zh": [
        "{c}继续巩固其在{t}上的地位",
        "成本下降的速度快于预期",
        "{c2}推出了自己的产品作为回应",
        "企业用户的需求持续上升",
        "政策层面也在密切关注",
    ],
}
_QUESTIONS = {
    "de": [
        "Wie sehen Sie die Entwicklung bei {t}?",
        "Was unterscheidet {c} von {c2}?",
        "Welche Rolle spielt {t} für Ihr Unternehmen?",
        "Wo sehen Sie {c} in fünf Jahren?",
        "Was war die schwierigste Entscheidung der letzten Jahre?",
        "Wie reagieren Sie auf die Kritik an {t}?",
    ],
    "en": [
        "How do you see the development of {t}?",
        "What sets {c} apart from {c2}?",
        "What role does {t} play for your company?",
        "Where do you see {c} in five years?",
        "What was the hardest decision of recent years?",
        "How do you respond to the criticism of {t}?",
    ],
    "zh": [
        "您如何看待{t}的发展？",
        "{c}和{c2}有什么不同？",
        "{t}对你们公司意味着什么？",
        "五年后的{c}会是什么样子？",
        "过去几年最艰难的决定是什么？",
        "您怎么回应外界对{t}的质疑？",
    ],
}
_INTERVIEW = {
    "de": ("Das Folgende ist die Abschrift des Gesprächs:", "Moderator"),
    "en": ("The following is an edited transcript of the conversation:", "Host"),
    "zh": ("以下为访谈实录：", "主持人"),
}


@dataclass(frozen=True)
class _Vocabulary:
    """Registry entities with popularity weights (a few companies in many articles, most in few)."""

    companies: tuple[Entity, ...]
    company_weights: tuple[float, ...]
    people: tuple[Entity, ...]
    people_weights: tuple[float, ...]
    themes: tuple[str, ...]
    theme_weights: tuple[float, ...]
    triggers: dict  # theme id -> language -> terms


def _popular(entities: list, salt: str) -> tuple[tuple, tuple[float, ...]]:
    ranked = sorted(entities, key=lambda e: hashlib.sha256(f"{salt}:{getattr(e, 'id', e)}".encode()).hexdigest())
    return tuple(ranked), tuple(1 / (rank + 1) ** 0.9 for rank in range(len(ranked)))


def _vocabulary(registry_dir: Path = REGISTRY_DIR) -> _Vocabulary:
    registry = load_registry(registry_dir)
    raw_themes = yaml.safe_load((registry_dir / "themes.yml").read_text(encoding="utf-8"))
    triggers = {
        entry["id"]: {language: list((entry.get("triggers") or {}).get(language) or []) for language in LANGUAGES}
        for entry in raw_themes
    }
    themes = [theme_id for theme_id, terms in triggers.items() if all(terms[language] for language in LANGUAGES)]
    companies, company_weights = _popular(registry.of_kind("company"), "company")
    people, people_weights = _popular(registry.of_kind("person"), "person")
    theme_order, theme_weights = _popular(themes, "theme")
    return _Vocabulary(companies, company_weights, people, people_weights, theme_order, theme_weights, triggers)


def _is_cjk_text(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text)


class _ArticleWriter:
    """Writes one synthetic article in one language: entity mentions from a few focus entities plus some
    from the whole registry, theme triggers, filler sentences, in the shape of one source layout."""

    def __init__(self, vocabulary: _Vocabulary, rng: random.Random, language: str):
        self.v = vocabulary
        self.rng = rng
        self.language = language
        self.focus_companies = self._distinct(vocabulary.companies, vocabulary.company_weights, rng.randint(2, 3))
        self.focus_people = self._distinct(vocabulary.people, vocabulary.people_weights, rng.randint(1, 2))
        self.focus_themes = self._distinct(vocabulary.themes, vocabulary.theme_weights, rng.randint(1, 2))

    def _distinct(self, items, weights, count):
        chosen: list = []
        while len(chosen) < count:
            item = self.rng.choices(items, weights)[0]
            if item not in chosen:
                chosen.append(item)
        return chosen

    # names ------------------------------------------------------------------------------------------------

    def _name(self, entity: Entity) -> str:
        if self.language == "zh":
            if self.rng.random() < 0.15:
                return entity.names["en"]
            aliases = [a for a in entity.aliases if _is_cjk_text(a)]
        else:
            aliases = [a for a in entity.aliases if not _is_cjk_text(a)]
        if aliases and self.rng.random() < (0.1 if self.language == "zh" else 0.2):
            return self.rng.choice(aliases)
        return entity.names[self.language]

    def company(self, other: Entity | None = None) -> Entity:
        while True:
            if self.rng.random() < 0.7:
                entity = self.rng.choice(self.focus_companies)
            else:
                entity = self.rng.choices(self.v.companies, self.v.company_weights)[0]
            if entity is not other:
                return entity

    def person(self) -> str:
        if self.rng.random() < 0.75:
            return self._name(self.rng.choice(self.focus_people))
        return self._name(self.rng.choices(self.v.people, self.v.people_weights)[0])

    def trigger(self) -> str:
        theme = self.rng.choice(self.focus_themes) if self.rng.random() < 0.8 else self.rng.choice(self.v.themes)
        return self.rng.choice(self.v.triggers[theme][self.language])

    def fill(self, template: str) -> str:
        rng = self.rng
        c = self.company()
        values = {
            "c": self._name(c),
            "c2": self._name(self.company(c)),
            "t": self.trigger(),
            "city": rng.choice(_CITIES[self.language]),
            "y": rng.randint(2015, 2025),
            "n": rng.randint(2, 90),
        }
        if "{p}" in template:
            values["p"] = self.person()
        return template.format(**values)

    # text -------------------------------------------------------------------------------------------------

    def filler(self) -> str:
        vocabulary, rng = _FILLER[self.language], self.rng
        if self.language == "zh":
            return (
                rng.choice(vocabulary["openers"])
                + rng.choice(vocabulary["subjects"])
                + rng.choice(vocabulary["adverbs"])
                + rng.choice(vocabulary["verbs"])
                + rng.choice(vocabulary["objects"])
                + "，"
                + rng.choice(vocabulary["clauses"])
                + "。"
            )
        subject, plural = rng.choice(vocabulary["subjects"])
        verb = rng.choice(vocabulary["verbs"])[plural]
        return (
            f"{subject} {verb} {rng.choice(vocabulary['objects'])} {rng.choice(vocabulary['tails'])}"
            f"{rng.choice(vocabulary['clauses'])}."
        )

    def sentence(self) -> str:
        if self.rng.random() < 0.4:
            return self.fill(self.rng.choice(_SENTENCES[self.language]))
        return self.filler()

    def paragraph(self, sentences: int | None = None) -> str:
        count = sentences or self.rng.randint(3, 6)
        joiner = "" if self.language == "zh" else " "
        return joiner.join(self.sentence() for _ in range(count))

    def size(self, text: str) -> int:
        return len(text) if self.language == "zh" else len(text.split())

    def title(self) -> str:
        return self.fill(self.rng.choice(_TITLES[self.language]))

    def body(self, budget: int) -> list[str]:
        """Blocks of an article body: a lead naming the focus entities, paragraphs, headings (as
        ("heading", number, text)) and sometimes a list ("• " items)."""
        rng = self.rng
        lead = self.fill(_SENTENCES[self.language][rng.randrange(len(_SENTENCES[self.language]))])
        blocks = [lead + ("" if self.language == "zh" else " ") + self.paragraph(3)]
        used = self.size(blocks[0])
        headings = rng.sample(_HEADINGS[self.language], k=4)
        section = 0
        while used < budget:
            if section < len(headings) and len(blocks) > 2 and rng.random() < 0.35:
                blocks.append(("heading", section + 1, self.fill(headings[section])))
                section += 1
            if rng.random() < 0.12:
                items = [self.fill(rng.choice(_ITEMS[self.language])) for _ in range(rng.randint(3, 5))]
                blocks.extend(f"• {item}" for item in items)
                used += sum(self.size(item) for item in items)
            paragraph = self.paragraph()
            blocks.append(paragraph)
            used += self.size(paragraph)
        return blocks

    def interview(self, budget: int) -> list[str]:
        """Intro paragraphs, then turns of a host and one guest (some answers run over several lines)."""
        rng = self.rng
        guest = self.focus_people[0].names[self.language]
        space = "" if self.language == "zh" else " "
        intro = [self.fill(rng.choice(_SENTENCES[self.language])) + space + self.paragraph(3) for _ in range(2)]
        marker, host = _INTERVIEW[self.language]
        separator = "：" if self.language == "zh" else ": "
        lines = intro + [marker]
        used = sum(self.size(line) for line in lines)
        while used < budget:
            question = self.fill(rng.choice(_QUESTIONS[self.language]))
            answer = self.paragraph(rng.randint(2, 5))
            lines += [f"{host}{separator}{question}", f"{guest}{separator}{answer}"]
            if rng.random() < 0.3:
                lines.append(self.paragraph(2))
            used += self.size(question) + self.size(answer)
        return lines


def _layout(rng: random.Random, language: str) -> str:
    shares = LAYOUT_SHARES[language]
    return rng.choices(list(shares), list(shares.values()))[0]


def _day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def _english_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _render_blocks(blocks: list, language: str, numbered_headings: bool) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, tuple):
            _kind, number, text = block
            if language == "zh":
                parts.append("一二三四五六七八九"[number - 1] + "、" + text)
            elif numbered_headings:
                parts += [str(number), text]
            else:
                parts.append(text)
        elif block.startswith("• "):
            parts.append("  " + block)
        else:
            parts.append(block)
    return "\n\n".join(parts)


def _wrap(text: str, width: int = 72) -> str:
    """Hard-wraps paragraphs like a plain-text e-mail (the cleaner joins the lines again)."""
    out = []
    for paragraph in text.split("\n\n"):
        if paragraph.startswith("  •") or len(paragraph) <= width:
            out.append(paragraph)
            continue
        lines, line = [], ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        out.append("\n".join(lines))
    return "\n\n".join(out)


def article_text(
    index: int, seed: int, vocabulary: _Vocabulary, languages: tuple[str, ...] = LANGUAGES
) -> tuple[str, dict]:
    """The raw text of synthetic article `index` and what was put into it (language, layout, date)."""
    rng = random.Random(f"atlas-bench:{seed}:{index}")
    shares = [LANGUAGE_SHARES[language] for language in languages]
    language = rng.choices(list(languages), shares)[0]
    layout = _layout(rng, language)
    writer = _ArticleWriter(vocabulary, rng, language)
    budget = rng.randint(*(CJK_CHARS if language == "zh" else WORDS))
    day = _day(rng)
    title = writer.title()
    author = rng.choice(_AUTHORS[language])
    info = {"language": language, "layout": layout, "date": None}
    if layout == "interview":
        return "\n".join(writer.interview(budget)) + "\n", info
    body = writer.body(budget)
    info["date"] = day.isoformat()
    if layout == "avatar":  # seed 000: "Published on", English title, author widget, headline
        other_title = _ArticleWriter(vocabulary, random.Random(f"atlas-bench:{seed}:{index}:en"), "en").title()
        widget = "Autoren" if language == "de" else "Authors"
        head = (
            f"Published on {_english_date(day)}\n\n{other_title}\n\n{widget}\n  • avatar\n    Name\n"
            f"    {author}\n    Twitter\n\n{title}"
        )
        text = f"{head}\n\n{_render_blocks(body, language, False)}\n"
    elif layout == "newsbar":  # seeds 002 and 004: section label, "title |", ISO date, language bar, footer
        dated = rng.random() < 0.9
        info["date"] = day.isoformat() if dated else None
        head = f"Nachricht\n\n{title} |\n\n" + (f"{day.isoformat()}\n\n" if dated else "") + _LANGUAGE_BAR
        head += f"\n\nText |. {author}\nHerausgeber |. {rng.choice(_EDITORS['de'])}"
        tail = f"quelle: {rng.choice(_PUBLISHERS['de'])}\n\nprozesseditor: u0{rng.randint(10, 99)}\n\nbericht/feedback"
        text = f"{head}\n\n{_render_blocks(body, language, True)}\n\n{tail}\n"
        if rng.random() < 0.15:  # seed 002 is written all in lower case
            text = text.lower()
    elif layout == "repost":  # seed 001: title, 转载, relative age, view count, publisher, source lines
        publisher = rng.choice(_PUBLISHERS["zh"])
        info["date"] = None
        head = (
            f"{title}\n\n转载\n{rng.randint(1, 900)} 天前\n{rng.randint(100, 99999)}\n{publisher}\n\n"
            f"文章转载来源:{publisher}\n\n作者:{author}\n\n编辑:{rng.choice(_EDITORS['zh'])}\n\n来源:{publisher}"
        )
        text = f"{head}\n\n{_render_blocks(body, language, False)}\n"
    elif layout == "dated":  # Chinese news page: title, 2024年5月21日, 作者：, 来源：
        head = (
            f"{title}\n\n{day.year}年{day.month}月{day.day}日\n\n作者：{author}\n来源：{rng.choice(_PUBLISHERS['zh'])}"
        )
        text = f"{head}\n\n{_render_blocks(body, language, False)}\n"
    else:  # byline: title, "By"/"Von" line, a date in the local style; English pages end in share links
        if language == "de":
            head = f"{title}\n\n{day.day:02d}.{day.month:02d}.{day.year}\n\nVon {author}"
            text = f"{head}\n\n{_render_blocks(body, language, False)}\n"
        else:
            stamp = _english_date(day) if rng.random() < 0.7 else f"{day.year}/{day.month:02d}/{day.day:02d}"
            content = _render_blocks(body, language, False)
            if rng.random() < 0.2:
                content = _wrap(content)
            text = f"{title}\n\nBy {author}\n\n{stamp}\n\n{content}\n\nShare this article\n\nFacebook\nX\n"
    return text, info


def article_name(index: int, seed: int) -> str:
    return f"{index:05d}_{hashlib.sha256(f'{seed}:{index}'.encode()).hexdigest()[:16]}.txt"


def generate_corpus(
    directory: Path,
    articles: int,
    seed: int = 1,
    languages: tuple[str, ...] = LANGUAGES,
    start: int = 0,
    vocabulary: _Vocabulary | None = None,
) -> dict:
    """Writes articles start .. start+articles-1 into directory; returns counts of what was written."""
    vocabulary = vocabulary or _vocabulary()
    directory.mkdir(parents=True, exist_ok=True)
    stats = {"articles": 0, "bytes": 0, "languages": Counter(), "layouts": Counter(), "undated": 0}
    for index in range(start, start + articles):
        text, info = article_text(index, seed, vocabulary, languages)
        data = text.encode("utf-8")
        (directory / article_name(index, seed)).write_bytes(data)
        stats["articles"] += 1
        stats["bytes"] += len(data)
        stats["languages"][info["language"]] += 1
        stats["layouts"][f"{info['language']}/{info['layout']}"] += 1
        stats["undated"] += info["date"] is None
    stats["languages"] = dict(sorted(stats["languages"].items()))
    stats["layouts"] = dict(sorted(stats["layouts"].items()))
    return stats


# --- one step in a child process ---------------------------------------------------------------------------


def _child(spec_path: str) -> int:
    """Entry point of a step's child process: runs the step described in the spec file and writes the
    result beside it."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result: dict = {}
    profiler = cProfile.Profile() if spec.get("profile") else None
    if spec["kind"] == "convert":
        from . import pipeline
        from .registry import load_registry as load

        if spec.get("registry_dir"):  # the pipeline reads data/registry/; hand it the edited copy instead
            registry_dir = Path(spec["registry_dir"])
            pipeline.load_registry = lambda: load(registry_dir)
        if profiler:
            pipeline.PARALLEL_THRESHOLD = sys.maxsize  # all work in this process, where the profiler sees it
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = pipeline.convert(Path(spec["seeds"]), Path(spec["docs"]), Path(spec["cache"]))
        if profiler:
            profiler.disable()
        from .cache import code_fingerprint

        result = {
            "seconds": time.perf_counter() - started,
            "code_fingerprint": code_fingerprint()[:16],
            "articles": report.article_count,
            "failures": len(report.failures),
            "failure_examples": [f"{f.source}: {f.error}" for f in report.failures[:5]],
            "converted": report.converted,
            "cached": report.cached,
            "written": len(report.written),
            "written_by_kind": dict(Counter(page_kind(path) for path in report.written)),
            "removed": len(report.removed),
        }
    elif spec["kind"] == "site":
        from .site import SiteBuildError, build_site

        started = time.perf_counter()
        times = Path(spec["result"]).with_suffix(".pages")
        os.environ["ATLAS_PAGE_TIMES"] = str(times)  # hooks/site.py: CPU time per page kind, per language
        try:
            report = build_site(Path(spec["docs"]), Path(spec["site"]), strict=spec["strict"])
            result = {
                "status": "ok",
                "report": report.as_dict() if hasattr(report, "as_dict") else None,
                "page_kinds": _page_times(times),
            }
        except SiteBuildError as exc:
            lines = [
                line for line in exc.output.splitlines() if line.startswith(("WARNING", "ERROR"))
            ] or exc.output.splitlines()
            result = {"status": "failed", "error": str(exc).splitlines()[0], "messages": lines[:10]}
        result["seconds"] = time.perf_counter() - started
    if profiler:
        profiler.dump_stats(spec["profile"])
    Path(spec["result"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


def _page_times(prefix: Path) -> dict:
    """The per-language page-kind times the hook wrote (<prefix>.<language>.json), added up per kind."""
    kinds: dict[str, dict] = {}
    for path in sorted(prefix.parent.glob(prefix.name + ".*.json")):
        for kind, values in json.loads(path.read_text(encoding="utf-8")).items():
            total = kinds.setdefault(kind, {"pages": 0, "cpu_seconds": 0.0, "bytes": 0})
            for key in total:
                total[key] += values[key]
    for total in kinds.values():
        total["cpu_seconds"] = round(total["cpu_seconds"], 3)
        total["ms_per_page"] = round(1000 * total["cpu_seconds"] / max(total["pages"], 1), 2)
    return kinds


def _memory_of_tree(root: int) -> int:
    """Bytes of memory of a process and all its descendants: the sum of their proportional set sizes
    (shared pages split between the processes sharing them), RSS where PSS cannot be read."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) < root:  # descendants have larger ids (unless ids wrapped round)
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += parents.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
                for line in handle:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            try:
                with open(f"/proc/{pid}/statm", "rb") as handle:
                    total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                continue
    return total


def _busy_cpu_seconds() -> float | None:
    """CPU time all processes of the machine have used so far (from /proc/stat), to tell how much of a
    step's wall time other processes took."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(value) for value in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_step(name: str, spec: dict, workdir: Path) -> dict:
    """Runs one step in a child process; adds wall time, CPU time (the step and every process it waited
    for), the largest resident set of one process, and the sampled peak memory of the process tree."""
    spec = {**spec, "result": str(workdir / f"{name}.result.json")}
    spec_path = workdir / f"{name}.spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    log_path = workdir / f"{name}.log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    command = [
        sys.executable,
        "-c",
        "import sys; from build_scripts.bench import _child; sys.exit(_child(sys.argv[1]))",
        str(spec_path),
    ]
    peak = [0]
    busy_before = _busy_cpu_seconds()
    started = time.perf_counter()
    with open(log_path, "wb") as log:
        # its own process group, so an interrupted benchmark stops the step and its worker processes too
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        running = threading.Event()
        running.set()

        def sample() -> None:
            while running.is_set():
                peak[0] = max(peak[0], _memory_of_tree(process.pid))
                time.sleep(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise
        finally:
            running.clear()
        wall = time.perf_counter() - started
        busy_after = _busy_cpu_seconds()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    result_path = Path(spec["result"])
    if process.returncode != 0 or not result_path.exists():
        tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        raise RuntimeError(f"benchmark step {name!r} failed (exit status {process.returncode}):\n" + "\n".join(tail))
    result = json.loads(result_path.read_text(encoding="utf-8"))
    result.update(
        wall_seconds=round(wall, 3),
        seconds=round(result["seconds"], 3),
        cpu_seconds=round(usage.ru_utime + usage.ru_stime, 3),
        max_rss_mb=round(usage.ru_maxrss * 1024 / MB, 1),  # ru_maxrss is in KiB on Linux
        peak_memory_mb=round(peak[0] / MB, 1),
    )
    if busy_before is not None and busy_after is not None:
        # cores other processes kept busy on average during the step (sampling adds a little): above ~0.3
        # the machine was shared and wall times are longer than on an idle machine
        result["other_load"] = round(max(0.0, busy_after - busy_before - result["cpu_seconds"]) / wall, 2)
    return result


# --- sizes of what was built ---------------------------------------------------------------------------------

PAGE_KINDS = ("articles", "companies", "people", "themes", "entity archives", "index", "timeline", "timeline months")


def page_kind(path: str) -> str:
    """Page kind of a docs path (articles/x.de.md) or a site path (de/articles/x/index.html)."""
    parts = path.split("/")
    if parts[0] in ("de", "zh", "en") and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "index.html" and len(parts) > 1:
        parts = parts[:-1]  # a page in directory-URL form
    parts[-1] = parts[-1].split(".")[0]
    first = parts[0]
    if first in ("articles", "companies", "people", "themes"):
        if len(parts) == 1 or parts[1] == "index":
            return "index" if first != "articles" else "articles"
        return first if len(parts) == 2 or first == "articles" else "entity archives"
    if first == "index":
        return "index"
    if first == "timeline":
        return "timeline" if len(parts) == 1 else "timeline months"
    return "other"


def _size_table(files: list[tuple[str, int]]) -> dict:
    by_kind: dict[str, list[tuple[str, int]]] = {}
    for path, size in files:
        by_kind.setdefault(page_kind(path), []).append((path, size))
    table = {}
    for kind in (*PAGE_KINDS, "other"):
        entries = by_kind.get(kind)
        if not entries:
            continue
        largest = max(entries, key=lambda e: (e[1], e[0]))
        table[kind] = {
            "pages": len(entries),
            "bytes": sum(size for _, size in entries),
            "median_bytes": int(statistics.median(size for _, size in entries)),
            "largest_bytes": largest[1],
            "largest_page": largest[0],
        }
    return table


def _tree_bytes(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def measure_docs(docs: Path) -> dict:
    total, count = _tree_bytes(docs)
    pages = [(p.relative_to(docs).as_posix(), p.stat().st_size) for p in docs.rglob("*.md")]
    catalog = docs / "catalog.json"
    return {
        "bytes": total,
        "files": count,
        "catalog_bytes": catalog.stat().st_size if catalog.exists() else None,
        "pages": _size_table(pages),
    }


def _served_size(data: bytes) -> int:
    """Bytes a compressing web server sends: Pagefind's index, fragment, meta and wasm files are gzip already."""
    return len(data) if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 6))


def measure_site(site: Path, articles: int) -> dict:
    total, count = _tree_bytes(site)
    pages = [(p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*.html")]
    indexes = {}
    for path in sorted(site.rglob("search_index.json")):
        data = path.read_bytes()
        indexes[path.relative_to(site).as_posix()] = {"bytes": len(data), "gzip_bytes": len(gzip.compress(data, 6))}
    search = None
    if indexes:  # Material's lunr search (before 2026-11-24)
        raw = sum(i["bytes"] for i in indexes.values())
        search = {
            "engine": "lunr",
            "indexes": indexes,
            "bytes": raw,
            "gzip_bytes": sum(i["gzip_bytes"] for i in indexes.values()),
            "bytes_per_article": round(raw / max(articles, 1)),
            # Material's search fetches the whole index of the reader's language before the first result
            "first_query_gzip_bytes": max(i["gzip_bytes"] for i in indexes.values()),
        }
    bundles = [
        entry.parent
        for entry in (*site.glob("pagefind/pagefind-entry.json"), *site.glob("*/pagefind/pagefind-entry.json"))
    ]
    if bundles:  # Pagefind: one bundle per language (pagefind/, de/pagefind/, ...) or one for all languages
        search = {"engine": "pagefind", **pagefind_sizes(bundles, articles)}
    return {"bytes": total, "files": count, "html_pages": _size_table(pages), "search": search}


def pagefind_sizes(bundles: list[Path], articles: int) -> dict:
    """Sizes of Pagefind bundles, per language: index chunks, fragments (one per page), meta and wasm."""
    total = count = 0
    languages = {}
    for bundle, language, info in _bundle_languages(bundles):
        chunks = [p.stat().st_size for p in (bundle / "index").glob(f"{language}_*.pf_index")]
        fragments = [p.stat().st_size for p in (bundle / "fragment").glob(f"{language}_*.pf_fragment")]
        meta = bundle / f"pagefind.{info['hash']}.pf_meta"
        wasm = bundle / f"wasm.{info.get('wasm') or 'unknown'}.pagefind"
        languages[language] = {
            "pages": info["page_count"],
            "index_chunks": len(chunks),
            "index_bytes": sum(chunks),
            "largest_chunk_bytes": max(chunks, default=0),
            "fragments": len(fragments),
            "fragment_bytes": sum(fragments),
            "meta_bytes": meta.stat().st_size if meta.is_file() else None,
            "wasm_bytes": wasm.stat().st_size if wasm.is_file() else None,
        }
    for bundle in bundles:
        size, files = _tree_bytes(bundle)
        total, count = total + size, count + files
    return {
        "bytes": total,
        "files": count,
        "bytes_per_article": round(total / max(articles, 1)),
        "languages": languages,
    }


def _bundle_languages(bundles: list[Path]):
    """(bundle, language, entry info) for every language of every Pagefind bundle."""
    for bundle in sorted(bundles):
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        for language, info in sorted(entry["languages"].items()):
            yield bundle, language, info


# --- what a reader's first search query fetches ----------------------------------------------------------------

# Requests that belong to the search: Pagefind's bundle, or Material's lunr index, its worker and languages.
SEARCH_REQUEST = re.compile(
    r"(^|/)(pagefind/|search/search_index\.json|assets/javascripts/workers/search\.|"
    r"assets/javascripts/lunr/)"
)
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Pagefind's dialog shows the results of the whole query (not of a part typed so far): the summary names the
# query, the list is not busy, the first results have loaded.
SEARCH_DONE = """query => {
  const summary = document.querySelector('pagefind-summary');
  const list = document.querySelector('pagefind-results ul');
  const items = [...document.querySelectorAll('pagefind-results li.pf-result')];
  return summary && summary.textContent.includes(query) && list && list.getAttribute('aria-busy') !== 'true'
    && items.length > 0 && items.slice(0, 5).every(item => item.querySelector('a.pf-result-link'));
}"""


def search_queries(vocabulary: _Vocabulary | None = None) -> dict[str, str]:
    """One query per site language: the name, in that language, of the company the synthetic corpus mentions
    most among those with a Chinese name in Han characters (a frequent term: many results, large index
    chunks; in Chinese a word the segmenter has to find)."""
    companies = (vocabulary or _vocabulary()).companies
    company = next((c for c in companies if _is_cjk_text(c.names["zh"])), companies[0])
    return {language: company.names[language] for language in ("en", "de", "zh")}


def first_query_bytes(site: Path, queries: dict[str, str]) -> dict:
    """What a reader's browser fetches for the search, per language: from opening the language's home page
    to the first results of one typed query (every request counted whose path is the search's: Pagefind's
    bundle, or Material's index, worker and lunr languages), as bytes a gzip-compressing server sends.

    Measured in Debian's chromium through Playwright over a local HTTP server when both are there
    ("method": "browser"); else a static estimate from the files ("method": "estimate": for lunr the whole
    index of the language, for Pagefind the UI, the language's meta and wasm, its largest index chunk and its
    five largest fragments)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not CHROMIUM.is_file():
        return {"method": "estimate", "languages": _first_query_estimate(site, queries)}
    import functools
    import http.server

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    languages = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
            try:
                for language, query in queries.items():
                    languages[language] = _browser_query(browser, base, site, language, query)
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {"method": "browser", "languages": languages}


def _browser_query(browser, base: str, site: Path, language: str, query: str) -> dict:
    context = browser.new_context()  # an empty cache: a reader's first visit
    urls: list[str] = []
    context.on("requestfinished", lambda request: urls.append(request.url))
    page = context.new_page()
    page.set_default_timeout(60_000)
    prefix = "" if language == "en" else f"{language}/"
    page.goto(base + prefix)
    page.wait_for_load_state("networkidle")
    started = time.perf_counter()
    if page.locator("pagefind-modal-trigger").count():
        page.locator("pagefind-modal-trigger button").click()
        page.locator("pagefind-modal input[type=search]").press_sequentially(query)
        page.wait_for_function(SEARCH_DONE, arg=query)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        results = page.locator("pagefind-results li.pf-result").count()
    else:  # Material's search
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially(query)
        page.wait_for_selector("li.md-search-result__item")
        page.wait_for_load_state("networkidle")
        results = page.locator("li.md-search-result__item").count()
    seconds = time.perf_counter() - started
    context.close()
    search, other = {}, 0
    for url in urls:
        path = urlsplit(url).path.lstrip("/")
        if not path or path.endswith("/"):
            path += "index.html"
        file = site / path
        if not file.is_file():
            continue
        size = _served_size(file.read_bytes())
        if SEARCH_REQUEST.search(path):
            search[path] = search.get(path, 0) + size
        else:
            other += size
    return {
        "query": query,
        "results": results,
        "requests": len(search),
        "bytes": sum(search.values()),
        "largest": sorted(search.items(), key=lambda item: -item[1])[:3],
        "page_bytes": other,  # everything else the page loaded (HTML, theme CSS and JS), for comparison
        "seconds_to_results": round(seconds, 2),
    }


def _first_query_estimate(site: Path, queries: dict[str, str]) -> dict:
    languages = {}
    for language, query in queries.items():
        prefix = "" if language == "en" else f"{language}/"
        bundle = site / prefix / "pagefind"
        bundle = bundle if bundle.is_dir() else site / "pagefind"
        if bundle.is_dir():
            entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            info = entry["languages"][language]
            files = [
                bundle / name
                for name in (
                    "pagefind-component-ui.js",
                    "pagefind-component-ui.css",
                    "pagefind.js",
                    "pagefind-worker.js",
                    "pagefind-entry.json",
                    f"pagefind.{info['hash']}.pf_meta",
                    f"wasm.{info.get('wasm') or 'unknown'}.pagefind",
                )
            ]
            files += sorted((bundle / "index").glob(f"{language}_*.pf_index"), key=lambda p: -p.stat().st_size)[:1]
            files += sorted((bundle / "fragment").glob(f"{language}_*.pf_fragment"), key=lambda p: -p.stat().st_size)[
                :5
            ]
        else:
            files = [site / prefix / "search" / "search_index.json"]
        files = [f for f in files if f.is_file()]
        languages[language] = {
            "query": query,
            "requests": len(files),
            "bytes": sum(_served_size(f.read_bytes()) for f in files),
        }
    return languages


# --- the benchmark -------------------------------------------------------------------------------------------


def site_builder_available() -> tuple[bool, str]:
    try:
        from .site import build_site  # noqa: F401
    except ImportError as exc:
        return False, f"build_scripts.site.build_site cannot be imported ({exc})"
    return True, ""


def _edit_registry(target: Path, vocabulary: _Vocabulary) -> str:
    """Copies data/registry/ to target and changes the English profile of the most mentioned company
    (the kind of edit a maintainer makes most often). Returns the company's id."""
    shutil.copytree(REGISTRY_DIR, target)
    path = target / "companies.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    company = vocabulary.companies[0].id
    for entry in entries:
        if entry["id"] == company:
            profile = entry.get("profile") or {}
            profile["en"] = (profile.get("en") or "") + " (Profile edited by the benchmark.)"
            entry["profile"] = profile
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return company


def machine() -> dict:
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        memory = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / MB / 1024, 1)
    except (ValueError, OSError):
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gb": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def run_bench(
    articles: int,
    languages: tuple[str, ...] = LANGUAGES,
    *,
    seed: int = 1,
    workdir: Path | None = None,
    site: bool = True,
    strict: bool = True,
    browser: bool = True,
    profile_dir: Path | None = None,
    log=None,
) -> dict:
    """Generates the corpus in workdir (a new temporary folder by default, removed afterwards) and runs
    every step; returns the measurements (see format_table)."""
    log = log or (lambda message: None)
    own_workdir = workdir is None
    work = Path(tempfile.mkdtemp(prefix="atlas-bench-")) if own_workdir else Path(workdir)
    marker = work / WORKDIR_MARKER
    if work.is_dir() and any(work.iterdir()) and not marker.exists():
        raise ValueError(f"{work} is not empty and was not made by the benchmark; give an empty or new folder")
    work.mkdir(parents=True, exist_ok=True)
    marker.write_text("a benchmark work folder: python -m build_scripts bench deletes and rewrites its contents\n")
    seeds, docs, cache, site_dir = work / "seeds", work / "docs", work / "cache", work / "site"
    steps_dir = work / "steps"
    for folder in (seeds, docs, cache, site_dir, steps_dir, work / "registry"):
        shutil.rmtree(folder, ignore_errors=True)
    steps_dir.mkdir()
    if profile_dir:
        profile_dir.mkdir(parents=True, exist_ok=True)
    try:
        vocabulary = _vocabulary()
        started = time.perf_counter()
        corpus = generate_corpus(seeds, articles, seed, languages, vocabulary=vocabulary)
        corpus["seconds"] = round(time.perf_counter() - started, 3)
        log(f"generated {articles} articles in {corpus['seconds']:.1f} s")
        result = {
            "articles": articles,
            "seed": seed,
            "machine": machine(),
            "corpus": corpus,
            "steps": {},
            "profiled": bool(profile_dir),
            "workdir": None if own_workdir else str(work),
            "warnings": [],
        }
        paths = {"seeds": str(seeds), "docs": str(docs), "cache": str(cache)}

        def convert_step(name: str, **extra) -> dict:
            spec = {"kind": "convert", **paths, **extra}
            if profile_dir:
                spec["profile"] = str(profile_dir / f"{name}.prof")
            step = run_step(name, spec, steps_dir)
            result["steps"][name] = step
            log(f"{name}: {step['wall_seconds']:.1f} s, {step['converted']} processed, {step['written']} written")
            return step

        convert_step("convert_cold")
        convert_step("convert_unchanged")
        generate_corpus(seeds, 1, seed, languages, start=articles, vocabulary=vocabulary)
        convert_step("convert_add_one")
        edited = _edit_registry(work / "registry", vocabulary)
        step = convert_step("convert_registry_edit", registry_dir=str(work / "registry"))
        step["edit"] = f"companies.yml: profile.en of {edited!r} changed"
        fingerprints = {step["code_fingerprint"] for step in result["steps"].values()}
        if len(fingerprints) > 1:
            result["warnings"].append(
                "the package's code changed while the benchmark ran: the cache was invalidated "
                "between steps, so their numbers are not comparable; run it again"
            )
        cold = result["steps"]["convert_cold"]
        result["cold_articles_per_second"] = round(articles / cold["seconds"], 1)
        result["cold_articles_per_cpu_second"] = round(articles / cold["cpu_seconds"], 1)
        result["docs"] = measure_docs(docs)

        available, reason = site_builder_available()
        if not site:
            result["steps"]["site_build"] = {"status": "skipped", "reason": "--no-site"}
        elif not available:
            result["steps"]["site_build"] = {"status": "not available", "reason": reason}
        else:
            step = run_step(
                "site_build", {"kind": "site", "docs": str(docs), "site": str(site_dir), "strict": strict}, steps_dir
            )
            result["steps"]["site_build"] = step
            log(f"site_build: {step['wall_seconds']:.1f} s ({step['status']})")
            if site_dir.is_dir():
                result["site"] = measure_site(site_dir, articles + 1)
                if result["site"]["search"]:
                    started = time.perf_counter()
                    queries = search_queries(vocabulary)
                    result["site"]["first_query"] = (
                        first_query_bytes(site_dir, queries)
                        if browser
                        else {"method": "estimate", "languages": _first_query_estimate(site_dir, queries)}
                    )
                    log(
                        f"first search query measured ({result['site']['first_query']['method']}) in "
                        f"{time.perf_counter() - started:.1f} s"
                    )
        return result
    finally:
        if own_workdir:
            shutil.rmtree(work, ignore_errors=True)


# --- report -------------------------------------------------------------------------------------------------

STEP_LABELS = {
    "convert_cold": "convert, cold (empty cache)",
    "convert_unchanged": "convert, nothing changed",
    "convert_add_one": "convert, one article added",
    "convert_registry_edit": "convert, one registry entry edited",
    "site_build": "site build (mkdocs + pagefind)",
}


def _kb(value: int | None) -> str:
    return "-" if value is None else f"{value / 1024:,.1f}"


def format_table(result: dict) -> str:
    corpus, host = result["corpus"], result["machine"]
    languages = ", ".join(f"{language} {count}" for language, count in corpus["languages"].items())
    lines = [
        f"AI Industry Atlas benchmark: {result['articles']} articles ({languages}; {corpus['undated']} undated; "
        f"{corpus['bytes'] / MB:.1f} MB of sources, generated in {corpus['seconds']:.1f} s)",
        f"machine: {host['cpus']} CPUs ({host['cpu_model']}), {host['memory_gb']} GB, Python {host['python']}"
        + ("; PROFILED (single process, times inflated)" if result.get("profiled") else ""),
        "",
        f"{'step':36} {'wall s':>8} {'work s':>8} {'cpu s':>8} {'processed':>9} {'cached':>7} {'written':>8} "
        f"{'max RSS MB':>10} {'peak MB':>8} {'other load':>10}",
    ]
    for name, label in STEP_LABELS.items():
        step = result["steps"].get(name)
        if step is None:
            continue
        if "wall_seconds" not in step:
            lines.append(f"{label:36} {step['status']}: {step.get('reason', '')}")
            continue
        lines.append(
            f"{label:36} {step['wall_seconds']:8.2f} {step['seconds']:8.2f} {step['cpu_seconds']:8.2f} "
            f"{step.get('converted', '-'):>9} {step.get('cached', '-'):>7} {step.get('written', '-'):>8} "
            f"{step['max_rss_mb']:10.1f} {step['peak_memory_mb']:8.1f} {step.get('other_load', '-'):>10}"
        )
        if step.get("failures"):
            lines.append(f"{'':36} {step['failures']} sources failed, e.g. {step['failure_examples'][0]}")
        if step.get("status") == "failed":
            lines.append(f"{'':36} FAILED: {step['error']}")
            lines += [f"{'':36}   {message[:150]}" for message in step.get("messages", [])[:5]]
    lines += [
        "",
        f"cold convert: {result['cold_articles_per_second']} articles/s (wall), "
        f"{result['cold_articles_per_cpu_second']} articles per CPU-second",
        "wall s: the whole child process (interpreter start and imports included); work s: the convert() or "
        "build_site() call; cpu s: user+system of the step and its workers; max RSS MB: the largest process; "
        "peak MB: sampled PSS of the whole process tree; other load: cores other processes used meanwhile",
    ]
    busy = [STEP_LABELS[name] for name, step in result["steps"].items() if step.get("other_load", 0) > 0.3]
    if busy:
        lines.append(f"warning: other processes kept the machine busy during: {'; '.join(busy)} (wall times inflated)")
    lines += [f"warning: {warning}" for warning in result.get("warnings", [])]
    docs = result["docs"]
    lines += [
        "",
        f"Markdown (docs/): {docs['bytes'] / MB:.1f} MB in {docs['files']} files; catalog.json {_kb(docs['catalog_bytes'])} KB",
        _page_header(),
    ]
    lines += _page_rows(docs["pages"])
    site = result.get("site")
    if site:
        lines += ["", f"site/: {site['bytes'] / MB:.1f} MB in {site['files']} files", _page_header()]
        lines += _page_rows(site["html_pages"])
        search = site.get("search")
        if search and search.get("engine") == "lunr":
            per = ", ".join(
                f"{path} {_kb(i['bytes'])} KB (gzip {_kb(i['gzip_bytes'])} KB)" for path, i in search["indexes"].items()
            )
            lines += [
                "",
                f"search index (lunr): {search['bytes'] / MB:.2f} MB in total, {search['bytes_per_article'] / 1024:.1f} KB per article; {per}",
                f"a reader's first query fetches the whole index of one language: up to {_kb(search['first_query_gzip_bytes'])} KB gzip",
            ]
        if search and search.get("engine") == "pagefind":
            lines += [
                "",
                f"search index (Pagefind): {search['bytes'] / MB:.2f} MB in {search['files']} files, "
                f"{search['bytes_per_article'] / 1024:.1f} KB per article",
            ]
            for language, info in search["languages"].items():
                lines.append(
                    f"  {language}: {info['pages']} pages; index {_kb(info['index_bytes'])} KB in {info['index_chunks']} chunks "
                    f"(largest {_kb(info['largest_chunk_bytes'])} KB), fragments {_kb(info['fragment_bytes'])} KB, "
                    f"meta {_kb(info['meta_bytes'])} KB, wasm {_kb(info['wasm_bytes'])} KB"
                )
        query = site.get("first_query")
        if query:
            lines += ["", f"a reader's first search query, bytes fetched for the search (gzip), {query['method']}:"]
            for language, info in query["languages"].items():
                extra = ""
                if "results" in info:
                    extra = f", {info['results']} results shown after {info['seconds_to_results']} s; the page itself {_kb(info['page_bytes'])} KB"
                lines.append(
                    f"  {language} {info['query']!r}: {_kb(info['bytes'])} KB in {info['requests']} files{extra}"
                )
    report = (result["steps"].get("site_build") or {}).get("report")
    if report:
        lines += [
            "",
            "site build: "
            + ", ".join(
                f"mkdocs {language} {step['seconds']:.1f} s wall / {step['cpu_seconds']:.1f} s cpu / {step['max_rss_mb']:.0f} MB"
                for language, step in report["languages"].items()
            )
            + f"; all languages {report['mkdocs_seconds']:.1f} s wall, {report['mkdocs_cpu_seconds']:.1f} s cpu; merge {report['merge_seconds']:.1f} s",
        ]
        kinds = result["steps"]["site_build"].get("page_kinds")
        if kinds:
            lines.append(
                "mkdocs cpu per page kind (all languages; markdown to HTML file): "
                + ", ".join(
                    f"{kind} {row['pages']} pages {row['cpu_seconds']:.1f} s ({row['ms_per_page']:.1f} ms/page)"
                    for kind, row in sorted(kinds.items())
                )
            )
        if report.get("pagefind"):
            lines.append(
                "pagefind: "
                + ", ".join(
                    f"{language} {step['seconds']:.1f} s wall / {step['cpu_seconds']:.1f} s cpu / {step['max_rss_mb']:.0f} MB"
                    for language, step in report["pagefind"].items()
                )
                + f"; all languages {report['pagefind_seconds']:.1f} s wall, {report['pagefind_cpu_seconds']:.1f} s cpu, "
                f"largest {report['pagefind_max_rss_mb']:.0f} MB max RSS"
            )
    return "\n".join(lines)


def _page_header() -> str:
    return f"  {'kind':10} {'pages':>7} {'median KB':>10} {'largest KB':>11}  largest page"


def _page_rows(table: dict) -> list[str]:
    return [
        f"  {kind:10} {row['pages']:7} {_kb(row['median_bytes']):>10} {_kb(row['largest_bytes']):>11}  {row['largest_page']}"
        for kind, row in table.items()
    ]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, required=True, help="number of synthetic articles")
    parser.add_argument("--languages", default="en,de,zh", help="languages of the articles (default: en,de,zh)")
    parser.add_argument("--out", type=Path, help="also write the measurements as JSON to this file")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpus (default: 1)")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep corpus, cache, docs and site in this folder (default: a temporary folder, removed)",
    )
    parser.add_argument("--no-site", action="store_true", help="measure the convert stages only")
    parser.add_argument("--no-strict", action="store_true", help="build the site without --strict")
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help="estimate the first search query's bytes from the files instead of measuring them in chromium",
    )
    parser.add_argument(
        "--profile", type=Path, metavar="DIR", help="cProfile each convert step (in one process) into DIR"
    )


def main(args: argparse.Namespace) -> int:
    languages = tuple(language.strip() for language in args.languages.split(",") if language.strip())
    unknown = [language for language in languages if language not in LANGUAGES]
    if args.articles < 1 or not languages or unknown:
        print(f"error: --articles must be at least 1 and --languages a list of {', '.join(LANGUAGES)}", file=sys.stderr)
        return 2
    try:
        result = run_bench(
            args.articles,
            languages,
            seed=args.seed,
            workdir=args.workdir,
            site=not args.no_site,
            strict=not args.no_strict,
            browser=not args.no_browser,
            profile_dir=args.profile,
            log=lambda m: print(m, file=sys.stderr),
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(format_table(result))
    if args.profile:
        for prof in sorted(args.profile.glob("*.prof")):
            text = io.StringIO()
            pstats.Stats(str(prof), stream=text).sort_stats("cumulative").print_stats(30)
            prof.with_suffix(".txt").write_text(text.getvalue(), encoding="utf-8")
    return 0
