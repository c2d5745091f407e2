"""Quality benchmark: span-level P/R/F1 of every label model with the shipped LFs.

Run from the project root::

    python bench/quality.py [--data ../shared] [--folds 2] [--models mv,snorkel,hmm]

For the dev corpus (``data/wikiser-small-dev.conll``) and the seed
(``seed/000_c80abfa757d3c9f5.txt``): apply the shipped LFs once, fit each label model on
the corpus's own votes (no gold), decode, and score strict span matches against gold —
micro P/R/F1 and per-type F1. Then the mined-gazetteer K-fold figure on the dev corpus
(mine on K-1 folds, label the held-out fold with mined + shipped LFs). Skips cleanly when
the data is absent. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def score(corpus, result):
    """Span scores of a label result against the corpus gold."""
    from wsl.eval.spans import score_spans
    from wsl.pipeline.writers import gold_spans

    gold = list(gold_spans(corpus).select("sent_id", "start", "end", "label").iter_rows())
    pred = list(result.spans.select("sent_id", "start", "end", "label").iter_rows())
    return score_spans(gold, pred)


def run_corpus(path: Path, models: list[str]) -> None:
    """Print one row per model and a per-type F1 table for ``path``."""
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.apply import apply_lfs
    from wsl.pipeline.label import label_corpus
    from wsl.pipeline.readers import read_corpus

    corpus = read_corpus(path)
    lfs = collect_lfs()
    t0 = time.perf_counter()
    applied = apply_lfs(corpus, lfs)
    t_apply = time.perf_counter() - t0
    print(f"\n## {path.name}: {corpus.n_sents:,} sentences, {corpus.n_tokens:,} tokens, {len(lfs)} shipped LFs (applied in {t_apply:.2f} s)")
    print(f"{'model':<10}{'P':>8}{'R':>8}{'F1':>8}{'macro F1':>10}{'fit+decode s':>14}")
    per_type = {}
    for m in models:
        t0 = time.perf_counter()
        res = label_corpus(corpus, model=m, L=applied.L, lf_names=applied.lf_names)
        secs = time.perf_counter() - t0
        s = score(corpus, res)
        per_type[m] = s
        print(f"{m:<10}{s.micro.precision:8.3f}{s.micro.recall:8.3f}{s.micro.f1:8.3f}{s.macro_f1:10.3f}{secs:14.2f}")
    types = corpus.tagset.types
    print("\nper-type F1")
    print(f"{'type':<18}" + "".join(f"{m:>9}" for m in models))
    for t in types:
        print(f"{t:<18}" + "".join(f"{per_type[m].per_type.get(t).f1 if t in per_type[m].per_type else 0.0:9.3f}" for m in models))


def run_mined(path: Path, k: int, model: str) -> None:
    """K-fold mined-gazetteer figures on ``path`` (contiguous and random folds)."""
    from wsl.eval.crossval import crossval_mined
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.readers import read_corpus

    corpus = read_corpus(path)
    for split in ("contiguous", "random"):
        for extra, label in (((), "mined only"), (collect_lfs(), "mined + shipped")):
            t0 = time.perf_counter()
            res = crossval_mined(corpus, k, model=model, extra_lfs=extra, split=split).filter(fold="all")
            secs = time.perf_counter() - t0
            for r in res.iter_rows(named=True):
                print(f"{split:<11}{label:<17}{r['system']:<8}{r['p']:8.3f}{r['r']:8.3f}{r['f']:8.3f}{r['reach']:8.3f}   ({secs:.1f} s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--models", default="mv,snorkel,hmm,priority")
    ap.add_argument("--mined-model", default="priority")
    args = ap.parse_args()
    dev = args.data / "data" / "wikiser-small-dev.conll"
    seed = args.data / "seed" / "000_c80abfa757d3c9f5.txt"
    if not dev.exists() and not seed.exists():
        print(f"skip: no data under {args.data}")
        return 0
    models = args.models.split(",")
    for p in (dev, seed):
        if p.exists():
            run_corpus(p, models)
    if dev.exists() and args.folds > 1:
        print(f"\n## mined gazetteers, {args.folds}-fold on {dev.name} (label model {args.mined_model}; 'direct' = one exact longest-match gazetteer, rate >= 0.2)")
        print(f"{'split':<11}{'LFs':<17}{'system':<8}{'P':>8}{'R':>8}{'F1':>8}{'reach':>8}")
        print("(reach: share of held-out gold spans whose string and type were mined from the other folds, the recall ceiling of mined string LFs)")
        run_mined(dev, args.folds, args.mined_model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
