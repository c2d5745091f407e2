"""The ``wsl label`` job as one call: read any input, pick LFs and model, label, write.

:func:`label_file` is what the CLI command calls; it returns the corpus and the result so the
caller only renders. Options are checked before any work, so a bad output path fails at
once, not after the label model has run.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Callable, Sequence

import numpy as np

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import STDIN
from wsl.lfs.base import LabelingFunction
from wsl.lfs.registry import collect_lfs
from wsl.pipeline.cache import ColumnCache
from wsl.pipeline.doc_lfs import DOC_LF_MODES, abstaining_columns, has_doc_lfs
from wsl.pipeline.label import (
    GoldSample,
    LabelResult,
    announce_phase,
    default_model,
    gold_sample_of,
    label_corpus,
)
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.calibrate import calibrate_hmm
from wsl.pipeline.models.registry import MODELS, make_model, model_names
from wsl.pipeline.readers import expand_inputs, read_corpus, read_inputs
from wsl.pipeline.stream import ShardDone, ShardRun, label_sharded
from wsl.pipeline.wrench import read_wrench, wrench_corpus
from wsl.pipeline.writers import FORMATS, check_output, write_labels

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]  # (name of the LF just applied, number of LFs)


def read_input(
    path: Path | Sequence[str | Path],
    fmt: str = "auto",
    tagset: TagSet | None = TagSet(),
    docs: str = "file",
    all_lfs: bool = False,
) -> tuple[Corpus, np.ndarray | None, list[str] | None]:
    """(corpus, precomputed votes or ``None``, their LF names or ``None``) for any input format.

    ``path`` may be several inputs (files, folders, globs, ``-`` for stdin): see
    :func:`~wsl.pipeline.readers.read_inputs`.
    """
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    if fmt == "wrench":
        if len(paths) != 1:
            raise WslError("--input-format wrench reads one file")
        data = read_wrench(paths[0], all_lfs=all_lfs)
        return wrench_corpus(data, str(paths[0])), data.L, data.lf_names
    return read_inputs(paths, fmt=fmt, tagset=tagset, docs=docs), None, None


def fit_on_wrench(
    path: Path, model: str, seed: int, all_lfs: bool, lf_names: Sequence[str] | None
) -> LabelModel:
    """A label model fitted on another WRENCH file's votes (same LF columns as the input)."""
    train = read_wrench(path, all_lfs=all_lfs)
    if lf_names is not None and train.lf_names != list(lf_names):
        raise WslError(
            f"LF columns differ between {path} and the input: {train.lf_names} vs {list(lf_names)}"
        )
    lm = make_model(model, train.tagset, seed=seed).fit(train.L, train.sent_ids)
    lm.lf_names = list(train.lf_names)
    return lm


def select_lfs(
    types: Sequence[str], lf_paths: Sequence[str | Path] = (), shipped: bool = True
) -> list[LabelingFunction]:
    """The user's LFs then the shipped ones that fit the entity ``types``; none is an error."""
    found = collect_lfs(lf_paths, shipped=shipped, types=types)
    if not found:
        raise WslError("no LFs: drop --no-shipped or add --lfs PATH")
    return found


def read_gold_sample(
    path: Path,
    tagset: TagSet,
    lfs: Sequence[LabelingFunction] | None,
    lf_names: Sequence[str] | None = None,
    jobs: int = 1,
    cache: bool = True,
    purpose: str = "fit on",
    check: bool = True,
) -> GoldSample:
    """A gold file of the run's schema (``tagset``) as a labelled sample -- to fit the model
    semi-supervised on, or to calibrate it on (``purpose`` names which in errors): ``lfs``
    applied to it, or, for precomputed votes (``lfs`` is ``None``), a WRENCH file with the
    same LF columns (``lf_names``). ``check`` False: used without the held-out check
    (``--trust-gold-sample``)."""
    if lfs is None:
        data = read_wrench(path)
        if lf_names is not None and data.lf_names != list(lf_names):
            raise WslError("LF columns differ from the input's", str(path))
        if data.tagset.types != tagset.types:
            raise WslError("types differ from the input's", str(path))
        gold = data.tagset.encode(data.tokens["gold"].to_list()).astype(np.int64)
        return GoldSample(data.L, data.sent_ids, gold, check)
    sample = read_gold_corpus(path, tagset, purpose)
    return gold_sample_of(
        sample, lfs, jobs=jobs, cache=ColumnCache() if cache else None, check=check
    )


def read_gold_corpus(path: Path, tagset: TagSet, purpose: str = "fit on") -> Corpus:
    """A gold file of the run's schema, read; an error when it has no gold tags."""
    sample = read_corpus(path, tagset=tagset)
    if not sample.has_gold:
        raise WslError(f"has no gold tags to {purpose}", str(path))
    return sample


def check_trust(gold_sample: Path | None, trust_gold_sample: bool) -> None:
    """``--trust-gold-sample`` needs a ``--gold-sample`` (``wsl label`` and ``wsl eval``)."""
    if trust_gold_sample and gold_sample is None:
        raise WslError("--trust-gold-sample goes with --gold-sample: there is no sample to trust")


def check_options(
    model: str | None,
    load_model: Path | None,
    fit_on: Path | None,
    calibrate_on: Path | None,
    lf_paths: Sequence[str | Path],
    input_format: str,
    gold_sample: Path | None = None,
    doc_lfs: str = "off",
    trust_gold_sample: bool = False,
) -> None:
    """Fail on a bad option before any input is read, tokenised or labelled."""
    check_trust(gold_sample, trust_gold_sample)
    if doc_lfs not in DOC_LF_MODES:
        raise WslError(
            f"unknown --doc-lfs mode {doc_lfs!r}; choose one of {', '.join(DOC_LF_MODES)}"
        )
    if model is not None and model not in MODELS:
        raise WslError(f"unknown label model {model!r}; choose one of {', '.join(model_names())}")
    for what, p in (
        ("--load-model", load_model),
        ("--fit-on", fit_on),
        ("--calibrate-on", calibrate_on),
        ("--gold-sample", gold_sample),
    ):
        if p is not None and not Path(p).is_file():
            raise WslError(f"{what}: no such file", str(p))
    for p in lf_paths:
        if not Path(p).exists():
            raise WslError("no such LF file or folder", str(p))
    if fit_on is not None and input_format != "wrench":
        raise WslError("--fit-on works with --input-format wrench (precomputed votes)")
    if gold_sample is not None and (load_model is not None or fit_on is not None):
        raise WslError("--gold-sample fits the label model: not with --load-model or --fit-on")


def label_file(
    path: Path | Sequence[str | Path],
    *,
    input_format: str = "auto",
    tagset: TagSet | None = TagSet(),
    docs: str = "file",
    all_lfs: bool = False,
    fit_on: Path | None = None,
    lf_paths: Sequence[str | Path] = (),
    shipped: bool = True,
    model: str | None = None,
    load_model: Path | None = None,
    save_model: Path | None = None,
    threshold: float = 0.0,
    seed: int = 0,
    jobs: int = 0,
    cache: bool = True,
    output: str | None = None,
    fmt: str = "conll",
    probs_column: bool = False,
    progress: Progress | None = None,
    calibrate_on: Path | None = None,
    strict: bool = False,
    on_phase: Callable[[str], None] | None = None,
    gold_sample: Path | None = None,
    doc_lfs: str = "off",
    trust_gold_sample: bool = False,
) -> tuple[Corpus, LabelResult, str | None]:
    """Label the file at ``path`` and write the result.

    With ``calibrate_on`` (a gold file of the same schema), the fitted ``hmm`` model's
    shrinkage toward the class balance is set by token log-loss on that file's gold (the
    same LFs applied to it), before the input is labelled: see
    :mod:`wsl.pipeline.models.calibrate`. With ``gold_sample`` (a gold file of the same
    schema), the same LFs are applied to it and the label model is fitted on the input
    followed by the sample, the sample's tokens clamped to their gold tags (semi-supervised;
    the ``hmm`` uses it, models without ``uses_gold`` ignore it). ``doc_lfs`` (``off``,
    ``auto``, ``on``) adds the document-level LFs (:mod:`wsl.pipeline.doc_lfs`).
    The sample is used where cross-validation on it shows it helps
    (:mod:`wsl.pipeline.gold_check`), always with ``trust_gold_sample``.

    Returns
    -------
    (corpus, result, text)
        ``text`` is the output of a text format when ``output`` is ``None`` (for stdout).
    """
    check_options(
        model,
        load_model,
        fit_on,
        calibrate_on,
        lf_paths,
        input_format,
        gold_sample,
        doc_lfs,
        trust_gold_sample,
    )
    check_output(fmt, output)
    if save_model is not None and Path(save_model).is_dir():
        raise WslError("is a directory; give a file name to write", str(save_model))
    t0 = time.perf_counter()
    announce_phase(on_phase, "read", "%s", path)
    corpus, L, lf_names = read_input(path, input_format, tagset, docs, all_lfs)
    t_read = time.perf_counter() - t0
    log.info("read %d tokens, %d sentences", corpus.n_tokens, corpus.n_sents)
    chosen: str | LabelModel | None = model
    if fit_on is not None:
        chosen = fit_on_wrench(fit_on, model or "hmm", seed, all_lfs, lf_names)
    lfs = select_lfs(corpus.tagset.types, lf_paths, shipped) if L is None else None
    tick = (lambda name: progress(name, len(lfs))) if progress and lfs else None
    sample = None
    if gold_sample is not None:
        sample = read_gold_sample(
            gold_sample, corpus.tagset, lfs, lf_names, jobs, cache, check=not trust_gold_sample
        )
        log.info("gold sample: %d sentences, %d tokens", sample.n_sents, len(sample.gold))
    result = label_corpus(
        corpus,
        lfs,
        chosen or default_model(lfs),
        L=L,
        lf_names=lf_names,
        load_model=load_model,
        save_model=save_model,
        threshold=threshold,
        seed=seed,
        jobs=jobs,
        cache=ColumnCache() if cache else None,
        progress=tick,
        strict=strict,
        on_phase=on_phase,
        gold_sample=sample,
        doc_lfs=doc_lfs,
    )
    if sample is not None and not result.model.uses_gold:
        log.warning(
            "label model %s does not use --gold-sample; it was fitted without it (use -m hmm)",
            result.model.name,
        )
    if calibrate_on is not None:
        result = _calibrated(corpus, result, calibrate_on, lfs, jobs, cache, save_model, threshold)
    announce_phase(on_phase, "write", "%s", output or "stdout")
    t0 = time.perf_counter()
    text = write_labels(result, corpus, fmt, output, probs_column)
    result.seconds = {"read": t_read, **result.seconds, "write": time.perf_counter() - t0}
    return corpus, result, text


def _calibrated(
    corpus: Corpus,
    result: LabelResult,
    gold_path: Path,
    lfs: list[LabelingFunction] | None,
    jobs: int,
    cache: bool,
    save_model: Path | None,
    threshold: float,
) -> LabelResult:
    """``result`` relabelled after fitting the model's shrinkage on ``gold_path``'s gold."""
    if lfs is None:
        raise WslError("--calibrate-on needs LFs to apply to the gold file (not precomputed votes)")
    gold = read_gold_sample(gold_path, corpus.tagset, lfs, None, jobs, cache, "calibrate on")
    L = gold.L
    if has_doc_lfs(result.lf_names):  # a gold file is no document: those LFs abstain on it
        L = np.hstack([L, abstaining_columns(len(L)).astype(L.dtype)])
    calibrate_hmm(result.model, L, gold.sent_ids, gold.gold)
    relabelled = label_corpus(
        corpus,
        None,
        result.model,
        L=result.L,
        lf_names=result.lf_names,
        save_model=save_model,
        threshold=threshold,
    )
    relabelled.seconds = {**result.seconds, "calibrate": relabelled.seconds.get("model", 0.0)}
    return relabelled


DEFAULT_SHARD_TOKENS = 200_000  # bench/scale.py --shard-tokens: see the README
AUTO_SHARD_BYTES = 4 << 20  # ~0.7 M tokens of raw text, ~0.9 GB when labelled in memory


def plan_shards(
    inputs: Sequence[str | Path],
    shard_tokens: int | None,
    *,
    input_format: str = "auto",
    tagset: TagSet | None = TagSet(),
    fmt: str = "conll",
    fit_on: Path | None = None,
    cluster: bool = False,
    doc_lfs: str = "off",
) -> int:
    """Tokens per shard for a ``wsl label`` run; 0 labels in memory.

    ``shard_tokens`` as given, else (``None``, the default) shards of
    :data:`DEFAULT_SHARD_TOKENS` for a Dask ``cluster`` or for inputs over
    :data:`AUTO_SHARD_BYTES` whose output is CoNLL or JSONL -- the sharded run writes the same
    bytes in bounded memory. In memory stay standard input (it cannot be read twice), WRENCH
    votes, ``--types auto`` (types read from the data), document-level LFs (a shard may cut
    a document) and binary outputs, whose sharded form is a folder of parts (a warning says
    so for a large input).
    """
    if shard_tokens is not None:
        return shard_tokens
    if cluster:
        return DEFAULT_SHARD_TOKENS
    if input_format == "wrench" or tagset is None or fit_on is not None or doc_lfs != "off":
        return 0
    files = expand_inputs(inputs)
    if STDIN in files:
        return 0
    size = sum(Path(f).stat().st_size for f in files if Path(f).is_file())
    if size <= AUTO_SHARD_BYTES:
        return 0
    if fmt in FORMATS and not FORMATS[fmt].text:
        log.warning(
            "%.0f MB of input labelled in memory; for bounded memory add --shard-tokens %d "
            "(--format %s then writes a folder of part files)",
            size / 1e6,
            DEFAULT_SHARD_TOKENS,
            fmt,
        )
        return 0
    log.info("%.0f MB of input: labelling in shards of %d tokens", size / 1e6, DEFAULT_SHARD_TOKENS)
    return DEFAULT_SHARD_TOKENS


def label_in_shards(
    inputs: Sequence[str | Path],
    *,
    shard_tokens: int,
    output: str | None,
    fmt: str = "conll",
    input_format: str = "auto",
    tagset: TagSet | None = TagSet(),
    docs: str = "file",
    lf_paths: Sequence[str | Path] = (),
    shipped: bool = True,
    model: str | None = None,
    load_model: Path | None = None,
    save_model: Path | None = None,
    threshold: float = 0.0,
    seed: int = 0,
    jobs: int = 0,
    cache: bool = True,
    probs_column: bool = False,
    resume: bool = False,
    on_shard: Callable[[ShardDone], None] | None = None,
    scheduler: str | None = None,
    dask_workers: int = 0,
    strict: bool = False,
    gold_sample: Path | None = None,
    calibrate_on: Path | None = None,
    stream: BinaryIO | None = None,
    doc_lfs: str = "off",
    trust_gold_sample: bool = False,
) -> ShardRun:
    """``wsl label --shard-tokens N``: the sharded, resumable run of :mod:`.stream`; with
    ``scheduler`` or ``dask_workers``, on a Dask cluster (:mod:`.dask_run`). ``gold_sample``
    and ``calibrate_on`` are gold files, read and voted on here, before pass 1. Shards are
    cut between sentences, so a document may be split: ``doc_lfs`` must be ``off``.

    ``stream`` (with ``output=None``): a binary stream, such as standard output, that gets
    the CoNLL or JSONL output; the parts and the joined file go to a temporary folder first
    (disk, not memory), and such a run cannot be resumed.
    """
    check_options(
        model,
        load_model,
        None,
        calibrate_on,
        lf_paths,
        input_format,
        gold_sample,
        doc_lfs,
        trust_gold_sample,
    )
    if doc_lfs != "off":
        raise WslError(
            "--doc-lfs needs whole documents, and --shard-tokens may cut one between shards: "
            "not both"
        )
    to_stream = output is None
    if to_stream:
        if stream is None or resume or scheduler is not None or dask_workers:
            raise WslError("--shard-tokens with --resume or a cluster: give an output file (-o)")
        check_output(fmt, None)  # a text format
    if input_format == "wrench":
        raise WslError("--shard-tokens reads documents; WRENCH files carry their votes: drop it")
    if tagset is None:
        raise WslError("--shard-tokens needs the entity types up front: not --types auto")
    if scheduler is not None and dask_workers:
        raise WslError("--scheduler uses a running cluster, --dask-workers starts one: not both")
    if fmt not in FORMATS:
        raise WslError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    lfs = select_lfs(tagset.types, lf_paths, shipped)
    samples = {
        purpose: read_gold_sample(
            path, tagset, lfs, None, jobs or 1, cache, purpose, check=not trust_gold_sample
        )
        for purpose, path in (("fit on", gold_sample), ("calibrate on", calibrate_on))
        if path is not None
    }
    with contextlib.ExitStack() as stack:
        if to_stream:  # by way of a temporary file
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="wsl-"))
            output = str(Path(tmp) / f"out.{fmt}")
        run = label_sharded(
            inputs,
            output,
            lfs,
            shard_tokens=shard_tokens,
            model=model or default_model(lfs),
            tagset=tagset,
            input_format=input_format,
            docs=docs,
            fmt=fmt,
            probs_column=probs_column,
            load_model_path=load_model,
            save_model=save_model,
            threshold=threshold,
            seed=seed,
            jobs=jobs or 1,
            cache=cache,
            resume=resume,
            on_shard=on_shard,
            scheduler=scheduler,
            dask_workers=dask_workers,
            strict=strict,
            gold_sample=samples.get("fit on"),
            calibration=samples.get("calibrate on"),
        )
        if to_stream:
            with open(output, "rb") as fh:
                shutil.copyfileobj(fh, stream)
    return run
