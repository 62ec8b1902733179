"""Rows for tables: plain dicts per article, person, title, meeting, directive, document.

:func:`records` needs nothing beyond the standard library; :func:`to_pandas` needs
pandas (``pip install "doingoai[pandas]"``) and says so clearly when it is missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from doingoai import query
from doingoai.errors import DoingoaiError
from doingoai.model import (
    Article,
    Directive,
    DocumentRef,
    Event,
    Meeting,
    PartialDate,
    Statement,
)

__all__ = [
    "RECORD_KINDS",
    "MissingDependencyError",
    "directive_record",
    "document_records",
    "event_records",
    "meeting_record",
    "profile_records",
    "records",
    "statement_record",
    "to_pandas",
]


RECORD_KINDS = (
    "articles",
    "speakers",
    "titles",
    "meetings",
    "directives",
    "statements",
    "documents",
    "events",
)
"""What :func:`records` (and ``Corpus.to_records``, ``Corpus.to_pandas``) can list."""


class MissingDependencyError(DoingoaiError, ImportError):
    """An optional dependency is not installed; the message says how to install it."""


def _date(value: object) -> str | None:
    return None if value is None else str(value)


def records(articles: Iterable[Article], kind: str = "articles") -> list[dict[str, Any]]:
    """One dict per row of ``kind``.

    Kinds: articles, speakers, titles, meetings, directives, statements, documents,
    events.
    Values are str, int, bool, None or lists of str: ready for JSON and CSV. People are
    given by name (``chair``, ``participants``, ``issuer``, ``speaker``), with their keys
    beside (``chair_key``, ``participant_keys``…); a row about one fact of an article
    carries the article's ``article`` id, ``published`` date, ``title`` and ``url``.
    """
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of: {', '.join(RECORD_KINDS)}")
    articles = list(articles)
    if kind == "articles":
        return [
            {
                "id": a.id,
                "format": a.format.value,
                "published": _date(a.published),
                "published_at": a.published_at.isoformat() if a.published_at else None,
                "title": a.title,
                "topic": a.topic,
                "outlet": a.outlet,
                "url": a.url,
                "categories": list(a.categories),
                "speakers": [s.name for s in a.speakers],
                "speaker_keys": [s.key for s in a.speakers],
                "meetings": len(a.meetings),
                "directives": len(a.directives),
                "source": a.source,
            }
            for a in articles
        ]
    if kind in ("speakers", "titles"):
        return profile_records(query.speakers(articles), kind)
    if kind == "meetings":
        return [meeting_record(a, m) for a, m in query.meetings(articles)]
    if kind == "directives":
        return [directive_record(a, d) for a, d in query.directives(articles)]
    if kind == "statements":
        return [statement_record(a, s) for a in articles for s in a.statements]
    if kind == "events":
        return event_records(query.events(articles))
    return document_records(query.documents(articles))


def event_records(events: Iterable[Event]) -> list[dict[str, Any]]:
    """The ``events`` records of events already grouped (see :func:`query.events`).

    People by name, keys beside; ``first_seen`` and ``last_seen`` are the publication
    dates of the first and last report, ``articles`` the reports' article ids.
    """
    return [
        {
            "kind": event.kind.value,
            "date": _date(event.date),
            "part_of_day": event.part_of_day.value if event.part_of_day else None,
            "location": event.location,
            "principals": [event.name_of(key) for key in event.principals],
            "principal_keys": list(event.principals),
            "participants": list(event.names),
            "participant_keys": list(event.participants),
            "reports": len(event.reports),
            "outlets": event.outlets,
            "first_seen": _date(event.first_report.published),
            "last_seen": _date(event.last_report.published),
            "articles": list(dict.fromkeys(report.article for report in event.reports)),
        }
        for event in events
    ]


def profile_records(profiles: Iterable[query.PersonProfile], kind: str) -> list[dict[str, Any]]:
    """The ``speakers`` or ``titles`` records of people already merged into profiles."""
    if kind == "speakers":
        return [
            {
                "key": p.key,
                "name": p.name,
                "country": p.country,
                "articles": len(p.articles),
                "titles": [t.title for t in p.titles],
            }
            for p in profiles
        ]
    return [
        {
            "key": p.key,
            "name": p.name,
            "title": t.title,
            "first_seen": _date(t.first_seen),
            "last_seen": _date(t.last_seen),
            "articles": list(t.articles),
        }
        for p in profiles
        for t in p.titles
    ]


def document_records(cited: Iterable[tuple[DocumentRef, int]]) -> list[dict[str, Any]]:
    """The ``documents`` records of documents already counted (see query.documents)."""
    return [
        {
            "text": doc.text,
            "kind": doc.kind,
            "number": doc.number,
            "issuer": doc.issuer,
            "congress": doc.congress,
            "citations": count,
        }
        for doc, count in cited
    ]


_DATE_COLUMNS = ("published", "date", "first_seen", "last_seen")
_CATEGORY_COLUMNS = ("format", "kind", "part_of_day", "force", "verb", "country")


def to_pandas(rows: list[dict[str, Any]]) -> Any:
    """A pandas DataFrame of ``rows``, with dates as datetimes and kinds as categories.

    A date column (``published``, ``date``, ``first_seen``, ``last_seen``) becomes
    ``datetime64`` at the first day of the date, and ``<column>_precision`` beside it
    says how much of it the text gave (``day``, ``month``, ``year``): a month-precision
    ``2024-08`` is 2024-08-01 with precision ``month``, never a day the text did not say.
    Kinds, parts of the day, forces and formats are ``category`` columns.
    """
    try:
        import pandas  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingDependencyError(
            'to_pandas() needs pandas: pip install "doingoai[pandas]"'
        ) from error
    frame = pandas.DataFrame.from_records(rows)
    for column in _DATE_COLUMNS:
        if column not in frame.columns:
            continue
        values = [row.get(column) for row in rows]  # the frame holds NaN for None
        dates = [PartialDate.parse(v) if isinstance(v, str) else None for v in values]
        at = frame.columns.get_loc(column)
        starts = [d.start if d else None for d in dates]
        frame[column] = pandas.to_datetime(starts)  # type: ignore[arg-type,unused-ignore]
        frame.insert(
            at + 1, f"{column}_precision", [d.precision.value if d else None for d in dates]
        )
        frame[f"{column}_precision"] = frame[f"{column}_precision"].astype("category")
    for column in _CATEGORY_COLUMNS:
        if column in frame.columns:
            frame[column] = frame[column].astype("category")
    return frame


def _of(article: Article) -> dict[str, Any]:
    """The columns every row about a fact of ``article`` starts with."""
    return {
        "article": article.id,
        "published": _date(article.published),
        "title": article.title,
        "url": article.url,
    }


def meeting_record(article: Article, meeting: Meeting) -> dict[str, Any]:
    """The ``meetings`` record of one meeting of ``article``."""
    return {
        **_of(article),
        "kind": meeting.kind.value,
        "name": meeting.name,
        "date": _date(meeting.date),
        "part_of_day": meeting.part_of_day.value if meeting.part_of_day else None,
        "location": meeting.location,
        "chair": article.name_of(meeting.chair),
        "chair_key": meeting.chair,
        "participants": [article.name_of(key) for key in meeting.participants],
        "participant_keys": list(meeting.participants),
        "counterpart": meeting.counterpart,
        "occasion": meeting.occasion,
        "planned": meeting.planned,
        "from_caption": meeting.from_caption,
    }


def statement_record(article: Article, statement: Statement) -> dict[str, Any]:
    """The ``statements`` record of one statement of ``article``: who said what."""
    return {
        **_of(article),
        "speaker": article.name_of(statement.speaker),
        "speaker_key": statement.speaker,
        "verb": statement.verb,
        "content": statement.content,
    }


def directive_record(article: Article, directive: Directive) -> dict[str, Any]:
    """The ``directives`` record of one directive of ``article``."""
    return {
        **_of(article),
        "issuer": article.issuer_of(directive),
        "issuer_key": directive.issuer,
        "verb": directive.verb,
        "force": directive.force.value,
        "addressees": list(directive.addressees),
        "content": directive.content,
        "items": list(directive.items),
        "documents": [doc.text for doc in directive.documents],
    }
