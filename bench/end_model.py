"""An end model trained on wsl's weak labels against the label model that made them.

Run from the project root::

    python bench/end_model.py [--data ../shared] [--max-steps 3000] [--gold-ceiling]

The README's recipe, measured: the WikiSER dev corpus is split as ``bench/learning_curve.py``
splits it (train: its first 80% of sentences; test: the last 1,598). The train part is
labelled by ``wsl label`` with the shipped LFs and the ``hmm`` (fitted on its own votes, no
gold) and written as a DocBin; its last tenth is spaCy's dev set for choosing the best
checkpoint, so no gold is used for training or selection. ``spacy init config -p ner -o
efficiency`` and ``spacy train`` (``--max-steps``) train a CPU NER on it. Both are scored on
the test part's gold (strict span P/R/F1 on wsl's tokens): the trained NER, and the label
model run on the test part itself (``wsl label TEST``, fitted on the test part's votes).
``--gold-ceiling`` also trains the same NER on the train part's gold labels, the ceiling a
perfect labeller would give. Prints one table; not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def score(test, keys: list[tuple]) -> tuple[float, float, float]:
    """Strict micro span P/R/F1 of ``(sent_id, start, end, label)`` keys against the gold."""
    from wsl.core.scoring import score_spans
    from wsl.core.spans import span_keys
    from wsl.pipeline.writers import gold_spans

    sc = score_spans(span_keys(gold_spans(test)), keys).micro
    return sc.precision, sc.recall, sc.f1


def train_ner(train_db: Path, dev_db: Path, out: Path, max_steps: int) -> tuple[Path, float]:
    """``spacy init config`` + ``spacy train`` in a subprocess; the best checkpoint's path."""
    cfg = out / "config.cfg"
    py = sys.executable
    subprocess.run(
        [
            py,
            "-m",
            "spacy",
            "init",
            "config",
            str(cfg),
            "-l",
            "en",
            "-p",
            "ner",
            "-o",
            "efficiency",
        ],
        check=True,
        capture_output=True,
    )
    t0 = time.perf_counter()
    res = subprocess.run(
        [
            py,
            "-m",
            "spacy",
            "train",
            str(cfg),
            "--output",
            str(out / "model"),
            "--paths.train",
            str(train_db),
            "--paths.dev",
            str(dev_db),
            "--training.max_steps",
            str(max_steps),
            "--training.eval_frequency",
            "200",
            "--training.patience",
            "0",
        ],  # fmt: skip
        capture_output=True,
        text=True,
    )
    if res.returncode != 0:
        raise SystemExit(f"spacy train failed:\n{res.stderr[-3000:]}")
    return out / "model" / "model-best", time.perf_counter() - t0


def ner_keys(model_dir: Path, test) -> list[tuple]:
    """The trained NER's entities on the test part, one Doc per sentence of wsl's tokens."""
    import spacy

    from wsl.pipeline.spacy_docs import corpus_to_docs

    nlp = spacy.load(model_dir)
    docs = corpus_to_docs(test, nlp.vocab, tag_column=None)  # a gold file: one Doc a sentence
    first = np.flatnonzero(test.sent_starts())
    sent_ids = test.table["sent_id"].to_numpy()[first].tolist()
    keys = []
    for sid, doc in zip(sent_ids, nlp.pipe(docs, batch_size=256)):
        keys += [(sid, e.start, e.end, e.label_) for e in doc.ents]
    return keys


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--max-steps", type=int, default=3000)
    ap.add_argument("--gold-ceiling", action="store_true")
    args = ap.parse_args(argv)
    dev = args.data / "data" / "wikiser-small-dev.conll"
    if not dev.exists():
        print(f"skip: {dev} not found")
        return 0
    from wsl.core.spans import span_keys
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.label import label_corpus
    from wsl.pipeline.readers import read_corpus
    from wsl.pipeline.subset import subset
    from wsl.pipeline.writers import gold_spans, write_docbin

    corpus = read_corpus(dev)
    pool_end = int(round(corpus.n_sents * 0.8))
    train = subset(corpus, np.arange(pool_end))
    test = subset(corpus, np.arange(pool_end, corpus.n_sents))
    lfs = collect_lfs(types=corpus.tagset.types)
    tmp = Path(tempfile.mkdtemp(prefix="wsl-end-model-"))
    cut = int(train.n_sents * 0.9)
    fit, held = subset(train, np.arange(cut)), subset(train, np.arange(cut, train.n_sents))
    rows: list[tuple[str, tuple[float, float, float], str]] = []

    weak = label_corpus(test, lfs, "hmm")
    rows.append(("label model (hmm) on the test part", score(test, span_keys(weak.spans)), "–"))

    def weak_db(part, name: str) -> Path:
        res = label_corpus(part, lfs, "hmm")
        path = tmp / f"{name}.spacy"
        write_docbin(path, part, res.spans, res.ids)
        return path

    model, secs = train_ner(
        weak_db(fit, "weak-train"), weak_db(held, "weak-dev"), tmp / "weak", args.max_steps
    )
    rows.append(
        ("spaCy NER trained on the weak labels", score(test, ner_keys(model, test)), f"{secs:.0f}")
    )
    if args.gold_ceiling:
        for part, name in ((fit, "gold-train"), (held, "gold-dev")):
            write_docbin(tmp / f"{name}.spacy", part, gold_spans(part))
        model, secs = train_ner(
            tmp / "gold-train.spacy", tmp / "gold-dev.spacy", tmp / "gold", args.max_steps
        )
        rows.append(
            (
                "spaCy NER trained on gold (ceiling)",
                score(test, ner_keys(model, test)),
                f"{secs:.0f}",
            )
        )
    print(
        f"WikiSER dev: train {train.n_sents:,} sentences ({fit.n_sents:,} + {held.n_sents:,} "
        f"for checkpoint choice), test {test.n_sents:,}; spacy train --max-steps {args.max_steps}"
    )
    print("| system | P | R | F1 | train s |\n|---|---:|---:|---:|---:|")
    for name, (p, r, f), secs in rows:
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {secs} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
