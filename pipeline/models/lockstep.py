"""Walk all sentences in lockstep by position, so sequence algorithms vectorise across sentences.

Sentences are sorted by length, longest first; at position ``t`` the sentences still running
are then a prefix ``0..n_active[t]-1`` of that order, and their tokens' rows in the flat
(all-sentences-concatenated) arrays are ``flat[offsets[t]:offsets[t + 1]]``. Viterbi and
forward-backward loop over positions only (``max_len`` steps), each step a numpy operation
over all running sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wsl.core.bio import sentence_starts


@dataclass(frozen=True)
class Lockstep:
    """Position-major layout of the tokens of many sentences.

    Attributes
    ----------
    flat : ndarray
        Token rows ordered by position, then by sentence (longest sentence first).
    offsets : ndarray
        ``flat[offsets[t]:offsets[t+1]]`` are the rows at position ``t``.
    n_active : ndarray
        Number of sentences at least ``t + 1`` tokens long, per position ``t``.
    """

    flat: np.ndarray
    offsets: np.ndarray
    n_active: np.ndarray

    @property
    def max_len(self) -> int:
        return len(self.n_active)

    def active(self, t: int) -> int:
        """Sentences still running at position ``t`` (0 past the end)."""
        return int(self.n_active[t]) if 0 <= t < self.max_len else 0


def lockstep(sent_ids: np.ndarray) -> Lockstep:
    """Build the lockstep layout from per-token, non-decreasing sentence ids."""
    sent_ids = np.asarray(sent_ids)
    n = len(sent_ids)
    if n == 0:
        z = np.zeros(0, dtype=np.int64)
        return Lockstep(z, np.zeros(1, dtype=np.int64), z)
    first = np.flatnonzero(sentence_starts(sent_ids))
    lengths = np.diff(np.concatenate([first, [n]]))
    order = np.argsort(-lengths, kind="stable")
    first, lengths = first[order], lengths[order]
    max_len = int(lengths[0])
    # n_active[t] = #sentences with length > t (lengths sorted descending)
    n_active = len(lengths) - np.searchsorted(lengths[::-1], np.arange(max_len), side="right")
    offsets = np.concatenate([[0], np.cumsum(n_active)])
    total = int(offsets[-1])
    pos = np.repeat(np.arange(max_len), n_active)
    sent_rank = np.arange(total) - np.repeat(offsets[:-1], n_active)
    flat = first[sent_rank] + pos
    return Lockstep(flat.astype(np.int64), offsets.astype(np.int64), n_active.astype(np.int64))


@dataclass(frozen=True)
class Segments:
    """The pieces of many sentences that forward-backward must visit (see :func:`segments`).

    Attributes
    ----------
    rows : ndarray
        Token rows of the pieces, in the pieces' lockstep order (``lay.flat`` applied).
    lay : Lockstep
        The lockstep layout of the pieces.
    n_entry : int
        Pieces that open on a certain-O token (their first token is not a sentence start).
    n_oo : int
        Adjacent pairs of certain-O tokens in one sentence (in no piece).
    n_first_certain : int
        Sentences whose first token is certain O.
    starts : ndarray
        Row of every sentence's first token.
    """

    rows: np.ndarray
    lay: Lockstep
    n_entry: int
    n_oo: int
    n_first_certain: int
    starts: np.ndarray


def segments(sent_ids: np.ndarray, certain: np.ndarray) -> Segments:
    """Cut sentences at tokens that can only be ``O`` (``certain``): every maximal run of the
    other tokens becomes a piece, with the certain-O token on either side of it that is in
    the same sentence.

    A token known to be in one state splits a chain into independent parts, so the posteriors
    of each piece are those of its whole sentence: forward-backward visits the pieces only
    (a tenth of the tokens of the dev corpus), and a certain token's posterior is ``O``. A
    certain token between two runs ends one piece and opens the next.
    """
    sent_ids = np.asarray(sent_ids)
    certain = np.asarray(certain, dtype=bool)
    n = len(sent_ids)
    first = sentence_starts(sent_ids)
    last = np.ones(n, dtype=bool)
    if n:
        last[:-1] = first[1:]
    free = ~certain
    prev_certain = np.zeros(n, dtype=bool)
    prev_certain[1:] = certain[:-1]
    next_certain = np.zeros(n, dtype=bool)
    next_certain[:-1] = certain[1:]
    run_lo = np.flatnonzero(free & (first | prev_certain))
    run_hi = np.flatnonzero(free & (last | next_certain))
    lo = run_lo - (~first[run_lo])  # the certain token before, when in the sentence
    hi = run_hi + (~last[run_hi])  # and the one after
    lengths = hi - lo + 1
    piece = np.repeat(np.arange(len(lo)), lengths)
    offs = np.concatenate([[0], np.cumsum(lengths)])
    rows = np.arange(int(offs[-1])) - np.repeat(offs[:-1] - lo, lengths)
    lay = lockstep(piece)
    n_oo = int((certain[:-1] & certain[1:] & ~first[1:]).sum()) if n else 0
    return Segments(
        rows[lay.flat].astype(np.int64),
        lay,
        int((~first[run_lo]).sum()),
        n_oo,
        int((certain & first).sum()),
        np.flatnonzero(first),
    )
