"""Schemas of the data files a maintainer edits, in the manner of MkDocs' `config_options`: each key declared
once, with the kind of value it takes, its default and what it means, so the declaration reads as the file's
documentation and checking a file against it gives errors that name the file, the entry and the key.

Checks that look at several keys or records at once (a field rule needs a value group, layout ids are unique)
are not expressed here: they stay code beside the loader that uses the schema (settings.py).
"""

from __future__ import annotations

import re

from .datafile import DataFileError

REQUIRED: object = object()  # the default of a key that must be given


def _at(where: str, key: str) -> str:
    """`where: key`, or just `where` for the record itself."""
    return f"{where}: {key}" if key else where


class Option:
    """One key of a data file. `doc` says what it means; `default` is the value when the key is left out
    (REQUIRED: it must be given). `expected` says in words what a value must be, for the error message."""

    expected = "a value"

    def __init__(self, doc: str, default: object = REQUIRED):
        self.doc = doc
        self.default = default

    def check(self, value: object, key: str, where: str) -> object:
        """The value as the build uses it; a DataFileError naming `where` (file, entry) and `key` when invalid."""
        if not self.accepts(value):
            raise self.invalid(value, key, where)
        return value

    def accepts(self, value: object) -> bool:
        return True

    def invalid(self, value: object, key: str, where: str) -> DataFileError:
        return DataFileError(f"{_at(where, key)} must be {self.expected}, not {value!r}")


class Text(Option):
    expected = "a string of characters"

    def accepts(self, value: object) -> bool:
        return isinstance(value, str)


class Texts(Option):
    expected = "a list of non-empty strings"

    def accepts(self, value: object) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


class PositiveInt(Option):
    expected = "a positive integer"

    def accepts(self, value: object) -> bool:
        return isinstance(value, int) and value > 0


class Probability(Option):
    expected = "a probability between 0 and 1"

    def check(self, value: object, key: str, where: str) -> float:
        if not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise self.invalid(value, key, where)
        return float(value)


class Choice(Option):
    def __init__(self, choices: tuple[str, ...], doc: str, default: object = REQUIRED):
        super().__init__(doc, default)
        self.choices = choices
        self.expected = f"one of {list(choices)}"

    def accepts(self, value: object) -> bool:
        return value in self.choices


class Pattern(Option):
    """A regular expression, matched case-insensitively (compiled as it is checked)."""

    expected = "a non-empty regular expression string"

    def check(self, value: object, key: str, where: str) -> re.Pattern:
        if not isinstance(value, str) or not value:
            raise self.invalid(value, key, where)
        try:
            return re.compile(rf"(?:{value})", re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(f"{_at(where, key)}: invalid regular expression: {exc}") from exc


class Patterns(Option):
    """A non-empty list of regular expressions."""

    expected = "a non-empty list of patterns"

    def check(self, value: object, key: str, where: str) -> tuple[re.Pattern, ...]:
        if not isinstance(value, list) or not value:
            raise self.invalid(value, key, where)
        pattern = Pattern(self.doc)
        return tuple(pattern.check(item, f"{key}[{i}]", where) for i, item in enumerate(value))


class Section(Option):
    """A mapping with exactly these keys (those with a default may be left out); checked, it is a dict of every
    key's value as its option made it, defaults filled in."""

    def __init__(self, doc: str, options: dict[str, Option], default: object = REQUIRED):
        super().__init__(doc, default)
        self.options = options
        self.expected = "a mapping with " + ", ".join(repr(name) for name in options)

    def check(self, value: object, key: str, where: str) -> dict:
        if not isinstance(value, dict):
            raise self.invalid(value, key, where) if key else DataFileError(f"{where}: expected {self.expected}")
        unknown = set(value) - set(self.options)
        if unknown:
            raise DataFileError(f"{where}: unknown key(s) {sorted(unknown, key=str)}" + (f" in {key}" if key else ""))
        return {name: self._value(value, name, key, where) for name in self.options}

    def _value(self, mapping: dict, name: str, key: str, where: str) -> object:
        option, path = self.options[name], f"{key}.{name}" if key else name
        if mapping.get(name) is None and option.default is not REQUIRED:
            return option.default
        if name not in mapping:
            raise DataFileError(f"{_at(where, path)} is missing: it must be {option.expected}")
        return option.check(mapping[name], path, where)
