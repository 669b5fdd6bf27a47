"""A page's schema.org data as the JSON-LD of its head (`<script type="application/ld+json">`), written by
hooks/site.py from the `json_ld` of the page's front matter (emitters/structured.py decides what it says).

Data, not code: browsers do not run a script element of this type, and the Content-Security-Policy leaves it
out of the inline scripts it allows by hash (csp.inline_scripts). Its text still ends at the first `</script>`,
so `<`, `>` and `&` are written as JSON escapes (\\u003c ...): a source's title cannot close the element, and
any JSON parser reads the same strings back.
"""

from __future__ import annotations

import json
import re

CONTEXT = "https://schema.org"
_UNSAFE = re.compile("[<>&\u2028\u2029]")  # what could end the element, or a JavaScript string that embeds it


def json_ld(data: dict, url: str, same_as: list[str], root: str) -> str:
    """The JSON-LD text of a page whose front matter says `data`: addresses below the language's root made
    absolute (`root`, ending in '/'), with the page's own address (`url`) and its versions in the other
    languages (`same_as`)."""
    item: dict = {"@context": CONTEXT, **_absolute_urls(data, root), "url": url}
    if same_as:
        item["sameAs"] = same_as
    text = json.dumps(item, ensure_ascii=False, separators=(",", ":"), default=str)
    return _UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def _absolute_urls(data: dict, root: str) -> dict:
    """Every `url` in the data that is an address below the language's root, as an absolute address."""
    return {key: _absolute(key, item, root) for key, item in data.items()}


def _absolute(key: str, value: object, root: str) -> object:
    if key == "url" and isinstance(value, str) and "://" not in value:
        return root + value
    if isinstance(value, dict):
        return _absolute_urls(value, root)
    if isinstance(value, list):
        return [_absolute(key, item, root) for item in value]
    return value
