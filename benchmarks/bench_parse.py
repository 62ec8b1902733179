"""Parsing throughput against a plain-reading baseline, measured in one run.

Usage: ``python benchmarks/bench_parse.py [--articles 20000] [--repeat 3] [--source DIR]``

It writes a corpus generated from the bundled sample, or from the articles in
``--source DIR`` (each copy made distinct), to a temporary folder, then times, on
the same files and in the same process:

* baseline: open, read, decode UTF-8 and split into paragraphs (what any script does);
* ``doingoai.read(extract=())``: parsing only — detection, front matter, dates, blocks,
  ids and model objects;
* ``doingoai.read(extract=("speakers",))``: parsing, speakers and statements;
* ``doingoai.read()``: parsing and every extractor (speakers, statements, meetings).

It prints articles/s, MB/s and each one's ratio to the baseline. The machines are shared
and noisy, so compare ratios, not absolute figures; each figure is the best of
``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import doingoai
from doingoai.samples import sample_files

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _templates(source: Path | None) -> list[tuple[str, str]]:
    if source is not None:
        files = sorted(p for p in source.iterdir() if p.is_file())
        return [(p.name, p.read_text(encoding="utf-8")) for p in files]
    from importlib import resources

    sources = resources.files("doingoai") / "sample" / "articles"
    return [(name, (sources / name).read_text(encoding="utf-8")) for name in sample_files()]


def generate(folder: Path, count: int, source: Path | None = None) -> int:
    """Write ``count`` articles made from the templates; return their total size in bytes."""
    texts = _templates(source)
    total = 0
    for index in range(count):
        name, text = texts[index % len(texts)]
        stem, dot, suffix = name.rpartition(".")
        data = f"{text.rstrip()}\n\nBài số {index} trong bộ thử nghiệm.\n".encode()
        shard = folder / f"{index // 1000:03d}"
        shard.mkdir(exist_ok=True)
        (shard / f"{stem}-{index}{dot}{suffix}").write_bytes(data)
        total += len(data)
    return total


def baseline(folder: Path) -> int:
    count = 0
    for path in sorted(folder.rglob("*.*")):
        with open(path, "rb") as stream:
            text = stream.read().decode("utf-8")
        count += len(_PARAGRAPH_BREAK.split(text)) > 0
    return count


def parse_only(folder: Path) -> int:
    return sum(1 for _ in doingoai.read(folder, extract=()))


def parse_and_speakers(folder: Path) -> int:
    return sum(1 for _ in doingoai.read(folder, extract=("speakers",)))


def parse_and_extract(folder: Path) -> int:
    return sum(1 for _ in doingoai.read(folder))


def best_of(repeat: int, job: Callable[[Path], int], folder: Path) -> tuple[float, int]:
    timings = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = job(folder)
        timings.append(time.perf_counter() - start)
    return min(timings), count


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=20_000)
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--source", type=Path, help="a folder of articles to copy instead")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        size = generate(folder, args.articles, args.source)
        origin = args.source or "the bundled sample"
        print(f"corpus: {args.articles:,} articles from {origin}, {size / 1e6:.1f} MB")
        base_time, base_count = best_of(args.repeat, baseline, folder)
        timings = [("baseline (read+decode+split)", base_time)]
        for label, job in (
            ("parse only", parse_only),
            ("parse + speakers", parse_and_speakers),
            ("parse + every extractor", parse_and_extract),
        ):
            seconds, count = best_of(args.repeat, job, folder)
            assert base_count == count == args.articles
            timings.append((label, seconds))
        for label, seconds in timings:
            print(
                f"{label:<30} {args.articles / seconds:>10,.0f} articles/s"
                f" {size / 1e6 / seconds:>8.1f} MB/s  ratio {base_time / seconds:6.1%}"
            )
        print("goals: parse >= 25% of the baseline; parse + speakers >= 2,000 articles/s;")
        print("       parse + every extractor >= 1,000 articles/s")


if __name__ == "__main__":
    main()
