"""Reading with Dask against one process, on the real posts: articles/s, same run.

Usage: ``python benchmarks/bench_dask.py [--source DIR] [--partition 100]``

Every post of ``--source`` (default ``../shared/realdata/trends/_posts``) is read with
every extractor: by ``doingoai.read`` in this process, then by ``doingoai.dask.read_bag``
on a ``distributed.LocalCluster`` of 1, 2 and all cores' worker processes (one thread
each). Two figures per cluster: the articles brought back here (``compute()``), and
counted where they were parsed (``count()``: what a pipeline that reduces on the
workers pays).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from distributed import Client, LocalCluster

import doingoai
from doingoai.dask import read_bag

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "realdata" / "trends" / "_posts"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a folder of posts")
    parser.add_argument("--partition", type=int, default=100, help="files per partition")
    options = parser.parse_args()

    started = time.perf_counter()
    count = len(list(doingoai.read(options.source)))
    serial = count / (time.perf_counter() - started)
    print(f"{count} posts; one process (doingoai.read): {serial:,.0f} articles/s")
    cores = os.cpu_count() or 1
    for workers in sorted({1, 2, cores}):
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            read_bag(options.source, files_per_partition=options.partition).take(1)  # warm up
            figures = []
            for finish in ("compute", "count"):
                bag = read_bag(options.source, files_per_partition=options.partition)
                started = time.perf_counter()
                result = bag.compute() if finish == "compute" else bag.count().compute()
                found = len(result) if finish == "compute" else result
                assert found == count, (found, count)
                rate = count / (time.perf_counter() - started)
                figures.append(f"{finish}() {rate:,.0f}/s ({rate / serial:.2f}x)")
            print(f"Dask, {workers} worker process(es): " + ", ".join(figures))


if __name__ == "__main__":
    main()
