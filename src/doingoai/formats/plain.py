"""The plain format: text with neither a date header nor front matter."""

from __future__ import annotations

import datetime as dt

from doingoai.formats._base import RawDocument
from doingoai.model import Article, ArticleFormat

__all__ = ["PlainFormat"]


class PlainFormat:
    """Handler for bare article text; it accepts anything, so it is tried last."""

    format = ArticleFormat.PLAIN

    def detect(self, text: str) -> bool:
        """Always true: any text can be read as plain."""
        return True

    def parse(
        self, text: str, *, source: str | None, tz: dt.tzinfo, strict: bool = False
    ) -> RawDocument:
        """The whole text is the body; nothing is known of the date."""
        return RawDocument(format=self.format, body=text)

    def dump(self, article: Article) -> str:
        """The body text alone (title, dates and categories are not kept).

        A body that would read as another format (``---``, `` date 2025``) or lose a
        leading U+FEFF as a byte order mark is written after an empty line, which
        reading strips: the text always reads back as itself.
        """
        from doingoai.formats import detect  # the registry imports this module

        text = article.text
        if text.startswith("\ufeff") or detect(f"{text}\n").format is not self.format:
            return f"\n{text}\n"
        return f"{text}\n"
