"""Language identification: py3langid (a maintained langid.py fork that ships its model and is
deterministic), plus hanzidentifier to tell Traditional from Simplified Chinese."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import hanzidentifier

from .text import cjk_chars, cjk_count

# The identifier walks the text byte by byte in Python, so it sees a bounded sample: a thousand characters
# (a few paragraphs) decide the language as reliably as the whole article and cost a fraction.
_SAMPLE_CHARS = 1000
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


@lru_cache(maxsize=8)
def _identifier(candidates: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(candidates))
    return identifier


def detect_language(text: str, candidates: tuple[str, ...]) -> str:
    """ISO 639-1 code of the text's language among the candidates; Chinese as zh-Hans or zh-Hant."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return "und"
    mostly_cjk = cjk_count(sample) > len(sample) * 0.3
    if mostly_cjk and not _KANA_OR_HANGUL.search(sample):
        return chinese_script(sample)  # Han characters without kana or hangul: Chinese, no model needed
    code, _score = _identifier(candidates).classify(sample)
    if code == "zh" or (mostly_cjk and code not in ("ja", "ko")):
        return chinese_script(sample)
    return code


def chinese_script(text: str) -> str:
    """zh-Hant when the text's script-specific characters are mostly traditional, else zh-Hans."""
    traditional = simplified = 0
    for char in cjk_chars(text):
        kind = _script_of(char)
        if kind == hanzidentifier.TRADITIONAL:
            traditional += 1
        elif kind == hanzidentifier.SIMPLIFIED:
            simplified += 1
    return "zh-Hant" if traditional > simplified else "zh-Hans"


@cache  # bounded by the CJK characters in use: a few thousand
def _script_of(char: str) -> int:
    return hanzidentifier.identify(char)


def base_language(code: str) -> str:
    """zh-Hans -> zh; the site language a code belongs to."""
    return code.split("-")[0]
