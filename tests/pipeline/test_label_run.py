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


def test_a_sharded_run_calibrates_on_gold_before_labelling(files):
    from wsl.pipeline.label_run import label_in_shards
    from wsl.pipeline.models.registry import load_model

    common = dict(tagset=TS, lf_paths=[files / "langs.txt"], shipped=False, cache=False)
    common.update(shard_tokens=3, model="hmm", fmt="conll", probs_column=True)
    plain = label_in_shards(
        [files / "in.txt"], output=str(files / "p.conll"), save_model=files / "p.npz", **common
    )
    cal = label_in_shards(
        [files / "in.txt"],
        output=str(files / "c.conll"),
        save_model=files / "c.npz",
        calibrate_on=files / "gold.txt",
        **common,
    )
    assert plain.n_shards == cal.n_shards == 2
    assert load_model(files / "p.npz").params["shrink"] > 0
    assert load_model(files / "c.npz").params["shrink"] == GRID[0] == 0.0
    lines = (files / "c.conll").read_text().splitlines()
    probs = [float(x.split("\t")[2]) for x in lines if "\t" in x]
    # every LF vote is right: no shrinkage, confident marginals
    assert len(probs) == 9 and min(probs) > 0.99


def test_a_sharded_run_with_strict_fails_on_a_raising_lf_and_leaves_nothing(files):
    from wsl.pipeline.label_run import label_in_shards

    (files / "bad.py").write_text(
        "from wsl.lfs.python_lf import sentence_lf\n\n"
        "@sentence_lf(['Language'])\n"
        "def broken(sent):\n"
        "    if 'home' in sent.tokens:\n"
        "        raise ValueError('boom')\n"
        "    return []\n"
    )
    kw = dict(tagset=TS, lf_paths=[files / "langs.txt", files / "bad.py"], shipped=False)
    kw.update(cache=False, shard_tokens=3, model="mv", output=str(files / "o.conll"))
    failed = r"--strict: LF broken failed .*ValueError: boom \(at .*bad.py:6\)"
    with pytest.raises(WslError, match=failed):
        label_in_shards([files / "in.txt"], strict=True, **kw)
    assert not (files / "o.conll").exists() and not (files / "o.conll.wsl-parts").exists()
    run = label_in_shards([files / "in.txt"], **kw)  # without --strict it abstains there
    assert run.n_spans == 3


# --- in memory or in shards ----------------------------------------------------------------


def test_large_text_outputs_are_labelled_in_shards_by_default(files, monkeypatch, caplog):
    from wsl.pipeline import label_run
    from wsl.pipeline.label_run import DEFAULT_SHARD_TOKENS, plan_shards

    monkeypatch.setattr(label_run, "AUTO_SHARD_BYTES", 30)  # in.txt has 36 bytes

    def plan(n=None, **kw):
        return plan_shards([files / "in.txt"], n, **{"tagset": TS, **kw})

    assert plan() == plan(fmt="jsonl") == DEFAULT_SHARD_TOKENS
    assert plan(n=0) == 0 and plan(n=7) == 7 and plan(tagset=None) == 0
    assert plan(input_format="wrench") == 0 and plan(doc_lfs="auto") == 0
    with caplog.at_level("WARNING"):
        assert plan(fmt="parquet") == 0  # its sharded output would be a folder: a warning
    assert "add --shard-tokens 200000 (--format parquet then writes a folder" in caplog.text
    assert plan_shards(["-"], None, tagset=TS) == 0  # standard input is read once
    monkeypatch.setattr(label_run, "AUTO_SHARD_BYTES", 36)
    assert plan() == 0 and plan(cluster=True) == DEFAULT_SHARD_TOKENS


def test_the_cli_shards_a_large_input_to_stdout_with_the_bytes_of_the_in_memory_run(
    files, monkeypatch
):
    from typer.testing import CliRunner

    from wsl.cli import app
    from wsl.pipeline import label_run

    monkeypatch.setattr(label_run, "AUTO_SHARD_BYTES", 30)
    monkeypatch.setattr(label_run, "DEFAULT_SHARD_TOKENS", 4)
    (files / "in.txt").write_text("Rust and Go are languages. Go home.\n\nRust is fast.\n")
    args = ["label", str(files / "in.txt"), "--no-shipped", "--lfs", str(files / "langs.txt")]
    args += ["--types", "Language", "--no-cache", "-f", "jsonl"]
    auto = CliRunner().invoke(app, args)
    memory = CliRunner().invoke(app, [*args, "--shard-tokens", "0"])
    assert auto.exit_code == memory.exit_code == 0, auto.output
    assert "2 shards (0 resumed)" in auto.stderr and "shards" not in memory.stderr
    assert auto.stdout == memory.stdout and auto.stdout.count('"label":"Language"') == 4
    resumed = CliRunner().invoke(app, [*args, "--shard-tokens", "0", "--resume"])
    assert resumed.exit_code == 1 and "--resume continues a run in shards" in resumed.output
