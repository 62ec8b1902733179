"""Query helpers: plain, lazy functions over any iterable of articles.

Each takes ``Iterable[Article]`` and keyword-only filters, and yields its results as it
reads, so they work on a generator of millions of articles as well as on a list.
:class:`doingoai.Corpus` adds indexes and a method for each.

>>> import doingoai
>>> from doingoai import query
>>> articles = doingoai.sample()
>>> print(*(a.published for a in query.between(articles, start="2024-06", end="2024-06")))
2024-06
>>> query.first(query.mentioning(articles, "thongloun sisoulith")).source
'doingoai-sample/2024-07-12-to-lam-lao.md'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

from doingoai.errors import DoingoaiError
from doingoai.model import (
    Article,
    Directive,
    DirectiveForce,
    DocumentRef,
    Event,
    Meeting,
    MeetingKind,
    PartialDate,
    Speaker,
    Title,
)
from doingoai.text import fold, match_key, person_key, title_key

__all__ = [
    "AmbiguousError",
    "Holder",
    "NotFoundError",
    "PersonProfile",
    "Results",
    "TitleRecord",
    "between",
    "cooccurrence",
    "directives",
    "documents",
    "events",
    "events_among",
    "first",
    "from_outlet",
    "holders",
    "holders_among",
    "meetings",
    "mentioning",
    "one",
    "post_key",
    "speakers",
    "speakers_in_order",
    "with_meeting",
    "with_title",
]

T = TypeVar("T")
DateLike = PartialDate | dt.date | str
"""A date as queries take it: a PartialDate, a date, or a string like ``"2024-08"``."""
DateRange = tuple[DateLike | None, DateLike | None]
"""``(start, end)``, both inclusive; ``None`` leaves that end open."""
_MISSING: Any = object()


class NotFoundError(DoingoaiError, LookupError):
    """A query that had to find one result found none."""


class AmbiguousError(DoingoaiError, LookupError):
    """A query that had to find one result found several; it names them."""


def one(results: Iterable[T], *, default: T = _MISSING) -> T:
    """The only result; ``default`` when there is none (else :class:`NotFoundError`).

    Several results raise :class:`AmbiguousError` naming the first ones.
    """
    iterator = iter(results)
    found = next(iterator, _MISSING)
    if found is _MISSING:
        if default is not _MISSING:
            return default
        raise NotFoundError("no result")
    second = next(iterator, _MISSING)
    if second is not _MISSING:
        shown = [found, second, *[item for _, item in zip(range(3), iterator, strict=False)]]
        raise AmbiguousError(f"more than one result: {', '.join(map(_describe, shown))}…")
    return found


def first(results: Iterable[T], *, default: T = _MISSING) -> T:
    """The first result; ``default`` when there is none (else :class:`NotFoundError`)."""
    found = next(iter(results), _MISSING)
    if found is _MISSING:
        if default is not _MISSING:
            return default
        raise NotFoundError("no result")
    return found


def _describe(item: object) -> str:
    if isinstance(item, Article):
        return f"{item.id} ({item.title or item.source or item.published})"
    if isinstance(item, PersonProfile):
        return item.name
    return repr(item)


def as_partial_date(value: DateLike, argument: str = "date") -> PartialDate:
    """A PartialDate from a PartialDate, a date or an ISO string (``"2024-08"``).

    Anything else is a ``ValueError`` that names the query's ``argument``:

    >>> as_partial_date("2024-13", "start")
    Traceback (most recent call last):
    ...
    ValueError: start: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, or a datetime.date)
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    try:
        return PartialDate.parse(value)
    except (ValueError, TypeError):
        shown = repr(value)[:60]
        raise ValueError(
            f"{argument}: {shown} is not a date (YYYY, YYYY-MM or YYYY-MM-DD, or a datetime.date)"
        ) from None


def in_range(date: PartialDate | None, start: DateLike | None, end: DateLike | None) -> bool:
    """Whether ``date`` overlaps ``start`` to ``end`` (either open); ``None`` never does."""
    if date is None:
        return False
    if start is not None and date.end < as_partial_date(start, "start").start:
        return False
    return not (end is not None and date.start > as_partial_date(end, "end").end)


def between(
    articles: Iterable[Article], *, start: DateLike | None = None, end: DateLike | None = None
) -> Iterator[Article]:
    """Articles published from ``start`` to ``end``, both included, at any precision.

    A month-precision article (``2024-08``) is in a range that overlaps August 2024.
    Undated articles are left out.
    """
    return (a for a in articles if in_range(a.published, start, end))


def from_outlet(articles: Iterable[Article], *outlets: str) -> Iterator[Article]:
    """Articles from these outlets (``"tuoitre.vn"``; ``www.`` and case ignored)."""
    wanted = {outlet.lower().removeprefix("www.") for outlet in outlets}
    return (a for a in articles if a.outlet is not None and a.outlet.lower() in wanted)


def same_person(name: str, key: str) -> bool:
    """Whether ``name`` (any spelling) can stand for the person whose key is ``key``.

    The full name does; so does a surname alone for the name it ends (``"Putin"`` is
    ``Vladimir Putin``), and a name without the middle names the key has (``"Nguyen
    Chinh"`` is not one, but ``"Lee Myung"`` is ``Lee Jae Myung``): the first and last
    words agree and the others come in order.

    >>> same_person("Putin", "vladimir putin"), same_person("Lâm", "to lam")
    (True, True)
    >>> same_person("Vladimir Putin", "vladimir vladimirovich putin")
    True
    >>> same_person("Putin Vladimir", "vladimir putin")
    False
    """
    return _short_for(person_key(name).split(), key.split())


def _short_for(wanted: list[str], words: list[str]) -> bool:
    """Whether the words of one key can stand for those of another (see same_person)."""
    if not wanted or len(wanted) > len(words):
        return False
    if wanted == words:
        return True
    if len(wanted) == 1:
        return wanted[0] == words[-1]
    if wanted[0] != words[0] or wanted[-1] != words[-1]:
        return False
    inner = iter(words[1:-1])
    return all(word in inner for word in wanted[1:-1])


def person_keys(name: str, keys: Iterable[str]) -> list[str]:
    """The keys among ``keys`` that ``name`` stands for (:func:`same_person`).

    >>> person_keys("Putin", ["putin", "vladimir putin", "to lam"])
    ['putin', 'vladimir putin']
    >>> person_keys("Tô Lâm", ["to lam", "to van lam"])
    ['to lam']
    >>> person_keys("Vladimir Putin", ["putin"])
    ['putin']
    """
    key = person_key(name)
    wanted = key.split()
    known = list(dict.fromkeys(keys))
    # Either way round: "Putin" finds Vladimir Putin, and "Vladimir Putin" finds the
    # articles that name him "Putin" alone. A full name found as written does not
    # stand for longer ones: "Tô Lâm" is not "Tô Văn Lâm". The name is folded once,
    # not once for each key it is held against.
    exact = key in known
    longer_too = len(wanted) == 1 or not exact
    found = []
    for other in known:
        if other == key:
            continue
        words = other.split()
        if (longer_too and _short_for(wanted, words)) or _short_for(words, wanted):
            found.append(other)
    return [key] * exact + found


def mentioning(articles: Iterable[Article], person: str) -> Iterator[Article]:
    """Articles that name ``person`` (a name or key, written any way: ``"to lam"``).

    A surname or a shorter form finds the person named in full: ``"Putin"`` finds the
    articles about Vladimir Putin (see :func:`same_person`).
    """
    return (a for a in articles if person_keys(person, (s.key for s in a.speakers)))


def _title_matches(title: Title, wanted: str) -> bool:
    return wanted in (title_key(title.text), title_key(title.role))


def _unnamed_holds(title: str | None, wanted: str | None) -> bool:
    """Whether an issuer the text gives only ``title`` is the one asked for by title.

    The title or any start of it: ``Thủ tướng`` finds ``Thủ tướng Chính phủ``.
    """
    if not title or not wanted:
        return False
    held = title_key(title)
    return held == wanted or held.startswith(wanted + " ")


def with_title(articles: Iterable[Article], title: str) -> Iterator[Article]:
    """Articles naming someone with this title or role (``"Bộ trưởng Bộ Ngoại giao"``)."""
    wanted = title_key(title)
    return (
        a for a in articles if any(_title_matches(t, wanted) for s in a.speakers for t in s.titles)
    )


def with_meeting(
    articles: Iterable[Article], kind: MeetingKind | str | None = None
) -> Iterator[Article]:
    """Articles reporting a meeting of ``kind`` (``"hội đàm"``), or any meeting."""
    wanted = None if kind is None else MeetingKind(kind)
    return (a for a in articles if any(wanted is None or m.kind is wanted for m in a.meetings))


class Results(list[T]):
    """A list of query results that shows as a table in a notebook."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from doingoai.display import results_html

        return results_html(self)


@attrs.frozen
class TitleRecord:
    """A title a person was given, and when: the dated history of a post."""

    title: str
    """The title as first written."""
    first_seen: PartialDate | None
    """The earliest publication date it was given on."""
    last_seen: PartialDate | None
    """The latest publication date it was given on."""
    articles: tuple[str, ...]
    """The ids of the articles that give it."""


@attrs.frozen
class PersonProfile:
    """A person across articles: one identity (the key), the titles over time."""

    key: str
    """The folded name shared by every mention."""
    name: str
    """The name as most often written."""
    country: str | None
    """The country most often given."""
    titles: tuple[TitleRecord, ...]
    """The titles in the order they were first seen."""
    articles: tuple[str, ...]
    """The ids of the articles that name the person, in publication order."""
    deceased_since: PartialDate | None = None
    """The date of the first article that gives the person as late (``cố …``), if any:
    they died by then. :func:`holders` with ``on=`` a later day never answers them."""

    def _repr_html_(self) -> str:
        from doingoai.display import profile_html

        return profile_html(self)


def speakers(articles: Iterable[Article]) -> list[PersonProfile]:
    """Every person, merged across articles by key, in order of first appearance."""
    return speakers_in_order(sorted(articles, key=publication_order))


def speakers_in_order(articles: Iterable[Article]) -> list[PersonProfile]:
    """:func:`speakers` over articles already in :func:`publication_order`.

    They are read once, one at a time: a compact corpus need not decode them all at once.
    """
    return profiles_of(
        (article.id, article.published, speaker)
        for article in articles
        for speaker in article.speakers
    )


def profiles_of(mentions: Iterable[tuple[str, PartialDate | None, Speaker]]) -> list[PersonProfile]:
    """Profiles from ``(article id, published, speaker)`` in publication order.

    What :func:`speakers_in_order` builds, from the speakers alone: a store reads them
    from its tables without decoding the articles.
    """
    names: dict[str, Counter[str]] = {}
    countries: dict[str, Counter[str]] = {}
    seen: dict[str, list[str]] = {}
    titles: dict[str, dict[str, list[Any]]] = {}
    late: dict[str, PartialDate] = {}
    for article_id, published, speaker in mentions:
        if speaker.deceased and published is not None:
            late.setdefault(speaker.key, published)
        names.setdefault(speaker.key, Counter())[speaker.name] += 1
        if speaker.country:
            countries.setdefault(speaker.key, Counter())[speaker.country] += 1
        seen.setdefault(speaker.key, []).append(article_id)
        history = titles.setdefault(speaker.key, {})
        for title in speaker.titles:
            record = history.setdefault(
                post_key(title.text), [title.text, published, published, []]
            )
            if published is not None:
                record[1] = record[1] or published
                record[2] = published
            record[3].append(article_id)
    return [
        PersonProfile(
            key=key,
            name=names[key].most_common(1)[0][0],
            country=countries[key].most_common(1)[0][0] if key in countries else None,
            titles=tuple(
                TitleRecord(text, first_seen, last_seen, tuple(dict.fromkeys(ids)))
                for text, first_seen, last_seen, ids in titles[key].values()
            ),
            articles=tuple(dict.fromkeys(ids)),
            deceased_since=late.get(key),
        )
        for key, ids in seen.items()
    ]


@functools.lru_cache(maxsize=4096)  # a corpus repeats the same titles many times
def post_key(title: str) -> str:
    """One key for the ways a post is written.

    "Thủ tướng Chính phủ" is "Thủ tướng", and so is "Tân Thủ tướng" (the new one); "Ủy
    viên Ban Chấp hành Trung ương Đảng", "Ủy viên T.Ư Đảng" and "Ủy viên Trung ương
    Đảng" are one.

    >>> post_key("Uỷ viên Ban Chấp hành Trung ương Đảng") == post_key("Ủy viên TW Đảng")
    True
    """
    key = title_key(title).removesuffix(" chinh phu").removeprefix("tan ")
    return _POST_SPELLINGS.sub("trung uong", key)


# "Ban Chấp hành Trung ương", "T.Ư", "TƯ", "TW": one Central Committee.
_POST_SPELLINGS = re.compile(r"\b(?:ban chap hanh trung uong|t\.u|tu|tw)\b(?= dang\b|$)")


def publication_order(article: Article) -> tuple[bool, PartialDate | tuple[()], str]:
    """The key articles are taken in by :func:`speakers`: dated first, by date, then id."""
    return (article.published is None, article.published or (), article.id)


def holders(
    articles: Iterable[Article],
    title: str,
    *,
    on: DateLike | None = None,
    country: str | None = None,
) -> list[Holder]:
    """Who held ``title`` (a title or a role: ``"Bộ trưởng Bộ Ngoại giao"``).

    Without ``on``: everyone the articles give it to. With ``on``: those given it both
    on or before and on or after that day; if no one, the last one given it before
    that day — as far as the articles show: each :class:`Holder` says when the articles
    last gave it (``last_seen``). ``country`` (``"VN"``) keeps the people of one state.
    """
    return holders_among(speakers(articles), title, on=on, country=country)


@attrs.frozen
class Holder(PersonProfile):
    """A person :func:`holders` found in a post: the profile, and how fresh that is."""

    post: str = ""
    """The post as the corpus wrote it for this person (``Bộ trưởng Bộ Ngoại giao``)."""
    first_seen: PartialDate | None = None
    """The first publication date the corpus gave the person this post."""
    last_seen: PartialDate | None = None
    """The last publication date the corpus gave the person this post: how fresh the
    answer is (someone seen in a post two years before the day asked may have left it)."""


def holders_among(
    profiles: Iterable[PersonProfile],
    title: str,
    *,
    on: DateLike | None = None,
    country: str | None = None,
) -> list[Holder]:
    """:func:`holders`, over profiles already merged by :func:`speakers`."""
    wanted = post_key(title)
    country = country.upper() if country else None
    spans: list[tuple[PartialDate | None, PartialDate | None, PersonProfile, str]] = []
    for profile in profiles:
        if country is not None and profile.country != country:
            continue
        records = [r for r in profile.titles if post_key(r.title) == wanted]
        records += [r for r in profile.titles if r not in records and _role_of(r.title, wanted)]
        if records:
            firsts = [r.first_seen for r in records if r.first_seen is not None]
            lasts = [r.last_seen for r in records if r.last_seen is not None]
            post = records[0].title
            spans.append((min(firsts, default=None), max(lasts, default=None), profile, post))
    found = spans
    if on is not None:
        day = as_partial_date(on, "on")
        # No one holds a post on a day after an article gave them as late.
        spans = [
            span
            for span in spans
            if span[2].deceased_since is None or span[2].deceased_since.end >= day.start
        ]
        found = [
            span
            for span in spans
            if span[0] is not None
            and span[1] is not None
            and span[0].start <= day.end
            and span[1].end >= day.start
        ]
        if not found:
            before = [span for span in spans if span[1] is not None and span[1].start <= day.end]
            found = [max(before, key=lambda span: span[1].start)] if before else []  # type: ignore[union-attr]
    return [
        Holder(
            **attrs.asdict(profile, recurse=False),
            post=post,
            first_seen=first,
            last_seen=last,
        )
        for first, last, profile, post in found
    ]


def _role_of(title: str, wanted: str) -> bool:
    """Whether ``title`` is the role ``wanted`` with an organisation after it."""
    return post_key(title).startswith(wanted + " ")


def meetings(
    articles: Iterable[Article],
    *,
    kind: MeetingKind | str | None = None,
    participant: str | None = None,
    between: DateRange | None = None,
) -> Iterator[tuple[Article, Meeting]]:
    """``(article, meeting)`` pairs, filtered by kind, a person taking part, and dates.

    ``between=(start, end)`` keeps the meetings dated in that range (either end may be
    ``None``); the date is the meeting's own, or the article's when it gives none.
    """
    start, end = between or (None, None)
    wanted_kind = MeetingKind(kind) if kind is not None else None
    for article in articles:
        keys = person_keys(participant, (s.key for s in article.speakers)) if participant else None
        for meeting in article.meetings:
            if _meeting_matches(meeting, article.published, wanted_kind, keys, start, end):
                yield article, meeting


def _meeting_matches(
    meeting: Meeting,
    published: PartialDate | None,
    kind: MeetingKind | None,
    keys: list[str] | None,
    start: DateLike | None,
    end: DateLike | None,
) -> bool:
    """Whether a meeting is of ``kind``, has one of ``keys`` take part, falls in dates.

    ``None`` asks nothing; ``keys`` are the participant's keys among the article's
    speakers (:func:`person_keys`). The date is the meeting's own, or ``published``.
    """
    if kind is not None and meeting.kind is not kind:
        return False
    if keys is not None and not any(k == meeting.chair or k in meeting.participants for k in keys):
        return False
    return not (start or end) or in_range(meeting.date or published, start, end)


def events(
    articles: Iterable[Article],
    *,
    kind: MeetingKind | str | None = None,
    participant: str | None = None,
    between: DateRange | None = None,
) -> Iterator[Event]:
    """The events the articles report: their meetings grouped (see :mod:`doingoai.events`).

    Grouping needs every article, so all are read before the first event comes; the
    filters are those of :func:`meetings`: the event's kind, a person taking part (a
    short form will do), and its date, or its first report's when it has none.
    """
    from doingoai.events import events as grouped

    return events_among(grouped(articles), kind=kind, participant=participant, between=between)


def events_among(
    found: Iterable[Event],
    *,
    kind: MeetingKind | str | None = None,
    participant: str | None = None,
    between: DateRange | None = None,
) -> Iterator[Event]:
    """:func:`events`' filters, over events already grouped."""
    start, end = between or (None, None)
    wanted_kind = MeetingKind(kind) if kind is not None else None
    for event in found:
        if wanted_kind is not None and event.kind is not wanted_kind:
            continue
        if participant and not person_keys(participant, event.participants):
            continue
        if (start or end) and not in_range(event.date or event.first_report.published, start, end):
            continue
        yield event


def directives(
    articles: Iterable[Article],
    *,
    issuer: str | None = None,
    addressee: str | None = None,
    force: DirectiveForce | str | None = None,
    verb: str | None = None,
    between: DateRange | None = None,
) -> Iterator[tuple[Article, Directive]]:
    """``(article, directive)`` pairs, filtered.

    By issuer (a name, a short form of it, or a title the issuer holds in the article:
    ``"Thủ tướng"``, as :func:`with_title`), addressee (a folded substring: ``"bo
    ngoai giao"``), force, verb and publication dates (``between=(start, end)``, either
    end may be ``None``).
    """
    start, end = between or (None, None)
    matches = _directive_test(issuer=issuer, addressee=addressee, force=force, verb=verb)
    wanted = title_key(issuer) if issuer else ""
    for article in articles:
        if (start or end) and not in_range(article.published, start, end):
            continue
        issuers: frozenset[str] = frozenset()
        if issuer:  # whom the name stands for, and who holds the title it may be
            issuers = frozenset(person_keys(issuer, (s.key for s in article.speakers))).union(
                s.key for s in article.speakers if any(_title_matches(t, wanted) for t in s.titles)
            )
        for directive in article.directives:
            if matches(directive, issuers):
                yield article, directive


def _directive_test(
    *,
    issuer: str | None = None,
    addressee: str | None = None,
    force: DirectiveForce | str | None = None,
    verb: str | None = None,
) -> Callable[[Directive, frozenset[str]], bool]:
    """The test of whether a directive is one :func:`directives` asks for, bar the dates.

    It takes the directive and the keys of its article's speakers that the issuer
    asked for stands for (the name, or a title they hold).
    """
    issuer_title = title_key(issuer) if issuer else None
    wanted = fold(addressee) if addressee else None
    wanted_force = DirectiveForce(force) if force is not None else None
    wanted_verb = title_key(verb) if verb else None  # folded: "de nghi" finds "đề nghị"

    def matches(directive: Directive, issuers: frozenset[str]) -> bool:
        if issuer_title is not None and not (
            directive.issuer in issuers
            if directive.issuer is not None
            else _unnamed_holds(directive.issuer_title, issuer_title)
        ):
            return False
        if wanted is not None and not any(wanted in fold(a) for a in directive.addressees):
            return False
        if wanted_force is not None and directive.force is not wanted_force:
            return False
        return wanted_verb is None or title_key(directive.verb) == wanted_verb

    return matches


def documents(articles: Iterable[Article]) -> list[tuple[DocumentRef, int]]:
    """Every document cited, with how many citations, most cited first."""
    counts: Counter[tuple[object, ...]] = Counter()
    first_seen: dict[tuple[object, ...], DocumentRef] = {}
    for article in articles:
        for document in article.documents:
            key = _document_key(document)
            counts[key] += len(document.spans)
            first_seen.setdefault(key, document)
    return [(first_seen[key], count) for key, count in counts.most_common()]


def _document_key(document: DocumentRef) -> tuple[object, ...]:
    if document.number or document.congress:
        return (
            match_key(document.kind),
            document.number,
            match_key(document.issuer or ""),
            document.congress,
        )
    return (match_key(document.text),)


def cooccurrence(articles: Iterable[Article]) -> list[tuple[tuple[str, str], int]]:
    """Pairs of people at the same meeting, with how many meetings, most frequent first."""
    counts: Counter[tuple[str, str]] = Counter()
    for article in articles:
        for meeting in article.meetings:
            people = sorted({*meeting.participants, *([meeting.chair] if meeting.chair else [])})
            for index, left in enumerate(people):
                for right in people[index + 1 :]:
                    counts[left, right] += 1
    return counts.most_common()
