"""Parquet inputs: a ``text`` column (one document per row) or a ``tokens`` column (one
sentence per row, optional gold ``tags``), read in row batches so that a file of any size
is labelled in bounded memory.

Rows are checked as JSONL lines are (:mod:`wsl.pipeline.records`); errors name the file and
the row (counted from 0, as parquet tools show them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.records import OneKind, Record, record_of, records_corpus

MAGIC = b"PAR1"
BATCH_ROWS = 1024


def is_parquet(path: str | Path) -> bool:
    """A ``.parquet`` name, or a file that starts with parquet's magic bytes."""
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        return True
    try:
        with open(p, "rb") as fh:
            return fh.read(4) == MAGIC
    except OSError:
        return False


def read_parquet_input(path: str | Path, tagset: TagSet | None = TagSet()) -> Corpus:
    """The whole parquet input as one corpus."""
    records = list(_records(str(path), tagset))
    if not records:
        raise WslError("no rows found", str(path))
    return records_corpus(records, str(path), tagset)


def iter_parquet(path: str | Path, tagset: TagSet, piece_tokens: int = 200_000) -> Iterator[Corpus]:
    """The parquet input as corpora of whole rows, about ``piece_tokens`` tokens each (a
    text row counts one token per 6 characters until tokenised)."""
    piece: list[Record] = []
    size = 0
    for rec in _records(str(path), tagset):
        piece.append(rec)
        size += len(rec.tokens) if rec.tokens is not None else len(rec.text) // 6 + 1
        if size >= piece_tokens:
            yield records_corpus(piece, str(path), tagset)
            piece, size = [], 0
    if piece:
        yield records_corpus(piece, str(path), tagset)


def _records(path: str, tagset: TagSet | None) -> Iterator[Record]:
    """Each row's record, batch by batch."""
    import pyarrow.parquet as pq  # only where parquet is read: it costs start-up time

    try:
        pf = pq.ParquetFile(path)
    except FileNotFoundError:
        raise WslError("no such file", path) from None
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError)
        raise WslError(f"not a readable parquet file ({exc})", path) from None
    names = pf.schema_arrow.names
    if "text" in names:
        columns = ["text"]
    elif "tokens" in names:
        columns = ["tokens"] + [c for c in ("tags", "spans") if c in names]
    else:
        raise WslError(
            f'expected a "text" or a "tokens" column; found {", ".join(names) or "none"}', path
        )
    known = set(tagset.tags) if tagset is not None else None
    check = OneKind("rows")
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            for obj in batch.to_pylist():

                def err(message: str, row: int = row) -> WslError:
                    return WslError(f"row {row}: {message}", path)

                if all(obj.get(c) is None for c in columns[:1]):
                    raise err(f'"{columns[0]}" is null')
                yield check(record_of(obj, known, err), err)
                row += 1
    except OSError as exc:  # a truncated or damaged file shows while reading its row groups
        raise WslError(f"cannot read row {row}: {exc}", path) from None
    if row == 0:
        raise WslError("no rows found", path)
