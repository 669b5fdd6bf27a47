"""Loads and validates the maintainer-edited data files (cleaning rules, source layouts).

Errors name the file, the entry and the key, as MkDocs' config validation does, so a maintainer can fix
a YAML file without reading Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .hashing import sha256_hex
from .lines import TITLE_NAMES, Cues, TreeEnsemble, feature_names, load_cues, load_model

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ZONES = ("head", "tail", "edges", "any")
ACTIONS = ("drop", "drop_rest", "field")
FIELDS = ("authors", "editors", "publisher", "date")
THRESHOLDS = (
    "min_words",
    "body_line_chars",
    "title_max_chars",
    "title_max_words",
    "heading_max_chars",
    "heading_max_words",
    "speaker_max_chars",
    "speaker_max_words",
    "summary_max_chars",
    "generated_title_max_chars",
    "words_per_minute",
    "cjk_chars_per_minute",
    "max_source_bytes",
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    zone: str
    action: str
    field: str | None
    value_from_next_line: bool


@dataclass(frozen=True)
class Layout:
    id: str
    signature: tuple[re.Pattern, ...]
    signature_lines: int
    rules: tuple[Rule, ...]
    title_strip: re.Pattern | None


@dataclass(frozen=True)
class Settings:
    thresholds: dict
    sentence_end: str
    name_separators: tuple[str, ...]
    speaker_roles: frozenset[str]
    language_names: tuple[str, ...]
    languages: tuple[str, ...]  # the languages identification chooses among
    rules: tuple[Rule, ...]
    layouts: tuple[Layout, ...]
    byline_prefixes: re.Pattern  # "Von ", "By ", "Ein Bericht von " at the start of a line
    byline_chinese: re.Pattern
    agencies: frozenset[str]
    not_names: frozenset[str]
    article_probability: dict[str, float]  # "core" starts and ends the body, below "keep" a line is chrome
    cues: Cues
    line_model: TreeEnsemble
    fingerprint: str  # hash of the data files, part of every cache key


def _compile(pattern: object, where: str) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise DataFileError(f"{where}: expected a non-empty regular expression string")
    try:
        return re.compile(rf"(?:{pattern})", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{where}: invalid regular expression: {exc}") from exc


def _rule(entry: object, where: str) -> Rule:
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: expected a mapping with 'name', 'match' and 'action'")
    unknown = set(entry) - {"name", "match", "zone", "action", "field", "value_from"}
    if unknown:
        raise DataFileError(f"{where}: unknown key(s) {sorted(unknown)}")
    name = entry.get("name") or where
    zone = entry.get("zone", "head")
    action = entry.get("action")
    field = entry.get("field")
    if zone not in ZONES:
        raise DataFileError(f"{where} ({name}): zone must be one of {list(ZONES)}, not {zone!r}")
    if action not in ACTIONS:
        raise DataFileError(f"{where} ({name}): action must be one of {list(ACTIONS)}, not {action!r}")
    if action == "field" and field not in FIELDS:
        raise DataFileError(f"{where} ({name}): field must be one of {list(FIELDS)}, not {field!r}")
    if action != "field" and field is not None:
        raise DataFileError(f"{where} ({name}): 'field' only goes with action 'field'")
    value_from = entry.get("value_from", "line")
    if value_from not in ("line", "next_line"):
        raise DataFileError(f"{where} ({name}): value_from must be 'line' or 'next_line'")
    pattern = _compile(entry.get("match"), f"{where} ({name}) match")
    if action == "field" and value_from == "line" and "value" not in pattern.groupindex:
        raise DataFileError(f"{where} ({name}): a field rule needs a (?P<value>...) group or value_from: next_line")
    return Rule(str(name), pattern, zone, action, field, value_from == "next_line")


def _rules(entries: object, where: str) -> tuple[Rule, ...]:
    if not isinstance(entries, list):
        raise DataFileError(f"{where}: expected a list of rules")
    return tuple(
        _rule(entry, f"{where}[{i}]" + (f" (line {entry.line})" if getattr(entry, "line", None) else ""))
        for i, entry in enumerate(entries)
    )


def _bylines(value: object, where: str) -> dict:
    if not isinstance(value, dict) or set(value) != {"prefixes", "chinese", "not_names", "agencies"}:
        raise DataFileError(f"{where} must be a mapping with 'prefixes', 'chinese', 'not_names' and 'agencies'")
    for key in ("prefixes", "not_names", "agencies"):
        if not isinstance(value[key], list) or not all(isinstance(v, str) and v for v in value[key]):
            raise DataFileError(f"{where}.{key} must be a list of non-empty strings")
    prefixes = "|".join(re.escape(p) for p in sorted(value["prefixes"], key=len, reverse=True))
    return {
        "byline_prefixes": re.compile(rf"(?:{prefixes})\s*[:：|]?\s+(?=\S)", re.I),
        "byline_chinese": _chinese_labels(value["chinese"], f"{where}.chinese"),
        "agencies": frozenset(a.casefold() for a in value["agencies"]),
        "not_names": frozenset(w.casefold() for w in value["not_names"]),
    }


def _chinese_labels(value: object, where: str) -> re.Pattern:
    """One pattern finding every label of a Chinese metadata line; the group named after the field matches."""
    if not isinstance(value, dict) or set(value) != {"authors", "editors", "publisher"}:
        raise DataFileError(f"{where} must be a mapping with 'authors', 'editors' and 'publisher'")
    groups = []
    for field, labels in value.items():
        if not isinstance(labels, list) or not all(isinstance(v, str) and v for v in labels):
            raise DataFileError(f"{where}.{field} must be a list of non-empty strings")
        groups.append(f"(?P<{field}>" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + ")")
    return re.compile("(?:" + "|".join(groups) + r")\s*[:：｜|/／丨]?\s*")


def _probabilities(value: object, where: str) -> dict[str, float]:
    if not isinstance(value, dict) or set(value) != {"core", "keep", "html_chinese"}:
        raise DataFileError(f"{where} must be a mapping with 'core', 'keep' and 'html_chinese'")
    for key, number in value.items():
        if not isinstance(number, (int, float)) or not 0 <= number <= 1:
            raise DataFileError(f"{where}.{key} must be a probability between 0 and 1, not {number!r}")
    return {key: float(number) for key, number in value.items()}


def load_settings(data_dir: Path = DATA_DIR) -> Settings:
    cleaning_path = data_dir / "cleaning.yml"
    layouts_path = data_dir / "layouts.yml"
    cleaning, cleaning_raw = datafile.read(cleaning_path)
    layouts_doc, layouts_raw = datafile.read(layouts_path)
    if not isinstance(cleaning, dict):
        raise DataFileError(f"{cleaning_path}: expected a mapping at the top level")
    thresholds = cleaning.get("thresholds")
    if not isinstance(thresholds, dict):
        raise DataFileError(f"{cleaning_path}: 'thresholds' must be a mapping")
    for key in THRESHOLDS:
        value = thresholds.get(key)
        if not isinstance(value, int) or value <= 0:
            raise DataFileError(f"{cleaning_path}: thresholds.{key} must be a positive integer, not {value!r}")
    extra = set(thresholds) - set(THRESHOLDS)
    if extra:
        raise DataFileError(f"{cleaning_path}: unknown threshold(s) {sorted(extra)}")
    for key in ("name_separators", "speaker_roles", "language_names", "languages"):
        value = cleaning.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise DataFileError(f"{cleaning_path}: '{key}' must be a list of non-empty strings")
    if not isinstance(cleaning.get("sentence_end"), str):
        raise DataFileError(f"{cleaning_path}: 'sentence_end' must be a string of characters")

    if not isinstance(layouts_doc, dict) or not isinstance(layouts_doc.get("layouts"), list):
        raise DataFileError(f"{layouts_path}: expected a mapping with a 'layouts' list")
    layouts = []
    seen = set()
    for i, entry in enumerate(layouts_doc["layouts"]):
        where = f"{datafile.where(layouts_path, entry)}: layouts[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise DataFileError(f"{where}: expected a mapping with an 'id'")
        unknown = set(entry) - {"id", "description", "signature", "signature_lines", "rules", "title_strip"}
        if unknown:
            raise DataFileError(f"{where} ({entry['id']}): unknown key(s) {sorted(unknown)}")
        if entry["id"] in seen:
            raise DataFileError(f"{where}: duplicate layout id {entry['id']!r}")
        seen.add(entry["id"])
        signature = entry.get("signature")
        if not isinstance(signature, list) or not signature:
            raise DataFileError(f"{where} ({entry['id']}): 'signature' must be a non-empty list of patterns")
        title_strip = entry.get("title_strip")
        layouts.append(
            Layout(
                id=entry["id"],
                signature=tuple(_compile(p, f"{where} signature[{j}]") for j, p in enumerate(signature)),
                signature_lines=int(entry.get("signature_lines", 30)),
                rules=_rules(entry.get("rules", []), f"{where} rules"),
                title_strip=_compile(title_strip, f"{where} title_strip") if title_strip else None,
            )
        )
    cues_path, model_path = data_dir / "cues.yml", data_dir / "line_model.json"
    cues, model = load_cues(cues_path), load_model(model_path)
    titles = model.title.feature_names if model.title else ()
    if list(model.feature_names) != feature_names(cues) or list(titles) != feature_names(cues) + TITLE_NAMES:
        raise DataFileError(
            f"{model_path}: trained with other cue kinds than {cues_path} has now; retrain it with "
            "`python tools/train_cleaner.py --corpus DIR` (see its docstring)"
        )
    fingerprint = sha256_hex(cleaning_raw, layouts_raw, cues_path.read_bytes(), model_path.read_bytes())
    return Settings(
        thresholds=dict(thresholds),
        sentence_end=cleaning["sentence_end"],
        name_separators=tuple(cleaning["name_separators"]),
        speaker_roles=frozenset(r.casefold() for r in cleaning["speaker_roles"]),
        language_names=tuple(sorted(cleaning["language_names"], key=len, reverse=True)),
        languages=tuple(cleaning["languages"]),
        rules=_rules(cleaning.get("rules"), f"{cleaning_path}: rules"),
        layouts=tuple(layouts),
        **_bylines(cleaning.get("bylines"), f"{cleaning_path}: bylines"),
        article_probability=_probabilities(
            cleaning.get("article_probability"), f"{cleaning_path}: article_probability"
        ),
        cues=cues,
        line_model=model,
        fingerprint=fingerprint,
    )
