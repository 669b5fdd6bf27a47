"""build_scripts/vocabulary.py and hashing.py: the names and the fingerprint the modules share."""

import hashlib

from build_scripts.hashing import json_sha256_hex, sha256_hex
from build_scripts.registry import load_registry
from build_scripts.site import site_languages
from build_scripts.vocabulary import DEFAULT_LANGUAGE, ENTITY_KINDS, ENTITY_SECTIONS, SITE_LANGUAGES


def test_site_languages_are_mkdocs_languages_default_first():
    default, languages = site_languages()
    assert DEFAULT_LANGUAGE == default == SITE_LANGUAGES[0]
    assert sorted(SITE_LANGUAGES) == sorted(languages)


def test_every_registry_entity_has_a_known_kind_and_every_kind_has_entities():
    kinds = {entity.kind for entity in load_registry().entities}
    assert kinds == set(ENTITY_KINDS.values())
    assert ENTITY_SECTIONS == ("companies", "people", "themes")


def test_sha256_hex_separates_its_parts():
    assert sha256_hex(b"ab", b"c") != sha256_hex(b"a", b"bc")
    assert sha256_hex(b"abc") == hashlib.sha256(b"abc").hexdigest()


def test_json_sha256_hex_ignores_key_order_and_keeps_text():
    assert json_sha256_hex({"a": 1, "b": "中"}) == json_sha256_hex({"b": "中", "a": 1})
    assert json_sha256_hex(["中"]) == hashlib.sha256('["中"]'.encode()).hexdigest()
