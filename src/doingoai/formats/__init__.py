"""Raw formats: one handler per format, each able to detect, parse and dump.

Adding a format means one module with a handler and one line in :data:`HANDLERS`.
"""

from __future__ import annotations

from doingoai.formats._base import FormatHandler, RawDocument
from doingoai.formats.date_header import DateHeaderFormat
from doingoai.formats.jekyll import JekyllFormat
from doingoai.formats.plain import PlainFormat
from doingoai.model import Article, ArticleFormat

__all__ = ["HANDLERS", "PLAIN", "FormatHandler", "RawDocument", "detect", "dumps", "handler_for"]

PLAIN: FormatHandler = PlainFormat()
"""The handler of plain text, which reads anything."""
HANDLERS: tuple[FormatHandler, ...] = (JekyllFormat(), DateHeaderFormat(), PLAIN)
"""The handlers, in the order :func:`detect` tries them; plain accepts anything, so it is last."""


def detect(text: str) -> FormatHandler:
    """The handler of the first format that recognises ``text``."""
    for handler in HANDLERS:
        if handler.detect(text):
            return handler
    raise AssertionError("the plain handler accepts any text")  # pragma: no cover


def handler_for(format: ArticleFormat | str) -> FormatHandler:
    """The handler of a format, given as an :class:`ArticleFormat` or its value."""
    wanted = ArticleFormat(format)
    for handler in HANDLERS:
        if handler.format is wanted:
            return handler
    raise ValueError(f"no handler for format {wanted.value!r}")  # pragma: no cover


def dumps(article: Article, format: ArticleFormat | str | None = None) -> str:
    """Write ``article`` as raw text, in its own format unless ``format`` is given.

    In the article's own format ``parse(dumps(a)) == a``; in another format the
    text and dates survive. Raises :class:`~doingoai.WriteError` when the format
    cannot hold the article (a date header needs a date).
    """
    return handler_for(format if format is not None else article.format).dump(article)
