"""Learning curves: what a small gold sample buys, by sample size.

Run from the project root::

    python bench/learning_curve.py [--data ../shared] [--sizes 25,50,100,250,500,1000]
        [--no-tagger]

For each corpus, a gold sample of the first ``n`` sentences of the labelled part is drawn for
each size (capped by that part) and held-out span F1 (strict, micro) is scored on a test part
the sample never touches. The label model is fitted on the test part's own votes (no gold),
as ``wsl label TEST`` would, and with the sample as ``wsl label TEST --gold-sample SAMPLE``
would. Systems:

- ``shipped``: the shipped LFs, HMM, unsupervised (the baseline; no sample used)
- ``mined``: LFs mined from the sample (bands, tagger, blockers; ranked first) + shipped,
  with the default model for ranked LFs (``priority``), unsupervised
- ``semi``: the shipped LFs, HMM fitted semi-supervised on the sample
- ``mined+hmm``: mined + shipped LFs, HMM unsupervised (what ``both`` is compared with)
- ``both``: mined + shipped LFs, HMM fitted semi-supervised on the sample

Corpora: the WikiSER dev corpus (sample from the first 80%, test on the last 20%), the seed
(sample from the first half, test on the second) and MIT-Restaurant (WRENCH's
precomputed votes: sample from valid, test on test; only ``shipped``/``semi``, on its LF
columns). The last row of each corpus uses its whole labelled part. Skips a corpus whose data
is absent. Not a test: it prints one table.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

SYSTEMS = ("shipped", "semi", "mined", "mined+hmm", "both")
HMM_PARAMS: dict = {}  # for experiments: parameters of the semi-supervised HMM


def hmm(tagset):
    """A fresh HMM for a semi-supervised fit."""
    from wsl.pipeline.models.registry import make_model

    return make_model("hmm", tagset, **HMM_PARAMS)


def span_f1(corpus, spans) -> float:
    """Strict micro span F1 of ``spans`` against the corpus gold."""
    from wsl.core.scoring import score_spans
    from wsl.core.spans import span_keys
    from wsl.pipeline.writers import gold_spans

    return score_spans(span_keys(gold_spans(corpus)), span_keys(spans)).micro.f1


def conll_curve(corpus, pool_end: int, sizes: list[int], tagger: bool) -> dict:
    """F1 per (size, system) for a CoNLL corpus: sample from sentences ``< pool_end``, test on
    the rest. Size 0 is the no-sample baseline."""
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.apply import apply_lfs
    from wsl.pipeline.label import GoldSample, default_model, label_corpus
    from wsl.pipeline.mine import filter_mined, mine_extras, mine_gazetteer, mined_lfs
    from wsl.pipeline.subset import subset

    shipped = collect_lfs(types=corpus.tagset.types)
    pool = subset(corpus, np.arange(pool_end))
    test = subset(corpus, np.arange(pool_end, corpus.n_sents))
    pool_L = apply_lfs(pool, shipped).L
    test_L = apply_lfs(test, shipped).L
    out = {(0, "shipped"): span_f1(test, label_corpus(test, model="hmm", L=test_L).spans)}
    for n in sizes:
        sample = subset(pool, np.arange(n))
        rows = pool.sent_ids() < n
        gold = sample.gold_ids().astype(np.int64)
        semi = GoldSample(pool_L[rows], sample.sent_ids(), gold)
        out[(n, "shipped")] = out[(0, "shipped")]
        out[(n, "semi")] = span_f1(
            test, label_corpus(test, model=hmm(test.tagset), L=test_L, gold_sample=semi).spans
        )
        learned, rare = mine_extras(sample, tagger, True, 0)
        mined = mined_lfs(filter_mined(mine_gazetteer(sample)), tagger=learned, blockers=rare)
        lfs = mined + shipped
        mined_test_L = np.concatenate([apply_lfs(test, mined).L, test_L], axis=1)
        mined_sample_L = np.concatenate([apply_lfs(sample, mined).L, semi.L], axis=1)
        res = label_corpus(test, model=default_model(lfs), L=mined_test_L)
        out[(n, "mined")] = span_f1(test, res.spans)
        res = label_corpus(test, model="hmm", L=mined_test_L)
        out[(n, "mined+hmm")] = span_f1(test, res.spans)
        # the mined LFs memorised the sample: the check judges it without them, as a run
        # given LFs mined from its --gold-sample does (their files carry its fingerprint)
        both = GoldSample(mined_sample_L, semi.sent_ids, gold, blind=tuple(range(len(mined))))
        res = label_corpus(test, model=hmm(test.tagset), L=mined_test_L, gold_sample=both)
        out[(n, "both")] = span_f1(test, res.spans)
    return out


def wrench_curve(folder: Path, sizes: list[int]) -> dict:
    """F1 per (size, system) on a WRENCH set: sample from valid, fit on test's votes."""
    from wsl.pipeline.label import GoldSample, label_corpus
    from wsl.pipeline.wrench import read_wrench, wrench_corpus

    valid = read_wrench(folder / "valid.json")
    test_data = read_wrench(folder / "test.json")
    test = wrench_corpus(test_data, str(folder / "test.json"))
    res = label_corpus(test, model="hmm", L=test_data.L, lf_names=test_data.lf_names)
    out = {(0, "shipped"): span_f1(test, res.spans)}
    gold = valid.tagset.encode(valid.tokens["gold"].to_list()).astype(np.int64)
    for n in sizes:
        rows = valid.sent_ids < n
        semi = GoldSample(valid.L[rows], valid.sent_ids[rows], gold[rows])
        res = label_corpus(test, model=hmm(test.tagset), L=test_data.L, gold_sample=semi)
        out[(n, "shipped")] = out[(0, "shipped")]
        out[(n, "semi")] = span_f1(test, res.spans)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--sizes", default="25,50,100,250,500,1000")
    ap.add_argument("--no-tagger", action="store_true", help="mine without the tagger LF")
    args = ap.parse_args()
    from wsl.pipeline.readers import read_corpus

    data = Path(args.data)
    sizes = [int(x) for x in args.sizes.split(",")]
    tables: list[tuple[str, list[int], dict]] = []

    def fitting(limit: int) -> list[int]:
        return [n for n in sizes if n < limit] + [limit]

    t0 = time.perf_counter()
    dev = data / "data" / "wikiser-small-dev.conll"
    if dev.is_file():
        c = read_corpus(dev)
        pool_end = int(round(c.n_sents * 0.8))
        fit = fitting(pool_end)
        name = f"WikiSER dev (test: last {c.n_sents - pool_end} sentences)"
        tables.append((name, fit, conll_curve(c, pool_end, fit, not args.no_tagger)))
    else:
        print(f"skip: no {dev}")
    seed = data / "seed" / "000_c80abfa757d3c9f5.txt"
    if seed.is_file():
        c = read_corpus(seed)
        pool_end = c.n_sents // 2
        fit = fitting(pool_end)
        name = f"seed (test: last {c.n_sents - pool_end} sentences)"
        tables.append((name, fit, conll_curve(c, pool_end, fit, not args.no_tagger)))
    else:
        print(f"skip: no {seed}")
    mit = data / "data" / "wrench" / "mit-restaurants"
    if (mit / "valid.json").is_file() and (mit / "test.json").is_file():
        from wsl.pipeline.wrench import read_wrench

        n_valid = len(read_wrench(mit / "valid.json").ids)
        fit = fitting(n_valid)
        tables.append(("MIT-Restaurant (valid -> test)", fit, wrench_curve(mit, fit)))
    else:
        print(f"skip: no {mit}")
    print("\nHeld-out span F1 by gold sample size (sentences)\n")
    print(f"| corpus | gold sentences | {' | '.join(SYSTEMS)} |")
    print("|---|---:|" + "---:|" * len(SYSTEMS))
    for name, fit, res in tables:
        for n in fit:
            cells = [f"{res[(n, s)]:.4f}" if (n, s) in res else "–" for s in SYSTEMS]
            print(f"| {name} | {n} | {' | '.join(cells)} |")
    print(f"\n({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
