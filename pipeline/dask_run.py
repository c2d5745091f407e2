"""A sharded run's two passes on a ``dask.distributed`` cluster (``pip install wsl[dask]``).

The driver (the process that calls :func:`~wsl.pipeline.stream.label_sharded`) reads the
inputs shard by shard and scatters the LFs to every worker. Pass 1: one task per shard
applies the LFs and returns the shard's sample keys and votes; the driver merges them into
the fit sample in shard order and fits the model once (or loads it), then scatters it.
Pass 2: one task per shard labels it (the driver, which knows how many documents and
sentences came before, gives the id offsets), writes the shard's part file into the parts
folder and returns the shard's manifest entry; the driver records the entries as the tasks
finish. In both passes at most a few tasks per worker thread are outstanding, so the
driver's memory stays bounded. Part files are written atomically, so a worker that dies
mid-shard leaves no partial file: Dask reruns the task on another worker (``retries=2``),
and the shard is written once. The parts folder must be on a filesystem every worker sees
at the same path; each worker uses its own ``$WSL_CACHE_DIR`` for LF columns.

Dask is imported only here, and this module only when a cluster is asked for.
"""

from __future__ import annotations

import logging
import pickle
import sys
import uuid
import warnings
from collections import deque
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from wsl.core.errors import WslError
from wsl.lfs.base import LabelingFunction
from wsl.pipeline.cache import ColumnCache
from wsl.pipeline.stream import Offsets, Votes, _Runner, apply_shard, label_shard

if TYPE_CHECKING:
    from wsl.core.corpus import Corpus
    from wsl.pipeline.models.base import LabelModel

INSTALL = "pip install wsl[dask]"
USER_LF_PACKAGE = "wsl_user_lfs."  # LF files are imported under this name: see lfs.registry
IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "30s"  # to reach a --scheduler


def require_dask() -> Any:
    """The ``distributed`` module, or a WslError that says how to install it."""
    try:
        import distributed
    except ImportError:
        raise WslError(f"running on a Dask cluster needs dask.distributed: {INSTALL}") from None
    return distributed


def check_lfs_pickle(lfs: Sequence[LabelingFunction]) -> None:
    """Fail with a WslError naming the LF that cannot be sent to a worker.

    LFs from the user's ``.py`` files live in modules a remote worker cannot import, so
    they are sent by value (cloudpickle); anything else an LF holds must pickle.
    """
    import cloudpickle

    for name, module in list(sys.modules.items()):
        if name.startswith(USER_LF_PACKAGE) and module is not None:
            cloudpickle.register_pickle_by_value(module)
    for lf in lfs:
        try:
            cloudpickle.dumps(lf)
        except Exception as exc:  # noqa: BLE001 - any pickling failure is the user's LF
            raise WslError(
                f"LF {lf.name!r} cannot be sent to Dask workers (it does not pickle: "
                f"{type(exc).__name__}: {exc}); make it a module-level function or class "
                "without open files, locks or generators, or run without --scheduler/"
                "--dask-workers"
            ) from None


def _apply_shard_task(
    shard: Corpus,
    lfs: Sequence[LabelingFunction],
    seed: int,
    jobs: int,
    cache: bool,
    strict: bool,
) -> Votes:
    """On a worker: pass 1 on one shard (its LF columns go to the worker's LF cache)."""
    return apply_shard(shard, lfs, seed, jobs, ColumnCache() if cache else None, strict)


def _label_shard_task(
    shard: Corpus,
    lfs: Sequence[LabelingFunction],
    lm: LabelModel,
    offsets: Offsets,
    path: str,
    cache: bool,
    options: dict,
) -> dict:
    """On a worker: label the shard, write its part file, return its manifest entry."""
    col_cache = ColumnCache() if cache else None  # the worker's $WSL_CACHE_DIR
    return label_shard(shard, lfs, lm, offsets, path, cache=col_cache, **options)


class DaskRunner(_Runner):
    """Submits shards to a cluster: ``client``, else one at ``scheduler``, else a local one of
    ``workers`` processes (one thread each). A client or cluster it made it closes."""

    def __init__(
        self,
        lfs: Sequence[LabelingFunction],
        cache: bool,
        options: dict,
        client: Any = None,
        scheduler: str | None = None,
        workers: int = 0,
    ) -> None:
        distributed = require_dask()
        check_lfs_pickle(lfs)
        if logging.getLogger().getEffectiveLevel() > logging.INFO:  # not `wsl -v`
            for name in list(logging.root.manager.loggerDict):  # Dask sets INFO on its own
                if name.split(".")[0] == "distributed":
                    logging.getLogger(name).setLevel(logging.WARNING)
        self._wait = distributed.wait
        self._own: list[Any] = []
        self.inflight: dict[Any, int] = {}
        try:
            self._start(distributed, lfs, cache, options, client, scheduler, workers)
        except BaseException:
            self.__exit__()
            raise

    def _start(self, distributed, lfs, cache, options, client, scheduler, workers) -> None:
        if client is None:
            if scheduler is not None:
                try:
                    client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
                except (OSError, TimeoutError) as exc:
                    raise WslError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
            else:
                cluster = distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: no clash with a running one
                )
                self._own.append(cluster)
                client = distributed.Client(cluster)
            self._own.insert(0, client)
        self.client = client
        self.cache, self.options = cache, options
        threads = sum(client.nthreads().values()) or max(workers, 1)
        self.limit = max(2, IN_FLIGHT_PER_THREAD * threads)
        self.run_id = uuid.uuid4().hex[:8]
        self.lfs = client.scatter([list(lfs)], broadcast=True, hash=False)[0]

    def apply(self, shards: Iterator[Corpus], seed: int) -> Iterator[Votes]:
        """Pass 1 on the workers; results in shard order, at most ``limit`` outstanding."""
        queue: deque = deque()
        jobs, cache = self.options["jobs"], self.cache
        for index, shard in enumerate(shards):
            queue.append(
                self._submit(
                    f"wsl-apply-{self.run_id}-{index:05d}",
                    _apply_shard_task,
                    shard,
                    self.lfs,
                    seed,
                    jobs,
                    cache,
                    self.options["strict"],
                )
            )
            del shard
            while len(queue) >= self.limit:
                yield self._result(queue.popleft(), "pass 1")
        while queue:
            yield self._result(queue.popleft(), "pass 1")

    def use_model(self, lm: LabelModel) -> None:
        self.lm = self.client.scatter([lm], broadcast=True, hash=False)[0]

    def submit(
        self, index: int, shard: Corpus, offsets: Offsets, path: str
    ) -> Iterator[tuple[int, dict]]:
        future = self._submit(
            f"wsl-shard-{self.run_id}-{index:05d}",
            _label_shard_task,
            shard,
            self.lfs,
            self.lm,
            offsets,
            path,
            self.cache,
            self.options,
        )
        self.inflight[future] = index
        done: list[tuple[int, dict]] = []
        while len(self.inflight) >= self.limit:
            done.extend(self._collect())
        return iter(done)

    def _submit(self, key: str, fn: Any, *args: Any) -> Any:
        """One task; a worker that dies running it has it rerun elsewhere (twice at most).

        The shard travels inside the task, not scattered: the scheduler keeps it, so the
        task can rerun when its worker dies. Dask warns about such "large graphs"; here they
        are what we want.
        """
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
            return self.client.submit(fn, *args, key=key, retries=2, pure=False)

    def drain(self) -> Iterator[tuple[int, dict]]:
        while self.inflight:
            yield from self._collect()

    def _collect(self) -> list[tuple[int, dict]]:
        """Wait for a shard; the finished ones in shard order. A failed shard raises its error."""
        waited = self._wait(list(self.inflight), return_when="FIRST_COMPLETED")
        out = []
        for future in sorted(waited.done, key=self.inflight.__getitem__):
            index = self.inflight.pop(future)
            out.append((index, self._result(future, f"shard {index}")))
        return out

    @staticmethod
    def _result(future: Any, what: str) -> Any:
        try:
            return future.result()
        except (pickle.PicklingError, ModuleNotFoundError) as exc:
            raise WslError(
                f"{what} failed on a Dask worker: {type(exc).__name__}: {exc} "
                "(do the workers have the same wsl and the LFs' modules installed?)"
            ) from None

    def __exit__(self, *exc) -> None:
        for future in self.inflight:
            future.cancel()
        self.inflight.clear()
        for thing in self._own:
            try:
                thing.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
