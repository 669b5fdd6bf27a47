"""An article's signature for story clusters, computed with the article (pure, cached with it): the MinHash of
its body's shingles (datasketch), the facts that survive a translation (figures.py) and the repost note of its
source ("转载自 X", "first appeared in X"). The corpus stage (stories.py) only compares signatures."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from .figures import facts, normal_name
from .language import base_language
from .models import Article, StoryPrint
from .registry import Registry
from .story_settings import Signature

SCHEME = "affine32"  # datasketch's MinHash scheme: 32-bit values, collision-free permutations
NOTE_LINES = 40  # a repost note stands among the first or the last lines of a source
_WORD = re.compile(r"[^\W_]+")


def story_print(article: Article, source_text: str, signature: Signature, registry: Registry) -> StoryPrint:
    body = "\n".join(block.text for block in article.blocks)
    language = base_language(article.language)
    shingles = shingle_set(body, language, signature)
    found = facts(f"{article.title}\n{body}", language, signature, known_names(registry))
    repost, origin = repost_note(source_text, signature)
    return StoryPrint(
        minhash=minhash_bytes(shingles, signature),
        shingles=len(shingles),
        facts=tuple(sorted(found.items())),
        repost=repost,
        origin=origin,
    )


def shingle_set(text: str, language: str, signature: Signature) -> set[bytes]:
    """Runs of `word_shingle` words (or `character_shingle` characters, for a language written without spaces)
    of the case-folded text, punctuation left out: a repost with other quotation marks has the same shingles.
    Chinese is read in Simplified characters (OpenCC), so a repost in Traditional ones has the same shingles."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if language == "zh":
        text = _simplified().convert(text)
    if language in signature.character_languages:
        tokens, size, joiner = [c for c in text if c.isalnum()], signature.character_shingle, ""
    else:
        tokens, size, joiner = _WORD.findall(text), signature.word_shingle, " "
    if not tokens:
        return set()
    return {joiner.join(tokens[i : i + size]).encode() for i in range(max(1, len(tokens) - size + 1))}


def minhash_bytes(shingles: set[bytes], signature: Signature) -> bytes:
    """The serialised LeanMinHash of a set of shingles (b"" for none)."""
    if not shingles:
        return b""
    from datasketch import LeanMinHash, MinHash

    permutations = _permutations(signature.num_perm, signature.seed)
    # datasketch's sha1_hash32, computed here in one pass: its hash function is then the identity (int); in the
    # set's own order, for a minimum does not depend on it
    hashes = [int.from_bytes(hashlib.sha1(shingle).digest()[:4], "little") for shingle in shingles]
    minhash = MinHash(signature.num_perm, seed=signature.seed, hashfunc=int, permutations=permutations, scheme=SCHEME)
    minhash.update_batch(hashes)
    lean = LeanMinHash(minhash)
    buffer = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buffer, byteorder="<")
    return bytes(buffer)


def load_minhash(data: bytes):
    """A signature's MinHash, to compare or put into LSH buckets (datasketch.LeanMinHash)."""
    from datasketch import LeanMinHash

    return LeanMinHash.deserialize(data, byteorder="<")


@lru_cache(maxsize=1)
def _simplified():
    """OpenCC's Traditional-to-Simplified converter (characters and phrases)."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int):
    """The permutations of (num_perm, seed), drawn once per process rather than once per article."""
    from datasketch import MinHash

    return MinHash(num_perm, seed=seed, scheme=SCHEME).permutations


def repost_note(text: str, signature: Signature) -> tuple[bool, str | None]:
    """Whether the source says it is a repost, and the outlet it names as the original (its first such note)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    edges = lines if len(lines) <= 2 * NOTE_LINES else lines[:NOTE_LINES] + lines[-NOTE_LINES:]
    repost, origin = False, None
    for line in edges:
        for pattern in signature.repost_origins:
            match = pattern.fullmatch(line)
            if match and origin is None:
                origin = match["origin"].strip(" ：:，,。.") or None
                repost = True
        if not repost and any(pattern.fullmatch(line) for pattern in signature.repost_markers):
            repost = True
    return repost, origin


@lru_cache(maxsize=4)  # a Registry is hashed by identity: one set per loaded registry
def known_names(registry: Registry) -> frozenset[str]:
    """Every name, alias and trigger of the registry, normalised as names are (normal_name): these count as
    entities, so a name fact never repeats one."""
    terms = (t for e in registry.entities for t in (*e.terms, *e.ambiguous_aliases, *e.triggers))
    return frozenset(filter(None, map(normal_name, terms)))
