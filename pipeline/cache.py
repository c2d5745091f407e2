"""On-disk cache of label-matrix columns, keyed by (corpus fingerprint, LF fingerprint).

Each entry is one file: a JSON header line (format, key, LF name, dtype, length, SHA-256 of
the payload) and the column's raw bytes. An entry is used only when every part of the header
verifies against the request and the payload; anything else -- an empty or truncated file,
another dtype, flipped bits -- is a miss: one warning, the file is removed and the column is
recomputed. The cache never decides a vote.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wsl.core.textio import atomic_path
from wsl.lfs.base import LabelingFunction

log = logging.getLogger(__name__)

FORMAT = "wsl-lf-column/2"
SUFFIX = ".col"
_DTYPES = ("int8", "int16")
_MAX_HEADER = 4096


def default_cache_dir() -> Path:
    """``$WSL_CACHE_DIR``, else ``~/.cache/wsl``."""
    env = os.environ.get("WSL_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "wsl"


class CorruptEntry(Exception):
    """A cache file that does not verify; the message says why."""


def encode_entry(key: str, name: str, col: np.ndarray) -> bytes:
    """The bytes of a cache entry: header line, then the column."""
    data = np.ascontiguousarray(col)  # a column of L is strided: copy once
    if str(data.dtype) not in _DTYPES or data.ndim != 1:
        raise ValueError(f"cannot cache a {data.dtype} array of shape {data.shape}")
    payload = data.tobytes()
    header = {
        "format": FORMAT,
        "key": key,
        "lf": name,
        "dtype": str(data.dtype),
        "n": int(data.shape[0]),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    return json.dumps(header, sort_keys=True).encode() + b"\n" + payload


def decode_entry(raw: bytes, key: str, n_tokens: int | None = None) -> np.ndarray:
    """The column in ``raw`` if it verifies for ``key`` (and ``n_tokens``), else CorruptEntry."""
    line_end = raw.find(b"\n", 0, _MAX_HEADER)
    if line_end < 0:
        raise CorruptEntry("no header" if raw else "empty file")
    try:
        header = json.loads(raw[:line_end])
    except ValueError:
        raise CorruptEntry("unreadable header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise CorruptEntry("not a wsl cache entry")
    if header.get("key") != key:
        raise CorruptEntry("written for another corpus or LF version")
    dtype, n = header.get("dtype"), header.get("n")
    if dtype not in _DTYPES or not isinstance(n, int) or n < 0:
        raise CorruptEntry(f"bad dtype/length {dtype!r}/{n!r}")
    if n_tokens is not None and n != n_tokens:
        raise CorruptEntry(f"{n} rows, the corpus has {n_tokens} tokens")
    payload = raw[line_end + 1 :]
    if len(payload) != n * np.dtype(dtype).itemsize:
        raise CorruptEntry(f"truncated ({len(payload)} bytes for {n} {dtype} values)")
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise CorruptEntry("checksum mismatch")
    return np.frombuffer(payload, dtype=dtype).copy()


@dataclass
class CacheInfo:
    """What ``wsl cache info`` shows."""

    root: Path
    corpora: int
    entries: int
    bytes: int


class ColumnCache:
    """Stores one verified file per (corpus, LF) pair under ``root``."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()

    def _path(self, corpus_fp: str, lf: LabelingFunction) -> Path:
        return self.root / corpus_fp / f"{lf.name}.{lf.fingerprint()}{SUFFIX}"

    @staticmethod
    def _key(corpus_fp: str, lf: LabelingFunction) -> str:
        return f"{corpus_fp}/{lf.name}/{lf.fingerprint()}"

    def load(
        self, corpus_fp: str, lf: LabelingFunction, n_tokens: int | None = None
    ) -> np.ndarray | None:
        """The cached column, or ``None``; an entry that fails to verify is removed (a warning)."""
        p = self._path(corpus_fp, lf)
        try:
            raw = p.read_bytes()
        except OSError:
            return None
        try:
            return decode_entry(raw, self._key(corpus_fp, lf), n_tokens)
        except CorruptEntry as exc:
            log.warning("LF cache entry %s is corrupt (%s): recomputing it", p, exc)
            p.unlink(missing_ok=True)
            return None

    def store(self, corpus_fp: str, lf: LabelingFunction, col: np.ndarray) -> None:
        """Save a column, replacing older versions of the same LF; errors only log."""
        p = self._path(corpus_fp, lf)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            for old in p.parent.glob(f"{lf.name}.*"):
                if old != p and old.suffix in (SUFFIX, ".npy"):
                    old.unlink(missing_ok=True)
            data = encode_entry(self._key(corpus_fp, lf), lf.name, col)
            with atomic_path(p) as tmp:
                tmp.write_bytes(data)
        except OSError as exc:
            log.warning("cannot write LF cache %s: %s", p, exc)

    def info(self) -> CacheInfo:
        """Corpora, entries and bytes under the root (0 when it does not exist)."""
        files = (
            [f for f in self.root.glob(f"*/*{SUFFIX}") if f.is_file()] if self.root.is_dir() else []
        )
        return CacheInfo(
            self.root,
            len({f.parent for f in files}),
            len(files),
            sum(f.stat().st_size for f in files),
        )

    def clear(self) -> CacheInfo:
        """Remove every corpus folder of the cache; returns what was there."""
        before = self.info()
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
        return before
