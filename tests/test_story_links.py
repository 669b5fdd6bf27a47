import numpy as np
import pytest

from build_scripts.story_links import bucket_pairs, lsh_bands, lsh_buckets
from build_scripts.storyprint import minhash_bytes, minhash_values, shingle_hashes


@pytest.mark.parametrize("num_perm", [32, 128, 256])
def test_the_lsh_bands_are_datasketchs(num_perm):
    """The bands and rows are those datasketch's MinHashLSH chooses (it integrates with SciPy, we exactly)."""
    from datasketch.lsh import _optimal_param

    for threshold in np.arange(0.05, 0.96, 0.05):
        assert lsh_bands(float(threshold), num_perm) == _optimal_param(float(threshold), num_perm, 0.5, 0.5), threshold


def test_the_buckets_pair_what_datasketchs_lsh_pairs(settings):
    from datasketch import LeanMinHash, MinHashLSH

    signature = settings.stories.signature
    texts = {
        f"a{k}": [f"w{i}" for i in range(start, start + 200)] for k, start in enumerate((0, 20, 60, 150, 400, 410))
    }
    minhashes = {
        key: minhash_values(minhash_bytes(shingle_hashes(words, 5), signature)) for key, words in texts.items()
    }
    ours = bucket_pairs(lsh_buckets(minhashes, *lsh_bands(0.15, signature.num_perm)), 100, 5)
    lsh = MinHashLSH(threshold=0.15, num_perm=signature.num_perm)
    for key, values in minhashes.items():
        lean = LeanMinHash(seed=signature.seed, hashvalues=values.astype(np.uint32), scheme="affine32")
        lsh.insert(key, lean)
    theirs = {
        (a, b)
        for a in minhashes
        for b in lsh.query(
            LeanMinHash(seed=signature.seed, hashvalues=minhashes[a].astype(np.uint32), scheme="affine32")
        )
        if a < b
    }
    assert ours == theirs and ("a0", "a1") in ours and ("a4", "a5") in ours and ("a0", "a4") not in ours
