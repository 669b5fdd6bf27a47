"""What an article page shows of its story (stories.py): on the primary, the other articles of the story ("also
reported by" in its language, "also in <language>" for translations, with the evidence); on any other article,
the primary it repeats or translates."""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge import Knowledge, Page
from ..language import base_language
from ..story_links import Link
from .base import Emitter


@dataclass(frozen=True)
class StoryMember:
    """Another article of the story and its link to the primary (the evidence shown). A page key's part."""

    page: Page
    link: Link


def story_of(knowledge: Knowledge, page: Page) -> tuple[Page | None, tuple[StoryMember, ...]]:
    """(the primary, if `page` is not it; the story's other articles, if `page` is the primary)."""
    story = knowledge.stories.story(page.slug)
    pages = knowledge.by_slug
    if len(story.members) == 1:
        return None, ()
    if story.primary != page.slug:
        link = story.links[story.members.index(page.slug) - 1]
        return pages[story.primary], (StoryMember(page, link),)
    others = zip(story.members[1:], story.links, strict=True)
    return None, tuple(StoryMember(pages[slug], link) for slug, link in others)


def story_values(emitter: Emitter, page: Page, primary: Page | None, members: tuple[StoryMember, ...]) -> dict:
    """The template's `story`: `primary` (a row, on another article of the story), `copies` and `versions`
    (rows, on the primary), each version with its evidence."""
    if primary is not None:
        (member,) = members
        return {"primary": _row(emitter, primary, page, member.link), "copies": [], "versions": []}
    own = base_language(page.article.language)
    rows = [(base_language(m.page.article.language) == own, _row(emitter, m.page, page, m.link)) for m in members]
    return {
        "primary": None,
        "copies": [row for same, row in rows if same],
        "versions": [row for same, row in rows if not same],
    }


def _row(emitter: Emitter, shown: Page, origin: Page, link: Link) -> dict:
    return {
        **emitter.article_row(shown, origin.path),
        "publisher": shown.article.publisher,
        "also_in": emitter.t["also_in"].format(language=emitter.language_name(shown.article.language)),
        "evidence": _evidence(emitter, link),
    }


def _evidence(emitter: Emitter, link: Link) -> list[str]:
    """Why it is the same story, in sentences of the site's language."""
    t, local = emitter.t, emitter.local
    if link.kind == "copy":
        lines = [t["evidence_text"].format(percent=local.percent(link.similarity))]
    else:
        by_id = emitter.knowledge.registry.by_id
        names = [emitter.name(by_id[i]) for i in link.entities if i in by_id]
        facts = [a if a == b else f"{a} = {b}" for _key, a, b in link.facts]
        lines = [t["evidence_entities"].format(names=", ".join(names))] if names else []
        lines += [t["evidence_facts"].format(facts="; ".join(facts))] if facts else []
    if link.days is not None:
        days = link.days
        lines.append(t["evidence_same_day"] if days == 0 else local.plural(t["evidence_days"], days).format(count=days))
    return lines
