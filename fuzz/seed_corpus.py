"""Fill a folder with starting inputs for ``fuzz/fuzz_parse.py``.

Usage: ``python fuzz/seed_corpus.py FOLDER``. The inputs are the seed articles, the
real posts and the team's fixtures, cut to at most 4 kB each (the fuzzer's
``-max_len``), from ``../shared`` (or ``DOINGOAI_SEEDS`` and ``DOINGOAI_REALDATA``).
The folder stays outside the repository: it holds real text.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def sources() -> list[Path]:
    seeds = Path(os.environ.get("DOINGOAI_SEEDS") or SHARED / "seeds")
    real = Path(os.environ.get("DOINGOAI_REALDATA") or SHARED / "realdata")
    found = sorted(seeds.glob("*.txt")) + sorted(real.rglob("*.md"))
    found += sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    return found


def main() -> None:
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in sources():
        data = path.read_bytes()
        for start in range(0, max(1, len(data)), 4096):
            piece = data[start : start + 4096]
            name = hashlib.blake2b(piece, digest_size=8).hexdigest()
            (target / name).write_bytes(piece)
            count += 1
            if start >= 8192:
                break  # the opening of each file and two more pieces are enough
    print(f"{count} inputs in {target}")


if __name__ == "__main__":
    main()
