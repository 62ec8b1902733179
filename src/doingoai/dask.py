"""Reading on a cluster with Dask: a bag of articles, and the record tables as DataFrames.

Needs the ``dask`` extra (``pip install "doingoai[dask]"``). The files are listed here
as :func:`doingoai.read` lists them, split into partitions, and each partition is parsed
where Dask runs it — threads, processes, or the workers of a ``distributed`` cluster.

>>> import doingoai.dask
>>> from importlib import resources
>>> folder = str(resources.files("doingoai") / "sample" / "articles")  # the sample's files
>>> bag = doingoai.dask.read_bag(folder)
>>> len(bag.compute())
11
>>> frame = doingoai.dask.to_dataframe(bag, "meetings")
>>> len(frame.compute()) == len(doingoai.sample().to_records("meetings"))
True
"""

from __future__ import annotations

import logging
import os
from typing import Any

from doingoai import exports
from doingoai.errors import ParseError
from doingoai.exports import RECORD_KINDS, MissingDependencyError
from doingoai.model import Article
from doingoai.reading import Errors, _parse_one, _without_blocks, check_errors_mode, read

try:
    import dask
    import dask.bag
    import dask.dataframe
    import pandas
    from dask.delayed import delayed
except ImportError as error:  # pragma: no cover - the extra is installed in the tests
    raise MissingDependencyError(
        'doingoai.dask needs Dask: pip install "doingoai[dask]"'
    ) from error

__all__ = ["articles_of", "errors_of", "read_bag", "to_dataframe"]

logger = logging.getLogger("doingoai")

# Kinds whose rows each come from one article, partition by partition; the others
# (people merged across articles, documents counted across them) are gathered first.
_PER_ARTICLE = ("articles", "meetings", "directives", "statements")


def read_bag(
    path: str | os.PathLike[str],
    *,
    errors: Errors = "raise",
    files_per_partition: int = 100,
    **options: Any,
) -> dask.bag.Bag:
    """A Dask bag of the articles of a file, a folder or a glob pattern, in path order.

    ``options`` are :func:`doingoai.read`'s (``strict``, ``extract``, ``lexicon``…).
    ``errors`` as there, per partition: ``"raise"`` fails the computation with the
    first bad file's :class:`~doingoai.ParseError`, ``"skip"`` logs and leaves it out,
    ``"collect"`` keeps the ParseError in the bag, where the articles are: take
    them apart with :func:`articles_of` and :func:`errors_of` (persist the bag first
    to parse once).
    """
    check_errors_mode(errors)
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be 1 or more, not {files_per_partition}")
    options.pop("workers", None)  # Dask decides where the work goes
    reader = read(path, errors=errors, **options)
    paths = list(reader.paths)
    partitions = max(1, -(-len(paths) // files_per_partition))
    bag: dask.bag.Bag = dask.bag.from_sequence(  # type: ignore[no-untyped-call]
        paths, npartitions=partitions
    )
    parsed: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _parse_partition, reader._parse_one, errors
    )
    return parsed


def _parse_partition(
    paths: list[str], parse_one: Any, errors: Errors
) -> list[Article | ParseError]:
    found: list[Article | ParseError] = []
    for path in paths:
        result = _parse_one(parse_one, path)
        if isinstance(result, ParseError):
            if errors == "raise":
                raise result
            if errors == "skip":
                logger.warning("skipped %s", result)
                continue
            found.append(result)
        else:
            found.append(_without_blocks(result))  # lighter to keep and to send
    return found


def articles_of(bag: dask.bag.Bag) -> dask.bag.Bag:
    """The articles of a bag :func:`read_bag` made with ``errors="collect"``."""
    articles: dask.bag.Bag = bag.filter(_is_article)  # type: ignore[no-untyped-call]
    return articles


def errors_of(bag: dask.bag.Bag) -> dask.bag.Bag:
    """The :class:`~doingoai.ParseError` of each bad file, from such a bag."""
    errors: dask.bag.Bag = bag.filter(_is_error)  # type: ignore[no-untyped-call]
    return errors


def _is_article(item: object) -> bool:
    return isinstance(item, Article)


def _is_error(item: object) -> bool:
    return isinstance(item, ParseError)


def to_dataframe(bag: dask.bag.Bag, kind: str = "articles") -> dask.dataframe.DataFrame:
    """A Dask DataFrame of :meth:`doingoai.Corpus.to_pandas`'s rows of ``kind``.

    The same columns and types as ``to_pandas`` (pandas is needed: the ``dask``
    extra brings it); errors in the bag are left out. ``articles``, ``meetings``,
    ``directives`` and ``statements`` are made partition by partition, lazily; for
    ``speakers``, ``titles``, ``documents`` and ``events``, which merge across
    articles, the partitions send what those rows need (people, documents; for events
    the meetings and the text) to this process when it is called, and the result is
    one partition.
    """
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of: {', '.join(RECORD_KINDS)}")
    meta = _meta(kind)
    # Dask would turn object columns into strings, and our lists (categories, names of
    # participants) into their repr: keep the columns as to_pandas makes them.
    with dask.config.set({"dataframe.convert-string": False}):
        frame: dask.dataframe.DataFrame
        if kind in _PER_ARTICLE:
            parts = bag.to_delayed()  # type: ignore[no-untyped-call]
            frames = [delayed(_frame)(part, kind, meta) for part in parts]
            frame = dask.dataframe.from_delayed(frames, meta=meta, verify_meta=False)
        else:
            light = bag.map_partitions(_light, kind).compute()  # type: ignore[no-untyped-call]
            whole = _frame(light, kind, meta)
            frame = dask.dataframe.from_pandas(whole, npartitions=1)  # type: ignore[no-untyped-call]
        return frame


def _meta(kind: str) -> Any:
    """An empty frame with the columns and types of ``kind``: the sample's, emptied."""
    from doingoai.samples import sample

    return _frame(list(sample()), kind, None).iloc[:0]


def _frame(items: list[Any], kind: str, meta: Any) -> Any:
    rows = exports.records((item for item in items if isinstance(item, Article)), kind)
    if not rows:
        return meta.copy()
    frame = exports.to_pandas(rows)
    # pandas types a partition's categories by their values (text, or nothing at all);
    # partitions whose categories differ in type cannot be joined: make them all objects.
    for column in frame.columns:
        if isinstance(frame[column].dtype, pandas.CategoricalDtype):
            categories = frame[column].cat.categories.astype(object)
            frame[column] = frame[column].cat.set_categories(categories)
    return frame


def _light(items: list[Any], kind: str) -> list[Article]:
    """The articles with only what ``kind``'s merged rows read (cheap to send)."""
    return [
        Article(
            id=item.id,
            format=item.format,
            # Events compare the sentences of meetings: their text goes too.
            text=item.text if kind == "events" else "",
            published=item.published,
            url=item.url if kind == "events" else None,
            speakers=item.speakers if kind != "documents" else (),
            documents=item.documents if kind == "documents" else (),
            meetings=item.meetings if kind == "events" else (),
        )
        for item in items
        if isinstance(item, Article)
    ]
