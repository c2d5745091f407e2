"""Corpus statistics: sentences, tokens, documents, entities per type, BIO repairs."""

from __future__ import annotations

import numpy as np

from wsl.core.corpus import Corpus


def corpus_stats(corpus: Corpus) -> dict:
    """Counts describing a corpus (entity counts only when it has gold tags)."""
    out: dict = {
        "source": corpus.source,
        "documents": int(corpus.table["doc_id"].n_unique()) if corpus.n_tokens else 0,
        "sentences": corpus.n_sents,
        "tokens": corpus.n_tokens,
    }
    if corpus.has_gold:
        ids = corpus.gold_ids()
        begins = corpus.tagset.is_begin(ids)
        types = corpus.tagset.tag_type(ids[begins])
        counts = np.bincount(types, minlength=len(corpus.tagset.types))
        out["entities"] = int(counts.sum())
        out["entities_per_type"] = {t: int(c) for t, c in zip(corpus.tagset.types, counts)}
        out["bio_repairs"] = corpus.bio_repairs
    return out
