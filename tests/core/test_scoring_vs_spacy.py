"""wsl's span scorer agrees with spaCy's ``Scorer.score_spans`` (the established reference)."""

from __future__ import annotations

import pytest
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.vocab import Vocab

from wsl.core.scoring import score_spans

WORDS = [
    ["We", "use", "Visual", "Studio", "Code", "on", "Linux", "."],
    ["Python", "3", "and", "Rust", "are", "fast"],
    ["GPL", "code"],
]
GOLD = [
    (0, 2, 5, "Application"),
    (0, 6, 7, "Application"),
    (1, 0, 2, "Language"),
    (1, 3, 4, "Language"),
    (2, 0, 1, "License"),
]
PRED = [
    (0, 2, 4, "Application"),
    (0, 6, 7, "Operating_System"),
    (1, 0, 2, "Language"),
    (1, 3, 4, "Language"),
    (2, 1, 2, "License"),
]


def _doc(vocab: Vocab, i: int, spans: list[tuple]) -> Doc:
    doc = Doc(vocab, words=WORDS[i])
    doc.ents = [Span(doc, a, b, label=lab) for s, a, b, lab in spans if s == i]
    return doc


def test_score_spans_matches_spacy_scorer():
    vocab = Vocab()
    examples = [Example(_doc(vocab, i, PRED), _doc(vocab, i, GOLD)) for i in range(len(WORDS))]
    ref = Scorer.score_spans(examples, "ents")
    ours = score_spans(GOLD, PRED)
    assert ours.micro.precision == pytest.approx(ref["ents_p"]) == pytest.approx(2 / 5)
    assert ours.micro.recall == pytest.approx(ref["ents_r"]) == pytest.approx(2 / 5)
    assert ours.micro.f1 == pytest.approx(ref["ents_f"])
    for label, prf in ref["ents_per_type"].items():
        assert ours.per_type[label].precision == pytest.approx(prf["p"])
        assert ours.per_type[label].recall == pytest.approx(prf["r"])
        assert ours.per_type[label].f1 == pytest.approx(prf["f"])
