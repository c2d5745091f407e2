"""An LF that resolves overlaps between several gazetteers' matches: the longest name wins."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from wsl.core.sentences import Sentences
from wsl.lfs.base import LabelingFunction, SpanVotes
from wsl.lfs.gazetteer import GazetteerLF


class LongestMatchLF(LabelingFunction):
    """Votes, among the matches of several gazetteer LFs, only those no longer match overlaps.

    Separate lists vote independently, so a long entry of one type (``Unix-like operating
    systems``, ``Windows API``) and a shorter entry of another type inside it (``operating
    systems``, ``Windows``) tie under a vote. This LF resolves such overlaps across lists:
    longer matches (in tokens) first, then the earlier list in ``parts``, then the leftmost;
    its vote breaks the tie in favour of the longest name.
    """

    kind = "gazetteer"

    def __init__(self, name: str, parts: Sequence[GazetteerLF], description: str = "") -> None:
        labels = tuple(sorted({lf.default_label or "" for lf in parts} - {""}))
        super().__init__(name, labels, description)
        self.parts = tuple(parts)

    def _fingerprint_parts(self) -> list:
        # /2: columns cached by /1 may have been computed from another group's shared n-gram
        # candidates (see GazetteerLF.prepare) and must not be reused
        return ["LongestMatchLF/2", self.name, self.labels] + [
            lf.fingerprint() for lf in self.parts
        ]

    def spans(self, sents: Sentences) -> SpanVotes:
        starts, ends, labs, prio = [], [], [], []
        for rank, lf in enumerate(self.parts):
            v = lf.spans(sents)
            if len(v.start) == 0:
                continue
            lab_idx = np.array([self.labels.index(lab) for lab in lf.labels], dtype=np.int64)
            starts.append(v.start)
            ends.append(v.end)
            labs.append(lab_idx[v.label])
            prio.append(np.full(len(v.start), rank, dtype=np.int64))
        if not starts:
            return SpanVotes.empty()
        s, e, lab, pr = (np.concatenate(x) for x in (starts, ends, labs, prio))
        order = np.lexsort((s, pr, -(e - s)))  # longest, then list priority, then leftmost
        taken = np.zeros(sents.n_tokens + 1, dtype=bool)
        keep = []
        for k in order.tolist():
            a, b = int(s[k]), int(e[k])
            if not taken[a:b].any():
                taken[a:b] = True
                keep.append(k)
        keep_arr = np.array(sorted(keep, key=lambda k: s[k]), dtype=np.int64)
        return SpanVotes(s[keep_arr], e[keep_arr], lab[keep_arr])
