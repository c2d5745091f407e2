"""Sharded labelling: the same labels as one shard, bounded pieces, resumable after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.lfs.gazetteer import GazetteerLF
from wsl.pipeline.stream import iter_shards, label_sharded

WSL = str(Path(sys.executable).with_name("wsl"))
DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikiser-small-dev.conll"
TS = TagSet(("Language", "Operating_System"))
TEXT = "Rust and Go run on Linux. Windows runs Python too.\n\nHaskell is lazy. FreeBSD is a Unix.\n"


def _lfs():
    return [
        GazetteerLF("langs", ["Rust", "Go", "Python", "Haskell"], label="Language"),
        GazetteerLF("os", ["Linux", "Windows", "FreeBSD", "Unix"], label="Operating_System"),
    ]


def test_shards_are_cut_between_sentences_and_cover_everything(tmp_path, write_docs):
    shards = [s.corpus for s in iter_shards([write_docs(tmp_path)], 40, TS, "auto", "file")]
    sizes = [s.n_tokens for s in shards]
    assert len(shards) > 5 and sum(sizes) == 21 * 21  # 21 tokens a repeat, 1+...+6 repeats
    assert max(sizes) < 40 + 7  # a shard ends with the sentence that fills it
    assert all(s.table["tok_id"][0] == 0 for s in shards)  # whole sentences


@pytest.mark.parametrize("fmt", ["conll", "jsonl"])
def test_small_shards_give_the_labels_of_one_shard(tmp_path, fmt, write_docs):
    docs = write_docs(tmp_path)
    common = dict(lfs=_lfs(), tagset=TS, fmt=fmt, model="hmm", cache=False, probs_column=True)
    small = label_sharded([docs], tmp_path / f"small.{fmt}", shard_tokens=30, **common)
    one = label_sharded([docs], tmp_path / f"one.{fmt}", shard_tokens=10**9, **common)
    assert small.n_shards > 5 and one.n_shards == 1
    assert (tmp_path / f"small.{fmt}").read_bytes() == (tmp_path / f"one.{fmt}").read_bytes()
    assert not list(tmp_path.glob("*.wsl-parts"))  # text outputs: parts joined and removed


def test_parquet_output_is_a_dataset_of_parts_with_a_manifest(tmp_path, write_docs):
    out = tmp_path / "labels.parquet"
    run = label_sharded(
        [write_docs(tmp_path)], out, _lfs(), shard_tokens=100, tagset=TS, fmt="parquet"
    )
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["n_shards"] == run.n_shards
    assert sorted(p.name for p in out.glob("part-*.parquet")) == [
        f"part-{i:05d}.parquet" for i in range(run.n_shards)
    ]


def test_an_unfinished_run_needs_resume(tmp_path, write_docs):
    docs = write_docs(tmp_path)
    (tmp_path / "out.conll.wsl-parts").mkdir()
    (tmp_path / "out.conll.wsl-parts" / "manifest.json").write_text("{}")
    with pytest.raises(WslError, match="unfinished run: add --resume"):
        label_sharded([docs], tmp_path / "out.conll", _lfs(), shard_tokens=30, tagset=TS)


SLOW_LF = """
import time
from wsl.lfs.python_lf import sentence_lf

@sentence_lf(["Language"])
def slow(sent):
    time.sleep(0.05)
    return [(i, i + 1, "Language") for i, t in enumerate(sent.tokens) if t == "Rust"]
"""


def test_a_killed_run_resumes_to_the_same_output(tmp_path, write_docs):
    docs = write_docs(tmp_path, 4)
    lf = tmp_path / "slow_lf.py"
    lf.write_text(SLOW_LF)
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    args = [
        WSL,
        "label",
        str(docs),
        "--no-shipped",
        "--lfs",
        str(lf),
        "--types",
        "Language",
        "--shard-tokens",
        "60",
        "--no-cache",
        "-f",
        "jsonl",
    ]
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([*args, "-o", str(out)], env=env, stderr=subprocess.PIPE, text=True)
    manifest = tmp_path / "out.jsonl.wsl-parts" / "manifest.json"
    deadline = time.monotonic() + 120
    while not (manifest.exists() and len(json.loads(manifest.read_text())["done"]) >= 2):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    resumed = subprocess.run(
        [*args, "-o", str(out), "--resume"], env=env, capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed)" in resumed.stderr and " (0 resumed)" not in resumed.stderr
    whole = subprocess.run(
        [*args, "-o", str(tmp_path / "whole.jsonl")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert whole.returncode == 0, whole.stderr
    assert out.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/data/wikiser-small-dev.conll")
def test_dev_corpus_in_small_shards_equals_one_shard_and_the_in_memory_run(tmp_path):
    # each run fits its own model: on the same fit sample, so the labels are the same
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    for name, shards in (("small", ["--shard-tokens", "20000"]), ("memory", [])):
        res = subprocess.run(
            [WSL, "label", str(DEV), *shards, "-f", "conll", "--probs"]
            + ["-o", str(tmp_path / f"{name}.conll")],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert res.returncode == 0, res.stderr
    small = (tmp_path / "small.conll").read_bytes()
    assert small == (tmp_path / "memory.conll").read_bytes() and small.count(b"\tB-") > 15_000


def test_a_large_text_file_is_read_in_pieces_with_the_same_labels(tmp_path, monkeypatch):
    import wsl.pipeline.readers as readers

    big = tmp_path / "big.txt"
    big.write_text(TEXT * 40)
    common = dict(lfs=_lfs(), tagset=TS, fmt="conll", shard_tokens=10**9, cache=False)
    monkeypatch.setattr(readers, "PIECE_BYTES", 10**9)
    whole = label_sharded([big], tmp_path / "whole.conll", **common)
    monkeypatch.setattr(readers, "PIECE_BYTES", 300)
    pieces = list(readers._text_pieces(str(big)))
    assert len(pieces) > 5 and "".join(pieces) == big.read_text()
    pieces = label_sharded([big], tmp_path / "pieces.conll", **common)
    assert (whole.n_tokens, whole.n_sents) == (pieces.n_tokens, pieces.n_sents) == (840, 160)
    assert (tmp_path / "whole.conll").read_bytes() == (tmp_path / "pieces.conll").read_bytes()


def test_options_the_sharded_run_does_not_take_fail_early(tmp_path, write_docs):
    from typer.testing import CliRunner

    from wsl.cli import app

    res = CliRunner().invoke(
        app,
        ["label", str(write_docs(tmp_path)), "--shard-tokens", "50", "--fit-on", "x", "-o", "x.c"],
    )
    assert res.exit_code == 1 and "--fit-on is for WRENCH votes" in res.output
    (tmp_path / "b").mkdir()
    args = ["label", str(write_docs(tmp_path / "b")), "--shard-tokens", "50"]
    res = CliRunner().invoke(app, [*args, "--resume"])
    assert res.exit_code == 1 and "give an output file (-o)" in res.output
    res = CliRunner().invoke(app, args)  # to standard output, by way of a temporary folder
    assert res.exit_code == 0 and res.stdout.count("<s>") == 84 and "shards" in res.stderr


def test_sharded_and_in_memory_runs_fit_the_same_model_and_agree(tmp_path, write_docs):
    # both fit on the same seeded sample (wsl.pipeline.fit_sample: here every sentence, in
    # the sample's order), and prediction and decoding are per sentence
    docs = write_docs(tmp_path)
    lfs = tmp_path / "lfs.txt"
    lfs.write_text("# type: Language\nRust\nGo\nPython\nHaskell\n")
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    base = [WSL, "label", str(docs), "--no-shipped", "--lfs", str(lfs), "--types", "Language"]

    def run(*extra):
        res = subprocess.run([*base, *extra], env=env, capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr

    run("-o", str(tmp_path / "memory.conll"), "--probs", "--save-model", str(tmp_path / "m.npz"))
    run("-o", str(tmp_path / "sharded.conll"), "--probs", "--shard-tokens", "40")
    memory = (tmp_path / "memory.conll").read_bytes()
    assert memory == (tmp_path / "sharded.conll").read_bytes() and b"B-Language" in memory


def test_majority_vote_ties_are_broken_as_in_one_shard(tmp_path, write_docs):
    # two LFs that always disagree: every voted token is a tie, settled by the row's position
    # in the whole input, so small shards must count rows from the start of the input
    lfs = [
        GazetteerLF("a", ["Rust", "Go", "Linux"], label="Language"),
        GazetteerLF("b", ["Rust", "Go", "Linux"], label="Operating_System"),
    ]
    docs = write_docs(tmp_path)
    common = dict(lfs=lfs, tagset=TS, fmt="conll", model="mv", cache=False)
    small = label_sharded([docs], tmp_path / "small.conll", shard_tokens=30, **common)
    label_sharded([docs], tmp_path / "one.conll", shard_tokens=10**9, **common)
    text = (tmp_path / "one.conll").read_text()
    assert small.n_shards > 5 and "B-Language" in text and "B-Operating_System" in text
    assert (tmp_path / "small.conll").read_text() == text


def test_progress_reports_both_passes_with_totals_for_the_second(tmp_path, write_docs):
    docs = write_docs(tmp_path)
    events = []
    run = label_sharded(
        [docs], tmp_path / "o.conll", _lfs(), shard_tokens=40, tagset=TS, on_shard=events.append
    )
    first = [e for e in events if e.stage == 1]
    second = [e for e in events if e.stage == 2]
    assert [e.index for e in first] == [e.index for e in second] == list(range(run.n_shards))
    assert sum(e.tokens for e in first) == sum(e.tokens for e in second) == 21 * 21
    assert {(e.total_shards, e.total_tokens) for e in first} == {(None, None)}
    assert {(e.total_shards, e.total_tokens) for e in second} == {(run.n_shards, 21 * 21)}
    assert not any(e.resumed for e in events)


def test_a_run_stopped_before_its_first_part_resumes_with_its_totals(
    tmp_path, write_docs, monkeypatch
):
    from wsl.pipeline import stream

    docs = write_docs(tmp_path)
    common = dict(shard_tokens=40, tagset=TS, cache=False)
    label_sharded([docs], tmp_path / "one.conll", _lfs(), **common)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:  # the model is fitted and saved, then Ctrl-C
        m.setattr(stream, "label_shard", interrupted)
        with pytest.raises(KeyboardInterrupt):
            label_sharded([docs], tmp_path / "out.conll", _lfs(), **common)
    parts = tmp_path / "out.conll.wsl-parts"
    manifest = json.loads((parts / "manifest.json").read_text())
    assert manifest["done"] == {} and manifest["totals"] == {"shards": 11, "tokens": 441}
    assert (parts / "model.npz").exists()
    events = []
    run = label_sharded(
        [docs], tmp_path / "out.conll", _lfs(), resume=True, on_shard=events.append, **common
    )
    assert run.resumed == 0 and [e.stage for e in events] == [2] * 11  # the model was kept
    assert {e.total_tokens for e in events} == {441}
    assert (tmp_path / "out.conll").read_bytes() == (tmp_path / "one.conll").read_bytes()


@pytest.mark.parametrize("several", [False, True])
def test_documents_keep_their_numbers_and_names_across_shards(tmp_path, several):
    # JSONL records are documents; shards of 5 tokens cut inside them. One input file:
    # documents by number; several: by path, `path#k` for a file of several documents.
    recs = [{"text": f"Rust is nice {i}. Go is fine too. Rust again."} for i in range(5)]
    (tmp_path / "in").mkdir()
    a = tmp_path / "in" / "a.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in recs))
    inputs = [str(a)]
    if several:
        (tmp_path / "in" / "b.txt").write_text(TEXT)
        inputs = [str(tmp_path / "in")]
    lfs = tmp_path / "lfs.txt"
    lfs.write_text("# type: Language\nRust\nGo\n")
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    base = [WSL, "label", *inputs, "--no-shipped", "--lfs", str(lfs), "--types", "Language"]
    outs = []
    for shards in ("0", "5"):
        res = subprocess.run(
            [*base, "-f", "jsonl", "--shard-tokens", shards],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert res.returncode == 0, res.stderr
        outs.append(res.stdout)
    assert outs[0] == outs[1]
    ids = [json.loads(x)["doc_id"] for x in outs[0].splitlines()]
    if several:
        assert ids[:3] == [f"{a}#1"] * 3 and ids[-1] == str(tmp_path / "in" / "b.txt")
    else:
        assert ids == [d for d in range(5) for _ in range(3)]


def test_a_large_jsonl_file_read_in_pieces_keeps_its_document_numbers(tmp_path, monkeypatch):
    from wsl.pipeline import readers
    from wsl.pipeline.label_run import label_file

    recs = [{"text": f"Rust is nice {i}. Go is fine too."} for i in range(40)]
    p = tmp_path / "big.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs))
    monkeypatch.setattr(readers, "PIECE_BYTES", 200)  # pieces of about 30 tokens
    monkeypatch.setattr(readers, "PIECE_TOKENS", 30)
    lfs = tmp_path / "lfs.txt"
    lfs.write_text("# type: Language\nRust\nGo\n")
    common = dict(tagset=TS, lf_paths=[lfs], shipped=False, cache=False, fmt="jsonl")
    _, _, memory = label_file([p], **common)
    label_sharded([p], tmp_path / "s.jsonl", _lfs()[:1], shard_tokens=1, tagset=TS, fmt="jsonl")
    sharded = (tmp_path / "s.jsonl").read_text()
    ids = [json.loads(x)["doc_id"] for x in sharded.splitlines()]
    assert ids == [json.loads(x)["doc_id"] for x in memory.splitlines()]
    assert ids == [d for d in range(40) for _ in range(2)]


def test_gold_and_raw_inputs_in_one_shard_are_a_clear_error(tmp_path):
    (tmp_path / "a.conll").write_text("<s>\nRust\tB-Language\nrocks\tO\n</s>\n")
    (tmp_path / "b.txt").write_text("Go is fine.\n")
    inputs = [tmp_path / "a.conll", tmp_path / "b.txt"]
    with pytest.raises(WslError, match="some inputs have tags and some do not"):
        label_sharded(inputs, tmp_path / "o.conll", _lfs(), shard_tokens=1000, tagset=TS)
