"""Small inline-SVG charts for the HTML report: grouped bars, heat-map, reliability diagram.

Every chart is a standalone ``<svg>`` element with a ``<title>`` (its accessible name), no
scripts, no external references.
"""

from __future__ import annotations

import math
from html import escape
from typing import Sequence

PALETTE = ("#4878d0", "#ee854a", "#6acc64", "#d65f5f", "#956cb4", "#8c613c")
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _open(width: float, height: float, title: str, css_class: str) -> list[str]:
    return [
        f'<svg class="chart {css_class}" role="img" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" {FONT}>',
        f"<title>{escape(title)}</title>",
        f'<text x="4" y="16" font-weight="bold" font-size="14">{escape(title)}</text>',
    ]


def _legend(names: Sequence[str], colors: Sequence[str], x: float, y: float) -> list[str]:
    out = []
    for k, (name, color) in enumerate(zip(names, colors)):
        xx = x + 130 * k
        out.append(f'<rect x="{xx:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{color}"/>')
        out.append(f'<text x="{xx + 16:.1f}" y="{y:.1f}">{escape(name)}</text>')
    return out


def number(v: float, digits: int = 2) -> str:
    """``v`` to ``digits`` decimals, or to two significant digits when that would round a
    non-zero value to zero (0.00042, not 0.000)."""
    if v and abs(v) < 0.5 * 10**-digits:
        return f"{v:.2g}"
    return f"{v:.{digits}f}"


def wants_log_scale(values: Sequence[float | None], spread: float = 20.0) -> bool:
    """True when the non-zero values span more than ``spread`` times, so that on a linear axis
    the small ones would be bars of a pixel or two."""
    pos = [v for v in values if v is not None and v > 0]
    return len(pos) > 1 and max(pos) / min(pos) > spread


def _log_axis(values: Sequence[float]) -> tuple[float, float]:
    """The decades ``(lo, hi)`` (powers of ten) that hold every positive value."""
    pos = [v for v in values if v > 0] or [1.0]
    lo = 10.0 ** math.floor(math.log10(min(pos)))
    hi = 10.0 ** math.ceil(math.log10(max(pos)))
    return lo, max(hi, lo * 10)


def bar_chart(
    categories: Sequence[str],
    series: dict[str, Sequence[float | None]],
    title: str,
    *,
    value_max: float = 1.0,
    digits: int = 2,
    width: int = 640,
    label_width: int | None = None,
    log: bool = False,
) -> str:
    """Horizontal grouped bars: one group per category, one bar per series (``None`` = no bar).

    ``label_width`` defaults to what the longest category name needs (about 7 px a character),
    so long LF names are not cut off at the left edge. With ``log``, the value axis is
    logarithmic over the decades that hold the positive values (``value_max`` is then unused),
    with a grid line and label per decade; a zero gets no bar.
    """
    if label_width is None:
        label_width = max(120, 12 + 7 * max((len(c) for c in categories), default=0))
        width = max(width, label_width + 300)
    names = list(series)
    colors = [PALETTE[k % len(PALETTE)] for k in range(len(names))]
    bar, gap, top = 12, 8, 58 if log else 44
    group = bar * len(names) + gap
    axis_y = top + group * len(categories)
    height = axis_y + (40 if log else 24)
    plot = width - label_width - 60
    if log:
        lo, hi = _log_axis([v for vals in series.values() for v in vals if v is not None])
        span = math.log10(hi / lo)

        def length(v: float) -> float:
            return 0.0 if v <= 0 else plot * math.log10(min(max(v, lo), hi) / lo) / span

    else:
        scale = plot / value_max if value_max > 0 else 0.0

        def length(v: float) -> float:
            return max(0.0, min(v, value_max)) * scale

    out = _open(width, height, title, "bars log" if log else "bars")
    out += _legend(names, colors, label_width, 34)
    if log:
        for k in range(round(span) + 1):
            x = label_width + plot * k / span
            out.append(
                f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{axis_y}" stroke="#ddd"/>'
            )
            for y in (top - 8, axis_y + 14):  # decade labels above and below the bars
                out.append(
                    f'<text x="{x:.1f}" y="{y}" text-anchor="middle" font-size="10">'
                    f"{lo * 10**k:g}</text>"
                )
        out.append(
            f'<text x="{label_width + plot / 2:.1f}" y="{axis_y + 32}" text-anchor="middle" '
            'font-size="11">log scale</text>'
        )
    for i, cat in enumerate(categories):
        y0 = top + i * group
        out.append(
            f'<text x="{label_width - 6}" y="{y0 + group / 2:.1f}" text-anchor="end">'
            f"{escape(cat)}</text>"
        )
        for k, name in enumerate(names):
            v = series[name][i]
            if v is None:
                continue
            y = y0 + k * bar
            w = length(v)
            # on a log axis, small values keep two significant digits (0.0016, not 0.002)
            text = f"{v:.2g}" if log and 0 < v < 0.01 else number(v, digits)
            out.append(
                f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar - 2}" '
                f'fill="{colors[k]}">'
                f"<title>{escape(cat)} · {escape(name)}: {text}</title></rect>"
            )
            out.append(
                f'<text x="{label_width + w + 4:.1f}" y="{y + bar - 3}" font-size="10">'
                f"{text}</text>"
            )
    out.append(
        f'<line x1="{label_width}" y1="{top - 4}" x2="{label_width}" y2="{axis_y}" stroke="#333"/>'
    )
    out.append("</svg>")
    return "\n".join(out)


def heatmap(
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    matrix: Sequence[Sequence[float]],
    title: str,
    *,
    cell: int = 34,
    label_width: int = 150,
) -> str:
    """A count matrix as coloured cells (darker = larger) with the counts written in."""
    n_rows, n_cols = len(row_labels), len(col_labels)
    top = 40 + label_width  # room for rotated column labels
    width = label_width + cell * n_cols + 20
    height = top + cell * n_rows + 10
    peak = max((v for row in matrix for v in row), default=0) or 1
    out = _open(width, height, title, "heatmap")
    for j, lab in enumerate(col_labels):
        x = label_width + j * cell + cell / 2
        out.append(
            f'<text transform="translate({x:.1f},{top - 6}) rotate(-60)">{escape(lab)}</text>'
        )
    for i, lab in enumerate(row_labels):
        y = top + i * cell
        out.append(
            f'<text x="{label_width - 6}" y="{y + cell / 2 + 4:.1f}" text-anchor="end">'
            f"{escape(lab)}</text>"
        )
        for j, v in enumerate(matrix[i]):
            x = label_width + j * cell
            shade = v / peak
            fill = f"rgba(72,120,208,{0.08 + 0.92 * shade:.3f})" if v else "#f4f4f4"
            ink = "#fff" if shade > 0.55 else "#222"
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{fill}">'
                f"<title>gold {escape(lab)} → predicted {escape(col_labels[j])}: {v}</title></rect>"
            )
            if v:
                out.append(
                    f'<text x="{x + cell / 2:.1f}" y="{y + cell / 2 + 4:.1f}" text-anchor="middle" '
                    f'font-size="10" fill="{ink}">{v}</text>'
                )
    out.append("</svg>")
    return "\n".join(out)


def reliability_diagram(
    bins: Sequence[dict], title: str, *, size: int = 320, margin: int = 44
) -> str:
    """Accuracy per confidence bin as bars against the diagonal of perfect calibration.

    ``bins``: dicts with ``lo, hi, count, confidence, accuracy`` (as from
    :func:`wsl.eval.calibration.reliability`); empty bins draw nothing.
    """
    width, height = size + 2 * margin, size + 2 * margin + 10
    x0, y0 = margin, margin + 10 + size  # origin (bottom-left)
    out = _open(width, height, title, "reliability")
    out.append(
        f'<rect x="{x0}" y="{y0 - size}" width="{size}" height="{size}" fill="none" stroke="#333"/>'
    )
    for b in bins:
        if not b["count"]:
            continue
        x, w, h = x0 + b["lo"] * size, (b["hi"] - b["lo"]) * size, b["accuracy"] * size
        gap_y = y0 - b["confidence"] * size
        out.append(
            f'<rect x="{x:.1f}" y="{y0 - h:.1f}" width="{w - 1:.1f}" height="{h:.1f}" '
            f'fill="{PALETTE[0]}">'
            f"<title>confidence {b['lo']:.2f}–{b['hi']:.2f}: {b['count']} tokens, mean confidence "
            f"{b['confidence']:.3f}, accuracy {b['accuracy']:.3f}</title></rect>"
        )
        out.append(
            f'<line x1="{x:.1f}" y1="{gap_y:.1f}" x2="{x + w - 1:.1f}" y2="{gap_y:.1f}" '
            f'stroke="{PALETTE[3]}" stroke-width="2"/>'
        )
    out.append(
        f'<line x1="{x0}" y1="{y0}" x2="{x0 + size}" y2="{y0 - size}" stroke="#888" '
        'stroke-dasharray="4 3"/>'
    )
    for t in range(0, 11, 2):
        v = t / 10
        out.append(
            f'<text x="{x0 + v * size:.1f}" y="{y0 + 14}" text-anchor="middle" font-size="10">'
            f"{v:.1f}</text>"
        )
        out.append(
            f'<text x="{x0 - 4}" y="{y0 - v * size + 3:.1f}" text-anchor="end" font-size="10">'
            f"{v:.1f}</text>"
        )
    out.append(
        f'<text x="{x0 + size / 2}" y="{y0 + 30}" text-anchor="middle">'
        "confidence (max marginal)</text>"
    )
    out.append(
        f'<text x="{x0}" y="{y0 - size - 6}" font-size="10">'
        "bars: accuracy · red: mean confidence · "
        "dashed: perfect calibration</text>"
    )
    out.append(
        f'<text transform="translate({x0 - 30},{y0 - size / 2}) rotate(-90)" '
        'text-anchor="middle">accuracy</text>'
    )
    out.append("</svg>")
    return "\n".join(out)
