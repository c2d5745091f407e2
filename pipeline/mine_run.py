"""The ``wsl gazetteer mine`` job as one call: check, mine, write, optionally K-fold evaluate."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.sentences import fingerprint, sentences_view
from wsl.lfs.registry import lfs_for_types, shipped_lfs
from wsl.pipeline.mine import filter_mined, mine_extras, mine_gazetteer, write_mined
from wsl.pipeline.mine_folds import crossval_mined


@dataclass
class MineResult:
    """What a mining run found and wrote.

    Attributes
    ----------
    n_strings, n_kept : labelled strings found, and kept by the count and rate thresholds.
    tagger : whether a tagger LF was trained (and written).
    n_blockers : strings on the blocker list (0 when none was asked for).
    paths : the LF files written, in rank order.
    folds : the K-fold table of :func:`~wsl.pipeline.mine_folds.crossval_mined`, if asked for.
    n_extra : LFs that followed the mined ones in the K-fold runs (the shipped suite).
    """

    n_strings: int
    n_kept: int
    tagger: bool
    n_blockers: int
    paths: list[Path] = field(default_factory=list)
    folds: pl.DataFrame | None = None
    n_extra: int = 0


def run_mining(
    corpus: Corpus,
    out: str | Path,
    *,
    min_count: int = 1,
    min_rate: float = 0.2,
    tagger: bool = True,
    blockers: bool = True,
    folds: int = 0,
    split: str = "contiguous",
    model: str = "priority",
    shipped: bool = True,
    source: str | None = None,
) -> MineResult:
    """Mine ``corpus``'s labels into LF files in ``out``; with ``folds`` also evaluate by K-fold.

    Everything is checked before anything is written: a corpus without labels or a fold count
    the corpus cannot fill is a :class:`WslError`. ``source`` names the corpus in the files'
    headers (default: ``corpus.source``).
    """
    if not corpus.has_gold:
        raise WslError(
            "has no labels to mine (expected CoNLL tags or JSONL tags/spans)", corpus.source
        )
    if folds and (folds < 2 or corpus.n_sents < folds):
        raise WslError(
            f"--folds {folds} needs 2 or more folds and at least that many sentences; "
            f"the corpus has {corpus.n_sents}",
            corpus.source,
        )
    mined = mine_gazetteer(corpus)
    kept = filter_mined(mined, min_count, min_rate)
    learned, rare = mine_extras(corpus, tagger, blockers)
    paths = write_mined(
        kept,
        out,
        source=corpus.source if source is None else source,
        tagger=learned,
        blockers=rare,
        corpus_key=fingerprint(sentences_view(corpus)),
    )
    result = MineResult(mined.height, kept.height, learned is not None, len(rare or []), paths)
    if folds:
        extra = lfs_for_types(shipped_lfs(), corpus.tagset.types) if shipped else []
        result.folds = crossval_mined(
            corpus,
            folds,
            min_count,
            min_rate,
            model,
            extra,
            split=split,
            tagger=tagger,
            blockers=blockers,
        )
        result.n_extra = len(extra)
    return result
