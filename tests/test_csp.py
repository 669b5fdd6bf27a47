"""build_scripts/csp.py: the Content-Security-Policy allows exactly the theme's own inline scripts."""

from __future__ import annotations

import re

import pytest

from build_scripts.csp import content_security_policy, inline_scripts, script_hash

THEME = '<script>__md_scope=new URL(".",location)</script>'
PAGE = (
    '<html><head><meta charset="utf-8"><title>x</title>' + THEME + "</head><body>"
    '<script id="__config" type="application/json">{"a": 1}</script>'
    '<script src="assets/x.js"></script><h1>Title</h1><script>alert(1)</script></body></html>'
)


def _policy(html: str) -> str:
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert found, "no Content-Security-Policy meta tag"
    return found.group(1)


def test_only_scripts_the_theme_printed_are_allowed():
    policy = _policy(content_security_policy(PAGE, [THEME]))
    assert script_hash('__md_scope=new URL(".",location)') in policy
    assert script_hash("alert(1)") not in policy
    assert "'unsafe-inline'" not in policy.split("style-src")[0]
    assert "object-src 'none'" in policy and "base-uri 'self'" in policy


def test_the_policy_comes_first_in_the_head():
    html = content_security_policy(PAGE, [THEME])
    assert html.index("Content-Security-Policy") < html.index("<title>") < html.index("__md_scope")


def test_json_data_and_external_scripts_are_not_inline_scripts():
    assert inline_scripts(PAGE) == ['__md_scope=new URL(".",location)', "alert(1)"]


def test_a_page_without_charset_is_an_error():
    with pytest.raises(ValueError, match="charset"):
        content_security_policy("<html><head></head></html>", [])
