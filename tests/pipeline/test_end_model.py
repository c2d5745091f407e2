"""The README's end-model recipe: `wsl label -f spacy` output trains a spaCy NER as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_spacy_trains_on_the_docbin_wsl_writes(tmp_path):
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    train = tmp_path / "train.spacy"

    def run(*args):
        res = subprocess.run(
            [*map(str, args)], capture_output=True, text=True, env=env, cwd=tmp_path
        )
        assert res.returncode == 0, res.stderr[-2000:]
        return res

    run(BIN / "wsl", "label", ROOT / "examples" / "sample.txt", "-f", "spacy", "-o", train)
    py = BIN / "python"
    run(
        py,
        "-m",
        "spacy",
        "init",
        "config",
        "config.cfg",
        "-l",
        "en",
        "-p",
        "ner",
        "-o",
        "efficiency",
    )
    run(
        py,
        "-m",
        "spacy",
        "train",
        "config.cfg",
        "--output",
        "model",
        "--paths.train",
        train,
        "--paths.dev",
        train,
        "--training.max_steps",
        "5",
        "--training.eval_frequency",
        "5",
    )
    import spacy

    nlp = spacy.load(tmp_path / "model" / "model-last")
    assert {"Application", "Language", "Protocol"} <= set(nlp.get_pipe("ner").labels)
    assert [t.text for t in nlp("Rust runs on Linux.")] == ["Rust", "runs", "on", "Linux", "."]
