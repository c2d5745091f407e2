"""Tests for wsl.pipeline.apply (the label matrix) and wsl.core.sentences (what LFs see)."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.errors import WslError
from wsl.core.sentences import fingerprint, sentences_view
from wsl.core.tags import TagSet
from wsl.lfs.base import LabelingFunction, SpanVotes
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.python_lf import sentence_lf
from wsl.lfs.regex import RegexLF, TokenRegexLF
from wsl.pipeline.apply import Failure, apply_lfs, chunk, votes_to_column
from wsl.pipeline.readers import corpus_from_texts

TS = TagSet()
B_LANG, I_LANG = TS.b("Language"), TS.i("Language")
B_OS, I_OS = TS.b("Operating_System"), TS.i("Operating_System")
B_ERR = TS.b("Error_Name")


def corpus(*sentences: str) -> Corpus:
    table, texts = build_table([s.split() for s in sentences])
    return Corpus(table, TS, texts)


class Boom(LabelingFunction):
    kind = "test"

    def spans(self, sents):
        raise RuntimeError("broken LF")


# --- view ---------------------------------------------------------------------------------


def test_view_from_raw_text_keeps_spacing_and_flattens_newlines():
    c = corpus_from_texts(["Use  C++,\nnow. Then\nmore", "Second doc."])
    v = sentences_view(c)
    assert v.text == "Use  C++, now.\nThen more\nSecond doc."
    assert [v.text[a:b] for a, b in zip(v.tok_start.tolist(), v.tok_end.tolist())] == v.tokens
    assert v.sent_offsets.tolist() == [0, 5, 7, 10]
    assert v.sent_of_token().tolist() == [0, 0, 0, 0, 0, 1, 1, 2, 2, 2]


def test_view_vocab_is_shared():
    v = sentences_view(corpus("a b a", "b c"))
    vocab, inverse = v.vocab()
    assert vocab == ["a", "b", "c"] and inverse.tolist() == [0, 1, 0, 1, 2]
    assert v.vocab()[1] is inverse


def test_view_of_empty_corpus():
    table, texts = build_table([])
    v = sentences_view(Corpus(table, TS, texts))
    assert (v.n_tokens, v.n_sents, v.text) == (0, 0, "")


def test_fingerprint_changes_with_tokens_and_sentence_bounds():
    assert fingerprint(sentences_view(corpus("a b"))) == fingerprint(sentences_view(corpus("a b")))
    assert fingerprint(sentences_view(corpus("a b"))) != fingerprint(sentences_view(corpus("a c")))
    assert fingerprint(sentences_view(corpus("a b c"))) != fingerprint(
        sentences_view(corpus("a", "b c"))
    )


def test_chunk_is_self_contained():
    v = sentences_view(corpus("a b", "cc d e", "f"))
    part = chunk(v, 1, 3)
    assert part.tokens == ["cc", "d", "e", "f"]
    assert part.text == "cc d e\nf"
    assert part.sent_offsets.tolist() == [0, 3, 4]
    assert [
        part.text[a:b] for a, b in zip(part.tok_start.tolist(), part.tok_end.tolist())
    ] == part.tokens


# --- votes -> BIO columns -----------------------------------------------------------------


def test_votes_to_column_bio_and_o_spans():
    lf = GazetteerLF("g", {"x": "Language", "y": "O"})  # labels sorted: ("Language", "O")
    votes = SpanVotes(np.array([0, 4]), np.array([3, 6]), np.array([0, 1]))
    col = votes_to_column(votes, lf, TS, 7)
    assert col.tolist() == [B_LANG, I_LANG, I_LANG, -1, 0, 0, -1]
    assert col.dtype == np.int8


def test_votes_to_column_unknown_label():
    lf = RegexLF("r", "x", "Gene")
    with pytest.raises(WslError, match=r"LF r votes \['Gene'\], not in the tag set"):
        votes_to_column(SpanVotes(np.array([0]), np.array([1]), np.array([0])), lf, TS, 2)


# --- apply_lfs ----------------------------------------------------------------------------


def lf_set():
    gaz = GazetteerLF(
        "gaz", {"Windows XP": "Operating_System", "Linux": "Operating_System", "Python": "Language"}
    )
    rx = RegexLF("rx", r"written in (\w+)", "Language", group=1)
    tok = TokenRegexLF("punct", r"[.,]", "O")
    err = TokenRegexLF("err", r"\w+Error", "Error_Name")
    return [gaz, rx, tok, err]


def test_label_matrix_exact():
    c = corpus("Windows XP runs Python .", "it is written in Rust , not Linux", "KeyError here")
    res = apply_lfs(c, lf_set())
    assert res.lf_names == ["gaz", "rx", "punct", "err"]
    assert res.L.dtype == np.int8 and res.L.shape == (15, 4)
    expected = np.full((15, 4), -1)
    expected[0:2, 0] = [B_OS, I_OS]
    expected[3, 0] = B_LANG
    expected[12, 0] = B_OS  # Linux
    expected[9, 1] = B_LANG  # Rust
    expected[[4, 10], 2] = 0
    expected[13, 3] = B_ERR
    assert res.L.tolist() == expected.tolist()
    assert res.failures == [] and res.cached == []
    assert set(res.seconds) == {"gaz", "rx", "punct", "err"}


def test_no_lfs_gives_empty_matrix():
    res = apply_lfs(corpus("a b"), [])
    assert res.L.shape == (2, 0)


def test_duplicate_names_rejected():
    with pytest.raises(WslError, match="^duplicate LF names: r$"):
        apply_lfs(corpus("a"), [RegexLF("r", "a", "Language"), RegexLF("r", "b", "Language")])


def test_failing_lf_abstains_and_is_reported(caplog):
    c = corpus("Python here", "boom there")

    @sentence_lf(labels=("Language",))
    def fragile(sent):
        if sent.tokens[0] == "boom":
            raise KeyError("nope")
        return [(0, 1, "Language")]

    with caplog.at_level(logging.WARNING, logger="wsl.pipeline.apply"):
        res = apply_lfs(c, [Boom("boom", ("Language",)), fragile])
    assert res.L[:, 0].tolist() == [-1, -1, -1, -1]
    assert res.L[:, 1].tolist() == [B_LANG, -1, -1, -1]
    here = Path(__file__)
    boom_line = Boom.spans.__code__.co_firstlineno + 1
    fragile_line = fragile.func.__code__.co_firstlineno + 3
    assert res.failures == [
        Failure("boom", f"RuntimeError: broken LF (at {here}:{boom_line})", None),
        Failure("fragile", f"KeyError: 'nope' (at {here}:{fragile_line})", 1),
    ]
    assert [r.getMessage() for r in caplog.records] == [
        f"LF boom failed on every sentence and abstains everywhere: RuntimeError: broken LF "
        f"(at {here}:{boom_line})",
        f"LF fragile failed on 1 of 2 sentences, abstaining there (first: sentence 1): "
        f"KeyError: 'nope' (at {here}:{fragile_line})",
    ]


def test_a_python_lf_failing_on_every_sentence_is_said_to_fail_everywhere(caplog):
    @sentence_lf(labels=("Language",))
    def always(sent):
        raise ValueError("no")

    with caplog.at_level(logging.WARNING, logger="wsl.pipeline.apply"):
        apply_lfs(corpus("a b", "c d"), [always])
    assert "LF always failed on every sentence and abstains everywhere" in caplog.text


def test_lf_with_label_outside_tagset_is_a_setup_error():
    # as in `wsl lfs analyze`: a label the schema lacks stops the run (exit 1), naming the LF
    with pytest.raises(WslError, match=r"LF gene votes \['Gene'\], not in the tag set"):
        apply_lfs(
            corpus("Gene x"), [RegexLF("gene", "Gene", "Gene"), RegexLF("ok", "x", "Language")]
        )


def test_jobs_2_gives_same_matrix_as_jobs_1():
    sents = [
        f"Python {i} on Windows XP , written in Go ." if i % 3 else f"KeyError {i} Linux"
        for i in range(40)
    ]
    c = corpus(*sents)

    @sentence_lf(labels=("Language",))
    def odd_fail(sent):
        if sent.tokens[1] == "7":
            raise ValueError("seven")
        return [(0, 1, "Language")]

    one = apply_lfs(c, [*lf_set(), odd_fail], jobs=1)
    two = apply_lfs(c, [*lf_set(), odd_fail], jobs=2)
    assert np.array_equal(one.L, two.L)
    assert (one.L != -1).sum() > 100
    assert (
        [(f.lf, f.sentence) for f in two.failures]
        == [("odd_fail", 7)]
        == [(f.lf, f.sentence) for f in one.failures]
    )


def test_jobs_more_than_sentences_falls_back_to_serial():
    c = corpus("Python")
    assert apply_lfs(c, lf_set(), jobs=4).L[:, 0].tolist() == [B_LANG]


def test_progress_called_once_per_lf(tmp_path):
    seen: list[str] = []
    apply_lfs(corpus("a b"), lf_set(), progress=seen.append)
    assert seen == ["gaz", "rx", "punct", "err"]


def test_many_types_use_int16():
    ts = TagSet(tuple(f"T{i}" for i in range(70)))
    table, texts = build_table([["x"]])
    res = apply_lfs(Corpus(table, ts, texts), [RegexLF("r", "x", "T69")])
    assert res.L.dtype == np.int16 and res.L.tolist() == [[ts.b("T69")]]
