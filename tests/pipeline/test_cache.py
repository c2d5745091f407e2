"""Tests for wsl.pipeline.cache and cached application of LFs."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.tags import TagSet
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.python_lf import sentence_lf
from wsl.lfs.regex import RegexLF
from wsl.pipeline.apply import apply_lfs
from wsl.pipeline.cache import ColumnCache, default_cache_dir

TS = TagSet()
WSL = str(Path(sys.executable).with_name("wsl"))


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


def test_a_longest_match_over_cached_lists_is_right_when_other_lists_are_new(tmp_path):
    """Two lists cached, two new ones of the same matching mode, and a longest-match LF over
    all four: the new lists share their candidate n-grams, and the cached lists, which the
    longest-match LF asks for their spans, must not use them (they did: the shipped
    longest-match column was cached all abstain after new shipped lists were added)."""
    from wsl.lfs.longest_match import LongestMatchLF

    c = corpus("Python and Rust on Linux", "Go uses TCP")
    cache = ColumnCache(tmp_path)
    old = [
        GazetteerLF("langs", ["Python", "Go"], label="Language"),
        GazetteerLF("oses", ["Linux"], label="Operating_System"),
    ]
    apply_lfs(c, old, cache=cache)
    new = [
        GazetteerLF("more_langs", ["Rust"], label="Language"),
        GazetteerLF("protocols", ["TCP"], label="Protocol"),
    ]
    lm = LongestMatchLF("longest", [*old, *new])
    res = apply_lfs(c, [*old, *new, lm], cache=cache)
    assert res.cached == ["langs", "oses"]
    fresh = apply_lfs(c, [lm]).L[:, 0]
    assert res.L[:, 4].tolist() == fresh.tolist()
    lang, os_, tcp = TS.b("Language"), TS.b("Operating_System"), TS.b("Protocol")
    assert fresh.tolist() == [lang, -1, lang, -1, os_, lang, -1, tcp]


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


# --- integrity: every entry verifies, or it is recomputed --------------------------------


def _entry(tmp_path, col=np.array([1, -1, 2], dtype=np.int8)):
    cache = ColumnCache(tmp_path)
    lf = RegexLF("r", "x", "Language")
    cache.store("fp", lf, col)
    (path,) = list(tmp_path.glob("fp/*"))
    return cache, lf, path


def test_entry_header_names_key_dtype_length_and_checksum(tmp_path):
    _, lf, path = _entry(tmp_path)
    header = json.loads(path.read_bytes().split(b"\n", 1)[0])
    assert header["key"] == f"fp/r/{lf.fingerprint()}" and header["lf"] == "r"
    assert (header["dtype"], header["n"], len(header["sha256"])) == ("int8", 3, 64)


@pytest.mark.parametrize(
    "damage,reason",
    [
        (lambda raw: b"", "empty file"),
        (lambda raw: raw[:-1], "truncated"),
        (
            lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),
            "checksum mismatch",
        ),  # a plausible wrong vote
        (lambda raw: raw.replace(b'"int8"', b'"int16"'), "truncated"),
        (lambda raw: b"\x93NUMPY" + raw, "unreadable header"),
    ],
)
def test_a_damaged_entry_is_a_miss_with_one_warning_and_is_removed(
    tmp_path, caplog, damage, reason
):
    cache, lf, path = _entry(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.WARNING):
        assert cache.load("fp", lf) is None
    assert [r.getMessage() for r in caplog.records if reason in r.getMessage()]
    assert not path.exists()


def test_an_entry_of_another_length_is_a_miss(tmp_path):
    cache, lf, _ = _entry(tmp_path)
    assert cache.load("fp", lf, n_tokens=4) is None


def test_info_and_clear(tmp_path):
    cache, _, _ = _entry(tmp_path)
    info = cache.info()
    assert (info.corpora, info.entries) == (1, 1) and info.bytes > 3
    assert cache.clear().entries == 1 and cache.info().entries == 0


def _wsl(*args, env):
    return subprocess.run(
        [WSL, *map(str, args)], capture_output=True, text=True, env=env, timeout=120
    )


def test_corrupt_cache_files_on_real_runs_are_recomputed(tmp_path):
    """Zero-byte, bit-flipped and truncated cache files: the next run warns once per entry,
    recomputes, and its labels equal a run without any cache."""
    sample = Path(__file__).resolve().parents[2] / "examples" / "sample.txt"
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    first = _wsl("label", sample, env=env)
    assert first.returncode == 0, first.stderr
    files = sorted((tmp_path / "cache").glob("*/*.col"))
    assert len(files) > 10
    files[0].write_bytes(b"")
    raw = files[1].read_bytes()
    files[1].write_bytes(raw[:-1] + bytes([raw[-1] ^ 3]))
    files[2].write_bytes(files[2].read_bytes()[:-5])
    again = _wsl("label", sample, env=env)
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("is corrupt") == 3 and "Traceback" not in again.stderr
    assert again.stdout == first.stdout == _wsl("label", sample, "--no-cache", env=env).stdout
    info = _wsl("cache", "info", env=env)
    assert info.returncode == 0 and f"{len(files)} entries for 1 corpora" in info.stdout
    cleared = _wsl("cache", "clear", env=env)
    assert cleared.returncode == 0 and list((tmp_path / "cache").glob("*/*.col")) == []


HAMMER = """
import logging, sys
import numpy as np
from wsl.lfs.regex import RegexLF
from wsl.pipeline.cache import ColumnCache

logging.basicConfig(level=logging.WARNING)
cache = ColumnCache(sys.argv[1])
lfs = [RegexLF(f"r{j}", "x", "Language") for j in range(3)]
col = np.arange(50_000, dtype=np.int64).astype(np.int8)
bad = 0
for i in range(150):
    lf = lfs[i % 3]
    cache.store("fp", lf, col)
    got = cache.load("fp", lf, len(col))
    bad += got is not None and not np.array_equal(got, col)
print(bad)
"""


def test_many_processes_writing_the_same_entries_never_corrupt_them(tmp_path):
    """Dask workers (or parallel runs) share a cache folder: four processes store and load
    the same three entries at once; every load is a hit with the right column or a miss,
    never a wrong column or a corrupt-entry warning, and no temp file is left."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", HAMMER, str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _, err in outs]
    assert [out.strip() for out, _ in outs] == ["0"] * 4
    assert not any("corrupt" in err for _, err in outs)
    assert sorted(f.name.split(".")[0] for f in (tmp_path / "fp").iterdir()) == ["r0", "r1", "r2"]
