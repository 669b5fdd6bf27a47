"""build_scripts/jsonld.py: a page's schema.org data as JSON-LD in its head, addresses made absolute, escaped so
that no source text can end the script element."""

import json
import re

from build_scripts.csp import inline_scripts
from build_scripts.jsonld import CONTEXT, json_ld

HOSTILE = "</script><script>alert(1)</script> & <!-- \u2028"
DATA = {
    "@type": "NewsArticle",
    "headline": HOSTILE,
    "author": [{"@type": "Person", "name": HOSTILE}],
    "about": [{"@type": "Organization", "name": "DeepSeek", "url": "companies/deepseek/"}],
    "mentions": [{"@type": "Organization", "name": "X", "url": "https://example.org/x/"}],
}


def test_addresses_become_absolute_and_the_page_names_its_language_versions():
    text = json_ld(DATA, "https://x.org/de/articles/a/", ["https://x.org/articles/a/"], "https://x.org/de/")
    data = json.loads(text)
    assert data["@context"] == CONTEXT and data["@type"] == "NewsArticle"
    assert data["url"] == "https://x.org/de/articles/a/" and data["sameAs"] == ["https://x.org/articles/a/"]
    assert data["about"][0]["url"] == "https://x.org/de/companies/deepseek/"
    assert data["mentions"][0]["url"] == "https://example.org/x/"  # already absolute: kept
    assert "sameAs" not in json.loads(json_ld(DATA, "https://x.org/", [], "https://x.org/"))


def test_a_title_cannot_close_the_script_element():
    text = json_ld(DATA, "https://x.org/", [], "https://x.org/")
    assert not re.search("[<>&\u2028]", text)
    data = json.loads(text)
    assert data["headline"] == HOSTILE and data["author"][0]["name"] == HOSTILE  # read back as typed
    page = f'<head><script type="application/ld+json">{text}</script></head>'
    body = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert body is not None and json.loads(body[1]) == data  # the element ends where the data ends
    assert inline_scripts(page) == []  # data: not among the scripts the policy allows by hash


def test_same_data_same_text():
    assert json_ld(DATA, "https://x.org/", [], "https://x.org/") == json_ld(
        dict(DATA), "https://x.org/", [], "https://x.org/"
    )
