"""Tests for wsl.pipeline.parquet_input: parquet files of texts or of tokens (and tags)."""

from __future__ import annotations

import polars as pl
import pytest

from wsl.core.corpus import sentences_of
from wsl.core.errors import WslError
from wsl.pipeline.parquet_input import iter_parquet, read_parquet_input
from wsl.pipeline.readers import detect_format, read_corpus


def test_a_text_column_gives_one_document_per_row(tmp_path):
    p = tmp_path / "docs.parquet"
    texts = ["Rust runs on Linux.", "Go is fast. So is C."]
    pl.DataFrame({"id": [1, 2], "text": texts}).write_parquet(p)
    c = read_parquet_input(p)
    assert len(c.texts) == 2 and c.n_sents == 3 and not c.has_gold
    assert sentences_of(c.table)[0] == ["Rust", "runs", "on", "Linux", "."]


def test_a_tokens_column_with_tags_is_gold(tmp_path):
    p = tmp_path / "gold.parquet"
    tags = [["O", "B-Language"], ["B-Operating_System"]]
    pl.DataFrame({"tokens": [["Use", "Rust"], ["Linux"]], "tags": tags}).write_parquet(p)
    c = read_corpus(p)  # detected by its suffix and content
    assert c.has_gold and sentences_of(c.table, "gold") == tags


def test_parquet_is_detected_by_its_magic_bytes(tmp_path):
    p = tmp_path / "no_suffix"
    pl.DataFrame({"text": ["Rust."]}).write_parquet(p)
    assert detect_format(p) == "parquet"


@pytest.mark.parametrize(
    "frame, message",
    [
        ({"body": ["x"]}, 'expected a "text" or a "tokens" column; found body'),
        ({"text": ["ok", None]}, "row 1"),
        ({"tokens": [["a"]], "tags": [["B-Nope"]]}, "row 0"),
    ],
)
def test_bad_rows_and_columns_name_file_and_row(tmp_path, frame, message):
    p = tmp_path / "bad.parquet"
    pl.DataFrame(frame).write_parquet(p)
    with pytest.raises(WslError) as exc:
        read_parquet_input(p)
    assert exc.value.path == str(p) and message in str(exc.value)


def test_a_corrupt_or_missing_file_is_a_clear_error(tmp_path):
    p = tmp_path / "broken.parquet"
    p.write_bytes(b"PAR1 this is not parquet at all PAR1")
    with pytest.raises(WslError, match="not a readable parquet file"):
        read_parquet_input(p)
    with pytest.raises(WslError, match="no such file"):
        read_parquet_input(tmp_path / "nope.parquet")


def test_pieces_of_a_large_file_hold_every_row_in_order(tmp_path):
    p = tmp_path / "big.parquet"
    rows = [[f"w{i}", "Rust", "x"] for i in range(5000)]
    pl.DataFrame({"tokens": rows}).write_parquet(p, row_group_size=700)
    pieces = list(iter_parquet(p, read_corpus(p).tagset, piece_tokens=3000))
    assert len(pieces) == 5 and [c.n_sents for c in pieces] == [1000] * 5
    assert [s for c in pieces for s in sentences_of(c.table)] == rows
