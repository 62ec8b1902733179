"""The SQLite store at scale: build, size, open, queries and memory against a Corpus.

Usage: ``python benchmarks/bench_store.py [--source DIR] [--articles 100000] [--db FILE]``

The real posts of ``--source`` (default ``../shared/realdata/trends/_posts``) are read
once with every extractor; ``--articles`` copies of them are made in memory by varying
each copy's id, source and year (nothing is written but the store, in a temporary
folder unless ``--db`` is given). Then, in one run:

- build: articles/s of ``Store.add`` against building an in-memory Corpus's indexes;
- size: the store's bytes against the raw files' (times the copies);
- open: seconds to open the store and count its articles;
- queries: milliseconds per lookup on the store and on the in-memory Corpus;
- memory: peak RSS of a fresh process that opens the store and runs every lookup, for
  a store a quarter the size and for the full one: it should not grow with the store.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

import doingoai
from doingoai import Article, Corpus, PartialDate
from doingoai.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "realdata" / "trends" / "_posts"

LOOKUPS: dict[str, Callable[[Corpus], Any]] = {
    "person('Tô Lâm')": lambda c: c.person("Tô Lâm"),
    "with_title('Thủ tướng') (ids)": lambda c: c.with_title("Thủ tướng"),
    "between(one month) (ids)": lambda c: c.between("2024-07", "2024-07"),
    "mentioning('Putin') (ids)": lambda c: c.mentioning("Putin"),
    "search('doi ngoai') first 10": lambda c: [a.id for a in c.search("doi ngoai")[:10]],
    "search('\"bo ngoai giao\"') first 10": lambda c: [
        a.id for a in c.search('"bo ngoai giao"')[:10]
    ],
    "holders('Thủ tướng', on=2024-06-01)": lambda c: c.holders("Thủ tướng", on="2024-06-01"),
    "with_meeting('họp báo') (ids)": lambda c: c.with_meeting("họp báo"),
    "meetings(kind='họp báo') (pairs)": lambda c: c.meetings(kind="họp báo"),
    "directives(issuer='Thủ tướng') (pairs)": lambda c: c.directives(issuer="Thủ tướng"),
}


def copies(articles: list[Article], count: int) -> Iterator[Article]:
    """``count`` articles: the real ones again and again, each copy its own id and year."""
    for index in range(count):
        article = articles[index % len(articles)]
        copy = index // len(articles)
        published = article.published
        if published is not None and copy:
            year = 2000 + (published.year + copy) % 30  # stays a real date (no 29 Feb)
            day = None if published.day == 29 and published.month == 2 else published.day
            published = PartialDate(year, published.month, day)
        yield attrs.evolve(
            article,
            id=f"{copy:05x}{article.id[5:]}",
            published=published,
            source=f"{article.source}#{copy}",
        )


def timed(function: Callable[[], Any], repeat: int = 5) -> tuple[float, float]:
    """Milliseconds of the first call of ``function()``, and the median of the next ones.

    The first call pays for what is built once (a Corpus's indexes, a store's pages
    read from disk); the next show a warm lookup.
    """
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1e3)
    return times[0], statistics.median(times[1:])


def query_memory(path: str) -> None:
    """In a fresh process: open the store, run every lookup, print the peak RSS (MB)."""
    with Store(path) as store:
        for lookup in LOOKUPS.values():
            lookup(store)
    print(json.dumps(peak_rss()))


def peak_rss() -> float:
    """The peak resident memory of the running process, in MB.

    From /proc where there is one: Linux's ru_maxrss keeps, across exec, the peak of
    the process that forked this one (here, the benchmark holding 100,000 articles).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_memory(path: str) -> float:
    command = [sys.executable, __file__, "--memory-of", path]
    output = subprocess.run(command, capture_output=True, text=True, check=True)
    return float(output.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a folder of posts")
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the store")
    parser.add_argument("--db", help="the store to build (default: in a temporary folder)")
    parser.add_argument("--memory-of", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.memory_of:
        query_memory(options.memory_of)
        return

    files = sorted(options.source.glob("*.md"))
    raw = sum(path.stat().st_size for path in files)
    started = time.perf_counter()
    real = list({a.id: a for a in doingoai.read(options.source, workers=0)}.values())
    print(
        f"read {len(real)} real posts with every extractor: {time.perf_counter() - started:.1f} s"
    )
    count = options.articles
    folder = tempfile.mkdtemp()
    path = options.db or os.path.join(folder, "store.sqlite")
    quarter = os.path.join(folder, "quarter.sqlite")

    started = time.perf_counter()
    corpus = Corpus(copies(real, count))
    corpus.between("2024", "2024")  # builds the indexes (people's profiles: on first use)
    in_memory = time.perf_counter() - started
    started = time.perf_counter()
    with Store(path, create=True) as store:
        store.add(copies(real, count))
    stored = time.perf_counter() - started
    with Store(quarter, create=True) as store:
        store.add(copies(real, count // 4))
    print(f"\n{count:,} articles")
    print(
        f"build: store {count / stored:,.0f}/s ({stored:.0f} s),"
        f" in-memory Corpus {count / in_memory:,.0f}/s: {in_memory / stored:.2f}x"
    )
    size = os.path.getsize(path)
    print(
        f"size: {size / 1e6:,.0f} MB, raw files {raw * count / len(files) / 1e6:,.0f} MB:"
        f" {size / (raw * count / len(files)):.2f}x"
    )
    started = time.perf_counter()
    with Store(path) as store:
        len(store)
        opened = time.perf_counter() - started
        print(f"open: {opened:.3f} s")
        print(f"\n{'lookup (ms: first call / again)':<40} {'store':>15} {'Corpus':>15}")
        for name, lookup in LOOKUPS.items():
            first, again = timed(functools.partial(lookup, store))
            corpus_first, corpus_again = timed(functools.partial(lookup, corpus))
            on_store = f"{first:>7.1f} / {again:<5.1f}"
            print(f"{name:<40} {on_store} {corpus_first:>7.1f} / {corpus_again:<5.1f}")
    del corpus
    small, large = peak_memory(quarter), peak_memory(path)
    print(
        f"\npeak RSS querying: {count // 4:,} articles {small:.0f} MB,"
        f" {count:,} articles {large:.0f} MB: {large / small:.2f}x"
    )


if __name__ == "__main__":
    main()
