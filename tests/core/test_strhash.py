"""Tests for wsl.core.strhash: matching keys and composable window hashes."""

from __future__ import annotations

import numpy as np

from wsl.core.strhash import hash_strings, phrase_key, phrase_keys, token_hashes, window_hashes


def test_phrase_key_keeps_one_joint_between_words_only():
    assert phrase_key("go  to") == "go to"
    assert phrase_key("goto") == "goto"
    assert phrase_key("Node . js") == "Node.js"
    assert phrase_key(" Erlang / OTP ") == "Erlang/OTP"
    assert phrase_key("C + +") == "C++"
    assert phrase_key("Visual\tBasic", case_sensitive=False) == "visual basic"
    # normalize: '-' and '_' separate like whitespace
    keys = {phrase_key(s, normalize=True) for s in ("merge-sort", "merge_sort", "merge sort")}
    assert keys == {"merge sort"}
    assert phrase_key("x86 - 64", normalize=True) == "x86 64"


def test_phrase_keys_equal_one_by_one():
    strings = ["go to", " a-b ", "Node . js", "", "x"]
    for normalize in (False, True):
        assert phrase_keys(strings, False, normalize) == [
            phrase_key(s, False, normalize) for s in strings
        ]


def test_window_hash_of_tokens_equals_hash_of_the_phrase_key():
    tokens = ["run", "it", "on", "Node", ".", "js", "now"]
    keys = phrase_keys(tokens)
    th, tp, ch, cp = token_hashes(keys)
    sent = np.zeros(len(tokens), dtype=np.int64)
    windows = {k: acc for k, acc, _ in window_hashes(th, tp, sent, 3, (ch, cp))}
    want = {
        (0, 2): "run it",
        (3, 3): "Node.js",
        (2, 3): "on Node.",
        (5, 2): "js now",
    }
    for (start, k), phrase in want.items():
        assert windows[k][start] == hash_strings([phrase_key(phrase)])[0][0], phrase
    # "runit" written as one word is another key
    assert windows[2][0] != hash_strings(["runit"])[0][0]
