"""Build the :class:`~wsl.lfs.base.Sentences` view that LFs see from a corpus."""

from __future__ import annotations

import hashlib

import numpy as np

from wsl.lfs.base import Sentences
from wsl.pipeline.corpus import Corpus


def sentences_view(corpus: Corpus) -> Sentences:
    """Sentence texts joined by newlines, with every token's offsets in that text.

    Each sentence's text is cut from its document (original spacing); newlines inside a
    sentence become spaces so that ``"\\n"`` only ever separates sentences.
    """
    t = corpus.table
    tokens = t["token"].to_list()
    sent = t["sent_id"].to_numpy().astype(np.int64)
    start = t["start"].to_numpy()
    end = t["end"].to_numpy()
    n = len(tokens)
    if n == 0:
        z = np.zeros(0, np.int64)
        return Sentences([], np.zeros(1, np.int64), "", z, z.copy())
    first = np.ones(n, dtype=bool)
    first[1:] = sent[1:] != sent[:-1]
    last = np.ones(n, dtype=bool)
    last[:-1] = first[1:]
    s_first = np.flatnonzero(first)
    s_last = np.flatnonzero(last)
    docs = t["doc_id"].to_numpy()[s_first]
    a, b = start[s_first], end[s_last]
    pieces = [corpus.texts[d][x:y].replace("\n", " ").replace("\r", " ") for d, x, y in zip(docs.tolist(), a.tolist(), b.tolist())]
    lengths = b - a
    base = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    lens = np.diff(np.append(s_first, n))
    shift = np.repeat(base - a, lens)
    offsets = np.append(s_first, n).astype(np.int64)
    return Sentences(tokens, offsets, "\n".join(pieces), (start + shift).astype(np.int64), (end + shift).astype(np.int64))


def fingerprint(sents: Sentences) -> str:
    """A hash of the corpus as LFs see it (text, token offsets, sentence bounds)."""
    h = hashlib.sha1(sents.text.encode("utf-8", "surrogatepass"))
    for arr in (sents.sent_offsets, sents.tok_start, sents.tok_end):
        h.update(np.ascontiguousarray(arr, dtype=np.int64).tobytes())
    return h.hexdigest()[:20]
