"""The corpus: a polars token table plus the tag set and document texts.

The token table is the one data type every stage shares. One row per token, in corpus
order (which is also the row order of the label matrix and of the probability matrix):

``doc_id, sent_id, tok_id, token, start, end[, gold]``

``sent_id`` counts sentences over the whole corpus from 0; ``tok_id`` counts tokens within a
sentence from 0; ``start``/``end`` are character offsets of the token in its document's text
(``Corpus.texts[doc_id]``). For inputs without text (CoNLL, token lists) the document text is
rebuilt: tokens joined by one space, sentences by a newline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from wsl.core.bio import sentence_starts
from wsl.core.errors import WslError
from wsl.core.tags import TagSet

TABLE_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.UInt32,
    "sent_id": pl.UInt32,
    "tok_id": pl.UInt32,
    "token": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
}


@dataclass
class Corpus:
    """A tokenised corpus: the token table, its tag set and document texts.

    Attributes
    ----------
    table : polars.DataFrame
        The token table (see module docstring).
    tagset : TagSet
        The BIO tags ``gold`` (if present) and all label matrices refer to.
    texts : list of str
        Text of each document; token offsets index into these.
    source : str
        Where the corpus came from (a path), for messages.
    bio_repairs : int
        Invalid BIO tags repaired while reading gold (I- without B-, type switch).
    doc_names : list of str
        A name per document (its path, for inputs of several files), or empty: documents
        are then known by number.
    doc_context : bool
        Whether each document is running text, its sentences in reading order (raw text,
        JSONL/parquet records). False for a gold/CoNLL file: its sentences may be shuffled
        (WikiSER's are), so document-level LFs do not treat the file as a document unless
        asked to.
    """

    table: pl.DataFrame
    tagset: TagSet = field(default_factory=TagSet)
    texts: list[str] = field(default_factory=list)
    source: str = ""
    bio_repairs: int = 0
    doc_names: list[str] = field(default_factory=list)
    doc_context: bool = True

    @property
    def n_tokens(self) -> int:
        return self.table.height

    @property
    def n_sents(self) -> int:
        return int(self.table["sent_id"].max()) + 1 if self.table.height else 0

    @property
    def has_gold(self) -> bool:
        return "gold" in self.table.columns

    def sent_ids(self) -> np.ndarray:
        return self.table["sent_id"].to_numpy()

    def sent_starts(self) -> np.ndarray:
        """Boolean per token: true at the first token of each sentence."""
        return table_sentence_starts(self.table)

    def gold_ids(self) -> np.ndarray:
        """Gold tag ids (int16) per token; raises ``KeyError`` without gold."""
        return self.tagset.encode(self.table["gold"].to_list())

    def sentence_texts(self) -> list[str]:
        """Each sentence's text, cut from its document between its first and last token."""
        agg = self.table.group_by("sent_id", maintain_order=True).agg(
            pl.col("doc_id").first(), pl.col("start").min(), pl.col("end").max()
        )
        return [self.texts[d][s:e] for d, s, e in agg.select("doc_id", "start", "end").iter_rows()]


def build_table(
    sentences: list[list[str]],
    doc_of_sent: list[int] | None = None,
    gold: list[list[str]] | None = None,
) -> tuple[pl.DataFrame, list[str]]:
    """Token table and rebuilt document texts from token lists (no original text).

    Tokens are joined by one space and sentences by a newline, so offsets are exact for the
    rebuilt text. ``doc_of_sent`` gives each sentence's document (default: all in document 0).
    """
    n_sents = len(sentences)
    doc_of_sent = doc_of_sent if doc_of_sent is not None else [0] * n_sents
    lengths = np.fromiter((len(s) for s in sentences), dtype=np.int64, count=n_sents)
    tokens = [t for s in sentences for t in s]
    tok_len = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
    sent_id = np.repeat(np.arange(n_sents, dtype=np.uint32), lengths)
    first = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if n_sents else np.zeros(0, np.int64)
    tok_id = np.arange(len(tokens), dtype=np.int64) - np.repeat(first, lengths)
    docs = np.asarray(doc_of_sent, dtype=np.int64)
    doc_tok = np.repeat(docs, lengths)
    # offsets: each token adds len+1 (a space, or a newline after the sentence's last token);
    # the count restarts at each new document
    step = tok_len + 1
    cum = np.cumsum(step) - step
    new_doc = np.ones(len(tokens), dtype=bool)
    new_doc[1:] = doc_tok[1:] != doc_tok[:-1]
    base = np.maximum.accumulate(np.where(new_doc, cum, 0)) if len(tokens) else cum
    start = cum - base
    data = {
        "doc_id": doc_tok.astype(np.uint32),
        "sent_id": sent_id,
        "tok_id": tok_id.astype(np.uint32),
        "token": tokens,
        "start": start,
        "end": start + tok_len,
    }
    if gold is not None:
        data["gold"] = [t for s in gold for t in s]
    table = pl.DataFrame(
        data, schema={**TABLE_SCHEMA, **({"gold": pl.String} if gold is not None else {})}
    )
    n_docs = (max(doc_of_sent) + 1) if doc_of_sent else 0
    per_doc: list[list[str]] = [[] for _ in range(n_docs)]
    for d, s in zip(doc_of_sent, sentences):
        per_doc[d].append(" ".join(s))
    texts = ["\n".join(x) for x in per_doc]
    return table, texts


def sentences_of(table: pl.DataFrame, column: str = "token") -> list[list]:
    """A column of the token table split into per-sentence lists, in corpus order."""
    lengths = (
        table.group_by("sent_id", maintain_order=True).len()["len"].to_numpy().astype(np.int64)
    )
    values = table[column].to_list()
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return [values[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def table_sentence_starts(table: pl.DataFrame) -> np.ndarray:
    """:func:`~wsl.core.bio.sentence_starts` of a token table: where ``sent_id`` (or ``doc_id``)
    changes.

    ``doc_id`` counts too, so a table whose sentence ids restart in each document still splits.
    """
    if "sent_id" not in table.columns:
        raise WslError("the token table has no 'sent_id' column")
    starts = sentence_starts(table["sent_id"].to_numpy())
    if "doc_id" in table.columns:
        starts |= sentence_starts(table["doc_id"].to_numpy())
    return starts


def check_joinable(parts: Sequence[Corpus], source: str = "") -> TagSet:
    """The tag set that ``parts`` share, or a WslError: no parts, other entity types, or gold
    tags on some parts only."""
    if not parts:
        raise WslError("no input documents", source)
    tagset = parts[0].tagset
    for c in parts[1:]:
        if c.tagset.types != tagset.types:
            raise WslError(
                f"inputs disagree on entity types: {list(tagset.types)} vs {list(c.tagset.types)}",
                c.source,
            )
    if len({c.has_gold for c in parts}) > 1:
        raise WslError("some inputs have tags and some do not; give one kind", source)
    return tagset


def concat_corpora(parts: list[Corpus], names: list[str], source: str = "") -> Corpus:
    """One corpus of several, in order: document and sentence ids renumbered, texts joined.

    ``names[k]`` names the documents of ``parts[k]`` (its path): a part with one document
    keeps the name, a part with several gets ``name#1``, ``name#2``, ... All parts must share
    one tag set; gold columns must be on all parts or none. The result has ``doc_context``
    only if every part has it.
    """
    tagset = check_joinable(parts, source)
    tables, texts, doc_names = [], [], []
    n_docs = n_sents = 0
    for c, name in zip(parts, names):
        t = c.table
        tables.append(
            t.with_columns(
                (pl.col("doc_id") + n_docs).cast(pl.UInt32),
                (pl.col("sent_id") + n_sents).cast(pl.UInt32),
            )
        )
        k = len(c.texts)
        doc_names += [name] if k == 1 else [f"{name}#{i + 1}" for i in range(k)]
        texts += c.texts
        n_docs += k
        n_sents += c.n_sents
    return Corpus(
        table=pl.concat(tables, how="vertical"),
        tagset=tagset,
        texts=texts,
        source=source,
        bio_repairs=sum(c.bio_repairs for c in parts),
        doc_names=doc_names,
        doc_context=all(c.doc_context for c in parts),
    )
