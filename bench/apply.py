"""Benchmark the vectorised LF applier (:func:`wsl.pipeline.apply.apply_lfs`).

On the WikiSER dev corpus (``../shared/data/wikiser-small-dev.conll`` from the project root)
with every shipped LF plus a synthetic 100,000-entry gazetteer, prints:

* cold run (empty column cache, gazetteer files not yet loaded): tokens/s and token×LF cells/s;
* cells/s per LF kind (from the applier's per-LF timings);
* warm re-runs: nothing edited, one regex LF edited, the 100k gazetteer edited (target < 1 s);
* ``jobs=2`` against ``jobs=1`` with gazetteer tables already built;
* peak memory (tracemalloc peak of one run, process max RSS);
* the same LFs through snorkel's ``PandasLFApplier`` (each wsl LF wrapped as a per-token
  snorkel LF over a pandas DataFrame of tokens), on a random sample of sentences,
  extrapolated to the corpus, and the speed ratio.

Targets: >= 5,000,000 cells/s for gazetteer and regex LFs, >= 20x snorkel, edit-one-LF < 1 s.
Exits 0 with a message when the data is absent.

Usage: python bench/apply.py [CONLL] [--sample-sents N] [--seed S]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

import numpy as np

from wsl.core.corpus import Corpus
from wsl.core.sentences import sentences_view
from wsl.core.tags import SOFTWARE_TYPES
from wsl.lfs.base import LabelingFunction
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.regex import RegexLF
from wsl.lfs.registry import collect_lfs
from wsl.pipeline.apply import apply_lfs, chunk, votes_to_column
from wsl.pipeline.cache import ColumnCache
from wsl.pipeline.conll import read_conll

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "wikiser-small-dev.conll"
SYNTH_NAME = "gaz_synthetic_100k"


def synthetic_gazetteer(
    corpus: Corpus, n_entries: int = 100_000, n_real: int = 5_000, seed: int = 0
) -> GazetteerLF:
    """A ``n_entries`` gazetteer: random 1-4 word names plus ``n_real`` n-grams cut from the corpus.

    Parameters
    ----------
    corpus : the corpus the real-looking entries are cut from (so that some of them match).
    n_entries : total entries.
    n_real : entries that are 1-3 token n-grams of the corpus starting with a capital letter.
    seed : random seed.

    Returns
    -------
    GazetteerLF
        Entries typed at random over the 12 software types, matched ignoring case.
    """
    rng = np.random.default_rng(seed)
    syll = np.array(
        [c + v for c in "bcdfgklmnprstvz" for v in "aeiou"] + ["x", "ql", "js", "db", "os"]
    )
    types = list(SOFTWARE_TYPES)
    entries: dict[str, str] = {}
    tokens = corpus.table["token"].to_list()
    sent = corpus.table["sent_id"].to_numpy()
    caps = [i for i, t in enumerate(tokens) if t[:1].isupper()]
    for i in rng.choice(caps, size=min(len(caps), n_real * 2), replace=False).tolist():
        k = int(rng.integers(1, 4))
        if i + k <= len(tokens) and sent[i] == sent[i + k - 1]:
            entries.setdefault(" ".join(tokens[i : i + k]), types[int(rng.integers(len(types)))])
        if len(entries) >= n_real:
            break
    while len(entries) < n_entries:
        # a batch of random words (1-3 syllables), half capitalised, grouped 1-4 to an entry
        k = 4 * (n_entries - len(entries)) + 16
        parts = syll[rng.integers(len(syll), size=(k, 3))]
        n_syll = rng.integers(1, 4, size=k)
        words = ["".join(p[:c]) for p, c in zip(parts.tolist(), n_syll.tolist())]
        words = [w.capitalize() if c else w for w, c in zip(words, (rng.random(k) < 0.5).tolist())]
        pos = 0
        for size, t in zip(
            rng.integers(1, 5, size=k // 4).tolist(), rng.integers(len(types), size=k // 4).tolist()
        ):
            entries.setdefault(" ".join(words[pos : pos + size]), types[t])
            pos += size
            if len(entries) >= n_entries:
                break
    return GazetteerLF(SYNTH_NAME, entries, description="synthetic benchmark gazetteer")


def kind_of(lf: LabelingFunction) -> str:
    """LF kind for the per-kind table; LFs that combine other LFs are listed apart."""
    if lf.name == SYNTH_NAME:
        return "gazetteer (100k synthetic)"
    if lf.kind == "gazetteer" and not isinstance(lf, GazetteerLF):
        return f"gazetteer ({type(lf).__name__})"
    return lf.kind


def timed_apply(corpus: Corpus, lfs, **kw):
    t0 = time.perf_counter()
    res = apply_lfs(corpus, lfs, **kw)
    return res, time.perf_counter() - t0


def edited(lfs: list[LabelingFunction], new: LabelingFunction) -> list[LabelingFunction]:
    return [new if lf.name == new.name else lf for lf in lfs]


# --- snorkel ---------------------------------------------------------------------------------


class SnorkelAdapter:
    """Wrap wsl LFs as snorkel per-token labeling functions over a DataFrame of tokens.

    Each data point is one token (``sent_id``, ``tok_id``, ``token``). A wsl LF needs its
    sentence for context, so the wrapped function runs the wsl LF on a one-sentence view the
    first time it sees a sentence and memoises that sentence's column (the way a snorkel
    user would memoise a per-sentence preprocessor); each token then reads its vote.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.sents = sentences_view(corpus)
        self.views: dict[int, object] = {}
        self.cols: dict[tuple[int, int], np.ndarray] = {}

    def view(self, s: int):
        v = self.views.get(s)
        if v is None:
            v = self.views[s] = chunk(self.sents, s, s + 1)
        return v

    def wrap(self, j: int, lf: LabelingFunction):
        from snorkel.labeling import LabelingFunction as SnorkelLF

        tagset, cols, view = self.corpus.tagset, self.cols, self.view

        def vote(x) -> int:
            col = cols.get((j, x.sent_id))
            if col is None:
                v = view(x.sent_id)
                try:
                    col = votes_to_column(lf.spans(v), lf, tagset, v.n_tokens)
                except Exception:  # noqa: BLE001 - abstain like the wsl applier
                    col = np.full(v.n_tokens, -1, dtype=np.int8)
                cols[(j, x.sent_id)] = col
            return int(col[x.tok_id])

        return SnorkelLF(name=lf.name, f=vote)


def run_snorkel(
    corpus: Corpus, lfs, sample: int, seed: int
) -> tuple[float, int, np.ndarray, np.ndarray]:
    """Apply ``lfs`` through snorkel on ``sample`` random sentences.

    Returns
    -------
    seconds, tokens in the sample, snorkel's matrix, the sampled rows' indices in the corpus
    """
    import pandas as pd
    from snorkel.labeling import PandasLFApplier

    rng = np.random.default_rng(seed)
    n_sents = corpus.n_sents
    chosen = np.sort(rng.choice(n_sents, size=min(sample, n_sents), replace=False))
    sent = corpus.sent_ids()
    rows = np.flatnonzero(np.isin(sent, chosen))
    t = corpus.table
    df = pd.DataFrame(
        {
            "sent_id": sent[rows].astype(np.int64),
            "tok_id": t["tok_id"].to_numpy()[rows].astype(np.int64),
            "token": [t["token"][int(i)] for i in rows],
        }
    )
    adapter = SnorkelAdapter(corpus)
    applier = PandasLFApplier([adapter.wrap(j, lf) for j, lf in enumerate(lfs)])
    t0 = time.perf_counter()
    L = applier.apply(df, progress_bar=False)
    return time.perf_counter() - t0, len(rows), L, rows


# --- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conll", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument(
        "--sample-sents", type=int, default=400, help="sentences run through snorkel (extrapolated)"
    )
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not args.conll.exists():
        print(f"skipped: {args.conll} not found (the shared data is absent)")
        return 0

    t0 = time.perf_counter()
    corpus = read_conll(args.conll)
    print(
        f"corpus: {args.conll.name}: {corpus.n_sents:,} sentences, {corpus.n_tokens:,} tokens "
        f"(read in {time.perf_counter() - t0:.2f} s)"
    )
    t0 = time.perf_counter()
    lfs = collect_lfs()
    synth = synthetic_gazetteer(corpus, seed=args.seed)
    lfs.append(synth)
    n, m = corpus.n_tokens, len(lfs)
    kinds = defaultdict(list)
    for lf in lfs:
        kinds[kind_of(lf)].append(lf.name)
    print(
        f"LFs: {m} ({', '.join(f'{len(v)} {k}' for k, v in sorted(kinds.items()))}); "
        f"built in {time.perf_counter() - t0:.2f} s"
    )
    print(f"label matrix: {n:,} x {m} = {n * m:,} cells\n")

    with tempfile.TemporaryDirectory(prefix="wsl-bench-cache-") as tmp:
        cache = ColumnCache(tmp)
        # 1. cold: empty cache, gazetteer lists loaded and hash tables built inside the run
        cold, t_cold = timed_apply(corpus, lfs, cache=cache)
        assert not cold.failures, cold.failures
        print(
            f"cold run (empty cache, jobs=1):  {t_cold:6.2f} s   {n / t_cold:12,.0f} tokens/s   "
            f"{n * m / t_cold:13,.0f} cells/s"
        )

        # 2. per kind, from the cold run's per-LF timings
        print("\nper LF kind (cold run; a kind's cells/s = its LFs x tokens / their total time):")
        print(f"  {'kind':32s} {'LFs':>4s} {'seconds':>8s} {'cells/s':>14s}  slowest LF")
        for kind, names in sorted(kinds.items()):
            secs = [cold.seconds[x] for x in names]
            worst = max(names, key=lambda x: cold.seconds[x])
            print(
                f"  {kind:32s} {len(names):4d} {sum(secs):8.3f} "
                f"{len(names) * n / sum(secs):14,.0f}  {worst} {cold.seconds[worst]:.3f} s"
            )

        # 3. warm re-runs
        _, t_warm = timed_apply(corpus, lfs, cache=cache)
        print(f"\nwarm re-run, nothing edited:            {t_warm:6.3f} s")
        rx = max(
            (lf for lf in lfs if isinstance(lf, RegexLF)), key=lambda lf: cold.seconds[lf.name]
        )
        rx2 = RegexLF(
            rx.name, rx.pattern.pattern + r"|\bFooLang\b", rx.labels[0], rx.pattern.flags, rx.group
        )
        now = edited(lfs, rx2)
        res, t_rx = timed_apply(corpus, now, cache=cache)
        assert [x for x in (lf.name for lf in lfs) if x not in res.cached] == [rx.name]
        print(
            f"warm re-run, regex {rx.name!r} edited: {t_rx:6.3f} s   "
            f"(re-applied {len(lfs) - len(res.cached)} LF: {res.seconds[rx.name]:.3f} s)"
        )
        synth2 = GazetteerLF(SYNTH_NAME, {**synth.entries, "Zorblax Engine": "Application"})
        res, t_gz = timed_apply(corpus, edited(now, synth2), cache=cache)
        assert [x for x in (lf.name for lf in lfs) if x not in res.cached] == [SYNTH_NAME]
        verdict = "meets" if max(t_rx, t_gz) < 1 else "MISSES"
        print(
            f"warm re-run, 100k gazetteer edited:     {t_gz:6.3f} s   "
            f"(re-applied 1 LF: {res.seconds[SYNTH_NAME]:.3f} s)  -> {verdict} the < 1 s target"
        )

    # 4. parallel, tables already built in this process (inherited by the forked workers);
    #    best of 3 runs each, as the 2 cores are shared
    hot1, t_hot1 = min((timed_apply(corpus, lfs, jobs=1) for _ in range(3)), key=lambda x: x[1])
    hot2, t_hot2 = min((timed_apply(corpus, lfs, jobs=2) for _ in range(3)), key=lambda x: x[1])
    same = np.array_equal(hot1.L, hot2.L) and np.array_equal(hot1.L, cold.L)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"\nno cache, tables built, jobs=1:  {t_hot1:6.2f} s   {n * m / t_hot1:13,.0f} cells/s   "
        "(best of 3)"
    )
    print(
        f"no cache, tables built, jobs=2:  {t_hot2:6.2f} s   {n * m / t_hot2:13,.0f} cells/s   "
        f"(best of 3)  speed-up {t_hot1 / t_hot2:.2f}x   same matrix: {same}"
    )
    print(f"  ({os.cpu_count()} CPUs, load average {load}: other processes compete for the cores)")

    # 5. memory
    tracemalloc.start()
    apply_lfs(corpus, lfs, jobs=1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"\npeak memory: tracemalloc peak of one apply_lfs run {peak / 2**20:,.1f} MiB; "
        f"process max RSS {maxrss_kb / 1024:,.0f} MiB"
    )
    print(f"  (label matrix itself {hot1.L.nbytes / 2**20:.1f} MiB, int8)")

    # 6. snorkel
    secs, n_sample, L_snorkel, rows = run_snorkel(corpus, lfs, args.sample_sents, args.seed)
    agree = float((L_snorkel == hot1.L[rows]).mean())
    snorkel_cells = n_sample * m / secs
    wsl_cells = n * m / t_hot1
    print(
        f"\nsnorkel PandasLFApplier, {args.sample_sents} random sentences "
        f"({n_sample:,} tokens x {m} LFs) in {secs:.2f} s:"
    )
    print(
        f"  {snorkel_cells:,.0f} cells/s; extrapolated to the corpus: "
        f"{n * m / snorkel_cells:,.0f} s (sampled, not run on all tokens)"
    )
    print(f"  same votes as apply_lfs on the sample: {agree:.2%}")
    ratio_hot, ratio_cold = wsl_cells / snorkel_cells, (n * m / t_cold) / snorkel_cells
    verdict = "meets" if ratio_cold >= 20 else "MISSES"
    print(
        f"  wsl apply_lfs is {ratio_cold:,.0f}x faster cold, {ratio_hot:,.0f}x with tables built "
        f"-> {verdict} the >= 20x target"
    )

    print(
        "\ntarget >= 5,000,000 cells/s per LF kind "
        "(cold: lists loaded and indexed in the run; hot: indexes built):"
    )
    for k in ("gazetteer", "gazetteer (100k synthetic)", "regex", "token_regex"):
        if k in kinds:
            c, h = (len(kinds[k]) * n / sum(r.seconds[x] for x in kinds[k]) for r in (cold, hot1))
            print(
                f"  {k:28s} cold {c:13,.0f}  {'meets ' if c >= 5e6 else 'MISSES'}   "
                f"hot {h:13,.0f}  {'meets' if h >= 5e6 else 'MISSES'}"
            )

    # 7. what the ``require`` prefilter of the shipped regexes buys (see RegexLF): the same
    # regexes without it, then as shipped
    regexes = [lf for lf in lfs if isinstance(lf, RegexLF)]
    plain = [
        RegexLF(lf.name, lf.pattern.pattern, lf.labels[0], lf.pattern.flags, lf.group)
        if lf.require
        else lf
        for lf in regexes
    ]
    prefiltered = [lf.name for lf in regexes if lf.require]
    if prefiltered:
        before, t_before = min((timed_apply(corpus, plain) for _ in range(2)), key=lambda x: x[1])
        after, t_after = min((timed_apply(corpus, regexes) for _ in range(2)), key=lambda x: x[1])
        same = np.array_equal(before.L, after.L)
        k = len(regexes) * n
        print(
            f"\nrequire= prefilter of {len(prefiltered)} shipped regexes "
            f"({', '.join(prefiltered)}), without -> with:"
        )
        print(
            f"  regex kind {k / t_before:13,.0f} -> {k / t_after:13,.0f} cells/s   "
            f"same votes: {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
