"""The real-text set: its build script, and the committed file reads as gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from wsl.pipeline.readers import read_corpus

HERE = Path(__file__).resolve().parents[2] / "bench" / "realtext"


def _load():
    spec = importlib.util.spec_from_file_location("wsl_bench_realtext", HERE / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_parse_line_gives_plain_text_and_spans():
    text, spans = _load().parse_line("Use [pip]{Application} with [Python 3]{Language}.")
    assert text == "Use pip with Python 3."
    assert spans == [(4, 7, "Application"), (13, 21, "Language")]


def test_to_conll_tags_tokens_and_rejects_cut_tokens():
    mod = _load()
    lines = mod.to_conll("Use pip with Python 3.", [(4, 7, "Application"), (13, 21, "Language")], 1)
    assert lines == [
        "Use\tO",
        "pip\tB-Application",
        "with\tO",
        "Python\tB-Language",
        "3\tI-Language",
        ".\tO",
    ]
    try:
        mod.to_conll("zlib-level", [(0, 4, "Library")], 7)
    except ValueError as exc:
        assert "line 7" in str(exc)
    else:
        raise AssertionError("a span inside a token must be rejected")


def test_committed_set_is_rebuilt_from_its_source(tmp_path):
    n = _load().build(HERE / "sentences.txt", tmp_path / "r.conll")
    assert (tmp_path / "r.conll").read_bytes() == (HERE / "realtext.conll").read_bytes()
    corpus = read_corpus(HERE / "realtext.conll")
    assert corpus.n_sents == n and 40 <= n <= 80
