"""What every labelling function is: a named object that turns a corpus view into spans.

An LF sees the whole corpus at once (:class:`Sentences`) so that it can work vectorised —
one automaton pass, one regex scan — instead of one Python call per token. It returns
:class:`SpanVotes`; the applier turns spans into BIO votes (B on the first token, I on
the rest; a span labelled ``O`` votes O on each of its tokens).
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np


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
            inverse = np.fromiter((index.setdefault(t, len(index)) for t in self.tokens), dtype=np.int64, count=len(self.tokens))
            self.memo["vocab"] = (list(index), inverse)
        return self.memo["vocab"]


class SpanVotes(NamedTuple):
    """Spans an LF votes for: global token positions ``[start, end)``; ``label`` indexes ``lf.labels``."""

    start: np.ndarray
    end: np.ndarray
    label: np.ndarray

    @classmethod
    def empty(cls) -> "SpanVotes":
        z = np.zeros(0, dtype=np.int64)
        return cls(z, z.copy(), z.copy())


class LabelingFunction(ABC):
    """Base of every LF kind.

    Attributes
    ----------
    name : unique name (the column name in the label matrix).
    kind : ``gazetteer``, ``regex``, ``token_regex``, ``python``, ...
    labels : the entity types (or ``"O"``) this LF can vote.
    description : one line for ``wsl lfs list``.
    source : where it was defined (module or file), filled by the registry.
    """

    kind: str = "lf"

    def __init__(self, name: str, labels: tuple[str, ...], description: str = "") -> None:
        if not name or not name.replace("_", "").replace("-", "").replace(".", "").isalnum():
            raise ValueError(f"LF name must be alphanumeric with _ - . : {name!r}")
        self.name = name
        self.labels = tuple(labels)
        self.description = description
        self.source = ""

    @abstractmethod
    def spans(self, sents: Sentences) -> SpanVotes:
        """The spans this LF votes for in ``sents``."""

    @classmethod
    def prepare(cls, lfs: list["LabelingFunction"], sents: Sentences) -> None:
        """Hook: work that all ``lfs`` of this kind about to run on ``sents`` can share.

        The applier calls it once per LF class before applying; results go in
        ``sents.memo``. Must not change any LF's votes, only how fast they come.
        """

    def fingerprint(self) -> str:
        """A hash of everything that determines this LF's votes (the applier's cache key)."""
        h = hashlib.sha1()
        for part in self._fingerprint_parts():
            h.update(repr(part).encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()[:16]

    def _fingerprint_parts(self) -> list:
        return [type(self).__qualname__, self.name, self.labels]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, labels={self.labels})"
