"""The entity registry a maintainer edits: companies, people and themes (data/registry/*.yml).

Validated on load like the other data files: errors name the file, the entry and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import datafile
from .datafile import DataFileError
from .hashing import json_sha256_hex, sha256_hex
from .settings import DATA_DIR
from .vocabulary import ENTITY_KINDS, SITE_LANGUAGES

REGISTRY_DIR = DATA_DIR / "registry"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Entity:
    kind: str  # company, person or theme
    id: str
    names: dict[str, str]  # per site language
    aliases: tuple[str, ...]  # other spellings, any language or script
    ambiguous_aliases: tuple[str, ...] = ()  # count only beside an unambiguous mention, case-sensitive
    triggers: tuple[str, ...] = ()  # themes: terms that signal the theme
    data: dict = field(default_factory=dict, compare=False)  # profile, roles, relations... for the pages
    origin: str = field(default="", compare=False)  # file, line and position of the entry, for errors

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.names.values(), *self.aliases]))


@dataclass(frozen=True, eq=False)  # hashed by identity: one recognizer per loaded registry
class Registry:
    entities: tuple[Entity, ...]
    fingerprint: str  # of the whole registry

    @cached_property
    def recognition_fingerprint(self) -> str:
        """Of what recognition reads (ids, kinds, names, aliases, triggers): editing a profile or a role
        changes the pages about the entity, but not what any article mentions."""
        terms = [
            (e.kind, e.id, sorted(e.names.items()), e.aliases, e.ambiguous_aliases, e.triggers) for e in self.entities
        ]
        return json_sha256_hex(terms)

    @cached_property
    def by_id(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities}

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]


def load_registry(directory: Path = REGISTRY_DIR) -> Registry:
    entities: list[Entity] = []
    files: list[bytes] = []
    for section, kind in ENTITY_KINDS.items():
        path = directory / f"{section}.yml"
        entries, raw = datafile.read(path)
        files.append(raw)
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: expected a list of entries")
        entities += [
            _entity(entry, kind, f"{datafile.where(path, entry)}: entry {i}") for i, entry in enumerate(entries)
        ]
    _check_unique(entities)
    _check_references(entities)
    return Registry(tuple(entities), sha256_hex(*files))


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where} must be a list of non-empty texts")
    return tuple(v.strip() for v in value)


def _entity(entry: object, kind: str, where: str) -> Entity:
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: expected a mapping")
    entity_id = entry.get("id")
    if not isinstance(entity_id, str) or not _ID.match(entity_id):
        raise DataFileError(f"{where}: id must be lower-case ASCII words joined by '-', not {entity_id!r}")
    where = f"{where} ({entity_id})"
    names = entry.get("name")
    if not isinstance(names, dict):
        raise DataFileError(f"{where}: name must be a mapping with {', '.join(SITE_LANGUAGES)}")
    for language in SITE_LANGUAGES:
        if not isinstance(names.get(language), str) or not names[language].strip():
            raise DataFileError(f"{where}: name.{language} is missing")
    triggers: tuple[str, ...] = ()
    if kind == "theme":
        raw = entry.get("triggers")
        if not isinstance(raw, dict):
            raise DataFileError(f"{where}: triggers must be a mapping of language to terms")
        triggers = tuple(t for language, terms in raw.items() for t in _strings(terms, f"{where}: triggers.{language}"))
    data = {k: v for k, v in entry.items() if k not in ("id", "name", "aliases", "ambiguous_aliases", "triggers")}
    return Entity(
        kind=kind,
        id=entity_id,
        names={language: names[language].strip() for language in SITE_LANGUAGES},
        aliases=_strings(entry.get("aliases"), f"{where}: aliases"),
        ambiguous_aliases=_strings(entry.get("ambiguous_aliases"), f"{where}: ambiguous_aliases"),
        triggers=triggers,
        data=data,
        origin=where,
    )


def _check_unique(entities: list[Entity]) -> None:
    ids: dict[str, Entity] = {}
    owners: dict[str, Entity] = {}
    for entity in entities:
        if entity.id in ids:
            raise DataFileError(f"{entity.origin}: duplicate id {entity.id!r}, first used at {ids[entity.id].origin}")
        ids[entity.id] = entity
        if entity.kind == "theme":
            continue
        for term in {t.casefold() for t in (*entity.terms, *entity.ambiguous_aliases)}:
            other = owners.setdefault(term, entity)
            if other is not entity:
                raise DataFileError(f"{entity.origin}: the name or alias {term!r} also belongs to {other.origin}")


def _check_references(entities: list[Entity]) -> None:
    ids = {e.id for e in entities}
    for entity in entities:
        references = []
        for key in ("parent",):
            if entity.data.get(key):
                references.append((key, entity.data[key]))
        for key in ("founders", "key_people"):
            references += [(key, value) for value in entity.data.get(key) or []]
        references += [
            ("roles.organization", role.get("organization"))
            for role in entity.data.get("roles") or []
            if isinstance(role, dict) and role.get("organization")
        ]
        for key, value in references:
            if value not in ids:
                raise DataFileError(f"{entity.origin}: {key} refers to unknown id {value!r}")
