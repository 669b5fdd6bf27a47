"""The Content-Security-Policy every page carries (a meta tag, since GitHub Pages sets no headers).

Scripts run only from the site itself: the theme's and ours as files, Pagefind's WebAssembly, and the few
inline scripts the theme's own partials print, each allowed by its hash. Any other inline script or event
handler (say, markup that slipped out of an article's text) does not run; neither do plugins, frames or
requests to another host.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
_DATA_TYPE = re.compile(r"""\btype=["']?application/(?:ld\+)?json""")
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.I)

SCRIPT_SOURCES = "'self' 'wasm-unsafe-eval'"
POLICY = (
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",  # Material and Pagefind's components set style attributes
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
)


def inline_scripts(html: str) -> list[str]:
    """The bodies of the inline scripts of a page or fragment that a browser would run (not JSON data)."""
    return [
        match["body"]
        for match in _INLINE_SCRIPT.finditer(html)
        if "src=" not in match["attrs"] and not _DATA_TYPE.search(match["attrs"])
    ]


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(allowed_scripts: list[str]) -> str:
    scripts = " ".join([SCRIPT_SOURCES, *sorted({script_hash(body) for body in allowed_scripts})])
    return "; ".join([POLICY[0], f"script-src {scripts}", *POLICY[1:]])


def content_security_policy(html: str, trusted_fragments: list[str]) -> str:
    """The page with a CSP meta tag right after its charset (a policy applies only to what follows it),
    allowing exactly those of its inline scripts that also occur in the trusted fragments."""
    trusted = {body for fragment in trusted_fragments for body in inline_scripts(fragment)}
    allowed = [body for body in inline_scripts(html) if body in trusted]
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(allowed)}">'
    match = _CHARSET.search(html)
    if not match:
        raise ValueError("page without <meta charset>: nowhere to put its Content-Security-Policy first")
    return html[: match.end()] + tag + html[match.end() :]
