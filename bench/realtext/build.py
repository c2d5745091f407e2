"""Build ``realtext.conll`` (the gold format) from the annotated ``sentences.txt``.

Run from the project root: ``python bench/realtext/build.py``. Each non-comment line of
``sentences.txt`` is one sentence with entities written ``[text]{Type}``; the plain text is
tokenised with wsl's tokenizer and every entity must start and end on token boundaries
(the script stops with the line number otherwise). Output is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITY = re.compile(r"\[([^\[\]]+)\]\{(\w+)\}")


def parse_line(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and entity character spans ``(start, end, type)`` of one annotated line."""
    plain, spans, pos = [], [], 0
    for m in ENTITY.finditer(line):
        plain.append(line[pos : m.start()])
        start = sum(map(len, plain))
        plain.append(m.group(1))
        spans.append((start, start + len(m.group(1)), m.group(2)))
        pos = m.end()
    plain.append(line[pos:])
    return "".join(plain), spans


def to_conll(text: str, spans: list[tuple[int, int, str]], lineno: int) -> list[str]:
    """``token<TAB>tag`` lines of one sentence (BIO tags from the character spans)."""
    from wsl.pipeline.tokenize import tokenize

    start, end, _ = tokenize(text)
    starts, ends = start.tolist(), end.tolist()
    tags = ["O"] * len(starts)
    for a, b, etype in spans:
        if a not in starts or b not in ends:
            raise ValueError(f"line {lineno}: {text[a:b]!r} does not sit on token boundaries")
        i, j = starts.index(a), ends.index(b)
        tags[i] = f"B-{etype}"
        for k in range(i + 1, j + 1):
            tags[k] = f"I-{etype}"
    return [f"{text[s:e]}\t{t}" for s, e, t in zip(starts, ends, tags)]


def build(src: Path, out: Path) -> int:
    """Write ``out`` from ``src``; return the number of sentences."""
    lines, n = [], 0
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, spans = parse_line(line)
        lines += ["<s>", *to_conll(text, spans, lineno), "</s>"]
        n += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return n


if __name__ == "__main__":
    n = build(HERE / "sentences.txt", HERE / "realtext.conll")
    sys.stdout.write(f"{n} sentences -> {HERE / 'realtext.conll'}\n")
