"""What was directed to the Ministry of Foreign Affairs, month by month.

Run: ``python examples/directives_to_mofa.py [PATH]`` (default: the bundled sample).
"""

from __future__ import annotations

import sys
from collections import defaultdict

import doingoai


def main(corpus: doingoai.Corpus) -> None:
    by_month: dict[str, list[str]] = defaultdict(list)
    for article, directive in corpus.directives(addressee="bo ngoai giao"):
        month = str(article.published)[:7] if article.published else "undated"
        issuer = article.issuer_of(directive) or "?"
        by_month[month].append(f"{issuer} {directive.verb}: {directive.content}")
    if not by_month:
        print("no directive to the Ministry of Foreign Affairs in these articles")
    for month in sorted(by_month):
        print(month)
        for line in by_month[month]:
            print(f"  - {line}")


if __name__ == "__main__":
    main(doingoai.Corpus.from_path(sys.argv[1]) if len(sys.argv) > 1 else doingoai.sample())
