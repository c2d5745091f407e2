"""Span-level scoring: exact-match precision, recall and F1, micro, macro and per type.

Spans are compared as sets of ``(sent_id, start, end, label)`` (``end`` exclusive), the
strict CoNLL criterion: a predicted span counts only if boundaries and type both match.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

from wsl.core.tags import TagSet

Span = tuple[int, int, int, str]


@dataclass
class PRF:
    """True-positive, false-positive and false-negative counts with derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        """Pooled counts (micro-averaging over folds or files)."""
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float]:
        return {
            "p": self.precision,
            "r": self.recall,
            "f": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class SpanScores:
    """Result of :func:`score_spans`: micro counts and per-type counts."""

    micro: PRF
    per_type: dict[str, PRF] = field(default_factory=dict)

    @property
    def macro_f1(self) -> float:
        vals = [s.f1 for s in self.per_type.values()]
        return sum(vals) / len(vals) if vals else 0.0

    @property
    def macro_p(self) -> float:
        vals = [s.precision for s in self.per_type.values()]
        return sum(vals) / len(vals) if vals else 0.0

    @property
    def macro_r(self) -> float:
        vals = [s.recall for s in self.per_type.values()]
        return sum(vals) / len(vals) if vals else 0.0

    def as_dict(self) -> dict:
        """Flat, predictable keys (``ents_p``, ``ents_r``, ``ents_f``, ``ents_per_type``)."""
        return {
            "ents_p": self.micro.precision,
            "ents_r": self.micro.recall,
            "ents_f": self.micro.f1,
            "ents_macro_p": self.macro_p,
            "ents_macro_r": self.macro_r,
            "ents_macro_f": self.macro_f1,
            "ents_tp": self.micro.tp,
            "ents_fp": self.micro.fp,
            "ents_fn": self.micro.fn,
            "ents_per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
        }


def score_spans(gold: Iterable[Span], pred: Iterable[Span]) -> SpanScores:
    """Score predicted spans against gold spans by exact match.

    Parameters
    ----------
    gold, pred : iterable of (sent_id, start, end, label)

    Returns
    -------
    SpanScores
        Micro counts over all spans and counts per label (every label seen in gold or pred).
    """
    gold_set = set(map(tuple, gold))
    pred_set = set(map(tuple, pred))
    per_type: dict[str, PRF] = defaultdict(PRF)
    for s in pred_set:
        if s in gold_set:
            per_type[s[3]].tp += 1
        else:
            per_type[s[3]].fp += 1
    for s in gold_set - pred_set:
        per_type[s[3]].fn += 1
    micro = sum(per_type.values(), PRF())
    # sorted: macro averages then sum in one order, the same bits on every run
    return SpanScores(micro=micro, per_type=dict(sorted(per_type.items())))


def span_tuples(
    starts: np.ndarray, ends: np.ndarray, types: np.ndarray, sent_index: np.ndarray, tagset: TagSet
) -> list[tuple[int, int, int, str]]:
    """Spans as ``(sentence index, start, end, label)`` tuples for :func:`score_spans`.

    ``start``/``end`` are global token positions, so the tuples are unique across the corpus.
    """
    names = np.asarray(tagset.types, dtype=object)
    return list(
        zip(sent_index[starts].tolist(), starts.tolist(), ends.tolist(), names[types].tolist())
    )
