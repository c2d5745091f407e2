"""Mine gazetteers from a labelled corpus (the user's gold or silver labels).

For every surface string labelled as an entity, keep its type distribution, how often it
is labelled (``count``), how often the same token sequence occurs at all (``occurrences``,
labelled or not) and the label rate ``count / occurrences``. Entries that pass
``min_count`` and ``min_rate`` are written as gazetteer files split into label-rate bands,
one LF per band, so a label model can learn to trust the high-rate band more than the low
one. Beside them go, optionally, a learned tagger LF (:mod:`wsl.lfs.tagger`) trained on
the same labels, which finds strings the bands cannot (ones never seen labelled), and a
blocker list of strings seen often but rarely labelled (:mod:`wsl.lfs.blocker`). File names
carry a rank (``mined.1-rate80``, ``mined.2-tagger``, ``mined.3-rate50``, ...) so that a
folder loads in order of expected precision, the order the ``priority`` model trusts.
Occurrences are counted with the same composable token hashes the gazetteer LF matches
with (:mod:`wsl.core.strhash`), so "occurs" means "the LF would fire here".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

from wsl.core.bio import spans_from_ids
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.strhash import phrase_keys, token_hashes, window_hashes
from wsl.core.textio import atomic_write
from wsl.lfs.base import LabelingFunction
from wsl.lfs.blocker import BlockerLF
from wsl.lfs.gazetteer import BLOCK, GazetteerLF
from wsl.lfs.tagger import TaggerLF

BANDS: tuple[tuple[str, float], ...] = (
    ("rate80", 0.8),
    ("rate50", 0.5),
    ("rate20", 0.2),
    ("rate00", 0.0),
)
# File order = LF rank: the tagger (voting spans it is >= 80% sure of) after the rate-80 band,
# before the lower bands (measured on three corpora: WikiSER dev, NCBI-Disease, LaptopReview).
RANKS: tuple[str, ...] = ("rate80", "tagger", "rate50", "rate20", "rate00", "blockers")
TAGGER_THRESHOLD = 0.8


def mined_file(part: str) -> str:
    """The file name of a band (``rate80``, ...), the tagger (``tagger``) or the blockers."""
    rank = RANKS.index(part) + 1
    if part == "tagger":
        return f"mined.{rank}-tagger.npz"
    return (
        f"mined.{rank}-rare.blockers.cased.txt"
        if part == "blockers"
        else f"mined.{rank}-{part}.cased.txt"
    )


def _ngram_hashes(tokens: list[str], sent: np.ndarray, max_n: int) -> list[np.ndarray]:
    """Per n (1..max_n), the hash of every n-token window within a sentence (others = 0).

    The keys and windows of a case-sensitive gazetteer (:mod:`wsl.core.strhash`), so counts
    here are the matches a mined ``.cased.txt`` list will have (but for a multi-word entry's
    words written as one, ``VisualBasic``, which the list matches too).
    """
    th, tp, ch, cp = token_hashes(phrase_keys(tokens))
    out = []
    for _, acc, same in window_hashes(th, tp, sent, max_n, (ch, cp)):
        out.append(np.where(same, acc, np.uint64(0)))
    return out


def mine_gazetteer(corpus: Corpus, column: str = "gold", max_tokens: int = 8) -> pl.DataFrame:
    """Labelled surface strings with counts, occurrences, label rate and majority type.

    Returns
    -------
    polars.DataFrame
        ``entry, type, count, type_count, occurrences, rate, types`` sorted by entry, where
        ``type`` is the most frequent label of the entry, ``type_count`` its count, ``count``
        all labelled occurrences, ``rate = count / occurrences`` and ``types`` the whole type
        distribution as ``Type:count`` pairs.
    """
    if column not in corpus.table.columns:
        raise WslError(f"corpus has no {column!r} column to mine", corpus.source)
    tagset = corpus.tagset
    ids = tagset.encode(corpus.table[column].to_list())
    a, b, t = spans_from_ids(ids, corpus.sent_starts())
    keep = (b - a) <= max_tokens
    a, b, t = a[keep], b[keep], t[keep]
    tokens = corpus.table["token"].to_list()
    sent = corpus.sent_ids().astype(np.int64)
    grams = _ngram_hashes(tokens, sent, max_tokens)
    span_hash = np.array(
        [grams[k - 1][s] for s, k in zip(a.tolist(), (b - a).tolist())], dtype=np.uint64
    )
    occ = np.zeros(len(a), dtype=np.int64)
    for k in range(1, len(grams) + 1):
        sel = (b - a) == k
        if not sel.any():
            continue
        uniq, counts = np.unique(grams[k - 1], return_counts=True)
        pos = np.clip(np.searchsorted(uniq, span_hash[sel]), 0, len(uniq) - 1)
        occ[sel] = np.where(uniq[pos] == span_hash[sel], counts[pos], 0)
    surface = [" ".join(tokens[s:e]) for s, e in zip(a.tolist(), b.tolist())]
    df = pl.DataFrame({"entry": surface, "type": [tagset.types[i] for i in t], "occ": occ})
    by_type = df.group_by("entry", "type").agg(pl.len().alias("type_count"), pl.col("occ").first())
    return (
        by_type.sort(["entry", "type_count", "type"], descending=[False, True, False])
        .group_by("entry", maintain_order=True)
        .agg(
            pl.col("type").first(),
            pl.col("type_count").sum().alias("count"),
            pl.col("type_count").first(),
            pl.col("occ").max().alias("occurrences"),
            pl.format("{}:{}", "type", "type_count").str.join(" ").alias("types"),
        )
        .with_columns((pl.col("count") / pl.max_horizontal("occurrences", "count")).alias("rate"))
        .select("entry", "type", "count", "type_count", "occurrences", "rate", "types")
        .sort("entry")
    )


def mine_blockers(
    corpus: Corpus,
    max_rate: float = 0.1,
    min_occurrences: int = 2,
    max_tokens: int = 3,
    column: str = "gold",
) -> list[str]:
    """Strings of up to ``max_tokens`` tokens seen at least ``min_occurrences`` times but
    labelled (as an entity of any type, exactly there) less than ``max_rate`` of the time.

    These are what the labelled data says generic LFs should not vote: written as a blocker
    list (:mod:`wsl.lfs.blocker`), they take exactly these strings from lower-ranked LFs.
    Only strings holding a letter are kept; sorted. The defaults were measured on the dev
    corpus's K-fold (0.1 beat 0.2 and 0.3 on new documents; 2 and 3 occurrences tie).
    """
    if column not in corpus.table.columns:
        raise WslError(f"corpus has no {column!r} column to mine", corpus.source)
    tokens = corpus.table["token"].to_list()
    if not tokens:
        return []
    ids = corpus.tagset.encode(corpus.table[column].to_list())
    a, b, _ = spans_from_ids(ids, corpus.sent_starts())
    grams = _ngram_hashes(tokens, corpus.sent_ids().astype(np.int64), max_tokens)
    out: list[str] = []
    for k, h in enumerate(grams, start=1):
        valid = np.flatnonzero(h != 0) if k > 1 else np.arange(len(h))
        uniq, first, occ = np.unique(h[valid], return_index=True, return_counts=True)
        lab = a[(b - a) == k]
        labelled = np.zeros(len(uniq), dtype=np.int64)
        if len(lab):
            pos = np.clip(np.searchsorted(uniq, h[lab]), 0, len(uniq) - 1)
            hit = uniq[pos] == h[lab]
            np.add.at(labelled, pos[hit], 1)
        keep = (occ >= min_occurrences) & (labelled < max_rate * occ)
        for start in valid[first[keep]].tolist():
            text = " ".join(tokens[start : start + k])
            if any(ch.isalpha() for ch in text) and storable(text):
                out.append(text)
    return sorted(set(out))


def mine_extras(
    corpus: Corpus, tagger: bool = True, blockers: bool = True, seed: int = 0
) -> tuple[TaggerLF | None, list[str] | None]:
    """What ``wsl gazetteer mine`` writes beside the bands: the tagger LF and the blocker list.

    The tagger is trained only when the corpus holds entity labels (else there is nothing
    to learn); either part is ``None`` when not asked for.
    """
    from wsl.pipeline.tagger_train import train_tagger

    has_labels = bool((corpus.gold_ids() > 0).any()) if corpus.has_gold else False
    learned = (
        train_tagger(corpus, threshold=TAGGER_THRESHOLD, seed=seed)
        if tagger and has_labels
        else None
    )
    return learned, (mine_blockers(corpus) if blockers else None)


def filter_mined(mined: pl.DataFrame, min_count: int = 1, min_rate: float = 0.2) -> pl.DataFrame:
    """Entries labelled at least ``min_count`` times with label rate ≥ ``min_rate``."""
    return mined.filter((pl.col("count") >= min_count) & (pl.col("rate") >= min_rate))


def storable(entry: str) -> bool:
    """Can a gazetteer file hold ``entry`` as is (no edge spaces, tab, newline, leading ``#``)?"""
    return (
        bool(entry)
        and entry == entry.strip()
        and not entry.startswith("#")
        and "\t" not in entry
        and "\n" not in entry
    )


def band_entries(mined: pl.DataFrame) -> list[tuple[str, dict[str, str]]]:
    """``(band, entries)`` of every non-empty label-rate band, highest band first.

    A band's entries map its strings to their type, then every other band's strings to
    ``-`` (blockers), so the band LF votes exactly the matches one longest-match gazetteer
    over all entries would find, restricted to the band. Strings a gazetteer file cannot
    hold are left out, so the in-memory LFs and the written files agree.
    """
    mined = mined.filter(pl.col("entry").map_elements(storable, return_dtype=pl.Boolean))
    out = []
    upper = 1.0
    for band, low in BANDS:
        below = pl.col("rate") < upper if upper < 1.0 else pl.lit(True)
        part = mined.filter((pl.col("rate") >= low) & below).sort("entry")
        upper = low
        if part.height == 0:
            continue
        others = mined.join(part.select("entry"), on="entry", how="anti").sort("entry")
        entries = dict(part.select("entry", "type").iter_rows())
        entries.update((e, BLOCK) for (e,) in others.select("entry").iter_rows())
        out.append((band, entries))
    return out


def mined_lfs(
    mined: pl.DataFrame, tagger: TaggerLF | None = None, blockers: list[str] | None = None
) -> list[LabelingFunction]:
    """The LFs :func:`write_mined` files load as, built in memory, in the same rank order."""
    lfs: list[tuple[str, LabelingFunction]] = []
    for band, entries in band_entries(mined):
        name = mined_file(band)
        lfs.append(
            (
                name,
                GazetteerLF(
                    _lf_name("gaz", name),
                    entries,
                    case_sensitive=True,
                    description=f"mined band {band}",
                ),
            )
        )
    if tagger is not None:
        name = mined_file("tagger")
        tagger.name = _lf_name("tagger", name)
        lfs.append((name, tagger))
    if blockers:
        name = mined_file("blockers")
        lfs.append(
            (
                name,
                BlockerLF(
                    _lf_name("block", name),
                    blockers,
                    case_sensitive=True,
                    description="mined blocker list",
                ),
            )
        )
    for _, lf in lfs:
        lf.ranked = True
    return [lf for _, lf in sorted(lfs, key=lambda x: x[0])]


def _lf_name(prefix: str, file_name: str) -> str:
    """The name the LF loader gives a file: ``<prefix>_<stem with dots as underscores>``."""
    return f"{prefix}_{Path(file_name).stem.replace('.', '_')}"


def write_mined(
    mined: pl.DataFrame,
    out: str | Path,
    source: str = "",
    tagger: TaggerLF | None = None,
    blockers: list[str] | None = None,
    corpus_key: str = "",
) -> list[Path]:
    """Write mined entries as case-sensitive gazetteer files, one per label-rate band.

    Files are ``mined.<rank>-<band>.cased.txt`` with ``entry<TAB>Type`` lines (the band's
    entries, then the other bands' as blockers: see :func:`band_entries`) and
    ``mined_stats.tsv`` with every column of ``mined``; with ``tagger``, its model
    ``mined.2-tagger.npz``; with ``blockers``, the blocker list
    ``mined.6-rare.blockers.cased.txt`` (ranked after every mined LF, so it only takes strings
    from the LFs that follow, such as the shipped ones). Earlier ``mined.*`` LF files in
    ``out`` are removed. ``corpus_key`` (the labelled corpus's
    :func:`~wsl.core.sentences.fingerprint`) goes in each list's ``# corpus:`` header and the
    tagger's model, so that a run given the same corpus as its gold sample can tell (see
    :func:`~wsl.pipeline.gold_check.mined_from`). Returns the LF files in rank order (the
    order a folder of them loads in, and the order of :func:`mined_lfs`).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    corpus_line = f"# corpus: {corpus_key}\n" if corpus_key else ""
    paths = []
    if tagger is not None:
        p = out / mined_file("tagger")
        tagger.corpus_key = corpus_key
        with atomic_write(p, "wb") as fh:
            tagger.save(fh)
        paths.append(p)
    if blockers:
        p = out / mined_file("blockers")
        with atomic_write(p) as fh:
            fh.write(
                f"# source: mined by `wsl gazetteer mine` from {source or 'a labelled corpus'}\n"
                + corpus_line
                + "# strings seen at least twice and rarely labelled: blocked for lower-ranked"
                " LFs\n# licence: derived from the user's own labelled data\n# type: O\n"
                + "".join(f"{e}\n" for e in blockers)
            )
        paths.append(p)
    lows = dict(BANDS)
    uppers = dict(zip([b for b, _ in BANDS], [1.0] + [low for _, low in BANDS[:-1]]))
    for band, entries in band_entries(mined):
        header = (
            f"# source: mined by `wsl gazetteer mine` from {source or 'a labelled corpus'}\n"
            + corpus_line
            + f"# label rate: {lows[band]:.2f} to {uppers[band]:.2f}\n"
            "# licence: derived from the user's own labelled data\n"
        )
        p = out / mined_file(band)
        with atomic_write(p) as fh:
            fh.write(header + "".join(f"{e}\t{t}\n" for e, t in entries.items()))
        paths.append(p)
    with atomic_write(out / "mined_stats.tsv") as fh:
        fh.write(mined.write_csv(separator="\t"))
    for old in [*out.glob("mined.*.cased.txt"), *out.glob("mined.*.npz")]:
        if old not in paths:  # an earlier run's band or tagger would vote beside the new ones
            old.unlink()
    return sorted(paths, key=lambda q: q.name)
