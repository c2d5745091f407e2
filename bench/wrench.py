"""Benchmark wsl's label models on the WRENCH sequence-tagging sets.

For every set under the directory (default ``../shared/data/wrench`` from the project root),
each aggregator is fitted on ``train`` (no gold used), predicts ``test``, is decoded to valid
BIO and scored by strict span F1 beside the published WRENCH figures. Prints a table; exits 0
with a message when the data is absent.

Usage: python bench/wrench.py [DATA_DIR] [--models mv,snorkel,hmm]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

from wsl.eval.spans import score_spans
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.base import make_model, sentence_starts
from wsl.pipeline.tags import spans_from_ids
from wsl.pipeline.wrench import WrenchData, read_wrench

ROOT = Path(__file__).resolve().parent.parent
# published test span F1 (WRENCH paper): MV, best published label model
PUBLISHED = {
    "ncbi-disease": {"mv": 78.44, "snorkel": 78.44, "hmm": 66.80, "best": (78.74, "CHMM")},
    "laptopreview": {"mv": 73.27, "snorkel": 73.27, "hmm": 73.63, "best": (73.63, "HMM")},
}
MODELS = {  # label, factory name, params
    "mv": ("mv", {"mode": "wrench"}),
    "snorkel": ("snorkel", {}),
    "hmm": ("hmm", {}),
}


def span_set(data: WrenchData, ids: np.ndarray) -> set[tuple[int, int, int, str]]:
    """Spans of tag ids as ``(sent_id, start, end, label)`` with sentence-relative positions."""
    sent = data.sent_ids
    starts, ends, types = spans_from_ids(ids, sentence_starts(sent), data.tagset)
    tok = data.tokens["tok_id"].to_numpy()
    names = data.tagset.types
    return {(int(sent[a]), int(tok[a]), int(tok[a] + e - a), names[k]) for a, e, k in zip(starts, ends, types)}


def run_one(name: str, train: WrenchData, test: WrenchData) -> dict:
    kind, params = MODELS[name]
    model = make_model(kind, train.tagset, seed=0, **params)
    tracemalloc.start()
    t0 = time.perf_counter()
    model.fit(train.L, train.sent_ids)
    fit_s = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    probs = model.predict_proba(test.L, test.sent_ids)
    pred = decode_bio(probs, test.sent_ids, test.tagset)
    sc = score_spans(span_set(test, test.gold_ids), span_set(test, pred)).micro
    return {"p": sc.precision * 100, "r": sc.recall * 100, "f": sc.f1 * 100, "fit_s": fit_s, "peak_mb": peak / 2**20}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data" / "wrench"))
    ap.add_argument("--models", default=",".join(MODELS))
    args = ap.parse_args(argv)
    base = Path(args.data)
    sets = sorted(p for p in base.glob("*") if (p / "meta.json").exists()) if base.is_dir() else []
    if not sets:
        print(f"skip: no WRENCH sets under {base}")
        return 0
    names = args.models.split(",")
    print(f"{'set':14} {'model':8} {'P':>6} {'R':>6} {'F1':>6} {'publ.':>6} {'best publ.':>13} {'fit s':>6} {'peak MB':>8}")
    for d in sets:
        train, test = read_wrench(d / "train.json"), read_wrench(d / "test.json")
        pub = PUBLISHED.get(d.name, {})
        for name in names:
            r = run_one(name, train, test)
            best = pub.get("best")
            best_s = f"{best[0]:.2f} {best[1]}" if best else "-"
            publ = f"{pub[name]:.2f}" if name in pub else "-"
            print(
                f"{d.name:14} {name:8} {r['p']:6.2f} {r['r']:6.2f} {r['f']:6.2f} {publ:>6} {best_s:>13} "
                f"{r['fit_s']:6.2f} {r['peak_mb']:8.1f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
