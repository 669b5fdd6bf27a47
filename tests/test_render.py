from conftest import rendered, squash
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from build_scripts.render import md_text

TRICKY = [
    "# not a heading",
    "<script>alert(1)</script>",
    "{{ config }} and {% raw %}",
    "a | b | c",
    "*stars* and _underscores_ and **bold**",
    "[link](http://example.com) ![img](x.png)",
    "1. not a list",
    "- not a bullet",
    "> not a quote",
    "!!! note",
    ": not a definition",
    "=== not a tab",
    "~~~ not a fence",
    "```python",
    "&amp; stays &amp;",
    "back\\slash \\* escaped",
    "{: .class }",
    "[TOC]",
    "*[HTML]: abbreviation",
    "[^1]: footnote",
]


def test_tricky_lines_render_literally():
    for text in TRICKY:
        visible, tags = rendered(md_text(text))
        assert visible == squash(text), text
        assert tags == ["p"], (text, tags)


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=80))
def test_any_text_renders_as_itself(text):
    if not text.strip():
        return
    visible, tags = rendered(md_text(text))
    assert visible == squash(text)
    assert set(tags) <= {"p"}
