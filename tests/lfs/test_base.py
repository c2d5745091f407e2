"""The LF cache key (``LabelingFunction.fingerprint``) covers everything that sets the votes."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.sentences import Sentences
from wsl.lfs.base import LabelingFunction, SpanVotes
from wsl.lfs.registry import lfs_from_path


class MinLengthLF(LabelingFunction):
    """A new LF kind with a parameter and no _fingerprint_parts of its own."""

    def __init__(self, name: str, min_len: int, words=None) -> None:
        super().__init__(name, ("Language",))
        self.min_len = min_len
        self.words = words

    def spans(self, sents: Sentences) -> SpanVotes:
        lengths = np.fromiter(map(len, sents.tokens), dtype=np.int64, count=sents.n_tokens)
        start = np.flatnonzero(lengths >= self.min_len)
        return SpanVotes(start, start + 1, np.zeros(len(start), dtype=np.int64))


def test_a_parameter_changes_the_key():
    # the old key (class, name, labels) gave both the same key: stale cached votes
    assert MinLengthLF("long", 3).fingerprint() != MinLengthLF("long", 4).fingerprint()


def test_the_same_configuration_gives_the_same_key():
    assert (
        MinLengthLF("long", 3, ["a", "b"]).fingerprint()
        == MinLengthLF("long", 3, ["a", "b"]).fingerprint()
    )


def test_description_and_source_do_not_change_the_key():
    a, b = MinLengthLF("long", 3), MinLengthLF("long", 3)
    b.description, b.source = "other words", "elsewhere.py"
    assert a.fingerprint() == b.fingerprint()


@pytest.mark.parametrize(
    "value,other",
    [
        (np.array([1, 2, 3]), np.array([1, 2, 4])),
        ({"a": 1}, {"a": 2}),
        ({"x", "y"}, {"x", "z"}),
    ],
)
def test_containers_and_arrays_are_keyed_by_content(value, other):
    assert MinLengthLF("w", 3, value).fingerprint() != MinLengthLF("w", 3, other).fingerprint()
    assert MinLengthLF("w", 3, value).fingerprint() == MinLengthLF("w", 3, value).fingerprint()


def test_a_file_parameter_is_keyed_by_its_bytes(tmp_path):
    p = tmp_path / "words.txt"
    p.write_text("Rust\n")
    before = MinLengthLF("w", 3, p).fingerprint()
    p.write_text("Go\n")
    assert MinLengthLF("w", 3, p).fingerprint() != before


def test_an_attribute_without_a_stable_form_fails_loudly():
    with pytest.raises(TypeError, match="MinLengthLF.words.*_fingerprint_parts"):
        MinLengthLF("w", 3, object()).fingerprint()


def test_python_lf_key_covers_the_module_globals(tmp_path):
    src = (
        "from wsl.lfs.python_lf import sentence_lf\n"
        "WORDS = {words}\n"
        "@sentence_lf('Language')\n"
        "def langs(s):\n"
        "    return [(i, i + 1, 'Language') for i, t in enumerate(s.tokens) if t in WORDS]\n"
    )
    p = tmp_path / "my_lfs.py"
    p.write_text(src.format(words="{'Rust'}"))
    before = lfs_from_path(p)[0].fingerprint()
    p.write_text(src.format(words="{'Rust', 'Go'}"))  # the function's own lines are unchanged
    assert lfs_from_path(p)[0].fingerprint() != before
