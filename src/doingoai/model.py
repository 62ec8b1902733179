"""The typed values doingoai produces: immutable, slotted attrs classes.

Model classes hold data and small derived properties, never parsing logic.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs

from doingoai.errors import ParseError, quoted
from doingoai.text import person_key, plain_spaced, title_key

__all__ = [
    "Article",
    "ArticleFormat",
    "ArticleWarning",
    "Block",
    "BlockKind",
    "DatePrecision",
    "Directive",
    "DirectiveForce",
    "DocumentRef",
    "Event",
    "Meeting",
    "MeetingKind",
    "PartOfDay",
    "PartialDate",
    "Report",
    "Span",
    "Speaker",
    "Statement",
    "Title",
]


class DatePrecision(str, enum.Enum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _by_position(self: Any) -> tuple[Any, tuple[Any, ...]]:
    """Pickle as ``Class(*fields)``, smaller and faster to load than a state dict each.

    Articles hold hundreds of small values; compact corpora pickle every article.
    """
    cls = type(self)
    return (cls, tuple(getattr(self, field.name) for field in cls.__attrs_attrs__))


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Dates order chronologically; a less precise date sorts before the more
    precise dates inside it (``2024-08`` < ``2024-08-01``).

    >>> PartialDate.parse("2024-08")
    PartialDate(year=2024, month=8, day=None)
    >>> str(PartialDate(2026, 1, 25)), PartialDate(2026, 1).precision.value
    ('2026-01-25', 'month')
    >>> PartialDate(2024) < PartialDate(2024, 1) < PartialDate(2024, 1, 1)
    True
    """

    __reduce__ = _by_position

    year: int
    """The year (1-9999)."""
    month: int | None = None
    """The month (1-12), or ``None`` when only the year is known."""
    day: int | None = None
    """The day of the month, or ``None`` when it is not known."""

    def __attrs_post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a PartialDate with a day needs a month")
        # datetime.date validates the ranges, leap years included.
        dt.date(
            self.year, 1 if self.month is None else self.month, 1 if self.day is None else self.day
        )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` strictly.

        Raises :class:`~doingoai.ParseError` (a ``ValueError``) for anything else.
        """
        match = _PARTIAL_DATE.fullmatch(text)
        if match is None:
            raise ParseError(f"invalid date {quoted(text)}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        try:
            return cls(int(year), _int_or_none(month), _int_or_none(day))
        except ValueError as error:
            raise ParseError(f"invalid date {quoted(text)}: {error}") from error

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        """The day-precision PartialDate of a :class:`datetime.date`."""
        return cls(date.year, date.month, date.day)

    @property
    def precision(self) -> DatePrecision:
        """Whether the year, the month or the day is known."""
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def start(self) -> dt.date:
        """The first day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> dt.date:
        """The last day this date can mean."""
        if self.day is not None:
            return self.start
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.month == 12:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month + 1, 1) - dt.timedelta(days=1)

    def to_date(self) -> dt.date:
        """The :class:`datetime.date`; raises ``ValueError`` unless the day is known."""
        if self.day is None:
            raise ValueError(f"{self} is not a full date")
        return self.start

    def __contains__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, dt.date):
            return self.start <= other <= self.end
        return False

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


class PartOfDay(str, enum.Enum):
    """The part of the day a text gives: ``Sáng 25/1`` is a morning."""

    DAWN = "rạng sáng"
    """Before dawn."""
    MORNING = "sáng"
    """Morning."""
    NOON = "trưa"
    """Noon."""
    AFTERNOON = "chiều"
    """Afternoon."""
    EVENING = "tối"
    """Evening."""
    NIGHT = "đêm"
    """Night."""


def _int_or_none(text: str | None) -> int | None:
    return None if text is None else int(text)


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Article.text``.

    >>> text = "Sáng 29-8 tại Hà Nội"
    >>> span = Span(14, 20)
    >>> text[span.slice], len(span)
    ('Hà Nội', 6)
    """

    __reduce__ = _by_position

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""

    def __attrs_post_init__(self) -> None:
        # One check instead of per-field validators: spans are made by the thousand.
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Span needs 0 <= start <= end, got ({self.start}, {self.end})")

    @property
    def slice(self) -> slice:
        """A :class:`slice` to cut the spanned words out of the text."""
        return slice(self.start, self.end)

    def __len__(self) -> int:
        return self.end - self.start


class BlockKind(str, enum.Enum):
    """What a block of the article body is, as a reader sees it."""

    LEAD = "lead"
    """The lead (sapo): the first paragraph, summarising the story."""
    PARAGRAPH = "paragraph"
    """Running text."""
    HEADING = "heading"
    """A short line without final punctuation, in title case or capitals."""
    CAPTION = "caption"
    """A photo caption, often ending in a credit (``Ảnh: TTXVN``)."""
    QUESTION = "question"
    """An interviewer's question (a paragraph starting with ``- ``)."""
    ANSWER = "answer"
    """An interview answer starting with the speaker and a colon."""
    LINK = "link"
    """A Markdown link line ``[title](url)`` to the original article."""
    IMAGE = "image"
    """A Markdown image line ``![alt](url)``."""


@attrs.frozen(eq=False, repr=False)
class Block:
    """One block of the body: a paragraph, heading, caption, question….

    ``Block(kind, text, span, credit, url)``. The blocks of an article do not copy their
    text: they read it from ``Article.text`` through their span (see :meth:`within`).
    """

    kind: BlockKind
    """What the block is."""
    _text: str
    # The block's own text, or with ``view=True`` the whole body its span points into.
    span: Span
    """Where the block lies in ``Article.text``."""
    credit: str | None = None
    """For a caption, the photo credit it names (``TTXVN``, ``Anh Hiển/TTXVN``)."""
    url: str | None = None
    """For a link or image line, its target URL."""
    _view: bool = attrs.field(default=False, kw_only=True)

    @classmethod
    def within(
        cls,
        body: str,
        kind: BlockKind,
        span: Span,
        credit: str | None = None,
        url: str | None = None,
    ) -> Block:
        """A block whose text is ``body[span.slice]``, read from ``body`` without a copy.

        The same as ``Block(kind, body, span, credit, url, view=True)``.
        """
        return cls(kind, body, span, credit, url, view=True)

    @property
    def text(self) -> str:
        """The block's text, exactly ``Article.text[span.slice]``."""
        return self._text[self.span.start : self.span.end] if self._view else self._text

    def _in(self, body: str) -> Block:
        """The same block as a view into ``body``, when its text is there at its span."""
        if self._text is body:
            return self
        if body[self.span.start : self.span.end] != self.text:
            return self
        return Block.within(body, self.kind, self.span, self.credit, self.url)

    def _read_in(self, body: str) -> Block:
        """The same block as a view into ``body``, ``Article.text`` as extractors read it."""
        if self._view:
            return Block.within(body, self.kind, self.span, self.credit, self.url)
        return Block(self.kind, plain_spaced(self._text), self.span, self.credit, self.url)

    def _key(self) -> tuple[BlockKind, str, Span, str | None, str | None]:
        return (self.kind, self.text, self.span, self.credit, self.url)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Block(kind={self.kind!r}, text={self.text!r}, span={self.span!r},"
            f" credit={self.credit!r}, url={self.url!r})"
        )


@attrs.frozen
class Title:
    """One title of a person, the post as written: ``Bộ trưởng Bộ Ngoại giao``.

    The text keeps the country and the posting written with the post (``Thủ tướng Nhật
    Bản``, ``Đại sứ Hàn Quốc tại Việt Nam``); ``role``, ``organization`` and ``country``
    are its parts.

    >>> title = Title("Bộ trưởng Ngoại giao Australia", "Bộ trưởng", "Ngoại giao", "AU")
    >>> str(title), title.role, title.country
    ('Bộ trưởng Ngoại giao Australia', 'Bộ trưởng', 'AU')
    """

    __reduce__ = _by_position

    text: str
    """The title exactly as written, with its country and posting."""
    role: str
    """The post: ``Bộ trưởng``, ``Tổng Bí thư``, ``Đại tướng``."""
    organization: str | None = None
    """The organisation of the post, when written: ``Bộ Ngoại giao``."""
    country: str | None = None
    """The ISO 3166 code of the country written with the post (``AU``), if one is."""

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Speaker:
    """A person the article names, with the titles it gives them as of its date."""

    __reduce__ = _by_position

    key: str
    """A stable identity: the folded name (``to lam``), shared across articles."""
    name: str
    """The name as written, in its normal casing: ``Tô Lâm``."""
    titles: tuple[Title, ...] = ()
    """Titles in order of appearance; stacked titles are separate. A title given again is
    one, spelled as the text first writes it outside headlines in capitals or title case."""
    rank: str | None = None
    """A military or police rank: ``Đại tướng``."""
    country: str | None = None
    """ISO 3166-1 alpha-2: ``VN`` for Vietnamese officials, else the country named."""
    deceased: bool = False
    """Named as late (``cố Tổng Bí thư …``)."""
    mentions: tuple[Span, ...] = ()
    """Every mention: the name, or the title, pronoun or epithet that stands for it."""

    def has_role(self, role: str) -> bool:
        """Whether any title has this role (case and marks ignored: ``"pho thu tuong"``)."""
        wanted = title_key(role)
        return any(title_key(title.role) == wanted for title in self.titles)


@attrs.frozen
class Statement:
    """Something a person said: a speech act, or an interview answer."""

    __reduce__ = _by_position

    speaker: str
    """The :attr:`Speaker.key` of who said it."""
    verb: str | None
    """The speech verb as written (``nhấn mạnh``); ``None`` for an interview answer."""
    content: str
    """What was said, as written."""
    span: Span
    """From the mention of the speaker to the end of what was said."""


class MeetingKind(str, enum.Enum):
    """What kind of event a meeting is, by the word the press uses."""

    WORKING_SESSION = "làm việc"
    """A working session: ``có cuộc làm việc với``, ``đến làm việc với``."""
    MEETING = "họp"
    """A meeting: ``cuộc họp``, ``phiên họp``."""
    CONFERENCE = "hội nghị"
    """A conference, often with a long name."""
    SEMINAR = "hội thảo"
    """A seminar or workshop."""
    TALKS = "hội đàm"
    """Talks between counterparts."""
    COURTESY_CALL = "hội kiến"
    """A courtesy call on a leader."""
    RECEPTION = "tiếp"
    """Receiving a visitor: ``Thủ tướng tiếp Đại sứ …``."""
    ENCOUNTER = "gặp"
    """A meeting in person: ``gặp``, ``gặp gỡ``."""
    PHONE_CALL = "điện đàm"
    """Talks by phone."""
    VISIT = "thăm"
    """A visit: ``thăm cấp Nhà nước``, ``thăm chính thức``."""
    BANQUET = "chiêu đãi"
    """A reception with a meal."""
    PRESS_CONFERENCE = "họp báo"
    """A press conference or briefing."""
    INTERVIEW = "phỏng vấn"
    """An interview."""
    CEREMONY = "lễ"
    """A ceremony: ``lễ khai trương``, ``Lễ mở ký``."""
    OTHER = "other"
    """Any other event."""

    @classmethod
    def _missing_(cls, value: object) -> MeetingKind:
        """Find a kind written any way: ``"hoi dam"``, ``"Hội đàm"``, ``"talks"``.

        The words fold as names and titles do (case and marks ignored); the English
        names of the members (``phone_call``, ``phone call``) work too. Anything else is
        a ``ValueError`` that lists the kinds.
        """
        if isinstance(value, str):
            wanted = title_key(value.replace("_", " "))
            for kind in cls:
                if wanted in (title_key(kind.value), title_key(kind.name.replace("_", " "))):
                    return kind
        valid = ", ".join(f"{kind.value} ({kind.name.lower()})" for kind in cls)
        raise ValueError(f"{value!r} is not a meeting kind; the kinds are: {valid}")


@attrs.frozen
class Meeting:
    """An event the article reports: who met whom, when, where, on what occasion."""

    __reduce__ = _by_position

    kind: MeetingKind
    """What kind of event it is."""
    span: Span
    """The sentence that reports it."""
    name: str | None = None
    """A conference's full name when written: ``Hội nghị tổng kết công tác năm 2025 …``."""
    date: PartialDate | None = None
    """When it happened, from the text; never the publication date copied in."""
    part_of_day: PartOfDay | None = None
    """``sáng``, ``chiều``… when the text says."""
    location: str | None = None
    """Where, as written: ``Hà Nội``, ``trụ sở Bộ Ngoại giao``."""
    chair: str | None = None
    """The :attr:`Speaker.key` of who chaired or hosted it."""
    participants: tuple[str, ...] = ()
    """The keys of the other persons who took part, in order of first mention."""
    counterpart: str | None = None
    """Whom it was held with, as written: ``Ban Cán sự đảng Bộ Ngoại giao``."""
    occasion: str | None = None
    """The occasion, as written: ``kỷ niệm 79 năm thành lập ngành``."""
    planned: bool = False
    """Announced, not yet held (``sẽ``, ``tới đây``, ``dự kiến``)."""
    from_caption: bool = False
    """Described in a photo caption (often another, earlier event)."""


@attrs.frozen
class Report:
    """One article's report of an :class:`Event`: which meeting of which article."""

    article: str
    """The :attr:`Article.id` of the report."""
    meeting: int
    """The position of the meeting in the article's :attr:`Article.meetings`."""
    outlet: str | None = None
    """The outlet that published it (:attr:`Article.outlet`)."""
    published: PartialDate | None = None
    """When it was published."""


@attrs.frozen
class Event:
    """One occurrence that one or more articles report: the meetings grouped.

    See :mod:`doingoai.events` for the rules that decide which reports are one event.
    """

    kind: MeetingKind
    """What kind of event: the most specific kind its reports give (``hội đàm`` over
    ``gặp``), the most often given."""
    date: PartialDate | None
    """When it took place: the most precise date its reports give; ``None`` when none
    dates it (its reports' publication dates are in :attr:`reports`)."""
    part_of_day: PartOfDay | None = None
    """The part of the day most reports give."""
    location: str | None = None
    """The place most reports give, as written."""
    principals: tuple[str, ...] = ()
    """The keys of who chaired and of the first other person each report names (whom it
    was held with), most often named first."""
    participants: tuple[str, ...] = ()
    """The keys of everyone a report names at it, most often named first."""
    names: tuple[str, ...] = ()
    """The names of :attr:`participants`, in the same order, as the reports write them."""
    reports: tuple[Report, ...] = ()
    """Its reports, the earliest published first."""

    @property
    def first_report(self) -> Report:
        """The earliest published report."""
        return self.reports[0]

    @property
    def last_report(self) -> Report:
        """The latest published report."""
        return self.reports[-1]

    @property
    def outlets(self) -> int:
        """How many outlets reported it (reports without a known outlet count as one each)."""
        known = {r.outlet for r in self.reports if r.outlet is not None}
        return len(known) + sum(r.outlet is None for r in self.reports)

    def name_of(self, key: str) -> str:
        """The name the reports give the person with ``key`` (the key when none does)."""
        try:
            return self.names[self.participants.index(key)]
        except ValueError:
            return key

    def _repr_html_(self) -> str:
        from doingoai.display import event_html

        return event_html(self)


class DirectiveForce(str, enum.Enum):
    """How strongly a directive directs, by its verb; stronger compares greater.

    >>> DirectiveForce.DIRECT > DirectiveForce.ASK > DirectiveForce.CALL_ON
    True
    """

    DIRECT = "direct"
    """``chỉ đạo``, ``chỉ thị``."""
    REQUIRE = "require"
    """``yêu cầu``, ``nhấn mạnh yêu cầu``."""
    ASSIGN = "assign"
    """``giao``."""
    ASK = "ask"
    """``đề nghị``."""
    URGE = "urge"
    """``căn dặn``."""
    REMIND = "remind"
    """``lưu ý`` (and ``nhắc nhở``, when a lexicon of one's own adds it)."""
    CALL_ON = "call on"
    """``kêu gọi``, when a lexicon of one's own adds it: not read by default."""

    @property
    def strength(self) -> int:
        """7 for ``direct`` down to 1 for ``call on``."""
        return len(_FORCES) - _FORCES.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, DirectiveForce):
            return NotImplemented
        return self.strength < other.strength

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, DirectiveForce):
            return NotImplemented
        return self.strength > other.strength

    def __le__(self, other: object) -> bool:
        if not isinstance(other, DirectiveForce):
            return NotImplemented
        return self.strength <= other.strength

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, DirectiveForce):
            return NotImplemented
        return self.strength >= other.strength


_FORCES = tuple(DirectiveForce)


@attrs.frozen
class DocumentRef:
    """A document the article cites: ``Nghị quyết 59 của Bộ Chính trị``."""

    __reduce__ = _by_position

    kind: str
    """``Nghị quyết``, ``Quy chế``, ``Chỉ thị``, ``Công ước``…, as written."""
    text: str
    """How it is first written."""
    spans: tuple[Span, ...]
    """Every citation of it in the article, in order."""
    number: str | None = None
    """Its number: ``59``, ``250``, ``392``."""
    issuer: str | None = None
    """Who issued it: ``Bộ Chính trị``, ``Quốc hội``."""
    congress: int | None = None
    """The Party Congress it comes from: 14 for ``Đại hội XIV``."""

    @property
    def span(self) -> Span:
        """Its first citation."""
        return self.spans[0]


@attrs.frozen
class Directive:
    """Who directed whom to do what: ``Thủ tướng đề nghị Bộ Ngoại giao tiếp tục …``."""

    __reduce__ = _by_position

    issuer: str | None
    """The :attr:`Speaker.key` of who directed; ``None`` when the text gives them only
    a title, never a name (``Thủ tướng Chính phủ yêu cầu: …`` in a telegram): see
    :attr:`issuer_title`."""
    verb: str
    """The verb as written: ``đề nghị``, ``nhấn mạnh yêu cầu``."""
    force: DirectiveForce
    """How strongly, by the verb."""
    content: str
    """The directed action, without issuer, verb and addressee."""
    span: Span
    """From the issuer's mention to the end of the action (and its follow-on sentences)."""
    addressees: tuple[str, ...] = ()
    """Whom, as written, split when several: ``Bộ Ngoại giao``, ``ngành ngoại giao``."""
    items: tuple[str, ...] = ()
    """The members of a list the action enumerates (``3 nội dung trọng tâm: …; …``)."""
    documents: tuple[DocumentRef, ...] = ()
    """The documents it cites, each with the spans of its citations inside the directive
    (``Article.documents`` has every citation)."""
    meeting: int | None = None
    """The index in ``Article.meetings`` of the meeting it was given at, or ``None``."""
    issuer_title: str | None = None
    """The title of an issuer the text never names, as written (``Thủ tướng Chính
    phủ``); ``None`` when :attr:`issuer` is known."""


class ArticleFormat(str, enum.Enum):
    """The raw format an article was read from."""

    DATE_HEADER = "date-header"
    """Plain text starting with `` date YYYY-MM-DD``."""
    JEKYLL = "jekyll"
    """A Jekyll post: YAML front matter between ``---`` lines, then Markdown."""
    PLAIN = "plain"
    """Text with neither a date header nor front matter."""


_SCALARS = frozenset((str, int, float, bool, type(None)))
_STR = frozenset((str,))


def _freeze(value: Any) -> Any:
    """Deep read-only copy of JSON-like data: dicts become mapping proxies, lists tuples."""
    kind = type(value)
    if kind in _SCALARS:  # the common case, without the slow ABC check below
        return value
    if kind is list or kind is tuple:
        return tuple(_freeze(item) for item in value)
    if kind is dict or isinstance(value, Mapping):
        return MappingProxyType({str(key): _freeze(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(item) for item in value)
    return value


def _thaw(value: Any) -> Any:
    """Plain ``dict``/``list`` copy of data frozen by :func:`_freeze`."""
    if isinstance(value, Mapping):
        return {key: _thaw(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_thaw(item) for item in value]
    return value


_NO_METADATA: Mapping[str, Any] = MappingProxyType({})


def _freeze_metadata(value: Mapping[str, Any]) -> Mapping[str, Any]:
    if not value:
        return _NO_METADATA
    if (
        type(value) is dict
        and _STR.issuperset(map(type, value))
        and _SCALARS.issuperset(map(type, value.values()))
    ):  # flat: a copy is frozen enough
        return MappingProxyType(value.copy())
    frozen: Mapping[str, Any] = _freeze(value)
    return frozen


# One converter per element type: attrs' mypy plugin types a field's argument from its
# converter, and a generic one (Iterable[T]) leaves T unsolved.
def _tuple_of_str(value: Any) -> tuple[str, ...]:
    return tuple(value)


class _Later:
    """A value computed when first read: ``Article(id=_LATER, blocks=_LATER)``."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "_LATER"  # the one instance, by name

    def __repr__(self) -> str:
        return "<computed when first read>"


_LATER: Any = _Later()
"""Given for a derived field of an Article (``id``, ``blocks``, ``url``, ``image_url``):
computed when first read."""


def _tuple_of_blocks(value: Any) -> tuple[Block, ...]:
    return value if value is _LATER else tuple(value)


def _tuple_of_speakers(value: Any) -> tuple[Speaker, ...]:
    return tuple(value)


def _tuple_of_statements(value: Any) -> tuple[Statement, ...]:
    return tuple(value)


def _tuple_of_meetings(value: Any) -> tuple[Meeting, ...]:
    return tuple(value)


def _tuple_of_directives(value: Any) -> tuple[Directive, ...]:
    return tuple(value)


def _tuple_of_documents(value: Any) -> tuple[DocumentRef, ...]:
    return tuple(value)


def _tuple_of_warnings(value: Any) -> tuple[ArticleWarning, ...]:
    return tuple(value)


@attrs.frozen
class ArticleWarning:
    """A flaw in a raw article that did not stop it being read, and what was done.

    >>> str(ArticleWarning("invalid date 'soon' in front matter; none used", line=3))
    "line 3: invalid date 'soon' in front matter; none used"
    """

    reason: str
    """What was wrong and what the reader did instead, in one sentence."""
    line: int | None = None
    """The 1-based line of the raw file the flaw is on, when known."""

    def __str__(self) -> str:
        return self.reason if self.line is None else f"line {self.line}: {self.reason}"


class _Deferrable:
    """What an Article still has to read: see :func:`_deferred`."""

    __slots__ = ("_loader",)


@attrs.frozen(repr=False)
class Article(_Deferrable):
    """One news article: its metadata, its body text and the body's blocks.

    Build articles with :func:`doingoai.parse`, :func:`doingoai.parse_file` or
    :func:`doingoai.read`; every :class:`Span` in an article points into
    :attr:`text`.
    """

    id: str
    """A stable identifier: the same content always gets the same id (16 hex digits of
    BLAKE2b over the date, title and text; a parsed article computes it when first read)."""
    format: ArticleFormat
    """The raw format the article was read from."""
    text: str
    """The body, NFC-normalised, with ``\\n`` line ends; every Span points into it."""
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple_of_blocks)
    """The body split into the blocks a reader sees, in order. A parsed article splits
    its text when its blocks are first read, so reading only the front matter of many
    files costs half as much; the blocks are the same either way."""
    published: PartialDate | None = None
    """The publication date at its real precision, or ``None`` when unknown."""
    published_at: dt.datetime | None = None
    """The publication time (timezone-aware) when the source gives one."""
    title: str | None = None
    """The headline, without the aggregator's bracketed topic label."""
    topic: str | None = None
    """The aggregator's topic label (``Tô Lâm Chủ tịch nước``) taken from the title."""
    url: str | None = None
    """The link to the original article: the front matter's, or the first link block's
    (a parsed article looks for the block when first read)."""
    image_url: str | None = None
    """The article's main image: the front matter's, or the first image block's."""
    categories: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Categories, by Jekyll's rules (a string is split on whitespace)."""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Tags, by Jekyll's rules."""
    published_flag: bool = True
    """``False`` when the front matter says ``published: false`` (kept, not dropped)."""
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_tuple_of_speakers)
    """The persons named, in order of first mention (see :mod:`doingoai.extract`)."""
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_tuple_of_statements)
    """What they said, in text order."""
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_tuple_of_meetings)
    """The events reported: the article's main event first, then the others in order."""
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_tuple_of_directives)
    """Who directed whom to do what, in text order."""
    documents: tuple[DocumentRef, ...] = attrs.field(default=(), converter=_tuple_of_documents)
    """The documents cited, each once, in order of first citation."""
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_metadata, hash=False)
    """The front matter as read (read-only; lists become tuples)."""
    warnings: tuple[ArticleWarning, ...] = attrs.field(default=(), converter=_tuple_of_warnings)
    """What was wrong with the raw file but did not stop it being read (a date that
    could not be read, front matter that is not valid YAML), in file order; empty for a
    sound file. With ``strict=True`` these are errors instead."""
    source: str | None = attrs.field(default=None, eq=False)
    """The path the article was read from, or ``None``; not part of equality."""

    def __attrs_post_init__(self) -> None:
        _LOADER.__set__(self, None)  # nothing left to read (see _deferred)
        # Fields given as _LATER are left unset: reading one calls __getattr__, which
        # computes it. Parsing leaves the id, the blocks and the links read from them
        # (most of what it would cost) so, and a reader that wants the front matter
        # alone never pays for them.
        for name in _LINKS:
            if getattr(self, name) is _LATER:
                object.__delattr__(self, name)
        if self.id is _LATER:
            object.__delattr__(self, "id")
        if self.blocks is _LATER:
            object.__delattr__(self, "blocks")
            return
        # Blocks made elsewhere (read from JSON, built by hand) become views into the text.
        text = self.text
        for block in self.blocks:
            if block._text is not text:
                object.__setattr__(self, "blocks", tuple(b._in(text) for b in self.blocks))
                break

    @property
    def outlet(self) -> str | None:
        """The host of :attr:`url` without ``www.`` (``tuoitre.vn``), or ``None``.

        ``None`` too when the link is malformed (``http://[x``): a bad link in one
        article must not break every query over a corpus.
        """
        if not self.url:
            return None
        try:
            host = urlsplit(self.url).hostname
        except ValueError:
            return None
        if not host:
            return None
        return host.removeprefix("www.")

    @property
    def lead(self) -> str | None:
        """The lead paragraph (sapo), or ``None`` when the body has none."""
        for block in self.blocks:
            if block.kind is BlockKind.LEAD:
                return block.text
        return None

    def span_text(self, span: Span) -> str:
        """The words of :attr:`text` that ``span`` covers."""
        return self.text[span.slice]

    def blocks_of(self, *kinds: BlockKind) -> tuple[Block, ...]:
        """The blocks of the given kinds, in order."""
        return tuple(block for block in self.blocks if block.kind in kinds)

    def speaker(self, name_or_key: str) -> Speaker | None:
        """The speaker with this name or key, written any way (``"to lam"``), or ``None``."""
        wanted = person_key(name_or_key)
        return next((speaker for speaker in self.speakers if speaker.key == wanted), None)

    def name_of(self, key: str | None) -> str | None:
        """The name this article gives the person with ``key``: what people read.

        Facts name people by key (``meeting.chair == "to lam"``); this is the way back.
        A key the article does not know is given back as it is, ``None`` stays ``None``.

        >>> from doingoai import parse
        >>> article = parse(" date 2024-07-13 Tổng Bí thư Tô Lâm phát biểu.")
        >>> article.name_of("to lam")
        'Tô Lâm'
        """
        if key is None:
            return None
        speaker = self.speaker(key)
        return speaker.name if speaker is not None else key

    def issuer_of(self, directive: Directive) -> str | None:
        """Who gave ``directive``, as this article writes it: a name, or a title.

        The title is that of an issuer the article never names (``Thủ tướng Chính phủ``).

        >>> from doingoai import parse
        >>> article = parse(" date 2024-09-06 Thủ tướng Chính phủ yêu cầu các bộ ứng phó bão.")
        >>> article.issuer_of(article.directives[0])
        'Thủ tướng Chính phủ'
        """
        return self.name_of(directive.issuer) or directive.issuer_title

    if not TYPE_CHECKING:  # so that mypy still refuses a misspelt attribute

        def __getattr__(self, name: str) -> Any:
            # Called only for an attribute not set: a field left to compute (see
            # __attrs_post_init__), or to read (_deferred). Two threads computing one at
            # once get equal values.
            if name in _FIELD_SET and _load_deferred(self):
                return getattr(self, name)  # read now, or left to compute (the blocks)
            if name == "blocks":
                from doingoai.structure import split_blocks  # structure imports the model

                value: Any = split_blocks(self.text)
            elif name == "id":
                value = _content_id(self.published, self.title, self.text)
            elif name in _LINKS:
                from doingoai.structure import first_links

                found = dict(zip(_LINKS, first_links(self.text), strict=True))
                for other in _LINKS:  # both at once: one look through the text
                    if other != name and _value_or_later(self, other) is _LATER:
                        object.__setattr__(self, other, found[other])
                value = found[name]
            else:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}",
                    name=name,
                    obj=self,
                )
            object.__setattr__(self, name, value)
            return value

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The read-only metadata (mapping proxies) cannot be pickled; plain dicts can,
        # and the constructor freezes them again. Fields not computed yet stay so.
        values = [_value_or_later(self, field.name) for field in _ARTICLE_FIELDS]
        values[_METADATA_POSITION] = _thaw(self.metadata)
        return (Article, tuple(values))

    def _repr_html_(self) -> str:
        from doingoai.display import article_html  # display reads the extractors' output

        return article_html(self)

    def __repr__(self) -> str:
        title = self.title if self.title is not None else self.text[:60]
        return (
            f"<Article {self.id} {self.format.value} {self.published or 'undated'}"
            f" {title!r} ({len(self.blocks)} blocks)>"
        )


_ARTICLE_FIELDS = attrs.fields(Article)
_FIELD_NAMES = tuple(field.name for field in _ARTICLE_FIELDS)
_METADATA_POSITION = _FIELD_NAMES.index("metadata")
_LINKS = ("url", "image_url")
"""The fields a parsed article may leave to find in its blocks, in first_links' order."""
_COMPUTED = {name: Article.__dict__[name] for name in ("id", "blocks", *_LINKS)}
"""The Article fields parsing leaves to compute, with their slots (read without computing)."""


def _value_or_later(article: Article, name: str) -> Any:
    """The article's field ``name``, or ``_LATER`` when it is not computed yet."""
    _load_deferred(article)
    slot = _COMPUTED.get(name)
    if slot is None:
        return getattr(article, name)
    try:
        return slot.__get__(article)
    except AttributeError:
        return _LATER


_FACTS = frozenset({"speakers", "statements", "meetings", "directives", "documents"})
"""The fields the extractors fill: tuples of model values."""


def _with_facts(article: Article, **facts: Any) -> Article:
    """``attrs.evolve(article, **facts)`` for the extractors' tuples, four times cheaper.

    Nothing else changes, so nothing is converted or checked again (the metadata would
    be copied anew), and fields not computed yet stay so. Anything else, or a value
    that is no tuple, goes through :func:`attrs.evolve`.
    """
    if not _FACTS.issuperset(facts) or not all(type(v) is tuple for v in facts.values()):
        return attrs.evolve(article, **facts)
    return _copied(article, facts)


def _read_as(article: Article, text: str, title: str | None) -> Article:
    r"""``article`` with ``text``, the same length, for its blocks, and ``title``.

    What the extractors read (see :mod:`doingoai.extract._reading`): ``text`` differs
    from the article's only character for character, so every offset stays right and a
    Span found in the copy points at the same words of the article.
    """
    blocks = tuple(block._read_in(text) for block in article.blocks)
    return _copied(article, {"text": text, "blocks": blocks, "title": title})


def _copied(article: Article, changes: Mapping[str, Any]) -> Article:
    """A copy of ``article`` with ``changes``, neither converted nor checked.

    Each change is a value of its field's own type, or ``_LATER`` for a field that
    can be computed.
    """
    _load_deferred(article)
    new = object.__new__(Article)
    _LOADER.__set__(new, None)
    for name, slot in _SLOTS:
        if name in changes:
            value = changes[name]
            if value is _LATER:
                continue
        else:
            try:
                value = slot.__get__(article)
            except AttributeError:  # not computed yet: nor in the copy
                continue
        slot.__set__(new, value)
    return new


_SLOTS = tuple((name, Article.__dict__[name]) for name in _FIELD_NAMES)
"""Each field of an Article with its slot: read and written without attrs' checks."""
_SLOT_OF = dict(_SLOTS)
_FIELD_SET = frozenset(_FIELD_NAMES)
_LOADER = _Deferrable.__dict__["_loader"]


def _deferred(loader: Callable[[], Article], **known: Any) -> Article:
    """An article of which only ``known`` fields are read yet: ``loader`` gives the rest.

    The first read of any other field calls ``loader`` once for the whole article
    (a store's row, decoded), and the article then holds every field as if it had been
    made whole: equal to it, pickled and copied alike. The known values are of their
    fields' own types; they must be those ``loader`` gives.
    """
    new = object.__new__(Article)
    for name, value in known.items():
        _SLOT_OF[name].__set__(new, value)
    _LOADER.__set__(new, loader)
    return new


def _load_deferred(article: Article) -> bool:
    """Read what a deferred article left to read; ``False`` when it left nothing."""
    loader = _LOADER.__get__(article)  # set when made: None, or what reads the rest
    if loader is None:
        return False
    whole = loader()
    for _name, slot in _SLOTS:
        try:
            slot.__get__(article)
        except AttributeError:
            # A field not computed in the whole one either is left so here too.
            with contextlib.suppress(AttributeError):
                slot.__set__(article, slot.__get__(whole))
    _LOADER.__set__(article, None)
    return True


def _blocks_are_split_text(article: Article) -> bool:
    """Whether the article's blocks are its text split (so need not be stored)."""
    if _value_or_later(article, "blocks") is _LATER:
        return True
    from doingoai.structure import split_blocks  # structure imports the model

    return article.blocks == split_blocks(article.text)


def _split_when_read(article: Article) -> Article:
    """``article``, just made and not yet shared, its blocks left to split when read.

    A store keeps no blocks that are the text split.
    """
    object.__delattr__(article, "blocks")
    return article


def _content_id(published: PartialDate | None, title: str | None, text: str) -> str:
    """The id of an article with this date, title and text: 16 hex digits of BLAKE2b."""
    import hashlib  # here, not at import: it loads OpenSSL, 8 ms

    content = f"{published or ''}\x1f{title or ''}\x1f{text}".encode()
    return hashlib.blake2b(content, digest_size=8).hexdigest()
