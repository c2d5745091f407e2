"""Notice changed files under some roots by polling modification times (no extra dependency)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

WATCHED = (".py", ".txt", ".tsv")


def snapshot(roots: Iterable[Path]) -> dict[Path, float]:
    """Modification time of every watched file under ``roots`` (files or folders)."""
    out: dict[Path, float] = {}
    for root in roots:
        files = (
            [root]
            if root.is_file()
            else sorted(p for p in root.rglob("*") if p.suffix in WATCHED)
            if root.is_dir()
            else []
        )
        for p in files:
            try:
                out[p] = p.stat().st_mtime
            except OSError:
                continue
    return out


def changed_files(
    roots: Iterable[Path], before: dict[Path, float]
) -> tuple[list[Path], dict[Path, float]]:
    """Files added, removed or modified since ``before``, and the new snapshot."""
    now = snapshot(roots)
    changed = sorted(p for p in set(now) | set(before) if now.get(p) != before.get(p))
    return changed, now
