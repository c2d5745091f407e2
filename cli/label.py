"""``wsl label``: tokenise, apply LFs, aggregate with a label model, write probabilistic labels."""

from __future__ import annotations

import contextlib
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from wsl.cli.common import TYPES_HELP, err_console, parse_types
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError


class OutFormat(str, Enum):
    conll = "conll"
    jsonl = "jsonl"
    spacy = "spacy"
    parquet = "parquet"


class InFormat(str, Enum):
    auto = "auto"
    text = "text"
    conll = "conll"
    jsonl = "jsonl"
    wrench = "wrench"


@contextlib.contextmanager
def lf_progress(total: int):
    """A progress bar over LFs on stderr (only on a terminal); yields the per-LF callback."""
    progress = Progress(
        TextColumn("applying LFs"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=err_console, transient=True, disable=not err_console.is_terminal,
    )
    with progress:
        task = progress.add_task("", total=total)
        yield lambda name: progress.update(task, advance=1, description=name)


def _read_input(path: Path, fmt: InFormat, types: str, docs: str, all_lfs: bool):
    """(corpus, precomputed L or None, LF names or None) for any input format."""
    if fmt is InFormat.wrench:
        from wsl.pipeline.wrench import read_wrench, wrench_corpus

        data = read_wrench(path, all_lfs=all_lfs)
        return wrench_corpus(data, str(path)), data.L, data.lf_names
    from wsl.pipeline.readers import read_corpus

    return read_corpus(path, fmt=fmt.value, tagset=parse_types(types), docs=docs), None, None


def write_output(result, corpus: Corpus, fmt: OutFormat, out: str, probs_column: bool) -> None:
    """Write the labelled corpus in ``fmt`` to ``out`` (``-`` = stdout for text formats)."""
    from wsl.pipeline import writers
    from wsl.pipeline.conll import format_conll, write_conll

    if fmt in (OutFormat.spacy, OutFormat.parquet) and out == "-":
        raise WslError(f"--format {fmt.value} is binary; give an output file with -o")
    table = result.table(corpus)
    if fmt is OutFormat.conll:
        if out == "-":
            sys.stdout.write(format_conll(table, "pred", "prob" if probs_column else None))
        else:
            write_conll(out, table, "pred", "prob" if probs_column else None)
    elif fmt is OutFormat.jsonl:
        if out == "-":
            sys.stdout.write(writers.format_jsonl(corpus, result.spans))
        else:
            writers.write_jsonl(out, corpus, result.spans)
    elif fmt is OutFormat.spacy:
        from wsl.pipeline.candidates import candidate_spans

        writers.write_docbin(out, corpus, result.spans, result.ids, candidate_spans(corpus, result.L, result.probs))
    else:
        import polars as pl

        marginals = pl.Series("marginals", result.probs.astype("float32"))  # one fixed-size array per token
        writers.write_parquet(out, corpus, table.with_columns(marginals))


def label(
    input: Annotated[Path, typer.Argument(help="Raw text, JSONL, CoNLL, or a WRENCH .json with --input-format wrench.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output file; '-' = stdout (conll, jsonl).")] = "-",
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.conll,
    model: Annotated[Optional[str], typer.Option("--model", "-m", help="Label model: hmm, snorkel, mv or priority (default: priority with mined LFs, else hmm).", show_default=False)] = None,
    lfs: Annotated[Optional[list[Path]], typer.Option("--lfs", help="Extra LF file or folder (.py, .txt gazetteer); repeatable.")] = None,
    no_shipped: Annotated[bool, typer.Option("--no-shipped", help="Use only the LFs given with --lfs.")] = False,
    input_format: Annotated[InFormat, typer.Option("--input-format", help="Input format (auto: by extension and content).")] = InFormat.auto,
    all_lfs: Annotated[bool, typer.Option("--all-lfs", help="WRENCH input: use every LF column, not only meta.json's lf_rec.")] = False,
    fit_on: Annotated[Optional[Path], typer.Option("--fit-on", help="WRENCH input: fit the label model on this file's votes.")] = None,
    save_model: Annotated[Optional[Path], typer.Option("--save-model", help="Save the fitted label model here.")] = None,
    load_model: Annotated[Optional[Path], typer.Option("--load-model", help="Use a saved label model instead of fitting.")] = None,
    threshold: Annotated[float, typer.Option(help="Drop spans whose confidence is below this.", min=0.0, max=1.0)] = 0.0,
    probs: Annotated[bool, typer.Option("--probs/--no-probs", help="CoNLL output: add a third column with the tag's probability.")] = False,
    types: Annotated[str, typer.Option(help=TYPES_HELP)] = "software",
    docs: Annotated[str, typer.Option(help="Raw text: one document per 'file' or per blank-line 'blocks'.")] = "file",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for applying LFs (0 = automatic).", min=0)] = 0,
    seed: Annotated[int, typer.Option(help="Random seed of the label model.")] = 0,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse LF columns cached in $WSL_CACHE_DIR (~/.cache/wsl).")] = True,
) -> None:
    """Label INPUT: tokenise, apply LFs, fit the label model, write probabilistic BIO labels."""
    from wsl.pipeline.cache import ColumnCache
    from wsl.pipeline.label import default_model, label_corpus

    t0 = time.perf_counter()
    for target in ([output] if output != "-" else []) + ([str(save_model)] if save_model else []):
        if Path(target).is_dir():  # fail before the work, not after it
            raise WslError("is a directory; give a file name to write", target)
    corpus, L, lf_names = _read_input(input, input_format, types, docs, all_lfs)
    if fit_on is not None:
        if input_format is not InFormat.wrench:
            raise WslError("--fit-on works with --input-format wrench (precomputed votes)")
        load_model = _fit_wrench_model(fit_on, model or "hmm", seed, all_lfs, lf_names)
    selected = None
    if L is None:
        from wsl.lfs.registry import collect_lfs

        selected = collect_lfs(lfs or [], shipped=not no_shipped, types=corpus.tagset.types)
        if not selected:
            raise WslError("no LFs: drop --no-shipped or add --lfs PATH")
    model = model or default_model(selected)
    with lf_progress(len(selected or [])) as tick:
        result = label_corpus(
            corpus, selected, model, L=L, lf_names=lf_names, load_model=load_model, save_model=save_model,
            threshold=threshold, seed=seed, jobs=jobs, cache=ColumnCache() if cache else None, progress=tick,
        )
    write_output(result, corpus, fmt, output, probs)
    counts = result.spans["label"].value_counts(sort=True).iter_rows()
    per_type = ", ".join(f"{lab} {n}" for lab, n in counts) or "none"
    err_console.print(
        f"{corpus.n_tokens:,} tokens, {corpus.n_sents:,} sentences, {result.spans.height:,} spans ({per_type}); "
        f"model {result.model.name}, {time.perf_counter() - t0:.2f} s", markup=False, highlight=False, soft_wrap=True,
    )


def _fit_wrench_model(path: Path, model: str, seed: int, all_lfs: bool, lf_names) -> Path:
    """Fit ``model`` on another WRENCH file's votes; returns the path of the saved model."""
    import tempfile

    from wsl.pipeline.models.registry import make_model
    from wsl.pipeline.wrench import read_wrench

    train = read_wrench(path, all_lfs=all_lfs)
    if lf_names is not None and train.lf_names != lf_names:
        raise WslError(f"LF columns differ between {path} and the input: {train.lf_names} vs {lf_names}")
    lm = make_model(model, train.tagset, seed=seed).fit(train.L, train.sent_ids)
    tmp = Path(tempfile.mkdtemp(prefix="wsl-")) / "model.npz"
    lm.save(tmp)
    return tmp
