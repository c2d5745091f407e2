"""Quality benchmark: span-level P/R/F1 of every label model with the shipped LFs.

Run from the project root::

    python bench/quality.py [--data ../shared] [--folds 2] [--models mv,snorkel,hmm]
                            [--doc-lfs on|auto]

For the dev corpus (``data/wikiser-small-dev.conll``), the seed
(``seed/000_c80abfa757d3c9f5.txt``) and the project's own real-text set
(``bench/realtext/realtext.conll``, hand-labelled README sentences): apply the shipped LFs once,
fit each label model on the corpus's own votes (no gold), decode, and score strict span
matches against gold -- micro P/R/F1 and per-type F1; with ``--doc-lfs MODE`` each model gets
a second row, ``model+doc``, labelled with the document-level LFs in that mode (``on``: each
file is one document; ``auto``: they abstain on these gold files). Then the mined-LF K-fold
figures (mine bands and train the tagger on K-1 folds, label the held-out fold) on the dev
corpus, with and without the tagger, the blocker list and the shipped LFs, and on the WRENCH
sets' train splits (other domains, gold tags only). Skips cleanly when
the data is absent. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "bench" / "realtext" / "realtext.conll"  # hand-labelled README sentences


def score(corpus, result):
    """Span scores of a label result against the corpus gold."""
    from wsl.core.scoring import score_spans
    from wsl.core.spans import span_keys
    from wsl.pipeline.writers import gold_spans

    gold = span_keys(gold_spans(corpus))
    pred = span_keys(result.spans)
    return score_spans(gold, pred)


def run_corpus(path: Path, models: list[str], doc_lfs: str = "off") -> None:
    """Print one row per model (and per model with the document-level LFs in mode
    ``doc_lfs`` unless it is ``off``) and a per-type F1 table for ``path``."""
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.apply import apply_lfs
    from wsl.pipeline.label import label_corpus
    from wsl.pipeline.readers import read_corpus

    corpus = read_corpus(path)
    lfs = collect_lfs()
    t0 = time.perf_counter()
    applied = apply_lfs(corpus, lfs)
    t_apply = time.perf_counter() - t0
    print(
        f"\n## {path.name}: {corpus.n_sents:,} sentences, {corpus.n_tokens:,} tokens, {len(lfs)} "
        f"shipped LFs (applied in {t_apply:.2f} s)"
    )
    print(f"{'model':<13}{'P':>8}{'R':>8}{'F1':>8}{'macro F1':>10}{'fit+decode s':>14}")
    per_type = {}
    for m in models:
        for mode in ("off", doc_lfs) if doc_lfs != "off" else ("off",):
            t0 = time.perf_counter()
            res = label_corpus(
                corpus, model=m, L=applied.L, lf_names=applied.lf_names, doc_lfs=mode
            )
            secs = time.perf_counter() - t0
            s = score(corpus, res)
            if mode == "off":
                per_type[m] = s
            name = m if mode == "off" else f"{m}+doc"
            print(
                f"{name:<13}{s.micro.precision:8.3f}{s.micro.recall:8.3f}{s.micro.f1:8.3f}{s.macro_f1:10.3f}{secs:14.2f}"
            )
    types = corpus.tagset.types
    print("\nper-type F1")
    print(f"{'type':<18}" + "".join(f"{m:>9}" for m in models))
    for t in types:
        print(
            f"{t:<18}"
            + "".join(
                f"{per_type[m].per_type.get(t).f1 if t in per_type[m].per_type else 0.0:9.3f}"
                for m in models
            )
        )
    print_type_prf(per_type[models[-1] if "hmm" not in models else "hmm"], types)


def print_type_prf(s, types) -> None:
    """Per-type precision, recall, F1 and gold support of one model's scores."""
    print("\nper-type P/R/F1 (hmm, or the last model)")
    print(f"{'type':<18}{'P':>8}{'R':>8}{'F1':>8}")
    for t in types:
        c = s.per_type.get(t)
        if c is not None:
            print(f"{t:<18}{c.precision:8.3f}{c.recall:8.3f}{c.f1:8.3f}")


MINED_SYSTEMS = (
    # (label, train a tagger, write blockers, add the shipped LFs)
    ("bands", False, False, False),
    ("bands + tagger", True, False, False),
    ("bands + shipped", False, False, True),
    ("bands+blockers+shipped", False, True, True),
    ("all (+tagger)", True, True, True),
)


def run_mined(corpus, k: int, model: str, shipped: list, label: str) -> None:
    """K-fold mined-LF figures on ``corpus`` (contiguous and random folds), one row per system."""
    from wsl.pipeline.mine_folds import crossval_mined

    print(
        f"\n## mined LFs, {k}-fold on {label} (label model {model}; 'direct' = one exact "
        "longest-match gazetteer, rate >= 0.2)"
    )
    print(
        "(reach: share of held-out gold spans whose string and type were mined from the other "
        "folds, the recall ceiling of string LFs)"
    )
    print(f"{'split':<11}{'system':<22}{'P':>8}{'R':>8}{'F1':>8}{'reach':>8}")
    for split in ("contiguous", "random"):
        direct = None
        for name, tagger, blockers, with_shipped in MINED_SYSTEMS:
            if with_shipped and not shipped:
                continue
            t0 = time.perf_counter()
            res = crossval_mined(
                corpus,
                k,
                model=model,
                extra_lfs=shipped if with_shipped else (),
                split=split,
                tagger=tagger,
                blockers=blockers,
            )
            secs = time.perf_counter() - t0
            rows = {r["system"]: r for r in res.filter(fold="all").iter_rows(named=True)}
            if direct is None:
                direct = rows["direct"]
                print(
                    f"{split:<11}{'direct':<22}{direct['p']:8.3f}{direct['r']:8.3f}{direct['f']:8.3f}{direct['reach']:8.3f}"
                )
            r = rows["model"]
            print(
                f"{split:<11}{name:<22}{r['p']:8.3f}{r['r']:8.3f}{r['f']:8.3f}{r['reach']:8.3f}   "
                f"({secs:.1f} s)"
            )


def wrench_corpora(root: Path) -> list:
    """The WRENCH sets' train splits as labelled corpora (other domains for the mining figures)."""
    from wsl.pipeline.wrench import read_wrench, wrench_corpus

    out = []
    for name in ("ncbi-disease", "laptopreview"):
        p = root / "data" / "wrench" / name / "train.json"
        if p.exists():
            out.append((f"WRENCH {name} train", wrench_corpus(read_wrench(p), str(p))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--models", default="mv,snorkel,hmm,priority")
    ap.add_argument("--mined-model", default="priority")
    ap.add_argument("--doc-lfs", default="off", choices=("off", "auto", "on"))
    args = ap.parse_args()
    dev = args.data / "data" / "wikiser-small-dev.conll"
    seed = args.data / "seed" / "000_c80abfa757d3c9f5.txt"
    models = args.models.split(",")
    for p in (dev, seed, REALTEXT):
        if p.exists():
            run_corpus(p, models, args.doc_lfs)
        else:
            print(f"skip: no {p}")
    if args.folds > 1:
        from wsl.lfs.registry import collect_lfs
        from wsl.pipeline.readers import read_corpus

        if dev.exists():
            run_mined(read_corpus(dev), args.folds, args.mined_model, collect_lfs(), dev.name)
        for label, corpus in wrench_corpora(args.data):  # other domains: no shipped LFs apply
            run_mined(corpus, args.folds, args.mined_model, [], label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
