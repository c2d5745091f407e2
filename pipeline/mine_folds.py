"""K-fold evaluation of mined gazetteers: mine on K-1 folds, label and score the held-out fold.

This gives a user with labelled data an honest figure for what mining buys on unseen text.
Each held-out fold is labelled by the mined LFs (one per label-rate band and a learned
tagger, from the other folds only), optionally followed by other LFs (e.g. the shipped ones), and a
label model
fitted on that fold's votes without its gold. The mined LFs come first, highest band
first, so the ``priority`` model lets them win over the others. A baseline is scored
beside it: the exact longest-match gazetteer of the entries with label rate ≥ ``min_rate``
voting alone, its matches taken as they are (decoded by ``priority``, which keeps adjacent
matches of one type apart where a vote count would merge them). Each fold also reports its
``reach``: the share of held-out gold spans whose exact string was mined, with that type, from
the other folds — the recall no string-matching LF built from those folds can exceed.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.scoring import PRF, score_spans
from wsl.core.spans import span_keys
from wsl.lfs.base import LabelingFunction
from wsl.lfs.gazetteer import GazetteerLF
from wsl.pipeline.label import label_corpus
from wsl.pipeline.mine import filter_mined, mine_extras, mine_gazetteer, mined_lfs, storable
from wsl.pipeline.subset import folds, subset
from wsl.pipeline.writers import gold_spans


def crossval_mined(
    corpus: Corpus,
    k: int = 2,
    min_count: int = 1,
    min_rate: float = 0.2,
    model: str = "priority",
    extra_lfs: Sequence[LabelingFunction] = (),
    seed: int = 0,
    split: str = "contiguous",
    tagger: bool = True,
    blockers: bool = True,
) -> pl.DataFrame:
    """Per held-out fold: P/R/F1 of mined LFs + label model, and of the direct gazetteer.

    With ``tagger``, the mined LFs include a tagger trained on the other folds' labels
    (see :func:`wsl.pipeline.tagger_train.train_tagger`), ranked as ``wsl gazetteer mine``
    writes it. With ``blockers``, a blocker list of strings the other folds rarely label
    (:func:`~wsl.pipeline.mine.mine_blockers`) takes them from ``extra_lfs``.

    Returns
    -------
    polars.DataFrame
        ``fold, system, p, r, f, entries, reach`` — one row per fold and system (``model``
        and ``direct``), plus ``all`` rows from micro counts over all folds. ``reach`` is the
        fold's ceiling on recall from mined strings (see the module docstring).
    """
    if k < 2 or corpus.n_sents < k:
        raise WslError(
            f"{k}-fold evaluation needs k >= 2 and at least k sentences; the corpus has "
            f"{corpus.n_sents}",
            corpus.source,
        )
    rows = []
    totals: dict[str, PRF] = {}
    reach_total = [0, 0]
    for i, test_ids in enumerate(folds(corpus.n_sents, k, split, seed)):
        train_ids = np.setdiff1d(np.arange(corpus.n_sents), test_ids)
        train, test = subset(corpus, train_ids), subset(corpus, test_ids)
        mined = filter_mined(mine_gazetteer(train), min_count, min_rate)
        gold = span_keys(gold_spans(test))
        reached = mined_reach(mined, test, gold)
        reach_total[0] += reached
        reach_total[1] += len(gold)
        reach = reached / len(gold) if gold else 0.0
        learned, rare = mine_extras(
            train, tagger, blockers and bool(extra_lfs), seed
        )  # blockers act only on LFs after them
        systems = {
            "direct": (_direct(mined), "priority"),
            "model": (mined_lfs(mined, tagger=learned, blockers=rare) + list(extra_lfs), model),
        }
        for name, (lfs, m) in systems.items():
            pred = (
                span_keys(label_corpus(test, lfs, m, seed=seed).spans) if lfs else []
            )  # nothing mined: no votes
            s = score_spans(gold, pred).micro
            rows.append(
                {
                    "fold": str(i),
                    "system": name,
                    "p": s.precision,
                    "r": s.recall,
                    "f": s.f1,
                    "entries": mined.height,
                    "reach": reach,
                }
            )
            totals[name] = totals.get(name, PRF()) + s
    reach_all = reach_total[0] / reach_total[1] if reach_total[1] else 0.0
    for name, s in totals.items():
        rows.append(
            {
                "fold": "all",
                "system": name,
                "p": s.precision,
                "r": s.recall,
                "f": s.f1,
                "entries": None,
                "reach": reach_all,
            }
        )
    return pl.DataFrame(rows)


def mined_reach(mined: pl.DataFrame, corpus: Corpus, gold: list[tuple] | None = None) -> int:
    """How many gold spans of ``corpus`` are a ``mined`` entry's exact string with its type.

    ``gold`` holds ``(sent_id, start, end, label)`` spans (default: the corpus gold). A
    gazetteer of ``mined`` can find at most these spans, whatever its thresholds.
    """
    if gold is None:
        gold = span_keys(gold_spans(corpus))
    if not gold or mined.height == 0:
        return 0
    tokens = corpus.table["token"].to_list()
    first = np.flatnonzero(corpus.sent_starts())
    known = dict(mined.select("entry", "type").iter_rows())
    hits = 0
    for s, a, b, label in gold:
        o = int(first[s])
        hits += known.get(" ".join(tokens[o + a : o + b])) == label
    return hits


def _direct(mined: pl.DataFrame) -> list[LabelingFunction]:
    """The baseline: all mined entries (rate ≥ min_rate) as one exact, longest-match gazetteer."""
    entries = {e: t for e, t in mined.select("entry", "type").iter_rows() if storable(e)}
    if not entries:
        return []
    return [
        GazetteerLF(
            "gaz_direct_cased", entries, case_sensitive=True, description="all mined entries"
        )
    ]
