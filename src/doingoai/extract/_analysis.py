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

import bisect
import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from doingoai.lexicon import Lexicon
from doingoai.text import match_key, words_pattern

__all__ = ["Analysis", "Found", "analysing", "analysis_of", "statement_pattern"]


class Analysis:
    """The parts of an article's text that several extractors read, each computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[re.Pattern[str], Found] = {}

    @functools.cached_property
    def keyed(self) -> str:
        """The text folded for matching: lower case, tone marks placed the new way."""
        return match_key(self.text)

    def found(self, pattern: re.Pattern[str]) -> Found:
        """Where ``pattern`` matches the folded text (see :class:`Found`), read once."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = Found(pattern, self.keyed)
        return found


_WORD_CHAR = re.compile(r"\w")


class Found:
    """The matches of a pattern of whole words over a text, shared out to its parts.

    Reading a text once and handing each sentence its share costs a fraction of
    searching sentence by sentence (each search starts the regex engine anew).
    """

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern
        self.text = text
        self.every = list(pattern.finditer(text))
        self.starts = [found.start() for found in self.every]

    def within(self, start: int, end: int) -> list[re.Match[str]]:
        r"""What ``pattern.finditer(text, start, end)`` gives.

        The matches of the whole text that start in the range, unless one crosses an
        end of it or a word goes on past its end (a part cut inside a word, where a
        ``(?!\w)`` would hold for the part alone): then the part is searched alone.
        """
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        found = self.every[first:last]
        if (
            (found and found[-1].end() > end)
            or (first and self.every[first - 1].end() > start)
            or _WORD_CHAR.match(self.text, end)
        ):
            return list(self.pattern.finditer(self.text, start, end))
        return found


@functools.lru_cache(maxsize=8)
def statement_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Any of the lexicon's statement verbs ("cho biết", "nhấn mạnh") as a whole word.

    Shared by the extractors that ask who spoke before an event or a directive.
    """
    return words_pattern(lexicon.statement_verbs)


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
