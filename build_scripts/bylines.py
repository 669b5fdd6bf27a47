"""Bylines in the forms news sites print them, in German, English and Chinese.

A byline is a short line that names who wrote the article: `Von Jonas Adler`, `By Jane Doe and John Roe,
Reuters`, `Ein Bericht von Tobias Raith`, `Bettina Kugler 19.10.2019, 05:00 Uhr`, `作者：张三`,
`記者陳奕安／台北報導`, `文｜李四`. What follows the names on the same line (a date, a photo credit, the
outlet) is cut off; an outlet or agency named there becomes the publisher. The cue words are data
(data/cleaning.yml, `bylines`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .dates import find_date
from .text import cjk_count, visual_length, without_link_numbers, without_title_marks

if TYPE_CHECKING:  # settings.py imports the line model, which imports nothing of this
    from .settings import Settings

_HANDLE = re.compile(r"\s*@\S*$")  # a social-media handle after the names
# an e-mail address after the names, bare, in brackets or behind a bar ('BY KIM JI-HYE [kim.jihye@joongang.co.kr]',
# 'Nicole Brandt | nbrandt@wtop.com')
_MAIL_AFTER = re.compile(r"[\s,|｜·•]*[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?\s*$")  # (_ADDRESS, bracketed)
# a reading time after the names ('… Von Kerstin Wendland 4 min Lesedauer', '… 3 min read')
# a reading time closing the byline, its label before or after it ('3 min read', 'Lesezeit: 3 Min.')
_READING_TIME = re.compile(
    r"\s+(?:(?:lesedauer|lesezeit|reading time|read time)\s*:?\s*)?\d{1,3}\s*(?:min\.?|minuten|minutes|mins)"
    r"(?:\s+(?:lesedauer|lesezeit|read))?\s*$",
    re.I,
)
_CREDIT = re.compile(r"\s+(?:foto|fotos|bild|photo|image|video|grafik|quelle|source)\s*:.*$", re.I)
# a comment count closing the byline ('… 06:42 AM EDT. 27 Comments')
_COMMENT_COUNT = re.compile(r"[.,|·]?\s+\d{1,5}\s+(?:comments?|kommentare?|replies|antworten)\s*$", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.m\.|(?:uhr|h|am|pm)\b))?(?:\s*[a-z]{2,4}\b)?", re.I)
_SEPARATORS = re.compile(r"\s*(?:[|｜/／·•]|\s[-–—]\s)\s*")
_NAME = re.compile(
    r"^(?:[A-ZÄÖÜÉ][\w'’.-]*|von|van|de|der|den|di|da|le|la|zu|bin|al|[A-Z]\.)(?:\s+(?:[A-ZÄÖÜÉ][\w'’.-]*|von|van|de|der|den|di|da|le|la|zu|bin|al|[A-Z]\.))+$"
)
_POSSESSIVE = re.compile(r"\w['’]s\b")
# 'Coco Liang in Shenzhen'; after a comma, a part of its own, also the section: 'By Marta Ferreira, in Business'
_FILED_FROM = re.compile(r"(?:^|\s+)(?:in|aus)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_EDITING = re.compile(
    r"\s*(?:[;.,|]\s*|\s)(?:editing|edited) by\s+(?P<names>.+)$", re.I
)  # '…; Editing by Mark Porter', 'By … edited by …'
_DATE_CONNECTOR = re.compile(r"(?:\s+(?:on|am|um|at)\b)+\s*[,.]?\s*$", re.I)  # what led to the date, cut with it
_OUTLET = re.compile(r"(?i:\.(?:de|com|net|org|at|ch|cn|tw|hk))$|^[A-Z]{2,6}$")  # a domain, or capitals (RND)


@dataclass(frozen=True)
class Byline:
    authors: list[str]
    publisher: str | None = None
    editors: tuple[str, ...] = ()


def without_times(line: str) -> str:
    """The line without its clock times: the dots of 'p.m.' end no sentence."""
    return _TIME.sub("", line)


def read_byline(line: str, settings: Settings) -> Byline | None:
    """The authors (and outlet) a byline line names, or None when the line is no byline."""
    if visual_length(line) > 120:
        return None
    line = without_link_numbers(line)  # 'Von [16]Sebastian Kühnle und [17]Nina Ohlhauser'
    line = _without_trailing_buttons(line, settings)  # '… 18:30 Uhr Teilen Facebook WhatsApp E-Mail Link kopieren'
    if cjk_count(line):
        if settings.cues.credit.match(line):
            return None  # a picture's credit names its photographer ('图/广州日报新花城记者：王磊'), no author
        dispatched = _DISPATCHED.match(_OUTLET_BEFORE.sub("", line.strip(), count=1))
        if dispatched and not settings.byline_chinese.search(line):
            return Byline(_CJK_NAME_PART.findall(dispatched["names"]), None)
        if (reported := _REPORTED_BY.match(line)) and settings.chinese_name.fullmatch(reported["name"]):
            return Byline([reported["name"]], None)  # '林诗敏 报道'
        if (marked := _MARKED_OUTLET_NAME.match(line)) and settings.chinese_name.fullmatch(marked["name"]):
            return Byline([marked["name"]], marked["outlet"])  # '《投资者网》郑雅琳'
        filed = _FILED_AT.match(line)
        if filed and filed["place"] in settings.chinese_places and settings.chinese_name.fullmatch(filed["name"]):
            return Byline([filed["name"]], None)  # '吳冠廷／台北'

        return read_chinese_labels(line, settings)
    if (bracketed := _BRACKETED_BYLINE.fullmatch(line.strip())) and settings.byline_prefixes.match(bracketed[1]):
        line = bracketed[1]  # closing the story: '(By Huang Yu-chen and Evelyn Kao)'
    match = settings.byline_prefixes.match(line)
    if not match and not any(c.isdigit() for c in line):
        return None  # neither 'By …' nor names before a date
    rest = _HANDLE.sub("", _MAIL_AFTER.sub("", line[match.end() :] if match else line))  # '…, LedgerLoop @Darnell'
    rest = settings.degrees_after.sub("", rest)  # 'By Jane Roe, MD': her degree, no outlet
    english = match and match[0].strip(" :|").casefold().endswith("by")  # (not 'Von Team Code for Germany', a name)
    if english and (written_for := _WRITTEN_FOR.search(rest)):  # 'Written by Caroline Hale for The Motley Fool ->'
        byline = _names(rest[: written_for.start()], settings, every_part=True)
        return Byline(byline.authors, written_for["outlet"]) if byline and not byline.publisher else None
    if match:  # 'Text: Lelde Kalniņa (Latvian Radio)': the employer in brackets, not an agency ('(dpa)')
        rest = _AFFILIATION_AFTER.sub(lambda m: m[0] if m[1].casefold() in settings.agencies else "", rest)
    editing = _EDITING.search(rest) if match else None
    rest = _CREDIT.sub("", _READING_TIME.sub("", _COMMENT_COUNT.sub("", rest[: editing.start()] if editing else rest)))
    date = find_date(rest) if any(c.isdigit() for c in rest) else None
    if date and not match and _LABEL_BEFORE_DATE.search(rest[: rest.find(date[1])]):
        return None  # 'New Delhi, UPDATED: Jun 3, 2027 14:05 IST': a place before the date's label, no names
    if date:
        rest = rest.replace(date[1], " ")
        rest = _DATE_CONNECTOR.sub("", _TIME.sub(" ", _WEEKDAY.sub(" ", rest)))  # 'Written by … on April 29, 2018'
        rest = rest if match else _POSTED_LABEL.sub("", rest)  # 'Posted on June 23, 2027 by Dana Smith'
    if not match and not date:
        return None
    if not match and rest.split()[:1] and rest.split()[0].casefold() in _ARTICLES:
        return None  # 'The Hill’s Morning Report – Nov. 19, 2026': a name never opens with an article
    # names after the date: 'von' may stand between them ('6. Dezember 2022 von Fatima Berger')
    after = None if match else settings.byline_prefixes.match(rest.strip())
    byline = _names(rest.strip()[after.end() :], settings) if after else _names(rest, settings)
    editors = _names(editing["names"], settings) if editing else None
    return Byline(byline.authors, byline.publisher, tuple(editors.authors)) if byline and editors else byline


def _without_trailing_buttons(line: str, settings: Settings) -> str:
    """The line without the share buttons a copy ran into its end: SHARE_BUTTONS sharing phrases or more one after
    another up to its end ('… 18:30 Uhr Teilen Facebook WhatsApp E-Mail Link kopieren')."""
    end, buttons = len(line.rstrip()), 0
    for kind, start, stop in sorted(settings.cues.chrome_matches(line), key=lambda match: -match[2]):
        if kind == settings.cues.sharing and stop >= end and start < end and not line[stop:end].strip():
            end, buttons = len(line[:start].rstrip()), buttons + 1
    return line[:end] if buttons >= SHARE_BUTTONS and end > 0 else line


SHARE_BUTTONS = 2  # one sharing word at a line's end may be a name's or an outlet's ("… Link")


# the outlet the author wrote the story for, a link's arrow after it ('… for The Motley Fool ->')
_WRITTEN_FOR = re.compile(
    r"\s+for\s+(?P<outlet>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s*(?:->|→|›|»)?\s*$"
)
# the day of the week before a date ('Veröffentlicht am Dienstag, 14. September 2027 von Hartmut Bender')
_WEEKDAY = re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b,?",
    re.I,
)
_PUBLISHED_WORDS = r"veröffentlicht|publiziert|erschienen|published|posted"  # a label or verb of publication
_POSTED_LABEL = re.compile(rf"^\s*(?:{_PUBLISHED_WORDS})(?:\s+(?:on|am))?\b\s*:?", re.I)
_LABEL_BEFORE_DATE = re.compile(
    r"(?:^|[\s,|])(?:updated|last updated|published|posted|aktualisiert|veröffentlicht|publiziert|stand"
    r"|letzte änderung(?:en)?|zuletzt geändert)\s*:\s*$",
    re.I,
)
# a newsroom or employer in brackets after the names ('Lelde Kalniņa (Latvian Radio)'), not an agency ('(dpa)')
_AFFILIATION_AFTER = re.compile(r"(?<=[^\s(])\s+\(([^()\d]{2,40})\)\s*$")


def _names(rest: str, settings: Settings, every_part: bool = False) -> Byline | None:
    """The authors (and an agency or outlet) a byline's text names; with `every_part`, None when a part would
    be left out (a place, a role: only a line saying 'Von'/'By' may add them)."""
    authors: list[str] = []
    publisher = None
    if (joined := _WITH_AGENCY.search(rest)) and joined["agency"].casefold() in settings.agencies:
        rest = f"{rest[: joined.start()]}, {joined['agency']}"  # 'Von Steffen Kühnel mit dpa'
    # (an agency in brackets after a name is a part of its own: 'Karsten Wiebe (epd)')
    parts = [p.strip(" ,;:.()") for p in re.split(r",|;| and | und | & |\s\+\s|\s+(?=\()", _SEPARATORS.sub(",", rest))]
    if not every_part:  # 'By Thandeka Mahlangu, ITWeb senior news journalist.': the author's outlet and role
        parts = [_name_before_role(part, settings) if k else part for k, part in enumerate(parts)]
        parts = [part for k, part in enumerate(parts) if not (k and _ends_in_role(part, settings))]
    parts = [_without_role(_FILED_FROM.sub("", part), settings) for part in parts]
    parts = [_without_role_after(part, settings) for part in parts]
    if not every_part:  # after 'By': 'Von Dr. Henrik Voss' names 'Henrik Voss'
        parts = [_ACADEMIC_TITLE.sub("", part) for part in parts]
    for part in filter(None, parts):
        if part.casefold() in _WORK_ROLES and authors:  # 'Selina Aebersold (Text) und Marco Zanetti (Bilder)'
            if part.casefold() != "text":
                authors.pop()  # the name before a picture's part is the photographer's
            continue
        if part.casefold() in settings.agencies or is_outlet(part, settings):
            if publisher and every_part:
                return None  # a second outlet would be left out
            publisher = publisher or part
        elif not every_part and not authors and _is_desk(part, settings):
            authors.append(part)  # 'By ETAuto Desk': a desk, named as the site names it (clean.py drops the site's)
        elif authors and part.isupper() and not authors[-1].isupper() and len(part.split()) >= 2 and not every_part:
            continue  # 'von Jana Weißflog, MDR SACHSEN': a desk or station in capitals after a name
        elif _NAME.match(part) and len(part.split()) <= 4 and not settings.not_names & set(part.casefold().split()):
            if _POSSESSIVE.search(part):
                return None  # no one's name holds a possessive: "Bhutan's National Newspaper", a paper's slogan
            authors.append(part)
        elif cjk_count(part) and _CJK_NAME.match(part):
            authors.append(part)
        elif len(part.split()) == 1 and part[:1].isupper() and authors and not every_part:
            continue  # 'Von Carola Wendt, Dresden': the place the author writes from
        elif authors and settings.not_names & set(part.casefold().split()) and not every_part:
            continue  # 'By Chris Vance, Senior Contributing Writer': the author's role
        else:
            return None
    return Byline(authors, publisher) if authors else None


_WITH_AGENCY = re.compile(r"\s+(?:mit|with)\s+(?P<agency>[\w-]+)\s*$", re.I)  # a byline's agency after 'mit'/'with'


def _is_desk(part: str, settings: Settings) -> bool:
    """A desk's name: a few capitalised words (or an article) before a desk's word ('ETAuto Desk', 'ET Bureau',
    'die Online-Redaktion'), which a name never holds."""
    words = part.split()
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]).casefold() in settings.desk_words:
            before = words[:-size]
            return len(before) <= DESK_NAME_WORDS and all(
                word[:1].isupper() or word.casefold() in _DESK_ARTICLES for word in before
            )
    return False


DESK_NAME_WORDS = 3  # words before a desk's word: the site's or section's name ('ET Bureau', 'Daily Staff Reporter')
_DESK_ARTICLES = frozenset({"the", "our", "der", "die", "unserer"})


_WORK_ROLES = frozenset(
    {"text", "bild", "bilder", "foto", "fotos", "photo", "photos", "illustration", "grafik", "video"}
)
_DOMAIN_NAME = re.compile(r"[\w-]+(?:\.[a-z]{2,6})+", re.I)  # 'LRT.lt', 'Sudbury.com'
_ACADEMIC_TITLE = re.compile(r"^(?:(?:Prof|Dr|Dr\.-Ing|Dipl\.-Ing)\.\s*)+(?=\S)")  # 'Dr. Henrik Voss': 'Henrik Voss'


def is_outlet(part: str, settings: Settings) -> bool:
    """An outlet's name beside the authors: a domain, capitals ('RND') or capitalised words ending in an outlet's
    word ('MIT News', 'Deutsche Tagespost')."""
    if _OUTLET.search(part):
        return part.casefold() not in settings.not_names
    words = part.split()
    return 0 < len(words) <= 4 and part[:1].isupper() and words[-1].casefold().endswith(settings.outlet_words)


def _without_role(part: str, settings: Settings) -> str:
    """A name without the role before it ('FOCUS-online-Redakteurin Miriam Hollweg', 'Wirtschaftsredakteur Jan
    Ott', 'technology reporter Mia Castellano'): words up to one ending in a role, all of them but the role in
    lower case, before at least two more."""
    words = part.split()
    for end, word in enumerate(words[:-2]):
        if any(word.casefold().endswith(role) for role in settings.roles):
            return " ".join(words[end + 1 :])
        if not word.islower():
            break
    return part


def _ends_in_role(part: str, settings: Settings) -> bool:
    """A role, alone or for an outlet ('Senior Editor', 'TECHNOLOGY REPORTER FOR MAILONLINE')."""
    words = part.split()
    role, joint, _ = part.casefold().partition(" for ")
    if joint and len(role.split()) <= ROLE_WORDS:
        words = role.split()
    return len(words) >= 2 and words[-1].removesuffix("s").casefold() in settings.roles


ROLE_WORDS = 3  # a role before 'for' and its outlet has at most this many words ('Technology Reporter')


def _name_before_role(part: str, settings: Settings) -> str:
    """A further author's name before the role closing the byline ('… and Leah Marchetti Examiner Staff'), or the
    part as it is when no name stands before the role ('ITWeb senior news journalist')."""
    name = _without_role_after(part, settings)
    return name if name != part and is_person_name(name, settings) else part  # (not 'Local Democracy' Reporter)


def _without_role_after(part: str, settings: Settings) -> str:
    """A name without the role printed after it ('Elise Carmody Technology editor', 'Dana Whitcomb Globe Staff'):
    the role and the common words before it (the line model's lexicon knows them, not a surname), leaving at
    least two words."""
    words = part.split()
    if len(words) < 3 or words[-1].casefold().removesuffix("s") not in settings.roles:
        return part
    end = len(words) - 1
    while end > 2 and (
        words[end - 1].casefold() in settings.line_model.lexicon or words[end - 1].casefold() in settings.outlet_words
    ):
        end -= 1  # (also the paper's word before its staff: 'Leah Marchetti Examiner Staff')
    return " ".join(words[:end])


# where and how the report was filed: '台北報導', '台北即時報導', '台北18日電' (the date is cut as a date)
_REPORTED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:即時|即时|綜合|综合)?(?:報導|报道|電|电)")
_PICTURE_FIELD = re.compile(r"(?:图片|圖片|图|圖|摄影|攝影|摄|攝)\s*[/／:：|｜]\s*\S+")
_CJK_VALUE_END = re.compile(r"[／/|｜丨〕】）)（(\]\s,，、_]")  # '王超_NT4133': an editor's staff code follows


# '林樾 发自 凹非寺', '林家豪 / 桃園報導': names, then where they report from
_DISPATCHED = re.compile(
    r"^(?P<names>[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*)"
    r"(?:\s+[发發]自\s*[\u4e00-\u9fff]{2,8}|\s*[／/\s]\s*[\u4e00-\u9fff]{2,4}(?:即時|即时|綜合|综合)?(?:報導|报道))$"
)
_FILED_AT = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,4})\s*$")
_OUTLET_REPORTS = re.compile(r"(?P<outlet>[^\W_]{2,10}?)(?:报道|報導|報道)")  # '集微网报道' before a label
# a name, then 'reports' or 'reporter' (and the reporter's address): '林诗敏 报道', '金度妍 记者 dykim@donga.com'
_REPORTED_BY = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s+(?:報導|报道|報道|记者|記者)(?:\s+\S+@\S+)?\s*$")
_OUTLET_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,8}[／/](?=[\u4e00-\u9fff·]{2,4}[、\s])")  # '民視新聞/林俊明、…'
_NEXT_NAME = re.compile(r"[、\s]\s*([\u4e00-\u9fff·]{2,4})(?![\u4e00-\u9fff])")  # '、刘畅', ' 周远'
_CJK_NAME_PART = re.compile(r"[\u4e00-\u9fff·]{2,4}")


_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})
_BRACKETED_BADGE = re.compile(r"^\s*[\[【](?P<inner>[^\]】:：]{1,16})[\]】]\s*(?=\S)")  # '[ 中关村在线 原创 ]'
# a byline in brackets, after the outlet's name perhaps: '【台灣醒報記者黃子晴台北報導】',
# '觀傳媒中彰投新聞【記者林柏宏／臺中報導】'
_WRAPPED = re.compile(r"^\s*(?:[\u4e00-\u9fffA-Za-z0-9]{2,12})?【(?P<inner>[^【】]+)】\s*$")
OUTLET_CHARS = 10  # an outlet's name before 记者 or 编辑 is at most this long ('21世纪经济报道记者张沐阳')


def read_chinese_labels(line: str, settings: Settings) -> Byline | None:
    """Labelled fields of a Chinese metadata line ('文｜周远 编辑｜苏薇', '来源：IT之家 作者：清源 责编：清源',
    '澎湃新闻记者 韩雨桐', '〔記者洪素卿／台北報導〕'): a name is what follows its label up to a separator, and
    a name without separator ('記者吳家豪台北18日電') is taken as three characters, the most common length."""
    if line.rstrip().endswith(("？", "?")) or settings.cues.is_related_label(line):
        return None  # an interviewer's question ('記者：客戶主要用來做甚麼？'), a teaser box's label ('編輯推薦')
    line = wrapped["inner"] if (wrapped := _WRAPPED.match(line)) else line
    badge = _BRACKETED_BADGE.match(line)  # '[ 中关村在线 原创 ]  作者：周子墨', '【香港商報網訊】記者林嘉欣報道：'
    if badge and not settings.byline_chinese.search(badge["inner"]):
        line = line[badge.end() :]
    labels = list(settings.byline_chinese.finditer(line))
    # the line starts with a label, after nothing but a date, an outlet's name before 记者 or 编辑 ('澎湃新闻记者
    # 韩雨桐', '界面新闻编辑 | 宋佳') or an outlet's report ('集微网报道 文/王丽娜')
    prefix = line[: labels[0].start()] if labels else ""
    report = _OUTLET_REPORTS.fullmatch(prefix.strip())
    outlet_alone = _without_dates(prefix)  # '精實新聞 2027-06-10 14:25:31 記者 林宜蓁 報導': the outlet, its date
    if (
        not labels
        or _leftover(_OTHER_FIELDS.sub(" ", prefix))  # (also after a labelled date: '发布时间：2027-06-08 来源：…')
        and not report
        and not (labels[0].group(0)[:2] in ("记者", "記者", "编辑", "編輯") and _is_outlet_name(outlet_alone))
    ):
        return None
    fields: dict[str, list[str]] = {"authors": [], "editors": [], "publisher": []}
    outlet = (
        report["outlet"] if report else _OUTLET_JOINT.split(prefix.strip(" ／/|｜"), 1)[0]
    )  # the paper, not its app
    outlet = without_title_marks(outlet)  # the paper's name alone
    if outlet and cjk_count(outlet) and not find_date(outlet):
        fields["publisher"].append(outlet)  # '聯合報／ 記者陳奕安', '澎湃新闻记者 韩雨桐'
    rest = _REPORTED.sub(" ", line.replace(prefix, " ", 1) if outlet else line)
    rest = _PICTURE_FIELD.sub(" ", rest)  # '图/受访者供图': the picture's credit beside the names
    for match, following in zip(labels, [*labels[1:], None], strict=True):
        raw = line[match.end() : following.start() if following else len(line)].strip(" ：:|｜/／．・")
        if settings.cues.is_related_label(raw):
            return None  # '作者最新文章': a box of the author's latest articles, no byline
        if following is not None and _outlet_before(line, raw, following, settings):
            rest = rest.replace(match.group(0), " ", 1).replace(raw, " ", 1)
            continue  # '文/羊城晚报全媒体记者 陈卓宁': the outlet's name between 文 and 记者 names no one
        if match.lastgroup != "publisher" and (untitled := _without_chinese_titles(raw, settings)) != raw:
            rest, raw = rest.replace(raw, untitled, 1), untitled
        if match.lastgroup == "authors" and (named := _outlet_then_chinese_name(raw, settings)):
            fields["publisher"].append(named[0])  # '作者：e-works 刘畅': the outlet, then the author
            raw = named[1]
        value = _CJK_VALUE_END.split(raw, 1)[0] if _CJK_VALUE_END.search(raw) else raw
        if match.lastgroup != "publisher" and len(value) > 4 and value == raw:
            value = raw[:3]  # a name glued to what follows it: three characters, the most common length
        more = _more_names(raw[len(value) :], settings) if raw.startswith(value) else ""  # '王琳、刘畅'
        value_text = value + more
        rest = rest.replace(match.group(0), " ", 1).replace(value_text, " ", 1)
        if raw.startswith(value_text) and (bracket := _BRACKET_AFTER_NAME.match(raw, len(value_text))):
            rest = rest.replace(bracket.group(0), " ", 1)  # '作者：林冠廷（網路安全與決策推演研究所 助理研究員）'
        field = match.lastgroup
        if field == "publisher" and 2 <= visual_length(value) <= 30:
            fields["publisher"].append(value)
        elif field in ("authors", "editors") and _CJK_NAME.match(value):
            fields[field] += [value] + _CJK_NAME_PART.findall(more)
        elif field in ("authors", "editors") and (latin := _LATIN_NAME.match(raw)):
            fields[field].append(latin.group(0))  # an Amis or English name after the label: '記者 Lahok Ofad／花蓮報導'
            rest = rest.replace(latin.group(0), " ", 1)
    rest = _OTHER_FIELDS.sub(" ", rest)  # '发布时间：…', '通讯员 陈涛': fields a byline may hold besides its names
    if not fields["authors"] and not fields["editors"] or _leftover(rest) > 8:
        return None  # a sentence that happens to contain 文 or 编辑 is no byline
    publisher = fields["publisher"][-1] if fields["publisher"] else None  # a 来源 label wins over the outlet
    return Byline(fields["authors"], publisher, tuple(fields["editors"]))


def _without_dates(text: str) -> str:
    """The text without its date and time of day ('精實新聞 2027-06-10 14:25:31 ': '精實新聞')."""
    dated = find_date(text) if any(c.isdigit() for c in text) else None
    return _NUMBERS_ALONE.sub(" ", text.replace(dated[1], " ")) if dated else text


_NUMBERS_ALONE = re.compile(r"(?<!\w)[\d:.]+(?!\w)")  # what is left of a time: ':31'


_LATIN_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3}(?![\w'’-])")
_BRACKET_AFTER_NAME = re.compile(r"\s*[（(][^（()）]{1,40}[）)]")  # the author's institute or role


def _without_chinese_titles(raw: str, settings: Settings) -> str:
    """A label's names without the job title printed before each ('科學主任 陳嘉敏、高級科學主任 黃志強')."""
    return "".join(_without_chinese_title(part, settings) for part in re.split(r"([、，,])", raw))


def _without_chinese_title(part: str, settings: Settings) -> str:
    words = part.split()
    titled = len(words) == 2 and words[0].endswith(settings.chinese_titles)
    return words[1] if titled and settings.chinese_name.fullmatch(words[1]) else part


def _outlet_then_chinese_name(raw: str, settings: Settings) -> tuple[str, str] | None:
    """An outlet's name and a Chinese name after it, a space between ('e-works 刘畅', '钛媒体 林志远')."""
    parts = raw.split()
    if len(parts) != 2 or not _OUTLET_WORD.fullmatch(parts[0]) or settings.chinese_name.fullmatch(parts[0]):
        return None  # (not a name and its role: '陳怡君、攝影 林建宏')
    return (parts[0], parts[1]) if settings.chinese_name.fullmatch(parts[1]) else None


_OUTLET_WORD = re.compile(r"[\w.&+-]{2,20}")


def _outlet_before(line: str, raw: str, following: re.Match, settings: Settings) -> bool:
    """Whether `raw`, a label's value, is an outlet's name glued to the next label, 记者 ('羊城晚报全媒体记者')."""
    glued = following.group(0)[:2] in ("记者", "記者") and line[: following.start()].endswith(raw)
    return glued and _is_outlet_name(raw) and not settings.chinese_name.fullmatch(raw)


def _is_outlet_name(prefix: str) -> bool:
    """An outlet's name before 记者 or 编辑 ('澎湃新闻', '界面新闻 | '): letters and digits, at most OUTLET_CHARS."""
    name = prefix.strip().strip("／/|｜").strip()  # (an ideographic space after a date too: '… 14:20\u3000卡優新聞網')
    name = name.replace("《", "").replace("》", "")  # its title marks: '《瞭望东方周刊》', '《瞭望》新闻周刊'
    return len(name) <= OUTLET_CHARS and bool(_CJK_OUTLET.fullmatch(name))


def _more_names(text: str, settings: Settings) -> str:
    """The further names right after a label's first ('、刘畅', ' 何沁 周远'), up to the first word that is no name:
    one that opens with no frequent surname ('台北', '实习'), where or how the report was filed ('发自', '北京报道')
    or a role ('实习生')."""
    end = 0
    while match := _NEXT_NAME.match(text, end):
        name = match.group(1)
        if _REPORTED.fullmatch(name) or name in settings.roles or not settings.chinese_name.fullmatch(name):
            break
        end = match.end()
    return text[:end]


def _leftover(text: str) -> int:
    """Characters of what a metadata line holds besides its fields, dates, times and punctuation."""
    date = find_date(text)
    text = _TIME.sub(" ", text.replace(date[1], " ") if date else text)
    return len(re.sub(r"[\W\d_]+", "", text))


_AGE = re.compile(
    r"\b(?:heute|today),?\s+(?:(?:um|at)\s+)?\d|\bago\b|^(?:(?:publiziert|veröffentlicht|aktualisiert)\s+)?vor\s+\d+|\d+\s*(?:分钟|分鐘|小时|小時|天|周|個月|个月)前|^(?:yesterday|gestern|昨天|前天)\b"
    # after capitalised words only ('Updated yesterday', 'Jane Doe yesterday'; not 'Bandansage war gestern')
    r"|^(?:(?-i:[A-ZÄÖÜ])\S*\s+){1,3}(?:yesterday|gestern)$|\S\s*(?:昨天|前天)$"
    r"|^\d{1,2}\s?[hd]$",  # a feed reader's '3h', '2d'
    re.I,
)


# a reading time or a video's length on its own ('6 Min.', '01:12 Min.')
_READING_TIME_ALONE = re.compile(
    r"^\s*(?:(?:lesezeit|lesedauer|read(?:ing)? time|time to read|阅读时间|閱讀時間)\s*[:：]?\s*(?:ca\.\s*)?)?"
    r"(?:\d{1,2}:)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:min\.?|minuten|minutes|minute|mins?|分钟|分鐘)(?:\s*\d{1,2}\s*(?:secs?|seconds|sek\.?|s))?"
    r"(?:\s+(?:read|lesezeit|lesedauer))?\s*$",
    re.I,
)  # '6 Min.', 'Lesezeit: 4 Min', 'Read time 4min 10sec', '5 min read', a reader view's '6–7 minutes'


def is_reading_time(line: str) -> bool:
    return bool(_READING_TIME_ALONE.match(line))


def is_author_bio(line: str, authors: list[str], settings: Settings) -> bool:
    """An author's bio: a line that opens with one of the article's authors and a word about that person
    ('Ganesh Sitaraman is a professor at …', 'TIM ANDERSON has done …'; `bio_verbs` in data/cleaning.yml)."""
    pattern = _bio_opening(tuple(authors), settings.bio_verbs, settings.bio_titles)
    if pattern and pattern.match(line):
        return True
    # by first name ('Sofie is a senior reporter at TNW, covering …') when it names the author's role or outlet too
    # ('Mallory covers business, labour and the economy for TBNewsWatch.com.')
    first_names = tuple(name.split()[0] for name in authors if " " in name.strip())
    by_first_name = _bio_opening(first_names, settings.bio_verbs, (), whole_names=False)
    return bool(
        by_first_name and by_first_name.match(line) and (_mentions_role(line, settings) or _WRITES_FOR.search(line))
    )


def read_bio_byline(line: str, settings: Settings) -> Byline | None:
    """A one-line bio standing where the byline stands, naming the author, a role and the outlet ('Alex Hargreaves
    is Associate Editor at Wonkhe', 'Lena Vogt ist Redakteurin bei Golem'): the author."""
    bio = _BIO_BYLINE.fullmatch(line.strip())
    if not bio or not _mentions_role(bio["role"], settings) or not is_person_name(bio["name"], settings):
        return None
    return Byline([bio["name"]])


_BIO_BYLINE = re.compile(
    r"(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:\s[A-ZÄÖÜ][\w'’.-]+){1,2})\s(?:is|ist)\s(?P<role>[^.]{3,60}?)"
    r"\s(?:at|for|of|bei|für|von)\s(?:the\s|der\s|dem\s)?[A-ZÄÖÜ][^.]{0,40}\.?"
)
_WRITES_FOR = re.compile(
    r"\s(?:for|für)\s(?:[Tt]he\s|die\s|den\s|das\s)?[A-ZÄÖÜ][\w.&'’-]*"
)  # '… for TBNewsWatch.com.'


def _mentions_role(line: str, settings: Settings) -> bool:
    """Whether a word of the line is a role ('reporter', 'Korrespondentin') or ends in one."""
    return any(word.endswith(role) for word in re.findall(r"\w+", line.casefold()) for role in settings.roles)


@lru_cache(maxsize=256)
def _bio_opening(
    authors: tuple[str, ...], verbs: tuple[str, ...], titles: tuple[str, ...], whole_names: bool = True
) -> re.Pattern | None:
    """The opening of a bio of one of `authors` (full names only, unless not `whole_names`), perhaps behind ranks or
    titles, built once per article's byline."""
    names = "|".join(re.escape(name.rstrip(".")) for name in authors if " " in name.strip() or not whole_names)
    words = "|".join(re.escape(verb) for verb in verbs)
    ranks = rf"(?:(?:{'|'.join(map(re.escape, titles))})\s*)*" if titles else ""
    return re.compile(rf"{ranks}(?:{names})\.?,?\s+(?:{words})\b", re.I) if names and words else None


def is_age(line: str) -> bool:
    """A line that only says how old the article is ('vor 2 Stunden', 'Updated about 6 hours ago', '3小时前'): no
    date."""
    return visual_length(line) <= 30 and bool(_AGE.search(line)) and len(line.split()) <= 5


def read_name_line(line: str, neighbours: list[str], settings: Settings) -> Byline | None:
    """A line of nothing but names ('Daniel Kessler', 'Larissa Holm, Markus Feld', '林郁婷') next to a dateline,
    an age ('3 hours ago') or a role ('Technology reporter'): the byline of sites that print the names without
    'By'."""
    if visual_length(line) > 60 or settings.cues.chrome_kinds(line) or line.rstrip().endswith((":", "：")):
        return None  # chrome, or a label whose value follows ('Publication Date:')
    if settings.cues.photo_agency.search(line):
        return None  # a picture's credit: '/M. Brandt, stock.adobe.com'
    if line.split()[:1] and line.split()[0].casefold() in settings.agencies:
        return None  # an agency and its desk's codes: 'PTI AKN HVA'
    if cjk_count(line):
        byline = _chinese_names_alone(line, settings)
        return byline if byline and any(_dated_or_role(n, settings) for n in neighbours) else None
    outlet = None
    if bracketed := _OUTLET_BRACKETED.fullmatch(line.strip()):  # 'Dimas Pratama (The Jakarta Post)'
        line, outlet = bracketed["names"], bracketed["outlet"] or bracketed["dashed"]
        outlet = None if outlet.casefold() in settings.contributions else outlet  # '… (Text)': what they did
    names, _, role = line.rpartition("," if "," in line else "/")  # 'Shereece Palmer/Business Reporter'
    before, _, inner = names.rpartition(",")
    if "," not in line and role.strip().casefold() in settings.agencies:
        return None  # a picture's credit: 'Vilnius Regional Court / Andrius Kalvaitis/BNS'
    if names and _DOMAIN_NAME.fullmatch(role.strip()):
        line, outlet = names, role.strip()  # 'Gintarė Vaitkutė, LRT.lt': the site's domain after the name
    elif names and (is_role(role, settings) or _is_affiliation(role, settings)):
        line = names  # 'Hannah Crowther, technology reporter', '…, Nikkei staff writers', '…, University of Leeds'
        while "," in line and is_role(line.rpartition(",")[2], settings):
            line = line.rpartition(",")[0]  # roles one after another: 'Mira Castellanos, VP, Principal Analyst'
    elif before and is_role(inner, settings):
        line = before  # 'Marta Lindqvist, Senior Editor, Europe': the role, then the region the author covers
    elif (name := _without_role_after(line, settings)) != line:
        line = name  # 'Elise Carmody Technology editor'
    elif is_role(line, settings):
        return None  # 'Redaktor Digital' is a role, not a name
    # without 'By' no other part is a place or a role: 'Über Kohleausstieg, Kernkraftwerke und …' is a dek
    byline = _names(_HANDLE.sub("", _MAIL_AFTER.sub("", line).split("@")[0]), settings, every_part=True)
    if not byline or any(len(name.split()) > 3 for name in byline.authors):
        return None
    if any(name.split()[0].casefold() in settings.cues.function_words for name in byline.authors):
        return None  # no name starts with an article or a pronoun: 'Das Imperialismus-Phantom' is a headline
    if any(_inner_function_word(name, settings) for name in byline.authors):
        return None  # a heading in title case: 'Signs Of Manipulation'
    handles = any(is_handle_of(name, n) for name in byline.authors for n in neighbours)  # 'Léa Martin' / 'lmartin'
    if not handles and not any(_dated_or_role(n, settings) for n in neighbours):
        return None
    if len(byline.authors) == 1 and _common_words(byline.authors[0], settings):
        return None
    if any(char.isdigit() for name in byline.authors for char in name):
        return None  # an address: 'D-72766 Reutlingen'
    return Byline(byline.authors, outlet) if outlet else byline


def _inner_function_word(name: str, settings: Settings) -> bool:
    """Whether a word after the first is a function word other than a name's particle ('Of' in 'Signs Of
    Manipulation'; not 'von der' in 'Ursula von der Leyen', 'Da' in 'Lula Da Silva')."""
    words = [word.casefold() for word in name.split()[1:]]
    return any(word in settings.cues.function_words and word not in NAME_PARTICLES for word in words)


NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "zu", "dos", "das"})


# names, then their outlet in brackets or after a spaced dash: capitalised words ('The Jakarta Post')
_OUTLET_BRACKETED = re.compile(
    r"(?P<names>[^()]+?)\s*(?:\((?P<outlet>(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})\)"
    r"|\s[-–—]\s(?P<dashed>(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}))"
)


_HANDLE_LINE = re.compile(r"@?[a-z0-9_.-]{3,30}")


def is_handle_of(name: str, line: str) -> bool:
    """Whether a line is nothing but the user handle of a name printed alone, its surname in it ('lmartin' below
    'Léa Martin'): an author's card on a platform, not a menu's entry."""
    surname = unicodedata.normalize("NFKD", name.split()[-1]).encode("ascii", "ignore").decode().casefold()
    return len(surname) >= 3 and bool(_HANDLE_LINE.fullmatch(line.strip())) and surname in line.casefold()


def is_person_name(value: str, settings: Settings) -> bool:
    """Whether a value is one person's name and nothing else ('Martin Börner'; not 'Reuters', 'Ostsee-Zeitung')."""
    byline = _names(value, settings, every_part=True)
    return bool(byline and byline.authors == [value.strip()] and not byline.publisher) and not _common_words(
        value, settings
    )


def _is_affiliation(part: str, settings: Settings) -> bool:
    """An institution after an author's name: 'University of Leeds', 'Max-Planck-Institut für Informatik'."""
    words = re.findall(r"\w+", part.casefold())
    return len(words) <= 6 and any(word.endswith(tuple(settings.affiliations)) for word in words)


def _dated_or_role(line: str, settings: Settings) -> bool:
    """A line beside which names printed alone are a byline: a date, an age, a journalist's role, an e-mail
    address alone ('Daniel Kovach' / 'Pittsburgh Post-Gazette' / 'dkovach@post-gazette.com') or the story's
    reading time ('Jessica Ward' / 'Gold Coast Bulletin' / '3 min read') or the author's followers ('3.21K
    Followers')."""
    aged = visual_length(line) <= AGE_LINE_CHARS and _AGE.search(line)  # (a paragraph's 'heute' is no age)
    dated = aged or (any(c.isdigit() for c in line) and find_date(line))
    counted = settings.cues.is_reading_count(line) or settings.cues.follower_count.fullmatch(line.strip())
    return bool(dated or counted or is_reading_time(line) or is_role(line, settings) or is_email_address(line))


AGE_LINE_CHARS = 80  # an age beside names alone stands on a short line ('vor 3 Stunden', 'Publiziert heute um 06:12')


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_email_address(line: str) -> bool:
    """A line that is an e-mail address alone ('kmatsuda@staradvertiser.com' below a byline)."""
    return bool(_ADDRESS.fullmatch(line.strip()))


def _chinese_names_alone(line: str, settings: Settings) -> Byline | None:
    """Chinese names and nothing else ('林郁婷', '王小明、李華'), after an outlet's name if any ('工商時報 蔡孟軒'), a
    day after them if any ('雷递网 苏禾 5月18日')."""
    parts = [part for part in re.split(r"[\s、，,／/|｜]+", line.strip()) if part]
    parts = parts[:-1] if len(parts) > 1 and _MONTH_DAY.fullmatch(parts[-1]) else parts
    outlet = parts[0] if len(parts) > 1 and settings.chinese_outlet.fullmatch(parts[0]) else None
    names = parts[1:] if outlet else parts
    if not names or not all(settings.chinese_name.fullmatch(name) for name in names):
        return None
    return Byline(names, outlet)


_MONTH_DAY = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
MIN_COMPOUND_ROLE = 6  # a role this long may end a compound word ('Wirtschaftsredaktorin'; not 'staff')


def is_role(line: str, settings: Settings) -> bool:
    """A journalist's role on a line of its own ('Technology reporter', 'Contributing Writer', 'Redakteurin',
    'Redaktor Digital'), several journalists' ('staff writers') or a compound ('Wirtschaftsredaktorin')."""
    unit = len(line) <= ROLE_LINE_CHARS and not line.rstrip().endswith((".", "。"))
    if unit and (head := _ROLE_AND_UNIT.split(line, 1)[0]) != line and head.strip():
        return is_role(head, settings)  # 'Senior Fellow - Governance Studies, Center for Technology Innovation'
    words = [word.strip(",;:.") for word in line.casefold().split()]
    if not 0 < len(words) <= 4 or ":" in line or "：" in line:
        return False  # (a label's value: 'Source: Efua Mensah-Bonsu, Contributor')
    last = words[-1].removesuffix("s")
    compound = any(last.endswith(role) for role in settings.roles if len(role) >= MIN_COMPOUND_ROLE)
    return words[-1] in settings.roles or last in settings.roles or compound or words[0] in settings.roles


_ROLE_AND_UNIT = re.compile(r"\s[-–—|]\s|,")  # a role, then the unit or place the person works in
ROLE_LINE_CHARS = 90  # a role with its unit on a line of its own, no sentence


def _common_words(name: str, settings: Settings) -> bool:
    """Names are rare words: a single 'name' whose every word the line model's lexicon knows ('Künstliche
    Intelligenz') is a topic, not a person (two names on one line are people)."""
    return all(word.casefold() in settings.line_model.lexicon for word in name.split())


# a bracket opening the first paragraph, after an agency's dateline or a news flash's label if any
# ('新华社上海5月20日电（记者王琳、刘畅）', '中新网北京12月28日电 (记者 李四)', '新京报快讯（记者 裴剑飞）',
# '本报讯（记者 张三）', '央广网深圳5月19日消息（记者 林晓东）')
_LEAD = re.compile(
    r"^(?P<dispatch>[\w\u4e00-\u9fff·-]{2,24}?(?:[（(][\w.-]+\.[a-z]{2,6}[）)])?(?:\d{1,2}月\d{1,2}日(?:[电電]|消息)|快讯|快訊|讯|訊|报道|報道|报|報)(?:\s*\d{1,2}月\d{1,2}日消息)?)?\s*"
    r"[（(〔【\[](?P<inner>[^）)〕】\]]{2,30})[）)〕】\]]"
)  # also 'C114讯 3月9日消息（周岚）', '华龙网-新重庆客户端5月20日8时45分讯（记者 周晓楠）', '點新聞報道（記者 何偉明）'
# and a paper's name alone: '中国商报（记者 周雯 孙浩）', or with its domain: 'CTI论坛(ctiforum.com)8月23日消息(林晓)'
_OTHER_FIELDS = re.compile(
    r"(?:发布|發布|發佈|更新)?(?:时间|時間|日期)\s*[:：]|(?:通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,4}"
)
# a dispatch's reporters without brackets: '中国电力新闻网讯 通讯员 李红霞 记者 彭思远 8月3日，…'
_UNBRACKETED_DISPATCH = re.compile(
    r"[\w\u4e00-\u9fff·-]{2,24}?(?:讯|訊)\s+(?P<byline>(?:(?:通讯员|通訊員|本报记者|本報記者|记者|記者)\s*"
    r"(?:[\u4e00-\u9fff·]{2,4}\s+)+)+)"
)
# a reporter's name, the day and the place opening the first paragraph: '美国中文网记者张晓岚2月9日纽约报道：…'
_DATED_REPORT = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:记者|記者)\s*(?P<name>[\u4e00-\u9fff·]{2,4}?)\s*\d{1,2}月\d{1,2}日"
    r"[\u4e00-\u9fff]{0,6}?(?:报道|報道|电|電)[：:]"
)
# the reporter and the place opening the first paragraph without brackets: '記者林佳蓉／新竹報導 竹北AI新創公司…'
_FILED_REPORT = re.compile(
    r"(?:本報|本报)?(?:记者|記者)\s*(?P<name>[\u4e00-\u9fff·]{2,4}?)\s*[／/]\s*[\u4e00-\u9fff]{2,6}?(?:报道|報導|報道)\s"
)
_SECOND_BRACKET = re.compile(r"\s*[（(〔【\[](?P<inner>[^）)〕】\]]{2,30})[）)〕】\]]")
_LABEL_AFTER_LEAD = re.compile(r"\s*(?P<byline>[^：:，,。\s]{3,14})[：:]")
_BRACKETED_BYLINE = re.compile(r"\(((?:by|von)\s.+)\)", re.I)  # (not an agency's '(Reporting by …; Editing by …)')
_TAIL = re.compile(r"[（(](?P<inner>[^（()）]{2,16})[）)]\s*\d{0,8}\s*$")
_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})*$")


def _outlet_and_name(inner: str, settings: Settings) -> str | None:
    """The writer's name after the outlet's initials and a slash in a bracket opening the article ('BS/Matthias
    Kerner'); not an agency's dateline ('dpa/lni')."""
    outlet, slash, name = inner.partition("/")
    name = name.strip()
    return name if slash and outlet.strip().isupper() and is_person_name(name, settings) else None


def opens_with_dispatch(line: str) -> bool:
    """Whether a paragraph opens with a dispatch and its reporters, in brackets or not
    ('集微网报道（文/陈思远）近日，…', '南都讯 记者林晓璇 通讯员黄文 …'): the article's first."""
    dispatched = (lead := _LEAD.match(line)) and lead["dispatch"]
    return bool(dispatched or _UNBRACKETED_DISPATCH.match(line) or _FILED_REPORT.match(line))


def paragraph_bylines(first: str, last: str, settings: Settings) -> Byline | None:
    """Bylines printed inside the article's own paragraphs, which stay: a bracket opening the first one
    ('（中央社記者吳家豪台北18日電）', '〔記者洪素卿／台北報導〕') and one closing the last ('（編輯：林孟汝）',
    '（文猛）', '(jad)': a name or a journalist's initials)."""
    authors: list[str] = []
    editors: list[str] = []
    publisher = None
    lead = _LEAD.match(first)
    found = lead and read_chinese_labels(lead["inner"], settings)
    if lead and not found and (label := _LABEL_AFTER_LEAD.match(first, lead.end())):
        found = read_chinese_labels(label["byline"], settings)  # '【香港商報網訊】記者林嘉欣報道：…'
    if lead and not found and (second := _SECOND_BRACKET.match(first, lead.end())):
        found = read_chinese_labels(second["inner"], settings)  # '【大紀元…訊】（大紀元記者鄭雅文香港報導）…'
    if lead and not found and lead["dispatch"] and settings.chinese_name.fullmatch(lead["inner"].strip()):
        found = Byline([lead["inner"].strip()])  # a name alone in the dispatch's bracket: 'C114讯 3月9日消息（周岚）'
    if lead and not found and not lead["dispatch"] and (signed := _outlet_and_name(lead["inner"], settings)):
        found = Byline([signed])  # '(BS/Matthias Kerner) Seit Anfang April …'
    if not lead and (dispatch := _UNBRACKETED_DISPATCH.match(first)):
        found = read_chinese_labels(_OTHER_FIELDS.sub(" ", dispatch["byline"]), settings)  # without the 通讯员
    if not lead and not found and (dated := _DATED_REPORT.match(first)):
        found = Byline([dated["name"]]) if settings.chinese_name.fullmatch(dated["name"]) else None
    if not lead and not found and (filed := _FILED_REPORT.match(first)):
        found = Byline([filed["name"]]) if settings.chinese_name.fullmatch(filed["name"]) else None
    if found:
        authors += found.authors
        editors += found.editors
        publisher = found.publisher
    tail = _TAIL.search(last)
    if tail:
        inner = tail["inner"].strip()
        found = read_chinese_labels(inner, settings) if cjk_count(inner) else None
        if found:
            authors += found.authors
            editors += found.editors
        elif _INITIALS.match(inner) and not all(part in settings.agencies for part in inner.split("/")):
            authors.append(inner)  # '(jad)', '(det/dpa)'; not agencies alone: '(awp/sda)'
        elif _CJK_NAME.match(inner) and not settings.cues.chrome_kinds(inner):
            authors.append(inner)  # (not a link's note: '（新窗口）')
    return Byline(authors, publisher, tuple(editors)) if authors or editors else None


_DATE_LINE_REST = re.compile(r"[\W\d_]+")
# the verb closing a publication's date ('Dieser Inhalt wurde am 21. Juni 2027 - 09:00 publiziert')
_PUBLISHED_WORD = re.compile(rf"\b(?:{_PUBLISHED_WORDS}|aktualisiert|updated)\s*$", re.I)
_BY_TAIL = re.compile(r"\s(?:by|von)\s.*$", re.I)
_PUBLISHED_IN = re.compile(r"\s*(?:发布于|發布於|發佈於|发表于|發表於)")


# (or a count of readers: '4823次阅读')
_WEEKDAY_OR_LABEL = re.compile(
    r"星期|周[一二三四五六日天]|週|[时時]间|日期|发布|發布|更新|来源|來源|阅读|閱讀|浏览|瀏覽|\d次|IP\s*[属屬]地"
)  # (also a platform's note on where the poster's IP is: '2027-03-18 21:06 · IP属地北京')


def dateline_outlet(line: str, settings: Settings) -> str | None:
    """The outlet a Chinese dateline names after its date, bare or as a source ('2024年09月13日 10:20 新浪科技',
    '2025-06-03 16:40:12 来源: 网易科技报道'), or None."""
    dated = _date_and_rest(line) if cjk_count(line) else None
    if not dated:
        return None
    rest = dated[1].strip().strip(" |｜/／·•-–—")
    if (label := settings.byline_chinese.match(rest)) and label.lastgroup == "publisher":
        rest = _REPORT_SUFFIX.sub("", rest[label.end() :])
    if " " in rest or not 2 <= cjk_count(rest) <= 8 or _WEEKDAY_OR_LABEL.search(rest):
        return None
    return rest if _CJK_OUTLET.match(rest) else None


def dateline_poster(line: str, settings: Settings) -> str | None:
    """The Chinese name a dateline opens with before 'published at' ('林宥辰 發表於 2027年8月19日 10:30'): the author,
    as blogs and tech sites print it."""
    dated = _date_and_rest(line) if cjk_count(line) else None
    poster = _POSTED_BY.fullmatch(dated[1].strip()) if dated else None
    return poster["name"] if poster and settings.chinese_name.fullmatch(poster["name"]) else None


_MARKED_OUTLET_NAME = re.compile(r"^\s*《(?P<outlet>[^《》]{2,12})》\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*$")
# (perhaps behind the outlet and a dash: '科技產業資訊室（iKnow） - 林怡君 發表於 2027年8月21日')
_POSTED_BY = re.compile(
    r"(?:[^-–—|｜\s][^-–—|｜]{1,30}?\s*[-–—|｜]\s*)?(?P<name>[\u4e00-\u9fff]{2,4})\s*(?:发表于|發表於|发布于|發布於|發佈於)"
)


# also '中青报·中青网', '现代快报/现代+' (a paper and its app)
# and '合肥晚报、合肥在线' (two outlets)
_CJK_OUTLET = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+\+?(?:[·/／、—-][\u4e00-\u9fffA-Za-z0-9]+\+?)?$")
_OUTLET_JOINT = re.compile(r"[/／、]")
_REPORT_SUFFIX = re.compile(r"(?:即時|即时|綜合|综合)?(?:報導|报道)$")  # '网易科技报道': a report of 网易科技


@lru_cache(maxsize=4096)  # asked of each line by several rules
def date_line(line: str) -> str | None:
    """A short line that is essentially a date (a dateline, 'Published on <date>', a bare ISO date)."""
    dated = _date_and_rest(line)
    if not dated:
        return None
    # '2026-11-23 10:42发布于北京…': what follows 'published in' is where and by whom
    rest = _BY_TAIL.sub("", dated[1])  # 'Posted on June 23, 2027 by Lethbridge Herald': who posted it, not the date
    rest = _WEEKDAY.sub(" ", rest)  # 'Wednesday, May 12, 2027 - 14:20. Updated on Wednesday, May 12, 2027 - 15:02.'
    short = visual_length(_DATE_LINE_REST.sub("", _PUBLISHED_WORD.sub("", rest))) <= 24
    numbered = _NUMBERED_RELEASE.fullmatch(dated[1])
    return (
        dated[0]
        if short or numbered or _PUBLISHED_IN.match(dated[1]) or _POSTED_BY.fullmatch(dated[1].strip())
        else None
    )


# a release's number before its date ('Parlamentskorrespondenz Nr. 512 vom 19.05.2027', 'Press release No. 45 of …')
_NUMBERED_RELEASE = re.compile(
    r"\s*[^\W\d_][\w-]*(?:\s[\w-]+)?\s+(?:nr\.|no\.|nummer|number)\s*\d+[\w/.-]*\s+(?:vom|from|of|dated)\s*", re.I
)


def _date_and_rest(line: str) -> tuple[str, str] | None:
    """The ISO date of a short line and what the line says besides its dates and times of day, or None (a line
    of DATE_LINE_CHARS at most, or twice that with a second date: 'Updated Nov 18, 2027, 3:02 p.m. Published …')."""
    if visual_length(line) > 2 * DATE_LINE_CHARS or not any(c.isdigit() for c in line):
        return None
    found = find_date(line)
    if not found:
        return None
    date, rest = found[0], line.replace(found[1], " ")  # (each time it stands)
    if visual_length(line) > DATE_LINE_CHARS and line.count(found[1]) < 2:
        if not (second := find_date(rest)):
            return None
        date, rest = _published_of(line, found, second), rest.replace(second[1], " ")
    return date, _TIME_OF_DAY.sub(" ", rest)


DATE_LINE_CHARS = 60


def _published_of(line: str, first: tuple[str, str], second: tuple[str, str]) -> str:
    """Of a line's two dates, the publication's: the one an update label does not stand before ('Published Mar 3,
    2027 at 8:00 am (Updated Mar 2, 2027 at 10:14 pm)'), else the earlier (published before updated)."""
    updated = [match.start() for match in _UPDATED_WORD.finditer(line)]
    first_at, second_at = line.find(first[1]), line.find(second[1], line.find(first[1]) + len(first[1]))
    if updated and all(first_at < at < second_at for at in updated):
        return first[0]
    if updated and all(at < first_at for at in updated) and second_at > first_at:
        return second[0]
    return min(first[0], second[0])


_UPDATED_WORD = re.compile(r"\b(?:updated|aktualisiert|geändert|letzte änderung(?:en)?)\b|更新", re.I)


def is_update(line: str) -> bool:
    """Whether the line labels a date as an update ('Aktualisiert: …', 'Letzte Änderungen: 27.08.2027')."""
    return bool(_UPDATED_WORD.search(line))


_TIME_OF_DAY = re.compile(
    r"(?:[上下中]午|凌晨|清晨|早上|傍晚|晚上)?\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?", re.I
)  # '11:42am', '5:30 p.m.', '下午5:20'
