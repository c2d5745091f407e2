"""Apply LFs to a corpus: the label matrix ``L`` (n_tokens × n_lfs, ``-1`` abstain).

Each LF turns the whole corpus into spans in one vectorised call; spans become BIO votes
(B on the first token, I on the rest, O on every token of an ``O`` span). Columns are cached
per (corpus, LF fingerprint) so that re-running after editing one LF re-applies only it.
With ``jobs > 1`` the corpus is cut into sentence chunks applied in worker processes.
An LF that raises abstains (on the failing sentence for Python LFs, else everywhere) and is
reported in :attr:`ApplyResult.failures`; the run goes on. Blocker lists
(:mod:`wsl.lfs.blocker`) then take their strings from the LFs ranked after them.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from wsl.core.bio import ids_from_spans, sentence_starts, span_runs
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.sentences import Sentences, fingerprint, sentences_view
from wsl.core.tags import TagSet
from wsl.lfs.base import LabelingFunction, SpanVotes
from wsl.lfs.blocker import BlockerLF
from wsl.pipeline.cache import ColumnCache

log = logging.getLogger(__name__)


@dataclass
class Failure:
    """An LF that raised: on one sentence (``sentence`` set) or on the whole corpus."""

    lf: str
    message: str
    sentence: int | None = None


@dataclass
class ApplyResult:
    """The label matrix with its column names and what happened while applying."""

    L: np.ndarray
    lf_names: list[str]
    failures: list[Failure] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(
        default_factory=dict
    )  # per LF, incl. its share of shared work
    blocked: dict[str, int] = field(
        default_factory=dict
    )  # spans taken from each LF by blocker lists


def auto_jobs(n_tokens: int) -> int:
    """Workers for ``jobs=0``: 2 on a multi-core machine for large corpora, else 1."""
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
    return min(2, cores) if n_tokens > 100_000 else 1


def summarize_failures(failures: list[Failure], n_sents: int) -> list[str]:
    """One line per failing LF: where it failed (everywhere, or on how many sentences), the
    first error and where in the user's code it was raised."""
    by_lf: dict[str, list[Failure]] = {}
    for f in failures:
        by_lf.setdefault(f.lf, []).append(f)
    lines = []
    for name, fs in by_lf.items():
        first = fs[0]
        if first.sentence is None or len(fs) >= n_sents:
            what = "failed on every sentence and abstains everywhere"
        else:
            what = (
                f"failed on {len(fs)} of {n_sents} sentences, abstaining there "
                f"(first: sentence {first.sentence})"
            )
        lines.append(f"LF {name} {what}: {first.message}")
    return lines


def log_failures(failures: list[Failure], n_sents: int) -> None:
    """One warning per failing LF (see :func:`summarize_failures`)."""
    for line in summarize_failures(failures, n_sents):
        log.warning("%s", line)


def raised_at(exc: BaseException, source: str = "") -> str:
    """``file:line`` where ``exc`` was raised in the LF's own file (else its innermost frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    mine = [f for f in frames if source and Path(f.filename) == Path(source)]
    frame = (mine or frames)[-1]
    return f"{frame.filename}:{frame.lineno}"


def _message(exc: BaseException, lf: LabelingFunction) -> str:
    where = raised_at(exc, lf.source)
    return f"{type(exc).__name__}: {exc}" + (f" (at {where})" if where else "")


def check_labels(lfs: Sequence[LabelingFunction], tagset: TagSet) -> None:
    """Every LF votes only the tag set's types (or ``O``): a wrong label is a setup error."""
    for lf in lfs:
        unknown = [lab for lab in lf.labels if lab != "O" and lab not in tagset.types]
        if unknown:
            where = f" (from {lf.source})" if lf.source else ""
            raise WslError(
                f"LF {lf.name}{where} votes {unknown}, not in the tag set {list(tagset.types)}"
            )


def votes_to_column(
    votes: SpanVotes, lf: LabelingFunction, tagset: TagSet, n_tokens: int, dtype=np.int8
) -> np.ndarray:
    """BIO votes of one LF from its spans (later spans overwrite earlier ones; ``-1`` elsewhere)."""
    if len(votes.start) == 0:
        return np.full(n_tokens, -1, dtype=dtype)
    try:
        b_of = np.array([0 if lab == "O" else tagset.b(lab) for lab in lf.labels], dtype=np.int64)
    except ValueError:
        unknown = [lab for lab in lf.labels if lab != "O" and lab not in tagset.types]
        raise WslError(
            f"LF {lf.name} votes {unknown}, not in the tag set {list(tagset.types)}"
        ) from None
    return ids_from_spans(n_tokens, votes.start, votes.end, b_of[votes.label], fill=-1, dtype=dtype)


def prepare_all(lfs: Sequence[LabelingFunction], sents: Sentences) -> dict[str, float]:
    """Let each LF kind share work across its LFs (:meth:`LabelingFunction.prepare`).

    Returns each LF's share of the shared work in seconds (split evenly within its kind), so
    per-LF timings still add up to the whole run.
    """
    by_kind: dict[type, list[LabelingFunction]] = {}
    for lf in lfs:
        by_kind.setdefault(type(lf), []).append(lf)
    shares: dict[str, float] = {}
    for kind, group in by_kind.items():
        t0 = time.perf_counter()
        try:
            kind.prepare(group, sents)
        except Exception as exc:  # noqa: BLE001 - an optimisation failing must not stop the run
            log.warning(
                "shared preparation of %s LFs failed (%s); applying them one by one",
                kind.__name__,
                exc,
            )
        share = (time.perf_counter() - t0) / len(group)
        shares.update((lf.name, share) for lf in group)
    return shares


def _column(
    lf: LabelingFunction, sents: Sentences, tagset: TagSet, dtype
) -> tuple[np.ndarray, list[Failure]]:
    """One LF's column on ``sents``; failures are caught and reported, never raised."""
    try:
        votes = lf.spans(sents)
        col = votes_to_column(votes, lf, tagset, sents.n_tokens, dtype)
    except Exception as exc:  # noqa: BLE001 - a broken LF abstains, the run continues
        return np.full(sents.n_tokens, -1, dtype=dtype), [Failure(lf.name, _message(exc, lf))]
    fails = [Failure(lf.name, _message(e.error, lf), e.sentence) for e in getattr(lf, "errors", [])]
    return col, fails


def apply_lfs(
    corpus: Corpus,
    lfs: Sequence[LabelingFunction],
    jobs: int = 1,
    cache: ColumnCache | None = None,
    progress: Callable[[str], None] | None = None,
    strict: bool = False,
) -> ApplyResult:
    """Apply ``lfs`` to ``corpus``.

    Parameters
    ----------
    corpus : the corpus; its tag set fixes the tag indices of the votes.
    lfs : LFs with unique names.
    jobs : worker processes over sentence chunks (1 = in this process; 0 = automatic: up
        to 2 workers when there are 2+ cores and over 100,000 tokens, where forking pays).
    cache : a column cache; hits skip the LF, fresh columns are stored.
    progress : called with each LF's name after it is applied (or loaded).
    strict : an LF that raises (on any sentence) is a WslError instead of a warning.

    Returns
    -------
    ApplyResult
        ``L`` (int8, or int16 for more than 127 tags) in the LFs' order.
    """
    names = [lf.name for lf in lfs]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise WslError(f"duplicate LF names: {', '.join(dup)}")
    tagset = corpus.tagset
    check_labels(lfs, tagset)
    dtype = np.int8 if tagset.n_tags < 127 else np.int16
    sents = sentences_view(corpus)
    corpus_fp = fingerprint(sents) + "-" + "_".join(tagset.types)
    L = np.full((sents.n_tokens, len(lfs)), -1, dtype=dtype)
    result = ApplyResult(L, names)
    todo: list[int] = []
    for j, lf in enumerate(lfs):
        col = cache.load(corpus_fp, lf, sents.n_tokens) if cache is not None else None
        if col is not None and len(col) == sents.n_tokens:
            L[:, j] = col
            result.cached.append(lf.name)
            if progress:
                progress(lf.name)
        else:
            todo.append(j)
    if jobs == 0:
        jobs = auto_jobs(sents.n_tokens)
    if jobs > 1 and len(todo) and sents.n_sents >= 2 * jobs:
        _apply_parallel(sents, [lfs[j] for j in todo], tagset, dtype, jobs, L, todo, result)
        for j in todo:
            if progress:
                progress(lfs[j].name)
    else:
        shared = prepare_all([lfs[j] for j in todo], sents)
        for j in todo:
            t0 = time.perf_counter()
            L[:, j], fails = _column(lfs[j], sents, tagset, dtype)
            result.failures.extend(fails)
            result.seconds[lfs[j].name] = time.perf_counter() - t0 + shared.get(lfs[j].name, 0.0)
            if progress:
                progress(lfs[j].name)
    failed = {f.lf for f in result.failures}
    if cache is not None:
        keep = [j for j in todo if lfs[j].name not in failed]
        cols = np.ascontiguousarray(L[:, keep].T)  # one transposing copy, not one per column
        for k, j in enumerate(keep):
            cache.store(corpus_fp, lfs[j], cols[k])
    if strict and result.failures:
        lines = summarize_failures(result.failures, sents.n_sents)
        raise WslError("--strict: " + "; ".join(lines))
    log_failures(result.failures, sents.n_sents)
    if any(isinstance(lf, BlockerLF) for lf in lfs):
        result.blocked = apply_blockers(L, lfs, sents)
    return result


def apply_blockers(
    L: np.ndarray, lfs: Sequence[LabelingFunction], sents: Sentences
) -> dict[str, int]:
    """Abstain, in place, on every span whose exact string a higher-ranked blocker list holds.

    ``L``'s columns are ``lfs`` in rank order; each :class:`BlockerLF` acts on the columns
    after it (its own ``O`` votes stay). Runs after caching: the cached columns are the LFs'
    own votes. Returns the number of spans taken from each LF that lost any.
    """
    starts = sentence_starts(sents.sent_of_token())
    taken: dict[str, int] = {}
    for j, blocker in enumerate(lfs):
        if not isinstance(blocker, BlockerLF):
            continue
        for c in range(j + 1, len(lfs)):
            if isinstance(lfs[c], BlockerLF):
                continue
            span_of, first = span_runs(L[:, c], starts)
            if not len(first):
                continue
            inside = np.flatnonzero(span_of >= 0)
            end = first + np.bincount(span_of[inside], minlength=len(first))
            hit = blocker.blocks(sents, first, end)
            if hit.any():
                L[inside[hit[span_of[inside]]], c] = -1
                taken[lfs[c].name] = taken.get(lfs[c].name, 0) + int(hit.sum())
    if taken:
        log.info("blocker lists took %d spans from %d LFs", sum(taken.values()), len(taken))
    return taken


# --- parallel application over sentence chunks -------------------------------------------

_SHARED: dict = {}


def chunk(sents: Sentences, a: int, b: int) -> Sentences:
    """Sentences ``a..b-1`` as a self-contained view."""
    ta, tb = int(sents.sent_offsets[a]), int(sents.sent_offsets[b])
    ca = int(sents.tok_start[ta]) if tb > ta else 0
    cb = int(sents.tok_end[tb - 1]) if tb > ta else 0
    return Sentences(
        sents.tokens[ta:tb],
        sents.sent_offsets[a : b + 1] - ta,
        sents.text[ca:cb],
        sents.tok_start[ta:tb] - ca,
        sents.tok_end[ta:tb] - ca,
    )


def _work(bounds: tuple[int, int]) -> tuple[int, np.ndarray, list[Failure]]:
    sents, lfs, tagset, dtype = _SHARED["args"]
    part = chunk(sents, *bounds)
    prepare_all(lfs, part)
    cols, fails = [], []
    for lf in lfs:
        col, f = _column(lf, part, tagset, dtype)
        for x in f:
            if x.sentence is not None:
                x.sentence += bounds[0]
        cols.append(col)
        fails.extend(f)
    return bounds[0], np.stack(cols, axis=1) if cols else np.zeros((part.n_tokens, 0), dtype), fails


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now (an interrupt or a dead worker): nothing of theirs is wanted."""
    for proc in list(getattr(pool, "_processes", {}).values()):  # no public kill before 3.14
        if proc.is_alive():
            proc.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _apply_parallel(sents, lfs, tagset, dtype, jobs, L, todo, result) -> None:
    """Apply ``lfs`` on ``jobs`` sentence chunks in forked workers, filling ``L[:, todo]``.

    A worker that dies (killed, out of memory) fails the run with a :class:`WslError`
    instead of hanging it; Ctrl-C stops every worker at once.
    """
    edges = np.linspace(0, sents.n_sents, jobs + 1).astype(int)
    bounds = [(int(a), int(b)) for a, b in zip(edges[:-1], edges[1:]) if b > a]
    _SHARED["args"] = (sents, lfs, tagset, dtype)
    pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork"), initializer=_quiet_worker)
    try:
        futures = [pool.submit(_work, b) for b in bounds]
        # wait in short slices: a signal delivered to another thread (BLAS, the pool's own)
        # does not wake an untimed wait, and Ctrl-C must act within a second
        while futures_wait(futures, timeout=0.2).not_done:
            pass
        parts = [f.result() for f in futures]
    except BrokenProcessPool:
        _stop(pool)
        raise WslError(
            "a worker process applying LFs died (killed or out of memory); try --jobs 1"
        ) from None
    except BaseException:
        _stop(pool)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        _SHARED.clear()
    for a, block, fails in parts:
        b = next(y for x, y in bounds if x == a)
        ta, tb = int(sents.sent_offsets[a]), int(sents.sent_offsets[b])
        L[ta:tb, todo] = block
        result.failures.extend(fails)
