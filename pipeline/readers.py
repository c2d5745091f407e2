"""Read any supported input into a :class:`Corpus`: gold CoNLL, raw text, JSONL.

* raw text (``.txt`` without tab-separated tags): UTF-8; one document per file, or one per
  blank-line block with ``docs="blocks"``; tokenised and sentence-split by
  :mod:`wsl.pipeline.tokenize`; offsets index the original text.
* JSONL: one JSON object per line, ``{"text": ...}`` (tokenised like raw text) or
  ``{"tokens": [...]}`` (one sentence, kept as given; optional ``"tags"`` as gold).
* CoNLL gold format: :func:`wsl.pipeline.conll.read_conll`.
"""

from __future__ import annotations

import glob
import json
from pathlib import Path
from typing import Sequence

import numpy as np
import polars as pl

from wsl.core.corpus import TABLE_SCHEMA, Corpus, build_table, concat_corpora
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import STDIN, read_text
from wsl.pipeline.conll import read_conll
from wsl.pipeline.tokenize import tokenize

FORMATS = ("auto", "conll", "text", "jsonl")


def detect_format(path: str | Path, text: str | None = None) -> str:
    """``conll``, ``jsonl`` or ``text`` from the extension, else from the first line."""
    p = Path(path)
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
    text = read_text(path)
    if fmt == "auto":
        fmt = detect_format(path, text)
    if fmt == "conll":
        return read_conll(path, tagset)
    if fmt == "jsonl":
        return read_jsonl(path, tagset, text)
    return corpus_from_texts(split_docs(text, docs), str(path), tagset or TagSet())


# file types a folder input contributes (raw text, Markdown, reStructuredText, HTML, CoNLL, JSONL)
INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".rst", ".html", ".htm", ".conll", ".bio", ".jsonl")


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
        parts = [Corpus(c.table, union, c.texts, c.source, c.bio_repairs) for c in parts]
    return concat_corpora(parts, files, source=", ".join(map(str, inputs)))


def split_docs(text: str, docs: str) -> list[str]:
    """The documents of a raw text: the whole text (``file``) or its blank-line ``blocks``."""
    if docs == "file":
        return [text]
    if docs == "blocks":
        return [b for b in text.split("\n\n") if b.strip()]
    raise WslError(f"unknown document mode {docs!r}; choose file or blocks")


def corpus_from_texts(texts: list[str], source: str = "", tagset: TagSet = TagSet()) -> Corpus:
    """Tokenise and sentence-split documents into a corpus with offsets into ``texts``."""
    cols: dict[str, list[np.ndarray]] = {k: [] for k in ("doc", "sent", "tok", "start", "end")}
    tokens: list[str] = []
    n_sents = 0
    for d, text in enumerate(texts):
        start, end, sstart = tokenize(text)
        if not len(start):
            continue
        sent_local = np.cumsum(sstart) - 1
        first_of_sent = np.flatnonzero(sstart)
        tok = np.arange(len(start)) - first_of_sent[sent_local]
        cols["doc"].append(np.full(len(start), d))
        cols["sent"].append(sent_local + n_sents)
        cols["tok"].append(tok)
        cols["start"].append(start)
        cols["end"].append(end)
        tokens.extend(text[a:b] for a, b in zip(start.tolist(), end.tolist()))
        n_sents += int(sent_local[-1]) + 1
    if not tokens:
        raise WslError("no tokens found in the input", source)
    cat = {k: np.concatenate(v) for k, v in cols.items()}
    table = pl.DataFrame(
        {
            "doc_id": cat["doc"],
            "sent_id": cat["sent"],
            "tok_id": cat["tok"],
            "token": tokens,
            "start": cat["start"],
            "end": cat["end"],
        },
        schema=TABLE_SCHEMA,
    )
    return Corpus(table=table, tagset=tagset, texts=list(texts), source=source)


def read_jsonl(
    path: str | Path, tagset: TagSet | None = TagSet(), text: str | None = None
) -> Corpus:
    """Read ``{"text": ...}`` or ``{"tokens": [...], "tags"?: [...]}`` lines (not mixed)."""
    path = str(path)
    text = read_text(path) if text is None else text
    texts: list[str] = []
    token_lists: list[list[str]] = []
    tag_lists: list[list[str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise WslError(f"invalid JSON: {exc.msg} (column {exc.colno})", path, lineno) from None
        if not isinstance(obj, dict):
            raise WslError("expected a JSON object per line", path, lineno)
        if "tokens" in obj:
            toks = obj["tokens"]
            if (
                not isinstance(toks, list)
                or not toks
                or not all(isinstance(t, str) and t.strip() for t in toks)
            ):
                raise WslError(
                    '"tokens" must be a non-empty list of non-blank strings', path, lineno
                )
            token_lists.append(toks)
            if "spans" in obj and "tags" not in obj:
                obj["tags"] = _tags_from_spans(obj["spans"], len(toks), path, lineno)
            if "tags" in obj:
                tags = obj["tags"]
                if not isinstance(tags, list) or len(tags) != len(toks):
                    raise WslError(
                        f'"tags" must be a list as long as "tokens" ({len(toks)})', path, lineno
                    )
                if tagset is not None:
                    bad = [t for t in tags if t not in set(tagset.tags)]
                    if bad:
                        raise WslError(f"unknown tag {bad[0]!r}", path, lineno)
                tag_lists.append(tags)
        elif "text" in obj and isinstance(obj["text"], str):
            texts.append(obj["text"])
        else:
            raise WslError('expected a "text" string or a "tokens" list', path, lineno)
        if texts and token_lists:
            raise WslError('mixes "text" and "tokens" lines; use one kind per file', path, lineno)
        if tag_lists and len(tag_lists) != len(token_lists):
            raise WslError('"tags" must be given on every "tokens" line or on none', path, lineno)
    if token_lists:
        gold = tag_lists or None
        if gold is not None and tagset is None:
            tagset = TagSet.from_tags(t for s in gold for t in s)
        table, docs = build_table(token_lists, doc_of_sent=list(range(len(token_lists))), gold=gold)
        return Corpus(table=table, tagset=tagset or TagSet(), texts=docs, source=path)
    if not texts:
        raise WslError("no records found", path)
    return corpus_from_texts(texts, path, tagset or TagSet())


def _tags_from_spans(spans: object, n: int, path: str, lineno: int) -> list[str]:
    """BIO tags of ``n`` tokens from ``[{"token_start", "token_end", "label"}]``, or from
    ``start``/``end`` taken as token positions when there is no ``token_start`` (the JSONL
    that ``wsl label -f jsonl`` writes has both; its ``start``/``end`` are characters)."""
    if not isinstance(spans, list):
        raise WslError('"spans" must be a list', path, lineno)
    tags = ["O"] * n
    for sp in spans:
        try:
            tok = "token_start" in sp
            a = int(sp["token_start"] if tok else sp["start"])
            b = int(sp["token_end"] if tok else sp["end"])
            lab = str(sp["label"])
        except (TypeError, KeyError, ValueError):
            raise WslError(
                'each span needs integer "start", "end" and a "label"', path, lineno
            ) from None
        if not 0 <= a < b <= n:
            raise WslError(f"span [{a}, {b}) outside the {n} tokens", path, lineno)
        tags[a] = f"B-{lab}"
        for i in range(a + 1, b):
            tags[i] = f"I-{lab}"
    return tags
