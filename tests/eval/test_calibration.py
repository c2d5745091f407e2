import numpy as np
import pytest

from wsl.core.errors import WslError
from wsl.eval.calibration import (
    brier_score,
    calibration_summary,
    expected_calibration_error,
    reliability,
)

# 4 tokens, 3 tags. Confidences .9 (right), .6 (wrong: argmax 2, gold 1), .65 (right), .5 (wrong).
PROBS = np.array(
    [
        [0.9, 0.05, 0.05],
        [0.15, 0.25, 0.6],
        [0.35, 0.65, 0.0],
        [0.5, 0.45, 0.05],
    ]
)
GOLD = np.array([0, 1, 1, 2])


def test_reliability_bins_by_hand():
    bins = reliability(PROBS, GOLD, n_bins=10)
    assert bins.height == 10
    assert bins["count"].to_list() == [0, 0, 0, 0, 0, 1, 2, 0, 0, 1]
    b5, b6, b9 = (bins.row(k, named=True) for k in (5, 6, 9))
    assert (b5["confidence"], b5["accuracy"]) == pytest.approx((0.5, 0.0))
    assert (b6["confidence"], b6["accuracy"]) == pytest.approx((0.625, 0.5))
    assert (b9["confidence"], b9["accuracy"]) == pytest.approx((0.9, 1.0))
    assert bins.row(0, named=True)["accuracy"] is None  # empty bin
    assert (b6["lo"], b6["hi"]) == pytest.approx((0.6, 0.7))


def test_ece_by_hand():
    # (1 * |0 - .5| + 2 * |.5 - .625| + 1 * |1 - .9|) / 4 = .85 / 4
    assert expected_calibration_error(PROBS, GOLD) == pytest.approx(0.2125)


def test_brier_by_hand():
    # per token sum (p - onehot)^2: .015, .945, .245, 1.355 -> mean .64
    assert brier_score(PROBS, GOLD) == pytest.approx(0.64)


def test_summary_and_edges():
    s = calibration_summary(PROBS, GOLD, n_bins=2)
    # 2 bins: [0, .5) empty; [.5, 1] holds all: confidence .6625, accuracy .5
    assert s["n_bins"] == 2 and s["bins"][1]["count"] == 4
    assert s["ece"] == pytest.approx(abs(0.5 - (0.9 + 0.6 + 0.65 + 0.5) / 4))
    assert s["brier"] == pytest.approx(0.64)
    one = reliability(np.array([[1.0, 0.0]]), np.array([0]), n_bins=10)
    assert one["count"].to_list()[-1] == 1  # confidence 1.0 falls in the last bin
    assert expected_calibration_error(np.zeros((0, 3)), np.zeros(0, dtype=int)) == 0.0
    assert brier_score(np.zeros((0, 3)), np.zeros(0, dtype=int)) == 0.0


def test_errors():
    with pytest.raises(WslError, match="4 rows.*3 gold"):
        brier_score(PROBS, GOLD[:3])
    with pytest.raises(WslError, match="at least 1"):
        reliability(PROBS, GOLD, n_bins=0)
    with pytest.raises(WslError, match="outside"):
        brier_score(PROBS, np.array([0, 1, 2, 3]))
