"""Extraction accuracy against hand-checked facts, by the rules of the dev set's GUIDE.md.

Usage: ``python benchmarks/accuracy.py GOLD.jsonl PAGES/ [--misses] [--json]``, for
example ``python benchmarks/accuracy.py ../shared/devset/gold.jsonl
../shared/devset/pages``.

Each page is read with :func:`doingoai.parse_file` (the public API, every extractor)
and compared with its line of ``GOLD.jsonl``:

* **person** precision, recall and F1: a found person matches a gold one when their
  names fold equal (case and marks ignored, ``đ`` as ``d``);
* **title** recall, over the gold titles of matched people: found when it folds equal
  to, or inside, one of the person's titles or rank, or when it is a role the person
  holds followed by the name of the person's own country;
* **main event** kind, date and part of day: the first meeting found against the first
  gold one (a gold kind ``other`` is not scored for kind; no meeting is a miss of all);
* **directive** precision, recall and F1: a found directive matches a gold one when
  the issuer's name folds equal, the gold verb is in its verb, and the first three gold
  words of ``starts_with`` appear in its addressees followed by its content (a leading
  ``phải``, ``cần`` or ``trong thời gian tới`` ignored on both sides); each found
  directive matches once;
* **document** recall: a gold document counts when its folded text is inside the
  folded text of one found document;
* **published**: the header date, at its precision.

Figures are micro-averaged over the pages. ``--misses`` prints every miss as
``file: what: expected vs got``; ``--json`` prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import doingoai
from doingoai import Article, Lexicon, fold

FIGURES = (
    "person_precision",
    "person_recall",
    "person_f1",
    "title_recall",
    "main_event_kind",
    "main_event_date",
    "main_event_part_of_day",
    "directive_precision",
    "directive_recall",
    "directive_f1",
    "document_recall",
    "published",
)
"""The figures :func:`score` gives, in the order they are printed."""

_IGNORED_OPENINGS = ("trong thoi gian toi ", "phai ", "can ")


@dataclass
class _Tally:
    right: int = 0
    total: int = 0

    def add(self, correct: bool) -> None:
        self.right += correct
        self.total += 1

    @property
    def ratio(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    """The figures of one run, and every miss as ``file: what: expected vs got``."""

    figures: dict[str, float]
    misses: list[str] = field(default_factory=list)
    pages: int = 0


def _key(text: str | None) -> str:
    """Folded, with punctuation as spaces and spaces collapsed: how names compare."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text or "")).split())


def _country_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for name, code in Lexicon.default().countries.items():
        names.setdefault(code, []).append(_key(name))
    return names


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold_path: Path, pages: Path) -> Report:
    """Score every page of ``pages`` named in ``gold_path``."""
    countries = _country_names()
    people_found = people_gold = people_right = 0
    titles = _Tally()
    kind, date, part = _Tally(), _Tally(), _Tally()
    directives_found = directives_gold = directives_right = 0
    documents = _Tally()
    published = _Tally()
    misses: list[str] = []
    lines = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    for gold in lines:
        name = gold["file"]
        article = doingoai.parse_file(pages / name)

        def miss(what: str, expected: Any, got: Any, name: str = name) -> None:
            misses.append(f"{name}: {what}: {expected!r} vs {got!r}")

        # -- published
        got_published = str(article.published) if article.published else None
        published.add(got_published == gold["published"])
        if got_published != gold["published"]:
            miss("published", gold["published"], got_published)

        # -- people and titles
        found = {_key(speaker.name): speaker for speaker in article.speakers}
        wanted = {_key(person["name"]): person for person in gold["people"]}
        people_found += len(found)
        people_gold += len(wanted)
        people_right += len(found.keys() & wanted.keys())
        for key in sorted(wanted.keys() - found.keys()):
            miss("person missed", wanted[key]["name"], None)
        for key in sorted(found.keys() - wanted.keys()):
            miss("person extra", None, found[key].name)
        for key in sorted(found.keys() & wanted.keys()):
            speaker = found[key]
            held = [_key(title.text) for title in speaker.titles] + [_key(speaker.rank)]
            roles = {_key(title.role) for title in speaker.titles} | {_key(t) for t in held}
            own = countries.get(speaker.country or "", [])
            for title in wanted[key]["titles"]:
                want = _key(title)
                ok = any(want and want in have for have in held) or any(
                    want == f"{role} {country}" for role in roles for country in own
                )
                titles.add(ok)
                if not ok:
                    miss(f"title of {speaker.name}", title, [t.text for t in speaker.titles])

        # -- the main event
        if gold["meetings"]:
            expected = gold["meetings"][0]
            first = article.meetings[0] if article.meetings else None
            got_kind = first.kind.value if first else None
            got_date = str(first.date) if first and first.date else None
            got_part = first.part_of_day.value if first and first.part_of_day else None
            if expected["kind"] != "other":
                kind.add(got_kind == expected["kind"])
                if got_kind != expected["kind"]:
                    miss("main event kind", expected["kind"], got_kind)
            date.add(first is not None and got_date == expected["date"])
            if first is None or got_date != expected["date"]:
                miss("main event date", expected["date"], got_date)
            part.add(first is not None and got_part == expected["part_of_day"])
            if first is None or got_part != expected["part_of_day"]:
                miss("main event part of day", expected["part_of_day"], got_part)

        # -- directives
        candidates = [_directive_words(article, d) for d in article.directives]
        used: set[int] = set()
        directives_found += len(candidates)
        directives_gold += len(gold["directives"])
        for wanted_directive in gold["directives"]:
            index = _match_directive(wanted_directive, candidates, used)
            if index is None:
                miss("directive missed", _show(wanted_directive), None)
            else:
                used.add(index)
                directives_right += 1
        for index, candidate in enumerate(candidates):
            if index not in used:
                miss("directive extra", None, f"{candidate[0]} {candidate[1]}: {candidate[2]}")

        # -- documents
        found_documents = [_key(document.text) for document in article.documents]
        for document in gold["documents"]:
            ok = any(_key(document) in have for have in found_documents)
            documents.add(ok)
            if not ok:
                miss("document missed", document, [d.text for d in article.documents])

    person_precision = people_right / people_found if people_found else 1.0
    person_recall = people_right / people_gold if people_gold else 1.0
    directive_precision = directives_right / directives_found if directives_found else 1.0
    directive_recall = directives_right / directives_gold if directives_gold else 1.0
    figures = {
        "person_precision": person_precision,
        "person_recall": person_recall,
        "person_f1": _f1(person_precision, person_recall),
        "title_recall": titles.ratio,
        "main_event_kind": kind.ratio,
        "main_event_date": date.ratio,
        "main_event_part_of_day": part.ratio,
        "directive_precision": directive_precision,
        "directive_recall": directive_recall,
        "directive_f1": _f1(directive_precision, directive_recall),
        "document_recall": documents.ratio,
        "published": published.ratio,
    }
    return Report({name: round(figures[name], 4) for name in FIGURES}, misses, len(lines))


def _directive_words(article: Article, directive: Any) -> tuple[str, str, str]:
    """(issuer's folded name, folded verb, folded addressees and content)."""
    speaker = article.speaker(directive.issuer) if directive.issuer is not None else None
    issuer = _key(speaker.name if speaker else directive.issuer)  # "" for an issuer unnamed
    said = _key(" ".join([*directive.addressees, directive.content]))
    return issuer, _key(directive.verb), _without_opening(said)


def _without_opening(words: str) -> str:
    for opening in _IGNORED_OPENINGS:
        if (words + " ").startswith(opening):
            return words[len(opening) :].strip()
    return words


def _match_directive(
    gold: dict[str, Any], candidates: list[tuple[str, str, str]], used: set[int]
) -> int | None:
    first_three = " ".join(_without_opening(_key(gold["starts_with"])).split()[:3])
    for index, (issuer, verb, said) in enumerate(candidates):
        if index in used or issuer != _key(gold["issuer"]) or _key(gold["verb"]) not in verb:
            continue
        if f" {first_three} " in f" {said} ":
            return index
    return None


def _show(directive: dict[str, Any]) -> str:
    return f"{directive['issuer']} {directive['verb']}: {directive['starts_with']}"


def _print(report: Report, misses: bool) -> None:
    print(f"{report.pages} pages")
    for name in FIGURES:
        print(f"{name.replace('_', ' '):26} {report.figures[name]:.3f}")
    if misses:
        print()
        for line in report.misses:
            print(line)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="the gold facts, one JSON object per page")
    parser.add_argument("pages", type=Path, help="the folder of the pages")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(None if argv is None else list(argv))
    report = score(args.gold, args.pages)
    if args.json:
        print(json.dumps(report.figures, indent=1))
    else:
        _print(report, args.misses)


if __name__ == "__main__":
    main()
