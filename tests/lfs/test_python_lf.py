"""Tests for wsl.lfs.python_lf: the sentence_lf decorator and per-sentence failures."""

from __future__ import annotations

from wsl.core.sentences import sentences_view
from wsl.lfs.python_lf import PythonLF, Sentence, sentence_lf
from wsl.pipeline.readers import corpus_from_texts


@sentence_lf(labels=("Language",))
def written_in(sent):
    """Language after 'written in'."""
    for i, tok in enumerate(sent.tokens[:-2]):
        if tok == "written" and sent.tokens[i + 1] == "in":
            yield i + 2, i + 3, "Language"


def sents(text: str):
    return sentences_view(corpus_from_texts([text]))


def test_decorator_builds_python_lf():
    assert isinstance(written_in, PythonLF)
    assert (written_in.name, written_in.labels, written_in.kind) == (
        "written_in",
        ("Language",),
        "python",
    )
    assert written_in.description == "Language after 'written in'."


def test_decorator_name_and_description_override():
    @sentence_lf(labels=("O",), name="custom", description="d")
    def f(sent):
        return []

    assert (f.name, f.description) == ("custom", "d")


def test_spans_are_global_token_positions():
    v = written_in.spans(sents("It is written in Rust. Also written in Go!"))
    assert list(zip(v.start.tolist(), v.end.tolist(), v.label.tolist())) == [(4, 5, 0), (9, 10, 0)]
    assert written_in.errors == []


def test_sentence_gets_local_offsets_and_text():
    seen: list[Sentence] = []

    @sentence_lf(labels=("O",))
    def spy(sent):
        seen.append(sent)
        return []

    spy.spans(sents("Hi  there. Use C++,  ok?"))
    assert [s.index for s in seen] == [0, 1]
    second = seen[1]
    assert second.tokens == ["Use", "C++", ",", "ok", "?"]
    assert second.text == "Use C++,  ok?"
    assert [second.text[a:b] for a, b in zip(second.starts, second.ends)] == second.tokens


def test_raising_sentence_abstains_and_is_reported():
    @sentence_lf(labels=("Language",))
    def fragile(sent):
        if "boom" in sent.tokens:
            raise RuntimeError("kaboom")
        return [(0, 1, "Language")]

    v = fragile.spans(sents("Rust works. boom here. Go works."))
    assert v.start.tolist() == [0, 6]  # "Rust" and "Go"
    assert [(e.lf_name, e.sentence, type(e.error).__name__, str(e)) for e in fragile.errors] == [
        ("fragile", 1, "RuntimeError", "fragile raised RuntimeError: kaboom on sentence 1")
    ]


def test_bad_span_or_label_is_a_sentence_error():
    @sentence_lf(labels=("Language",))
    def bad(sent):
        return [(0, 99, "Language")] if sent.index == 0 else [(0, 1, "Library")]

    v = bad.spans(sents("One two. Three four."))
    assert len(v.start) == 0
    assert [e.sentence for e in bad.errors] == [0, 1]
    assert "bad span (0, 99, 'Language') for a 3-token sentence" in str(bad.errors[0].error)


def test_errors_reset_between_runs():
    calls = []

    @sentence_lf(labels=("O",))
    def flaky(sent):
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("first call")
        return []

    flaky.spans(sents("a."))
    assert len(flaky.errors) == 1
    flaky.spans(sents("a."))
    assert flaky.errors == []


def test_fingerprint_follows_source():
    @sentence_lf(labels=("O",), name="same")
    def one(sent):
        return []

    @sentence_lf(labels=("O",), name="same")
    def two(sent):
        return [(0, 1, "O")]

    assert one.fingerprint() != two.fingerprint()
    assert one.fingerprint() == one.fingerprint()
