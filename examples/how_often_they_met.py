"""How often two leaders met: events, not reports, with the outlets that reported each.

Run: ``python examples/how_often_they_met.py [PATH] [--with NAME]`` (PATH: a file, folder
or glob; default: the bundled sample. NAME: default Tô Lâm). Several articles reporting
one meeting count once: ``Corpus.events`` groups them.
"""

from __future__ import annotations

import argparse
from collections import Counter

import doingoai


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", help="articles to read (default: the sample)")
    parser.add_argument("--with", dest="person", default="Tô Lâm", help="whose meetings")
    options = parser.parse_args()
    corpus = (
        doingoai.Corpus.from_path(options.path, errors="skip")
        if options.path
        else doingoai.sample()
    )
    found = corpus.events(participant=options.person)
    print(f"{options.person}: {len(found)} events in {len(corpus)} articles")
    counterparts: Counter[str] = Counter()
    for event in found:
        others = [
            key for key in event.principals if not doingoai.query.same_person(options.person, key)
        ]
        who = ", ".join(event.name_of(key) for key in others) or "—"
        counterparts.update(event.name_of(key) for key in others)
        outlets = sorted({r.outlet or "?" for r in event.reports})
        print(
            f"  {event.date or 'undated'!s:<10}  {event.kind.value:<9}  {who}"
            f"  ({len(event.reports)} report(s): {', '.join(outlets)})"
        )
    print("\nmet most often:")
    for name, count in counterparts.most_common(5):
        print(f"  {count}×  {name}")


if __name__ == "__main__":
    main()
