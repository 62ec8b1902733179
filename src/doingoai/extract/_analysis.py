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

__all__ = [
    "Analysis",
    "Found",
    "analysing",
    "analysis_of",
    "past_emphasis",
    "sentence_opening",
    "statement_pattern",
    "wire_dateline",
]


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


# A wire's dateline opening a paragraph: "Hà Nội, 20/11 (TTXVN) - ", "Bắc Kinh, ngày 8/5
# (TTXVN) - ", "Hà Nội (TTXVN) - ", "(Chinhphu.vn) - "; or the outlet's tag alone, a
# word in capitals or a domain, and a word after it, then a dash or a full stop: "VOV.VN
# - ", "TPO - ", "QĐND Online - ", "TGVN. " (not "Mỹ - Trung …").
_WIRE_DATELINE = re.compile(
    r"(?:[^\W\d_]+(?:[^\S\n][^\W\d_]+){0,3}"
    r"(?:,[^\S\n](?:ngày[^\S\n])?[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{4})?)?[^\S\n])?"
    r"\([^()\n]{1,30}\)[^\S\n]?[-–—](?:\*{1,2}|_{1,2})?[^\S\n]"
    r"|(?P<tag>[^\W_]{2,20}(?:(?P<domain>\.)[^\W_]{2,10})*)(?:[^\S\n][^\W\d_]{2,10})?"
    r"(?:[^\S\n]?[-–—]|\.)[^\S\n]"
)


def past_emphasis(text: str, start: int) -> int:
    """Past spaces, Markdown's emphasis and quote marks opening a sentence.

    "**Chiều 3/5, …**", "> Chiều 3/5, …" (a lead set as a quotation).
    """
    while start < len(text) and (text[start] in "*_>" or text[start].isspace()):
        start += 1
    return start


def wire_dateline(text: str, start: int) -> re.Match[str] | None:
    """The wire's dateline or outlet's tag opening the sentence at ``start``, if any.

    Read past Markdown's emphasis; the match ends where the sentence's words begin.
    """
    dateline = _WIRE_DATELINE.match(text, past_emphasis(text, start))
    if (
        dateline is not None
        and dateline.group("tag")
        and not dateline.group("domain")
        and not dateline.group("tag").isupper()
    ):
        return None
    return dateline


def sentence_opening(text: str, start: int) -> int:
    """Where the words of the sentence at ``start`` open: past a wire's dateline.

    An outlet's tag ("VOV.VN - ") and Markdown's emphasis ("**") are read past as well:
    "Hà Nội (TTXVN) - Tại buổi tiếp, …" opens at "Tại".
    """
    dateline = wire_dateline(text, start)
    return past_emphasis(text, dateline.end() if dateline else start)


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
