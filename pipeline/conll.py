"""Read and write the gold format: ``<s>`` / ``token<TAB>TAG`` / ``</s>``.

The token is everything before the LAST tab and may contain spaces. Files with blank-line
separated sentences (classic CoNLL) are read too. Invalid BIO (an ``I-X`` that does not
follow ``B-X``/``I-X``) is repaired the standard way (it becomes ``B-X``) and counted in
``Corpus.bio_repairs``; callers report the count.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterable, Iterator

import polars as pl

from wsl.core.bio import repair_bio
from wsl.core.corpus import Corpus, build_table, sentences_of
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_write, iter_lines

log = logging.getLogger(__name__)

_TAG_SHAPE = re.compile(r"O|[BI]-\S+")


def read_conll(path: str | Path, tagset: TagSet | None = TagSet(), repair: bool = True) -> Corpus:
    """Read a gold file into a :class:`Corpus` with a ``gold`` column.

    Parameters
    ----------
    path : path of the file.
    tagset : the expected tags; ``None`` infers the entity types from the file.
    repair : repair invalid BIO (counted in ``bio_repairs``); else keep tags as written.

    Raises
    ------
    WslError
        Naming the file and line for: empty/binary/non-UTF-8 file, a token line without a
        tab, an empty token, an unknown or malformed tag, ``<s>`` nesting errors.
    """
    path = str(path)
    sents: list[list[str]] = []
    golds: list[list[str]] = []
    for toks, tags in iter_sentences(iter_lines(path), path, tagset):
        sents.append(toks)
        golds.append(tags)
    if not sents:
        raise WslError("no sentences found (expected <s> / token<TAB>TAG / </s> lines)", path)
    corpus = _corpus(sents, golds, path, tagset, repair)
    if corpus.bio_repairs:
        log.warning("%s: repaired %d invalid BIO tags (I- without B-)", path, corpus.bio_repairs)
    return corpus


def iter_conll(path: str | Path, tagset: TagSet, piece_tokens: int = 200_000) -> Iterator[Corpus]:
    """The gold file at ``path`` as corpora of whole sentences, about ``piece_tokens`` tokens
    each, read line by line: memory is bounded by the piece size, not the file size.

    The pieces' sentences and tags are those of :func:`read_conll` (BIO repair is per
    sentence); each piece is one document. Errors name the file and line as there.
    """
    path = str(path)
    sents: list[list[str]] = []
    golds: list[list[str]] = []
    size = repairs = n_pieces = 0
    for toks, tags in iter_sentences(iter_lines(path), path, tagset):
        sents.append(toks)
        golds.append(tags)
        size += len(toks)
        if size >= piece_tokens:
            piece = _corpus(sents, golds, path, tagset, True)
            repairs += piece.bio_repairs
            n_pieces += 1
            yield piece
            sents, golds, size = [], [], 0
    if sents:
        piece = _corpus(sents, golds, path, tagset, True)
        repairs += piece.bio_repairs
        n_pieces += 1
        yield piece
    if not n_pieces:
        raise WslError("no sentences found (expected <s> / token<TAB>TAG / </s> lines)", path)
    if repairs:
        log.warning("%s: repaired %d invalid BIO tags (I- without B-)", path, repairs)


def _corpus(
    sents: list[list[str]], golds: list[list[str]], path: str, tagset: TagSet | None, repair: bool
) -> Corpus:
    """A corpus of parsed sentences, its invalid BIO repaired (counted) when ``repair``."""
    if tagset is None:
        tagset = TagSet.from_tags(t for s in golds for t in s)
    table, texts = build_table(sents, gold=golds)
    # a gold file is a list of sentences, not running text: they may be shuffled
    corpus = Corpus(table=table, tagset=tagset, texts=texts, source=path, doc_context=False)
    if repair:
        ids, changed = repair_bio(corpus.gold_ids(), corpus.sent_starts())
        if len(changed):
            corpus.table = corpus.table.with_columns(pl.Series("gold", tagset.decode(ids)))
            corpus.bio_repairs = len(changed)
    return corpus


def iter_sentences(
    lines: Iterable[tuple[int, str]], path: str, tagset: TagSet | None
) -> Iterator[tuple[list[str], list[str]]]:
    """``(tokens, tags)`` per sentence of numbered gold-format lines, validated as it goes."""
    known = set(tagset.tags) if tagset is not None else None
    toks: list[str] = []
    tags: list[str] = []
    inside = False  # inside an explicit <s> ... </s>
    lineno = 0
    for lineno, line in lines:
        line = line.rstrip("\r")
        if line == "<s>":
            if inside:
                raise WslError("<s> inside an open sentence (missing </s>)", path, lineno)
            if toks:
                yield toks, tags
                toks, tags = [], []
            inside = True
        elif line == "</s>":
            if not inside:
                raise WslError("</s> without a matching <s>", path, lineno)
            if toks:
                yield toks, tags
            toks, tags = [], []
            inside = False
        elif not line.strip():
            if toks and not inside:
                yield toks, tags
                toks, tags = [], []
        else:
            tok, tab, tag = line.rpartition("\t")
            if not tab:
                raise WslError(
                    f"expected token<TAB>TAG, found no tab in {_clip(line)!r}", path, lineno
                )
            if not tok:
                raise WslError("empty token before the tab", path, lineno)
            tag = tag.strip()
            if known is not None and tag not in known:
                raise WslError(
                    f"unknown tag {tag!r} (use --types auto for another schema)", path, lineno
                )
            if known is None and not _TAG_SHAPE.fullmatch(tag):
                raise WslError(
                    f"malformed tag {tag!r} (expected O, B-TYPE or I-TYPE)", path, lineno
                )
            toks.append(tok)
            tags.append(tag)
    if inside:
        raise WslError("file ends inside a sentence (missing </s>)", path, lineno)
    if toks:
        yield toks, tags


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[:n] + "..."


def format_conll(
    table: pl.DataFrame, tag_column: str = "gold", prob_column: str | None = None
) -> str:
    """The gold format for a token table; with ``prob_column``, a third column ``%.4f``."""
    parts: list[str] = []
    toks = sentences_of(table, "token")
    tags = sentences_of(table, tag_column)
    probs = sentences_of(table, prob_column) if prob_column else None
    for i, (ts, gs) in enumerate(zip(toks, tags)):
        parts.append("<s>\n")
        if probs is None:
            parts.extend(f"{t}\t{g}\n" for t, g in zip(ts, gs))
        else:
            parts.extend(f"{t}\t{g}\t{p:.4f}\n" for t, g, p in zip(ts, gs, probs[i]))
        parts.append("</s>\n")
    return "".join(parts)


def write_conll(
    path: str | Path, table: pl.DataFrame, tag_column: str = "gold", prob_column: str | None = None
) -> None:
    """Write :func:`format_conll` output atomically."""
    text = format_conll(table, tag_column, prob_column)
    with atomic_write(path) as fh:
        fh.write(text)
