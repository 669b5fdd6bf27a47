"""Page keys are derived from what a page is made of, never assembled beside it."""

import pytest
from conftest import article_of

from build_scripts.emitters import EmitOptions
from build_scripts.emitters.base import Emitter, PageSpec, token
from build_scripts.emitters.context import EmitContext
from build_scripts.emitters.shelf import ShelfPage
from build_scripts.knowledge import Page, build_knowledge
from build_scripts.paths import PagePath
from build_scripts.registry import load_registry
from build_scripts.strings import load_strings

PATH = PagePath("timeline/2024-03.md")


@pytest.fixture(scope="module")
def emitter():
    registry = load_registry()
    context = EmitContext.of(build_knowledge([], registry), EmitOptions(), load_strings(), lambda article: article)
    return Emitter(context, "de")


def shelf_page(**changes):
    fields = {"start": PagePath("timeline.md"), "period": "2024-03", "number": 1, "total": 2, "newer": None}
    return ShelfPage(**{**fields, "older": "2024-02", "articles": (), **changes})


def spec(*made_of):
    return PageSpec("timeline_period.md.j2", {"made_of": repr(made_of)})


def test_a_group_key_changes_with_every_argument_its_page_is_built_from(emitter):
    base = emitter.group(PATH, spec, shelf_page(), "x").key
    assert emitter.group(PATH, spec, shelf_page(), "x").key == base
    variants = [shelf_page(number=2), shelf_page(total=3), shelf_page(newer="2024-04"), shelf_page(older=None)]
    keys = {emitter.group(PATH, spec, variant, "x").key for variant in variants}
    keys.add(emitter.group(PATH, spec, shelf_page(), "y").key)
    assert base not in keys and len(keys) == 5


def test_an_article_enters_a_key_as_its_slug_and_cache_key(emitter):
    article = Page(article=article_of("text"), slug="a", path=PagePath.of_article("a"), key="k1")
    assert token(article) == "a:k1"
    again = Page(article_of("other text"), "a", article.path, "k2")
    assert token(shelf_page(articles=(article,))) != token(shelf_page(articles=(again,)))


def test_a_value_that_cannot_be_keyed_cannot_be_made_into_a_page(emitter):
    with pytest.raises(TypeError, match="dict cannot be part of a page key"):
        emitter.group(PATH, spec, {"a": 1})


def test_a_page_key_is_a_hash_of_its_values_and_language(emitter):
    one, two = PageSpec("home.md.j2", {"intro": "a"}), PageSpec("home.md.j2", {"intro": "b"})
    assert emitter.page(PATH, one).key == emitter.page(PATH, PageSpec("home.md.j2", {"intro": "a"})).key
    assert emitter.page(PATH, one).key != emitter.page(PATH, two).key
    english = Emitter(emitter.context, "en")
    assert english.page(PATH, one).key != emitter.page(PATH, one).key
    assert list(emitter.page(PATH, one).pages()) == ["timeline/2024-03.de.md"]


def test_unchanged_values_are_not_rendered_again(emitter):
    """A group whose arguments changed but whose values did not keeps its page key (nothing to render)."""
    first = emitter.group(PATH, lambda *_: PageSpec("home.md.j2", {"intro": "same"}), "v1")
    second = emitter.group(PATH, lambda *_: PageSpec("home.md.j2", {"intro": "same"}), "v2")
    assert first.key != second.key
    assert first.pages()[PATH.file("de")].key == second.pages()[PATH.file("de")].key
