"""Fixtures shared by the LF tests."""

from __future__ import annotations

import pytest

from wsl.core.sentences import sentences_view
from wsl.lfs.base import LabelingFunction
from wsl.pipeline.readers import corpus_from_texts


def _voted(lf: LabelingFunction, *texts: str) -> list[tuple[str, str]]:
    """(span text, label) of every span ``lf`` votes on ``texts`` (one document each),
    tokenised by wsl's tokenizer as raw text is."""
    sents = sentences_view(corpus_from_texts(list(texts), "test"))
    v = lf.spans(sents)
    return [
        (" ".join(sents.tokens[a:b]), lf.labels[k])
        for a, b, k in zip(v.start.tolist(), v.end.tolist(), v.label.tolist())
    ]


@pytest.fixture
def voted():
    """The spans an LF votes on raw texts: ``voted(lf, *texts)`` (see :func:`_voted`)."""
    return _voted
