"""Sharded labelling on a dask.distributed cluster: the bytes of the single-process run.

Localhost only: a LocalCluster of worker processes, a scheduler and a worker started as
separate processes, and a worker killed mid-run. Skipped when dask.distributed is missing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.registry import collect_lfs
from wsl.pipeline.stream import label_sharded

try:
    import distributed  # noqa: F401

    HAVE_DASK = True
except ImportError:
    HAVE_DASK = False
needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="needs dask[distributed] (wsl[dask])")

WSL = str(Path(sys.executable).with_name("wsl"))
TS = TagSet(("Language", "Operating_System"))


def _lfs():
    """The shipped LFs of the two types plus a gazetteer LF: all must travel to workers."""
    shipped = collect_lfs([], shipped=True, types=TS.types)
    return [*shipped, GazetteerLF("langs", ["Rust", "Go", "Haskell"], label="Language")]


@pytest.fixture
def local_client(tmp_path, monkeypatch):
    """A LocalCluster of 2 worker processes, one thread each, with a private LF cache."""
    from distributed import Client, LocalCluster

    monkeypatch.setenv("WSL_CACHE_DIR", str(tmp_path / "cache"))  # the workers inherit it
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        with Client(cluster) as client:
            yield client


def _same_output(a: Path, b: Path) -> None:
    if a.is_file():
        assert a.read_bytes() == b.read_bytes()
        return
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@needs_dask
@pytest.mark.parametrize("fmt", ["conll", "jsonl", "parquet"])
def test_local_cluster_gives_the_bytes_of_the_single_process_run(
    tmp_path, local_client, fmt, write_docs
):
    docs = write_docs(tmp_path)
    lfs = _lfs()
    common = dict(tagset=TS, fmt=fmt, model="hmm", probs_column=fmt == "conll", shard_tokens=30)
    one = label_sharded([docs], tmp_path / f"one.{fmt}", lfs, cache=False, **common)
    # the cache on: the two workers write LF columns into one cache folder at once
    on_dask = label_sharded([docs], tmp_path / f"dask.{fmt}", lfs, client=local_client, **common)
    assert on_dask.n_shards == one.n_shards > 5
    assert (on_dask.n_tokens, on_dask.n_sents, on_dask.n_spans) == (
        one.n_tokens,
        one.n_sents,
        one.n_spans,
    )
    assert on_dask.spans_per_type == one.spans_per_type
    _same_output(tmp_path / f"one.{fmt}", tmp_path / f"dask.{fmt}")
    assert not list(tmp_path.glob("*.wsl-parts"))
    assert local_client.status == "running"  # a client passed in is not closed


def _start(args, **kw):
    return subprocess.Popen(
        [sys.executable, "-m", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw
    )


@needs_dask
def test_scheduler_and_worker_as_separate_processes(tmp_path, write_docs):
    docs = write_docs(tmp_path)
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "cache")}
    info = tmp_path / "scheduler.json"
    scheduler = _start(
        [
            "distributed.cli.dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(info),
        ],
        env=env,
    )
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists():
            assert scheduler.poll() is None, scheduler.stderr.read().decode()
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written whole, but let the writer finish
        address = json.loads(info.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        worker = _start(
            [
                "distributed.cli.dask_worker",
                address,
                "--nthreads",
                "1",
                "--nworkers",
                "1",
                "--no-dashboard",
            ],
            env=env,
        )
        args = [WSL, "label", str(docs), "--types", "Language,Operating_System", "-f", "jsonl"]
        args += ["--shard-tokens", "30"]
        one = subprocess.run(
            [*args, "-o", str(tmp_path / "one.jsonl")], env=env, capture_output=True, text=True
        )
        assert one.returncode == 0, one.stderr
        on_dask = subprocess.run(
            [*args, "--scheduler", address, "-o", str(tmp_path / "dask.jsonl")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert on_dask.returncode == 0, on_dask.stderr
        assert "INFO" not in on_dask.stderr  # Dask's own log lines stay quiet without -v
        assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()
    finally:
        for proc in (worker, scheduler):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


SLOW_LF = """
import time
from wsl.lfs.python_lf import sentence_lf

@sentence_lf(["Language"])
def slow(sent):
    time.sleep(0.04)
    return [(i, i + 1, "Language") for i, t in enumerate(sent.tokens) if t == "Rust"]
"""


@needs_dask
def test_a_worker_killed_mid_run_loses_nothing(tmp_path, local_client, write_docs):
    docs = write_docs(tmp_path, 5)
    lf_file = tmp_path / "slow_lf.py"
    lf_file.write_text(SLOW_LF)  # a user LF from a file: sent to the workers by value
    lfs = collect_lfs([lf_file], shipped=False, types=("Language",))
    common = dict(tagset=TagSet(("Language",)), fmt="jsonl", shard_tokens=40, cache=False)
    label_sharded([docs], tmp_path / "one.jsonl", lfs, **common)

    out = tmp_path / "dask.jsonl"
    errors: list[BaseException] = []

    def run() -> None:
        try:
            label_sharded([docs], out, lfs, client=local_client, **common)
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    manifest = tmp_path / "dask.jsonl.wsl-parts" / "manifest.json"
    deadline = time.monotonic() + 60
    while not (manifest.exists() and len(json.loads(manifest.read_text())["done"]) >= 2):
        assert thread.is_alive() and not errors, errors
        assert time.monotonic() < deadline
        time.sleep(0.02)
    busy = local_client.processing()  # worker address -> keys it is running
    victim = next(addr for addr, keys in busy.items() if keys)  # mid-shard
    pid = local_client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)
    thread.join(timeout=120)
    assert not thread.is_alive() and not errors, errors
    assert out.read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert pid not in local_client.run(os.getpid).values()  # the shard ran elsewhere
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == len({json.dumps(r, sort_keys=True) for r in rows})  # no duplicates


class _Unpicklable(GazetteerLF):
    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.lock' object")


@needs_dask
def test_an_lf_that_does_not_pickle_fails_before_any_work(tmp_path, write_docs):
    lf = _Unpicklable("locked", ["Rust"], label="Language")
    with pytest.raises(WslError, match="LF 'locked' cannot be sent to Dask workers"):
        label_sharded(
            [write_docs(tmp_path)],
            tmp_path / "o.conll",
            [lf],
            shard_tokens=30,
            tagset=TS,
            dask_workers=2,
        )
    assert not (tmp_path / "o.conll.wsl-parts").exists()


def test_without_dask_the_error_says_how_to_install_it(tmp_path, monkeypatch, write_docs):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(WslError, match=r"pip install wsl\[dask\]"):
        label_sharded(
            [write_docs(tmp_path)],
            tmp_path / "o.conll",
            [GazetteerLF("langs", ["Rust"], label="Language")],
            shard_tokens=30,
            tagset=TS,
            scheduler="tcp://127.0.0.1:1",
        )


def test_cluster_options_need_shards_and_one_cluster(tmp_path, write_docs):
    from typer.testing import CliRunner

    from wsl.cli import app

    docs = str(write_docs(tmp_path))
    res = CliRunner().invoke(
        app, ["label", docs, "--dask-workers", "2", "--shard-tokens", "0", "-o", "x.conll"]
    )
    assert res.exit_code == 1 and "not with --shard-tokens 0" in res.output
    res = CliRunner().invoke(
        app,
        ["label", docs, "--shard-tokens", "30", "--dask-workers", "2", "--scheduler", "tcp://x:1"]
        + ["-o", str(tmp_path / "x.conll")],
    )
    assert res.exit_code == 1 and "not both" in res.output


@needs_dask
def test_an_unreachable_scheduler_fails_clearly_and_leaves_nothing(
    tmp_path, monkeypatch, write_docs
):
    import wsl.pipeline.dask_run as dask_run

    monkeypatch.setattr(dask_run, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(WslError, match="cannot reach the Dask scheduler tcp://127.0.0.1:1"):
        label_sharded(
            [write_docs(tmp_path)],
            tmp_path / "o.conll",
            [GazetteerLF("langs", ["Rust"], label="Language")],
            shard_tokens=30,
            tagset=TS,
            scheduler="tcp://127.0.0.1:1",
        )
    assert not (tmp_path / "o.conll.wsl-parts").exists()  # a rerun needs no --resume


@needs_dask
def test_a_run_interrupted_on_one_machine_resumes_on_the_cluster(
    tmp_path, local_client, write_docs
):
    docs = write_docs(tmp_path)
    common = dict(tagset=TS, fmt="conll", shard_tokens=30, cache=False)
    label_sharded([docs], tmp_path / "one.conll", _lfs(), **common)

    def stop(event) -> None:
        if event.stage == 2 and event.index == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        label_sharded([docs], tmp_path / "out.conll", _lfs(), on_shard=stop, **common)
    run = label_sharded(
        [docs], tmp_path / "out.conll", _lfs(), resume=True, client=local_client, **common
    )
    assert run.resumed == 4
    assert (tmp_path / "out.conll").read_bytes() == (tmp_path / "one.conll").read_bytes()
