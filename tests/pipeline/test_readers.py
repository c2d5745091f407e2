"""Tests for wsl.pipeline.readers: format detection, raw text, JSONL, CoNLL dispatch."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wsl.core.corpus import sentences_of
from wsl.core.errors import WslError
from wsl.pipeline.readers import (
    corpus_from_texts,
    detect_format,
    expand_inputs,
    read_corpus,
    read_inputs,
    read_jsonl,
)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def jsonl(tmp_path, *objs, name="in.jsonl"):
    return write(tmp_path, name, "".join(json.dumps(o) + "\n" for o in objs))


# --- detect_format ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("a.conll", "whatever", "conll"),
        ("a.bio", "whatever", "conll"),
        ("a.jsonl", "whatever", "jsonl"),
        ("a.ndjson", "whatever", "jsonl"),
        ("a.txt", "\n<s>\nx\tO\n</s>\n", "conll"),
        ("a.txt", "x\tO\n", "conll"),
        ("a.txt", '  {"text": "hi"}\n', "jsonl"),
        ("a.txt", "Just some prose.\n", "text"),
    ],
)
def test_detect_format(tmp_path, name, text, fmt):
    assert detect_format(tmp_path / name, text) == fmt


def test_detect_format_reads_file_when_no_text(tmp_path):
    assert detect_format(write(tmp_path, "g.txt", "<s>\nx\tO\n</s>\n")) == "conll"


# --- raw text -----------------------------------------------------------------------------


def test_raw_text_offsets_index_original_text(tmp_path):
    text = "I use C++ daily.  Python too!\n"
    c = read_corpus(write(tmp_path, "t.txt", text))
    assert c.texts == [text]
    assert sentences_of(c.table, "token") == [
        ["I", "use", "C++", "daily", "."],
        ["Python", "too", "!"],
    ]
    assert [text[a:b] for a, b in c.table.select("start", "end").iter_rows()] == c.table[
        "token"
    ].to_list()
    assert c.table["tok_id"].to_list() == [0, 1, 2, 3, 4, 0, 1, 2]
    assert not c.has_gold


def test_raw_text_blocks_make_documents(tmp_path):
    p = write(tmp_path, "t.txt", "First doc.\n\nSecond doc here.\n")
    c = read_corpus(p, docs="blocks")
    assert c.texts == ["First doc.", "Second doc here.\n"]
    assert c.table["doc_id"].to_list() == [0, 0, 0, 1, 1, 1, 1]
    assert c.table["sent_id"].to_list() == [0, 0, 0, 1, 1, 1, 1]
    one = read_corpus(p)  # docs="file": one document, the blank line still breaks sentences
    assert one.table["doc_id"].unique().to_list() == [0] and one.n_sents == 2


def test_corpus_from_texts_skips_blank_documents():
    c = corpus_from_texts(["  ", "Hello world."], "src")
    assert c.table["doc_id"].to_list() == [1, 1, 1]
    assert c.table["start"].to_list() == [0, 6, 11]
    assert c.source == "src"


def test_corpus_from_texts_without_tokens_is_an_error():
    with pytest.raises(WslError, match="^src: no tokens found in the input$"):
        corpus_from_texts(["   ", "\n"], "src")


def test_unknown_format_and_doc_mode(tmp_path):
    p = write(tmp_path, "t.txt", "hi")
    with pytest.raises(WslError, match="unknown input format 'xml'"):
        read_corpus(p, fmt="xml")
    with pytest.raises(WslError, match="unknown document mode 'pages'"):
        read_corpus(p, docs="pages")


def test_read_corpus_dispatches_conll(tmp_path):
    c = read_corpus(write(tmp_path, "g.txt", "<s>\nJava\tB-Language\n</s>\n"))
    assert c.table["gold"].to_list() == ["B-Language"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"abc\x00", "binary file (NUL byte at byte offset 3)"),
        (b"ab\xc3(", "invalid UTF-8 at byte offset 2"),
    ],
)
def test_read_corpus_rejects_bad_files(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(WslError) as exc:
        read_corpus(p)
    assert str(exc.value).startswith(str(p)) and message in str(exc.value)


# --- JSONL --------------------------------------------------------------------------------


def test_jsonl_text_records_are_documents(tmp_path):
    c = read_corpus(jsonl(tmp_path, {"text": "Use Rust."}, {"text": "Go is fine. Yes."}))
    assert c.texts == ["Use Rust.", "Go is fine. Yes."]
    assert c.table["doc_id"].to_list() == [0, 0, 0, 1, 1, 1, 1, 1, 1]
    assert c.n_sents == 3


def test_jsonl_tokens_with_tags(tmp_path):
    c = read_jsonl(
        jsonl(
            tmp_path,
            {"tokens": ["Java", "rocks"], "tags": ["B-Language", "O"]},
            {"tokens": ["ok"], "tags": ["O"]},
        )
    )
    assert c.table["token"].to_list() == ["Java", "rocks", "ok"]
    assert c.table["gold"].to_list() == ["B-Language", "O", "O"]
    assert c.table["doc_id"].to_list() == [0, 0, 1]
    assert c.texts == ["Java rocks", "ok"]


def test_jsonl_tokens_with_spans(tmp_path):
    rec = {
        "tokens": ["Windows", "XP", "and", "C"],
        "spans": [
            {"start": 0, "end": 2, "label": "Operating_System"},
            {"start": 3, "end": 4, "label": "Language"},
        ],
    }
    c = read_jsonl(jsonl(tmp_path, rec))
    assert c.table["gold"].to_list() == [
        "B-Operating_System",
        "I-Operating_System",
        "O",
        "B-Language",
    ]


def test_jsonl_tokens_without_tags_have_no_gold(tmp_path):
    c = read_jsonl(jsonl(tmp_path, {"tokens": ["a", "b"]}))
    assert not c.has_gold


def test_jsonl_types_auto(tmp_path):
    c = read_jsonl(jsonl(tmp_path, {"tokens": ["BRCA1"], "tags": ["B-Gene"]}), tagset=None)
    assert c.tagset.types == ("Gene",)


def test_jsonl_blank_lines_are_skipped(tmp_path):
    c = read_jsonl(write(tmp_path, "in.jsonl", '\n{"text": "Hi."}\n\n'))
    assert c.table["token"].to_list() == ["Hi", "."]


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        (
            [
                '{"text": "a"',
            ],
            1,
            "invalid JSON: Expecting ',' delimiter (column 13)",
        ),
        (['{"text": "a"}', "[1, 2]"], 2, "expected a JSON object per line"),
        (['{"other": 1}'], 1, 'expected a "text" string or a "tokens" list'),
        (['{"tokens": []}'], 1, '"tokens" must be a non-empty list of non-blank strings'),
        (['{"tokens": ["a", " "]}'], 1, '"tokens" must be a non-empty list of non-blank strings'),
        (
            ['{"tokens": ["a", "b"], "tags": ["O"]}'],
            1,
            '"tags" must be a list as long as "tokens" (2)',
        ),
        (['{"tokens": ["a"], "tags": ["B-Gene"]}'], 1, "unknown tag 'B-Gene'"),
        (
            ['{"text": "a"}', '{"tokens": ["b"]}'],
            2,
            'mixes "text" and "tokens" lines; use one kind per file',
        ),
        (
            ['{"tokens": ["a"], "tags": ["O"]}', '{"tokens": ["b"]}'],
            2,
            '"tags" must be given on every "tokens" line or on none',
        ),
        (['{"tokens": ["a"], "spans": {}}'], 1, '"spans" must be a list'),
        (
            ['{"tokens": ["a"], "spans": [{"start": 0}]}'],
            1,
            'each span needs integer "start", "end" and a "label"',
        ),
        (
            ['{"tokens": ["a"], "spans": [{"start": 0, "end": 2, "label": "Language"}]}'],
            1,
            "span [0, 2) outside the 1 tokens",
        ),
    ],
)
def test_jsonl_errors_name_file_and_line(tmp_path, lines, line, message):
    p = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    with pytest.raises(WslError) as exc:
        read_jsonl(p)
    assert str(exc.value) == f"{p}:{line}: {message}"


def test_jsonl_without_records(tmp_path):
    p = write(tmp_path, "in.jsonl", "\n \n")
    with pytest.raises(WslError, match="file is empty"):
        read_jsonl(p)
    with pytest.raises(WslError, match=f"^{p}: no records found$"):
        read_jsonl(p, text="\n\n")


# --- several inputs, folders, globs, stdin ------------------------------------------------


def _tree(tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text("Rust runs on Linux.\n")
    (tmp_path / "docs" / "sub" / "b.md").write_text("Go is simple. Java is not.\n")
    (tmp_path / "docs" / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "docs" / ".hidden").mkdir()
    (tmp_path / "docs" / ".hidden" / "c.txt").write_text("secret\n")
    return tmp_path / "docs"


def test_a_folder_reads_its_text_files_in_name_order_one_document_each(tmp_path):
    docs = _tree(tmp_path)
    c = read_inputs([docs])
    assert c.doc_names == [str(docs / "a.txt"), str(docs / "sub" / "b.md")]
    assert c.table["doc_id"].unique().sort().to_list() == [0, 1]
    assert c.table["sent_id"].to_list() == [0] * 5 + [1] * 4 + [2] * 4
    assert c.texts == ["Rust runs on Linux.\n", "Go is simple. Java is not.\n"]


def test_globs_and_files_keep_the_order_given(tmp_path):
    docs = _tree(tmp_path)
    c = read_inputs([str(docs / "**" / "*.md"), docs / "a.txt"])
    assert c.doc_names == [str(docs / "sub" / "b.md"), str(docs / "a.txt")]


@pytest.mark.parametrize(
    "inputs,message",
    [
        (["nothing/*.txt"], "no file matches this pattern"),
        (["-", "x.txt"], "cannot be combined"),
    ],
)
def test_input_errors(inputs, message):
    with pytest.raises(WslError, match=message):
        expand_inputs(inputs)


def test_several_gold_files_must_share_their_tags(tmp_path):
    a, b = tmp_path / "a.conll", tmp_path / "b.conll"
    a.write_text("<s>\nRust\tB-Language\n</s>\n")
    b.write_text("<s>\nLinux\tB-Operating_System\n</s>\n")
    c = read_inputs([a, b], tagset=None)  # inferred types: the union
    assert c.tagset.types == ("Language", "Operating_System") and c.gold_ids().tolist() == [1, 3]
    b.write_text("<s>\nLinux\tO\n</s>\n")
    c = read_inputs([a, b])
    assert c.table["gold"].to_list() == ["B-Language", "O"]


def test_standard_input_on_a_real_process(tmp_path):
    import subprocess
    import sys

    wsl = str(Path(sys.executable).with_name("wsl"))
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "c")}
    res = subprocess.run(
        [wsl, "label", "-", "--no-shipped", "--lfs", str(_langs(tmp_path)), "-m", "mv"],
        input="Rust and Go.\n",
        capture_output=True,
        text=True,
        env=env,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.split("\n")[:4] == ["<s>", "Rust\tB-Language", "and\tO", "Go\tB-Language"]
    empty = subprocess.run([wsl, "label", "-"], input="", capture_output=True, text=True, env=env)
    assert empty.returncode == 1 and "-: file is empty" in empty.stderr


def _langs(tmp_path):
    p = tmp_path / "langs.txt"
    p.write_text("# type: Language\nRust\nGo\n")
    return p


# --- large files in pieces -----------------------------------------------------------------


def _sentences(corpora) -> tuple[list, list]:
    toks, tags = [], []
    for c in corpora:
        toks += sentences_of(c.table)
        tags += sentences_of(c.table, "gold") if c.has_gold else []
    return toks, tags


@pytest.fixture
def small_pieces(monkeypatch):
    """Read any file over 200 bytes in pieces of about 30 tokens."""
    from wsl.pipeline import readers

    monkeypatch.setattr(readers, "PIECE_BYTES", 200)
    monkeypatch.setattr(readers, "PIECE_TOKENS", 30)
    return readers.iter_pieces


def _gold_lines(n: int) -> str:
    out = []
    for i in range(n):
        out.append("<s>\nUse\tO\nRust\tB-Language\nversion\tO\n" + f"{i}\tO\n" + "now\tO\n</s>\n")
    return "".join(out)


def test_a_large_conll_file_in_pieces_holds_every_sentence_and_tag(tmp_path, small_pieces):
    p = write(tmp_path, "gold.txt", _gold_lines(40))
    pieces = list(small_pieces(str(p), "auto"))
    assert len(pieces) == 40 * 5 // 30 + 1 and max(c.n_tokens for c in pieces) == 30
    assert _sentences(pieces) == _sentences([read_corpus(p)])


def test_a_conll_error_late_in_a_large_file_names_its_absolute_line(tmp_path, small_pieces):
    p = write(tmp_path, "gold.txt", _gold_lines(40) + "<s>\nRust\tB-Nope\n</s>\n")
    with pytest.raises(WslError) as exc:
        list(small_pieces(str(p), "conll"))
    assert (exc.value.path, exc.value.line) == (str(p), 40 * 7 + 2)


def test_a_large_jsonl_file_in_pieces_holds_every_record(tmp_path, small_pieces):
    tags = ["O", "B-Language", "O"]
    objs = [{"tokens": ["Use", "Rust", f"v{i}"], "tags": tags} for i in range(50)]
    p = jsonl(tmp_path, *objs)
    pieces = list(small_pieces(str(p)))
    assert len(pieces) == 5 and sum(c.n_sents for c in pieces) == 50
    assert _sentences(pieces) == _sentences([read_jsonl(p)])
    bad = jsonl(tmp_path, *objs, {"tokens": ["x"], "tags": ["B-Nope"]}, name="bad.jsonl")
    with pytest.raises(WslError) as exc:
        list(small_pieces(str(bad)))
    assert (exc.value.path, exc.value.line) == (str(bad), 51)


def test_a_large_raw_text_is_cut_at_blank_lines_only(tmp_path, small_pieces):
    paras = [f"Paragraph {i} uses Rust on Linux.\nIt goes on here." for i in range(30)]
    p = write(tmp_path, "big.txt", "\n\n".join(paras) + "\n")
    pieces = list(small_pieces(str(p)))
    assert len(pieces) > 3
    whole = read_corpus(p)
    assert _sentences(pieces)[0] == _sentences([whole])[0]


def test_small_files_and_stdin_are_one_piece(tmp_path):
    from wsl.pipeline.readers import iter_pieces

    p = write(tmp_path, "small.txt", "Rust runs on Linux.\n")
    assert len(list(iter_pieces(str(p)))) == 1
