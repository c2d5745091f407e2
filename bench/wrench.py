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

from wsl.core.bio import ids_from_spans, sentence_starts, spans_from_ids
from wsl.core.scoring import score_spans
from wsl.core.tags import SOFTWARE_TYPES, TagSet
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.registry import make_model
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
    starts, ends, types = spans_from_ids(ids, sentence_starts(sent))
    tok = data.tokens["tok_id"].to_numpy()
    names = data.tagset.types
    return {
        (int(sent[a]), int(tok[a]), int(tok[a] + e - a), names[k])
        for a, e, k in zip(starts, ends, types)
    }


def timed_fit(
    kind: str, params: dict, tagset: TagSet, L: np.ndarray, sent: np.ndarray, repeats: int = 3
):
    """Best-of-``repeats`` wall-clock fit time (the machine is shared), then the peak traced
    memory of one more fit (tracemalloc slows fitting, so it is kept out of the timing)."""
    best = np.inf
    for _ in range(repeats):
        model = make_model(kind, tagset, seed=0, **params)
        t0 = time.perf_counter()
        model.fit(L, sent)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    make_model(kind, tagset, seed=0, **params).fit(L, sent)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return model, best, peak


def run_one(name: str, train: WrenchData, test: WrenchData) -> dict:
    kind, params = MODELS[name]
    model, fit_s, peak = timed_fit(kind, params, train.tagset, train.L, train.sent_ids)
    probs = model.predict_proba(test.L, test.sent_ids)
    pred = decode_bio(probs, test.sent_ids, test.tagset)
    sc = score_spans(span_set(test, test.gold_ids), span_set(test, pred)).micro
    return {
        "p": sc.precision * 100,
        "r": sc.recall * 100,
        "f": sc.f1 * 100,
        "fit_s": fit_s,
        "peak_mb": peak / 2**20,
    }


def synthetic(n_tokens: int = 300_000, n_lfs: int = 30, n_types: int = 12, seed: int = 0):
    """A label matrix shaped like real NER LFs: spans voted whole (B then I), abstain elsewhere.

    Gold: about one span per 12 tokens, 1-3 tokens long, random types. LFs 0-2 vote O on 20% of
    tokens (5% of those on entity tokens); every other LF covers 1-3 types, finds 10-60% of
    their spans, votes a wrong type (among its own) 10% of the time, and adds 5-80% as many
    spurious 1-2 token spans.
    """
    rng = np.random.default_rng(seed)
    lens = rng.integers(5, 60, size=2 * n_tokens // 30)
    lens = lens[np.cumsum(lens) <= n_tokens]
    n = int(lens.sum())
    sent = np.repeat(np.arange(len(lens)), lens)
    sent_end = np.cumsum(lens)[sent]  # first token after each token's sentence
    n_sp = n // 12
    st = np.sort(rng.choice(n - 4, size=n_sp, replace=False))
    en = np.minimum.reduce([st + rng.integers(1, 4, size=n_sp), np.append(st[1:], n), sent_end[st]])
    ty = rng.integers(0, n_types, size=n_sp)
    gold = ids_from_spans(n, st, en, 1 + 2 * ty)
    L = np.full((n, n_lfs), -1, np.int16)
    for j in range(n_lfs):
        if j < 3:
            fire = rng.random(n) < 0.2
            L[fire, j] = np.where((gold[fire] == 0) | (rng.random(int(fire.sum())) < 0.05), 0, -1)
            continue
        types = rng.choice(n_types, size=rng.integers(1, 4), replace=False)
        hit = np.isin(ty, types) & (rng.random(n_sp) < rng.uniform(0.1, 0.6))
        t_vote = np.where(rng.random(n_sp) < 0.1, rng.choice(types, size=n_sp), ty)
        fake = int(hit.sum() * rng.uniform(0.05, 0.8))
        fs = rng.choice(n - 4, size=fake, replace=False)
        fe = np.minimum(fs + rng.integers(1, 3, size=fake), sent_end[fs])
        v = ids_from_spans(
            n,
            np.r_[st[hit], fs],
            np.r_[en[hit], fe],
            1 + 2 * np.r_[t_vote[hit], rng.choice(types, size=fake)],
        )
        L[v > 0, j] = v[v > 0]
    return L, sent, gold


def speed_report() -> None:
    """Fit times: snorkel vs HMM on NCBI-Disease train, HMM on a 300k x 30 x 25 synthetic matrix."""
    ncbi = ROOT.parent / "shared" / "data" / "wrench" / "ncbi-disease" / "train.json"
    if ncbi.exists():
        tr = read_wrench(ncbi)
        for label, (kind, params) in (("snorkel", MODELS["snorkel"]), ("hmm", MODELS["hmm"])):
            _, secs, peak = timed_fit(kind, params, tr.tagset, tr.L, tr.sent_ids)
            print(
                f"fit on NCBI-Disease train {tr.L.shape}: {label:8} {secs:6.2f} s  "
                f"peak {peak / 2**20:6.1f} MB"
            )
    L, sent, gold = synthetic()
    tagset = TagSet(SOFTWARE_TYPES)
    model, secs, peak = timed_fit("hmm", {}, tagset, L, sent)
    pred = decode_bio(model.predict_proba(L, sent), sent, tagset)
    print(
        f"fit on synthetic {L.shape} x {tagset.n_tags} tags: hmm {secs:6.2f} s  "
        f"peak {peak / 2**20:6.1f} MB"
        f"  ({model.n_iter_} EM iterations, token accuracy {np.mean(pred == gold):.4f})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data" / "wrench"))
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--no-speed", action="store_true", help="skip the fit-time section")
    args = ap.parse_args(argv)
    base = Path(args.data)
    sets = sorted(p for p in base.glob("*") if (p / "meta.json").exists()) if base.is_dir() else []
    if not sets:
        print(f"skip: no WRENCH sets under {base}")
        return 0
    names = args.models.split(",")
    print(
        f"{'set':14} {'model':8} {'P':>6} {'R':>6} {'F1':>6} {'publ.':>6} "
        f"{'best publ.':>13} {'fit s':>6} {'peak MB':>8}"
    )
    for d in sets:
        test = read_wrench(d / "test.json")
        # a set without a train split (MIT-Restaurant here) is fitted on the split itself,
        # as bench/label_models.py does
        train = read_wrench(d / "train.json") if (d / "train.json").exists() else test
        pub = PUBLISHED.get(d.name, {})
        for name in names:
            r = run_one(name, train, test)
            best = pub.get("best")
            best_s = f"{best[0]:.2f} {best[1]}" if best else "-"
            publ = f"{pub[name]:.2f}" if name in pub else "-"
            print(
                f"{d.name:14} {name:8} {r['p']:6.2f} {r['r']:6.2f} {r['f']:6.2f} {publ:>6} "
                f"{best_s:>13} {r['fit_s']:6.2f} {r['peak_mb']:8.1f}",
                flush=True,
            )
    if not args.no_speed:
        speed_report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
