"""Articles kept pickled and compressed, decoded when they are read.

A :class:`~doingoai.Corpus` built with ``compact=True`` stores its articles here: about
1.2 bytes per byte of raw text instead of about 6 for the objects themselves, at the
price of decoding an article (tens of microseconds) each time one is read that is not
among the recently read. The bytes are made here from our own objects and never come
from outside, so unpickling them is safe.
"""

from __future__ import annotations

import abc
import functools
import pickle
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

from doingoai.model import (
    Article,
    ArticleFormat,
    Block,
    BlockKind,
    Directive,
    DirectiveForce,
    DocumentRef,
    Meeting,
    MeetingKind,
    PartialDate,
    PartOfDay,
    Span,
    Speaker,
    Statement,
    Title,
)

__all__ = ["CompactArticles", "LazyArticles", "Pack"]

CACHE_SIZE = 256
"""How many decoded articles a pack keeps (the most recently read)."""


@functools.cache  # built on the first encode or decode, not at import
def _preset() -> bytes:
    # Every pickle names the same classes and enum members; a preset dictionary holding
    # them (and nothing from any corpus) saves compressing them again in each article.
    span = Span(0, 1)
    speaker = Speaker("k", "N", (Title("T", "R", "O"),), "R", "VN", False, (span,))
    document = DocumentRef("Nghị quyết", "Nghị quyết 1", (span,), "1", "Bộ Chính trị", 14)
    sample = Article(
        id="0" * 16,
        format=ArticleFormat.JEKYLL,
        text="Bộ Ngoại giao Việt Nam",
        blocks=[Block(kind, "B", span, None, None) for kind in BlockKind],
        published=PartialDate(2024, 1, 1),
        speakers=[speaker],
        statements=[Statement("k", "nói", "C", span)],
        meetings=[Meeting(kind, span, part_of_day=PartOfDay.MORNING) for kind in MeetingKind],
        directives=[Directive("k", "v", force, "c", span) for force in DirectiveForce],
        documents=[document],
    )
    return pickle.dumps([sample, *ArticleFormat, *PartOfDay], pickle.HIGHEST_PROTOCOL)


def encode(article: Article) -> bytes:
    """The article as compressed pickle bytes."""
    compressor = zlib.compressobj(6, zdict=_preset())
    data = pickle.dumps(article, pickle.HIGHEST_PROTOCOL)
    return compressor.compress(data) + compressor.flush()


def decode(blob: bytes) -> Article:
    """The article :func:`encode` made these bytes from."""
    decompressor = zlib.decompressobj(zdict=_preset())
    article: Article = pickle.loads(decompressor.decompress(blob) + decompressor.flush())
    return article


class Pack:
    """Encoded articles in one order, with their ids, and a cache of decoded ones."""

    def __init__(self, blobs: list[bytes], ids: list[str]) -> None:
        self.blobs = blobs
        self.ids = ids
        self.load = functools.lru_cache(maxsize=CACHE_SIZE)(self._decode)

    def _decode(self, position: int) -> Article:
        return decode(self.blobs[position])

    @classmethod
    def of(cls, articles: Iterable[Article], key: Callable[[Article], Any]) -> Pack:
        """Encode articles one at a time (so they need not all be in memory), sorted by key."""
        encoded = sorted(((key(a), a.id, encode(a)) for a in articles), key=lambda e: e[0])
        return cls([blob for _, _, blob in encoded], [id_ for _, id_, _ in encoded])

    def size(self) -> int:
        """Bytes held by the encoded articles."""
        return sum(len(blob) for blob in self.blobs)

    # The cache holds a function, which does not pickle; the blobs are the state.
    def __getstate__(self) -> tuple[list[bytes], list[str]]:
        return (self.blobs, self.ids)

    def __setstate__(self, state: tuple[list[bytes], list[str]]) -> None:
        self.__init__(*state)  # type: ignore[misc]


class LazyArticles(Sequence[Article]):
    """Articles decoded when read: a :class:`Corpus` takes and filters them undecoded.

    The sequence holds a key for each article (``keys``, in order); a subclass says how
    a key becomes an article (:meth:`load`), and its id (:meth:`key_id`).
    """

    __slots__ = ("keys",)
    _TYPECODE = "I"  # 4 bytes a key; a store's row numbers need 8

    def __init__(self, keys: Iterable[int]) -> None:
        self.keys = array(self._TYPECODE, keys)

    @abc.abstractmethod
    def load(self, key: int) -> Article:
        """The article with this key."""

    @abc.abstractmethod
    def key_id(self, key: int) -> str:
        """The id of the article with this key, without decoding it."""

    @abc.abstractmethod
    def with_keys(self, keys: Iterable[int]) -> LazyArticles:
        """Articles of the same source, with these keys."""

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[Article]:
        return map(self.load, self.keys)

    @overload
    def __getitem__(self, key: int) -> Article: ...

    @overload
    def __getitem__(self, key: slice) -> LazyArticles: ...

    def __getitem__(self, key: int | slice) -> Article | LazyArticles:
        if isinstance(key, slice):
            return self.with_keys(self.keys[key])
        return self.load(self.keys[key])

    def take(self, indexes: Iterable[int]) -> LazyArticles:
        """The articles at these indexes (into this sequence), in the order given."""
        keys = self.keys
        return self.with_keys(keys[i] for i in indexes)

    def id(self, index: int) -> str:
        """The id of the article at ``index``, without decoding it."""
        return self.key_id(self.keys[index])


class CompactArticles(LazyArticles):
    """Some articles of a :class:`Pack`, by position, in a given order."""

    __slots__ = ("pack",)

    def __init__(self, pack: Pack, positions: Iterable[int] | None = None) -> None:
        self.pack = pack
        super().__init__(range(len(pack.blobs)) if positions is None else positions)

    def load(self, key: int) -> Article:
        """The article at this position of the pack."""
        return self.pack.load(key)

    def key_id(self, key: int) -> str:
        """The id of the article at this position of the pack."""
        return self.pack.ids[key]

    def with_keys(self, keys: Iterable[int]) -> CompactArticles:
        """Articles of the same pack, at these positions."""
        return CompactArticles(self.pack, keys)
