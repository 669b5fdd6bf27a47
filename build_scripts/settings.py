"""Loads and validates the maintainer-edited data files (cleaning rules, source layouts).

Errors name the file, the entry and the key, as MkDocs' config validation does, so a maintainer can fix
a YAML file without reading Python. The schemas below declare every key of data/cleaning.yml and
data/layouts.yml once, with its kind of value, its default and its meaning (build_scripts/schema.py); checks
across keys or records (a field rule needs a value group, layout ids are unique, the line model matches the
cue kinds) are the code after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .hashing import sha256_hex
from .lines import TITLE_NAMES, Cues, feature_names, load_cues
from .schema import Choice, Option, Pattern, Patterns, PositiveInt, Probability, Section, Text, Texts
from .story_settings import StorySettings, load_stories
from .trees import TreeEnsemble, load_model

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ZONES = ("head", "tail", "edges", "any")
ACTIONS = ("drop", "drop_rest", "field")
FIELDS = ("authors", "editors", "publisher", "date")


@dataclass(frozen=True)
class Rule:
    """A RULE of cleaning.yml or of a layout, as the cleaner applies it."""

    name: str
    pattern: re.Pattern
    zone: str
    action: str
    field: str | None
    value_from_next_line: bool


@dataclass(frozen=True)
class Layout:
    """A LAYOUT of layouts.yml, as the cleaner applies it."""

    id: str
    signature: tuple[re.Pattern, ...]
    signature_lines: int
    rules: tuple[Rule, ...]
    title_strip: re.Pattern | None


@dataclass(frozen=True, eq=False)  # hashed by identity: per-line answers are remembered per Settings
class Settings:
    """What the cleaner reads from data/, in the form it uses it (CLEANING below says what each key means)."""

    thresholds: dict
    sentence_end: str
    name_separators: tuple[str, ...]
    speaker_roles: frozenset[str]
    language_names: tuple[str, ...]
    languages: tuple[str, ...]  # the languages identification chooses among
    rules: tuple[Rule, ...]
    layouts: tuple[Layout, ...]
    byline_prefixes: re.Pattern  # "Von ", "By ", "Ein Bericht von " at the start of a line
    byline_chinese: re.Pattern
    agencies: frozenset[str]
    not_names: frozenset[str]
    degrees_after: re.Pattern  # ', B.Sc.', ', MD' closing a name: an academic degree, neither a name nor an outlet
    roles: frozenset[str]  # 'reporter', 'Redakteurin': a line 'Technology reporter' beside names makes a byline
    contributions: frozenset[str]  # 'Text', 'Fotos': in brackets after names what they did ('… (Text)'), no outlet
    desk_words: frozenset[str]  # 'desk': 'By ETAuto Desk' is a byline naming a desk
    outlet_words: tuple[str, ...]  # 'news': 'Daniela Ortiz | MIT News' names an author and her outlet
    affiliations: frozenset[str]  # 'University': 'Priya Natarajan, University of Leeds' names an author and her place
    chinese_name: re.Pattern  # a Chinese name printed alone: a frequent surname and one to three more characters
    chinese_places: frozenset[str]  # '台北': '吳冠廷／台北' is a byline, the name and where it was filed
    chinese_titles: tuple[str, ...]  # '主任': '作者：科學主任 陳嘉敏' names 陳嘉敏
    chinese_outlet: re.Pattern  # an outlet's name before such names: '工商時報'
    bio_verbs: tuple[str, ...]  # 'is', 'schreibt': after an author's name they open the author's bio
    bio_titles: tuple[str, ...]  # 'Dr.', 'Oberstleutnant': before the name a bio opens with
    published_label: re.Pattern  # 'Published', '发布': a date beside one is the publication's (.search())
    modified_label: re.Pattern  # 'last modified': a page's last change, its date when no other line gives one
    archive_opens: tuple[re.Pattern, ...]  # 'The Wayback Machine - https://web.archive.org/…': an archive's header
    archive_closes: tuple[re.Pattern, ...]  # 'TIMESTAMPS', 'report bug or abuse': the last line of one
    mail_field: re.Pattern  # 'Betreff: …', '寄件者: …': an e-mail's header field, its (?P<label>) named (.fullmatch())
    mail_sender: re.Pattern  # 'von', '发件人': a field label naming the mail's sender (lower case, .fullmatch())
    article_probability: dict[str, float]  # "core" starts and ends the body, below "keep" a line is chrome
    cues: Cues
    line_model: TreeEnsemble
    stories: StorySettings  # data/stories.yml: which articles tell the same story
    fingerprint: str  # hash of the data files, part of every cache key


# --- the schemas: every key of cleaning.yml and layouts.yml ------------------------------------------------------


class _Rules(Option):
    """A list of cleaning rules (RULE), each checked with the line it starts on, as Rule objects."""

    expected = "a list of rules"

    def check(self, value: object, key: str, where: str) -> tuple[Rule, ...]:
        if not isinstance(value, list):
            raise self.invalid(value, key, where)
        return tuple(
            _rule(entry, f"{where}: {key}[{i}]" + (f" (line {entry.line})" if getattr(entry, "line", None) else ""))
            for i, entry in enumerate(value)
        )


RULE = Section(
    "A rule for header and footer lines: a line it matches (whole, trimmed) is dropped or read as metadata",
    {
        "name": Text("a label shown in reports", default=None),
        "match": Pattern("a regular expression matched against the whole line, case-insensitive"),
        "zone": Choice(ZONES, "where: before the body (head), after it (tail), either (edges), anywhere", "head"),
        "action": Choice(ACTIONS, "drop the line, drop it and everything after it, or read `field` from it"),
        "field": Choice(FIELDS, "the metadata a `field` rule reads", default=None),
        "value_from": Choice(
            ("line", "next_line"), "the value: the match's (?P<value>...) group, or the next line", "line"
        ),
    },
)

CLEANING = Section(
    "data/cleaning.yml: the generic cleaning rules and limits, for sources of every site",
    {
        "thresholds": Section(
            "limits; characters count CJK characters double",
            {
                "max_source_bytes": PositiveInt("a larger source file is an error and is read no further (bytes)"),
                "min_words": PositiveInt("a source with fewer words of article text is an error, not published"),
                "body_line_chars": PositiveInt("a line at least this long starts the body (characters)"),
                "template_max_chars": PositiveInt("a line a site's template may repeat is at most this long"),
                "template_min_stories": PositiveInt("a short line this many different stories repeat is template"),
                "title_max_chars": PositiveInt("the longest title (characters)"),
                "title_max_words": PositiveInt("the longest title (words)"),
                "heading_max_chars": PositiveInt("the longest section heading (characters)"),
                "heading_max_words": PositiveInt("the longest section heading (words)"),
                "speaker_max_chars": PositiveInt("the longest interview speaker label before its colon (characters)"),
                "speaker_max_words": PositiveInt("the longest interview speaker label before its colon (words)"),
                "summary_max_chars": PositiveInt("the longest summary (characters)"),
                "generated_title_max_chars": PositiveInt("the longest title made from the first sentence"),
                "words_per_minute": PositiveInt("reading speed for reading_time, alphabetic scripts"),
                "cjk_chars_per_minute": PositiveInt("reading speed for reading_time, CJK characters"),
            },
        ),
        "article_probability": Section(
            "the line model's probability that a line is article text",
            {
                "core": Probability("the body runs from the first to the last prose line with at least this"),
                "keep": Probability("a line with less is page chrome, unless it is prose inside the body"),
                "html_chinese": Probability("a saved Chinese page's line with less is dropped, unless a sentence"),
            },
        ),
        "bylines": Section(
            "bylines of sites no layout knows",
            {
                "prefixes": Texts("a line starting with one of them names the authors: von, by, written by"),
                "chinese": Section(
                    "Chinese metadata labels, several on one line (文｜周远 编辑｜苏薇)",
                    {
                        "authors": Texts("labels of authors: 作者, 记者"),
                        "editors": Texts("labels of editors: 责任编辑"),
                        "publisher": Texts("labels of the source: 来源"),
                    },
                ),
                "not_names": Texts("words that are never part of a name (Published, Updated)"),
                "degrees": Texts("academic degrees printed after a name and a comma (B.Sc., MD): no name, no outlet"),
                "roles": Texts("a line of a few words ending in one beside a line of names makes it a byline"),
                "contributions": Texts("in brackets after names, what they did, no outlet: 'Dario Kessler (Text)'"),
                "desk_words": Texts("how a desk's name ends: 'By ETAuto Desk' is a byline naming a desk"),
                "outlet_words": Texts("words an outlet's name ends with, printed beside the authors (News)"),
                "affiliations": Texts("words of an institution printed after an author's name (University)"),
                "chinese_surnames": Texts("frequent Chinese surnames: names printed alone beside a date open with one"),
                "chinese_outlet_endings": Texts("how an outlet's name printed before such names ends: 報, 新聞"),
                "chinese_places": Texts("where a report was filed, after a name and a slash: 台北 in 吳冠廷／台北"),
                "chinese_titles": Texts(
                    "a job title before a name after a byline's label ends so: 主任 in 科學主任 陳嘉敏"
                ),
                "agencies": Texts("agencies and outlets: named beside the authors, they are the publisher"),
                "bio_verbs": Texts("after a byline's name at the start of a line they open the author's bio: is, ist"),
                "bio_titles": Texts("a rank or title a bio may set before the author's name: Dr., Oberstleutnant"),
                "published_labels": Texts("a date beside one is the publication's, over a page's date of the day"),
                "modified_labels": Texts("a page's note of its last change: its date when no other line gives one"),
            },
        ),
        "web_archives": Section(
            "a web archive's capture header above the page it saved: the archive's, never the page's",
            {
                "opens": Patterns("a line among the first five that opens an archive's header (whole line)"),
                "closes": Patterns("its last line: the header runs to the last of these within 40 lines"),
            },
        ),
        "mail_headers": Section(
            "an e-mail's header fields around the article it carries: the mail's, never the article's",
            {
                "senders": Texts("labels of the mail's sender: a header of three fields or more has one (Von)"),
                "fields": Texts("labels of its other fields: to, subject, sent (Betreff, 主旨)"),
            },
        ),
        "languages": Texts("the languages the language identifier chooses among (ISO 639-1)"),
        "sentence_end": Text("characters that end a sentence: a line ending in one is no heading"),
        "name_separators": Texts("separators between several names on one byline"),
        "speaker_roles": Texts("labels that mark an interview speaker even when used once (Moderator, 主持人)"),
        "language_names": Texts("names of languages; a line of four or more of them is a language bar"),
        "rules": _Rules("the generic rules (RULE), tried after a recognised layout's"),
    },
)

LAYOUT = Section(
    "data/layouts.yml, one entry of `layouts`: the header and footer of one site or family of sites",
    {
        "id": Text("the layout's name, unique; reported for the articles it applies to"),
        "description": Text("which sites it is for, for the maintainer", default=None),
        "signature": Patterns("the layout applies when each matches a line near the start or the end"),
        "signature_lines": PositiveInt("how many lines from the start the signature is looked for in", default=30),
        "rules": _Rules("rules (RULE) tried before the generic ones", default=()),
        "title_strip": Pattern("removed from the end of the title line (a site name suffix)", default=None),
    },
)


# --- loading: the schemas, then what they cannot say ------------------------------------------------------------


def load_settings(data_dir: Path = DATA_DIR) -> Settings:
    """The cleaner's settings from the data files in `data_dir`; a DataFileError names file, entry and key."""
    cleaning_path, layouts_path = data_dir / "cleaning.yml", data_dir / "layouts.yml"
    cues_path, model_path = data_dir / "cues.yml", data_dir / "line_model.json"
    cleaning, cleaning_raw = datafile.read(cleaning_path)
    layouts, layouts_raw = datafile.read(layouts_path)
    values = CLEANING.check(cleaning, "", str(cleaning_path))
    checked_layouts = _layouts(layouts, layouts_path)
    cues, model = _cues_and_model(cues_path, model_path)
    stories = load_stories(data_dir / "stories.yml")
    read = (cues_path.read_bytes(), model_path.read_bytes(), stories.signature_fingerprint.encode())
    fingerprint = sha256_hex(cleaning_raw, layouts_raw, *read)
    return _settings(values, checked_layouts, (cues, model, stories), fingerprint)


def _settings(
    values: dict, layouts: tuple[Layout, ...], read: tuple[Cues, TreeEnsemble, StorySettings], fingerprint: str
) -> Settings:
    """The checked values of cleaning.yml in the form the cleaner uses them; `read`: the other data files."""
    bylines = values["bylines"]
    cues, model, stories = read
    return Settings(
        thresholds=values["thresholds"],
        sentence_end=values["sentence_end"],
        name_separators=tuple(values["name_separators"]),
        speaker_roles=frozenset(r.casefold() for r in values["speaker_roles"]),
        language_names=tuple(sorted(values["language_names"], key=len, reverse=True)),
        languages=tuple(values["languages"]),
        rules=values["rules"],
        layouts=layouts,
        byline_prefixes=_byline_prefixes(bylines["prefixes"]),
        byline_chinese=_chinese_labels(bylines["chinese"]),
        agencies=frozenset(a.casefold() for a in bylines["agencies"]),
        not_names=frozenset(w.casefold() for w in bylines["not_names"]),
        degrees_after=re.compile(rf"(?:\s*,\s*(?:{_alternation(bylines['degrees'])})\.?)+\s*$", re.I),
        roles=frozenset(w.casefold() for w in bylines["roles"]),
        contributions=frozenset(w.casefold() for w in bylines["contributions"]),
        desk_words=frozenset(w.casefold() for w in bylines["desk_words"]),
        outlet_words=tuple(w.casefold() for w in bylines["outlet_words"]),
        affiliations=frozenset(w.casefold() for w in bylines["affiliations"]),
        chinese_name=_chinese_name(bylines["chinese_surnames"]),
        chinese_places=frozenset(bylines["chinese_places"]),
        chinese_titles=tuple(bylines["chinese_titles"]),
        chinese_outlet=re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:{_alternation(bylines['chinese_outlet_endings'])})"),
        bio_verbs=tuple(bylines["bio_verbs"]),
        bio_titles=tuple(bylines["bio_titles"]),
        published_label=re.compile(rf"(?<!\w)(?:{_alternation(bylines['published_labels'])})", re.I),
        modified_label=re.compile(rf"(?<!\w)(?:{_alternation(bylines['modified_labels'])})", re.I),
        archive_opens=values["web_archives"]["opens"],
        archive_closes=values["web_archives"]["closes"],
        mail_field=_mail_field(values["mail_headers"]),
        mail_sender=re.compile(_alternation(values["mail_headers"]["senders"]), re.I),
        article_probability=values["article_probability"],
        cues=cues,
        line_model=model,
        stories=stories,
        fingerprint=fingerprint,
    )


def _mail_field(headers: dict) -> re.Pattern:
    """A mail's header field: its label, a colon and a value ('Gesendet: Dienstag, 14. September 2027 09:30')."""
    labels = _alternation(headers["senders"] + headers["fields"])
    return re.compile(rf"\s*(?P<label>{labels})\s*[:：]\s*\S.*", re.I)


def _rule(entry: object, where: str) -> Rule:
    """One rule, checked by RULE, and then for what goes together: `field` with action 'field' only, and a
    field read from the line needs the (?P<value>...) group."""
    name = entry.get("name") if isinstance(entry, dict) else None
    where = f"{where} ({name})" if name else where
    rule = RULE.check(entry, "", where)
    action, field, pattern = rule["action"], rule["field"], rule["match"]
    if action == "field" and field is None:
        raise DataFileError(f"{where}: a field rule needs 'field': one of {list(FIELDS)}")
    if action != "field" and field is not None:
        raise DataFileError(f"{where}: 'field' only goes with action 'field'")
    if action == "field" and rule["value_from"] == "line" and "value" not in pattern.groupindex:
        raise DataFileError(f"{where}: a field rule needs a (?P<value>...) group or value_from: next_line")
    return Rule(str(name or where), pattern, rule["zone"], action, field, rule["value_from"] == "next_line")


def _layouts(document: object, path: Path) -> tuple[Layout, ...]:
    """Every layout of layouts.yml, checked by LAYOUT; ids are unique."""
    if not isinstance(document, dict) or not isinstance(document.get("layouts"), list) or len(document) != 1:
        raise DataFileError(f"{path}: expected a mapping with a 'layouts' list")
    layouts: list[Layout] = []
    for i, entry in enumerate(document["layouts"]):
        where = f"{datafile.where(path, entry)}: layouts[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise DataFileError(f"{where}: expected a mapping with an 'id'")
        if any(layout.id == entry["id"] for layout in layouts):
            raise DataFileError(f"{where}: duplicate layout id {entry['id']!r}")
        values = LAYOUT.check(entry, "", f"{where} ({entry['id']})")
        values.pop("description")
        layouts.append(Layout(**values))
    return tuple(layouts)


def _cues_and_model(cues_path: Path, model_path: Path) -> tuple[Cues, TreeEnsemble]:
    """The cue words and the line model, which must have been trained with the same cue kinds."""
    cues, model = load_cues(cues_path), load_model(model_path)
    titles = model.title.feature_names if model.title else ()
    if list(model.feature_names) != feature_names(cues) or list(titles) != feature_names(cues) + TITLE_NAMES:
        raise DataFileError(
            f"{model_path}: trained with other cue kinds than {cues_path} has now; retrain it with "
            "`python tools/train_cleaner.py --corpus DIR` (see its docstring)"
        )
    return cues, model


def _alternation(texts: list[str]) -> str:
    """The texts as one regular-expression alternation, the longest first."""
    return "|".join(re.escape(text) for text in sorted(texts, key=len, reverse=True))


def _byline_prefixes(prefixes: list[str]) -> re.Pattern:
    """A byline's prefix at the start of a line ('Von ', 'By ', 'Ein Bericht von '), the longest first."""
    return re.compile(rf"(?:{_alternation(prefixes)})\s*[:：|]?\s+(?=\S)", re.I)


def _chinese_name(surnames: list[str]) -> re.Pattern:
    """A whole Chinese name: a surname and one or two more characters (two or three after a compound surname)."""
    single = [name for name in surnames if len(name) == 1]
    compound = [name for name in surnames if len(name) > 1]
    return re.compile(rf"(?:{_alternation(compound)})[\u4e00-\u9fff]{{1,2}}|[{''.join(single)}][\u4e00-\u9fff]{{1,2}}")


def _chinese_labels(labels: dict[str, list[str]]) -> re.Pattern:
    """One pattern finding every label of a Chinese metadata line; the group named after the field matches. A
    label names a value after it: the 文 that ends '責任編輯／王怡文' is the name's. A label of one character
    needs a separator or a space after it: the 文 of '文匯網' or '香港文匯報' labels nothing."""

    def alternatives(texts: list[str]) -> str:
        single = [text for text in texts if len(text) == 1]
        longer = _alternation([text for text in texts if len(text) > 1])
        return longer + (rf"|[{''.join(single)}](?=\s|[:：｜|/／丨．・])" if single else "")

    groups = [f"(?P<{field}>{alternatives(texts)})" for field, texts in labels.items()]
    # (not a word the label opens: '编辑部' the newsroom, '记者会' a press conference, '记者站' a bureau)
    return re.compile("(?:" + "|".join(groups) + r")(?![部会會站团團])\s*[:：｜|/／丨．・]?\s*(?=\S)")  # '文．林郁婷'
