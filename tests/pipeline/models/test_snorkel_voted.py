"""snorkel's voted-type constraint on the HMM's type-drift case."""

from __future__ import annotations

import numpy as np

from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.registry import make_model

from .test_hmm_constraints import TS, _drift_case


def test_snorkel_keeps_lone_votes_on_their_voted_type():
    L, sent, lone_a = _drift_case()
    free = make_model("snorkel", TS, voted_types=False).fit(L, sent)
    assert (decode_bio(free.predict_proba(L, sent), sent, TS)[lone_a] == 0).all()  # lost to O
    m = make_model("snorkel", TS).fit(L, sent)
    probs = m.predict_proba(L, sent)
    assert (decode_bio(probs, sent, TS)[lone_a] == TS.b("A")).all()
    assert (probs[lone_a][:, [0, 3, 4]] == 0).all()  # neither O nor B is possible there
    # tokens without any entity vote keep the class prior
    unvoted = (L < 0).all(axis=1)
    np.testing.assert_allclose(probs[unvoted, 0], np.exp(m.log_prior[0]))
