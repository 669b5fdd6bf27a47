"""Small, script-aware text measures shared by the stages (CJK text has no spaces between words)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002fa1f"
_CJK_CHAR = re.compile(f"[{CJK}]")
# a word of an alphabetic script (letters or digits, joined by - ' . ,), or else one CJK character in the group
_WORD_OR_CJK_CHAR = re.compile(rf"[^\W_{CJK}]++(?:[-'’.,][^\W_{CJK}]++)*+|([{CJK}])")
_MAX_UPPER_SHARE = 0.003  # a text with fewer capitals among its cased letters is written in lower case
_LOWERCASE_PREFIX = 1000  # characters looked at first, to rule most texts out cheaply
_SENTENCE = re.compile(r"(.+?(?:[.!?…]+[\"'”“»«„)]*(?=\s|$)|[。！？；]+[”」』)]*|$))\s*", re.S)


def is_cjk(char: str) -> bool:
    return bool(_CJK_CHAR.match(char))


def cjk_count(text: str) -> int:
    if text.isascii():  # constant time in CPython, and most Latin lines are ASCII
        return 0
    return len(_CJK_CHAR.findall(text))


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK_CHAR.search(text) is not None


def cjk_sequence(text: str) -> list[str]:
    """The CJK characters of a text, in order."""
    return [] if text.isascii() else _CJK_CHAR.findall(text)


def cjk_chars(text: str) -> set[str]:
    """The distinct CJK characters of a text."""
    return set(_CJK_CHAR.findall(text))


@lru_cache(maxsize=1024)  # the stages measure the same lines several times
def visual_length(text: str) -> int:
    """Length with CJK characters counted double, so one threshold fits both scripts."""
    return len(text) + cjk_count(text)


def heading_words(text: str) -> int:
    """Words of a heading or a name, two Chinese characters counted as one."""
    return len(text.split()) + cjk_count(text) // 2


def word_counts(text: str) -> tuple[int, int]:
    """(words, CJK characters among them), in one pass: a word of an alphabetic script counts once, each
    CJK character counts as a word (the usual count for Chinese)."""
    found = _WORD_OR_CJK_CHAR.findall(text)  # "" for an alphabetic word, the character for CJK
    return len(found), len(found) - found.count("")


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, surrounding white space excluded."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span(1)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def shorten(text: str, limit: int, clause_marks: str = ",，;；:：—–") -> tuple[str, bool]:
    """Cut text to at most `limit` visual characters: whole sentences if possible, else at a clause
    boundary, else at a word boundary. Returns the text and whether it was cut mid-sentence."""
    if visual_length(text) <= limit:
        return text, False
    kept = ""
    for sentence in sentences(text):
        candidate = f"{kept} {sentence}".strip() if not is_cjk(sentence[0]) else kept + sentence
        if visual_length(candidate) > limit:
            break
        kept = candidate
    if kept:
        return kept, False
    prefix, length = "", 0
    for char in text:
        length += 2 if is_cjk(char) else 1
        if length > limit:
            break
        prefix += char
    clause_cut = max(prefix.rfind(mark) for mark in clause_marks)
    if clause_cut > len(prefix) // 3:
        return prefix[:clause_cut].rstrip(), False
    space = prefix.rfind(" ")
    if space > len(prefix) // 2:
        prefix = prefix[:space]
    return prefix.rstrip(" ,.;:-") + "…", True


def is_lowercase_text(text: str) -> bool:
    """True when a text long enough to judge is written without capital letters (a scraped-site quirk)."""
    # capitals at the start can already be too many for the whole text: then the rest needs no counting
    _, upper = _cased_letters(text[:_LOWERCASE_PREFIX])
    if upper > len(text) * _MAX_UPPER_SHARE:
        return False
    cased, upper = _cased_letters(text)
    if cased < 200:
        return False
    return upper / cased < _MAX_UPPER_SHARE


def _cased_letters(text: str) -> tuple[int, int]:
    """(letters that have a case, capital letters among them)."""
    cased = upper = 0
    for char, n in Counter(text).items():  # each distinct character is looked at once
        if char.isalpha() and char.lower() != char.upper():
            cased += n
            if char.isupper():
                upper += n
    return cased, upper


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


class Echo:
    """How much of a line the article's body repeats: the share of its words (CJK: character pairs) that
    the body uses, scaled down for lines of fewer than ECHO_TOKENS words. A headline names what the article
    is about; a menu entry, a login prompt or a box label does not."""

    def __init__(self, body: list[str], function_words: frozenset[str]) -> None:
        self.function_words = function_words
        self.words = {t for line in body for t in self.tokens(line)}

    def tokens(self, line: str) -> list[str]:
        latin = [w.casefold() for w in re.findall(r"[^\W\d_]{2,}", line) if not cjk_count(w)]
        han = cjk_sequence(line)
        content = [w[:6] for w in latin if w not in self.function_words]  # a prefix: 'Ausbreitung', 'ausbreiten'
        return content + [a + b for a, b in zip(han, han[1:], strict=False)]

    def __call__(self, line: str) -> float:
        words = self.tokens(line)
        return self._share(words) * min(1.0, len(words) / ECHO_TOKENS)

    def share(self, line: str) -> float:
        """The share of the line's words the body uses, however few."""
        return self._share(self.tokens(line))

    def _share(self, words: list[str]) -> float:
        return sum(1 for w in words if w in self.words) / len(words) if words else 0.0


ECHO_TOKENS = 4  # content words a line needs for its echo to count fully


def without_title_marks(name: str) -> str:
    """A name without the title marks or quotes set around it ('《新清华》' -> '新清华', '„Digitalbrief“')."""
    return name[1:-1] if len(name) > 2 and name[0] + name[-1] in _TITLE_MARKS else name


_TITLE_MARKS = frozenset(("《》", "「」", "『』", "„“", "“”", '""', "«»", "»«"))


_LINK_NUMBER = re.compile(
    r"#?\[\d{1,4}\](?=\S)"
)  # a text browser's number of a link: '[16]Sebastian', '#[1]Tech Xplore'


def without_link_numbers(line: str) -> str:
    """A text browser's dump of a line without the numbers it sets before links ('Von [16]Sebastian Kühnle')."""
    return _LINK_NUMBER.sub("", line)
