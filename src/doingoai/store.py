"""A corpus on disk: SQLite, with the facts in plain tables and full-text search.

A :class:`Store` is a :class:`~doingoai.Corpus` whose articles live in one SQLite file.
Every query of a Corpus works on it, answered from the tables and their indexes; an
article is decoded only when it is read. Adding is idempotent by article id, and each
:meth:`Store.add` is one transaction: a crash midway leaves the store as it was.

>>> import os, tempfile, doingoai
>>> path = os.path.join(tempfile.mkdtemp(), "archive.sqlite")
>>> doingoai.sample().save(path).added >= 10
True
>>> with doingoai.Corpus.open(path) as store:
...     print(store.person("to lam").name, len(store.meetings(kind="hội đàm")) > 0)
Tô Lâm True

The tables (see the storage guide in the docs) open in ``sqlite3``, sqlite-utils or
Datasette as they are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import operator
import os
import sqlite3
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from doingoai import exports, query
from doingoai._compact import LazyArticles
from doingoai.corpus import Corpus, search_terms
from doingoai.errors import DoingoaiError, ParseError
from doingoai.model import (
    Article,
    ArticleFormat,
    Directive,
    DirectiveForce,
    DocumentRef,
    Meeting,
    MeetingKind,
    PartialDate,
    PartOfDay,
    Span,
    Speaker,
    Title,
    _blocks_are_split_text,
    _deferred,
    _split_when_read,
)
from doingoai.reading import MAX_INPUT_BYTES
from doingoai.serialize import from_dict, from_json, to_dict, to_json
from doingoai.text import fold, match_key, person_key, title_key

if TYPE_CHECKING:
    from doingoai.events import Mention

__all__ = ["SCHEMA_VERSION", "Added", "Replaced", "Store", "StoreError"]

logger = logging.getLogger("doingoai")

SCHEMA_VERSION = 4
"""The layout of the tables this version writes (``PRAGMA user_version``).

4: each directive's row has the rest of it (``issuer_title``, its span, and its items
and documents as JSON in ``details``), so that directives are read from their rows.
3: each meeting's row has its span (``span_start``, ``span_end``), so that meetings are
read from their rows, not from their articles. 2: an article's ``data`` leaves out its
blocks when they are its text split (they are split again when read); 1 always held
them. A store of an older layout is read as it is, and becomes the newest with the
first ``add`` (the meetings and directives stored before then are read from their
articles)."""

APPLICATION_ID = 0x646F6E67  # "dong": marks the file as a doingoai store
CACHE_SIZE = 256
"""How many decoded articles a store keeps (the most recently read)."""
_LONGEST_DATE = dt.timedelta(days=366)  # a year-precision date
_CHUNK = 500
_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
_UNKNOWN = 0xFFFFFFFF  # no place in the order: added since it was taken
_MAX_DATA_BYTES = (
    16 * MAX_INPUT_BYTES
)  # an article's JSON, from at most MAX_INPUT_BYTES  # articles read per query when iterating

SCHEMA = """
CREATE TABLE articles (
    number INTEGER PRIMARY KEY,     -- the key the other tables use
    id TEXT NOT NULL UNIQUE,        -- Article.id
    source TEXT,                    -- the path read
    format TEXT NOT NULL,
    published TEXT,                 -- as precise as known: 2024, 2024-06 or 2024-06-12
    start TEXT,                     -- the first day it can mean (ISO)
    "end" TEXT,                     -- the last day it can mean (ISO)
    title TEXT,
    url TEXT,
    outlet TEXT                     -- the url's host, lower case, without www.
);
CREATE INDEX articles_in_order ON articles (start IS NULL, start, id);
CREATE INDEX articles_by_start ON articles (start, id);
CREATE INDEX articles_by_source ON articles (source);
CREATE INDEX articles_by_outlet ON articles (outlet);

-- Apart, so that the rows of articles stay small and quick to scan.
CREATE TABLE bodies (
    number INTEGER PRIMARY KEY,     -- articles.number
    text TEXT NOT NULL,             -- Article.text
    data BLOB NOT NULL              -- the rest of the article: zlib-compressed JSON
);

CREATE TABLE speakers (
    article INTEGER NOT NULL,       -- articles.number
    position INTEGER NOT NULL,      -- in Article.speakers
    key TEXT NOT NULL,              -- the person key: to lam
    surname TEXT NOT NULL,          -- the key's last word, to find short forms
    name TEXT NOT NULL,
    country TEXT,
    deceased INTEGER NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE INDEX speakers_by_key ON speakers (key);
CREATE INDEX speakers_by_surname ON speakers (surname);

-- One row a person, kept up to date by every add: what person() and holders() read.
CREATE TABLE people (
    key TEXT PRIMARY KEY,           -- the person key
    surname TEXT NOT NULL,          -- the key's last word, to find short forms
    name TEXT NOT NULL,             -- as most often written
    first TEXT NOT NULL,            -- where first named: the order of speakers()
    profile TEXT NOT NULL           -- query.PersonProfile as JSON (doingoai.to_json)
) WITHOUT ROWID;
CREATE INDEX people_by_surname ON people (surname);

CREATE TABLE titles (
    article INTEGER NOT NULL,
    speaker INTEGER NOT NULL,       -- speakers.position
    position INTEGER NOT NULL,      -- in Speaker.titles
    key TEXT NOT NULL,              -- the person's key
    text TEXT NOT NULL,             -- Bộ trưởng Ngoại giao
    role TEXT NOT NULL,             -- Bộ trưởng
    organization TEXT,
    country TEXT,
    title_key TEXT NOT NULL,        -- folded text, as Corpus.with_title matches
    role_key TEXT NOT NULL,         -- folded role
    post_key TEXT NOT NULL,         -- query.post_key: one key for the spellings of a post
    PRIMARY KEY (article, speaker, position)
) WITHOUT ROWID;
CREATE INDEX titles_by_person ON titles (key);
CREATE INDEX titles_by_title ON titles (title_key);
CREATE INDEX titles_by_role ON titles (role_key);
CREATE INDEX titles_by_post ON titles (post_key);

CREATE TABLE meetings (
    article INTEGER NOT NULL,
    position INTEGER NOT NULL,      -- in Article.meetings
    kind TEXT NOT NULL,             -- hội đàm, tiếp, …: MeetingKind values
    name TEXT,
    date TEXT,                      -- the meeting's own date, as precise as known
    start TEXT,                     -- the first day of its date, or the article's
    "end" TEXT,                     -- the last day of its date, or the article's
    part_of_day TEXT,
    location TEXT,
    chair TEXT,                     -- person keys
    counterpart TEXT,
    occasion TEXT,
    planned INTEGER NOT NULL,
    from_caption INTEGER NOT NULL,
    sentence TEXT NOT NULL,         -- the sentence that reports it
    span_start INTEGER,             -- Meeting.span in the article's text; NULL when the
    span_end INTEGER,               -- meeting is read from its article (see below)
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
-- By kind, with every column a Meeting is made of but the sentence: the meetings of a
-- kind are read from the index alone, not from rows spread over the table.
CREATE INDEX meetings_of_kind ON meetings (
    kind, start, "end", name, date, part_of_day, location, chair, counterpart, occasion,
    planned, from_caption, span_start, span_end
);
CREATE INDEX meetings_by_start ON meetings (start);

CREATE TABLE participants (
    article INTEGER NOT NULL,
    meeting INTEGER NOT NULL,       -- meetings.position
    key TEXT NOT NULL,              -- a person key: the chair or a participant
    chair INTEGER NOT NULL,         -- 1 for the chair
    position INTEGER NOT NULL,      -- in Meeting.participants; -1 for the chair
    PRIMARY KEY (article, meeting, key)
) WITHOUT ROWID;
CREATE INDEX participants_by_key ON participants (key);

CREATE TABLE directives (
    article INTEGER NOT NULL,
    position INTEGER NOT NULL,      -- in Article.directives
    issuer TEXT NOT NULL,           -- a person key; '' when the text never names them
    verb TEXT NOT NULL,
    verb_key TEXT NOT NULL,         -- folded verb
    force TEXT NOT NULL,
    content TEXT NOT NULL,
    meeting INTEGER,                -- meetings.position, when given at one
    issuer_title TEXT,              -- the title of an issuer the text never names
    span_start INTEGER,             -- Directive.span in the article's text; NULL when
    span_end INTEGER,               -- the directive is read from its article (layout < 4)
    details TEXT,                   -- its items and documents: JSON (see the docs)
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE INDEX directives_by_issuer ON directives (issuer);

CREATE TABLE addressees (
    article INTEGER NOT NULL,
    directive INTEGER NOT NULL,     -- directives.position
    position INTEGER NOT NULL,
    addressee TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (article, directive, position)
) WITHOUT ROWID;

CREATE TABLE statements (
    article INTEGER NOT NULL,
    position INTEGER NOT NULL,
    speaker TEXT NOT NULL,          -- a person key
    verb TEXT,
    content TEXT NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;

CREATE TABLE documents (
    article INTEGER NOT NULL,
    position INTEGER NOT NULL,      -- in Article.documents
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    number TEXT,
    issuer TEXT,
    congress INTEGER,
    citations INTEGER NOT NULL,     -- how many times the article cites it
    key TEXT NOT NULL,              -- one key for every citation of one document
    PRIMARY KEY (article, position)
) WITHOUT ROWID;

-- The folded text (doingoai.fold) of each article, rowid = articles.number; the index
-- alone is kept (content=''), the text is in bodies.
CREATE VIRTUAL TABLE search USING fts5 (
    text, content='', tokenize='unicode61 remove_diacritics 0'
);
"""

_MEETINGS_OF_KIND = SCHEMA[SCHEMA.index("CREATE INDEX meetings_of_kind") :].split(";")[0]

_FACT_TABLES = (
    "speakers",
    "titles",
    "meetings",
    "participants",
    "directives",
    "addressees",
    "statements",
    "documents",
)
_IN_ORDER = "start IS NULL, start, id"
_IN_ORDER_OF_A = "a.start IS NULL, a.start, a.id"  # joined with articles as a


class StoreError(DoingoaiError):
    """A store that cannot be opened or read: not a store, too new, damaged."""


@attrs.frozen
class Replaced:
    """An article whose file changed: the stored one gave way to the new text."""

    source: str
    """The path both were read from."""
    old: str
    """The id of the article that was stored."""
    new: str
    """The id of the article that replaced it."""


@attrs.frozen
class Added:
    """What :meth:`Store.add` did."""

    added: int = 0
    """Articles new to the store (replacements included)."""
    unchanged: int = 0
    """Articles the store already held, by id: left as they were."""
    replaced: tuple[Replaced, ...] = ()
    """Stored articles replaced by a changed text from the same source."""

    def __str__(self) -> str:
        return (
            f"{self.added} added ({len(self.replaced)} replacing a changed file),"
            f" {self.unchanged} already stored"
        )


class Store(Corpus):
    """A corpus kept in a SQLite file (see the module's doc); open one with :meth:`open`.

    ``Store(path)`` opens the store at ``path``; ``create=True`` makes it when missing.
    Use it as a context manager, or :meth:`close` it. Filters (``between``, ``search``…)
    return in-memory-light :class:`~doingoai.Corpus` views whose articles are read from
    the store when used. Several processes may read a store while one writes to it
    (see :meth:`refresh`); a second writer waits for the first, up to a minute. As
    SQLite wants, a store is used from the thread that opened it: open one per thread.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = False) -> None:
        super().__init__()
        self.path = os.fspath(path)
        """The file of the store."""
        if not create and not os.path.exists(self.path):
            raise FileNotFoundError(
                f"{self.path}: no store there (Corpus.save or Store(path, create=True) makes one)"
            )
        try:
            # A writer waits this long for another to finish before giving up.
            self._connection = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open: {error}") from error
        try:
            self._prepare()
        except sqlite3.DatabaseError as error:
            self._connection.close()
            raise StoreError(f"{self.path}: not a doingoai store: {error}") from error
        except BaseException:
            self._connection.close()
            raise
        self.load = functools.lru_cache(maxsize=CACHE_SIZE)(self._decode)
        self._refresh()

    def _prepare(self) -> None:
        execute = self._connection.execute
        version = execute("PRAGMA user_version").fetchone()[0]
        application = execute("PRAGMA application_id").fetchone()[0]
        if version == 0:
            if execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path}: a SQLite file, but not a doingoai store")
            execute("PRAGMA journal_mode = WAL")
            try:
                self._connection.executescript(
                    f"BEGIN IMMEDIATE;\n{SCHEMA}\nPRAGMA application_id = {APPLICATION_ID};"
                    f"\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;"
                )
            except BaseException:
                if self._connection.in_transaction:
                    execute("ROLLBACK")
                raise
        elif application != APPLICATION_ID:
            raise StoreError(f"{self.path}: a SQLite file, but not a doingoai store")
        elif version > SCHEMA_VERSION:
            from doingoai import __version__

            raise StoreError(
                f"{self.path}: written by a newer doingoai (store layout {version}; doingoai"
                f" {__version__} reads up to {SCHEMA_VERSION}): upgrade doingoai to read it"
            )
        self._layout = execute("PRAGMA user_version").fetchone()[0]
        self._spans = self._has_column("meetings", "span_start")
        self._details = self._has_column("directives", "details")

    def _has_column(self, table: str, column: str) -> bool:
        """Whether ``table`` has ``column`` (spans of meetings: layout 3; details: 4)."""
        columns = self._connection.execute(f"PRAGMA table_info({table})").fetchall()
        return column in {row[1] for row in columns}

    def refresh(self) -> None:
        """See what other processes added since this store was opened.

        Queries that read the tables (search, people, meetings…) see every commit as it
        lands; the store's own sequence — ``len(store)``, ``store[i]``, iterating — is
        the articles as they were when it was opened, added to, or refreshed.
        """
        self._refresh()

    def _refresh(self) -> None:
        """Take the articles in order again (after adding), and forget derived views."""
        numbers = [n for (n,) in self._rows(f"SELECT number FROM articles ORDER BY {_IN_ORDER}")]
        self._articles = StoredArticles(self, numbers)
        # Each article's place in that order, by number: filters sort by it, never
        # reading the rows of articles (4 bytes an article).
        self._position = array("I", [_UNKNOWN]) * (max(numbers, default=0) + 1)
        for place, number in enumerate(numbers):
            self._position[number] = place
        self._profile_cache = None
        self._title_cache = None
        self._view_cache = {}

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Store:
        """The store at ``path`` (``create=True`` makes an empty one when missing)."""
        return cls(path, create=create)

    def close(self) -> None:
        """Close the file; the store cannot be read afterwards."""
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Another process opens the same file (its own connection).
        return (Store, (self.path,))

    def __repr__(self) -> str:
        return f"<Store {self.path!r} of {len(self)} articles>"

    # -- adding -------------------------------------------------------------------------

    def add(
        self, articles: Iterable[Article], *, progress: Callable[[int], object] | None = None
    ) -> Added:
        """Store articles: one transaction, idempotent by id.

        An article whose id the store holds is left alone; one read from the ``source``
        of a stored article with another id (the file changed) replaces it, and the
        :class:`Added` result lists it (it is logged too). ``progress`` is called with
        the number of articles taken so far, every hundred and at the end. On any error
        or interruption nothing of this call is kept.
        """
        added = unchanged = taken = 0
        replaced: list[Replaced] = []
        touched: set[str] = set()  # the people whose profiles change
        execute = self._connection.execute
        try:
            execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:  # locked by another writer, read-only…
            raise StoreError(f"{self.path}: cannot write: {error}") from error
        try:
            if self._layout < SCHEMA_VERSION:
                # Rows without blocks, meetings and directives with spans may follow:
                # an older doingoai must refuse the store. (Another process may have
                # added the columns meanwhile.)
                if not self._has_column("meetings", "span_start"):
                    execute("ALTER TABLE meetings ADD COLUMN span_start INTEGER")
                    execute("ALTER TABLE meetings ADD COLUMN span_end INTEGER")
                if not self._has_column("directives", "details"):
                    for column in ("issuer_title TEXT", "span_start INTEGER", "span_end INTEGER"):
                        execute(f"ALTER TABLE directives ADD COLUMN {column}")
                    execute("ALTER TABLE directives ADD COLUMN details TEXT")
                execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if not execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'meetings_of_kind'"
            ).fetchone():
                # A store made by an earlier doingoai indexes the kind alone. The layout
                # is the same: SQLite keeps any index up to date, whoever writes.
                execute("DROP INDEX IF EXISTS meetings_by_kind")
                execute(_MEETINGS_OF_KIND)
            for article in articles:
                taken += 1
                if execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    unchanged += 1
                else:
                    if article.source is not None:
                        old = execute(
                            "SELECT number, id FROM articles WHERE source = ?", (article.source,)
                        ).fetchone()
                        if old is not None:
                            touched.update(
                                key
                                for (key,) in execute(
                                    "SELECT key FROM speakers WHERE article = ?", (old[0],)
                                )
                            )
                            self._delete(old[0])
                            replaced.append(Replaced(article.source, old[1], article.id))
                            logger.info("%s: changed, replaced (%s)", article.source, article.id)
                    self._insert(article)
                    touched.update(speaker.key for speaker in article.speakers)
                    added += 1
                if progress is not None and taken % 100 == 0:
                    progress(taken)
            self._update_people(touched)
            execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:  # not when COMMIT itself failed
                execute("ROLLBACK")
            raise
        if progress is not None:
            progress(taken)
        self._layout, self._spans, self._details = SCHEMA_VERSION, True, True
        self.load.cache_clear()
        self._refresh()
        return Added(added, unchanged, tuple(replaced))

    def _update_people(self, keys: set[str]) -> None:
        """Build again the profiles of these people, from all their rows."""
        ordered = sorted(keys)
        for first in range(0, len(ordered), _CHUNK):
            chunk = tuple(ordered[first : first + _CHUNK])
            marks = _marks(chunk)
            starts = dict(
                self._rows(
                    # Spaces sort before "-": 2025 before 2025-04-04, as PartialDates do.
                    "SELECT s.key, min((a.published IS NULL) || ' ' || coalesce(a.published, '')"
                    " || ' ' || a.id || ' ' || printf('%06d', s.position))"
                    " FROM speakers s JOIN articles a ON a.number = s.article"
                    f" WHERE s.key IN ({marks}) GROUP BY s.key",
                    chunk,
                )
            )
            self._connection.execute(f"DELETE FROM people WHERE key IN ({marks})", chunk)
            self._connection.executemany(
                "INSERT INTO people VALUES (?, ?, ?, ?, ?)",
                [
                    (p.key, p.key.rsplit(" ", 1)[-1], p.name, starts[p.key], to_json(p))
                    for p in self._mentions(f"key IN ({marks})", chunk)
                ],
            )

    def _delete(self, number: int) -> None:
        execute = self._connection.execute
        text = execute("SELECT text FROM bodies WHERE number = ?", (number,)).fetchone()[0]
        # A contentless index forgets a row when told the text it indexed.
        execute(
            "INSERT INTO search (search, rowid, text) VALUES ('delete', ?, ?)",
            (number, fold(text)),
        )
        for table in _FACT_TABLES:
            execute(f"DELETE FROM {table} WHERE article = ?", (number,))
        execute("DELETE FROM bodies WHERE number = ?", (number,))
        execute("DELETE FROM articles WHERE number = ?", (number,))

    def _insert(self, article: Article) -> None:
        connection = self._connection
        data = to_dict(article)
        del data["text"]
        if _blocks_are_split_text(article):
            # Most of the data, and of the time to read it back: split again when read.
            del data["blocks"]
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 6)
        published = article.published
        cursor = connection.execute(
            'INSERT INTO articles (id, source, format, published, start, "end", title, url,'
            " outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.source,
                article.format.value,
                _iso(published),
                published.start.isoformat() if published else None,
                published.end.isoformat() if published else None,
                article.title,
                article.url,
                article.outlet.lower() if article.outlet else None,
            ),
        )
        number = cursor.lastrowid
        assert number is not None  # an INSERT gives the row it made
        connection.execute("INSERT INTO bodies VALUES (?, ?, ?)", (number, article.text, blob))
        connection.execute(
            "INSERT INTO search (rowid, text) VALUES (?, ?)", (number, fold(article.text))
        )
        connection.executemany(
            "INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (number, i, s.key, s.key.rsplit(" ", 1)[-1], s.name, s.country, s.deceased)
                for i, s in enumerate(article.speakers)
            ],
        )
        connection.executemany(
            "INSERT INTO titles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    *(number, i, j, s.key, t.text, t.role, t.organization, t.country),
                    *(title_key(t.text), title_key(t.role), query.post_key(t.text)),
                )
                for i, s in enumerate(article.speakers)
                for j, t in enumerate(s.titles)
            ],
        )
        connection.executemany(
            "INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    *_meeting_row(number, i, m, published),
                    article.text[m.span.slice],
                    *_span_if_rebuilt(m),
                )
                for i, m in enumerate(article.meetings)
            ],
        )
        connection.executemany(
            "INSERT OR IGNORE INTO participants VALUES (?, ?, ?, ?, ?)",
            [
                (number, i, key, place < 0, place)
                for i, m in enumerate(article.meetings)
                for place, key in [
                    *([(-1, m.chair)] if m.chair else []),
                    *enumerate(m.participants),
                ]
            ],
        )
        connection.executemany(
            "INSERT INTO directives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    number,
                    i,
                    d.issuer or "",  # an issuer the text never names: see issuer_title
                    d.verb,
                    title_key(d.verb),
                    d.force.value,
                    d.content,
                    d.meeting,
                    d.issuer_title,
                    d.span.start,
                    d.span.end,
                    _directive_details(d),
                )
                for i, d in enumerate(article.directives)
            ],
        )
        connection.executemany(
            "INSERT INTO addressees VALUES (?, ?, ?, ?, ?)",
            [
                (number, i, j, addressee, fold(addressee))
                for i, d in enumerate(article.directives)
                for j, addressee in enumerate(d.addressees)
            ],
        )
        connection.executemany(
            "INSERT INTO statements VALUES (?, ?, ?, ?, ?)",
            [(number, i, s.speaker, s.verb, s.content) for i, s in enumerate(article.statements)],
        )
        connection.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    number,
                    i,
                    d.kind,
                    d.text,
                    d.number,
                    d.issuer,
                    d.congress,
                    len(d.spans),
                    _document_key(d),
                )
                for i, d in enumerate(article.documents)
            ],
        )

    # -- reading articles ---------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self, what: str) -> Iterator[None]:
        """Values a damaged row cannot make (a kind, a date, a type) are StoreErrors."""
        try:
            yield
        except (ValueError, TypeError, AttributeError) as error:
            raise StoreError(f"{self.path}: a row of {what} is damaged: {error}") from error

    def _rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.ProgrammingError as error:  # closed
            raise StoreError(f"{self.path}: {error}") from error
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot read: {error}") from error

    def _rows_of(
        self,
        numbers: Sequence[int],
        select: str,
        where: str = "1",
        parameters: Sequence[Any] = (),
        order: str = "article",
    ) -> Iterator[Any]:
        """The rows ``select`` gives of the articles ``numbers`` (sorted), in ``order``."""
        for first in range(0, len(numbers), _CHUNK):
            chunk = numbers[first : first + _CHUNK]
            yield from self._rows(
                f"{select} WHERE article IN ({_marks(chunk)}) AND ({where}) ORDER BY {order}",
                [*chunk, *parameters],
            )

    def _decode(self, number: int) -> Article:
        found = list(
            self._rows(
                "SELECT b.text, b.data, a.source FROM articles a JOIN bodies b"
                " ON b.number = a.number WHERE a.number = ?",
                (number,),
            )
        )
        if not found:
            raise StoreError(f"{self.path}: no article number {number} (removed meanwhile?)")
        return self._article(number, *found[0])

    def _article(self, number: int, text: str, data: bytes, source: str | None) -> Article:
        try:
            inflater = zlib.decompressobj()
            # A damaged or hostile row must not inflate without end.
            unpacked = inflater.decompress(data, _MAX_DATA_BYTES)
            if inflater.unconsumed_tail:
                raise ValueError(f"its data inflates past {_MAX_DATA_BYTES} bytes")
            fields = json.loads(unpacked)
            if not isinstance(fields, dict):
                raise ValueError(f"its data is a {type(fields).__name__}, not an object")
            fields["text"] = text
            fields["source"] = source
            split = "blocks" not in fields
            article = from_dict(Article, fields)
        except (zlib.error, ValueError, TypeError, ParseError) as error:
            raise StoreError(
                f"{self.path}: article number {number} ({source}) is damaged: {error}"
            ) from error
        return _split_when_read(article) if split else article

    def _load_many(self, numbers: Sequence[int]) -> list[Article]:
        """The articles with these numbers, in this order, read in one query."""
        marks = _marks(numbers)
        found = {
            row[0]: row
            for row in self._rows(
                "SELECT a.number, b.text, b.data, a.source FROM articles a JOIN bodies b"
                f" ON b.number = a.number WHERE a.number IN ({marks})",
                numbers,
            )
        }
        return [self._article(*found[n]) for n in numbers]

    def get(self, article_id: str, default: Article | None = None) -> Article | None:
        """The article with this id, or ``default``."""
        for (number,) in self._rows("SELECT number FROM articles WHERE id = ?", (article_id,)):
            return self.load(number)
        return default

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return bool(list(self._rows("SELECT 1 FROM articles WHERE id = ?", (item,))))
        return isinstance(item, Article) and self.get(item.id) == item

    # -- filters ------------------------------------------------------------------------

    def _select(self, where: str, parameters: Sequence[Any] = ()) -> Corpus:
        """A corpus of the articles whose numbers ``where`` (a SELECT of numbers) gives."""
        found = {number for (number,) in self._rows(where, parameters)}
        position = self._position
        if all(n < len(position) and position[n] != _UNKNOWN for n in found):
            return Corpus._of(StoredArticles(self, sorted(found, key=position.__getitem__)))
        # Some were added by another process since this store took its order.
        rows = self._rows(
            f"SELECT number, start, id FROM articles WHERE number IN ({where})", parameters
        )
        in_order = sorted(rows, key=lambda row: _in_store_order(row[1], row[2]))
        return Corpus._of(StoredArticles(self, (row[0] for row in in_order)))

    def between(
        self, start: query.DateLike | None = None, end: query.DateLike | None = None
    ) -> Corpus:
        """Articles published from ``start`` to ``end`` (as :meth:`Corpus.between`)."""
        floor, ceiling = _bounds(start, end)
        # No date is longer than a year: a bound below for the index on start.
        first = dt.date.fromisoformat(floor) if start else dt.date.min
        earliest = (max(first, dt.date.min + _LONGEST_DATE) - _LONGEST_DATE).isoformat()
        return self._select(
            'SELECT number FROM articles WHERE start BETWEEN ? AND ? AND "end" >= ?',
            (earliest, ceiling, floor),
        )

    def outlet(self, *outlets: str) -> Corpus:
        """Articles from these outlets: ``store.outlet("tuoitre.vn")``."""
        wanted = sorted({outlet.lower().removeprefix("www.") for outlet in outlets})
        marks = _marks(wanted)
        return self._select(f"SELECT number FROM articles WHERE outlet IN ({marks})", wanted)

    def _person_keys(self, name: str) -> list[str]:
        """The stored keys ``name`` stands for (see :func:`doingoai.query.person_keys`)."""
        words = person_key(name).split()
        if not words:
            return []
        # Whichever way round a name stands for another, both end with the same word.
        candidates = self._rows("SELECT key FROM people WHERE surname = ?", (words[-1],))
        return query.person_keys(name, (key for (key,) in candidates))

    def mentioning(self, person: str) -> Corpus:
        """Articles naming ``person`` (as :meth:`Corpus.mentioning`)."""
        keys = self._person_keys(person)
        marks = _marks(keys)
        return self._select(f"SELECT article FROM speakers WHERE key IN ({marks})", keys)

    def with_title(self, title: str) -> Corpus:
        """Articles naming someone with this title or role."""
        wanted = title_key(title)
        return self._select(
            "SELECT article FROM titles WHERE title_key = ? UNION"
            " SELECT article FROM titles WHERE role_key = ?",
            (wanted, wanted),
        )

    def search(self, text: str) -> Corpus:
        """Full-text search (as :meth:`Corpus.search`: the same ranking, by BM25)."""
        terms = search_terms(text)
        if not terms:
            return Corpus()
        match = " ".join('"' + " ".join(term) + '"' for term in terms)
        ranked = self._rows("SELECT rowid, rank FROM search WHERE search MATCH ?", (match,))
        position = self._position
        try:  # in publication order, from the places kept in memory, ...
            ranked.sort(key=lambda row: position[row[0]])
        except IndexError:
            pass  # one added by another process since: no place
        else:
            if not ranked or position[ranked[-1][0]] != _UNKNOWN:
                ranked.sort(key=_SECOND)  # ... then by rank: ties stay in that order
                return Corpus._of(StoredArticles(self, map(_FIRST, ranked)), in_order=False)
        numbers = self._rows(  # some were added by another process since: by their dates
            "SELECT a.number FROM search JOIN articles a ON a.number = search.rowid"
            f" WHERE search MATCH ? ORDER BY rank, {_IN_ORDER_OF_A}",
            (match,),
        )
        return Corpus._of(StoredArticles(self, (n for (n,) in numbers)), in_order=False)

    # -- people -------------------------------------------------------------------------

    def _mentions(
        self, where: str = "", parameters: tuple[Any, ...] = ()
    ) -> list[query.PersonProfile]:
        """Profiles built from the speakers' rows in publication order.

        ``where`` (``key IN (…)``: a condition on ``key`` alone, run on the tables of
        speakers and of titles) keeps some people. ``add`` keeps their results in the
        table of people, which person() and holders() read.
        """
        titles: dict[tuple[int, int], list[Title]] = {}
        for article, speaker, *values in self._rows(
            "SELECT article, speaker, text, role, organization, country FROM titles"
            + (f" WHERE {where}" if where else "")
            + " ORDER BY article, speaker, position",
            parameters,
        ):
            with self._reading("titles"):
                titles.setdefault((article, speaker), []).append(Title(*values))
        rows = self._rows(
            "SELECT a.id, a.published, s.article, s.position, s.key, s.name, s.country,"
            " s.deceased FROM speakers s JOIN articles a ON a.number = s.article"
            + (f" WHERE s.{where}" if where else "")
            + " ORDER BY a.published IS NULL, a.published, a.id, s.position",
            parameters,
        )
        with self._reading("speakers"):
            return query.profiles_of(
                (
                    article_id,
                    _date(published),
                    Speaker(
                        key,
                        name,
                        tuple(titles.get((article, position), ())),
                        country=country,
                        deceased=bool(deceased),
                    ),
                )
                for article_id, published, article, position, key, name, country, deceased in rows
            )

    def _stored_profiles(self, keys: Sequence[str] | None = None) -> list[query.PersonProfile]:
        """The profiles of the table of people (all, or these keys), first named first."""
        where = "" if keys is None else f" WHERE key IN ({_marks(keys)})"
        rows = self._rows(f"SELECT key, profile FROM people{where} ORDER BY first", keys or ())
        found = []
        for key, profile in rows:
            try:
                found.append(from_json(query.PersonProfile, profile))
            except ParseError as error:
                raise StoreError(
                    f"{self.path}: the profile of {key!r} is damaged: {error}"
                ) from error
        return found

    def _profiles(self) -> dict[str, query.PersonProfile]:
        if self._profile_cache is None:
            self._profile_cache = {p.key: p for p in self._stored_profiles()}
        return self._profile_cache

    def _named(self, name: str) -> tuple[dict[str, query.PersonProfile], list[str]]:
        keys = self._person_keys(name)
        return {p.key: p for p in self._stored_profiles(keys)}, keys

    def _holding(self, title: str) -> list[query.PersonProfile]:
        wanted = query.post_key(title)
        # A post, or a longer one it starts (the role of "Bộ trưởng Bộ Ngoại giao").
        keys = [
            key
            for (key,) in self._rows(
                "SELECT DISTINCT key FROM titles WHERE post_key = ? OR post_key BETWEEN ? AND ?",
                (wanted, wanted + " ", wanted + "!"),
            )
        ]
        return self._stored_profiles(keys)

    # -- facts --------------------------------------------------------------------------

    def meetings(
        self,
        *,
        kind: MeetingKind | str | None = None,
        participant: str | None = None,
        between: query.DateRange | None = None,
    ) -> query.Results[tuple[Article, Meeting]]:
        """``(article, meeting)`` pairs by kind, participant and dates, as a Corpus gives.

        They are read from the table of meetings, and no article is decoded: each is
        read from the store when a field its row lacks (its text, speakers…) is first
        used, so the store must be open then. Meetings stored by a doingoai before
        layout 3 are read from their articles.
        """
        if not self._spans:  # a store of layout 1 or 2, not added to since
            return super().meetings(kind=kind, participant=participant, between=between)
        where, parameters = self._meeting_conditions(kind, participant, between)
        others = self._participants(where, parameters)
        named: dict[int, list[str]] = {}
        if participant is not None:
            for number, key in self._rows(
                "SELECT article, key FROM speakers WHERE article IN"
                f" (SELECT m.article FROM meetings m WHERE {where})",
                parameters,
            ):
                named.setdefault(number, []).append(key)
        rows = self._rows(
            "SELECT m.article, m.position, m.kind, m.name, m.date, m.part_of_day,"
            " m.location, m.chair, m.counterpart, m.occasion, m.planned, m.from_caption,"
            f" m.span_start, m.span_end FROM meetings m WHERE {where}",
            parameters,
        )
        headers = self._rows(
            "SELECT number, id, format, published, title, url, source, start FROM articles"
            f" WHERE number IN (SELECT m.article FROM meetings m WHERE {where})",
            parameters,
        )
        rows.sort(key=self._publication_order(headers))
        start, end = between or (None, None)
        decoded: set[int] = {row[0] for row in rows if row[12] is None}
        found = []
        with self._reading("meetings"):
            articles = {
                header[0]: self.load(header[0])
                if header[0] in decoded
                else self._deferred(header[0], header[1:7])
                for header in headers
            }
            for row in rows:
                number, position = row[0], row[1]
                article = articles[number]
                meeting = (
                    article.meetings[position]
                    if number in decoded
                    else _meeting(
                        row[2:12], Span(row[12], row[13]), others.get((number, position), ())
                    )
                )
                keys = (
                    query.person_keys(participant, named.get(number, ()))
                    if participant is not None
                    else None
                )
                # The kind was asked of the rows already.
                if query._meeting_matches(meeting, article.published, None, keys, start, end):
                    found.append((article, meeting))
        return query.Results(found)

    def _publication_order(
        self, headers: Sequence[Sequence[Any]]
    ) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
        """The sort key that puts rows of facts (``(article, position, …)``) in order.

        Their articles' publication order, then their order in the article. From the
        places kept in memory, or, if another process added some of ``headers``'s
        articles since they were taken, from the headers' ``start`` (the last column)
        and ``id`` (the second), as the store orders its articles.
        """
        position = self._position
        numbers = [header[0] for header in headers]
        if all(n < len(position) and position[n] != _UNKNOWN for n in numbers):
            return lambda row: (position[row[0]], row[1])
        order = {header[0]: _in_store_order(header[-1], header[1]) for header in headers}
        return lambda row: (order[row[0]], row[1])

    def _participants(
        self, where: str | None = None, parameters: Sequence[Any] = ()
    ) -> dict[tuple[int, int], list[str]]:
        """The participants (the chair apart) of each meeting, by (article, position).

        In order; of every meeting, or of the meetings ``m`` that ``where`` keeps.
        """
        sql = (
            "SELECT article, meeting, key FROM participants WHERE position >= 0"
            " ORDER BY article, meeting, position"
            if where is None
            else "SELECT p.article, p.meeting, p.key FROM participants p JOIN meetings m"
            " ON m.article = p.article AND m.position = p.meeting"
            f" WHERE p.position >= 0 AND {where} ORDER BY p.article, p.meeting, p.position"
        )
        others: dict[tuple[int, int], list[str]] = {}
        for number, position, key in self._rows(sql, parameters):
            others.setdefault((number, position), []).append(key)
        return others

    def _articles_of(
        self, rows: Sequence[Sequence[Any]], decoded: set[int], header: slice
    ) -> dict[int, Article]:
        """The article of each row's number (``row[0]``), one per number.

        Decoded when the facts must be read from it (``decoded``), else known by the
        columns of articles the row holds (``row[header]``: id, format, published,
        title, url, source) and read from the store when the rest is used.
        """
        articles: dict[int, Article] = {}
        for row in rows:
            number = row[0]
            if number not in articles:
                articles[number] = (
                    self.load(number) if number in decoded else self._deferred(number, row[header])
                )
        return articles

    def _deferred(self, number: int, row: Sequence[Any]) -> Article:
        """An article known by its row of articles, read from the store when used."""
        article_id, format_, published, title, url, source = row
        return _deferred(
            functools.partial(self.load, number),
            id=article_id,
            format=_FORMATS.get(format_) or ArticleFormat(format_),
            published=_date(published),
            title=title,
            url=url,
            source=source,
        )

    def _meeting_conditions(
        self,
        kind: MeetingKind | str | None,
        participant: str | None,
        between: query.DateRange | None,
    ) -> tuple[str, list[Any]]:
        """The SQL condition on meetings ``m`` that may hold those asked for.

        With its parameters; the exact checks are :func:`query.meetings`'s.
        """
        conditions, parameters = ["1"], []
        if kind is not None:
            conditions.append("m.kind = ?")
            parameters.append(MeetingKind(kind).value)
        if participant is not None:
            keys = self._person_keys(participant)
            conditions.append(
                f"m.article IN (SELECT article FROM speakers WHERE key IN ({_marks(keys)}))"
            )
            parameters += keys
        if between is not None and any(between):
            floor, ceiling = _bounds(*between)
            conditions.append('m.start <= ? AND m."end" >= ?')
            parameters += [ceiling, floor]
        return " AND ".join(conditions), parameters

    def _meeting_articles(
        self,
        kind: MeetingKind | str | None,
        participant: str | None,
        between: query.DateRange | None,
    ) -> Corpus:
        """The articles that may hold the meetings asked for, by the table of meetings."""
        where, parameters = self._meeting_conditions(kind, participant, between)
        return self._select(f"SELECT m.article FROM meetings m WHERE {where}", parameters)

    def directives(
        self,
        *,
        issuer: str | None = None,
        addressee: str | None = None,
        force: DirectiveForce | str | None = None,
        verb: str | None = None,
        between: query.DateRange | None = None,
    ) -> query.Results[tuple[Article, Directive]]:
        """``(article, directive)`` pairs by issuer, addressee, force, verb and dates.

        As a Corpus gives them, read from the table of directives as :meth:`meetings`
        reads meetings: no article is decoded until a field its row lacks is used.
        Directives stored by a doingoai before layout 4 are read from their articles.
        """
        if not self._details:  # a store of layout 1 to 3, not added to since
            return super().directives(
                issuer=issuer, addressee=addressee, force=force, verb=verb, between=between
            )
        where, parameters = self._directive_conditions(issuer, addressee, force, verb, between)
        # The directives that may be those asked for, then their rows, article by article
        # (as one query with the condition, SQLite reads every article in order).
        chosen = set(
            self._rows(f"SELECT article, position FROM directives d WHERE {where}", parameters)
        )
        numbers = sorted({number for number, _ in chosen})
        rows = [
            row
            for row in self._rows_of(
                numbers,
                "SELECT d.article, d.position, d.issuer, d.verb, d.force, d.content, d.meeting,"
                " d.issuer_title, d.span_start, d.span_end, d.details,"
                " a.id, a.format, a.published, a.title, a.url, a.source, a.start"
                " FROM directives d JOIN articles a ON a.number = d.article",
            )
            if (row[0], row[1]) in chosen
        ]
        rows.sort(key=lambda row: (*_in_store_order(row[17], row[11]), row[1]))
        issuers: dict[int, frozenset[str]] = {}
        if issuer:  # whom the name stands for in each article, and who holds the title
            keys: dict[int, list[str]] = {}
            # A name stands only for names ending with its last word (their surname).
            surname = person_key(issuer).rsplit(" ", 1)[-1]
            for number, key in self._rows_of(
                numbers, "SELECT article, key FROM speakers", "surname = ?", (surname,)
            ):
                keys.setdefault(number, []).append(key)
            wanted = title_key(issuer)
            holders: dict[int, set[str]] = {}
            for number, key in self._rows_of(
                numbers,
                "SELECT article, key FROM titles",
                "title_key = ? OR role_key = ?",
                (wanted, wanted),
            ):
                holders.setdefault(number, set()).add(key)
            issuers = {
                number: frozenset(query.person_keys(issuer, keys.get(number, ()))).union(
                    holders.get(number, ())
                )
                for number in keys.keys() | holders.keys()
            }
        addressees: dict[tuple[int, int], list[str]] = {}
        for number, position, text in self._rows_of(
            numbers,
            "SELECT article, directive, addressee FROM addressees",
            order="article, directive, position",
        ):
            addressees.setdefault((number, position), []).append(text)
        matches = query._directive_test(issuer=issuer, addressee=addressee, force=force, verb=verb)
        start, end = between or (None, None)
        decoded = {row[0] for row in rows if row[10] is None}  # stored before layout 4
        found = []
        with self._reading("directives"):
            articles = self._articles_of(rows, decoded, slice(11, 17))
            for row in rows:
                number, position = row[0], row[1]
                article = articles[number]
                if (start or end) and not query.in_range(article.published, start, end):
                    continue
                directive = (
                    article.directives[position]
                    if number in decoded
                    else _directive(row[2:11], addressees.get((number, position), ()))
                )
                if matches(directive, issuers.get(number, frozenset())):
                    found.append((article, directive))
        return query.Results(found)

    def _directive_conditions(
        self,
        issuer: str | None,
        addressee: str | None,
        force: DirectiveForce | str | None,
        verb: str | None,
        between: query.DateRange | None,
    ) -> tuple[str, list[Any]]:
        """The SQL condition on directives ``d`` that may be those asked for.

        With its parameters; the exact checks are :func:`query.directives`'s.
        """
        conditions, parameters = ["1"], []
        if issuer:
            keys = self._person_keys(issuer)
            wanted = title_key(issuer)
            conditions.append(
                f"(d.issuer IN ({_marks(keys)}) OR d.issuer = '' OR EXISTS (SELECT 1 FROM titles t"
                " WHERE t.article = d.article AND t.key = d.issuer"
                " AND (t.title_key = ? OR t.role_key = ?)))"
            )
            parameters += [*keys, wanted, wanted]
        if addressee:
            conditions.append(
                "d.article IN (SELECT article FROM addressees WHERE instr(folded, ?) > 0)"
            )
            parameters.append(fold(addressee))
        if force is not None:
            conditions.append("d.force = ?")
            parameters.append(DirectiveForce(force).value)
        if verb:
            conditions.append("d.verb_key = ?")
            parameters.append(title_key(verb))
        if between is not None and any(between):
            floor, ceiling = _bounds(*between)
            conditions.append(
                'd.article IN (SELECT number FROM articles WHERE start <= ? AND "end" >= ?)'
            )
            parameters += [ceiling, floor]
        return " AND ".join(conditions), parameters

    def _directive_articles(
        self,
        issuer: str | None,
        addressee: str | None,
        force: DirectiveForce | str | None,
        verb: str | None,
        between: query.DateRange | None,
    ) -> Sequence[Article]:
        """The articles that may hold the directives asked for, by the table of them."""
        where, parameters = self._directive_conditions(issuer, addressee, force, verb, between)
        return self._select(f"SELECT d.article FROM directives d WHERE {where}", parameters)

    def _event_reports(self) -> Iterator[Mention]:
        """The reports of every meeting, read from the tables: no article is decoded."""
        from doingoai.events import Mention, honoured

        names: dict[int, dict[str, str]] = {}
        dead: dict[int, list[tuple[str, str]]] = {}
        for article, key, name, deceased in self._rows(
            "SELECT article, key, name, deceased FROM speakers WHERE article IN"
            " (SELECT article FROM meetings) ORDER BY article, position"
        ):
            names.setdefault(article, {}).setdefault(key, name)
            if deceased:
                dead.setdefault(article, []).append((key, name))
        others = self._participants()
        rows = self._rows(
            "SELECT m.article, m.position, m.kind, m.name, m.date, m.part_of_day, m.location,"
            " m.chair, m.counterpart, m.occasion, m.planned, m.from_caption, m.sentence,"
            " a.id, a.published, a.outlet FROM meetings m JOIN articles a"
            f" ON a.number = m.article ORDER BY {_IN_ORDER_OF_A}, m.position"
        )
        for row in rows:
            number, position = row[0], row[1]
            sentence, article_id, published, outlet = row[12:]
            with self._reading("meetings"):
                # Events read no span.
                meeting = _meeting(row[2:12], Span(0, 0), others.get((number, position), ()))
                yield Mention(
                    article_id,
                    position,
                    meeting,
                    sentence=sentence,
                    published=_date(published),
                    outlet=outlet,
                    names=names.get(number, {}),
                    honoured=honoured(sentence, dead.get(number, ())),
                )

    def documents(self) -> query.Results[tuple[DocumentRef, int]]:
        """Every document cited, with its number of citations, most cited first."""
        if "documents" not in self._view_cache:
            counts: Counter[str] = Counter()
            first: dict[str, tuple[int, int]] = {}
            for key, citations, article, position in self._rows(
                "SELECT d.key, d.citations, d.article, d.position FROM documents d JOIN articles a"
                f" ON a.number = d.article ORDER BY {_IN_ORDER_OF_A}, d.position"
            ):
                counts[key] += citations
                first.setdefault(key, (article, position))
            self._view_cache["documents"] = [
                (self.load(first[key][0]).documents[first[key][1]], count)
                for key, count in counts.most_common()
            ]
        return query.Results(self._view_cache["documents"])

    def cooccurrence(self) -> query.Results[tuple[tuple[str, str], int]]:
        """Pairs of people at the same meeting, with counts, most frequent first."""
        if "cooccurrence" not in self._view_cache:
            counts: Counter[tuple[str, str]] = Counter()
            meeting: tuple[int, int] | None = None
            people: list[str] = []
            rows = self._rows(
                "SELECT p.article, p.meeting, p.key FROM participants p JOIN articles a"
                f" ON a.number = p.article ORDER BY {_IN_ORDER_OF_A}, p.meeting, p.key"
            )
            for article, position, key in [*rows, (None, None, None)]:
                if (article, position) != meeting:
                    for index, left in enumerate(people):
                        for right in people[index + 1 :]:
                            counts[left, right] += 1
                    meeting, people = (article, position), []
                people.append(key)
            self._view_cache["cooccurrence"] = counts.most_common()
        return query.Results(self._view_cache["cooccurrence"])

    def _summary(self) -> dict[str, Any]:
        """The notebook view's figures, counted by the tables."""

        def counts(sql: str) -> Counter[str]:
            return Counter(dict(self._rows(sql)))

        dates = self._rows(
            f"SELECT published FROM articles WHERE published IS NOT NULL ORDER BY {_IN_ORDER}"
            " LIMIT 1"
        ) + self._rows(
            "SELECT published FROM articles WHERE published IS NOT NULL"
            " ORDER BY start DESC, id DESC LIMIT 1"
        )
        with self._reading("articles"):
            published = (_date(dates[0][0]), _date(dates[1][0])) if dates else (None, None)
        return {
            "published": published,
            "people": counts("SELECT name, count(*) FROM speakers GROUP BY name"),
            "outlets": counts(
                "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
            ),
            "formats": counts("SELECT format, count(*) FROM articles GROUP BY format"),
            "meetings": self._rows("SELECT count(*) FROM meetings")[0][0],
            "directives": self._rows("SELECT count(*) FROM directives")[0][0],
        }

    # -- exports ------------------------------------------------------------------------

    def to_records(self, kind: str = "articles") -> list[dict[str, Any]]:
        """As :meth:`Corpus.to_records`; people and documents come from the tables."""
        if kind in ("speakers", "titles"):
            return exports.profile_records(self._profiles().values(), kind)
        if kind == "documents":
            return exports.document_records(self.documents())
        return super().to_records(kind)


class StoredArticles(LazyArticles):
    """Some articles of a :class:`Store`, by number, in a given order."""

    __slots__ = ("store",)
    _TYPECODE = "q"

    def __init__(self, store: Store, numbers: Iterable[int]) -> None:
        self.store = store
        super().__init__(numbers)

    def load(self, key: int) -> Article:
        """The article with this number."""
        return self.store.load(key)

    def key_id(self, key: int) -> str:
        """The id of the article with this number, read from its row."""
        for (article_id,) in self.store._rows("SELECT id FROM articles WHERE number = ?", (key,)):
            return str(article_id)
        raise StoreError(f"{self.store.path}: no article number {key}")

    def with_keys(self, keys: Iterable[int]) -> StoredArticles:
        """Articles of the same store, with these numbers."""
        return StoredArticles(self.store, keys)

    def __iter__(self) -> Iterator[Article]:
        keys = self.keys  # read a chunk at a time: one query, not one per article
        for first in range(0, len(keys), _CHUNK):
            yield from self.store._load_many(keys[first : first + _CHUNK])


def _in_store_order(start: str | None, article_id: str) -> tuple[bool, str, str]:
    """An article's place in the store's order (``_IN_ORDER``), from its start and id."""
    return start is None, start or "", article_id


def _bounds(start: query.DateLike | None, end: query.DateLike | None) -> tuple[str, str]:
    """The first and last day of a range as ISO text, open ends beyond any date."""
    floor = query.as_partial_date(start, "start").start.isoformat() if start else "0000"
    ceiling = query.as_partial_date(end, "end").end.isoformat() if end else "9999-99"
    return floor, ceiling


def _marks(values: Sequence[object]) -> str:
    """The placeholders of an ``IN (…)`` for these values."""
    return ",".join("?" * len(values))


@functools.lru_cache(maxsize=4096)  # a store repeats the same dates many times
def _date(text: str | None) -> PartialDate | None:
    return _parsed_date(text) if text else None


@functools.lru_cache(maxsize=4096)
def _parsed_date(text: str) -> PartialDate:
    # Rows repeat their dates: a PartialDate is immutable, one will do for all.
    return PartialDate.parse(text)


def _iso(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


def _meeting_row(
    number: int, position: int, meeting: Meeting, published: PartialDate | None
) -> tuple[Any, ...]:
    when = meeting.date or published
    return (
        number,
        position,
        meeting.kind.value,
        meeting.name,
        _iso(meeting.date),
        when.start.isoformat() if when else None,
        when.end.isoformat() if when else None,
        meeting.part_of_day.value if meeting.part_of_day else None,
        meeting.location,
        meeting.chair,
        meeting.counterpart,
        meeting.occasion,
        meeting.planned,
        meeting.from_caption,
    )


_FORMATS = {format_.value: format_ for format_ in ArticleFormat}
_KINDS = {kind.value: kind for kind in MeetingKind}
_PARTS = {part.value: part for part in PartOfDay}
_FORCES = {force.value: force for force in DirectiveForce}


def _meeting(row: Sequence[Any], span: Span, participants: Iterable[str]) -> Meeting:
    """The meeting a row of meetings keeps (its columns from ``kind`` to ``from_caption``)."""
    kind, name, date, part, location, chair, counterpart, occasion, planned, caption = row
    return Meeting(
        _KINDS[kind] if kind in _KINDS else MeetingKind(kind),
        span,
        name=name,
        date=_date(date),
        part_of_day=None if part is None else _PARTS.get(part) or PartOfDay(part),
        location=location,
        chair=chair,
        participants=tuple(participants),
        counterpart=counterpart,
        occasion=occasion,
        planned=bool(planned),
        from_caption=bool(caption),
    )


def _directive_details(directive: Directive) -> str:
    """The column ``details`` of a directive's row: its items and documents, as JSON."""
    details = {
        "items": list(directive.items),
        "documents": [to_dict(document) for document in directive.documents],
    }
    return json.dumps({name: value for name, value in details.items() if value}, ensure_ascii=False)


def _directive(row: Sequence[Any], addressees: Iterable[str]) -> Directive:
    """The directive a row of directives keeps (its columns from ``issuer`` to ``details``)."""
    issuer, verb, force, content, meeting, issuer_title, start, end, data = row
    details = json.loads(data) if data != "{}" else {}  # most have neither
    return Directive(
        issuer or None,
        verb,
        _FORCES[force] if force in _FORCES else DirectiveForce(force),
        content,
        Span(start, end),
        addressees=tuple(addressees),
        items=tuple(details.get("items", ())),
        documents=tuple(from_dict(DocumentRef, d) for d in details.get("documents", ())),
        meeting=meeting,
        issuer_title=issuer_title,
    )


def _span_if_rebuilt(meeting: Meeting) -> tuple[int, int] | tuple[None, None]:
    """The span a meeting's row keeps, or none when its rows cannot make it again.

    The table of participants has each person once (the chair apart): a meeting
    naming someone twice, or its chair among the others, is read from its article.
    """
    others = meeting.participants
    if len(set(others)) < len(others) or meeting.chair in others:
        return None, None
    return meeting.span.start, meeting.span.end


def _document_key(document: DocumentRef) -> str:
    # query.documents's grouping, as one string (a JSON list).
    if document.number or document.congress:
        key: list[object] = [
            match_key(document.kind),
            document.number,
            match_key(document.issuer or ""),
            document.congress,
        ]
    else:
        key = [match_key(document.text)]
    return json.dumps(key, ensure_ascii=False)
