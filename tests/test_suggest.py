from conftest import article_of

from build_scripts.suggest import unknown_names


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
