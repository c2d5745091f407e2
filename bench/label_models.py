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

A second table shows how much of ``mv``'s figure is its tie rule: where entity types tie on a
token, ``mv`` picks by a hash of the token's row (snorkel's rule, which reproduces WRENCH's
published figures). Re-run with the rows shifted (``row_offset``) it picks otherwise; the
table gives ``mv``'s F1 over ``--tie-orders`` such orders (order 0 is the published one) and
the share of them the default model equals or beats, so a gap of one tied span reads as what it is.
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
    from wsl.core.bio import sentence_starts
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
    sc = micro_score(case.gold, pred, sentence_starts(case.sent))
    ece = expected_calibration_error(probs, case.gold)
    return {
        "p": 100 * sc.precision,
        "r": 100 * sc.recall,
        "f": 100 * sc.f1,
        "ece": ece,
        "fit_s": best,
    }


_ORDER_STRIDE = 10_000_019  # row offset between tie orders: a prime past any corpus here


def tie_spread(case: Case, orders: int) -> np.ndarray:
    """Strict span F1 of ``mv`` on ``case`` under ``orders`` tie orders (order 0 = published).

    Tie order ``k`` hashes every row as if it stood ``k * _ORDER_STRIDE`` rows further into the
    corpus; only tokens whose entity types tie can change.
    """
    from wsl.core.bio import sentence_starts
    from wsl.pipeline.decode import decode_bio
    from wsl.pipeline.models.registry import make_model

    starts = sentence_starts(case.sent)
    lm = make_model("mv", case.tagset, seed=0)
    lm.fit(case.fit_L, case.fit_sent)
    out = np.empty(orders)
    for k in range(orders):
        probs = lm.predict_proba(case.L, case.sent, row_offset=k * _ORDER_STRIDE)
        pred = decode_bio(probs, case.sent, case.tagset)
        out[k] = 100 * micro_score(case.gold, pred, starts).f1
    return out


def micro_score(gold: np.ndarray, pred: np.ndarray, starts: np.ndarray):
    """Micro strict span P/R/F1 of two tag-id sequences over the same sentences."""
    from wsl.core.bio import spans_from_ids
    from wsl.core.scoring import score_spans

    def spans(ids: np.ndarray) -> list[tuple]:
        a, b, k = spans_from_ids(ids, starts)
        return [(0, int(x), int(y), int(t)) for x, y, t in zip(a, b, k)]

    return score_spans(spans(gold), spans(pred)).micro


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
    ap.add_argument("--tie-orders", type=int, default=100, help="mv tie orders (0 = no table)")
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
    ties = []
    for case in cases(args.data):
        rows = {m: evaluate(case, m, repeat=args.repeat) for m in models}
        if args.tie_orders > 0 and default in rows:
            ties.append((case, tie_spread(case, args.tie_orders), rows[default]["f"]))
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
    if ties:
        print_ties(ties, default)
    return 0


def print_ties(ties: list[tuple[Case, np.ndarray, float]], default: str) -> None:
    """The tie-order table: mv's F1 spread per set and split, and the default model's place."""
    print(f"\nmv over {len(ties[0][1])} tie orders (order 0 = the published rule) and {default}")
    head = "| set               | split | order 0 |   mean |   sd |    min |    max |"
    print(head + f" {default:>6} | at or above |")
    print(
        "|-------------------|-------|--------:|-------:|-----:|-------:|-------:|-------:|------------:|"
    )
    for case, f, d in ties:
        cells = [
            case.name.ljust(17),
            case.split.ljust(5),
            f"{f[0]:7.2f}",
            f"{f.mean():6.2f}",
            f"{f.std():4.2f}",
            f"{f.min():6.2f}",
            f"{f.max():6.2f}",
            f"{d:6.2f}",
            f"{100 * np.mean(d >= f - 1e-9):10.0f}%",
        ]
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
