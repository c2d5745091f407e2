"""The labelling, analysis, evaluation and gazetteer commands, end to end on tiny files."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wsl.cli import app
from wsl.core import __version__

runner = CliRunner()

GOLD = """<s>
We\tO
use\tO
Python\tB-Language
and\tO
Linux\tB-Application
.\tO
</s>
<s>
Python\tB-Language
runs\tO
on\tO
Linux\tB-Application
servers\tO
</s>
<s>
Rust\tB-Language
is\tO
fast\tO
.\tO
</s>
"""

LFS = '''
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.regex import TokenRegexLF
from wsl.lfs.python_lf import sentence_lf

langs = GazetteerLF("gaz_langs", ["Python", "Rust"], label="Language", case_sensitive=True)
apps = GazetteerLF("gaz_apps", ["Linux", "servers"], label="Application", case_sensitive=True)
punct = TokenRegexLF("neg_punct", r"[^\\w\\s]+", label="O")

@sentence_lf(labels=("Language",))
def broken(sent):
    """Raises on the sentence that mentions Rust."""
    if "Rust" in sent.tokens:
        raise RuntimeError("boom")
    return []
'''


@pytest.fixture()
def files(tmp_path: Path, monkeypatch) -> dict[str, Path]:
    monkeypatch.setenv("WSL_CACHE_DIR", str(tmp_path / "cache"))
    gold = tmp_path / "gold.conll"
    gold.write_text(GOLD, encoding="utf-8")
    lfs = tmp_path / "my_lfs.py"
    lfs.write_text(LFS, encoding="utf-8")
    raw = tmp_path / "raw.txt"
    raw.write_text("We use Python on Linux. Rust is fast.\n", encoding="utf-8")
    return {"gold": gold, "lfs": lfs, "raw": raw, "dir": tmp_path}


def test_label_conll_lines_up_with_gold_and_reports_failing_lf(files):
    res = runner.invoke(
        app,
        [
            "label",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "-m",
            "mv",
            "-f",
            "conll",
        ],
    )
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stdout.splitlines() if ln]
    assert lines[:7] == [
        "<s>",
        "We\tO",
        "use\tO",
        "Python\tB-Language",
        "and\tO",
        "Linux\tB-Application",
        ".\tO",
    ]
    assert "Rust\tB-Language" in lines
    assert (
        "LF broken failed on 1 of 3 sentences, abstaining there (first: sentence 2): "
        f"RuntimeError: boom (at {files['lfs']}:" in res.stderr
    )
    assert "15 tokens, 3 sentences, 5 spans" in res.stderr
    # the time is labelled as the whole job's, with its phases
    assert re.search(
        r"model mv; \d+\.\d\d s in all \([\d,]+ tokens/s; read [\d.]+, apply", res.stderr
    )


def test_strict_fails_the_run_on_a_failing_lf(files):
    out = files["dir"] / "out.conll"
    args = ["label", str(files["gold"]), "--no-shipped", "--lfs", str(files["lfs"]), "-m", "mv"]
    res = runner.invoke(app, [*args, "--strict", "-o", str(out)])
    assert res.exit_code == 1
    assert "error: --strict: LF broken failed on 1 of 3 sentences" in res.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "extra,message",
    [
        (["-m", "foo"], "unknown label model 'foo'"),
        (["--load-model", "missing.npz"], "--load-model: no such file"),
        (["-f", "parquet"], "binary; give an output file with -o"),
        (["--lfs", "nowhere.py"], "no such LF file or folder"),
    ],
)
def test_bad_options_fail_before_the_input_is_read(files, extra, message):
    # the input does not exist: an option error must come first, before any reading
    res = runner.invoke(app, ["label", str(files["dir"] / "absent.txt"), *extra])
    assert res.exit_code == 1 and message in res.stderr


def test_an_lf_file_without_lfs_is_an_error(files):
    empty = files["dir"] / "empty_lfs.py"
    empty.write_text("X = 1\n")
    res = runner.invoke(app, ["label", str(files["raw"]), "--no-shipped", "--lfs", str(empty)])
    assert res.exit_code == 1 and "defines no labelling functions" in res.stderr


def test_label_raw_text_to_jsonl_file_with_probabilities(files):
    out = files["dir"] / "out.jsonl"
    res = runner.invoke(
        app,
        [
            "label",
            str(files["raw"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "-m",
            "hmm",
            "-f",
            "jsonl",
            "-o",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert [r["text"] for r in rows] == ["We use Python on Linux.", "Rust is fast."]
    spans = [(s["token_start"], s["token_end"], s["label"]) for s in rows[0]["spans"]]
    assert spans == [(2, 3, "Language"), (4, 5, "Application")]
    chars = [rows[0]["text"][s["start"] : s["end"]] for s in rows[0]["spans"]]
    assert chars == ["Python", "Linux"] and {r["doc_id"] for r in rows} == {0}
    assert all(0.0 < s["prob"] <= 1.0 for r in rows for s in r["spans"])


def test_label_binary_format_needs_an_output_file(files):
    res = runner.invoke(
        app, ["label", str(files["raw"]), "--no-shipped", "--lfs", str(files["lfs"]), "-f", "spacy"]
    )
    assert res.exit_code == 1
    assert "error: --format spacy is binary; give an output file with -o" in res.stderr


def test_save_and_load_model(files):
    model = files["dir"] / "m.npz"
    common = [str(files["gold"]), "--no-shipped", "--lfs", str(files["lfs"]), "-m", "hmm"]
    first = runner.invoke(app, ["label", *common, "--save-model", str(model)])
    assert first.exit_code == 0 and model.exists()
    second = runner.invoke(app, ["label", *common, "--load-model", str(model)])
    assert second.exit_code == 0
    assert second.stdout == first.stdout


def test_lfs_analyze_json_rows(files):
    res = runner.invoke(
        app,
        [
            "lfs",
            "analyze",
            "--gold",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    rows = {r["name"]: r for r in data["lfs"]}
    assert rows["gaz_langs"]["coverage"] == pytest.approx(3 / 15)
    assert rows["gaz_langs"]["span_p"] == 1.0
    assert (
        rows["gaz_apps"]["correct"] == 2 and rows["gaz_apps"]["incorrect"] == 1
    )  # "servers" is wrong
    assert data["totals"]["n_tokens"] == 15


def test_lfs_errors_groups_false_positives(files):
    res = runner.invoke(
        app,
        [
            "lfs",
            "errors",
            "gaz_apps",
            "--gold",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    fps = json.loads(res.stdout)["false_positives"]
    assert [(f["surface"], f["count"], f["error"]) for f in fps] == [("servers", 1, "spurious")]


def test_lfs_errors_unknown_name(files):
    res = runner.invoke(
        app,
        [
            "lfs",
            "errors",
            "nope",
            "--gold",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
        ],
    )
    assert res.exit_code == 1 and "no LF named 'nope'" in res.stderr


def test_eval_scores_predictions_file_and_writes_reports(files):
    pred = files["dir"] / "pred.conll"
    pred.write_text(GOLD.replace("Rust\tB-Language", "Rust\tO"), encoding="utf-8")
    html, md = files["dir"] / "r.html", files["dir"] / "r.md"
    res = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(files["gold"]),
            "--pred",
            str(pred),
            "--json",
            "--report",
            str(html),
            "--report",
            str(md),
        ],
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["model"]["ents_p"] == 1.0
    assert out["model"]["ents_r"] == pytest.approx(4 / 5)
    assert html.read_text().startswith("<!DOCTYPE html>") and "| " in md.read_text()
    run = out["run"]  # issue 15.11: what produced "Model"
    assert run["predictions"] == str(pred) and run["gold"] == str(files["gold"])
    assert run["model"] is None and run["baseline"] is None and run["lf_sources"] == []
    assert f"| Model | predictions read from {pred} |" in md.read_text()
    assert "Baseline" not in md.read_text()


def test_eval_runs_model_with_mv_baseline(files):
    res = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "-m",
            "hmm",
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["baseline"]["ents_tp"] == 4 and out["baseline"]["ents_fp"] == 1
    assert out["calibration"] is not None and out["lfs"]["n_lfs"] == 4


def test_eval_report_names_model_baseline_inputs_and_version(files):
    """Issue 15.11: the report says which model made "Model", that "Baseline" is majority vote,
    and lists the input files, the LF sources and the wsl version (JSON keys are only added)."""
    md, html = files["dir"] / "r.md", files["dir"] / "r.html"
    args = ["eval", "--gold", str(files["gold"]), "--no-shipped", "--lfs", str(files["lfs"])]
    res = runner.invoke(app, [*args, "--json", "--report", str(md), "--report", str(html)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert {"scorer", "types", "model", "baseline", "lfs", "calibration"} <= set(out)
    assert out["run"] == {
        "wsl_version": __version__,
        "gold": str(files["gold"]),
        "predictions": None,
        "model": "hmm",
        "model_summary": "BIO hidden Markov model fitted by EM",
        "model_file": None,
        "baseline": "mv",
        "baseline_summary": "majority vote, WRENCH-style (the baseline)",
        "n_lfs": 4,
        "lf_sources": [str(files["lfs"])],
        "seed": 0,
        "gold_sample": None,
        "gold_tokens": 0,
        "gold_check": None,
        "doc_lfs": [],
    }
    model = (
        "hmm label model (BIO hidden Markov model fitted by EM), fitted on this run's LF votes "
        "(gold tags not used)"
    )
    baseline = "majority vote of the same LF votes (mv)"
    text = md.read_text()
    for line in (
        f"| wsl version | {__version__} |",
        f"| Gold file | {files['gold']} |",
        f"| Model | {model} |",
        f"| Baseline | {baseline} |",
        "| LFs applied | 4 |",
        f"| LF sources | {files['lfs']} |",
        "| Seed | 0 |",
        f"Model: {model}. Baseline: {baseline}.",
    ):
        assert line in text, line
    page = unescape(html.read_text().replace("<wbr>", ""))
    assert f'<td class="t">{files["lfs"]}</td>' in page
    assert f'<p class="note summary-note">Model: {model}. Baseline: {baseline}.</p>' in page
    terminal = runner.invoke(app, args)  # the terminal shows the same run table
    assert terminal.exit_code == 0, terminal.output
    assert "wsl version" in terminal.stdout and baseline in terminal.stdout


def test_gazetteer_mine_and_stats(files):
    out = files["dir"] / "mined"
    res = runner.invoke(app, ["gazetteer", "mine", str(files["gold"]), "--out", str(out)])
    assert res.exit_code == 0, res.output
    text = (out / "mined.1-rate80.cased.txt").read_text()
    assert (
        "Python\tLanguage\n" in text
        and "Linux\tApplication\n" in text
        and "Rust\tLanguage\n" in text
    )
    assert (out / "mined.2-tagger.npz").exists()
    assert not (out / "mined.6-rare.blockers.cased.txt").exists()  # no word seen twice unlabelled
    stats = runner.invoke(app, ["gazetteer", "stats", str(out), "--json"])
    assert stats.exit_code == 0
    assert json.loads(stats.stdout)["types"] == {"Application": 1, "Language": 2}


def test_gazetteer_mine_writes_blockers_and_stats_lists_them(tmp_path):
    gold = tmp_path / "g.conll"
    gold.write_text(
        GOLD + "<s>\nLinux\tO\nservers\tO\n</s>\n<s>\nthe\tO\nservers\tO\n</s>\n", encoding="utf-8"
    )
    out = tmp_path / "m"
    res = runner.invoke(app, ["gazetteer", "mine", str(gold), "--out", str(out), "--no-tagger"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == [
        "mined.1-rate80.cased.txt",
        "mined.3-rate50.cased.txt",
        "mined.6-rare.blockers.cased.txt",
        "mined_stats.tsv",
    ]
    lines = (out / "mined.6-rare.blockers.cased.txt").read_text().splitlines()
    # "servers" (3 times) and "Linux servers" (twice) are never labelled; Linux is, 2 of 3 times
    assert "# type: O" in lines and [x for x in lines if not x.startswith("#")] == [
        "Linux servers",
        "servers",
    ]
    s = json.loads(runner.invoke(app, ["gazetteer", "stats", str(out), "--json"]).stdout)
    assert s["types"] == {"Application": 1, "Language": 2}
    assert {f["file"]: (f["type"], f["entries"]) for f in s["files"]}[
        "mined.6-rare.blockers.cased.txt"
    ] == ("O (blocker)", 2)


def test_gazetteer_mine_needs_labels(files):
    res = runner.invoke(
        app, ["gazetteer", "mine", str(files["raw"]), "--out", str(files["dir"] / "m")]
    )
    assert res.exit_code == 1 and "has no labels to mine" in res.stderr


def test_lfs_analyze_watch_reports_what_moved(files, monkeypatch):
    import os
    import time as time_mod

    calls = {"n": 0}

    def fake_sleep(_seconds):
        calls["n"] += 1
        if calls["n"] == 1:  # the user edits the LF file: a new gazetteer LF
            with open(files["lfs"], "a", encoding="utf-8") as fh:
                fh.write(
                    '\nextra = GazetteerLF("gaz_extra", ["fast"], label="Language", '
                    "case_sensitive=True)\n"
                )
            os.utime(files["lfs"], (2_000_000_000, 2_000_000_000))
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(time_mod, "sleep", fake_sleep)
    res = runner.invoke(
        app,
        [
            "lfs",
            "analyze",
            "--gold",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "--watch",
            "--interval",
            "0.1",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "changed: my_lfs.py" in res.stderr
    moved = res.stdout.split("what moved")[1]
    assert "gaz_extra" in moved and "gaz_langs" not in moved


WRENCH_META = {
    "lf": ["lf_a", "lf_b", "lf_c"],
    "lf_rec": ["lf_a", "lf_b", "lf_c"],
    "entity_types": ["Dis"],
}
WRENCH_ITEMS = {
    "7": {
        "data": {"text": ["Flu", "is", "bad"]},
        "label": ["B-Dis", "O", "O"],
        "weak_labels": [["B-Dis", "B-Dis", "O"], ["O", "O", "O"], ["O", "O", "O"]],
    },
    "2": {
        "data": {"text": ["lung", "cancer", "hurts"]},
        "label": ["B-Dis", "I-Dis", "O"],
        "weak_labels": [["B-Dis", "B-Dis", "O"], ["I-Dis", "I-Dis", "O"], ["O", "O", "B-Dis"]],
    },
}


def _wrench_dir(tmp_path: Path) -> Path:
    d = tmp_path / "wrench"
    d.mkdir()
    (d / "meta.json").write_text(json.dumps(WRENCH_META))
    (d / "train.json").write_text(json.dumps(WRENCH_ITEMS))
    (d / "test.json").write_text(json.dumps(WRENCH_ITEMS))
    return d


def test_label_wrench_votes_to_conll_in_file_order(tmp_path):
    d = _wrench_dir(tmp_path)
    res = runner.invoke(
        app, ["label", str(d / "test.json"), "--input-format", "wrench", "-m", "mv", "-f", "conll"]
    )
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stdout.splitlines() if ln]
    assert lines == [
        "<s>",
        "Flu\tB-Dis",
        "is\tO",
        "bad\tO",
        "</s>",
        "<s>",
        "lung\tB-Dis",
        "cancer\tI-Dis",
        "hurts\tI-Dis",
        "</s>",
    ]  # WRENCH MV: O yields to an entity vote


def test_label_wrench_fit_on_another_file(tmp_path):
    d = _wrench_dir(tmp_path)
    res = runner.invoke(
        app,
        [
            "label",
            str(d / "test.json"),
            "--input-format",
            "wrench",
            "--fit-on",
            str(d / "train.json"),
            "-m",
            "hmm",
            "-f",
            "jsonl",
        ],
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    # "hurts" has lf_c's B-Dis vote: the HMM's O state never explains a voted token, so it
    # joins the span (as in MV), however the edge O votes of lf_a and lf_b read
    assert [[(s["token_start"], s["token_end"], s["label"]) for s in r["spans"]] for r in rows] == [
        [(0, 1, "Dis")],
        [(0, 3, "Dis")],
    ]


def test_label_wrench_errors_name_the_item(tmp_path):
    d = _wrench_dir(tmp_path)
    bad = json.loads(json.dumps(WRENCH_ITEMS))
    bad["2"]["weak_labels"][1][0] = "B-Flu"
    (d / "bad.json").write_text(json.dumps(bad))
    res = runner.invoke(app, ["label", str(d / "bad.json"), "--input-format", "wrench"])
    assert res.exit_code == 1
    assert (
        "error:" in res.stderr
        and "B-Flu" in res.stderr
        and "2" in res.stderr.split("B-Flu")[0] + res.stderr.split("B-Flu")[1]
    )


def test_other_schema_shipped_software_lfs_step_aside(tmp_path, monkeypatch):
    monkeypatch.setenv("WSL_CACHE_DIR", str(tmp_path / "cache"))
    gold = tmp_path / "bio.conll"
    gold.write_text(
        "<s>\nAspirin\tO\ntreats\tO\ninfluenza\tB-Disease\n.\tO\n</s>\n", encoding="utf-8"
    )
    lfs = tmp_path / "dis.py"
    lfs.write_text(
        "from wsl.lfs.gazetteer import GazetteerLF\n"
        'flu = GazetteerLF("gaz_flu", ["influenza"], label="Disease")\n',
        encoding="utf-8",
    )
    res = runner.invoke(
        app, ["label", str(gold), "--types", "auto", "--lfs", str(lfs), "-m", "mv", "-f", "conll"]
    )
    assert res.exit_code == 0, res.output
    assert "failed" not in res.stderr
    assert "influenza\tB-Disease" in res.stdout
    listing = runner.invoke(
        app, ["lfs", "analyze", "--gold", str(gold), "--types", "auto", "--lfs", str(lfs), "--json"]
    )
    names = [r["name"] for r in json.loads(listing.stdout)["lfs"]]
    assert (
        names[0] == "gaz_flu"
        and "neg_punctuation" in names
        and not any(n.startswith("gaz_language") for n in names)
    )


def test_gazetteer_mine_edge_cases(tmp_path):
    one = tmp_path / "one.conll"
    one.write_text("<s>\nhello\tO\nworld\tO\n</s>\n", encoding="utf-8")
    res = runner.invoke(
        app, ["gazetteer", "mine", str(one), "--out", str(tmp_path / "a"), "--folds", "2"]
    )
    assert res.exit_code == 1 and "--folds 2 needs" in res.stderr
    assert not (tmp_path / "a").exists()
    res = runner.invoke(app, ["gazetteer", "mine", str(one), "--out", str(tmp_path / "b")])
    assert res.exit_code == 0 and "wrote no gazetteer files" in res.stderr
    two = tmp_path / "two.conll"
    two.write_text("<s>\nhello\tO\n</s>\n<s>\nbye\tO\n</s>\n", encoding="utf-8")
    res = runner.invoke(
        app,
        [
            "gazetteer",
            "mine",
            str(two),
            "--out",
            str(tmp_path / "c"),
            "--folds",
            "2",
            "--no-shipped",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "all" in res.stdout


def test_load_model_refuses_other_lfs(files):
    model = files["dir"] / "m.npz"
    first = runner.invoke(
        app,
        [
            "label",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "--save-model",
            str(model),
        ],
    )
    assert first.exit_code == 0, first.output
    other = files["dir"] / "other.py"
    other.write_text(LFS.replace('"gaz_langs"', '"gaz_other"'), encoding="utf-8")
    res = runner.invoke(
        app,
        [
            "label",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(other),
            "--load-model",
            str(model),
        ],
    )
    assert res.exit_code == 1
    assert "saved model was fitted on other LFs: gaz_langs, gaz_other" in res.stderr
    bad = runner.invoke(
        app,
        [
            "label",
            str(files["gold"]),
            "--no-shipped",
            "--lfs",
            str(files["lfs"]),
            "--save-model",
            str(files["dir"]),
        ],
    )
    assert bad.exit_code == 1 and "is a directory" in bad.stderr


def test_lf_meta_counts_only_voting_entries(tmp_path):
    from wsl.lfs.registry import describe_lfs, lfs_from_path

    p = tmp_path / "band.cased.txt"
    p.write_text("Python\tLanguage\nPython 3\t-\nRust\tLanguage\n", encoding="utf-8")
    (row,) = describe_lfs(lfs_from_path(p))
    assert (row["kind"], row["entries"], row["labels"]) == ("gazetteer", 2, ["Language"])


def test_label_picks_priority_for_mined_lfs_unless_told(tmp_path):
    from wsl.lfs.gazetteer import GazetteerLF
    from wsl.pipeline.label import default_model

    assert default_model([GazetteerLF("g", ["Go"], label="Language")]) == "hmm"
    assert default_model(None) == "hmm"
    gold = tmp_path / "g.conll"
    gold.write_text(GOLD, encoding="utf-8")
    out = tmp_path / "m"
    assert (
        runner.invoke(
            app, ["gazetteer", "mine", str(gold), "--out", str(out), "--no-tagger"]
        ).exit_code
        == 0
    )
    res = runner.invoke(app, ["label", str(gold), "--lfs", str(out), "-f", "jsonl"])
    assert res.exit_code == 0, res.output
    assert "model priority" in res.stderr
    res = runner.invoke(app, ["label", str(gold), "--lfs", str(out), "-f", "jsonl", "-m", "mv"])
    assert "model mv" in res.stderr
