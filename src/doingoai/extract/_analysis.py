"""One reading of an article's text, shared by the extractors that run on it.

Every extractor needs the text folded for matching (:func:`~doingoai.text.match_key`,
the same length as the text, so offsets carry over), and several need the same
sentences. :func:`run_extractors` makes one :class:`Analysis` per article and every
extractor of that run asks :func:`analysis_of` for it, so the work is done once, and
only when some extractor needs it (each part is computed on first use). Run alone, an
extractor gets a fresh one. It is kept off the public model: an article carries facts,
not the scaffolding that found them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from doingoai.text import match_key

__all__ = ["Analysis", "analysing", "analysis_of"]


class Analysis:
    """The parts of an article's text that several extractors read, each computed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def keyed(self) -> str:
        """The text folded for matching: lower case, tone marks placed the new way."""
        return match_key(self.text)


_CURRENT: ContextVar[Analysis | None] = ContextVar("_CURRENT", default=None)


def analysis_of(text: str) -> Analysis:
    """The analysis of ``text`` in the run in hand, or a new one."""
    current = _CURRENT.get()
    if current is not None and current.text is text:
        return current
    return Analysis(text)


@contextmanager
def analysing(text: str) -> Iterator[Analysis]:
    """Share one analysis of ``text`` with every extractor run inside the block."""
    analysis = Analysis(text)
    token = _CURRENT.set(analysis)
    try:
        yield analysis
    finally:
        _CURRENT.reset(token)
