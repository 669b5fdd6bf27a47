import pytest
from conftest import article_of

from build_scripts.settings import DataFileError
from build_scripts.suggest import _load, unknown_names


def test_frequent_unknown_names_are_suggested_known_ones_not(registry):
    names = dict(
        unknown_names(
            [
                article_of(
                    "Das Gespräch mit Olivia Kinghorst fand in Hongkong statt, sagte Meta.",
                    "Später sprach Olivia Kinghorst mit Vertretern von SemiAnalysis und Meta Platforms.",
                    "Viele Leute glauben das. Viele Leute zweifeln. SemiAnalysis schreibt über GPT-5 und GPT-5.",
                )
            ],
            registry,
        )
    )
    assert names == {"Olivia Kinghorst": 2, "SemiAnalysis": 2, "GPT-5": 2}


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "cannot be read"), ("stopwords: [a\n", "not valid YAML"), ("stopwords: a\n", "'stopwords' list")],
)
def test_a_suggestions_file_that_cannot_be_used_is_an_error_naming_it(tmp_path, content, problem):
    path = tmp_path / "suggestions.yml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=f"{path}: .*{problem}"):
        _load(path)
