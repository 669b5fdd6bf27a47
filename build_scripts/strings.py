"""UI strings of the site, one YAML file per site language (data/i18n/<lang>.yml): those of the generated pages,
and under `frame` those of the frame around every page (feed title, 404 page, search box) that hooks/site.py
gives the templates in overrides/.

A key missing from one language, or a placeholder that differs between languages, is a build error:
never a silent English fallback.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .settings import DATA_DIR
from .vocabulary import DEFAULT_LANGUAGE, SITE_LANGUAGES

I18N_DIR = DATA_DIR / "i18n"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _flatten(value: object, prefix: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        flat: dict[str, object] = {}
        for key, inner in value.items():
            flat.update(_flatten(inner, f"{prefix}{key}."))
        return flat
    return {prefix[:-1]: value}


def load_strings(directory: Path = I18N_DIR) -> dict[str, dict]:
    """Every site language's strings, checked against the default language's."""
    strings: dict[str, dict] = {}
    flat: dict[str, dict[str, str]] = {}  # per language, "section.key" -> text
    for language in SITE_LANGUAGES:
        strings[language], flat[language] = _read(directory / f"{language}.yml")
    for language in SITE_LANGUAGES:
        if language != DEFAULT_LANGUAGE:
            _compare(flat[DEFAULT_LANGUAGE], flat[language], directory / f"{language}.yml")
    return strings


def _read(path: Path) -> tuple[dict, dict[str, str]]:
    """A language's strings as written and flattened ("section.key" -> text)."""
    document, _raw = datafile.read(path)
    if not isinstance(document, dict):
        raise DataFileError(f"{path}: expected a mapping of keys to texts")
    flat = {}
    for key, text in _flatten(document).items():
        if not isinstance(text, str) or not text.strip():
            raise DataFileError(f"{path}: {key} must be a non-empty text")
        flat[key] = text
    return document, flat


def _compare(reference: dict[str, str], translation: dict[str, str], path: Path) -> None:
    """A translation has the reference's keys, no others, and the same placeholders in each text."""
    missing = sorted(set(reference) - set(translation))
    extra = sorted(set(translation) - set(reference))
    if missing:
        raise DataFileError(f"{path}: missing translation(s) for {', '.join(missing)}")
    if extra:
        raise DataFileError(f"{path}: key(s) {', '.join(extra)} not in {DEFAULT_LANGUAGE}.yml")
    for key, text in reference.items():
        if set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(translation[key])):
            raise DataFileError(f"{path}: {key} must use the placeholders {sorted(set(_PLACEHOLDER.findall(text)))}")
