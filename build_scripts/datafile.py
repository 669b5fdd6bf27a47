"""The one YAML loader for everything a maintainer edits: data files, sidecars and Markdown front matter.

Safe loading with libyaml's parser when present (the data files are read on every build), and strict where
PyYAML is lenient: a key given twice in one mapping is an error (PyYAML keeps the last one without a word,
so a correction silently vanishes). Every mapping remembers the line it starts on, so that a validation
error found later can still name file and line.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    _Base = yaml.SafeLoader  # either base class has the same constructor methods
else:
    _Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Mapping(dict[Hashable, Any]):
    """A mapping read from YAML; `line` is the (1-based) line it starts on."""

    line: int | None = None


class DataFileError(Exception):
    """A data file a maintainer edits is invalid; the message names file, entry and key."""


class DuplicateKeyError(yaml.YAMLError):
    """A mapping has the same key twice."""


class StrictLoader(_Base):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        # checked before flatten_mapping: keys merged in with `<<` may be overridden, written ones not
        seen: dict[object, int] = {}
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key, mark = self.construct_object(key_node, deep=True), key_node.start_mark
            try:
                first = seen.get(key)
            except TypeError:
                continue  # an unhashable key: the base class reports it
            if first is not None:
                raise DuplicateKeyError(
                    f"line {mark.line + 1}, column {mark.column + 1}: key {key!r} given twice in "
                    f"one mapping (first on line {first + 1})"
                )
            seen[key] = mark.line
        return super().construct_mapping(node, deep)


def _construct_map(loader: StrictLoader, node: yaml.MappingNode) -> Iterator[Mapping]:
    data = Mapping()
    data.line = node.start_mark.line + 1
    yield data
    data.update(loader.construct_mapping(node))


StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def load(text: str | bytes) -> Any:
    """The document in `text`, any YAML value (so `Any`, as json.loads's); raises yaml.YAMLError
    (DuplicateKeyError for a repeated key)."""
    return yaml.load(text, Loader=StrictLoader)


def where(path: object, value: object) -> str:
    """`path:line` for a value read by `load` (just `path` when its line is unknown)."""
    line = getattr(value, "line", None)
    return f"{path}:{line}" if line else str(path)


def read(path: Path) -> tuple[Any, bytes]:
    """The document in the file at `path` and the file's bytes (for fingerprints); a file that cannot be read
    or is no valid YAML is a DataFileError naming the file (and, for YAML, line and column)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        return load(raw), raw
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc
