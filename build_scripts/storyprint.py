"""An article's signature for story clusters, computed with the article (pure, cached with it): the MinHash of
its body's shingles (datasketch), the facts that survive a translation (figures.py) and the repost note of its
source ("转载自 X", "first appeared in X"). The corpus stage (stories.py) only compares signatures."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

from .figures import facts, normal_name
from .language import base_language
from .models import Article, StoryPrint
from .registry import Registry
from .story_settings import Signature

SCHEME = "affine32"  # datasketch's MinHash scheme: 32-bit values, collision-free permutations
NOTE_LINES = 40  # a repost note stands among the first or the last lines of a source
_WORD = re.compile(r"[^\W_]+")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: each token changes the hash of its run


def story_print(article: Article, source_text: str, signature: Signature, registry: Registry) -> StoryPrint:
    body = "\n".join(block.text for block in article.blocks)
    language = base_language(article.language)
    hashes = shingle_hashes(*shingle_tokens(body, language, signature))
    found = facts(f"{article.title}\n{body}", language, signature, known_names(registry))
    repost, origin = repost_note(source_text, signature)
    return StoryPrint(
        minhash=minhash_bytes(hashes, signature),
        shingles=len(hashes),
        facts=tuple(sorted(found.items())),
        repost=repost,
        origin=origin,
    )


def shingle_tokens(text: str, language: str, signature: Signature) -> tuple[list[str], int]:
    """The words of the case-folded text, punctuation left out (or its characters, for a language written
    without spaces), and how many of them make a shingle: a repost with other quotation marks has the same
    shingles. Chinese is read in Simplified characters (OpenCC), so a repost in Traditional ones has the same."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if language == "zh":
        text = _simplified().convert(text)
    if language in signature.character_languages:
        return [c for c in text if c.isalnum()], signature.character_shingle
    return _WORD.findall(text), signature.word_shingle


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """The distinct 32-bit hashes of every run of `size` tokens (one run of all of them when there are fewer),
    sorted. A run's hash is a polynomial of its tokens' 64-bit hashes, computed for all runs at once; the
    MinHash mixes it again (datasketch's affine32 scheme applies MurmurHash3's finaliser first)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    token_hashes = np.fromiter(map(_token_hash, tokens), dtype=np.uint64, count=len(tokens))
    runs, width = max(1, len(tokens) - size + 1), min(size, len(tokens))
    combined = np.zeros(runs, dtype=np.uint64)
    for offset in range(width):  # arithmetic modulo 2**64: numpy's unsigned integers wrap around
        combined = combined * _MULTIPLIER + token_hashes[offset : offset + runs]
    return np.unique(((combined >> np.uint64(32)) ^ combined).astype(np.uint32))


@lru_cache(maxsize=1 << 16)  # a language's frequent words recur in every article
def _token_hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")


def minhash_bytes(hashes: np.ndarray, signature: Signature) -> bytes:
    """The serialised LeanMinHash of a set of shingle hashes (b"" for none)."""
    if not len(hashes):
        return b""
    from datasketch import LeanMinHash, MinHash

    permutations = _permutations(signature.num_perm, signature.seed)
    # the hashes are the values to permute: datasketch's hash function is then the identity (int)
    minhash = MinHash(signature.num_perm, seed=signature.seed, hashfunc=int, permutations=permutations, scheme=SCHEME)
    minhash.update_batch(hashes.tolist())
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
