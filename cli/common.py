"""Small helpers shared by the command modules: reading inputs, the console, options."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.tags import SOFTWARE_TYPES, TagSet
from wsl.pipeline.doc_lfs import DOC_LF_MODES
from wsl.pipeline.models.registry import models_help
from wsl.pipeline.readers import read_corpus

err_console = Console(stderr=True)
# piped output gets a wide console so tables are not squeezed to 80 columns
out_console = Console(width=None if sys.stdout.isatty() else 160)

MODEL_HELP = (
    f"Label model; {models_help()}. Default: priority when mined (ranked) LFs are loaded, else hmm."
)
TYPES_HELP = (
    "Entity types: 'software' (the 12 built-in types), 'auto' (from the gold file) "
    "or a comma-separated list."
)


def parse_types(types: str) -> Optional[TagSet]:
    """``software`` → the built-in tag set; ``auto`` → None (infer); else a comma list."""
    if types == "software":
        return TagSet(SOFTWARE_TYPES)
    if types == "auto":
        return None
    names = tuple(t.strip() for t in types.split(",") if t.strip())
    if not names:
        raise WslError(f"--types {types!r} names no type")
    return TagSet(names)


def load_corpus(
    path: Path, fmt: str = "auto", types: str = "software", docs: str = "file"
) -> Corpus:
    """Read an input file of any supported format."""
    return read_corpus(path, fmt=fmt, tagset=parse_types(types), docs=docs)


GoldSampleOption = Annotated[
    Optional[Path],
    typer.Option(
        "--gold-sample",
        help=(
            "A small gold file of the same schema (for eval: not the evaluated one): fit the "
            "label model semi-supervised, its tokens clamped to their gold tags (hmm), when "
            "cross-validation on the sample shows that this labels it better than the votes "
            "alone (the decision is printed)."
        ),
    ),
]

TrustGoldSampleOption = Annotated[
    bool,
    typer.Option(
        "--trust-gold-sample",
        help=(
            "Use --gold-sample without the held-out check (a small sample you know shows how "
            "your schema differs from the LFs' convention)."
        ),
    ),
]

# the choices of --doc-lfs are the pipeline's modes
DocLfs = Enum("DocLfs", {name: name for name in DOC_LF_MODES}, type=str)

DocLfsOption = Annotated[
    DocLfs,
    typer.Option(
        "--doc-lfs",
        help=(
            "Document-level LFs (a confident string's type at its other occurrences, a "
            "string's majority type), voted from a first label-model pass before a second: "
            "'auto' in documents of running text (not in gold/CoNLL files, whose sentences "
            "may be shuffled), 'on' also takes a gold/CoNLL file as one document."
        ),
    ),
]
