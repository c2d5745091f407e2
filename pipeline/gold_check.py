"""Use a gold sample only where held-out gold says it helps.

A semi-supervised fit (:meth:`~wsl.pipeline.models.base.LabelModel.fit` with ``gold``) moves
every LF's estimated confusion towards what the sample shows. Where the sample's schema bends
the types (the seed's ``Erlang`` is ``Operating_System``, the shipped lists vote
``Language``), that is worth 30 points of F1; where the LFs already follow the sample's
convention, it only moves the estimates by the sample's noise, and held-out F1 drifts by a
few spans either way. :func:`checked_fit` therefore cross-validates the two fits on the
sample: the sample's sentences are dealt into ``FOLDS`` parts; for each fold a semi-supervised
model is fitted on the run's votes plus the other folds, and it and one unsupervised model
label the fold's sentences. Per sentence, the semi-supervised labels are *better* when they
get more spans right net of wrong ones (``tp - (fp + fn) / 2``), *worse* when fewer. The
semi-supervised model is kept only when better sentences outnumber worse ones beyond chance
(a one-sided sign test at ``ALPHA``); else the unsupervised model is the run's model, and
the check is recorded on it either way (:attr:`LabelModel.gold_check`). LFs mined from the
sample itself (:func:`mined_from`) vote on its sentences what they memorised, so the check
leaves them out (``GoldSample.blind``) and judges the sample on the other LFs.
"""

from __future__ import annotations

import copy
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from wsl.core.bio import sentence_starts, spans_from_ids
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.sentences import fingerprint, sentences_view
from wsl.lfs.base import LabelingFunction
from wsl.lfs.gazetteer import GazetteerLF, header_field
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.base import LabelModel

FOLDS = 2
ALPHA = 0.05

log = logging.getLogger(__name__)


@dataclass
class GoldSample:
    """A labelled sample to fit the label model semi-supervised: its LF votes (same columns as
    the run's), sentence ids (non-decreasing) and gold tag ids (``-1`` = unknown)."""

    L: np.ndarray
    sent_ids: np.ndarray
    gold: np.ndarray
    check: bool = True  # False: trusted, used without the held-out check
    blind: tuple[int, ...] = ()  # LF columns mined from this sample: the check leaves them out

    @property
    def n_sents(self) -> int:
        return len(np.unique(self.sent_ids))

    def rows(self, keep: np.ndarray) -> "GoldSample":
        """The sample restricted to the token rows ``keep`` (a boolean mask)."""
        return GoldSample(
            self.L[keep], self.sent_ids[keep], self.gold[keep], self.check, self.blind
        )


def _mined_keys(lf: LabelingFunction) -> list[str]:
    """Fingerprints of the labelled corpora ``lf`` was mined from: a gazetteer's ``# corpus:``
    headers, a tagger's ``corpus_key``."""
    if isinstance(lf, GazetteerLF):
        return [header_field(p, "corpus") for p in lf.paths]
    return [getattr(lf, "corpus_key", "")]


def mined_from(corpus: Corpus, lfs: Sequence[LabelingFunction]) -> list[int]:
    """Positions in ``lfs`` of the LFs mined from ``corpus`` itself (gazetteers and taggers
    that ``wsl gazetteer mine`` wrote from it, as its fingerprint says): on its sentences they
    vote what they memorised, so no held-out fold of it can judge them."""
    key = fingerprint(sentences_view(corpus))
    return [i for i, lf in enumerate(lfs) if key in _mined_keys(lf)]


def _without(L: np.ndarray, columns: tuple[int, ...]) -> np.ndarray:
    """``L`` with ``columns`` abstaining everywhere."""
    if not columns:
        return L
    out = L.copy()
    out[:, list(columns)] = -1
    return out


def sign_test(better: int, worse: int) -> float:
    """One-sided sign-test p-value of ``better`` successes in ``better + worse`` fair trials."""
    n = better + worse
    if n == 0:
        return 1.0
    return sum(math.comb(n, i) for i in range(better, n + 1)) / (1 << n)


def sentence_scores(pred: np.ndarray, gold: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
    """Per sentence (in order of first appearance): ``tp - (fp + fn) / 2`` of the predicted
    tag ids' spans against the gold's (strict: boundaries and type)."""
    starts = sentence_starts(sent_ids)
    sent_no = np.cumsum(starts) - 1
    n_sents = int(sent_no[-1]) + 1 if len(sent_no) else 0

    def keyed(ids: np.ndarray) -> tuple[set, np.ndarray]:
        a, b, k = spans_from_ids(ids, starts)
        counts = np.bincount(sent_no[a], minlength=n_sents) if len(a) else np.zeros(n_sents)
        return set(zip(a.tolist(), b.tolist(), k.tolist())), counts

    p_set, n_pred = keyed(pred)
    g_set, n_gold = keyed(gold)
    hits = [a for a, _, _ in p_set & g_set]
    tp = np.bincount(sent_no[hits], minlength=n_sents) if hits else np.zeros(n_sents)
    return tp - ((n_pred - tp) + (n_gold - tp)) / 2.0


def with_gold_sample(
    L: np.ndarray, sent_ids: np.ndarray, sample: GoldSample
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(votes, sentence ids, gold) of the run's tokens (gold unknown) followed by the sample's."""
    if sample.L.shape[1] != L.shape[1]:
        raise WslError(f"gold sample has {sample.L.shape[1]} LF columns, the run has {L.shape[1]}")
    shift = (int(sent_ids.max()) + 1) if len(sent_ids) else 0
    s_ids = np.asarray(sample.sent_ids)
    s_ids = s_ids - (int(s_ids.min()) if len(s_ids) else 0) + shift
    return (
        np.concatenate([L, sample.L.astype(L.dtype, copy=False)]),
        np.concatenate([sent_ids, s_ids]),
        np.concatenate([np.full(len(sent_ids), -1, dtype=np.int64), sample.gold]),
    )


def _labels(lm: LabelModel, part: GoldSample) -> np.ndarray:
    return decode_bio(lm.predict_proba(part.L, part.sent_ids), part.sent_ids, lm.tagset)


def checked_fit(
    lm: LabelModel,
    L: np.ndarray,
    sent_ids: np.ndarray,
    sample: GoldSample,
) -> LabelModel:
    """Fit ``lm`` (unfitted, with ``uses_gold``) semi-supervised on ``L`` plus ``sample``, or
    on ``L`` alone when cross-validation on the sample does not show the gold helping.

    Parameters
    ----------
    lm : an unfitted label model that uses gold (left unfitted when the gold is not used)
    L, sent_ids : the run's votes to fit on (its fit sample) and their sentence ids
    sample : the gold sample (votes from the same LF columns, sentence ids, gold tag ids);
        its sentences are dealt round robin into ``FOLDS`` parts, and the semi-supervised fit
        is kept when the sign test's p-value is below ``ALPHA``. Its ``blind`` columns (LFs
        mined from the sample, which vote on it what they memorised) abstain in the check's
        fits, so the check judges the sample on the other LFs; the final fit has them all.

    Returns
    -------
    The fitted model (``lm``, or an unsupervised copy of it) with ``gold_check`` set to
    ``{"sentences", "better", "worse", "p", "used"}`` (and ``"unjudged"``, the number of
    blind columns, when there are any; ``gold_tokens`` is 0 when unused). A sample with
    ``check`` off (``--trust-gold-sample``) is used as it is, ``gold_check`` left ``None``.
    """
    if not sample.check:
        return lm.fit(*with_gold_sample(L, sent_ids, sample))
    starts = sentence_starts(sample.sent_ids)
    sent_no = np.cumsum(starts) - 1
    n_sents = int(sent_no[-1]) + 1 if len(sent_no) else 0
    seen_L = _without(L, sample.blind)
    seen = GoldSample(_without(sample.L, sample.blind), sample.sent_ids, sample.gold)
    unsup = copy.deepcopy(lm).fit(seen_L, sent_ids)
    better = worse = 0
    if n_sents >= FOLDS:
        fold = sent_no % FOLDS
        for f in range(FOLDS):
            held = seen.rows(fold == f)
            semi = copy.deepcopy(lm).fit(*with_gold_sample(seen_L, sent_ids, seen.rows(fold != f)))
            diff = sentence_scores(_labels(semi, held), held.gold, held.sent_ids) - (
                sentence_scores(_labels(unsup, held), held.gold, held.sent_ids)
            )
            better += int((diff > 0).sum())
            worse += int((diff < 0).sum())
    p = sign_test(better, worse)
    used = p < ALPHA
    if used:
        lm.fit(*with_gold_sample(L, sent_ids, sample))
    elif sample.blind:  # the unsupervised model of the check did not see the blind columns
        lm = copy.deepcopy(lm).fit(L, sent_ids)
    else:
        lm = unsup
    lm.gold_check = {
        "sentences": n_sents,
        "better": better,
        "worse": worse,
        "p": float(f"{p:.4g}"),
        "used": bool(used),
        **({"unjudged": len(sample.blind)} if sample.blind else {}),
    }
    if used:
        log.info("%s", describe_check(lm.gold_check))
    else:
        log.warning("%s; the model is fitted on the LF votes alone", describe_check(lm.gold_check))
    return lm


def describe_check(check: dict) -> str:
    """One line for the user: was the gold sample used, and on what evidence."""
    verdict = "used" if check["used"] else "not used"
    blind = check.get("unjudged", 0)
    return (
        f"gold sample {verdict}: held out in {FOLDS} folds, the semi-supervised fit labelled "
        f"{check['better']} of its {check['sentences']:,} sentences better and "
        f"{check['worse']} worse than the unsupervised fit (sign test p = {check['p']:.3g}, "
        f"used when below {ALPHA}"
        + (f"; without the {blind} LF{'s' * (blind != 1)} mined from the sample" if blind else "")
        + ")"
    )
