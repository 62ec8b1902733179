"""A person's titles over time, and who held a post on a given day.

Run: ``python examples/title_timeline.py [NAME] [PATH]`` (default: Phạm Minh Chính in
the bundled sample).
"""

from __future__ import annotations

import sys

import doingoai
from doingoai.query import NotFoundError


def main(corpus: doingoai.Corpus, name: str) -> int:
    try:
        person = corpus.person(name)
    except NotFoundError:
        print(f"{name} is not named in these {len(corpus)} articles")
        return 1
    print(f"{person.name}: named in {len(person.articles)} articles")
    for record in person.titles:
        seen = f"{record.first_seen} to {record.last_seen}"
        count = len(record.articles)
        print(f"  {record.title:<36}  {seen:<24}  {count} article{'s' if count > 1 else ''}")
    for post, day in [("Bộ trưởng Bộ Ngoại giao", "2024-01-30"), ("Thủ tướng", "2025-05")]:
        holders = ", ".join(p.name for p in corpus.holders(post, on=day)) or "nobody known"
        print(f"{post} on {day}: {holders}")
    return 0


if __name__ == "__main__":
    wanted = sys.argv[1] if len(sys.argv) > 1 else "Phạm Minh Chính"
    path = sys.argv[2] if len(sys.argv) > 2 else None
    raise SystemExit(main(doingoai.Corpus.from_path(path) if path else doingoai.sample(), wanted))
