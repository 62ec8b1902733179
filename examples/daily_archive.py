"""A daily archive: add today's files to a store, then ask it questions without parsing.

Run: ``python examples/daily_archive.py [PATH] [--db FILE]`` (PATH: a file, folder or
glob; default: the bundled sample. FILE: default ``archive.sqlite`` in a temporary
folder). Run it again on the same FILE: files already stored are not added twice, and a
file that changed replaces its article.
"""

from __future__ import annotations

import argparse
import os
import tempfile

import doingoai


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", help="files to add (default: the sample)")
    parser.add_argument("--db", help="the store (default: a new one in a temporary folder)")
    options = parser.parse_args()
    db = options.db or os.path.join(tempfile.mkdtemp(), "archive.sqlite")

    with doingoai.open(db, create=True) as store:
        if options.path:
            added = store.add(doingoai.read(options.path, errors="skip"))
        else:
            added = store.add(doingoai.sample())
        print(f"{db}: {added}")
        for replaced in added.replaced:
            print(f"  {replaced.source} changed: its article was replaced")

        # Everything below is answered from the store's tables.
        print(f"\n{len(store)} articles; the most cited documents:")
        for document, citations in store.documents()[:3]:
            print(f"  {citations}×  {document.text}")
        print("\ntalks, newest first:")
        for article, meeting in reversed(store.meetings(kind="hội đàm")):
            when = meeting.date or article.published
            names = ", ".join(map(str, map(article.name_of, meeting.participants)))
            print(f"  {when}  {article.name_of(meeting.chair)} with {names}")
        print("\nsearch 'ASEAN':")
        for article in store.search("ASEAN")[:3]:
            print(f"  {article.published}  {article.title or article.text[:60]}")


if __name__ == "__main__":
    main()
