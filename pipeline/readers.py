"""Read any supported input into a :class:`Corpus`: gold CoNLL, raw text, JSONL.

* raw text (``.txt`` without tab-separated tags): UTF-8; one document per file, or one per
  blank-line block with ``docs="blocks"``; tokenised and sentence-split by
  :mod:`wsl.pipeline.tokenize`; offsets index the original text.
* JSONL: one JSON object per line, ``{"text": ...}`` (tokenised like raw text) or
  ``{"tokens": [...]}`` (one sentence, kept as given; optional ``"tags"`` as gold).
* CoNLL gold format: :func:`wsl.pipeline.conll.read_conll`.
* parquet: a ``text`` or ``tokens`` column, :mod:`wsl.pipeline.parquet_input`.

:func:`iter_pieces` reads one file as corpora of bounded size (for the sharded run).
"""

from __future__ import annotations

import glob
import json
import logging
import re
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from wsl.core.corpus import Corpus, concat_corpora
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import STDIN, iter_blocks, iter_lines, read_text
from wsl.pipeline.conll import iter_conll, read_conll
from wsl.pipeline.parquet_input import is_parquet, iter_parquet, read_parquet_input
from wsl.pipeline.records import OneKind, Record, corpus_from_texts, record_of, records_corpus

log = logging.getLogger(__name__)

FORMATS = ("auto", "conll", "text", "jsonl", "parquet")


def detect_format(path: str | Path, text: str | None = None) -> str:
    """``conll``, ``jsonl``, ``parquet`` or ``text`` from the extension, else from the first
    line (parquet: its magic bytes)."""
    p = Path(path)
    if str(p) != STDIN and is_parquet(p):
        return "parquet"
    if p.suffix in (".conll", ".bio", ".tsv"):
        return "conll"
    if p.suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if text is None:
        text = read_text(p)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if first.strip() == "<s>" or "\t" in first:
        return "conll"
    if first.lstrip().startswith("{"):
        return "jsonl"
    return "text"


def read_corpus(
    path: str | Path, fmt: str = "auto", tagset: TagSet | None = TagSet(), docs: str = "file"
) -> Corpus:
    """Read ``path`` in format ``fmt`` (see module docstring)."""
    if fmt not in FORMATS:
        raise WslError(f"unknown input format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "parquet" or (fmt == "auto" and str(path) != STDIN and is_parquet(path)):
        return read_parquet_input(path, tagset)
    text = read_text(path)
    if fmt == "auto":
        fmt = detect_format(path, text)
    if fmt == "conll":
        return read_conll(path, tagset)
    if fmt == "jsonl":
        return read_jsonl(path, tagset, text)
    return corpus_from_texts(split_docs(text, docs), str(path), tagset or TagSet())


# file types a folder input contributes (raw text, Markdown, reStructuredText, HTML, CoNLL, JSONL,
# parquet)
INPUT_SUFFIXES = (
    ".txt",
    ".md",
    ".markdown",
    ".rst",
    ".html",
    ".htm",
    ".conll",
    ".bio",
    ".jsonl",
    ".parquet",
)


def expand_inputs(inputs: Sequence[str | Path]) -> list[str]:
    """The files named by ``inputs``: paths, folders (their input files, recursively, in name
    order), glob patterns (``docs/**/*.md``), or ``-`` for standard input (alone)."""
    out: list[str] = []
    for item in map(str, inputs):
        p = Path(item)
        if item == STDIN:
            if len(inputs) > 1:
                raise WslError("'-' (standard input) cannot be combined with other inputs")
            out.append(item)
        elif p.is_dir():
            found = sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in INPUT_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                raise WslError(f"holds no input files ({', '.join(INPUT_SUFFIXES)})", item)
            out += found
        elif not p.exists() and any(ch in item for ch in "*?["):
            found = sorted(f for f in glob.glob(item, recursive=True) if Path(f).is_file())
            if not found:
                raise WslError("no file matches this pattern", item)
            out += found
        else:
            out.append(item)
    return out


def read_inputs(
    inputs: Sequence[str | Path],
    fmt: str = "auto",
    tagset: TagSet | None = TagSet(),
    docs: str = "file",
) -> Corpus:
    """Read one or several inputs (see :func:`expand_inputs`) as one corpus.

    One file reads as :func:`read_corpus` does. Several files are one document each (or
    their own documents, for CoNLL/JSONL and ``docs="blocks"``), named by path in
    ``Corpus.doc_names``.
    """
    files = expand_inputs(inputs)
    if len(files) == 1:
        return read_corpus(files[0], fmt, tagset, docs)
    parts = [read_corpus(f, fmt, tagset, docs) for f in files]
    if tagset is None:  # inferred types: the union over the files, in order of appearance
        types = list(dict.fromkeys(t for c in parts for t in c.tagset.types))
        union = TagSet(tuple(types))
        parts = [
            Corpus(c.table, union, c.texts, c.source, c.bio_repairs, doc_context=c.doc_context)
            for c in parts
        ]
    return concat_corpora(parts, files, source=", ".join(map(str, inputs)))


PIECE_BYTES = 1_000_000  # iter_pieces reads a larger file in pieces of about this size
PIECE_TOKENS = 100_000  # ... and a CoNLL, JSONL or parquet file in pieces of this many tokens


def iter_pieces(
    path: str, fmt: str = "auto", tagset: TagSet = TagSet(), docs: str = "file"
) -> Iterator[Corpus]:
    """One input file as corpora of bounded size, in order: memory does not grow with the
    file.

    A file up to ``PIECE_BYTES`` (and standard input) is one piece, read as
    :func:`read_corpus` reads it. A larger raw text is cut after a line of only spaces, which
    no sentence crosses, so the pieces hold the tokens and
    sentences of the whole file (offsets count from the piece, and each piece is a
    document of its own in ``file`` mode); CoNLL, JSONL and parquet files are read sentence
    by sentence or row by row into pieces of about ``PIECE_TOKENS`` tokens.
    """
    p = Path(path)
    if path == STDIN or p.is_dir() or not p.exists() or p.stat().st_size <= PIECE_BYTES:
        yield read_corpus(path, fmt, tagset, docs)
        return
    if fmt == "auto":
        with open(p, "rb") as fh:
            head = fh.read(65536).decode("utf-8", "replace")
        fmt = detect_format(p, head)
    if fmt == "conll":
        yield from iter_conll(path, tagset, PIECE_TOKENS)
    elif fmt == "jsonl":
        yield from iter_jsonl(path, tagset, PIECE_TOKENS)
    elif fmt == "parquet":
        yield from iter_parquet(path, tagset, PIECE_TOKENS)
    else:
        for text in _text_pieces(path):
            if text.strip():
                yield corpus_from_texts(split_docs(text, docs), path, tagset)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # a line end, then a line of only spaces


def _text_pieces(path: str) -> Iterator[str]:
    """The file's text in pieces of at least ``PIECE_BYTES`` characters, each cut after an
    empty (or all-space) line; with no such line for 8 pieces, cut at a line end instead."""
    rest = ""
    for _, block in iter_blocks(path):
        text, start = rest + block, 0
        while len(text) - start >= PIECE_BYTES:
            m = _BLANK_LINE.search(text, start + PIECE_BYTES - 1)
            if m is not None:
                cut = m.end()
            elif len(text) - start >= 8 * PIECE_BYTES:
                cut = len(text)
                log.warning("%s: no empty line in %d characters: cut there", path, cut - start)
            else:
                break
            yield text[start:cut]
            start = cut
        rest = text[start:]
    if rest:
        yield rest


def split_docs(text: str, docs: str) -> list[str]:
    """The documents of a raw text: the whole text (``file``) or its blank-line ``blocks``."""
    if docs == "file":
        return [text]
    if docs == "blocks":
        return [b for b in text.split("\n\n") if b.strip()]
    raise WslError(f"unknown document mode {docs!r}; choose file or blocks")


def read_jsonl(
    path: str | Path, tagset: TagSet | None = TagSet(), text: str | None = None
) -> Corpus:
    """Read ``{"text": ...}`` or ``{"tokens": [...], "tags"?: [...]}`` lines (not mixed)."""
    path = str(path)
    lines = enumerate(text.split("\n"), 1) if text is not None else iter_lines(path)
    records = list(_jsonl_records(lines, path, tagset))
    if not records:
        raise WslError("no records found", path)
    return records_corpus(records, path, tagset)


def iter_jsonl(path: str | Path, tagset: TagSet, piece_tokens: int = 200_000) -> Iterator[Corpus]:
    """A JSONL file as corpora of whole records, about ``piece_tokens`` tokens each (a text
    record counts one token per 6 characters until tokenised), read line by line."""
    path = str(path)
    piece: list[Record] = []
    size = 0
    for rec in _jsonl_records(iter_lines(path), path, tagset):
        piece.append(rec)
        size += len(rec.tokens) if rec.tokens is not None else len(rec.text) // 6 + 1
        if size >= piece_tokens:
            yield records_corpus(piece, path, tagset)
            piece, size = [], 0
    if piece:
        yield records_corpus(piece, path, tagset)


def _jsonl_records(
    lines: Iterable[tuple[int, str]], path: str, tagset: TagSet | None
) -> Iterator[Record]:
    """The records of numbered JSONL lines, validated; one kind per file, ``tags`` on every
    ``tokens`` line or none."""
    known = set(tagset.tags) if tagset is not None else None
    check = OneKind()
    for lineno, line in lines:
        if not line.strip():
            continue

        def err(message: str, lineno: int = lineno) -> WslError:
            return WslError(message, path, lineno)

        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise err(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise err("expected a JSON object per line")
        yield check(record_of(obj, known, err), err)
