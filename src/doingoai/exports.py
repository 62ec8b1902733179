"""Rows for tables: plain dicts per article, person, title, meeting, directive, document.

:func:`records` needs nothing beyond the standard library; :func:`to_pandas` needs
pandas (``pip install "doingoai[pandas]"``) and says so clearly when it is missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from doingoai import query
from doingoai.errors import DoingoaiError
from doingoai.model import Article, Directive, Meeting

__all__ = [
    "RECORD_KINDS",
    "MissingDependencyError",
    "directive_record",
    "meeting_record",
    "records",
    "to_pandas",
]


RECORD_KINDS = ("articles", "speakers", "titles", "meetings", "directives", "documents")
"""What :func:`records` (and ``Corpus.to_records``, ``Corpus.to_pandas``) can list."""


class MissingDependencyError(DoingoaiError, ImportError):
    """An optional dependency is not installed; the message says how to install it."""


def _date(value: object) -> str | None:
    return None if value is None else str(value)


def records(articles: Iterable[Article], kind: str = "articles") -> list[dict[str, Any]]:
    """One dict per row of ``kind``.

    Kinds: articles, speakers, titles, meetings, directives, documents. Values are
    str, int, bool, None or lists of str: ready for JSON and CSV.
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
                "speakers": [s.key for s in a.speakers],
                "meetings": len(a.meetings),
                "directives": len(a.directives),
                "source": a.source,
            }
            for a in articles
        ]
    if kind == "speakers":
        return [
            {
                "key": p.key,
                "name": p.name,
                "country": p.country,
                "articles": len(p.articles),
                "titles": [t.title for t in p.titles],
            }
            for p in query.speakers(articles)
        ]
    if kind == "titles":
        return [
            {
                "key": p.key,
                "name": p.name,
                "title": t.title,
                "first_seen": _date(t.first_seen),
                "last_seen": _date(t.last_seen),
                "articles": list(t.articles),
            }
            for p in query.speakers(articles)
            for t in p.titles
        ]
    if kind == "meetings":
        return [meeting_record(a, m) for a, m in query.meetings(articles)]
    if kind == "directives":
        return [directive_record(a, d) for a, d in query.directives(articles)]
    return [  # documents
        {
            "text": doc.text,
            "kind": doc.kind,
            "number": doc.number,
            "issuer": doc.issuer,
            "congress": doc.congress,
            "citations": count,
        }
        for doc, count in query.documents(articles)
    ]


def to_pandas(rows: list[dict[str, Any]]) -> Any:
    """A pandas DataFrame of ``rows``."""
    try:
        import pandas  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingDependencyError(
            'to_pandas() needs pandas: pip install "doingoai[pandas]"'
        ) from error
    return pandas.DataFrame.from_records(rows)


def meeting_record(article: Article, meeting: Meeting) -> dict[str, Any]:
    """The ``meetings`` record of one meeting of ``article``."""
    return {
        "article": article.id,
        "published": _date(article.published),
        "kind": meeting.kind.value,
        "name": meeting.name,
        "date": _date(meeting.date),
        "part_of_day": meeting.part_of_day.value if meeting.part_of_day else None,
        "location": meeting.location,
        "chair": meeting.chair,
        "participants": list(meeting.participants),
        "counterpart": meeting.counterpart,
        "occasion": meeting.occasion,
        "planned": meeting.planned,
        "from_caption": meeting.from_caption,
    }


def directive_record(article: Article, directive: Directive) -> dict[str, Any]:
    """The ``directives`` record of one directive of ``article``."""
    return {
        "article": article.id,
        "published": _date(article.published),
        "issuer": directive.issuer,
        "verb": directive.verb,
        "force": directive.force.value,
        "addressees": list(directive.addressees),
        "content": directive.content,
        "items": list(directive.items),
        "documents": [doc.text for doc in directive.documents],
    }
