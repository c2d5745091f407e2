"""label_file, the `wsl label` job as one call: checks first, then read, label, write."""

from __future__ import annotations

import pytest

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.label_run import label_file
from wsl.pipeline.models.calibrate import GRID

TS = TagSet(("Language",))
# every LF vote in this gold is right, so the best shrinkage toward the class balance is none
GOLD = (
    "<s>\nWe\tO\nlike\tO\nRust\tB-Language\nand\tO\nGo\tB-Language\n</s>\n"
    "<s>\nGo\tB-Language\nhome\tO\n.\tO\n</s>\n"
)


@pytest.fixture
def files(tmp_path):
    (tmp_path / "langs.txt").write_text("# type: Language\nRust\nGo\n")
    (tmp_path / "in.txt").write_text("Rust and Go are languages. Go home.\n")
    (tmp_path / "gold.txt").write_text(GOLD)
    return tmp_path


def run(files, **kw):
    return label_file(
        files / "in.txt",
        tagset=TS,
        lf_paths=[files / "langs.txt"],
        shipped=False,
        cache=False,
        **kw,
    )


def test_labels_and_returns_the_text_for_stdout(files):
    corpus, result, text = run(files, model="mv")
    assert result.spans["label"].to_list() == ["Language", "Language", "Language"]
    assert text.splitlines()[0] == "<s>" and "Rust\tB-Language" in text


def test_a_file_output_returns_no_text_and_writes_it(files):
    _, _, text = run(files, model="mv", output=str(files / "out.jsonl"), fmt="jsonl")
    assert text is None and (files / "out.jsonl").read_text().count("\n") == 2


def test_binary_format_to_stdout_fails_before_reading(files):
    with pytest.raises(WslError, match="binary"):
        label_file(files / "missing.txt", fmt="parquet")


def test_calibrate_on_gold_sets_the_hmm_shrink(files):
    _, plain, _ = run(files, model="hmm")
    _, calibrated, _ = run(files, model="hmm", calibrate_on=files / "gold.txt")
    assert plain.model.params["shrink"] > 0 and calibrated.model.params["shrink"] == GRID[0] == 0.0
    assert calibrated.spans["prob"].min() > 0.99 > plain.spans["prob"].max()
    assert calibrated.spans["label"].to_list() == plain.spans["label"].to_list()


def test_calibrate_on_needs_an_hmm(files):
    with pytest.raises(WslError, match="needs a fitted hmm"):
        run(files, model="mv", calibrate_on=files / "gold.txt")


def test_hf_export_names_its_tags(files):
    import json

    import pyarrow.parquet as pq

    out = files / "labels.parquet"
    _, result, text = run(files, model="mv", output=str(out), fmt="hf")
    table = pq.read_table(out)
    features = json.loads(table.schema.metadata[b"huggingface"])["info"]["features"]
    assert features["ner_tags"]["feature"]["names"] == ["O", "B-Language", "I-Language"]
    rows = table.to_pylist()
    assert rows[0]["tokens"] == ["Rust", "and", "Go", "are", "languages", "."]
    assert rows[0]["ner_tags"] == [1, 0, 1, 0, 0, 0] and rows[0]["id"] == "0"
    assert sum(len(r["tokens"]) for r in rows) == len(result.ids) and text is None
