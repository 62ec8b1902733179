"""Reading Jekyll posts: doingoai against python-frontmatter, measured in one run.

Usage: ``python benchmarks/bench_frontmatter.py [--articles 20000] [--repeat 3]``

python-frontmatter (``pip install python-frontmatter``) is what a user would otherwise
pick to read these posts: front matter as a dict and the body as a string. It writes
the Jekyll posts of the generated corpus of ``bench_parse.py`` to a temporary folder and
times, on the same files and in the same process, the best of ``--repeat`` runs of:

* ``frontmatter.load(path)`` for each file, then splitting the body into paragraphs
  (the least a script does next);
* ``doingoai.read(folder, extract=())``: front matter, Jekyll's date and category rules,
  the title's topic label, the link and image lines, blocks with spans, ids;
* ``doingoai.read(folder)``: the same and every extractor.

Ratios matter more than absolute figures on these shared, noisy machines.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_parse import best_of, generate

import doingoai

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def with_frontmatter(folder: Path) -> int:
    import frontmatter  # type: ignore[import-not-found,import-untyped,unused-ignore]

    count = 0
    for path in sorted(folder.rglob("*.md")):
        post = frontmatter.load(path)
        count += len(_PARAGRAPH_BREAK.split(post.content)) > 0
    return count


def with_doingoai(folder: Path) -> int:
    return sum(1 for _ in doingoai.read(folder / "**" / "*.md", extract=()))


def with_doingoai_extracting(folder: Path) -> int:
    return sum(1 for _ in doingoai.read(folder / "**" / "*.md"))


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=20_000)
    options.add_argument("--repeat", type=int, default=3)
    args = options.parse_args()
    try:
        import frontmatter  # type: ignore[import-not-found,import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        raise SystemExit(
            "this benchmark needs python-frontmatter: pip install python-frontmatter"
        ) from None
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        generate(folder, args.articles)
        for path in folder.rglob("*.*"):
            if path.suffix != ".md":
                path.unlink()  # Jekyll posts only: python-frontmatter reads nothing else
        posts = sorted(folder.rglob("*.md"))
        size = sum(p.stat().st_size for p in posts)
        print(f"corpus: {len(posts):,} Jekyll posts from the bundled sample, {size / 1e6:.1f} MB")
        theirs, count = best_of(args.repeat, with_frontmatter, folder)
        print(f"{'python-frontmatter + split':<32} {count / theirs:>9,.0f} posts/s  ratio 100%")
        for label, job in (
            ("doingoai.read(extract=())", with_doingoai),
            ("doingoai.read() (every extractor)", with_doingoai_extracting),
        ):
            ours, found = best_of(args.repeat, job, folder)
            assert found == count, (found, count)
            print(f"{label:<32} {found / ours:>9,.0f} posts/s  ratio {theirs / ours:.0%}")


if __name__ == "__main__":
    main()
