"""Properties of the per-article function: no input crashes it, and no body text is lost."""

import re
import unicodedata
from pathlib import Path

from conftest import article_page, body_of, rendered, squash
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from build_scripts.convert import convert_source
from build_scripts.models import Article, Failure

FIXTURES = Path(__file__).parent / "fixtures"

WORD = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd"), max_codepoint=0x9FFF), min_size=1, max_size=12
)
MARKUP = st.sampled_from(
    ["*", "_", "#", "<b>", "</script>", "{{", "}}", "{%", "|", "[x](y)", "`", "&amp;", "\\", ">", "!"]
)
TOKEN = st.one_of(WORD, WORD, WORD, MARKUP)
# a sentence starts with a word: a leading "* " or "1. " would be a list marker, which is structure
SENTENCE = st.tuples(WORD, st.lists(TOKEN, min_size=8, max_size=30)).map(lambda t: " ".join([t[0], *t[1]]) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=2, max_size=5).map(" ".join)


@hsettings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_no_bytes_crash_convert(data, name, settings, registry):
    result = convert_source(name, data, None, settings, registry)
    assert isinstance(result, (Article, Failure))
    if isinstance(result, Failure):
        assert result.error and "internal error" not in result.error


@hsettings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=6), separator=st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
def test_no_body_text_is_lost(paragraphs, separator, settings, registry):
    text = separator.join(["Titel des Artikels", *paragraphs])
    result = convert_source("a.txt", text.encode("utf-8"), None, settings, registry)
    assert isinstance(result, Article), result
    visible = squash(rendered(body_of(article_page(result, registry)))[0])
    for paragraph in paragraphs:  # sources are NFC-normalised on reading
        assert squash(unicodedata.normalize("NFC", paragraph)) in visible


@hsettings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=3000), encoding=st.sampled_from(["utf-8", "utf-16", "gb18030", "utf-8-sig"]))
def test_any_text_in_any_encoding_converts_or_fails_cleanly(text, encoding, settings, registry):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    result = convert_source("a.txt", data, None, settings, registry)
    assert isinstance(result, (Article, Failure))
    if isinstance(result, Failure):
        assert "internal error" not in result.error
    else:
        assert re.fullmatch(r"[a-z0-9-]+", result.slug_base)


def test_a_page_whose_extracted_text_holds_no_article_is_read_as_a_whole(settings, registry):
    """trafilatura takes the related stories below a picture story for its main text; the cleaner drops
    them as teasers, and the page's whole text, cleaned like a text copy, gives the captions."""
    data = (FIXTURES / "pages" / "toutiao-gallery.html").read_bytes()
    article = convert_source("gallery.html", data, None, settings, registry)
    assert isinstance(article, Article)
    text = "\n".join(block.text for block in article.blocks)
    assert "世界第二大内陆国的蒙古国" in text  # the first caption
    assert "新时代中国奇迹" not in text  # a related story
    assert article.title.endswith("最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果")
