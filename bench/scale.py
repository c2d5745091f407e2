"""Memory and time of `wsl label --shard-tokens` as the input grows.

Run from the project root::

    python bench/scale.py [--data ../shared] [--sizes 1,3,10] [--shard-tokens 200000]
                          [--input text|conll|jsonl]

Builds one file from the dev corpus repeated ``k`` times for each size ``k`` (about 0.3 M
tokens per repeat): raw text (each gold sentence's tokens joined by spaces, a blank line
every 20 sentences), the gold file itself, or JSONL records (``tokens`` and ``tags`` per
sentence), then runs the installed ``wsl label FILE --shard-tokens N -f jsonl``
as a real process and reads its peak RSS (``/usr/bin/time -v`` when present, else
``resource`` of the child) and wall time. Prints tokens, seconds, seconds per million
tokens and peak RSS per size, beside the in-memory run (no shards) for the sizes given in
``--in-memory`` (default the smallest). Not a test; skips when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WSL = str(Path(sys.executable).with_name("wsl"))


def dev_text(dev: Path, kind: str = "text") -> str:
    """The dev corpus once, as raw text, as the gold file, or as JSONL records."""
    from wsl.core.corpus import sentences_of
    from wsl.pipeline.conll import read_conll

    if kind == "conll":
        return dev.read_text(encoding="utf-8")
    corpus = read_conll(dev)
    if kind == "jsonl":
        pairs = zip(sentences_of(corpus.table), sentences_of(corpus.table, "gold"))
        return "".join(json.dumps({"tokens": t, "tags": g}) + "\n" for t, g in pairs)
    sents = corpus.sentence_texts()
    blocks = ["\n".join(sents[i : i + 20]) for i in range(0, len(sents), 20)]
    return "\n\n".join(blocks) + "\n\n"


def run(args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the ``wsl`` process, and its stderr's last line."""
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    cmd = [timer, "-f", "RSS_KB %M", *args] if timer else args
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"wsl failed: {proc.stderr[-2000:]}")
    lines = proc.stderr.strip().splitlines()
    rss = [int(x.split()[1]) / 1024 for x in lines if x.startswith("RSS_KB ")]
    if not rss:  # no time(1): the largest child so far (sizes run in increasing order)
        rss = [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]
    summary = [x for x in lines if " tokens, " in x]
    return secs, rss[0], summary[-1] if summary else lines[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sizes", default="1,3,10", help="repeats of the dev corpus (ascending)")
    ap.add_argument("--shard-tokens", type=int, default=200_000)
    ap.add_argument("--in-memory", default="1", help="sizes also run without shards")
    ap.add_argument("--input", choices=("text", "conll", "jsonl"), default="text")
    args = ap.parse_args()
    dev = args.data / "data" / "wikiser-small-dev.conll"
    if not dev.exists():
        print(f"skip: {dev} not found")
        return 0
    text = dev_text(dev, args.input)
    sizes = sorted(int(x) for x in args.sizes.split(","))
    in_memory = {int(x) for x in args.in_memory.split(",") if x}
    rows = []
    with tempfile.TemporaryDirectory(prefix="wsl-scale-") as tmp:
        for k in sizes:
            src = Path(tmp) / f"dev_x{k}.{'txt' if args.input == 'text' else args.input}"
            src.write_text(text * k, encoding="utf-8")
            common = [WSL, "label", str(src), "-f", "jsonl", "--no-cache"]
            modes = [("sharded", ["--shard-tokens", str(args.shard_tokens)])]
            if k in in_memory:
                modes.insert(0, ("in memory", []))
            for mode, extra in modes:
                out = Path(tmp) / f"out_{k}_{mode[:2]}.jsonl"
                secs, rss, last = run([*common, *extra, "-o", str(out)])
                n_tok = int(last.split(" tokens")[0].replace(",", ""))
                rows.append((k, mode, n_tok, secs, secs / n_tok * 1e6, rss))
                out.unlink()
            src.unlink()
    shards = f"--shard-tokens {args.shard_tokens:,}"
    print(f"{args.input} input, wsl label -f jsonl --no-cache, {shards}")
    head = ("size", "mode", "tokens", "seconds", "s/M tokens", "peak RSS")
    print("{:>6} {:>10} {:>12} {:>9} {:>11} {:>10}".format(*head))
    for k, mode, n_tok, secs, per_m, rss in rows:
        print(f"{k:>5}x {mode:>10} {n_tok:>12,} {secs:>9.1f} {per_m:>11.1f} {rss:>8,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
