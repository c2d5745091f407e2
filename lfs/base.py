"""What every labelling function is: a named object that turns a corpus view into spans.

An LF sees the whole corpus at once (:class:`~wsl.core.sentences.Sentences`) so that it can work vectorised —
one automaton pass, one regex scan — instead of one Python call per token. It returns
:class:`SpanVotes`; the applier turns spans into BIO votes (B on the first token, I on
the rest; a span labelled ``O`` votes O on each of its tokens).
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from typing import NamedTuple

import numpy as np

from wsl.core.sentences import Sentences

__all__ = ["LabelingFunction", "Sentences", "SpanVotes"]


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
