"""The date-header format: `` date 2026-01-25 Sáng ngày 25/1 …``.

The file starts with optional spaces, the word ``date``, the date (``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``, read strictly) and the body on the same line.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from doingoai.errors import ParseError, WriteError
from doingoai.formats._base import RawDocument
from doingoai.model import Article, ArticleFormat, ArticleWarning, PartialDate

__all__ = ["DateHeaderFormat"]

_DETECT = re.compile(r"[ \t]*date[ \t]+\d", re.IGNORECASE)
_HEADER = re.compile(r"(?P<lead>[ \t]*date[ \t]+)(?P<date>\S+)[ \t]*", re.IGNORECASE)


# A corpus has many articles per day: read each date once. PartialDate is immutable.
_parse_date = functools.lru_cache(maxsize=8192)(PartialDate.parse)


class DateHeaderFormat:
    """Handler for texts that start with `` date YYYY-MM-DD``."""

    format = ArticleFormat.DATE_HEADER

    def detect(self, text: str) -> bool:
        """Whether ``text`` starts with the date header."""
        return _DETECT.match(text) is not None

    def parse(
        self, text: str, *, source: str | None, tz: dt.tzinfo, strict: bool = False
    ) -> RawDocument:
        """Read the header date strictly; the rest of the text is the body.

        A date that cannot be read is an error when ``strict``; otherwise the article
        is undated, with a warning.
        """
        header = _HEADER.match(text)
        if header is None:
            raise ParseError("no date header", source=source, line=1)
        token = header.group("date")
        try:
            published = _parse_date(token)
        except ParseError as error:
            if strict:
                raise ParseError(
                    error.reason, source=source, line=1, column=header.start("date") + 1
                ) from error
            return RawDocument(
                format=self.format,
                body=text[header.end() :],
                warnings=(ArticleWarning(f"{error.reason} in the date header; undated", 1),),
            )
        return RawDocument(format=self.format, body=text[header.end() :], published=published)

    def dump(self, article: Article) -> str:
        """`` date <published> <text>``; the article needs a publication date."""
        if article.published is None:
            raise WriteError(
                f"article {article.id}: the date-header format needs a publication date"
            )
        return f" date {article.published} {article.text}\n"
