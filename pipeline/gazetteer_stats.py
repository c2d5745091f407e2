"""Statistics over gazetteer files: entries per type and source, cross-type overlaps."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from wsl.core.errors import WslError
from wsl.lfs.blocker import is_blocker_file
from wsl.lfs.gazetteer import BLOCK, header_field, load_gazetteer, shipped_dir


def _files(paths: Iterable[Path] | None) -> list[Path]:
    if paths is None:
        return sorted(shipped_dir().glob("*.txt"))
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(p.glob("*.txt")))
        elif p.exists():
            out.append(p)
        else:
            raise WslError("no such gazetteer file or folder", str(p))
    return out


def gazetteer_stats(paths: Iterable[Path] | None = None) -> dict:
    """Per file: type(s), entry count, source; plus every lower-cased string under 2+ types.

    Returns
    -------
    dict
        ``files`` (list of dicts), ``types`` (entries per type), ``overlaps`` (list of
        ``{"entry", "types"}`` sorted by entry) and ``n_overlaps``.
    """
    files, per_type = [], {}
    seen: dict[str, set[str]] = {}
    for p in _files(paths):
        entries = load_gazetteer(p)
        if is_blocker_file(p):  # strings that vote no type: listed, kept out of types and overlaps
            files.append(
                {
                    "file": p.name,
                    "type": "O (blocker)",
                    "entries": len(entries),
                    "source": header_field(p, "source"),
                }
            )
            continue
        types = sorted(set(entries.values()) - {BLOCK})
        n = sum(1 for t in entries.values() if t != BLOCK)
        files.append(
            {
                "file": p.name,
                "type": ",".join(types),
                "entries": n,
                "source": header_field(p, "source"),
            }
        )
        for e, t in entries.items():
            if t == BLOCK:
                continue
            per_type[t] = per_type.get(t, 0) + 1
            seen.setdefault(e.lower(), set()).add(t)
    overlaps = [{"entry": e, "types": sorted(ts)} for e, ts in sorted(seen.items()) if len(ts) > 1]
    return {
        "files": files,
        "types": dict(sorted(per_type.items())),
        "overlaps": overlaps,
        "n_overlaps": len(overlaps),
    }
