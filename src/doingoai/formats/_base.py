"""What every raw-format handler returns and provides."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol

from doingoai.model import Article, ArticleFormat, ArticleWarning, PartialDate

__all__ = ["FormatHandler", "RawDocument"]


class RawDocument(NamedTuple):
    """A raw article split into metadata and body, before the body is structured.

    A named tuple rather than an attrs class: one is made per article on the hot path,
    and it never leaves the library.
    """

    format: ArticleFormat
    """The format the handler read."""
    body: str
    """The body text, normalised but not yet stripped."""
    published: PartialDate | None = None
    """The publication date the format gives."""
    published_at: dt.datetime | None = None
    """The publication time (timezone-aware) the format gives."""
    title: str | None = None
    """The title as the format gives it (with any bracketed topic label)."""
    url: str | None = None
    """A link to the original given by the metadata."""
    image_url: str | None = None
    """The main image the metadata names."""
    categories: tuple[str, ...] = ()
    """Categories by the format's rules."""
    tags: tuple[str, ...] = ()
    """Tags by the format's rules."""
    published_flag: bool = True
    """``False`` for Jekyll ``published: false``."""
    metadata: Mapping[str, Any] = MappingProxyType({})
    """Front matter as read."""
    warnings: tuple[ArticleWarning, ...] = ()
    """What was wrong but did not stop the reading (lenient mode only)."""


class FormatHandler(Protocol):
    """One raw format: it can recognise, read and write articles of its kind."""

    format: ArticleFormat
    """The format this handler reads and writes."""

    def detect(self, text: str) -> bool:
        """Whether ``text`` (normalised, without BOM) is in this format."""

    def parse(
        self, text: str, *, source: str | None, tz: dt.tzinfo, strict: bool = False
    ) -> RawDocument:
        """Split ``text`` into metadata and body.

        Raise ParseError when it cannot be read; a flaw that leaves it readable is an
        error too when ``strict``, and otherwise a warning in the result.
        """

    def dump(self, article: Article) -> str:
        """Write ``article`` in this format."""


_OPEN = re.compile(r"---[ \t\f\v]*\n")


def opens_front_matter(text: str) -> bool:
    """Whether ``text`` opens front matter: ``---`` alone on its first line."""
    return _OPEN.match(text) is not None
