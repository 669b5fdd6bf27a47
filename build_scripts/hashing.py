"""The one way this package fingerprints what it reads: a SHA-256 hex digest."""

from __future__ import annotations

import hashlib
import json


def sha256_hex(*parts: bytes) -> str:
    """SHA-256 of the parts joined by NUL bytes (so ("ab", "c") and ("a", "bc") differ), as hex."""
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def json_sha256_hex(value: object) -> str:
    """SHA-256 of a value as canonical JSON (keys sorted, text as UTF-8, other objects by str()), as hex."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()
