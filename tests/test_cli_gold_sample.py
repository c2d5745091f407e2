"""``--gold-sample`` for ``wsl label`` and ``wsl eval``: a small gold file in the user's schema
remaps an LF whose votes mean another type there (an LF's votes of one type are remapped as a
whole: ``gaz_platforms`` here, not ``gaz_apps``), and the saved model records the gold."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from wsl.cli import app
from wsl.pipeline.models.registry import load_model

runner = CliRunner()

LFS = """
from wsl.lfs.gazetteer import GazetteerLF

langs = GazetteerLF("gaz_langs", ["Python"], label="Language", case_sensitive=True)
oses = GazetteerLF("gaz_platforms", ["Linux"], label="Application", case_sensitive=True)
apps = GazetteerLF("gaz_apps", ["Firefox"], label="Application", case_sensitive=True)
"""


def _conll(sentences: list[list[tuple[str, str]]]) -> str:
    return "".join("<s>\n" + "".join(f"{w}\t{t}\n" for w, t in s) + "</s>\n" for s in sentences)


def _sent(name: str, tag: str) -> list[tuple[str, str]]:
    return [("We", "O"), ("run", "O"), (name, tag), ("daily", "O"), (".", "O")]


@pytest.fixture
def files(tmp_path: Path, monkeypatch) -> dict[str, Path]:
    monkeypatch.setenv("WSL_CACHE_DIR", str(tmp_path / "cache"))
    # in this schema Linux is an operating system, whatever the LF's list says
    corpus = [_sent("Linux", "B-Operating_System"), _sent("Python", "B-Language")] * 10
    corpus += [_sent("Firefox", "B-Application")] * 5
    sample = [_sent("Linux", "B-Operating_System")] * 6 + [_sent("Python", "B-Language")] * 2
    paths = {"corpus": tmp_path / "corpus.conll", "sample": tmp_path / "sample.conll"}
    paths["corpus"].write_text(_conll(corpus), encoding="utf-8")
    paths["sample"].write_text(_conll(sample), encoding="utf-8")
    paths["lfs"] = tmp_path / "lfs.py"
    paths["lfs"].write_text(LFS, encoding="utf-8")
    paths["dir"] = tmp_path
    return paths


def _labels(stdout: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in stdout.splitlines():
        if "\t" in line:
            word, tag = line.split("\t")[:2]
            out.setdefault(word, set()).add(tag)
    return out


def test_label_gold_sample_remaps_and_saved_model_records_it(files):
    common = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    common += ["-m", "hmm", "-f", "conll", "--no-cache"]
    plain = runner.invoke(app, [*common, "--save-model", str(files["dir"] / "u.npz")])
    assert plain.exit_code == 0, plain.output
    assert _labels(plain.stdout)["Linux"] == {"B-Application"}
    semi = runner.invoke(
        app,
        [
            *common,
            "--gold-sample",
            str(files["sample"]),
            "--save-model",
            str(files["dir"] / "s.npz"),
        ],
    )
    assert semi.exit_code == 0, semi.output
    tags = _labels(semi.stdout)
    assert tags["Linux"] == {"B-Operating_System"}
    assert tags["Python"] == {"B-Language"} and tags["Firefox"] == {"B-Application"}
    assert load_model(files["dir"] / "s.npz").gold_tokens == 8 * 5
    assert load_model(files["dir"] / "u.npz").gold_tokens == 0
    data = np.load(files["dir"] / "s.npz")
    assert json.loads(str(data["header"]))["gold_tokens"] == 40
    # held out in 2 folds, the 6 Linux sentences come out right only semi-supervised
    check = {"sentences": 8, "better": 6, "worse": 0, "p": 0.01562, "used": True}
    assert json.loads(str(data["header"]))["gold_check"] == check


def test_a_gold_sample_that_adds_nothing_is_not_used_and_says_so(files):
    # this sample agrees with every LF: the semi-supervised fit labels no held-out sentence
    # differently, so the run keeps the unsupervised model and says why on stderr
    agree = files["dir"] / "agree.conll"
    agree.write_text(
        _conll([_sent("Firefox", "B-Application")] * 4 + [_sent("Python", "B-Language")] * 4)
    )
    common = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    common += ["-m", "hmm", "-f", "conll", "--no-cache", "--probs"]
    plain = runner.invoke(app, common)
    res = runner.invoke(app, [*common, "--gold-sample", str(agree)])
    assert plain.exit_code == res.exit_code == 0, plain.output + res.output
    assert res.stdout == plain.stdout
    assert "gold sample not used: held out in 2 folds" in res.stderr
    assert "0 of its 8 sentences better and 0 worse" in res.stderr


def test_label_gold_sample_errors(files):
    base = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    res = runner.invoke(app, [*base, "--gold-sample", str(files["dir"] / "nope.conll")])
    assert res.exit_code == 1 and "--gold-sample: no such file" in res.stderr
    model = files["dir"] / "m.npz"
    assert runner.invoke(app, [*base, "-m", "hmm", "--save-model", str(model)]).exit_code == 0
    res = runner.invoke(
        app, [*base, "--load-model", str(model), "--gold-sample", str(files["sample"])]
    )
    assert res.exit_code == 1 and "not with --load-model" in res.stderr


def test_eval_gold_sample_scores_the_semi_supervised_fit(files):
    args = ["eval", "--gold", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    plain = json.loads(runner.invoke(app, [*args, "-m", "hmm", "--json"]).stdout)
    res = runner.invoke(app, [*args, "-m", "hmm", "--json", "--gold-sample", str(files["sample"])])
    assert res.exit_code == 0, res.output
    semi = json.loads(res.stdout)
    assert semi["run"]["gold_sample"] == str(files["sample"])
    assert semi["run"]["gold_tokens"] == 40
    assert semi["run"]["gold_check"]["used"] is True
    assert plain["run"]["gold_check"] is None
    assert plain["run"]["gold_tokens"] == 0
    assert semi["model"]["ents_f"] == pytest.approx(1.0)
    assert plain["model"]["ents_f"] < 0.7


def test_label_gold_sample_with_a_model_that_cannot_use_it_warns(files, caplog):
    args = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"]), "-m", "mv"]
    with caplog.at_level("WARNING"):
        res = runner.invoke(app, [*args, "--gold-sample", str(files["sample"]), "--no-cache"])
    assert res.exit_code == 0, res.output
    assert "does not use --gold-sample" in caplog.text + res.stderr


def test_a_sharded_label_run_fits_on_the_gold_sample_too(files):
    out = files["dir"] / "sharded.conll"
    args = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"]), "-m", "hmm"]
    args += ["--shard-tokens", "20", "--no-cache", "-o", str(out)]
    args += ["--gold-sample", str(files["sample"]), "--save-model", str(files["dir"] / "h.npz")]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert "7 shards" in res.stderr  # 25 sentences of 5 tokens, 4 per shard
    tags = _labels(out.read_text())
    assert tags["Linux"] == {"B-Operating_System"} and tags["Firefox"] == {"B-Application"}
    assert load_model(files["dir"] / "h.npz").gold_tokens == 40


@pytest.mark.parametrize("model", ["hmm", "snorkel"])
def test_in_memory_and_sharded_runs_with_a_gold_sample_agree(files, model):
    # one fit for both (pipeline.label.fit_new): the sample is clamped for the hmm and left
    # out for a model that cannot use it, in memory as in shards
    args = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    args += ["-m", model, "--no-cache", "--probs", "--gold-sample", str(files["sample"])]
    memory = runner.invoke(app, args)
    sharded = runner.invoke(app, [*args, "--shard-tokens", "20"])
    assert memory.exit_code == sharded.exit_code == 0, memory.output + sharded.output
    assert memory.stdout == sharded.stdout
    remapped = "B-Operating_System" if model == "hmm" else "B-Application"
    assert _labels(memory.stdout)["Linux"] == {remapped}


def test_eval_refuses_the_evaluated_file_as_its_sample_and_warns_on_shared_sentences(files):
    args = ["eval", "--gold", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    res = runner.invoke(app, [*args, "--gold-sample", str(files["corpus"])])
    assert res.exit_code == 1
    assert "--gold-sample is the evaluated gold file" in res.stderr
    assert "Traceback" not in res.output
    # the sample's 8 sentences (6 Linux, 2 Python) are sentences of the evaluated corpus too
    res = runner.invoke(app, [*args, "--gold-sample", str(files["sample"])])
    assert res.exit_code == 0, res.output
    assert "8 of the gold sample's 8 sentences are also in the evaluated file" in res.stderr
    other = files["dir"] / "other.conll"
    other.write_text(_conll([_sent("FreeBSD", "B-Operating_System")] * 3), encoding="utf-8")
    res = runner.invoke(app, [*args, "--gold-sample", str(other)])
    assert res.exit_code == 0, res.output
    assert "also in the evaluated file" not in res.stderr


def test_a_trusted_gold_sample_is_used_without_the_check(files):
    # the same agreeing sample the check turns down is used as it is when trusted
    agree = files["dir"] / "agree.conll"
    agree.write_text(
        _conll([_sent("Firefox", "B-Application")] * 4 + [_sent("Python", "B-Language")] * 4)
    )
    common = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    common += ["-m", "hmm", "-f", "conll", "--no-cache"]
    model = files["dir"] / "t.npz"
    res = runner.invoke(
        app,
        [*common, "--gold-sample", str(agree), "--trust-gold-sample", "--save-model", str(model)],
    )
    assert res.exit_code == 0, res.output
    assert "gold sample not used" not in res.stderr
    saved = load_model(model)
    assert saved.gold_tokens == 40 and saved.gold_check is None
    res = runner.invoke(app, [*common, "--trust-gold-sample"])
    assert res.exit_code == 1 and "--trust-gold-sample goes with --gold-sample" in res.stderr
    args = ["eval", "--gold", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    res = runner.invoke(app, [*args, "--trust-gold-sample"])
    assert res.exit_code == 1 and "--trust-gold-sample goes with --gold-sample" in res.stderr


def test_lfs_mined_from_the_gold_sample_are_named_in_a_warning(files):
    # the check splits the sample its mined LFs memorised: it would look better than it is
    mined = files["dir"] / "mined"
    res = runner.invoke(app, ["gazetteer", "mine", str(files["sample"]), "--out", str(mined)])
    assert res.exit_code == 0, res.output
    band = mined / "mined.1-rate80.cased.txt"
    assert band.read_text().splitlines()[1].startswith("# corpus: ")
    common = ["label", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    common += ["--lfs", str(mined), "-m", "hmm", "-f", "conll", "--no-cache"]
    res = runner.invoke(app, [*common, "--gold-sample", str(files["sample"])])
    assert res.exit_code == 0, res.output
    warning = (
        "gaz_mined_1-rate80_cased, tagger_mined_2-tagger, block_mined_6-rare_blockers_cased were"
    )
    assert warning in res.stderr
    # another sample, or a trusted one (no check to mislead): no warning
    other = files["dir"] / "other.conll"
    other.write_text(_conll([_sent("Linux", "B-Operating_System")] * 4))
    for extra in (
        ["--gold-sample", str(other)],
        ["--gold-sample", str(files["sample"]), "--trust-gold-sample"],
    ):
        res = runner.invoke(app, [*common, *extra])
        assert res.exit_code == 0, res.output
        assert "mined from this gold sample" not in res.stderr
    args = ["eval", "--gold", str(files["corpus"]), "--no-shipped", "--lfs", str(files["lfs"])]
    args += ["--lfs", str(mined), "-m", "hmm", "--gold-sample", str(files["sample"])]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert warning in res.stderr
