"""Extractors: small functions that read facts out of a structured article.

They form a named, ordered chain (:data:`EXTRACTORS`). :func:`doingoai.parse` runs
all of them by default; ``parse(text, extract=())`` runs none (parsing only), and
``parse(text, extract=("speakers",))`` runs the ones named. :func:`run_extractors` runs
them on an article already parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from doingoai.extract.directives import extract_directives
from doingoai.extract.documents import extract_documents
from doingoai.extract.meetings import extract_meetings
from doingoai.extract.speakers import extract_speakers
from doingoai.lexicon import Lexicon
from doingoai.model import Article

__all__ = ["EXTRACTORS", "Extractor", "run_extractors"]

Extractor = Callable[[Article, Lexicon], Mapping[str, Any]]
"""An extractor takes an article and the lexicon and returns the fields it fills."""


def _speakers(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    speakers, statements = extract_speakers(article, lexicon)
    return {"speakers": speakers, "statements": statements}


def _meetings(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    speakers, statements = article.speakers, article.statements
    if not speakers:  # run alone: it needs to know who is named
        speakers, statements = extract_speakers(article, lexicon)
    return {"meetings": extract_meetings(article, lexicon, speakers, statements)}


def _documents(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    return {"documents": extract_documents(article, lexicon)}


def _directives(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    speakers = article.speakers or extract_speakers(article, lexicon)[0]
    documents = article.documents or extract_documents(article, lexicon)
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


def run_extractors(
    article: Article,
    names: Iterable[str] | None = None,
    *,
    lexicon: Lexicon | None = None,
) -> Article:
    """Run the named extractors (all by default) on ``article``; return the new article."""
    chosen = list(EXTRACTORS) if names is None else list(names)
    unknown = [name for name in chosen if name not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown extractor(s) {unknown}; known: {', '.join(EXTRACTORS)}")
    lexicon = lexicon or Lexicon.default()
    for name in chosen:
        fields = EXTRACTORS[name](article, lexicon)
        if fields:
            article = attrs.evolve(article, **fields)
    return article
