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

from wsl.cli.common import (
    MODEL_HELP,
    TYPES_HELP,
    DocLfs,
    DocLfsOption,
    GoldSampleOption,
    TrustGoldSampleOption,
    err_console,
    parse_types,
)
from wsl.cli.shard_progress import shard_progress
from wsl.core.errors import WslError
from wsl.pipeline.writers import FORMATS

# the choices of --format are the writers' table
OutFormat = Enum("OutFormat", {name: name for name in FORMATS}, type=str)


class InFormat(str, Enum):
    auto = "auto"
    text = "text"
    conll = "conll"
    jsonl = "jsonl"
    parquet = "parquet"
    wrench = "wrench"


PHASES = {
    "read": "reading + tokenising",
    "apply": "applying LFs",
    "fit": "fitting the label model",
    "decode": "decoding",
    "write": "writing",
}


@contextlib.contextmanager
def job_progress():
    """The job's phases and, while LFs are applied, a bar over them, on stderr (on a terminal
    only; elsewhere `wsl -v` logs a line per phase). Yields ``(on_phase, on_lf)``."""
    progress = Progress(
        TextColumn("{task.fields[phase]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )
    with progress:
        task = [progress.add_task("", total=None, phase="starting")]

        def on_phase(name: str) -> None:  # a fresh task per phase: its own bar and clock
            progress.remove_task(task[0])
            task[0] = progress.add_task("", total=None, phase=PHASES.get(name, name))

        def on_lf(name: str, total: int) -> None:
            progress.update(task[0], advance=1, total=total, description=name)

        yield on_phase, on_lf


def label(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help=(
                "Raw text (also Markdown, HTML), JSONL or CoNLL files, folders, glob patterns, "
                "or - for standard input; several inputs are one document each. A WRENCH .json "
                "with --input-format wrench."
            ),
            show_default=False,
        ),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output file; '-' = stdout (conll, jsonl).")
    ] = "-",
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat[
        "conll"
    ],
    model: Annotated[
        Optional[str], typer.Option("--model", "-m", help=MODEL_HELP, show_default=False)
    ] = None,
    lfs: Annotated[
        Optional[list[Path]],
        typer.Option("--lfs", help="Extra LF file or folder (.py, .txt gazetteer); repeatable."),
    ] = None,
    no_shipped: Annotated[
        bool, typer.Option("--no-shipped", help="Use only the LFs given with --lfs.")
    ] = False,
    input_format: Annotated[
        InFormat,
        typer.Option("--input-format", help="Input format (auto: by extension and content)."),
    ] = InFormat.auto,
    all_lfs: Annotated[
        bool,
        typer.Option(
            "--all-lfs", help="WRENCH input: use every LF column, not only meta.json's lf_rec."
        ),
    ] = False,
    fit_on: Annotated[
        Optional[Path],
        typer.Option("--fit-on", help="WRENCH input: fit the label model on this file's votes."),
    ] = None,
    save_model: Annotated[
        Optional[Path], typer.Option("--save-model", help="Save the fitted label model here.")
    ] = None,
    load_model: Annotated[
        Optional[Path],
        typer.Option("--load-model", help="Use a saved label model instead of fitting."),
    ] = None,
    threshold: Annotated[
        float, typer.Option(help="Drop spans whose confidence is below this.", min=0.0, max=1.0)
    ] = 0.0,
    probs: Annotated[
        bool,
        typer.Option(
            "--probs/--no-probs",
            help="CoNLL output: add a third column with the tag's probability.",
        ),
    ] = False,
    types: Annotated[str, typer.Option(help=TYPES_HELP)] = "software",
    docs: Annotated[
        str, typer.Option(help="Raw text: one document per 'file' or per blank-line 'blocks'.")
    ] = "file",
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", help="Worker processes for applying LFs (0 = automatic).", min=0
        ),
    ] = 0,
    seed: Annotated[int, typer.Option(help="Random seed of the label model.")] = 0,
    calibrate_on: Annotated[
        Optional[Path],
        typer.Option(
            "--calibrate-on",
            help=(
                "A gold file: fit the hmm's confidence calibration on it (token log-loss) before "
                "labelling."
            ),
        ),
    ] = None,
    shard_tokens: Annotated[
        Optional[int],
        typer.Option(
            "--shard-tokens",
            min=0,
            help=(
                "Label in shards of about this many tokens (cut between sentences): "
                "bounded memory, part files, resumable. 0 = all in memory. Default: shards "
                "of 200,000 for inputs over 4 MiB written as CoNLL or JSONL, else in memory."
            ),
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="--shard-tokens: skip the shards an interrupted run finished."
        ),
    ] = False,
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler",
            help=(
                "--shard-tokens: label the shards on the Dask cluster at this address "
                "(tcp://HOST:8786); part files go to a folder all workers share. "
                "Needs pip install wsl[dask]."
            ),
            show_default=False,
        ),
    ] = None,
    dask_workers: Annotated[
        int,
        typer.Option(
            "--dask-workers",
            min=0,
            help="--shard-tokens: label the shards on a local Dask cluster of this many processes.",
        ),
    ] = 0,
    gold_sample: GoldSampleOption = None,
    trust_gold_sample: TrustGoldSampleOption = False,
    doc_lfs: DocLfsOption = DocLfs["off"],
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Fail the run when any LF raises (default: it abstains there)."
        ),
    ] = False,
    cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache", help="Reuse LF columns cached in $WSL_CACHE_DIR (~/.cache/wsl)."
        ),
    ] = True,
) -> None:
    """Label INPUTS: tokenise, apply LFs, fit the label model, write probabilistic BIO labels."""
    from wsl.pipeline.label_run import label_file, label_in_shards, plan_shards

    t0 = time.perf_counter()
    common = dict(  # the options both the in-memory and the sharded run take
        input_format=input_format.value,
        tagset=parse_types(types),
        docs=docs,
        lf_paths=lfs or [],
        shipped=not no_shipped,
        model=model,
        load_model=load_model,
        save_model=save_model,
        threshold=threshold,
        seed=seed,
        jobs=jobs,
        cache=cache,
        output=None if output == "-" else output,
        fmt=fmt.value,
        probs_column=probs,
        doc_lfs=doc_lfs.value,
        trust_gold_sample=trust_gold_sample,
    )
    cluster = scheduler is not None or bool(dask_workers)
    if cluster and shard_tokens == 0:
        raise WslError("--scheduler and --dask-workers label in shards: not with --shard-tokens 0")
    if shard_tokens and fit_on is not None:
        raise WslError("--shard-tokens reads documents; --fit-on is for WRENCH votes: drop it")
    shards = plan_shards(
        inputs,
        shard_tokens,
        input_format=common["input_format"],
        tagset=common["tagset"],
        fmt=fmt.value,
        fit_on=fit_on,
        cluster=cluster,
        doc_lfs=doc_lfs.value,
    )
    if resume and not shards:
        raise WslError("--resume continues a run in shards: this one runs in memory")
    if shards:
        with shard_progress() as on_shard:
            run = label_in_shards(
                inputs,
                shard_tokens=shards,
                stream=sys.stdout.buffer,
                resume=resume,
                on_shard=on_shard,
                scheduler=scheduler,
                dask_workers=dask_workers,
                strict=strict,
                gold_sample=gold_sample,
                calibrate_on=calibrate_on,
                **common,
            )
        sys.stdout.flush()
        _render_sharded(run, time.perf_counter() - t0)
        return
    with job_progress() as (on_phase, tick):
        corpus, result, text = label_file(
            inputs,
            all_lfs=all_lfs,
            fit_on=fit_on,
            progress=tick,
            calibrate_on=calibrate_on,
            gold_sample=gold_sample,
            strict=strict,
            on_phase=on_phase,
            **common,
        )
    if text is not None:
        sys.stdout.write(text)
    counts = dict(result.spans["label"].value_counts().iter_rows())
    phases = ", ".join(f"{k} {v:.2f}" for k, v in result.seconds.items())
    _summary(
        corpus.n_tokens,
        corpus.n_sents,
        result.spans.height,
        counts,
        result.model.name,
        time.perf_counter() - t0,
        after_rate=f"; {phases}",
    )


def _summary(
    n_tokens: int,
    n_sents: int,
    n_spans: int,
    per_type: dict[str, int],
    model: str,
    total: float,
    before_total: str = "",
    after_rate: str = "",
) -> None:
    """The one summary line of a labelling run (in memory or sharded) on stderr."""
    types = ", ".join(f"{k} {v}" for k, v in sorted(per_type.items(), key=lambda x: (-x[1], x[0])))
    err_console.print(
        f"{n_tokens:,} tokens, {n_sents:,} sentences, {n_spans:,} spans ({types or 'none'}); "
        f"model {model}; {before_total}{total:.2f} s in all "
        f"({n_tokens / max(total, 1e-9):,.0f} tokens/s{after_rate})",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


def _render_sharded(run, total: float) -> None:
    """The summary line of a sharded run."""
    _summary(
        run.n_tokens,
        run.n_sents,
        run.n_spans,
        run.spans_per_type,
        run.model,
        total,
        before_total=f"{run.n_shards} shards ({run.resumed} resumed); ",
    )
