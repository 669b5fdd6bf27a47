"""Removes boilerplate and turns header/footer lines into metadata.

The text is split into a head (before the first body paragraph), the body and a tail (after the last);
regions.py finds them with the line classifier for sites no layout knows. Rules from data/layouts.yml (for
the layouts whose signature matches) and data/cleaning.yml run only on head and tail lines and on short
lines between paragraphs, so no sentence of the article itself can be removed by a rule. headline.py picks
the headline and the site's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from statistics import median

import numpy as np

from . import headline as headlines
from .archives import without_archive_header
from .bylines import (
    Byline,
    date_line,
    dateline_outlet,
    dateline_poster,
    is_author_bio,
    is_email_address,
    is_handle_of,
    is_outlet,
    is_person_name,
    is_role,
    is_update,
    opens_with_dispatch,
    paragraph_bylines,
    read_bio_byline,
    read_byline,
    read_name_line,
    without_times,
)
from .dates import closes_range, find_date
from .lines import article_probabilities, features, headline_scores
from .mail import without_mail_wrapper
from .models import CleanedText, SourceText, TitleCandidate
from .regions import (
    CAPTION_MAX_CHARS,
    CAPTION_MIN_WORDS,
    CHROME_MAX_CHARS,
    TEASER_MAX_CHARS,
    above_closing_editor,
    ai_summaries,
    body_bounds,
    chrome_runs,
    closing_sentence,
    comment_section,
    ends_sentence,
    fact_boxes,
    header_again,
    introduced_lists,
    introduces_list,
    is_caption,
    is_caption_with_name,
    is_chrome_in_body,
    is_chrome_label,
    is_credit_below_caption,
    is_handle,
    is_notice,
    is_page_furniture,
    is_reader_call,
    is_reporter_photo_caption,
    is_sentences,
    is_site_pitch,
    items_below,
    key_points,
    labelled_points,
    mostly_chinese,
    names_chrome_above,
    numbered_first_heading,
    outside_chrome,
    per_line,
    poll_answers,
    poll_boxes,
    release_tail,
    second_opinion,
    sentence_runs,
    table_of_contents,
    tag_runs,
    tail_teasers,
    verdict_lists,
    without_domain_end,
    wrapped_tail,
)
from .rules import apply_rules
from .settings import Layout, Rule, Settings
from .structure import is_list_item, list_item_text
from .text import cjk_count, heading_words, is_lowercase_text, sentences, visual_length

# names_alone: names printed without 'By'; source: a publisher a label names ('来源：…', 'Source: …'), which wins;
# published: a date labelled as the publication's, which wins over other dates; agency: a news agency beside a
# byline's names ('Von Jana Kühnert, dpa'), which wrote the story but is not the page's publisher: the site's
# name wins over it; reporter: a person a source line names after its outlet ('Quelle: Tele 1/Nina Bachmann'), the
# author only when no byline names one (not a video's reporter beside the article's author)
FIELDS = (
    "authors",
    "editors",
    "publisher",
    "source",
    "agency",
    "date",
    "published",
    "beside_byline",
    "names_alone",
    "reporter",
    "modified",
)
PARAGRAPH_CHARS = 40  # the article's first and last paragraph, where a byline may hide, are at least this long


@dataclass
class _Reading:
    """A source's lines and what the cleaner made of them so far."""

    lines: list[str]
    layouts: list[Layout]
    rows: np.ndarray | None  # the classifier's features of the non-empty lines; None on a known layout
    present: list[int]  # indices of the non-empty lines
    article: list[float]  # per line: probability of being article text (1.0 where nothing is judged)
    start: int  # first and last body line
    end: int
    runs: set[int]  # chrome runs inside the body
    dropped: list[str] = field(default_factory=list)
    kept: list[tuple[int, str]] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in FIELDS})
    bylines: list[int] = field(default_factory=list)  # lines read as a byline or dateline
    given_title: str | None = None  # the title a saved page's markup names (its <h1> or <title>)
    template: frozenset[str] = frozenset()  # lines the site's other stories repeat (site_template.py)
    comments: set[int] = field(default_factory=set)  # the comment section below the body: no byline there
    release: int | None = None  # where a press release's closing sections begin: no names alone from there on
    polls: set[int] = field(default_factory=set)  # a poll or a machine's summary and its question, anywhere
    verdicts: set[int] = field(default_factory=set)  # a review's pros and cons with their labels, wherever they stand
    language_lines: list[int] = field(default_factory=list)  # lines that are a language's name alone ('Français')
    tab_site: str | None = None  # the site's name the browser tab's title on the first line ends in


def clean(source: SourceText, settings: Settings, template: frozenset[str] = frozenset()) -> CleanedText:
    reading = _read(source, settings, template)
    _sort_lines(reading, settings)
    if not reading.layouts:
        _drop_box_titles(reading, settings)
    authors, editors, publisher = _people(reading, settings)
    titles, publisher, standfirst = _titles(reading, authors + editors, publisher, settings)
    publisher = publisher or next(iter(reading.fields["agency"]), None)
    named = authors + editors + reading.fields["publisher"] + ([publisher] if publisher else [])
    if not reading.layouts:
        _drop_site_pitches(reading, [site for site in dict.fromkeys([publisher, reading.tab_site]) if site], settings)
    body = _body(reading, titles, named, standfirst, settings)
    lowercase = is_lowercase_text("\n".join(reading.lines[reading.start : reading.end + 1]))
    fields = reading.fields  # a page's last change dates it only when nothing else does
    date = fields["published"] or fields["beside_byline"] or fields["date"] or fields["modified"]
    return CleanedText(
        lines=body,
        titles=titles,
        authors=_without_desks(_without_outlet(authors, publisher), publisher),
        editors=editors,
        publisher=publisher.title() if lowercase and publisher else publisher,
        date=date[0] if date else None,
        layouts=[layout.id for layout in reading.layouts],
        dropped=reading.dropped,
        lowercase=lowercase,
    )


def _read(source: SourceText, settings: Settings, template: frozenset[str] = frozenset()) -> _Reading:
    """The lines, the layouts they match and, for sites no layout knows, the classifier's view of them.

    The learned model decides for sites no layout knows; a known layout's rules need no second opinion, and a
    saved page's main text was already extracted from its markup (sources.py): nothing of either is chrome,
    except that the model gives a second opinion on an extracted Chinese page (data/cleaning.yml)."""
    stripped = [line.strip() for line in source.text.split("\n")]
    stripped, dropped = without_archive_header(stripped, settings.archive_opens, settings.archive_closes)
    stripped, mail = without_mail_wrapper(stripped, settings.mail_field, settings.mail_sender)
    dropped += mail
    lines = unwrap(stripped, copied=source.format == "txt")
    layouts = [layout for layout in settings.layouts if _signature_matches(layout, lines)]
    present = [i for i, line in enumerate(lines) if line]
    rows = None if layouts else features([lines[i] for i in present], settings.cues, settings.line_model.lexicon)
    article = [1.0] * len(lines)
    judged = rows is not None and (source.format != "html" or mostly_chinese(lines))
    if rows is not None and judged:  # (rows is known whenever judged; said for the type checker)
        article = per_line(present, len(lines), article_probabilities(rows, settings.line_model))
    if judged and source.format == "html":
        lines, disagreed = second_opinion(lines, article, settings)
        dropped += disagreed
        article = [1.0] * len(lines)
    start, end = body_bounds(lines, article, judged and source.format != "html", settings)
    runs = chrome_runs(lines, article, start, end, settings)
    given_title = source.preset.get("title") if source.format != "md" else None  # (a saved page's markup)
    return _Reading(
        lines, layouts, rows, present, article, start, end, runs, dropped, given_title=given_title, template=template
    )


def _without_outlet(authors: list[str], publisher: str | None) -> list[str]:
    """The authors without the outlet when people are named besides it ('文 | 钛媒体APP', '作者 | 林志远')."""
    outlet = (publisher or "").casefold()
    people = [a for a in authors if not (outlet and outlet.startswith(a.casefold()))]
    return people or authors


def _without_desks(authors: list[str], publisher: str | None) -> list[str]:
    """The authors without a desk of the site, a name holding the site's own ('PYMNTS Intelligence' of PYMNTS.com)
    or the last word of its name ('Recorder Report' of Business Recorder): a byline that names no one. The site
    itself stays, as an author of its own pages ('Wikimedia Foundation')."""
    if not publisher:
        return authors
    site = without_domain_end(publisher)
    last = site.split()[-1] if " " in site else ""
    words = [site] + ([last] if len(last) >= DESK_WORD_CHARS and last[:1].isupper() else [])
    desk = re.compile("|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in words))
    return [a for a in authors if a in (site, publisher) or not desk.search(a)]


DESK_WORD_CHARS = 5  # a site name's last word this long names a desk ('Recorder'; not 'Post', a surname too)


def _sort_lines(reading: _Reading, settings: Settings) -> None:
    """Sorts every line into kept, dropped or read as metadata, in order."""
    lines = reading.lines
    rules = [rule for layout in reading.layouts for rule in layout.rules] + list(settings.rules)
    first = next((i for i, line in enumerate(lines) if line), 0)  # a first line is a headline, never a byline
    masthead = headlines.masthead_line(lines, settings) if not reading.layouts else None
    site = reading.tab_site = headlines.tab_site(lines[first])  # where a masthead prints it: no byline, no headline
    if not reading.layouts:
        reading.comments = comment_section(lines, reading.start, reading.end, settings)
        reading.release = release_tail(lines, reading.start, reading.end, settings)
        reading.polls = poll_boxes(lines, reading.present, settings) | ai_summaries(lines, reading.present, settings)
        reading.verdicts = verdict_lists(lines, reading.present, settings)
    languages = _language_set(settings.language_names)
    reading.language_lines = [i for i in reading.present if lines[i].strip() in languages]
    i, listed = 0, set()
    while i < len(lines):
        line = lines[i]
        if not line:
            fate = "empty"
        elif i in listed:
            fate = "drop"  # a further author below a label's first, or the role below one
        elif line == site and first < i < reading.start:
            fate = "drop"  # the site's name the tab's title ends in, printed in the header ('阿思達克財經新聞')
        else:
            fate = _fate(reading, i, first < i != masthead, rules, settings)
        if fate == "keep" and _is_template(reading, i) and i not in reading.verdicts:  # ('Pros' on every review)
            fate = "drop"
        if fate == "keep":
            reading.kept.append((i, line))
        elif fate != "empty":
            reading.dropped.append(line)
        if fate == "drop_next":
            i = _value_line(lines, i)
            reading.dropped.append(lines[i])
            if settings.cues.list_label.fullmatch(line.strip()) and reading.fields["authors"][-1:] == [
                lines[i].strip()
            ]:
                # a list's label and its first name: the others below it
                names, roles = _names_below(lines, i, settings)
                reading.fields["authors"] += [lines[k].strip() for k in names]
                listed.update(names + roles)
        elif fate == "drop_rest":
            _drop_rest(reading, i + 1, settings)
            return
        i += 1


def _drop_box_titles(reading: _Reading, settings: Settings) -> None:
    """Drops the body's short lines that title a box of chrome: one between two dropped lines ('Newsletter' /
    'OTZ am Morgen' / its pitch), one calling the reader above a dropped line ('Get daily National news' over
    a newsletter's pitch), and those above a box's button (_box_above_button). A sub-heading stands above the
    article's next paragraph, and the items of a list a sentence introduces ('… users will be able to:') are no
    box, whatever their words ('get a refund for any unused months')."""
    kept = dict(reading.kept)
    present = [i for i in range(reading.start, reading.end + 1) if reading.lines[i]]
    boxed = set()
    for above, i, below in zip(present, present[1:], present[2:], strict=False):
        line = reading.lines[i]
        if i not in kept or below in kept or is_sentences(line) or visual_length(line) > CHROME_MAX_CHARS:
            continue
        if above not in kept or settings.cues.call_to_action.match(line):
            boxed.add(i)
    if boxed:  # (most bodies have no such line: the lists are looked for only then)
        boxed -= _introduced_items(reading.lines, present, settings)
    for k, i in enumerate(present):
        if i not in kept and _is_button(reading.lines[i], settings):
            boxed.update(_box_above_button(reading, present[max(0, k - BOX_LINES - 1) : k], kept, settings))
    boxed -= reading.verdicts
    reading.dropped += [line for i, line in reading.kept if i in boxed]
    reading.kept = [(i, line) for i, line in reading.kept if i not in boxed]


def _introduced_items(lines: list[str], present: list[int], settings: Settings) -> set[int]:
    """The items of the lists that sentences among the `present` lines introduce."""
    return {
        j
        for k, i in enumerate(present)
        if introduces_list(lines, i, settings)
        for j in items_below(lines, present[k + 1 :], settings)
    }


def _box_above_button(reading: _Reading, above: list[int], kept: dict[int, str], settings: Settings) -> list[int]:
    """The lines of a box above its button ('Whitepaper' / 'Leitfaden: KI-Agenten sicher anbinden' over 'Jetzt
    herunterladen'): up to BOX_LINES short lines that are no sentences among the lines right above it (its label or
    pitch dropped already: 'FALTER.morgen' / 'Der Newsletter für Wien. …' / 'Jetzt kostenlos abonnieren'), below a
    line the body keeps; right above the button, the box's pitch below its label too (_pitch_below_label)."""
    box: list[int] = []
    for k in range(len(above) - 1, -1, -1):
        i = above[k]
        if i not in kept:
            continue  # the box's label or pitch, dropped already
        line = reading.lines[i]
        if not box and k > 0 and _pitch_below_label(line, reading.lines[above[k - 1]], settings):
            box.append(i)  # 'Newsletter' / 'Die wichtigsten News … in Ihrer Mailbox.' / 'Jetzt anmelden'
            continue
        if is_sentences(line) or visual_length(line) > TEASER_MAX_CHARS:
            return box  # the paragraph above the box
        if len(box) == BOX_LINES:
            return []  # more short lines than a box holds: a list of the article's
        box.append(i)
    return []


def _pitch_below_label(line: str, label: str, settings: Settings) -> bool:
    """A box's pitch right above its button: one sentence naming page chrome ('… direkt aufs Handy – jetzt kostenlos
    im App Store und bei Google Play.') below the box's label, a few words that are no sentence ('Die SZ-App')."""
    return (
        len(sentences(line)) == 1
        and visual_length(line) <= 2 * TEASER_MAX_CHARS
        and bool(settings.cues.chrome_kinds(line))
        and not is_sentences(label)
        and (heading_words(label) <= BOX_LABEL_WORDS or bool(settings.cues.app_words.search(label)))
    )  # (a label naming an app may be longer: 'Die Murtaler Zeitung als App')


BOX_LABEL_WORDS = 3  # a box's label above its pitch: a few words ('Die SZ-App', 'Newsletter')


def _is_button(line: str, settings: Settings) -> bool:
    return visual_length(line) <= CHROME_MAX_CHARS and bool(settings.cues.closing_call.search(line))


BOX_LINES = 3  # a box between paragraphs: its label and a title or two above its button


def _drop_rest(reading: _Reading, start: int, settings: Settings) -> None:
    """Drops everything from `start` on ('Related articles' and what follows), except, where the classifier
    judges, the article's prose it trusts (naming no page chrome), the paragraph right below such prose, and a
    short line right above it (a sub-heading): a teaser box may stand between the article's last paragraphs."""
    lines, article = reading.lines, reading.article
    keep = settings.article_probability["keep"]
    prose: dict[int, bool] = {}
    above = None
    for i in range(start, len(lines)):
        if not lines[i]:
            continue
        prose[i] = (
            not reading.layouts
            and is_sentences(lines[i])
            and (article[i] >= keep or (above is not None and prose[above] and article[above] >= keep))
            and not settings.cues.chrome_kinds(lines[i])  # '© 2020 CBS Interactive Inc. All Rights Reserved.'
        )
        above = i
    for i in range(start, len(lines)):
        if not lines[i]:
            continue
        below = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
        heading = below is not None and prose[below] and article[i] >= keep and not is_sentences(lines[i])
        if prose[i] or (heading and visual_length(lines[i]) <= 2 * CHROME_MAX_CHARS):
            reading.kept.append((i, lines[i]))
        else:
            reading.dropped.append(lines[i])


def _names_below(lines: list[str], i: int, settings: Settings) -> tuple[list[int], list[int]]:
    """The further names of a label's list below its first name on line i, one a line, each perhaps with its role on
    the line below ('作者' / '陳詠欣' / '團結香港基金創新科技研究主管' / '梁子軒'), and those role lines."""
    names: list[int] = []
    roles: list[int] = []
    present = [k for k in range(i + 1, min(len(lines), i + 4 * LISTED_NAMES)) if lines[k]]
    k = 0
    while k < len(present):
        line = lines[present[k]]
        if _listed_name(line, settings):
            names.append(present[k])
        elif k + 1 < len(present) and _role_line(line) and _listed_name(lines[present[k + 1]], settings):
            roles.append(present[k])
            names.append(present[k + 1])
            k += 1
        elif names and _role_line(line):
            roles.append(present[k])  # the last name's role
            break
        else:
            break
        k += 1
    return names[:LISTED_NAMES], roles


LISTED_NAMES = 4  # names a label lists below it at most


def _listed_name(line: str, settings: Settings) -> bool:
    return is_person_name(line.strip(), settings) and not is_role(line, settings)  # not 'Freie Journalistin'


def _role_line(line: str) -> bool:
    """A short line without digits that is no sentence: the role below a name in a list of authors."""
    return visual_length(line) <= ROLE_CHARS and not is_sentences(line) and not any(c.isdigit() for c in line)


ROLE_CHARS = 80


def _fate(reading: _Reading, i: int, names_alone: bool, rules: list[Rule], settings: Settings) -> str:
    """What becomes of line i: 'keep', 'drop' (as chrome or read into a field), 'drop_next' (its value was
    on the next line, which goes too) or 'drop_rest' (everything from here on is chrome)."""
    line, generic = reading.lines[i], not reading.layouts
    zone = "head" if i < reading.start else "tail" if i > reading.end else "body"
    if zone == "body" and (ruled := _body_rule_fate(reading, line, rules, settings)):
        return ruled  # a rule of zone 'any': 'This article is republished from The Conversation …'
    if _is_language_bar(line, settings.language_names) or _in_translations(reading, i):
        return "drop"
    if i in reading.polls:
        return "drop"  # 'Umfrage' / 'Würden Sie …?' / 'Ja' / 'Nein' / 'Abstimmen', between paragraphs too
    if i in reading.verdicts:
        return "keep"  # 'Pros' / 'Outstanding battery life' / … / 'Cons' / …, above the review too
    if generic and is_handle(reading.lines, i):
        return "drop"  # '@mhoppe' above or between a thread's posts
    if zone == "body" and generic and is_page_furniture(line, settings) and not _signed(reading, i):
        return "drop"  # 'Anzeige', 'Artikel merken', 'Foto: dpa' between paragraphs
    if generic and names_chrome_above(reading.lines, i, settings):
        return "drop"  # a video's title below its player's button
    if (
        generic
        and is_caption(reading.lines, i, reading.start, reading.end, settings)
        and not _tabs_story(reading, i, settings)
    ):
        return "drop"
    listed = zone == "body" and visual_length(line) <= CHROME_MAX_CHARS and _in_introduced_list(reading, i, settings)
    alone = names_alone and not listed and not _in_release(reading, i)  # (a release's contacts name no author)
    if (
        generic
        and i not in reading.comments
        and _byline_or_dateline(reading.lines, i, alone, zone == "head", reading.fields, settings)
    ):
        if (
            zone == "head"
            and (_below_byline(reading, i, names_only=True) or _above_byline(reading, i, settings))
            and (date := date_line(line))
            and not is_update(line)
        ):
            reading.fields["beside_byline"].append(date)  # the story's date, not the header's day ('Mittwoch, …')
        reading.bylines.append(i)
        return "drop"  # a byline or dateline, in the header or below a dek
    if generic and _below_byline(reading, i) and (is_role(line, settings) or _dateline_place(reading.lines, i)):
        return "drop"  # the byline's role on a line of its own ('Redakteur', 'Tech Correspondent'), or its place
    doubted = i in reading.runs or (reading.article[i] < settings.article_probability["keep"] and generic)
    doubted = doubted and not (generic and introduces_list(reading.lines, i, settings))
    doubted = doubted and not (generic and listed)
    if zone == "body" and not (doubted and not is_sentences(line)):
        return "keep"  # article text; on a known site's layout, what its rules do not cover stays too
    return _head_or_tail_fate(reading, i, "head" if zone == "body" else zone, rules, settings)


def _body_rule_fate(reading: _Reading, line: str, rules: list[Rule], settings: Settings) -> str | None:
    """'drop' when a rule of zone 'any' fits a line of the body (the rules of other zones never touch it), its
    field read; else None."""
    outcome = apply_rules(line, "", "body", rules, settings)  # (the zone 'body' lets only rules of zone 'any' in)
    if outcome is None:
        return None
    _, field_name, value, _ = outcome
    if field_name:
        reading.fields["source" if field_name == "publisher" else field_name].extend(value)
    return "drop"


def _value_line(lines: list[str], i: int) -> int:
    """The line below a label that holds its value: the next one, past one blank line ('Written by' / '' / 'Rachel
    Okafor' in a copy with a blank line after every line)."""
    return i + 2 if i + 2 < len(lines) and not lines[i + 1] and lines[i + 2] else i + 1


def _in_release(reading: _Reading, i: int) -> bool:
    return reading.release is not None and i >= reading.release


def _signed(reading: _Reading, i: int) -> bool:
    """The body's last paragraph, of sentences, closed by its author's name in brackets ('… by 2028. (Rhea
    Montemayor / MindaNews)'): the story signed off by the byline's author, not a picture's credit (which may
    name the author too, higher up)."""
    line, names = reading.lines[i], reading.fields["authors"] + reading.fields["names_alone"]
    if i < reading.end or any(ends_sentence(reading.lines[j]) for j in range(i + 1, min(len(reading.lines), i + 3))):
        return False
    tail = line[-SIGNATURE_CHARS:]
    opening = next((tail.rfind(f"({name}") for name in names if f"({name}" in tail), -1)
    return opening >= 0 and len(sentences(line[: len(line) - len(tail) + opening])) > 1


SIGNATURE_CHARS = 80  # the author's name in brackets closes the paragraph


def _in_introduced_list(reading: _Reading, i: int, settings: Settings) -> bool:
    """Whether line i is an item of a list in the body that a sentence introduces with a colon, below its other
    items ('Die Software prüft:' / 'Kaufpreise vergleichbarer Wohnungen' / … / 'Bodenrichtwerte der
    Gutachterausschüsse' above an ad's marker): the classifier doubts a list's last short item most."""
    lines = reading.lines
    above = [k for k in range(i - 1, max(reading.start, i - 2 * LIST_REACH) - 1, -1) if lines[k]][:LIST_REACH]
    for k in above:
        if introduces_list(lines, k, settings):
            return True
        if is_sentences(lines[k]) or visual_length(lines[k]) > CHROME_MAX_CHARS:
            return False
    return False


LIST_REACH = 6  # items of a list above the one looked at, up to the sentence introducing them


def _dateline_place(lines: list[str], i: int) -> bool:
    """A place of a word or two alone right above the date ('Oldenburg' between 'Mareike Janßen' and
    '03.12.2026, 17:45 Uhr')."""
    words = lines[i].split()
    below = next((line for line in lines[i + 1 : i + 3] if line), "")
    return 0 < len(words) <= 2 and all(word[:1].isupper() for word in words) and bool(date_line(below))


def _below_byline(reading: _Reading, i: int, names_only: bool = False) -> bool:
    """Whether the line above line i (the nearest non-empty one, past the byline's e-mail address) was read as a
    byline or dateline (with `names_only`, as a byline: not a date alone)."""
    lines = reading.lines
    above = next((k for k in range(i - 1, -1, -1) if lines[k] and not is_email_address(lines[k])), None)
    return above is not None and above in reading.bylines and not (names_only and date_line(reading.lines[above]))


def _above_byline(reading: _Reading, i: int, settings: Settings) -> bool:
    """Whether the nearest non-empty line below line i is a byline naming authors ('Dienstag, 23. Februar 2027' /
    'Von Franziska Stangassinger', below the masthead's day)."""
    below = next((k for k in range(i + 1, len(reading.lines)) if reading.lines[k]), None)
    byline = below is not None and read_byline(reading.lines[below], settings)
    return bool(byline and byline.authors)


def _tabs_story(reading: _Reading, i: int, settings: Settings) -> bool:
    """Whether line i, above the body and without a full stop, tells the story of the browser tab's title: the
    headline printed below the date and above the lead picture's credit, where a caption without its full stop
    would stand ('dpa-AFX' / '18.08.2027, 11:32 Uhr' / 'Nuvaris hebt nach starkem Quartal die Jahresprognose an –
    Aktie mit Kurssprung' / 'Foto: Nuvaris AG')."""
    line = reading.lines[i]
    if not reading.present[0] < i < reading.start or ends_sentence(line):
        return False
    return headlines.story_tab_site(reading.lines, line, settings, headlines.TAB_TOLD) is not None


def _is_template(reading: _Reading, i: int) -> bool:
    """A line of the site's template (site_template.py) around the body, or between its paragraphs when it is
    no sentence."""
    line = reading.lines[i]
    return line in reading.template and not (reading.start <= i <= reading.end and is_sentences(line))


def _head_or_tail_fate(reading: _Reading, i: int, zone: str, rules: list[Rule], settings: Settings) -> str:
    """The fate of a line outside the body, or of a short line inside it that the classifier doubts (a
    byline, a dateline?), read as a head line: a date, a rule's field or action, or kept."""
    line = reading.lines[i]
    if date := date_line(line):
        _add_date(reading.fields, date, line, settings)
        return "drop"
    if date := _labelled_date(line, settings):
        _add_date(reading.fields, date, line, settings)  # the line's other facts are read below ('来源：…')
    if is_notice(line, settings) and (label := settings.published_label.search(line)) and not _PRINT.search(line):
        found = find_date(line[label.end() :])  # 'This story was originally published March 10, 2027 at 6:00 AM.'
        reading.fields["published"] += [found[0]] if found else []
    if settings.modified_label.search(line) and (found := find_date(line)):
        reading.fields["modified"].append(found[0])  # 'This page was last modified on 4 November 2020, at 19:23.'
    below = _value_line(reading.lines, i)
    next_line = reading.lines[below] if below < len(reading.lines) else ""
    outcome = apply_rules(line, next_line, zone, rules, settings)
    if outcome is None:
        in_body = reading.start <= i <= reading.end
        chrome = in_body and (i in reading.runs or is_chrome_in_body(reading.lines, i, settings))
        return "drop" if chrome else "keep"  # a share bar, an ad box between paragraphs
    action, field_name, value, consumed_next = outcome
    if action == "drop_rest":
        return "drop_rest"
    if field_name == "publisher" and (
        _picture_source(reading.lines, i, value, settings) or all(v.lstrip().startswith("©") for v in value)
    ):
        return "drop"  # 'Source: Alamy', 'Quelle: Martin Börner' below a caption, 'Source: © Varley Robotics'
    if field_name == "publisher":
        value = [_DESK_INITIALS.sub("", _without_agency(v, settings)) for v in value]  # 'CNA/jo(ca)': CNA
        credited = [(_reporter_after_outlet(v, settings), v) for v in value]
        reading.fields["reporter"] += [name for name, _ in credited if name]  # 'Quelle: Tele 1/Nina Bachmann'
        value = [v.rpartition("/")[0].strip() if name else v for name, v in credited]
    if field_name == "publisher" and all(_names_newsroom(v, settings) for v in value):
        return "drop"  # 'Quelle: Redaktion / sth': the site's own newsroom, no other outlet
    if field_name == "authors" and all(is_outlet(v, settings) for v in value):
        return "drop"  # 'by Philenews' below the masthead: the outlet behind the site, no author
    if field_name == "publisher" and (writers := [name for v in value if (name := _writer_with_role(v, settings))]):
        field_name, value = "authors", writers  # 'Source: Efua Mensah-Bonsu, Contributor'
    if field_name:
        reading.fields["source" if field_name == "publisher" else field_name].extend(value)
    if field_name == "publisher" and settings.published_label.search(line) and (found := find_date(line)):
        _add_date(reading.fields, found[0], line, settings)  # '信息来源：长兴新闻网　发布时间：2027-08-16 09:12'
    return "drop_next" if consumed_next else "drop"


_DESK_INITIALS = re.compile(r"(?<=\w)/[a-z]{1,4}(?:\([a-z]{1,4}\))?$")  # its editors' initials after the outlet
_PRINT = re.compile(r"print|gedruckt|ausgabe|edition", re.I)  # 'Erschienen in der Printausgabe vom …': the paper's date


def _writer_with_role(value: str, settings: Settings) -> str | None:
    """The person a source line names with a writer's role ('Efua Mensah-Bonsu, Contributor'): the author."""
    name, comma, role = value.rpartition(",")
    name = name.strip()
    return name if comma and is_role(role, settings) and is_person_name(name, settings) else None


def _names_newsroom(value: str, settings: Settings) -> bool:
    """Whether a source line's value is the site's newsroom, initials or a date after it or not ('Redaktion / sth',
    '综合 于 2027-07-14 09:32:11')."""
    first = _NAME_PARTS.split(value.strip(), 1)[0].split()
    return bool(first) and first[0].casefold() in settings.cues.newsroom_names


def _reporter_after_outlet(value: str, settings: Settings) -> str | None:
    """The person a source line names after its outlet and a slash ('Tele 1/Nina Bachmann'), or None."""
    outlet, slash, name = value.rpartition("/")
    return name.strip() if slash and outlet.strip() and is_person_name(name.strip(), settings) else None


def _without_agency(value: str, settings: Settings) -> str:
    """A source line's outlet without the agency it drew on ('Radio IN / dpa', 'Regio TV / mit Material von dpa',
    'FFH/dpa', 'dpa/lby/ANTENNE BAYERN'): the site's own report; the value as it stands when it names no agency."""
    parts = [part.strip() for part in _NAME_PARTS.split(value.strip()) if part.strip()]
    own = [part for part in parts if not _agency_part(part, settings)]
    return own[0] if own and len(own) < len(parts) else value


def _agency_part(part: str, settings: Settings) -> bool:
    """An agency ('dpa'), its regional desk's code ('lby') or a note on material drawn from it."""
    return part.casefold() in settings.agencies or bool(_DESK_CODE.fullmatch(part) or _MATERIAL_FROM.match(part))


_DESK_CODE = re.compile(r"[a-z]{2,4}")  # an agency's regional desk: 'dpa/lby', 'dpa/lno'
_MATERIAL_FROM = re.compile(
    r"(?:mit )?material (?:von|der|aus)\b|with material from\b|with (?:files|reporting) from\b", re.I
)


_NAME_PARTS = re.compile(r"\s*[/,|｜]\s*")


def _picture_source(lines: list[str], i: int, values: list[str], settings: Settings) -> bool:
    """Whether a source line names a picture's source: a photo agency ('Source: Alamy'), or a photographer right
    below a caption of one sentence ('… am Ostufer der Förde.' above 'Quelle: Uwe Paulsen'; a Chinese source line
    names an outlet, '来源：科普时报', whose name a check for Chinese names cannot tell from a person's)."""
    if any(settings.cues.photo_agency.fullmatch(v.strip()) for v in values):
        return True
    above = next((line for line in reversed(lines[max(0, i - 2) : i]) if line), "")
    caption = ends_sentence(above) and len(sentences(above)) <= 2 and visual_length(above) <= CAPTION_MAX_CHARS
    return caption and bool(values) and all(not cjk_count(v) and is_person_name(v, settings) for v in values)


def _people(reading: _Reading, settings: Settings) -> tuple[list[str], list[str], str | None]:
    """Authors, editors and publisher from the header's bylines, or from a byline inside the article's first or
    last paragraph; header lines that only repeat one of them go."""
    fields = reading.fields
    keep = settings.article_probability["keep"]

    def paragraph(item: tuple[int, str]) -> bool:
        i, line = item
        return (
            i >= reading.start
            and visual_length(line) >= PARAGRAPH_CHARS
            and (i <= reading.end or not outside_chrome(reading.lines, i, reading.article, keep))
        )

    opening_paragraphs = list(islice(filter(paragraph, reading.kept), OPENING_PARAGRAPHS))
    first = opening_paragraphs[0] if opening_paragraphs else None
    above = [(i, line) for i, line in reading.kept if i < reading.start and is_sentences(line)]
    first = next(((i, line) for i, line in above if opens_with_dispatch(line)), first)  # (captions between)
    for _, line in opening_paragraphs:  # below a dek, perhaps
        if (opening := _OPENING_DATE.match(line)) and (found := find_date(opening["date"])):
            fields["beside_byline"].append(found[0])  # '[14.04.2027] Wer in Hessen Wohngeld beantragt, …'
            break
    last = next(filter(paragraph, reversed(reading.kept)), None)
    if first and last and not reading.layouts and (inline := paragraph_bylines(first[1], last[1], settings)):
        fields["authors"] += [] if fields["authors"] else inline.authors
        fields["editors"] += [] if fields["editors"] else list(inline.editors)
        fields["publisher"] += [] if fields["publisher"] or not inline.publisher else [inline.publisher]
    fields["authors"] = fields["authors"] or fields["names_alone"] or fields["reporter"]  # 'By' wins over names alone
    if not fields["authors"] and not reading.layouts and (signed := _signature(reading, settings)):
        fields["authors"] += signed[0]
        reading.dropped += [line for i, line in reading.kept if i == signed[1]]
        reading.kept = [(i, line) for i, line in reading.kept if i != signed[1]]
    fields["publisher"] = fields["source"] + fields["publisher"]  # a source line wins over an outlet beside names
    named = fields["authors"] + fields["names_alone"] + fields["editors"] + fields["publisher"] + fields["agency"]
    meta_values = {v.casefold() for v in named}
    reading.dropped += [line for i, line in reading.kept if i < reading.start and line.casefold() in meta_values]
    authors = _unique(fields["authors"])
    if not reading.layouts:
        _drop_author_bios(reading, authors, settings)
    publisher = fields["publisher"][0] if fields["publisher"] else None
    publisher = _site_part(publisher, reading) if publisher and not fields["source"] else publisher
    return authors, _unique(fields["editors"]), publisher


def _site_part(outlet: str, reading: _Reading) -> str:
    """Of a byline's outlet joining two names ('三秦都市报—三秦网记者 刘蕾'), the one the page calls itself: its tab
    title's suffix or a line of its own above the body (the masthead, '三秦网'); else the outlet as printed (as a
    source line's always is: '来源：金融时报-中国金融新闻网')."""
    parts = _JOINED_OUTLETS.split(outlet)
    if len(parts) < 2:
        return outlet
    site = {reading.tab_site, *(line.strip() for line in reading.lines[: reading.start])}
    return next((part for part in parts if part in site), outlet)


_JOINED_OUTLETS = re.compile(r"[—/／-]")


OPENING_PARAGRAPHS = 3  # a date in brackets may open one of the first paragraphs (below a dek and a caption)
# a date in brackets opening a paragraph
_OPENING_DATE = re.compile(r"\s*[\[(（【]\s*(?P<date>[^\])）】]{6,24}?)\s*[\])）】]")


def _signature(reading: _Reading, settings: Settings) -> tuple[list[str], int] | None:
    """The authors' names and their line, where some sites sign their articles when no byline named anyone: alone
    on the line right below the body ('… sagt Caviezel.' / 'Andri Casty' / 'Weitere Artikel', or two: 'Hauke
    Brodersen und Kirsten Jessen'), or in brackets as the body's last line ('(Jonas Wiegand) +++')."""
    if not reading.end:
        return None
    below = next((i for i in reading.present if i > reading.end), None)
    last = next((i for i, _ in reversed(reading.kept) if i <= reading.end), None)
    for at, bracketed_only in ((below, False), (last, True)):
        if at is None or settings.cues.chrome_kinds(reading.lines[at]) or _in_release(reading, at):
            continue  # a box's label below the body: 'Weiterführende Links'; a release's: 'Weitere Auskünfte'
        bracketed = _BRACKETED_NAME.fullmatch(reading.lines[at])
        signed = bracketed["name"] if bracketed else "" if bracketed_only else reading.lines[at].strip()
        names = _SIGNATURE_JOINT.split(signed, maxsplit=1)
        if all(len(name.split()) in (2, 3) and is_person_name(name, settings) for name in names):
            return names, at
    return None


_SIGNATURE_JOINT = re.compile(r"\s+(?:und|and|&)\s+")  # two authors signing together
_BRACKETED_NAME = re.compile(r"\s*[(（]\s*(?P<name>[^()（）]{3,40}?)\s*[)）][\s+*#–—-]*")  # '(Jonas Wiegand) +++'


def _drop_author_bios(reading: _Reading, authors: list[str], settings: Settings) -> None:
    """Drops the kept lines that are a bio of one of the article's authors: in the body's second half and after it, a
    line opening with an author's name and a word about that person (a bio follows the article, and a paragraph
    opening it with a name, 'Halo Labs is trying to …', is the article speaking of someone it names); above the body
    or among its last BIO_LINES lines, also a sentence opening with an author's full name and a comma, colon or
    lower-case word ('Jonas Wedekind, Jahrgang 1981, studierte …', '陈立平：东京樱丘大学经济学部教授…'): a story speaks
    of its author in the third person only there."""
    middle = (reading.start + reading.end) // 2
    opening = _full_name_opening(tuple(authors))
    body = [i for i, _ in reading.kept if i >= reading.start]
    edges = {i for i, _ in reading.kept if i < reading.start} | set(body[-BIO_LINES:]) if opening else set()
    bios = {
        i
        for i, line in reading.kept
        if (i > middle and is_author_bio(line, authors, settings))
        or (i in edges and opening and opening.match(line.strip()) and ends_sentence(line))
    }
    reading.dropped += [line for i, line in reading.kept if i in bios]
    reading.kept = [(i, line) for i, line in reading.kept if i not in bios]


BIO_LINES = 2  # a biography stands among the article's last lines


@lru_cache(maxsize=256)
def _full_name_opening(authors: tuple[str, ...]) -> re.Pattern | None:
    """A line opening with one of the authors' full names (two words, or two Chinese characters) and a comma, colon,
    bracket or lower-case word."""
    names = [name for name in authors if " " in name.strip() or cjk_count(name) >= 2]
    alternation = "|".join(map(re.escape, names))
    return re.compile(rf"(?:{alternation})(?:\s+[a-zäöü]|\s*[,:：（(])") if names else None


def _drop_site_pitches(reading: _Reading, sites: list[str], settings: Settings) -> None:
    """Drops the kept lines that name the site (the publisher, or the name the browser tab's title ends in: 'EWN'
    of 'Eyewitness News') and speak to the reader: its subscription, app and support pitches ('Support Times of
    Malta for the price of a coffee.'). The body's last line stands at its edge, where such pitches stand ('Now you
    can read the Jamaica Observer ePaper anytime, anywhere.')."""
    body = range(reading.start, reading.end)
    pitches = {i for i, line in reading.kept if any(is_site_pitch(line, site, i in body, settings) for site in sites)}
    reading.dropped += [line for i, line in reading.kept if i in pitches]
    reading.kept = [(i, line) for i, line in reading.kept if i not in pitches]


def _titles(
    reading: _Reading, people: list[str], publisher: str | None, settings: Settings
) -> tuple[list[TitleCandidate], str | None, int | None]:
    """The title candidates, the publisher (from the site's name when no byline gave one) and the index of
    the standfirst below the headline."""
    meta_values = {v.casefold() for v in people + reading.fields["publisher"] + reading.fields["agency"]}
    points = labelled_points(reading.lines, reading.start, settings) if not reading.layouts else set()
    head = [
        (i, line)
        for i, line in reading.kept
        if i < reading.start and line.casefold() not in meta_values and i not in reading.verdicts | points
    ]
    if reading.given_title:  # the markup named the headline: no other line of the text is taken for it
        head = [(i, line) for i, line in head if line == reading.given_title]
    if reading.rows is None:  # a known layout
        return headlines.title_candidates([line for _, line in head], reading.layouts, settings), publisher, None
    lines = reading.lines
    above = bisect_left(reading.present, reading.start)  # (the headline is looked for above the body only)
    scores = headline_scores([lines[i] for i in reading.present], reading.rows, settings.line_model, above)
    # a dek matters only between a header candidate and a byline close below it
    dek_reach = min(max(reading.bylines, default=0), reading.start + 2 * headlines.BYLINE_REACH + 2)
    headline_at, titles = headlines.headline(
        head,
        per_line(reading.present, len(lines), scores),
        reading.bylines,
        lines[reading.start : reading.end + 1],
        settings,
        frozenset(i for i in range(dek_reach) if lines[i] and is_sentences(lines[i])),
        frozenset(i for i in range(reading.start) if lines[i]) - {i for i, _ in reading.kept},
    )
    if titles and headline_at is not None and not reading.given_title:
        if (below := headlines.headline_below_label(lines, headline_at, settings)) != headline_at:
            headline_at, titles = below, [TitleCandidate(lines[below].strip(), titles[0].language)]
    standfirst = headlines.standfirst(lines, headline_at, reading.bylines, settings)
    if titles:
        title, site = headlines.without_site_name(titles[0].text, lines)
        title = headlines.without_kicker(title, lines)
        titles = [TitleCandidate(title, titles[0].language)]
        masthead = headlines.masthead(lines, title, reading.start, settings)
        tab = site or headlines.story_tab_site(lines, title, settings)  # (a tab wording the headline otherwise)
        if not (masthead or site):  # the tab's site, whatever story the tab tells
            masthead = headlines.tab_site(lines[reading.present[0]])
        names = [site and headlines.site_name(site), masthead]
        if publisher:  # a byline's or source line's outlet, in the fuller form the site's name gives it
            publisher = headlines.fuller_form(headlines.site_name(publisher), names)
        else:
            holder = headlines.copyright_holder(lines)
            if holder and (masthead or site) and settings.cues.company_word.search(holder):
                holder = None  # the company behind the site ('Nation Media Group' for 'Monitor')
            if holder and settings.cues.photo_agency.fullmatch(holder):
                holder = None  # a picture's credit: '© Adobe Stock'
            publisher = headlines.agreed_name(tab, masthead, holder) or headlines.most_named([*names, holder], lines)
            named = [*lines, tab] if tab and _in_words(tab, lines[1:]) else lines  # ('Poynter' for 'poynter.org')
            publisher = publisher and headlines.site_name(headlines.name_of_domain(publisher, named))
    return titles, publisher, standfirst


def _in_words(name: str, lines: list[str]) -> bool:
    """Whether a line names the site in words, not as its domain ('Make a gift to Poynter today'; not 'Hartware.de')."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w]|\.\w)")
    return any(pattern.search(line) for line in lines)


def _kicker(reading: _Reading, title_lines: set[str]) -> int | None:
    """The line right above the headline when it is a few words without a sentence mark or colon: a kicker or a
    section's name ('Strukturwandel', 'TECH'), the page's, not the article's."""
    if reading.layouts:
        return None
    at = next((i for i, line in reading.kept if i < reading.start and line in title_lines), None)
    above = next((j for j in range(at - 1, -1, -1) if reading.lines[j]), None) if at else None
    if above is None:
        return None
    line = reading.lines[above]
    short = heading_words(line) <= KICKER_LINE_WORDS and not any(c in _KICKER_BREAKS for c in line)
    return above if short else None


_KICKER_BREAKS = set(".!?。！？:：")
KICKER_LINE_WORDS = 3  # a kicker right above the headline has at most this many words ('KI-Beben in Dresden')


def _body(
    reading: _Reading, titles: list[TitleCandidate], meta: list[str], standfirst: int | None, settings: Settings
) -> list[str]:
    """The kept lines without the title and the lines around the body that repeat a byline's values or the
    site's name (a masthead, 'RND' signing off the story); outside the body, what the classifier takes for
    page chrome goes too."""
    meta_values = {v.casefold() for v in meta}
    title_lines = {t.text for t in titles}
    keep = settings.article_probability["keep"]
    kept, second_line = dict(reading.kept), None
    kicker = _kicker(reading, title_lines)
    teasers = tail_teasers(reading.lines, reading.end, settings)
    comments = reading.comments
    tags = (
        tag_runs(reading.lines, reading.end) | poll_answers(reading.lines, reading.end, settings)
        if not reading.layouts
        else set()
    )
    toc, toc_headings = table_of_contents(reading.lines, settings) if not reading.layouts else (set(), set())
    echoes = _echoes(reading.lines, reading.start, reading.end) - toc_headings if not reading.layouts else set()
    lists = introduced_lists(reading.lines, reading.start, reading.end, settings) if not reading.layouts else set()
    sentences = (
        sentence_runs(reading.lines, reading.start, reading.end, settings)
        | lists
        | wrapped_tail(reading.lines, reading.end)
        | _closing_sentences(reading, lists, settings)
        | above_closing_editor(reading.lines, reading.end, settings)
        | fact_boxes(reading.lines, reading.start, reading.end, settings)
        | numbered_first_heading(reading.lines, reading.start, reading.end)
        | key_points(reading.lines, reading.start, settings, reading.release is not None, frozenset(title_lines))
        if not reading.layouts
        else set()
    )
    captions = (
        (_below_byline_captions(reading, standfirst, settings) - sentences) | _credited_captions(reading, settings)
        if not reading.layouts
        else set()
    )
    body: list[str] = []
    for i, line in reading.kept:
        head = i < reading.start
        if (head or i > reading.end) and _names_meta(line, meta_values) or i == second_line:
            continue  # (also the site signing off in brackets: '(VOL.AT)')
        stripped = headlines.strip_title(line, reading.layouts) if head else None
        if head and (joined := headlines.continued(line, kept.get(i + 1))) in title_lines:
            title_lines.discard(joined)
            second_line = i + 1  # a headline broken after its colon: both its lines are the title
        elif stripped in title_lines:
            title_lines.discard(stripped)
        elif head and (unkicked := headlines.without_printed_kicker(stripped or "", settings)) in title_lines:
            title_lines.discard(unkicked)  # the headline below its kicker and spaced colon ('Covid-19 : Lässt sich …')
        elif i == kicker or i in captions or (i == reading.present[0] and headlines.tab_site(line)):
            reading.dropped.append(line)  # (a browser tab's title above the page: 'Headline in other words | Site')
        elif i == standfirst or i in reading.verdicts:
            body.append(line)
        elif i in comments or _in_release(reading, i):
            reading.dropped.append(line)  # a comment section (its first comments perhaps taken for the body's end), a
            # press release's contacts and boilerplate
        elif i in echoes or i in toc:
            reading.dropped.append(line)  # the page's widget or template, repeated; a table of contents
        elif reading.layouts or reading.start <= i <= reading.end or (i > reading.end and i in lists):
            body.append(line)  # (below the body, the items of a list a sentence introduces, a button's word in them)
        elif (
            i in teasers | tags
            or (outside_chrome(reading.lines, i, reading.article, keep) and i not in sentences)
            or (is_page_furniture(line, settings) and not _signed(reading, i))
            or is_notice(line, settings)
            or is_chrome_label(line, settings)
            or settings.cues.tag_line.fullmatch(line)
            or settings.cues.is_newsletter_pitch(line)
            or is_reader_call(line, settings)
        ):
            reading.dropped.append(line)  # outside the body: page chrome unless it reads as part of the article
        else:
            body.append(line)
    return body


def _names_meta(line: str, meta_values: set[str]) -> bool:
    """Whether a line outside the body repeats a byline's value or the site's name, as written or as a site's name
    ('財團法人國家政策研究基金會' for the publisher '國家政策研究基金會')."""
    return line.strip("()[]（）").casefold() in meta_values or headlines.site_name(line).casefold() in meta_values


def _closing_sentences(reading: _Reading, lists: set[int], settings: Settings) -> set[int]:
    """The short last sentence right below the body, and below a list further down that closes the article."""
    ends = {reading.end, max([reading.end, *lists])}
    return set().union(*(closing_sentence(reading.lines, end, settings) for end in ends))


def _below_byline_captions(reading: _Reading, standfirst: int | None, settings: Settings) -> set[int]:
    """Between the header's last byline or dateline and the body, a single sentence standing alone (no sentence
    right above or below it there, as key points stand in a row): the lead picture's caption ('A robotic harvester
    … sorts sweet potatoes on a farm near Wilson on Tuesday.'), not the dek, which stands above the byline, nor
    key points, nor the lead paragraph above the picture's own caption and credit."""
    header = [b for b in reading.bylines if b < reading.start]
    if not header:
        return set()
    last_byline = max(header)
    zone = [i for i in range(last_byline + 1, reading.start) if reading.lines[i]]
    found = set()
    for k, i in enumerate(zone):
        line = reading.lines[i]
        if i == standfirst or not line.endswith(".") or heading_words(line) < CAPTION_MIN_WORDS:
            continue  # (a Chinese dek stands there as often as a caption)
        around = zone[max(0, k - 1) : k] + zone[k + 1 : k + 2]
        if _caption_below(reading.lines, zone[k + 1 : k + 3], settings):
            continue  # the lead paragraph above the picture's own caption and credit
        above = zone[k - 1] if k else last_byline
        above_line = reading.lines[above]
        below_chrome = above in reading.bylines or bool(settings.cues.chrome_kinds(above_line))
        below_chrome = below_chrome or not without_times(above_line).strip()  # the dateline's time alone: '6:00AM'
        if below_chrome and len(sentences(line)) == 1 and not any(ends_sentence(reading.lines[j]) for j in around):
            found.add(i)  # (below a box's own heading, 'Key points', a sentence is the box's)
            credit = zone[k + 1] if k + 1 < len(zone) else None
            if credit is not None and is_person_name(reading.lines[credit], settings):
                found.add(credit)  # its photographer's name alone below it ('Kenzie Bruhn')
    return found


def _caption_below(lines: list[str], below: list[int], settings: Settings) -> bool:
    """Whether the two lines below are a caption of no sentence and its credit ('Ledgerly founders Priya Anand and
    Callum Reid' / 'Image: Ledgerly')."""
    return len(below) == 2 and not ends_sentence(lines[below[0]]) and bool(settings.cues.credit.match(lines[below[1]]))


def _credited_captions(reading: _Reading, settings: Settings) -> set[int]:
    """Below the page's first byline or dateline, each caption closed by its photographer's name, and each caption
    closed by its reporter's photograph ('。记者 刘洋 摄'; regions.py), except one further down than the lead picture
    that opens with the day the picture was taken ('2月17日，在武汉血液中心…。新华社记者 才扬 摄'): a photo story's
    caption, which a copy of the page counts as the article's."""
    if not reading.bylines:
        return set()
    below = [i for i in reading.present if i > min(reading.bylines)]
    lines = reading.lines
    named = {i for i in below if is_caption_with_name(lines[i], settings) or is_credit_below_caption(lines, i)}
    photos = [i for i in below if is_reporter_photo_caption(lines[i])]
    return named | {
        i for i in photos if _paragraphs_above(reading, i) <= LEAD_CAPTION_PARAGRAPHS or not _DAY_FIRST.match(lines[i])
    }


_DAY_FIRST = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")  # a caption opening with the picture's day: '2月17日，'


def _paragraphs_above(reading: _Reading, i: int) -> int:
    """Paragraphs of sentences between the body's start and line i."""
    return sum(1 for j in range(reading.start, i) if ends_sentence(reading.lines[j]) and is_sentences(reading.lines[j]))


LEAD_CAPTION_PARAGRAPHS = 1  # the lead picture stands above the body's second paragraph at the latest


def _echoes(lines: list[str], start: int, end: int) -> set[int]:
    """The lines a page repeats as its own: outside the body (`start` to `end`), each line that stands there more
    than once and is no sentence (a menu item repeated as kicker and tag: 'Dresden' three times); inside it, a
    line of ECHO_WORDS words at most, no sentence nor label, that the text holds more than once (a widget between
    paragraphs: 'Article content', 'Story continues below'), or such a line standing ECHO_TIMES times even as a
    sentence ('Advertise with NZME.' under each ad), or the header printed again (header_again). Never the
    article's text."""
    present = [i for i, line in enumerate(lines) if line]
    outside = Counter(lines[i] for i in present if not start <= i <= end)
    everywhere = Counter(lines[i] for i in present)

    def widget(line: str) -> bool:
        if everywhere[line] < 2 or not 2 <= len(line.split()) <= ECHO_WORDS:
            return False
        return everywhere[line] >= ECHO_TIMES or not (
            is_sentences(line) or ends_sentence(line) or line.endswith((":", "："))
        )

    header = {lines[i] for i in present if i < start}
    again = header_again(lines, [i for i in present if start <= i <= end], header)

    def echoed(i: int) -> bool:
        if start <= i <= end:
            return widget(lines[i]) or i in again
        return outside[lines[i]] > 1 and not is_sentences(lines[i])

    return {i for i in present if echoed(i)}


ECHO_WORDS = 6  # a widget repeated between paragraphs is short ('Story continues below')
ECHO_TIMES = 3  # a short line standing so often is the page's, sentence or not


def _byline_or_dateline(
    lines: list[str], i: int, names_alone: bool, in_head: bool, fields: dict[str, list[str]], settings: Settings
) -> bool:
    """Reads line i into `fields` when it is short and names the authors (and outlet) or only gives the date;
    whether it did. Whole sentences are never bylines; names without 'By' count only where `names_alone`
    (not on a text's first line, which is its headline). Fields between bars are read before the line is
    judged a sentence: the dots of a date and of 'Min.' are no sentence marks ('Veröffentlicht: 20.11.2026
    09:15 | Lesezeit: 3 Min.')."""
    line = _listed_fact(lines, i, settings)
    parts = _FIELD_SEPARATOR.split(line)
    if visual_length(line) > 120 and not (len(parts) > 2 and max(map(visual_length, parts)) <= FIELD_CHARS):
        return False  # (a long line of short fields: 'Written By: … | Edited By: … | Published: … | Updated: …')
    if len(parts) > 1:  # 'By Jane Doe | Published March 3, 2025 | AI'
        player = settings.cues.credit.match(line)  # 'Audio: Antenne Brandenburg | 20.04.2027 | Marie Asmussen'
        bylines = [found for part in parts if not player and (found := read_byline(part, settings))]
        dates = [
            (date, part) for part in parts if (date := date_line(part)) and not closes_range(line, line.find(part))
        ]
        if dates and not bylines and names_alone and not player:  # 'Julia Steinhoff / Oktober 25 2023'
            bylines = [found for part in parts if (found := read_name_line(part, parts, settings))]
            masthead = [name for found in bylines for name in found.authors if name in lines[:i]]  # alone above
            if masthead:  # 'Deutschlandfunk Nova | Update | 18.02.2027': the site, no one's name
                fields["publisher"] += masthead
                bylines = []
        for each in bylines:
            _take_byline(each, "", in_head, fields, settings)
        for date, part in sorted(dates, key=lambda found: is_update(found[1]))[:1]:  # 'Updated: … | Published: …'
            _add_date(fields, date, part, settings)
        if dates and not bylines and (outlet := dateline_outlet(line, settings)):
            fields["publisher"].append(outlet)  # '钛媒体 · 2025-03-05 14:22'
        if bylines or dates:
            fields["publisher"] += _sources(parts, settings)  # '来源：经济日报 | 作者：王晓岚 | 2027-11-09 09:18:36'
            return True
    unnamed = not fields["authors"] and not fields["names_alone"]
    if in_head and unnamed and (bio := read_bio_byline(line, settings)):
        _take_byline(bio, "", in_head, fields, settings)
        return True  # 'Alex Hargreaves is Associate Editor at Wonkhe' below the dek
    if is_sentences(without_times(line)) and not date_line(line):  # 'By … Globe Staff,Updated November 17, 2026, 5:38
        return False  # p.m.' (a date's dots make no sentence: 'Dorottya Szalai 2026.11.05.')
    if byline := (
        read_byline(line, settings)
        or _byline_before_site_name(line, lines, settings)
        or (unnamed and _names_before_site_name(line, lines, settings))
    ):
        _take_byline(byline, line, in_head, fields, settings)
        return True
    if names_alone and (alone := read_name_line(line, _neighbours(lines, i), settings)):
        if _names_the_site(alone.authors, lines[:i]):
            fields["publisher"] += alone.authors  # the site's name again beside the date ('Deutschlandfunk Nova')
            return True
        # names alone after names and a date are a picture's credit ('Marcus Ortega, USA TODAY' below a caption),
        # unless they stand right below those names (one author a line: 'Priya Natarajan, University of Leeds')
        read = fields["names_alone"]
        credit = read and (fields["date"] or fields["published"]) and not _right_below(lines, i, read[-1], settings)
        taken = (in_head and not credit) or not fields["names_alone"]
        fields["names_alone"].extend(alone.authors if taken else [])
        named = fields["authors"] or not taken  # (below the story, a job ad's employer: 'Harrison County Schools, WV')
        fields[_outlet_field(alone, settings)].extend(
            [alone.publisher] if alone.publisher and (in_head or not named) else []
        )
        return True
    date = date_line(line)
    if date:
        _add_date(fields, date, line, settings)
        fields["publisher"].extend([outlet] if (outlet := dateline_outlet(line, settings)) else [])
        fields["authors"].extend([poster] if (poster := dateline_poster(line, settings)) else [])
    return bool(date)


def _names_the_site(names: list[str], above: list[str]) -> bool:
    """Whether a name printed alone is the site's: the browser tab's title (the first line) ends in it and a line
    above prints it alone (the logo)."""
    first = next((line for line in above if line), "")
    return len(names) == 1 and first.endswith(names[0]) and first != names[0] and names[0] in above


_CHINESE_LABEL = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,4}[:：])")  # a space before the next fact's label


def _labelled_date(line: str, settings: Settings) -> str | None:
    """The date a publication label gives in a Chinese line of labelled facts, which are no byline and too long
    for a dateline ('发布日期：2016-11-22 浏览次数：1024 信息来源：省发改委')."""
    if not cjk_count(line):
        return None
    facts = _CHINESE_LABEL.split(line.strip())
    dated = [date for fact in facts if settings.published_label.match(fact) and (date := date_line(fact))]
    return dated[0] if len(facts) > 1 and dated else None


def _sources(parts: list[str], settings: Settings) -> list[str]:
    """The outlets that parts of a byline's line name behind a source label ('来源：经济日报')."""
    labelled = [(part, settings.byline_chinese.match(part)) for part in parts]
    values = [part[label.end() :].strip() for part, label in labelled if label and label.lastgroup == "publisher"]
    values = [_OUTLETS_JOINED.split(value, 1)[0].strip() for value in values]  # '人民网－人民日报': the first
    return [value for value in values if 2 <= visual_length(value) <= SOURCE_CHARS]


_OUTLETS_JOINED = re.compile(r"[／/、－]")


SOURCE_CHARS = 30


def _listed_fact(lines: list[str], i: int, settings: Settings) -> str:
    """Line i, without its bullet when it opens with a byline's label beside a list item giving a date: a post's
    facts printed as a list ('* von Alexander Rosenkranz' / '* 09.03.2022'), not a menu's entry."""
    if not is_list_item(lines[i]) or not settings.byline_prefixes.match(item := list_item_text(lines[i])):
        return lines[i]
    beside = [list_item_text(line) for line in _neighbours(lines, i, reach=1) if is_list_item(line)]
    return item if any(map(date_line, beside)) else lines[i]


FIELD_CHARS = 50  # a field of a byline's line is short
_FIELD_SEPARATOR = re.compile(r"\s*\|\s*|\s+[｜/·•—–]\s+")  # also "Nov. 13, 2026, 5:00 AM EST / Updated Nov. 13, …"


def _add_date(fields: dict[str, list[str]], date: str, line: str, settings: Settings) -> None:
    if _PRINTED_ON.search(line):
        return  # a print view's day of printing ('Gedruckt am: 14.04.2027, 08:52 Uhr'), not the story's
    fields["published" if settings.published_label.search(line) else "date"].append(date)


_PRINTED_ON = re.compile(
    r"\b(?:gedruckt am|printed on|printed at|druckdatum|print date)\b|打印日期|列印日期|打印时间|列印時間", re.I
)


def _take_byline(byline: Byline, line: str, in_head: bool, fields: dict[str, list[str]], settings: Settings) -> None:
    """A byline's names, outlet (or agency) and (from its `line`) date into `fields`. Below the article, names
    and their outlets under teasers and comments are no byline once the header named someone (a line naming only the
    source still names it: '责任编辑：庞晓雯 来源：51CTO.com')."""
    named = bool(fields["authors"] + fields["names_alone"])
    if not named or in_head:
        fields["authors"].extend(byline.authors)
    fields["editors"].extend(byline.editors)
    if byline.publisher and (not named or in_head or not byline.authors):  # ('Harrison County Schools, WV')
        fields[_outlet_field(byline, settings)].append(byline.publisher)
    fields["date"].extend([found[0]] if (found := find_date(line)) else [])


def _outlet_field(byline: Byline, settings: Settings) -> str:
    """The field of a byline's outlet: 'agency' for a news agency beside the authors ('Lachlan Price and AAP'),
    the publisher only when nothing else names one; else 'publisher'."""
    outlet = byline.publisher
    return "agency" if outlet and byline.authors and outlet.casefold() in settings.agencies else "publisher"


def _right_below(lines: list[str], i: int, name: str, settings: Settings) -> bool:
    """Whether the nearest non-empty line above line i begins with `name`, or the one above the name's card lines:
    its role ('Maya Rosen' / 'Senior Reporter' / 'Daniel Okafor'), handle and button ('Léa Martin' / 'lmartin' /
    'Follow' / 'Jonas Lindholm')."""
    above = [line for line in reversed(lines[max(0, i - 8) : i]) if line][:4]
    while len(above) > 1 and _on_card(name, above[0], settings):
        above = above[1:]
    return bool(above) and above[0].startswith(name)


def _on_card(name: str, line: str, settings: Settings) -> bool:
    """Whether a line below a name belongs to its author card: a role, the user handle or a button ('Follow')."""
    button = len(line.split()) <= 2 and bool(
        settings.cues.chrome_kinds(line) or settings.cues.call_to_action.match(line)
    )
    return button or is_role(line, settings) or is_handle_of(name, line)


def _byline_before_site_name(line: str, lines: list[str], settings: Settings) -> Byline | None:
    """A 'By' line with the site's name glued to its names ('By Natalie Dorsey Global News'), read as if a comma
    stood before the name: the name some other line prints alone (the masthead's 'Global News')."""
    if not settings.byline_prefixes.match(line):
        return None
    site = next(
        (
            other
            for other in lines
            if other != line
            and len(other) >= 3
            and len(other.split()) <= headlines.MASTHEAD_WORDS
            and line.endswith(f" {other}")
        ),
        None,
    )
    return read_byline(f"{line.removesuffix(site).rstrip()}, {site}", settings) if site else None


def _names_before_site_name(line: str, lines: list[str], settings: Settings) -> Byline | None:
    """Names, a comma and the name some other line prints alone (the masthead's), without 'By': 'Dr. Henrik Voss,
    CHEManager'. (Only while no byline named anyone: below a caption, 'Marcus Ortega, USA TODAY' credits a picture.)"""
    names, comma, site = line.rpartition(", ")
    printed = comma and len(site.split()) <= headlines.MASTHEAD_WORDS and site in lines
    listed = "," in names  # a list of sections ('Artificial Intelligence, Biglaw, Technology'), no name and site
    return (
        read_byline(f"By {names}, {site}", settings)
        if printed and not listed and 2 <= len(names.split()) <= 4
        else None
    )


def _neighbours(lines: list[str], i: int, reach: int = 2) -> list[str]:
    """The `reach` non-empty lines before and after line i."""
    before = [line for line in lines[max(0, i - 6) : i] if line][-reach:]
    after = [line for line in lines[i + 1 : i + 7] if line][:reach]
    return before + after


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a text, trimmed, with hard-wrapped paragraphs joined."""
    return [line for line in unwrap([line.strip() for line in text.split("\n")]) if line]


def unwrap(lines: list[str], copied: bool = False) -> list[str]:
    """Joins hard-wrapped lines (a text wrapped at a fixed width) back into paragraphs.

    A line is taken as wrapped when the next line's first word would not have fitted behind it, the rule
    a wrapping editor follows; short lines (bylines, headings) are never joined. A text `copied` from a page with
    a blank line after every line (an e-paper's columns) is unwrapped as if the blanks were not there (an extracted
    page's one paragraph a line, blank lines between them, is not).
    """
    lengths = [visual_length(line) for line in lines if line]
    if len(lengths) < 6:
        return lines
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    near_width = sum(1 for n in lengths if n >= width * 0.85)
    relaxed = near_width < len(lengths) * 0.5  # (a long text below a header of short lines: a clipping's fields)
    if width > 160 or (relaxed and not _long_wrapped_text(near_width, len(lengths))) or median(lengths) < 20:
        return lines
    if copied and not any(line and below for line, below in zip(lines, lines[1:], strict=False)):
        return [part for line in unwrap([line for line in lines if line]) for part in (line, "")][:-1]
    joined: list[str] = []
    previous = ""  # the physical line before, as it was in the file
    for line in lines:
        if joined and previous and line and _was_wrapped(previous, line, width):
            chinese = visual_length(line[0]) == 2 and visual_length(previous[-1]) == 2
            hyphenated = (
                previous.endswith("-") and previous[-2:-1].isalpha()
            )  # 'KI-' / 'Agenten', 'qualifi-' / 'cation.'
            separator = "" if chinese or hyphenated else " "
            joined[-1] = joined[-1] + separator + line
        else:
            joined.append(line)
        previous = line
    if relaxed and len(lines) - len(joined) < near_width // 2:
        return lines  # (a wrapped column only when most of the lines near its width were wrapped)
    return joined


def _was_wrapped(previous: str, line: str, width: int) -> bool:
    """A wrapping editor moves a word to the next line only when it does not fit on the line before."""
    first_word = line.split(" ", 1)[0] if visual_length(line[0]) == 1 else line[0]
    length = visual_length(previous)
    return length + 1 + visual_length(first_word) > width and width * 0.6 <= length <= width * WRAP_SLACK


WRAP_SLACK = 1.1  # a wrapped line is no longer than the text's width (its 90th percentile length), give or take


def _long_wrapped_text(near: int, lines: int) -> bool:
    """Whether a text with fewer than half its lines near its width may still be wrapped: WRAPPED_SHARE of them, in a
    long text (a header of short lines, a clipping service's fields, stands above the wrapped column)."""
    return near >= lines * WRAPPED_SHARE and near >= WRAPPED_LINES


WRAPPED_SHARE = 0.4
WRAPPED_LINES = 20


def _signature_matches(layout: Layout, lines: list[str]) -> bool:
    non_empty = [line for line in lines if line]
    window = non_empty[: layout.signature_lines] + non_empty[-15:]
    return all(any(p.fullmatch(line) for line in window) for p in layout.signature)


def _is_language_bar(line: str, names: tuple[str, ...]) -> bool:
    if not _any_of(names).search(line):  # most lines name no language at all
        return False
    rest, found = line, 0
    for name in names:
        if name in rest:
            found += rest.count(name)
            rest = rest.replace(name, " ")
    return found >= 4 and len(rest.replace(" ", "")) <= len(line) * 0.3


def _in_translations(reading: _Reading, i: int) -> bool:
    """A line of the page's list of the article's translations: a language's name alone ('Français'), or the line
    below one in a list that sets each name above the headline in that language ('English' / 'Geneva start-up
    wants …' / 'Français' / 'Une start-up genevoise …'), where TRANSLATION_NAMES names stand alone within
    TRANSLATION_REACH lines. A language selector (names only) leaves the line below it alone."""
    named = reading.language_lines
    nearby = [k for k in named if abs(k - i) <= TRANSLATION_REACH]  # (most pages: no language's name alone)
    if len(nearby) < TRANSLATION_NAMES or not any(k <= i for k in nearby):
        return False
    present = reading.present
    k = bisect_left(present, i)
    alone = [0 <= j < len(present) and present[j] in named for j in (k - 3, k - 2, k - 1, k, k + 1)]
    return alone[3] or alone[2] and (alone[4] or not alone[1] and alone[0])


TRANSLATION_NAMES = 2  # languages' names alone, near each other: a list of translations
TRANSLATION_REACH = 6


@lru_cache(maxsize=4)
def _language_set(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(names)


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


def _unique(values: list[str]) -> list[str]:
    seen, result = set(), []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return result
