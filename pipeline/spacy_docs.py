"""Conversions between the token table and spaCy ``Doc`` objects (one Doc per sentence)."""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.bio import spans_from_ids
from wsl.core.corpus import Corpus, build_table, sentences_of
from wsl.core.spacy_light import import_spacy
from wsl.core.tags import TagSet

import_spacy()  # before the spacy imports below: no torch
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402


def _spaces(table: pl.DataFrame) -> list[list[bool]]:
    """Whether each token is followed by whitespace, from the offsets."""
    start = table["start"].to_numpy()
    end = table["end"].to_numpy()
    sent = table["sent_id"].to_numpy()
    follows = np.zeros(len(start), dtype=bool)
    follows[:-1] = (start[1:] > end[:-1]) & (sent[1:] == sent[:-1])
    return sentences_of(table.with_columns(pl.Series("_sp", follows)), "_sp")


def corpus_to_docs(
    corpus: Corpus, vocab: Vocab | None = None, tag_column: str | None = "gold"
) -> list[Doc]:
    """One ``Doc`` per sentence; entities from ``tag_column`` (BIO strings) if present."""
    vocab = vocab or Vocab()
    words = sentences_of(corpus.table, "token")
    spaces = _spaces(corpus.table)
    tags = (
        sentences_of(corpus.table, tag_column)
        if tag_column and tag_column in corpus.table.columns
        else None
    )
    docs = []
    for i, (w, s) in enumerate(zip(words, spaces)):
        ents = [t if t else "O" for t in tags[i]] if tags else None
        docs.append(Doc(vocab, words=w, spaces=s, ents=ents))
    return docs


def docs_to_corpus(docs: list[Doc], tagset: TagSet | None = None, source: str = "") -> Corpus:
    """A corpus from Docs (each Doc one sentence unless it has sentence boundaries); entities become
    ``gold``."""
    sents: list[list[str]] = []
    golds: list[list[str]] = []
    doc_of: list[int] = []
    for d, doc in enumerate(docs):
        bio = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
        parts = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for sp in parts:
            sents.append([t.text for t in sp])
            golds.append(bio[sp.start : sp.end])
            doc_of.append(d)
    any_ents = any(t != "O" for g in golds for t in g)
    if tagset is None:
        tagset = TagSet.from_tags(t for g in golds for t in g) if any_ents else TagSet()
    table, texts = build_table(sents, doc_of_sent=doc_of, gold=golds if any_ents else None)
    return Corpus(table=table, tagset=tagset, texts=texts, source=source)


def add_spans(
    docs: list[Doc],
    spans: pl.DataFrame,
    ids: np.ndarray | None,
    corpus: Corpus,
    key: str = "wsl",
    set_ents: bool = True,
) -> None:
    """Put decoded entities in ``doc.ents`` and all candidate spans with probabilities in
    ``doc.spans[key]``.

    ``spans`` has columns ``sent_id, start, end, label, prob``; ``doc.ents`` comes from
    ``ids`` (valid BIO) when given, else from the spans themselves; ``set_ents=False`` leaves
    ``doc.ents`` alone (for overlapping candidate spans).
    """
    by_sent: dict[int, list[tuple[int, int, str, float]]] = {}
    for s, a, b, lab, p in spans.select("sent_id", "start", "end", "label", "prob").iter_rows():
        by_sent.setdefault(int(s), []).append((a, b, lab, p))
    first_sent = int(corpus.table["sent_id"][0]) if corpus.n_tokens else 0
    ents_by_sent: dict[int, list[tuple[int, int, str]]] = {}
    if ids is not None:
        starts, ends, types = spans_from_ids(ids, corpus.sent_starts())
        sent = corpus.table["sent_id"].to_numpy()
        tok = corpus.table["tok_id"].to_numpy()
        for a, b, t in zip(starts.tolist(), ends.tolist(), types.tolist()):
            ents_by_sent.setdefault(int(sent[a]), []).append(
                (int(tok[a]), int(tok[a]) + b - a, corpus.tagset.types[t])
            )
    for i, doc in enumerate(docs):
        cands = by_sent.get(i + first_sent, [])
        doc.spans[key] = [Span(doc, a, b, label=lab) for a, b, lab, _ in cands]
        doc.user_data[f"{key}_probs"] = [float(p) for *_, p in cands]
        if not set_ents:
            continue
        ents = (
            ents_by_sent.get(i + first_sent)
            if ids is not None
            else [(a, b, lab) for a, b, lab, _ in cands]
        )
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in (ents or [])], default="outside")
