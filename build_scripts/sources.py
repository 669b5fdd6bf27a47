"""Bytes -> normalised text, per source format (txt, md, html).

Decoding trusts a byte-order mark first, then strict UTF-8 (by far the most common encoding and never
wrong when it succeeds), then charset-normalizer's detector for legacy encodings (GB18030/GBK, Big5,
Windows code pages, ...).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path

import charset_normalizer
import yaml

from . import datafile
from .models import Failure, SourceError, SourceText
from .text import cjk_count, heading_words, visual_length

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
SIDECAR_SUFFIX = ".meta.yml"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# control characters, and zero-width and bidi formatting characters, soft hyphen, BOM: all removed
_INVISIBLE = re.compile(f"[{_CONTROL_CHARS}\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class SourceRef:
    """A source file found in the seeds folder, with its optional sidecar."""

    source: str  # relative POSIX path
    path: Path
    sidecar: Path | None


def discover(seeds_dir: Path) -> tuple[list[SourceRef], list[str], list[Failure]]:
    """All source files below seeds_dir (sorted), warnings about sidecars without a source, and every other
    entry that cannot be read as a source, with the reason (a dangling symbolic link, a link loop, a FIFO, an
    unreadable folder): nothing in seeds/ is passed over without a word. Hidden entries (`.git`, `.x.txt`)
    are left alone."""
    refs, sidecars, failures = [], {}, []
    for path, problem in _walk(seeds_dir, frozenset()):
        if problem:
            failures.append(Failure(path.relative_to(seeds_dir).as_posix(), problem))
        elif path.name.endswith(SIDECAR_SUFFIX):
            sidecars[path.with_name(path.name[: -len(SIDECAR_SUFFIX)])] = path
        else:
            refs.append(path)
    used = set()
    result = []
    for path in sorted(refs):
        sidecar = sidecars.get(path.with_suffix("")) or sidecars.get(path)
        if sidecar:
            used.add(sidecar)
        result.append(SourceRef(path.relative_to(seeds_dir).as_posix(), path, sidecar))
    warnings = [
        f"{p.relative_to(seeds_dir).as_posix()}: sidecar without a source file of that name, ignored"
        for p in sorted(set(sidecars.values()) - used)
    ]
    return result, warnings, failures


def _walk(folder: Path, inside: frozenset) -> Iterator[tuple[Path, str | None]]:
    """Every entry below folder, depth first, with why it cannot be read as a source (None for a regular
    file). Symbolic links are followed, to folders too, but never into a folder they are already inside."""
    try:
        here = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield folder, f"folder cannot be read ({exc.strerror}); skipped with everything in it"
        return
    inside = inside | {(here.st_dev, here.st_ino)}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            mode = path.stat()  # follows symbolic links
        except OSError as exc:
            yield path, _unreachable(path, exc)
            continue
        if stat.S_ISDIR(mode.st_mode):
            if (mode.st_dev, mode.st_ino) in inside:
                yield path, "symbolic link loop: links to a folder it is inside; skipped"
            else:
                yield from _walk(path, inside)
        elif stat.S_ISREG(mode.st_mode):
            yield path, None
        else:
            yield path, f"not a regular file ({_KINDS.get(stat.S_IFMT(mode.st_mode), 'special file')}); skipped"


_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def _unreachable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop: the link leads back to itself; skipped"
    if path.is_symlink() and exc.errno == errno.ENOENT:
        return f"dangling symbolic link: its target {os.readlink(path)} does not exist; skipped"
    return f"cannot be read ({exc.strerror}); skipped"


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes; SourceError when it has more than `limit` (read no further than that: a 200 MB
    file once cost 3 GB of memory and 9 minutes)."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise SourceError(
            f"larger than {limit:,} bytes (thresholds.max_source_bytes in data/cleaning.yml); "
            "split it or raise the limit"
        )
    return data


def decode(data: bytes) -> str:
    """Bytes of a text file -> str, or SourceError saying why not."""
    if not data.strip():
        raise SourceError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}"
                ) from exc
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise SourceError("undecodable bytes: not UTF-8 and no known text encoding fits")
    text = str(best)
    if _CONTROL.search(text[:2000]) and len(_CONTROL.findall(text)) > len(text) / 100:
        raise SourceError(f"binary file (decoding as {best.encoding} gives control characters)")
    return text


def normalise(text: str) -> str:
    """One newline style, NFC, no control or zero-width characters, tabs as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    return _INVISIBLE.sub("", text).replace("\t", " ")


def read_source(source: str, data: bytes) -> SourceText:
    suffix = Path(source).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise SourceError(f"unsupported file type {suffix or '(no extension)'}; expected one of {sorted(FORMATS)}")
    text = normalise(decode(data))
    if fmt == "md":
        return _read_markdown(source, text)
    if fmt == "html":
        return _read_html(source, text)
    return SourceText(source, text, "txt")


def _read_markdown(source: str, text: str) -> SourceText:
    preset: dict = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            preset = datafile.load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise SourceError(f"front matter is not valid YAML: {exc}") from exc
        if not isinstance(preset, dict):
            raise SourceError("front matter must be a mapping of keys to values")
        text = text[match.end() :]
    return SourceText(source, _markdown_to_text(text), "md", preset)


# [text](url), [text](url "title"), [text](<url>), ![alt](url); one level of parentheses inside the url
_MD_LINK = re.compile(
    r"""!?\[([^\]\n]*)\]\(\s*(?:<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)"""
)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")


def _markdown_to_text(text: str) -> str:
    """Markdown -> the plain-text shape every source takes: one block a paragraph, bullets as '•'.

    Inline links keep their text, emphasis and code markers go; what is left is escaped again on output,
    so raw HTML in a Markdown source is shown, never executed.
    """
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        bullet = _MD_BULLET.match(line)
        if not line.strip() or heading or bullet:
            if current:
                blocks.append(" ".join(current))
                current = []
            if heading:
                blocks.append(heading.group(1))
            elif bullet:
                blocks.append("• " + line[bullet.end() :])
            continue
        current.append(line.strip())
    if current:
        blocks.append(" ".join(current))
    plain = "\n\n".join(blocks)
    plain = _MD_LINK.sub(r"\1", plain)
    plain = _MD_EMPHASIS.sub(r"\2", plain)
    return _MD_CODE.sub(r"\1", plain)


_SITE_SUFFIX = re.compile(
    # ' - ', ' | ', '_', ' :: ' and a hyphen between Chinese characters; not a dash: '… – zumindest in einem Test'
    r"^(?P<headline>.+?\S)\s*(?:\s-{1,2}\s|\s?[|｜_]\s?|\s::\s|(?<=[\u4e00-\u9fff！？」》])-(?=[\u4e00-\u9fff]))"
    r"(?P<site>[^-|｜_]{2,40})$"
)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_NOT_TEXT = re.compile(r"<(style|script|noscript)\b.*?</\1\s*>", re.I | re.S)  # styles printed inside an <h1>


_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2\s*>", re.I | re.S)
# a link to a site's home page ('/', 'https://www.l-mag.de/'): an <h1> holding one is the site's logo
_HOME_LINK = re.compile(r"""<a\b[^>]*\bhref=["'](?:/|https?://[^/"']+/?)["']""", re.I)


def _texts(pattern: re.Pattern, html: str) -> list[tuple[str, str]]:
    """The first elements the pattern finds: their markup and their text."""
    found = pattern.findall(html[:2_000_000])[:5]
    return [(m, " ".join(unescape(_TAG.sub(" ", _NOT_TEXT.sub(" ", m))).split())) for m in found]


def _headings(html: str) -> list[str]:
    """The texts of the page's first <h1> elements, except the site's logo."""
    return _headings_and_logos(html)[0]


def _headings_and_logos(html: str) -> tuple[list[str], set[str]]:
    """The texts of the page's first <h1> elements: the headings, and the site's logo (a link to its home page)."""
    headings, logos = [], set()
    for markup, text in _texts(_H1, html):
        if _HOME_LINK.search(markup):
            logos.add(text)
        else:
            headings.append(text)
    return headings, logos


HEADLINE_MAX_WORDS = 30


def page_headline(title: str, headings: list[str], page_title: str | None = None) -> str:
    """The headline of a saved page from its title (the metadata's; `page_title`, the <title> element, when it
    differs) and its <h1> texts: the <h1> when a title contains it (the title adds the site name or a kicker),
    a title when the <h1> contains it (the <h1> adds a kicker or a subtitle), the <h1> when it is the page's
    only headline-sized one (the title is written for search engines, or names another article), else the
    title without a short site-name suffix ('… | Site', '…_新浪网')."""
    titles = [title] + ([page_title] if page_title and page_title != title else [])
    for each in titles:
        if heading := _heading_in(each, headings):
            return heading
    cores = [core for each in titles if (core := _core_in(each, headings))]
    if cores:
        return min(cores, key=len)  # the <title> without the byline an extractor read into the <h1>'s text
    headline_like = [h for h in headings if 4 <= heading_words(h) <= HEADLINE_MAX_WORDS]
    if len(headline_like) == 1:
        return headline_like[0]  # the page's one headline-sized <h1>, where the title says something else
    if page_title and page_title != title and page_title in title and heading_words(page_title) >= 4:
        return page_title  # the extractor's title adds a badge or a kicker to the <title> ('原创 …')
    match = _SITE_SUFFIX.match(title)
    if match and len(match["site"].split()) <= 4 and len(match["headline"].split()) + cjk_count(match["headline"]) >= 3:
        return match["headline"]
    return title


def _heading_in(title: str, headings: list[str]) -> str | None:
    """The <h1> that a title contains with more around it, or that it names before a site-name suffix
    ('Penny - Stardew Valley Wiki'); never the site's logo in an <h1>."""
    key = " ".join(title.split()).casefold()
    match = _SITE_SUFFIX.match(title)
    site = match["site"].strip().casefold() if match else None
    for heading in headings:
        folded = heading.casefold()
        if match and folded == match["headline"].casefold():
            return heading
        if len(heading) >= 8 and folded in key and len(heading) >= 0.4 * len(key) and folded != site:
            return heading
    return None


def _core_in(title: str, headings: list[str]) -> str | None:
    """The title (without a site-name suffix) when an <h1> contains it with a kicker or a subtitle ('Local
    News | …', 'Abstandsregeln: …'); a title cut short by broken markup is too small a part of the <h1>."""
    match = _SITE_SUFFIX.match(title)
    core = match["headline"] if match else title
    for heading in headings:
        part = visual_length(core) >= 0.4 * visual_length(heading) or match is not None
        if len(core) >= 8 and core.casefold() in heading.casefold() and part:
            return core
    return None


_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_META_TITLE = re.compile(r"<meta\b[^>]*(?:og:title|twitter:title)[^>]*>", re.I)


def _page_titles(html: str) -> tuple[str | None, set[str]]:
    """The page's <title> and every title its markup gives (<title>, og:title, twitter:title), case-folded."""
    head = html[:500_000]
    found = _TITLE.search(head)
    page_title = " ".join(unescape(_TAG.sub(" ", found.group(1))).split()) if found else None
    named = {
        " ".join(unescape(m).split()).casefold()
        for m in re.findall(r'content="([^"]*)"', " ".join(_META_TITLE.findall(head)))
    }
    return page_title or None, named | ({page_title.casefold()} if page_title else set())


def _title_of(document_title: str | None, html: str, headings: list[str], logos: set[str]) -> str | None:
    """The page's headline. The extractor's title, unless the markup does not name it as a title and it is a
    link's text (a teaser of another article, taken on a page without <h1>) or the site's logo: then the
    page's <title>. A <title> that is only the site's name leaves the headline to the first <h2>."""
    page_title, named = _page_titles(html)
    title = document_title or page_title
    if not title:
        return None
    own = any(title.casefold() in name for name in named) or title in headings
    if not own and page_title and (_is_link_text(title, html) or title in logos):
        title = page_title
    if _SITE_NAME_ONLY.match(title):  # 'National Rail Enquiries -': the page's template left its headline out
        return next((text for _, text in _texts(_H2, html) if 3 <= heading_words(text) <= HEADLINE_MAX_WORDS), None)
    return page_headline(title, headings, page_title)


_SITE_NAME_ONLY = re.compile(r"^[^|｜_]+?\s[-–—|｜:]\s*$")


def _is_link_text(text: str, html: str) -> bool:
    """Whether `text` is the whole text of a link (<a …>text</a>) of the page."""
    return any(f">{form}</a>" in html for form in {text, escape(text, quote=False)})


_COPYRIGHT_WORDS = re.compile(r"版权所有|版權所有|all rights reserved\.?|alle rechte vorbehalten\.?|©|copyright", re.I)


def _without_copyright_words(name: str) -> str:
    """A site's name the extractor may have taken from the copyright line ('证券时报网版权所有'), without its words."""
    bare = _COPYRIGHT_WORDS.sub("", name)
    return bare.strip(" ,.|-") if bare != name else name.strip()


def _read_html(source: str, text: str) -> SourceText:
    import trafilatura  # imported here: it is slow to import and only saved web pages need it
    from trafilatura.settings import Document

    # trafilatura unescapes the text the HTML parser already decoded once more (an escaped "&lt;b&gt;" in a
    # page would come out as "<b>"): one more level of escaping keeps the page's text as it reads
    document = trafilatura.bare_extraction(
        text.replace("&", "&amp;"),
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    body = document.text if isinstance(document, Document) else None
    if not isinstance(document, Document) or not body or not body.strip():
        return _whole_page(source, text, {})
    preset: dict[str, str | list[str]] = {}
    if title := _title_of(document.title, text, *_headings_and_logos(text)):
        preset["title"] = title
    if document.author:
        preset["authors"] = [a.strip() for a in re.split(r";|\|", document.author) if a.strip()]
    if document.date:
        preset["date"] = document.date
    if sitename := _without_copyright_words(document.sitename or ""):
        preset["publisher"] = sitename
    lines = [line.strip() for line in normalise(body).split("\n")]
    if lead := _lead_left_out(document.description, text, lines):
        lines.insert(0, lead)
    return SourceText(source, "\n\n".join(line for line in lines if line), "html", preset)


LEAD_MIN_CHARS = 60  # a page description shorter than this is a tagline, not the article's lead
_HIDDEN = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)


def _lead_left_out(description: str | None, html: str, lines: list[str]) -> str | None:
    """The page's description (its <meta> description) when the page shows it as the article's lead and the
    extractor left it out: trafilatura drops a lead that a page sets in its header, beside the headline."""
    lead = " ".join(normalise(description or "").split())
    if visual_length(lead) < LEAD_MIN_CHARS or lead[:40] in " ".join(" ".join(lines).split()):
        return None  # a tagline, or the extractor kept the lead
    shown = " ".join(unescape(_TAG.sub(" ", _HIDDEN.sub(" ", html))).split())
    return lead if lead in shown else None


def read_whole_page(source: str, data: bytes, preset: dict) -> SourceText:
    """A saved page as its reader sees it, for the text cleaner, with the metadata its markup gave (`preset`):
    the second try when the extractor's main text held no article (a list of teasers, a comment box)."""
    return _whole_page(source, normalise(decode(data)), preset)


def _whole_page(source: str, html: str, preset: dict) -> SourceText:
    """Every block of the page on a line of its own (inscriptis lays the page out as a browser would, where
    a plain text dump runs blocks together); a text copy of the page, cleaned like one."""
    from inscriptis import get_text  # imported here, like trafilatura: only saved web pages need it
    from inscriptis.model.config import ParserConfig

    text = get_text(html, ParserConfig(display_links=False, display_images=False))
    if not text.strip():
        raise SourceError("saved web page without any text")
    return SourceText(source, normalise(text), "txt", preset)
