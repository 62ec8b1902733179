"""Whether two versions of doingoai give the same articles, file by file.

Usage: ``python benchmarks/same_output.py OTHER/src [--shared ../shared]``

For a change meant to keep every output (a speed-up, a refactoring): each version reads
the real posts of ``realdata``, the dev set's pages and the seeds in a subprocess of its
own, and prints the SHA-256 of each article's ``to_json()``; the files whose digests
differ are listed (none is the goal; any other change is a fix to explain). Make the
other version with ``git worktree add /tmp/before <commit>``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def files(shared: Path) -> list[Path]:
    return [
        *sorted((shared / "realdata" / "trends" / "_posts").glob("*.md")),
        *sorted((shared / "devset" / "pages").glob("*.txt")),
        *sorted(path for path in (shared / "seeds").glob("*") if path.is_file()),
    ]


def digests(paths: list[Path]) -> dict[str, str]:
    import doingoai

    found = {}
    for path in paths:
        try:
            text = doingoai.to_json(doingoai.parse_file(path))
        except doingoai.ParseError as error:
            text = f"ParseError: {error}"
        found[str(path)] = hashlib.sha256(text.encode()).hexdigest()
    return found


def run(src: Path, shared: Path) -> dict[str, str]:
    environment = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--shared", str(shared), "--digests"]
    output = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)
    result: dict[str, str] = json.loads(output.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", type=Path, nargs="?", help="another version's src folder")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--digests", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.digests:
        print(json.dumps(digests(files(args.shared))))
        return
    if args.other is None:
        parser.error("name the other version's src folder")
    mine, theirs = run(ROOT / "src", args.shared), run(args.other, args.shared)
    differ = [path for path in mine if mine[path] != theirs.get(path)]
    print(f"{len(mine)} files, {len(differ)} differ")
    for path in differ:
        print(f"  {path}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
