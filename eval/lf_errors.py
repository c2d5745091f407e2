"""Browse one labelling function's errors against gold: false positives and misses by surface
string.

Spans are compared by exact match (boundaries and type). Each error is classified:

* false positive (an LF span matching no gold span exactly): ``wrong type`` (a gold span has
  the same boundaries), ``boundary`` (it overlaps a gold span; ``gold`` is the type of the gold
  span sharing most tokens) or ``spurious`` (no gold span overlaps; ``gold`` is ``O``);
* miss (a gold span of one of the LF's own types that the LF did not produce exactly):
  ``wrong type`` / ``boundary`` (by the LF span sharing most tokens), ``voted O`` (the LF voted
  ``O`` on some token of it) or ``abstained``.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

import numpy as np
import polars as pl
from rich.console import Group
from rich.table import Table
from rich.text import Text

from wsl.core.bio import best_overlap, span_positions, spans_from_ids
from wsl.core.corpus import table_sentence_starts
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.eval.inputs import gold_ids_from_table

MARK_OPEN, MARK_CLOSE = "[[", "]]"
GROUP_KEYS = ["surface", "predicted", "gold", "error"]
TEXT = {"surface": pl.Utf8, "predicted": pl.Utf8, "gold": pl.Utf8, "error": pl.Utf8}
SCHEMA = {**TEXT, "count": pl.UInt32, "examples": pl.List(pl.Utf8)}
Spans = tuple[np.ndarray, np.ndarray, np.ndarray]


class LfErrors(NamedTuple):
    """Grouped errors: ``surface, predicted, gold, error, count, examples`` (list of str)."""

    false_positives: pl.DataFrame
    misses: pl.DataFrame


def _surfaces(tokens: pl.Series, starts: np.ndarray, ends: np.ndarray) -> list[str]:
    """Space-joined tokens of each span."""
    idx, pos = span_positions(starts, ends)
    frame = pl.DataFrame({"i": idx, "tok": tokens.gather(pos)})
    joined = frame.group_by("i", maintain_order=True).agg(pl.col("tok").str.join(" "))
    return joined["tok"].to_list()


def _examples(
    tokens: pl.Series, starts_mask: np.ndarray, ss: np.ndarray, es: np.ndarray, context: int
) -> list[str]:
    """Each span ``[ss, es)`` in its sentence, between markers, with ±``context`` tokens around."""
    sent_first = np.flatnonzero(starts_mask)
    sent_end = np.append(sent_first[1:], len(starts_mask))
    k = np.searchsorted(sent_first, ss, side="right") - 1
    w0 = np.maximum(sent_first[k], ss - context)
    w1 = np.minimum(sent_end[k], es + context)
    _, pos = span_positions(w0, w1)
    words = tokens.gather(pos).to_list()  # one gather for all windows
    bounds = np.concatenate([[0], np.cumsum(w1 - w0)]).tolist()
    out = []
    for i in range(len(ss)):
        win = words[bounds[i] : bounds[i + 1]]
        a, b = int(ss[i] - w0[i]), int(es[i] - w0[i])
        text = " ".join([*win[:a], MARK_OPEN + " ".join(win[a:b]) + MARK_CLOSE, *win[b:]])
        out.append(
            ("… " if w0[i] > sent_first[k[i]] else "")
            + text
            + (" …" if w1[i] < sent_end[k[i]] else "")
        )
    return out


def _group(
    rows: pl.DataFrame,
    tokens: pl.Series,
    starts_mask: np.ndarray,
    n_examples: int,
    top: int | None,
    context: int,
) -> pl.DataFrame:
    """Group error rows by surface, types and kind; most frequent first; examples as text."""
    if rows.height == 0:
        return pl.DataFrame(schema=SCHEMA)
    grouped = (
        rows.group_by(GROUP_KEYS)
        .agg(
            pl.len().alias("count"),
            pl.col("start").head(n_examples),
            pl.col("end").head(n_examples),
        )
        .sort(["count", *GROUP_KEYS], descending=[True, False, False, False, False])
    )
    if top is not None:
        grouped = grouped.head(top)
    lengths = grouped["start"].list.len().to_numpy()
    ss = grouped["start"].explode().to_numpy()
    es = grouped["end"].explode().to_numpy()
    flat = _examples(tokens, starts_mask, ss, es, context)
    cuts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64).tolist()
    examples = [flat[cuts[i] : cuts[i + 1]] for i in range(len(lengths))]
    grouped = grouped.drop("start", "end").with_columns(
        pl.Series("examples", examples, dtype=pl.List(pl.Utf8))
    )
    return grouped.select(list(SCHEMA))


def _compare(
    a: Spans, b: Spans, n: int, names: np.ndarray, unpaired: np.ndarray, unpaired_type: np.ndarray
):
    """Match each ``a`` span to the ``b`` span sharing most tokens.

    Returns
    -------
    exact : bool per ``a`` span (same boundaries and type)
    kind : ``wrong type`` / ``boundary`` / ``unpaired[i]`` (no overlapping ``b`` span)
    other : type of the matched ``b`` span, or ``unpaired_type[i]``
    """
    best = best_overlap(a[0], a[1], b[0], b[1], n)
    paired = best >= 0
    if not len(b[0]):
        none = np.zeros(len(a[0]), dtype=bool)
        return (
            none,
            np.broadcast_to(unpaired, none.shape),
            np.broadcast_to(unpaired_type, none.shape),
        )
    j = np.where(paired, best, 0)
    same_bounds = paired & (b[0][j] == a[0]) & (b[1][j] == a[1])
    exact = same_bounds & (b[2][j] == a[2])
    kind = np.where(same_bounds, "wrong type", np.where(paired, "boundary", unpaired))
    return exact, kind, np.where(paired, names[b[2][j]], unpaired_type)


def _rows(
    tokens: pl.Series, spans: Spans, keep: np.ndarray, predicted, gold, error
) -> pl.DataFrame:
    s, e = spans[0][keep], spans[1][keep]
    cols = {
        "surface": _surfaces(tokens, s, e),
        "predicted": np.asarray(predicted)[keep].tolist(),
        "gold": np.asarray(gold)[keep].tolist(),
        "error": np.asarray(error)[keep].tolist(),
        "start": s,
        "end": e,
    }
    return pl.DataFrame(cols, schema_overrides=TEXT)


def lf_errors(
    table: pl.DataFrame,
    votes: np.ndarray,
    tagset: TagSet,
    *,
    labels: Sequence[str] | None = None,
    n_examples: int = 3,
    top: int | None = None,
    context: int = 12,
) -> LfErrors:
    """False positives and misses of one LF, grouped by surface string, predicted and gold type.

    Parameters
    ----------
    table : polars.DataFrame
        Token table with ``token`` and ``gold`` (and ``sent_id``/``doc_id`` for sentence bounds).
    votes : ndarray (n_tokens,)
        One column of the label matrix (``-1`` = abstain).
    labels : entity types, optional
        The LF's own types, whose gold spans count as misses; default: the types it voted.
    n_examples, top, context
        Examples kept per group, groups kept (most frequent first; ``None`` = all), and tokens of
        context either side of the marked span (``[[...]]``) in each example.
    """
    votes = np.asarray(votes)
    if votes.ndim != 1 or len(votes) != table.height:
        raise WslError(
            f"the LF column has shape {votes.shape} but the table has {table.height} tokens"
        )
    gold_ids = gold_ids_from_table(table, tagset).astype(np.int64)
    starts_mask = table_sentence_starts(table)
    names = np.asarray(tagset.types)
    lf = spans_from_ids(votes, starts_mask)
    gold = spans_from_ids(gold_ids, starts_mask)
    if labels is not None and not set(labels) <= {*names, "O"}:
        raise WslError(
            f"unknown LF labels {sorted(set(labels) - {*names, 'O'})}; types are {', '.join(names)}"
        )
    own = np.isin(np.arange(len(names)), lf[2]) if labels is None else np.isin(names, list(labels))
    n, tokens = table.height, table["token"]
    exact, kind, gold_type = _compare(lf, gold, n, names, np.array("spurious"), np.array("O"))
    fp_rows = _rows(tokens, lf, ~exact, names[lf[2]], gold_type, kind)
    own_gold = tuple(x[own[gold[2]]] for x in gold)
    g_idx, g_pos = span_positions(own_gold[0], own_gold[1])
    voted_o = np.bincount(g_idx, weights=votes[g_pos] == 0, minlength=len(own_gold[0])) > 0
    unpaired = np.where(voted_o, "voted O", "abstained")
    exact, kind, pred_type = _compare(own_gold, lf, n, names, unpaired, np.where(voted_o, "O", "-"))
    miss_rows = _rows(tokens, own_gold, ~exact, pred_type, names[own_gold[2]], kind)
    return LfErrors(
        _group(fp_rows, tokens, starts_mask, n_examples, top, context),
        _group(miss_rows, tokens, starts_mask, n_examples, top, context),
    )


def _marked(example: str) -> Text:
    """An example string with its ``[[span]]`` highlighted."""
    text = Text()
    head, _, rest = example.partition(MARK_OPEN)
    span, _, tail = rest.partition(MARK_CLOSE)
    text.append(head)
    text.append(span, style="bold reverse")
    text.append(tail)
    return text


def _table(frame: pl.DataFrame, title: str, limit: int, n_examples: int) -> Table:
    table = Table(title=title, title_justify="left", show_lines=n_examples > 1)
    table.add_column("count", justify="right")
    for col in ("surface", "predicted", "gold", "error"):
        table.add_column(col)
    table.add_column("examples", ratio=1)
    for row in frame.head(limit).iter_rows(named=True):
        examples = Text("\n").join(_marked(e) for e in row["examples"][:n_examples])
        table.add_row(
            f"×{row['count']}",
            row["surface"],
            row["predicted"],
            row["gold"],
            row["error"],
            examples,
        )
    if frame.height > limit:
        table.caption = f"{frame.height - limit} more groups not shown"
    return table


def render_lf_errors(errors: LfErrors, lf_name: str, limit: int = 20, n_examples: int = 1) -> Group:
    """A rich renderable: two tables (false positives, misses), ``limit`` groups each.

    Each row reads e.g. ``×40 | Java | Language | Application | wrong type | ... [[Java]] ...``.
    """
    fp, miss = errors
    return Group(
        _table(
            fp,
            f"False positives of {lf_name}: {int(fp['count'].sum())} spans in {fp.height} groups",
            limit,
            n_examples,
        ),
        _table(
            miss,
            f"Misses of {lf_name}: {int(miss['count'].sum())} gold spans in {miss.height} groups",
            limit,
            n_examples,
        ),
    )
