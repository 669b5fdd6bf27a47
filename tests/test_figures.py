"""Facts that survive a translation: the same number, percentage, date or name in any language's way of writing."""

import pytest

from build_scripts.figures import facts, normal_name


@pytest.fixture
def signature(settings):
    return settings.stories.signature


@pytest.mark.parametrize(
    "language, text",
    [
        ("de", "Am 22. Juli 2024 stieg der Umsatz um 30 Prozent auf 1,5 Milliarden Dollar; 10.000 Chips."),
        ("en", "On July 22, 2024 revenue rose 30% to $1.5 billion; 10,000 chips."),
        ("zh", "2024年7月22日，收入增长30%，达到15亿美元；1万块芯片。"),
    ],
)
def test_the_same_figures_in_three_languages_are_the_same_facts(signature, language, text):
    found = facts(text, language, signature, frozenset())
    assert {"date:07-22", "year:2024", "percent:30", "amount:1500000000", "amount:10000"} <= set(found)


def test_each_fact_keeps_the_form_the_article_writes(signature):
    found = facts("Der Umsatz: 3,5 Mio. Euro, 250 Firmen, 1.500,5 Tonnen.", "de", signature, frozenset())
    assert found == {"amount:3500000": "3,5 Mio.", "count:250": "250", "amount:1500.5": "1.500,5"}


def test_dates_written_as_numbers(signature):
    assert {"date:03-05", "year:2024"} <= set(facts("05.03.2024 und 2024-03-05", "de", signature, frozenset()))


def test_small_numbers_say_nothing(signature):
    assert facts("Drei Firmen, 5 Modelle und 7 Tage.", "de", signature, frozenset()) == {}


def test_model_names_camel_case_and_capitals_but_not_generic_or_registry_names(signature):
    text = "GPT-4o, A100-Chips, ChatGPT, SMIC, Llama3 70B, the CEO of an AI firm, DeepSeek and Das KI-Modell."
    found = facts(text, "en", signature, frozenset({"deepseek"}))
    names = {key for key in found if key.startswith("name:")}
    assert names == {"name:gpt4o", "name:a100", "name:chatgpt", "name:smic", "name:llama3", "name:70b"}


def test_latin_names_inside_chinese_text(signature):
    found = facts("英伟达发布H20芯片，中芯国际SMIC与ChatGPT。", "zh", signature, frozenset())
    assert {"name:h20", "name:smic", "name:chatgpt"} <= set(found)


def test_normal_name():
    assert normal_name("GPT-4") == normal_name("gpt 4") == normal_name("GPT4") == "gpt4"


def test_dates_with_month_names_either_way_round(signature):
    def dates(text, language):
        return {key for key in facts(text, language, signature, frozenset()) if key.startswith("date:")}

    assert dates("Am 22. Juli sprach er, und am März 5, 2024.", "de") == {"date:07-22", "date:03-05"}
    assert dates("On 22 July 2024 and on Sep. 5th.", "en") == {"date:07-22", "date:09-05"}
    assert dates("Im Mai 2024 stieg der Umsatz; Juni war ruhig.", "de") == set()
