"""wsl's HMM beside skweak's HMM aggregator on the same votes (WRENCH sequence sets).

skweak is not a wsl dependency; install it into a separate venv together with wsl::

    python3 -m venv /tmp/skvenv
    /tmp/skvenv/bin/pip install -c constraints.txt skweak -e .
    /tmp/skvenv/bin/python bench/skweak_compare.py [--data ../shared/data/wrench]

For every set: each LF column of the WRENCH votes becomes a span group of a spaCy ``Doc``
(skweak's input; a token outside an LF's spans is that LF's ``O``, which is also what a
WRENCH LF votes there), skweak's ``HMM`` is fitted on train and annotates test; wsl's
``hmm`` is fitted on the same train votes and predicts test. Both are scored with the same
strict span F1. Fit and predict times are the best of ``--repeat`` runs. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def to_docs(data, vocab):
    """One spaCy Doc per WRENCH item, each LF's votes as spans in ``doc.spans[lf]``."""
    from spacy.tokens import Doc, Span

    from wsl.core.bio import spans_from_ids
    from wsl.core.corpus import sentences_of

    tokens = sentences_of(data.tokens, "token")
    starts_mask = data.tokens["tok_id"].to_numpy() == 0
    first = np.flatnonzero(starts_mask)
    sent = data.sent_ids
    docs = [Doc(vocab, words=w) for w in tokens]
    for j, name in enumerate(data.lf_names):
        col = np.where(data.L[:, j] > 0, data.L[:, j], 0)
        a, b, t = spans_from_ids(col, starts_mask)
        groups: dict[int, list] = {}
        for s, e, k in zip(a.tolist(), b.tolist(), t.tolist()):
            groups.setdefault(int(sent[s]), []).append(
                (s - first[sent[s]], e - first[sent[s]], data.tagset.types[k])
            )
        for i, doc in enumerate(docs):
            doc.spans[name] = [Span(doc, x, y, label=lab) for x, y, lab in groups.get(i, [])]
    return docs


def score(gold_data, pred: list[tuple[int, int, int, str]]):
    from wsl.core.scoring import score_spans
    from wsl.core.spans import span_keys
    from wsl.pipeline.wrench import wrench_corpus
    from wsl.pipeline.writers import gold_spans

    gold = span_keys(gold_spans(wrench_corpus(gold_data)))
    return score_spans(gold, pred).micro


def best_of(fn, repeat: int):
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def run_skweak(train, test, repeat: int):
    import skweak
    from spacy.vocab import Vocab

    vocab = Vocab()
    train_docs, test_docs = to_docs(train, vocab), to_docs(test, vocab)

    def fit():
        hmm = skweak.aggregation.HMM("hmm", list(train.tagset.types))
        hmm.fit(train_docs)
        return hmm

    t_fit, hmm = best_of(fit, repeat)
    t_pred, docs = best_of(lambda: [hmm(d) for d in test_docs], repeat)
    pred = [(i, sp.start, sp.end, sp.label_) for i, d in enumerate(docs) for sp in d.spans["hmm"]]
    return t_fit, t_pred, score(test, pred)


def run_wsl(train, test, model: str, repeat: int):
    from wsl.core.spans import span_keys
    from wsl.pipeline.decode import decode_bio, extract_spans
    from wsl.pipeline.models.registry import make_model

    t_fit, lm = best_of(
        lambda: make_model(model, train.tagset).fit(train.L, train.sent_ids), repeat
    )
    t_pred, probs = best_of(lambda: lm.predict_proba(test.L, test.sent_ids), repeat)
    ids = decode_bio(probs, test.sent_ids, test.tagset)
    spans = extract_spans(ids, probs, test.sent_ids, test.tagset)
    return t_fit, t_pred, score(test, span_keys(spans))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "wrench")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    try:
        import skweak  # noqa: F401
    except ImportError:
        print(
            "skip: skweak is not installed here; see this script's docstring for the separate venv"
        )
        return 0
    sets = (
        sorted(p for p in args.data.glob("*") if (p / "train.json").exists())
        if args.data.exists()
        else []
    )
    if not sets:
        print(f"skip: no WRENCH sets under {args.data}")
        return 0
    from wsl.pipeline.wrench import read_wrench

    print(f"{'set':<14}{'aggregator':<13}{'P':>7}{'R':>7}{'F1':>7}{'fit s':>9}{'predict s':>11}")
    for d in sets:
        train, test = read_wrench(d / "train.json"), read_wrench(d / "test.json")
        rows = [("skweak HMM", run_skweak(train, test, args.repeat))]
        rows += [(f"wsl {m}", run_wsl(train, test, m, args.repeat)) for m in ("hmm", "mv")]
        for name, (t_fit, t_pred, s) in rows:
            print(
                f"{d.name:<14}{name:<13}{100 * s.precision:7.2f}{100 * s.recall:7.2f}"
                f"{100 * s.f1:7.2f}{t_fit:9.2f}{t_pred:11.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
