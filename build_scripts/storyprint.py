"""An article's signature for story clusters, computed with the article (pure, cached with it): the MinHash of its
body's shingles (datasketch's affine32 MinHash, in its LeanMinHash byte format), the facts that survive a
translation (figures.py) and the repost note of its source ("转载自 X", "first appeared in X"). The corpus stage
(stories.py) only compares signatures."""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from functools import lru_cache

import numpy as np

from .figures import facts, normal_name
from .language import base_language
from .models import Article, StoryPrint
from .registry import Registry
from .story_settings import Signature

NOTE_LINES = 40  # a repost note stands among the first or the last lines of a source
_WORD = re.compile(r"[^\W_]+")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: each token changes the hash of its run
_TOKEN_HASHES_KEPT = 1 << 16  # tokens whose hash is remembered, at most
_AFFINE32_CODE = 1  # how a serialised LeanMinHash names the affine32 scheme (after its seed and -num_perm)
_HEADER = struct.Struct("<qiB")  # a serialised LeanMinHash's seed, -num_perm and scheme, before its values


def story_print(article: Article, source_text: str, signature: Signature, registry: Registry) -> StoryPrint:
    # shingle_tokens and facts each read text in NFKC. Normalised once here, the body passes their quick check for
    # normalised text; with the title, too: nothing composes across a line break, so it joins two normalised texts
    body = _nfkc("\n".join(block.text for block in article.blocks))
    language = base_language(article.language)
    hashes = shingle_hashes(*shingle_tokens(body, language, signature))
    found = facts(f"{_nfkc(article.title)}\n{body}", language, signature, known_names(registry))
    repost, origin = repost_note(source_text, signature)
    return StoryPrint(
        minhash=minhash_bytes(hashes, signature),
        shingles=len(hashes),
        facts=tuple(sorted(found.items())),
        repost=repost,
        origin=origin,
    )


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def shingle_tokens(text: str, language: str, signature: Signature) -> tuple[list[str], int]:
    """The words of the case-folded text, punctuation left out (or its characters, for a language written
    without spaces), and how many of them make a shingle: a repost with other quotation marks has the same
    shingles. Chinese is read in Simplified characters (OpenCC), so a repost in Traditional ones has the same."""
    text = _nfkc(text).casefold()
    if language == "zh":
        text = _simplified().convert(text)
    if language in signature.character_languages:
        return list(filter(str.isalnum, text)), signature.character_shingle
    return _words(text), signature.word_shingle


def _words(text: str) -> list[str]:
    """_WORD.findall(text), quicker: no word spans a space, and str.split finds the many words that stand alone
    between spaces much faster than the pattern does."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():  # _WORD's [^\W_] is str.isalnum, character by character
            words.append(chunk)
        elif chunk[:-1].isalnum() and not chunk[-1].isalnum():  # a word before a comma or a full stop
            words.append(chunk[:-1])
        else:
            words += _WORD.findall(chunk)
    return words


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """The distinct 32-bit hashes of every run of `size` tokens (one run of all of them when there are fewer),
    sorted. A run's hash is a polynomial of its tokens' 64-bit hashes, computed for all runs at once; the
    MinHash mixes it again (datasketch's affine32 scheme applies MurmurHash3's finaliser first)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    token_hashes = np.fromiter(map(_TOKEN_HASHES.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    runs, width = max(1, len(tokens) - size + 1), min(size, len(tokens))
    combined = np.zeros(runs, dtype=np.uint64)
    for offset in range(width):  # arithmetic modulo 2**64: numpy's unsigned integers wrap around
        combined = combined * _MULTIPLIER + token_hashes[offset : offset + runs]
    return _distinct(((combined >> np.uint64(32)) ^ combined).astype(np.uint32))


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values) (sorted, each value once), several times faster on an article's few thousand values:
    numpy's unique hashes them before it sorts."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


class _TokenHashes(dict[str, int]):
    """Each token's 64-bit hash (BLAKE2b), remembered: a language's frequent words recur in every article, and a
    dict looked up from C is quicker than an lru_cache. Forgotten all at once when full."""

    def __missing__(self, token: str) -> int:
        if len(self) >= _TOKEN_HASHES_KEPT:
            self.clear()
        self[token] = value = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
        return value


_TOKEN_HASHES = _TokenHashes()


def minhash_bytes(hashes: np.ndarray, signature: Signature) -> bytes:
    """The serialised LeanMinHash of a set of shingle hashes (b"" for none), byte for byte datasketch's, computed
    without a MinHash object: its affine32 scheme mixes each hash with MurmurHash3's finaliser, then keeps per
    permutation the least a * h + b modulo 2**32 (numpy's uint32 arithmetic wraps around)."""
    if not len(hashes):
        return b""
    a, b = _permutations(signature.num_perm, signature.seed)
    mixed = _murmur_finaliser(hashes.astype(np.uint32))
    least = (a[:, np.newaxis] * mixed + b[:, np.newaxis]).min(axis=1)  # a row per permutation
    header = _HEADER.pack(signature.seed, -signature.num_perm, _AFFINE32_CODE)
    return header + least.astype("<u4").tobytes()


def _murmur_finaliser(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (fmix32), as datasketch applies it before its affine32 permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash_values(data: bytes) -> np.ndarray:
    """A serialised signature's values (after its header: seed, -num_perm, scheme), to compare or put into LSH bands."""
    return np.frombuffer(data, dtype="<u4", offset=_HEADER.size)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity two signatures estimate: the share of permutations whose least values agree (as
    datasketch's MinHash.jaccard computes it)."""
    return float(np.count_nonzero(a == b)) / float(len(a))


@lru_cache(maxsize=1)
def _simplified():
    """OpenCC's Traditional-to-Simplified converter (characters and phrases)."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine32 permutations of (num_perm, seed) as datasketch's MinHash draws them (numpy's RandomState:
    odd multipliers, then offsets, modulo 2**32), drawn once per process. Drawn here rather than by a MinHash object,
    so that converting never imports datasketch, and SciPy with it (half a second before the workers start); a test
    compares the signatures with datasketch's."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def repost_note(text: str, signature: Signature) -> tuple[bool, str | None]:
    """Whether the source says it is a repost, and the outlet it names as the original (its first such note)."""
    lines = [stripped for line in text.splitlines() if (stripped := line.strip())]
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
