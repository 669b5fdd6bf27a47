"""UI strings of the site, one YAML file per site language (data/i18n/<lang>.yml): those of the generated pages,
and under `frame` those of the frame around every page (feed title, 404 page, search box) that hooks/site.py
gives the templates in overrides/.

A text that counts something has one form per plural category its language needs (see localise.is_plural):
`{one: "…", other: "…"}` in de and en, `{other: "…"}` in zh.

A key missing from one language, a plural form missing, or a placeholder that differs between languages, is
a build error: never a silent English fallback.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .localise import is_plural, required_plural_forms
from .settings import DATA_DIR
from .vocabulary import DEFAULT_LANGUAGE, SITE_LANGUAGES

I18N_DIR = DATA_DIR / "i18n"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _flatten(value: object, prefix: str = "") -> dict[str, object]:
    """Keys as "section.key", to a text, or to {form: text} for a text with plural forms."""
    if isinstance(value, dict) and not is_plural(value):
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
        strings[language], flat[language] = _read(directory / f"{language}.yml", language)
    for language in SITE_LANGUAGES:
        if language != DEFAULT_LANGUAGE:
            _compare(flat[DEFAULT_LANGUAGE], flat[language], directory / f"{language}.yml")
    return strings


def _read(path: Path, language: str) -> tuple[dict, dict[str, str]]:
    """A language's strings as written and flattened ("section.key" -> text; for a plural text, its `other`
    form, which has every placeholder the others may use)."""
    document, _raw = datafile.read(path)
    if not isinstance(document, dict):
        raise DataFileError(f"{path}: expected a mapping of keys to texts")
    flat = {}
    for key, value in _flatten(document).items():
        forms = value if isinstance(value, dict) else {"other": value}  # only a plural text is a mapping here
        texts = {form: text for form, text in forms.items() if isinstance(text, str) and text.strip()}
        if len(texts) != len(forms):
            raise DataFileError(f"{path}: {key} must be a non-empty text")
        if is_plural(value):
            _check_plural_forms(texts, language, f"{path}: {key}")
        flat[f"{key} (plural)" if is_plural(value) else key] = texts["other"]
    return document, flat


def _check_plural_forms(forms: dict[str, str], language: str, where: str) -> None:
    """A plural text has exactly the forms its language needs; a form may leave out a placeholder of `other`
    (`one article`), but not use one `other` does not."""
    needed = required_plural_forms(language)
    if set(forms) != needed:
        raise DataFileError(f"{where} must have the plural forms {sorted(needed)}, not {sorted(forms)}")
    allowed = set(_PLACEHOLDER.findall(forms["other"]))
    for form, text in forms.items():
        if not set(_PLACEHOLDER.findall(text)) <= allowed:
            raise DataFileError(f"{where}: the {form} form may only use the placeholders {sorted(allowed)}")


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
