"""The maintainer's rules (data/cleaning.yml, and data/layouts.yml for known sites): which line they drop
or read into a field, in the zones they may touch."""

from __future__ import annotations

import re

from .dates import find_date
from .settings import Rule, Settings
from .text import cjk_count, visual_length, without_title_marks

CJK_NAME_CHARS = 6  # a Chinese name, or a transliterated one with its dot ('艾伦·图灵')
_NAME_CHARS = re.compile(r"^[^\d@#/\\:;!?。！？<>{}\[\]=+*_|]+$")


def _zone_allows(rule: Rule, zone: str) -> bool:
    return rule.zone == "any" or rule.zone == zone or (rule.zone == "edges" and zone in ("head", "tail"))


def apply_rules(line: str, next_line: str, zone: str, rules: list[Rule], settings: Settings):
    """(action, field, values, consumed next line) of the first rule that fits, or None."""
    for rule in rules:
        if not _zone_allows(rule, zone):
            continue
        match = rule.pattern.fullmatch(line)
        if not match:
            continue
        if rule.action != "field" or rule.field is None:
            return rule.action, None, [], False
        raw = next_line.strip() if rule.value_from_next_line else match.group("value").strip()
        values = _field_values(rule.field, raw, settings)
        if (
            rule.value_from_next_line
            and settings.cues.list_label.fullmatch(line.strip())
            and not all(map(_full_name, values))
        ):
            continue  # below a menu's 'Autoren' its next entry ('Ausgaben'), no name; below 'Name' one may stand
        if values:
            return "field", rule.field, values, rule.value_from_next_line
    return None


_FIELD_GAP = re.compile(r"\u3000|\s{2,}")  # an ideographic space or a wide gap between a metadata line's fields
# an issue's number or date after a periodical's name ('05/2027', '2027年第12期', 'Ausgabe 23/2027')
_ISSUE = re.compile(
    r"\s*(?:\d{1,2}/\d{4}|(?:\d{4}\s*年\s*)?第\s*\d+\s*期|(?:ausgabe|heft|issue|nr\.)\s*\d+(?:/\d{4})?)$", re.I
)


_BRACKETS_AFTER = re.compile(r"(?<=\S)\s+\([^()\d]{2,80}\)$")  # without digits: a count is no role ('Kommentare (3)')


def _full_name(name: str) -> bool:
    """A name of two words at least, or a Chinese one: what a label on a line of its own names on the next."""
    return len(name.split()) >= 2 or bool(cjk_count(name))


_LEGAL_FORM_END = re.compile(r"\b(?:Inc|Corp|Ltd|Co|S\.A|N\.V)\.$")


def _field_values(field: str, raw: str, settings: Settings) -> list[str]:
    """The values a rule's match gives a field; names only when every part looks like a name."""
    raw = raw.strip(" |:：")
    raw = raw if _LEGAL_FORM_END.search(raw) else raw.strip(" .")  # (the dot of 'Inc.' stays)
    if not raw:
        return []
    if field == "date":
        found = find_date(raw)
        return [found[0]] if found else []
    if field == "publisher":
        raw = _FIELD_GAP.split(raw, 1)[0]  # '千岛日报\u3000发布时间：…': the fields after a wide gap are others
        raw = _ISSUE.sub("", raw) or raw  # 'Quelle: Magazin Wirtschaft 05/2027': the magazine, not its issue
        raw = without_title_marks(raw)  # '来源：《新清华》': the paper
        return [raw] if len(raw) <= 80 else []
    raw = settings.degrees_after.sub("", raw) or raw  # 'Danielle Ellis, B.Sc.': a name and her degree
    names = [_BRACKETS_AFTER.sub("", raw) or raw]  # 'Brit Weirich (Medizinredakteurin, M.A.)': a role, not a name
    for separator in settings.name_separators:
        names = [part.strip(" .") for name in names for part in name.split(separator)]
    names = [name for name in names if name]
    if names == [raw] and raw.isalpha() and raw.islower():
        return []  # one word in lower case is no name ('Text size'); initials with an agency are ('det/dpa')
    if all(name.casefold() in settings.agencies for name in names):
        return []  # an agency alone names no author ('By PTI')
    return names if names and all(_looks_like_name(name, settings) for name in names) else []


def _looks_like_name(name: str, settings: Settings) -> bool:
    """Short, without digits or marks, no role, and not opening with a function word in lower case ('Author of the
    article:' names no one)."""
    first = name.split()[0]
    if cjk_count(name) and (len(name) > CJK_NAME_CHARS or " " in name.strip() or "\u3000" in name):
        return False  # a Chinese name is a few characters ('陈卓宁'), not '羊城晚报全媒体记者 陈卓宁　图'
    return (
        visual_length(name) <= 40
        and len(name.split()) <= 5
        and bool(_NAME_CHARS.match(name))
        and not settings.not_names & set(name.casefold().split())
        and not (first.islower() and first in settings.cues.function_words)
    )
