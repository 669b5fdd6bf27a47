"""One source file -> one Article (or a Failure): the pure per-article function the pipeline runs,
in parallel and behind the cache. It sees no other article."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from .clean import clean
from .dates import find_date
from .entities import recognise
from .hashing import sha256_hex
from .language import detect_language
from .metadata import build_article
from .models import Article, Failure, SourceError
from .passages import find_passages
from .registry import Registry
from .settings import Settings
from .sidecar import load_sidecar, validate_overrides
from .sources import read_source, read_whole_page
from .storyprint import minhash_bytes, shingle_hashes, story_print
from .structure import build_blocks


def load_models(settings: Settings) -> None:
    """Loads the language model, the date parser and the MinHash permutations in this process, so that worker
    processes forked from it share them instead of each loading its own (about a second of CPU each). Three threads
    load them side by side: the language model's decompression runs while the others import."""
    loads = [
        lambda: detect_language("Loading the language model once, before the workers start.", settings.languages),
        lambda: find_date("5. März 2024", "de"),
        lambda: minhash_bytes(shingle_hashes(["the", "minhash", "permutations"], 2), settings.stories.signature),
    ]
    with ThreadPoolExecutor(len(loads)) as pool:
        for done in [pool.submit(load) for load in loads]:
            done.result()


def convert_source(
    source: str,
    data: bytes,
    sidecar: tuple[str, bytes] | None,
    settings: Settings,
    registry: Registry,
    template: frozenset[str] = frozenset(),
) -> Article | Failure:
    """The article of one source, or the Failure saying why there is none; `template`: the lines its site's
    other sources repeat (site_template.py)."""
    try:
        overrides = load_sidecar(*sidecar) if sidecar else {}
        text = read_source(source, data)
        text = replace(text, preset=validate_overrides(text.preset, f"metadata in {source}", strict=False))
        cleaned = clean(text, settings, template)
        blocks, speakers = build_blocks(cleaned.lines, settings)
        if not blocks and text.format == "html":  # the extractor took the wrong part of the page
            text = read_whole_page(source, data, text.preset)
            cleaned = clean(text, settings)
            blocks, speakers = build_blocks(cleaned.lines, settings)
        if not blocks:
            raise SourceError("no article text left after removing boilerplate")
        article = build_article(text, sha256_hex(data), cleaned, blocks, speakers, overrides, settings)
        if article.word_count < settings.thresholds["min_words"]:
            raise SourceError(f"only {article.word_count} words of article text; is this an article?")
        found = recognise(article.title, article.blocks, article.speakers, registry, article.entity_overrides)
        mentioned = {item["id"] for items in found.values() for item in items}
        passages = find_passages(article.blocks, article.speakers, mentioned, registry)
        story = story_print(article, text.text, settings.stories.signature, registry)
        return replace(article, **found, passages=passages, story=story)
    except SourceError as exc:
        return Failure(source, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug on one input must not take the other articles down
        return Failure(source, f"internal error while converting ({type(exc).__name__}: {exc}); please report it")
