"""Coverage-guided fuzzing of parsing, the article's fields and every round trip.

Run by hand (atheris is not a test dependency: ``pip install atheris``)::

    python fuzz/seed_corpus.py /tmp/doingoai-corpus
    python fuzz/fuzz_parse.py /tmp/doingoai-corpus -runs=1000000 -max_len=4096

The first command fills a folder with starting inputs: the seed articles, the real
posts of ``../shared/realdata`` and the team's fixtures (read in place, never copied
into the repository). Each input is checked by :func:`tests.invariants.check`: only a
``DoingoaiError`` may be raised, every round trip gives the article back, and an input
under 10 kB takes under 100 ms. A failure stops the run and leaves the input in
``crash-*`` for ``python fuzz/fuzz_parse.py crash-…`` to replay.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():  # the library's modules, for coverage
    from tests.invariants import check


def test_one_input(data: bytes) -> None:
    check(data, time_limit=True)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
