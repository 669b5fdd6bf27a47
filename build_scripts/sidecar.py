"""Maintainer corrections: `seeds/<name>.meta.yml` beside a source, or a Markdown source's front matter.

Both use the same keys; values are validated here so a typo is an error naming the file and the key
instead of a silently ignored correction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import yaml

from . import datafile
from .models import SourceError
from .vocabulary import ENTITY_SECTIONS

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$")


# Each check takes the value and the key (for its message) and returns the value normalised, or raises
# SourceError saying what the value must be.


def _text(value: object, where: str) -> str:
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise SourceError(f"{where} must be a non-empty text, not {value!r}")
    return str(value).strip()


def _text_or_null(value: object, where: str) -> str | None:
    return None if value is None else _text(value, where)


def _date(value: object, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise SourceError(f"{where} must be an ISO date (YYYY-MM-DD) or null, not {value!r}") from exc


def _language(value: object, where: str) -> str:
    if not isinstance(value, str) or not _LANGUAGE.match(value):
        raise SourceError(f"{where} must be an ISO 639-1 code such as de, en, zh-Hans, not {value!r}")
    return value


def _names(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourceError(f"{where} must be a list of names, not {value!r}")
    return [v.strip() for v in value]


def _slug(value: object, where: str) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise SourceError(f"{where} must be lower-case ASCII words joined by '-', not {value!r}")
    return value


def _entities(value: object, where: str) -> dict[str, list[str]]:
    if isinstance(value, list):
        value = {"add": value}
    if not isinstance(value, dict) or set(value) - {"add", "remove"}:
        raise SourceError(f"{where} must be a list of ids or a mapping with 'add' and/or 'remove'")
    for part in value.values():
        if not isinstance(part, list) or not all(isinstance(v, str) and _SLUG.match(v) for v in part):
            raise SourceError(f"{where}: 'add'/'remove' must be lists of ids such as 01-ai, not {part!r}")
    return {"add": list(value.get("add", [])), "remove": list(value.get("remove", []))}


def _references(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourceError(f"{where} must be a list of articles (source files or slugs), not {value!r}")
    return [v.strip() for v in value]


def _story(value: object, where: str) -> dict:
    """Story corrections: `join` (articles of the same story), `split` (articles of another story, or `all`:
    this article is a story of its own), `primary: true` (this article is its story's primary)."""
    if not isinstance(value, dict) or not value or set(value) - {"join", "split", "primary"}:
        raise SourceError(f"{where} must be a mapping with 'join', 'split' and/or 'primary', not {value!r}")
    result: dict = {}
    for key in ("join", "split"):
        if key in value:
            result[key] = _references(value[key], f"{where}.{key}")
    if "all" in result.get("join", []):
        raise SourceError(f"{where}.join cannot be 'all' (only split can: a story of its own)")
    if "primary" in value:
        if not isinstance(value["primary"], bool):
            raise SourceError(f"{where}.primary must be true or false, not {value['primary']!r}")
        result["primary"] = value["primary"]
    return result


# The keys of a sidecar (and of front matter) and the check of each one's value.
KEYS: dict[str, Callable[[object, str], object]] = {
    "title": _text,
    "date": _date,
    "language": _language,
    "authors": _names,
    "editors": _names,
    "publisher": _text_or_null,
    "summary": _text,
    "slug": _slug,
    **{key: _entities for key in ENTITY_SECTIONS},
    "story": _story,
}


def load_sidecar(name: str, data: bytes) -> dict:
    try:
        values = datafile.load(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SourceError(f"sidecar {name} is not valid UTF-8 YAML: {exc}") from exc
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise SourceError(f"sidecar {name}: expected a mapping of keys to values")
    return validate_overrides(values, f"sidecar {name}", strict=True)


def validate_overrides(values: dict, where: str, strict: bool) -> dict:
    """Checked, normalised overrides. With strict=False (front matter written by other tools) unknown
    keys are ignored; in a sidecar they are errors. Every mistake is reported at once, not the first only."""
    result, errors = {}, []
    for key, value in values.items():
        check = KEYS.get(key)
        if check is None:
            if strict:
                errors.append(f"unknown key {key!r} (allowed keys: {', '.join(KEYS)})")
            continue
        try:
            result[key] = check(value, str(key))
        except SourceError as exc:
            errors.append(str(exc))
    if errors:
        raise SourceError(
            f"{where}: " + (errors[0] if len(errors) == 1 else f"{len(errors)} errors: " + "; ".join(errors))
        )
    return result
