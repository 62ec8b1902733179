"""Reading articles: from text or bytes, from a file, and from many files.

Parsers raise only :class:`~doingoai.ParseError`; :func:`read` can skip or
collect bad files and still yields every good article.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import glob
import itertools
import logging
import os
import pickle
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import Literal

import attrs

from doingoai.errors import ParseError
from doingoai.extract import extractor_names, run_extractors
from doingoai.formats import PLAIN, detect
from doingoai.formats.jekyll import filename_date, slug_title, split_topic
from doingoai.lexicon import Lexicon
from doingoai.model import (
    _LATER,
    Article,
    ArticleFormat,
    ArticleWarning,
    PartialDate,
    _copied,
    _value_or_later,
)
from doingoai.structure import heading_words, opening_headings, split_blocks
from doingoai.text import normalize

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_INPUT_BYTES",
    "Reader",
    "decode",
    "parse",
    "parse_file",
    "read",
]

logger = logging.getLogger("doingoai")

MAX_INPUT_BYTES = 8 * 1024 * 1024
"""Largest input read: bytes for ``bytes``, characters for ``str``. Larger input is a
ParseError, never truncated."""
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".mkdn", ".mkd", ".mdown", ".text", ".html")
"""File suffixes :func:`read` picks up when given a folder."""

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SURROGATE = re.compile("[\ud800-\udfff]")

Errors = Literal["raise", "skip", "collect"]
_BYTES_LIKE = (bytes, bytearray, memoryview)


def decode(
    data: bytes,
    *,
    source: str | None = None,
    warnings: list[ArticleWarning] | None = None,
) -> str:
    """Decode raw bytes as UTF-8 (a UTF-8 or UTF-16 byte order mark is honoured).

    Raises :class:`~doingoai.ParseError` for binary data (NUL bytes) and, naming the
    line of the first bad byte, for bytes that are not UTF-8 — unless a ``warnings``
    list is given: then each bad byte becomes U+FFFD and a warning is appended.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(f"not valid UTF-16: {error.reason}", source=source) from error
        _check_text(text, source)
        return text
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ParseError(
            "binary data (a NUL byte), not text", source=source, line=data.count(b"\n", 0, nul) + 1
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        problem = ParseError(
            f"not valid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}",
            source=source,
            line=data.count(b"\n", 0, error.start) + 1,
            column=error.start - line_start + 1,
        )
        if warnings is None:
            raise problem from error
    text = data.decode("utf-8", errors="replace")
    warnings.append(ArticleWarning(f"{problem.reason}; bad bytes read as U+FFFD", problem.line))
    return text


def parse(
    data: str | bytes,
    *,
    source: str | os.PathLike[str] | None = None,
    strict: bool = False,
    tz: dt.tzinfo = dt.timezone.utc,
    extract: Iterable[str] | None = None,
    lexicon: Lexicon | None = None,
) -> Article:
    """Parse one article in any raw format, detected from its content.

    ``source`` names the file in errors and enables Jekyll's file name rules (a
    ``YYYY-MM-DD-slug`` date when the content gives none; the slug as title for
    documents in ``_posts`` and other ``_`` folders). With ``strict=True``, text
    with neither a date header nor front matter is an error instead of a
    ``"plain"`` article. ``tz`` is the zone of front matter times written
    without an offset (Jekyll's build time zone; UTC by default). ``extract`` names
    the extractors to run (see :mod:`doingoai.extract`; all by default, ``()`` for
    none), with ``lexicon`` (the default one unless given).

    Returns an :class:`Article` or raises :class:`~doingoai.ParseError`.
    """
    name = os.fspath(source) if source is not None else None
    if not isinstance(data, (str, *_BYTES_LIKE)):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    chosen = None if extract is None else extractor_names(extract)
    try:
        return _parse(data, name, strict=strict, tz=tz, extract=chosen, lexicon=lexicon)
    except (ParseError, MemoryError):
        raise
    except Exception as error:  # never anything but a ParseError for bad input
        raise ParseError(
            f"unexpected {type(error).__name__}: {error} (a bug in doingoai)", source=name
        ) from error


def _parse(
    data: str | bytes,
    name: str | None,
    *,
    strict: bool,
    tz: dt.tzinfo,
    extract: list[str] | None,
    lexicon: Lexicon | None,
) -> Article:
    warnings: list[ArticleWarning] = []
    if isinstance(data, _BYTES_LIKE):
        raw = bytes(data)
        if len(raw) > MAX_INPUT_BYTES:
            raise _too_large(len(raw), "bytes", name)
        text = decode(raw, source=name, warnings=None if strict else warnings)
    else:
        if len(data) > MAX_INPUT_BYTES:
            raise _too_large(len(data), "characters", name)
        text = data
        _check_text(text, name)  # decoded bytes were checked by decode()
    text = normalize(text.removeprefix("\ufeff"))
    if not text or text.isspace():
        raise ParseError("empty input: no article text", source=name, line=1)
    handler = detect(text)
    if strict and handler.format is ArticleFormat.PLAIN:
        raise ParseError(
            "neither a date header nor front matter (strict mode)", source=name, line=1
        )
    try:
        document = handler.parse(text, source=name, tz=tz, strict=strict)
    except ParseError as error:
        if strict or handler.format is not ArticleFormat.JEKYLL:
            raise
        # Front matter never closed: Jekyll would not read the file as a post at all.
        handler = PLAIN
        document = handler.parse(text, source=name, tz=tz)
        warnings.append(ArticleWarning(f"{error.reason}; read as plain text", error.line))
    warnings.extend(document.warnings)

    published, title = document.published, document.title
    if name is not None:
        if published is None and (dated := filename_date(name)):
            try:
                published = PartialDate.parse(dated[0])
            except ParseError as error:
                problem = f"invalid date {dated[0]!r} in the file name"
                if strict:
                    raise ParseError(problem, source=name) from error
                warnings.append(ArticleWarning(f"{problem}; undated"))
        if title is None:
            title = slug_title(name)

    body = document.body.strip()
    blocks = _LATER  # split when first read: most of what parsing would cost
    if title is None and handler.format is not ArticleFormat.JEKYLL:
        blocks = split_blocks(body)
        # The headline, past a dateline above it ("Thứ Năm, 09/05/2024 14:30"): of the
        # headings the text opens with (a section's name, the headline, a byline), the
        # one of the most words; and not the text's only block.
        headings = opening_headings(blocks)
        if headings and headings[0] is not blocks[-1]:
            title = heading_words(max(headings, key=lambda b: len(b.text.split())).text)
    topic = None
    if title is not None:
        topic, title = split_topic(title)
    # Without them in the front matter: the first link and image blocks, when first read.
    url = document.url or _LATER
    image_url = _LATER if document.image_url is None else document.image_url
    article = Article(
        id=_LATER,  # computed when first read, from the date, title and text
        format=handler.format,
        text=body,
        blocks=blocks,
        published=published,
        published_at=document.published_at,
        title=title,
        topic=topic,
        url=url,
        image_url=image_url,
        categories=document.categories,
        tags=document.tags,
        published_flag=document.published_flag,
        metadata=document.metadata,
        warnings=warnings,
        source=name,
    )
    if extract is not None and not extract:
        return article
    try:
        return run_extractors(article, extract, lexicon=lexicon)
    except Exception as error:  # a bug of ours must not cost the reader the article
        problem = f"the extractors failed ({type(error).__name__}: {error}); no facts extracted"
        if strict:
            raise ParseError(problem, source=name) from error
        logger.exception("%s: %s", name or "<string>", problem)
        return attrs.evolve(article, warnings=(*article.warnings, ArticleWarning(problem)))


def parse_file(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    tz: dt.tzinfo = dt.timezone.utc,
    extract: Iterable[str] | None = None,
    lexicon: Lexicon | None = None,
) -> Article:
    """Read and parse one file; see :func:`parse`. ``OSError`` propagates as usual."""
    data = _read_bytes(path)
    return parse(data, source=path, strict=strict, tz=tz, extract=extract, lexicon=lexicon)


class Reader(Iterator[Article]):
    """The articles of many files, read one at a time (see :func:`read`).

    With ``errors="collect"``, :attr:`errors` fills up with one
    :class:`~doingoai.ParseError` per bad file as iteration reaches it.
    """

    def __init__(
        self,
        paths: Iterable[str],
        *,
        errors: Errors,
        parse_one: Callable[[str], Article],
        workers: int = 1,
    ) -> None:
        check_errors_mode(errors)
        self.paths: tuple[str, ...] = tuple(paths)
        """Every file this reader reads, in order (known before reading starts)."""
        self.errors: list[ParseError] = []
        """The errors met so far (``errors="collect"`` only), each naming its file."""
        self._mode = errors
        self._parse_one = parse_one  # doingoai.dask parses the same paths the same way
        if workers > 1 and len(self.paths) > 1:
            self._articles = self._gather(self._in_workers(parse_one, workers))
        else:
            self._articles = self._gather(map(functools.partial(_parse_one, parse_one), self.paths))

    def __next__(self) -> Article:
        return next(self._articles)

    def __iter__(self) -> Reader:
        return self

    def _gather(self, results: Iterable[Article | ParseError]) -> Iterator[Article]:
        for result in results:
            if isinstance(result, ParseError):
                handle_error(result, self._mode, self.errors)
                continue
            yield result

    def _in_workers(
        self, parse_one: Callable[[str], Article], workers: int
    ) -> Iterator[Article | ParseError]:
        """The results of ``parse_one`` for every path, from ``workers`` processes, in order.

        Each worker gets ``parse_one`` once (at its start) and the paths in chunks; it
        sends back each article pickled by itself (model values pickle as
        ``Class(*fields)``) or the file's ParseError, and the articles are rebuilt here.
        """
        import multiprocessing

        chunk = max(1, min(64, len(self.paths) // (workers * 8)))
        pool = multiprocessing.get_context().Pool(
            workers, initializer=_start_worker, initargs=(parse_one,)
        )
        try:
            for result in pool.imap(_work, self.paths, chunksize=chunk):
                yield result if isinstance(result, ParseError) else _unpack(result)
        finally:
            pool.terminate()  # also when the reader is dropped before its end


def _parse_one(parse_one: Callable[[str], Article], path: str) -> Article | ParseError:
    """``parse_one(path)``, or the ParseError that names the file and why it failed."""
    try:
        return parse_one(path)
    except OSError as error:
        return _chained(
            ParseError(f"cannot read the file: {error.strerror or error}", source=path), error
        )
    except ParseError as error:
        return error
    except Exception as error:  # one file must never stop a bulk read
        return _chained(
            ParseError(
                f"unexpected {type(error).__name__}: {error} (a bug in doingoai)", source=path
            ),
            error,
        )


def _chained(error: ParseError, cause: BaseException) -> ParseError:
    error.__cause__ = cause
    return error


_WORKER_PARSE: Callable[[str], Article] | None = None


def _start_worker(parse_one: Callable[[str], Article]) -> None:
    global _WORKER_PARSE
    _WORKER_PARSE = parse_one


def _work(path: str) -> bytes | ParseError:
    """In a worker: the article at ``path``, packed, or its ParseError."""
    assert _WORKER_PARSE is not None
    result = _parse_one(_WORKER_PARSE, path)
    if isinstance(result, ParseError):
        result.__cause__ = None  # the cause stays in the worker; its words are in the reason
        return result
    return _pack(result)


def _pack(article: Article) -> bytes:
    return pickle.dumps(_without_blocks(article), pickle.HIGHEST_PROTOCOL)


def _without_blocks(article: Article) -> Article:
    """A parsed article to send to another process: its blocks, its text split, left out.

    Rebuilt in half the time there, it splits its text again only if its blocks are
    read (no query and no store reads them).
    """
    if _value_or_later(article, "blocks") is _LATER:
        return article  # not split yet (parsing alone): nothing to leave out
    return _copied(article, {"blocks": _LATER})


def _unpack(data: bytes) -> Article:
    article: Article = pickle.loads(data)  # our own bytes, from our own worker
    return article


class _FileParser:
    """What :func:`read` does with each path; it pickles, so workers can be given it."""

    def __init__(self, refused: dict[str, str], parse: Callable[[str], Article]) -> None:
        self.refused = refused
        self.parse = parse  # parse_file with read's options: a partial, which pickles

    def __call__(self, path: str) -> Article:
        if path in self.refused:
            raise ParseError(self.refused[path], source=path)
        return self.parse(path)


def check_errors_mode(errors: str) -> None:
    """Raise ``ValueError`` unless ``errors`` is ``"raise"``, ``"skip"`` or ``"collect"``."""
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")


def handle_error(error: ParseError, errors: Errors, collected: list[ParseError]) -> None:
    """Do with one bad input what ``errors`` says: raise it, log it, or collect it."""
    if errors == "raise":
        raise error
    if errors == "collect":
        collected.append(error)
    else:
        logger.warning("skipped %s", error)


def read(
    path: str | os.PathLike[str],
    *,
    errors: Errors = "raise",
    strict: bool = False,
    tz: dt.tzinfo = dt.timezone.utc,
    suffixes: Iterable[str] = ARTICLE_SUFFIXES,
    extract: Iterable[str] | None = None,
    lexicon: Lexicon | None = None,
    follow_symlinks: bool = False,
    workers: int = 1,
) -> Reader:
    """Stream the articles of a file, a folder (recursively) or a glob pattern.

    Files are read in sorted path order, one at a time, so memory stays constant.
    In a folder, files with one of ``suffixes`` are read; hidden files and
    folders are left out. ``errors`` says what a bad file does: ``"raise"`` its
    :class:`~doingoai.ParseError`, ``"skip"`` it (logged on the ``doingoai``
    logger), or ``"collect"`` it in :attr:`Reader.errors`. ``strict``, ``tz``,
    ``extract`` and ``lexicon`` are passed to :func:`parse` for each file.

    Only regular files are read: a FIFO, a device or a socket is a bad file. So is a
    symlink, in a folder or a pattern's matches, that leads outside the folder being
    read (or is broken), and a symlink to a folder, which is not walked:
    ``follow_symlinks=True`` follows them all. A file named directly is always read.

    ``workers=N`` parses in ``N`` processes (``0``: one per core), for when the
    extractors run: the articles still come in path order, and errors are handled as
    above. Parsing alone is quicker in one process, where ``workers`` is ignored.

    >>> reader = read("no-such-dir/*.md", errors="collect")
    >>> list(reader), reader.errors
    ([], [])
    """
    paths, refused = _paths(path, tuple(suffixes), follow_symlinks=follow_symlinks)
    names = None if extract is None else extractor_names(extract)
    parse = functools.partial(parse_file, strict=strict, tz=tz, extract=names, lexicon=lexicon)
    if workers < 0:
        raise ValueError(f"workers must be 0 (every core) or more, not {workers}")
    count = (os.cpu_count() or 1) if workers == 0 else workers
    if names == []:
        count = 1  # parsing alone costs less than moving its result between processes
    return Reader(paths, errors=errors, parse_one=_FileParser(refused, parse), workers=count)


def _paths(
    path: str | os.PathLike[str], suffixes: tuple[str, ...], *, follow_symlinks: bool
) -> tuple[list[str], dict[str, str]]:
    """The files to read, in order, and why some of them must be refused instead."""
    location = os.fspath(path)
    if os.path.isdir(location):
        found: list[str] = []
        links: list[str] = []
        _walk(location, suffixes, follow_symlinks, found, links, set())
        refused = {} if follow_symlinks else _refused_links(location, links)
        return sorted(found), refused
    if os.path.lexists(location):
        return [location], {}  # a file named by the user is read, wherever a link leads
    if glob.has_magic(location):
        found = [
            match
            for match in glob.glob(location, recursive=True)
            if os.path.islink(match) or not os.path.isdir(match)
        ]
        # A match may also pass through a linked folder (`**` follows them): all count.
        refused = {} if follow_symlinks else _refused_links(_glob_root(location), found)
        return sorted(found), refused
    raise FileNotFoundError(f"no such file, folder or pattern: {location!r}")


def _walk(
    folder: str,
    suffixes: tuple[str, ...],
    follow: bool,
    found: list[str],
    links: list[str],
    visited: set[str],
) -> None:
    """The files of ``folder`` and below, hidden ones left out, and which are symlinks.

    ``os.scandir`` tells a link from its directory entry, without a system call per file.
    Following links, a folder already walked is not walked again (a link loop ends).
    """
    if follow:
        real = os.path.realpath(folder)
        if real in visited:
            return
        visited.add(real)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return  # an unreadable subfolder, as os.walk skips it
    for entry in entries:
        if entry.name.startswith("."):
            continue
        link = entry.is_symlink()
        if entry.is_dir():
            if link and not follow:
                found.append(entry.path)  # reported, not walked
                links.append(entry.path)
            else:
                _walk(entry.path, suffixes, follow, found, links, visited)
        elif entry.name.lower().endswith(suffixes):
            found.append(entry.path)
            if link:
                links.append(entry.path)


def _glob_root(pattern: str) -> str:
    """The folder a glob pattern reads under: its parts before the first wildcard."""
    parts = pattern.replace(os.sep, "/").split("/")
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
    return os.sep.join(fixed) or os.curdir


def _refused_links(root: str, links: list[str]) -> dict[str, str]:
    """Why to refuse each of these paths that leads nowhere, out of ``root``, or to a folder."""
    inside = os.path.realpath(root)
    refused = {}
    for name in links:
        target = os.path.realpath(name)
        if not os.path.exists(target):
            refused[name] = f"a broken symlink (to {target})"
        elif os.path.commonpath([inside, target]) != inside:
            refused[name] = f"a symlink to {target}, outside {root}: not followed{_FOLLOW}"
        elif os.path.islink(name) and os.path.isdir(target):
            refused[name] = f"a symlink to a folder: not walked{_FOLLOW}"
    return refused


_FOLLOW = " (follow_symlinks=True follows links)"


def _read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file, refusing more than MAX_INPUT_BYTES.

    Plain os calls: half the cost of a buffered file object, which matters when
    reading thousands of small files.
    """
    # Non-blocking, so that opening a FIFO returns (and is refused) instead of waiting.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise ParseError(
                f"not a regular file (a {_file_kind(status.st_mode)})", source=os.fspath(path)
            )
        size = status.st_size
        if size > MAX_INPUT_BYTES:
            raise _too_large(size, "bytes", os.fspath(path))
        first = os.read(descriptor, size + 1)
        if len(first) == size:  # as large as it said: read whole (a regular file's
            return first  # reads are short only at its end), without one more call
        chunks, total, chunk = [], 0, first
        while chunk:  # it has grown or shrunk since: read to its end
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_INPUT_BYTES:
                raise _too_large(total, "bytes", os.fspath(path))
            chunk = os.read(descriptor, max(size + 1 - total, 65_536))
        return b"".join(chunks)
    finally:
        os.close(descriptor)


_FILE_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISDIR, "folder"),
)


def _file_kind(mode: int) -> str:
    return next((name for test, name in _FILE_KINDS if test(mode)), "special file")


def _check_text(text: str, source: str | None) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        raise ParseError(
            "binary data (a NUL character), not text",
            source=source,
            line=text.count("\n", 0, nul) + 1,
        )
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise ParseError(
            "text contains an unpaired surrogate, not valid Unicode",
            source=source,
            line=text.count("\n", 0, surrogate.start()) + 1,
        )


def _too_large(size: int, unit: str, source: str | None) -> ParseError:
    return ParseError(
        f"input is {size:,} {unit}, over the limit of {MAX_INPUT_BYTES:,}", source=source
    )
