"""Language identification: py3langid (a maintained langid.py fork that ships its model and is
deterministic), plus hanzidentifier to tell Traditional from Simplified Chinese."""

from __future__ import annotations

from functools import lru_cache

import hanzidentifier

from .text import cjk_count, is_cjk

_SAMPLE_CHARS = 4000


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
    code, _score = _identifier(candidates).classify(sample)
    if code == "zh" or (cjk_count(sample) > len(sample) * 0.3 and code not in ("ja", "ko")):
        return chinese_script(sample)
    return code


def chinese_script(text: str) -> str:
    """zh-Hant when the text's script-specific characters are mostly traditional, else zh-Hans."""
    traditional = simplified = 0
    for char in set(text):
        if is_cjk(char):
            kind = hanzidentifier.identify(char)
            if kind == hanzidentifier.TRADITIONAL:
                traditional += 1
            elif kind == hanzidentifier.SIMPLIFIED:
                simplified += 1
    return "zh-Hant" if traditional > simplified else "zh-Hans"


def base_language(code: str) -> str:
    """zh-Hans -> zh; the site language a code belongs to."""
    return code.split("-")[0]
