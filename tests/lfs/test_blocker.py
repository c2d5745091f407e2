"""Blocker lists: exact-string blocking of lower-ranked LFs' spans."""

from __future__ import annotations

import numpy as np

from wsl.core.corpus import Corpus, build_table
from wsl.core.sentences import sentences_view
from wsl.core.tags import TagSet
from wsl.lfs.blocker import BlockerLF, is_blocker_file
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.registry import lfs_from_path
from wsl.pipeline.apply import apply_lfs

TS = TagSet()
B_OS, I_OS = TS.b("Operating_System"), TS.i("Operating_System")


def corpus(*sentences: str) -> Corpus:
    table, texts = build_table([s.split() for s in sentences])
    return Corpus(table, TS, texts)


def test_blocks_exact_strings_only():
    c = corpus("the process control block of a process", "Process")
    lf = BlockerLF("b", ["process", "control block"])
    sents = sentences_view(c)
    start, end = np.array([1, 1, 2, 6, 7]), np.array([2, 4, 4, 7, 8])
    # "process" twice, "control block" yes; "process control block" no; "Process" is another case
    assert lf.blocks(sents, start, end).tolist() == [True, False, True, True, False]


def test_blocker_takes_strings_from_lower_ranked_lfs_only():
    c = corpus("the process control block of a process", "we run Linux")
    high = GazetteerLF("high", ["process"], label="Operating_System")
    block = BlockerLF("block", ["process", "Linux"])
    low = GazetteerLF(
        "low", ["process", "process control block", "Linux"], label="Operating_System"
    )
    res = apply_lfs(c, [high, block, low])
    L = res.L
    assert L[:, 0].tolist() == [
        -1,
        B_OS,
        -1,
        -1,
        -1,
        -1,
        B_OS,
        -1,
        -1,
        -1,
    ]  # ranked above: untouched
    assert L[:, 1].tolist() == [
        -1,
        0,
        -1,
        -1,
        -1,
        -1,
        0,
        -1,
        -1,
        0,
    ]  # the blocker votes O on its matches
    # the longer span survives; the lone "process" and "Linux" are taken
    assert L[:, 2].tolist() == [-1, B_OS, I_OS, I_OS, -1, -1, -1, -1, -1, -1]
    assert res.blocked == {"low": 2}


def test_registry_loads_blocker_files(tmp_path):
    p = tmp_path / "mined.6-rare.blockers.cased.txt"
    p.write_text("# a comment\nprocess\nLinux\n", encoding="utf-8")
    assert is_blocker_file(p) and not is_blocker_file(tmp_path / "x.cased.txt")
    (lf,) = lfs_from_path(p)
    assert isinstance(lf, BlockerLF) and lf.name == "block_mined_6-rare_blockers_cased"
    assert lf.labels == ("O",) and lf.case_sensitive and set(lf.entries) == {"process", "Linux"}
