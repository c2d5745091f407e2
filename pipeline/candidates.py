"""Candidate spans: every span any LF proposed, scored by the label model's marginals.

The decoded entities are one consistent reading; training a span classifier (spaCy's
``spancat``) or reviewing labels wants the alternatives too. A candidate's ``prob`` is the
mean over its tokens of the marginal of the tag the span needs there (``B-X`` first, ``I-X``
after) — the same confidence the decoded spans carry, so the two are comparable.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.bio import spans_from_ids
from wsl.core.corpus import Corpus
from wsl.core.spans import SPAN_SCHEMA, spans_table


def candidate_spans(corpus: Corpus, L: np.ndarray, probs: np.ndarray) -> pl.DataFrame:
    """Distinct entity spans voted by any LF column of ``L``, with their model confidence.

    Returns a spans table (``sent_id, start, end, label, prob``; token positions within
    the sentence, end exclusive) sorted by position.
    """
    tagset = corpus.tagset
    starts_mask = corpus.sent_starts()
    parts = [
        spans_from_ids(np.where(L[:, j] > 0, L[:, j], 0), starts_mask) for j in range(L.shape[1])
    ]
    if not parts or not sum(len(p[0]) for p in parts):
        return pl.DataFrame(schema=SPAN_SCHEMA)
    s, e, t = (np.concatenate([p[i] for p in parts]) for i in range(3))
    key = np.unique(np.stack([s, e, t], axis=1), axis=0)
    s, e, t = key[:, 0], key[:, 1], key[:, 2]
    b_tag, i_tag = 1 + 2 * t, 2 + 2 * t
    # sum of P(I-X) over tokens s+1 .. e-1 via a cumulative sum per I tag
    cum_i = np.vstack([np.zeros((1, probs.shape[1])), np.cumsum(probs, axis=0)])
    inside = cum_i[e, i_tag] - cum_i[s + 1, i_tag]
    prob = (probs[s, b_tag] + inside) / (e - s)
    return spans_table(s, e, t, corpus.sent_ids(), tagset, prob).sort("sent_id", "start", "end")
