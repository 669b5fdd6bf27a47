from build_scripts.models import Article, Block
from build_scripts.suggest import unknown_names


def article(*texts):
    return Article(
        source="a.txt",
        sha256="",
        title="t",
        title_generated=False,
        alternate_titles=[],
        date=None,
        language="de",
        authors=[],
        editors=[],
        publisher=None,
        word_count=0,
        reading_time=1,
        summary="",
        speakers=[],
        layouts=[],
        blocks=[Block("paragraph", t) for t in texts],
        slug_base="t",
    )


def test_frequent_unknown_names_are_suggested_known_ones_not(registry):
    names = dict(
        unknown_names(
            [
                article(
                    "Das Gespräch mit Olivia Kinghorst fand in Hongkong statt, sagte Meta.",
                    "Später sprach Olivia Kinghorst mit Vertretern von SemiAnalysis und Meta Platforms.",
                    "Viele Leute glauben das. Viele Leute zweifeln. SemiAnalysis schreibt über GPT-5 und GPT-5.",
                )
            ],
            registry,
        )
    )
    assert names == {"Olivia Kinghorst": 2, "SemiAnalysis": 2, "GPT-5": 2}
