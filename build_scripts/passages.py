"""What an article says about each entity it mentions: the sentences naming a company or person (their key
statements), a recognised speaker's interview answers (their quotes) and the sentences that made a theme
relevant (its evidence).

Per-article and pure like the other stages, so it runs once per article at conversion time and is
cached with it; the corpus phase only picks the best passages across articles.
"""

from __future__ import annotations

from bisect import bisect_right

from .entities import recognizer_for
from .models import Block, Passage, PassageKind
from .registry import Registry
from .text import sentence_spans, shorten

MAX_STATEMENTS_PER_ARTICLE = 3  # per entity: an entity page shows statements from several articles
MAX_QUOTES_PER_ARTICLE = 8
MAX_EVIDENCE = 2  # sentences per theme and article
MAX_STATEMENT_LENGTH = 400  # longer sentences read badly as a quote on an entity page
MAX_PASSAGE_LENGTH = 800  # quotes and evidence are cut to this (visual characters): a page never grows with one source


def find_passages(blocks: list[Block], speakers: list[str], mentioned: set[str], registry: Registry) -> list[Passage]:
    """Passages for the entities in `mentioned` (the article's recognised companies, people and themes),
    in text order."""
    recognizer = recognizer_for(registry)
    speaker_ids = {}
    for speaker in speakers:
        people = [term.entity_id for _, term in recognizer.mentions(speaker) if term.kind == "person"]
        if people and people[0] in mentioned:
            speaker_ids[speaker] = people[0]
    passages: list[Passage] = []
    taken: dict[tuple[str, str], int] = {}

    def take(kind: PassageKind, entity_id: str, text: str, limit: int) -> None:
        if taken.get((kind, entity_id), 0) < limit:
            taken[(kind, entity_id)] = taken.get((kind, entity_id), 0) + 1
            passages.append(Passage(kind, entity_id, shorten(text, MAX_PASSAGE_LENGTH)[0]))

    for block in blocks:
        if block.kind == "heading":
            continue
        if block.kind == "turn" and block.speaker in speaker_ids:
            take("quote", speaker_ids[block.speaker], block.text, MAX_QUOTES_PER_ARTICLE)
        mentions = [(start, term) for start, term in recognizer.mentions(block.text) if term.entity_id in mentioned]
        if not mentions:
            continue
        spans = sentence_spans(block.text)
        starts = [start for start, _end in spans]
        seen: set[tuple[int, str]] = set()
        for position, term in mentions:
            index = bisect_right(starts, position) - 1
            if index < 0 or position >= spans[index][1] or (index, term.entity_id) in seen:
                continue
            seen.add((index, term.entity_id))
            sentence = block.text[spans[index][0] : spans[index][1]]
            if term.kind == "theme":
                take("evidence", term.entity_id, sentence, MAX_EVIDENCE)
            elif len(sentence) <= MAX_STATEMENT_LENGTH:
                take("statement", term.entity_id, sentence, MAX_STATEMENTS_PER_ARTICLE)
    return passages
