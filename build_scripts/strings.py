"""UI strings of generated pages, one YAML file per site language (data/i18n/<lang>.yml).

A key missing from one language, or a placeholder that differs between languages, is a build error:
never a silent English fallback.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import datafile
from .registry import SITE_LANGUAGES
from .settings import DATA_DIR, DataFileError

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
    strings: dict[str, dict] = {}
    flat: dict[str, dict[str, str]] = {}  # per language, "section.key" -> text
    for language in SITE_LANGUAGES:
        path = directory / f"{language}.yml"
        try:
            document = datafile.load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise DataFileError(f"{path}: cannot be read ({exc.strerror})") from exc
        except yaml.YAMLError as exc:
            raise DataFileError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(document, dict):
            raise DataFileError(f"{path}: expected a mapping of keys to texts")
        strings[language], flat[language] = document, {}
        for key, text in _flatten(document).items():
            if not isinstance(text, str) or not text.strip():
                raise DataFileError(f"{path}: {key} must be a non-empty text")
            flat[language][key] = text
    reference = flat[SITE_LANGUAGES[0]]
    for language in SITE_LANGUAGES[1:]:
        path = directory / f"{language}.yml"
        missing = sorted(set(reference) - set(flat[language]))
        extra = sorted(set(flat[language]) - set(reference))
        if missing:
            raise DataFileError(f"{path}: missing translation(s) for {', '.join(missing)}")
        if extra:
            raise DataFileError(f"{path}: key(s) {', '.join(extra)} not in {SITE_LANGUAGES[0]}.yml")
        for key, text in reference.items():
            if set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(flat[language][key])):
                raise DataFileError(
                    f"{path}: {key} must use the placeholders {sorted(set(_PLACEHOLDER.findall(text)))}"
                )
    return strings
