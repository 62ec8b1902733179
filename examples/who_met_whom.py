"""Who met whom: every meeting of the corpus, and the pairs who met most often.

Run: ``python examples/who_met_whom.py [PATH]`` (a file, folder or glob; default: the
bundled sample).
"""

from __future__ import annotations

import sys

import doingoai


def main(corpus: doingoai.Corpus) -> None:
    for article, meeting in corpus.meetings():
        when = meeting.date or article.published or "undated"
        # Facts hold people's keys; the article gives their names back.
        host = article.name_of(meeting.chair) or "—"
        guests = ", ".join(map(str, map(article.name_of, meeting.participants))) or "—"
        note = " (planned)" if meeting.planned else ""
        print(f"{when!s:<10}  {meeting.kind.value:<9}  {host} with {guests}{note}")
    print("\nmet most often:")
    for (first, second), count in corpus.cooccurrence()[:5]:
        print(f"  {count}×  {corpus.person(first).name} and {corpus.person(second).name}")


if __name__ == "__main__":
    corpus = doingoai.Corpus.from_path(sys.argv[1]) if len(sys.argv) > 1 else doingoai.sample()
    main(corpus)
