"""Corpus: many articles, with indexes so repeated queries are fast.

>>> import doingoai
>>> corpus = doingoai.sample()
>>> len(corpus) >= 10, corpus.person("to lam").name
(True, 'Tô Lâm')
>>> [a.published for a in corpus.search("doi ngoai")][:1] != []
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import os
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from doingoai import exports, query
from doingoai.errors import ParseError
from doingoai.exports import RECORD_KINDS
from doingoai.model import (
    Article,
    Directive,
    DirectiveForce,
    DocumentRef,
    Meeting,
    MeetingKind,
    PartialDate,
)
from doingoai.reading import Errors, read
from doingoai.serialize import from_dict, to_dict
from doingoai.text import fold, match_key, person_key

__all__ = ["RECORD_KINDS", "Corpus"]

_WORD = re.compile(r"\w+")
_LONGEST_DATE = dt.timedelta(days=366)  # a year-precision date


class Corpus(Sequence[Article]):
    """Articles in publication order (undated last), with indexes for fast queries.

    Iterate it, take ``len()``, index it by position or look an article up by id
    (``corpus["0a1b2c3d4e5f6a7b"]``). Filters return a new Corpus; entity views return
    lists. Build one from articles, a path (:meth:`from_path`) or JSON lines
    (:meth:`from_jsonl`).
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: tuple[Article, ...] = tuple(sorted(articles, key=_order))
        self._by_id: dict[str, Article] | None = None  # built on first lookup
        self._in_order = True  # publication order; False for search results, in rank order
        self._index_built = False
        self._profile_cache: dict[str, query.PersonProfile] | None = None
        self.errors: list[ParseError] = []
        """The files :meth:`from_path` could not read (with ``errors="collect"``)."""

    # -- building ---------------------------------------------------------------------

    @classmethod
    def from_path(
        cls, path: str | os.PathLike[str], *, errors: Errors = "raise", **options: Any
    ) -> Corpus:
        """Read a file, a folder or a glob pattern (see :func:`doingoai.read`).

        With ``errors="collect"`` the bad files are in :attr:`errors` afterwards.
        """
        reader = read(path, errors=errors, **options)
        corpus = cls(reader)
        corpus.errors = reader.errors
        return corpus

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> Corpus:
        """Read articles written by :meth:`to_jsonl`, one JSON object per line."""
        articles = []
        source = os.fspath(path)
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    articles.append(from_dict(Article, json.loads(line)))
                except json.JSONDecodeError as error:
                    raise ParseError(
                        f"not JSON: {error.msg}", source=source, line=number, column=error.colno
                    ) from error
                except ParseError as error:
                    raise ParseError(error.reason, source=source, line=number) from error
        return cls(articles)

    def to_jsonl(self, path: str | os.PathLike[str]) -> None:
        """Write every article as one JSON object per line; :meth:`from_jsonl` reads it."""
        with open(path, "w", encoding="utf-8") as stream:
            for article in self._articles:
                stream.write(json.dumps(to_dict(article), ensure_ascii=False))
                stream.write("\n")

    # -- the sequence ------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    @overload
    def __getitem__(self, key: int) -> Article: ...

    @overload
    def __getitem__(self, key: str) -> Article: ...

    @overload
    def __getitem__(self, key: slice) -> Corpus: ...

    def __getitem__(self, key: int | str | slice) -> Article | Corpus:
        if isinstance(key, str):
            return self._ids()[key]
        if isinstance(key, slice):
            return Corpus._of(self._articles[key], self._in_order)
        return self._articles[key]

    def get(self, article_id: str, default: Article | None = None) -> Article | None:
        """The article with this id, or ``default``."""
        return self._ids().get(article_id, default)

    def _ids(self) -> dict[str, Article]:
        if self._by_id is None:
            self._by_id = {article.id: article for article in self._articles}
        return self._by_id

    def __repr__(self) -> str:
        dated = [a.published for a in self._articles if a.published is not None]
        span = f", {dated[0]} to {dated[-1]}" if dated else ""
        return f"<Corpus of {len(self)} articles{span}>"

    # -- indexes -----------------------------------------------------------------------

    def _build(self) -> None:
        if self._index_built:
            return
        self._people: dict[str, list[int]] = {}
        self._titles: dict[str, list[int]] = {}
        self._kinds: dict[MeetingKind, list[tuple[int, int]]] = {}
        # Postings as two arrays per word (article positions, counts): a few bytes each,
        # where a dict entry would take about a hundred.
        positions: dict[str, list[int]] = {}
        counts: dict[str, list[int]] = {}
        # Articles are sorted by the first day of their date, so a range of first days is
        # a slice; month and year dates that start earlier are checked one by one.
        self._starts: list[dt.date] = []
        self._partial: list[tuple[dt.date, int]] = []
        for index, article in enumerate(self._articles):
            if article.published is not None:
                self._starts.append(article.published.start)
                if article.published.day is None:
                    self._partial.append((article.published.start, index))
            for speaker in article.speakers:
                self._people.setdefault(speaker.key, []).append(index)
                for title in speaker.titles:
                    for key in {match_key(title.text), match_key(title.role)}:
                        postings = self._titles.setdefault(key, [])
                        if not postings or postings[-1] != index:
                            postings.append(index)
            for number, meeting in enumerate(article.meetings):
                self._kinds.setdefault(meeting.kind, []).append((index, number))
            for word, count in Counter(_WORD.findall(fold(article.text))).items():
                positions.setdefault(word, []).append(index)
                counts.setdefault(word, []).append(min(count, 0xFFFF))
        self._words = {
            word: (array("I", found), array("H", counts[word])) for word, found in positions.items()
        }
        self._index_built = True

    # -- filters -----------------------------------------------------------------------

    def between(
        self, start: query.DateLike | None = None, end: query.DateLike | None = None
    ) -> Corpus:
        """Articles published from ``start`` to ``end`` (PartialDates, dates or strings).

        Precision counts: a month-precision article is in a range overlapping its month.
        """
        if not self._in_order:  # search results keep their rank
            return Corpus._of(tuple(query.between(self._articles, start=start, end=end)), False)
        self._build()
        floor = query.as_partial_date(start).start if start is not None else dt.date.min
        ceiling = query.as_partial_date(end).end if end is not None else dt.date.max
        first = bisect.bisect_left(self._starts, floor)
        last = bisect.bisect_right(self._starts, ceiling)
        # Only a month or a year can start before the range and still overlap it.
        earliest = max(dt.date.min + _LONGEST_DATE, floor) - _LONGEST_DATE
        low = bisect.bisect_left(self._partial, (earliest,))
        high = bisect.bisect_left(self._partial, (floor,))
        overlapping = tuple(
            self._articles[i]
            for _, i in self._partial[low:high]
            if _overlaps(self._articles[i].published, floor, ceiling)
        )
        return Corpus._of(overlapping + self._articles[first : max(first, last)])

    def _subset(self, indexes: Iterable[int]) -> Corpus:
        chosen = tuple(self._articles[i] for i in sorted(set(indexes)))
        return Corpus._of(chosen, self._in_order)

    @classmethod
    def _of(cls, articles: tuple[Article, ...], in_order: bool = True) -> Corpus:
        """A corpus of articles already in the order wanted (publication, or rank)."""
        corpus = cls()
        corpus._articles = articles
        corpus._in_order = in_order
        return corpus

    def outlet(self, *outlets: str) -> Corpus:
        """Articles from these outlets: ``corpus.outlet("tuoitre.vn")``."""
        return Corpus._of(tuple(query.from_outlet(self._articles, *outlets)), self._in_order)

    def mentioning(self, person: str) -> Corpus:
        """Articles naming ``person``, by name or key written any way."""
        self._build()
        key = person_key(person)
        return self._subset(self._people.get(key, ()))

    def with_title(self, title: str) -> Corpus:
        """Articles naming someone with this title or role."""
        self._build()
        key = " ".join(match_key(title).split())
        return self._subset(self._titles.get(key, ()))

    def search(self, text: str) -> Corpus:
        """Full-text search, ranked by term frequency.

        Case and diacritics are ignored (``doi ngoai`` finds ``đối ngoại``);
        ``"quoted words"`` must appear together. The result is in rank order, best
        first, and filters and slices on it keep that order: ``search(q)[:10]``.
        """
        self._build()
        phrases = [fold(p) for p in re.findall(r'"([^"]+)"', text)]
        words = _WORD.findall(fold(text))
        if not words:
            return Corpus()
        empty: tuple[Sequence[int], Sequence[int]] = ((), ())
        postings = sorted((self._words.get(word, empty) for word in words), key=lambda p: len(p[0]))
        candidates = set(postings[0][0]).intersection(*(found for found, _ in postings[1:]))
        scores = dict.fromkeys(candidates, 0.0)
        for found, counts in postings:
            weight = math.log(1 + len(self) / len(found)) if found else 0.0
            for index, count in zip(found, counts, strict=True):
                if index in scores:
                    scores[index] += count * weight
        if phrases:
            for index in list(scores):
                text = " ".join(fold(self._articles[index].text).split())
                if not all(phrase in text for phrase in phrases):
                    del scores[index]
        ranked = sorted(scores, key=lambda index: -scores[index])
        return Corpus._of(tuple(self._articles[i] for i in ranked), in_order=False)

    # -- entity views ------------------------------------------------------------------

    def speakers(self) -> query.Results[query.PersonProfile]:
        """Every person, merged across articles, with the dated history of titles."""
        return query.Results(self._profiles().values())

    def _profiles(self) -> dict[str, query.PersonProfile]:
        if self._profile_cache is None:
            self._profile_cache = {p.key: p for p in query.speakers(self._articles)}
        return self._profile_cache

    def person(self, name: str) -> query.PersonProfile:
        """One person's profile, by name or key (``"Lê Hoài Trung"``, ``"le hoai trung"``).

        Raises :class:`~doingoai.query.NotFoundError` when the corpus does not name them.
        """
        key = person_key(name)
        profile = self._profiles().get(key)
        if profile is None:
            raise query.NotFoundError(f"no one named {name!r} in {self!r}")
        return profile

    def holders(
        self, title: str, *, on: query.DateLike | None = None
    ) -> query.Results[query.PersonProfile]:
        """Who held ``title`` (on a day, with ``on``), as far as the corpus shows."""
        self._build()
        profiles = self._profiles()
        keys = {s.key for a in self.with_title(title) for s in a.speakers}
        found = query.holders_among((p for k, p in profiles.items() if k in keys), title, on=on)
        return query.Results(found)

    def meetings(
        self,
        *,
        kind: MeetingKind | str | None = None,
        participant: str | None = None,
        between: query.DateRange | None = None,
    ) -> query.Results[tuple[Article, Meeting]]:
        """``(article, meeting)`` pairs by kind, participant and dates."""
        self._build()
        indexes: set[int] | None = None
        if kind is not None:
            indexes = {i for i, _ in self._kinds.get(MeetingKind(kind), [])}
        if participant is not None:
            people = set(self._people.get(person_key(participant), ()))
            indexes = people if indexes is None else indexes & people
        articles = self._articles if indexes is None else self._subset(indexes)
        found = query.meetings(articles, kind=kind, participant=participant, between=between)
        return query.Results(found)

    def directives(
        self,
        *,
        issuer: str | None = None,
        addressee: str | None = None,
        force: DirectiveForce | str | None = None,
        verb: str | None = None,
        between: query.DateRange | None = None,
    ) -> query.Results[tuple[Article, Directive]]:
        """``(article, directive)`` pairs by issuer, addressee, force, verb and dates."""
        articles = self.mentioning(issuer) if issuer else self
        return query.Results(
            query.directives(
                articles,
                issuer=issuer,
                addressee=addressee,
                force=force,
                verb=verb,
                between=between,
            )
        )

    def documents(self) -> query.Results[tuple[DocumentRef, int]]:
        """Every document cited, with its number of citations, most cited first."""
        return query.Results(query.documents(self._articles))

    def cooccurrence(self) -> query.Results[tuple[tuple[str, str], int]]:
        """Pairs of people at the same meeting, with counts, most frequent first."""
        return query.Results(query.cooccurrence(self._articles))

    # -- exports -----------------------------------------------------------------------

    def to_records(self, kind: str = "articles") -> list[dict[str, Any]]:
        """Plain dicts, one per row, of a kind of :data:`RECORD_KINDS`.

        ``articles``, ``speakers``, ``titles``, ``meetings``, ``directives`` or
        ``documents``; no dependency beyond the standard library.
        """
        return exports.records(self._articles, kind)

    def to_pandas(self, kind: str = "articles") -> Any:
        """A pandas DataFrame of :meth:`to_records` (pandas is the ``pandas`` extra)."""
        return exports.to_pandas(self.to_records(kind))

    def _repr_html_(self) -> str:
        from doingoai.display import corpus_html

        return corpus_html(self)


def _order(article: Article) -> tuple[bool, Any, str]:
    return (
        article.published is None,
        article.published.start if article.published else 0,
        article.id,
    )


def _overlaps(date: PartialDate | None, floor: dt.date, ceiling: dt.date) -> bool:
    return date is not None and date.start <= ceiling and date.end >= floor
