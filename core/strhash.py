"""Vectorised polynomial string hashing, composable across token boundaries.

``h(a + b) = h(a) * P**len(b) + h(b)`` (mod 2**64, numpy's wrap-around), so the hash of
the concatenation of n consecutive tokens is built from per-token hashes without ever
materialising the n-gram strings. Gazetteer matching compares these 64-bit keys.
"""

from __future__ import annotations

import numpy as np

_P = np.uint64(0x9E3779B97F4A7C15 | 1)


def hash_strings(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hash of each string and ``P**len`` of each string (both uint64)."""
    n = len(strings)
    if n == 0:
        z = np.zeros(0, dtype=np.uint64)
        return z, z.copy()
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=n)
    codes = np.frombuffer("".join(strings).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    maxlen = int(lengths.max()) if n else 0
    powers = np.ones(maxlen + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(1, maxlen + 1):
            powers[k] = powers[k - 1] * _P
        ends = np.cumsum(lengths)
        starts = ends - lengths
        pos = np.arange(len(codes), dtype=np.int64) - np.repeat(starts, lengths)
        expo = np.repeat(lengths, lengths) - 1 - pos
        weighted = (codes + np.uint64(1)) * powers[expo]
        h = np.zeros(n, dtype=np.uint64)
        nz = lengths > 0
        if len(weighted):
            sums = np.add.reduceat(weighted, starts[nz])
            h[nz] = sums
    return h, powers[lengths]


def extend(prefix: np.ndarray, nxt_hash: np.ndarray, nxt_pow: np.ndarray) -> np.ndarray:
    """Hash of ``prefix + next`` from the prefix hash and the next piece's hash and power."""
    with np.errstate(over="ignore"):
        return prefix * nxt_pow + nxt_hash
