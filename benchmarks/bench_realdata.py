"""Throughput on real posts, for this checkout and, in the same run, another one.

Usage: ``python benchmarks/bench_realdata.py [--source DIR] [--against SRC] [--repeat 3]``

Reads every post of ``--source`` (default ``../shared/realdata/trends/_posts``) from
memory, so that only doingoai is timed: parse only (``extract=()``) and parse with every
extractor, in articles/s. With ``--against path/to/other/src`` the same is measured for
another version of the library (an older checkout's ``src`` folder), alternating the two
in subprocesses, so a change's cost is read as a ratio on the same machine in one run.
Flawed posts are read as the version reads them; posts it refuses are not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "realdata" / "trends" / "_posts"


def measure(source: Path, repeat: int) -> dict[str, float]:
    """Articles per second for parse only and for every extractor, best of ``repeat``."""
    import doingoai

    posts = [(str(path), path.read_bytes()) for path in sorted(source.glob("*.md"))]
    best: dict[str, float] = {}
    for name, extract in (("parse", ()), ("all", None)):
        for _ in range(repeat):
            started, count = time.perf_counter(), 0
            for path, data in posts:
                try:
                    doingoai.parse(data, source=path, extract=extract)
                except doingoai.ParseError:
                    continue
                count += 1
            rate = count / (time.perf_counter() - started)
            best[name] = max(best.get(name, 0.0), rate)
    return best


def _run(src: Path, source: Path, repeat: int) -> dict[str, float]:
    environment = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--source", str(source), "--repeat", str(repeat)]
    output = subprocess.run(
        [*command, "--json"], env=environment, capture_output=True, text=True, check=True
    )
    figures: dict[str, float] = json.loads(output.stdout)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a folder of posts")
    parser.add_argument("--against", type=Path, help="another version's src folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the best kept")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.source, args.repeat)))
        return
    versions = {"this checkout": ROOT / "src"}
    if args.against is not None:
        versions["against"] = args.against
    results: dict[str, dict[str, float]] = {name: {} for name in versions}
    for _ in range(2):  # alternate, so that both meet the same machine load
        for name, src in versions.items():
            figures = _run(src, args.source, args.repeat)
            for key, value in figures.items():
                results[name][key] = max(results[name].get(key, 0.0), value)
    print(f"{len(list(args.source.glob('*.md')))} posts from {args.source}")
    for name, figures in results.items():
        print(
            f"{name:14} parse {figures['parse']:8,.0f}/s   every extractor {figures['all']:6,.0f}/s"
        )
    if args.against is not None:
        mine, theirs = results["this checkout"], results["against"]
        print(
            f"ratio          parse {mine['parse'] / theirs['parse']:8.2f}x"
            f"   every extractor {mine['all'] / theirs['all']:6.2f}x"
        )


if __name__ == "__main__":
    main()
