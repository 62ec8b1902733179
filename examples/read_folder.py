"""Read a folder of articles, keep every good one and report every bad file.

Run: ``python examples/read_folder.py [FOLDER]`` (default: a demo folder made in a
temporary directory from the bundled sample, with one broken file added).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import doingoai


def demo_folder(folder: Path) -> Path:
    """Write the sample articles and one file with broken front matter."""
    for article in doingoai.sample():
        name = Path(article.source or article.id).name
        (folder / name).write_text(doingoai.dumps(article), encoding="utf-8")
    (folder / "broken.md").write_text("---\ntitle: [no closing bracket\n---\nText.\n")
    return folder


def main(folder: Path) -> int:
    reader = doingoai.read(folder, errors="collect")
    articles = list(reader)
    print(f"{len(articles)} articles read, {len(reader.errors)} files failed")
    by_format = Counter(article.format.value for article in articles)
    print("formats:", ", ".join(f"{name} {count}" for name, count in sorted(by_format.items())))
    dated = sorted(article.published for article in articles if article.published)
    if dated:
        print(f"published from {dated[0]} to {dated[-1]}")
    for error in reader.errors:
        print(f"failed: {error}")
    return 1 if reader.errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        raise SystemExit(main(Path(sys.argv[1])))
    with tempfile.TemporaryDirectory() as temporary:
        main(demo_folder(Path(temporary)))
