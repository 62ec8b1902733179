"""Corpus queries against a plain scan of the same articles, measured in one run.

Usage: ``python benchmarks/bench_corpus.py [--articles 20000] [--repeat 21] [--source DIR]``

It writes the generated corpus of ``bench_parse.py`` to a temporary folder, loads it
into a :class:`doingoai.Corpus` (under ``tracemalloc``, to weigh it), then times each
query helper — the median of ``--repeat`` calls, after the first call that builds the
indexes — next to the list comprehension a user would otherwise write over the same
articles. Ratios matter more than absolute figures on these shared, noisy machines.

Goals: indexed lookups (person, title, kind, date range) under 1 ms at 20,000 articles;
search under 20 ms; memory under 3× the raw text size.
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_parse import generate

import doingoai
from doingoai import MeetingKind, PartialDate
from doingoai.text import fold


def median_ms(repeat: int, job: Callable[[], Any]) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def weigh(make: Callable[[], doingoai.Corpus]) -> tuple[doingoai.Corpus, int, int, float]:
    """Build a corpus under tracemalloc: it, its bytes, with indexes, index build time."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    corpus = make()
    gc.collect()
    articles = tracemalloc.get_traced_memory()[0] - before
    start = time.perf_counter()
    corpus.search("x")  # the first query builds every index
    corpus.speakers()  # and the merged profiles
    build = time.perf_counter() - start
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return corpus, articles, held, build


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=20_000)
    options.add_argument("--repeat", type=int, default=21)
    options.add_argument("--source", type=Path, help="a folder of articles to copy instead")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        generate(folder, args.articles, args.source)
        raw = sum(p.stat().st_size for p in folder.rglob("*.*"))
        # Load the lexicons and compile the patterns first: they are not per article.
        doingoai.parse(" date 2024-01-01 Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki.")
        start = time.perf_counter()
        corpus, articles_only, held, build = weigh(lambda: doingoai.Corpus.from_path(folder))
        load = time.perf_counter() - start - build
        # The compact corpus is read back from JSON lines: made from the live articles,
        # it would be charged for the UTF-8 copies pickling caches inside their strings.
        lines = folder / "corpus.jsonl"
        corpus.to_jsonl(lines)
        start = time.perf_counter()
        compact, compact_only, compact_held, compact_build = weigh(
            lambda: doingoai.Corpus.from_jsonl(lines, compact=True)
        )
        pack = time.perf_counter() - start - compact_build
    articles = list(corpus)
    count = len(corpus)
    print(f"corpus: {count:,} articles, {raw / 1e6:.1f} MB of raw files")
    print(f"loaded in {load:.1f} s (parse + every extractor, under tracemalloc)")
    print(f"compact corpus read from JSON lines in {pack:.1f} s")
    print(f"indexes and profiles built in {build:.1f} s (compact: {compact_build:.1f} s)")
    for label, size in (
        ("articles", articles_only),
        ("articles + indexes", held),
        ("compact articles", compact_only),
        ("compact + indexes", compact_held),
    ):
        print(
            f"memory, {label}: {size / 1e6:.0f} MB, {size / count / 1e3:.1f} kB per article,"
            f" {size / raw:.1f}× the raw files' size"
        )

    person, title = "Phạm Minh Chính", "Bộ trưởng Bộ Ngoại giao"
    key = fold(person)
    january = PartialDate(2024, 1)
    cases: list[tuple[str, Callable[[doingoai.Corpus], Any], Callable[[], Any]]] = [
        (
            "mentioning(person)",
            lambda corpus: corpus.mentioning(person),
            lambda: [a for a in articles if any(s.key == key for s in a.speakers)],
        ),
        (
            "with_title(title)",
            lambda corpus: corpus.with_title(title),
            lambda: [
                a for a in articles if any(t.text == title for s in a.speakers for t in s.titles)
            ],
        ),
        (
            "meetings(kind=)",
            lambda corpus: corpus.meetings(kind="điện đàm"),
            lambda: [
                (a, m) for a in articles for m in a.meetings if m.kind is MeetingKind.PHONE_CALL
            ],
        ),
        (
            "between(month)",
            lambda corpus: corpus.between("2024-01", "2024-01"),
            lambda: [
                a
                for a in articles
                if a.published
                and a.published.start <= january.end
                and a.published.end >= january.start
            ],
        ),
        (
            "search(2 words)",
            lambda corpus: corpus.search("ngoai giao"),
            lambda: [a for a in articles if "ngoai giao" in fold(a.text)],
        ),
        ("person(name)", lambda corpus: corpus.person(person), lambda: None),
        (
            "holders(title, on=)",
            lambda corpus: corpus.holders(title, on="2024-01-30"),
            lambda: None,
        ),
        (
            "directives(addressee=)",
            lambda corpus: corpus.directives(addressee="bo ngoai giao"),
            lambda: None,
        ),
        ("cooccurrence()", lambda corpus: corpus.cooccurrence(), lambda: None),
        ("iterate every article", lambda corpus: sum(1 for _ in corpus), lambda: None),
    ]
    print(
        f"{'query':<24} {'found':>7} {'Corpus ms':>10} {'compact ms':>11} {'scan ms':>9}"
        "  speed-up (Corpus, compact)"
    )
    for label, query, scan in cases:
        found = query(corpus)
        ours = median_ms(args.repeat, functools.partial(query, corpus))
        packed = median_ms(args.repeat, functools.partial(query, compact))
        size = len(found) if hasattr(found, "__len__") else found if isinstance(found, int) else 1
        line = f"{label:<24} {size:>7,} {ours:>10.2f} {packed:>11.2f}"
        if scan() is None:
            print(f"{line} {'—':>9}")
            continue
        theirs = median_ms(max(3, args.repeat // 5), scan)
        print(f"{line} {theirs:>9.1f}  {theirs / ours:7.0f}× {theirs / packed:7.1f}×")


if __name__ == "__main__":
    main()
