"""The doingoai error family.

Every error the library raises on purpose is a :class:`DoingoaiError`. Errors about
bad input are :class:`ParseError`, which is also a :class:`ValueError`, so code that
already catches ``ValueError`` keeps working.
"""

from __future__ import annotations

__all__ = ["DoingoaiError", "ParseError", "WriteError", "quoted"]


class DoingoaiError(Exception):
    """Base class of every error doingoai raises on purpose."""


class ParseError(DoingoaiError, ValueError):
    """Input that cannot be read as an article (or a model value).

    It names where the problem is and why, and prints as ``source:line: reason``
    (the parts that are unknown are left out). The underlying error, if any, is
    chained as ``__cause__``.

    >>> str(ParseError("unclosed front matter", source="a.md", line=1))
    'a.md:1: unclosed front matter'
    >>> str(ParseError("empty input"))
    '<string>: empty input'
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.reason = reason
        """Why the input was rejected, in one sentence."""
        self.source = source
        """The file the input came from, or ``None`` for a string."""
        self.line = line
        """The 1-based line of the problem, when known."""
        self.column = column
        """The 1-based column of the problem, when known."""
        super().__init__(reason)

    def __str__(self) -> str:
        where = self.source if self.source is not None else "<string>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.reason}"

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default pickling of exceptions,
        # and errors cross process boundaries in parallel readers.
        return (_rebuild_parse_error, (self.reason, self.source, self.line, self.column))


class WriteError(DoingoaiError, ValueError):
    """An article that cannot be written in the format asked for.

    For example, the date-header format needs a publication date.
    """


def quoted(text: str, limit: int = 60) -> str:
    """``text`` quoted for an error message, cut after ``limit`` characters.

    Messages name the bad value, but a hostile one may be megabytes long.

    >>> quoted("2024-13-45")
    "'2024-13-45'"
    >>> quoted("9" * 100, limit=5)
    "'99999…' (100 characters)"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit] + '…'!r} ({len(text):,} characters)"


def _rebuild_parse_error(
    reason: str, source: str | None, line: int | None, column: int | None
) -> ParseError:
    return ParseError(reason, source=source, line=line, column=column)
