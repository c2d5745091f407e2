"""Blocker lists: strings the user's labelled data says are rarely entities.

A gazetteer LF votes a string's type wherever it occurs; a generic LF does the same for
``process`` or ``Windows`` although the user's gold labels them only one time in ten. A
:class:`BlockerLF` holds such strings (``wsl gazetteer mine`` writes them from the label
rates it measures). It votes ``O`` on its matches like a negative gazetteer, and the applier
also takes away every lower-ranked LF's span whose exact string is on the list (see
:func:`wsl.pipeline.apply.apply_blockers`). Only exact strings are blocked: ``process``
on the list leaves a ``process control block`` span alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np

from wsl.core.sentences import Sentences
from wsl.lfs.gazetteer import GazetteerLF, _lookup

SUFFIXES = (".blockers.txt", ".blockers.cased.txt")


def is_blocker_file(path: Path) -> bool:
    """Whether a gazetteer file name marks a blocker list (``*.blockers[.cased].txt``)."""
    return path.name.endswith(SUFFIXES)


class BlockerLF(GazetteerLF):
    """A negative gazetteer whose strings are also blocked for lower-ranked LFs."""

    kind = "blocker"
    ranked = True

    def __init__(
        self,
        name: str,
        entries: Iterable[str] = (),
        case_sensitive: bool = True,
        description: str = "",
        paths: Iterable[str | Path] = (),
    ) -> None:
        super().__init__(
            name,
            entries,
            label="O",
            case_sensitive=case_sensitive,
            description=description,
            paths=paths,
            labels=["O"],
        )

    def blocks(self, sents: Sentences, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """Boolean per span ``[start, end)``: is its string on the list (as this LF matches)?"""
        hashes, _, max_n = self._table
        out = np.zeros(len(start), dtype=bool)
        if len(hashes) == 0 or len(start) == 0:
            return out
        length = end - start
        for k, acc, valid in self._ngrams(sents, max_n):
            sel = np.flatnonzero(length == k)
            if len(sel):
                out[sel] = (_lookup(hashes, *self._buckets, acc[start[sel]]) >= 0) & valid[
                    start[sel]
                ]
        return out
