"""Tests for wsl.pipeline.conll and wsl.core.corpus: the gold format and the token table."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from wsl.core.corpus import Corpus, build_table, sentences_of
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.conll import format_conll, read_conll, write_conll
from wsl.pipeline.corpus_stats import corpus_stats

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "000_c80abfa757d3c9f5.txt"

SMALL = (
    "<s>\n"
    "I\tO\n"
    "like\tO\n"
    "Visual Basic\tB-Language\n"
    "on\tO\n"
    "Windows\tB-Operating_System\n"
    "XP\tI-Operating_System\n"
    "</s>\n"
    "<s>\n"
    "a\tb\tO\n"
    "</s>\n"
)


def write(tmp_path, text, name="gold.txt"):
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def read_err(tmp_path, text, **kw) -> WslError:
    p = write(tmp_path, text)
    with pytest.raises(WslError) as exc:
        read_conll(p, **kw)
    return exc.value


# --- reading -------------------------------------------------------------------------------


def test_read_small_file(tmp_path):
    c = read_conll(write(tmp_path, SMALL))
    assert c.n_sents == 2 and c.n_tokens == 7
    assert c.table["token"].to_list() == [
        "I",
        "like",
        "Visual Basic",
        "on",
        "Windows",
        "XP",
        "a\tb",
    ]
    assert c.table["gold"].to_list() == [
        "O",
        "O",
        "B-Language",
        "O",
        "B-Operating_System",
        "I-Operating_System",
        "O",
    ]
    assert c.table["sent_id"].to_list() == [0, 0, 0, 0, 0, 0, 1]
    assert c.table["tok_id"].to_list() == [0, 1, 2, 3, 4, 5, 0]
    assert c.bio_repairs == 0
    assert c.texts == ["I like Visual Basic on Windows XP\na\tb"]


def test_offsets_index_rebuilt_text(tmp_path):
    c = read_conll(write(tmp_path, SMALL))
    text = c.texts[0]
    got = [text[a:b] for a, b in c.table.select("start", "end").iter_rows()]
    assert got == c.table["token"].to_list()
    assert c.sentence_texts() == ["I like Visual Basic on Windows XP", "a\tb"]


def test_token_is_everything_before_last_tab(tmp_path):
    c = read_conll(write(tmp_path, "<s>\nx\ty\tz\tO\n</s>\n"))
    assert c.table["token"].to_list() == ["x\ty\tz"]


def test_blank_line_separated_sentences(tmp_path):
    c = read_conll(write(tmp_path, "a\tO\nb\tO\n\n\nc\tB-Language\n"))
    assert sentences_of(c.table, "token") == [["a", "b"], ["c"]]


def test_crlf_and_trailing_tag_space(tmp_path):
    c = read_conll(write(tmp_path, "<s>\r\nJava\tB-Language \r\n</s>\r\n"))
    assert c.table["gold"].to_list() == ["B-Language"]


def test_types_auto_infers_tagset(tmp_path):
    c = read_conll(write(tmp_path, "<s>\nBRCA1\tB-Gene\nx\tO\nY\tB-Drug\n</s>\n"), tagset=None)
    assert c.tagset.types == ("Gene", "Drug")


def test_invalid_bio_is_repaired_and_counted(tmp_path):
    text = (
        "<s>\nfoo\tO\nbar\tI-Language\nbaz\tI-Language\n</s>\n"
        "<s>\nC\tI-Language\n</s>\n"
        "<s>\nx\tB-Library\ny\tI-Language\n</s>\n"
    )
    c = read_conll(write(tmp_path, text))
    assert c.table["gold"].to_list() == [
        "O",
        "B-Language",
        "I-Language",
        "B-Language",
        "B-Library",
        "B-Language",
    ]
    assert c.bio_repairs == 3
    per_type = corpus_stats(c)["entities_per_type"]
    assert per_type["Language"] == 3 and per_type["Library"] == 1


def test_repair_off_keeps_tags(tmp_path):
    c = read_conll(write(tmp_path, "<s>\nfoo\tO\nbar\tI-Language\n</s>\n"), repair=False)
    assert c.table["gold"].to_list() == ["O", "I-Language"]
    assert c.bio_repairs == 0


# --- errors: file and line in the message --------------------------------------------------


def test_line_without_tab(tmp_path):
    e = read_err(tmp_path, "<s>\nfoo\tO\nbar O\n</s>\n")
    assert str(e) == f"{tmp_path / 'gold.txt'}:3: expected token<TAB>TAG, found no tab in 'bar O'"
    assert e.line == 3


def test_unknown_tag(tmp_path):
    e = read_err(tmp_path, "<s>\nfoo\tB-Gene\n</s>\n")
    assert (
        str(e)
        == f"{tmp_path / 'gold.txt'}:2: unknown tag 'B-Gene' (use --types auto for another schema)"
    )


def test_malformed_tag_with_inferred_types(tmp_path):
    e = read_err(tmp_path, "<s>\nfoo\tX-Gene\n</s>\n", tagset=None)
    assert (
        str(e)
        == f"{tmp_path / 'gold.txt'}:2: malformed tag 'X-Gene' (expected O, B-TYPE or I-TYPE)"
    )


def test_empty_token(tmp_path):
    e = read_err(tmp_path, "<s>\n\tO\n</s>\n")
    assert str(e) == f"{tmp_path / 'gold.txt'}:2: empty token before the tab"


def test_nested_open_sentence(tmp_path):
    e = read_err(tmp_path, "<s>\na\tO\n<s>\nb\tO\n</s>\n")
    assert str(e) == f"{tmp_path / 'gold.txt'}:3: <s> inside an open sentence (missing </s>)"


def test_close_without_open(tmp_path):
    e = read_err(tmp_path, "<s>\na\tO\n</s>\n</s>\n")
    assert str(e) == f"{tmp_path / 'gold.txt'}:4: </s> without a matching <s>"


def test_file_ends_inside_sentence(tmp_path):
    e = read_err(tmp_path, "<s>\na\tO\nb\tO\n")
    assert str(e) == f"{tmp_path / 'gold.txt'}:3: file ends inside a sentence (missing </s>)"


def test_only_markers_has_no_sentences(tmp_path):
    e = read_err(tmp_path, "<s>\n</s>\n")
    expected = (
        f"{tmp_path / 'gold.txt'}: no sentences found (expected <s> / token<TAB>TAG / </s> lines)"
    )
    assert str(e) == expected


def test_empty_binary_utf8_and_long_line(tmp_path):
    p = tmp_path / "gold.txt"
    assert str(read_err(tmp_path, "")) == f"{p}: file is empty"
    p.write_bytes(b"<s>\nfoo\x00\tO\n</s>\n")
    with pytest.raises(WslError, match=r"NUL byte at byte offset 7"):
        read_conll(p)
    p.write_bytes(b"<s>\nfo\xff\tO\n</s>\n")
    with pytest.raises(WslError) as exc:
        read_conll(p)
    assert str(exc.value) == f"{p}:2: invalid UTF-8 at byte offset 6"
    p.write_bytes(b"<s>\n" + b"a" * 10_000_000 + b"\tO\n</s>\n")
    with pytest.raises(WslError) as exc:
        read_conll(p)
    assert (
        str(exc.value) == f"{p}:2: line is 10,000,002 bytes long (limit 1,000,000; "
        "raise it with wsl --max-line-bytes N)"
    )


# --- writing and round trips ---------------------------------------------------------------


def test_small_file_round_trips_byte_for_byte(tmp_path):
    p = write(tmp_path, SMALL)
    assert format_conll(read_conll(p).table) == SMALL
    out = tmp_path / "out.txt"
    write_conll(out, read_conll(p).table)
    assert out.read_bytes() == SMALL.encode()


def test_format_with_prob_column(tmp_path):
    c = read_conll(write(tmp_path, "<s>\nJava\tB-Language\nis\tO\n</s>\n"))
    t = c.table.with_columns(pl.Series("p", [0.91234, 1.0]))
    assert format_conll(t, "gold", "p") == "<s>\nJava\tB-Language\t0.9123\nis\tO\t1.0000\n</s>\n"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed data absent")
def test_seed_round_trips_byte_for_byte():
    c = read_conll(SEED)
    assert (c.n_sents, c.n_tokens, corpus_stats(c)["entities"]) == (92, 1907, 210)
    assert format_conll(c.table).encode("utf-8") == SEED.read_bytes()


# --- corpus / build_table ------------------------------------------------------------------


def test_build_table_offsets_restart_per_document():
    table, texts = build_table([["a", "bb"], ["ccc"], ["d", "e"]], doc_of_sent=[0, 0, 1])
    assert texts == ["a bb\nccc", "d e"]
    assert table["doc_id"].to_list() == [0, 0, 0, 1, 1]
    assert table["start"].to_list() == [0, 2, 5, 0, 2]
    assert table["end"].to_list() == [1, 4, 8, 1, 3]
    assert table["tok_id"].to_list() == [0, 1, 0, 0, 1]


def test_build_table_empty():
    table, texts = build_table([])
    assert table.height == 0 and texts == []
    assert Corpus(table).n_sents == 0


def test_corpus_helpers():
    table, texts = build_table([["x", "y"], ["z"]], gold=[["B-Language", "I-Language"], ["O"]])
    c = Corpus(table, TagSet(), texts)
    assert c.has_gold and c.n_sents == 2
    assert c.sent_starts().tolist() == [True, False, True]
    assert c.gold_ids().tolist() == [TagSet().b("Language"), TagSet().i("Language"), 0]
    assert sentences_of(table, "gold") == [["B-Language", "I-Language"], ["O"]]
