"""Label models on simulated LF suites whose shape is known: where a modelling choice helps.

Run from the project root::

    python bench/simulated.py [--seeds 2] [--sentences 3000]

Each scenario draws sentences of 8-24 tokens with entities of 1-3 tokens (12% of positions
open one, types uniform unless stated), then LF votes by a known recipe, and prints strict span
F1 of ``mv`` and of ``hmm`` with ``O`` allowed on a voted token where every LF voting there is
checkable (the default, ``o_on_voted="checked"``), never (``False``) and always (``True``), per
seed:

- ``mixed16``: 16 LFs, each voting a random subset of 4 types, recall 0.1-0.6, type accuracy
  0.35-0.95, and spurious single-token spans on 0.1-2% of ``O`` tokens;
- ``few-precise``: 2 types, 7 dictionary-like LFs of high precision and low recall, recall
  correlated (hard entities are found by few LFs);
- ``lists+rules``: the shipped suite's shape: 4 types, six correlated lists per type that hold
  the same 60% of common names (each 70% of them), and one precise rule per type for the names
  the lists miss; at 60, 600 and 6,000 sentences;
- ``models+twins``: the shape of suites built from out-of-domain taggers and lists (as for
  news NER): 4 types of skewed frequency (35/30/25/10%), three multi-type taggers of falling
  recall and type accuracy, two lists per type that also catch some names of other types, each
  with a near-copy twin (a cased and an uncased variant), and a detector that votes the most
  frequent type on half of all names;
- ``prolific+specific``: MIT-Restaurant's shape: 8 types of skewed frequency, one LF voting
  70% of all names but typing 40% of them as one of its three favourite types, and two precise
  single-type LFs per type of random recall;
- ``--random N``: N random suites (see :func:`random_suite`), and a summary line.

``--wrench-form`` turns every abstention into an ``O`` vote, as WRENCH's files hold LF votes.

Not a test and not a substitute for real sets: it shows which LF-suite shapes a choice suits
(the README's "Tried and not kept" cites it). No data needed.
"""

from __future__ import annotations

import argparse

import numpy as np

VARIANTS = (  # model, parameters
    ("mv", {}),
    ("hmm", {}),
    ("hmm", {"o_on_voted": False}),
    ("hmm", {"o_on_voted": True}),
)


def draw_gold(
    rng: np.random.Generator, n_sent: int, k: int, freq: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Sentence ids and BIO tag ids (O=0, B-t=1+2t, I-t=2+2t) of ``n_sent`` random sentences;
    entity types uniform, or drawn by ``freq``."""
    sent, gold = [], []
    for s in range(n_sent):
        length = int(rng.integers(8, 25))
        tags = [0] * length
        i = 0
        while i < length:
            if rng.random() < 0.12:
                span = min(int(rng.integers(1, 4)), length - i)
                t = int(rng.integers(k)) if freq is None else int(rng.choice(k, p=freq))
                tags[i : i + span] = [1 + 2 * t] + [2 + 2 * t] * (span - 1)
                i += span
            else:
                i += 1
        sent += [s] * length
        gold += tags
    return np.array(sent), np.array(gold)


def vote_span(L: np.ndarray, col: int, a: int, b: int, t: int) -> None:
    L[a, col] = 1 + 2 * t
    L[a + 1 : b, col] = 2 + 2 * t


def spurious(rng, L: np.ndarray, col: int, gold: np.ndarray, rate: float, types) -> None:
    """Single-token spans of a type in ``types`` on a share ``rate`` of the O tokens."""
    o = np.flatnonzero(gold == 0)
    pick = o[rng.random(len(o)) < rate]
    L[pick, col] = 1 + 2 * rng.choice(np.asarray(types), size=len(pick))


def mixed16(rng, sent, gold, spans, k=4):
    L = np.full((len(gold), 16), -1, dtype=np.int16)
    for j in range(16):
        voted = rng.choice(k, size=int(rng.integers(1, k + 1)), replace=False)
        rec, acc = rng.uniform(0.1, 0.6), rng.choice([0.95, 0.8, 0.55, 0.35])
        for a, b, t in spans:
            if rng.random() >= rec:
                continue
            if t not in voted and rng.random() < 0.7:
                continue
            vote_span(L, j, a, b, t if (t in voted and rng.random() < acc) else rng.choice(voted))
        spurious(rng, L, j, gold, rng.choice([0.001, 0.005, 0.02]), voted)
    return L


def few_precise(rng, sent, gold, spans, k=2):
    specs = [([0], 0.3, 0.98, 0.001), ([1], 0.3, 0.98, 0.001), ([0], 0.15, 0.95, 0.002)]
    specs += [([1], 0.15, 0.95, 0.002), ([0, 1], 0.4, 0.9, 0.004)]
    specs += [([0], 0.05, 0.9, 0.0005), ([1], 0.05, 0.9, 0.0005)]
    hard = rng.random(len(spans))
    L = np.full((len(gold), len(specs)), -1, dtype=np.int16)
    for j, (voted, rec, acc, fp) in enumerate(specs):
        for e, (a, b, t) in enumerate(spans):
            if t in voted and rng.random() < rec * 2 * (1 - hard[e]):
                vote_span(L, j, a, b, t if rng.random() < acc else rng.choice(voted))
        spurious(rng, L, j, gold, fp, voted)
    return L


def lists_and_rules(rng, sent, gold, spans, k=4, n_lists=6):
    common = rng.random(len(spans)) < 0.6
    L = np.full((len(gold), k * n_lists + k), -1, dtype=np.int16)
    col = 0
    for t in range(k):
        for _ in range(n_lists):
            for e, (a, b, tt) in enumerate(spans):
                if tt == t and common[e] and rng.random() < 0.7:
                    vote_span(L, col, a, b, t)
            spurious(rng, L, col, gold, 0.0005, [t])
            col += 1
    for t in range(k):
        for e, (a, b, tt) in enumerate(spans):
            if tt == t and not common[e] and rng.random() < 0.8:
                vote_span(L, col, a, b, t)
        spurious(rng, L, col, gold, 0.0003, [t])
        col += 1
    return L


def models_and_twins(rng, sent, gold, spans, k=4):
    freq = SKEW[k]
    cols = []
    for rec, acc in ((0.75, 0.88), (0.6, 0.8), (0.5, 0.7)):  # out-of-domain taggers
        c = np.full((len(gold), 1), -1, dtype=np.int16)
        for a, b, t in spans:
            if rng.random() < rec:
                vote_span(c, 0, a, b, t if rng.random() < acc else int(rng.choice(k, p=freq)))
        spurious(rng, c, 0, gold, 0.01, list(range(k)))
        cols.append(c)
    for t in range(k):  # two lists per type, each with a near-copy twin
        for rec in (0.4, 0.2):
            c, twin = (
                np.full((len(gold), 1), -1, dtype=np.int16),
                np.full((len(gold), 1), -1, dtype=np.int16),
            )
            for a, b, tt in spans:
                if rng.random() < (rec if tt == t else 0.15 * rec):
                    vote_span(c, 0, a, b, t)
                    if rng.random() < 0.95:
                        vote_span(twin, 0, a, b, t)
            spurious(rng, c, 0, gold, 0.002, [t])
            spurious(rng, twin, 0, gold, 0.003, [t])
            cols += [c, twin]
    c = np.full((len(gold), 1), -1, dtype=np.int16)  # "a name is the most frequent type"
    for a, b, _ in spans:
        if rng.random() < 0.5:
            vote_span(c, 0, a, b, 0)
    spurious(rng, c, 0, gold, 0.01, [0])
    return np.hstack(cols + [c])


def prolific_and_specific(rng, sent, gold, spans, k=8):
    fav = rng.permutation(k)[:3]
    L = np.full((len(gold), 1 + 2 * k), -1, dtype=np.int16)
    for a, b, t in spans:
        if rng.random() < 0.7:
            vote_span(L, 0, a, b, t if rng.random() < 0.6 else int(rng.choice(fav)))
    spurious(rng, L, 0, gold, 0.01, list(fav))
    for t in range(k):
        for j in (1 + 2 * t, 2 + 2 * t):
            rec = rng.uniform(0.1, 0.6)
            for a, b, tt in spans:
                if tt == t and rng.random() < rec:
                    vote_span(L, j, a, b, t)
            spurious(rng, L, j, gold, 0.001, [t])
    return L


def random_suite(rng, sent, gold, spans, k):
    """A random LF suite: 3-20 LFs, each a one-type list, a multi-type tagger, a one-type rule
    that finds the entities the others find hardest, or a near-copy twin of an earlier LF;
    recall, type accuracy and spurious-vote rate drawn per LF, entity difficulty per entity
    (correlated recall). Returns the votes and one letter per LF (l, t, r, w)."""
    hard = rng.random(len(spans)) ** float(rng.uniform(0.3, 3))
    cols, kinds = [], ""
    for _ in range(int(rng.integers(3, 21))):
        kind = str(rng.choice(["l", "t", "r", "w"], p=[0.45, 0.2, 0.2, 0.15]))
        if kind == "w" and cols:
            twin = cols[int(rng.integers(len(cols)))].copy()
            twin[rng.random(len(twin)) < 0.05] = -1
            cols.append(twin)
            kinds += kind
            continue
        kind = "l" if kind == "w" else kind
        c = np.full((len(gold), 1), -1, dtype=np.int16)
        types = list(range(k)) if kind == "t" else [int(rng.integers(k))]
        rec, acc, fp = {
            "l": (rng.uniform(0.1, 0.7), rng.uniform(0.7, 1.0), [0.0005, 0.002, 0.01]),
            "t": (rng.uniform(0.4, 0.9), rng.uniform(0.5, 0.95), [0.002, 0.01, 0.03]),
            "r": (rng.uniform(0.1, 0.5), rng.uniform(0.85, 1.0), [0.0002, 0.001, 0.005]),
        }[kind]
        for e, (a, b, t) in enumerate(spans):
            p = rec * 2 * (hard[e] if kind == "r" else 1 - hard[e])
            if t in types and rng.random() < p:
                vote_span(c, 0, a, b, t if rng.random() < acc else int(rng.choice(types)))
            elif t not in types and rng.random() < 0.1 * p:
                vote_span(c, 0, a, b, types[0])
        spurious(rng, c, 0, gold, float(rng.choice(fp)), types)
        cols.append(c[:, 0])
        kinds += kind
    return np.stack(cols, axis=1), kinds


WRENCH_FORM = [False]  # set by --wrench-form


def as_wrench(L: np.ndarray) -> np.ndarray:
    """The votes as WRENCH's files hold them: every LF votes O wherever it tags nothing."""
    return np.where(L < 0, 0, L).astype(L.dtype)


def run_random(seed: int) -> tuple[str, list[float]]:
    """One random suite (types 1-8 of random frequency, 300-5,000 sentences): a table row."""
    rng = np.random.default_rng(1000 + seed)
    k = int(rng.choice([1, 2, 4, 8]))
    n_sent = int(rng.choice([300, 1500, 5000]))
    sent, gold, spans = draw_spans(rng, n_sent, k, rng.dirichlet(np.full(k, 2.0)))
    L, kinds = random_suite(rng, sent, gold, spans, k)
    f = variant_f1s(L, sent, gold, k)
    cells = " | ".join(f"{x:7.2f}" for x in f)
    return f"| random {kinds} ({k} types) | {n_sent:,} | {seed} | {cells} |", f


def draw_spans(
    rng: np.random.Generator, n_sent: int, k: int, freq: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, int]]]:
    """:func:`draw_gold`, and its entities as ``(start, end, type)`` for the LF recipes."""
    from wsl.core.bio import sentence_starts, spans_from_ids

    sent, gold = draw_gold(rng, n_sent, k, freq)
    a, b, t = spans_from_ids(gold, sentence_starts(sent))
    return sent, gold, list(zip(a.tolist(), b.tolist(), t.tolist()))


def variant_f1s(L: np.ndarray, sent: np.ndarray, gold: np.ndarray, k: int) -> list[float]:
    """Strict span F1 of every model of :data:`VARIANTS` fitted on ``L`` (in WRENCH's form with
    ``--wrench-form``)."""
    from label_models import micro_score  # bench/: the protocol's scorer

    from wsl.core.bio import sentence_starts
    from wsl.core.tags import TagSet
    from wsl.pipeline.decode import decode_bio
    from wsl.pipeline.models.registry import make_model

    L = as_wrench(L) if WRENCH_FORM[0] else L
    tagset = TagSet(tuple(f"T{i}" for i in range(k)))
    starts = sentence_starts(sent)
    out = []
    for model, params in VARIANTS:
        lm = make_model(model, tagset, seed=0, **params).fit(L, sent)
        pred = decode_bio(lm.predict_proba(L, sent), sent, tagset)
        out.append(100 * micro_score(gold, pred, starts).f1)
    return out


SKEW = {4: np.array([0.35, 0.3, 0.25, 0.1]), 8: np.array([25, 20, 15, 10, 10, 8, 7, 5]) / 100}


def run(name: str, make_votes, k: int, n_sent: int, seed: int, skewed: bool = False) -> str:
    """One scenario's votes by ``make_votes`` for one seed: a table row."""
    rng = np.random.default_rng(seed)
    sent, gold, spans = draw_spans(rng, n_sent, k, SKEW[k] if skewed else None)
    f = variant_f1s(make_votes(rng, sent, gold, spans, k), sent, gold, k)
    return f"| {name} | {n_sent:,} | {seed} | " + " | ".join(f"{x:7.2f}" for x in f) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--sentences", type=int, default=3000)
    ap.add_argument("--random", type=int, default=0, help="also this many random suites")
    ap.add_argument(
        "--wrench-form", action="store_true", help="every LF votes O where it tags nothing"
    )
    args = ap.parse_args()
    WRENCH_FORM[0] = args.wrench_form
    print("| scenario | sentences | seed | mv | hmm (O checked) | O never | O always |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for seed in range(args.seeds):
        print(run("mixed16", mixed16, 4, args.sentences, seed), flush=True)
    for seed in range(args.seeds):
        print(run("few-precise", few_precise, 2, args.sentences, seed), flush=True)
    for n in (60, 600, 6000):
        for seed in range(args.seeds):
            print(run("lists+rules", lists_and_rules, 4, n, seed), flush=True)
    for seed in range(args.seeds):
        print(run("models+twins", models_and_twins, 4, args.sentences, seed, True), flush=True)
    for seed in range(args.seeds):
        row = run("prolific+specific", prolific_and_specific, 8, args.sentences, seed, True)
        print(row, flush=True)
    scores = []
    for seed in range(args.random):
        row, f = run_random(seed)
        scores.append(f)
        print(row, flush=True)
    if scores:
        mv, checked, never, always = np.array(scores).T
        print(
            f"\n{len(scores)} random suites: checked - never min {np.min(checked - never):+.2f}, "
            f"mean {np.mean(checked - never):+.2f}; checked - mv min {np.min(checked - mv):+.2f}; "
            f"checked - always min {np.min(checked - always):+.2f}, "
            f"mean {np.mean(checked - always):+.2f}"
        )


if __name__ == "__main__":
    main()
