"""Load the HTML report in headless Chromium; skipped when Chromium is not installed.

Install: ``apt-get update && apt-get install -y chromium``.
"""

import re
import shutil
import subprocess

import numpy as np
import pytest

from wsl.core.tags import TagSet
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
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
]
VIEWPORT = (1400, 1000)
# Appended by the test only (the report itself carries no measuring code): after layout, the
# viewport width, the page's full scroll width and the right edge of every table and chart.
MEASURE = """<script>
(function () {
  var b = document.body, parts = [];
  b.setAttribute("data-viewport", String(document.documentElement.clientWidth));
  b.setAttribute("data-scroll-width", String(document.documentElement.scrollWidth));
  document.querySelectorAll("table, svg.chart").forEach(function (el) {
    var r = el.getBoundingClientRect();
    parts.push((el.getAttribute("class") || el.tagName) + ":" + Math.ceil(r.right));
  });
  b.setAttribute("data-right-edges", parts.join(";"));
})();
</script>
</body>"""


def _load(page, tmp_path) -> tuple[str, dict]:
    """Open ``page`` at :data:`VIEWPORT` and return the DOM after its scripts and the widths."""
    measured = page.with_name(page.stem + ".measured.html")
    measured.write_text(page.read_text().replace("</body>", MEASURE, 1))
    run = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--window-size={VIEWPORT[0]},{VIEWPORT[1]}",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            measured.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    dom = run.stdout
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(r'<body[^>]*data-ready="1"', dom)  # the page script ran to its end
    assert not re.search(r"<html[^>]*data-js-error", dom) and "Uncaught" not in run.stderr

    def attr(name):
        m = re.search(rf'<body[^>]*{name}="([^"]*)"', dom)
        assert m, f"{name} was not measured"
        return m.group(1)

    edges = {}
    for part in attr("data-right-edges").split(";"):
        what, _, right = part.rpartition(":")
        edges[what] = max(edges.get(what, 0), int(right))
    sizes = {
        "viewport": int(attr("data-viewport")),
        "scroll": int(attr("data-scroll-width")),
        "edges": edges,
    }
    return dom, sizes


def _assert_fits(sizes: dict) -> None:
    vw = sizes["viewport"]
    assert vw == VIEWPORT[0]  # the window size took effect (no scroll bar is drawn)
    too_wide = {k: v for k, v in sizes["edges"].items() if v > vw}
    assert not too_wide, f"wider than the {vw} px viewport: {too_wide}"
    assert sizes["scroll"] <= vw, f"page scrolls sideways: {sizes['scroll']} px > {vw} px"


def test_report_renders_without_js_errors(ab, tiny, tmp_path):
    table, pred = tiny
    L = np.array(
        [[1, -1], [2, 2], [0, -1], [-1, -1], [3, 1], [0, 0], [-1, 0], [0, -1]], dtype=np.int16
    )
    # marginals in two confidence bins, so the reliability diagram is drawn
    probs = np.full((8, ab.n_tags), 0.1)
    probs[:4, 0] = 0.6
    probs[4:, 0] = 0.9
    result = evaluate_tags(
        table, pred, ab, probs=probs, L=L, baseline_ids=np.zeros(8, dtype=np.int16)
    )
    lf_table = analyze_lfs(L, ["lf0", "lf1"], ab, sent_ids=table["sent_id"].to_numpy())
    page = write_html(
        tmp_path / "report.html", result, table=table, pred_ids=pred, tagset=ab, lf_table=lf_table
    )
    dom, sizes = _load(page, tmp_path)
    _assert_fits(sizes)
    assert dom.count("<svg") == 4
    assert (
        "<title>F1 per entity type</title>" in dom and "<title>Reliability diagram</title>" in dom
    )
    assert 'class="sortable"' in dom  # the LF table headers were made sortable by the script
    assert dom.count('class="entity"') == 5


def test_lf_table_fits_1400px_with_a_12_type_lf(tmp_path, table_of):
    """Issue 15.11: an LF voting all 12 software types (``Algorithm,Application,...``, no spaces)
    made the labels column about 1,700 px wide and pushed every metric column off-screen."""
    tagset = TagSet()  # the 12 software types
    assert len(tagset.types) == 12
    tags = ["B-Operating_System", "O", "B-Language", "I-Language", "O", "B-General_Concept"]
    table = table_of([[(f"w{i}", t) for i, t in enumerate(tags)]])
    gold = tagset.encode(tags)
    names = ["gaz_longest_match", "gaz_operating_system_curated_cased", "rule_acronym_after_name"]
    L = np.stack([gold, np.where(gold == gold[0], gold, -1), np.full(6, -1)], 1).astype(np.int16)
    meta = [
        {"name": names[0], "labels": list(tagset.types)},
        {"name": names[1], "labels": ["Operating_System"]},
        {"name": names[2], "labels": list(tagset.types[::2])},
    ]
    lf_table = analyze_lfs(L, names, tagset, gold_ids=gold, sent_ids=np.zeros(6), lf_meta=meta)
    result = evaluate_tags(table, gold, tagset, L=L, baseline_ids=gold)
    page = write_html(tmp_path / "wide.html", result, lf_table=lf_table)
    dom, sizes = _load(page, tmp_path)
    text = dom.replace("<wbr>", "")  # line-break opportunities are not text
    assert "Algorithm, Application, Architecture" in text and "Operating_System" in text
    assert ">span_r</th>" in text and ">incorrect</th>" in text  # the metric columns
    _assert_fits(sizes)
