"""Fixtures shared by the pipeline tests."""

from __future__ import annotations

from pathlib import Path

import pytest

DOC_TEXT = (
    "Rust and Go run on Linux. Windows runs Python too.\n\nHaskell is lazy. FreeBSD is a Unix.\n"
)


def _write_docs(root: Path, n: int = 6) -> Path:
    """A folder ``root/docs`` of ``n`` text files; file ``i`` holds the text ``i + 1`` times."""
    folder = root / "docs"
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"d{i}.txt").write_text(DOC_TEXT * (i + 1))
    return folder


@pytest.fixture
def write_docs():
    """The builder of small multi-file inputs for sharded runs (see :func:`_write_docs`)."""
    return _write_docs
