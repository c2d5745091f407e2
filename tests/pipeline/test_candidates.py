"""Candidate spans: every LF-proposed span with the model's mean tag marginal."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.tags import TagSet
from wsl.pipeline.candidates import candidate_spans


def test_candidates_union_of_lf_spans_with_mean_marginal():
    ts = TagSet(("Language", "Application"))
    table, texts = build_table([["Visual", "Studio", "Code"], ["Go"]])
    corpus = Corpus(table=table, tagset=ts, texts=texts)
    B_APP, I_APP, B_LANG = ts.b("Application"), ts.i("Application"), ts.b("Language")
    L = np.array(
        [
            [B_APP, B_APP, -1],
            [I_APP, -1, -1],
            [0, -1, -1],
            [B_LANG, -1, B_LANG],
        ]
    )
    probs = np.full((4, ts.n_tags), 0.0)
    probs[:, 0] = 1.0
    probs[0] = [0.2, 0.0, 0.0, 0.8, 0.0]
    probs[1] = [0.4, 0.0, 0.0, 0.0, 0.6]
    probs[3] = [0.1, 0.9, 0.0, 0.0, 0.0]
    c = candidate_spans(corpus, L, probs)
    rows = [(r["sent_id"], r["start"], r["end"], r["label"]) for r in c.iter_rows(named=True)]
    assert rows == [(0, 0, 1, "Application"), (0, 0, 2, "Application"), (1, 0, 1, "Language")]
    assert c["prob"].to_list() == pytest.approx([0.8, 0.7, 0.9])
