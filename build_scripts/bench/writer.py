"""One synthetic article's text in one language: its focus entities, the sentences naming them and the
filler between them, and the blocks of a body or an interview."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from ..registry import Entity
from .phrases import CITIES, FILLER
from .templates import HEADINGS, INTERVIEW, ITEMS, QUESTIONS, SENTENCES, TITLES
from .vocabulary import Vocabulary, is_cjk_text

T = TypeVar("T")


class Heading(NamedTuple):
    number: int  # of the section, from 1
    text: str


Block = str | Heading  # a paragraph, a list item ("• " first) or a section heading


class ArticleWriter:
    """Writes one synthetic article in one language: entity mentions from a few focus entities plus some
    from the whole registry, theme triggers, filler sentences, in the shape of one source layout."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random, language: str):
        self.vocabulary = vocabulary
        self.rng = rng
        self.language = language
        self.focus_companies = self._distinct(vocabulary.companies, vocabulary.company_weights, rng.randint(2, 3))
        self.focus_people = self._distinct(vocabulary.people, vocabulary.people_weights, rng.randint(1, 2))
        self.focus_themes = self._distinct(vocabulary.themes, vocabulary.theme_weights, rng.randint(1, 2))

    def _distinct(self, items: Sequence[T], weights: Sequence[float], count: int) -> list[T]:
        chosen: list[T] = []
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
            aliases = [a for a in entity.aliases if is_cjk_text(a)]
        else:
            aliases = [a for a in entity.aliases if not is_cjk_text(a)]
        if aliases and self.rng.random() < (0.1 if self.language == "zh" else 0.2):
            return self.rng.choice(aliases)
        return entity.names[self.language]

    def company(self, other: Entity | None = None) -> Entity:
        while True:
            if self.rng.random() < 0.7:
                entity = self.rng.choice(self.focus_companies)
            else:
                entity = self.rng.choices(self.vocabulary.companies, self.vocabulary.company_weights)[0]
            if entity is not other:
                return entity

    def person(self) -> str:
        if self.rng.random() < 0.75:
            return self._name(self.rng.choice(self.focus_people))
        return self._name(self.rng.choices(self.vocabulary.people, self.vocabulary.people_weights)[0])

    def trigger(self) -> str:
        theme = (
            self.rng.choice(self.focus_themes) if self.rng.random() < 0.8 else self.rng.choice(self.vocabulary.themes)
        )
        return self.rng.choice(self.vocabulary.triggers[theme][self.language])

    def fill(self, template: str) -> str:
        rng = self.rng
        c = self.company()
        values: dict[str, object] = {
            "c": self._name(c),
            "c2": self._name(self.company(c)),
            "t": self.trigger(),
            "city": rng.choice(CITIES[self.language]),
            "y": rng.randint(2015, 2025),
            "n": rng.randint(2, 90),
        }
        if "{p}" in template:
            values["p"] = self.person()
        return template.format(**values)

    # text -------------------------------------------------------------------------------------------------

    def filler(self) -> str:
        words, rng = FILLER[self.language], self.rng
        if self.language == "zh":
            return (
                rng.choice(words["openers"])
                + rng.choice(words["subjects"])
                + rng.choice(words["adverbs"])
                + rng.choice(words["verbs"])
                + rng.choice(words["objects"])
                + "，"
                + rng.choice(words["clauses"])
                + "。"
            )
        subject, plural = rng.choice(words["subjects"])
        verb = rng.choice(words["verbs"])[plural]
        return (
            f"{subject} {verb} {rng.choice(words['objects'])} {rng.choice(words['tails'])}"
            f"{rng.choice(words['clauses'])}."
        )

    def sentence(self) -> str:
        if self.rng.random() < 0.4:
            return self.fill(self.rng.choice(SENTENCES[self.language]))
        return self.filler()

    def paragraph(self, sentences: int | None = None) -> str:
        count = sentences or self.rng.randint(3, 6)
        joiner = "" if self.language == "zh" else " "
        return joiner.join(self.sentence() for _ in range(count))

    def size(self, text: str) -> int:
        return len(text) if self.language == "zh" else len(text.split())

    def title(self) -> str:
        return self.fill(self.rng.choice(TITLES[self.language]))

    def body(self, budget: int) -> list[Block]:
        """Blocks of an article body: a lead naming the focus entities, paragraphs, headings and sometimes a
        list ("• " items)."""
        rng = self.rng
        lead = self.fill(SENTENCES[self.language][rng.randrange(len(SENTENCES[self.language]))])
        opening = lead + ("" if self.language == "zh" else " ") + self.paragraph(3)
        blocks: list[Block] = [opening]
        used = self.size(opening)
        headings = rng.sample(HEADINGS[self.language], k=4)
        section = 0
        while used < budget:
            if section < len(headings) and len(blocks) > 2 and rng.random() < 0.35:
                blocks.append(Heading(section + 1, self.fill(headings[section])))
                section += 1
            if rng.random() < 0.12:
                items = [self.fill(rng.choice(ITEMS[self.language])) for _ in range(rng.randint(3, 5))]
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
        intro = [self.fill(rng.choice(SENTENCES[self.language])) + space + self.paragraph(3) for _ in range(2)]
        marker, host = INTERVIEW[self.language]
        separator = "：" if self.language == "zh" else ": "
        lines = intro + [marker]
        used = sum(self.size(line) for line in lines)
        while used < budget:
            question = self.fill(rng.choice(QUESTIONS[self.language]))
            answer = self.paragraph(rng.randint(2, 5))
            lines += [f"{host}{separator}{question}", f"{guest}{separator}{answer}"]
            if rng.random() < 0.3:
                lines.append(self.paragraph(2))
            used += self.size(question) + self.size(answer)
        return lines
