"""Finds the registry's companies, people and themes in an article, in any language, in one pass.

One Aho-Corasick automaton (pyahocorasick) holds every name, alias and theme trigger, case-folded.
Latin terms must stand as words (`Meta` is not in `Metadaten`; a German genitive `Teslas` still counts);
Chinese terms need no boundaries. Ambiguous aliases (`Byte`) count only with their exact case and only in
an article that also names the entity unambiguously.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .models import Block
from .registry import Registry
from .vocabulary import ENTITY_KINDS

WEIGHTS = {"title": 3.0, "heading": 2.0, "speaker": 2.0, "lead": 1.5, "body": 1.0}
MIN_THEME_HITS = 2


@dataclass(frozen=True)
class _Term:
    entity_id: str
    kind: str
    text: str
    ambiguous: bool


def _is_word_char(char: str) -> bool:
    return char.isalnum() and ord(char) < 0x2E80  # CJK characters are no word boundary problem


class Recognizer:
    def __init__(self, registry: Registry):
        self.kind_of = {entity_id: entity.kind for entity_id, entity in registry.by_id.items()}
        self.automaton = ahocorasick.Automaton()
        terms: dict[str, list[_Term]] = defaultdict(list)
        for entity in registry.entities:
            for key in dict.fromkeys(t.casefold() for t in entity.terms + entity.triggers):
                terms[key].append(_Term(entity.id, entity.kind, key, False))
            for text in entity.ambiguous_aliases:
                terms[text.casefold()].append(_Term(entity.id, entity.kind, text, True))
        for key, values in terms.items():
            self.automaton.add_word(key, (len(key), tuple(values)))
        self.automaton.make_automaton()
        # recognise() and find_passages() read the same blocks one after the other, the article page once more
        self.mentions = lru_cache(maxsize=1024)(self._mentions)

    def _mentions(self, text: str) -> tuple[tuple[int, _Term], ...]:
        """(start, term) of every mention, the longest match winning where matches overlap."""
        folded = text.casefold()
        if len(folded) != len(text):  # case folding changed lengths (ß -> ss): match on lower() instead
            folded = text.lower()
        found = []
        for end, (length, terms) in self.automaton.iter(folded):
            start = end - length + 1
            if not self._stands_alone(folded, start, end):
                continue
            for term in terms:
                if term.ambiguous and text[start : end + 1] != term.text:
                    continue
                found.append((start, end, term))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        result, covered_until, last_span = [], -1, None
        for start, end, term in found:
            if start > covered_until or (start, end) == last_span:
                result.append((start, term))
                covered_until, last_span = max(covered_until, end), (start, end)
        return tuple(result)

    @staticmethod
    def _stands_alone(text: str, start: int, end: int) -> bool:
        before = text[start - 1] if start else " "
        after = text[end + 1] if end + 1 < len(text) else " "
        if _is_word_char(text[start]) and _is_word_char(before):
            return False
        if _is_word_char(text[end]) and _is_word_char(after):
            genitive = after == "s" and (end + 2 >= len(text) or not _is_word_char(text[end + 2]))
            return genitive
        return True


@lru_cache(maxsize=4)
def recognizer_for(registry: Registry) -> Recognizer:
    return Recognizer(registry)


def recognise(title: str, blocks: list[Block], speakers: list[str], registry: Registry, overrides: dict) -> dict:
    """{"companies": [...], "people": [...], "themes": [...]}, each a list of {id, salience, mentions},
    most salient first. Salience is the entity's share of the weighted mentions of its kind (title,
    headings and the lead weigh more than the body)."""
    recognizer = recognizer_for(registry)
    weight, count = _weigh_mentions(recognizer, _segments(title, blocks, speakers))
    return {
        section: _ranked(kind, weight, count, recognizer.kind_of, overrides.get(section, {}))
        for section, kind in ENTITY_KINDS.items()
    }


def _segments(title: str, blocks: list[Block], speakers: list[str]) -> list[tuple[str, str]]:
    """(text, where) of every part of the article, `where` naming its weight in WEIGHTS."""
    segments = [(title, "title")] + [(s, "speaker") for s in speakers]
    lead_seen = False
    for block in blocks:
        if block.kind == "heading":
            segments.append((block.text, "heading"))
        else:
            if block.kind == "turn" and block.speaker:
                segments.append((block.speaker, "body"))  # every turn is a mention of its speaker
            segments.append((block.text, "body" if lead_seen else "lead"))
            lead_seen = True
    return segments


def _weigh_mentions(recognizer: Recognizer, segments: list[tuple[str, str]]) -> tuple[dict, dict]:
    """Weighted mentions and mentions per entity id; an ambiguous alias counts only for an entity that the
    article also names unambiguously."""
    weight: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    unambiguous: set[str] = set()
    pending: list[tuple[str, str]] = []
    for text, where in segments:
        for _start, term in recognizer.mentions(text):
            if term.ambiguous:
                pending.append((term.entity_id, where))
                continue
            unambiguous.add(term.entity_id)
            weight[term.entity_id] += WEIGHTS[where]
            count[term.entity_id] += 1
    for entity_id, where in pending:
        if entity_id in unambiguous:
            weight[entity_id] += WEIGHTS[where]
            count[entity_id] += 1
    return weight, count


def _ranked(kind: str, weight: dict, count: dict, kind_of: dict[str, str], change: dict) -> list[dict]:
    """The entities of one kind, most salient first, with a sidecar's corrections (`add`, `remove`) applied:
    a theme needs MIN_THEME_HITS mentions or one in the title; an added entity weighs at least one mention."""
    ids = [i for i in weight if kind_of[i] == kind]
    if kind == "theme":
        ids = [i for i in ids if count[i] >= MIN_THEME_HITS or weight[i] >= WEIGHTS["title"]]
    kept = {i: weight[i] for i in ids if i not in change.get("remove", [])}
    for added in change.get("add", []):
        if added not in kept and kind_of.get(added) == kind:
            kept[added] = max(weight.get(added, 0.0), 1.0)
    total = sum(kept.values()) or 1.0
    ranked = sorted(kept, key=lambda i: (-kept[i], i))
    return [{"id": i, "salience": round(kept[i] / total, 3), "mentions": count.get(i, 0)} for i in ranked]
