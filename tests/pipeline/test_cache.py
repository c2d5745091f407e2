"""Tests for wsl.pipeline.cache and cached application of LFs."""

from __future__ import annotations

import numpy as np

from wsl.core.corpus import Corpus, build_table
from wsl.core.tags import TagSet
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.python_lf import sentence_lf
from wsl.lfs.regex import RegexLF
from wsl.pipeline.apply import apply_lfs
from wsl.pipeline.cache import ColumnCache, default_cache_dir

TS = TagSet()


def corpus(*sentences: str) -> Corpus:
    table, texts = build_table([s.split() for s in sentences])
    return Corpus(table, TS, texts)


class Counting(RegexLF):
    """A regex LF that counts how often it is applied."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.calls = 0

    def spans(self, sents):
        self.calls += 1
        return super().spans(sents)


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("WSL_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("WSL_CACHE_DIR")
    assert default_cache_dir().parts[-2:] == (".cache", "wsl")


def test_store_and_load(tmp_path):
    cache = ColumnCache(tmp_path)
    lf = RegexLF("r", "x", "Language")
    assert cache.load("fp", lf) is None
    cache.store("fp", lf, np.array([1, -1, 2], dtype=np.int8))
    got = cache.load("fp", lf)
    assert got.tolist() == [1, -1, 2] and got.dtype == np.int8
    assert cache.load("other", lf) is None


def test_store_replaces_older_version_of_same_lf(tmp_path):
    cache = ColumnCache(tmp_path)
    cache.store("fp", RegexLF("r", "x", "Language"), np.zeros(2, np.int8))
    cache.store("fp", RegexLF("r", "y", "Language"), np.ones(2, np.int8))
    cache.store("fp", RegexLF("r2", "x", "Language"), np.ones(2, np.int8))
    files = sorted(p.name.split(".")[0] for p in (tmp_path / "fp").iterdir())
    assert files == ["r", "r2"]
    assert cache.load("fp", RegexLF("r", "x", "Language")) is None


def test_corrupt_entry_is_a_miss(tmp_path):
    cache = ColumnCache(tmp_path)
    lf = RegexLF("r", "x", "Language")
    cache.store("fp", lf, np.zeros(3, np.int8))
    (path,) = (tmp_path / "fp").iterdir()
    path.write_bytes(b"garbage")
    assert cache.load("fp", lf) is None


def test_unwritable_cache_only_logs(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    ColumnCache(blocker).store("fp", RegexLF("r", "x", "Language"), np.zeros(1, np.int8))
    assert "cannot write LF cache" in caplog.text


def test_second_run_hits_cache(tmp_path):
    c = corpus("Python and Rust", "Go")
    cache = ColumnCache(tmp_path)
    lfs = [Counting("py", "Python", "Language"), Counting("rs", "Rust", "Language")]
    first = apply_lfs(c, lfs, cache=cache)
    second = apply_lfs(c, lfs, cache=cache)
    assert first.cached == [] and second.cached == ["py", "rs"]
    assert [lf.calls for lf in lfs] == [1, 1]
    assert np.array_equal(first.L, second.L)


def test_editing_one_lf_reapplies_only_it(tmp_path):
    c = corpus("Python and Rust", "Go")
    cache = ColumnCache(tmp_path)
    gaz = GazetteerLF("gaz", ["Go"], label="Language")
    py, rs = Counting("py", "Python", "Language"), Counting("rs", "Rust", "Language")
    apply_lfs(c, [gaz, py, rs], cache=cache)
    edited = Counting("rs", "Rust|and", "Language")
    res = apply_lfs(c, [gaz, py, edited], cache=cache)
    assert res.cached == ["gaz", "py"]
    assert (py.calls, edited.calls) == (1, 1)
    assert res.L[:, 2].tolist() == [-1, TS.b("Language"), TS.b("Language"), -1]
    assert res.L[:, 0].tolist() == [-1, -1, -1, TS.b("Language")]


def test_cache_is_per_corpus(tmp_path):
    cache = ColumnCache(tmp_path)
    lf = Counting("py", "Python", "Language")
    apply_lfs(corpus("Python"), [lf], cache=cache)
    res = apply_lfs(corpus("Python", "x"), [lf], cache=cache)
    assert res.cached == [] and lf.calls == 2


def test_cache_is_per_tagset(tmp_path):
    cache = ColumnCache(tmp_path)
    lf = Counting("lang", "Python", "Language")
    table, texts = build_table([["Python"]])
    a = apply_lfs(Corpus(table, TS, texts), [lf], cache=cache)
    b = apply_lfs(Corpus(table, TagSet(("Language",)), texts), [lf], cache=cache)
    assert b.cached == [] and a.L.tolist() == [[TS.b("Language")]] and b.L.tolist() == [[1]]


def test_failed_lf_is_not_cached(tmp_path):
    cache = ColumnCache(tmp_path)
    c = corpus("a", "b")

    @sentence_lf(labels=("Language",))
    def half(sent):
        if sent.tokens == ["b"]:
            raise ValueError("no b")
        return [(0, 1, "Language")]

    apply_lfs(c, [half], cache=cache)
    res = apply_lfs(c, [half], cache=cache)
    assert res.cached == [] and [f.sentence for f in res.failures] == [1]


def test_parallel_run_fills_cache(tmp_path):
    cache = ColumnCache(tmp_path)
    c = corpus(*[f"Python {i}" for i in range(10)])
    lf = Counting("py", "Python", "Language")
    par = apply_lfs(c, [lf], jobs=2, cache=cache)
    again = apply_lfs(c, [lf], cache=cache)
    assert again.cached == ["py"] and np.array_equal(par.L, again.L)
