"""Grouping meetings into events at scale: time for 10,000 to 100,000 articles.

Usage: ``python benchmarks/bench_events.py [--source DIR] [--articles 100000]``

The real posts of ``--source`` are read once with every extractor and copied in memory
(as ``bench_store.py`` does: each copy its own id, file and year; the meetings keep the
dates their text gives). ``doingoai.events.events`` is timed on growing numbers of
articles: near-linear grouping keeps the time per article flat.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_store import DEFAULT_SOURCE, copies

import doingoai
from doingoai.events import events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a folder of posts")
    parser.add_argument("--articles", type=int, default=100_000, help="the most articles")
    options = parser.parse_args()
    real = list({a.id: a for a in doingoai.read(options.source, workers=0)}.values())
    meetings = sum(len(a.meetings) for a in real)
    print(f"{len(real)} real posts, {meetings} meetings")
    for share in (0.1, 0.2, 0.5, 1.0):
        count = int(options.articles * share)
        articles = list(copies(real, count))
        started = time.perf_counter()
        found = events(articles)
        took = time.perf_counter() - started
        reports = sum(len(a.meetings) for a in articles)
        print(
            f"{count:>7,} articles, {reports:>7,} meetings: {len(found):>6,} events"
            f" in {took:6.2f} s ({took / count * 1e6:5.1f} µs an article)"
        )


if __name__ == "__main__":
    main()
