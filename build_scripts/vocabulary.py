"""Names the whole build shares, defined once: the kinds of entity the registry holds, and the site's languages.

An entity kind's section is the plural that names it everywhere outside Python: its registry file
(data/registry/companies.yml), an article's front matter field and a sidecar's key listing such entities, the
catalog's list, and the site's folder of their pages (companies/<id>).
"""

from __future__ import annotations

from .site import site_languages

ENTITY_KINDS = {"companies": "company", "people": "person", "themes": "theme"}  # section -> kind
ENTITY_SECTIONS = tuple(ENTITY_KINDS)


def _default_language_first() -> tuple[str, ...]:
    default, languages = site_languages()
    return (default, *(language for language in languages if language != default))


# The languages of the site (the i18n plugin's in mkdocs.yml), the default one first: its pages have no
# language suffix (x.md; x.de.md, x.zh.md for the others) and its UI strings are the reference.
SITE_LANGUAGES = _default_language_first()
DEFAULT_LANGUAGE = SITE_LANGUAGES[0]
