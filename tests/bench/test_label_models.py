"""Tests for bench/label_models.py's tie-order table on a hand-made vote matrix (no data)."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import numpy as np

from wsl.core.tags import TagSet

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "label_models.py"


def _load():
    spec = importlib.util.spec_from_file_location("wsl_bench_label_models", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclass looks its module up there
    spec.loader.exec_module(mod)
    return mod


def _case(mod):
    """Two one-token sentences, gold B-A both; row 0 is a 1-1 tie of A and B, row 1 is A."""
    tagset = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4
    L = np.array([[1, 3], [1, -1]], dtype=np.int16)
    sent = np.array([0, 1])
    gold = np.array([1, 1])
    return mod.Case("toy", "valid", tagset, L, sent, L, sent, gold)


def test_tie_orders_move_only_the_tied_token():
    mod = _load()
    case = _case(mod)
    f = mod.tie_spread(case, 12)
    # the tied row 0 is hashed as row k * stride: an even sha1 picks A (both spans right, F1
    # 100), an odd one B (one of two predicted spans right, F1 50)
    want = [
        100.0
        if int(hashlib.sha1(str(k * mod._ORDER_STRIDE).encode()).hexdigest(), 16) % 2 == 0
        else 50.0
        for k in range(12)
    ]
    assert f.tolist() == want
    assert set(want) == {50.0, 100.0}
    assert f[0] == mod.evaluate(case, "mv")["f"]


def test_tie_table_prints_the_share_at_or_above(capsys):
    mod = _load()
    case = _case(mod)
    mod.print_ties([(case, np.array([100.0, 50.0, 50.0, 100.0]), 75.0)], "hmm")
    row = capsys.readouterr().out.strip().splitlines()[-1]
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells == ["toy", "valid", "100.00", "75.00", "25.00", "50.00", "100.00", "75.00", "50%"]
