"""Smoke test on the shared seed corpus (``../shared/seed``); skipped when it is absent."""

from pathlib import Path

import numpy as np
import polars as pl
import pytest

from wsl.core.tags import TagSet
from wsl.eval.analysis import analyze_lfs
from wsl.eval.evaluate import evaluate_tags
from wsl.eval.inputs import gold_ids_from_table
from wsl.eval.lf_errors import lf_errors

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_c80abfa757d3c9f5.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} not present")


def read_gold(path: Path) -> pl.DataFrame:
    """``<s>`` / ``token<TAB>tag`` / ``</s>`` lines; the token is everything before the last tab."""
    rows, sent = [], -1
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == "<s>":
            sent += 1
        elif line and line != "</s>":
            token, _, tag = line.rpartition("\t")
            rows.append((0, sent, token, tag))
    return pl.DataFrame(rows, schema=["doc_id", "sent_id", "token", "gold"], orient="row")


def test_gold_scores_perfectly_and_lf_from_gold_is_exact():
    table = read_gold(SEED)
    tagset = TagSet.from_tags(table["gold"].to_list())
    gold = gold_ids_from_table(table, tagset)
    r = evaluate_tags(table, gold, tagset, baseline_ids=np.zeros(table.height, dtype=np.int16))
    assert (
        r["model"]["ents_f"] == 1.0 and r["model"]["token_acc"] == 1.0 and r["n_gold_spans"] > 100
    )
    assert r["baseline"]["ents_r"] == 0.0
    L = np.stack([gold, np.where(gold > 0, gold, -1)], axis=1).astype(np.int16)
    df = analyze_lfs(
        L, ["copy", "entities"], tagset, gold_ids=gold, sent_ids=table["sent_id"].to_numpy()
    )
    assert df["span_p"].to_list() == [1.0, 1.0] and df["span_r"].to_list() == [1.0, 1.0]
    errors = lf_errors(table, L[:, 1], tagset)
    assert errors.false_positives.height == 0 and errors.misses.height == 0
