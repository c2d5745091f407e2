"""The WRENCH reader, on a tiny hand-written set and (if present) on the real benchmark files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from wsl.core.bio import sentence_starts, spans_from_ids
from wsl.core.errors import WslError
from wsl.core.scoring import score_spans
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.registry import make_model
from wsl.pipeline.wrench import WrenchData, read_wrench

META = {"lf": ["lf_a", "lf_b", "lf_c"], "lf_rec": ["lf_c", "lf_a"], "entity_types": ["Dis"]}
ITEMS = {
    "17": {
        "data": {"text": ["Flu", "is", "bad"]},
        "label": ["B-Dis", "O", "O"],
        "weak_labels": [["B-Dis", "O", "O"], ["O", "O", "O"], ["O", "I-Dis", "B-Dis"]],
    },
    "3": {
        "data": {"text": ["lung", "cancer"]},
        "label": ["B-Dis", "I-Dis"],
        "weak_labels": [["O", "O", "B-Dis"], ["O", "B-Dis", "I-Dis"]],
    },
}


def _write(dir_: Path, items=ITEMS, meta=META) -> Path:
    dir_.mkdir(parents=True, exist_ok=True)
    if meta is not None:
        (dir_ / "meta.json").write_text(json.dumps(meta))
    (dir_ / "train.json").write_text(json.dumps(items))
    return dir_ / "train.json"


def test_reads_tokens_votes_and_offsets(tmp_path):
    d = read_wrench(_write(tmp_path))
    assert d.ids == ["17", "3"]
    assert d.lf_names == ["lf_c", "lf_a"]
    assert d.tagset.tags == ["O", "B-Dis", "I-Dis"]
    assert d.tokens.columns == ["doc_id", "sent_id", "tok_id", "token", "start", "end", "gold"]
    assert d.tokens.rows() == [
        (0, 0, 0, "Flu", 0, 3, "B-Dis"),
        (0, 0, 1, "is", 4, 6, "O"),
        (0, 0, 2, "bad", 7, 10, "O"),
        (1, 1, 0, "lung", 0, 4, "B-Dis"),
        (1, 1, 1, "cancer", 5, 11, "I-Dis"),
    ]
    assert d.L.dtype == np.int16
    assert d.L.tolist() == [[0, 1], [0, 0], [1, 0], [1, 0], [2, 0]]
    assert d.gold_ids.tolist() == [1, 0, 0, 1, 2]
    assert d.sent_ids.tolist() == [0, 0, 0, 1, 1]


def test_lf_selection(tmp_path):
    path = _write(tmp_path)
    assert read_wrench(path, all_lfs=True).L.tolist()[2] == [0, 2, 1]
    assert read_wrench(path, lf_names=["lf_b"]).L[:, 0].tolist() == [0, 0, 2, 0, 1]
    with pytest.raises(WslError, match="unknown LF name"):
        read_wrench(path, lf_names=["nope"])


@pytest.mark.parametrize(
    "mutate, message",
    [
        (
            lambda it: it["3"]["weak_labels"][1].__setitem__(0, "B-Flu"),
            r"item 3: vote 'B-Flu' is not in the tag set",
        ),
        (
            lambda it: it["17"]["label"].__setitem__(1, "X"),
            r"item 17: gold tag 'X' is not in the tag set",
        ),
        (lambda it: it["3"]["label"].pop(), r"item 3: 2 tokens, 1 labels, 2 weak-label rows"),
        (
            lambda it: it["17"]["weak_labels"].pop(),
            r"item 17: 3 tokens, 3 labels, 2 weak-label rows",
        ),
        (
            lambda it: it["17"]["weak_labels"][0].pop(),
            r"item 17: a weak-label row does not have 3 votes",
        ),
        (lambda it: it["3"].pop("label"), r"item 3: missing field 'label'"),
    ],
)
def test_errors_name_file_and_item(tmp_path, mutate, message):
    items = json.loads(json.dumps(ITEMS))
    mutate(items)
    path = _write(tmp_path, items)
    with pytest.raises(WslError, match=message) as err:
        read_wrench(path)
    assert str(path) in str(err.value)


def test_missing_meta_and_bad_json(tmp_path):
    path = _write(tmp_path, meta=None)
    with pytest.raises(WslError, match="no meta.json"):
        read_wrench(path)
    (tmp_path / "meta.json").write_text(json.dumps(META))
    path.write_text("{not json")
    with pytest.raises(WslError, match="cannot read JSON"):
        read_wrench(path)
    with pytest.raises(WslError, match="file not found"):
        read_wrench(tmp_path / "test.json")


WRENCH = Path(__file__).resolve().parents[3] / "shared" / "data" / "wrench"


def _span_set(d: WrenchData, ids: np.ndarray) -> set:
    sent = d.sent_ids
    a, e, k = spans_from_ids(ids, sentence_starts(sent))
    first = np.flatnonzero(sentence_starts(sent))[sent[a]] if len(a) else a
    return {
        (int(s), int(x - f), int(y - f), int(t)) for s, x, y, f, t in zip(sent[a], a, e, first, k)
    }


@pytest.mark.parametrize("name, expected", [("ncbi-disease", 78.44), ("laptopreview", 73.27)])
def test_wrench_majority_vote_reproduces_published_f1(name, expected):
    path = WRENCH / name / "test.json"
    if not path.exists():
        pytest.skip(f"WRENCH data not present at {path}")
    d = read_wrench(path)
    pred = decode_bio(
        make_model("mv", d.tagset).fit(d.L, d.sent_ids).predict_proba(d.L, d.sent_ids),
        d.sent_ids,
        d.tagset,
    )
    f1 = score_spans(_span_set(d, d.gold_ids), _span_set(d, pred)).micro.f1
    assert round(f1 * 100, 2) == expected
