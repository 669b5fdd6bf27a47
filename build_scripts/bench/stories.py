"""Stories told more than once in the synthetic corpus: about 6 % of the articles are reposts of an article up to
20 places before them (its text under another headline, with a repost note and other chrome), about 5 % are
translations (the same focus entities and story facts in another language, dated a few days later). An article
repeating a story draws that from its own random numbers, so article i still depends only on the seed and i; an
original whose story is repeated states the story's facts (an amount, a percentage, a model name, its day)."""

from __future__ import annotations

import random
from datetime import date

from .phrases import MONTHS

SHARES = (("repost", 0.06), ("translation", 0.05))
MAX_OFFSET = 20  # a repeat follows its original within this many articles
REPOST_NOTES = {
    "de": "Dieser Beitrag erschien zuerst bei Atlas Wire {index}.",
    "en": "This article first appeared in Atlas Wire {index}.",
    "zh": "本文转载自Atlas Wire {index}。",
}
SENTENCES = {
    "de": "Am {day}. {month_de} stellte das Unternehmen das Modell AX{index} vor, das {amount} Millionen Yuan "
    "kosten und die Effizienz um {percent} Prozent steigern soll.",
    "en": "On {month_en} {day}, the company presented the model AX{index}, which is to cost {amount} million yuan "
    "and raise efficiency by {percent} percent.",
    "zh": "{month}月{day}日，该公司发布了AX{index}模型，预计耗资{amount}百万元，效率提升{percent}%。",
}
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()


def follower(index: int, seed: int) -> tuple[str, int] | None:
    """("repost" or "translation", the article it repeats), or None for an article telling its own story."""
    rng = random.Random(f"atlas-bench:{seed}:{index}:story")
    draw, offset = rng.random(), rng.randint(1, MAX_OFFSET)
    if index - offset < 0:
        return None
    limit = 0.0
    for kind, share in SHARES:
        limit += share
        if draw < limit:
            return kind, index - offset
    return None


def has_followers(index: int, seed: int) -> bool:
    """Whether a later article repeats this one's story (then it states the story's facts)."""
    later = (follower(i, seed) for i in range(index + 1, index + MAX_OFFSET + 1))
    return any(f is not None and f[1] == index for f in later)


def story_root(index: int, seed: int) -> int:
    """The article that first told the story a repeat repeats."""
    while (f := follower(index, seed)) is not None:
        index = f[1]
    return index


def story_sentence(root: int, language: str, day: date) -> str:
    """The story's facts, as the original and every translation state them."""
    amount, percent = 100 + root * 37 % 9000, 11 + root % 80
    return SENTENCES[language].format(
        index=root,
        day=day.day,
        month=day.month,
        month_de=_MONTHS_DE[day.month - 1],
        month_en=MONTHS[day.month - 1],
        amount=amount,
        percent=percent,
    )


def with_story(blocks: list, sentence: str, language: str) -> list:
    """The blocks with the story's sentence at the end of the first paragraph (the lead states the facts)."""
    if not sentence:
        return blocks
    index = next(i for i, block in enumerate(blocks) if isinstance(block, str) and not block.startswith("• "))
    joiner = "" if language == "zh" else " "
    return [*blocks[:index], blocks[index] + joiner + sentence, *blocks[index + 1 :]]


def repost_text(text: str, index: int, seed: int, language: str) -> str:
    """An article's text as a repost shows it: another headline above, the repost note, share links below."""
    rng = random.Random(f"atlas-bench:{seed}:{index}:repost")
    lines = text.split("\n")
    headline = lines[0].strip() or "Atlas"
    headline = f"{headline} ({rng.randint(2, 99)})" if language != "zh" else f"{headline}（{rng.randint(2, 99)}）"
    note = REPOST_NOTES[language].format(index=rng.randint(1, 9))
    footer = {"de": ["Teilen", "Drucken"], "en": ["Share", "Print"], "zh": ["分享", "收藏"]}[language]
    return "\n".join([headline, "", note, "", *lines[1:], "", *footer, ""])
