"""The label-model protocol: every model on every WRENCH set and on the WikiSER dev corpus.

Run from the project root::

    python bench/label_models.py [--data ../shared/data] [--models mv,hmm,snorkel,priority]

Sets: every directory under ``DATA/wrench`` with a ``meta.json`` (its ``valid`` and ``test``
splits; the model is fitted on ``train`` where the set has one -- as ``wsl label
--input-format wrench --fit-on train.json`` does -- else on the split itself), and the dev
corpus ``DATA/wikiser-small-dev.conll`` labelled by the shipped LFs (fitted on itself). A
split fitted on itself is fitted, as ``wsl label`` fits it, on its seeded fit sample
(:mod:`wsl.pipeline.fit_sample`: at most 100k tokens, in hash order). No gold is used for
fitting. Prints one table: strict span P/R/F1,
token ECE (10 bins) and fit time (best of ``--repeat``). Rows of the default model that lose
to ``mv`` on the same set and split are marked ``<mv``. Choose defaults on ``valid`` and
``dev``; ``test`` is reported, not tuned on. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MODELS = ("mv", "hmm", "snorkel", "priority")


@dataclass
class Case:
    """One row group of the table: a label matrix to fit on and one to predict and score."""

    name: str
    split: str
    tagset: object
    fit_L: np.ndarray
    fit_sent: np.ndarray
    L: np.ndarray
    sent: np.ndarray
    gold: np.ndarray


def wrench_cases(base: Path) -> Iterator[Case]:
    """Valid and test of every WRENCH set under ``base`` (fit on train when there is one)."""
    from wsl.pipeline.fit_sample import sample_votes
    from wsl.pipeline.wrench import read_wrench, wrench_corpus

    for d in sorted(p for p in base.glob("*") if (p / "meta.json").exists()):
        train = read_wrench(d / "train.json") if (d / "train.json").exists() else None
        for split in ("valid", "test"):
            if not (d / f"{split}.json").exists():
                continue
            data = read_wrench(d / f"{split}.json")
            if train is not None:
                fit_L, fit_sent = train.L, train.sent_ids
            else:
                fit_L, fit_sent = sample_votes(wrench_corpus(data), data.L, seed=0)
            yield Case(
                d.name,
                split,
                data.tagset,
                fit_L,
                fit_sent,
                data.L,
                data.sent_ids,
                data.gold_ids,
            )


def dev_case(path: Path) -> Case:
    """The dev corpus with the shipped LFs' votes, fitted on itself."""
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.apply import apply_lfs
    from wsl.pipeline.fit_sample import sample_votes
    from wsl.pipeline.readers import read_corpus

    corpus = read_corpus(path)
    L = apply_lfs(corpus, collect_lfs(types=corpus.tagset.types)).L
    fit_L, fit_sent = sample_votes(corpus, L, seed=0)
    sent, gold = corpus.sent_ids(), corpus.gold_ids()
    return Case(path.stem, "dev", corpus.tagset, fit_L, fit_sent, L, sent, gold)


def evaluate(case: Case, model: str, params: dict | None = None, repeat: int = 1) -> dict:
    """Fit ``model`` on the case's fit matrix, predict, decode and score; returns a table row."""
    from wsl.core.bio import sentence_starts, spans_from_ids
    from wsl.core.scoring import score_spans
    from wsl.eval.calibration import expected_calibration_error
    from wsl.pipeline.decode import decode_bio
    from wsl.pipeline.models.registry import make_model

    best = np.inf
    for _ in range(max(1, repeat)):
        lm = make_model(model, case.tagset, seed=0, **(params or {}))
        t0 = time.perf_counter()
        lm.fit(case.fit_L, case.fit_sent)
        best = min(best, time.perf_counter() - t0)
    probs = lm.predict_proba(case.L, case.sent)
    pred = decode_bio(probs, case.sent, case.tagset)
    starts = sentence_starts(case.sent)

    def spans(ids: np.ndarray) -> list[tuple]:
        a, b, k = spans_from_ids(ids, starts)
        return [(0, int(x), int(y), int(t)) for x, y, t in zip(a, b, k)]

    sc = score_spans(spans(case.gold), spans(pred)).micro
    ece = expected_calibration_error(probs, case.gold)
    return {
        "p": 100 * sc.precision,
        "r": 100 * sc.recall,
        "f": 100 * sc.f1,
        "ece": ece,
        "fit_s": best,
    }


def cases(data: Path) -> Iterator[Case]:
    """Every case the data directory holds (WRENCH sets, then the dev corpus)."""
    if (data / "wrench").is_dir():
        yield from wrench_cases(data / "wrench")
    dev = data / "wikiser-small-dev.conll"
    if dev.exists():
        yield dev_case(dev)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--repeat", type=int, default=3, help="fit this many times, report the fastest")
    args = ap.parse_args(argv)
    if not (args.data / "wrench").is_dir() and not (args.data / "wikiser-small-dev.conll").exists():
        print(f"skip: no WRENCH sets or dev corpus under {args.data}")
        return 0
    from wsl.pipeline.label import default_model

    default = default_model(None)
    models = args.models.split(",")
    print(f"default model: {default}; '<mv' marks its rows below mv on the same set and split")
    head = ["set", "split", "model", "P", "R", "F1", "ECE", "fit s", ""]
    width = [17, 5, 8, 6, 6, 6, 6, 6, 3]
    cells = [h.ljust(w) if i < 3 else h.rjust(w) for i, (h, w) in enumerate(zip(head, width))]
    print("| " + " | ".join(cells) + " |")
    print("|" + "|".join("-" * (w + 2) for w in width) + "|")
    for case in cases(args.data):
        rows = {m: evaluate(case, m, repeat=args.repeat) for m in models}
        for m, r in rows.items():
            loses = m == default and "mv" in rows and r["f"] < rows["mv"]["f"] - 1e-9
            cells = [
                case.name.ljust(17),
                case.split.ljust(5),
                m.ljust(8),
                f"{r['p']:6.2f}",
                f"{r['r']:6.2f}",
                f"{r['f']:6.2f}",
                f"{r['ece']:6.3f}",
                f"{r['fit_s']:6.2f}",
                "<mv" if loses else "   ",
            ]
            print("| " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
