"""The main job as a library call: LF votes → label model → probabilistic BIO labels.

``label_corpus`` applies LFs (or takes a precomputed matrix), fits or loads a label model,
decodes valid BIO with constrained Viterbi and extracts spans with confidences. It returns
data; writing is :mod:`wsl.pipeline.writers`' job and printing the CLI's.
"""

from __future__ import annotations

import copy
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.lfs.base import LabelingFunction
from wsl.pipeline.apply import apply_lfs
from wsl.pipeline.cache import ColumnCache
from wsl.pipeline.decode import decode_bio, drop_low_spans, extract_spans
from wsl.pipeline.doc_lfs import (
    DOC_LF_NAMES,
    abstaining_columns,
    doc_groups,
    doc_lf_columns,
    has_doc_lfs,
)
from wsl.pipeline.fit_sample import sample_votes
from wsl.pipeline.gold_check import GoldSample, checked_fit, mined_from
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.registry import load_model, make_model

log = logging.getLogger(__name__)


@dataclass
class LabelResult:
    """Everything one labelling run produced, in corpus row order.

    Attributes
    ----------
    L, lf_names : the label matrix and its column names.
    probs : (n_tokens, n_tags) tag marginals of the label model.
    ids : decoded valid BIO tag ids (spans under the threshold set to O).
    spans : ``sent_id, start, end, label, prob`` of the decoded entities.
    model : the fitted (or loaded) label model.
    """

    L: np.ndarray
    lf_names: list[str]
    probs: np.ndarray
    ids: np.ndarray
    spans: pl.DataFrame
    model: LabelModel
    seconds: dict[str, float] = field(default_factory=dict)

    def pred_probs(self) -> np.ndarray:
        """Per token, the marginal of its decoded tag."""
        return self.probs[np.arange(len(self.ids)), self.ids.astype(np.int64)]

    def table(self, corpus: Corpus) -> pl.DataFrame:
        """The token table plus ``pred`` (tag) and ``prob`` (marginal of that tag) columns."""
        tags = corpus.tagset.tags
        return corpus.table.with_columns(
            pl.Series("pred", [tags[i] for i in self.ids]), pl.Series("prob", self.pred_probs())
        )


def gold_sample_of(
    sample: Corpus,
    lfs: Sequence[LabelingFunction],
    jobs: int = 1,
    cache: ColumnCache | None = None,
    check: bool = True,
) -> GoldSample:
    """The votes of ``lfs`` on a gold-labelled corpus (same schema as the run) and its gold;
    ``check`` False: trusted, used without the held-out check. LFs mined from this very
    sample are named in a warning and left out of the check (``blind``): on its sentences
    they vote what they memorised."""
    if not sample.has_gold:
        raise WslError("the gold sample has no gold tags", sample.source)
    applied = apply_lfs(sample, lfs, jobs=jobs, cache=cache)
    gold = sample.gold_ids().astype(np.int64)
    blind = tuple(mined_from(sample, lfs)) if check else ()
    if blind:
        names = [lfs[i].name for i in blind]
        log.warning(
            "%s: %s mined from this gold sample: on its sentences they vote what they "
            "memorised, so the held-out check judges the sample without them",
            sample.source,
            ", ".join(names[:3])
            + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            + (" was" if len(names) == 1 else " were"),
        )
    return GoldSample(applied.L, sample.sent_ids(), gold, check, blind)


def fit_new(
    lm: LabelModel, L: np.ndarray, sent_ids: np.ndarray, gold_sample: GoldSample | None = None
) -> LabelModel:
    """``lm`` fitted on a fit sample's votes, followed by ``gold_sample`` clamped to its gold
    when the model uses gold and the sample's held-out check says it helps
    (:func:`~wsl.pipeline.gold_check.checked_fit`; the model returned may then be a copy); a
    model that does not use gold is fitted on the votes alone (its callers warn once per
    run)."""
    if gold_sample is None or not lm.uses_gold:
        return lm.fit(L, sent_ids)
    return checked_fit(lm, L, sent_ids, gold_sample)


def fit_or_load(
    model: str | LabelModel,
    corpus: Corpus,
    L: np.ndarray,
    seed: int = 0,
    load: Path | None = None,
    lf_names: list[str] | None = None,
    gold_sample: GoldSample | None = None,
    row_offset: int = 0,
    source: str | None = None,
) -> tuple[LabelModel, np.ndarray]:
    """The label model for this run and the tag marginals of ``L``.

    ``model`` is a name (a new model is fitted on ``L``, unsupervised), an unfitted model
    (fitted on ``L``) or a fitted one (used as it is); ``load`` reads a saved model instead.
    A new model is fitted on the seeded fit sample of :mod:`wsl.pipeline.fit_sample` (all of
    a corpus under 100k tokens), the very sample a sharded run of the same input fits on.
    A fitted or loaded model is checked against the run's types and LFs. With
    ``gold_sample``, a new model is fitted on ``L`` followed by the sample, the sample's tokens
    clamped to their gold tags (semi-supervised; models without ``uses_gold`` ignore it).
    ``source`` names a model file already loaded (for messages).
    """
    sent_ids = corpus.sent_ids()
    source = str(load) if load is not None else source
    if load is not None:
        lm = load_model(load)
    elif isinstance(model, LabelModel):
        lm = model
    else:
        lm = make_model(str(model), corpus.tagset, seed=seed)
    if lm.n_lfs is None:
        lm.lf_names = list(lf_names) if lf_names else None
        lm = fit_new(lm, *sample_votes(corpus, L, seed), gold_sample)
        return lm, lm.predict_proba(L, sent_ids, row_offset=row_offset)
    if gold_sample is not None:
        raise WslError("a gold sample needs a model to fit, not a fitted or loaded one", source)
    if lm.tagset.types != corpus.tagset.types:
        raise WslError(
            f"model was fitted for types {list(lm.tagset.types)}, corpus has "
            f"{list(corpus.tagset.types)}",
            source,
        )
    if has_doc_lfs(lm.lf_names) and not has_doc_lfs(lf_names):
        raise WslError(
            f"model was fitted with the document-level LFs ({', '.join(DOC_LF_NAMES)}), "
            "which this run does not use",
            source,
        )
    if lm.n_lfs != L.shape[1]:
        raise WslError(f"saved model expects {lm.n_lfs} LFs, the run has {L.shape[1]}", source)
    if lm.lf_names and lf_names and list(lm.lf_names) != list(lf_names):
        diff = sorted(set(lm.lf_names) ^ set(lf_names)) or ["(same LFs, different order)"]
        raise WslError(f"saved model was fitted on other LFs: {', '.join(diff[:5])}", source)
    return lm, lm.predict_proba(L, sent_ids, row_offset=row_offset)


def default_model(lfs: Sequence[LabelingFunction] | None) -> str:
    """The label model to use when the user names none: ``priority`` when any LF is
    :attr:`~wsl.lfs.base.LabelingFunction.ranked` (mined bands, taggers, blockers), else ``hmm``.

    Mined bands never overlap, so a vote-counting model cannot weigh them, and a blocker list
    only means something when rank matters (measured on the dev corpus's contiguous 5-fold:
    priority 0.546, mv 0.501, hmm 0.485 with the mined LFs and the shipped suite).
    """
    return "priority" if any(lf.ranked for lf in lfs or []) else "hmm"


def announce_phase(on_phase: Callable[[str], None] | None, name: str, detail: str, *args) -> None:
    """Announce a phase: a log line (seen with -v) and the caller's callback (a progress bar)."""
    log.info("phase %s" + (f": {detail}" if detail else ""), name, *args)
    if on_phase is not None:
        on_phase(name)


def label_corpus(
    corpus: Corpus,
    lfs: Sequence[LabelingFunction] | None = None,
    model: str | LabelModel = "hmm",
    *,
    L: np.ndarray | None = None,
    lf_names: list[str] | None = None,
    load_model: Path | None = None,
    save_model: Path | None = None,
    threshold: float = 0.0,
    seed: int = 0,
    jobs: int = 1,
    cache: ColumnCache | None = None,
    progress: Callable[[str], None] | None = None,
    strict: bool = False,
    on_phase: Callable[[str], None] | None = None,
    gold_sample: GoldSample | None = None,
    row_offset: int = 0,
    doc_lfs: str = "off",
) -> LabelResult:
    """Label ``corpus``: apply ``lfs`` (unless ``L`` is given), fit/load ``model``, decode.

    Parameters
    ----------
    corpus : the tokenised corpus.
    lfs : LFs to apply; ignored when ``L`` (precomputed votes) is passed.
    model : a label model name (see :mod:`wsl.pipeline.models.registry`), or a model object:
        fitted on this run's votes if it is not fitted yet, used as it is if it is.
    load_model, save_model : paths of a saved model to use instead of fitting / to write.
    threshold : spans whose confidence is below it are dropped (their tokens become O).
    strict : an LF that raises (on any sentence) fails the run instead of abstaining there.
    on_phase : called with ``"apply"``, ``"fit"`` and ``"decode"`` as each phase starts.
    row_offset : for a shard of a larger corpus, the corpus row of its first token (see
        :meth:`LabelModel.predict_proba`).
    gold_sample : a labelled sample (its votes from the same LFs) to fit the model
        semi-supervised; see :func:`fit_or_load`.
    doc_lfs : ``auto``, ``on`` or ``off``: whether the document-level LFs
        (:mod:`wsl.pipeline.doc_lfs`) vote from a first pass before the model is fitted
        again on all votes (see :func:`~wsl.pipeline.doc_lfs.doc_groups`). A model fitted
        with them always gets their columns (abstaining where they are off).
    """
    secs: dict[str, float] = {}
    announce_phase(on_phase, "apply", "%d LFs", 0 if L is not None else len(lfs or []))
    t0 = time.perf_counter()
    if L is None:
        if not lfs:
            raise WslError("no labelling functions to apply")
        applied = apply_lfs(corpus, lfs, jobs=jobs, cache=cache, progress=progress, strict=strict)
        L, lf_names = applied.L, applied.lf_names
    secs["apply"] = time.perf_counter() - t0
    announce_phase(
        on_phase, "fit", "label model %s", model if isinstance(model, str) else model.name
    )
    t0 = time.perf_counter()
    model, source, use_doc, groups = _doc_plan(model, load_model, doc_lfs, corpus, lf_names)
    if use_doc:
        lm, probs, L, lf_names = _with_doc_lfs(
            model, corpus, L, lf_names, groups, seed, gold_sample, row_offset, source
        )
    else:
        lm, probs = fit_or_load(
            model, corpus, L, seed, None, lf_names, gold_sample, row_offset, source
        )
    sent_ids = corpus.sent_ids()
    secs["model"] = time.perf_counter() - t0
    announce_phase(on_phase, "decode", "")
    t0 = time.perf_counter()
    ids = decode_bio(probs, sent_ids, corpus.tagset)
    if threshold > 0:
        ids = drop_low_spans(ids, probs, sent_ids, corpus.tagset, threshold)
    spans = extract_spans(ids, probs, sent_ids, corpus.tagset)
    secs["decode"] = time.perf_counter() - t0
    if save_model is not None:
        lm.save(save_model)
    return LabelResult(L, list(lf_names or []), probs, ids, spans, lm, secs)


def _doc_plan(
    model: str | LabelModel,
    load: Path | None,
    mode: str,
    corpus: Corpus,
    lf_names: list[str] | None,
) -> tuple[str | LabelModel, str | None, bool, np.ndarray | None]:
    """(model, the file it was loaded from, whether the document-level LFs take part, their
    documents or ``None``) for :func:`label_corpus`.

    A fitted model decides: one fitted with the document-level LFs gets their columns (all
    abstaining when ``mode`` turns them off), one fitted without them cannot use them.
    """
    source = None
    if load is not None:
        model, source = load_model(load), str(load)
    groups = doc_groups(corpus, mode)
    if has_doc_lfs(lf_names):  # the votes hold their columns already (a relabelling)
        return model, source, False, None
    fitted = isinstance(model, LabelModel) and model.n_lfs is not None
    if fitted and not has_doc_lfs(model.lf_names):
        if mode == "on":
            raise WslError(
                "model was fitted without the document-level LFs: refit it with --doc-lfs on, "
                "or use --doc-lfs off",
                source,
            )
        return model, source, False, None
    return model, source, fitted or groups is not None, groups


def _with_doc_lfs(
    model: str | LabelModel,
    corpus: Corpus,
    L: np.ndarray,
    lf_names: list[str] | None,
    groups: np.ndarray | None,
    seed: int,
    gold_sample: GoldSample | None,
    row_offset: int,
    source: str | None,
) -> tuple[LabelModel, np.ndarray, np.ndarray, list[str]]:
    """Two passes: the model on ``L``, the document-level LFs' columns from its decoded
    spans, the model again on ``L`` plus them. Returns (model, marginals, votes, LF names).

    A model to fit is fitted afresh in pass 2 (the gold sample's tokens get abstaining
    columns: a gold file is no document); a fitted one (made with these LFs) runs pass 1
    with their columns abstaining. When the LFs find nothing to vote on, a fitted-here
    model stays the pass-1 model on ``L`` alone, so the labels are those of one pass.
    """
    fitted = isinstance(model, LabelModel) and model.n_lfs is not None
    fresh = model
    if not fitted:  # pass 2 fits a new model, told which columns copy pass 1
        if isinstance(model, str):
            fresh = make_model(model, corpus.tagset, seed=seed)
        else:
            fresh = copy.deepcopy(model)
        fresh.derived_lfs = frozenset(DOC_LF_NAMES)
    names = [*(lf_names or []), *DOC_LF_NAMES]
    pad = abstaining_columns(len(L))
    L1, names1 = (np.hstack([L, pad]), names) if fitted else (L, lf_names)
    lm, probs = fit_or_load(model, corpus, L1, seed, None, names1, gold_sample, row_offset, source)
    if groups is None:
        return lm, probs, L1, list(names1 or [])
    sent_ids = corpus.sent_ids()
    ids = decode_bio(probs, sent_ids, corpus.tagset)
    D = doc_lf_columns(corpus.table["token"], sent_ids, groups, ids, probs)
    log.info("document-level LFs: %s votes", ", ".join(str(int((c >= 0).sum())) for c in D.T))
    if not fitted and not (D >= 0).any():
        return lm, probs, L, list(lf_names or [])
    L2 = np.hstack([L, D.astype(L.dtype)])
    sample = None
    if gold_sample is not None:
        pad_s = abstaining_columns(len(gold_sample.L)).astype(gold_sample.L.dtype)
        sample = GoldSample(
            np.hstack([gold_sample.L, pad_s]), gold_sample.sent_ids, gold_sample.gold
        )
    lm, probs = fit_or_load(
        lm if fitted else fresh, corpus, L2, seed, None, names, sample, row_offset, source
    )
    return lm, probs, L2, names
