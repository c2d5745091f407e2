"""Conversions between the token table and spaCy ``Doc`` objects.

A ``Doc`` is a training example for ``spacy train``, so documents are cut into examples of a
training batch's size: one ``Doc`` per document, except that a document longer than
``MAX_DOC_TOKENS`` is cut between sentences into parts of at most that many tokens (a
longer sentence stays whole), and a corpus without document context (a gold/CoNLL file,
whose sentences may be shuffled: :attr:`~wsl.core.corpus.Corpus.doc_context`) gives one
``Doc`` per sentence. Written as one ``Doc``, the dev corpus was a single 300k-token example,
which ``spacy train`` takes as one batch. ``doc.user_data["wsl_doc"]`` is the document's
number and ``"wsl_part"`` the part's, so parts can be put back together.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.bio import sentence_starts, spans_from_ids
from wsl.core.corpus import Corpus, build_table
from wsl.core.spacy_light import import_spacy
from wsl.core.tags import TagSet

import_spacy()  # before the spacy imports below: no torch
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

MAX_DOC_TOKENS = 1000  # spaCy's default NER training batches grow to 1,000 words


def doc_bounds(corpus: Corpus, max_tokens: int = MAX_DOC_TOKENS) -> np.ndarray:
    """Row offsets of the Docs: Doc ``k`` is rows ``bounds[k]:bounds[k + 1]`` (see the module:
    documents, cut between sentences past ``max_tokens``; sentences without doc context)."""
    doc = corpus.table["doc_id"].to_numpy()
    n = len(doc)
    doc_starts = np.flatnonzero(sentence_starts(doc))
    sent_starts = np.flatnonzero(corpus.sent_starts())
    if not corpus.doc_context:
        return np.append(sent_starts, n)
    cuts: list[int] = []
    doc_ends = np.append(doc_starts[1:], n)
    for a, b in zip(doc_starts.tolist(), doc_ends.tolist()):
        cuts.append(a)
        if b - a <= max_tokens:
            continue
        lo = np.searchsorted(sent_starts, a, side="right")  # sentence starts in (a, b)
        hi = np.searchsorted(sent_starts, b, side="left")
        inner = sent_starts[lo:hi].tolist()
        part = a
        for prev, nxt in zip([a, *inner], [*inner, b]):
            if nxt - part > max_tokens and prev > part:  # the part is full before this one
                cuts.append(prev)
                part = prev
    return np.append(np.asarray(cuts, dtype=np.int64), n)


def corpus_to_docs(
    corpus: Corpus, vocab: Vocab | None = None, tag_column: str | None = "gold"
) -> list[Doc]:
    """One ``Doc`` per document or part of one (see the module), sentence boundaries set (what
    ``spacy train`` expects); entities from ``tag_column`` (BIO strings) if present.

    A token's trailing space is true where the next token of its document starts after it
    ends (a sentence break that was a newline becomes a space).
    """
    vocab = vocab or Vocab()
    t = corpus.table
    start, end = t["start"].to_numpy(), t["end"].to_numpy()
    bounds = doc_bounds(corpus)
    follows = np.zeros(len(start), dtype=bool)
    follows[:-1] = start[1:] > end[:-1]
    follows[bounds[1:-1] - 1] = False  # the last token of a Doc
    sent_start = corpus.sent_starts()
    words = t["token"].to_list()
    tags = t[tag_column].to_list() if tag_column and tag_column in t.columns else None
    doc_ids = t["doc_id"].to_numpy()
    docs = []
    part, last = 0, -1
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        ents = [x if x else "O" for x in tags[a:b]] if tags else None
        doc = Doc(
            vocab,
            words=words[a:b],
            spaces=follows[a:b].tolist(),
            sent_starts=sent_start[a:b].tolist(),
            ents=ents,
        )
        d = int(doc_ids[a])
        part = part + 1 if d == last else 0
        last = d
        doc.user_data["wsl_doc"] = d
        doc.user_data["wsl_part"] = part
        docs.append(doc)
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
    ``doc.spans[key]`` (``docs`` as :func:`corpus_to_docs` made them).

    ``spans`` has columns ``sent_id, start, end, label, prob``; ``doc.ents`` comes from
    ``ids`` (valid BIO) when given, else from the spans themselves; ``set_ents=False`` leaves
    ``doc.ents`` alone (for overlapping candidate spans).
    """
    t = corpus.table
    bounds = doc_bounds(corpus)
    doc_of_row = np.repeat(np.arange(len(bounds) - 1), np.diff(bounds))
    first_row = np.flatnonzero(corpus.sent_starts())
    sent_ids = t["sent_id"].to_numpy()
    row_of_sent = dict(zip(sent_ids[first_row].tolist(), first_row.tolist()))

    def located(rows_a: np.ndarray, rows_b: np.ndarray):
        """(doc, doc-local start, doc-local end) of spans given by global rows [a, b)."""
        d = doc_of_row[rows_a]
        return d, rows_a - bounds[d], rows_b - bounds[d]

    sel = spans.select("sent_id", "start", "end", "label", "prob")
    rows_a = np.array([row_of_sent[s] for s in sel["sent_id"].to_list()], dtype=np.int64)
    rows_a = rows_a + sel["start"].to_numpy().astype(np.int64) if len(rows_a) else rows_a
    rows_b = rows_a + (sel["end"].to_numpy() - sel["start"].to_numpy()).astype(np.int64)
    cands: list[list[tuple[int, int, str, float]]] = [[] for _ in docs]
    if len(rows_a):
        d, a, b = located(rows_a, rows_b)
        for di, ai, bi, lab, p in zip(
            d.tolist(), a.tolist(), b.tolist(), sel["label"].to_list(), sel["prob"].to_list()
        ):
            cands[di].append((ai, bi, lab, p))
    ents: list[list[tuple[int, int, str]]] = [[] for _ in docs]
    if ids is not None:
        s_, e_, types = spans_from_ids(ids, corpus.sent_starts())
        if len(s_):
            d, a, b = located(s_, e_)
            for di, ai, bi, ti in zip(d.tolist(), a.tolist(), b.tolist(), types.tolist()):
                ents[di].append((ai, bi, corpus.tagset.types[ti]))
    for k, doc in enumerate(docs):
        doc.spans[key] = [Span(doc, a, b, label=lab) for a, b, lab, _ in cands[k]]
        doc.user_data[f"{key}_probs"] = [float(p) for *_, p in cands[k]]
        if not set_ents:
            continue
        chosen = ents[k] if ids is not None else [(a, b, lab) for a, b, lab, _ in cands[k]]
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in chosen], default="outside")
