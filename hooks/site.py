"""MkDocs hook for the AI Industry Atlas site (registered in mkdocs.yml under `hooks`).

mkdocs-static-i18n runs the whole MkDocs build once per language (en first, at the site root, then de and
zh nested inside the post_build event of the English build), so every event here runs once per language.
`build_scripts.site.build_site` instead runs one MkDocs process per language at the same time: it sets
ATLAS_BUILD_LANGUAGE, and this hook then starts static-i18n on that language and keeps it from building
the others (every language still knows all the others: language switcher, hreflang and sitemap alternates
are the same as in a one-process build); build_site merges the three outputs.

What this hook adds to Material + static-i18n:

- which pages the search indexes: `atlas_search_body` marks the content of articles, company, person and
  theme pages and the about page (overrides/main.html puts `data-pagefind-body` on it; Pagefind then
  skips every other page) unless their front matter says `search: {exclude: true}`, and the article tables
  of entity pages are left out of the index;
- a 404 page per language (the root one stays English instead of being overwritten by the last language);
- an Atom feed of the articles per language (feed.xml, de/feed.xml, zh/feed.xml; build_scripts/feed.py), and
  the absolute addresses in the feeds of companies, people and themes the pipeline wrote into docs/;
- the page head's links to an entity's feed and its schema.org data (JSON-LD, build_scripts/jsonld.py), from
  the page's front matter (`feed`, `json_ld`);
- absolute hreflang alternates (incl. x-default) for the page head;
- the texts of the page frame (`atlas.t` in templates: feed title, 404 page, search box) from
  data/i18n/<language>.yml, `frame`;
- navigation sections whose generated page does not exist (yet) are left out instead of failing the
  strict build;
- in build_site's processes (ATLAS_INCREMENTAL), the incremental build (build_scripts/incremental.py): the
  other languages' files left out, which pages are rendered (the others are taken from the site in place),
  what each rendered page looked up and what the search reads of it, recorded for the next build; an
  article's related articles are left out of the search index.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup
from markupsafe import escape as html_escape
from mkdocs.plugins import CombinedEvent, event_priority

from build_scripts.csp import content_security_policy
from build_scripts.feed import FEED, atom_feed, catalog_articles, is_entity_feed, resolve
from build_scripts.incremental import Incremental
from build_scripts.jsonld import json_ld
from build_scripts.page_kinds import page_kind
from build_scripts.page_times import PageTimes
from build_scripts.search import UNINDEXED_CLOSE, UNINDEXED_OPEN
from build_scripts.strings import load_strings
from build_scripts.vocabulary import ENTITY_SECTIONS

# Set by build_scripts.site.build_site for its per-language MkDocs processes.
BUILD_LANGUAGE = "ATLAS_BUILD_LANGUAGE"
# Pages whose content the search indexes: the first folder of their address (under the language prefix).
SEARCHABLE_SECTIONS = ("articles", *ENTITY_SECTIONS)
SEARCHABLE_PAGES = ("about",)
# Material's inline scripts live in these partials; the Content-Security-Policy allows exactly them.
THEME_SCRIPT_PARTIALS = "partials/javascripts/"

# Kept across the nested per-language builds of one `mkdocs build` (the hook module lives for the process).
_saved: dict[str, bytes] = {}
_theme_scripts: dict[str, list[str]] = {}  # page -> the theme's inline script partials rendered for it
_theme_env: dict = {}  # the theme's Jinja environment of the language being built, and its script partials
_page_times = PageTimes()  # what each page kind costs, for the benchmark (build_scripts/page_times.py)
# build_site's per-language processes build incrementally (build_scripts/incremental.py): only the pages whose
# output can have changed are rendered, the others are taken from the previous site
_incremental = Incremental.from_environment()


# --- languages --------------------------------------------------------------------------------------------


def _i18n(config):
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise RuntimeError("hooks/site.py needs the mkdocs-static-i18n plugin ('i18n' in mkdocs.yml)")
    return plugin


def _languages(config) -> tuple[str, list[str]]:
    """(default language, all built languages), from the i18n plugin's configuration."""
    languages = [lang for lang in _i18n(config).config.languages if lang.build]
    default = next(lang.locale for lang in languages if lang.default)
    return default, [lang.locale for lang in languages]


def _current(config) -> str:
    # static-i18n sets theme.language to the language being built (reconfigure_material)
    return config.theme["language"]


def _texts(config) -> dict[str, str]:
    """The UI strings of the site's frame (feed title, 404 page, search box) in the language being built:
    `frame` in data/i18n/<language>.yml, validated with the generated pages' strings."""
    return load_strings()[_current(config)]["frame"]


def _prefix(config) -> str:
    """URL and folder prefix of the language being built: '' for the default language, 'de/' etc."""
    default, _ = _languages(config)
    current = _current(config)
    return "" if current == default else f"{current}/"


def _root(config) -> str:
    """The absolute address of the language being built, ending in '/'."""
    root = _absolute(config, _prefix(config))
    return root if root.endswith("/") else root + "/"


def _only_language() -> str | None:
    """The one language this MkDocs process builds (ATLAS_BUILD_LANGUAGE), or None for all of them."""
    return os.environ.get(BUILD_LANGUAGE) or None


# --- configuration: one language per process, navigation ---------------------------------------------------


@event_priority(50)  # before static-i18n's on_config (priority -100) picks the language to build
def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))

    only = _only_language()
    if only is not None:
        i18n = _i18n(config)
        _, languages = _languages(config)
        if only not in languages:
            raise RuntimeError(f"{BUILD_LANGUAGE}={only!r} is not one of the site's languages {languages}")
        if i18n.current_language is None:  # first build of the process: start with this language
            i18n.current_language = only

    # Sections appear in the navigation once their (generated) page exists; the home page always does.
    docs = Path(config.docs_dir)
    config.nav = [item for item in config.nav or [] if _nav_target_exists(item, docs)]
    return config


@event_priority(-150)  # after static-i18n (priority -100) has chosen the files of the language being built
def _resolve_feeds(files, config):
    """The feeds of companies, people and themes with this language's absolute address (feed.resolve)."""
    root = _root(config)
    for file in files:
        if is_entity_feed(file.src_uri):
            file.content_string = resolve(file.content_string, root)
    return files


def _nav_target_exists(item, docs: Path) -> bool:
    target = next(iter(item.values())) if isinstance(item, dict) else item
    if not isinstance(target, str) or "://" in target:
        return True
    return (docs / target).is_file()


@event_priority(-90)  # before static-i18n (priority -100) makes this language's files from them
def _own_files(files, config):
    if _incremental is not None:  # one language per process (build_site): the other languages' files go
        default, languages = _languages(config)
        return _incremental.own_files(files, _current(config), default, languages)
    return files


on_files = CombinedEvent(_own_files, _resolve_feeds)


@event_priority(-110)  # after static-i18n (priority -100) has made this language's files and navigation
def on_nav(nav, config, files):
    if _incremental is not None:
        _incremental.plan(files, nav, _current(config), config.docs_dir)
    return nav


# --- templates: language facts, absolute hreflang alternates, what the search indexes -------------------------


def on_env(env, config, files):
    if _incremental is not None:  # the markdown pass is over: the sitemap needs the dates of pages not rendered
        _incremental.restore(files, lambda: _Undated("1970-01-01"))
    default, languages = _languages(config)
    current = _current(config)
    env.globals["atlas"] = {
        "lang": current,
        "default_lang": default,
        "languages": languages,
        "prefix": _prefix(config),  # feed and 404 of this language live under it
        "feed": _prefix(config) + FEED,
        "t": _texts(config),
    }
    _theme_env["env"] = env
    _theme_env["scripts"] = [name for name in env.list_templates() if name.startswith(THEME_SCRIPT_PARTIALS)]
    return env


def _absolute(config, link: str) -> str:
    site_url = config.site_url or "/"
    if "://" in link:
        return link
    if link.startswith("/"):
        parts = urlsplit(site_url)
        return f"{parts.scheme}://{parts.netloc}{link}" if parts.netloc else link
    return site_url.rstrip("/") + "/" + link.lstrip("./")


def _section(config, page) -> list[str]:
    """The parts of a page's address below the language prefix: ['articles', 'x'], ['about'], []."""
    url = page.url or ""
    prefix = _prefix(config)
    if prefix and url.startswith(prefix):
        url = url[len(prefix) :]
    return [part for part in url.split("/") if part and part != "index.html"]


def searchable(parts: list[str]) -> bool:
    """Whether the search indexes a page (by its address below the language prefix): articles, the pages of
    companies, people and themes (not the section indexes), and the about page."""
    return (len(parts) >= 2 and parts[0] in SEARCHABLE_SECTIONS) or (len(parts) == 1 and parts[0] in SEARCHABLE_PAGES)


# --- pages ----------------------------------------------------------------------------------------------------


def _time_to(config, page, output: str | None = None) -> None:
    _page_times.stop(page.file.src_uri, page_kind(_section(config, page)), output)


def on_pre_page(page, config, files):
    _page_times.start(page.file.src_uri)
    if _incremental is not None:
        _incremental.page_started(page)
    return page


def on_template_context(context, template_name, config):
    _theme_scripts[f"template:{template_name}"] = _rendered_theme_scripts(context)
    return context


def on_post_template(output, template_name, config):
    """Static templates (404.html, sitemaps) carry the same policy as pages when they are HTML."""
    scripts = _theme_scripts.pop(f"template:{template_name}", [])
    return content_security_policy(output, scripts) if template_name.endswith(".html") else output


def _secure(output, page, config):
    output = content_security_policy(output, _theme_scripts.pop(page.file.src_uri, []))
    _time_to(config, page, output)
    return output


@event_priority(-200)  # the page as it is written
def _record_page(output, page, config):
    if _incremental is not None:
        _incremental.page_written(page, output)
    return output


on_post_page = CombinedEvent(_secure, _record_page)


class _Undated(str):
    """The update date of a page without a date: false, so the sitemap template leaves out its lastmod, but
    still an ISO date older than any other, because MkDocs takes the newest of all pages' dates for the
    sitemap.xml.gz timestamp (epoch 0 when no page has a date)."""

    def __bool__(self) -> bool:
        return False


def on_page_markdown(markdown, page, config, files):
    """The sitemap's lastmod is the article's own date, or none: MkDocs would write the build date into every
    entry, so the same input built on another day gave other bytes."""
    date = page.meta.get("date")
    page.update_date = date.isoformat() if hasattr(date, "isoformat") else str(date) if date else _Undated("1970-01-01")
    return markdown


@event_priority(-100)  # the last of the markdown pass
def on_page_content(html, page, config, files):
    parts = _section(config, page)
    if len(parts) >= 2 and parts[0] in ENTITY_SECTIONS:
        # the article tables list titles of other pages: the articles themselves are in the index
        html = html.replace("<table>", "<table data-pagefind-ignore>")
    elif len(parts) == 2 and parts[0] == "articles":
        html = unindexed_related(html)
    _time_to(config, page)
    if _incremental is not None:
        _incremental.page_read()
    return html


def unindexed_related(html: str) -> str:
    """An article's related articles (the section after its body, the last element of the article template)
    left out of the search entirely: they list other articles, which are indexed themselves, and they change
    when articles are added, which would index this page's bundle again (build_scripts/search.py)."""
    body_end = html.rfind("</div>")
    start = html.find("<h2", body_end) if body_end >= 0 else -1
    if start < 0:
        return html
    return html[:start] + UNINDEXED_OPEN + html[start:] + UNINDEXED_CLOSE


@event_priority(0)  # after static-i18n (priority 50) has pointed extra.alternate at this page's versions
def on_page_context(context, page, config, nav):
    alternates = []
    # static-i18n sets the attribute (config.extra.alternate = ...), which templates read first, not the key
    for alternate in getattr(config.extra, "alternate", None) or []:
        alternates.append({"lang": alternate["lang"], "href": _absolute(config, alternate["link"])})
    default, _ = _languages(config)
    x_default = next((a["href"] for a in alternates if a["lang"] == default), None)
    context["atlas_alternates"] = alternates
    context["atlas_x_default"] = x_default
    # a page can opt out with Material's front matter `search: {exclude: true}` (e.g. page 2 of a listing)
    excluded = isinstance(page.meta.get("search"), dict) and page.meta["search"].get("exclude") is True
    context["atlas_search_body"] = searchable(_section(config, page)) and not excluded
    _head_data(context, page, config, alternates)
    page.meta = html_safe(page.meta)
    _theme_scripts[page.file.src_uri] = _rendered_theme_scripts(context)
    _page_times.start(page.file.src_uri)
    return context


def _head_data(context, page, config, alternates: list[dict]) -> None:
    """The page's own feed (an entity's, front matter `feed`) and its schema.org data (`json_ld`) for the head;
    the JSON-LD with the page's address and its versions in the other languages (`sameAs`)."""
    feed, data, root = page.meta.get("feed"), page.meta.get("json_ld"), _root(config)
    context["atlas_feeds"] = [{"title": feed["title"], "href": root + feed["path"]}] if isinstance(feed, dict) else []
    others = [alternate["href"] for alternate in alternates if alternate["lang"] != _current(config)]
    url = page.canonical_url or _absolute(config, page.url)
    context["atlas_json_ld"] = json_ld(data, url, others, root) if isinstance(data, dict) else None


def html_safe(value):
    """Front matter as the theme may print it: every string HTML-escaped and marked safe.

    Material prints some values raw (`page.meta.title` in partials/header.html; MkDocs renders theme
    templates without autoescape). Escaped `Markup` prints the text literally wherever it is printed, and
    Jinja's `e` filter leaves it as it is, so templates that escape do not escape twice."""
    if isinstance(value, str):
        return Markup(html_escape(value))
    if isinstance(value, dict):
        return {key: html_safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [html_safe(item) for item in value]
    return value


def _rendered_theme_scripts(context) -> list[str]:
    """The theme's own inline script partials as rendered for this page: the only inline scripts the page's
    Content-Security-Policy allows (anything else inline, injected or not, does not run)."""
    env = _theme_env["env"]
    return [env.get_template(name).render(context) for name in _theme_env["scripts"]]


# --- after each language's build: 404 page, feed --------------------------------------------------------------


@event_priority(-50)  # before static-i18n (priority -100) builds the other languages
def _per_language_files(config):
    site = Path(config.site_dir)
    prefix = _prefix(config)
    not_found = site / "404.html"
    if not prefix:
        _saved["404"] = not_found.read_bytes()
    else:
        (site / prefix).mkdir(parents=True, exist_ok=True)
        os.replace(not_found, site / prefix / "404.html")
    _write_feed(config, site / prefix / FEED)
    _page_times.write(_current(config))
    if _incremental is not None:
        _incremental.save()
    if _only_language() is not None:
        _i18n(config).building = True  # static-i18n then builds no other language in this process


@event_priority(-200)  # after static-i18n: the last language built wrote its 404 page at the root
def _restore_default_language_files(config):
    site = Path(config.site_dir)
    if "404" in _saved:
        (site / "404.html").write_bytes(_saved["404"])


on_post_build = CombinedEvent(_per_language_files, _restore_default_language_files)


def on_shutdown():
    _saved.clear()


# --- Atom feed ----------------------------------------------------------------------------------------------------


def _write_feed(config, path: Path) -> None:
    """This language's Atom feed (build_scripts/feed.py), linking into this language's version of the site."""
    articles = catalog_articles(Path(config.docs_dir))
    feed = atom_feed(articles, _current(config), _root(config), config.site_name, _texts(config)["feed"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(feed, encoding="utf-8")
