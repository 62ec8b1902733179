"""Extractors: small functions that read facts out of a structured article.

They form a named, ordered chain (:data:`EXTRACTORS`). :func:`doingoai.parse` runs
all of them by default; ``parse(text, extract=())`` runs none (parsing only), and
``parse(text, extract=("speakers",))`` runs the ones named. :func:`run_extractors` runs
them on an article already parsed.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from typing import Any

import attrs

from doingoai.extract._analysis import analysing
from doingoai.lexicon import Lexicon
from doingoai.model import Article, PartialDate, Span, _with_facts
from doingoai.text import has_odd_spaces, plain_spaced

__all__ = ["EXTRACTORS", "Extractor", "extractor_names", "run_extractors"]

Extractor = Callable[[Article, Lexicon], Mapping[str, Any]]
"""An extractor takes an article and the lexicon and returns the fields it fills."""


# The extractors run so far on the article in hand: one that found nothing must not be
# run again by a later one that needs its output.
_RAN: ContextVar[frozenset[str]] = ContextVar("_RAN", default=frozenset())


# Each extractor's module (and its patterns) is imported when it first runs, so that
# ``import doingoai`` stays quick.


def _speakers(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    from doingoai.extract.speakers import extract_speakers

    speakers, statements = extract_speakers(article, lexicon)
    return {"speakers": speakers, "statements": statements}


def _meetings(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    from doingoai.extract.meetings import extract_meetings
    from doingoai.extract.speakers import extract_speakers

    speakers, statements = article.speakers, article.statements
    if not speakers and "speakers" not in _RAN.get():  # run alone: it needs who is named
        speakers, statements = extract_speakers(article, lexicon)
    return {"meetings": extract_meetings(article, lexicon, speakers, statements)}


def _documents(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    from doingoai.extract.documents import extract_documents

    return {"documents": extract_documents(article, lexicon)}


def _directives(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    from doingoai.extract.directives import extract_directives
    from doingoai.extract.documents import extract_documents
    from doingoai.extract.speakers import extract_speakers

    ran = _RAN.get()
    speakers, documents = article.speakers, article.documents
    if not speakers and "speakers" not in ran:
        speakers = extract_speakers(article, lexicon)[0]
    if not documents and "documents" not in ran:
        documents = extract_documents(article, lexicon)
    return {
        "directives": extract_directives(article, lexicon, speakers, documents, article.meetings)
    }


EXTRACTORS: dict[str, Extractor] = {
    "speakers": _speakers,
    "meetings": _meetings,
    "documents": _documents,
    "directives": _directives,
}
"""The extractors, in the order they run; each sees what the ones before it found.
Add your own under a new name."""


def extractor_names(names: Iterable[str] | None = None) -> list[str]:
    """The extractors ``names`` asks for (all when ``None``), checked.

    Raises ``ValueError`` naming the unknown ones and the known ones.
    """
    chosen = list(EXTRACTORS) if names is None else list(names)
    unknown = [name for name in chosen if name not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown extractor(s) {unknown}; known: {', '.join(EXTRACTORS)}")
    return chosen


def run_extractors(
    article: Article,
    names: Iterable[str] | None = None,
    *,
    lexicon: Lexicon | None = None,
) -> Article:
    """Run the named extractors (all by default) on ``article``; return the new article."""
    chosen = extractor_names(names)
    lexicon = lexicon or Lexicon.default()
    ran: frozenset[str] = frozenset()
    odd_spaces = has_odd_spaces(article.text)  # most texts have none
    # One reading of the text for every extractor of the run (the text never changes).
    with analysing(article.text):
        for name in chosen:
            token = _RAN.set(ran)
            try:
                fields = EXTRACTORS[name](article, lexicon)
            finally:
                _RAN.reset(token)
            if fields and odd_spaces:
                fields = _plainly_spaced(fields)
            if fields:
                article = _with_facts(article, **fields)
            ran |= {name}
    return article


def _plainly_spaced(fields: Mapping[str, Any]) -> dict[str, Any]:
    r"""The facts with plain spaces in their strings where the article has no-break ones.

    The text keeps what it was given ("Phạm\xa0Minh\xa0Chính", as scraped pages write
    it); a name, a title, what was said or directed, a document or whom a meeting names
    is written with plain spaces, so that it compares equal to the same words typed.
    """
    return {name: _plain(value) for name, value in fields.items()}


def _plain(value: Any) -> Any:
    """``value`` with plain spaces in every string it holds; itself when it has none.

    Most facts of a page with a no-break space hold none (it lies between two other
    words): they are kept as they are, not copied.
    """
    if type(value) is str:
        return plain_spaced(value)
    if type(value) is tuple:
        items = tuple(map(_plain, value))
        return value if all(map(operator.is_, items, value)) else items
    fields = _fields_of(value.__class__)
    if fields:
        changes = {}
        for name, alias in fields:
            old = getattr(value, name)
            new = _plain(old)
            if new is not old:
                changes[alias] = new
        return attrs.evolve(value, **changes) if changes else value
    return value  # a number, an enum, a span, a date, None


@functools.cache
def _fields_of(kind: type) -> tuple[tuple[str, str], ...]:
    """The fields of an attrs class that may hold a string (name, init name); else none."""
    if not attrs.has(kind) or kind in (Span, PartialDate):
        return ()
    return tuple((field.name, field.alias or field.name) for field in attrs.fields(kind))
