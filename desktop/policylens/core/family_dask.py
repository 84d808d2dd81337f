"""The families build's worker tasks on a Dask cluster, for corpora past one machine.

family_build runs its tasks (indexing pieces of documents, linking outlines, picking each
clause's distinctive bigrams) on forked processes of this machine. Given the address of a Dask
scheduler, the same tasks run on that cluster's workers instead: what the forked workers would
inherit (the index, the weights, the postings) is sent to every worker once, each task then
reads it there, and the results come back in task order, so the build that consumes them, and
its families, are the same as in process. The indexing step opens documents on the workers:
they must see the same data folder. Dask is an optional extra (`pip install policylens[dask]`);
the desktop application never needs it.
"""
from __future__ import annotations

from typing import Callable, Iterator

from .errors import DETAIL, PolicyLensError


class ClusterError(PolicyLensError, RuntimeError):
    """The Dask cluster cannot be used; the message says why."""
    code = "cluster"
    messages = {
        "cluster": DETAIL,
        "cluster.missing": "building on a Dask cluster needs Dask: pip install 'policylens[dask]' ({reason})",
        "cluster.unreachable": "cannot reach the Dask scheduler at {address} ({reason})",
    }


class DaskPool:
    """multiprocessing.Pool's imap, terminate and join, on a Dask cluster."""

    def __init__(self, address: str, shared: dict, timeout: float = 10.0):
        try:
            from distributed import Client
        except ImportError as exc:
            raise ClusterError("cluster.missing", reason=str(exc)) from None
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ClusterError("cluster.unreachable", address=address, reason=str(exc) or type(exc).__name__) from None
        self.shared = self.client.scatter(shared, broadcast=True, hash=False)

    def imap(self, task: Callable[[int], object], jobs: list[int]) -> Iterator:
        futures = self.client.map(run_with_shared, [task] * len(jobs), [self.shared] * len(jobs), jobs, pure=False)
        for future in futures:  # in task order, as Pool.imap gives them
            yield future.result()

    def terminate(self) -> None:
        self.client.close()

    def join(self) -> None:
        """Nothing to wait for: the cluster outlives the build."""


def run_with_shared(task: Callable[[int], object], shared: dict, j: int):
    """A task on a worker: what it reads is put where the forked workers find it."""
    from . import family_build

    family_build._SHARED.update(shared)  # the same values for every task of one step: threads may share it
    return task(j)
