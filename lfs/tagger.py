"""A learned LF: a token classifier over hashed lexical and context features.

Gazetteers mined from labelled data can only find strings seen there. This LF generalises
from the same labels to unseen strings by their shape and context (``X`` in "the X
protocol", a CamelCase token after "using", an ``-itis`` suffix). It is a multinomial
logistic regression over BIO tags; each token is described by ``N_TEMPLATES`` hashed
features (the token, lower case, shape, prefix and suffixes, neighbouring words and shapes,
two word bigrams), so weights are one ``(n_buckets, n_tags)`` matrix and scoring a corpus
is one gather-and-sum. Training lives in :mod:`wsl.pipeline.tagger_train`; this module
only featurises, scores and turns scores into spans, so a saved model is an ordinary LF.

Votes: per token the best of O and each type (B and I probabilities summed); runs of one
type are spans, a new span opening where ``B`` outweighs ``I``. A span is voted only when
its mean type probability reaches ``threshold``, so the LF abstains where it is unsure.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from pathlib import Path

import numpy as np

from wsl.core.bio import sentence_starts, span_runs
from wsl.core.sentences import Sentences
from wsl.lfs.base import LabelingFunction, SpanVotes

N_TEMPLATES = 14
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHAPE = [
    (re.compile("[A-Z]"), "X"),
    (re.compile("[a-z]"), "x"),
    (re.compile("[0-9]"), "d"),
    (re.compile(r"(.)\1{2,}"), r"\1\1"),
]


def word_shape(token: str) -> str:
    """``Node.js`` -> ``Xxx.xx``: letters and digits by class, runs capped at two."""
    for pat, rep in _SHAPE:
        token = pat.sub(rep, token)
    return token


def _crc(strings: list[str]) -> np.ndarray:
    return np.fromiter(
        (zlib.crc32(s.encode("utf-8", "surrogatepass")) for s in strings),
        dtype=np.uint64,
        count=len(strings),
    )


def _bucket(h: np.ndarray, template: int, bits: int) -> np.ndarray:
    """Mix a 64-bit key with its template number into ``bits``-bit bucket indices."""
    with np.errstate(over="ignore"):
        x = (h + np.uint64(template + 1)) * _MIX
        x ^= x >> np.uint64(29)
        x *= _MIX
    return (x >> np.uint64(64 - bits)).astype(np.int32)


def _shifted(values: np.ndarray, sent: np.ndarray, off: int, pad: int) -> np.ndarray:
    """``values`` of the token ``off`` positions away within the sentence, else ``pad``."""
    n = len(values)
    out = np.full(n, pad, dtype=values.dtype)
    if abs(off) >= n:
        return out
    if off > 0:
        same = sent[off:] == sent[:-off]
        out[:-off] = np.where(same, values[off:], pad)
    else:
        same = sent[:off] == sent[-off:]
        out[-off:] = np.where(same, values[:off], pad)
    return out


def featurize(sents: Sentences, bits: int) -> np.ndarray:
    """Bucket index of each feature of each token: int32 ``(n_tokens, N_TEMPLATES)``.

    Per-token features are computed once per distinct token; context features shift those
    arrays within sentences (a sentence edge reads as a padding word), so nothing loops over
    tokens in Python.
    """
    vocab, inv = sents.vocab()
    lower = [t.lower() for t in vocab]
    per_word = [
        _crc(vocab),
        _crc(lower),
        _crc([word_shape(t) for t in vocab]),
        _crc([t[:3] for t in lower]),
        _crc([t[-3:] for t in lower]),
        _crc([t[-2:] for t in lower]),
    ]
    word = [a[inv] for a in per_word]
    sent = sents.sent_of_token()
    pad = np.uint64(0xFFFFFFFFFF)
    low, shape = word[1], word[2]
    left, right = _shifted(low, sent, -1, pad), _shifted(low, sent, 1, pad)
    with np.errstate(over="ignore"):
        keys = word + [
            _shifted(low, sent, -2, pad),
            left,
            right,
            _shifted(low, sent, 2, pad),
            _shifted(shape, sent, -1, pad),
            _shifted(shape, sent, 1, pad),
            left * _MIX + low,
            low * _MIX + right,
        ]
    return np.stack([_bucket(k, j, bits) for j, k in enumerate(keys)], axis=1)


def softmax_scores(
    weights: np.ndarray, bias: np.ndarray, feats: np.ndarray, chunk: int = 20_000
) -> np.ndarray:
    """Class probabilities ``(n_tokens, n_tags)`` of the tokens described by ``feats``."""
    out = np.empty((len(feats), weights.shape[1]), dtype=np.float32)
    for a in range(0, len(feats), chunk):
        z = weights[feats[a : a + chunk]].sum(axis=1) + bias
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        out[a : a + chunk] = z / z.sum(axis=1, keepdims=True)
    return out


def spans_from_probs(
    probs: np.ndarray, sent: np.ndarray, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Spans ``(start, end, type_index, confidence)`` from BIO probabilities (O, B-1, I-1, ...).

    A token belongs to the type (or O) with the highest B+I probability; a run of one type
    is a span, cut where a token's B outweighs its I; spans whose mean type probability is
    below ``threshold`` are dropped.
    """
    n = len(probs)
    if n == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z.copy(), z.copy(), np.zeros(0)
    b, i = probs[:, 1::2], probs[:, 2::2]
    typ = np.concatenate([probs[:, :1], b + i], axis=1)
    best = typ.argmax(axis=1)
    conf = typ[np.arange(n), best]
    row = np.arange(n)
    starts_b = b[row, np.maximum(best - 1, 0)] > i[row, np.maximum(best - 1, 0)]
    ids = np.where(best > 0, 2 * best - starts_b, 0)  # B where B outweighs I, else I
    span_of, first = span_runs(ids, sentence_starts(sent))
    ent = span_of >= 0
    members = span_of[ent]
    length = np.bincount(members, minlength=len(first))
    mean = np.bincount(members, weights=conf[ent], minlength=len(first)) / np.maximum(length, 1)
    keep = mean >= threshold
    return first[keep], (first + length)[keep], best[first][keep] - 1, mean[keep]


class TaggerLF(LabelingFunction):
    """A trained token classifier voting the spans it is confident of (see module docstring).

    Parameters
    ----------
    name : LF name.
    types : the entity types, in the order of the model's B/I columns.
    weights : float32 ``(2 ** bits, 1 + 2 * len(types))`` feature weights.
    bias : float32 ``(1 + 2 * len(types),)``.
    threshold : minimum mean type probability of a voted span.
    """

    kind = "tagger"
    ranked = True

    def __init__(
        self,
        name: str,
        types: tuple[str, ...],
        weights: np.ndarray,
        bias: np.ndarray,
        threshold: float = 0.5,
        description: str = "",
    ) -> None:
        types = tuple(types)
        n_tags = 1 + 2 * len(types)
        bits = int(np.log2(max(len(weights), 1)))
        if weights.ndim != 2 or weights.shape != (2**bits, n_tags) or bias.shape != (n_tags,):
            raise ValueError(
                f"tagger weights {weights.shape} / bias {bias.shape} do not fit {len(types)} "
                f"types ({n_tags} tags, 2**bits rows)"
            )
        super().__init__(name, types, description or f"learned tagger over {len(types)} types")
        self.weights = weights.astype(np.float32, copy=False)
        self.bias = bias.astype(np.float32, copy=False)
        self.bits = bits
        self.threshold = float(threshold)
        self._digest: str | None = None
        # the labelled corpus it was trained on (its fingerprint), when mined: provenance, not
        # configuration (a gold-sample check must not judge a tagger on its own training data)
        self.corpus_key = ""

    def probs(self, sents: Sentences) -> np.ndarray:
        """BIO probabilities per token (columns O, B-type1, I-type1, ...)."""
        return softmax_scores(self.weights, self.bias, featurize(sents, self.bits))

    def spans(self, sents: Sentences) -> SpanVotes:
        if sents.n_tokens == 0:
            return SpanVotes.empty()
        start, end, label, _ = spans_from_probs(
            self.probs(sents), sents.sent_of_token(), self.threshold
        )
        return SpanVotes(start, end, label)

    def _compact(self) -> tuple[np.ndarray, np.ndarray]:
        """The rows training touched and their weights as float16: what a model file stores."""
        rows = np.flatnonzero((self.weights != 0).any(axis=1)).astype(np.int32)
        return rows, self.weights[rows].astype(np.float16)

    @staticmethod
    def _hash(rows: np.ndarray, values: np.ndarray, bias: np.ndarray) -> str:
        return hashlib.sha1(
            rows.tobytes() + values.tobytes() + bias.astype(np.float32).tobytes()
        ).hexdigest()

    def _fingerprint_parts(self) -> list:
        if self._digest is None:  # of the compact form: the same for a model and its saved copy
            self._digest = self._hash(*self._compact(), self.bias)
        return super()._fingerprint_parts() + [self._digest, self.threshold]

    def save(self, path: str | Path) -> None:
        """Write the model as ``.npz`` to a path or open binary file.

        Only rows that training touched are stored, as float16 (about 15 MB for a model
        trained on 300k tokens instead of 100 MB of mostly zeros).
        """
        rows, values = self._compact()
        np.savez_compressed(
            path,
            types=np.array(self.labels),
            bits=np.array(self.bits),
            rows=rows,
            values=values,
            bias=self.bias,
            threshold=np.array(self.threshold),
            **({"corpus": np.array(self.corpus_key)} if self.corpus_key else {}),
        )

    @classmethod
    def load(cls, path: str | Path, name: str | None = None) -> "TaggerLF":
        """Read a model written by :meth:`save`; ``ValueError`` if it is not one."""
        with np.load(path, allow_pickle=False) as z:
            missing = {"types", "bits", "rows", "values", "bias", "threshold"} - set(z.files)
            if missing:
                raise ValueError(f"not a wsl tagger model (missing {', '.join(sorted(missing))})")
            types = tuple(str(t) for t in z["types"])
            bits, rows, values = int(z["bits"]), z["rows"], z["values"]
            if (
                not 1 <= bits <= 22
                or values.shape != (len(rows), 1 + 2 * len(types))
                or (len(rows) and not 0 <= rows.min() <= rows.max() < 2**bits)
            ):
                raise ValueError("corrupt wsl tagger model (rows, values and types disagree)")
            weights = np.zeros((2**bits, values.shape[1]), dtype=np.float32)
            weights[rows] = values
            lf = cls(name or "tagger", types, weights, z["bias"], float(z["threshold"]))
            lf._digest = cls._hash(rows.astype(np.int32), values.astype(np.float16), lf.bias)
            lf.corpus_key = str(z["corpus"]) if "corpus" in z.files else ""
        return lf
