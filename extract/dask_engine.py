"""The Dask engine: the shards of a run (extract.shards) spread over the workers of a Dask cluster.

Without a scheduler address a local cluster is started (one single-threaded worker process per core,
on 127.0.0.1); with one, its workers are used: they need this project installed and the inputs and the
output directory at the same paths (a shared file system). The dashboard's address is printed.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from extract.shards import Mapper, Shard, ShardResult

DASHBOARD = "127.0.0.1:8787"   # the usual port; Dask takes a free one when it is in use


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2, dashboard: str = DASHBOARD,
                say=None) -> Iterator[object]:
    """A distributed Client on `scheduler`, or on a local cluster of `workers` processes; closed after."""
    from distributed import Client, LocalCluster

    say = say or (lambda line: print(line, file=sys.stderr, flush=True))
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=dashboard, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        say(f"Dask dashboard: {client.dashboard_link} "
            f"({len(client.scheduler_info(n_workers=-1)['workers'])} workers, scheduler {client.scheduler.address})")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def client_mapper(client) -> Mapper:
    """Submit each shard as one task; yield (shard, result or why it failed) as tasks complete."""
    from distributed import as_completed

    def mapper(fn, shards: list[Shard], options: dict) -> Iterator[tuple[Shard, ShardResult | str]]:
        if not shards:
            return
        keys = [f"extract-shard-{shard.name}" for shard in shards]
        by_key = dict(zip(keys, shards))
        futures = client.map(fn, shards, key=keys, pure=False, **options)
        for future in as_completed(futures):
            shard = by_key[future.key]
            try:
                yield shard, future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost or a shard's bug: that shard is reported
                yield shard, f"{type(exc).__name__}: {exc}"
            future.release()
    return mapper
