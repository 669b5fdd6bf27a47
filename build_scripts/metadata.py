"""Cleaned text + blocks -> the article's metadata: title, date, language, people, counts, summary."""

from __future__ import annotations

import math
import re

from .language import base_language, detect_language
from .models import Article, Block, CleanedText, SourceText
from .settings import Settings
from .slugs import slugify
from .text import shorten, upper_first, word_counts
from .vocabulary import ENTITY_SECTIONS

_COMPARABLE = re.compile(r"[\W_]+")


def build_article(
    source: SourceText,
    sha256: str,
    cleaned: CleanedText,
    blocks: list[Block],
    speakers: list[str],
    overrides: dict,
    settings: Settings,
) -> Article:
    """Heuristic metadata, then the source's own (front matter, HTML meta), then the sidecar's: later ones win."""
    body_text = "\n".join(block.text for block in blocks)
    detected = detect_language(body_text or "\n".join(t.text for t in cleaned.titles), settings.languages)
    given = {**_page_metadata(source, cleaned), **overrides}
    title, alternates = _title_and_alternates(cleaned, detected, given.get("title"))
    blocks = _drop_repeated_title(blocks, title)
    lead = next((b.text for b in blocks if b.kind in ("paragraph", "turn")), "")
    title_generated = not title
    title = title or _generated_title(lead or (blocks[0].text if blocks else source.source), settings)
    if cleaned.lowercase:
        title, blocks = upper_first(title), [_capitalised_heading(b) for b in blocks]
    language = given.get("language", detected)
    word_count, reading_time = _length(body_text, settings)
    return Article(
        source=source.source,
        sha256=sha256,
        title=title,
        title_generated=title_generated,
        alternate_titles=alternates,
        language=language,
        **_attribution(cleaned, given),
        word_count=word_count,
        reading_time=reading_time,
        summary=given.get("summary", shorten(lead, settings.thresholds["summary_max_chars"])[0]),
        speakers=speakers,
        layouts=cleaned.layouts,
        blocks=blocks,
        slug_base=slugify(title, base_language(language)),
        **_corrections(overrides),
    )


def _corrections(overrides: dict) -> dict:
    """What a sidecar corrects beyond the metadata: the slug, the entities, the story."""
    return {
        "slug": overrides.get("slug"),
        "entity_overrides": {k: overrides[k] for k in ENTITY_SECTIONS if k in overrides},
        "story_overrides": overrides.get("story", {}),
    }


def _title_and_alternates(cleaned: CleanedText, language: str, given: str | None) -> tuple[str, list[dict]]:
    """The title given (front matter, sidecar) or else the cleaner's in the article's language; the cleaner's
    other titles are kept as alternates."""
    title, alternates = _choose_title(cleaned, language)
    if not given:
        return title, alternates
    if title and given != title:
        alternates = [{"language": language, "title": title}, *alternates]
    return given, alternates


def _generated_title(first_sentence: str, settings: Settings) -> str:
    """For an article without a title: the start of its first sentence, without closing punctuation."""
    title, _ = shorten(first_sentence, settings.thresholds["generated_title_max_chars"])
    return title.rstrip("。.!！;；:：,，")


def _page_metadata(source: SourceText, cleaned: CleanedText) -> dict:
    """The metadata a source carries: a Markdown file's front matter as written; a saved page's extracted
    metadata without its authors where the cleaner read a byline in the page's text (the extractor's author is
    often a commenter's or the site's name: 'Art Edwards says', '扬眼 企鹅号')."""
    if source.format == "md" or not cleaned.authors:
        return source.preset
    return {key: value for key, value in source.preset.items() if key != "authors"}


def _attribution(cleaned: CleanedText, given: dict) -> dict:
    """Date, authors, editors and publisher: each given one (even null) over the one the cleaner found."""
    return {
        "date": given["date"] if "date" in given else cleaned.date,
        "authors": given.get("authors", cleaned.authors),
        "editors": given.get("editors", cleaned.editors),
        "publisher": given["publisher"] if "publisher" in given else cleaned.publisher,
    }


def _length(body_text: str, settings: Settings) -> tuple[int, int]:
    """Word count (a CJK character counts as a word) and reading time in whole minutes, at least one."""
    words, cjk_words = word_counts(body_text)
    limits = settings.thresholds
    minutes = (words - cjk_words) / limits["words_per_minute"] + cjk_words / limits["cjk_chars_per_minute"]
    return words, max(1, math.ceil(minutes))


def _choose_title(cleaned: CleanedText, language: str) -> tuple[str, list[dict]]:
    """The title in the article's own language; titles in other languages are kept as alternates."""
    if not cleaned.titles:
        return "", []
    same = [t for t in cleaned.titles if t.language and base_language(t.language) == base_language(language)]
    chosen = same[0] if same else cleaned.titles[0]
    alternates = [{"language": t.language, "title": t.text} for t in cleaned.titles if t is not chosen]
    return chosen.text, alternates


def _comparable(text: str) -> str:
    return _COMPARABLE.sub("", text).casefold()


def _drop_repeated_title(blocks: list[Block], title: str) -> list[Block]:
    if (
        blocks
        and title
        and blocks[0].kind in ("heading", "paragraph")
        and _comparable(blocks[0].text) == _comparable(title)
    ):
        return blocks[1:]
    return blocks


def _capitalised_heading(block: Block) -> Block:
    if block.kind != "heading":
        return block
    return Block(block.kind, upper_first(block.text), block.number, block.speaker, block.ordered)
