"""The package layers: every import points down (core <- lfs, gazetteers <- pipeline <-
eval <- cli).

Parses every module (function-level imports included) and fails on an edge that points up
or sideways, so the rule holds as the code grows. Label models sit inside ``pipeline`` but
may use only ``core`` and each other, so a model never depends on how votes are produced.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# package -> (folder, packages it may import besides itself)
LAYERS: dict[str, tuple[str, set[str]]] = {
    "wsl.core": ("core", set()),
    "wsl.lfs": ("lfs", {"wsl.core"}),
    "wsl.gazetteers": ("gazetteers", {"wsl.core"}),
    "wsl.pipeline.models": ("pipeline/models", {"wsl.core"}),
    "wsl.pipeline": ("pipeline", {"wsl.core", "wsl.lfs", "wsl.gazetteers", "wsl.pipeline.models"}),
    "wsl.eval": (
        "eval",
        {"wsl.core", "wsl.lfs", "wsl.gazetteers", "wsl.pipeline", "wsl.pipeline.models"},
    ),
    "wsl.cli": (
        "cli",
        {
            "wsl.core",
            "wsl.lfs",
            "wsl.gazetteers",
            "wsl.pipeline",
            "wsl.pipeline.models",
            "wsl.eval",
        },
    ),
}


def package_of(module: str) -> str | None:
    """The most specific layer package that ``module`` belongs to (``None``: not wsl)."""
    best = None
    for pkg in LAYERS:
        if (module == pkg or module.startswith(pkg + ".")) and (
            best is None or len(pkg) > len(best)
        ):
            best = pkg
    return best


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` for every absolute ``wsl.*`` import in the file, at any depth."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
    return [(line, m) for line, m in out if m.startswith("wsl.")]


def edges() -> list[tuple[str, int, str, str]]:
    """``(file, line, importing package, imported module)`` for every wsl import."""
    found = []
    for pkg, (folder, _) in LAYERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            if (
                package_of(
                    pkg + "." + ".".join(path.relative_to(ROOT / folder).with_suffix("").parts)
                )
                != pkg
            ):
                continue  # a sub-package with a layer of its own
            for line, mod in imported_modules(path):
                found.append((str(path.relative_to(ROOT)), line, pkg, mod))
    return found


def test_every_import_points_down():
    bad = []
    for file, line, pkg, mod in edges():
        target = package_of(mod)
        if target is None or target == pkg:
            continue
        if target not in LAYERS[pkg][1]:
            bad.append(f"{file}:{line}: {pkg} imports {mod}")
    assert bad == []


def test_the_check_sees_imports():
    """The walk finds real edges (a broken walk would pass the test above vacuously)."""
    found = {(pkg, package_of(mod)) for _, _, pkg, mod in edges()}
    assert ("wsl.cli", "wsl.pipeline") in found
    assert ("wsl.pipeline", "wsl.core") in found
    assert ("wsl.lfs", "wsl.core") in found
    assert len(edges()) > 100


@pytest.mark.parametrize(
    "module,expected",
    [
        ("wsl.pipeline.models.hmm", "wsl.pipeline.models"),
        ("wsl.pipeline.apply", "wsl.pipeline"),
        ("wsl.core.tags.TagSet", "wsl.core"),
        ("numpy", None),
    ],
)
def test_package_of(module, expected):
    assert package_of(module) == expected
