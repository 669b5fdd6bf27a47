"""Shallow features of every line of a text and of its neighbours, and the learned line classifier that
reads them (boilerpipe's and Web2Text's idea: how long a line is, how sentence-like, how many function
words it has, what kind of page chrome its words name, and the same of the lines around it).

The classifier is a small gradient-boosted tree ensemble trained by tools/train_cleaner.py on real pages
and shipped as data (data/line_model.json); it gives each line the probability that it belongs to the
article. Cue words and function words per language are data too (data/cues.yml).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from itertools import repeat
from pathlib import Path

import ahocorasick
import numpy as np

from . import datafile
from .text import cjk_count, cjk_sequence, has_cjk
from .trees import TreeEnsemble

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_MARK = re.compile(r"[.!?。！？](?=\s|$|[\"'”’»」』)）])|[。！？]")
_END = set(".!?。！？…\"'”’»」』)）:：")
_SEPARATORS = re.compile(r"[|>»·•/–—›→]")
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\b\d{1,2}:\d{2}\b")
_URL = re.compile(r"https?://|www\.|@\w+\.\w+|\.(com|de|cn|org|net)\b", re.I)
_BULLET = re.compile(r"^([-•·*▪●◦]|\d{1,2}[.)、])\s*")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")  # a word opening with one is capitalised
_DIGIT = re.compile(r"\d")
SHORT = 40  # a line shorter than this (visual length) counts toward a run of short lines
PROSE = 100  # a line at least this long that ends like a sentence is prose
SHAPE_CACHE = 4096  # lines whose shape and words are remembered (a site's menus and footers recur)
READING_COUNT_CHARS = 30  # a reading time or view count is short ('3 min read', '1,204 views')
RELATED_LABEL_SHARE = 0.8  # of a line's letters that 'related' cue words cover when the line is only a label


_QUOTED = re.compile(r'"[^"]*"|“[^“”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|「[^」]*」|『[^』]*』')


SHORT_NOTICE_CHARS = 200  # a short notice phrase makes a line this long at most a notice (a pitch, not a paragraph)


@dataclass(frozen=True)
class Cues:
    function_words: frozenset[str]
    function_chars: frozenset[str]
    kinds: tuple[str, ...]  # kinds of page chrome, in the order of the data file
    phrases: ahocorasick.Automaton  # lower-cased phrase -> (kind indexes, whole words only, length)
    credit: re.Pattern  # 'Foto: …', 'Photographer: …', '圖／…' at the start of a line; .search() finds one anywhere
    closing_credit: re.Pattern  # '… Quelle: dpa/imago', '…（图片来源：企业供图）' closing a caption (.search())
    credit_opening: re.Pattern  # 'Courtesy of Acme', 'Quellen: Firmenblog, GitHub' (no sentence): a credit (.match())
    picture_credit: re.Pattern  # 'Bild: zvg', 'Bild © hr', '攝影：黃鼎翔': a line opening so credits a picture
    photo_agency: re.Pattern  # 'shutterstock', 'picture alliance': a photo agency's name (.search())
    player_words: frozenset[str]  # 'Hören 05:41', 'Listen 3:12': a player's button and its duration
    notice_label: re.Pattern  # 'Disclaimer: …', '【免责声明】…' at the start of a line
    notice_phrases: ahocorasick.Automaton  # '… we may earn a commission …' anywhere (lower case), some in short lines
    title_badge: re.Pattern  # '原创 ' before a headline: a label the page sets beside it
    post_navigation: re.Pattern  # 'Previous article ' before another story's headline
    widget: re.Pattern  # 'No results', 'Drop us a line', 'Warenkorb': a widget's words, never a headline
    broken_off: re.Pattern  # a line ending in a comma or a dangling word ('Roasted Chicken with'): never a headline
    marker_lines: frozenset[str]  # 'AD', '(END)', '（完）': a line of nothing else is chrome (lower case)
    caption_label: re.Pattern  # 'Caption:' alone on a line, above the caption (.fullmatch())
    list_label: re.Pattern  # 'Autoren', '作者：' alone on a line: the names below it are authors (.fullmatch())
    follower_count: re.Pattern  # '3.21K Followers', '粉丝 1.2万': an author widget's count (.fullmatch())
    box_button: re.Pattern  # 'View all properties', 'Alle Jobs anzeigen', '查看详情': a widget's button (.search())
    shop_button: re.Pattern  # 'Jetzt shoppen', 'Buy now', '立即购买': a product box's button (.search())
    skip_link: re.Pattern  # 'Skip to "About government"', 'Springe direkt zu:' (.match())
    picture_note: re.Pattern  # 'File photo.' closing a caption (.search())
    picture_position: re.Pattern  # '(l.)', 'v.l.n.r.', '(left)': who stands where in the picture (.search())
    bracketed_source: re.Pattern  # '(Quelle: Helvion)' alone on a line: a picture's or chart's credit (.fullmatch())
    closing_call: re.Pattern  # 'Apply today.' closing a pitch (.search())
    reader_address: re.Pattern  # 'you', 'Ihnen', '您': a line speaking to the reader (.search())
    call_to_action: re.Pattern  # 'Support', 'Download', '订阅' opening a sentence (.match())
    channel_call: re.Pattern  # 'Follow … on WhatsApp', 'Abonniere unseren WhatsApp-Kanal' as a sentence (.match())
    channel_names: tuple[str, ...]  # 'whatsapp', 'telegram' (lower case): channel_call's quick no
    poll_answers: frozenset[str]  # 'Yes', 'No', '是': a poll's or feedback box's answers below its question
    poll_buttons: frozenset[str]  # 'Abstimmen', 'Vote': a poll's button below its answers (lower case)
    poll_count: re.Pattern  # '1482 votes', '1.204 Stimmen': a poll's count of votes (.fullmatch())
    key_point_labels: frozenset[str]  # '划重点', 'Key points': a label over the story's key points (lower case)
    toc_labels: frozenset[str]  # 'Inhalt', 'In this article': a label over a table of contents (lower case)
    release_labels: frozenset[str]  # 'Pressekontakt', 'Notes to editors': a press release's closing sections
    section_names: frozenset[str]  # 'News', 'Business', '即時': a site's sections, never its name (lower case)
    company_word: re.Pattern  # 'Group', '公司' closing a name: a company's, not a site's (.search())
    topic_words: frozenset[str]  # chrome words that name an article's topic too ('datenschutz', 'privacy')
    newsroom_names: frozenset[str]  # 'Redaktion', 'Staff', '本网': the site's own newsroom (lower case)
    site_own: re.Pattern  # 'uns', 'our': the site speaking of itself in its pitch (.search(); 'US' is no 'us')
    app_words: re.Pattern  # 'App', 'Google Play': an app the site pitches (.search())
    app_stores: re.Pattern  # 'App Store', 'Google Play': where the site's app is (.search())
    tag_line: re.Pattern  # 'Themen: KI, Presserat', 'Categories: …': a line of tags behind their label (.fullmatch())
    ai_summary_note: re.Pattern  # 'KI-generiert', 'Key points (AI-generated)', '本摘要由AI生成' (.search())
    summary_word: re.Pattern  # 'summary', 'Zusammenfassung', '摘要': a note on a summary names it (.search())
    feedback_buttons: frozenset[str]  # 'Feedback geben': a box's button asking the reader's opinion (lower case)
    pros_label: re.Pattern  # 'Pros', 'Vorteile', 'Pocketscribe - Pros': a review's strengths (.fullmatch())
    cons_label: re.Pattern  # 'Cons', 'Nachteile', 'Reasons to avoid': a review's weaknesses (.fullmatch())

    def is_notice(self, line: str) -> bool:
        """The site's notice about the article: a label opening the line, or a notice phrase anywhere in it
        (an automaton over the lower-cased line: one regex alternation of the phrases cost 15x as much) outside
        quotation marks: the article may quote a notice ('… 标注“内容仅供参考，不构成投资建议”。')."""
        if self.notice_label.match(line):
            return True
        lower, short = line.lower(), len(line) <= SHORT_NOTICE_CHARS
        found = [
            (end, length) for end, (length, short_only) in self.notice_phrases.iter(lower) if short or not short_only
        ]
        quotes = [match.span() for match in _QUOTED.finditer(lower)] if found else []
        return any(not any(start <= end - length + 1 and end < stop for start, stop in quotes) for end, length in found)

    @cached_property
    def chrome_matches(self) -> Callable[[str], tuple[tuple[int, int, int], ...]]:
        """(kind index, start, end) of every chrome phrase in a line, remembered for the last lines seen (each line
        is asked about by several rules)."""
        return lru_cache(maxsize=SHAPE_CACHE)(self._find_chrome)

    def _find_chrome(self, line: str) -> tuple[tuple[int, int, int], ...]:
        """(kind index, start, end) of every chrome phrase in the line; Latin phrases only as whole words."""
        lower = line.lower()
        if len(lower) != len(line):  # a rare letter whose lower case is longer: compare unchanged
            lower = line
        found = []
        for end, (kinds, whole_words, length) in self.phrases.iter(lower):
            start = end - length + 1
            if whole_words and (
                (start > 0 and lower[start - 1].isalnum()) or (end + 1 < len(lower) and lower[end + 1].isalnum())
            ):
                continue
            found += [(kind, start, end + 1) for kind in kinds]
        return tuple(found)

    def chrome_kinds(self, line: str) -> set[int]:
        return {kind for kind, _, _ in self.chrome_matches(line)}

    @cached_property
    def line_shape(self) -> Callable[[str], tuple[float, ...]]:
        """_shape of a line, remembered for the last lines seen: a site's menus and footers recur in its articles."""
        return lru_cache(maxsize=SHAPE_CACHE)(partial(_shape, cues=self))

    @cached_property
    def _related(self) -> int:
        return self.kinds.index("related") if "related" in self.kinds else -1

    @cached_property
    def sharing(self) -> int:
        """The index of the 'sharing' kind among `kinds` (-1 without one): share buttons' phrases."""
        return self.kinds.index("sharing") if "sharing" in self.kinds else -1

    def is_consent(self, line: str) -> bool:
        """A line of a cookie or consent banner ('We care about your privacy', 'Manage Cookies')."""
        return self._consent in self.chrome_kinds(line)

    @cached_property
    def _consent(self) -> int:
        return self.kinds.index("consent") if "consent" in self.kinds else -1

    def is_reading_count(self, line: str) -> bool:
        """A short line counting the story's reading time or views ('3 min read', '1,204 views')."""
        return (
            len(line) <= READING_COUNT_CHARS
            and any(c.isdigit() for c in line)
            and self._reading in self.chrome_kinds(line)
        )

    @cached_property
    def _reading(self) -> int:
        return self.kinds.index("reading") if "reading" in self.kinds else -1

    def is_ad_marker(self, line: str) -> bool:
        """A line of nothing but an ad's words ('Advertisement', 'Hide Ad')."""
        matches = self.chrome_matches(line)
        return (
            bool(matches) and all(kind == self._advertising for kind, _, _ in matches) and self.chrome_share(line) == 1
        )

    @cached_property
    def _advertising(self) -> int:
        return self.kinds.index("advertising") if "advertising" in self.kinds else -1

    def is_newsletter_pitch(self, line: str) -> bool:
        """A line naming a newsletter with two different cue phrases ('Sign up for …'s weekly … newsletter.'): outside
        the body, the site's pitch, however many sentences it holds."""
        phrases = {line[start:end].casefold() for k, start, end in self.chrome_matches(line) if k == self._newsletter}
        return len(phrases) >= 2

    @cached_property
    def _newsletter(self) -> int:
        return self.kinds.index("newsletter") if "newsletter" in self.kinds else -1

    def is_teaser(self, line: str) -> bool:
        """A teaser behind a 'related' label ('Lesen Sie auch: …', 'Read More: …', 'READ MORE – …', '【延伸閱讀】…',
        '延伸閱讀》…') or behind a label that leads to the previous or next story ('Previous article Transforming
        …')."""
        if (match := self.post_navigation.match(line)) and len(line[match.end() :].strip()) > 3:
            return True
        return any(
            kind == self._related
            and start <= 1
            and (
                line[end:].lstrip()[:1] in (":", "：", "﹕", "】", "]", "》", "»")
                or _DASH_AFTER.match(line[end:])
                or _names_site_before_colon(line[end:])
            )
            and len(line[end:]) > 3
            for kind, start, end in self.chrome_matches(line)
        )

    def is_related_label(self, line: str) -> bool:
        """A label over a list of teasers and nothing more: 'Mehr zum Thema', 'Related articles', '相关推荐', or
        such a label opening the line before a site's or topic's name of up to four words, capitalised but for
        short words between them ('MORE FROM FORBES', 'Mehr zum Thema KI in BW', 'Mehr zum Thema Dresden Wirtschaft:';
        not 'More from the interview')."""
        matches = [(start, end) for kind, start, end in self.chrome_matches(line) if kind == self._related]
        if not matches:
            return False
        if self.chrome_share(line) >= RELATED_LABEL_SHARE:
            return True
        start, end = min(matches, key=lambda match: (match[0], -match[1]))  # the longest label at the start
        named = line.removesuffix(":").removesuffix("：")
        return start <= 1 and _is_name(named[end:].split()) and named[-1:].isalnum()

    def chrome_share(self, line: str) -> float:
        """The share of a line's letters that chrome cue words cover ('Anzeige', 'Artikel merken': 1.0)."""
        covered = {i for _, start, end in self.chrome_matches(line) for i in range(start, end)}
        letters = [i for i, c in enumerate(line) if c.isalnum()]
        return sum(1 for i in letters if i in covered) / len(letters) if letters else 0.0


LINK_WORD_CHARS = 3  # a word in lower case inside a topic's name is short: 'in', 'aus', 'of'


def _is_name(words: list[str]) -> bool:
    """A site's or topic's name of one to four words, capitalised but for short words between them ('FORBES',
    'KI in BW')."""
    capitalised = words[:1] and words[0][:1].isupper() and words[-1][:1].isupper()
    linked = all(word[:1].isupper() or len(word) <= LINK_WORD_CHARS for word in words)
    return 1 <= len(words) <= 4 and bool(capitalised) and linked


_DASH_AFTER = re.compile(r"\s+[–—-]\s+\S")  # a dash between a label and its teaser ('READ MORE – …')


def _names_site_before_colon(rest: str) -> bool:
    """Whether what follows a 'related' label is a short word and a site's name, then a colon: 'Read more in Daily
    Maverick: …', 'Mehr bei WELT: …'."""
    named, colon, teaser = rest.partition(":")
    words = named.split()
    return (
        bool(colon and teaser.strip()) and len(words) >= 2 and len(words[0]) <= LINK_WORD_CHARS and _is_name(words[1:])
    )


def _picture_note(notes: list) -> re.Pattern:
    """A note closing a caption after its sentence: 'File photo.', '(Supplied)', the outlet's after a dash ('— New Age
    photo'), or in brackets after its last word
    ('… with the Sgwrs app (Picture supplied)'); a Chinese one only in brackets ('…工地。（档案照片）'), for a text
    copy may glue an unbracketed '资料图' to a paragraph of the article."""
    latin = _alternatives([note for note in notes if not cjk_count(str(note))])
    chinese = _alternatives([note for note in notes if cjk_count(str(note))])
    return re.compile(
        rf"[.!?]\s+(?:[—–-]\s*)?[(\[]?(?:{latin})[.)\]]?\s*$|\s[(\[](?:{latin})[)\]]\s*$"
        rf"|[。！？]\s*[（(](?:{chinese})[)）]\s*$"
        r"|[.!?]\s+[—–]\s*(?-i:[A-Z][\w'’&.-]*\s){1,4}(?:photo|picture|image)s?\.?\s*$",  # '… — New Age photo'
        re.I,
    )


def _channel_call(data: dict) -> re.Pattern:
    """A call to follow the site on a channel ('Folgen Sie uns auf WhatsApp'), or the channel named before a colon
    and the call to follow the site's own after it ('Dewezet jetzt auch auf WhatsApp: Folgen Sie unserem Kanal …')."""
    calls, channels, own = _alternatives(data["calls"]), _bounded(data["channels"]), _bounded(data["own"])
    return re.compile(
        rf"[\s(\[（【]*(?:{calls})(?!\w).*?(?:{channels})"
        rf"|[^:：]*?(?:{channels})[^:：]*[:：]\s*(?:{calls})(?!\w)\W+(?:\w+\W+)?(?:{own})",
        re.I,
    )


def _closing_word(words: list) -> re.Pattern:
    """One of the words closing a name: a whole Latin word ('Nation Media Group'), Chinese characters as they
    stand ('搜狐公司')."""
    return re.compile(
        "|".join((re.escape(w) if cjk_count(w) else rf"(?<!\w){re.escape(w)}") + "$" for w in map(str, words)), re.I
    )


def _call_to_action(data: dict) -> re.Pattern:
    """A sentence opening with a call ('Support …', 'Sign up for …'); a one-word call before one of `not_after`
    is a noun or a statement ('Support for the bill is growing')."""
    calls = [str(call) for call in data["calls"]]
    chinese = _alternatives([call for call in calls if cjk_count(call)])  # no spaces between Chinese words
    single = _alternatives([call for call in calls if " " not in call and not cjk_count(call)])
    several = _alternatives([call for call in calls if " " in call])
    not_after = _alternatives(data["not_after"])
    return re.compile(
        rf"[\s(\[（【]*(?:{chinese}|(?:{several})(?!\w)|(?:{single})(?!\w)(?!\s+(?:{not_after})\b))", re.I
    )


def _alternatives(items: list) -> str:
    return "|".join(re.escape(str(item)) for item in sorted(items, key=len, reverse=True))


def _bounded(items: list) -> str:
    """Alternatives that do not begin or end inside a word where they begin or end with a letter ('(l.)', ', left,
    and': not 'and' in 'Anderson')."""
    items = sorted(map(str, items), key=len, reverse=True)
    return "|".join(
        ("(?<!\\w)" if item[0].isalnum() else "") + re.escape(item) + ("(?!\\w)" if item[-1].isalnum() else "")
        for item in items
    )


def _credit_patterns(data: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A credit label and its colon (a Latin one also with a spaced slash, 'Photo / Supplied'; a Chinese one with a
    slash: '（圖片來源/永澄銀行）'); a credit closing a line: a source or credit label with a value that names a
    photo agency, or a Chinese picture label in brackets ('（图片来源：企业供图）'), a photographer's credit in
    brackets ('(U.S. Army photo by Spc. Tyler Ambrose)') or a reader's picture ('… Submitted photo'), but not any
    credit label closing a long line, for a text copy may glue a picture's credit to a paragraph ('… classed as
    Category B. Photo: Alvaro Serey'); a credit's opening words without a colon ('Courtesy of'), or a source label
    opening a line that is no sentence ('Quellen: Firmenblog, GitHub'; 'Source: the company said … .' is the
    article's)."""
    latin = [label for label in data["credit_labels"] if not cjk_count(label)]
    chinese = [label for label in data["credit_labels"] if cjk_count(label)]
    credit = re.compile(
        rf"(?:^|(?<=[\s.。,，]))[(\[（▲]?\s?(?:(?:{_alternatives(latin)})(?:\s*[:：／｜]|\s/\s)|(?:{_alternatives(chinese)})\s*[:：／｜/])",
        re.I,
    )
    labels = _alternatives(data["source_labels"] + data["credit_labels"])
    agencies = _alternatives(data["photo_agencies"])
    value = r"[^:：.!?。！？]"
    closing_credit = re.compile(
        rf"(?:(?:^|[\s(（])(?:{labels})\s*[:：／/｜|]{value}{{0,60}}?(?<!\w)(?:{agencies})(?!\w){value}{{0,40}}[)）]?"
        rf"|[.!?。！？]\s*[(（][^()（）]{{0,60}}?(?<!\w)(?:{agencies})(?!\w)[^()（）]{{0,40}}[)）]"
        rf"|[（(](?:{_alternatives(chinese)})\s*[:：／/｜|][^（()）]{{1,30}}[）)]"
        rf"|\s[(（](?:{_alternatives(latin)})\s*[:：][^()（）]{{1,50}}[)）]"
        rf"|\s[(（](?:[\w.'’-]+\s){{0,3}}(?:photo|photograph|picture|image)s?\s+(?:by|courtesy of)\s"
        rf"[^()（）]{{1,70}}[)）]"
        rf"|[.!?]\s+(?:submitted|supplied|handout|contributed)\s+(?:photo|image|picture)s?\.?)\s*$",
        re.I,
    )
    credit_opening = re.compile(
        rf"(?:{_alternatives(data['credit_openings'])})(?!\w)|(?:{_alternatives(data['source_labels'])})\s*[:：](?!.*[.!?。！？]\s*$)",
        re.I,
    )
    return credit, closing_credit, credit_opening


def _follower_count(labels: list[str]) -> re.Pattern:
    """A count of followers, before or after its label: '3.21K Followers', 'Follower: 1.204', '粉丝 1.2万'."""
    count, label = r"\d[\d.,]*\s?[KkMm万萬]?\+?", _alternatives(labels)
    return re.compile(rf"{count}\s*(?:{label})|(?:{label})\s*[:：]?\s*{count}", re.I)


def load_cues(path: Path) -> Cues:
    data, _ = datafile.read(path)
    words = {w for language, items in data["function_words"].items() if language != "zh" for w in items}
    automaton = ahocorasick.Automaton()
    for index, phrases in enumerate(data["chrome"].values()):
        for phrase in phrases:
            key = str(phrase).lower()
            whole_words = not cjk_count(key) and key[:1].isalnum()
            kinds = automaton.get(key)[0] if key in automaton else ()
            automaton.add_word(key, (kinds + (index,), whole_words, len(key)))
    automaton.make_automaton()
    credit, closing_credit, credit_opening = _credit_patterns(data)
    # 'Correction, 6 October 2027:', '… (May 12):', 'Korrektur vom 4. Juni 2027:'
    dated = r"(?:,|\s(?:vom|from|on|am))[^:：]{1,30}?\d[^:：]{0,10}[:：]|\([^()]{1,30}\)\s*[:：]"
    labels = _alternatives(data["notice_labels"])  # (in brackets a dash may follow: "(EDITOR'S NOTE — …)")
    notice_label = re.compile(
        rf"[(\[（【]?\s?(?:{labels})\s*(?:{dated}|[:：】\]]|$)|[(\[（【]\s?(?:{labels})\s+[—–]\s", re.I
    )
    notice_phrases = ahocorasick.Automaton()  # phrase -> (length, whether only a short line's)
    for phrase in data["notice_phrases"]:
        notice_phrases.add_word(str(phrase).lower(), (len(phrase), False))
    for phrase in data["short_notice_phrases"]:
        notice_phrases.add_word(str(phrase).lower(), (len(phrase), True))
    notice_phrases.make_automaton()
    badges = _alternatives(data["title_badges"])
    title_badge = re.compile(rf"^(?:[\[【](?:{badges})[\]】]\s*|(?:{badges})\s+)(?=\S)", re.I)
    post_navigation = re.compile(rf"^[^\w(]*(?:{_alternatives(data['post_navigation'])})(?-i:(?![a-zäöüß]))", re.I)
    widget = re.compile(rf"(?<!\w)(?:{_alternatives(data['widget_phrases'])})(?!\w)", re.I)
    dangling = _alternatives([word for items in data["dangling_words"].values() for word in items])
    complete = _alternatives(data["complete_endings"])  # '… so observers don't have to' ends as it should
    broken_off = re.compile(
        rf"\A(?!.*(?<!\w)(?:{complete})\s*$).*(?:[,，、;；]|(?<!\w)(?:{dangling}))\s*$", re.I | re.S
    )
    function_chars = frozenset(data["function_words"]["zh"])
    return Cues(
        frozenset(words),
        function_chars,
        tuple(data["chrome"]),
        automaton,
        credit,
        closing_credit,
        credit_opening,
        re.compile(rf"(?:{_alternatives(data['picture_labels'])})\s*[:：／/｜©]", re.I),  # also 'Bild © hr'
        re.compile(rf"(?<!\w)(?:{_alternatives(data['photo_agencies'])})(?!\w)", re.I),
        frozenset(str(word).casefold() for word in data["player_words"]),
        notice_label,
        notice_phrases,
        title_badge,
        post_navigation,
        widget,
        broken_off,
        frozenset(str(marker).casefold() for marker in data["marker_lines"]),
        re.compile(rf"\s*(?:{_alternatives(data['caption_labels'])})\s*[:：]?\s*", re.I),
        re.compile(rf"(?:{_alternatives(data['list_labels'])})\s*[:：]?", re.I),
        _follower_count(data["follower_labels"]),
        re.compile(
            rf"^[^\w]*(?:{_alternatives(data['box_buttons']['opening'])})|(?<!\w)(?:{_alternatives(data['box_buttons']['closing'])})"
            r"[\s»›>→*]*$",
            re.I,
        ),
        re.compile(rf"(?<!\w)(?:{_alternatives(data['box_buttons']['shop'])})", re.I),
        re.compile(rf"\W*(?:{_alternatives(data['skip_links'])})", re.I),
        _picture_note(data["picture_notes"]),
        re.compile(_bounded(data["picture_positions"])),
        re.compile(
            rf"\s*[(\[（]\s*(?:{_alternatives(data['source_labels'])})\s*[:：][^()\[\]（）]{{1,40}}[)\]）]\s*", re.I
        ),
        re.compile(rf"(?:^|[.!?。！？]\s*|\s[–—-]\s*)(?:{_alternatives(data['closing_calls'])})\s*[.!。！]?\s*$", re.I),
        re.compile(rf"(?<!\w)(?:{_alternatives(data['site_pitch']['address'])})(?!\w)", re.I),
        _call_to_action(data["site_pitch"]),
        _channel_call(data["channel_pitch"]),
        tuple(str(name).lower() for name in data["channel_pitch"]["channels"]),
        frozenset(str(answer).casefold() for answer in data["poll_answers"]),
        frozenset(str(button).casefold() for button in data["poll_buttons"]),
        re.compile(rf"\d[\d,.\s]*\s*(?:{_alternatives(data['poll_counts'])})", re.I),
        frozenset(str(label).casefold() for label in data["key_point_labels"]),
        frozenset(str(label).casefold() for label in data["toc_labels"]),
        frozenset(str(label).casefold() for label in data["release_labels"]),
        frozenset(str(name).casefold() for name in data["section_names"]),
        _closing_word(data["company_words"]),
        frozenset(str(word).casefold() for word in data["topic_words"]),
        frozenset(str(name).casefold() for name in data["newsroom_names"]),
        re.compile(_bounded([form for word in data["site_pitch"]["own"] for form in (word, word.capitalize())])),
        re.compile(_bounded(data["site_pitch"]["apps"] + data["site_pitch"]["stores"]), re.I),
        re.compile(_bounded(data["site_pitch"]["stores"]), re.I),
        re.compile(
            rf"\s*(?:{_alternatives(data['tag_labels'])})\s*[:：]\s*{_TAG_ITEM}(?:\s*[,，、|/·;]\s*{_TAG_ITEM})*\s*",
            re.I,
        ),
        re.compile(rf"(?<!\w)(?:{_alternatives(data['ai_summary_notes'])})(?!\w)", re.I),
        re.compile(_alternatives(data["summary_words"]), re.I),
        frozenset(str(button).casefold() for button in data["feedback_buttons"]),
        _verdict_label(data["pros_labels"]),
        _verdict_label(data["cons_labels"]),
    )


def _verdict_label(labels: list[str]) -> re.Pattern:
    """A verdict list's label alone on a line, perhaps behind the product's name ('Pocketscribe - Pros')."""
    return re.compile(rf"\s*(?:[^\n]{{1,40}}?(?:\s[-–—]|[:：])\s*)?(?:{_alternatives(labels)})\s*[:：]?\s*", re.I)


_TAG_ITEM = r"[^,，、|/·;.!?。！？:：\s][^,，、|/·;.!?。！？:：]{0,39}"  # a tag: a few words, no sentence mark


def _base(line: str, cues: Cues, repeats: int) -> list[float]:
    """Features of one line on its own, and how often the text repeats it."""
    return [*cues.line_shape(line), min(repeats, 5)]


def _shape(line: str, cues: Cues) -> tuple[float, ...]:
    """Features of one line's text."""
    han = cjk_sequence(line)
    cjk = len(han)
    length = len(line) + cjk  # (its visual_length)
    tokens = _TOKEN.findall(line)
    latin_function = sum(1 for t in tokens if t.casefold() in cues.function_words)
    cjk_function = sum(1 for c in han if c in cues.function_chars)
    function_share = (latin_function + cjk_function) / max(1, len(tokens) + cjk) if (tokens or cjk) else 0.0
    found = cues.chrome_kinds(line)
    kinds = [1.0 if kind in found else 0.0 for kind in range(len(cues.kinds))]
    digits = len(_DIGIT.findall(line))
    return (
        min(length, 2000),
        math.log1p(len(tokens) + cjk),
        cjk / max(1, len(line)),
        1.0 if line.rstrip()[-1:] in _END else 0.0,
        len(_SENTENCE_MARK.findall(line)),
        function_share,
        digits / max(1, len(line)),
        sum(1 for t in tokens if t[0] in _CAPITALS) / max(1, len(tokens)),
        len(_SEPARATORS.findall(line)),
        sum(kinds),
        *kinds,
        1.0 if digits and _DATE.search(line) else 0.0,  # (every date has a digit: most lines are ruled out cheaply)
        1.0 if _URL.search(line) else 0.0,
        (line.count(",") + line.count("，") + line.count("、")) / max(1, length) * 100,
        1.0 if _BULLET.match(line) else 0.0,
    )


def base_names(cues: Cues) -> list[str]:
    return [
        "length",
        "log_words",
        "cjk_share",
        "ends_sentence",
        "sentence_marks",
        "function_share",
        "digit_share",
        "capitalised_share",
        "separators",
        "cue_kinds",
        *[f"cue_{k}" for k in cues.kinds],
        "date",
        "url",
        "comma_density",
        "bullet",
        "repeats",
    ]


_NEIGHBOUR = (0, 3, 5, 9)  # length, ends_sentence, function_share, cue_kinds: what is read of the neighbours


def feature_names(cues: Cues) -> list[str]:
    names = base_names(cues)
    neighbour = [names[i] for i in _NEIGHBOUR]
    return [
        *names,
        "position",
        "short_run",
        "prose_before",
        "prose_after",
        "prose_distance",
        *[f"{side}{k}_{n}" for side in ("prev", "next") for k in (1, 2) for n in neighbour],
        "window_function_share",
        "window_max_length",
        "window_ends_sentence",
        *LEXICAL_NAMES,
    ]


@lru_cache(maxsize=SHAPE_CACHE)
def tokens(line: str) -> tuple[str, ...]:
    """Words of a line for the lexicon: Latin words case-folded, CJK characters and character pairs."""
    if line.isascii():  # (most Latin lines: no CJK to look for)
        return tuple(_TOKEN.findall(line.lower()))
    han = cjk_sequence(line)
    words = [t.casefold() for t in _TOKEN.findall(line) if not han or t.isascii() or not has_cjk(t)]
    return (*words, *han, *(a + b for a, b in zip(han, han[1:], strict=False)))


def lexical_features(lines: list[str], lexicon: dict[str, float]) -> np.ndarray:
    """The lexicon's word score of each line (mean log-odds of its words being article rather than page
    chrome) and of its neighbours."""
    scores = []
    for line in lines:
        words = tokens(line)
        scores.append(sum(map(lexicon.get, words, repeat(0.0))) / len(words) if words else 0.0)
    score = np.array(scores, dtype=np.float64)
    return (
        np.column_stack(
            [score, _shifted(score, 1), _shifted(score, -1), _window(score, np.nanmean), _window(score, np.nanmin, 1)]
        )
        if len(lines)
        else np.zeros((0, 5))
    )


LEXICAL_NAMES = ["word_score", "prev1_word_score", "next1_word_score", "window_word_score", "window_min_word_score"]


def train_lexicon(lines: list[str], labels: list[int], min_count: int = 3) -> dict[str, float]:
    """Naive-Bayes log-odds of each word appearing in article lines rather than chrome lines."""
    counts: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for line, label in zip(lines, labels, strict=True):
        for token in set(tokens(line)):
            counts[label][token] = counts[label].get(token, 0) + 1
    total = [sum(c.values()) + 1 for c in counts]
    lexicon = {}
    for token in set(counts[0]) | set(counts[1]):
        chrome, article = counts[0].get(token, 0), counts[1].get(token, 0)
        if chrome + article >= min_count:
            lexicon[token] = round(math.log((article + 0.5) / total[1]) - math.log((chrome + 0.5) / total[0]), 3)
    return dict(sorted(lexicon.items()))


def features(lines: list[str], cues: Cues, lexicon: dict[str, float]) -> np.ndarray:
    return np.hstack([shape_features(lines, cues), lexical_features(lines, lexicon)])


def shape_features(lines: list[str], cues: Cues) -> np.ndarray:
    """One row of features per line (non-empty lines, in order): its shape and its neighbours'."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(feature_names(cues)) - len(LEXICAL_NAMES)))
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    base = np.array([_base(line, cues, counts[line]) for line in lines], dtype=np.float64)
    length, ends = base[:, 0], base[:, 3]
    prose = (length >= PROSE) & (ends > 0)
    prose_chars = np.where(prose, length, 0.0)
    total = prose_chars.sum() or 1.0
    before = (np.cumsum(prose_chars) - prose_chars) / total
    after = 1.0 - before - prose_chars / total
    context = np.column_stack(
        [
            np.arange(n) / max(1, n - 1),
            _short_runs(length < SHORT),
            before,
            after,
            _distance_to(prose),
            *[_shifted(base[:, i], shift) for shift in (1, 2, -1, -2) for i in _NEIGHBOUR],
            _window(base[:, 5], np.nanmean),
            _window(length, np.nanmax),
            _window(ends, np.nanmean),
        ]
    )
    return np.hstack([base, context])


def _shifted(column: np.ndarray, shift: int) -> np.ndarray:
    """The column's value `shift` lines before (positive) or after (negative); -1 beyond the text."""
    result = np.full_like(column, -1.0)
    if shift > 0:
        result[shift:] = column[:-shift]
    else:
        result[:shift] = column[-shift:]
    return result


def _window(column: np.ndarray, reduce, radius: int = 3) -> np.ndarray:
    """`reduce` (np.nanmean, np.nanmax, np.nanmin) over each line and the `radius` lines on either side."""
    padded = np.pad(column.astype(np.float64), radius, constant_values=np.nan)
    return reduce(np.lib.stride_tricks.sliding_window_view(padded, 2 * radius + 1), axis=1)


def _short_runs(short: np.ndarray) -> np.ndarray:
    """For each short line, the length of the run of short lines it is in (0 for other lines)."""
    runs = np.zeros(len(short))
    start = 0
    for i in range(len(short) + 1):
        if i == len(short) or not short[i]:
            runs[start:i] = i - start
            start = i + 1
    return runs


def _distance_to(mask: np.ndarray, cap: int = 20) -> np.ndarray:
    """Lines from each line to the nearest line where mask is true (cap when there is none)."""
    positions = np.flatnonzero(mask)
    if not len(positions):
        return np.full(len(mask), float(cap))
    index = np.arange(len(mask))
    nearest = np.abs(index[:, None] - positions[None, :]).min(axis=1)
    return np.minimum(nearest, cap).astype(float)


def article_probabilities(rows: np.ndarray, model: TreeEnsemble) -> list[float]:
    """For each line (`rows`: its features()), the probability that it is part of the article."""
    return model.probabilities(rows).tolist() if len(rows) else []


# --- the headline ------------------------------------------------------------------------------------------

TITLE_WINDOW = 10  # lines after the first prose line still considered as headline candidates
TITLE_NAMES = [
    "next_prose_distance",
    "before_first_prose",
    "prefix_of_other_line",
    "contains_other_line",
    "title_like",
    "word_count",
]


def title_features(lines: list[str], shape: np.ndarray) -> np.ndarray:
    """Shape features plus what tells a headline from the other short lines above an article: how far the
    next prose line is, whether the line comes before the first prose line, and whether another line
    repeats it with more around it (the page title 'Headline - Site', a breadcrumb ending in it)."""
    n = len(lines)
    length, ends = shape[:, 0], shape[:, 3]
    prose = np.flatnonzero((length >= PROSE) & (ends > 0))
    first_prose = prose[0] if len(prose) else n
    following = np.searchsorted(prose, np.arange(n), side="right")
    padded = np.append(prose, n + 50)  # no prose line after: far away
    next_distance = padded[following] - np.arange(n)
    keys = [line.casefold() for line in lines]
    candidates = range(min(n, first_prose + TITLE_WINDOW))  # no line further down is ever a headline candidate
    repeats = _Repeats(keys)
    prefix = [repeats.extended(keys[i]) for i in candidates] + [0] * (n - len(candidates))
    contains = [repeats.within(keys[i]) for i in candidates] + [0] * (n - len(candidates))
    title_like = [1.0 if line.rstrip()[-1:] not in ".。!！;；:：," else 0.0 for line in lines]
    words = [len(line.split()) + cjk_count(line) for line in lines]
    return np.column_stack(
        [
            np.minimum(next_distance, 50),
            np.arange(n) < first_prose,
            np.minimum(prefix, 3),
            np.minimum(contains, 3),
            title_like,
            np.log1p(words),
        ]
    )


class _Repeats:
    """How many lines (of REPEAT_MIN_CHARS or more) start with a line and more, or stand inside it: counted among
    the distinct lines, sorted, so that a page of many lines is not read once per line (casefolded `keys`)."""

    def __init__(self, keys: list[str]) -> None:
        self.counts = Counter(keys)
        self.ordered = sorted(self.counts)
        self.long = sorted((k for k in self.counts if len(k) >= REPEAT_MIN_CHARS), key=len)

    def extended(self, key: str) -> int:
        """Lines other than `key` that start with it."""
        if len(key) < REPEAT_MIN_CHARS:
            return 0
        start, end = bisect_left(self.ordered, key), bisect_left(self.ordered, key + "\U0010ffff")
        return sum(self.counts[k] for k in self.ordered[start:end]) - self.counts[key]

    def within(self, key: str) -> int:
        """Lines other than `key` that stand inside it (only shorter ones can)."""
        total = 0
        for other in self.long:
            if len(other) >= len(key):
                break
            if other in key:
                total += self.counts[other]
        return total


REPEAT_MIN_CHARS = 8


def headline_scores(lines: list[str], rows: np.ndarray, model: TreeEnsemble, above: int) -> list[float]:
    """For each line, the probability that it is the article's headline (`rows`: its features()); 0.0 from line
    `above` on, where no headline is looked for (the body), so the trees walk only the lines above it."""
    if not lines or model.title is None:
        return [0.0] * len(lines)
    shape = rows[:, : rows.shape[1] - len(LEXICAL_NAMES)]
    head = np.hstack([rows, title_features(lines, shape)])[:above]
    return model.title.probabilities(head).tolist() + [0.0] * (len(lines) - len(head))
