"""Records: the documents or sentences of a JSONL or parquet input, checked, then a corpus.

A record is one document's ``text`` (tokenised by :mod:`wsl.pipeline.tokenize`) or one
sentence's ``tokens`` (kept as given, optional gold ``tags`` or ``spans``). JSONL lines and
parquet rows are read into records the same way, so both inputs have one set of rules and
messages.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np
import polars as pl

from wsl.core.corpus import TABLE_SCHEMA, Corpus, build_table
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.tokenize import tokenize

Err = Callable[[str], WslError]  # a message -> the error naming where it was found


class Record(NamedTuple):
    """A document's ``text``, or one sentence's ``tokens`` (and gold ``tags``)."""

    text: str | None
    tokens: list[str] | None
    tags: list[str] | None


def record_of(obj: dict, known: set[str] | None, err: Err) -> Record:
    """The record of one JSON object (or parquet row): ``text``, or ``tokens`` with optional
    ``tags`` or ``spans``; tags checked against ``known`` (None = any)."""
    if "tokens" in obj and obj["tokens"] is not None:
        return _token_record(obj, known, err)
    if isinstance(obj.get("text"), str):
        return Record(obj["text"], None, None)
    raise err('expected a "text" string or a "tokens" list')


class OneKind:
    """Checks that records are of one kind and that tags are on every sentence or none."""

    def __init__(self, noun: str = "lines") -> None:
        self.noun = noun  # what a record is in messages: JSONL "lines", parquet "rows"
        self.kinds: set[str] = set()
        self.tagged: set[bool] = set()

    def __call__(self, rec: Record, err: Err) -> Record:
        self.kinds.add("text" if rec.text is not None else "tokens")
        if len(self.kinds) > 1:
            raise err(f'mixes "text" and "tokens" {self.noun}; use one kind per file')
        if rec.tokens is not None:
            self.tagged.add(rec.tags is not None)
            if len(self.tagged) > 1:
                raise err(f'"tags" must be given on every "tokens" {self.noun[:-1]} or on none')
        return rec


def _token_record(obj: dict, known: set[str] | None, err: Err) -> Record:
    toks = obj["tokens"]
    if (
        not isinstance(toks, list)
        or not toks
        or not all(isinstance(t, str) and t.strip() for t in toks)
    ):
        raise err('"tokens" must be a non-empty list of non-blank strings')
    tags = obj.get("tags")
    if obj.get("spans") is not None and tags is None:
        tags = _tags_from_spans(obj["spans"], len(toks), err)
    if tags is not None:
        if not isinstance(tags, list) or len(tags) != len(toks):
            raise err(f'"tags" must be a list as long as "tokens" ({len(toks)})')
        if known is not None:
            bad = [t for t in tags if t not in known]
            if bad:
                raise err(f"unknown tag {bad[0]!r}")
    return Record(None, toks, tags)


def _tags_from_spans(spans: object, n: int, err: Err) -> list[str]:
    """BIO tags of ``n`` tokens from ``[{"token_start", "token_end", "label"}]``, or from
    ``start``/``end`` taken as token positions when there is no ``token_start`` (the JSONL
    that ``wsl label -f jsonl`` writes has both; its ``start``/``end`` are characters)."""
    if not isinstance(spans, list):
        raise err('"spans" must be a list')
    tags = ["O"] * n
    for sp in spans:
        try:
            tok = sp.get("token_start") is not None
            a = int(sp["token_start"] if tok else sp["start"])
            b = int(sp["token_end"] if tok else sp["end"])
            lab = str(sp["label"])
        except (TypeError, KeyError, ValueError, AttributeError):
            raise err('each span needs integer "start", "end" and a "label"') from None
        if not 0 <= a < b <= n:
            raise err(f"span [{a}, {b}) outside the {n} tokens")
        tags[a] = f"B-{lab}"
        for i in range(a + 1, b):
            tags[i] = f"I-{lab}"
    return tags


def records_corpus(records: list[Record], source: str, tagset: TagSet | None) -> Corpus:
    """The corpus of records of one kind: a document per ``text``, a one-sentence document
    per ``tokens`` record (gold from its tags; ``tagset`` None infers the types)."""
    if records[0].text is not None:
        return corpus_from_texts([r.text for r in records], source, tagset or TagSet())
    token_lists = [r.tokens for r in records]
    gold = [r.tags for r in records] if records[0].tags is not None else None
    if gold is not None and tagset is None:
        tagset = TagSet.from_tags(t for s in gold for t in s)
    table, docs = build_table(token_lists, doc_of_sent=list(range(len(token_lists))), gold=gold)
    return Corpus(table=table, tagset=tagset or TagSet(), texts=docs, source=source)


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
