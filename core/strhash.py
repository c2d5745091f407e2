"""Vectorised polynomial string hashing, composable across token boundaries.

``h(a + b) = h(a) * P**len(b) + h(b)`` (mod 2**64, numpy's wrap-around), so the hash of
the concatenation of n consecutive tokens is built from per-token hashes without ever
materialising the n-gram strings. Gazetteer matching compares these 64-bit keys, and
gazetteer mining counts occurrences with the same keys and windows, so that what is mined
is exactly what a gazetteer of it would match.
"""

from __future__ import annotations

import re
from typing import Iterator

import numpy as np

_P = np.uint64(0x9E3779B97F4A7C15 | 1)

# Whitespace between two letters or digits is kept as one JOINT ("go to" is not "goto", "Game
# Boy" is not "GameBoy"); any other whitespace is dropped ("Node . js" is "Node.js").
JOINT = " "
_SPACES = re.compile(r"\s+")
_NOT_JOINT = re.compile(r"(?<![^\W_]) | (?![^\W_])")
_WORD_CHAR = re.compile(r"[^\W_]")


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


def phrase_key(s: str, case_sensitive: bool = True, normalize: bool = False) -> str:
    """The matching key of a phrase or token: whitespace dropped except one :data:`JOINT`
    between two letters or digits, optionally lower-cased and with ``-``/``_`` taken as
    whitespace (``normalize``: ``merge-sort``, ``merge_sort`` and ``merge sort`` are one
    key)."""
    if normalize:  # '-' and '_' separate like whitespace
        s = s.replace("-", " ").replace("_", " ")
    s = _NOT_JOINT.sub("", _SPACES.sub(" ", s))  # \s as str.isspace; keep word-word joints
    return s if case_sensitive else s.lower()


def phrase_keys(
    strings: list[str], case_sensitive: bool = True, normalize: bool = False
) -> list[str]:
    """:func:`phrase_key` of many strings in one pass over their NUL-joined concatenation."""
    joined = "\x00".join(strings)
    if joined.count("\x00") != max(len(strings) - 1, 0):  # a string holds NUL itself
        return [phrase_key(x, case_sensitive, normalize) for x in strings]
    joined = phrase_key(joined, case_sensitive, normalize)  # NUL is neither space nor cased
    return joined.split("\x00") if strings else []


def _word_edges(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Whether each key starts, and whether it ends, with a letter or digit."""
    starts = np.fromiter((bool(_WORD_CHAR.match(k[:1])) for k in keys), bool, len(keys))
    ends = np.fromiter((bool(_WORD_CHAR.match(k[-1:])) for k in keys), bool, len(keys))
    return starts, ends


def _continuation(
    th: np.ndarray, tp: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The hash and power each token of a running text continues a window with:
    :data:`JOINT` + its key where the previous token's key ends, and this one's starts, with a
    letter or digit (``go`` + ``to`` is ``go to``, as the entry "go to" is keyed; ``Node`` +
    ``.`` + ``js`` is ``Node.js``), else its own key."""
    joint = np.zeros(len(th), dtype=bool)
    joint[1:] = ends[:-1] & starts[1:]
    jh, jp = hash_strings([JOINT])
    with np.errstate(over="ignore"):
        return np.where(joint, jh[0] * tp + th, th), np.where(joint, jp[0] * tp, tp)


def token_hashes(
    keys: list[str], inverse: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per token of a running text: its key's hash and power, and the hash and power it
    continues a window with (:func:`_continuation`). ``keys`` are the tokens' keys, or the
    keys of the distinct tokens with ``inverse`` giving each token's (hashed once each)."""
    th, tp = hash_strings(keys)
    starts, ends = _word_edges(keys)
    if inverse is not None:
        th, tp, starts, ends = th[inverse], tp[inverse], starts[inverse], ends[inverse]
    return (th, tp, *_continuation(th, tp, starts, ends))


def window_hashes(
    tok_hash: np.ndarray,
    tok_pow: np.ndarray,
    sent: np.ndarray,
    max_n: int,
    cont: tuple[np.ndarray, np.ndarray] | None = None,
) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """For ``k = 1..max_n``: the hash of every ``k``-token window and whether it lies in one
    sentence.

    Window ``i`` covers tokens ``i .. i+k-1``; the arrays have ``n - k + 1`` entries. No window
    is longer than the corpus. ``cont``: the hash and power each token continues a window
    with (:func:`token_hashes`); by default its own.
    """
    n = len(tok_hash)
    ch, cp = cont if cont is not None else (tok_hash, tok_pow)
    acc = tok_hash.copy()
    for k in range(1, min(max_n, n) + 1):
        if k > 1:
            acc = extend(acc[:-1], ch[k - 1 :], cp[k - 1 :])
            same = sent[: n - k + 1] == sent[k - 1 :]
        else:
            same = np.ones(n, dtype=bool)
        yield k, acc, same
