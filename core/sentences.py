"""The corpus as labelling functions see it: :class:`Sentences`, built from a corpus by
:func:`sentences_view`, and its :func:`fingerprint` (the LF-cache key of the corpus)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from wsl.core.bio import sentence_starts
from wsl.core.corpus import Corpus


@dataclass(frozen=True)
class Sentences:
    """The corpus as LFs see it.

    Attributes
    ----------
    tokens : list of str
        All tokens, sentences concatenated in corpus order.
    sent_offsets : ndarray of int64, shape (n_sents + 1,)
        Sentence ``s`` holds ``tokens[sent_offsets[s]:sent_offsets[s + 1]]``.
    text : str
        Each sentence's text (original spacing where known, else tokens joined by one
        space), sentences joined by ``"\\n"``; a sentence's own newlines become spaces.
    tok_start, tok_end : ndarray of int64
        Character offsets of each token in ``text``.
    """

    tokens: list[str]
    sent_offsets: np.ndarray
    text: str
    tok_start: np.ndarray
    tok_end: np.ndarray
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def n_tokens(self) -> int:
        return len(self.tokens)

    @property
    def n_sents(self) -> int:
        return len(self.sent_offsets) - 1

    def sent_of_token(self) -> np.ndarray:
        """Sentence index of every token (computed once)."""
        if "sent" not in self.memo:
            lengths = np.diff(self.sent_offsets)
            self.memo["sent"] = np.repeat(np.arange(self.n_sents, dtype=np.int64), lengths)
        return self.memo["sent"]

    def vocab(self) -> tuple[list[str], np.ndarray]:
        """Distinct tokens and, per token, its index in them (computed once, shared by LFs).

        LFs that work per distinct token (regexes on token shape, gazetteer keys) call
        this instead of looping over all tokens.
        """
        if "vocab" not in self.memo:
            index: dict[str, int] = {}
            inverse = np.fromiter(
                (index.setdefault(t, len(index)) for t in self.tokens),
                dtype=np.int64,
                count=len(self.tokens),
            )
            self.memo["vocab"] = (list(index), inverse)
        return self.memo["vocab"]


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
    first = sentence_starts(sent)
    last = np.ones(n, dtype=bool)
    last[:-1] = first[1:]
    s_first = np.flatnonzero(first)
    s_last = np.flatnonzero(last)
    docs = t["doc_id"].to_numpy()[s_first]
    a, b = start[s_first], end[s_last]
    pieces = [
        corpus.texts[d][x:y].replace("\n", " ").replace("\r", " ")
        for d, x, y in zip(docs.tolist(), a.tolist(), b.tolist())
    ]
    lengths = b - a
    base = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    lens = np.diff(np.append(s_first, n))
    shift = np.repeat(base - a, lens)
    offsets = np.append(s_first, n).astype(np.int64)
    return Sentences(
        tokens,
        offsets,
        "\n".join(pieces),
        (start + shift).astype(np.int64),
        (end + shift).astype(np.int64),
    )


def fingerprint(sents: Sentences) -> str:
    """A hash of the corpus as LFs see it (text, token offsets, sentence bounds)."""
    h = hashlib.sha1(sents.text.encode("utf-8", "surrogatepass"))
    for arr in (sents.sent_offsets, sents.tok_start, sents.tok_end):
        h.update(np.ascontiguousarray(arr, dtype=np.int64).tobytes())
    return h.hexdigest()[:20]
