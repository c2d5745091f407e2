"""Read a WRENCH sequence-tagging split (``train.json`` etc. beside ``meta.json``).

The file maps item ids to ``{"data": {"text": [tokens]}, "label": [gold BIO tags],
"weak_labels": [[one tag per LF of meta "lf"] per token]}``. Each item becomes one sentence.
By default only the LFs WRENCH itself uses (meta ``lf_rec``) become label-matrix columns.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Sequence

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus, sentences_of
from wsl.core.errors import WslError
from wsl.core.tags import TagSet

log = logging.getLogger(__name__)


@dataclass
class WrenchData:
    """One WRENCH split.

    Attributes
    ----------
    tokens : pl.DataFrame
        ``doc_id, sent_id, tok_id, token, start, end, gold``; ``doc_id = sent_id`` = item index
        in file order, ``start/end`` = character offsets in the item's tokens joined by single
        spaces, ``gold`` = gold tag string.
    L : ndarray int16 (n_tokens, n_lfs)
        LF votes as tag ids of ``tagset`` (WRENCH files have no abstains: an LF votes O).
    lf_names : list of str
    tagset : TagSet
        From meta ``entity_types``.
    ids : list of str
        The item ids, in file order.
    """

    tokens: pl.DataFrame
    L: np.ndarray
    lf_names: list[str]
    tagset: TagSet
    ids: list[str]

    @property
    def sent_ids(self) -> np.ndarray:
        return self.tokens["sent_id"].to_numpy()

    @property
    def gold_ids(self) -> np.ndarray:
        """Gold tags as tag ids (int16)."""
        return self.tagset.encode(self.tokens["gold"].to_list())


def _load_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError as exc:
        raise WslError("file not found", path=str(path)) from exc
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise WslError(f"cannot read JSON: {exc}", path=str(path)) from exc


def _pick_lfs(
    meta: dict, meta_path: Path, lf_names: Sequence[str] | None, all_lfs: bool
) -> tuple[list[str], list[int]]:
    every = meta.get("lf")
    if not isinstance(every, list):
        raise WslError('meta.json has no "lf" list', path=str(meta_path))
    wanted = (
        list(every)
        if all_lfs
        else list(lf_names if lf_names is not None else meta.get("lf_rec", every))
    )
    missing = [n for n in wanted if n not in every]
    if missing:
        raise WslError(f"unknown LF name(s) {', '.join(missing)}", path=str(meta_path))
    return wanted, [every.index(n) for n in wanted]


def _check_items(items: list, ids: list[str], n_lf: int, path: Path) -> np.ndarray:
    """Token count per item; raises on a malformed item or a length mismatch."""
    lengths = np.empty(len(items), dtype=np.int64)
    for k, (item_id, it) in enumerate(zip(ids, items)):
        try:
            toks, gold, weak = it["data"]["text"], it["label"], it["weak_labels"]
        except (KeyError, TypeError) as exc:
            raise WslError(f"item {item_id}: missing field {exc}", path=str(path)) from exc
        if len(gold) != len(toks) or len(weak) != len(toks):
            raise WslError(
                f"item {item_id}: {len(toks)} tokens, {len(gold)} labels, {len(weak)} weak-label "
                "rows",
                path=str(path),
            )
        if any(len(row) != n_lf for row in weak):
            raise WslError(
                f"item {item_id}: a weak-label row does not have {n_lf} votes (meta.json lf)",
                path=str(path),
            )
        lengths[k] = len(toks)
    return lengths


def _encode(
    values: list[str],
    index: dict[str, int],
    what: str,
    items_of: np.ndarray,
    ids: list[str],
    path: Path,
) -> np.ndarray:
    try:
        return np.fromiter(map(index.__getitem__, values), dtype=np.int16, count=len(values))
    except KeyError as exc:
        bad = next(k for k, v in enumerate(values) if v not in index)
        raise WslError(
            f"item {ids[items_of[bad]]}: {what} {exc.args[0]!r} is not in the tag set",
            path=str(path),
        ) from exc


def read_wrench(
    path: str | Path, lf_names: Sequence[str] | None = None, all_lfs: bool = False
) -> WrenchData:
    """Read one WRENCH split file; ``meta.json`` is read from the same directory.

    Parameters
    ----------
    path : path of ``train.json`` / ``valid.json`` / ``test.json``
    lf_names : LFs to keep, in this order (default: meta ``lf_rec``, as WRENCH does)
    all_lfs : keep every LF of meta ``lf`` (overrides ``lf_names``)
    """
    path = Path(path)
    meta_path = path.parent / "meta.json"
    if not meta_path.exists():
        raise WslError("no meta.json beside the WRENCH file", path=str(path))
    meta = _load_json(meta_path)
    try:
        tagset = TagSet(tuple(meta["entity_types"]))
    except KeyError as exc:
        raise WslError('meta.json has no "entity_types"', path=str(meta_path)) from exc
    names, cols = _pick_lfs(meta, meta_path, lf_names, all_lfs)
    n_lf = len(meta["lf"])
    data = _load_json(path)
    if not isinstance(data, dict):
        raise WslError("expected a JSON object of items", path=str(path))
    ids = list(data)
    items = list(data.values())
    lengths = _check_items(items, ids, n_lf, path)
    item_of_tok = np.repeat(np.arange(len(items)), lengths)
    index = {t: i for i, t in enumerate(tagset.tags)}
    gold_strs = list(chain.from_iterable(it["label"] for it in items))
    _encode(gold_strs, index, "gold tag", item_of_tok, ids, path)
    votes = list(chain.from_iterable(chain.from_iterable(it["weak_labels"] for it in items)))
    L_all = _encode(votes, index, "vote", np.repeat(item_of_tok, n_lf), ids, path).reshape(-1, n_lf)
    L = np.ascontiguousarray(L_all[:, cols])
    tokens = list(chain.from_iterable(it["data"]["text"] for it in items))
    tok_len = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    first = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    tok_id = np.arange(len(tokens)) - np.repeat(first, lengths)
    cum = np.cumsum(tok_len + 1) - (tok_len + 1)  # global offsets as if all joined by spaces
    start = cum - np.repeat(np.concatenate([cum, [0]])[first], lengths)
    table = pl.DataFrame(
        {
            "doc_id": item_of_tok,
            "sent_id": item_of_tok,
            "tok_id": tok_id,
            "token": pl.Series(tokens, dtype=pl.Utf8),
            "start": start,
            "end": start + tok_len,
            "gold": pl.Series(gold_strs, dtype=pl.Utf8),
        }
    )
    log.info("read %s: %d items, %d tokens, %d LFs", path, len(items), len(tokens), len(names))
    return WrenchData(tokens=table, L=L, lf_names=names, tagset=tagset, ids=ids)


def wrench_corpus(data: WrenchData, source: str = "") -> Corpus:
    """The WRENCH split as a :class:`~wsl.core.corpus.Corpus` (one document per item)."""

    texts = [" ".join(s) for s in sentences_of(data.tokens, "token")]
    return Corpus(table=data.tokens, tagset=data.tagset, texts=texts, source=source)
