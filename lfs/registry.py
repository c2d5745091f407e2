"""Find LFs: the shipped modules of ``wsl.lfs`` plus the user's files and folders.

A module contributes every module-level :class:`LabelingFunction` instance (and the
members of module-level lists/tuples of them). A user path may be a ``.py`` file, a
gazetteer ``.txt`` file (one :class:`GazetteerLF` per file, named ``gaz_<stem>``, matched
case-sensitively when the name ends in ``.cased.txt``; a ``*.blockers[.cased].txt`` file is a
:class:`BlockerLF` named ``block_<stem>``), a tagger model ``.npz`` written by
``wsl gazetteer mine`` (a :class:`TaggerLF` named ``tagger_<stem>``), or a folder holding
any of these, loaded in file-name order. Names must be unique across everything loaded.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable, Sequence

from wsl.core.errors import WslError
from wsl.lfs.base import LabelingFunction
from wsl.lfs.blocker import BlockerLF, is_blocker_file
from wsl.lfs.gazetteer import BLOCK, GazetteerLF
from wsl.lfs.tagger import TaggerLF

log = logging.getLogger(__name__)

SHIPPED_MODULES = (
    "wsl.lfs.shipped_gazetteers",
    "wsl.lfs.software",
    "wsl.lfs.developer",
    "wsl.lfs.heads",
    "wsl.lfs.negative",
)


def lfs_in_module(module: ModuleType) -> list[LabelingFunction]:
    """Module-level LFs of ``module`` in definition order, tagged with their source."""
    found: list[LabelingFunction] = []
    src = getattr(module, "__file__", None) or module.__name__
    for value in vars(module).values():
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if isinstance(item, LabelingFunction) and all(item is not f for f in found):
                item.source = item.source or str(src)
                found.append(item)
    return found


def shipped_lfs() -> list[LabelingFunction]:
    """The LFs wsl ships, from the modules in :data:`SHIPPED_MODULES` that exist."""
    out: list[LabelingFunction] = []
    for name in SHIPPED_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        out.extend(lfs_in_module(module))
    return out


def load_module_file(path: Path) -> ModuleType:
    """Import a user's ``.py`` file as a module; errors become :class:`WslError`."""
    name = f"wsl_user_lfs.{path.stem}_{abs(hash(str(path.resolve()))) % 10**8}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise WslError("cannot import as a Python module", str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001 - the user's module is reported, not propagated
        sys.modules.pop(name, None)
        line = _error_line(exc, path)
        raise WslError(
            f"error while importing LFs: {type(exc).__name__}: {exc}", str(path), line
        ) from None
    return module


def _error_line(exc: BaseException, path: Path) -> int | None:
    if isinstance(exc, SyntaxError):
        return exc.lineno
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if Path(tb.tb_frame.f_code.co_filename) == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _stem(p: Path) -> str:
    return p.stem.replace(".", "_")


def _mark_mined(lf: LabelingFunction, p: Path) -> LabelingFunction:
    """LFs from ``wsl gazetteer mine`` files (``mined.*``) are ``ranked`` (see the LF base)."""
    lf.source = str(p)
    if p.name.startswith("mined."):
        lf.ranked = True
    return lf


def _load_module(p: Path) -> list[LabelingFunction]:
    found = lfs_in_module(load_module_file(p))
    if not found:
        raise WslError(
            "defines no labelling functions (module-level LF objects or lists of them)", str(p)
        )
    return found


def _load_list(p: Path) -> list[LabelingFunction]:
    """A gazetteer, or a blocker list (``*.blockers[.cased].txt``); ``.cased.txt`` matches case."""
    cased = p.name.endswith(".cased.txt")
    how = "case-sensitive" if cased else "ignoring case"
    if is_blocker_file(p):
        lf: LabelingFunction = BlockerLF(
            f"block_{_stem(p)}",
            paths=[p],
            case_sensitive=cased,
            description=(
                f"blocker list {p.name} ({how}): votes O, takes these strings from lower-ranked LFs"
            ),
        )
    else:
        lf = GazetteerLF.from_files(
            f"gaz_{_stem(p)}", [p], description=f"gazetteer {p.name} ({how})", case_sensitive=cased
        )
    return [_mark_mined(lf, p)]


def _load_tagger(p: Path) -> list[LabelingFunction]:
    try:
        lf = TaggerLF.load(p, name=f"tagger_{_stem(p)}")
    except (ValueError, OSError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        raise WslError(f"cannot read tagger model: {exc}", str(p)) from None
    lf.description = f"learned tagger {p.name} (votes spans it is >= {lf.threshold:.0%} sure of)"
    return [_mark_mined(lf, p)]


# file suffix -> (loader, loaded from a folder too); a folder's .tsv files are tables, not lists
LOADERS: dict[str, tuple[Callable[[Path], list[LabelingFunction]], bool]] = {
    ".py": (_load_module, True),
    ".txt": (_load_list, True),
    ".npz": (_load_tagger, True),
    ".tsv": (_load_list, False),
}


def lfs_from_path(path: str | Path) -> list[LabelingFunction]:
    """LFs defined by a file (see :data:`LOADERS`) or a folder of such files (in name order)."""
    p = Path(path)
    if not p.exists():
        raise WslError("no such LF file or folder", str(p))
    if p.is_dir():
        out: list[LabelingFunction] = []
        for child in sorted(p.iterdir()):
            if LOADERS.get(child.suffix, (None, False))[1] and not child.name.startswith(
                (".", "_")
            ):
                out.extend(lfs_from_path(child))
        if not out:
            raise WslError("holds no LF files (.py, .txt, .npz)", str(p))
        return out
    if p.suffix not in LOADERS:
        raise WslError(
            "expected a .py LF module, a .txt gazetteer, a .npz tagger model or a folder", str(p)
        )
    return LOADERS[p.suffix][0](p)


def lfs_for_types(lfs: Sequence[LabelingFunction], types: Sequence[str]) -> list[LabelingFunction]:
    """The LFs that vote only ``types`` (or ``O``)."""
    allowed = set(types) | {"O"}
    return [lf for lf in lfs if set(lf.labels) <= allowed]


def collect_lfs(
    paths: Iterable[str | Path] = (), shipped: bool = True, types: Sequence[str] | None = None
) -> list[LabelingFunction]:
    """The user's LFs under ``paths`` (in the order given), then the shipped ones.

    User LFs come first: order is the ranking for order-aware label models (``priority``)
    and a user's own LFs should outrank the generic shipped suite. With ``types`` (the
    corpus's schema), shipped LFs voting other types are left out, so the software suite
    steps aside on another schema; a user LF voting an unknown type stays and fails loudly.
    Duplicate names are an error.
    """
    lfs: list[LabelingFunction] = []
    for p in paths:
        lfs.extend(lfs_from_path(p))
    if shipped:
        ship = shipped_lfs()
        kept = ship if types is None else lfs_for_types(ship, types)
        if len(kept) < len(ship):
            log.info(
                "%d shipped LFs vote types outside %s and are left out",
                len(ship) - len(kept),
                list(types or []),
            )
        lfs.extend(kept)
    seen: dict[str, str] = {}
    for lf in lfs:
        if lf.name in seen:
            raise WslError(f"two LFs are named {lf.name!r}: in {seen[lf.name]} and {lf.source}")
        seen[lf.name] = lf.source
    return lfs


def describe_lfs(lfs: Sequence[LabelingFunction]) -> list[dict]:
    """One dict per LF: name, kind, labels, entries (gazetteers), source, description.

    ``entries`` counts the entries that vote: a mined band file also lists the other bands'
    strings as blockers (type ``-``), which are not its entries.
    """
    return [
        {
            "name": lf.name,
            "kind": lf.kind,
            "labels": list(lf.labels),
            "entries": sum(t != BLOCK for t in lf.entries.values())
            if hasattr(lf, "entries")
            else None,
            "source": lf.source,
            "description": lf.description,
        }
        for lf in lfs
    ]
