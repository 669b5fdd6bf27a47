"""Where the article is in a source's lines: the body's bounds, and the page chrome around and inside it.

The line classifier (lines.py) gives each line a probability of being article text; these functions turn
those probabilities into regions. The body runs from the first to the last prose line the classifier
trusts, grown over the sentences next to it. Outside it a line stays only when the classifier keeps it
(or when it stands among three or more statements in a row: the steps of a recipe);
inside it a line goes only when it is page furniture (chrome words only, a picture credit) or part of a run
of short doubted lines that names chrome. Whole sentences never go (no text of the article is lost).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice, takewhile

from .bylines import date_line, is_age, is_reading_time, is_role, read_byline
from .lines import SHAPE_CACHE, Cues
from .settings import Settings
from .structure import is_list_item, list_number
from .text import Echo, cjk_count, heading_words, sentences, visual_length

_PROSE_END = set(".。!！?？…;；")
_PROSE_END_MARK = re.compile("[.。!！?？…;；]")
_CLOSING = "\"'”“»«」』)）"


def ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSING)[-1:] in _PROSE_END


def is_sentences(line: str) -> bool:
    """Two sentences or one long one, by punctuation: article text wherever it stands next to or inside the
    body, whatever the classifier thinks (no sentence of the article is ever removed)."""
    return ends_sentence(line) and (len(_PROSE_END_MARK.findall(line)) >= 2 or visual_length(line) >= 80)


def per_line(present: list[int], count: int, scores: list[float]) -> list[float]:
    """Scores of the non-empty lines spread over all lines (0 for empty ones)."""
    result = [0.0] * count
    for i, score in zip(present, scores, strict=True):
        result[i] = score
    return result


def mostly_chinese(lines: list[str]) -> bool:
    text = "".join(lines)
    return cjk_count(text) > 0.3 * len(text)


def second_opinion(lines: list[str], article: list[float], settings: Settings) -> tuple[list[str], list[str]]:
    """An extracted Chinese page without the lines the model rejects and the page furniture ('热门排行', which
    would cut the body in two; long sentences always stay, and bylines, which the rest of the cleaner reads:
    '2019-09-26 12:11来源：证券时报网作者：李在山'); the rest of the cleaner then treats what is left as article text.
    Returns the lines (blank where dropped) and the dropped ones."""
    threshold = settings.article_probability["html_chinese"]
    kept, dropped = [], []
    for line, probability in zip(lines, article, strict=True):
        doubted = probability < threshold or is_page_furniture(line, settings)
        rejected = (
            line and doubted and not (is_sentences(line) and visual_length(line) > 80 or _is_byline(line, settings))
        )
        kept.append("" if rejected else line)
        if rejected:
            dropped.append(line)
    return kept, dropped


def body_bounds(lines: list[str], article: list[float], judged: bool, settings: Settings) -> tuple[int, int]:
    """Indices of the first and last body paragraph: lines long enough to be prose (a long line without
    closing punctuation, like a long headline, must be twice as long) that the classifier takes for article
    text; when it takes none, the first and last of those long lines. Where the classifier `judged` the lines,
    the body grows over single sentences it trusts too."""
    threshold = settings.thresholds["body_line_chars"]
    trusted = [judged and p >= settings.article_probability["core"] for p in article]
    long = [i for i, line in enumerate(lines) if visual_length(line) >= threshold * (1 if ends_sentence(line) else 2)]
    core = [i for i in long if article[i] >= settings.article_probability["core"]]
    core = _without_furniture_at_the_ends(lines, core, settings)
    if core:
        start, end = _extend_over_prose(lines, core[0], core[-1], trusted)
        return _lead_in(lines, start, settings), end
    if not long:
        non_empty = [i for i, line in enumerate(lines) if line]
        if len(non_empty) < 2:
            return (non_empty[0], non_empty[0]) if non_empty else (0, -1)
        longest = max(visual_length(lines[i]) for i in non_empty[1:])
        long = [i for i in non_empty[1:] if visual_length(lines[i]) >= longest * 0.6]
    start, end = _extend_over_prose(lines, long[0], long[-1], trusted)
    return _lead_in(lines, start, settings), end


def _without_furniture_at_the_ends(lines: list[str], core: list[int], settings: Settings) -> list[int]:
    """The core lines without page furniture at either end: a cookie banner's sentence the classifier trusts
    never opens or closes the body (only the ends are looked at: the check is not cheap)."""
    first, last = 0, len(core)
    while first < last and is_page_furniture(lines[core[first]], settings):
        first += 1
    while last > first and is_page_furniture(lines[core[last - 1]], settings):
        last -= 1
    return core[first:last] or core


def _lead_in(lines: list[str], start: int, settings: Settings) -> int:
    """The body's first line, or the short line right above it that introduces it ('Key points:', '本文核心观点：')
    and names no page chrome (not 'Lesen Sie auch:')."""
    above = next((j for j in range(start - 1, -1, -1) if lines[j]), None)
    if above is None:
        return start
    line = lines[above]
    introduces = line.endswith((":", "：")) and visual_length(line) <= CHROME_MAX_CHARS
    return above if introduces and any(c.isalpha() for c in line) and not settings.cues.chrome_kinds(line) else start


def _extend_over_prose(lines: list[str], start: int, end: int, trusted: list[bool]) -> tuple[int, int]:
    """The body grows over the prose lines right before and after it (blank lines between them allowed): two
    sentences or a long one, or one sentence the classifier trusts; upwards also over the items of a numbered
    list it starts inside ('1、…' above '2、…'), downwards over a sub-heading the classifier trusts above a long
    line it trusts ('隱私與資安仍是考驗' between paragraphs shorter than a body line)."""

    def prose(line: str, j: int) -> bool:
        return is_sentences(line) or (trusted[j] and ends_sentence(line))

    def earlier_item(line: str, i: int) -> bool:
        number = list_number(lines[i])
        return number is not None and list_number(line) == number - 1

    def short(j: int) -> bool:
        return visual_length(lines[j]) <= 2 * CHROME_MAX_CHARS

    def heading(j: int) -> bool:  # a short line the classifier trusts, above a long one it trusts
        below = next((k for k in range(j + 1, len(lines)) if lines[k]), None)
        return trusted[j] and short(j) and below is not None and trusted[below] and not short(below)

    def grow(i: int, step: int) -> int:
        j = i + step
        while 0 <= j < len(lines) and (
            not lines[j] or prose(lines[j], j) or (step < 0 and earlier_item(lines[j], i)) or (step > 0 and heading(j))
        ):
            if lines[j]:
                i = j
            j += step
        return i

    return grow(start, -1), grow(end, 1)


CREDIT_CHARS = 120  # a credit closing a caption, with the sentence end before it, is at most this long
CHROME_MAX_CHARS = 40  # longer lines between paragraphs are never dropped for a chrome word they contain


FURNITURE_SHARE = 0.8  # of a line's letters that chrome cue words cover: the line is chrome ('Artikel merken')


@lru_cache(maxsize=SHAPE_CACHE)  # a site's menus and footers recur in its articles
def is_page_furniture(line: str, settings: Settings) -> bool:
    """A line made of chrome words only (punctuated as sentences or not), a picture credit (alone or closing a
    caption: '… 。圖／本報資料照片'), a teaser behind a 'related' label, a copyright notice or a player's readout
    ('1x', '00:00 / 04:12'): chrome whatever the classifier thinks."""
    cues = settings.cues
    tail = line[-CREDIT_CHARS:]  # a credit closes the line: the patterns need not look further back
    if cues.is_notice(line) or cues.closing_credit.search(tail) or _CLOSING_CREDIT.search(tail):
        return True  # a disclaimer or disclosure, a caption with its photo credit, however long
    if _is_caption_with_credit(line, settings) or _GALLERY_CAPTION.match(line):
        return True  # also a gallery's caption behind its counter ('[1/2] A test board is displayed …')
    lower = line.lower()
    channel = any(name in lower for name in cues.channel_names) and any(map(cues.channel_call.match, sentences(line)))
    if channel and not _QUOTE.search(line):
        return True  # 'Stay informed! Follow The Punch Newspaper on WhatsApp for real-time updates.', however long
    if visual_length(line) > 120:
        return False
    if cues.credit.match(line) or _CAPTION_CREDIT.search(line) and cues.credit.search(line) or cues.is_teaser(line):
        return True
    if _COPYRIGHT_NOTICE.search(line) or not any(c.isalnum() for c in line) or is_age(line):
        return True  # a copyright or reprint notice, a separator ('___'), an age ('vor 2 Stunden')
    if _PLAYER_READOUT.match(line) or is_reading_time(line) or _is_player_duration(line, settings):
        return True  # '1x', '00:00 / 04:12', '6 Min.', 'Hören 05:41'
    if _FIGURE_CAPTION.match(line) or cues.credit_opening.match(line) or _OUTLET_REPORT.match(line):
        return True  # 'Abb. 1: …', 'Courtesy of Brightwater', '机器之心报道'
    if is_credit_alone(line) or _CONTRIBUTED.match(line) or _SCREEN_READER.match(line) or _CONTACT.match(line):
        return True  # 'Die Presse/Stefan Kainz', 'Kelsey Huang contributed.', 'list 2 of 4', 'Write to … at x@y.com'
    if _agency_credit(line, settings) or cues.bracketed_source.fullmatch(line) or cues.photo_agency.fullmatch(line):
        return True  # '/M. Brandt, stock.adobe.com', '(Quelle: Helvion)', 'Keystone'
    if (slashed := _SLASHED_END.search(line)) and cues.photo_agency.fullmatch(slashed["agency"]):
        return True  # a caption closing with its agency: '… soll das Rechenzentrum entstehen / picture alliance'
    if _BRACKETED_SLASH_CREDIT.fullmatch(line.strip()):
        return True  # a photographer and outlet or role in brackets alone: '(Liz Moreno / Staff Photographer)'
    if _CONTACT_LINE.match(line):
        return True  # 'Contact Dana Kowalczyk at (414) 224-2117 or dkowalczyk@journalsentinel.com. Follow her …'
    if _INITIALS.fullmatch(line.strip()) or _ARTICLE_ID.fullmatch(line.strip()) or _agency_codes(line, settings):
        return True  # a reporter's initials closing the story: '(jad)', '（rt）', 'epd lnb kw'
    if _CMS_TOKEN.fullmatch(line.strip()) or _DOI_LINE.fullmatch(line.strip()):
        return True  # a content system's placeholder left in the text ('[[nid:689204]]'), a DOI ('DOI: 10.5970/…')
    if _RATING_STARS.fullmatch(line.strip()) or _POWERED_BY.fullmatch(line.strip()):
        return True  # a rating's stars ('★★★★½'), a platform's badge ('Powered by Steady')
    if _CAPTION_MARK.match(line) and not ends_sentence(line):
        return True  # '▲ 金寨县一所乡村中学的英语课上，学生在AI助教的帮助下练习口语'
    if _PICTURE_SHOWS.match(line) and len(sentences(line)) <= 2:
        return True  # '图为锐岭汽车新车搭载的智驾域控制器。李婧 摄': what the picture shows, and its credit
    if _CLOCK_TIME.fullmatch(line.strip()):
        return True  # a time alone: a live blog's entry ('11:26 am ET', '16:40 Uhr', '10:30'), a player's duration
    if _HASHTAGS.fullmatch(line) or line.strip().casefold() in cues.marker_lines or _PLUS_BADGE.fullmatch(line):
        return True  # '#AI客服 #語音機器人 #銀行', '#ai', 'AD', '(END)', a premium badge ('EJZ+')
    bare = line.strip()
    if _GALLERY_COUNT.fullmatch(bare):
        return True  # 'Bildergalerie (9 Bilder)', '32 Photos', '2/6'
    if is_wiki_tagline(bare) or settings.cues.poll_count.fullmatch(bare):
        return True  # 'Aus Wikinews, der freien Nachrichtenquelle', a petition's '84.103 Unterschriften'
    if _exposure(line):
        return True  # a picture's exposure data: 'Halden Z7 | … | 1/2000 sec | F5.6 | ISO 1600'
    if _TIME_ALONE.fullmatch(bare) or is_teletext_header(bare):
        return True  # a live blog's entry time ('12:40 Uhr', '3:05pm'), a teletext page's header ('P103 RTÉ 103 …')
    if visual_length(line) <= FILE_LINK_CHARS and _FILE_LINK.search(line):
        return True  # a download's link: 'Stellungnahme zum Referentenentwurf (PDF, 312 KB)'
    if is_stock_quote(bare) or _PRICE.fullmatch(bare):
        return True  # a share's widget: '+2,85 %', '+8.62 (+22.35%)', 'AT0000A3VX21', 'Kurs: 38,62 EUR', '$126.40'
    if visual_length(line) <= PRINT_ISSUE_CHARS and _PRINT_ISSUE.search(line):
        return True  # the print issue the story appeared in: 'BWagrar Ausgabe 23/2027, Seite 18'
    if cues.closing_call.search(line) and not _QUOTE.search(line):
        return True  # '… is Friday, December 4. Apply today.'
    if (
        cues.is_newsletter_pitch(line)
        and not _QUOTE.search(line)
        and any(map(cues.call_to_action.match, sentences(line)))
    ):
        return True  # 'Want the latest Austin tech news first? Sign up for our free Tech Flash newsletter.'
    # as sentences too: 'Fehler im Artikel? Jetzt melden!'; not a heading on a topic: 'Datenschutz und Werbung'
    return cues.chrome_share(line) >= FURNITURE_SHARE and not _heading_about_topic(line, cues)


def _agency_codes(line: str, settings: Settings) -> bool:
    """An agency's name, its desk's and the writer's initials closing the story ('epd lnb kw', 'dpa lby mm', 'PTI AKN
    HVA')."""
    words = line.split()
    codes = all(2 <= len(word) <= 4 and word.isalpha() and (word.islower() or word.isupper()) for word in words[1:])
    return 1 <= len(words) <= 4 and words[0].casefold() in settings.agencies and codes  # (or the agency alone: 'GNA')


def _agency_credit(line: str, settings: Settings) -> bool:
    """A short line ending in a photo agency behind a slash, comma, bar or dash: a picture's credit ('/M. Brandt,
    stock.adobe.com'), not a heading that names one ('Getty Images v. Stability AI')."""
    if visual_length(line) > CREDIT_ALONE_CHARS:
        return False
    agencies = list(settings.cues.photo_agency.finditer(line))
    last = agencies[-1] if agencies else None
    return last is not None and not line[last.end() :].strip(" .)") and bool(_CREDIT_JOINT.search(line[: last.start()]))


_CONTACT_LINE = re.compile(  # a reporter's contact line: 'Contact Dana Kowalczyk at … or dk@….' (not 'Contact us at'),
    # 'Colton Reyes can be reached at (509) 459-5000 or at coltonr@spokesman.com.'
    r"(?:[Cc]ontact|[Rr]each|[Kk]ontakt)\s(?:(?:the\s)?(?:reporter|writer|author)\s)?(?:[A-ZÄÖÜ][\w'’.-]+\s){1,3}"
    r".{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # also 'Reach reporter Marisol Quintana at …'
    r"|(?:[A-ZÄÖÜ][\w'’.-]+\s){1,6}can be reached at\s.{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[Rr]each the (?:writer|reporter|author) at\s.{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # 'Reach the writer at …'
)
_ARTICLE_ID = re.compile(r"\(ID:\s?\d{5,}\)")  # a trade site's article number closing the story: '(ID:50218734)'
# the print issue a story appeared in, closing a short line ('Erschienen in Ausgabe Nr. 39/2027', 'Heft 7/2027, S. 12'),
# or named by its months alone ('July/August 2027 Issue')
_PRINT_ISSUE = re.compile(
    r"(?<!\w)(?:ausgabe|heft|issue|edition)\s*(?:nr\.|no\.)?\s*\d{1,3}\s*/\s*(?:19|20)\d{2}"
    r"(?:\s*,\s*(?:seite|s\.|page|p\.)\s*\d{1,4})?\s*$"
    r"|^\s*[^\W\d_]+(?:\s*[/-]\s*[^\W\d_]+)?\s+(?:19|20)\d{2}\s+(?:issue|edition|ausgabe)\s*$"
    r"|^\s*(?:erschienen in|published in|appeared in|aus)\s*:\s*[^:]{2,40}?\s(?:\d{1,3}\s*/\s*(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}\s*/\s*\d{1,3})\s*$",  # 'Erschienen in: Der Allgemeinarzt 15/2027', 'Aus: Jungle World 2027/15'
    re.I,
)
PRINT_ISSUE_CHARS = 60
# an editor's initials closing the story: '(jad)', '(lsa/tko)', '(awp/mc/ps)', or a newswire's: '/lkr/jha/mis'
_INITIALS = re.compile(r"[(（]\s*[a-zäöüß]{2,4}(?:\s*/\s*[a-zäöüß]{2,4}){0,3}\s*[)）]|/[a-z]{2,4}(?:/[a-z]{2,4}){1,4}")
_DOI_LINE = re.compile(r"(?:DOI:?\s*)?(?:https?://doi\.org/)?10\.\d{4,9}/\S+", re.I)
_RATING_STARS = re.compile(r"[★☆✩✪⭐½\s]{2,12}")
_POWERED_BY = re.compile(r"(?:powered by|bereitgestellt von)\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}", re.I)
_CAPTION_MARK = re.compile(r"[▲△▼]\s*\S")  # a Chinese caption's mark: '▲ 图为…'
_PICTURE_SHOWS = re.compile(
    r"\s*(?:[上下左右]?图为|[上下左右]?圖為|图片为|圖片為)(?=\S)"
)  # a Chinese caption's opening
_CMS_TOKEN = re.compile(r"\[\[[\w:./-]{1,40}\]\]|\{\{[\w:./-]{1,40}\}\}")
_CREDIT_JOINT = re.compile(r"[/,|©–—-]\s*$")


def is_site_pitch(line: str, site: str, in_body: bool, settings: Settings) -> bool:
    """A line with a sentence that names the site and calls the reader to act ('Support Times of Malta for the
    price of a coffee.', 'Download The Economic Times News App to get …') or, outside the body, speaks to the
    reader ('Did you know with a Digital Subscription to The Scotsman, you can …'): the site's pitch, however
    many sentences it holds. So is a line naming the site that closes with a call for the site itself ('…
    Unterstützen Sie uns mit einem Abo.') or names the site's app to the reader or as a label ('Die Murtaler
    Zeitung als App'), and a line naming the app's stores and the site's own ('unsere Podcasts – jetzt gratis im
    App Store und bei Google Play'). A company's blog speaks to its reader in its articles too ('Docker Desktop
    helps you build …'); a line quoting someone is the article's ('"You can read it on MIT News," she said.')."""
    if _QUOTE.search(_without_quoted_site(line, site)) or line.startswith(f"{site}:"):
        return False  # a quote, or the site's question in an interview ('MIT News: Why …?')
    cues = settings.cues
    parts = sentences(line)
    named = [_names_site(sentence, site) for sentence in parts]
    calls = [bool(cues.call_to_action.match(sentence)) for sentence in parts]
    if not in_body and any(named) and any(calls):
        return True  # outside the body the call and the site's name may stand in sentences of their own
    if any(named) and calls[-1] and cues.site_own.search(parts[-1]):
        return True  # closing with a call for the site itself: 'Die WOZ … Unterstützen Sie uns mit einem Abo.'
    if any(named) and cues.app_words.search(line) and _speaks_of_itself(line, cues):
        return True  # its app: 'Die radio ffn App: Hör uns, wo du willst …', 'Die Murtaler Zeitung als App'
    if cues.app_stores.search(line) and cues.site_own.search(line):
        return True  # its app's stores: '… der Livestream und unsere Podcasts – jetzt gratis im App Store und …'
    if not in_body and line.startswith(site) and _SELF_DESCRIPTION.match(line, len(site)):
        return True  # below the body, what the site is: 'Chalkbeat is a nonprofit news site covering …'
    return any(
        name and (call or not in_body and cues.reader_address.search(sentence))
        for sentence, name, call in zip(parts, named, calls, strict=True)
    )


_SELF_DESCRIPTION = re.compile(r"\s+(?:is|ist)\s+(?:an?|the|ein|eine|das|der|die)\s")


def _without_quoted_site(line: str, site: str) -> str:
    """The line without the quotation marks around the site's name ('der „Tagespost“'): a name, no one's words."""
    return _QUOTED_SPAN.sub(lambda m: m[1] if _names_site(m[1], site) and heading_words(m[1]) <= 3 else m[0], line)


_QUOTED_SPAN = re.compile(r"[\"“„«»]([^\"“”„«»]{2,40})[\"“”«»]")


def _speaks_of_itself(line: str, cues: Cues) -> bool:
    """A line that speaks to the reader or of the site's own ('on our app'), or a label: a few words, no sentence."""
    label = heading_words(line) <= APP_LABEL_WORDS and not is_sentences(line)
    return bool(cues.reader_address.search(line) or cues.site_own.search(line)) or label


APP_LABEL_WORDS = 6  # a label naming the site's app: 'Die Murtaler Zeitung als App', 'Jetzt die R.SH App laden'


def is_reader_call(line: str, settings: Settings) -> bool:
    """A sentence that calls the reader to act and speaks to them ('Get involved with the news in your community',
    'Send your stories and photos now', 'Schick uns deine Hinweise.'): outside the body, the site's call, unless
    the line quotes someone."""
    cues = settings.cues
    return not _QUOTE.search(line) and any(
        cues.call_to_action.match(sentence) and cues.reader_address.search(sentence) for sentence in sentences(line)
    )


_DOMAIN_END = re.compile(r"(?<=\w{3})\.(?:com|net|org|de|at|ch|co\.uk|ie|in|my|sg|ph|nz|au)$", re.I)


def without_domain_end(site: str) -> str:
    """A site's name without its domain's ending ('INQUIRER' for 'INQUIRER.net', 'PYMNTS' for 'PYMNTS.com')."""
    return _DOMAIN_END.sub("", site)


def without_site_word(site: str) -> str:
    """A site's name without a closing 'News' or 'Online' ('Crunchbase' for 'Crunchbase News', 'LR' for 'LR Online')."""
    return _SITE_WORD.sub("", site)


def _names_site(line: str, site: str) -> bool:
    """Whether the line names the site: its whole name, the name without a closing 'News' or 'Online'
    ('Crunchbase' for 'Crunchbase News'), its domain's ending ('INQUIRER' for 'INQUIRER.net') or its first word
    (three words at least, the second capitalised), one of two names a slash joins ('The Oregonian/OregonLive') or a
    long Chinese name's first two characters."""
    if cjk_count(site):  # no spaces between Chinese words; '信報' names '信報財經新聞' too
        return site in line or len(site) >= CJK_SITE_CORE + 2 and site[:CJK_SITE_CORE] in line
    names = {site, without_site_word(site), without_domain_end(site), *site.split("/")}  # 'The Oregonian/OregonLive'
    words = site.split()
    if len(words) >= 3 and words[1][:1].isupper():  # without the city before it: 'Times Free Press' for 'Chattanooga …'
        names.add(" ".join(words[1:]))
    if len(words) == 2 and words[0].casefold() in _SITE_ARTICLES and len(words[1]) >= SITE_CORE_CHARS:
        names.add(words[1])  # without its article: 'der Tagespost' for 'Die Tagespost'
    # a masthead set in capitals ('DAILY MAVERICK') or a domain in lower case ('news.de'): any case in the text
    flags = re.I if site.isupper() or site.islower() else 0
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line, flags) for name in names if len(name) >= 2)


_SITE_ARTICLES = frozenset({"die", "der", "das", "the"})
SITE_CORE_CHARS = 6  # a site's name without its article is a word this long at least ('Tagespost'; not 'Times')
CJK_SITE_CORE = 2  # characters that name a Chinese site whose name has at least two more ('信報網站', '信報財經新聞')
_SITE_WORD = re.compile(r"\s+(?:news|online)$", re.I)
_QUOTE = re.compile(r"[\"“”„«»「」]")
# a paragraph opening with what someone said ('"We did not want a black box …," said …'), not a caption's quote
# before its colon ('«Manchmal ist es einfacher …»: Lena S. in ihrer Wohnung')
_SPOKEN = re.compile(r"[\"“„«»](?!.*[\"”“»«]\s*:)")


def _is_caption_with_credit(line: str, settings: Settings) -> bool:
    """One sentence (two before a credit set apart by a dash or in brackets with a slash), then a picture's note
    ('… near Ashburton. File photo.') or a credit after its end: in
    brackets ('… got wrong. (ABC News: Patrick Rocca)', '… Tuesday. (Hanbit Silicon)'), in capitals ('… shed.
    NICOLA WEBBER/STUFF', '… ages. | KYODO'), or a picture label with an agency and photographer ('… holt. Foto:
    Lichtgut/Leonie Brandt'). An article's sentence names its source before its full stop. (A picture label and a
    name alone are not enough: a text copy glues a credit to a paragraph of one sentence too, '… Category B.
    Photo: Alvaro Serey'.)"""
    if visual_length(line) > CAPTION_MAX_CHARS:
        return False  # (first: the patterns cost most on long paragraphs)
    if note := settings.cues.picture_note.search(line):  # '… near Ashburton. File photo.'
        bracketed = line[note.start() :].lstrip(" .!?—–-")[:1] in "(["  # '… leitet sie weiter. (Symbolbild)'
        return len(_INNER_SENTENCE_END.findall(line[: note.start() + 1])) <= (1 if bracketed else 0)
    if not (match := _ONE_SENTENCE_THEN.match(line)):
        return False
    after, cues = match["after"], settings.cues
    # behind a bar or a dash ('| Source: Tessellate Robotics', '— Photo courtesy Sukhan AI', '- Credit: Fenwatch'), a
    # photographer and outlet in brackets ('(Hector Alvarado/AJC)'): a credit set apart, after two sentences too
    marked = (bar := _BAR_OR_DASH.match(after)) is not None and bool(
        cues.credit_opening.match(after[bar.end() :]) or cues.credit.match(after[bar.end() :])
    )
    if marked or _BRACKETED_SLASH_CREDIT.fullmatch(after):
        return len(_INNER_SENTENCE_END.findall(match["sentence"])) <= 1
    if _INNER_SENTENCE_END.search(match["sentence"]) or _SAID.search(match["sentence"]):
        return False  # (a report of what someone said is the article's: '…, the MOEA said. (SFC-E)')
    # 'Foto: Lichtgut/Leonie Brandt', 'Photo: Callum Reyes for The Wall Street Journal', 'Rawpixel.com/Shutterstock',
    # 'Credit: Kellie Harrop/The West Australian'
    credited = "/" in after or bool(_FOR_PUBLICATION.fullmatch(after.split(":", 1)[-1].strip()))
    labelled = bool(cues.picture_credit.match(after)) and credited or bool(cues.credit.match(after)) and "/" in after
    labelled = labelled or bool(cues.credit_opening.match(after))  # '… Monday. Courtesy of DeepNuri', 'Source: SBS
    agency = "/" in after and visual_length(after) <= CREDIT_ALONE_CHARS and bool(cues.photo_agency.search(after))
    bracketed = bool(_BRACKETED_CREDIT.fullmatch(after)) and not _note_in_brackets(after, cues)
    return labelled or agency or bracketed or bool(_CAPITALS_CREDIT.fullmatch(after))


def _note_in_brackets(bracket: str, cues: Cues) -> bool:
    """Whether a bracket holds a note rather than a credit: words in lower case longer than a name's particle ('von',
    'of', 'de'), and neither a credit's opening nor a picture's word ('courtesy of', 'photo'): 'Kupon: 7,00 – 7,75 %
    p.a. (Festlegung nach Ende der Zeichnungsfrist)', not '(Courtesy of the Achterberg family)'."""
    inner = bracket.strip().strip("()")
    return bool(_LOWER_WORD.search(inner)) and not (cues.credit_opening.match(inner) or cues.chrome_kinds(inner))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zäöüß][a-zäöüß]{3,}(?![\w'’-])")


def is_credit_below_caption(lines: list[str], i: int) -> bool:
    """A photographer and outlet between bars right below a caption, no blank line between ('Dale Ostrowski looks
    over a field north of Becker, Minn., on May 6.' / 'Kirsten Aaland | MPR News')."""
    above = lines[i - 1] if i else ""
    caption = bool(above) and ends_sentence(above) and visual_length(above) <= CAPTION_MAX_CHARS
    return caption and "/" not in lines[i] and bool(_NAME_THEN_OUTLET.fullmatch(lines[i].strip()))


def is_caption_with_name(line: str, settings: Settings) -> bool:
    """One sentence, then a name behind a picture label, a file picture's note or a bar ('… mounted on a lifeguard
    tower. Picture: Glenn Hampson', '… in July. File pic/Kiran Bhalerao', '… about the deal | Alamy'), or a
    photographer and outlet ('… on May 11, 2027. Miguel Archuleta / CapRadio'): a caption and its credit where the
    page's byline stands above it (clean.py). Alone it proves nothing: a text copy glues a credit to a paragraph of
    one sentence too ('… Category B. Photo: Alvaro Serey', above its page's headline)."""
    if visual_length(line) > CAPTION_MAX_CHARS:
        return False
    if (barred := _BARRED_CREDIT.fullmatch(line)) and heading_words(barred["sentence"]) >= CAPTION_MIN_WORDS:
        return bool(_CREDITED_NAME.fullmatch(barred["name"])) and not _INNER_SENTENCE_END.search(barred["sentence"])
    if not (match := _ONE_SENTENCE_THEN.match(line.rstrip("."))):  # (also '… afternoon. Sam Kowalczyk/Daily.')
        return False
    after = match["after"].strip()
    mark = _BAR.match(after) or _FILE_PICTURE.match(after) or settings.cues.picture_credit.match(after)
    named = bool(mark and _CREDITED_NAME.fullmatch(after[mark.end() :].strip()))
    named = named or ("/" in after and bool(_NAME_THEN_OUTLET.fullmatch(after)))
    return named and not _INNER_SENTENCE_END.search(match["sentence"])


# a sentence (abbreviations such as 'Sen.' and 'Nov.' inside it), then what follows its end
_ONE_SENTENCE_THEN = re.compile(r"(?P<sentence>.{10,}?[.!?。！？])\s*(?P<after>(?:[^.!?。！？]|\.(?=\S)){2,80})$")
_FOR_PUBLICATION = re.compile(
    r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\sfor\s(?:The\s)?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,4}"
)
_BAR_OR_DASH = re.compile(r"[|—–−-]\s*")
_BAR = re.compile(r"[|｜\\]\s*")  # also a backslash (".. Co Tipperary. \\ Philip Doyle")
_BARRED_CREDIT = re.compile(r"(?P<sentence>[^|｜]+?)\s[|｜]\s(?P<name>[^|｜]+)")  # '… about the deal | Alamy'
# a photographer and outlet behind a slash or bar ('Miguel Archuleta / CapRadio', 'Kirsten Aaland | MPR News')
_NAME_THEN_OUTLET = re.compile(
    r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}(?:\s?/\s?|\s[|｜]\s)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}"
)
_FILE_PICTURE = re.compile(r"(?:file|archive)\s(?:pic|photo|picture|image)s?\s?[/:]\s?", re.I)  # 'File pic/Kiran …'
# a photographer, owner or archive named in up to four words, the first capitalised ('Glenn Hampson', 'Brunswick News
# archive', 'Special arrangement')
_CREDITED_NAME = re.compile(r"[A-ZÄÖÜ][^\W\d_]*[.'’-]?(?:[ -][^\W\d_][\w.'’-]*){0,3}")
_BRACKETED_SLASH_CREDIT = re.compile(r"\([A-ZÄÖÜ][^()/\d]{1,40}/[^()/]{2,40}\)")  # not a release's code: '(PWK212/JHR)'
# a name in brackets: no date ('(Colombo/Apr29/2027)' closes a story), no writer's initials ('(KJA)'), no Chinese
# note (it may be the article's); in square brackets, an outlet or source in capitals ('[DAON THERMAL]', '[NEWS1]')
_SAID = re.compile(r",\s(?:[\w.'’-]+\s){1,5}(?:said|says|added|sagte|sagt|erklärte)\W*$")  # ', the MOEA said.'
_BRACKETED_CREDIT = re.compile(
    r"\((?![A-Z]{2,5}\))[A-ZÄÖÜ][^()\d]{1,50}\)|\[[A-Z][A-Z\d .,'&/-]{1,50}\]|\[[A-ZÄÖÜ][^\[\]\d]{1,50}\]"
)
# a photographer and outlet in capitals ('NICOLA WEBBER/STUFF'), an outlet's initials and a photographer ('KT/Hong
# Menea'), or an agency behind a bar ('| KYODO')
_CAPITALS_CREDIT = re.compile(
    r"[A-Z]{2,}(?:[ .'-][A-Z]{2,}){0,3}\s?/\s?[A-Z]{2,}(?: [A-Z]{2,}){0,3}"
    r"|(?:PHOTO\s?)?\|\s?[A-Z]{2,}(?: [A-Z]{2,}){0,2}"  # also 'PHOTO | FILE'
    r"|[A-Z]{2,}(?: [A-Z]{2,}){1,2}, (?:THE )?[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}"  # 'DEREK OLSEN, THE WORLD-HERALD'
    r"|[A-Z]{2,5}/[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
    r"|(?i:picture|photo|foto|bild):\s?[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"  # 'Picture: SERU RATU'
    r"|(?:PICTURE|PHOTO|FOTO|BILD):\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"  # 'PICTURE: Thajudheen'
)


# a line naming who else reported, and nothing else ('Kelsey Huang contributed.', 'Ana Ruiz and Li Wei contributed
# reporting.'); text for screen readers around a list of teasers ('list 2 of 4', 'end of list')
_NAME = r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"
_NAMES = rf"{_NAME}(?:,\s{_NAME})*(?:,?\sand\s{_NAME})?"
_CONTRIBUTED = re.compile(
    rf"{_NAMES}\scontributed(?:\sreporting|\sto this report)?\.?$|{_NAMES},\s(?:contributed|submitted|supplied)$"
    rf"|(?:With\s)?(?:[Aa]dditional\s)?[Cc]ontributions?\sfrom\s{_NAMES}\.?$"
)
_SCREEN_READER = re.compile(r"(?:list \d+ of \d+|end of list)$", re.I)
_GALLERY_CAPTION = re.compile(r"\[\d{1,2}/\d{1,2}\]\s*\S")  # a gallery's caption behind its counter ('[1/2] …')
_SLASHED_END = re.compile(r"\s/\s(?P<agency>[^/]{3,40})$")
_PLUS_BADGE = re.compile(r"\s*[^\W\d_][\w.-]{1,19}\+\s*")  # the site's premium badge: 'EJZ+', 'Wochenblatt+'
_GALLERY_WORD = r"(?:bildergalerie|fotogalerie|bilderstrecke|fotostrecke|galerie|photo gallery|gallery|图集|圖集)"
_GALLERY_COUNT = re.compile(  # a gallery's link and its count of pictures, or the count alone, or its position
    rf"{_GALLERY_WORD}\s*[:(（]?\s*\d{{1,3}}\s*(?:bilder|fotos|photos|images|pictures|张|張)?\s*[)）]?"
    r"|\d{1,3}\s*(?:bilder|fotos|photos|images|pictures|张|張)|(?:bild|foto|slide)?\s*\d{1,3}\s*(?:/|of|von)\s*\d{1,3}"
    r"|(?:.{1,80}\s[-–|]\s)?(?:screenshot|image|photo|picture|bild|foto)\s+\d{1,3}\s+(?:of|von)\s+\d{1,3}|[图圖]\s?\d{1,2}",
    re.I,
)  # 'Bildergalerie (9 Bilder)', '15 Bilder', '2/6', 'Ashen Lantern Review - Screenshot 1 of 4'

# a gallery's link below the lead picture's caption ('View 6 images', 'Alle 9 Bilder ansehen', '查看全部6张图片')
GALLERY_LINK = re.compile(
    r"\s*(?:(?:view|see|show|open)\s+(?:all\s+)?\d{1,3}\s+(?:images|photos|pictures)"
    r"|(?:alle\s+)?\d{1,3}\s+(?:bilder|fotos)\s+(?:ansehen|anzeigen)"
    r"|查看(?:全部)?\s*\d{1,3}\s*[张張](?:图片|圖片)?)\s*",
    re.I,
)
_CHANGE = r"[+−–-]\s?\d[\d.,]*\s?%"  # a price's change in per cent: '+2,85 %', '-0,11%'
# a security's identifier behind its label: 'ISIN: CA65343R1073', 'WKN: A3EZ7N', '证券代码：688917'
_SECURITY_ID = (
    r"(?:(?:isin|wkn|ticker|symbol|share code|börsenkürzel|证券代码|證券代碼|股票代码|股票代碼"
    r"|tsx-v|tsx|nyse|nasdaq|asx|fwb|otcqb)"
    r"\s*[:：]\s*[A-Z0-9.]{2,14}|(?:证券简称|證券簡稱|股票简称|股票簡稱)\s*[:：]\s*\S{2,10}|(?:公告编号|公告編號)\s*[:：]\s*[\w-]{2,14})"
)
_BEFORE = r"(?:\s*\((?:zuvor|vorher|previously|prior)\s*:?[^()]{1,30}\))?"  # '(zuvor: 112 EUR)'
# an analyst's price target or a share's figure: 'Kursziel: 95 EUR (zuvor: 112 EUR)', 'Kurspotenzial: +40,1 %'
_TARGET = (
    r"(?:kursziel|aktueller kurs|stopp-kurs|stop-loss|kurspotenzial|börsenwert|marktkapitalisierung|price target|"
    r"target price|market cap|目标价|目標價)\s*[:：]\s*[+−–-]?[$€]?\s?\d[\d.,]*\s*"
    r"(?:%|eur|euro|usd|chf|€|\$|mio\.?\s*euro|mrd\.?\s*euro|元|港元)?"
) + _BEFORE
# an analyst's rating: 'Rating: Buy (zuvor: Hold)', 'Empfehlung: Halten', '投资评级：买入'
_RATING = (
    r"(?:rating|empfehlung|anlageurteil|votum|投资评级|投資評級|评级|評級)\s*[:：]\s*(?:strong\s)?(?:buy|kaufen|halten|hold|"
    r"sell|verkaufen|outperform|underperform|neutral|overweight|underweight|accumulate|reduce|买入|增持|持有|中性|减持|"
    r"買進|增持|持有|賣出)"
) + _BEFORE
_STOCK_QUOTE = re.compile(
    rf"{_SECURITY_ID}(?:(?:\s*[|,/·]\s*|\s+){_SECURITY_ID})*"  # 'ISIN: CA65343R1073 | WKN: A3EZ7N'
    r"|[\u4e00-\u9fff]{2,6}\s*[(（]?\d{4,6}(?:\.[A-Z]{2})?[)）]?"  # a share's short name and code: '启衡智能 688917'
    rf"|{_CHANGE}|[+−–-]?\d[\d.,]*\s*\({_CHANGE}\)|[A-Z]{{2}}[A-Z0-9]{{9}}\d"  # a change, an ISIN
    rf"|[A-Z]{{3}}/[A-Z]{{3}}\s+\d[\d.,]*\s+{_CHANGE}"  # a currency pair: 'EUR/USD 1,0874 -0,11%'
    r"|(?:kurs|aktienkurs|volume|volumen|umsatz)\s*:\s*\d[\d.,]*(?:\s?(?:eur|usd|chf|€|\$))?"  # 'Kurs: 38,62 EUR'
    rf"|{_TARGET}|{_RATING}",
    re.I,
)


# a picture's exposure data: a shutter speed and an ISO ('1/250 s · ISO 125', '1/60s｜ISO 12800')
_EXPOSURE = re.compile(r"\b1/\d{1,5}\s?(?:s|sec)\b.{0,40}\bISO\s?\d{2,6}\b", re.I)
# a download's link, its file type and size in brackets closing it ('… (PDF, 1,8 MB)', '… (PDF)')
_FILE_LINK = re.compile(r"\((?:PDF|DOCX?|XLSX?|PPTX?|ZIP)(?:,\s*\d[\d.,]*\s*[KMG]i?B)?\)\s*$", re.I)
FILE_LINK_CHARS = 120
_TIME_ALONE = re.compile(  # also a transcript's time code in brackets: '[00:03:52]'
    r"\d{1,2}[:.]\d{2}\s*(?:uhr|am|pm|a\.m\.|p\.m\.|h)?|[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]", re.I
)
# a teletext page's header: its number, the service, the day and the clock ('P104 NMS CEEFAX 104 Mon 12 Jul 13:03/11')
_TELETEXT_HEADER = re.compile(r"P\d{3}\s.{1,40}\s\d{1,2}:\d{2}[:/]\d{2}")


def is_teletext_header(line: str) -> bool:
    return bool(_TELETEXT_HEADER.fullmatch(line.strip()))


def _exposure(line: str) -> bool:
    """A picture's exposure data, no sentence ('Lumo S2｜23mm F1.4｜F2.8｜1/60s｜ISO 12800'; not '… at ISO 3200.')."""
    return bool(_EXPOSURE.search(line)) and not ends_sentence(line)


def is_wiki_tagline(line: str) -> bool:
    """The line below a wiki page's title naming the wiki ('From Wikipedia, the free encyclopedia', 'Aus Stadtwiki')."""
    return bool(_WIKI_TAGLINE.fullmatch(line.strip()))


_WIKI_TAGLINE = re.compile(r"(?:aus|from)\s+\S*(?:wiki|pedia)\S*(?:\s\S+)?(?:,\s.{1,50})?", re.I)


def is_stock_quote(line: str) -> bool:
    """A share's widget or identifier alone: '+8.62 (+22.35%)', 'Kurs: 38,62 EUR', 'ISIN: CA65343R1073 | WKN: …'."""
    return bool(_STOCK_QUOTE.fullmatch(line.strip()))


_HASHTAGS = re.compile(r"\s*(?:#[^\s#]+(?:\s+#[^\s#]+)+|#[^\W\d_][^\s#]*)\s*")  # two or more, or one of words
_HANDLE = re.compile(r"\s*@[\w.]{2,30}(?:@[\w-]+(?:\.[\w-]+)+)?\s*")  # '@mhoppe', '@kira@mastodon.social'
_DECORATED = re.compile(r"\s*(?:def|async def|class|@)")  # what a decorator in a code listing stands above


def is_handle(lines: list[str], i: int) -> bool:
    """A social network's handle alone on line i ('@mhoppe'), not a decorator above code ('@classmethod' / 'def …')."""
    below = next((line for line in lines[i + 1 :] if line), "")
    return bool(_HANDLE.fullmatch(lines[i])) and not _DECORATED.match(below)


# a reporter's address alone, behind 'Write to' or behind a name ('kangsy@heraldcorp.com', 'Write to Rhea Calloway
# at rhea@wsj.com', a photographer's credit 'Reid Pettigrew rpettigrew@newsobserver.com')
_CONTACT = re.compile(
    r"(?:(?:write to|schreiben sie an|e-?mail:?)\s.*|(?:(?-i:[A-ZÄÖÜ])[\w.'’-]+\s){1,3})?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$",
    re.I,
)

# a picture's credit on a line of its own, without a label: a photographer and an outlet or agency joined by a
# slash ('Die Presse/Stefan Kainz', 'Jordan Avery/POLITICO', '20min/Michael Scherrer'), three words at least
# ('Forschung/Entwicklung' is a heading); names of up to four words ('The Globe and Mail')
_CAPITALISED_WORDS = r"(?:[A-ZÄÖÜ]|\d+[A-Za-zÄÖÜäöü])[\w.'’&-]*(?:\s(?:[A-ZÄÖÜ][\w.'’&-]*|and|of|the|und|für)){0,3}"
_SLASH_CREDIT = re.compile(rf"{_CAPITALISED_WORDS}\s?/\s?{_CAPITALISED_WORDS}")


def is_credit_alone(line: str) -> bool:
    """A picture's credit without a label on a line of its own: 'Die Presse/Stefan Kainz', a photographer working
    for an outlet whose name opens in capitals ('Maddie Okafor for NPR'; not 'Stand Up for Science'), who provided
    the picture ('图片由受访企业提供'), or a photographer and the role ('ANDREA KOHLER | Staff Photographer')."""
    slash = bool(_SLASH_CREDIT.fullmatch(line)) and len(line.replace("/", " ").split()) >= 3
    return slash or bool(_FOR_OUTLET.fullmatch(line) or _PROVIDED_BY.fullmatch(line) or _PHOTOGRAPHER.fullmatch(line))


_PROVIDED_BY = re.compile(r"(?:图片|圖片|照片|图|圖)由[^\s，。,]{1,20}(?:提供|供图|供圖)[。.]?")
# a photographer and the role ('ANDREA KOHLER | Staff Photographer', 'Lena Brandt / Fotografin')
_PHOTOGRAPHER = re.compile(
    r"[^\W\d_][\w .'’-]{2,40}?\s*[|/,–-]\s*(?:(?:staff|contributing|freelance|senior|chief)\s+)?"
    r"(?:photographer|photojournalist|fotograf|fotografin)",
    re.I,
)
_FOR_OUTLET = re.compile(r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\sfor\s[A-Z]{2,}(?:\s[A-Z][\w.'’&-]*){0,3}")


CREDIT_ALONE_CHARS = 60  # a short line naming a photo agency is a picture's credit ('Name – shutterstock.com')
CAPTION_MAX_CHARS = 260  # a picture's caption is at most this long (visual length), and one sentence
# a sentence ending inside a line: after a word of four letters at least ('Sen. Margaret' goes on), or 。！？
_INNER_SENTENCE_END = re.compile(r"[^\W\d_]{4}[.!?]\s+[A-ZÄÖÜ]|[。！？](?=.*[^\s”」』)）\]])")


def names_chrome_above(lines: list[str], i: int, settings: Settings) -> bool:
    """Whether the line belongs to the chrome line right above it: what it quotes, a player's title below its
    button ("Click to play video: 'Hamilton tech firm expanding'" over 'Hamilton tech firm expanding'), or a
    duration alone below a player's button ('Play video' over '2:47'); or a title of no sentence between the
    button and the duration ('Video abspielen' / 'So echt klingt eine geklonte Stimme – der Test' / '01:54 min')."""
    line = lines[i].strip()
    above = next((other for other in reversed(lines[max(0, i - 2) : i]) if other), "")
    quoted = line in above and any(f"{opening}{line}{closing}" in above for opening, closing in _QUOTE_PAIRS)
    below = next((other for other in lines[i + 1 : i + 3] if other), "")
    duration, duration_below = bool(_DURATION.fullmatch(line)), bool(_DURATION.fullmatch(below.strip()))
    titled = duration_below and not ends_sentence(line)
    if duration and (_is_player_line(above, settings) or _is_player_title(lines, i - 1, settings)):
        return True  # 'Play' / '06:12', 'O-Ton: Lena Kröger' / '0:48', or below a player's title
    if duration_below and _is_player_title(lines, i, settings):
        return True  # 'Audio' / 'Radio TOP hat mit Flowmetrik-Chef Jonas Brändli gesprochen.' / '01:42'
    return bool(line) and (quoted or titled or duration) and bool(settings.cues.chrome_kinds(above))


def _is_player_title(lines: list[str], i: int, settings: Settings) -> bool:
    """A player's title of one sentence or none, between its button or label and its duration (line i, or the
    nearest line above it when i is blank)."""
    present = [j for j in range(max(0, i - 3), min(len(lines), i + 4)) if lines[j]]
    at = next((k for k in range(len(present) - 1, -1, -1) if present[k] <= i), None)
    if at is None or not 0 < at < len(present) - 1:
        return False
    above, title, below = (lines[present[k]].strip() for k in (at - 1, at, at + 1))
    one = visual_length(title) <= CAPTION_MAX_CHARS and len(sentences(title)) == 1
    # below a duration, a video list's next title ('02:11' / 'Neue Regeln für E-Scooter: Das müsst ihr wissen'), not a
    # live blog's sentence below its time ('10:30' / '開幕典禮上，有政府官員致辭時表示，…。')
    after_duration = _DURATION.fullmatch(above) and not _PLAYER_AT_START.fullmatch(above)
    at_start = not (after_duration and ends_sentence(title))
    return (
        one
        and bool(_DURATION.fullmatch(below))
        and _is_player_line(above, settings)
        and at_start
        and not _DURATION.fullmatch(title)
    )


_CLOCK_TIME = re.compile(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}(?=\s*uhr)|\d{1,2}(?=\s*[ap]\.?m))"
    r"(?:\s*(?:uhr|[ap]\.?\s?m\.?))?(?:\s+[A-Z]{2,4}T?)?",
    re.I,
)
_PLAYER_AT_START = re.compile(r"(?:0?0:)?0?0:00")


def _is_player_line(line: str, settings: Settings) -> bool:
    """A player's button, position or label: a player's word among a few words ('Play episode'), '00:00', or a label
    before its title ('Listen: …', 'O-Ton: …')."""
    cues = settings.cues
    words = line.casefold().replace(":", " ").split()
    button = len(words) <= PLAYER_BUTTON_WORDS and any(word in cues.player_words for word in words)
    return button or bool(_DURATION.fullmatch(line.strip())) or bool(cues.post_navigation.match(line))


PLAYER_BUTTON_WORDS = 3  # 'Play', 'Video Player', 'Play episode'


_DURATION = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:min\.?|mins|minuten))?", re.I)


_QUOTE_PAIRS = (("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("「", "」"))


def is_caption(lines: list[str], i: int, start: int, end: int, settings: Settings) -> bool:
    """A picture's caption (_caption) that is not the byline above the picture ('By Priya Natarajan | February
    16, 2027 | 11:34 AM' over 'Photo: Morsa Images/Getty Images')."""
    return _caption(lines, i, start, end, settings) and not _is_byline(lines[i], settings)


def _caption(lines: list[str], i: int, start: int, end: int, settings: Settings) -> bool:
    """A sentence right above a picture's credit: the picture's caption, between two paragraphs of the body
    (`start` to `end`) above a photograph's credit ('… wächst hier noch Mais.' above 'Bild: ZDF/Tobias Reimann'),
    or in the header below a dek above any credit, or below the date, reading time, age or byline above a
    photograph's credit (there two sentences too: 'Blick in einen Reinraum … Dort werden …'); or below a
    caption's label ('Caption:'); or anywhere when it says who stands where in the picture ('(l.)').
    Not a dek right below the headline, nor the body's first line, nor a paragraph above the credit of a chart or
    of the cover picture: a text copy leaves such credits without a caption."""
    line = lines[i]
    cues = settings.cues
    if visual_length(line) > CAPTION_MAX_CHARS or date_line(line):
        return False  # (a date above the picture's credit: 'March 11, 2027 at 07:00 JST' / 'Photo/Illustration')
    if (unplaced := cues.picture_position.sub("", line)) != line:  # ('(l.)' would end a sentence)
        return len(sentences(unplaced)) <= 2 and not _QUOTE.search(line)  # 'Tobias Rehn (l.) und Anh Nguyen …'
    inner_end = _INNER_SENTENCE_END.search(line)
    if inner_end and len(sentences(line)) > 2:
        return False
    above = next((other for other in reversed(lines[max(0, i - 2) : i]) if other), "")
    if cues.caption_label.fullmatch(above):
        return True  # labelled: 'Caption:' above it
    below = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k]), None)
    if below is None:
        return False
    credit = lines[below]
    short_credit = visual_length(credit) <= CREDIT_ALONE_CHARS
    agency = short_credit and bool(cues.photo_agency.search(credit) or _COPYRIGHT_CREDIT.match(credit))
    labelled = bool(cues.picture_credit.match(credit.lstrip("(（[【 ")))  # also '(Bild: Boris Roessler/dpa)'
    photo_credit = labelled or is_credit_alone(credit) or agency or bool(GALLERY_LINK.fullmatch(credit))
    if not (photo_credit or cues.credit.match(credit) or _NAME_AND_OUTLET.fullmatch(credit)):
        return False
    metadata_above = bool(cues.chrome_kinds(above) or date_line(above) or is_reading_time(above) or is_age(above))
    metadata_above = (metadata_above or _is_byline(above, settings)) and not is_sentences(above)
    if inner_end and i >= start:  # two statements in the body above a photograph's credit alone, quoting no one,
        # neither the body's lead nor its last line; not in Chinese, whose pages print a file picture's credit
        # without a caption ('圖／寰宇新聞資料照')
        plain = not _QUOTE.search(line) and "?" not in line and not cjk_count(line)
        return plain and start < i and below < end and _credit_alone(lines, below, settings)
    if inner_end:  # two sentences: in the header, below metadata, above a photograph's credit, quoting no one
        return (
            photo_credit
            and metadata_above
            and not _QUOTE.search(line)  # (a dek may quote: '… Konkurrenz: "Ikigai".')
            and cjk_count(line) <= CHINESE_CAPTION_CHARS  # (a Chinese lead paragraph above a stock picture's credit)
        )
    dek_above = is_sentences(above) and not cues.chrome_kinds(above)
    if not ends_sentence(line):  # a caption without its full stop: below the date, reading time or dek, above a credit
        credited = photo_credit or (dek_above and bool(cues.credit.match(credit)))
        below_metadata = metadata_above or (dek_above and i < start)  # (a sub-heading may stand above a picture)
        return below_metadata and credited and heading_words(line) >= CAPTION_MIN_WORDS
    if start < i and below < end:
        return photo_credit and not _SPOKEN.match(line)  # (a quote above a photograph's credit is the article's)
    if dek_above and _sentences_above(lines, i):
        return False  # the last of the header's points ('Summary' / three sentences), above the picture's credit
    # in the header, a photographer and the outlet in capitals credit the picture too ('Marcus Ortega, USA TODAY')
    photo_credit = photo_credit or bool(_NAME_AND_OUTLET.fullmatch(credit))
    return i < start and (
        dek_above and bool(cues.credit.match(credit)) or photo_credit and (dek_above or metadata_above)
    )


def _credit_alone(lines: list[str], i: int, settings: Settings) -> bool:
    """Whether line i is a short labelled photograph's credit ('Bild: NASA/JPL-Caltech', 'Credit: Jens Albrecht/LRZ')
    with no other credit or caption below it: a credit that follows its caption, not one a text copy left without
    its caption above the paragraph before it ('Symbolbild: Pfarrbüro' / 'Foto: kath.net/Archiv')."""
    credit = lines[i]
    if visual_length(credit) > CREDIT_ALONE_CHARS or not settings.cues.picture_credit.match(credit.lstrip("(（[【 ")):
        return False
    below = _nearest(lines, range(i + 1, len(lines)), 1)
    return not below or not (
        settings.cues.picture_credit.match(lines[below[0]]) or settings.cues.credit.match(lines[below[0]])
    )


def _sentences_above(lines: list[str], i: int) -> bool:
    """Whether the two lines above a line are sentences: it closes a run of points (a caption has one dek above)."""
    above = [line for line in reversed(lines[max(0, i - 4) : i]) if line][:2]
    return len(above) == 2 and all(is_sentences(line) and not date_line(line) for line in above)  # ('… 1 p.m.')


def _is_byline(line: str, settings: Settings) -> bool:
    return bool(line) and read_byline(line, settings) is not None


_COPYRIGHT_CREDIT = re.compile(r"©\s?(?!\d)\w")  # '© Lumenic', '©Kurier/Stefan Weinberger' (not '© 2026 …')


CHINESE_CAPTION_CHARS = 80  # a Chinese caption of two sentences has at most this many characters (a lead, more)
CAPTION_MIN_WORDS = 6  # a caption without a full stop has this many words at least (a kicker or label has fewer)
_NAME_AND_OUTLET = re.compile(r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2},\s[A-Z]{2,}(?:\s[A-Z]{2,}){0,3}")


def _is_player_duration(line: str, settings: Settings) -> bool:
    match = _WORD_AND_DURATION.match(line)
    return match is not None and match["word"].casefold() in settings.cues.player_words


def is_chrome_label(line: str, settings: Settings) -> bool:
    """A short line that names page chrome and has no sentence mark in it ('PC Gamer Newsletter', '视频-…'): outside
    the body, a box's label or a teaser, though the classifier kept it. A one-letter cue ('x' for X) is not enough."""
    return (
        visual_length(line) <= 2 * CHROME_MAX_CHARS
        and not any(c in _LABEL_BREAKS for c in line)
        and any(end - start > 1 for _, start, end in settings.cues.chrome_matches(line))
    )


_LABEL_BREAKS = set(".。!！?？；")  # a line with one of them may hold a sentence (or a clause): never a label


def is_notice(line: str, settings: Settings) -> bool:
    """The site's notice about the article, however long: copyright and reprint terms, a disclaimer, an ad or
    affiliate disclosure ('Disclaimer: …', '【免责声明】…', '… we may earn a commission …'; data/cues.yml
    notice_labels and notice_phrases)."""
    return bool(_COPYRIGHT_NOTICE.search(line) or settings.cues.is_notice(line))


_COPYRIGHT_NOTICE = re.compile(
    r"^\W*(?:copyright\b|©)|all rights reserved|alle rechte vorbehalten|版权所有|版權所有"
    r"|(?:未经|未經).{0,8}(?:授权|授權).{0,12}(?:转载|轉載|复制|複製)|[严嚴]禁[转轉][载載]|不得[转轉][载載]|侵[权權]必究",
    re.I,
)  # '© 2020 CBS Interactive Inc. All Rights Reserved.', '未经正式授权严禁转载本文，侵权必究。'
_PLAYER_READOUT = re.compile(
    r"^\s*(?:\d(?:[.,]\d+)?\s?[x×]|(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})\s*$"
)  # an audio or video player's speed or position: '1x', '1,5x', '00:00 / 04:12'
# a player's word and duration ('Hören 05:41': player_words)
_WORD_AND_DURATION = re.compile(r"^\s*(?P<word>[^\W\d_]{2,12})\s+(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
# a figure's or table's caption: 'Figure 2: …', 'Abb. 1: …', '图 1：…', '表 2：…'
_FIGURE_CAPTION = re.compile(
    r"^(?:(?:figure|fig\.|table|abbildung|abb\.|tabelle|图|圖|表)\s*\d{1,2}\s*[:：.]|(?:图|圖|表)\s*\d{1,2}\s+[^。！？]+$)",
    re.I,
)
# an outlet saying the story is its report, on a line of its own ('机器之心报道', '新智元報導')
# ('机器之心报道'; not a kind of reporting a sub-heading names: '真人主播转向深度报道')
_OUTLET_REPORT = re.compile(r"^[^\W_]{2,10}(?<!深度)(?<!连续)(?<!連續)(?<!跟踪)(?<!跟蹤)(?:报道|報導)$")
# a credit closing a caption without a label, after its last sentence: who provided the picture ('。（思域智能提供）'),
# a file picture ('。（資料圖片）', '（本刊資料照）'),
# a photographer working for the outlet ('. (Jessica Tran for The Washington Post)'); or a copyright holder
# ('… © Jonas Feldt / stern')
_CLOSING_CREDIT = re.compile(
    r"(?:[.。!！?？]\s*(?:[（(][^（()）]{0,20}(?:提供|攝|摄|資料照片?|资料照片?|資料圖片?|资料图片?|檔案照|档案照|示意圖|示意图|圖片|图片|供圖|供图"
    r"|[/／][图圖])[）)]|[（(](?:示意圖|示意图)[／/][^（()）]{1,20}[）)]"
    r"|\((?:[A-Z][\w.'’-]+\s){1,3}for\s+[A-Z][\w .'’-]{1,40}\))"
    r"|©\s*[^©.。]{2,50}|\[[^\[\]/]{2,40}/[^\[\]/]{2,40}\]"
    r"|(?<=[.!?])\s?(?:[A-Z][\w'’-]+\s){2,3}for\s+[A-Z][\w '’-]{1,40}[\w'’]"
    r"|(?<=[.!?])\s/\s?[A-Z][\w-]{1,20}(?:\s[A-Z][\w-]{1,20}){0,2}"  # '… Anhui Province. /CGTN'
    r"|(?<=[.!?])\s+(?:Photo|Picture|Image)s?\s(?:by|courtesy of)\s(?:[A-Z]|the author|the writer)[^.!?]{0,50}\.?"
    r"|(?<=[.!?])\s+(?:Photo|Picture|Image)\scredits?:\s?[A-Z][^.!?:]{1,60}\.?"  # '… Image credit: Lumora Photonics.'
    r"|(?<=[。！？])(?:图片|圖片)由[^。！？]{1,20}提供"  # '…团队合影。图片由青木广告提供'
    r"|(?<=[.!?])\s+[A-Z][A-Z.&'’-]*(?:\s[A-Z][A-Z.&'’-]*){0,3}\s/\s[A-Z][A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]*){0,4}"
    r"|(?<=[.!?])\s+[A-Z]{2,8}\s(?:photo|file photo)(?:\s[A-Z][a-z]{2,4}\.?\s\d{1,2},\s\d{4})?"
    r"|[（(](?:受访者|受訪者|企业|企業|公司|单位|單位)?(?:供图|供圖)[）)]"
    r"|[（(](?:图片来自|圖片來自|图片来源|圖片來源|图源|圖源)[:：]?[^（()）]{1,20}[）)]"  # '…外观（图片来自曜芯科技）'
    r"|(?<=[。！？])[\u4e00-\u9fff·]{2,4}[攝摄]"
    r"|(?<=[。！？])[\u4e00-\u9fff]{2,8}(?:供图|供圖)"
    r"|\s\([A-Z]{2,6}/[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\)"  # '… in Amman on 10 July 2027 (MEE/Yusuf Haddad)'
    r"|\s\[(?:Image|Photo|Picture|Bild|Foto|Credit)s?:\s?[^\[\]]{2,50}\]"  # '… plain films [Image: Adobe Stock]'
    r"|^[（(][^（()）]{2,40}[攝摄][）)])\s*$"  # '（发布会现场　记者 李晓 摄）'
)  # also '。（李澤彤攝）', '… [Temitope Adewale/Al Jazeera]', '… on Nov. 4.Marisol Vega for NBC News', '。吳冠廷攝',
# '… Hawaii. U.S. ARMY / STAFF SGT. KEONI PALAKIKO', '… on Wednesday. CNA photo Aug. 25, 2027',
# '。受访者供图'
# a reporter's photograph closing a caption ('。记者 刘洋 摄', '。新京报记者 赵蕾 摄'): the lead picture's caption
# (clean.py); further down the copy of a page may count such a caption as the article's
_REPORTER_PHOTO = re.compile(
    r"(?<=[。！？])(?:\s*[\u4e00-\u9fffA-Za-z]{0,10}(?:记者|記者|通讯员|通訊員))?(?:\s*[\u4e00-\u9fff·]{2,4}){1,3}\s*/?[攝摄]\s*$"
)


def is_reporter_photo_caption(line: str) -> bool:
    return visual_length(line) <= CAPTION_MAX_CHARS and bool(_REPORTER_PHOTO.search(line))


# a caption's last sentence (or quote), then 'Foto:'
_CAPTION_CREDIT = re.compile(r"[.。!！?？)）»«\"”“']\s*\S{1,14}\s*[:：／/|｜]")  # also '… aussehen. Visualisierung: …'


def is_chrome_in_body(lines: list[str], i: int, settings: Settings) -> bool:
    """Between paragraphs only short lines that name page chrome (a share bar, an ad marker, 'Read more') or
    have no word at all go; other short lines of the article (headings, list items, a spec list's items) stay, and
    so do headings about a topic that chrome words name too ('Datenschutz bleibt ein Thema')."""
    line, cues = lines[i], settings.cues
    if not any(c.isalnum() for c in line):
        return True
    return (
        visual_length(line) <= CHROME_MAX_CHARS
        and not is_sentences(line)
        and bool(cues.chrome_kinds(line))
        and not _one_letter_cue_among_words(line, cues)
        and not _heading_about_topic(line, cues)
        and not _is_spec_item(lines, i)
        and not _chrome_word_in_a_name(lines, i, cues)
    )


def _one_letter_cue_among_words(line: str, cues: Cues) -> bool:
    """Whether the line's only chrome cues are one letter ('x' for X) among other words: '2 x USB4 Type-C ports' (not
    a list's letter alone: '24. X')."""
    if not all(end - start == 1 and line[start].isalpha() for _, start, end in cues.chrome_matches(line)):
        return False  # (a sign is cue enough: '©')
    return bool(_WORD.search(line))  # (a cue matches a whole word: the letter is no part of a longer one)


_WORD = re.compile(r"[^\W\d_]{2,}")


def _chrome_word_in_a_name(lines: list[str], i: int, cues: Cues) -> bool:
    """Whether line i's chrome word is part of a capitalised name the paragraphs around it use too: a heading on
    the story's subject ('How Reply Assist works' between paragraphs on 'Reply Assist'), not a button's words."""
    line = lines[i]
    around = " ".join(lines[max(0, i - NAME_REACH) : i] + lines[i + 1 : i + 1 + NAME_REACH])
    for _, start, end in cues.chrome_matches(line):
        name = _CAPITALISED_RUN.search(line, max(0, line.rfind(" ", 0, start) + 1))
        if name and name.start() <= start and name.end() >= end and " " in name[0] and name[0] in around:
            return True
    return False


NAME_REACH = 3  # lines above and below where the name is looked for
_CAPITALISED_RUN = re.compile(r"(?:[A-ZÄÖÜ][\w’'-]*)(?:\s[A-ZÄÖÜ][\w’'-]*)+")


def _heading_about_topic(line: str, cues: Cues) -> bool:
    """Whether the line's chrome words are all words of a topic articles write about ('Datenschutz', 'privacy';
    `topic_words` in data/cues.yml) and a function word outside them joins them to other words, as in a heading
    ('Kosten und Datenschutz', 'Datenschutz als größte Hürde', 'Datenschutz und Werbung'), or a word in small
    letters follows, as a heading in sentence case has it ('Privacy concerns'); not a link's, button's or banner's
    words ('Privacy Policy', 'Privacy Settings', 'Zur Suche', 'Cookie- und Datenschutzeinstellungen')."""
    rest = list(line)
    matches = cues.chrome_matches(line)
    for _, start, end in matches:
        if line[start:end].casefold() not in cues.topic_words:
            return False
        rest[start:end] = " " * (end - start)
    words = "".join(rest).split()
    joining = [word.casefold() in cues.function_words for word in words]
    small = any(
        word.isalpha() and word.islower() for word, function in zip(words, joining, strict=True) if not function
    )
    # 'Suche nach neuen Räumen', two topics joined ('Datenschutz und Werbung'), not 'Zur Suche' nor a form's label
    # ('Select user consent:')
    labelled = line.rstrip().endswith((":", "："))
    return (any(joining) or small) and (not all(joining) or len(matches) >= 2) and not labelled


def chrome_runs(lines: list[str], article: list[float], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of the body's runs of two or more short lines that the classifier doubts (below its core
    threshold), from the first to the last that names page chrome, when at least half of them do: an ad box
    ('Anzeige', a course teaser, 'Jetzt buchen'), a share bar with its network names. A single short line
    between paragraphs (a sub-heading) is never such a run, and sentences never belong to one."""
    doubtful = settings.article_probability["core"]
    runs: list[list[int]] = [[]]
    for i in range(start, end + 1):
        if not lines[i]:
            continue
        if article[i] < doubtful and not is_sentences(lines[i]) and visual_length(lines[i]) <= 2 * CHROME_MAX_CHARS:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    dropped: set[int] = set()
    for run in runs:
        named = [k for k, i in enumerate(run) if is_chrome_in_body(lines, i, settings)]
        span = run[named[0] : named[-1] + 1] if named else []  # a sub-heading after a share bar stays
        if len(span) >= 2 and 2 * len(named) >= len(span):
            dropped.update(span)
        dropped.update(_teasers(lines, run, end, settings))
    return (
        dropped | _labelled_teasers(lines, start, end, settings) | _button_boxes(lines, article, start, end, settings)
    )


BOX_LINES = 4  # a widget's box between paragraphs: this many short lines at least, its button the last
BUTTON_WORDS = 4  # a button's label is short ('View all properties', 'Alle Angebote ansehen')


def _button_boxes(lines: list[str], article: list[float], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of the body's widget boxes: BOX_LINES or more short lines between paragraphs, mostly doubted by the
    classifier, up to a button closing them ('Properties for sale in Leichhardt' / '3 Beds' / … / 'View all
    properties'; '房贷计算器' / '贷款年限' / … / '开始计算'). A list a sentence introduces in the box's run stays."""
    present = [i for i in range(start, end + 1) if lines[i]]
    short = _runs(present, lambda i: not is_sentences(lines[i]) and visual_length(lines[i]) <= 2 * CHROME_MAX_CHARS)
    found: set[int] = set()
    for run, _ in short:
        buttons = [k for k, i in enumerate(run) if _is_button(lines[i], settings)]
        if not buttons:
            continue
        above = _nearest(lines, range(run[0] - 1, -1, -1), 1) or [-1]
        leads = [*above, *run[: buttons[-1]]]  # (the line above the run, then the run's: position k heads run[k:])
        listed = [k for k, i in enumerate(leads) if i >= 0 and introduces_list(lines, i, settings)]
        protected = max((k + len(items_below(lines, run[k:], settings)) - 1 for k in listed), default=-1)
        box = run[protected + 1 : buttons[-1] + 1]
        doubted = sum(article[i] < settings.article_probability["core"] for i in box)
        asking = [k for k, i in enumerate(box) if _asks_the_reader(lines[i], settings)]
        call = box[asking[-1] :] if asking else []  # from the last call to the reader to the button
        if box and _is_product_box([lines[i] for i in box], settings):
            found.update(box if len(box) >= PRODUCT_BOX_LINES and 2 * doubted >= len(box) else ())
        elif len(box) >= BOX_LINES and 3 * doubted >= 2 * len(box):
            found.update(box)
        elif call and len(call) >= ASKING_BOX_LINES - _ends_in_question(lines[call[0]]):
            found.update(call)  # 'Was ist Ihre Immobilie wert?' / 'Kostenlose …' / 'Jetzt bewerten'
    return found


ASKING_BOX_LINES = 3  # a call to the reader, a line on the offer, its button (a question may stand right above it)


def _asks_the_reader(line: str, settings: Settings) -> bool:
    """A short question speaking to the reader ("What's your property worth?", 'Was ist Ihre Immobilie wert?') or a
    call to join the site's own ('Join our next hackathon')."""
    if settings.cues.call_to_action.match(line) and settings.cues.site_own.search(line):
        return True
    return _ends_in_question(line) and bool(settings.cues.reader_address.search(line) or _FORMAL_ADDRESS.search(line))


def _ends_in_question(line: str) -> bool:
    return line.rstrip().endswith(("?", "？"))


_FORMAL_ADDRESS = re.compile(r"(?<=\w )(?:Sie|Ihnen|Ihre?[mnrs]?)\b")  # German's formal 'you', not opening the line


def _is_button(line: str, settings: Settings) -> bool:
    short = len(line.split()) <= BUTTON_WORDS and visual_length(line) <= CHROME_MAX_CHARS
    return short and bool(settings.cues.box_button.search(line) or _is_shop_button(line, settings))


def _is_shop_button(line: str, settings: Settings) -> bool:
    """A product box's button ('Jetzt shoppen') or a shop's offer ('$98 at Wardwell')."""
    return bool(settings.cues.shop_button.search(line) or _PRICED_OFFER.fullmatch(line.strip()))


def _is_product_box(box: list[str], settings: Settings) -> bool:
    """Short lines closed by a shop's button, or holding a price ('129,95 €'): a product's name, maker and price."""
    return _is_shop_button(box[-1], settings) or any(_PRICE.fullmatch(line.strip()) for line in box)


# a price alone on a line ('129,95 €', '$38.00', '349 Euro'), or with its shop: an offer ('$98 at Wardwell')
_AMOUNT = r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*(?:,-)?\s?(?:€|euro|eur|chf|usd|\$|元))"
_AT_SHOP = r"\s+(?:at|bei)\s+\S.*"
_PRICE = re.compile(rf"{_AMOUNT}(?:{_AT_SHOP})?", re.I)
_PRICED_OFFER = re.compile(rf"{_AMOUNT}{_AT_SHOP}", re.I)
PRODUCT_BOX_LINES = 3  # a product box between paragraphs: its name, its price and the shop's button at least,
# half of them doubted by the classifier (a price reads as a line of the article to it)


def _labelled_teasers(lines: list[str], start: int, end: int, settings: Settings) -> set[int]:
    """Each 'related' label between paragraphs and the teaser box below it ('Lesen Sie auch' over 'Elektronische
    Patientenakte: Was sich 2027 für Versicherte ändert'), whatever the classifier thinks of them."""
    found: set[int] = set()
    present = [i for i in range(start, end + 1) if lines[i]]
    for k, i in enumerate(present):
        if settings.cues.is_related_label(lines[i]):
            found.add(i)
            if not _closes_box(lines, i):
                found.update(_teaser_box(lines, present[k + 1 : k + 1 + MAX_TEASERS], settings.cues.function_words))
    return found


def _closes_box(lines: list[str], i: int) -> bool:
    """Whether a 'related' label closes the box above it, a button below its teaser set without blank lines
    ('Sponsored by …' / 'Five Ways …' / 'Read More', then a blank line): no label over the line below."""
    return 0 < i < len(lines) - 1 and bool(lines[i - 1]) and not lines[i + 1] and not ends_sentence(lines[i - 1])


def _teaser_box(lines: list[str], below: list[int], function_words: frozenset[str]) -> list[int]:
    """The teaser headlines among the lines below a label: the first headline, its kickers above it ('WELTplus',
    'Energiewende'), further headlines below the same kicker again and, in a box without kickers, further
    headlines in the first one's form (a bullet if it has one, at least TEASER_LIKENESS of the longest one's
    length). A line that ends a sentence or introduces a list, a shorter line, one of another form or one whose
    words the paragraph right below it repeats is the article's next sub-heading ('Datenschutz und Personalrat früh
    eingebunden' over 'Bauer rät, den Datenschutzbeauftragten und den Personalrat …'), and so is a line after a blank
    one below a box set without blank lines; so may be the last of LONG_BOX or more headlines alike, which stays: a
    box with a sub-heading right below it and a box of one more teaser read the same."""
    box: list[int] = []
    longest, kicker, bullet = 0, False, None
    tight = bool(below) and below[0] > 0 and bool(lines[below[0] - 1])  # the label right above the first line
    for position, j in enumerate(below):
        line, length = lines[j], visual_length(lines[j])
        if ends_sentence(line) or line.rstrip().endswith((":", "：")) or length > TEASER_MAX_CHARS:
            break
        following = below[position + 1] if position + 1 < len(below) else None
        shorter = following is not None and length < TEASER_LIKENESS * visual_length(lines[following])
        if not longest and (length <= KICKER_CHARS or shorter):
            kicker = True  # a short line above the first headline: each teaser of this box has its kicker
            box.append(j)
            continue
        if longest and kicker and line == lines[box[0]]:
            box.append(j)  # the box's kicker again, over its next teaser ('Tech News')
            longest = 0
            continue
        if longest and (kicker or length < TEASER_LIKENESS * longest or is_list_item(line) != bullet):
            break
        if longest and following is not None and _heads_paragraph(line, lines[following], function_words):
            break
        if longest and tight and not lines[j - 1]:
            break  # a box set without blank lines ends at the first one: 'Auch interessant' / '…' / '' / sub-heading
        box.append(j)
        longest, bullet = max(longest, length), is_list_item(line)
    if len(box) >= LONG_BOX and not kicker:
        box.pop()  # of three headlines alike or more, the last may be the next sub-heading: kept, as text is
    return box if not box or _heads_box(lines, box, below, kicker) else []


def _heads_box(lines: list[str], box: list[int], below: list[int], kicker: bool) -> bool:
    """Whether a teaser box holds a headline, not only a short 'kicker' above the body's next paragraph: that one
    is the next sub-heading below a label whose box the copy left empty ('Recommended Videos' / 'Why it matters')."""
    if not kicker or any(lines[j] != lines[box[0]] or visual_length(lines[j]) > KICKER_CHARS for j in box):
        return True
    after = next((j for j in below if j > box[-1]), None)  # (a headline asking a question ends the box too)
    return after is not None and visual_length(lines[after]) <= TEASER_MAX_CHARS


def _heads_paragraph(line: str, below: str, function_words: frozenset[str]) -> bool:
    """Whether the line is the sub-heading of the paragraph below it: most of its words recur there, or a quarter of
    a short one's ('Streit um die 52-Stunden-Woche' over 'Gleichzeitig tobt in Seoul ein politischer Streit …'; a
    teaser's headline is longer)."""
    share = SUBHEADING_ECHO if heading_words(line) > SHORT_SUBHEADING_WORDS else SHORT_SUBHEADING_ECHO
    return is_sentences(below) and Echo([below], function_words).share(line) >= share


SUBHEADING_ECHO = 0.5
SHORT_SUBHEADING_ECHO = 0.25
SHORT_SUBHEADING_WORDS = 6


# 'Betriebssystem: Windows 11 Home': a label of a few words, its colon and a value
_SPEC_ITEM = re.compile(r"^[^\W\d_][^:：]{0,30}[:：]\s*\S")


FACT_ITEMS = 3  # 'label: value' lines in a row outside the body, with the story's prose below, are its fact box
FACT_LABEL_WORDS = 3  # a fact's label has at most this many words


def fact_boxes(lines: list[str], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of the fact boxes outside the body: FACT_ITEMS or more 'label: value' lines in a row naming no page
    chrome and no metadata ('责任编辑：…', '校对：…'), right above sentences ('Gründung: 2023 in München',
    'Mitarbeitende: 85', …, then the next paragraph) or right below the body's last line, perhaps below the box's
    heading ('Company profile'): the article's, though the classifier doubts each."""
    present = [i for i, line in enumerate(lines) if line]
    boxes = _runs(present, lambda i: not start <= i <= end and _is_fact(lines[i], settings))
    after_body = _nearest(lines, range(end + 1, len(lines)), 2)
    found: set[int] = set()
    for run, below in boxes:
        if len(run) < FACT_ITEMS:
            continue
        if below is not None and (is_sentences(lines[below]) or _heading_over_prose(lines, below, settings)):
            found.update(run)
        elif after_body and run[0] == after_body[0]:
            found.update(run)  # the box closes the article
        elif after_body[1:] == run[:1] and _is_box_heading(lines[after_body[0]], settings):
            found.update([after_body[0], *run])  # ... below its heading ('Company profile')
    return found


def _heading_over_prose(lines: list[str], i: int, settings: Settings) -> bool:
    """Whether line i is a short heading with sentences right below it (the article's next section)."""
    below = _nearest(lines, range(i + 1, len(lines)), 1)
    return bool(below) and _is_box_heading(lines[i], settings) and is_sentences(lines[below[0]])


def _is_box_heading(line: str, settings: Settings) -> bool:
    return visual_length(line) <= CHROME_MAX_CHARS and not is_sentences(line) and not settings.cues.chrome_kinds(line)


def _is_fact(line: str, settings: Settings) -> bool:
    """A 'label: value' line whose label is a word or three ('Umsatz 2025'; 'KI in der Zentralschweiz: Diese …' is
    a teaser's kicker and headline) and that names no page chrome, byline or role."""
    label = re.split(r"[:：]", line, maxsplit=1)[0]
    return (
        bool(_SPEC_ITEM.match(line))
        and len(label.split()) <= FACT_LABEL_WORDS
        and not (settings.cues.chrome_kinds(line) or settings.byline_chinese.match(line) or is_role(label, settings))
    )


def _is_spec_item(lines: list[str], i: int) -> bool:
    """A 'label: value' line right below another: an item of a spec list, whatever chrome word its value holds
    ('Home' in 'Windows 11 Home')."""
    above = next((line for line in reversed(lines[:i]) if line), "")
    return bool(_SPEC_ITEM.match(lines[i]) and _SPEC_ITEM.match(above))


def _teasers(lines: list[str], run: list[int], end: int, settings: Settings) -> list[int]:
    """A 'related' label in a run of doubted short lines and the teaser headlines below it ('Mehr zum Thema', two
    headlines of other stories); the line right below the label is a teaser (a label stands over one at least),
    a later last line of the run with more article below is the next sub-heading and stays, as does a sentence
    introducing a list and what follows it ('The roles will include:')."""
    for k, i in enumerate(run):
        if settings.cues.is_related_label(lines[i]) and not _closes_box(lines, i):
            teasers = run[k:]
            lead = next((n for n, j in enumerate(teasers) if n and _teaser_lead(lines, j, settings)), None)
            if lead is not None:
                return teasers[:lead]
            return teasers[:-1] if teasers[-1] < end and len(teasers) > 2 else teasers
    return []


def _teaser_lead(lines: list[str], i: int, settings: Settings) -> bool:
    """A short sentence introducing a list below a teaser box: no headline ends in a colon."""
    return introduces_list(lines, i, settings, least_words=TEASER_LEAD_WORDS)


TEASER_LEAD_WORDS = 3  # words of a lead-in in a teaser run ('The roles will include:')
TEASER_MAX_CHARS = 120  # a teaser headline below a 'related' label after the body is at most this long
TEASER_LIKENESS = 0.6  # a teaser box's further headlines are at least this share of its first one's length
MAX_TEASERS = 5  # headlines of one teaser box between paragraphs
LONG_BOX = 3  # a teaser box of this many headlines alike keeps its last line (a sub-heading, maybe)
KICKER_CHARS = 16  # a line this short (visual length) above a teaser's headline is its kicker ('WELTplus')


def tail_teasers(lines: list[str], end: int, settings: Settings) -> set[int]:
    """Indices of the teaser headlines below a 'related' label after the body ('Mehr zum Thema:', then headlines
    of other stories), whatever the classifier thinks: lines up to the next one that ends a sentence or is long.
    A line right above sentences is the article's next sub-heading (a teaser box inside the story) and stays."""
    present = [i for i in range(end + 1, len(lines)) if lines[i]]
    teasers: set[int] = set()
    below_label = False
    for k, i in enumerate(present):
        line, below = lines[i], present[k + 1] if k + 1 < len(present) else None
        if settings.cues.is_related_label(line):
            below_label = True
        elif below_label and not ends_sentence(line) and visual_length(line) <= TEASER_MAX_CHARS:
            # else a sub-heading: the box ended (unless what follows is the site's notice: '未经书面授权，…')
            below_label = below is None or not is_sentences(lines[below]) or is_notice(lines[below], settings)
            if below_label:
                teasers.add(i)
        else:
            below_label = False
    return teasers


def release_tail(lines: list[str], start: int, end: int, settings: Settings) -> int | None:
    """Where a press release's closing sections begin, below the body's first half: a label for its contacts or its
    notes to editors ('Pressekontakt:', 'Notes to editors'), or 'About <company>' above a paragraph naming the
    company ('About Ridgeway Freight' / 'Founded in 2014, Ridgeway Freight builds …', '关于澜芯智能'). From there
    on the page holds the company's boilerplate, its contacts and the wire's notices, no more of the story."""
    present = [i for i in range((start + end) // 2, len(lines)) if lines[i]]
    for k, i in enumerate(present):
        line = lines[i].strip().rstrip(":：").strip()
        label, _, value = line.replace("：", ":").partition(":")
        if label.strip().casefold() in settings.cues.release_labels and visual_length(value) <= RELEASE_CONTACT_CHARS:
            return i  # ('Pressekontakt:', or with its contact: '新聞聯絡人：公共關係室 陳怡君')
        about = _ABOUT.fullmatch(line)
        below = lines[present[k + 1]] if k + 1 < len(present) else ""
        if about and visual_length(about["name"]) <= ABOUT_NAME_CHARS and _names_company(below, about):
            return i
    return None


RELEASE_CONTACT_CHARS = 40  # a contact after a release's label on its line: a name and a desk


_ABOUT = re.compile(
    r"(?:About|Über|关于|關於)\s*(?:the\s|die\s|den\s|das\s)?(?P<name>[A-ZÄÖÜ0-9\u4e00-\u9fff][^,，、;；:：.。!！?？]*)"
    r"(?:,?\s*(?P<legal_form>Inc\.|Corp\.|Ltd\.|Co\.|Plc|plc|N\.V\.|S\.A\.))?"
)
ABOUT_NAME_CHARS = 40  # 'About Ridgeway Freight Technologies'
_LEGAL_FORM = re.compile(r"\s+(?:GmbH|AG|SE|Inc|Corp|Ltd|LLC|Plc|plc)\.?$|\s*[(（][^()（）]*[)）]$")


def _names_company(paragraph: str, about: re.Match) -> bool:
    """Whether a paragraph of sentences names the company in its first sentence ('深圳市澜芯智能科技有限公司成立于
    2021年' below '关于澜芯智能'): its name without legal form or abbreviation ('The Apache Software Foundation
    (ASF)'), or, when a legal form says it is a company, the name's first word ('Nexora' for 'Nexora AI Systems
    Corp.')."""
    parts = sentences(paragraph) if is_sentences(paragraph) else []
    name = _LEGAL_FORM.sub("", about["name"].strip())
    company = about["legal_form"] or name != about["name"].strip()
    first_word = name.split()[0] if company and len(name.split()) > 1 and len(name.split()[0]) >= 4 else None
    return bool(parts) and (
        name in parts[0] or bool(first_word and re.search(rf"\b{re.escape(first_word)}\b", parts[0]))
    )


def poll_answers(lines: list[str], end: int, settings: Settings) -> set[int]:
    """Indices of a poll's or feedback box's answers below the body ('Was this article valuable?' / 'Yes' / 'No'):
    two or more lines in a row of nothing but an answer word (`poll_answers` in data/cues.yml) right under a
    question, and the question."""
    below = [i for i in range(end + 1, len(lines)) if lines[i]]
    answers = _runs(below, lambda i: lines[i].strip().casefold() in settings.cues.poll_answers)
    found: set[int] = set()
    for run, _ in answers:
        question = next((j for j in range(run[0] - 1, end, -1) if lines[j]), None)
        if len(run) >= 2 and question is not None and lines[question].rstrip().endswith(("?", "？")):
            found.update([question, *run])
    return found


def poll_boxes(lines: list[str], present: list[int], settings: Settings) -> set[int]:
    """Indices of the polls a page prints, in the body too: a poll's button ('Abstimmen') below POLL_ANSWERS or more
    short answers without a full stop, under a question ('Würden Sie eine KI-Kamera im Stall einsetzen?'), and a
    label of a few words right above the question ('Umfrage'). `present`: the indices of the non-empty lines."""
    found: set[int] = set()
    for k, i in enumerate(present):
        if lines[i].strip().casefold() not in settings.cues.poll_buttons:
            continue
        above = present[max(0, k - POLL_REACH) : k][::-1]
        answers = list(takewhile(lambda j: _poll_answer(lines[j]), above))
        rest = above[len(answers) :]  # the question, then perhaps the poll's label
        if len(answers) >= POLL_ANSWERS and rest and lines[rest[0]].rstrip().endswith(("?", "？")):
            labelled = len(rest) > 1 and heading_words(lines[rest[1]]) <= POLL_LABEL_WORDS
            found.update([i, *answers, *rest[: 2 if labelled else 1]])
    return found | _poll_results(lines, present, settings)


def _poll_results(lines: list[str], present: list[int], settings: Settings) -> set[int]:
    """A poll's results: its question, the count of votes below it ('1482 votes') and each answer above its share
    ('Yes, it's a must-have for me.' / '18%'), POLL_ANSWERS at least."""
    found: set[int] = set()
    for k, i in enumerate(present[1:], 1):
        question = present[k - 1]
        if not (
            settings.cues.poll_count.fullmatch(lines[i].strip()) and lines[question].rstrip().endswith(("?", "？"))
        ):
            continue
        pairs = present[k + 1 : k + 1 + 2 * POLL_REACH]
        shares = list(takewhile(lambda j: bool(_SHARE.fullmatch(lines[j].strip())), pairs[1::2]))
        if len(shares) >= POLL_ANSWERS:
            found.update([question, i, *pairs[: 2 * len(shares)]])
    return found


_SHARE = re.compile(r"\d{1,3}(?:[.,]\d)?\s?%")


def _poll_answer(line: str) -> bool:
    return heading_words(line) <= POLL_ANSWER_WORDS and not ends_sentence(line) and not line.rstrip().endswith("?")


POLL_ANSWERS, POLL_ANSWER_WORDS, POLL_LABEL_WORDS, POLL_REACH = 2, 8, 2, 12


TAG_RUN, TAG_WORDS = 3, 3  # this many lines in a row below the body, each of at most so many words, are tags
# a tag: capitalised words of letters (a hyphen, an ampersand), no digit, no code, no CJK ('Berlin-Neukölln')
_TAG = re.compile(r"(?=[A-ZÄÖÜ])[A-Za-zÄÖÜäöüßÀ-ÿ&'’ -]{2,30}")


def tag_runs(lines: list[str], end: int) -> set[int]:
    """Indices of the runs of TAG_RUN or more tags below the body, lines of at most TAG_WORDS capitalised words:
    a list of tags or topics ('Künstliche Intelligenz', 'Betriebsrat', 'Gewerkschaften'), a menu, a footer's
    links."""
    below = [i for i in range(end + 1, len(lines)) if lines[i]]
    runs = _runs(below, lambda i: len(lines[i].split()) <= TAG_WORDS and bool(_TAG.fullmatch(lines[i].strip())))
    return {i for run, _ in runs if len(run) >= TAG_RUN for i in run}


COMMENT_REACH = 4  # a body this long at least: its second half may hold a comment section's label (a thread in prose)


def comment_section(lines: list[str], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of a comment section at the end of the page: its label ('Kommentare', '12 Comments', '网友评论'),
    after the body or in its second half (the comments read as prose, so the body may run to the last), and every line
    below it, comments written in sentences included; and a note on its rules right above the label ('… are
    subject to the Community Guidelines.' over 'Join the conversation')."""
    cues = settings.cues
    comments = cues.kinds.index("comments") if "comments" in cues.kinds else -1
    body = [i for i in range(start, end + 1) if lines[i]]
    for i in range(body[len(body) // 2] if len(body) > COMMENT_REACH else end + 1, len(lines)):
        line = lines[i]
        if line and comments in cues.chrome_kinds(line) and cues.chrome_share(line) >= FURNITURE_SHARE:
            above = next((j for j in range(i - 1, -1, -1) if lines[j]), i)
            note = comments in cues.chrome_kinds(lines[above])  # (a paragraph naming them is none: '…将在评论期内…')
            # (the body's last line may name them in one statement: '… after considering public comments.'; a note
            # names them in a phrase, '… subject to the Community Guidelines.', or in two sentences)
            phrased = any(
                kind == comments and " " in lines[above][a:b] for kind, a, b in cues.chrome_matches(lines[above])
            )
            note = note and (above > end or phrased or len(sentences(lines[above])) >= 2)
            first = above if note and len(sentences(lines[above])) <= RULES_NOTE_SENTENCES else i
            return {j for j in range(first, len(lines)) if lines[j]}
    return set()


RULES_NOTE_SENTENCES = 2  # a comment section's rules above its label: a sentence or two, no paragraph
SENTENCE_RUN = 3  # this many sentences in a row outside the body are the article's (steps of a recipe, a list)
SENTENCE_RUN_WORDS = 4  # words of such a sentence at least


def sentence_runs(lines: list[str], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of the lines outside the body that stand in a run of SENTENCE_RUN or more statements naming no
    page chrome ('1. Alle Zutaten in eine Schüssel geben.', 'Ein Backblech auslegen.', …): the article's, though
    the classifier doubts each. Questions are teasers ('Wie groß wird die Zaubernuss?'), and a comment box's
    rules name comments: both stay chrome."""
    present = [i for i, line in enumerate(lines) if line]
    runs = _runs(present, lambda i: not start <= i <= end and _statement(lines[i], settings))
    return {i for run, _ in runs if len(run) >= SENTENCE_RUN for i in run}


def _runs(indices: list[int], belongs: Callable[[int], bool]) -> Iterator[tuple[list[int], int | None]]:
    """The longest runs of consecutive `indices` that belong, each with the index right after it (None at the end)."""
    run: list[int] = []
    for i in [*indices, None]:
        if i is not None and belongs(i):
            run.append(i)
            continue
        if run:
            yield run, i
        run = []


def key_points(
    lines: list[str], start: int, settings: Settings, release: bool = False, headlines: frozenset[str] = frozenset()
) -> set[int]:
    """Indices of the bulleted key points a story prints between its headline and its body ('• Funds to expand
    team of 48 to 110 …'): two or more list items in a row among the KEY_POINTS_REACH lines above the body, each
    of PLAIN_ITEM_WORDS words or more, no question, naming no page chrome, below no label ('Related:'). A press
    `release` prints its highlights without bullets too ('Pilotbetrieb bei Velmar Chemie senkt ungeplante
    Stillstände um 23 Prozent'): then UNBULLETED_POINTS lines in a row right below its date (and place) that are no
    date, byline, credited caption or one of the `headlines`."""
    head = [i for i in range(start) if lines[i]][-KEY_POINTS_REACH:]
    found: set[int] = set()

    def item(i: int) -> bool:
        unbulleted = release and lines[i].strip() not in headlines and _unbulleted_point(lines[i], settings)
        return is_list_item(lines[i].strip()) or unbulleted

    for run, _ in _runs(head, lambda i: item(i) and _point(lines[i], settings)):
        above = next((j for j in range(run[0] - 1, -1, -1) if lines[j]), None)
        labelled = above is not None and lines[above].rstrip().endswith((":", "："))
        if all(is_list_item(lines[i].strip()) for i in run):
            found.update(run if len(run) >= 2 and not labelled else [])
        elif len(run) >= UNBULLETED_POINTS and any(
            date_line(lines[j]) for j in _nearest(lines, range(run[0] - 1, -1, -1), 2)
        ):
            found.update(run)  # below the release's date (and place): not a dek and a caption below the headline
    return found | labelled_points(lines, start, settings)


def labelled_points(lines: list[str], start: int, settings: Settings) -> set[int]:
    """Indices of a key points' label above the body and of its points (_labelled_points); the points may stand
    above a share bar, whose buttons ('Facebook', 'Twitter', …) do not count as lines between them and the body."""
    unshared = [i for i in range(start) if lines[i] and settings.cues.chrome_share(lines[i]) < FURNITURE_SHARE]
    return _labelled_points(lines, unshared[-KEY_POINTS_REACH:], settings)


def ai_summaries(lines: list[str], present: list[int], settings: Settings) -> set[int]:
    """Indices of the boxes a page prints with a machine's summary of the story: a note saying so ('KI-generiert',
    'Key points (AI-generated)', '本摘要由AI生成'), the label right above naming it ('Das Wichtigste in Kürze'), up
    to SUMMARY_POINTS short sentences below it (another note among or after them) and the question whether the summary
    helped with its answers or button ('War die Zusammenfassung hilfreich?' / 'Ja' / 'Nein'). `present`: the
    indices of the non-empty lines."""
    found: set[int] = set()
    feedback = _feedback(lines, present, settings)
    for k, i in enumerate(present):
        if i in found or not _summary_note(lines[i], settings):
            continue
        label = [j for j in present[k - 1 : k] if _summary_label(lines[j], settings)] if k else []
        below = present[k + 1 :]
        points = list(takewhile(lambda j: j not in feedback and _summary_point(lines[j]), below))
        points = points[:SUMMARY_POINTS]
        asked = list(takewhile(lambda j: j in feedback, below[len(points) :]))
        if points and (asked or any(_summary_note(lines[j], settings) for j in points) or label):
            found.update([*label, i, *points, *asked])
    return found


def _summary_point(line: str) -> bool:
    """A summary's point: one short sentence ('Die Abwärme soll ein neues Wohnquartier beheizen.'), not the byline
    below the box ('Priya Raman', 'Published 6:00 a.m. ET June 8, 2027')."""
    return visual_length(line) <= SUMMARY_POINT_CHARS and ends_sentence(line)


def _summary_label(line: str, settings: Settings) -> bool:
    """A summary box's label: a few words naming it ('Das Wichtigste in Kürze', 'Key Points', 'Zusammenfassung')."""
    return heading_words(line) <= SUMMARY_LABEL_WORDS and bool(settings.cues.summary_word.search(line))


def _summary_note(line: str, settings: Settings) -> bool:
    """A short note that a machine wrote the summary, naming the summary or standing alone ('KI-generiert'), not a
    sentence about machine-made content ('… AI-generated images to exaggerate what a product can do')."""
    if visual_length(line) > SUMMARY_NOTE_CHARS or not settings.cues.ai_summary_note.search(line):
        return False
    return bool(settings.cues.summary_word.search(line)) or heading_words(line) <= SUMMARY_LABEL_WORDS


def _feedback(lines: list[str], present: list[int], settings: Settings) -> set[int]:
    """The question whether a box helped and its answers ('Was this summary helpful?' / 'Yes' / 'No'), or its button
    ('Feedback geben')."""
    found: set[int] = set()
    for k, i in enumerate(present):
        line = lines[i].strip()
        if line.casefold() in settings.cues.feedback_buttons:
            found.add(i)
        elif line.endswith(("?", "？")) and heading_words(line) <= SUMMARY_LABEL_WORDS + 4:
            answers = list(
                takewhile(lambda j: lines[j].strip().casefold() in settings.cues.poll_answers, present[k + 1 : k + 3])
            )
            found.update([i, *answers] if answers else [])
    return found


SUMMARY_NOTE_CHARS = 120  # a note on the summary's making is short
SUMMARY_LABEL_WORDS = 4  # 'Das Wichtigste in Kürze', 'Key Points', 'Zusammenfassung'
SUMMARY_POINT_CHARS = 160  # a summary's point is a short sentence; the story's paragraphs run longer
SUMMARY_POINTS = 6


def header_again(lines: list[str], body: list[int], header: set[str]) -> set[int]:
    """The `body`'s lines that print two or more lines of the `header` again in a row, none a sentence: a clipping's
    or a PDF's next page ('Medienbeobachtung' / 'Medienanalyse' / … / 'Handelszeitung'), not a sub-heading a teaser
    above the body named too."""
    runs = _runs(body, lambda i: lines[i] in header and not is_sentences(lines[i]))
    return {i for run, _ in runs if len(run) >= 2 for i in run}


def verdict_lists(lines: list[str], present: list[int], settings: Settings) -> set[int]:
    """Indices of a review's verdict lists: a label of the product's strengths ('Pros', 'Vorteile', 'What we like')
    over VERDICT_ITEMS short items at most, right followed by a label of its weaknesses ('Cons', 'Nachteile',
    'Reasons to avoid') over its own. The labels and items are the article's, above the review or below it,
    beside the score, the product's name and its prices, where they end the list. `present`: the indices of the
    non-empty lines."""
    cues = settings.cues
    found: set[int] = set()
    for k, i in enumerate(present):
        if not cues.pros_label.fullmatch(lines[i]):
            continue
        pros = _verdict_items(lines, present[k + 1 :], settings)
        rest = present[k + 1 + len(pros) :]
        if pros and rest and cues.cons_label.fullmatch(lines[rest[0]]):
            if cons := _verdict_items(lines, rest[1:], settings):
                found.update([i, *pros, rest[0], *cons])
    return found


def _verdict_items(lines: list[str], below: list[int], settings: Settings) -> list[int]:
    """The items of a verdict list among the lines `below` its label: short lines in words, lower-case ones among
    them, that are no label, price, score or button (not 'Lingovo Talk 2', 'Wertung: 8/10', '$1,299 at Best Buy')."""

    def item(line: str) -> bool:
        words = line.split()
        return (
            visual_length(line) <= VERDICT_ITEM_CHARS
            and (cjk_count(line) > 0 or any(word[:1].islower() for word in words))
            and not _LABELLED_VALUE.match(line)
            and not _PRICES.search(line)
            and not settings.cues.cons_label.fullmatch(line)
            and not (settings.cues.box_button.search(line) or settings.cues.shop_button.search(line))
        )

    return list(takewhile(lambda i: item(lines[i]), below[:VERDICT_ITEMS]))


VERDICT_ITEMS = 8  # a verdict list has at most this many items
VERDICT_ITEM_CHARS = 80
_LABELLED_VALUE = re.compile(r"[^\s:：]{1,20}(?:\s\S+)?\s?[:：]\s*\S")  # 'Wertung: 8/10', 'Testurteil: Gut'
# an amount or a box of prices: 'ab 189 €', '$1,299 at Best Buy', 'Lumo Edge 5G Price in India', 'Check price at Currys'
_PRICES = re.compile(
    r"[$€£¥]\s?\d|\d\s?(?:€|euro\b|eur\b|usd\b|元)|\bprice (?:in|at)\b|\bcheck price|preisvergleich|preis bei", re.I
)


def table_of_contents(lines: list[str], settings: Settings) -> tuple[set[int], set[int]]:
    """A table of contents: its label ('Inhalt', 'Auf dieser Seite') and the entries below it that the text repeats
    further down, numbered or not ('1. Vom Bauchgefühl zur Datenbasis'), TOC_ENTRIES_MIN of them at least; and the
    lines that repeat them, the article's sub-headings. (Both sets empty when the page has none.)"""
    present = [i for i, line in enumerate(lines) if line]
    for k, i in enumerate(present):
        if lines[i].strip().rstrip(":：").strip().casefold() not in settings.cues.toc_labels:
            continue
        entries: list[int] = []
        headings: list[int] = []
        for j in present[k + 1 :]:
            entry = _TOC_NUMBER.sub("", lines[j].strip())
            later = [h for h in present if h > j and lines[h].strip() == entry and h not in entries]
            if not later or is_sentences(entry):
                break
            entries.append(j)
            headings.append(later[0])
        if len(entries) >= TOC_ENTRIES_MIN:
            return {i, *entries}, set(headings)
    return set(), set()


_TOC_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")  # an entry's number: '1. '
TOC_ENTRIES_MIN = 2


def _labelled_points(lines: list[str], head: list[int], settings: Settings) -> set[int]:
    """A key points' label ('划重点：', 'Key points:') above the body and the KEY_POINTS_MIN or more short lines below
    it that name no chrome, bulleted or not ('CodeLark 2以Apache 2.0协议开源')."""
    for k, i in enumerate(head):
        if lines[i].strip().rstrip(":：").strip().casefold() not in settings.cues.key_point_labels:
            continue
        points = list(takewhile(lambda j: _short_point(lines[j], settings), head[k + 1 :]))
        if len(points) >= KEY_POINTS_MIN:
            return {i, *points}
    return set()


def _short_point(line: str, settings: Settings) -> bool:
    return visual_length(line) <= SHORT_POINT_CHARS and not settings.cues.chrome_kinds(line) and not is_age(line)


KEY_POINTS_MIN, SHORT_POINT_CHARS = 2, 120


def _unbulleted_point(line: str, settings: Settings) -> bool:
    return visual_length(line) <= POINT_MAX_CHARS and not (
        date_line(line) or read_byline(line, settings) or is_page_furniture(line, settings)
    )


POINT_MAX_CHARS = 200  # a key point is one statement
UNBULLETED_POINTS = 3  # without bullets, this many in a row at least (not a dek above a caption)


def _point(line: str, settings: Settings) -> bool:
    return (
        _lettered_words(line) >= KEY_POINT_WORDS
        and not line.rstrip(_CLOSING).endswith(("?", "？"))
        and not settings.cues.chrome_kinds(line)
    )


CLOSING_AD_LINES = 2  # an ad's marker and its button between the body and its last sentence
CLOSING_CHROME_SHARE = 0.15  # of a closing sentence's letters chrome words may cover ('Abo'; not 'image courtesy')
KEY_POINTS_REACH = 8  # non-empty lines above the body where key points stand (with the date, byline, a caption)
KEY_POINT_WORDS = 5


def closing_sentence(lines: list[str], end: int, settings: Settings) -> set[int]:
    """The line right below the body's last line when it is one statement closed by a full stop and naming no
    page chrome: the article's short last sentence ('Im Herbst sollen weitere 120 Ortsnetzstationen Messtechnik
    erhalten.', '新研发中心预计明年底启用。'), past an ad's marker perhaps, too short for the classifier to trust beside
    the footer. A chrome word in it is no matter ('Abo'), chrome words making up CLOSING_CHROME_SHARE of it are."""
    after = [j for j in range(end + 1, len(lines)) if lines[j]][: CLOSING_AD_LINES + 1]
    # (past an ad's marker and button: 'Advertisement' / 'Hide Ad' / the last paragraph)
    below = next((j for j in after if not settings.cues.is_ad_marker(lines[j])), None)
    if below is None or settings.cues.chrome_share(lines[below]) >= CLOSING_CHROME_SHARE:
        return set()  # 'Mehr zum Thema lesen Sie hier.' (not 'Die Software wird als Abo … abgerechnet.')
    line = lines[below].rstrip(_CLOSING)
    long_enough = (
        cjk_count(line) >= CLOSING_CHINESE_CHARS if cjk_count(line) else len(line.split()) >= SENTENCE_RUN_WORDS
    )
    return {below} if line[-1:] in (".", "。") and long_enough else set()


CLOSING_CHINESE_CHARS = 6  # Chinese characters of such a sentence at least ('名单详见附件。')


def above_closing_editor(lines: list[str], end: int, settings: Settings) -> set[int]:
    """The paragraphs right above the editor's line that closes a story ('责任编辑：李楠'), below the body past a
    widget (a shop's buttons: '京东购买' / '天猫购买'): the article's last paragraphs, sentences naming no page chrome
    and no notice, which the classifier doubts beside the footer. (Not above the author's card: a teaser or a
    reader's comment may stand there.)"""
    after = [j for j in range(end + 1, len(lines)) if lines[j]][:EDITOR_REACH]
    signed = next((k for k, j in enumerate(after) if _names_editor_only(lines[j], settings)), 0)
    found: set[int] = set()
    for j in reversed(after[:signed]):
        if not is_sentences(lines[j]) or is_notice(lines[j], settings) or settings.cues.chrome_kinds(lines[j]):
            break
        found.add(j)
    return found


EDITOR_REACH = 12  # lines below the body that may hold the editor's line closing the story


def _names_editor_only(line: str, settings: Settings) -> bool:
    byline = read_byline(line, settings) if visual_length(line) <= 60 else None
    return byline is not None and bool(byline.editors) and not byline.authors


def wrapped_tail(lines: list[str], end: int) -> set[int]:
    """Indices of the lines right below the body's last line (no blank line between) that carry on its
    sentence in lower case: a text copy wrapped it ('2. emacspeak: … Chapter from the book' / 'entitled
    Beautiful Code, OReilly.')."""
    found: set[int] = set()
    i = end + 1
    while i < len(lines) and lines[i][:1].islower() and not ends_sentence(lines[i - 1]):
        found.add(i)
        i += 1
    return found


BODY_LIST_LEAD_WORDS = 4  # the same right below the body, above a bulleted item
LIST_LEAD_WORDS = 5  # words of a sentence that ends in a colon to introduce a list ('… so I'll summarize them:')


def numbered_first_heading(lines: list[str], start: int, end: int) -> set[int]:
    """The body's first numbered sub-heading when it stands right above the body and the body holds the second
    ('1、推理需求快速释放 市场规模突破千亿元' above the first paragraph, '2、…' further down): the article's, though
    the classifier doubts a short line above the body."""
    above = next((i for i in range(start - 1, -1, -1) if lines[i]), None)
    if above is None or list_number(lines[above].strip()) != 1:
        return set()
    return {above} if any(list_number(lines[i].strip()) == 2 for i in range(start, end + 1) if lines[i]) else set()


def introduced_lists(lines: list[str], start: int, end: int, settings: Settings) -> set[int]:
    """Indices of the list items outside the body that follow a sentence introducing them with a colon ('I know
    it's a lot of graphs, so I'll summarize them:'), and of that sentence: the article's list, though the
    classifier doubts short items. A label ('Editors' Recommendations:', 'Lesen Sie auch:') is no such sentence, and the
    list ends at the first line that is no list item or a short one naming page chrome."""
    found: set[int] = set()
    present = [i for i, line in enumerate(lines) if line]
    below_body = next((i for i in present if i > end), None)
    for position, i in enumerate(present):
        if not (
            introduces_list(lines, i, settings) or (i == below_body and _closes_body_with_lead(lines, i, settings))
        ):
            continue
        items = items_below(lines, list(takewhile(lambda j: not start <= j <= end, present[position + 1 :])), settings)
        found.update([i, *items] if items and not start <= i <= end else items)  # the sentence introducing them too
        if items and i < start and (lead := _paragraph_above(lines, i, settings)) is not None:
            found.add(lead)  # the first paragraph above a list the body starts below ('投资界5月20日消息，…')
    return found


def items_below(lines: list[str], following: list[int], settings: Settings) -> list[int]:
    """The items of a list below the sentence introducing it: the following lines up to the first that is no list
    item, or a short one naming page chrome."""
    items = []
    for j in following:
        if not (is_list_item(lines[j].strip()) or _plain_item(lines[j], settings)) or _chrome_item(lines[j], settings):
            break
        items.append(j)
    return items


def _paragraph_above(lines: list[str], i: int, settings: Settings) -> int | None:
    """The line right above line i when it is a long paragraph of sentences naming no page chrome."""
    above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
    if above is None or visual_length(lines[above]) < LEAD_PARAGRAPH_CHARS or not is_sentences(lines[above]):
        return None
    return None if is_page_furniture(lines[above], settings) or settings.cues.chrome_kinds(lines[above]) else above


LEAD_PARAGRAPH_CHARS = 80  # a paragraph above a list the body starts below is this long at least


def introduces_list(lines: list[str], i: int, settings: Settings, least_words: int = LIST_LEAD_WORDS) -> bool:
    """Whether line i is a sentence introducing, with a colon, the list item right below it ('The company plans to
    use the new money to:' above '– grow its London team …'): the article's, even inside a run of chrome."""
    line = lines[i].strip()
    below = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    if below is None or not line.endswith((":", "：")) or not _introduces(line, settings, least_words):
        return False
    if is_notice(line, settings):
        return False  # (a notice ends in a colon too: '… sind mit folgendem Icon gekennzeichnet:')
    return is_list_item(lines[below].strip()) or _plain_item(lines[below], settings)


def _closes_body_with_lead(lines: list[str], i: int, settings: Settings) -> bool:
    """Whether line i, right below the body, is a shorter sentence introducing a bulleted list below it ('Als
    Nächstes will Tegeler:' above '- die Subunternehmer über eine App einbinden,'): it carries on the article, and a
    bullet says 'list'; further down, so short a line is a label's ('Ihre Vorteile als Mitglied:')."""
    below = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    return (
        below is not None
        and lines[i].rstrip().endswith((":", "："))
        and (
            _introduces(lines[i], settings, BODY_LIST_LEAD_WORDS)
            and bool(is_list_item(lines[below].strip()))
            or _introduces(lines[i], settings, PROSE_LIST_LEAD_WORDS)
            and _items_before_prose(lines, below, settings)
        )
    )


def _items_before_prose(lines: list[str], first: int, settings: Settings) -> bool:
    """Whether plain list items from line `first` on are followed by a paragraph of sentences: a list inside the
    article ('Its recommendations include:' / 'free online courses …' / … / 'Statistics Canada has also …')."""
    present = [j for j in range(first, len(lines)) if lines[j]]
    items = items_below(lines, present, settings)
    after = present[len(items)] if items and len(items) < len(present) else None
    return after is not None and is_sentences(lines[after]) and heading_words(lines[after]) >= PROSE_AFTER_ITEMS_WORDS


PROSE_AFTER_ITEMS_WORDS = 15  # a paragraph below a list, not a teaser's or a button's sentence
PROSE_LIST_LEAD_WORDS = 3  # a lead above plain items with such a paragraph below them: 'Its recommendations include:'


def _plain_item(line: str, settings: Settings) -> bool:
    """A list item whose bullet a text copy lost: a line of PLAIN_ITEM_WORDS to PLAIN_ITEM_MAX_WORDS words, no
    question, no two sentences, mostly words no page chrome uses ('Expand its sales team in Ohio, Indiana and
    Ontario', 'a Telegram customer service bot'; not 'Newsletter abonnieren', nor a name alone, 'Annalise Becker',
    which opens an author box)."""
    return (
        PLAIN_ITEM_WORDS <= _lettered_words(line) <= PLAIN_ITEM_MAX_WORDS
        and not line.rstrip(_CLOSING).endswith(("?", "？"))
        and not is_sentences(line)
        and settings.cues.chrome_share(line) < PLAIN_ITEM_CHROME_SHARE
    )


def _lettered_words(line: str) -> int:
    """Words with a letter in them ('&' is none), Chinese counted two characters a word."""
    return sum(1 for word in line.split() if any(c.isalpha() for c in word)) + cjk_count(line) // 2


PLAIN_ITEM_WORDS = 3
PLAIN_ITEM_MAX_WORDS = 15
PLAIN_ITEM_CHROME_SHARE = 0.5  # of an item's letters that chrome cue words may cover


def _chrome_item(line: str, settings: Settings) -> bool:
    """A short item made of page chrome's words ('* Newsletter abonnieren'); a longer one, or one in which a chrome
    word stands among others, is a statement that happens to use a button's word ('* Tuples save a bit of memory',
    'feedback from students and lecturers')."""
    short = _lettered_words(line) <= LIST_LEAD_WORDS
    return short and settings.cues.chrome_share(line) >= CHROME_ITEM_SHARE  # (Chinese too)


CHROME_ITEM_SHARE = 0.3  # of an item's letters, chrome words cover this much: the item is a button or a link


def _introduces(line: str, settings: Settings, least_words: int = LIST_LEAD_WORDS) -> bool:
    """A sentence of `least_words` at least naming no page chrome; a Chinese one, whose words no spaces part, may
    hold a chrome word ('「聲記」目前提供免費版和付費訂閱兩種方案：', not '相关阅读：')."""
    words = len(line.split()) + cjk_count(line) // 2
    chinese = cjk_count(line) >= CHINESE_LEAD_CHARS and settings.cues.chrome_share(line) < LEAD_CHROME_SHARE
    return words >= least_words and (chinese or not settings.cues.chrome_kinds(line))


CHINESE_LEAD_CHARS = 12
LEAD_CHROME_SHARE = 0.2  # of a Chinese lead-in's characters that chrome words may cover


def _statement(line: str, settings: Settings) -> bool:
    return (
        ends_sentence(line)
        and line.rstrip(_CLOSING)[-1] not in "?？"
        and len(line.split()) >= SENTENCE_RUN_WORDS
        and not settings.cues.chrome_kinds(line)
    )


def outside_chrome(lines: list[str], i: int, article: list[float], keep: float) -> bool:
    """Whether line i, outside the body, is page chrome: what the classifier doubts, unless it is prose right
    below a line it trusts (the paragraph after a list that closes an article), and a stray tag or menu entry."""
    if article[i] >= keep:
        return _stray(lines, i, article, keep)
    above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
    return not (
        is_sentences(lines[i])
        and above is not None
        and article[above] >= keep
        and not _stray(lines, above, article, keep)
    )


STRAY_MAX_CHARS = 12  # a tag or menu entry: 'KI', 'Football', '3C科技'
MENU_MIN_ENTRIES = 3  # outside the body, this many entries in a row are a menu or a tag list


def _stray(lines: list[str], i: int, article: list[float], keep: float) -> bool:
    """A tag or menu entry outside the body that scored above the keep threshold: a word or two between lines
    the classifier both takes for chrome ('KI' between 'Energie' and 'Impressum'), or among more such entries
    in a row ('即時', '熱門', '影音', …)."""
    if not _is_entry(lines[i]):
        return False
    before = _nearest(lines, range(i - 1, -1, -1), MENU_MIN_ENTRIES - 1)
    after = _nearest(lines, range(i + 1, len(lines)), MENU_MIN_ENTRIES - 1)
    if all(not side or article[side[0]] < keep for side in (before, after)):
        return True
    run = 1 + _entries_in_a_row(lines, before) + _entries_in_a_row(lines, after)
    return run >= MENU_MIN_ENTRIES


def _is_entry(line: str) -> bool:
    return visual_length(line) <= STRAY_MAX_CHARS and len(line.split()) <= 2 and not is_sentences(line)


def _entries_in_a_row(lines: list[str], indices: list[int]) -> int:
    return sum(1 for _ in takewhile(lambda j: _is_entry(lines[j]), indices))


def _nearest(lines: list[str], indices: range, count: int) -> list[int]:
    """The first `count` indices of non-empty lines, in the order given."""
    return list(islice((j for j in indices if lines[j]), count))
