"""Document-level LFs: a second stage that votes from what a first label-model pass found.

Two LFs, each a column of votes appended to the label matrix (one row per token, ``-1``
abstain, B/I tag ids of the run's :class:`~wsl.core.tags.TagSet`):

* ``doc_propagate`` -- a string that the first pass labels confidently (span confidence at
  least :data:`CONFIDENT`) somewhere in a document gets that type at its *other* occurrences
  in the document;
* ``doc_majority`` -- a string that the first pass labels at least twice in a document gets
  its majority type there (a strict plurality) at every occurrence, outvoting stray types.

A string is a token sequence, compared case-sensitively (``Go`` the language is not ``go``
the verb). An occurrence is a run of the same tokens in one sentence that is either a
first-pass span itself or touches none: an occurrence inside a longer first-pass span
(``Erlang`` in ``Erlang programming language``) gets no vote. The LFs only vote in documents
of two sentences or more: one sentence is no document context (a JSONL ``tokens`` record, a
WRENCH item).

Which tokens form a document is :func:`doc_groups`'s choice: the reader's documents (files,
blank-line blocks, JSONL/parquet records), except that in ``auto`` mode a gold/CoNLL file
(:attr:`~wsl.core.corpus.Corpus.doc_context` false) is sentences that may be shuffled, so
the LFs abstain on it; ``on`` takes such a file as one document.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.bio import ids_from_spans, repair_bio, sentence_starts, span_positions
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.pipeline.decode import span_arrays

DOC_LF_NAMES: tuple[str, ...] = ("doc_propagate", "doc_majority")
DOC_LF_MODES: tuple[str, ...] = ("auto", "on", "off")
#: Span confidence (mean marginal of its tags) from which ``doc_propagate`` trusts a span.
CONFIDENT = 0.6


def describe_doc_lfs() -> list[dict]:
    """One dict per document-level LF, as :func:`~wsl.lfs.registry.describe_lfs` gives for
    the others (for LF tables)."""
    return [
        {
            "name": name,
            "kind": "document",
            "labels": None,  # any type: read from its votes
            "entries": None,
            "source": __name__,
            "description": text,
        }
        for name, text in zip(
            DOC_LF_NAMES,
            (
                "a string's confident type at its other occurrences in the document",
                "a string's majority type in the document at all its occurrences",
            ),
        )
    ]


def doc_groups(corpus: Corpus, mode: str) -> np.ndarray | None:
    """The document of every token for the document-level LFs, or ``None`` when they are off.

    Parameters
    ----------
    corpus : the corpus being labelled.
    mode : ``on`` (the corpus's documents), ``off`` (``None``) or ``auto`` (the corpus's
        documents when they are running text, ``corpus.doc_context``; else ``None``).
    """
    if mode not in DOC_LF_MODES:
        raise WslError(f"unknown --doc-lfs mode {mode!r}; choose one of {', '.join(DOC_LF_MODES)}")
    if mode == "off" or (mode == "auto" and not corpus.doc_context):
        return None
    return corpus.table["doc_id"].to_numpy().astype(np.int64)


def has_doc_lfs(lf_names: list[str] | None) -> bool:
    """Whether a list of LF names (a run's, a saved model's) ends with the document-level LFs."""
    k = len(DOC_LF_NAMES)
    return bool(lf_names) and tuple(lf_names[-k:]) == DOC_LF_NAMES


def abstaining_columns(n_tokens: int) -> np.ndarray:
    """The document-level LFs' columns where they have nothing to go by: all ``-1``."""
    return np.full((n_tokens, len(DOC_LF_NAMES)), -1, dtype=np.int16)


def doc_lf_columns(
    tokens: pl.Series,
    sent_ids: np.ndarray,
    groups: np.ndarray,
    ids: np.ndarray,
    probs: np.ndarray,
    confident: float = CONFIDENT,
) -> np.ndarray:
    """The votes of ``doc_propagate`` and ``doc_majority``, an ``(n_tokens, 2)`` int16 matrix.

    Parameters
    ----------
    tokens : the token strings, in corpus order.
    sent_ids : non-decreasing sentence id per token.
    groups : the document of each token (:func:`doc_groups`); documents hold whole sentences.
    ids, probs : the first pass's decoded tag ids and its tag marginals.
    confident : the span confidence from which ``doc_propagate`` spreads a span's type.
    """
    n = len(ids)
    out = abstaining_columns(n)
    sp = span_arrays(ids, probs, sent_ids)
    in_context = _multi_sentence_docs(groups, sent_ids)
    keep = in_context[sp["begin"]] if len(sp["begin"]) else np.zeros(0, dtype=bool)
    if not keep.any():
        return out
    spans = pl.DataFrame(
        {
            "begin": sp["begin"][keep],
            "len": (sp["end"] - sp["begin"])[keep],
            "type": sp["types"][keep],
            "conf": sp["prob"][keep] >= confident,
            "prob": sp["prob"][keep],
        }
    )
    codes = tokens.rank("dense").to_numpy().astype(np.int64)
    covered = np.zeros(n, dtype=np.int64)
    covered[span_positions(spans["begin"].to_numpy(), spans["begin"] + spans["len"])[1]] = 1
    cum = np.concatenate([[0], np.cumsum(covered)])
    votes = []
    for k in np.unique(spans["len"].to_numpy()).tolist():
        occ = _occurrences(codes, sent_ids, groups, in_context, cum, k)
        votes.append(_votes(occ, spans.filter(pl.col("len") == k), codes, groups, k))
    allv = pl.concat(votes).sort("len", "start")  # longer strings are written last: they win
    starts = sentence_starts(sent_ids)
    for j, lf in enumerate(DOC_LF_NAMES):
        v = allv.filter(pl.col("lf") == lf)
        col = ids_from_spans(
            n, v["start"].to_numpy(), v["start"] + v["len"], 1 + 2 * v["type"].to_numpy(), fill=-1
        )
        out[:, j] = repair_bio(col, starts)[0]  # an overwritten span can leave an orphan I-
    return out


def _multi_sentence_docs(groups: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
    """Per token: whether its document holds two sentences or more (some context)."""
    first = sentence_starts(sent_ids)
    doc_index = np.unique(groups, return_inverse=True)[1]
    n_sents = np.bincount(doc_index[first], minlength=int(doc_index.max(initial=-1)) + 1)
    return n_sents[doc_index] >= 2


def _key_columns(codes: np.ndarray, begin: np.ndarray, k: int) -> dict[str, np.ndarray]:
    """``t0 .. t{k-1}``: the token codes of the strings of ``k`` tokens starting at ``begin``."""
    return {f"t{j}": codes[begin + j] for j in range(k)}


def _occurrences(
    codes: np.ndarray,
    sent_ids: np.ndarray,
    groups: np.ndarray,
    in_context: np.ndarray,
    cum_covered: np.ndarray,
    k: int,
) -> pl.DataFrame:
    """Every run of ``k`` tokens inside one sentence of a document with context that either
    touches no first-pass span or is one (checked by the caller's join): ``start``,
    ``group``, ``free`` (no first-pass token in it) and its token codes."""
    n = len(codes)
    start = np.arange(max(n - k + 1, 0))
    ok = (sent_ids[start + k - 1] == sent_ids[start]) & in_context[start]
    start = start[ok]
    free = cum_covered[start + k] == cum_covered[start]
    return pl.DataFrame(
        {"start": start, "group": groups[start], "free": free, **_key_columns(codes, start, k)}
    )


def _votes(
    occ: pl.DataFrame, spans: pl.DataFrame, codes: np.ndarray, groups: np.ndarray, k: int
) -> pl.DataFrame:
    """The votes (``lf, start, len, type``) of both LFs on the occurrences of strings of
    ``k`` tokens, from the first-pass spans of that length."""
    keys = ["group"] + [f"t{j}" for j in range(k)]
    begin = spans["begin"].to_numpy()
    spans = spans.with_columns(
        pl.Series("group", groups[begin]),
        *(pl.Series(name, col) for name, col in _key_columns(codes, begin, k).items()),
    )
    per_type = spans.group_by(keys + ["type"]).agg(
        pl.len().alias("n"), pl.col("conf").sum().alias("n_conf"), pl.col("prob").sum()
    )
    majority = (
        per_type.sort(["n", "type"], descending=[True, False])
        .group_by(keys, maintain_order=True)
        .agg(
            pl.col("type").first(),
            pl.col("n").sum().alias("total"),
            pl.col("n").first().alias("top"),
            pl.col("n").get(1, null_on_oob=True).fill_null(0).alias("second"),
        )
        .filter((pl.col("total") >= 2) & (pl.col("top") > pl.col("second")))
        .select(keys + ["type"])
    )
    propagate = (
        per_type.filter(pl.col("n_conf") > 0)
        .sort(["n_conf", "prob", "type"], descending=[True, True, False])
        .group_by(keys, maintain_order=True)
        .agg(pl.col("type").first(), pl.col("n_conf").sum().alias("total_conf"))
    )
    own = spans.select(
        pl.col("begin").alias("start"), pl.lit(True).alias("is_span"), pl.col("conf")
    )
    occ = occ.join(own, on="start", how="left").filter(
        pl.col("free") | pl.col("is_span").fill_null(False)
    )
    self_conf = pl.col("conf").fill_null(False).cast(pl.Int64)
    prop = occ.join(propagate, on=keys).filter(pl.col("total_conf") - self_conf >= 1)
    maj = occ.join(majority, on=keys)
    return pl.concat(
        [
            v.select(pl.lit(lf).alias("lf"), "start", pl.lit(k).alias("len"), "type")
            for lf, v in zip(DOC_LF_NAMES, (prop, maj))
        ]
    ).cast({"start": pl.Int64, "len": pl.Int64, "type": pl.Int64})
