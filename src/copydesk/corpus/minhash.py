"""MinHash signatures of a text's word shingles, and their LSH band keys. Numpy only; deterministic
(no Python ``hash``, which differs between processes), so every worker and engine agrees.

- Tokens: lower-cased runs of letters and digits; a token's hash is its CRC-32 spread to 64 bits.
- Shingles: ``SHINGLE`` consecutive tokens, hashed by a polynomial over the token hashes.
- ``PERMUTATIONS`` hash functions ``(a * x + b) mod 2**64`` (odd ``a``), the top 32 bits kept: the
  multiply-shift family; the signature is the minimum of each over the shingles.
- LSH: ``BANDS`` bands of ``ROWS`` values; two texts are candidates when a band agrees. With 42 bands
  of 3 rows, a pair with Jaccard similarity 0.5 becomes a candidate with probability 0.996, one of
  0.2 with 0.29 (candidates are then checked against their estimated similarity).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SHINGLE = 5
PERMUTATIONS = 126
BANDS = 42
ROWS = 3
_TOKEN = re.compile(r"[^\W_]+")
_SEED = 0x9E3779B97F4A7C15
_MASK = (1 << 64) - 1


def _parameters() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    state = _SEED
    values = []
    for _ in range(2 * PERMUTATIONS):
        state = (state + 0x9E3779B97F4A7C15) & _MASK  # splitmix64: fixed, portable parameters
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        values.append(z ^ (z >> 31))
    a = np.array(values[:PERMUTATIONS], dtype=np.uint64) | np.uint64(1)
    b = np.array(values[PERMUTATIONS:], dtype=np.uint64)
    return a, b


_A, _B = _parameters()


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What deduplication needs of one text: its exact hash, shingle count and MinHash signature."""

    exact: int  # 64-bit hash of the normalised text (tokens joined by spaces)
    shingles: int  # distinct shingles
    signature: npt.NDArray[np.uint32]  # PERMUTATIONS values; all 0xFFFFFFFF for a text without shingles


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def fingerprint(text: str) -> Fingerprint:
    words = tokens(text)
    normalised = " ".join(words).encode("utf-8")
    exact = int.from_bytes(_blake(normalised), "little")
    if not words:
        return Fingerprint(exact, 0, np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32))
    hashes = np.fromiter((zlib.crc32(word.encode("utf-8")) for word in words), dtype=np.uint64, count=len(words))
    hashes = hashes * np.uint64(0x9E3779B97F4A7C15) + np.uint64(0x632BE59BD9B4E019)
    size = min(SHINGLE, len(words))
    shingles = np.zeros(len(words) - size + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):
            shingles = shingles * np.uint64(0x100000001B3) + hashes[k : len(words) - size + 1 + k]
        shingles = np.unique(shingles)
        mixed = np.multiply.outer(shingles, _A) + _B  # wraps modulo 2**64: the multiply-shift family
    signature = (mixed >> np.uint64(32)).astype(np.uint32).min(axis=0)
    return Fingerprint(exact, len(shingles), signature)


def _blake(data: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(data, digest_size=8).digest()


def band_keys(signature: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint64]:
    """One 64-bit key per band: a hash of the band's ``ROWS`` values."""
    rows = signature[: BANDS * ROWS].reshape(BANDS, ROWS).astype(np.uint64)
    key = np.full(BANDS, 0xCBF29CE484222325, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(ROWS):
            key = (key ^ rows[:, column]) * np.uint64(0x100000001B3)
        key = key + np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)  # bands never collide
    return key


def similarity(first: npt.NDArray[np.uint32], second: npt.NDArray[np.uint32]) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(first == second)) / len(first)


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """The share of the smaller set found in the larger, from their Jaccard similarity and sizes:
    a truncated copy is contained in the whole even when their Jaccard similarity is low."""
    if not size_a or not size_b:
        return 0.0
    shared = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, shared / min(size_a, size_b))
