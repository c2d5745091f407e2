"""Write labelled corpora: CoNLL (see :mod:`.conll`), JSONL spans, spaCy DocBin, parquet.

:data:`FORMATS` is the table of output formats ``wsl label -f`` offers; a new format is one
function and one entry there. All writers are atomic (temp file + rename). Predictions travel as
extra token-table
columns (``pred`` tag strings, ``prob`` confidence of the predicted tag) and as a spans
table (``sent_id, start, end, label, prob``; token positions within the sentence).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.spacy_light import import_spacy
from wsl.core.spans import spans_of_ids
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_path, atomic_write
from wsl.pipeline.conll import format_conll, write_conll
from wsl.pipeline.label import LabelResult

_META = b"wsl"
DOC_TEXT = "doc_text"  # parquet column holding each document's text on its first token


def gold_spans(corpus: Corpus, column: str = "gold") -> pl.DataFrame:
    """Spans of a BIO tag column of the corpus as a spans table with ``prob`` 1.0."""
    ids = corpus.tagset.encode(corpus.table[column].to_list())
    return spans_of_ids(ids, corpus.sent_ids(), corpus.tagset)


def format_jsonl(corpus: Corpus, spans: pl.DataFrame) -> str:
    """One JSON line per sentence: ``{"doc_id", "sent_id", "text", "tokens", "spans"}``.

    Each span is ``{"start", "end", "token_start", "token_end", "label", "prob"}``: ``start``
    and ``end`` are character offsets in the line's ``text`` (what Prodigy, Label Studio and
    spaCy read), ``token_start``/``token_end`` index ``tokens`` (end exclusive). ``doc_id`` is
    the document's name (its path for file inputs) or its number. Built as one polars frame
    and serialised by polars, not by a ``json.dumps`` per sentence.
    """
    t = corpus.table
    sents = t.group_by("sent_id", maintain_order=True).agg(
        pl.col("doc_id").first(), pl.col("token").alias("tokens"), pl.col("start").min().alias("s0")
    )
    sents = sents.with_columns(pl.Series("text", corpus.sentence_texts(), dtype=pl.String))
    tok = t.select(
        pl.col("sent_id").cast(pl.Int64), pl.col("tok_id").cast(pl.Int64), "start", "end"
    )
    base = sents.select(pl.col("sent_id").cast(pl.Int64), "s0")
    first = tok.select(
        "sent_id", pl.col("tok_id").alias("token_start"), pl.col("start").alias("c0")
    )
    last = tok.select(
        "sent_id", (pl.col("tok_id") + 1).alias("token_end"), pl.col("end").alias("c1")
    )
    located = (
        spans.select(
            pl.col("sent_id").cast(pl.Int64),
            pl.col("start").cast(pl.Int64).alias("token_start"),
            pl.col("end").cast(pl.Int64).alias("token_end"),
            "label",
            pl.col("prob").round(6),
        )
        .join(first, on=["sent_id", "token_start"], how="left", maintain_order="left")
        .join(last, on=["sent_id", "token_end"], how="left", maintain_order="left")
        .join(base, on="sent_id", how="left", maintain_order="left")
    )
    per_sent = (
        located.select(
            "sent_id",
            pl.struct(
                (pl.col("c0") - pl.col("s0")).alias("start"),
                (pl.col("c1") - pl.col("s0")).alias("end"),
                "token_start",
                "token_end",
                "label",
                "prob",
            ).alias("span"),
        )
        .group_by("sent_id", maintain_order=True)
        .agg(pl.col("span").alias("spans"))
    )
    names = corpus.doc_names
    doc = pl.col("doc_id")
    doc_id = doc.map_elements(lambda d: names[d], return_dtype=pl.String) if names else doc
    out = (
        sents.with_columns(pl.col("sent_id").cast(pl.Int64), doc_id.alias("doc_id"))
        .join(per_sent, on="sent_id", how="left", maintain_order="left")
        .with_columns(pl.col("spans").fill_null(pl.lit([], dtype=per_sent.schema["spans"])))
    )
    return out.select("doc_id", "sent_id", "text", "tokens", "spans").write_ndjson()


def write_jsonl(path: str | Path, corpus: Corpus, spans: pl.DataFrame) -> None:
    with atomic_write(path) as fh:
        fh.write(format_jsonl(corpus, spans))


def write_docbin(
    path: str | Path,
    corpus: Corpus,
    spans: pl.DataFrame,
    ids=None,
    candidates: pl.DataFrame | None = None,
) -> None:
    """spaCy DocBin: entities in ``doc.ents``; the decoded spans in ``doc.spans["wsl"]`` and,
    if given, every LF-proposed candidate in ``doc.spans["wsl_candidates"]``, each group's
    probabilities in ``doc.user_data["<group>_probs"]`` (same order as the spans)."""
    import_spacy()
    from spacy.tokens import DocBin

    from wsl.pipeline.spacy_docs import add_spans, corpus_to_docs

    docs = corpus_to_docs(corpus, tag_column=None)
    if candidates is not None:
        add_spans(docs, candidates, None, corpus, key="wsl_candidates", set_ents=False)
    add_spans(docs, spans, ids, corpus)
    db = DocBin(store_user_data=True, docs=docs)
    with atomic_path(path) as tmp:
        db.to_disk(tmp)


def write_parquet(path: str | Path, corpus: Corpus, table: pl.DataFrame | None = None) -> None:
    """The token table (or ``table``, e.g. with prediction columns) with each document's text
    in a ``doc_text`` column (on the document's first token, null elsewhere), and the tag set
    as file metadata. Texts stay out of the metadata, which pyarrow caps near 100 MB."""
    import pyarrow.parquet as pq  # here: pyarrow costs start-up time

    table = table if table is not None else corpus.table
    doc = table["doc_id"].to_numpy()
    first = np.ones(len(doc), dtype=bool)
    first[1:] = doc[1:] != doc[:-1]
    texts = [corpus.texts[d] if f else None for d, f in zip(doc.tolist(), first.tolist())]
    arrow = table.with_columns(pl.Series(DOC_TEXT, texts, dtype=pl.String)).to_arrow()
    meta = {
        "types": list(corpus.tagset.types),
        "tags": corpus.tagset.tags,
        "source": corpus.source,
    }
    arrow = arrow.replace_schema_metadata(
        {**(arrow.schema.metadata or {}), _META: json.dumps(meta).encode()}
    )
    with atomic_path(path) as tmp:
        pq.write_table(arrow, tmp)


def read_parquet(path: str | Path) -> Corpus:
    """Inverse of :func:`write_parquet`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        arrow = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise WslError(f"not a readable parquet file ({exc})", str(path)) from None
    meta = json.loads((arrow.schema.metadata or {}).get(_META, b"{}"))
    table = pl.from_arrow(arrow)
    if not isinstance(table, pl.DataFrame) or "token" not in table.columns:
        raise WslError("parquet file has no wsl token table", str(path))
    texts = meta.get("texts", [])  # files of wsl 0.1 kept them in the metadata
    if DOC_TEXT in table.columns:
        firsts = table.filter(pl.col(DOC_TEXT).is_not_null())
        texts = [""] * (int(table["doc_id"].max()) + 1 if table.height else 0)
        for d, t in firsts.select("doc_id", DOC_TEXT).iter_rows():
            texts[d] = t
        table = table.drop(DOC_TEXT)
    return Corpus(
        table=table,
        tagset=TagSet(tuple(meta.get("types", TagSet().types))),
        texts=texts,
        source=str(path),
    )


# --- the output formats of `wsl label` ---------------------------------------------------


def _conll(result: LabelResult, corpus: Corpus, out: str | None, probs_column: bool) -> str | None:
    table = result.table(corpus)
    prob = "prob" if probs_column else None
    if out is None:
        return format_conll(table, "pred", prob)
    write_conll(out, table, "pred", prob)
    return None


def _jsonl(result: LabelResult, corpus: Corpus, out: str | None, probs_column: bool) -> str | None:
    if out is None:
        return format_jsonl(corpus, result.spans)
    write_jsonl(out, corpus, result.spans)
    return None


def _spacy(result: LabelResult, corpus: Corpus, out: str | None, probs_column: bool) -> None:
    from wsl.pipeline.candidates import candidate_spans

    write_docbin(
        out, corpus, result.spans, result.ids, candidate_spans(corpus, result.L, result.probs)
    )


def _parquet(result: LabelResult, corpus: Corpus, out: str | None, probs_column: bool) -> None:
    marginals = pl.Series(
        "marginals", result.probs.astype("float32")
    )  # one fixed-size array per token
    write_parquet(out, corpus, result.table(corpus).with_columns(marginals))


def hf_table(result: LabelResult, corpus: Corpus) -> "pa.Table":  # noqa: F821
    """A Hugging Face datasets-style table: one row per sentence, ``id``, ``tokens``,
    ``ner_tags`` (tag ids) and ``ner_probs``; the tag names are a ``ClassLabel`` feature in the
    ``huggingface`` schema metadata, so ``datasets.load_dataset("parquet", ...)`` names them."""
    import pyarrow as pa

    tags = corpus.tagset.tags
    table = corpus.table.select("sent_id", "token").with_columns(
        pl.Series("tag", result.ids.astype(np.int64)),
        pl.Series("prob", result.pred_probs().astype(np.float32)),
    )
    rows = table.group_by("sent_id", maintain_order=True).agg(
        pl.col("token").alias("tokens"),
        pl.col("tag").alias("ner_tags"),
        pl.col("prob").alias("ner_probs"),
    )
    rows = rows.select(
        pl.col("sent_id").cast(pl.String).alias("id"), "tokens", "ner_tags", "ner_probs"
    )
    value = {"_type": "Value"}
    features = {
        "id": {**value, "dtype": "string"},
        "tokens": {"_type": "Sequence", "feature": {**value, "dtype": "string"}},
        "ner_tags": {"_type": "Sequence", "feature": {"_type": "ClassLabel", "names": tags}},
        "ner_probs": {"_type": "Sequence", "feature": {**value, "dtype": "float32"}},
    }
    arrow = rows.to_arrow()
    meta = {b"huggingface": json.dumps({"info": {"features": features}}).encode()}
    return arrow.cast(
        pa.schema(
            [
                pa.field("id", pa.string()),
                pa.field("tokens", pa.list_(pa.string())),
                pa.field("ner_tags", pa.list_(pa.int64())),
                pa.field("ner_probs", pa.list_(pa.float32())),
            ],
            metadata={**(arrow.schema.metadata or {}), **meta},
        )
    )


def _hf(result: LabelResult, corpus: Corpus, out: str | None, probs_column: bool) -> None:
    import pyarrow.parquet as pq

    table = hf_table(result, corpus)
    with atomic_path(out) as tmp:
        pq.write_table(table, tmp)


class OutputFormat(NamedTuple):
    """An output format: its writer and whether it can go to stdout (text) or needs a file."""

    write: Callable[[LabelResult, Corpus, "str | None", bool], "str | None"]
    text: bool


FORMATS: dict[str, OutputFormat] = {
    "conll": OutputFormat(_conll, True),
    "jsonl": OutputFormat(_jsonl, True),
    "spacy": OutputFormat(_spacy, False),
    "parquet": OutputFormat(_parquet, False),
    "hf": OutputFormat(_hf, False),
}


def check_output(fmt: str, out: str | None) -> None:
    """Fail before any work on an output the format cannot be written to."""
    if fmt not in FORMATS:
        raise WslError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is None and not FORMATS[fmt].text:
        raise WslError(f"--format {fmt} is binary; give an output file with -o")
    if out is not None and Path(out).is_dir():
        raise WslError("is a directory; give a file name to write", out)


def write_labels(
    result: LabelResult, corpus: Corpus, fmt: str, out: str | None, probs_column: bool = False
) -> str | None:
    """Write a labelling result in ``fmt`` to ``out``; with ``out=None`` return the text instead.

    Parameters
    ----------
    fmt : a key of :data:`FORMATS`.
    out : output path, or ``None`` for a text format's content as a string (for stdout).
    probs_column : CoNLL only: add each token's tag probability as a third column.
    """
    check_output(fmt, out)
    return FORMATS[fmt].write(result, corpus, out, probs_column)
