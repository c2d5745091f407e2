"""Ctrl-C and dead workers on real `wsl label` subprocesses: exit 130 (or 1), one line, no
traceback, no output or temp file left behind, and no hang."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WSL = str(Path(sys.executable).with_name("wsl"))
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

SLOW_LF = """
import os, time
from pathlib import Path
from wsl.lfs.python_lf import sentence_lf

@sentence_lf(["Language"])
def slow(sent):
    Path(os.environ["WSL_TEST_MARKER"]).touch()  # the LF is running (in this process or a worker)
    time.sleep(60)
    return []
"""

KILLER_LF = """
import os, signal
from wsl.lfs.python_lf import sentence_lf

PARENT = os.getpid()  # imported in the parent, before the workers fork

@sentence_lf(["Language"])
def killer(sent):
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)  # a worker dies, as under the OOM killer
    return []
"""


def _env(tmp_path: Path) -> dict:
    return {
        **os.environ,
        "WSL_CACHE_DIR": str(tmp_path / "cache"),
        "WSL_TEST_MARKER": str(tmp_path / "running"),
    }


def _text(tmp_path: Path, n_sents: int = 40) -> Path:
    p = tmp_path / "in.txt"
    p.write_text("".join(f"Sentence {i} mentions Rust and Linux.\n\n" for i in range(n_sents)))
    return p


def _start(tmp_path: Path, *args: str) -> subprocess.Popen:
    """``wsl ARGS`` as a real process in its own session (a process group to signal)."""
    return subprocess.Popen(
        [WSL, *args],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _interrupt_in_phase(proc: subprocess.Popen, phase: str, out_dir: Path) -> float:
    """Wait for ``wsl -v``'s "phase PHASE" line, send Ctrl-C to the group, check a clean end;
    returns the seconds from the signal to the end."""
    seen: list[str] = []

    def started() -> bool:
        line = proc.stderr.readline()
        seen.append(line)
        return f"phase {phase}" in line

    _wait_for(started, proc)
    rc, err, secs = _interrupt(proc, group=True)
    _assert_clean_interrupt(rc, "".join(seen) + err, out_dir)
    return secs


def _wait_for(cond, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if proc.poll() is not None:
            raise AssertionError(f"wsl ended early ({proc.returncode}): {proc.stderr.read()}")
        if time.monotonic() > end:
            proc.kill()
            raise AssertionError("timed out waiting for the phase")
        time.sleep(0.05)


def _interrupt(proc: subprocess.Popen, group: bool) -> tuple[int, str, float]:
    t0 = time.monotonic()
    if group:  # a terminal's Ctrl-C reaches the whole process group, workers included
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("wsl hung after SIGINT") from None
    return proc.returncode, err, time.monotonic() - t0


def _assert_clean_interrupt(rc: int, err: str, out_dir: Path) -> None:
    assert rc == 130, err
    assert err.strip().splitlines()[-1] == "interrupted"
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert sorted(p.name for p in out_dir.iterdir()) == []  # no output, no temp file


@pytest.mark.parametrize("jobs,group", [(1, False), (2, False), (2, True)])
def test_ctrl_c_while_applying_lfs(tmp_path, jobs, group):
    lf = tmp_path / "slow_lf.py"
    lf.write_text(SLOW_LF)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = _start(
        tmp_path,
        "label",
        str(_text(tmp_path)),
        "--lfs",
        str(lf),
        "--no-shipped",
        "--no-cache",
        "-j",
        str(jobs),
        "-f",
        "jsonl",
        "-o",
        str(out_dir / "labels.jsonl"),
    )
    _wait_for((tmp_path / "running").exists, proc)
    rc, err, secs = _interrupt(proc, group)
    _assert_clean_interrupt(rc, err, out_dir)
    assert secs < 5


def test_ctrl_c_while_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Rust and Go run on Linux while Erlang runs on BEAM . " * 60_000)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = _start(tmp_path, "-v", "label", str(big), "-o", str(out_dir / "labels.conll"))
    _interrupt_in_phase(proc, "read", out_dir)


def test_a_killed_worker_fails_the_run_instead_of_hanging(tmp_path):
    lf = tmp_path / "killer_lf.py"
    lf.write_text(KILLER_LF)
    out = tmp_path / "labels.conll"
    proc = subprocess.run(
        [
            WSL,
            "label",
            str(_text(tmp_path)),
            "--lfs",
            str(lf),
            "--no-shipped",
            "--no-cache",
            "-j",
            "2",
            "-o",
            str(out),
        ],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "worker process applying LFs died" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists() and list(tmp_path.glob(".labels*")) == []


def test_ctrl_c_while_fitting_the_label_model(tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = _start(
        tmp_path,
        "-v",
        "label",
        str(_text(tmp_path, 400)),
        "-m",
        "snorkel",
        "--no-cache",
        "-o",
        str(out_dir / "labels.conll"),
    )
    assert _interrupt_in_phase(proc, "fit", out_dir) < 5
