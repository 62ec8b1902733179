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

from doingoai.extract.speakers import extract_speakers
from doingoai.lexicon import Lexicon
from doingoai.model import Article

__all__ = ["EXTRACTORS", "Extractor", "run_extractors"]

Extractor = Callable[[Article, Lexicon], Mapping[str, Any]]
"""An extractor takes an article and the lexicon and returns the fields it fills."""


def _speakers(article: Article, lexicon: Lexicon) -> Mapping[str, Any]:
    speakers, statements = extract_speakers(article, lexicon)
    return {"speakers": speakers, "statements": statements}


EXTRACTORS: dict[str, Extractor] = {"speakers": _speakers}
"""The extractors, in the order they run; add your own under a new name."""


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
    fields: dict[str, Any] = {}
    for name in chosen:
        fields.update(EXTRACTORS[name](article, lexicon))
    return attrs.evolve(article, **fields) if fields else article
