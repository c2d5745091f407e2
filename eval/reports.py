"""Report files of an evaluation: one writer per file suffix."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.eval.report_html import write_html
from wsl.eval.report_md import write_markdown


def _html(
    path: Path, result: dict, corpus: Corpus, ids: np.ndarray, lf_table: pl.DataFrame | None
) -> None:
    write_html(
        path, result, table=corpus.table, pred_ids=ids, tagset=corpus.tagset, lf_table=lf_table
    )


def _markdown(
    path: Path, result: dict, corpus: Corpus, ids: np.ndarray, lf_table: pl.DataFrame | None
) -> None:
    write_markdown(path, result, lf_table)


# file suffix -> writer; a new report format is one function and one entry here
REPORTS: dict[str, Callable[[Path, dict, Corpus, np.ndarray, "pl.DataFrame | None"], None]] = {
    ".html": _html,
    ".md": _markdown,
}


def check_report_paths(paths: Sequence[Path]) -> None:
    """Fail before any work on a report name with no writer."""
    for p in paths:
        if Path(p).suffix not in REPORTS:
            raise WslError(f"--report {p}: use a {' or '.join(REPORTS)} file name")


def write_report(
    path: Path, result: dict, corpus: Corpus, ids: np.ndarray, lf_table: pl.DataFrame | None
) -> None:
    """Write the report whose format the suffix of ``path`` names."""
    check_report_paths([path])
    REPORTS[Path(path).suffix](Path(path), result, corpus, ids, lf_table)
