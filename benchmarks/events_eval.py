"""Pairwise precision and recall of "same event" on a hand-grouped set of real reports.

Usage: ``python benchmarks/events_eval.py [--pages DIR] [--posts DIR] [--misses]``

``benchmarks/events-gold.jsonl`` groups 226 meeting reports of the dev pages
(``../shared/devset/pages``) and the real posts (``../shared/realdata``) by hand: every
report that shares a day and a person with a report of another article, read and put
in the event it reports (``alone-…``: an event no other article of the set reports).
Each line names an event and its reports as ``[article id, meeting index]``; the texts
stay in ``../shared``. Pairs are counted between reports of different articles, the
only ones :func:`doingoai.events.events` may join.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import doingoai
from doingoai.events import events

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "events-gold.jsonl"
SHARED = ROOT.parent / "shared"


def score(articles: list[doingoai.Article], gold_path: Path = GOLD) -> dict[str, object]:
    """Pairwise precision, recall and F1, with the pairs missed and the pairs wrongly made."""
    gold: dict[tuple[str, int], str] = {}
    with open(gold_path, encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            for article, meeting in entry["reports"]:
                gold[article, meeting] = entry["event"]
    found: dict[tuple[str, int], int] = {}
    for number, event in enumerate(events(articles)):
        for report in event.reports:
            found[report.article, report.meeting] = number
    missing = sorted(set(gold) - set(found))
    if missing:
        raise SystemExit(f"reports of the gold set not among the articles: {missing[:5]}")
    pairs = [(a, b) for a, b in itertools.combinations(sorted(gold), 2) if a[0] != b[0]]
    same_gold = {pair for pair in pairs if gold[pair[0]] == gold[pair[1]]}
    same_found = {pair for pair in pairs if found[pair[0]] == found[pair[1]]}
    right = len(same_gold & same_found)
    precision = right / len(same_found) if same_found else 1.0
    recall = right / len(same_gold) if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "reports": len(gold),
        "gold pairs": len(same_gold),
        "found pairs": len(same_found),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "missed": sorted(same_gold - same_found),
        "wrong": sorted(same_found - same_gold),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=SHARED / "devset" / "pages")
    parser.add_argument("--posts", type=Path, default=SHARED / "realdata" / "trends" / "_posts")
    parser.add_argument("--misses", action="store_true", help="list the pairs missed and wrong")
    options = parser.parse_args()
    articles = [*doingoai.read(options.pages, workers=0), *doingoai.read(options.posts, workers=0)]
    result = score(articles)
    for name in ("reports", "gold pairs", "found pairs", "precision", "recall", "f1"):
        print(f"{name:<12} {result[name]}")
    if options.misses:
        for kind in ("missed", "wrong"):
            for pair in result[kind]:  # type: ignore[attr-defined]
                print(kind, *pair)
    sys.exit(0)


if __name__ == "__main__":
    main()
