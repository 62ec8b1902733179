"""Start-up time: ``import doingoai`` and ``doingoai --help`` against bare imports.

Usage: ``python benchmarks/bench_import.py [--repeat 9]``

Each command runs in a fresh interpreter, the best of ``--repeat`` runs kept; the bare
imports of doingoai's dependencies and an empty interpreter are measured in the same
run, so the figures compare on these shared, noisy machines. doingoai imports YAML,
cattrs, dateutil and each extractor's patterns when first needed, not at import.

Modules are timed as a user runs them, from their cached bytecode: the benchmark writes
it first, even where ``PYTHONDONTWRITEBYTECODE`` is set (it is on some machines, and
compiling every module from source on each start doubles the time).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import yaml, cattrs, dateutil, attrs": [
        sys.executable,
        "-c",
        "import yaml, cattrs, dateutil.parser, attrs, typing_extensions",
    ],
    "import doingoai": [sys.executable, "-c", "import doingoai"],
    "doingoai --help": [sys.executable, "-m", "doingoai", "--help"],
}


ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best_of(command: list[str], repeat: int) -> float:
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=ENVIRONMENT)  # bytecode
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=ENVIRONMENT)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs of each, the best kept")
    args = parser.parse_args()
    for name, command in COMMANDS.items():
        print(f"{name:40} {best_of(command, args.repeat) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
