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
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, overload

from doingoai import exports, query
from doingoai._compact import CompactArticles, LazyArticles, Pack
from doingoai.errors import ParseError
from doingoai.exports import RECORD_KINDS
from doingoai.model import (
    Article,
    Directive,
    DirectiveForce,
    DocumentRef,
    Event,
    Meeting,
    MeetingKind,
    PartialDate,
)
from doingoai.reading import Errors, check_errors_mode, handle_error, read
from doingoai.serialize import from_dict, loads, to_dict
from doingoai.text import fold, folded_pattern, title_key

if TYPE_CHECKING:
    from doingoai.events import Mention
    from doingoai.store import Added, Store

__all__ = ["RECORD_KINDS", "Corpus", "search_terms"]

K = TypeVar("K")
V = TypeVar("V")

_WORD = re.compile(r"[^\W_]+")  # a word as FTS5's unicode61 tokenizer takes it
_K1, _B = 1.2, 0.75  # BM25's parameters, FTS5's values
_LONGEST_DATE = dt.timedelta(days=366)  # a year-precision date


class Corpus(Sequence[Article]):
    """Articles in publication order (undated last), with indexes for fast queries.

    Iterate it, take ``len()``, index it by position or look an article up by id
    (``corpus["0a1b2c3d4e5f6a7b"]``). Filters return a new Corpus; entity views return
    lists. Build one from articles, a path (:meth:`from_path`) or JSON lines
    (:meth:`from_jsonl`).

    With ``compact=True`` the corpus keeps each article pickled and compressed and
    decodes it when it is read (the last 256 read are kept decoded): under a third of
    the memory with the same indexes, but each article read costs tens of microseconds
    (the corpus guide in the docs gives the figures).
    """

    def __init__(self, articles: Iterable[Article] = (), *, compact: bool = False) -> None:
        self._articles: Sequence[Article]
        if compact:
            self._articles = CompactArticles(Pack.of(articles, _order))
        else:
            self._articles = tuple(sorted(articles, key=_order))
        self._by_id: dict[str, int] | None = None  # positions, built on first lookup
        self._in_order = True  # publication order; False for search results, in rank order
        self._index_built = False
        self._profile_cache: dict[str, query.PersonProfile] | None = None
        self._title_cache: dict[str, list[str]] | None = None
        self._view_cache: dict[str, list[Any]] = {}
        self.errors: list[ParseError] = []
        """The files :meth:`from_path` could not read (with ``errors="collect"``)."""

    # -- building ---------------------------------------------------------------------

    @classmethod
    def from_path(
        cls,
        path: str | os.PathLike[str],
        *,
        errors: Errors = "raise",
        compact: bool = False,
        **options: Any,
    ) -> Corpus:
        """Read a file, a folder or a glob pattern (see :func:`doingoai.read`).

        With ``errors="collect"`` the bad files are in :attr:`errors` afterwards;
        ``compact`` is as for :class:`Corpus`.
        """
        reader = read(path, errors=errors, **options)
        corpus = cls(reader, compact=compact)
        corpus.errors = reader.errors
        return corpus

    @classmethod
    def from_jsonl(
        cls, path: str | os.PathLike[str], *, errors: Errors = "raise", compact: bool = False
    ) -> Corpus:
        """Read articles written by :meth:`to_jsonl`, one JSON object per line.

        A bad line is a :class:`~doingoai.ParseError` naming the file and line; with
        ``errors="skip"`` it is logged and left out, with ``errors="collect"`` it is
        kept in :attr:`errors`, and every good line is read either way.
        """
        check_errors_mode(errors)
        collected: list[ParseError] = []
        corpus = cls(_read_jsonl(os.fspath(path), errors, collected), compact=compact)
        corpus.errors = collected
        return corpus

    def to_jsonl(self, path: str | os.PathLike[str]) -> None:
        """Write every article as one JSON object per line; :meth:`from_jsonl` reads it.

        The lines go to a temporary file beside ``path``, renamed over it once all are
        written: an error or a kill midway leaves ``path`` as it was, never half written.
        """
        import tempfile  # here, not at import: it is slow to import

        target = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(target))
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder
        )
        try:
            with open(descriptor, "w", encoding="utf-8") as stream:
                for article in self._articles:
                    stream.write(json.dumps(to_dict(article), ensure_ascii=False))
                    stream.write("\n")
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise

    def save(
        self, path: str | os.PathLike[str], *, progress: Callable[[int], object] | None = None
    ) -> Added:
        """Add the articles to the store at ``path``, making it when missing.

        See :meth:`doingoai.store.Store.add`: one transaction, idempotent by article id.
        """
        from doingoai.store import Store

        with Store(path, create=True) as store:
            return store.add(self, progress=progress)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Store:
        """The store at ``path``: a corpus on disk (:class:`doingoai.store.Store`).

        Every query of a Corpus works on it without loading the articles.
        ``create=True`` makes an empty store when there is none.
        """
        from doingoai.store import Store

        return Store(path, create=create)

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
            article = self.get(key)
            if article is None:
                raise KeyError(key)
            return article
        if isinstance(key, slice):
            return Corpus._of(self._articles[key], self._in_order)
        return self._articles[key]

    def get(self, article_id: str, default: Article | None = None) -> Article | None:
        """The article with this id, or ``default``."""
        position = self._ids().get(article_id)
        return default if position is None else self._articles[position]

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._ids()
        return isinstance(item, Article) and self.get(item.id) == item

    def _ids(self) -> dict[str, int]:
        if self._by_id is None:
            articles = self._articles
            if isinstance(articles, LazyArticles):
                ids = (articles.id(i) for i in range(len(articles)))
            else:
                ids = (article.id for article in articles)
            self._by_id = {article_id: i for i, article_id in enumerate(ids)}
        return self._by_id

    @property
    def compact(self) -> bool:
        """Whether the articles are kept compressed (see :class:`Corpus`)."""
        return isinstance(self._articles, CompactArticles)

    def __repr__(self) -> str:
        if not self._in_order:
            return f"<Corpus of {len(self)} articles, in rank order>"
        # In publication order the dated articles come first: no need to read them all.
        first = next((a.published for a in self._articles if a.published is not None), None)
        last = next(
            (a.published for a in reversed(self._articles) if a.published is not None), None
        )
        span = f", {first} to {last}" if first is not None else ""
        return f"<Corpus of {len(self)} articles{span}>"

    # -- indexes -----------------------------------------------------------------------

    def _build(self) -> None:
        if self._index_built:
            return
        people: dict[str, list[int]] = {}
        titles: dict[str, list[int]] = {}
        issuer_titles: dict[str, list[int]] = {}  # of directives whose issuer is unnamed
        kinds: dict[MeetingKind, list[int]] = {}
        outlets: dict[str, list[int]] = {}
        addressees: dict[str, list[int]] = {}
        # Which articles have any meeting, directive, document: the views read only those.
        having: dict[str, list[int]] = {"meetings": [], "directives": [], "documents": []}
        # Postings as two arrays per word (article positions, counts): a few bytes each,
        # where a dict entry would take about a hundred.
        positions: dict[str, list[int]] = {}
        counts: dict[str, list[int]] = {}
        # Articles are sorted by the first day of their date, so a range of first days is
        # a slice; month and year dates that start earlier are checked one by one.
        # Days as ordinals in an array: bisect works on it, at 4 bytes a day.
        starts = array("I")
        lengths = array("I")  # words in each article, for BM25
        self._partial: list[tuple[int, int]] = []
        for index, article in enumerate(self._articles):
            if article.published is not None:
                starts.append(article.published.start.toordinal())
                if article.published.day is None:
                    self._partial.append((starts[-1], index))
            if article.outlet is not None:
                _post(outlets, article.outlet.lower(), index)
            for speaker in article.speakers:
                _post(people, speaker.key, index)
                for title in speaker.titles:
                    _post(titles, title_key(title.text), index)
                    _post(titles, title_key(title.role), index)
            for meeting in article.meetings:
                _post(kinds, meeting.kind, index)
            for directive in article.directives:
                for addressee in directive.addressees:
                    _post(addressees, fold(addressee), index)
                if directive.issuer is None and directive.issuer_title:
                    # Found by the title or any start of it, as query.directives does.
                    words = title_key(directive.issuer_title).split()
                    for end in range(1, len(words) + 1):
                        _post(issuer_titles, " ".join(words[:end]), index)
            for view, found in having.items():
                if getattr(article, view):
                    found.append(index)
            words = _WORD.findall(fold(article.text))
            lengths.append(len(words))
            for word, count in Counter(words).items():
                positions.setdefault(word, []).append(index)
                counts.setdefault(word, []).append(min(count, 0xFFFF))
        self._starts = starts
        self._people = _arrays(people)
        self._titles = _arrays(titles)
        self._issuer_titles = _arrays(issuer_titles)
        self._kinds = _arrays(kinds)
        self._outlets = _arrays(outlets)
        self._having = _arrays(having)
        self._addressees = _arrays(addressees)
        self._words = {
            word: (array("I", found), array("H", counts[word])) for word, found in positions.items()
        }
        self._lengths = lengths
        self._tokens = sum(lengths)
        self._index_built = True

    # -- filters -----------------------------------------------------------------------

    def between(
        self, start: query.DateLike | None = None, end: query.DateLike | None = None
    ) -> Corpus:
        """Articles published from ``start`` to ``end`` (PartialDates, dates or strings).

        Precision counts: a month-precision article is in a range overlapping its month.
        """
        if not self._in_order:  # search results keep their rank
            return self._subset(
                i for i, a in enumerate(self._articles) if query.in_range(a.published, start, end)
            )
        self._build()
        floor = query.as_partial_date(start, "start").start if start is not None else dt.date.min
        ceiling = query.as_partial_date(end, "end").end if end is not None else dt.date.max
        first = bisect.bisect_left(self._starts, floor.toordinal())
        last = bisect.bisect_right(self._starts, ceiling.toordinal())
        # Only a month or a year can start before the range and still overlap it.
        earliest = max(dt.date.min + _LONGEST_DATE, floor) - _LONGEST_DATE
        low = bisect.bisect_left(self._partial, (earliest.toordinal(),))
        high = bisect.bisect_left(self._partial, (floor.toordinal(),))
        overlapping = [
            i
            for _, i in self._partial[low:high]
            if _overlaps(self._articles[i].published, floor, ceiling)
        ]
        return Corpus._of(self._take([*overlapping, *range(first, max(first, last))]))

    def _take(self, indexes: Sequence[int]) -> Sequence[Article]:
        """The articles at these positions, in this order, without decoding compact ones."""
        articles = self._articles
        if isinstance(articles, LazyArticles):
            return articles.take(indexes)
        return tuple(articles[i] for i in indexes)

    def _subset(self, indexes: Iterable[int]) -> Corpus:
        # Positions in order: publication order, or rank order for search results.
        return Corpus._of(self._take(sorted(set(indexes))), self._in_order)

    @classmethod
    def _of(cls, articles: Sequence[Article], in_order: bool = True) -> Corpus:
        """A corpus of articles already in the order wanted (publication, or rank)."""
        corpus = cls()
        corpus._articles = articles
        corpus._in_order = in_order
        return corpus

    def outlet(self, *outlets: str) -> Corpus:
        """Articles from these outlets: ``corpus.outlet("tuoitre.vn")``."""
        self._build()
        wanted = {outlet.lower().removeprefix("www.") for outlet in outlets}
        return self._subset(i for outlet in wanted for i in self._outlets.get(outlet, ()))

    def mentioning(self, person: str) -> Corpus:
        """Articles naming ``person``, by name or key written any way.

        A short form of the name will do: ``"Putin"`` finds the articles about Vladimir
        Putin, including those that name him so alone.
        """
        self._build()
        return self._subset(self._people_named(person))

    def _people_named(self, name: str) -> list[int]:
        """The articles naming the people ``name`` stands for (see query.person_keys)."""
        keys = query.person_keys(name, self._people)
        if len(keys) == 1:
            return list(self._people[keys[0]])
        return sorted({index for key in keys for index in self._people[key]})

    def with_title(self, title: str) -> Corpus:
        """Articles naming someone with this title or role."""
        self._build()
        return self._subset(self._titles.get(title_key(title), ()))

    def with_meeting(self, kind: MeetingKind | str | None = None) -> Corpus:
        """Articles reporting a meeting of ``kind`` (``"hội đàm"``), or any meeting.

        A filter like the others, to chain: ``corpus.with_meeting("điện đàm").between(…)``;
        :meth:`meetings` gives the meetings themselves.
        """
        return self._meeting_articles(kind, None, None)

    def search(self, text: str) -> Corpus:
        """Full-text search, ranked by BM25 (as SQLite's FTS5 ranks, so a store agrees).

        Case and diacritics are ignored (``doi ngoai`` finds ``đối ngoại``); every word
        must appear, and ``"quoted words"`` must appear together, in that order. The
        result is in rank order, best first (ties in publication order), and filters
        and slices on it keep that order: ``search(q)[:10]``.
        """
        self._build()
        terms = search_terms(text)
        if not terms:
            return Corpus()
        frequencies = [self._frequencies(term) for term in terms]
        found = set(frequencies[0]).intersection(*frequencies[1:])
        # FTS5's bm25(): the same formula, operations and order, so the same floats.
        rows = len(self)
        average = self._tokens / rows
        scores = dict.fromkeys(found, 0.0)
        for frequency in frequencies:
            hits = len(frequency)
            idf = math.log((rows - hits + 0.5) / (hits + 0.5))
            if idf <= 0.0:
                idf = 1e-6
            for index in found:
                count = frequency[index]
                length = self._lengths[index]
                scores[index] += idf * (
                    (count * (_K1 + 1.0)) / (count + _K1 * (1 - _B + _B * length / average))
                )
        ranked = sorted(scores, key=lambda index: (-scores[index], index))
        return Corpus._of(self._take(ranked), in_order=False)

    def _frequencies(self, term: tuple[str, ...]) -> dict[int, int]:
        """How often the articles that hold ``term`` (a word, or a phrase) hold it."""
        empty: tuple[Sequence[int], Sequence[int]] = ((), ())
        postings = [self._words.get(word, empty) for word in term]
        if len(term) == 1:
            found, counts = postings[0]
            return dict(zip(found, counts, strict=True))
        candidates = set(postings[0][0]).intersection(*(found for found, _ in postings[1:]))
        frequencies = {}
        # Many hold the words, fewer the phrase: skip the others before folding them. (For
        # letters and digits the test is exact; a phrase of other scripts reads them all.)
        near = folded_pattern(term) if all(word.isascii() for word in term) else None
        for index in sorted(candidates):
            text = self._articles[index].text
            if near is not None and near.search(text) is None:
                continue
            words = _WORD.findall(fold(text))
            count = sum(
                words[i : i + len(term)] == list(term)
                for i, word in enumerate(words)
                if word == term[0]
            )
            if count:
                frequencies[index] = count
        return frequencies

    # -- entity views ------------------------------------------------------------------

    def speakers(self) -> query.Results[query.PersonProfile]:
        """Every person, merged across articles, with the dated history of titles."""
        return query.Results(self._profiles().values())

    def _profiles(self) -> dict[str, query.PersonProfile]:
        if self._profile_cache is None:
            articles = self._articles
            if isinstance(articles, LazyArticles):
                # Sorting the articles themselves would decode them all at once: sort
                # their positions, decoding one at a time, then read them in that order.
                order = sorted(
                    range(len(articles)), key=lambda i: query.publication_order(articles[i])
                )
                profiles = query.speakers_in_order(articles[i] for i in order)
            else:
                profiles = query.speakers(articles)
            self._profile_cache = {p.key: p for p in profiles}
        return self._profile_cache

    def person(self, name: str) -> query.PersonProfile:
        """One person's profile, by name or key (``"Lê Hoài Trung"``, ``"le hoai trung"``).

        A surname or a shorter form will do when it fits one person (``"Putin"``: the
        profile under the fullest name, ``Vladimir Putin``).
        Raises :class:`~doingoai.query.NotFoundError` when the corpus names no one so,
        :class:`~doingoai.query.AmbiguousError` when it fits several.
        """
        profiles, keys = self._named(name)
        if not keys:
            raise query.NotFoundError(f"no one named {name!r} in {self!r}")
        fullest = max(keys, key=lambda k: len(k.split()))
        if any(not query.same_person(k, fullest) for k in keys):
            names = ", ".join(profiles[k].name for k in keys[:5])
            raise query.AmbiguousError(f"{name!r} may be any of: {names}")
        return profiles[fullest]  # "Putin" and "Vladimir Putin": the fullest name

    def _named(self, name: str) -> tuple[dict[str, query.PersonProfile], list[str]]:
        """Profiles by key, holding at least those of the keys ``name`` stands for."""
        profiles = self._profiles()
        return profiles, query.person_keys(name, profiles)

    def holders(
        self, title: str, *, on: query.DateLike | None = None, country: str | None = None
    ) -> query.Results[query.Holder]:
        """Who held ``title`` (on a day, with ``on``), as far as the corpus shows.

        Each :class:`~doingoai.query.Holder` says when the corpus last saw them in the
        post (``last_seen``); ``country`` (``"VN"``) keeps the people of one state.
        """
        chosen = self._holding(title)
        return query.Results(query.holders_among(chosen, title, on=on, country=country))

    def _holding(self, title: str) -> list[query.PersonProfile]:
        """The profiles of the people given ``title`` or a longer post it starts."""
        profiles = self._profiles()
        return [profiles[k] for k in self._title_holders().get(query.post_key(title), ())]

    def _title_holders(self) -> dict[str, list[str]]:
        """Person keys by every start of their titles (a title, or its bare role)."""
        if self._title_cache is None:
            holders: dict[str, list[str]] = {}
            for profile in self._profiles().values():
                for record in profile.titles:
                    words = query.post_key(record.title).split()
                    for end in range(1, len(words) + 1):
                        _post(holders, " ".join(words[:end]), profile.key)
            self._title_cache = holders
        return self._title_cache

    def meetings(
        self,
        *,
        kind: MeetingKind | str | None = None,
        participant: str | None = None,
        between: query.DateRange | None = None,
    ) -> query.Results[tuple[Article, Meeting]]:
        """``(article, meeting)`` pairs by kind, participant and dates."""
        articles = self._meeting_articles(kind, participant, between)
        found = query.meetings(articles, kind=kind, participant=participant, between=between)
        return query.Results(found)

    def _meeting_articles(
        self,
        kind: MeetingKind | str | None,
        participant: str | None,
        between: query.DateRange | None,
    ) -> Corpus:
        """The articles that may hold the meetings asked for, by the indexes."""
        self._build()
        indexes: Iterable[int] = self._having["meetings"]
        if kind is not None:
            indexes = self._kinds.get(MeetingKind(kind), ())
        if participant is not None:
            indexes = set(indexes).intersection(self._people_named(participant))
        return self._subset(indexes)

    def events(
        self,
        *,
        kind: MeetingKind | str | None = None,
        participant: str | None = None,
        between: query.DateRange | None = None,
    ) -> query.Results[Event]:
        """The events reported: meetings of different articles that are one occurrence.

        Grouped once (see :mod:`doingoai.events` for the rules), then filtered as
        :meth:`meetings` is: by kind, a person taking part, and dates.
        """
        if "events" not in self._view_cache:
            from doingoai.events import events_of

            self._view_cache["events"] = events_of(self._event_reports())
        found = self._view_cache["events"]
        return query.Results(
            query.events_among(found, kind=kind, participant=participant, between=between)
        )

    def _event_reports(self) -> Iterator[Mention]:
        """The reports of every meeting, in publication order: what events group."""
        from doingoai.events import Mention

        self._build()
        for article in self._take(self._having["meetings"]):
            yield from Mention.of(article)

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
        articles = self._directive_articles(issuer, addressee, force, verb, between)
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

    def _directive_articles(
        self,
        issuer: str | None,
        addressee: str | None,
        force: DirectiveForce | str | None,
        verb: str | None,
        between: query.DateRange | None,
    ) -> Sequence[Article]:
        """The articles that may hold the directives asked for, by the indexes."""
        self._build()
        indexes: Iterable[int] = self._having["directives"]
        if issuer:  # a name, or a title: "Thủ tướng", as with_title
            named = set(self._people_named(issuer))
            wanted = title_key(issuer)
            indexes = named.union(self._titles.get(wanted, ()), self._issuer_titles.get(wanted, ()))
        if addressee:
            wanted = fold(addressee)  # a substring of the addressee, as query.directives
            matching = set().union(*(a for key, a in self._addressees.items() if wanted in key))
            indexes = matching.intersection(indexes) if issuer else matching
        return self._subset(indexes)

    def documents(self) -> query.Results[tuple[DocumentRef, int]]:
        """Every document cited, with its number of citations, most cited first."""
        if "documents" not in self._view_cache:
            self._build()
            articles = self._take(self._having["documents"])
            self._view_cache["documents"] = query.documents(articles)
        return query.Results(self._view_cache["documents"])

    def cooccurrence(self) -> query.Results[tuple[tuple[str, str], int]]:
        """Pairs of people at the same meeting, with counts, most frequent first."""
        if "cooccurrence" not in self._view_cache:
            self._build()
            articles = self._take(self._having["meetings"])
            self._view_cache["cooccurrence"] = query.cooccurrence(articles)
        return query.Results(self._view_cache["cooccurrence"])

    # -- exports -----------------------------------------------------------------------

    def to_records(self, kind: str = "articles") -> list[dict[str, Any]]:
        """Plain dicts, one per row, of a kind of :data:`RECORD_KINDS`.

        ``articles``, ``speakers``, ``titles``, ``meetings``, ``directives`` or
        ``documents`` or ``events``; no dependency beyond the standard library.
        """
        if kind == "events":
            return exports.event_records(self.events())
        return exports.records(self._articles, kind)

    def to_pandas(self, kind: str = "articles") -> Any:
        """A pandas DataFrame of :meth:`to_records` (pandas is the ``pandas`` extra)."""
        return exports.to_pandas(self.to_records(kind))

    def _repr_html_(self) -> str:
        from doingoai.display import corpus_html

        return corpus_html(self)

    def _summary(self) -> dict[str, Any]:
        """What the notebook view shows, read in one pass over the articles."""
        first = last = None
        people: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        formats: Counter[str] = Counter()
        meetings = directives = 0
        for article in self._articles:
            if article.published is not None:
                first = first or article.published
                last = article.published
            people.update(speaker.name for speaker in article.speakers)
            if article.outlet:
                outlets[article.outlet] += 1
            formats[article.format.value] += 1
            meetings += len(article.meetings)
            directives += len(article.directives)
        return {
            "published": (first, last),
            "people": people,
            "outlets": outlets,
            "formats": formats,
            "meetings": meetings,
            "directives": directives,
        }


def search_terms(text: str) -> list[tuple[str, ...]]:
    """The terms of a search: each ``"quoted phrase"`` and each other word, folded.

    >>> search_terms('Tô Lâm "đối ngoại"')
    [('doi', 'ngoai'), ('to',), ('lam',)]
    """
    phrases = [tuple(_WORD.findall(fold(p))) for p in re.findall(r'"([^"]*)"', text)]
    rest = re.sub(r'"[^"]*"?', " ", text)
    return [p for p in phrases if p] + [(word,) for word in _WORD.findall(fold(rest))]


def _post(postings: dict[K, list[V]], key: K, value: V) -> None:
    """Add a value to a key's postings, once (values come grouped: articles in order)."""
    found = postings.get(key)
    if found is None:
        postings[key] = [value]
    elif found[-1] != value:
        found.append(value)


def _arrays(postings: dict[Any, list[int]]) -> dict[Any, array[int]]:
    # A few bytes a posting, where a list of ints takes about forty.
    return {key: array("I", found) for key, found in postings.items()}


def _order(article: Article) -> tuple[bool, Any, str]:
    return (
        article.published is None,
        article.published.start if article.published else 0,
        article.id,
    )


def _overlaps(date: PartialDate | None, floor: dt.date, ceiling: dt.date) -> bool:
    return date is not None and date.start <= ceiling and date.end >= floor


def _read_jsonl(source: str, errors: Errors, collected: list[ParseError]) -> Iterator[Article]:
    with open(source, "rb") as stream:  # bytes: a line that is not UTF-8 is one bad line
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                article = from_dict(Article, loads(line))
            except ParseError as error:
                problem = ParseError(error.reason, source=source, line=number, column=error.column)
                problem.__cause__ = error
                handle_error(problem, errors, collected)
                continue
            yield article
