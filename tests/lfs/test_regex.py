"""Tests for wsl.lfs.regex: RegexLF alignment rules and TokenRegexLF."""

from __future__ import annotations

import re

import numpy as np
import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.sentences import sentences_view
from wsl.lfs.regex import RegexLF, TokenRegexLF, align_chars
from wsl.pipeline.readers import corpus_from_texts


def view(*sentences: str):
    table, texts = build_table([s.split() for s in sentences])
    return sentences_view(Corpus(table, texts=texts))


def spans(lf, sents) -> list[str]:
    v = lf.spans(sents)
    return [" ".join(sents.tokens[a:b]) for a, b in zip(v.start.tolist(), v.end.tolist())]


def test_match_covering_whole_tokens():
    lf = RegexLF("r", r"Visual Basic|Java", "Language")
    assert spans(lf, view("Visual Basic and Java", "JavaScript")) == ["Visual Basic", "Java"]
    assert lf.spans(view("Java")).label.tolist() == [0]


def test_match_cutting_a_token_is_dropped():
    lf = RegexLF("r", r"Script|Java", "Language")
    # "Java" inside "JavaScript" cuts the token at its end; "Script" at its start
    assert spans(lf, view("JavaScript and Java")) == ["Java"]


def test_surrounding_whitespace_is_ignored():
    lf = RegexLF("r", r"\s+Rust\s+", "Language")
    assert spans(lf, view("I like Rust a lot")) == ["Rust"]


def test_whitespace_only_match_is_dropped():
    assert spans(RegexLF("r", r"\s+", "Language"), view("a b")) == []


def test_group_votes_only_the_group():
    lf = RegexLF("r", r"(?P<ent>\w+) programming language", "Language", group="ent")
    assert spans(lf, view("the Go programming language is simple")) == ["Go"]
    num = RegexLF("r2", r"written in (\w+)", "Language", group=1)
    assert spans(num, view("it is written in C today")) == ["C"]


def test_unmatched_optional_group_is_skipped():
    lf = RegexLF("r", r"uses(?: (Rust))?", "Language", group=1)
    assert spans(lf, view("it uses Rust", "it uses nothing")) == ["Rust"]


def test_never_across_sentences():
    lf = RegexLF("r", r"Visual\sBasic", "Language")
    assert spans(lf, view("I like Visual", "Basic is old")) == []
    assert spans(lf, view("Visual Basic")) == ["Visual Basic"]


def test_flags_are_used():
    lf = RegexLF("r", r"python", "Language", flags=re.IGNORECASE)
    assert spans(lf, view("Python PYTHON")) == ["Python", "PYTHON"]


def test_original_spacing_from_raw_text():
    c = corpus_from_texts(["Use C++, Node.js and x86-64."])
    lf = RegexLF("r", r"C\+\+|Node\.js|x86-64", "Language")
    assert spans(lf, sentences_view(c)) == ["C++", "Node.js", "x86-64"]
    # "C++," in the raw text: a match including the comma covers the comma token too
    assert spans(RegexLF("r2", r"C\+\+,", "Language"), sentences_view(c)) == ["C++ ,"]


def test_align_chars_direct():
    s = view("ab cd", "ef")  # text "ab cd\nef"
    a = np.array([0, 1, 0, 3, 0, 6])
    b = np.array([5, 5, 2, 4, 8, 8])
    start, end = align_chars(s, a, b)
    assert list(zip(start.tolist(), end.tolist())) == [(0, 2), (0, 1), (2, 3)]


def test_regex_fingerprint():
    a = RegexLF("r", r"x", "Language")
    assert a.fingerprint() == RegexLF("r", r"x", "Language").fingerprint()
    assert a.fingerprint() != RegexLF("r", r"y", "Language").fingerprint()
    assert a.fingerprint() != RegexLF("r", r"x", "Language", group=0, flags=re.I).fingerprint()
    assert a.fingerprint() != RegexLF("r", r"x", "Library").fingerprint()


def test_token_regex_full_matches_single_tokens():
    lf = TokenRegexLF("t", r"\w+Exception", "Error_Name")
    s = view("a NullPointerException and IOException", "NullPointerException : x Exception")
    assert spans(lf, s) == ["NullPointerException", "IOException", "NullPointerException"]
    assert lf.kind == "token_regex" and lf.labels == ("Error_Name",)


def test_token_regex_can_vote_o():
    lf = TokenRegexLF("t", r"[.,;]", "O")
    assert spans(lf, view("a , b .")) == [",", "."]


def test_token_regex_on_empty_corpus():
    table, texts = build_table([])
    assert (
        len(TokenRegexLF("t", "x", "O").spans(sentences_view(Corpus(table, texts=texts))).start)
        == 0
    )


def test_lf_name_is_validated():
    with pytest.raises(ValueError, match="LF name must be alphanumeric"):
        RegexLF("bad name", "x", "Language")
    assert RegexLF("ok_name-1.2", "x", "Language").name == "ok_name-1.2"


# --- require: prefilter sentences by literal words ---------------------------------------


def test_require_gives_the_same_matches():
    s = view(
        "the Go programming language",
        "no match here",
        "Rust Programming Languages rock",
        "a language",
    )
    plain = RegexLF("r", r"\b[A-Z]\w*\s+[Pp]rogramming\s+[Ll]anguages?\b", "Language")
    fast = RegexLF("r", plain.pattern.pattern, "Language", require="language")
    assert (
        spans(fast, s)
        == spans(plain, s)
        == ["Go programming language", "Rust Programming Languages"]
    )


def test_require_skips_sentences_without_the_literal():
    s = view("Rust is great", "Go is a language")
    lf = RegexLF("r", r"\b[A-Z]\w*\b", "Language", require=("language", "LANG"))
    assert spans(lf, s) == ["Go"]
    assert spans(RegexLF("r", r"x", "Language", require="absent"), s) == []


def test_require_runs_each_sentence_alone():
    s = view("ends with Rust", "language next")
    across = r"Rust(?=\s+language)"
    assert spans(RegexLF("r", across, "Language"), s) == [
        "Rust"
    ]  # lookahead sees the next sentence
    assert spans(RegexLF("r", across, "Language", require=["rust"]), s) == []
    assert spans(RegexLF("r", r"Rust$", "Language", require="rust"), s) == ["Rust"]


def test_require_in_fingerprint_and_validated():
    assert (
        RegexLF("r", "x", "Language").fingerprint()
        != RegexLF("r", "x", "Language", require="x").fingerprint()
    )
    with pytest.raises(ValueError, match="require needs non-empty literals"):
        RegexLF("r", "x", "Language", require=[""])


def test_require_when_lowercasing_changes_offsets():
    s = view("İstanbul", "Go LANGUAGE here")  # "İ".lower() is two characters
    lf = RegexLF("r", r"\b[A-Z]\w+ LANGUAGE", "Language", require="language")
    assert spans(lf, s) == ["Go LANGUAGE"]
