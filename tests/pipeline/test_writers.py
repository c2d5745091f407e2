"""Tests for wsl.pipeline.writers and wsl.pipeline.spacy_docs: spans, JSONL, DocBin, parquet."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from wsl.core.corpus import Corpus, build_table
from wsl.core.errors import WslError
from wsl.core.spans import SPAN_SCHEMA
from wsl.core.tags import TagSet
from wsl.pipeline.conll import read_conll
from wsl.pipeline.readers import read_corpus, read_jsonl
from wsl.pipeline.spacy_docs import corpus_to_docs, docs_to_corpus
from wsl.pipeline.writers import (
    format_jsonl,
    gold_spans,
    read_parquet,
    write_docbin,
    write_jsonl,
    write_parquet,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "000_c80abfa757d3c9f5.txt"

GOLD = (
    "<s>\nI\tO\nlike\tO\nVisual Basic\tB-Language\nand\tO\nC\tB-Language\n</s>\n"
    "<s>\nno\tO\nentities\tO\n</s>\n"
    "<s>\nWindows\tB-Operating_System\nXP\tI-Operating_System\nx86\tB-Architecture\n</s>\n"
)
# what survives a JSONL round trip: each line is one sentence (its own document)
JSONL_COLUMNS = ["sent_id", "tok_id", "token", "gold"]


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "gold.txt"
    p.write_text(GOLD)
    return read_conll(p)


def test_gold_spans(corpus):
    spans = gold_spans(corpus)
    assert spans.to_dicts() == [
        {"sent_id": 0, "start": 2, "end": 3, "label": "Language", "prob": 1.0},
        {"sent_id": 0, "start": 4, "end": 5, "label": "Language", "prob": 1.0},
        {"sent_id": 2, "start": 0, "end": 2, "label": "Operating_System", "prob": 1.0},
        {"sent_id": 2, "start": 2, "end": 3, "label": "Architecture", "prob": 1.0},
    ]
    assert spans.schema == SPAN_SCHEMA  # the one spans schema


def test_format_jsonl(corpus):
    # start/end are characters of "text" (as Prodigy, Label Studio and spaCy read them);
    # token_start/token_end index "tokens"
    lines = format_jsonl(corpus, gold_spans(corpus)).splitlines()
    lang, os_, arch = "Language", "Operating_System", "Architecture"
    assert [json.loads(x) for x in lines] == [
        {
            "doc_id": 0,
            "sent_id": 0,
            "text": "I like Visual Basic and C",
            "tokens": ["I", "like", "Visual Basic", "and", "C"],
            "spans": [
                {
                    "start": 7,
                    "end": 19,
                    "token_start": 2,
                    "token_end": 3,
                    "label": lang,
                    "prob": 1.0,
                },
                {
                    "start": 24,
                    "end": 25,
                    "token_start": 4,
                    "token_end": 5,
                    "label": lang,
                    "prob": 1.0,
                },
            ],
        },
        {
            "doc_id": 0,
            "sent_id": 1,
            "text": "no entities",
            "tokens": ["no", "entities"],
            "spans": [],
        },
        {
            "doc_id": 0,
            "sent_id": 2,
            "text": "Windows XP x86",
            "tokens": ["Windows", "XP", "x86"],
            "spans": [
                {
                    "start": 0,
                    "end": 10,
                    "token_start": 0,
                    "token_end": 2,
                    "label": os_,
                    "prob": 1.0,
                },
                {
                    "start": 11,
                    "end": 14,
                    "token_start": 2,
                    "token_end": 3,
                    "label": arch,
                    "prob": 1.0,
                },
            ],
        },
    ]
    for line in map(json.loads, lines):  # the character offsets cut out the span's tokens
        for sp in line["spans"]:
            toks = line["tokens"][sp["token_start"] : sp["token_end"]]
            assert line["text"][sp["start"] : sp["end"]] == " ".join(toks)


def test_jsonl_doc_id_is_the_document_name_when_known(corpus):
    named = Corpus(corpus.table, corpus.tagset, corpus.texts, doc_names=["notes/a.md"])
    first = json.loads(format_jsonl(named, gold_spans(named)).splitlines()[0])
    assert first["doc_id"] == "notes/a.md"


def test_jsonl_round_trip_small(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    write_jsonl(out, corpus, gold_spans(corpus))
    back = read_corpus(out)
    assert_frame_equal(back.table.select(JSONL_COLUMNS), corpus.table.select(JSONL_COLUMNS))


def test_jsonl_keeps_non_ascii(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("<s>\nΛ-calcul\tO\n</s>\n")
    c = read_conll(p)
    assert '"Λ-calcul"' in format_jsonl(c, gold_spans(c))


def test_parquet_round_trip_small(corpus, tmp_path):
    out = tmp_path / "c.parquet"
    write_parquet(out, corpus)
    back = read_parquet(out)
    assert_frame_equal(back.table, corpus.table)
    assert back.texts == corpus.texts
    assert back.tagset == corpus.tagset
    assert back.source == str(out)


def test_parquet_extra_columns(corpus, tmp_path):
    out = tmp_path / "p.parquet"
    table = corpus.table.with_columns(pl.lit(0.5).alias("prob"))
    write_parquet(out, corpus, table)
    assert_frame_equal(read_parquet(out).table, table)


def test_parquet_custom_types(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("<s>\nBRCA1\tB-Gene\n</s>\n")
    c = read_conll(p, tagset=None)
    write_parquet(tmp_path / "g.parquet", c)
    assert read_parquet(tmp_path / "g.parquet").tagset.types == ("Gene",)


def test_read_parquet_errors(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet")
    with pytest.raises(WslError, match=f"^{bad}: not a readable parquet file"):
        read_parquet(bad)
    other = tmp_path / "other.parquet"
    pl.DataFrame({"x": [1]}).write_parquet(other)
    with pytest.raises(WslError, match=f"^{other}: parquet file has no wsl token table$"):
        read_parquet(other)


@pytest.mark.skipif(not SEED.exists(), reason="shared seed data absent")
def test_seed_parquet_and_jsonl_round_trip(tmp_path):
    c = read_conll(SEED)
    write_parquet(tmp_path / "s.parquet", c)
    back = read_parquet(tmp_path / "s.parquet")
    assert_frame_equal(back.table, c.table)
    assert back.texts == c.texts
    write_jsonl(tmp_path / "s.jsonl", c, gold_spans(c))
    back = read_jsonl(tmp_path / "s.jsonl")
    assert_frame_equal(back.table.select(JSONL_COLUMNS), c.table.select(JSONL_COLUMNS))
    assert back.n_sents == 92 and len(gold_spans(back)) == 210


def test_docbin(corpus, tmp_path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = tmp_path / "c.spacy"
    spans = gold_spans(corpus).with_columns(pl.Series("prob", [0.9, 0.8, 0.7, 0.6]))
    write_docbin(out, corpus, spans)
    # a CoNLL file has no document context (its sentences may be shuffled): one Doc per
    # sentence, each a training example of its own
    docs = list(DocBin().from_disk(out).get_docs(Vocab()))
    assert [d.text for d in docs] == ["I like Visual Basic and C", "no entities", "Windows XP x86"]
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [
        [("Visual Basic", "Language"), ("C", "Language")],
        [],
        [("Windows XP", "Operating_System"), ("x86", "Architecture")],
    ]
    assert [[(e.start, e.end) for e in d.spans["wsl"]] for d in docs] == [
        [(2, 3), (4, 5)],
        [],
        [(0, 2), (2, 3)],
    ]
    assert [list(d.user_data["wsl_probs"]) for d in docs] == [[0.9, 0.8], [], [0.7, 0.6]]
    assert [(d.user_data["wsl_doc"], d.user_data["wsl_part"]) for d in docs] == [
        (0, 0),
        (0, 1),
        (0, 2),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.spacy", "gold.txt"]


def test_docbin_one_doc_per_document(tmp_path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    c = read_corpus_text(tmp_path, "Rust is fast. Go is simple.\n\nLinux runs.\n")
    write_docbin(tmp_path / "d.spacy", c, pl.DataFrame(schema=SPAN_SCHEMA))
    docs = list(DocBin().from_disk(tmp_path / "d.spacy").get_docs(Vocab()))
    assert [[s.text for s in d.sents] for d in docs] == [
        ["Rust is fast.", "Go is simple."],
        ["Linux runs."],
    ]


def test_a_long_document_is_cut_between_sentences(tmp_path):
    from wsl.pipeline.spacy_docs import corpus_to_docs, doc_bounds

    # 5 sentences of 4 tokens in one document, then a document of one sentence
    c = read_corpus_text(tmp_path, "Rust is fast. " * 5 + "\n\nGo is simple.\n")
    assert doc_bounds(c, max_tokens=8).tolist() == [0, 8, 16, 20, 24]
    assert doc_bounds(c, max_tokens=3).tolist() == [0, 4, 8, 12, 16, 20, 24]  # a sentence stays
    assert doc_bounds(c).tolist() == [0, 20, 24]  # under the default size: one Doc per document
    docs = corpus_to_docs(c, tag_column=None)
    assert [(d.user_data["wsl_doc"], d.user_data["wsl_part"]) for d in docs] == [(0, 0), (1, 0)]


def test_docs_round_trip(corpus):
    docs = corpus_to_docs(corpus)  # a CoNLL file: one Doc per sentence
    assert [(e.text, e.label_) for e in docs[2].ents] == [
        ("Windows XP", "Operating_System"),
        ("x86", "Architecture"),
    ]
    back = docs_to_corpus(docs, corpus.tagset)
    assert_frame_equal(back.table.select(JSONL_COLUMNS), corpus.table.select(JSONL_COLUMNS))


def test_docs_keep_original_spacing(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("I use C++, daily.")
    docs = corpus_to_docs(read_corpus(p))
    assert docs[0].text == "I use C++, daily."


def test_parquet_texts_live_in_a_column_not_the_metadata(tmp_path):
    # pyarrow refuses metadata over about 100 MB: texts must not grow it
    import pyarrow.parquet as pq

    text = "Rust is fast . " * 150_000  # 2.2 MB in one document
    table, _ = build_table([text.split()])
    c = Corpus(table, TagSet(), [" ".join(text.split())])
    write_parquet(tmp_path / "big.parquet", c)
    meta = pq.read_schema(tmp_path / "big.parquet").metadata[b"wsl"]
    assert len(meta) < 10_000 and b"Rust" not in meta
    back = read_parquet(tmp_path / "big.parquet")
    assert back.texts == c.texts and back.table.columns == c.table.columns


def read_corpus_text(tmp_path, text: str):
    p = tmp_path / "in.txt"
    p.write_text(text)
    return read_corpus(p, docs="blocks")
