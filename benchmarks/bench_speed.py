"""Speed on real posts against the least a script would do, measured in one run.

Usage: ``python benchmarks/bench_speed.py [--source DIR] [--repeat 3] [--workers 2]``

Reads the posts of ``--source`` (default ``../shared/realdata/trends/_posts``, the files
never copied), listed the way :func:`doingoai.read` lists a folder, and times from the
files on disk, best of ``--repeat`` rounds (each round runs every one of them in turn, so
that a change of the shared machine's load falls on all alike):

* the baseline: read the bytes, decode them, split the text into paragraphs;
* python-frontmatter (when installed), then the same split: what a user would pick;
* ``doingoai.read(folder, extract=())``: parsing alone;
* ``doingoai.read(folder)``: parsing and every extractor, on one core and, with
  ``--workers``, on more.

Each figure is given in articles/s and as a share of the baseline's, since only ratios
taken in one run compare on these shared, noisy machines.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

import doingoai
from doingoai.reading import ARTICLE_SUFFIXES, _paths

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "realdata" / "trends" / "_posts"
_PARAGRAPHS = re.compile(r"\n\s*\n")


def baseline(paths: list[str]) -> int:
    count = 0
    for path in paths:
        with open(path, "rb") as stream:
            text = stream.read().decode("utf-8", errors="replace")
        count += bool(_PARAGRAPHS.split(text))
    return count


def with_frontmatter(paths: list[str]) -> int:
    import frontmatter  # type: ignore[import-not-found,import-untyped,unused-ignore]

    count = 0
    for path in paths:
        try:
            post = frontmatter.load(path)
        except Exception:  # python-frontmatter raises what YAML raises
            continue
        count += bool(_PARAGRAPHS.split(post.content))
    return count


def best_rates(runs: dict[str, Callable[[], int]], repeat: int) -> dict[str, float]:
    """The best rate of each run over ``repeat`` rounds, the runs taken in turn in each.

    Taking every run once per round, rather than all rounds of one run and then the next,
    keeps the ratios honest when the shared machine's load changes during the benchmark.
    """
    best = dict.fromkeys(runs, 0.0)
    for _ in range(repeat):
        for name, run in runs.items():
            started = time.perf_counter()
            count = run()
            best[name] = max(best[name], count / (time.perf_counter() - started))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a folder of posts")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the best kept")
    parser.add_argument("--workers", type=int, default=2, help="processes for the last line")
    args = parser.parse_args()
    paths, _ = _paths(args.source, ARTICLE_SUFFIXES, follow_symlinks=False)
    folder = args.source

    def read(**options: object) -> int:
        reader = doingoai.read(folder, errors="skip", **options)  # type: ignore[arg-type]
        return sum(1 for _ in reader)

    runs: dict[str, Callable[[], int]] = {"read + decode + split": lambda: baseline(paths)}
    try:
        import frontmatter  # type: ignore[import-not-found,import-untyped,unused-ignore]  # noqa: F401

        runs["python-frontmatter + split"] = lambda: with_frontmatter(paths)
    except ImportError:
        print("(python-frontmatter is not installed: pip install python-frontmatter)")
    runs["doingoai parse only"] = lambda: read(extract=())
    runs["doingoai full pipeline"] = lambda: read()
    if args.workers > 1:
        runs[f"doingoai full, {args.workers} workers"] = lambda: read(workers=args.workers)
    print(f"{len(paths)} posts from {folder}")
    rates = best_rates(runs, args.repeat)
    base = rates["read + decode + split"]
    for name, rate in rates.items():
        print(f"{name:32} {rate:9,.0f}/s  {rate / base:7.1%} of the baseline")
    if "python-frontmatter + split" in rates:
        ratio = rates["doingoai parse only"] / rates["python-frontmatter + split"]
        print(f"parse only against python-frontmatter: {ratio:.2f}x")


if __name__ == "__main__":
    main()
