"""Label inputs of any size in shards: bounded memory, resumable, the same labels.

``label_sharded`` reads the inputs as whole documents and groups them into shards of about
``shard_tokens`` tokens. Pass 1 applies the LFs shard by shard (their columns go to the LF
cache) and keeps the fit sample of :mod:`wsl.pipeline.fit_sample` (the sentences with the
smallest seeded hash of their text, up to ``sample_tokens`` tokens), which depends neither on
shard order nor size and is the sample an in-memory run fits on. The model is fitted once on
that sample (or loaded). Pass 2 labels shard by shard -- prediction
and decoding are per sentence, so every shard gets exactly the labels a one-shard run gives
-- and writes one part file per shard into ``<output>.wsl-parts/`` with a manifest. When all
shards are done, CoNLL and JSONL parts are joined into the output file (atomically) and the
parts folder is removed; parquet and spaCy outputs are the parts folder itself, renamed to
the output path. An interrupted run leaves the finished parts, the fitted model and the
manifest: ``resume=True`` skips the finished shards.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, Sequence

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus, check_joinable
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_write
from wsl.lfs.base import LabelingFunction
from wsl.pipeline.apply import apply_lfs
from wsl.pipeline.cache import ColumnCache
from wsl.pipeline.doc_lfs import has_doc_lfs
from wsl.pipeline.fit_sample import SAMPLE_TOKENS, FitSample, sentence_keys
from wsl.pipeline.label import GoldSample, LabelResult, fit_new, label_corpus
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.calibrate import calibrate_hmm
from wsl.pipeline.models.registry import load_model, make_model
from wsl.pipeline.readers import expand_inputs, iter_pieces
from wsl.pipeline.subset import subset
from wsl.pipeline.writers import FORMATS, write_labels

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
MODEL_FILE = "model.npz"


@dataclass
class ShardRun:
    """What a sharded run did."""

    n_shards: int
    n_tokens: int
    n_sents: int
    n_spans: int
    resumed: int = 0
    model: str = ""
    spans_per_type: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ShardDone:
    """Progress of a sharded run: one shard through pass 1 (``stage`` 1: its votes counted
    into the fit sample) or pass 2 (``stage`` 2: labelled and written, or found finished by
    ``--resume``). The totals are known in pass 2 once pass 1 has read the whole input
    (also on ``--resume``, from the manifest); with ``--load-model`` they are ``None``."""

    stage: int
    index: int
    tokens: int
    resumed: bool = False
    total_shards: int | None = None
    total_tokens: int | None = None


class Shard(NamedTuple):
    """A shard and the number, in the whole input, of its first document."""

    corpus: Corpus
    first_doc: int


def iter_shards(
    inputs: Sequence[str | Path], shard_tokens: int, tagset: TagSet, fmt: str, docs: str
) -> Iterator[Shard]:
    """Shards of about ``shard_tokens`` tokens, in input order, cut between sentences.

    Every step after reading works per sentence (LFs see sentences, models and decoding
    run per sentence), so where a shard ends does not change a label. A file is read in
    pieces of bounded size; their sentences fill the current shard and the following ones.
    A shard's documents are numbered from its ``first_doc`` in the whole input (a document
    cut by a shard's end is the same document in the next shard) and named as
    :func:`~wsl.pipeline.readers.read_inputs` names them: by number for one input file, by
    path (``path#k`` for the k-th document of a file with several) for several.
    """
    files = expand_inputs(inputs)
    parts: list[tuple[Corpus, int]] = []  # (sentences of a piece, the piece's first doc)
    names = _Names(several=len(files) > 1)
    size = n_docs = 0
    for f, c, whole in _file_pieces(files, tagset, fmt, docs):
        base, n_docs = n_docs, n_docs + len(c.texts)
        names.add(f, len(c.texts), whole)
        lengths = np.bincount(c.sent_ids().astype(np.int64), minlength=c.n_sents)
        first = 0
        while first < c.n_sents:
            ends = np.cumsum(lengths[first:])
            take = max(int(np.searchsorted(ends, shard_tokens - size, side="left")) + 1, 1)
            take = min(take, c.n_sents - first)
            whole_piece = first == 0 and take == c.n_sents
            parts.append((c if whole_piece else subset(c, np.arange(first, first + take)), base))
            size += int(ends[take - 1])
            first += take
            if size >= shard_tokens:
                yield _assemble(parts, names, str(f))
                parts, size = [], 0
    if parts:
        yield _assemble(parts, names, str(files[-1]))


class _Names:
    """Document names as :func:`~wsl.pipeline.readers.read_inputs` gives them (none for one
    input file; the path, or ``path#k`` in a file of several documents, for several), kept
    from the current shard's first document on, so memory does not grow with the input."""

    def __init__(self, several: bool) -> None:
        self.several = several
        self.names: list[str] = []
        self.start = 0  # the input's document number of names[0]
        self.file, self.in_file = "", 0

    def add(self, f: str, k: int, whole: bool) -> None:
        """A piece of file ``f`` with ``k`` documents (``whole``: the piece is the file)."""
        if f != self.file:
            self.file, self.in_file = f, 0
        if self.several:
            if whole and k == 1:
                self.names.append(f)
            else:
                self.names += [f"{f}#{self.in_file + i + 1}" for i in range(k)]
        self.in_file += k

    def take(self, first: int, last: int) -> list[str]:
        """The names of documents ``first..last``; earlier ones are forgotten."""
        out = self.names[first - self.start : last - self.start + 1] if self.several else []
        self.names, self.start = self.names[last - self.start :], last
        return out


def _assemble(parts: list[tuple[Corpus, int]], names: _Names, source: str) -> Shard:
    """One shard of pieces' sentences: documents numbered from its first, sentences from 0."""
    tagset = check_joinable([c for c, _ in parts], source)
    first = parts[0][1] + int(parts[0][0].table["doc_id"][0])
    last = parts[-1][1] + int(parts[-1][0].table["doc_id"][-1])
    texts = [""] * (last - first + 1)
    tables = []
    n_sents = 0
    for c, base in parts:
        shift = base - first
        for d in range(int(c.table["doc_id"][0]), int(c.table["doc_id"][-1]) + 1):
            texts[d + shift] = c.texts[d]
        tables.append(
            c.table.with_columns(
                (pl.col("doc_id") + shift).cast(pl.UInt32),
                (pl.col("sent_id") + n_sents).cast(pl.UInt32),
            )
        )
        n_sents += c.n_sents
    corpus = Corpus(
        table=pl.concat(tables, how="vertical"),
        tagset=tagset,
        texts=texts,
        source=source,
        bio_repairs=sum(c.bio_repairs for c, _ in parts),
        doc_names=names.take(first, last),
    )
    return Shard(corpus, first)


def _file_pieces(
    files: Sequence[str], tagset: TagSet, fmt: str, docs: str
) -> Iterator[tuple[str, Corpus, bool]]:
    """``(file, corpus, whole)`` per piece of each input file (:func:`~.readers.iter_pieces`);
    ``whole``: the piece is the whole file."""
    for f in files:
        pieces = iter_pieces(f, fmt, tagset, docs)
        piece = next(pieces, None)
        nxt = next(pieces, None)
        yield f, piece, nxt is None
        while nxt is not None:
            piece, nxt = nxt, next(pieces, None)
            yield f, piece, False


class _After(Sequence[str]):
    """``items`` indexed as if ``off`` empty strings came first, without storing them: a
    shard's texts and names under the document ids of the whole input (only its own
    documents are looked up)."""

    def __init__(self, off: int, items: Sequence[str]) -> None:
        self.off, self.items = off, items

    def __len__(self) -> int:
        return self.off + len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = i + len(self) if i < 0 else i
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.items[i - self.off] if i >= self.off else ""


def _shifted(corpus: Corpus, result: LabelResult, doc_off: int, sent_off: int):
    """The shard's corpus and result with document and sentence ids of the whole input."""
    table = corpus.table.with_columns(
        (pl.col("doc_id") + doc_off).cast(pl.UInt32), (pl.col("sent_id") + sent_off).cast(pl.UInt32)
    )
    names = _After(doc_off, corpus.doc_names) if corpus.doc_names else []  # [] = by number
    shifted = Corpus(
        table,
        corpus.tagset,
        _After(doc_off, corpus.texts),
        corpus.source,
        corpus.bio_repairs,
        names,
    )
    spans = result.spans.with_columns(pl.col("sent_id") + sent_off)
    return shifted, LabelResult(
        result.L, result.lf_names, result.probs, result.ids, spans, result.model, result.seconds
    )


def _part_name(index: int, fmt: str) -> str:
    ext = {"conll": "conll", "jsonl": "jsonl", "spacy": "spacy"}.get(fmt, "parquet")
    return f"part-{index:05d}.{ext}"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def label_sharded(
    inputs: Sequence[str | Path],
    output: str | Path,
    lfs: Sequence[LabelingFunction],
    *,
    shard_tokens: int,
    model: str = "hmm",
    tagset: TagSet = TagSet(),
    input_format: str = "auto",
    docs: str = "file",
    fmt: str = "conll",
    probs_column: bool = False,
    load_model_path: Path | None = None,
    save_model: Path | None = None,
    threshold: float = 0.0,
    seed: int = 0,
    jobs: int = 1,
    cache: bool = True,
    resume: bool = False,
    sample_tokens: int = SAMPLE_TOKENS,
    on_shard: Callable[[ShardDone], None] | None = None,
    client: Client | None = None,
    scheduler: str | None = None,
    dask_workers: int = 0,
    strict: bool = False,
    gold_sample: GoldSample | None = None,
    calibration: GoldSample | None = None,
) -> ShardRun:
    """Label ``inputs`` shard by shard into ``output`` (see the module docstring).

    ``strict``: an LF that raises fails the run. ``gold_sample``: labelled votes (same LFs)
    that the model is fitted on with the fit sample, clamped to their gold (semi-supervised,
    as :func:`~wsl.pipeline.label.fit_or_load`). ``calibration``: labelled votes to fit the
    hmm's confidence shrinkage on before pass 2 (:mod:`wsl.pipeline.models.calibrate`).

    ``on_shard`` is called with a :class:`ShardDone` after each shard of pass 1 (in shard
    order) and of pass 2 (on a cluster, in the order the shards finish). With ``client`` (a
    ``distributed.Client``), ``scheduler`` (a scheduler address such as ``tcp://host:8786``)
    or ``dask_workers`` (a local cluster of that many worker processes), both passes run on a
    Dask cluster (see :mod:`wsl.pipeline.dask_run`); the output is the same. Without them, no
    Dask is used.
    """
    if shard_tokens < 1:
        raise WslError("--shard-tokens must be at least 1")
    if client is not None or scheduler is not None or dask_workers:
        from wsl.pipeline.dask_run import check_lfs_pickle, require_dask

        require_dask()  # before any work: no dask, or an LF that cannot travel, fails at once
        check_lfs_pickle(lfs)
    out = Path(output)
    parts = out.with_name(out.name + ".wsl-parts")
    settings = {
        "inputs": [str(p) for p in inputs],
        "shard_tokens": shard_tokens,
        "format": fmt,
        "model": model,
        "seed": seed,
        "lfs": [lf.name for lf in lfs],
        "threshold": threshold,
        "probs": probs_column,
        "types": list(tagset.types),
        "strict": strict,
        "gold_sample": _sample_digest(gold_sample),
        "calibration": _sample_digest(calibration),
    }
    manifest: dict = {"settings": settings, "done": {}}
    if parts.exists():
        old = _read_manifest(parts)
        if not resume:
            raise WslError(f"{parts} holds an unfinished run: add --resume, or delete it")
        if old.get("settings") != settings:
            raise WslError(
                "--resume with other inputs or options than the interrupted run", str(parts)
            )
        manifest = old
    elif resume:
        log.info("nothing to resume in %s: starting", parts)
    col_cache = ColumnCache() if cache else None

    def shards() -> Iterator[Shard]:  # both passes read the inputs the same way
        return iter_shards(inputs, shard_tokens, tagset, input_format, docs)

    options = dict(
        threshold=threshold, jobs=jobs, fmt=fmt, probs_column=probs_column, strict=strict
    )
    if client is None and scheduler is None and not dask_workers:
        runner: _Runner = _LocalRunner(lfs, col_cache, options)
    else:
        from wsl.pipeline.dask_run import DaskRunner

        runner = DaskRunner(lfs, cache, options, client, scheduler, dask_workers)
    fresh = not parts.exists()
    with runner:  # the cluster is up (or reached): now the parts folder
        parts.mkdir(parents=True, exist_ok=True)
        _write_manifest(parts, manifest)  # a run killed before its first part can resume
        try:
            run = _two_passes(
                runner,
                shards,
                parts,
                manifest,
                fmt=fmt,
                model=model,
                tagset=tagset,
                seed=seed,
                sample_tokens=sample_tokens,
                load_model_path=load_model_path,
                save_model=save_model,
                on_shard=on_shard,
                gold_sample=gold_sample,
                calibration=calibration,
            )
        except BaseException:
            if fresh:
                _drop_if_nothing_done(parts)
            raise
    _finish(parts, out, fmt, run.n_shards, manifest)
    return run


def _two_passes(
    runner: _Runner,
    shards: Callable[[], Iterator[Corpus]],
    parts: Path,
    manifest: dict,
    *,
    fmt: str,
    model: str,
    tagset: TagSet,
    seed: int,
    sample_tokens: int,
    load_model_path: Path | None,
    save_model: Path | None,
    on_shard: Callable[[ShardDone], None] | None,
    gold_sample: GoldSample | None = None,
    calibration: GoldSample | None = None,
) -> ShardRun:
    """Fit (pass 1) or load the model, then label the shards not done yet (pass 2).

    A fitted or loaded model is calibrated on ``calibration`` and saved in the parts folder
    before pass 2, so a resumed run uses the very same model. Pass 1 also counts the
    input's shards and tokens (``manifest["totals"]``) for pass 2's progress.
    """
    emit = on_shard or (lambda event: None)
    if (parts / MODEL_FILE).exists():
        lm = load_model(parts / MODEL_FILE)
    else:
        if load_model_path is not None:
            lm = load_model(load_model_path)
            if has_doc_lfs(lm.lf_names):
                raise WslError(
                    "model was fitted with the document-level LFs, which sharded runs cannot "
                    "use (a shard may cut a document): refit it with --doc-lfs off",
                    str(load_model_path),
                )
        else:
            fresh = make_model(model, tagset, seed=seed)
            corpora = (shard.corpus for shard in shards())
            votes = _counted(runner.apply(corpora, seed), manifest, emit)
            lm = _fit_on_sample(votes, fresh, sample_tokens, gold_sample)
        if calibration is not None:
            calibrate_hmm(lm, calibration.L, calibration.sent_ids, calibration.gold)
        lm.save(parts / MODEL_FILE)
        _write_manifest(parts, manifest)
    if save_model is not None:
        lm.save(save_model)
    runner.use_model(lm)
    run = ShardRun(0, 0, 0, 0, model=lm.name)
    totals = manifest.get("totals", {})

    def record(index: int, entry: dict, resumed: bool = False) -> None:
        for k, v in entry["per_type"].items():
            run.spans_per_type[k] = run.spans_per_type.get(k, 0) + v
        run.n_tokens += entry["tokens"]
        run.n_sents += entry["sents"]
        run.n_spans += entry["spans"]
        emit(
            ShardDone(
                2, index, entry["tokens"], resumed, totals.get("shards"), totals.get("tokens")
            )
        )

    def finished(done: Iterator[tuple[int, dict]]) -> None:
        for index, entry in done:
            manifest["done"][str(index)] = entry
            _write_manifest(parts, manifest)
            record(index, entry)

    sents = rows = 0
    for index, (shard, first_doc) in enumerate(shards()):
        offsets = Offsets(first_doc, sents, rows)
        name = _part_name(index, fmt)
        done = manifest["done"].get(str(index))
        if done and (parts / name).exists() and _digest(parts / name) == done["sha256"]:
            run.resumed += 1
            record(index, done, resumed=True)
        else:
            finished(runner.submit(index, shard, offsets, str(parts / name)))
        run.n_shards += 1
        sents, rows = sents + shard.n_sents, rows + shard.n_tokens
        del shard
    finished(runner.drain())
    return run


class Offsets(NamedTuple):
    """Documents, sentences and tokens of the whole input before a shard."""

    doc: int
    sent: int
    row: int


def label_shard(
    shard: Corpus,
    lfs: Sequence[LabelingFunction],
    lm: LabelModel,
    offsets: Offsets,
    path: str,
    *,
    threshold: float,
    jobs: int,
    fmt: str,
    probs_column: bool,
    cache: ColumnCache | None,
    strict: bool = False,
) -> dict:
    """Label one shard, write its part file at ``path``; its manifest entry.

    ``offsets``: what of the input comes before the shard (ids and the tie rule of majority
    vote count from there).
    """
    result = label_corpus(
        shard,
        lfs,
        lm,
        threshold=threshold,
        jobs=jobs,
        cache=cache,
        row_offset=offsets.row,
        strict=strict,
    )
    corpus_g, result_g = _shifted(shard, result, offsets.doc, offsets.sent)
    write_labels(result_g, corpus_g, fmt, path, probs_column)
    counts = result.spans["label"].value_counts().iter_rows()
    return {
        "tokens": shard.n_tokens,
        "sents": shard.n_sents,
        "spans": result.spans.height,
        "per_type": dict(counts),
        "sha256": _digest(Path(path)),
    }


Votes = tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]  # keys, L, sent ids, LF names


def apply_shard(
    shard: Corpus,
    lfs: Sequence[LabelingFunction],
    seed: int,
    jobs: int,
    cache: ColumnCache | None,
    strict: bool = False,
) -> Votes:
    """Pass 1 on one shard: its sentences' sample keys, its votes, sentence ids, LF names."""
    applied = apply_lfs(shard, lfs, jobs=jobs, cache=cache, strict=strict)
    return sentence_keys(shard, seed), applied.L, shard.sent_ids(), applied.lf_names


class _Runner:
    """Runs the shards. Pass 1: ``apply`` yields each shard's :data:`Votes`, in shard order.
    Pass 2 (after ``use_model``): ``submit`` yields the shards that finished meanwhile
    (index, manifest entry), ``drain`` the rest."""

    def apply(self, shards: Iterator[Corpus], seed: int) -> Iterator[Votes]:
        raise NotImplementedError

    def use_model(self, lm: LabelModel) -> None:
        self.lm = lm

    def submit(
        self, index: int, shard: Corpus, offsets: Offsets, path: str
    ) -> Iterator[tuple[int, dict]]:
        raise NotImplementedError

    def drain(self) -> Iterator[tuple[int, dict]]:
        return iter(())

    def __enter__(self) -> _Runner:
        return self

    def __exit__(self, *exc) -> None:
        pass


class _LocalRunner(_Runner):
    """Each shard in this process, at once."""

    def __init__(self, lfs, cache: ColumnCache | None, options: dict) -> None:
        self.lfs, self.cache, self.options = lfs, cache, options

    def apply(self, shards, seed):
        for shard in shards:
            yield apply_shard(
                shard, self.lfs, seed, self.options["jobs"], self.cache, self.options["strict"]
            )

    def submit(self, index, shard, offsets, path):
        entry = label_shard(
            shard, self.lfs, self.lm, offsets, path, cache=self.cache, **self.options
        )
        return iter([(index, entry)])


def _fit_on_sample(
    votes: Iterator[Votes],
    lm: LabelModel,
    sample_tokens: int,
    gold_sample: GoldSample | None = None,
) -> LabelModel:
    """Pass 1: keep the seeded sample of the shards' votes (in shard order), fit ``lm`` on it
    (followed by ``gold_sample``, clamped to its gold, for a model that uses gold)."""
    sample = FitSample(sample_tokens)
    for keys, L, sent_ids, lf_names in votes:
        lm.lf_names = lf_names
        sample.add(keys, L, sent_ids)
    if gold_sample is not None and not lm.uses_gold:
        log.warning("label model %s does not use --gold-sample; fitted without it", lm.name)
    return fit_new(lm, *sample.matrix(), gold_sample)


def _counted(
    votes: Iterator[Votes], manifest: dict, emit: Callable[[ShardDone], None]
) -> Iterator[Votes]:
    """Pass 1's votes, passed through; counts shards and tokens into ``manifest["totals"]``
    (set once every shard has been seen) and reports each shard."""
    shards = tokens = 0
    for keys, L, sent_ids, lf_names in votes:
        emit(ShardDone(1, shards, len(L)))
        shards, tokens = shards + 1, tokens + len(L)
        yield keys, L, sent_ids, lf_names
    manifest["totals"] = {"shards": shards, "tokens": tokens}


def _sample_digest(sample: GoldSample | None) -> str | None:
    """A checksum of a labelled sample, so that ``--resume`` sees a changed one."""
    if sample is None:
        return None
    h = hashlib.sha256()
    for a in (sample.L, sample.sent_ids, sample.gold):
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


def _drop_if_nothing_done(parts: Path) -> None:
    """Remove the parts folder of a run that failed before it saved a model or a part:
    there is nothing to resume, and a rerun should not be told to add ``--resume``."""
    if parts.is_dir() and not (parts / MODEL_FILE).exists() and not any(parts.glob("part-*")):
        shutil.rmtree(parts, ignore_errors=True)


def _read_manifest(parts: Path) -> dict:
    try:
        return json.loads((parts / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise WslError(
            "unreadable manifest of an interrupted run: delete the folder", str(parts)
        ) from None


def _write_manifest(parts: Path, manifest: dict) -> None:
    with atomic_write(parts / MANIFEST) as fh:
        fh.write(json.dumps(manifest, indent=1, sort_keys=True))


def _finish(parts: Path, out: Path, fmt: str, n_shards: int, manifest: dict) -> None:
    """Join text parts into ``out`` (atomically) or make the parts folder the output."""
    manifest["complete"] = True
    manifest["n_shards"] = n_shards
    if FORMATS[fmt].text:
        with atomic_write(out, "wb") as fh:
            for index in range(n_shards):
                with open(parts / _part_name(index, fmt), "rb") as part:
                    shutil.copyfileobj(part, fh)
        shutil.rmtree(parts)
        return
    (parts / MODEL_FILE).unlink(missing_ok=True)
    _write_manifest(parts, manifest)
    if out.exists():
        if not out.is_dir():
            out.unlink()
        else:
            shutil.rmtree(out)
    parts.rename(out)
