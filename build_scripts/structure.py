"""Cleaned lines -> typed blocks: paragraphs, section headings, list items and interview turns."""

from __future__ import annotations

import re
from collections import Counter

from .models import Block
from .settings import Settings
from .text import visual_length

_BULLET = re.compile(r"^(?:[•·▪‣◦●○■□–—]|[-*+](?=\s))\s*(?P<text>\S.*)$")
_NUMBERED = re.compile(r"^(?:(?P<n1>\d{1,2})[.)](?=\s)|(?P<n2>\d{1,2})、|[(（](?P<n3>\d{1,2})[)）])\s*(?P<text>\S.*)$")
_COUNTER = re.compile(r"^(?:\d{1,2}|0\d|[IVX]{1,4}|[一二三四五六七八九十]{1,3})[.、]?$")
_LABEL = re.compile(
    r"^(?P<label>[„“\"«「『]?[^\s:：„“\"«»「」『』][^:：\n]{0,40}?[“”\"»」』]?)\s*[:：]\s*(?P<text>.*)$"
)
_HEADING_START = re.compile(r"^[\w„“\"«「『‘'(（]")
_QUOTES = "„“”\"«»「」『』‚‘’'"
_LABEL_FORBIDDEN = re.compile(r"[\d,，.。!！?？;；()（）]")


def build_blocks(lines: list[str], settings: Settings) -> tuple[list[Block], list[str]]:
    """Blocks of the body, and the interview speakers found (labels as normalised)."""
    speakers = _speaker_labels(lines, settings)
    glued = _glued_speaker_pattern(speakers, settings)
    blocks: list[Block] = []
    counter: str | None = None
    pending_speaker: str | None = None  # a label that stood alone; its text is on the next line
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if pending_speaker:
            blocks.append(Block("turn", line, speaker=pending_speaker))
            pending_speaker = None
            continue
        if _COUNTER.match(line):
            if following is not None and _is_heading(following, settings):
                counter = line.rstrip(".、")
            continue  # a counter with no heading after it is a stray section counter
        turn = _turn(line, speakers, glued)
        if turn and not turn[1]:
            pending_speaker = turn[0]
        elif turn:
            blocks.append(Block("turn", turn[1], speaker=turn[0]))
        elif item := _list_item(line):
            blocks.append(item)
        elif counter or _starts_section(line, following, speakers, glued, settings):
            blocks.append(Block("heading", line, number=counter))
            counter = None
        else:
            blocks.append(Block("paragraph", line))
    return blocks, list(speakers)


def list_item_text(line: str) -> str:
    """A line as its page shows it: a list item without its bullet or number."""
    item = _list_item(line)
    return item.text if item else line


def is_list_item(line: str) -> bool:
    return _list_item(line) is not None


def list_number(line: str) -> int | None:
    """The number of a numbered list item ('2、…', '2. …'), or None."""
    item = _list_item(line)
    return int(item.number) if item and item.number else None


def _list_item(line: str) -> Block | None:
    """A bulleted or numbered list item (1. 1) 1、 (1)), or None."""
    bullet = _BULLET.match(line)
    if bullet:
        return Block("list_item", bullet.group("text"))
    numbered = _NUMBERED.match(line)
    if numbered:
        number = numbered.group("n1") or numbered.group("n2") or numbered.group("n3")
        return Block("list_item", numbered.group("text"), number=number, ordered=True)
    return None


def _starts_section(
    line: str, following: str | None, speakers: dict[str, int], glued: re.Pattern | None, settings: Settings
) -> bool:
    """A heading-like line that is not the last, followed by a line that is no heading or by an interview
    turn: a run of short lines is a list or a table, not headings."""
    return (
        following is not None
        and _is_heading(line, settings)
        and (not _is_heading(following, settings) or _turn(following, speakers, glued) is not None)
    )


def _is_heading(line: str, settings: Settings) -> bool:
    """A short, title-like line: no sentence punctuation at its end (a question may be a heading)."""
    limits = settings.thresholds
    if _BULLET.match(line) or _NUMBERED.match(line) or _COUNTER.match(line) or not _HEADING_START.match(line):
        return False
    if visual_length(line) > limits["heading_max_chars"] or len(line.split()) > limits["heading_max_words"]:
        return False
    last = line.rstrip(_QUOTES)[-1:] or line[-1]
    if last in "?？":
        return visual_length(line) <= 90
    return last not in settings.sentence_end and line[-1] not in settings.sentence_end


def _label_of(line: str, settings: Settings) -> tuple[str, str] | None:
    match = _LABEL.match(line)
    if not match:
        return None
    raw = match.group("label").strip()
    label = raw.strip(_QUOTES).strip()
    if not label or _LABEL_FORBIDDEN.search(label):
        return None
    if visual_length(label) > settings.thresholds["speaker_max_chars"]:
        return None
    if len(label.split()) > settings.thresholds["speaker_max_words"]:
        return None
    return label, match.group("text").strip()


def _speaker_labels(lines: list[str], settings: Settings) -> dict[str, int]:
    """Labels of interview turns: a label used on two or more lines or a role word (Moderator, 主持人),
    in a text with at least two turns. Returns label -> number of turns, in order of appearance."""
    counts: Counter[str] = Counter()
    for line in lines:
        if _BULLET.match(line) or _NUMBERED.match(line):
            continue
        found = _label_of(line, settings)
        if found:
            counts[found[0]] += 1
    accepted = {label: n for label, n in counts.items() if n >= 2 or label.casefold() in settings.speaker_roles}
    return accepted if sum(accepted.values()) >= 2 else {}


def _glued_speaker_pattern(speakers: dict[str, int], settings: Settings) -> re.Pattern | None:
    """Matches a turn whose label lost its colon ('Liang WenfengWas wir ...')."""
    names = [s for s, n in speakers.items() if n >= 2 and s.casefold() not in settings.speaker_roles]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"^[{_QUOTES}]?(?P<label>{alternatives})[{_QUOTES}]?\s*(?=[A-ZÄÖÜ„“\"«\u4e00-\u9fff])(?P<text>.+)$"
    )


def _turn(line: str, speakers: dict[str, int], glued: re.Pattern | None) -> tuple[str, str] | None:
    match = _LABEL.match(line)
    if match:
        label = match.group("label").strip().strip(_QUOTES).strip()
        if label in speakers:
            return label, match.group("text").strip()
    if glued:
        match = glued.match(line)
        if match:
            return match.group("label"), match.group("text").strip()
    return None
