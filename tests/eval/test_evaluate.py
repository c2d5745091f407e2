import json
import os

import numpy as np
import pytest

from wsl.core.errors import WslError
from wsl.eval.analysis import summarize_lfs
from wsl.eval.calibration import calibration_summary
from wsl.eval.evaluate import confusion_matrix, evaluate_tags, to_json, write_json


def test_span_and_token_metrics_by_hand(ab, tiny):
    table, pred = tiny
    r = evaluate_tags(table, pred, ab)
    m = r["model"]
    assert (r["n_tokens"], r["n_sentences"], r["n_gold_spans"]) == (8, 2, 2)
    assert (m["ents_tp"], m["ents_fp"], m["ents_fn"], m["n_pred_spans"]) == (1, 2, 1, 3)
    assert m["ents_p"] == pytest.approx(1 / 3)
    assert m["ents_r"] == pytest.approx(1 / 2)
    assert m["ents_f"] == pytest.approx(0.4)
    assert m["ents_per_type"]["A"] == pytest.approx(
        {"p": 1 / 3, "r": 1.0, "f": 0.5, "tp": 1, "fp": 2, "fn": 0}
    )
    assert m["ents_per_type"]["B"] == pytest.approx(
        {"p": 0.0, "r": 0.0, "f": 0.0, "tp": 0, "fp": 0, "fn": 1}
    )
    assert (m["ents_macro_p"], m["ents_macro_r"], m["ents_macro_f"]) == pytest.approx(
        (1 / 6, 1 / 2, 1 / 4)
    )
    assert m["token_acc"] == pytest.approx(5 / 8)
    # gold A <- exact A; gold B <- overlapping A[4,6); predicted A[3,4) overlaps nothing
    assert m["confusion"] == {
        "labels": ["A", "B", "O"],
        "matrix": [[1, 0, 0], [1, 0, 0], [1, 0, 0]],
    }
    assert r["baseline"] is None and r["lfs"] is None and r["calibration"] is None
    assert "score_spans" in r["scorer"]


def test_baseline_lfs_and_calibration(ab, tiny):
    table, pred = tiny
    L = np.array(
        [[1, -1], [2, 2], [0, -1], [-1, -1], [3, 1], [0, 0], [-1, 0], [0, -1]], dtype=np.int16
    )
    probs = np.full((8, ab.n_tags), 0.2)
    r = evaluate_tags(
        table, pred, ab, baseline_ids=np.zeros(8, dtype=np.int16), L=L, probs=probs, n_bins=5
    )
    b = r["baseline"]
    assert (b["ents_p"], b["ents_r"], b["ents_f"], b["n_pred_spans"]) == (0.0, 0.0, 0.0, 0)
    assert b["token_acc"] == pytest.approx(5 / 8)  # gold O on 5 of 8 tokens
    assert b["confusion"]["matrix"] == [[0, 0, 1], [0, 0, 1], [0, 0, 0]]
    assert r["lfs"] == summarize_lfs(L, ab)
    assert r["calibration"] == calibration_summary(probs, np.array([1, 2, 0, 0, 3, 0, 0, 0]), 5)
    # uniform marginals: argmax is O, right on 5 of 8 tokens; confidence .2 -> ECE .425, Brier .8
    assert r["calibration"]["ece"] == pytest.approx(0.425)
    assert r["calibration"]["brier"] == pytest.approx(0.8)


def test_confusion_pairs_by_largest_overlap(ab):
    # gold A[0,2) B[2,3) A[5,6); predicted B[0,3) covers two gold spans; A[3,5) is extra
    gold = (np.array([0, 2, 5]), np.array([2, 3, 6]), np.array([0, 1, 0]))
    pred = (np.array([0, 3]), np.array([3, 5]), np.array([1, 0]))
    c = confusion_matrix(gold, pred, 6, ab)
    assert c["matrix"] == [[0, 1, 1], [0, 1, 0], [1, 0, 0]]
    # a gold span split across two predictions is paired with the larger piece (ties: leftmost)
    gold = (np.array([0]), np.array([4]), np.array([0]))
    pred = (np.array([0, 1]), np.array([1, 4]), np.array([1, 0]))
    c = confusion_matrix(gold, pred, 4, ab)
    assert c["matrix"] == [[1, 0, 0], [0, 0, 0], [0, 1, 0]]


def test_documents_split_sentences(ab, table_of):
    table = table_of([[("a", "B-A")], [("b", "I-A")]], doc_ids=[0, 1]).with_columns(sent_id=0)
    r = evaluate_tags(table, ab.encode(["B-A", "I-A"]), ab)
    assert r["n_sentences"] == 2 and r["n_gold_spans"] == 2
    assert r["model"]["ents_f"] == 1.0


def test_input_errors(ab, tiny):
    table, pred = tiny
    with pytest.raises(WslError, match="7 rows but there are 8"):
        evaluate_tags(table, pred[:7], ab)
    with pytest.raises(WslError, match="baseline_ids has 9 rows but there are 8"):
        evaluate_tags(table, pred, ab, baseline_ids=np.zeros(9, dtype=int))
    with pytest.raises(WslError, match="outside"):
        evaluate_tags(table, pred + 10, ab)
    with pytest.raises(WslError, match="shape"):
        evaluate_tags(table, pred, ab, probs=np.zeros((8, 3)))
    with pytest.raises(WslError, match="label matrix"):
        evaluate_tags(table, pred, ab, L=np.zeros((5, 2)))
    with pytest.raises(WslError, match="'B-Z' at token row 1"):
        evaluate_tags(table.with_columns(gold=table["gold"].scatter(1, "B-Z")), pred, ab)
    with pytest.raises(WslError, match="no 'gold' column"):
        evaluate_tags(table.drop("gold"), pred, ab)


def test_json_is_stable_and_written_atomically(ab, tiny, tmp_path):
    table, pred = tiny
    r = evaluate_tags(table, pred, ab, probs=np.full((8, 5), 0.2), baseline_ids=pred)
    text = to_json(r)
    assert text == to_json(json.loads(text))
    assert list(json.loads(text)) == sorted(r)
    path = write_json(tmp_path / "out" / "eval.json", r)
    assert json.loads(path.read_text()) == json.loads(text)
    assert os.listdir(tmp_path / "out") == ["eval.json"]
    assert (path.stat().st_mode & 0o777) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
