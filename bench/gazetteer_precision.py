"""Every shipped entry's precision as an LF on a labelled corpus, and every rule's.

Run from the project root::

    python bench/gazetteer_precision.py [--gold FILE] [--worst 60] [--min-count 3]
                                        [--tsv out.tsv] [--rules]
    python bench/gazetteer_precision.py --candidates new.txt:Device[:terms] [--drop-out d.txt]

For each shipped gazetteer list, the matches of each entry (as that list matches, alone) on
the gold corpus: how often the entry occurs (``n``), how often exactly that span is gold-
labelled with the list's type (``tp``), and the most frequent gold type on the span.
``p = tp / n`` is the entry's precision as an LF. The script prints the entries that cost
most (false positives among entries with ``p`` below the threshold) and a threshold sweep:
the span P/R/F1 of the longest match across all lists after dropping every entry of at
least ``--min-count`` occurrences below each threshold. Dropping helps F1 only where an
entry's precision is under about half the current F1.

The measurement only filters: it never adds entries, and it writes no list. Generic words it
flags are removed from the curated sources by hand (``gazetteers/curated/*.py``) or from a
generated list by ``build.py``'s hand-written skip lists. ``--rules`` prints the span precision
of every shipped non-gazetteer LF the same way. ``--candidates FILE:TYPE`` measures a list
that is not shipped yet (one entry per line, ``#`` comments; matched case-sensitively, or as the
curated term lists match with ``:terms``): how many of its entries match, how often they are
right, the entries the filter drops, and the kept entries' precision -- how each round of
``gazetteers/SOURCES.md`` was filtered; ``--drop-out`` writes the dropped entries (a scratch
file, measured on the gold: not for committing). Skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "wikiser-small-dev.conll"


def gold_table(corpus) -> pl.DataFrame:
    """Gold spans as global token positions: ``start, end, gold``."""
    from wsl.core.bio import spans_from_ids

    a, b, t = spans_from_ids(corpus.gold_ids(), corpus.sent_starts())
    types = corpus.tagset.types
    return pl.DataFrame(
        {
            "start": a.astype(np.int64),
            "end": b.astype(np.int64),
            "gold": [types[i] for i in t.tolist()],
        }
    )


def lf_spans(lf, sents) -> pl.DataFrame:
    """One row per span ``lf`` votes: ``start, end, label, text`` (tokens joined by spaces)."""
    v = lf.spans(sents)
    toks = sents.tokens
    text = [" ".join(toks[s:e]) for s, e in zip(v.start.tolist(), v.end.tolist())]
    return pl.DataFrame(
        {
            "start": v.start.astype(np.int64),
            "end": v.end.astype(np.int64),
            "label": [lf.labels[i] for i in v.label.tolist()],
            "text": text,
        },
        schema={"start": pl.Int64, "end": pl.Int64, "label": pl.String, "text": pl.String},
    )


def score_spans_table(spans: pl.DataFrame, gold: pl.DataFrame) -> pl.DataFrame:
    """``spans`` with ``gold`` (the gold type on exactly that span, or null) and ``tp``."""
    out = spans.join(gold, on=["start", "end"], how="left")
    return out.with_columns((pl.col("gold") == pl.col("label")).fill_null(False).alias("tp"))


def entry_stats(spans: pl.DataFrame, case_sensitive: bool = False) -> pl.DataFrame:
    """Per matched string and type: ``n``, ``tp``, ``p`` and the most frequent gold type."""
    key = pl.col("text") if case_sensitive else pl.col("text").str.to_lowercase()
    return (
        spans.with_columns(key.alias("entry"), pl.col("gold").fill_null("O"))
        .group_by("entry", "label")
        .agg(
            pl.len().alias("n"),
            pl.col("tp").sum().alias("tp"),
            pl.col("gold").mode().sort().first().alias("gold_mode"),
        )
        .with_columns((pl.col("tp") / pl.col("n")).alias("p"))
    )


def all_entry_stats(sents, gold: pl.DataFrame) -> pl.DataFrame:
    """Entry stats of every shipped list, one row per (list, matched string)."""
    from wsl.lfs.shipped_gazetteers import SHIPPED_GAZETTEER_LFS

    frames = []
    for lf in SHIPPED_GAZETTEER_LFS:
        st = entry_stats(score_spans_table(lf_spans(lf, sents), gold), lf.case_sensitive)
        frames.append(st.with_columns(pl.lit(lf.paths[0].name).alias("list")))
    return pl.concat(frames).sort("list", "entry")


def sweep(
    longest: pl.DataFrame, n_gold: int, min_count: int, thresholds: tuple[float, ...]
) -> pl.DataFrame:
    """P/R/F1 of the longest-match spans after dropping entries below each threshold."""
    rows = []
    for t in thresholds:
        drop = (pl.col("n") >= min_count) & (pl.col("p") < t)
        kept = longest.filter(~drop)
        tp, pred = int(kept["tp"].sum()), int(kept["n"].sum())
        p, r = tp / max(pred, 1), tp / max(n_gold, 1)
        rows.append(
            {
                "threshold": t,
                "dropped": longest.filter(drop).height,
                "P": p,
                "R": r,
                "F1": 2 * p * r / max(p + r, 1e-9),
            }
        )
    return pl.DataFrame(rows)


def rule_stats(sents, gold: pl.DataFrame) -> pl.DataFrame:
    """Span precision of every shipped LF that is not a gazetteer (O-voting LFs skipped)."""
    from wsl.lfs.gazetteer import GazetteerLF
    from wsl.lfs.registry import shipped_lfs

    rows = []
    for lf in shipped_lfs():
        if isinstance(lf, GazetteerLF) or lf.labels == ("O",) or lf.name == "gaz_longest_match":
            continue
        sc = score_spans_table(lf_spans(lf, sents), gold)
        n, tp = sc.height, int(sc["tp"].sum())
        rows.append({"lf": lf.name, "n": n, "tp": tp, "p": tp / max(n, 1)})
    return pl.DataFrame(rows).sort("p")


def read_candidates(path: Path) -> list[str]:
    """Entries of a candidate list: one per line, blank lines and ``#`` comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#")]


def candidate_stats(
    sents, gold: pl.DataFrame, entries: list[str], label: str, terms: bool = False
) -> pl.DataFrame:
    """Entry stats of a list that is not shipped, matched as a shipped list of its kind."""
    from wsl.lfs.gazetteer import GazetteerLF

    opts = {"normalize": True, "plural": True} if terms else {"case_sensitive": True}
    lf = GazetteerLF("candidates", entries, label=label, **opts)
    return entry_stats(score_spans_table(lf_spans(lf, sents), gold), case_sensitive=not terms)


def filter_summary(stats: pl.DataFrame, min_count: int, threshold: float) -> dict:
    """What the filter drops (``n >= min_count`` and ``p < threshold``) and keeps."""
    drop = (pl.col("n") >= min_count) & (pl.col("p") < threshold)
    dropped, kept = stats.filter(drop), stats.filter(~drop)
    n, tp = int(kept["n"].sum()), int(kept["tp"].sum())
    return {
        "matched": stats.height,
        "dropped": dropped.sort("n", descending=True),
        "kept_n": n,
        "kept_tp": tp,
        "kept_p": tp / n if n else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEV)
    ap.add_argument("--worst", type=int, default=60)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--threshold", type=float, default=0.2)
    ap.add_argument("--tsv", type=Path, help="write every entry's figures (not for committing)")
    ap.add_argument("--rules", action="store_true", help="also the span precision of rule LFs")
    ap.add_argument(
        "--candidates",
        action="append",
        default=[],
        metavar="FILE:TYPE[:terms]",
        help="measure a list that is not shipped (repeatable)",
    )
    ap.add_argument("--drop-out", type=Path, help="with --candidates: write the dropped entries")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"skip: no corpus at {args.gold}")
        return 0
    from wsl.core.sentences import sentences_view
    from wsl.lfs.shipped_gazetteers import LONGEST_MATCH
    from wsl.pipeline.readers import read_corpus

    corpus = read_corpus(args.gold)
    sents = sentences_view(corpus)
    gold = gold_table(corpus)
    if args.candidates:
        return measure_candidates(args, sents, gold)
    stats = all_entry_stats(sents, gold)
    if args.tsv:
        stats.write_csv(args.tsv, separator="\t")
    pl.Config.set_tbl_rows(max(args.worst, 60) + 20)
    pl.Config.set_tbl_width_chars(140)
    pl.Config.set_fmt_str_lengths(40)
    worst = (
        stats.filter((pl.col("n") >= args.min_count) & (pl.col("p") < args.threshold))
        .with_columns((pl.col("n") - pl.col("tp")).alias("fp"))
        .sort("fp", descending=True)
    )
    print(
        f"## {worst.height} entries with n >= {args.min_count} and p < {args.threshold} "
        f"(of {stats.height} matched); the {args.worst} costliest"
    )
    print(worst.head(args.worst).select("list", "entry", "label", "n", "tp", "p", "gold_mode"))
    longest = entry_stats(score_spans_table(lf_spans(LONGEST_MATCH, sents), gold))
    print(
        f"\n## longest match across all lists, dropping entries with n >= {args.min_count} "
        "below a threshold"
    )
    print(sweep(longest, gold.height, args.min_count, (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)))
    if args.rules:
        print("\n## rule LFs: span precision")
        print(rule_stats(sents, gold))
    return 0


def measure_candidates(args, sents, gold: pl.DataFrame) -> int:
    """Print the filter's verdict on each ``--candidates`` list."""
    dropped_all: list[str] = []
    for spec in args.candidates:
        path, _, rest = spec.partition(":")
        label, _, mode = rest.partition(":")
        if not label or mode not in ("", "terms"):
            print(f"--candidates wants FILE:TYPE or FILE:TYPE:terms, not {spec!r}")
            return 2
        entries = read_candidates(Path(path))
        st = candidate_stats(sents, gold, entries, label, terms=mode == "terms")
        res = filter_summary(st, args.min_count, args.threshold)
        print(
            f"## {path} ({label}): {len(entries)} entries, {res['matched']} matched forms; "
            f"filter drops {res['dropped'].height}; kept matches {res['kept_n']}, right "
            f"{res['kept_tp']} (p {res['kept_p']:.2f})"
        )
        print(res["dropped"].head(args.worst).select("entry", "n", "tp", "p", "gold_mode"))
        dropped_all += res["dropped"]["entry"].to_list()
    if args.drop_out:
        args.drop_out.write_text("".join(f"{e}\n" for e in dropped_all), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
