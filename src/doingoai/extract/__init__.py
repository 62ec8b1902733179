"""Extractors: small functions that read facts out of a structured article.

They form a named, ordered chain (:data:`EXTRACTORS`). :func:`doingoai.parse` runs
all of them by default; ``parse(text, extract=())`` runs none (parsing only), and
``parse(text, extract=("speakers",))`` runs the ones named. :func:`run_extractors` runs
them on an article already parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from typing import Any

from doingoai.extract._analysis import analysing
from doingoai.extract._reading import reading_copy, single_spaced
from doingoai.lexicon import Lexicon
from doingoai.model import Article, _with_facts

__all__ = ["EXTRACTORS", "Extractor", "extractor_names", "run_extractors"]

Extractor = Callable[[Article, Lexicon], Mapping[str, Any]]
"""An extractor takes an article and the lexicon and returns the fields it fills.

It is given the article as read (see :func:`run_extractors`): the same text letter for
letter, so a span found in it points at the same words of the article."""


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
    """Run the named extractors (all by default) on ``article``; return the new article.

    They read the article with plain spaces where it has no-break ones and where a
    paragraph wrapped at a width has line ends, inline markup (links, HTML tags,
    entities, emphasis) as spaces, what no reader sees (comments, Liquid's tags,
    kramdown's attributes) blank, and a headline or caption set in title case with its
    verbs and function words in lower case (see ``doingoai.extract._reading``); the
    facts go onto ``article`` with one space where their strings had several.
    """
    chosen = extractor_names(names)
    lexicon = lexicon or Lexicon.default()
    ran: frozenset[str] = frozenset()
    # The extractors read the text as a reader does (see extract._reading): their
    # patterns, and the facts they cut out of the text, then read as written plainly.
    # The offsets are the same, so the facts go onto the article as given.
    reading = reading_copy(article, lexicon)
    copied = reading is not article  # most texts read as written: no copy
    found: dict[str, Any] = {}
    # One reading of the text for every extractor of the run (the text never changes).
    with analysing(reading.text):
        for name in chosen:
            token = _RAN.set(ran)
            try:
                fields = EXTRACTORS[name](reading, lexicon)
            finally:
                _RAN.reset(token)
            if fields:
                reading = _with_facts(reading, **fields)
                found.update(fields)
            ran |= {name}
    spaced = "  " in reading.text  # markup read as spaces, or spaces doubled as written
    if spaced:
        found = single_spaced(found)
    if not copied and not spaced:
        return reading
    return _with_facts(article, **found) if found else article
