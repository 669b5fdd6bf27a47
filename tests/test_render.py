import yaml
from conftest import rendered, squash
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from build_scripts.render import _DUMPER, front_matter, md_text

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


_SCALARS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["yes", "no", "null", "~", "1.0", "0x1F", "2024-09-13", "- item", "a: b", "#tag", "'q'", "@type"]),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


@hsettings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=12), _VALUES, min_size=1, max_size=6))
def test_front_matter_is_what_pyyaml_writes_and_reads_back(values):
    """The shortened representer writes exactly what PyYAML's own does with the same emitter (no shared lists
    or dicts here), and the text reads back as the values."""
    text = front_matter(values)
    pyyaml = yaml.dump(
        values, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False
    )
    assert text == pyyaml
    assert yaml.safe_load(text) == values
