"""The synthetic corpus: N raw articles that look like the seeds.

German, Chinese and English articles (60 / 25 / 15 %), in the seeds' source layouts with their boilerplate
(the "Published on" author widget, the "Nachricht" language-bar page with its "quelle:" footer, the Chinese
repost header, bylines, interviews), naming companies, people and theme triggers of the registry, about
1,000 words or 2,000 CJK characters each, dated over several years (some undated); some repeat an earlier
article's story as a repost or a translation (stories.py). Article i depends only on the seed and i, so a corpus
of N+1 articles is the corpus of N plus one, and the same arguments give the same bytes.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..hashing import sha256_hex
from .phrases import AUTHORS, EDITORS, LANGUAGE_BAR, MONTHS, PUBLISHERS
from .stories import follower, has_followers, repost_text, story_root, story_sentence, with_story
from .vocabulary import CORPUS_LANGUAGES, Vocabulary, load_vocabulary
from .writer import ArticleWriter, Block, Heading

LANGUAGE_SHARES = {"de": 0.60, "zh": 0.25, "en": 0.15}  # the seeds: four German, one Chinese
LAYOUT_SHARES = {
    "de": {"avatar": 0.30, "newsbar": 0.38, "byline": 0.22, "interview": 0.10},
    "en": {"byline": 0.60, "avatar": 0.25, "interview": 0.15},
    "zh": {"repost": 0.40, "dated": 0.50, "interview": 0.10},
}
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2025, 12, 31)
WORDS = (800, 1200)  # German and English articles
CJK_CHARS = (1700, 2300)  # Chinese articles


@dataclass(frozen=True)
class _Article:
    """What every layout but the interview is made of; `rng` goes on drawing for the layout's own parts."""

    rng: random.Random
    language: str
    title: str
    other_title: str  # the English title the "avatar" layout shows above the widget
    author: str
    day: date
    body: list[Block]


def article_text(
    index: int, seed: int, vocabulary: Vocabulary, languages: Sequence[str] = CORPUS_LANGUAGES
) -> tuple[str, dict[str, str | None]]:
    """The raw text of synthetic article `index` and what was put into it (language, layout, date). Some
    articles repeat an earlier one's story (stories.py): a repost of its text, or a translation."""
    follows = follower(index, seed)
    if follows is None:
        return _original(index, seed, vocabulary, languages)
    kind, original = follows
    if kind == "repost":
        text, info = article_text(original, seed, vocabulary, languages)
        return repost_text(text, index, seed, str(info["language"])), {**info, "layout": "repost-copy"}
    root = story_root(original, seed)
    plan = _plan(root, seed, vocabulary, languages)
    other = [language for language in languages if language != plan.language]
    if not other:  # a corpus of one language has no translations: a repost instead
        text, info = article_text(root, seed, vocabulary, languages)
        return repost_text(text, index, seed, plan.language), {**info, "layout": "repost-copy"}
    rng = random.Random(f"atlas-bench:{seed}:{index}")
    language = rng.choice(other)
    writer = ArticleWriter(vocabulary, rng, language)
    writer.focus_companies, writer.focus_people, writer.focus_themes = plan.focus
    day = plan.day + timedelta(days=rng.randint(0, 3))
    budget = rng.randint(*(CJK_CHARS if language == "zh" else WORDS))
    body = with_story(writer.body(budget), story_sentence(root, language, plan.day), language)
    layout = rng.choice([name for name in LAYOUT_SHARES[language] if name != "interview"])
    author = rng.choice(AUTHORS[language])
    text, dated = _LAYOUTS[layout](_Article(rng, language, writer.title(), writer.title(), author, day, body))
    return text, {"language": language, "layout": f"translation/{layout}", "date": day.isoformat() if dated else None}


@dataclass(frozen=True)
class _Plan:
    """What an article's own random draws decide before its text: language, layout, its focus entities, date."""

    rng: random.Random
    language: str
    layout: str
    writer: ArticleWriter
    budget: int
    day: date

    @property
    def focus(self) -> tuple[list, list, list]:
        return self.writer.focus_companies, self.writer.focus_people, self.writer.focus_themes


def _plan(index: int, seed: int, vocabulary: Vocabulary, languages: Sequence[str]) -> _Plan:
    rng = random.Random(f"atlas-bench:{seed}:{index}")
    language = rng.choices(list(languages), [LANGUAGE_SHARES[language] for language in languages])[0]
    layout_shares = LAYOUT_SHARES[language]
    layout = rng.choices(list(layout_shares), list(layout_shares.values()))[0]
    writer = ArticleWriter(vocabulary, rng, language)
    budget = rng.randint(*(CJK_CHARS if language == "zh" else WORDS))
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    return _Plan(rng, language, layout, writer, budget, day)


def _original(
    index: int, seed: int, vocabulary: Vocabulary, languages: Sequence[str]
) -> tuple[str, dict[str, str | None]]:
    """An article telling its own story (with the facts of its story, when others repeat it)."""
    plan = _plan(index, seed, vocabulary, languages)
    rng, language, layout, writer, day = plan.rng, plan.language, plan.layout, plan.writer, plan.day
    title = writer.title()
    author = rng.choice(AUTHORS[language])
    info: dict[str, str | None] = {"language": language, "layout": layout, "date": None}
    story = story_sentence(index, language, day) if has_followers(index, seed) else ""
    if layout == "interview":
        return "\n".join(with_story(writer.interview(plan.budget), story, language)) + "\n", info
    body = with_story(writer.body(plan.budget), story, language)
    other_title = ""
    if layout == "avatar":  # drawn from an RNG of its own: the article's own draws stay as they were
        other_title = ArticleWriter(vocabulary, random.Random(f"atlas-bench:{seed}:{index}:en"), "en").title()
    text, dated = _LAYOUTS[layout](_Article(rng, language, title, other_title, author, day, body))
    info["date"] = day.isoformat() if dated else None
    return text, info


# Each layout: the article's text, and whether it shows its date.


def _avatar(article: _Article) -> tuple[str, bool]:
    """Seed 000: "Published on", an English title, the author widget, the headline."""
    widget = "Autoren" if article.language == "de" else "Authors"
    head = (
        f"Published on {_english_date(article.day)}\n\n{article.other_title}\n\n{widget}\n  • avatar\n    Name\n"
        f"    {article.author}\n    Twitter\n\n{article.title}"
    )
    return f"{head}\n\n{_render_blocks(article.body, article.language, False)}\n", True


def _newsbar(article: _Article) -> tuple[str, bool]:
    """Seeds 002 and 004: section label, "title |", ISO date, language bar, "Text |." credits, footer."""
    rng, day = article.rng, article.day
    dated = rng.random() < 0.9
    head = f"Nachricht\n\n{article.title} |\n\n" + (f"{day.isoformat()}\n\n" if dated else "") + LANGUAGE_BAR
    head += f"\n\nText |. {article.author}\nHerausgeber |. {rng.choice(EDITORS['de'])}"
    tail = f"quelle: {rng.choice(PUBLISHERS['de'])}\n\nprozesseditor: u0{rng.randint(10, 99)}\n\nbericht/feedback"
    text = f"{head}\n\n{_render_blocks(article.body, article.language, True)}\n\n{tail}\n"
    if rng.random() < 0.15:  # seed 002 is written all in lower case
        text = text.lower()
    return text, dated


def _repost(article: _Article) -> tuple[str, bool]:
    """Seed 001: title, 转载, relative age, view count, publisher, source lines (no date)."""
    rng = article.rng
    publisher = rng.choice(PUBLISHERS["zh"])
    head = (
        f"{article.title}\n\n转载\n{rng.randint(1, 900)} 天前\n{rng.randint(100, 99999)}\n{publisher}\n\n"
        f"文章转载来源:{publisher}\n\n作者:{article.author}\n\n编辑:{rng.choice(EDITORS['zh'])}\n\n来源:{publisher}"
    )
    return f"{head}\n\n{_render_blocks(article.body, article.language, False)}\n", False


def _dated(article: _Article) -> tuple[str, bool]:
    """A Chinese news page: title, 2024年5月21日, 作者：, 来源：."""
    day = article.day
    head = (
        f"{article.title}\n\n{day.year}年{day.month}月{day.day}日\n\n作者：{article.author}\n"
        f"来源：{article.rng.choice(PUBLISHERS['zh'])}"
    )
    return f"{head}\n\n{_render_blocks(article.body, article.language, False)}\n", True


def _byline(article: _Article) -> tuple[str, bool]:
    """Title, "By"/"Von" line, a date in the local style; English pages end in share links."""
    rng, day = article.rng, article.day
    if article.language == "de":
        head = f"{article.title}\n\n{day.day:02d}.{day.month:02d}.{day.year}\n\nVon {article.author}"
        return f"{head}\n\n{_render_blocks(article.body, article.language, False)}\n", True
    stamp = _english_date(day) if rng.random() < 0.7 else f"{day.year}/{day.month:02d}/{day.day:02d}"
    content = _render_blocks(article.body, article.language, False)
    if rng.random() < 0.2:
        content = _wrap(content)
    return (
        f"{article.title}\n\nBy {article.author}\n\n{stamp}\n\n{content}\n\nShare this article\n\nFacebook\nX\n",
        True,
    )


_LAYOUTS: dict[str, Callable[[_Article], tuple[str, bool]]] = {
    "avatar": _avatar,
    "newsbar": _newsbar,
    "repost": _repost,
    "dated": _dated,
    "byline": _byline,
}


def _english_date(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _render_blocks(blocks: list[Block], language: str, numbered_headings: bool) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            if language == "zh":
                parts.append("一二三四五六七八九"[block.number - 1] + "、" + block.text)
            elif numbered_headings:
                parts += [str(block.number), block.text]
            else:
                parts.append(block.text)
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


def article_name(index: int, seed: int) -> str:
    return f"{index:05d}_{sha256_hex(f'{seed}:{index}'.encode())[:16]}.txt"


def generate_corpus(
    directory: Path,
    articles: int,
    seed: int = 1,
    languages: Sequence[str] = CORPUS_LANGUAGES,
    start: int = 0,
    vocabulary: Vocabulary | None = None,
) -> dict:
    """Writes articles start .. start+articles-1 into directory; returns counts of what was written."""
    vocabulary = vocabulary or load_vocabulary()
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    language_counts: Counter[str] = Counter()
    layout_counts: Counter[str] = Counter()
    undated = 0
    for index in range(start, start + articles):
        text, info = article_text(index, seed, vocabulary, languages)
        data = text.encode("utf-8")
        (directory / article_name(index, seed)).write_bytes(data)
        written += len(data)
        language_counts[str(info["language"])] += 1
        layout_counts[f"{info['language']}/{info['layout']}"] += 1
        undated += info["date"] is None
    return {
        "articles": articles,
        "bytes": written,
        "languages": dict(sorted(language_counts.items())),
        "layouts": dict(sorted(layout_counts.items())),
        "undated": undated,
    }
