"""The progress of a sharded ``wsl label``: shards of total, tokens/s and ETA per shard."""

from __future__ import annotations

from typer.testing import CliRunner

from wsl.cli import app
from wsl.cli.shard_progress import ShardMeter
from wsl.pipeline.stream import ShardDone


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_and_eta_count_only_this_runs_work():
    clock = Clock()
    meter = ShardMeter(clock=clock)
    first = ShardDone(2, 0, 1000, resumed=True, total_shards=4, total_tokens=4000)
    meter.update(first)  # resumed: no work, no rate yet
    assert meter.line(first) == "pass 2 (labelling): shard 1/4, resumed"
    clock.now += 2.0
    second = ShardDone(2, 1, 1000, total_shards=4, total_tokens=4000)
    meter.update(second)
    assert meter.rate() == 500.0 and meter.eta(4000) == 4.0
    assert meter.line(second) == (
        "pass 2 (labelling): shard 2/4, 1,000 tokens; 500 tokens/s; ETA 0:00:04"
    )


def test_pass_one_has_no_total_and_a_new_pass_restarts_the_clock():
    clock = Clock()
    meter = ShardMeter(clock=clock)
    meter.update(ShardDone(1, 0, 300))
    clock.now += 1.0
    event = ShardDone(1, 1, 300)
    meter.update(event)
    assert meter.line(event) == (
        "pass 1 (votes for the fit sample): shard 2, 300 tokens; 600 tokens/s"
    )
    clock.now += 3.0  # the fit, then the first shard of pass 2
    meter.update(ShardDone(2, 0, 300, total_shards=2, total_tokens=600))
    assert (meter.shards, meter.tokens, meter.rate(), meter.eta(600)) == (1, 300, 100.0, 3.0)


def test_the_cli_logs_a_line_per_shard_off_a_terminal(tmp_path):
    text = "Rust and Go run on Linux. Windows runs Python too.\n\n" * 10
    (tmp_path / "in.txt").write_text(text)
    (tmp_path / "langs.txt").write_text("# type: Language\nRust\nGo\nPython\n")
    args = ["label", str(tmp_path / "in.txt"), "--no-shipped", "--lfs", str(tmp_path / "langs.txt")]
    args += ["--types", "Language", "--shard-tokens", "40", "--no-cache"]
    res = CliRunner().invoke(app, [*args, "-o", str(tmp_path / "o.conll")])
    assert res.exit_code == 0, res.output
    lines = res.stderr.splitlines()
    first = [x for x in lines if x.startswith("pass 1")]
    second = [x for x in lines if x.startswith("pass 2")]
    # 20 sentences of 7 and 5 tokens; a shard ends with the sentence that passes 40 tokens
    assert len(first) == len(second) == 3
    assert first[0].startswith("pass 1 (votes for the fit sample): shard 1, 43 tokens; ")
    assert [x.split(";")[0] for x in second] == [
        "pass 2 (labelling): shard 1/3, 43 tokens",
        "pass 2 (labelling): shard 2/3, 41 tokens",
        "pass 2 (labelling): shard 3/3, 36 tokens",
    ]
    assert second[-1].endswith("ETA 0:00:00") and "3 shards (0 resumed)" in lines[-1]
