"""Self-contained HTML report: summary, inline-SVG charts and displaCy sentence samples.

The page references nothing outside itself (no network, fonts, scripts or style sheets). Its
one inline script records JavaScript errors on ``<html data-js-error>``, makes the LF table
sortable, and sets ``<body data-ready="1">`` when done (used by the browser test).
"""

from __future__ import annotations

import colorsys
import os
import re
from html import escape
from pathlib import Path

import numpy as np
import polars as pl

from wsl.core.bio import spans_from_ids
from wsl.core.corpus import table_sentence_starts
from wsl.core.spacy_light import import_spacy
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_write_text
from wsl.eval import report
from wsl.eval.inputs import as_ids, gold_ids_from_table
from wsl.eval.report_md import fmt
from wsl.eval.svg import bar_chart, heatmap, reliability_diagram, wants_log_scale

CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1300px; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
th:first-child, td:first-child, th.t, td.t { text-align: left; }
th.sortable { cursor: pointer; background: #f0f0f0; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.sentence { border-top: 1px solid #ddd; padding: 0.4em 0; }
.sentence h4 { margin: 0.3em 0; font-weight: normal; color: #555; }
.which { display: inline-block; width: 6em; color: #666; font-size: 0.85em; }
.wide { max-width: 100%; overflow-x: auto; }
table.lfs td:first-child { min-width: 12em; }
table.run td:last-child { text-align: left; overflow-wrap: anywhere; }
p.note { color: #444; max-width: 60em; }
.chart-note { width: 320px; padding: 4px; }
"""

SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, col) {
    th.classList.add("sortable");
    th.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var dir = th.dataset.dir === "desc" ? 1 : -1;
      th.dataset.dir = dir === 1 ? "asc" : "desc";
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        if (!isNaN(nx) && !isNaN(ny)) { return dir * (nx - ny); }
        return dir * x.localeCompare(y);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
document.body.setAttribute("data-ready", "1");
"""

ERROR_HOOK = (
    'window.addEventListener("error", function (e) { document.documentElement'
    '.setAttribute("data-js-error", String(e.message)); });'
)


def type_colors(types: tuple[str, ...]) -> dict[str, str]:
    """A light, distinct background colour per entity type (displaCy keys are upper-cased)."""
    out = {}
    for k, t in enumerate(types):
        r, g, b = colorsys.hls_to_rgb(k / max(len(types), 1), 0.82, 0.75)
        out[t.upper()] = f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"
    return out


TEXT_CLASS = ' class="t"'  # a left-aligned (text) cell


def _breakable(text: str) -> str:
    """Escaped ``text`` with a line-break opportunity after each ``_`` and ``/``, so long LF
    names, column names and paths can wrap (the text itself is unchanged)."""
    return re.sub(r"([_/])", r"\1<wbr>", escape(text))


def _cell(value: object) -> str:
    """A table cell; text is left-aligned (class ``t``), numbers right-aligned."""
    if isinstance(value, str):
        return f"<td{TEXT_CLASS}>{_breakable(fmt(value))}</td>"
    return f"<td>{escape(fmt(value))}</td>"


def _html_table(header: list[str], rows: list[list[object]], css_class: str = "") -> str:
    text = [bool(rows) and isinstance(rows[0][i], str) for i in range(len(header))]
    head = "".join(
        f"<th{TEXT_CLASS if t else ''}>{_breakable(str(h))}</th>" for h, t in zip(header, text)
    )
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows)
    return f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _table(t: report.ReportTable, css_class: str = "") -> str:
    return _html_table(t.header, t.rows, css_class)


def _charts(result: dict, lf_table: pl.DataFrame | None) -> list[str]:
    rows = report.per_type_table(result).rows
    series = {"model F1": [r[4] for r in rows]}
    if result.get("baseline"):
        series["baseline F1"] = [r[5] for r in rows]
    charts = [bar_chart([r[0] for r in rows], series, "F1 per entity type")]
    if lf_table is not None and lf_table.height:
        cov, con = lf_table["coverage"].to_list(), lf_table["conflicts"].to_list()
        top = max(max(cov), max(con), 1e-9)
        charts.append(
            bar_chart(
                lf_table["name"].to_list(),
                {"coverage": cov, "conflicts": con},
                "LF coverage and conflicts",
                value_max=top * 1.15,
                digits=3,
                log=wants_log_scale(cov + con),
            )
        )
    elif result.get("lfs"):
        s = result["lfs"]
        keys = ["coverage", "entity_coverage", "overlap", "conflict"]
        values = [s[k] for k in keys]
        charts.append(
            bar_chart(
                [k.replace("_", " ") for k in keys],
                {"fraction of tokens": values},
                "LF coverage and conflicts",
                digits=3,
                log=wants_log_scale(values),
            )
        )
    conf = report.confusion_table(result)
    labels = conf.header[1:] or ["O"]
    matrix = [row[1:] for row in conf.rows] or [[0]]
    charts.append(heatmap(labels, labels, matrix, "Type confusion (gold rows × predicted columns)"))
    if result.get("calibration"):
        note = report.calibration_note(result)
        if note:
            charts.append(
                f'<div class="chart-note"><strong>Reliability diagram</strong>'
                f'<p class="note">{escape(note)}</p></div>'
            )
        else:
            charts.append(reliability_diagram(result["calibration"]["bins"], "Reliability diagram"))
    return charts


def _ents(tokens: list[str], spans: list[tuple[int, int, str]]) -> dict:
    """A displaCy manual dict: tokens joined by spaces, spans as character offsets."""
    offsets = np.concatenate([[0], np.cumsum([len(t) + 1 for t in tokens])])
    ents = [
        {"start": int(offsets[s]), "end": int(offsets[e] - 1), "label": lab} for s, e, lab in spans
    ]
    return {"text": " ".join(tokens), "ents": ents, "title": None}


def sentence_samples(
    table: pl.DataFrame, pred_ids: np.ndarray, tagset: TagSet, n: int = 12, seed: int = 0
) -> str:
    """displaCy renderings (gold, then predicted) of ``n`` random sentences that hold an entity."""
    import_spacy()
    from spacy import displacy  # imported here: only the HTML report needs spaCy

    starts_mask = table_sentence_starts(table)
    sent = np.cumsum(starts_mask) - 1
    gold = spans_from_ids(gold_ids_from_table(table, tagset), starts_mask)
    pred = spans_from_ids(as_ids("pred_ids", pred_ids, table.height, tagset), starts_mask)
    with_ents = np.union1d(sent[gold[0]], sent[pred[0]])
    rng = np.random.default_rng(seed)
    chosen = np.sort(rng.choice(with_ents, size=min(n, len(with_ents)), replace=False))
    first = np.flatnonzero(starts_mask)
    ends = np.append(first[1:], table.height)
    colors = type_colors(tagset.types)
    out = []
    for k in chosen.tolist():
        lo, hi = int(first[k]), int(ends[k])
        tokens = table["token"].slice(lo, hi - lo).to_list()
        parts = []
        for which, (s, e, t) in (("gold", gold), ("predicted", pred)):
            sel = sent[s] == k
            spans = [
                (a - lo, b - lo, tagset.types[c])
                for a, b, c in zip(s[sel].tolist(), e[sel].tolist(), t[sel].tolist())
            ]
            parts.append((which, spans))
        agree = "agrees" if parts[0][1] == parts[1][1] else "differs"
        html = [f'<div class="sentence"><h4>sentence {k} · prediction {agree}</h4>']
        for which, spans in parts:
            rendered = displacy.render(
                [_ents(tokens, spans)],
                style="ent",
                manual=True,
                page=False,
                options={"colors": colors},
            )
            html.append(f'<div><span class="which">{which}</span>{rendered}</div>')
        out.append("".join(html) + "</div>")
    return "\n".join(out)


def render_html(
    result: dict,
    *,
    table: pl.DataFrame | None = None,
    pred_ids: np.ndarray | None = None,
    tagset: TagSet | None = None,
    lf_table: pl.DataFrame | None = None,
    n_sentences: int = 12,
    seed: int = 0,
    title: str = "wsl evaluation report",
) -> str:
    """The whole report as one HTML string.

    Sentence samples need ``table`` (with ``token``, ``gold``), ``pred_ids`` and ``tagset``;
    the LF table and per-LF chart need ``lf_table`` (from :func:`analyze_lfs`).
    """
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{report.headline(result)} Scorer: {escape(result['scorer'])}.</p>",
    ]
    run = report.run_table(result)
    if run:
        body += ["<h2>Run</h2>", _table(run, "run")]
    body += ["<h2>Summary</h2>", _table(report.summary_table(result, calibration=True), "summary")]
    note = report.summary_note(result)
    if note:
        body.append(f'<p class="note summary-note">{escape(note)}</p>')
    body += [
        "<h2>Per type</h2>",
        _table(report.per_type_table(result)),
        "<h2>Charts</h2>",
        '<div class="charts">',
        *_charts(result, lf_table),
        "</div>",
    ]
    if result.get("lfs") or lf_table is not None:
        body.append("<h2>Labelling functions</h2>")
    lf_summary = report.lf_summary_table(result)
    if lf_summary:
        body.append(_table(lf_summary, "lf-summary"))
    per_lf = report.per_lf_table(lf_table)
    if per_lf:
        body += [
            "<p>Click a column header to sort.</p>",
            f'<div class="wide">{_table(per_lf, "sortable lfs")}</div>',
        ]
    if table is not None and pred_ids is not None and tagset is not None and n_sentences > 0:
        body += [
            "<h2>Sample sentences</h2>",
            sentence_samples(table, pred_ids, tagset, n_sentences, seed),
        ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<script>{ERROR_HOOK}</script>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_html(path: str | os.PathLike, result: dict, **kwargs) -> Path:
    """Write :func:`render_html` (same keyword arguments) to ``path`` atomically."""
    return atomic_write_text(path, render_html(result, **kwargs))
