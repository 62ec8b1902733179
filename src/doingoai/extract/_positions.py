"""Positions looked up by bisection: the mentions of people, and ranges of the text.

The meeting and directive extractors ask, for every sentence, who is mentioned in it
and whether it lies in a caption or another event's paragraph. Asked of a plain list,
each question costs the whole article, and a long article costs its length squared;
asked of these, a question costs a logarithm and its answer.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from doingoai.model import Speaker

__all__ = ["Mention", "Mentions", "Ranges"]

Mention = tuple[int, int, str]
"""A mention of a person: ``(start, end, person key)``."""


class Mentions:
    """Every mention of the article's people, in text order."""

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        self.items: list[Mention] = sorted(
            (span.start, span.end, speaker.key) for speaker in speakers for span in speaker.mentions
        )
        self._starts = [start for start, _, _ in self.items]
        self._ends = {(start, key): end for start, end, key in self.items}
        self._longest = max((end - start for start, end, _ in self.items), default=0)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.items)

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``, in text order."""
        starts = self._starts
        return self.items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions wholly inside ``[start, end]``, in text order."""
        return [m for m in self.starting_in(start, end) if m[1] <= end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any mention shares a character with ``[start, end)``."""
        return any(e > start for _, e, _ in self.starting_in(start - self._longest, end))

    def first_from(self, position: int) -> Mention | None:
        """The first mention starting at or after ``position``."""
        index = bisect.bisect_left(self._starts, position)
        return self.items[index] if index < len(self.items) else None

    def end_of(self, start: int, key: str) -> int:
        """Where the mention of ``key`` starting at ``start`` ends."""
        return self._ends[start, key]


class Ranges:
    """Ranges ``[start, end)`` of the text that do not overlap (blocks, paragraphs)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.items = sorted(ranges)
        self._starts = [start for start, _ in self.items]

    def __contains__(self, position: object) -> bool:
        if not isinstance(position, int):
            return False
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self.items[index][1]
