"""Refactoring guard: every output of the ``wsl`` commands, byte for byte, before and after.

Run from the project root, once on the old code and once on the new::

    python bench/same_output.py --save /tmp/before      # on the old commit
    python bench/same_output.py --check /tmp/before     # on the new one

It runs the installed ``wsl`` on the shipped sample text, the seed gold and the WikiSER dev
corpus (``../shared``; the data-dependent runs are skipped when it is absent): every output
format, every label model, ``eval --json``, ``lfs analyze --json``, ``corpus stats`` and
``gazetteer mine``. Outputs go to a folder of files plus a SHA-256 manifest; ``--check``
reruns everything into a temp folder and lists every file that differs. Exit code 1 on any
difference. Nothing derived from ``../shared`` is committed: the reference folder lives where
you put it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WSL = str(Path(sys.executable).with_name("wsl"))


def runs(data: Path, out: Path) -> list[tuple[str, list[str]]]:
    """(output name, wsl arguments) for every run; ``{out}`` names the output folder."""
    sample = str(ROOT / "examples" / "sample.txt")
    seed = data / "seed" / "000_c80abfa757d3c9f5.txt"
    dev = data / "data" / "wikiser-small-dev.conll"
    todo: list[tuple[str, list[str]]] = [
        ("sample.conll", ["label", sample, "--probs"]),
        ("sample.jsonl", ["label", sample, "-f", "jsonl"]),
        ("lfs.list.txt", ["lfs", "list"]),
        ("gazetteer.stats.json", ["gazetteer", "stats", "--json"]),
    ]
    for fmt in ("spacy", "parquet"):
        todo.append(
            (f"sample.{fmt}", ["label", sample, "-f", fmt, "-o", str(out / f"sample.{fmt}")])
        )
    if seed.exists():
        s = str(seed)
        for model in ("hmm", "mv", "snorkel", "priority"):
            todo.append((f"seed.{model}.conll", ["label", s, "-m", model, "--probs"]))
        todo += [
            ("seed.jsonl", ["label", s, "-f", "jsonl"]),
            ("seed.eval.json", ["eval", "--gold", s, "--json"]),
            ("seed.eval.mv.json", ["eval", "--gold", s, "-m", "mv", "--json"]),
            ("seed.analyze.json", ["lfs", "analyze", "--gold", s, "--json"]),
            ("seed.stats.txt", ["corpus", "stats", s]),
            (
                "seed.mine.txt",
                ["gazetteer", "mine", s, "--out", str(out / "seed.mined"), "--folds", "2"],
            ),
            ("seed.errors.json", ["lfs", "errors", "gaz_language_curated", "--gold", s, "--json"]),
            ("seed.report.md", ["eval", "--gold", s, "--report", str(out / "seed.report.md")]),
        ]
    if dev.exists():
        d = str(dev)
        for model in ("hmm", "mv", "priority"):
            todo.append((f"dev.{model}.conll", ["label", d, "-m", model, "--probs"]))
        todo += [
            ("dev.jsonl", ["label", d, "-f", "jsonl"]),
            ("dev.eval.json", ["eval", "--gold", d, "--json"]),
            ("dev.mine.txt", ["gazetteer", "mine", d, "--out", str(out / "dev.mined")]),
        ]
    return todo


def produce(data: Path, out: Path) -> dict[str, str]:
    """Run everything into ``out``; return ``{file: sha256}`` for every file written."""
    out.mkdir(parents=True, exist_ok=True)
    # a private LF cache: a shared one may hold columns another checkout wrote
    env = {**os.environ, "WSL_CACHE_DIR": tempfile.mkdtemp(prefix="wsl-same-output-cache-")}
    for name, args in runs(data, out):
        print(f"  wsl {' '.join(args[:2])} ... -> {name}", file=sys.stderr)
        proc = subprocess.run([WSL, *args], capture_output=True, cwd=ROOT, env=env)
        if not (out / name).exists():
            # stderr too (summaries, errors), without the timing figures that vary run to run
            err = re.sub(rb"\d+\.\d+ s\b", b"<time>", proc.stderr).replace(bytes(out), b"<out>")
            err = re.sub(rb"[\d,]+ tokens/s", b"<rate>", err)
            err = re.sub(rb"\b(read|apply|model|decode|write) \d+\.\d+", rb"\1 <time>", err)
            text = proc.stdout + b"\n[stderr]\n" + err + f"[exit {proc.returncode}]\n".encode()
            (out / name).write_bytes(text.replace(bytes(ROOT), b"<root>"))  # checkouts compare
    manifest = {}
    for p in sorted(out.rglob("*")):
        if p.is_file() and p.name != "manifest.json":
            manifest[str(p.relative_to(out))] = hashlib.sha256(content(p)).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


def content(p: Path) -> bytes:
    """What is compared of a file: its bytes; for parquet, the table and metadata with the
    checkout's path replaced (the metadata names the input file, and its length moves bytes)."""
    if p.suffix != ".parquet":
        return p.read_bytes()
    import pyarrow.parquet as pq

    table = pq.read_table(p)
    meta = repr(sorted((table.schema.metadata or {}).items())).encode()
    body = table.replace_schema_metadata(None).to_pandas().to_csv().encode()
    return (body + meta).replace(bytes(ROOT), b"<root>")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write reference outputs here")
    group.add_argument("--check", type=Path, help="compare against reference outputs here")
    args = ap.parse_args()
    if args.save:
        shutil.rmtree(args.save, ignore_errors=True)
        manifest = produce(args.data, args.save)
        print(f"saved {len(manifest)} files to {args.save}")
        return 0
    before = json.loads((args.check / "manifest.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        after = produce(args.data, Path(tmp))
        diff = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        for k in diff:
            print(f"DIFFERS: {k}")
            if (
                k.endswith((".conll", ".json", ".txt", ".md", ".jsonl"))
                and k in after
                and k in before
            ):
                subprocess.run(["diff", str(args.check / k), str(Path(tmp) / k)], stdout=sys.stdout)
    print(f"{len(after) - len(diff)} of {len(after)} files identical")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
