"""The headline of a source and the name of the site it comes from.

From a site no layout knows, the headline is the line before the body that the line model's headline
scores rank highest, among lines that may be one (no caption, credit, dateline, repost note or line of
chrome words); a site-name suffix ('… - DER SPIEGEL', '…_新浪科技') goes when the page also shows the
headline without it. The site's name comes from that suffix, the masthead or the copyright line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .bylines import date_line, is_age, is_reading_time, read_byline
from .dates import find_date
from .language import detect_language
from .models import TitleCandidate
from .regions import (
    GALLERY_LINK,
    ends_sentence,
    is_page_furniture,
    is_sentences,
    is_stock_quote,
    is_teletext_header,
    is_wiki_tagline,
    mostly_chinese,
    without_domain_end,
    without_site_word,
)
from .rules import apply_rules
from .settings import Layout, Settings
from .sources import page_headline
from .structure import is_list_item
from .text import Echo, cjk_count, heading_words, visual_length, without_link_numbers

_TITLE_SEPARATORS = re.compile(r"\s*[|｜]\s*$")
_BULLET_MARK = re.compile(r"^(?:[*+•·]|\d{1,2}\.|正在阅读[:：]|正在閱讀[:：])\s*(?=\S)")
# Captions and deks end with a full stop (a shortened headline with an ellipsis may not) or hold two sentences:
# such a line weighs less, as a few headlines do too ('… Community? So Do We.', '… after Cold Wave Alert Tues.').
_SENTENCES = re.compile(r"(?<![.…])[.。]$|[^\W\d_]{3,}\.\s+[A-ZÄÖÜ]|。\s*\S")
# Any full stop between words (lowercase after it too): three sentences and more are prose, never a headline.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3,}\.\s+\S|。\s*\S")
# An address, a handle or a repost's note of the original title ('（原标题：…）') is never the page's headline.
_NOT_HEADLINE = re.compile(r"@|https?://|www\.|^[(（]?(?:本文)?原[标標]题[:：]")
_LIST_ITEM = re.compile(r"^[*+•·o▪◦]\s+(?=\S)")  # a text copy's list item: a menu entry or a teaser, not the <h1>
_NAVIGATION = re.compile(r"^[«‹←]\s|\s[»›→]$")  # '« Previous post', 'Next post »'
_BREADCRUMB_TAIL = re.compile(r"^(?:[^>›»]{1,40}\s[>›»]\s)+(?=\S.{15,})")  # 'Home > News > Headline'
# A text copy sets elements of one row on one line: a wide gap parts them ('Suche      Der Tag, an dem …      Mehr zu'),
# and a kicker before its own colon keeps the space of its element ('Abstandsregeln und Fieberkontrollen : Wie …').
_GAP = re.compile(r"\s{3,}|\t")
_KICKER = re.compile(r"^[^:]{2,100}?\s:\s+(?P<headline>\S.*)$")
_GLUED_WORDS = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")  # two elements' words without a space: 'JargonsBusiness'
CRUMB_WORDS = 4  # breadcrumb words a text copy may glue before a headline
BODY_HEADLINE_LINES = 5  # the headline printed alone again may open the body's lines
KICKER_HEADLINE_WORDS = 3  # what follows a kicker's colon is the headline when it has this many words


def strip_title(line: str, layouts: list[Layout]) -> str:
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


def title_candidates(head: list[str], layouts: list[Layout], settings: Settings) -> list[TitleCandidate]:
    """The first head line if it reads like a title, plus directly following title lines in other
    languages (translated pages print the original title and the translated headline)."""
    titles: list[TitleCandidate] = []
    for line in head:
        text = strip_title(line, layouts)
        if not text or not _is_title_like(text, settings):
            break
        language = detect_language(text, settings.languages)
        if titles and language in {t.language for t in titles}:
            break
        titles.append(TitleCandidate(text, language))
    return titles


def may_be_headline(line: str, settings: Settings) -> bool:
    """Not a caption (or any line naming a picture credit), dateline, breadcrumb, handle or address, not without a word,
    not mostly chrome words, not a widget's words ('No results', 'Drop us a line') and not broken off (ending
    in a comma or a word no heading ends with: 'Roasted Chicken with'), not a label over key points ('In summary')."""
    return not (
        _NOT_HEADLINE.search(line)
        or _NAVIGATION.search(line)
        or len(_SENTENCE_BREAK.findall(line)) >= 2
        or (settings.cues.credit.search(line) and not _gallery_headline(line))
        or settings.cues.credit_opening.match(line)  # 'Provided by Lakeshore Vision Systems', 'Courtesy of …'
        or "©" in line
        or settings.cues.is_notice(line)  # 'An official website of the United States government'
        or _BRACKETED_NOTE.fullmatch(line.strip())  # '(This content is not subject to review by … staff …)'
        or line.lstrip().startswith("——")  # a Chinese subtitle below the headline: '——多地探索普惠算力服务…'
        or _CLOSING_LABELLED_CREDIT.search(line)  # a caption: '… in Stadthagen entlasten. Quelle: Anja Peters'
        or not any(c.isalpha() for c in line)
        or settings.cues.chrome_share(line) >= 0.3
        or settings.cues.widget.search(line)
        or settings.cues.broken_off.search(line)
        or (any(c.isdigit() for c in line) and find_date(line))
        or _is_breadcrumb(line)
        or line.strip().rstrip(":：").casefold() in settings.cues.key_point_labels  # 'In summary' over the summary
        or _DURATION_FIRST.match(line)  # an episode's or a video's entry: '02:40 Ein Rechenzentrum so groß …'
        or is_stock_quote(line)  # 'ISIN: CA65343R1073 | WKN: A3EZ7N'
        or is_reading_time(line)  # a reader view's '6–7 minutes'
        or is_wiki_tagline(line)  # 'Aus Wikinews, der freien Nachrichtenquelle'
        or is_teletext_header(line)  # 'P104 NMS CEEFAX 104 Mon 12 Jul 13:03/11'
        or _BRACKETED_PICTURE_NOTE.search(line)
        and settings.cues.picture_note.search(line)  # '… regeln. (Archivbild)'
    )


_CLOSING_LABELLED_CREDIT = re.compile(
    r"[.!?。]\s*(?:quelle|foto|fotos|bild|photo|credit|source|image|图|圖)\s*[:：]\s*[^.:：。]{2,60}$", re.I
)
_BRACKETED_NOTE = re.compile(r"[(（][^()（）]{12,}[.。][)）]")  # a sentence in brackets: a note, no headline
_BRACKETED_PICTURE_NOTE = re.compile(r"[(\[（][^()\[\]（）]{3,30}[)\]）]\s*$")  # a caption's closing '(Symbolbild)'


def _gallery_headline(line: str) -> bool:
    """A gallery's headline behind its label ('Photos: AI-guided lifts move into Coachella Valley date groves'), not a
    picture's credit ('Fotos: picture alliance / dpa'): GALLERY_HEADLINE_WORDS words at least, some in lower case."""
    label = _GALLERY_LABEL.match(line)
    words = line[label.end() :].split() if label else []
    return len(words) >= GALLERY_HEADLINE_WORDS and sum(word[:1].islower() for word in words) >= GALLERY_LOWER_WORDS


_GALLERY_LABEL = re.compile(r"\s*(?:in\s+)?(?:photos|pictures|fotos|bilder)\s*:\s*", re.I)
GALLERY_HEADLINE_WORDS = 6
GALLERY_LOWER_WORDS = 3
_DURATION_FIRST = re.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?=\S)(?!(?:uhr|am|pm|a\.m\.|p\.m\.)\b)", re.I)


def _is_breadcrumb(line: str) -> bool:
    """A trail of short sections between '>' marks ('首頁 > 動腦新聞 > 數位行銷', 'Home › Tech', after its label:
    '您当前的位置 ： 厦门网 -> 厦门新闻'), no headline at its end."""
    parts = _CRUMB_MARK.split(line.strip())
    if len(parts) >= 2:
        parts[0] = _CRUMB_LABEL.sub("", parts[0], count=1)
    return len(parts) >= 2 and all(0 < visual_length(part) <= CRUMB_CHARS for part in parts)


_CRUMB_MARK = re.compile(r"\s*(?:-+>|[>›»→])\s*")  # 'Home > Tech', '厦门网 -> 厦门新闻'
_CRUMB_LABEL = re.compile(r"^[^:：]{1,15}[:：]\s*")  # what names the trail: '您当前的位置：', 'Sie sind hier:'
CRUMB_CHARS = 20  # a breadcrumb's section name is short; a headline at a trail's end is longer


def headline(
    head: list[tuple[int, str]],
    scores: list[float],
    bylines: list[int],
    body: list[str],
    settings: Settings,
    prose: frozenset[int] = frozenset(),
    dropped: frozenset[int] = frozenset(),
) -> tuple[int | None, list[TitleCandidate]]:
    """The headline of a source from a site no layout knows and its line's index: of the lines before the
    body, the one the headline model scores highest (it was trained on real pages to tell headlines from menu
    entries, breadcrumbs, ad markers, captions and bylines), weighed up when a byline or dateline follows it
    closely, as it follows a headline on news pages, and by how much of it the body repeats (`body`: the
    article's lines); weighed down when it is a list item or reads as sentences. (`dropped`: the header's lines
    read as chrome already, a caption among them.)"""
    if not head:
        return None, []
    following = dict(head)
    candidates = [item for item in head if may_be_headline(item[1], settings)] or head
    # the browser tab's title; a line telling its story above a picture's credit is the headline
    tab = _tab_parts(head[0][1]) or _unsuffixed_tab(head, settings)

    def caption(i: int, line: str) -> bool:
        if not _above_credit(i, following, bylines, dropped, settings):
            return False
        return not (tab is not None and i != head[0][0] and _same_story(tab[0], line, settings, TAB_TOLD))

    candidates = [item for item in candidates if not caption(*item)] or candidates
    printed = [item for item in candidates if not (tab and item[0] == head[0][0])]  # (never the tab's title)
    above_bylines = _topmost_above(printed, bylines, prose, {i for i, _ in head})
    echo = Echo(body, settings.cues.function_words) if len(candidates) > 1 else lambda line: 0.0
    at, best = max(
        candidates,
        key=lambda item: (
            (scores[item[0]] + ECHO_BASE)
            * (BYLINE_BONUS if item[0] in above_bylines else 1)
            * _shape_weight(item[1], following.get(item[0] + 1), item[0] in above_bylines)
            * (1 + ECHO_WEIGHT * echo(item[1]))
        ),
    )
    header_bylines = [b for b in bylines if b < head[-1][0]]  # (not a signature's date below the body)
    below = {i for i, _ in candidates if header_bylines and i > max(header_bylines)}  # below the byline or dateline
    first = at == head[0][0]
    best_tab = tab if first else _tab_parts(best)
    at, best = _printed_over_tab(
        at, best, best_tab, candidates, (above_bylines, below), echo if first else None, settings
    )
    at, best = _telling_the_tabs_story(at, best, candidates, head[0][1], settings)
    at, best = _above_its_dek(at, best, candidates)
    at, best = _over_subtitle(candidates, following) or (at, best)
    if tab is not None and at == head[0][0]:
        at, best = (
            _over_dek_and_byline(printed, above_bylines, prose, bylines, scores, set(following))
            or _over_its_dek(printed, following, scores)
            or (at, best)
        )
    opening = [(at, line) for line in body if line][:BODY_HEADLINE_LINES]  # (the chosen line's index stays)
    at, best = _without_glued_crumbs(at, best, candidates + opening, settings)
    at, best = _below_trail(at, best, following, settings)
    if (joined := continued(best, following.get(at + 1))) is not None:
        at, best = at + 1, joined  # (the standfirst is looked for below the headline's second line)
    text = _without_site_suffix(strip_title(_BULLET_MARK.sub("", _BREADCRUMB_TAIL.sub("", best)), []), at, head, tab)
    text = without_printed_kicker(_widest_part(text), settings)
    return at, [TitleCandidate(text, detect_language(text, settings.languages))] if text else []


def _without_site_suffix(line: str, at: int, head: list[tuple[int, str]], tab: tuple[str, str] | None) -> str:
    """The headline without a short site-name suffix ('… | Site') when it is the page's first line (the browser
    tab's title) or the suffix names the site (the tab's, or a line of the header); a printed headline keeps its
    second part ('ROUNDUP: Quantara hebt nach KI-Boom Prognose an - Aktie mit Kurssprung')."""
    if at == head[0][0]:
        return page_headline(line, [])
    suffix = _SITE_SUFFIX.match(line)
    site = suffix["site"].strip() if suffix else None
    named = site is not None and (tab is not None and site == tab[1] or any(text == site for _, text in head))
    return page_headline(line, []) if named else line


def _printed_over_tab(
    at: int,
    best: str,
    tab: tuple[str, str] | None,
    candidates: list[tuple[int, str]],
    printed_at: tuple[set[int], set[int]],
    echo: Callable[[str], float] | None,
    settings: Settings,
) -> tuple[int, str]:
    """The headline the page prints above its byline rather than the browser tab's title of the same story in
    other words ('… to create 240 jobs in AI security push | BelfastTelegraph.co.uk' over '… to create 240 jobs
    as it bets on AI-powered defence'): the topmost such candidate sharing TAB_SHARED_WORDS of its words with the
    tab's title or, if none does and the chosen line is the page's first (the tab itself; else `echo` is None),
    with the article's body ('西湖边的老茶农，请来了“AI主播”' for the tab's 'AI主播帮龙井茶农卖茶 线上销售额翻番').
    `tab`: the chosen line read as a tab's title and site name, or None."""
    if tab is None:
        return at, best
    above, below = printed_at
    printed = [(i, line) for i, line in candidates if i in above and i != at]
    alike = [item for item in printed if _same_story(tab[0], item[1], settings)]
    if not alike:  # below the byline or dateline, where a caption may stand: most of the tab's story, told in a
        # heading rather than in the sentences of the dek below it ('Ein neues Forschungsprojekt … soll …. Drei …')
        alike = [
            (i, line)
            for i, line in candidates
            if i in below
            and heading_words(line) >= TAB_TITLE_WORDS
            and not is_sentences(line)
            and _same_story(tab[0], line, settings, TAB_TOLD)
        ]
    if not alike and echo is not None and tab[1]:  # (a tab naming no site may be the page's own first line)
        alike = [item for item in printed if echo(item[1]) >= TAB_SHARED_WORDS]
    return alike[0] if alike else (at, best)


def _over_dek_and_byline(
    printed: list[tuple[int, str]],
    above: set[int],
    prose: frozenset[int],
    bylines: list[int],
    scores: list[float],
    head: set[int],
) -> tuple[int, str] | None:
    """The printed headline above its dek and byline, in other words than the browser tab's title ('Die Denkfabrik
    am Zugersee' over 'Ein Zuger Start-up baut …' and 'Reto Imhof', the tab 'Zuger KI-Firma Alpveritas: Die Schweiz
    als Fluchtort'): a line the headline model rates PRINTED_HEADLINE_SCORE at least, right above the byline's
    candidates with sentences between it and the byline, or right above the byline itself ('Lehigh Valley doctors are
    letting AI take their notes. Patients are being asked first.' over 'By Rachel Mancini')."""
    for i, line in printed:
        below = [b for b in bylines if b > i]
        if not (scores[i] >= PRINTED_HEADLINE_SCORE and below):
            continue
        right_above = below[0] - i <= BYLINE_REACH and not any(i < j < below[0] for j in head)
        if (i in above and any(i < j < below[0] for j in prose)) or right_above:
            return i, line
    return None


PRINTED_HEADLINE_SCORE = 0.3


def _over_its_dek(
    printed: list[tuple[int, str]], following: dict[int, str], scores: list[float]
) -> tuple[int, str] | None:
    """The printed headline right above its dek, in other words than the browser tab's title ('Greifen lernen im
    Schichtbetrieb' over 'Ein neues Forschungsprojekt … soll …. Drei Unternehmen …', the tab 'Roboter lernen aus
    Fehlgriffen: TU Berlin startet Projekt …'): the first line the headline model rates PRINTED_HEADLINE_SCORE at
    least whose next line reads as sentences."""
    for i, line in printed:
        below = next((following[j] for j in range(i + 1, i + 3) if j in following), None)
        if scores[i] >= PRINTED_HEADLINE_SCORE and not is_sentences(line) and below and is_sentences(below):
            return i, line
    return None


def _over_subtitle(printed: list[tuple[int, str]], following: dict[int, str]) -> tuple[int, str] | None:
    """The printed headline right above its subtitle, which a Chinese page opens with a dash ('一张“算力券”带来的变化'
    over '——多地探索普惠算力服务…'), whatever line the model prefers (the browser tab's title)."""
    return next(((i, line) for i, line in printed if following.get(i + 1, "").lstrip().startswith("——")), None)


def _telling_the_tabs_story(
    at: int, best: str, candidates: list[tuple[int, str]], first: str, settings: Settings
) -> tuple[int, str]:
    """The candidate right above the chosen line when it tells the story of the browser tab's title (the first line)
    and the chosen line does not: a long headline above its dek ('Five banks to pool data in an AI-powered scam
    detection system …' above 'The system will flag suspicious payments …', the tab 'Banks to share AI scam
    detection platform … | interest.co.nz'); or the candidate right below a chosen line of two words at most,
    a section's name above the headline ('Buffalo Next' above 'Amherst startup's AI tells snowplows where to go.
    Investors just put $18 million behind it.')."""
    tab = _tab_parts(first)
    if tab is None or first == best or _same_story(tab[0], best, settings):
        return at, best
    above = [item for item in candidates if item[0] < at][-1:]
    below = [item for item in candidates if at < item[0] <= at + 2][:1] if heading_words(best) <= 2 else []
    telling = [item for item in above + below if item[1] != first and _same_story(tab[0], item[1], settings)]
    # further up, a line telling most of the tab's story ('… Here's what it learned.' above author, reading
    # time and section, the tab '… Here's what it learned. - Poynter')
    words = settings.cues.function_words
    told = [
        (i, line)
        for i, line in candidates
        if i < at
        and heading_words(line) >= TAB_TITLE_WORDS
        and not _CRUMB_MARK.search(line)
        and Echo([line], words)(tab[0]) >= TAB_TOLD
    ]  # (not a breadcrumb trail ending in the tab's words, not a site's name)
    return telling[0] if telling else told[-1] if told and told[-1][1] != first else (at, best)


def _above_its_dek(at: int, best: str, candidates: list[tuple[int, str]]) -> tuple[int, str]:
    """The candidate right above a chosen line that reads as a dek: a long line of DEK_WORDS words or more without a
    sentence's end ('Die Informatikprofessorin baute … einen der ersten Schwerpunkte für Maschinelles Lernen in
    Deutschland auf') below a line of HEADLINE_ABOVE_DEK words that is no label ('Trauer um Ingrid Mahlberg')."""
    above = [item for item in candidates if item[0] < at][-1:]
    broken = _HEADLINE_BREAK.search(best) and heading_words(best) < DASHED_DEK_WORDS
    if heading_words(best) < DEK_WORDS or ends_sentence(best) or broken or cjk_count(best):
        return at, best  # (a headline's dash or colon: 'In dieser Halle packen Roboter … – und trotzdem …')
    if not above or above[0][0] < at - 2:
        return at, best
    line = above[0][1]
    fits = HEADLINE_ABOVE_DEK[0] <= heading_words(line) <= HEADLINE_ABOVE_DEK[1] and not line.endswith((":", "："))
    return above[0] if fits and not (ends_sentence(line) or _CRUMB_MARK.search(line) or "/" in line) else (at, best)


DEK_WORDS = 16  # a dek below its headline is longer than most headlines
DASHED_DEK_WORDS = 18  # with a dash or colon in it, this long: a dek ('Ein … Softwarehaus trainiert … – und hat …')
HEADLINE_ABOVE_DEK = (4, 12)  # words of the headline above it: more than a kicker's ('KI-Beben in Dresden')
_HEADLINE_BREAK = re.compile(r"\s[–—-]\s|[:;]\s")  # also a semicolon: "Government adds …; start-ups …"


def story_tab_site(lines: list[str], title: str, settings: Settings, share: float | None = None) -> str | None:
    """The site a browser tab's title names on the first line, when the tab tells the headline's story in other
    words ('… lands $38M, plans 250 jobs in Corktown | Crain's Detroit Business' above '… raises $38 million …');
    with `share`, when the line tells that much of it (TAB_TOLD: most)."""
    tab = _tab_parts(next((line for line in lines if line), ""))
    return tab[1] if tab and _same_story(tab[0], title, settings, share) else None


def _same_story(tab_title: str, headline: str, settings: Settings, share: float | None = None) -> bool:
    """Whether a browser tab's title holds TAB_SHARED_WORDS (or `share`) of a headline's words, or the headline as
    much of the shorter tab title's: the same story in other words."""
    words = settings.cues.function_words
    echoed = max(Echo([tab_title], words)(headline), Echo([headline], words)(tab_title))
    return echoed >= (TAB_SHARED_WORDS if share is None else share)


TAB_SHARED_WORDS = 0.3  # of a printed headline's words that the tab's title holds: the same story
TAB_TOLD = 0.5  # as much, for a line where a picture's caption may stand: the tab's story told again


def _without_glued_crumbs(at: int, best: str, candidates: list[tuple[int, str]], settings: Settings) -> tuple[int, str]:
    """The headline where a text copy glued a breadcrumb before it ('Home Issues Prison official: …', 'Business
    JargonsBusiness Leadership Styles'), when the page prints it alone too: a candidate that the chosen line ends
    with, after at most CRUMB_WORDS words that name chrome or run two words together."""
    for i, line in candidates:
        crumbs = best[: -len(line)] if line != best and best.endswith(line) else ""
        if (
            crumbs.strip()
            and len(crumbs.split()) <= CRUMB_WORDS
            and (settings.cues.chrome_kinds(crumbs) or _GLUED_WORDS.search(crumbs))
            and heading_words(line) >= 2
        ):
            return i, line
    return at, best


def _below_trail(at: int, best: str, head: dict[int, str], settings: Settings) -> tuple[int, str]:
    """The printed headline right below a breadcrumb trail whose last crumb was taken: the crumb is the page's short
    title ('Home » Blogs » AI » Survey: AI Agents Now Touch Most CI/CD Pipelines'), the line below the full one."""
    crumb = _BREADCRUMB_TAIL.sub("", best)
    below = min((i for i in head if i > at), default=None)
    if crumb == best or below is None:
        return at, best
    line = head[below]
    longer = visual_length(line) > visual_length(crumb) and not ends_sentence(line)
    return (below, line) if longer and may_be_headline(line, settings) else (at, best)


def _widest_part(line: str) -> str:
    """Of the elements a wide gap parts on one line, the longest: the headline beside a button or a section."""
    parts = [part for part in _GAP.split(line) if part.strip()]
    return max(parts, key=visual_length).strip() if len(parts) > 1 else line


def without_printed_kicker(line: str, settings: Settings) -> str:
    """The headline without a kicker set before its own spaced colon or a badge ('原创 …')."""
    line = settings.cues.title_badge.sub("", line)
    match = _KICKER.match(line)
    if match and heading_words(match["headline"]) >= KICKER_HEADLINE_WORDS:
        return match["headline"].strip()
    return line


def _shape_weight(line: str, following: str | None, above_byline: bool = False) -> float:
    """Less for a list item, and for sentences or a label ending in a colon that the line below does not
    continue ('HINWEIS:', 'Themen:'); not for two sentences without a full stop at the end right above the
    byline, as some sites write headlines ('… in 40 Quebec schools. Some teachers say it's moving too fast')."""
    weight = LIST_ITEM_WEIGHT if _LIST_ITEM.match(line) else 1.0
    headline_of_sentences = above_byline and not line.rstrip().endswith((".", "。"))
    if (_SENTENCES.search(line) and not headline_of_sentences) or (
        line.endswith((":", "：")) and continued(line, following) is None
    ):
        weight *= SENTENCES_WEIGHT
    return weight


def _above_credit(
    i: int, lines: dict[int, str], bylines: list[int], dropped: frozenset[int], settings: Settings
) -> bool:
    """Whether a picture's credit ('Credit: Ian Forsyth/Bloomberg') or a gallery's link ('View 6 images', perhaps
    below the credit's name: 'Motiva Bionics' / 'View 3 Images') follows line i, no byline or dropped line (the
    picture's own caption, below the headline) between them: the line is a caption."""
    below = next((j for j in range(i + 1, i + 3) if lines.get(j) or j in bylines or j in dropped), None)
    if below is None or below in bylines or below in dropped:
        return False
    after = next((j for j in range(below + 1, below + 3) if lines.get(j)), None)
    credited = (
        after is not None and heading_words(lines[below]) <= CREDIT_NAME_WORDS and GALLERY_LINK.fullmatch(lines[after])
    )
    return bool(settings.cues.credit.match(lines[below]) or GALLERY_LINK.fullmatch(lines[below]) or credited)


CREDIT_NAME_WORDS = 4  # a credit's name alone between a caption and its gallery's link


def continued(line: str, following: str | None) -> str | None:
    """A headline broken after its colon ('Tanz in der St. Galler Lokremise:' / 'Mit allen Wassern gewaschen')
    joined with the line right below it, or None: a line ending in a colon is never a whole headline."""
    if not line.endswith((":", "：")) or not following or is_sentences(following):
        return None
    return line + following if cjk_count(line) else f"{line} {following}"


def _topmost_above(
    candidates: list[tuple[int, str]], bylines: list[int], prose: frozenset[int], head: set[int]
) -> set[int]:
    """For each byline or dateline, the topmost candidate among the BYLINE_REACH candidates right above it (a
    headline stands above its dek, and both above the byline); each of them when whole sentences (`prose`: a dek,
    a lead) stand between the lowest and the byline, for the lowest may then be the headline below its kicker;
    the lowest alone when a line that is no candidate parts them (a blog's tagline above a post link, then
    the post's title), unless the lowest is whole sentences (a dek below a badge: 'Premium')."""
    text = dict(candidates)
    topmost = set()
    for byline in bylines:
        if (over := _over_key_points(text, byline, head)) is not None:
            topmost.add(over)
            continue
        above = [i for i in text if i < byline][-BYLINE_REACH:]
        parted = bool(above) and any(above[0] < j < above[-1] and j not in text for j in head)
        reach_from = above[-1] if parted and above[-1] not in prose else above[0] if above else byline
        if above and byline - reach_from <= 2 * BYLINE_REACH + 2:  # (a menu's last entry parted off is not near)
            dek_below = any(above[-1] < j < byline for j in prose)
            broken = text[above[0]].endswith((":", "："))  # a headline broken after its colon: its first line
            lowest_alone = (parted and above[-1] not in prose) or _kicker_over(text[above[0]], text[above[-1]])
            topmost.update(above if dek_below and not broken else above[-1:] if lowest_alone else above[:1])
    return topmost


def _over_key_points(text: dict[int, str], byline: int, head: set[int]) -> int | None:
    """The headline over its key points whose bullets a text copy lost, right above the byline: the topmost of a run
    of lines of POINT_WORDS words at least, none ending in a full stop, when KEY_POINTS stand below it ('Smart
    doorbell's AI branded postman a BURGLAR …' over 'Halden Home's AI feature sent around 2,400 false alerts …',
    'Retired teacher says …', 'Company has now switched …')."""
    run: list[int] = []
    for i in sorted((i for i in text if i < byline), reverse=True):
        nearest = run[-1] if run else byline
        parted = any(i < j < nearest and j not in text for j in head)  # another line of the header between
        if parted or heading_words(text[i]) < POINT_WORDS or ends_sentence(text[i]):
            break
        run.append(i)
    return run[-1] if len(run) > KEY_POINTS else None


KEY_POINTS = 3
POINT_WORDS = 6


def _kicker_over(upper: str, lower: str) -> bool:
    """A kicker or section label above the headline ('TECH', 'Strukturwandel'), not a headline above its dek: a
    single word (two Chinese characters: '財經') over a line of KICKER_HEADLINE_WORDS words at least (a headline of
    two words stands above its dek: 'Sprungbrett-Event Schaffhausen'), or up to three words over a long line, twice
    as long at least, that ends without a sentence mark, as headlines do and deks do not ('Silicon Valley' over
    'Oakland Startup Says Its AI Can Spot Bias in Hiring. A New Bill Would Put That to the Test', 'South East Wales'
    over 'Newport Semiconductor Firm Secures £22m to Expand AI Chip Production')."""
    upper = " ".join(word for word in upper.split() if any(c.isalnum() for c in word))  # 'Health & Safety': two
    upper_words = (len(upper) + 1) // 2 if cjk_count(upper) == len(upper) else heading_words(upper)  # '財經': a word
    lower_words = heading_words(lower)
    if upper_words <= KICKER_WORDS < lower_words and lower_words >= KICKER_HEADLINE_WORDS:
        return True
    long_below = lower_words >= max(LONG_HEADLINE_WORDS, 2 * upper_words) and not ends_sentence(lower)
    return upper_words <= KICKER_MAX_WORDS and long_below


KICKER_WORDS = 1  # a kicker above a headline is a word (to weigh the headline below it)
KICKER_MAX_WORDS = 3  # a section's name above the headline ('South East Wales')
LONG_HEADLINE_WORDS = 6  # below two words, a line of this many words without a closing sentence mark is the headline


ECHO_BASE = 0.05  # added to the model's headline score, so that a line it scores near 0 can still win by echo
ECHO_WEIGHT = 16.0  # a line the body fully repeats weighs up to 1 + ECHO_WEIGHT times


BYLINE_REACH = 2  # candidates right above a byline or dateline, of which the topmost may be the headline
BYLINE_BONUS = 2.0
LIST_ITEM_WEIGHT = 0.25  # a list item ('* Kohleausstieg') is a menu entry or teaser, unless the page lists its headline
SENTENCES_WEIGHT = 0.25  # a caption or dek, or a label ending in a colon; a few headlines read so too


def below_kicker(lines: list[str], headline_at: int, settings: Settings) -> int:
    """The headline's index when the chosen line is its kicker: the next line is a short heading of words (no
    digits, no date or age, no byline or metadata label, list item, caption or chrome) and the line after that is the
    dek or the lead, as news pages set kicker, headline and dek ('Siemens und die Kohlemine Adani' / 'Kaeser
    verarscht Neubauer' / 'Siemens-Chef Joe Kaeser hat …'). A subtitle below a headline is not followed by a
    dek."""
    following = [j for j in range(headline_at + 1, min(len(lines), headline_at + KICKER_REACH)) if lines[j]]
    if len(following) < 2 or is_sentences(lines[headline_at]) or not is_sentences(lines[following[1]]):
        return headline_at
    if heading_words(lines[following[1]]) < KICKER_LEAD_WORDS or date_line(lines[following[1]]):
        return headline_at  # no dek below: a headline above its byline's name and place ('St. Cloud, Minn.'), or
        # above its place and date ("Nuku'alofa, Tonga" / 'Wednesday, May 12, 2027 - 14:20. Updated on …')
    below = following[0]
    line = lines[below].strip()
    heading = (
        _plain_heading(line, settings)
        and heading_words(line) >= 2
        and visual_length(line) <= KICKER_HEADLINE_CHARS
        and not ends_sentence(line)
        and not any(c.isdigit() for c in line)
        and not is_age(line)
        and not settings.byline_chinese.match(line)  # '来源于：…'
        and not settings.cues.picture_position.search(line)  # a caption: '蘇文傑（右）及梁嘉欣介紹翻譯系統'
        and not settings.cues.bracketed_source.search(line)  # a caption and its source: '… (Quelle: Alvara)'
        and not lines[following[1]].strip().startswith(line)  # a name above its bio ('Anirudh Sharma' / '… is a …')
        and apply_rules(line, "", "head", list(settings.rules), settings) is None  # 'Herausgeber: Sächsisches …'
    )
    return below if heading else headline_at


def below_section_label(lines: list[str], headline_at: int, settings: Settings) -> int:
    """The headline's index when the chosen line is one word, a section's name above the headline ('AI',
    'Technology'), and the next line reads as a headline of several words, two sentences or digits in it or not
    ('A data center promised jobs to a small Georgia town. Now residents are worried about their water.')."""
    label = lines[headline_at].strip()
    below = next((j for j in range(headline_at + 1, len(lines)) if lines[j].strip()), None)
    if below is None or len(label.split()) != 1 or cjk_count(label) or any(c.isdigit() for c in label):
        return headline_at
    line = lines[below].strip()
    heading = (
        SECTION_HEADLINE_WORDS[0] <= len(line.split()) <= SECTION_HEADLINE_WORDS[1]
        and visual_length(line) <= SECTION_HEADLINE_CHARS  # a lead paragraph below a one-word title is longer
        and len(_INNER_SENTENCE_END.findall(line)) <= 1  # two sentences at most ('Hi! Mein Name ist …. Mir …' is prose)
        and not line.endswith((":", "："))
        and _plain_heading(line, settings)
    )
    return below if heading else headline_at


def headline_below_label(lines: list[str], headline_at: int, settings: Settings) -> int:
    """The headline's index when the chosen line is a kicker or a section's name above it, else the chosen one."""
    below = below_kicker(lines, headline_at, settings)
    return below if below != headline_at else below_section_label(lines, headline_at, settings)


def _plain_heading(line: str, settings: Settings) -> bool:
    """A line that may be a headline and is no list item (a teaser), names no chrome and is no byline."""
    return (
        may_be_headline(line, settings)
        and not is_list_item(line)
        and not settings.cues.chrome_kinds(line)
        and not read_byline(line, settings)
    )


SECTION_HEADLINE_WORDS = (4, 30)  # a headline below a section's name has this many words
SECTION_HEADLINE_CHARS = 120
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)|[。！？](?=\S)")
KICKER_REACH = 6  # lines looked at below a kicker (empty ones included) for its headline and the dek
KICKER_HEADLINE_CHARS = 100  # a headline below its kicker is at most this long
KICKER_LEAD_WORDS = 6  # the dek or lead below a kicker's headline has this many words at least


def standfirst(lines: list[str], headline_at: int | None, bylines: list[int], settings: Settings) -> int | None:
    """The index of the line right below the headline when it is prose (sentences, or a long line of words:
    many deks end without a full stop; between the headline and its byline, a shorter one) that is no page
    chrome: the article's standfirst, kept however the classifier scored it."""
    if headline_at is None:
        return None
    below = _next_line(lines, headline_at)
    after = _next_line(lines, below) if below is not None and date_line(lines[below]) else None
    if after is not None and is_sentences(lines[after]) and not _above_credit_line(lines, after, settings):
        below = after  # the dek below the date the headline stands over ('12. Mai 2027' / 'Die Firma Nivra …')
    if below is None:
        return None
    line, cues = lines[below], settings.cues
    # a chrome word among a dek's words is one of them ('… supposed to save time.', '… without consent …')
    if cues.chrome_share(line) >= STANDFIRST_CHROME_SHARE or cues.is_notice(line):
        return None
    if is_page_furniture(line, settings):
        return None  # a picture's caption with its credit or note ('… in Riyadh on Tuesday. (Supplied)')
    words = heading_words(line)
    long_words = visual_length(line) >= STANDFIRST_CHARS and words >= 10
    above_byline = _next_line(lines, below) in bylines and words >= STANDFIRST_WORDS_ABOVE_BYLINE
    # 'Funding for new courses to help … .', not a caption above its credit ('Photo Credit: Kalpa AI')
    sentence = (
        ends_sentence(line) and words >= STANDFIRST_SENTENCE_WORDS and not _above_credit_line(lines, below, settings)
    )
    return below if is_sentences(line) or long_words or above_byline or sentence else None


def _above_credit_line(lines: list[str], at: int, settings: Settings) -> bool:
    """Whether the next line below line `at` is a picture's credit ('Foto: Ketterer Kunst'): line `at` is a caption."""
    below = _next_line(lines, at)
    return below is not None and bool(settings.cues.credit.match(lines[below]))


def _next_line(lines: list[str], at: int) -> int | None:
    return next((j for j in range(at + 1, len(lines)) if lines[j]), None)


STANDFIRST_CHARS = 80  # a dek without a full stop is at least this long
STANDFIRST_WORDS_ABOVE_BYLINE = 8  # ... or has this many words when the byline follows it
STANDFIRST_SENTENCE_WORDS = 8  # ... or is a sentence of this many words
STANDFIRST_CHROME_SHARE = 0.3  # of a dek's letters, chrome cue words cover less


# 'Headline | Site', '… - Site', '… » Caschys Blog', '…_新浪科技', '工业大模型走进车间--科技--人民网' (two dashes)
# (a bar between two Latin letters joins a site's name: 'Osthessen|News')
_SITE_SUFFIX = re.compile(
    r"^(?P<title>.*\S)\s*(?:(?<![A-Za-z])\||\|(?![A-Za-z])|[｜_]|\s[-–—»]\s|\s::\s|(?<=\S)--(?=\S))\s*"
    r"(?P<site>(?:[^|｜_]|(?<=[A-Za-z])\|(?=[A-Za-z])){2,80})$"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:©|copyright|@)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?P<name>[^©|,;]{2,60}?)"
    r"(?:\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?|,\s*\d.*|[.,]|[-–—](?=\s)"  # ', 900 N. Tucker Blvd.': an address
    r"|(?<!\w)(?:gmbh|inc\b|llc|ltd\b|limited|l\.p\.|ag\b|e\.\s?v\.?|publishers).*"
    r"|corporation.*|company\b.*|all rights.*|alle rechte.*|版权所有.*|版權所有.*|有限公司.*|\S*ICP备.*))*\s*$",
    re.I,
)


def without_site_name(title: str, lines: list[str]) -> tuple[str, str | None]:
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


def without_kicker(title: str, lines: list[str]) -> str:
    """The headline of a browser tab's 'Kicker: Headline' when the page prints both on lines of their own ('KI im
    Stall' above 'Oldenburger Start-up … zu'): the kicker is a label set above the headline, not part of it."""
    kicker, colon, headline = title.partition(": ")
    if colon and kicker in lines and headline in lines:
        return headline
    return _without_glued_kicker(title, lines)


_KICKER_PAIR = re.compile(r"^(?P<kicker>\S.{2,60}?)(?::| [-–|]) (?P<headline>\S.{10,})$")


def _without_glued_kicker(title: str, lines: list[str]) -> str:
    """The headline when a text copy glued its kicker before it ('Vanlife in Schweden Skandinavien im Wohnmobil
    erleben') and another line of the page parts the two ('Vanlife in Schweden - Skandinavien im Wohnmobil'):
    the title starts with that line's kicker, and the rest starts with its headline."""
    for line in lines:
        pair = _KICKER_PAIR.match(line.strip())
        if pair and title.startswith(pair["kicker"] + " "):
            rest = title[len(pair["kicker"]) :].strip()
            if rest.startswith(pair["headline"]) and rest != title:
                return rest
    return title


def tab_site(line: str) -> str | None:
    """The site's name a browser tab's title ends in, when the line reads as one: a headline of TAB_TITLE_WORDS
    or more, then a site suffix ('KI-Prüfsysteme für Chipfabriken: … holt 14 Millionen Euro | Sächsische.de'),
    whatever headline the page prints below it."""
    parts = _tab_parts(line)
    return parts[1] if parts else None


def _tab_parts(line: str) -> tuple[str, str] | None:
    """A browser tab's headline and site name, when the line reads as a tab's title (tab_site)."""
    match = _SITE_SUFFIX.match(line)
    if not match or heading_words(match["title"]) < TAB_TITLE_WORDS or ends_sentence(match["site"]):
        return None  # not a tab's title: 'TNW Conference 2027 is coming back – grab your ticket before prices go up.'
    return match["title"], match["site"].strip()


TAB_TITLE_WORDS = 5  # a masthead's slogan is shorter ('遠見雜誌 - 前進的動力')


def _unsuffixed_tab(head: list[tuple[int, str]], settings: Settings) -> tuple[str, str] | None:
    """The page's first line as a browser tab's title without a site's name (its story, '') when a skip link or
    cookie banner follows it: a page prints those above its masthead, its headline further down."""
    first, following = head[0][1], head[1][1] if len(head) > 1 else ""
    if (
        heading_words(first) < TAB_TITLE_WORDS
        or is_top_chrome(first, settings)
        or not is_top_chrome(following, settings)
    ):
        return None
    return first, ""


_CJK_COPYRIGHT = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<name>(?!版[权權]所有)[\u4e00-\u9fff]{2,10})\s*(?:版[权權]所有|[©]|\s版[权權])"
)  # a name that starts where the Chinese text does: '信報網站 版權所有 ©', never '權所有'
_LOGO = re.compile(r"\s+(?:logo\.?|home)$", re.I)  # a logo's alternative text: 'heise online Logo', 'Ars Technica home'
# the word for a website ('金門日報全球資訊網'), or the plus of an outlet's app ('现代快报+')
_WEBSITE_WORD = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*(?:全球資訊網|全球资讯网|官方網站|官方网站|\+)$")
_ISSUE = re.compile(r"^《(?P<name>[^《》]{2,20})》\s*\d{4}\s*年.*$")  # a magazine's issue: '《商业评论》2027年6月号'
_BRACKETED_ALIAS = re.compile(r"\s*[（(][^（()）]{1,20}[）)]$")  # '荆楚网（湖北日报网）', 'Free Malaysia Today (FMT)'
_CJK_WITH_LATIN = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10})\s+[A-Za-z][\w.&' ]{1,60}$")  # '中央社 CNA'
_NAMED = re.compile(r"^(?:The|Der|Die|Das)\s+[A-Z]")  # 'The Register': a name, though its word is a button's
_SLOGAN = re.compile(r"^(?P<name>\S.{0,28}?)\s+[-–—|｜]\s+\S")
MASTHEAD_WORDS = 4  # a site's name is short
MASTHEAD_CHARS = 40  # ('Deutsches Patent- und Markenamt')
SKIP_LINK_SHARE = 0.8  # of a first line's letters that chrome cue words cover: a skip link, not the site's name
MASTHEAD_LINES = 3  # the site's name is among the first lines of a page copy, if anywhere
LOGO_LINES = 15  # a logo link's text ('The Guardian - Back to home') may stand below skip links and account menus
_HOME_LINK = re.compile(
    r"\s+[-–—|]\s+(?:back to home(?:page)?|go to (?:the )?home ?page|zur startseite|startseite|返回首[页頁])$",
    re.I,
)  # a logo link's text: the site's name, then where the link goes


def masthead(lines: list[str], title: str, start: int, settings: Settings) -> str | None:
    """The site's name as its header prints it: the first line, or a logo's text among the first lines ('TechCrunch',
    'heise online Logo', '36氪'), short, before the headline and naming no page chrome."""
    head = [line for line in lines[:start] if line]
    suffix = _SITE_SUFFIX.match(head[0]) if head else None
    tab_site = suffix["site"].strip() if suffix else None  # the site's name the tab's title ends in
    if head and _tab_title(head[0], title, settings) and (head[0] != title or head[1:].count(title)):
        head = head[1:]  # the browser tab's title (with a kicker or site suffix, or the headline again below)
    elif len(head) > 1 and tab_site == head[1]:
        head = head[1:]  # a tab's title telling the story in other words, its site's name printed right below
    elif len(head) > 1 and _too_long_for_a_name(head[0]) and is_top_chrome(head[1], settings):
        head = head[1:]  # a line too long for a name above a skip link: the tab's title, the story in other words
    skipped = 0
    while skipped < len(head) and (is_top_chrome(head[skipped], settings) or _PRICE_TICKER.search(head[skipped])):
        skipped += 1  # (also a ticker's prices above the logo: 'BTC $118,402.17 +1.24%')
    for position, line in enumerate(head[:LOGO_LINES]):
        if line == title:
            return None
        if position < skipped:
            continue  # a skip link, a cookie banner's line, an account button
        logo = position < MASTHEAD_LINES and line != tab_site  # (the tab's site name: 'Ideal Home' is no logo's text)
        name = (_LOGO.sub("", line) if logo else line).strip()
        name = _HOME_LINK.sub("", name).strip()
        if position > 0 and name == line and position != skipped:
            continue  # below the first line only a logo's text ('… Logo', '… - Back to home') names the site, or
            # the first line below skip links or a cookie banner
        name = site_name(name)
        if position == skipped and _too_long_for_a_name(name) and (slogan := _SLOGAN.match(name)):
            name = slogan["name"]  # '遠見雜誌 - 前進的動力', 'ISO - International Organization for Standardization'
        words = heading_words(name)
        if (
            2 <= visual_length(name) <= MASTHEAD_CHARS
            and any(char.isalpha() for char in name)  # not a gallery's '1/1'
            and words <= MASTHEAD_WORDS
            and (_NAMED.match(name) or not settings.cues.chrome_kinds(name))
            and name.casefold() not in settings.cues.section_names
            and not date_line(name)
            and not settings.byline_prefixes.match(name)  # 'By Grace Liu' below a notice the header opens with
            and not _LIST_ITEM.match(name)  # a menu's entry: '* #Erinnern'
            and not _edition_above(name, title, tab_site, lines)
        ):
            return _spelled_out_below(name, head[position + 1] if position + 1 < len(head) else "")
    return None


def _edition_above(name: str, title: str, tab_site: str | None, lines: list[str]) -> bool:
    """Whether a name in the header is the city a regional edition prints above a headline naming it ('Mackay' on
    the Daily Mercury): the headline names it, the tab's title ends in another site's name, printed alone below."""
    if not tab_site or name.casefold() in tab_site.casefold() or tab_site not in lines[1:]:
        return False
    return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title))


def _too_long_for_a_name(line: str) -> bool:
    return heading_words(line) > MASTHEAD_WORDS or visual_length(line) > MASTHEAD_CHARS


_PRICE_TICKER = re.compile(r"[$€£¥]\s?\d|\s[+−-]\d{1,3}(?:[.,]\d{1,2})?\s?%")  # '$118,402.17', '+1.24%'


def _spelled_out_below(name: str, below: str) -> str:
    """The name a logo's initials stand for when the line below spells them out ('SVZ' over 'Schweriner
    Volkszeitung', 'MOZ.de' over 'Märkische Oderzeitung'), else the name."""
    spelled = site_name(below)
    spells_out = heading_words(spelled) <= MASTHEAD_WORDS and _spells_out(spelled, without_domain_end(name))
    return spelled if spells_out else name


def _tab_title(line: str, title: str, settings: Settings) -> bool:
    """Whether a page copy's first line is the browser tab's title: it holds the headline, ends in a site's name, or
    tells the headline's story in other words ('Chip startup Helioforge picks Albany NanoTech for AI …')."""
    return title in line or bool(tab_site(line)) or _same_story(line, title, settings)


def is_top_chrome(line: str, settings: Settings) -> bool:
    """A line a page prints above its masthead: a skip link, a cookie banner's line ('Zum Inhalt springen', 'Wir
    verwenden …', 'Nur notwendige'), an account button ('Account', 'Sections')."""
    cues = settings.cues
    return (
        cues.chrome_share(line) >= SKIP_LINK_SHARE
        or bool(cues.skip_link.match(line))
        or line.casefold().rstrip(":： ") in cues.toc_labels  # a skip link's target: 'Springe direkt zu:' / 'Inhalt'
        or line in settings.language_names  # a language switch: 'Français'
        or cues.is_notice(line)
        or cues.is_consent(line)
        or line.casefold() in cues.marker_lines
        or _flattened_menu(line, settings)
    )


def _flattened_menu(line: str, settings: Settings) -> bool:
    """A menu a scraper set on one line, its entries between bars or dots, buttons among them ('Sections | Search |
    Log In | Subscribe')."""
    parts = [part.strip() for part in _MENU_JOINT.split(line)]
    buttons = [
        part for part in parts if part.casefold() in settings.cues.marker_lines or settings.cues.chrome_kinds(part)
    ]
    return len(parts) >= MENU_PARTS and len(buttons) >= MENU_BUTTONS


_MENU_JOINT = re.compile(r"\s+[|·•]\s+")
MENU_PARTS = 3  # entries of a menu set on one line
MENU_BUTTONS = 2  # of them, buttons or links of page chrome at least


def masthead_line(lines: list[str], settings: Settings) -> int | None:
    """The index of the line where a page copy prints its masthead: the first below a browser tab's title, skip
    links and a cookie banner. Names there are the site's ('Liechtensteiner Vaterland'), no byline."""
    present = [i for i, line in enumerate(lines) if line]
    if present and tab_site(lines[present[0]]):
        present = present[1:]
    return next((i for i in present if not is_top_chrome(lines[i], settings)), None)


def site_name(name: str) -> str:
    """A site's name as a Chinese page names it: without the Latin name beside it ('數位時代 BusinessNext'), the
    word for a website after it ('金門日報全球資訊網'), its app's plus ('现代快报+') or a magazine's issue
    ('《商业评论》2027年6月号'); and without its initials after it ('Hong Kong Free Press HKFP') or another name in
    brackets ('荆楚网（湖北日报网）'); without a trademark's sign, a foundation's legal form ('財團法人'), a wiki's
    tagline or a text browser's link number ('[2][Tarnkappe.info]')."""
    name = _LEGAL_PERSON.sub("", name.replace("®", "").replace("™", "")).strip()  # 'realtor.com®', '財團法人…'
    name = without_link_numbers(name).strip() or name  # a text browser's link: '[2][Tarnkappe.info]'
    name = name[1:-1] if name.startswith("[") and name.endswith("]") and "[" not in name[1:] else name
    name = _FREE_TAGLINE.sub("", name) or name  # a wiki's tagline: 'Wikinews, the free news source'
    if name[:1].isdigit() and (dated := find_date(name)) and name.startswith(dated[1]):
        name = (
            name[len(dated[1]) :].lstrip(" ,，|-–") or name
        )  # the tab's day before it: '2027年3月30日, 俄罗斯卫星通讯社'
    name = _WEBSITE_WORD.sub("", _CJK_WITH_LATIN.sub(r"\g<name>", name))
    name = _ISSUE.sub(r"\g<name>", name)  # '《商业评论》2027年6月号'
    unbracketed = _BRACKETED_ALIAS.sub("", name)
    name = unbracketed if len(unbracketed) >= 2 else name
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and _spells_out(" ".join(words[:-1]), words[-1]) else name


_FREE_TAGLINE = re.compile(r"(?:,\s*(?:the|der|die|das)\s+(?:free|freie|freien)\s.*|，自由的.*)$", re.I)
_LEGAL_PERSON = re.compile(r"^(?:財團法人|财团法人|社團法人|社团法人)")  # a foundation's legal form before its name


def most_named(names: list[str | None], lines: list[str]) -> str | None:
    """Of the names a page gives its site (a title suffix, the masthead, the copyright line), the one most of its
    lines print ('AP News' in the header, 'The Associated Press' in the copyright line and the authors' notes);
    on a tie, the masthead, then the title suffix. A title suffix or masthead (the first two names) that holds
    the most printed name whole is the fuller form of it, and wins ('BBC News' for 'BBC', 'Business Insider' for
    'Insider Inc.'); a copyright holder does not ('CHIP Digital GmbH' is the company behind 'CHIP'), nor a title
    suffix the masthead itself ('DIGITIMES 科技網' in the browser tab, 'DIGITIMES' the masthead). Initials give way to
    the copyright holder that spells them out."""
    found = [name for name in (names[1:2] + names[:1] + names[2:]) if name]  # the masthead first on a tie
    if not found:
        return None
    best = max(found, key=lambda name: sum(bool(_whole(name).search(line)) for line in lines))
    spelled = next((name for name in names[2:] if name and _spells_out(name, best)), None)
    if spelled and _prints_beside_the_copyright(spelled, lines):
        return spelled  # a masthead in initials, the name spelling them out in the header ('HAZ', 'Hannoversche …')
    return best if best == names[1] else fuller_form(best, names[:2])  # the masthead as it prints itself


def _prints_beside_the_copyright(name: str, lines: list[str]) -> bool:
    """Whether a line prints the name's first two words outside a copyright notice (a logo's claim, 'Hannoversche
    Allgemeine'; the site's name before the sign, 'Wisconsin Public Radio, © Copyright 2027, Board of Regents …'):
    the site shows readers that name, not only its legal footer ('© 2027 Data Centre Dynamics Ltd')."""
    opening = _whole(" ".join(name.split()[:2]))
    return any(opening.search(_COPYRIGHT_SIGN.split(line, 1)[0]) for line in lines)


_COPYRIGHT_SIGN = re.compile(r"©|copyright|\(c\)", re.I)


def agreed_name(tab: str | None, masthead: str | None, holder: str | None) -> str | None:
    """The copyright holder when a browser tab's site names it alike ('LR Online' for 'Lausitzer Rundschau': its
    initials; 'BILD.de' for 'BILD') and the masthead is like neither (a kicker taken for it: 'Cottbus'); the tab's
    name when the holder is it without its legal form and the masthead their first word ('AGRAVIS Raiffeisen AG' in
    the tab and the footer, 'AGRAVIS' the logo): the company's newsroom under its full name."""
    if not (tab and masthead and holder):
        return None
    if tab != holder and tab.startswith(holder + " ") and holder.startswith(masthead + " "):
        return tab
    if _alike(masthead, tab) or _alike(masthead, holder):
        return None
    return holder if _alike(tab, holder) else None


def _alike(one: str, other: str) -> bool:
    """Whether two names of a site are one: either holds the other whole or spells out its initials ('LR Online',
    'Lausitzer Rundschau'), a closing 'Online' or 'News' and an opening article left out."""
    a, b = _bare(one), _bare(other)
    return fuller_form(a, [b]) == b or fuller_form(b, [a]) == a or a.casefold() == b.casefold()


def _bare(name: str) -> str:
    return without_site_word(_ARTICLE.sub("", name.strip()))


def fuller_form(name: str, forms: list[str | None]) -> str:
    """The first of `forms` (a title suffix, a masthead) that holds the name whole ('CNN Business' for the 'CNN'
    of 'By Daniel Reyes, CNN'; 'Law Society Gazette' for '© The Law Society', an article left out) or spells out its
    initials ('The Wall Street Journal' for 'WSJ') or writes it as a domain ('MyJoyOnline' for 'myjoyonline.com'),
    else the name."""
    bare = _whole(_ARTICLE.sub("", name))
    return next(
        (
            form
            for form in forms
            if form
            and form != name
            and without_domain_end(form) != name  # 'BILD.de' is the domain, not a fuller name, of 'BILD'
            and (bare.search(form) or _spells_out(form, name) or _domain_of(name, form))
        ),
        name,
    )


def name_of_domain(publisher: str, lines: list[str]) -> str:
    """The site's name as a line of the page prints it alone when the publisher is its domain
    ('www.desmoinesregister.com' and 'Des Moines Register', 'www.providencejournal.com' and 'The Providence
    Journal'), else the publisher."""
    return next(
        (
            line
            for line in lines
            if heading_words(line) <= MASTHEAD_WORDS
            and (_domain_of(publisher, line) or _domain_of(publisher, _ARTICLE.sub("", line)))
        ),
        publisher,
    )


def _domain_of(domain: str, name: str) -> bool:
    """Whether a domain is the site's name written as one ('myjoyonline.com' for 'MyJoyOnline', 'procontra-online.de'
    for 'procontra', 'barrons.com' for "Barron's")."""
    bare = without_domain_end(domain.removeprefix("www.")).casefold()
    name_key = _APOSTROPHES.sub("", name.replace(" ", "")).casefold()  # "Barron's" is barrons.com
    return bare != domain.casefold() and name_key in (bare, bare.removesuffix("-online"))


_APOSTROPHES = re.compile(r"['’]")


def _spells_out(form: str, initials: str) -> bool:
    """Whether the capitalised words of `form` (an article before them left out) begin with the letters of
    `initials`, a name in capitals, in order: 'The Wall Street Journal' and 'WSJ', 'Süddeutsche Zeitung' and 'SZ'; a
    word may hold the next letters too, the initials of its compound's parts ('Schweriner Volkszeitung' and 'SVZ',
    'Südwest Presse' and 'SWP')."""
    words = [word.casefold() for word in form.split() if word[:1].isupper()]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return initials.isupper() and initials.isalpha() and len(words) >= 2 and _begins_each(words, initials.casefold())


def _begins_each(words: list[str], letters: str) -> bool:
    """Whether each word begins with the next letter, holding the letters up to the next word's later inside."""
    if not words or not letters:
        return not words and not letters
    if words[0][0] != letters[0]:
        return False
    return any(
        _in_order(letters[1:taken], words[0][1:]) and _begins_each(words[1:], letters[taken:])
        for taken in range(1, len(letters) - len(words) + 2)
    )


def _in_order(letters: str, word: str) -> bool:
    """Whether the letters stand in the word in this order (others between them)."""
    position = 0
    for letter in letters:
        position = word.find(letter, position) + 1
        if not position:
            return False
    return True


_ARTICLES = {"the", "der", "die", "das"}


@lru_cache(maxsize=1024)
def _whole(name: str) -> re.Pattern:
    """The name as a whole word or words: 'ZDF' is not in 'ZDFheute'."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def copyright_holder(lines: list[str]) -> str | None:
    """The name in the last copyright line ('© 2024 heise online', 'Copyright © 2025 IT之家. All Rights
    Reserved'), without years and legal forms; on a Chinese page a Chinese name first ('自由時報版權所有'). A sign
    after more than COPYRIGHT_LEAD_WORDS words credits a picture ('Das Gründungsteam: … und Jonas Egger. © Lexaro')."""
    chinese = mostly_chinese(lines)
    for line in reversed(lines):
        if chinese and (match := _CJK_COPYRIGHT.search(line)):
            return match["name"]
    for line in reversed(lines):
        sign = _COPYRIGHT_SIGN.search(line)
        if sign and visual_length(line) <= 160 and len(line[: sign.start()].split()) <= COPYRIGHT_LEAD_WORDS:
            match = _COPYRIGHT.search(line)
            name = match["name"].strip(" .-") if match else ""
            name = "" if _RESERVED.match(name) or _COPYRIGHT_PAGE.fullmatch(name) else name  # (nor does a menu's
            # 'Copyright Policy')
            if not any(c.isalpha() for c in name):  # 'Golem.de © 2025': the name stands before the sign
                name = line[: sign.start()].strip(" .,-|®™") if sign.group(0) == "©" else ""  # (a sign, not a word)
            name = _YEAR_AFTER.sub("", name.lstrip("·•*+&/:;,.- ").rstrip("®™ "))  # '· The Postpartum Party', '…, 2022'
            if any(c.isalpha() for c in name) and visual_length(name) <= 60:
                return _as_printed(name, lines)
    return None


_YEAR_AFTER = re.compile(r",\s*\d{4}$")  # '© 2022 Jamaica Observer, 2022'
_RESERVED = re.compile(r"all rights|alle rechte|版[权權]所有", re.I)  # '© All Rights Reserved': no name
_COPYRIGHT_PAGE = re.compile(r"polic(?:y|ies)|notice|information|infringement|statement|richtlinien?|hinweise?", re.I)
COPYRIGHT_LEAD_WORDS = 4  # words a copyright line may print before its sign ('Alle Inhalte © 2027 …', 'Golem.de ©')
_ARTICLE = re.compile(r"^(?:the|der|die|das)\s+", re.I)


def _as_printed(name: str, lines: list[str]) -> str:
    """A copyright holder as a line of the page prints it alone ('Financial Times' for '© THE FINANCIAL TIMES LTD'):
    a copyright line's capitals, article and 'www.' are its typesetting, not the site's name ('kath.net')."""

    def key(text: str) -> str:
        return _ARTICLE.sub("", text.strip()).casefold().removeprefix("www.")

    return next((line.strip() for line in lines if key(line) == key(name)), name)
