"""Removes boilerplate and turns header/footer lines into metadata.

The text is split into a head (before the first body paragraph), the body and a tail (after the last).
Rules from data/layouts.yml (for the layouts whose signature matches) and data/cleaning.yml run only on
head and tail lines, so no sentence of the article itself can be removed by a rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from statistics import median

from .bylines import paragraph_bylines, read_byline, read_name_line
from .dates import find_date
from .language import detect_language
from .lines import article_probabilities, features, headline_scores
from .models import CleanedText, SourceText, TitleCandidate
from .settings import Layout, Rule, Settings
from .sources import page_headline
from .text import cjk_count, is_lowercase_text, visual_length

_NAME_CHARS = re.compile(r"^[^\d@#/\\:;!?。！？<>{}\[\]=+*_|]+$")
_TITLE_SEPARATORS = re.compile(r"\s*[|｜]\s*$")
_DATE_LINE_REST = re.compile(r"[\W\d_]+")
_PROSE_END = set(".。!！?？…;；")
_CLOSING = "\"'”“»«」』)）"


def clean(source: SourceText, settings: Settings) -> CleanedText:
    lines = unwrap([line.strip() for line in source.text.split("\n")])
    layouts = [layout for layout in settings.layouts if _signature_matches(layout, lines)]
    rules = [rule for layout in layouts for rule in layout.rules] + list(settings.rules)
    # The learned model decides for sites no layout knows; a known layout's rules need no second opinion, and a
    # saved page's main text was already extracted from its markup (sources.py): nothing of either is chrome,
    # except that the model gives a second opinion on an extracted Chinese page (data/cleaning.yml).
    present = [i for i, line in enumerate(lines) if line]
    rows = None if layouts else features([lines[i] for i in present], settings.cues, settings.line_model.lexicon)
    dropped: list[str] = []
    second_opinion = source.format == "html" and rows is not None and _mostly_chinese(lines)
    if rows is not None and (source.format != "html" or second_opinion):
        article = _per_line(present, len(lines), article_probabilities(rows, settings.line_model))
    else:
        article = [1.0] * len(lines)
    if second_opinion:
        lines, dropped = _second_opinion(lines, article, settings)
        article = [1.0] * len(lines)
    start, end = _body_bounds(lines, article, settings)
    keep = settings.article_probability["keep"]
    chrome_runs = set() if layouts or second_opinion else _chrome_runs(lines, article, start, end, settings)
    lowercase = is_lowercase_text("\n".join(lines[start : end + 1]))

    first = next((i for i, line in enumerate(lines) if line), 0)  # a first line is a headline, never a byline
    kept: list[tuple[int, str]] = []
    fields: dict[str, list[str]] = {"authors": [], "editors": [], "publisher": [], "date": []}
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next or not line:
            skip_next = False
            continue
        if _is_language_bar(line, settings.language_names):
            dropped.append(line)
            continue
        zone = "head" if i < start else "tail" if i > end else "body"
        in_body = zone == "body"
        if in_body and not layouts and _is_page_furniture(line, settings):
            dropped.append(line)  # 'Anzeige', 'Artikel merken', 'Foto: dpa' between paragraphs
            continue
        if not layouts and _byline_or_dateline(lines, i, i > first, fields, settings):
            dropped.append(line)  # a byline or dateline, in the header or below a dek
            continue
        if in_body and i not in chrome_runs and (article[i] >= keep or _is_sentences(line) or layouts):
            # article text; on a known site's layout, what its rules do not cover stays too
            if layouts and article[i] < keep and _is_chrome_in_body(line, settings):
                dropped.append(line)
            else:
                kept.append((i, line))
            continue
        if in_body:
            zone = "head"  # a short line inside the body the classifier takes for chrome: a byline, a dateline?
        date = _date_line(line)
        if date:
            fields["date"].append(date)
            dropped.append(line)
            continue
        outcome = _apply_rules(line, lines[i + 1] if i + 1 < len(lines) else "", zone, rules, settings)
        if outcome is None:
            if in_body and (i in chrome_runs or _is_chrome_in_body(line, settings)):
                dropped.append(line)  # a share bar, an ad box between paragraphs
            else:
                kept.append((i, line))
            continue
        action, field, value, consumed_next = outcome
        dropped.append(line)
        if consumed_next:
            dropped.append(lines[i + 1])
            skip_next = True
        if action == "drop_rest":
            dropped.extend(line for line in lines[i + 1 :] if line)
            break
        if field:
            fields[field].extend(value)

    body = [line for i, line in kept if start <= i <= end]
    if body and not layouts and (inline := paragraph_bylines(body[0], body[-1], settings)):
        fields["authors"] += [] if fields["authors"] else inline.authors
        fields["editors"] += [] if fields["editors"] else list(inline.editors)
    authors, editors = _unique(fields["authors"]), _unique(fields["editors"])
    publisher = fields["publisher"][0] if fields["publisher"] else None
    meta_values = {v.casefold() for v in authors + editors + fields["publisher"]}
    head = [(i, line) for i, line in kept if i < start and line.casefold() not in meta_values]
    dropped += [line for i, line in kept if i < start and line.casefold() in meta_values]
    standfirst = None
    if rows is None:  # a known layout
        titles = _title_candidates([line for _, line in head], layouts, settings)
    else:
        headline = _per_line(
            present, len(lines), headline_scores([lines[i] for i in present], rows, settings.line_model)
        )
        headline_at, titles = _headline(head, headline, settings)
        standfirst = _standfirst(lines, headline_at, settings)
        if titles:
            title, site = _without_site_name(titles[0].text, lines)
            titles = [TitleCandidate(title, titles[0].language)]
            publisher = publisher or site or _masthead(lines, title, start, settings) or _copyright_holder(lines)
    title_lines = {t.text for t in titles}
    body_lines: list[str] = []
    for i, line in kept:
        if i < start and line.casefold() in meta_values:
            continue
        stripped = _strip_title(line, layouts) if i < start else None
        if stripped in title_lines:
            title_lines.discard(stripped)
            continue
        if i == standfirst:
            body_lines.append(line)
            continue
        if not layouts and not start <= i <= end and _outside_chrome(lines, i, article, keep):
            dropped.append(line)  # outside the body: page chrome unless it reads as part of the article
            continue
        body_lines.append(line)
    if lowercase and publisher:
        publisher = publisher.title()
    return CleanedText(
        lines=body_lines,
        titles=titles,
        authors=authors,
        editors=editors,
        publisher=publisher,
        date=fields["date"][0] if fields["date"] else None,
        layouts=[layout.id for layout in layouts],
        dropped=dropped,
        lowercase=lowercase,
    )


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a text, trimmed, with hard-wrapped paragraphs joined."""
    return [line for line in unwrap([line.strip() for line in text.split("\n")]) if line]


def unwrap(lines: list[str]) -> list[str]:
    """Joins hard-wrapped lines (a text wrapped at a fixed width) back into paragraphs.

    A line is taken as wrapped when the next line's first word would not have fitted behind it, the rule
    a wrapping editor follows; short lines (bylines, headings) are never joined.
    """
    lengths = [visual_length(line) for line in lines if line]
    if len(lengths) < 6:
        return lines
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    near_width = sum(1 for n in lengths if n >= width * 0.85)
    if width > 160 or near_width < len(lengths) * 0.5 or median(lengths) < 20:
        return lines
    joined: list[str] = []
    previous = ""  # the physical line before, as it was in the file
    for line in lines:
        if joined and previous and line and _was_wrapped(previous, line, width):
            separator = "" if visual_length(line[0]) == 2 and visual_length(previous[-1]) == 2 else " "
            joined[-1] = joined[-1] + separator + line
        else:
            joined.append(line)
        previous = line
    return joined


def _was_wrapped(previous: str, line: str, width: int) -> bool:
    """A wrapping editor moves a word to the next line only when it does not fit on the line before."""
    first_word = line.split(" ", 1)[0] if visual_length(line[0]) == 1 else line[0]
    length = visual_length(previous)
    return length + 1 + visual_length(first_word) > width and length >= width * 0.6


def _signature_matches(layout: Layout, lines: list[str]) -> bool:
    non_empty = [line for line in lines if line]
    window = non_empty[: layout.signature_lines] + non_empty[-15:]
    return all(any(p.fullmatch(line) for line in window) for p in layout.signature)


def _byline_or_dateline(
    lines: list[str], i: int, names_alone: bool, fields: dict[str, list[str]], settings: Settings
) -> bool:
    """Reads line i into `fields` when it is short and names the authors (and outlet) or only gives the date;
    whether it did. Whole sentences are never bylines; names without 'By' count only where `names_alone`
    (not on a text's first line, which is its headline)."""
    line = lines[i]
    if _is_sentences(line) or visual_length(line) > 120:
        return False
    byline = read_byline(line, settings) or (names_alone and read_name_line(line, _neighbours(lines, i), settings))
    if byline:
        fields["authors"].extend(byline.authors)
        fields["editors"].extend(byline.editors)
        fields["publisher"].extend([byline.publisher] if byline.publisher else [])
        fields["date"].extend([found[0]] if (found := find_date(line)) else [])
        return True
    date = _date_line(line)
    if date:
        fields["date"].append(date)
    return bool(date)


def _neighbours(lines: list[str], i: int, reach: int = 2) -> list[str]:
    """The `reach` non-empty lines before and after line i."""
    before = [line for line in lines[max(0, i - 6) : i] if line][-reach:]
    after = [line for line in lines[i + 1 : i + 7] if line][:reach]
    return before + after


def _mostly_chinese(lines: list[str]) -> bool:
    text = "".join(lines)
    return cjk_count(text) > 0.3 * len(text)


def _second_opinion(lines: list[str], article: list[float], settings: Settings) -> tuple[list[str], list[str]]:
    """An extracted Chinese page without the lines the model rejects (long sentences always stay); the rest of
    the cleaner then treats what is left as article text. Returns the lines (blank where dropped) and the
    dropped ones."""
    threshold = settings.article_probability["html_chinese"]
    kept, dropped = [], []
    for line, probability in zip(lines, article, strict=True):
        rejected = line and probability < threshold and not (_is_sentences(line) and visual_length(line) > 80)
        kept.append("" if rejected else line)
        if rejected:
            dropped.append(line)
    return kept, dropped


def _per_line(present: list[int], count: int, scores: list[float]) -> list[float]:
    """Scores of the non-empty lines spread over all lines (0 for empty ones)."""
    result = [0.0] * count
    for i, score in zip(present, scores, strict=True):
        result[i] = score
    return result


def _is_sentences(line: str) -> bool:
    """Two sentences or one long one, by punctuation: article text wherever it stands next to or inside the
    body, whatever the classifier thinks (no sentence of the article is ever removed)."""
    ends = line.rstrip(_CLOSING)[-1:] in _PROSE_END
    return ends and (sum(1 for c in line if c in _PROSE_END) >= 2 or visual_length(line) >= 80)


def _chrome_runs(lines: list[str], article: list[float], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of the body's runs of two or more short lines that the classifier doubts (below its core
    threshold), from the first to the last that names page chrome, when at least half of them do: an ad box
    ('Anzeige', a course teaser, 'Jetzt buchen'), a share bar with its network names. A single short line
    between paragraphs (a sub-heading) is never such a run, and sentences never belong to one."""
    doubtful = settings.article_probability["core"]
    runs: list[list[int]] = [[]]
    for i in range(start, end + 1):
        if not lines[i]:
            continue
        if article[i] < doubtful and not _is_sentences(lines[i]) and visual_length(lines[i]) <= 2 * CHROME_MAX_CHARS:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    dropped: set[int] = set()
    for run in runs:
        named = [k for k, i in enumerate(run) if _is_chrome_in_body(lines[i], settings)]
        span = run[named[0] : named[-1] + 1] if named else []  # a sub-heading after a share bar stays
        if len(span) >= 2 and 2 * len(named) >= len(span):
            dropped.update(span)
    return dropped


def _outside_chrome(lines: list[str], i: int, article: list[float], keep: float) -> bool:
    """Whether line i, outside the body, is page chrome: what the classifier doubts, unless it is prose right
    below a line it trusts (the paragraph after a list that closes an article), and a stray tag or menu entry."""
    if article[i] >= keep:
        return _stray(lines, i, article, keep)
    above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
    return not (
        _is_sentences(lines[i])
        and above is not None
        and article[above] >= keep
        and not _stray(lines, above, article, keep)
    )


STRAY_MAX_CHARS = 12  # a tag or menu entry: 'KI', 'Football', '3C科技'


def _stray(lines: list[str], i: int, article: list[float], keep: float) -> bool:
    """A word or two outside the body between lines the classifier both takes for chrome: a tag or menu
    entry ('KI' between 'Energie' and 'Impressum') that scored just above the keep threshold."""
    if visual_length(lines[i]) > STRAY_MAX_CHARS or len(lines[i].split()) > 2:
        return False
    before = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
    after = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    return all(j is None or article[j] < keep for j in (before, after))


def _is_page_furniture(line: str, settings: Settings) -> bool:
    """A line made of chrome words only, or a picture credit: chrome whatever the classifier thinks."""
    if visual_length(line) > 120:
        return False
    if settings.cues.credit.match(line):
        return True
    return not _is_sentences(line) and settings.cues.chrome_share(line) >= 0.8


CHROME_MAX_CHARS = 40  # longer lines between paragraphs are never dropped for a chrome word they contain


def _is_chrome_in_body(line: str, settings: Settings) -> bool:
    """Between paragraphs only short lines that name page chrome (a share bar, an ad marker, 'Read more') or
    have no word at all go; other short lines of the article (headings, list items) stay."""
    if not any(c.isalnum() for c in line):
        return True
    return (
        visual_length(line) <= CHROME_MAX_CHARS and not _is_sentences(line) and bool(settings.cues.chrome_kinds(line))
    )


def _extend_over_prose(lines: list[str], start: int, end: int) -> tuple[int, int]:
    """The body grows over the prose lines right before and after it (blank lines between them allowed)."""

    def grow(i: int, step: int) -> int:
        j = i + step
        while 0 <= j < len(lines) and (not lines[j] or _is_sentences(lines[j])):
            if lines[j]:
                i = j
            j += step
        return i

    return grow(start, -1), grow(end, 1)


def _body_bounds(lines: list[str], article: list[float], settings: Settings) -> tuple[int, int]:
    """Indices of the first and last body paragraph: lines long enough to be prose (a long line without
    closing punctuation, like a long headline, must be twice as long) that the classifier takes for article
    text; when it takes none, the first and last of those long lines."""
    threshold = settings.thresholds["body_line_chars"]
    long = [
        i
        for i, line in enumerate(lines)
        if visual_length(line) >= threshold * (1 if line.rstrip(_CLOSING)[-1:] in _PROSE_END else 2)
    ]
    core = [i for i in long if article[i] >= settings.article_probability["core"]]
    if core:
        return _extend_over_prose(lines, core[0], core[-1])
    if not long:
        non_empty = [i for i, line in enumerate(lines) if line]
        if len(non_empty) < 2:
            return (non_empty[0], non_empty[0]) if non_empty else (0, -1)
        longest = max(visual_length(lines[i]) for i in non_empty[1:])
        long = [i for i in non_empty[1:] if visual_length(lines[i]) >= longest * 0.6]
    return _extend_over_prose(lines, long[0], long[-1])


def _zone_allows(rule: Rule, zone: str) -> bool:
    return rule.zone == "any" or rule.zone == zone or (rule.zone == "edges" and zone in ("head", "tail"))


def _apply_rules(line: str, next_line: str, zone: str, rules: list[Rule], settings: Settings):
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
        if values:
            return "field", rule.field, values, rule.value_from_next_line
    return None


def _field_values(field: str, raw: str, settings: Settings) -> list[str]:
    """The values a rule's match gives a field; names only when every part looks like a name."""
    raw = raw.strip(" .|:：")
    if not raw:
        return []
    if field == "date":
        found = find_date(raw)
        return [found[0]] if found else []
    if field == "publisher":
        return [raw] if len(raw) <= 80 else []
    names = [raw]
    for separator in settings.name_separators:
        names = [part.strip(" .") for name in names for part in name.split(separator)]
    names = [name for name in names if name]
    return names if names and all(_looks_like_name(name, settings) for name in names) else []


def _looks_like_name(name: str, settings: Settings) -> bool:
    return (
        visual_length(name) <= 40
        and len(name.split()) <= 5
        and bool(_NAME_CHARS.match(name))
        and not settings.not_names & set(name.casefold().split())
    )


def _date_line(line: str) -> str | None:
    """A short line that is essentially a date (a dateline, 'Published on <date>', a bare ISO date)."""
    if visual_length(line) > 60 or not any(c.isdigit() for c in line):
        return None
    found = find_date(line)
    if not found:
        return None
    rest = line.replace(found[1], " ")
    rest = re.sub(r"\d{1,2}:\d{2}(:\d{2})?", " ", rest)
    return found[0] if visual_length(_DATE_LINE_REST.sub("", rest)) <= 24 else None


def _is_language_bar(line: str, names: tuple[str, ...]) -> bool:
    if not _any_of(names).search(line):  # most lines name no language at all
        return False
    rest, found = line, 0
    for name in names:
        if name in rest:
            found += rest.count(name)
            rest = rest.replace(name, " ")
    return found >= 4 and len(rest.replace(" ", "")) <= len(line) * 0.3


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


def _strip_title(line: str, layouts: list[Layout]) -> str:
    for layout in layouts:
        if layout.title_strip:
            line = layout.title_strip.sub("", line)
    return _TITLE_SEPARATORS.sub("", line).strip()


def _is_title_like(line: str, settings: Settings) -> bool:
    limits = settings.thresholds
    return (
        visual_length(line) <= limits["title_max_chars"]
        and len(line.split()) <= limits["title_max_words"]
        and line[-1] not in settings.sentence_end
    )


_BULLET_MARK = re.compile(r"^(?:[*+•·]|\d{1,2}\.|正在阅读[:：]|正在閱讀[:：])\s*(?=\S)")
# Captions and deks end with a full stop (a shortened headline with an ellipsis may not) or hold two sentences;
# a repost's note of the original title ('（原标题：…）') is not the page's headline.
_NOT_HEADLINE = re.compile(
    r"(?<![.…])[.。]$|@|https?://|www\.|[^\W\d_]{3,}\.\s+[A-ZÄÖÜ]|。\s*\S|^[(（]?原[标標]题[:：]"
)
_BREADCRUMB_TAIL = re.compile(r"^(?:[^>›»]{1,40}\s[>›»]\s)+(?=\S.{15,})")  # 'Home > News > Headline'


def _may_be_headline(line: str, settings: Settings) -> bool:
    """Not a caption (or any line naming a picture credit), dateline, handle or address, not without a word,
    and not mostly chrome words."""
    return not (
        _NOT_HEADLINE.search(line)
        or settings.cues.credit.search(line)
        or "©" in line
        or not any(c.isalpha() for c in line)
        or settings.cues.chrome_share(line) >= 0.3
        or (any(c.isdigit() for c in line) and find_date(line))
    )


def _headline(
    head: list[tuple[int, str]], scores: list[float], settings: Settings
) -> tuple[int | None, list[TitleCandidate]]:
    """The headline of a source from a site no layout knows and its line's index: of the lines before the
    body, the one the headline model scores highest (it was trained on real pages to tell headlines from menu
    entries, breadcrumbs, ad markers, captions and bylines)."""
    if not head:
        return None, []
    candidates = [item for item in head if _may_be_headline(item[1], settings)] or head
    at, best = max(candidates, key=lambda item: scores[item[0]])
    text = page_headline(_strip_title(_BULLET_MARK.sub("", _BREADCRUMB_TAIL.sub("", best)), []), [])
    return at, [TitleCandidate(text, detect_language(text, settings.languages))] if text else []


def _standfirst(lines: list[str], headline_at: int | None, settings: Settings) -> int | None:
    """The index of the line right below the headline when it is prose that names no page chrome: the
    article's standfirst, kept however the classifier scored it."""
    if headline_at is None:
        return None
    below = next((j for j in range(headline_at + 1, len(lines)) if lines[j]), None)
    if below is None or not _is_sentences(lines[below]) or settings.cues.chrome_kinds(lines[below]):
        return None
    return below


_SITE_SUFFIX = re.compile(r"^(?P<title>.*\S)\s*(?:[|｜_]|\s[-–—]\s|\s::\s)\s*(?P<site>[^|｜_]{2,40})$")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^©|,;]{2,60}?)"
    r"(?:\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?|[.,]|gmbh.*|inc\b.*|llc.*|ltd\b.*|limited.*|l\.p\..*|ag\b.*|publishers.*"
    r"|corporation.*|all rights.*|alle rechte.*|版权所有.*|有限公司.*))*\s*$",
    re.I,
)


def _without_site_name(title: str, lines: list[str]) -> tuple[str, str | None]:
    """The headline without a site-name suffix ('… - DER SPIEGEL', '…_新浪科技') when the page also shows it
    without one, and that site name; or a site name from a page-title line that repeats the headline."""
    match = _SITE_SUFFIX.match(title)
    if match and any(line == match["title"] for line in lines):
        return match["title"], match["site"].strip()
    for line in lines:
        if line != title and line.startswith(title):
            suffix = _SITE_SUFFIX.match(line)
            if suffix and suffix["title"] == title:
                return title, suffix["site"].strip()
    return title, None


_LOGO = re.compile(r"\s+(?:logo\.?|home)$", re.I)  # a logo's alternative text: 'heise online Logo', 'Ars Technica home'
MASTHEAD_LINES = 3  # the site's name is among the first lines of a page copy, if anywhere


def _masthead(lines: list[str], title: str, start: int, settings: Settings) -> str | None:
    """The site's name as its header prints it: the first line, or a logo's text among the first lines ('TechCrunch',
    'heise online Logo', '36氪'), short, before the headline and naming no page chrome."""
    head = [line for line in lines[:start] if line][:MASTHEAD_LINES]
    for position, line in enumerate(head):
        if line == title:
            return None
        name = _LOGO.sub("", line).strip()
        if position > 0 and name == line:
            continue  # below the first line only a logo's text ('… Logo') names the site
        words = len(name.split()) + cjk_count(name) // 2
        if (
            2 <= visual_length(name) <= 30
            and words <= 4
            and not settings.cues.chrome_kinds(name)
            and not _date_line(name)
        ):
            return name
    return None


def _copyright_holder(lines: list[str]) -> str | None:
    """The name in the last copyright line ('© 2024 heise online', 'Copyright © 2025 IT之家. All Rights
    Reserved'), without years and legal forms."""
    for line in reversed(lines):
        if visual_length(line) <= 160 and re.search(r"©|copyright|\(c\)", line, re.I):
            match = _COPYRIGHT.search(line)
            name = match["name"].strip(" .-") if match else ""
            if not any(c.isalpha() for c in name):  # 'Golem.de © 2025': the name stands before the sign
                name = line[: match.start()].strip(" .-|") if match else ""
            if name and visual_length(name) <= 60:
                return name
    return None


def _title_candidates(head: list[str], layouts: list[Layout], settings: Settings) -> list[TitleCandidate]:
    """The first head line if it reads like a title, plus directly following title lines in other
    languages (translated pages print the original title and the translated headline)."""
    titles: list[TitleCandidate] = []
    for line in head:
        text = _strip_title(line, layouts)
        if not text or not _is_title_like(text, settings):
            break
        language = detect_language(text, settings.languages)
        if titles and language in {t.language for t in titles}:
            break
        titles.append(TitleCandidate(text, language))
    return titles


def _unique(values: list[str]) -> list[str]:
    seen, result = set(), []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return result
