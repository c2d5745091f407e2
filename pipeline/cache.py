"""On-disk cache of label-matrix columns, keyed by (corpus fingerprint, LF fingerprint)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from wsl.core.textio import atomic_path
from wsl.lfs.base import LabelingFunction

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """``$WSL_CACHE_DIR``, else ``~/.cache/wsl``."""
    env = os.environ.get("WSL_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "wsl"


class ColumnCache:
    """Stores one ``.npy`` file per (corpus, LF) pair under ``root``."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()

    def _path(self, corpus_fp: str, lf: LabelingFunction) -> Path:
        return self.root / corpus_fp / f"{lf.name}.{lf.fingerprint()}.npy"

    def load(self, corpus_fp: str, lf: LabelingFunction) -> np.ndarray | None:
        """The cached column, or ``None`` (a missing or unreadable entry is a miss)."""
        p = self._path(corpus_fp, lf)
        try:
            return np.load(p, allow_pickle=False)
        except (OSError, ValueError):
            return None

    def store(self, corpus_fp: str, lf: LabelingFunction, col: np.ndarray) -> None:
        """Save a column, replacing older versions of the same LF; errors only log."""
        p = self._path(corpus_fp, lf)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            for old in p.parent.glob(f"{lf.name}.*.npy"):
                if old != p:
                    old.unlink(missing_ok=True)
            with atomic_path(p) as tmp:
                with open(tmp, "wb") as fh:
                    np.save(
                        fh, np.ascontiguousarray(col), allow_pickle=False
                    )  # a column of L is strided: slow to write as is
        except OSError as exc:
            log.warning("cannot write LF cache %s: %s", p, exc)
