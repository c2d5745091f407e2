"""Progress of a sharded ``wsl label`` run: shards done of total, tokens per second, ETA.

On a terminal, a transient bar per pass on stderr; elsewhere (a log file, CI), one line per
shard. The rates count only the shards worked on in this run, so shards skipped by
``--resume`` do not inflate the speed or shorten the ETA.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from wsl.cli.common import err_console

if TYPE_CHECKING:  # the pipeline is imported only when a sharded run starts
    from wsl.pipeline.stream import ShardDone

STAGES = {1: "pass 1 (votes for the fit sample)", 2: "pass 2 (labelling)"}


@dataclass
class ShardMeter:
    """Shards and tokens done in one pass, the rate of this run's own work, and the ETA.

    The rate is the tokens of the shards worked on divided by the time up to each of them
    from the event before it (the meter's creation for the first shard of pass 1, the last
    shard of pass 1 for the first of pass 2: that one includes the model fit, so the first
    ETA errs long, never short). Resumed shards add neither tokens nor time."""

    clock: Callable[[], float] = time.perf_counter
    stage: int = 0
    shards: int = 0
    tokens: int = 0
    worked: int = 0  # tokens of the shards processed in this run (not resumed)
    busy: float = 0.0  # seconds spent on them
    last: float = 0.0

    def __post_init__(self) -> None:
        self.last = self.clock()

    def update(self, event: ShardDone) -> None:
        if event.stage != self.stage:  # a new pass: count afresh
            self.stage, self.shards, self.tokens, self.worked, self.busy = event.stage, 0, 0, 0, 0.0
        now = self.clock()
        if not event.resumed:
            self.worked += event.tokens
            self.busy += now - self.last
        self.last = now
        self.shards += 1
        self.tokens += event.tokens

    def rate(self) -> float | None:
        """Tokens per second of this run's work so far (``None`` before any)."""
        return self.worked / self.busy if self.worked and self.busy > 0 else None

    def eta(self, total_tokens: int | None) -> float | None:
        """Seconds left at the current rate, when the pass's total is known."""
        rate = self.rate()
        if total_tokens is None or rate is None:
            return None
        return max(total_tokens - self.tokens, 0) / rate

    def line(self, event: ShardDone) -> str:
        """``pass 2 (labelling): shard 3/15, 200,000 tokens; 85,000 tokens/s; ETA 0:00:12``."""
        of = f"/{event.total_shards}" if event.total_shards is not None else ""
        what = "resumed" if event.resumed else f"{event.tokens:,} tokens"
        parts = [f"{STAGES[event.stage]}: shard {event.index + 1}{of}, {what}"]
        rate = self.rate()
        if rate is not None:
            parts.append(f"{rate:,.0f} tokens/s")
        eta = self.eta(event.total_tokens)
        if eta is not None:
            parts.append(f"ETA {_clock(eta)}")
        return "; ".join(parts)


def _clock(secs: float) -> str:
    s = int(round(secs))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


@contextlib.contextmanager
def shard_progress() -> Iterator[Callable[[ShardDone], None]]:
    """Yields the ``on_shard`` callback of :func:`wsl.pipeline.stream.label_sharded`."""
    meter = ShardMeter()
    if not err_console.is_terminal:

        def log_line(event: ShardDone) -> None:
            meter.update(event)
            err_console.print(meter.line(event), markup=False, highlight=False, soft_wrap=True)

        yield log_line
        return
    progress = Progress(
        TextColumn("{task.fields[stage]}"),
        BarColumn(bar_width=20),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    with progress:
        task: list = [None, 0]  # the task, its stage

        def on_bar(event: ShardDone) -> None:
            meter.update(event)
            if task[1] != event.stage:
                if task[0] is not None:
                    progress.remove_task(task[0])
                task[:] = [progress.add_task("", stage=STAGES[event.stage]), event.stage]
            line = meter.line(event).split(": ", 1)[1]
            progress.update(
                task[0], description=line, completed=meter.tokens, total=event.total_tokens
            )

        yield on_bar
