"""The flows behind ``wsl eval`` and ``wsl lfs analyze|errors``, each one library call.

Each reads nothing itself: it takes a corpus with gold tags, selects and applies the LFs
(with the column cache), and returns the data a command renders.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import polars as pl

from wsl.core import __version__
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.eval.analysis import analyze_lfs, summarize_lfs
from wsl.eval.evaluate import evaluate_tags
from wsl.eval.lf_errors import LfErrors, lf_errors
from wsl.lfs.base import LabelingFunction
from wsl.lfs.registry import describe_lfs
from wsl.pipeline.apply import ApplyResult, apply_lfs
from wsl.pipeline.cache import ColumnCache
from wsl.pipeline.doc_lfs import DOC_LF_NAMES, describe_doc_lfs, has_doc_lfs
from wsl.pipeline.label import default_model, gold_sample_of, label_corpus
from wsl.pipeline.label_run import check_trust, read_gold_corpus, select_lfs
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.registry import MODELS
from wsl.pipeline.readers import read_corpus

log = logging.getLogger(__name__)


def _need_gold(corpus: Corpus, message: str) -> None:
    if not corpus.has_gold:
        raise WslError(message, corpus.source)


def _apply(corpus: Corpus, lfs: Sequence[LabelingFunction]) -> ApplyResult:
    return apply_lfs(corpus, lfs, cache=ColumnCache())


def _held_out_sample(corpus: Corpus, sample_path: Path) -> Corpus:
    """The gold sample, read. It must not be the evaluated file, and its sentences should not
    be in it: the model is clamped to them, so scores there are not held out (an error; a
    warning)."""
    if corpus.source and Path(corpus.source).resolve() == sample_path.resolve():
        raise WslError(
            "--gold-sample is the evaluated gold file: the model would be scored on the very "
            "tags it was fitted to; pass a different sample",
            str(sample_path),
        )
    sample = read_gold_corpus(sample_path, corpus.tagset)
    evaluated = set(corpus.sentence_texts())
    shared = sum(t in evaluated for t in sample.sentence_texts())
    if shared:
        log.warning(
            "%s: %d of the gold sample's %d sentences are also in the evaluated file %s; "
            "the scores on them are not held out",
            sample_path,
            shared,
            sample.n_sents,
            corpus.source,
        )
    return sample


def read_predictions(path: Path, corpus: Corpus, tagset: TagSet | None) -> np.ndarray:
    """Tag ids of a predictions file (CoNLL/JSONL, read with ``tagset``) whose tokens line up with
    the gold."""
    p = read_corpus(path, tagset=tagset)
    if not p.has_gold:
        raise WslError("has no tags to evaluate", str(path))
    if p.table["token"].to_list() != corpus.table["token"].to_list():
        raise WslError(
            f"tokens do not line up with the gold file ({p.n_tokens:,} vs {corpus.n_tokens:,} "
            "tokens)",
            str(path),
        )
    return corpus.tagset.encode(p.table["gold"].to_list())


@dataclass
class EvalRun:
    """What ``wsl eval`` shows: the :func:`evaluate_tags` dict, the decoded ids, the LF table."""

    result: dict
    ids: np.ndarray
    lf_table: pl.DataFrame | None


def run_info(
    corpus: Corpus,
    *,
    predictions: str | Path | None = None,
    model: LabelModel | None = None,
    model_file: str | Path | None = None,
    baseline: str | None = None,
    lfs: Sequence[LabelingFunction] | None = None,
    seed: int | None = None,
    gold_sample: str | Path | None = None,
    doc_lfs: Sequence[str] = (),
) -> dict:
    """The ``run`` entry of an evaluation result: what produced its numbers.

    ``wsl_version``; the input files (``gold``, ``predictions``, ``model_file``); ``model`` and
    ``model_summary`` (the label model behind "Model", ``None`` when a predictions file is
    scored); ``baseline`` (``"mv"``: majority vote) and ``baseline_summary``; ``n_lfs`` and
    ``lf_sources`` (the distinct files or modules the LFs came from, sorted); ``seed``;
    ``gold_sample`` (the gold file the model was fitted semi-supervised with) and
    ``gold_tokens`` (how many gold tokens the fit was clamped to; 0 = unsupervised) and
    ``gold_check`` (the held-out check that decided whether the sample was used, see
    :mod:`wsl.pipeline.gold_check`; ``None`` without a sample);
    ``doc_lfs``: the document-level LFs that took part (none: ``[]``).
    """
    base = MODELS[baseline] if baseline else None
    return {
        "wsl_version": __version__,
        "gold": corpus.source or None,
        "predictions": str(predictions) if predictions is not None else None,
        "model": model.name if model is not None else None,
        "model_summary": model.summary if model is not None else None,
        "model_file": str(model_file) if model_file is not None else None,
        "baseline": baseline,
        "baseline_summary": base.summary if base is not None else None,
        "n_lfs": len(lfs) if lfs is not None else None,
        "lf_sources": sorted({lf.source for lf in lfs if lf.source}) if lfs is not None else [],
        "seed": seed if model is not None else None,
        "gold_sample": str(gold_sample) if gold_sample is not None else None,
        "gold_tokens": model.gold_tokens if model is not None else None,
        "gold_check": model.gold_check if model is not None else None,
        "doc_lfs": list(doc_lfs),
    }


def evaluate_run(
    corpus: Corpus,
    *,
    pred_ids: np.ndarray | None = None,
    pred_path: str | Path | None = None,
    model: str | None = None,
    lf_paths: Sequence[str | Path] = (),
    shipped: bool = True,
    load_model: Path | None = None,
    seed: int = 0,
    gold_sample: Path | None = None,
    doc_lfs: str = "off",
    trust_gold_sample: bool = False,
) -> EvalRun:
    """Score ``pred_ids`` against the corpus gold, or label the corpus and score that.

    Without ``pred_ids``: apply the LFs, fit ``model`` (default as in ``wsl label``) and the
    majority-vote baseline on the votes (no gold), score both, and analyse every LF.
    The result carries a ``run`` entry (:func:`run_info`); ``pred_path`` is only recorded there.
    With ``gold_sample`` (a gold file of the same schema, not the evaluated one), the model is
    fitted semi-supervised on the corpus's votes followed by the sample's, the sample's tokens
    clamped to their gold (see :func:`~wsl.pipeline.label_run.label_file`). ``doc_lfs``
    adds the document-level LFs to the model's votes (:mod:`wsl.pipeline.doc_lfs`); the
    baseline stays majority vote of the LFs' own votes.
    """
    _need_gold(corpus, "has no gold tags")
    if pred_ids is not None:
        result = evaluate_tags(corpus.table, pred_ids, corpus.tagset)
        result["run"] = run_info(corpus, predictions=pred_path)
        return EvalRun(result, pred_ids, None)
    check_trust(gold_sample, trust_gold_sample)
    lfs = select_lfs(corpus.tagset.types, lf_paths, shipped)
    applied = _apply(corpus, lfs)
    L, names = applied.L, applied.lf_names
    sample = None
    if gold_sample is not None:
        if load_model is not None:
            raise WslError("--gold-sample fits the label model: not with --load-model")
        if not Path(gold_sample).is_file():
            raise WslError("--gold-sample: no such file", str(gold_sample))
        held_out = _held_out_sample(corpus, Path(gold_sample))
        sample = gold_sample_of(
            held_out, lfs, jobs=1, cache=ColumnCache(), check=not trust_gold_sample
        )
    res = label_corpus(
        corpus,
        model=model or default_model(lfs),
        L=L,
        lf_names=names,
        load_model=load_model,
        seed=seed,
        gold_sample=sample,
        doc_lfs=doc_lfs,
    )
    mv = label_corpus(corpus, model="mv", L=L, lf_names=names)
    used_doc = has_doc_lfs(res.lf_names)
    meta = describe_lfs(lfs) + (describe_doc_lfs() if used_doc else [])
    lf_table = analyze_lfs(
        res.L, res.lf_names, corpus.tagset, corpus.gold_ids(), corpus.sent_ids(), meta
    )
    result = evaluate_tags(
        corpus.table, res.ids, corpus.tagset, probs=res.probs, L=res.L, baseline_ids=mv.ids
    )
    result["run"] = run_info(
        corpus,
        model=res.model,
        model_file=load_model,
        baseline=mv.model.name,
        lfs=lfs,
        seed=seed,
        gold_sample=gold_sample,
        doc_lfs=DOC_LF_NAMES if used_doc else (),
    )
    return EvalRun(result, res.ids, lf_table)


def analyze_run(
    corpus: Corpus,
    lf_paths: Sequence[str | Path] = (),
    shipped: bool = True,
    sort: str | None = None,
) -> tuple[pl.DataFrame, dict, float]:
    """One row per LF against the corpus gold (``analyze_lfs``), the totals, the seconds taken."""
    t0 = time.perf_counter()
    _need_gold(corpus, "has no gold tags to analyse against")
    lfs = select_lfs(corpus.tagset.types, lf_paths, shipped)
    res = _apply(corpus, lfs)
    frame = analyze_lfs(
        res.L,
        res.lf_names,
        corpus.tagset,
        corpus.gold_ids(),
        corpus.sent_ids(),
        describe_lfs(lfs),
        sort_by=sort,
    )
    return frame, summarize_lfs(res.L, corpus.tagset), time.perf_counter() - t0


def lf_errors_run(
    corpus: Corpus,
    name: str,
    lf_paths: Sequence[str | Path] = (),
    shipped: bool = True,
    n_examples: int = 1,
) -> LfErrors:
    """Where LF ``name`` disagrees with the corpus gold (see :func:`lf_errors`)."""
    _need_gold(corpus, "has no gold tags to compare with")
    found = [lf for lf in select_lfs(corpus.tagset.types, lf_paths, shipped) if lf.name == name]
    if not found:
        raise WslError(f"no LF named {name!r}; see `wsl lfs list`")
    res = _apply(corpus, found)
    labels = [t for t in found[0].labels if t != "O"] or None
    return lf_errors(
        corpus.table, res.L[:, 0], corpus.tagset, labels=labels, n_examples=max(n_examples, 1)
    )
