"""Load the HTML report in headless Chromium; skipped when Chromium is not installed.

Install: ``apt-get update && apt-get install -y chromium``.
"""

import re
import shutil
import subprocess

import numpy as np
import pytest

from wsl.eval.analysis import analyze_lfs
from wsl.eval.evaluate import evaluate_tags
from wsl.eval.report_html import write_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def test_report_renders_without_js_errors(ab, tiny, tmp_path):
    table, pred = tiny
    L = np.array(
        [[1, -1], [2, 2], [0, -1], [-1, -1], [3, 1], [0, 0], [-1, 0], [0, -1]], dtype=np.int16
    )
    result = evaluate_tags(
        table,
        pred,
        ab,
        probs=np.full((8, ab.n_tags), 0.2),
        L=L,
        baseline_ids=np.zeros(8, dtype=np.int16),
    )
    lf_table = analyze_lfs(L, ["lf0", "lf1"], ab, sent_ids=table["sent_id"].to_numpy())
    page = write_html(
        tmp_path / "report.html", result, table=table, pred_ids=pred, tagset=ab, lf_table=lf_table
    )
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=90,
    )
    dom = run.stdout
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(r'<body[^>]*data-ready="1"', dom)  # the page script ran to its end
    assert not re.search(r"<html[^>]*data-js-error", dom) and "Uncaught" not in run.stderr
    assert dom.count("<svg") == 4
    assert (
        "<title>F1 per entity type</title>" in dom and "<title>Reliability diagram</title>" in dom
    )
    assert 'class="sortable"' in dom  # the LF table headers were made sortable by the script
    assert dom.count('class="entity"') == 5
